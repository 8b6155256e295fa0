"""Sort and quick-filter proxy over a ``RowsTableModel``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.ui.response.table_model import ROW_TEXT_ROLE, SORT_ROLE, RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class RowsProxyModel(QSortFilterProxyModel):
    """Passes sorting to the source model and keeps the rows that contain the filter text.

    The source model sorts by the ``SORT_ROLE`` keys of a column, so numbers sort as numbers
    (9 before 10 before 100), dates as dates, and integers wider than 64 bits and decimals
    keep their exact order. The filter matches any cell of a row, ignoring case.

    The filter compares the casefolded text against ``ROW_TEXT_ROLE`` of column 0 with Qt's
    own fixed-string filter, so with no filter text the proxy calls no Python code per row.
    A ``filterAcceptsRow`` override would run for all 5,000 rows of a large reply every time
    the model is reset.
    """

    def __init__(self, source: RowsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = source
        self._filter_text = ""
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(ROW_TEXT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)
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
        self._filter_text = text
        # Both sides are casefolded in Python, so the case-sensitive match ignores case the
        # way str.casefold does.
        self.setFilterFixedString(text.casefold())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Have the source model order its rows; this proxy keeps the source's order.

        ``RowsTableModel.sort`` sorts by one key per record in Python, which is far faster
        than this class's own sort, whose ``lessThan`` would run in Python for every
        comparison.
        """
        self._rows.sort(column, order)
