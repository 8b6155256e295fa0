"""Sort and quick-filter proxy over a ``RowsTableModel``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.ui.response.table_model import ROW_TEXT_ROLE, SORT_ROLE, RowsTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class RowsProxyModel(QSortFilterProxyModel):
    """Sorts rows by ``SORT_ROLE`` keys and keeps the rows that contain the filter text.

    Sorting compares the Python sort keys of the source model, so numbers sort as numbers
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

    def lessThan(self, source_left: ModelIndex, source_right: ModelIndex) -> bool:
        """Compare two cells by their sort keys."""
        left = self._rows.sort_key(source_left.row(), source_left.column())
        right = self._rows.sort_key(source_right.row(), source_right.column())
        return left < right
