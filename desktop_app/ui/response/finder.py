"""Search behind the find bar: matches in the tree's data or in the table's cells."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QTabWidget

from desktop_app.api.data_search import DataMatch, find_in_data
from desktop_app.ui.response.find_bar import FindBar
from desktop_app.ui.response.json_model import KEY_COLUMN, VALUE_COLUMN
from desktop_app.ui.response.table_view import TablePage
from desktop_app.ui.response.tree_page import TreePage

TYPING_DELAY_MS = 250
"""Pause in typing after which the search runs and shows the first match."""


class Finder(QObject):
    """Moves through the matches of the find bar's text.

    With the Table tab current, the matches are the shown cells of the table, in the
    order the table shows them, and a match becomes the current cell. Otherwise the
    matches are the keys and values of the data shown in the tree, found by walking the
    data rather than the tree's items, so matches inside records the tree has not loaded
    are found too. Going to a match loads and expands its parents, switching from the
    Raw tab to the Tree tab.
    """

    def __init__(
        self,
        bar: FindBar,
        tabs: QTabWidget,
        tree_page: TreePage,
        table_page: TablePage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bar = bar
        self._tabs = tabs
        self._tree_page = tree_page
        self._table_page = table_page
        self._data: Any = None
        self._tree_matches: list[DataMatch] = []
        self._table_matches: list[tuple[int, int]] = []
        self._in_table = False
        self._position = -1
        self._stale = True
        self._table_version = -1

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        bar.text_edited.connect(self._on_bar_text_edited)
        bar.next_requested.connect(self.find_next)
        bar.previous_requested.connect(self.find_previous)

    def set_data(self, data: Any) -> None:
        """Search ``data`` from now on (the value the tree shows)."""
        self._data = data
        self._invalidate()

    def match_count(self) -> int:
        """Return the number of matches of the last search."""
        return len(self._table_matches if self._in_table else self._tree_matches)

    @Slot()
    def find_next(self) -> None:
        """Go to the next match, from the last one back to the first."""
        self._step(1)

    @Slot()
    def find_previous(self) -> None:
        """Go to the previous match, from the first one back to the last."""
        self._step(-1)

    def _invalidate(self) -> None:
        self._stale = True
        self._position = -1

    def _step(self, delta: int) -> None:
        self._timer.stop()
        if self._tabs.currentWidget() is self._table_page:
            # A large table builds its row texts on the task runner first; the search
            # reads them to skip rows without a match.
            self._table_page.row_texts.when_ready(lambda: self._step_now(delta))
        else:
            self._step_now(delta)

    def _step_now(self, delta: int) -> None:
        self._refresh()
        count = self.match_count()
        if count == 0:
            self._bar.show_position(0, 0)
            return
        if self._position < 0:
            self._position = 0 if delta > 0 else count - 1
        else:
            self._position = (self._position + delta) % count
        if self._in_table:
            row, column = self._table_matches[self._position]
            self._table_page.show_cell(row, column)
        else:
            match = self._tree_matches[self._position]
            if self._tabs.currentWidget() is not self._tree_page:
                self._tabs.setCurrentWidget(self._tree_page)
            self._tree_page.reveal(match.rows, KEY_COLUMN if match.in_key else VALUE_COLUMN)
        self._bar.show_position(self._position + 1, count)

    def _refresh(self) -> None:
        """Search again when the text, the data, the tab or the table's rows changed."""
        in_table = self._tabs.currentWidget() is self._table_page
        table_changed = in_table and self._table_version != self._table_page.layout_version
        if not self._stale and in_table == self._in_table and not table_changed:
            return
        self._stale = False
        self._position = -1
        self._in_table = in_table
        text = self._bar.text()
        if in_table:
            self._table_version = self._table_page.layout_version
            self._table_matches = self._table_page.find_cells(text)
            self._tree_matches = []
        else:
            self._tree_matches = find_in_data(self._data, text)
            self._table_matches = []

    @Slot(str)
    def _on_bar_text_edited(self, text: str) -> None:
        self._invalidate()
        if text:
            self._timer.start()
        else:
            self._timer.stop()
            self._bar.show_position(0, 0)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._step(1)
