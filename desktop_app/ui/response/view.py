"""Widget that shows one API result: status line, error card or note, and Table, Tree and Raw."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.data_search import rows_of_path
from desktop_app.api.result import (
    CANCELLED_TITLE,
    MESSAGE_CONTEXT,
    ApiResult,
    ProblemCode,
    ResultKind,
)
from desktop_app.api.tabular import Path, Table
from desktop_app.api.values import iter_json_text
from desktop_app.storage.settings import Settings
from desktop_app.ui.messages import problem_texts, status_line
from desktop_app.ui.response.error_card import ErrorCard, plain_label
from desktop_app.ui.response.export_button import ExportButton
from desktop_app.ui.response.export_status import ExportStatus
from desktop_app.ui.response.filter_bar import FilterBar
from desktop_app.ui.response.find_bar import FindBar
from desktop_app.ui.response.finder import Finder
from desktop_app.ui.response.raw_page import RawPage, text_source
from desktop_app.ui.response.table_view import TablePage
from desktop_app.ui.response.tree_page import EXPAND_LIMIT, TreePage

__all__ = ["EXPAND_LIMIT", "ResponseView"]

_NOTE_KINDS = (ResultKind.EMPTY, ResultKind.REDIRECT, ResultKind.CANCELLED)


class ResponseView(QWidget):
    """Result panel: status line, error card or note, filter, find bar and three tabs.

    The Table tab is first and appears only when the data on show contains records
    (``ApiResult.table``); it opens by default for paged results. The Tree tab shows the
    parsed reply in a lazy ``JsonTreeModel``, and the Raw tab shows pretty-printed JSON
    for a parsed JSON reply that is not an error, otherwise the body exactly as received.

    A JMESPath expression in the filter box replaces the data of all three tabs by the
    expression's result until the box is emptied. Ctrl+F opens the find bar, and F3 and
    Shift+F3 go to the next and previous match. "Export…" saves the table as CSV or XLSX
    and the reply as JSON.

    Signals:
        value_copied(str): The text just placed on the clipboard by a copy action of the
            tree or the table. A copied object or array is multi-line JSON, so shorten it
            before showing it in a status bar.
        result_changed(str): ``set_result`` showed a result of the endpoint with this key,
            or ``clear`` removed the result (empty key).

    Attributes:
        model: Tree model of the data on show.
        status_label: One-line summary of the result, or a hint when there is none.
        error_card: Explanation of an error result.
        note_label: Note for empty, redirect and cancelled results.
        redirect_edit: Read-only redirect URL of a redirect result.
        filter_bar: JMESPath filter box.
        export_button: "Export…" menu button.
        export_status: Progress of a running export and the outcome of the last one;
            ``export_label``, ``export_progress`` and ``export_cancel_button`` are its parts.
        find_bar: Find bar, hidden until Ctrl+F.
        finder: Search behind the find bar.
        tabs: Tab widget with ``table_page`` (only when there is a table), ``tree_page``
            and ``raw_page``.
        tree_view, tree_note_label, copy_value_action, copy_path_action,
            expand_all_action, collapse_all_action: Parts of ``tree_page``.
        table_view: The QTableView of ``table_page``.
        raw_edit, raw_note_label, show_all_button: Parts of ``raw_page``.
        find_action, find_next_action, find_previous_action: Find shortcuts.
    """

    value_copied = Signal(str)
    result_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self._result: ApiResult | None = None
        self._endpoint_key = ""
        self._shown_data: Any = None
        self._shown_table: Table | None = None
        self._filtered = False

        self.status_label = plain_label(self)
        self.error_card = ErrorCard(self)
        self.note_label = plain_label(self)
        self.redirect_edit = QLineEdit(self)
        self.redirect_edit.setReadOnly(True)
        self.filter_bar = FilterBar(self)
        self.filter_bar.expression_entered.connect(self._on_filter_bar_expression_entered)
        self.find_bar = FindBar(self)
        self.find_bar.hide()

        self.tabs = QTabWidget(self)
        self.tree_page = TreePage(self.tabs)
        self.table_page = TablePage(settings, self.tabs)
        self.raw_page = RawPage(self.tabs)
        self.tabs.addTab(self.tree_page, "")
        self.tabs.addTab(self.raw_page, "")
        self.table_page.hide()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.tree_page.value_copied.connect(self.value_copied)
        self.table_page.value_copied.connect(self.value_copied)
        self.table_page.row_opened.connect(self._on_table_page_row_opened)
        self.export_button = ExportButton(self.table_page, self)
        self.export_status = ExportStatus(self.export_button, self)
        self.export_label = self.export_status.label
        self.export_progress = self.export_status.progress
        self.export_cancel_button = self.export_status.cancel_button
        self.finder = Finder(self.find_bar, self.tabs, self.tree_page, self.table_page, self)
        self._alias_page_parts()
        self._build_find_actions()

        top_bar = QHBoxLayout()
        top_bar.addWidget(self.filter_bar, 1)
        # Top-aligned, so a long filter message below the box does not move the button.
        top_bar.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_card)
        layout.addWidget(self.note_label)
        layout.addWidget(self.redirect_edit)
        layout.addLayout(top_bar)
        layout.addWidget(self.export_status)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.tabs, 1)

        self.retranslate()
        self.clear()
        # Polishing the hidden tabs now moves their first-show cost to start-up, away from
        # the moment the first reply is shown.
        self.tabs.ensurePolished()

    def _alias_page_parts(self) -> None:
        self.model = self.tree_page.model
        self.tree_view = self.tree_page.tree_view
        self.tree_note_label = self.tree_page.note_label
        self.copy_value_action = self.tree_page.copy_value_action
        self.copy_path_action = self.tree_page.copy_path_action
        self.expand_all_action = self.tree_page.expand_all_action
        self.collapse_all_action = self.tree_page.collapse_all_action
        self.table_view = self.table_page.table_view
        self.raw_edit = self.raw_page.raw_edit
        self.raw_note_label = self.raw_page.note_label
        self.show_all_button = self.raw_page.show_all_button

    def _build_find_actions(self) -> None:
        def add(keys: QKeySequence | QKeySequence.StandardKey) -> QAction:
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            return action

        self.find_action = add(QKeySequence.StandardKey.Find)
        # Ctrl+F works from anywhere in the window, e.g. from the form right after sending.
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.find_next_action = add(QKeySequence(Qt.Key.Key_F3))
        self.find_next_action.triggered.connect(self.finder.find_next)
        self.find_previous_action = add(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3))
        self.find_previous_action.triggered.connect(self.finder.find_previous)

    def set_result(self, result: ApiResult, endpoint_key: str = "") -> None:
        """Show ``result``, replacing the previous one.

        Args:
            result: Result to show. Its ``table`` fills the Table tab.
            endpoint_key: Endpoint of the result; the table remembers its hidden columns
                per endpoint.
        """
        self._result = result
        self._endpoint_key = endpoint_key
        problem = result.problem
        if result.kind.is_error and problem is not None:
            self.error_card.set_problem(problem, result.body_text)
            self.error_card.show()
        else:
            self.error_card.clear()
            self.error_card.hide()
        self._update_notes()
        self.export_status.clear()

        has_tree = result.data is not None
        has_raw = has_tree or bool(result.body_text)
        tree_tab = self.tabs.indexOf(self.tree_page)
        tree_was_enabled = self.tabs.isTabEnabled(tree_tab)
        self.tabs.setVisible(has_raw)
        self.tabs.setTabEnabled(tree_tab, has_tree)
        self.filter_bar.setEnabled(has_tree)
        if not has_tree:
            self.tabs.setCurrentWidget(self.raw_page)
        elif not tree_was_enabled:
            self.tabs.setCurrentWidget(self.tree_page)

        shown, table, filtered = result.data, result.table, False
        expression = self.filter_bar.expression()
        self.filter_bar.show_message("")
        if has_tree and expression:
            outcome = self._filter(result, expression)
            if outcome is not None:
                shown, table = outcome
                filtered = True
        self._show(shown, table, filtered)
        if table is not None:
            self.tabs.setCurrentWidget(self.table_page)
        self.status_label.setText(status_line(result))
        self.result_changed.emit(endpoint_key)

    def clear(self) -> None:
        """Remove the result and hide every part except the status line, which shows a hint."""
        self._result = None
        self._show(None, None, False)
        self.error_card.clear()
        self.error_card.hide()
        self.filter_bar.show_message("")
        self.filter_bar.setEnabled(False)
        self.export_status.clear()
        self.tabs.hide()
        self._update_notes()
        self.status_label.setText(self._empty_text())
        self._endpoint_key = ""
        self.result_changed.emit("")

    def result(self) -> ApiResult | None:
        """Return the result currently shown, or None."""
        return self._result

    def endpoint_key(self) -> str:
        """Return the endpoint key of the result shown, or ``""`` when none is shown."""
        return self._endpoint_key

    def shown_data(self) -> Any:
        """Return the data the tabs show: the reply's data, or the filter's result."""
        return self._shown_data

    def show_path(self, parts: Path) -> bool:
        """Open the Tree tab on the item at path ``parts`` (keys and indexes from the root).

        Returns:
            False when the data on show has no item at that path.
        """
        rows = rows_of_path(self._shown_data, parts)
        if rows is None:
            return False
        self.tabs.setCurrentWidget(self.tree_page)
        return self.tree_page.reveal(rows)

    def _show(self, data: Any, table: Table | None, filtered: bool) -> None:
        """Show ``data`` in the tree and raw text and ``table`` in the Table tab."""
        self._shown_data = data
        self._shown_table = table
        self._filtered = filtered
        result = self._result
        paged = result is not None and result.paging is not None and not filtered
        self.tree_page.set_data(data, paged)
        self.table_page.set_table(table, self._endpoint_key)
        self._set_table_tab(table is not None)
        self.finder.set_data(data)
        self.export_button.set_data(data, data is not None)
        self.raw_page.set_source(None if result is None else self._raw_source)
        if self.tabs.currentWidget() is self.raw_page:
            self.raw_page.fill()

    def _set_table_tab(self, shown: bool) -> None:
        index = self.tabs.indexOf(self.table_page)
        if shown and index < 0:
            self.tabs.insertTab(0, self.table_page, self.tr("Table"))
        elif not shown and index >= 0:
            was_current = self.tabs.currentIndex() == index
            self.tabs.removeTab(index)
            self.table_page.hide()
            if was_current:
                self.tabs.setCurrentWidget(self.tree_page)

    def _filter(self, result: ApiResult, expression: str) -> tuple[Any, Table | None] | None:
        """Apply ``expression`` to the reply's data; None when the filter bar shows an error."""
        return self.filter_bar.apply(result.data, expression,
                                     from_xml=result.content_format == "xml")

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        table_tab = self.tabs.indexOf(self.table_page)
        if table_tab >= 0:
            self.tabs.setTabText(table_tab, self.tr("Table"))
        self.tabs.setTabText(self.tabs.indexOf(self.tree_page), self.tr("Tree"))
        self.tabs.setTabText(self.tabs.indexOf(self.raw_page), self.tr("Raw"))
        for part in (self.tree_page, self.table_page, self.raw_page, self.filter_bar,
                     self.find_bar, self.export_button, self.export_status):
            part.retranslate()
        self._update_notes()
        if self._result is not None:
            self.status_label.setText(status_line(self._result))
        else:
            self.status_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        return self.tr("No reply yet. Fill in the form and press Ctrl+Enter; the reply "
                       "appears here.")

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate the texts when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_notes(self) -> None:
        """Show the note and redirect URL that fit the current result's kind."""
        result = self._result
        lines: list[str] = []
        redirect_url = ""
        if result is not None and result.kind in _NOTE_KINDS:
            if result.kind is ResultKind.EMPTY:
                lines.append(self.tr("No results: 0 rows."))
            if result.problem is not None:
                title, advice = problem_texts(result.problem)
                lines.extend(text for text in (title, advice, result.problem.detail) if text)
            elif result.kind is ResultKind.REDIRECT:
                lines.append(self.tr("The CRM needs a further step, such as 3-D Secure."))
            elif result.kind is ResultKind.CANCELLED:
                lines.append(QCoreApplication.translate(MESSAGE_CONTEXT, CANCELLED_TITLE))
            if result.kind is ResultKind.REDIRECT:
                redirect_url = result.redirect_url

        self.note_label.setText("\n".join(lines))
        self.note_label.setVisible(bool(lines))
        self.redirect_edit.setText(redirect_url)
        self.redirect_edit.setCursorPosition(0)
        self.redirect_edit.setVisible(bool(redirect_url))

    def _raw_source(self) -> tuple[Iterator[str], int | None]:
        """Return the Raw tab text in pieces: pretty JSON of the data on show, or the body."""
        result = self._result
        if result is None:
            return iter(()), 0
        if self._filtered:
            return iter_json_text(self._shown_data), None
        body_verbatim = (
            result.kind.is_error
            or result.data is None
            or result.content_format != "json"
            or (result.problem is not None and result.problem.code is ProblemCode.PHP_NOTICE)
        )
        if body_verbatim:
            return text_source(result.body_text)()
        return iter_json_text(result.data), None

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.raw_page:
            self.raw_page.fill()

    @Slot(str)
    def _on_filter_bar_expression_entered(self, expression: str) -> None:
        result = self._result
        if result is None or result.data is None:
            return
        self.filter_bar.show_message("")
        if not expression:
            self._show(result.data, result.table, False)
            if result.table is not None:
                self.tabs.setCurrentWidget(self.table_page)
            return
        outcome = self._filter(result, expression)
        if outcome is not None:
            self._show(*outcome, True)
        else:
            # The error names the expression; the reply itself is shown unfiltered, so no
            # earlier filter's result stays on screen as if it were current.
            self._show(result.data, result.table, False)

    @Slot(object)
    def _on_table_page_row_opened(self, parts: Path) -> None:
        self.show_path(parts)
