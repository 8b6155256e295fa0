"""Sort and quick-filter proxy over a ``RowsTableModel``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from desktop_app.ui.response.table_model import SORT_ROLE, RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class RowsProxyModel(QSortFilterProxyModel):
    """Sorts rows by ``SORT_ROLE`` keys and keeps the rows that contain the filter text.

    Sorting compares the Python sort keys of the source model, so numbers sort as numbers
    (9 before 10 before 100), dates as dates, and integers wider than 64 bits and decimals
    keep their exact order. The filter matches any cell of a row, ignoring case.
    """

    def __init__(self, source: RowsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = source
        self._filter_text = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setSourceModel(source)

    def rows_model(self) -> RowsTableModel:
        """Return the source model."""
        return self._rows

    def filter_text(self) -> str:
        """Return the quick-filter text as set."""
        return self._filter_text

    def set_filter_text(self, text: str) -> None:
        """Keep only the rows with a cell that contains ``text``; "" keeps every row."""
        if text == self._filter_text:
            return
        self.beginFilterChange()
        self._filter_text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        """Return whether the source row contains the filter text in any cell."""
        if not self._filter_text:
            return True
        return self._rows.row_contains(source_row, self._filter_text.casefold())

    def lessThan(self, source_left: ModelIndex, source_right: ModelIndex) -> bool:
        """Compare two cells by their sort keys."""
        left = self._rows.sort_key(source_left.row(), source_left.column())
        right = self._rows.sort_key(source_right.row(), source_right.column())
        return left < right
