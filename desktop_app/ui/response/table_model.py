"""Table model over the records of a reply (an ``api.tabular.Table``)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.api.sort_keys import SortKey, sort_key
from desktop_app.api.tabular import Path, Table
from desktop_app.api.values import cell_text, display_text, is_container, to_json_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 11
"""Role that returns the ``api.sort_keys.sort_key`` tuple of a cell."""

RAW_VALUE_ROLE = Qt.ItemDataRole.UserRole + 12
"""Role that returns the parsed value of a cell (None for a record without that key).

As with ``json_model.VALUE_ROLE``, call ``RowsTableModel.data()`` directly, because
``QModelIndex.data()`` passes the value through QVariant.
"""

ROW_TEXT_ROLE = Qt.ItemDataRole.UserRole + 13
"""Role that returns the casefolded text of all cells of the index's row, for the filter."""

_NO_PARENT = QModelIndex()
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    SORT_ROLE,
    ROW_TEXT_ROLE,
    RAW_VALUE_ROLE,
})
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_AMOUNT_RE = re.compile(r"-?\d+\.\d{2}")
_MISSING = object()

ModelIndex = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """Read-only table of reply records: one row per record, one column per key.

    Cells show ``values.cell_text``: scalars with their exact digits, strings over 500
    characters elided, objects and arrays as one-line JSON cut at 80 characters. A record
    without a column's key shows an empty cell. Sort keys and the lower-case text of each
    row, used by the quick filter, are computed on first use and kept until the next
    ``set_table()``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._row_count = 0
        self._column_count = 0
        self._sort_keys: dict[int, list[SortKey]] = {}
        self._row_texts: list[str] | None = None
        # Record index of each model row once sorted; None keeps the reply's order.
        self._order: list[int] | None = None

    def set_table(self, table: Table | None) -> None:
        """Show ``table``; None shows an empty table."""
        self.beginResetModel()
        self._table = table
        self._row_count = 0 if table is None else len(table.rows)
        self._column_count = 0 if table is None else len(table.columns)
        self._sort_keys = {}
        self._row_texts = None
        self._order = None
        self.endResetModel()

    def table(self) -> Table | None:
        """Return the table shown, or None."""
        return self._table

    def column_names(self) -> tuple[str, ...]:
        """Return the names of the columns."""
        return () if self._table is None else self._table.columns

    def cell_value(self, row: int, column: int) -> Any:
        """Return the parsed value of a cell, or None when the record lacks the key."""
        value = self._value(row, column)
        return None if value is _MISSING else value

    def copy_text(self, row: int, column: int) -> str:
        """Return a cell's whole text for the clipboard: exact scalars, one-line JSON otherwise.

        A record without the column's key gives an empty string.
        """
        return _copy_text(self._value(row, column))

    def record_index(self, row: int) -> int:
        """Return the index in ``table().rows`` of the record shown in model row ``row``."""
        return row if self._order is None else self._order[row]

    def record(self, row: int) -> Any:
        """Return the record of ``row`` (the parsed dict)."""
        if self._table is None:
            return None
        return self._table.rows[self.record_index(row)]

    def row_path(self, row: int) -> Path:
        """Return the path parts of the record of ``row`` in the data."""
        if self._table is None:
            return ()
        return self._table.row_path(self.record_index(row))

    def sort_key(self, row: int, column: int) -> SortKey:
        """Return the sort key of a cell."""
        return self._column_sort_keys(column)[self.record_index(row)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by the sort keys of ``column``; a column of -1 restores reply order.

        The order is computed with Python's stable ``sorted`` on the column's keys, so
        records with equal keys keep their reply order in both directions. Sorting here
        takes one key per record, where a proxy's ``lessThan`` would call into Python for
        every comparison (about 65,000 calls for 5,000 rows).
        """
        if self._table is None:
            return
        new_order: list[int] | None = None
        if 0 <= column < self._column_count:
            keys = self._column_sort_keys(column)
            descending = order == Qt.SortOrder.DescendingOrder
            new_order = sorted(range(self._row_count), key=keys.__getitem__, reverse=descending)

        self.layoutAboutToBeChanged.emit()
        moved = self.persistentIndexList()
        records = [self.record_index(index.row()) for index in moved]
        self._order = new_order
        if new_order is None:
            rows = records
        else:
            row_of = {record: row for row, record in enumerate(new_order)}
            rows = [row_of[record] for record in records]
        self.changePersistentIndexList(
            moved, [self.createIndex(row, index.column()) for row, index in zip(rows, moved,
                                                                               strict=True)])
        self.layoutChanged.emit()

    def _column_sort_keys(self, column: int) -> list[SortKey]:
        """Return the sort keys of ``column`` by record index, computed on first use."""
        keys = self._sort_keys.get(column)
        if keys is None:
            values = [] if self._table is None else self._table.column_values(column)
            keys = [sort_key(value) for value in values]
            self._sort_keys[column] = keys
        return keys

    def row_text(self, row: int) -> str:
        """Return the casefolded copy texts of all cells of ``row``, joined by tabs.

        The texts of all rows are built on first use unless ``set_row_texts`` gave them.
        """
        table = self._table
        if table is None:
            return ""
        if self._row_texts is None:
            self._row_texts = build_row_texts(table)
        return self._row_texts[self.record_index(row)]

    def row_texts_ready(self) -> bool:
        """Return whether ``row_text`` returns without building the texts of every row."""
        return self._table is None or self._row_texts is not None

    def set_row_texts(self, table: Table, texts: list[str]) -> bool:
        """Keep ``texts`` built by ``build_row_texts(table)`` on another thread.

        Returns:
            False when the model shows another table by now, so the texts were dropped.
        """
        if table is not self._table:
            return False
        if self._row_texts is None:
            self._row_texts = texts
        return True

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...

    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        """Return an invalid index for any ``child``, or the QObject parent without one."""
        if child is None:
            return super().parent()
        return QModelIndex()

    def index(self, row: int, column: int, parent: ModelIndex = _NO_PARENT) -> QModelIndex:
        """Return the index of a cell, or an invalid index outside the table.

        The inherited index() calls rowCount() and columnCount() through Python for every
        index a view creates, twice the calls of this check.
        """
        if 0 <= row < self._row_count and 0 <= column < self._column_count and (
                not parent.isValid()):
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        """Return the number of records (0 under a valid parent)."""
        return 0 if parent.isValid() else self._row_count

    def columnCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        """Return the number of columns (0 under a valid parent)."""
        return 0 if parent.isValid() else self._column_count

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Return enabled and selectable for valid cells. No cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the cell text, its alignment, ``SORT_ROLE`` key or ``RAW_VALUE_ROLE`` value."""
        # A view requests about seven roles per painted cell, five of which this model does
        # not provide, so those return before any other work.
        if role not in _ROLES or not index.isValid() or self._table is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(row, column)
            return "" if value is _MISSING else cell_text(value)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_TEXT_ROLE:
            return self.row_text(row)
        if role == RAW_VALUE_ROLE:
            return self.cell_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self._value(row, column)
            numeric = isinstance(value, int | Decimal) and not isinstance(value, bool)
            # Money arrives as strings such as "44.90"; they line up like the numbers.
            if numeric or (isinstance(value, str) and _AMOUNT_RE.fullmatch(value)):
                return _RIGHT_ALIGNED
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return column names across the top and 1-based row numbers down the side."""
        if role != Qt.ItemDataRole.DisplayRole or self._table is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._table.columns):
                return self._table.columns[section]
            return None
        if 0 <= section < self._row_count:
            # The number of the record in the reply, which stays with it when sorted.
            return str(self.record_index(section) + 1)
        return None

    def row_copy_texts(self, row: int) -> list[str]:
        """Return the clipboard texts of the cells of ``row`` in column order."""
        table = self._table
        if table is None:
            return []
        index = self.record_index(row)
        return [_copy_text(value) for value in table.row_values(index, table.rows[index], _MISSING)]

    def display_text(self, row: int, column: int) -> str:
        """Return the text a cell shows, without going through a QModelIndex."""
        value = self._value(row, column)
        return "" if value is _MISSING else cell_text(value)

    def _value(self, row: int, column: int) -> Any:
        if self._table is None:
            return _MISSING
        return self._table.value(self.record_index(row), column, _MISSING)


def _copy_text(value: Any) -> str:
    """Return the clipboard text of a cell value; a missing value gives ``""``."""
    if value is _MISSING:
        return ""
    if is_container(value):
        return to_json_text(value, indent=None)
    return display_text(value)


def build_row_texts(table: Table) -> list[str]:
    """Return the casefolded copy texts of each record's cells joined by tabs, by record index.

    Reads each record once and touches no Qt object, so a worker thread can run it.
    """
    return [
        "\t".join(map(_copy_text, table.row_values(number, record, _MISSING))).casefold()
        for number, record in enumerate(table.rows)
    ]
