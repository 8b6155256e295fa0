"""Widget that shows one API result: status line, error card or note, tree and raw text."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.result import (
    CANCELLED_TITLE,
    MESSAGE_CONTEXT,
    ApiResult,
    ProblemCode,
    ResultKind,
)
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.messages import problem_texts, status_line
from desktop_app.ui.response.error_card import ErrorCard, plain_label
from desktop_app.ui.response.json_model import JsonTreeModel
from desktop_app.ui.response.values import display_text, is_container, to_json_text

EXPAND_LIMIT = 2_000
"""Maximum number of items that "Expand all" expands."""

RAW_CHAR_LIMIT = 2 * 1024 * 1024
"""Number of characters the Raw tab shows before the user asks for the whole text."""

AUTO_EXPAND_TOP_ROWS = 20
"""A reply with at most this many top-level rows opens with those rows expanded."""

_NOTE_KINDS = (ResultKind.EMPTY, ResultKind.REDIRECT, ResultKind.CANCELLED)


class ResponseView(QWidget):
    """Result panel: a status line, an error card or note, and Tree and Raw tabs.

    The Tree tab shows the parsed reply in a ``JsonTreeModel``. Its context menu and
    shortcuts copy the current item's value (Ctrl+C) or path (Ctrl+Shift+C). The Raw
    tab shows the reply as plain text: pretty-printed JSON when it parsed as JSON and
    was not an error, otherwise the body exactly as received.

    Signals:
        value_copied(str): The text just placed on the clipboard by "Copy value" or
            "Copy path". A copied object or array is multi-line JSON, so shorten it
            before showing it in a status bar.

    Attributes:
        model: Tree model of the parsed reply.
        status_label: One-line summary of the result, or a hint when there is none.
        error_card: Explanation of an error result.
        note_label: Note for empty, redirect and cancelled results.
        redirect_edit: Read-only redirect URL of a redirect result.
        tabs: Tab widget with ``tree_page`` and ``raw_page``.
        tree_view: View of ``model``.
        tree_note_label: Note shown when "Expand all" stopped at ``EXPAND_LIMIT``.
        raw_edit: Read-only plain-text view of the reply.
        raw_note_label: Note shown when the raw text is cut at ``RAW_CHAR_LIMIT``.
        show_all_button: Button that loads the whole raw text.
        copy_value_action, copy_path_action, expand_all_action, collapse_all_action:
            Actions of the tree's context menu.
    """

    value_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: ApiResult | None = None
        self._raw_pending = False
        self._raw_full = ""
        self._raw_clipped = False

        self.model = JsonTreeModel(self)
        self.status_label = plain_label(self)
        self.error_card = ErrorCard(self)
        self.note_label = plain_label(self)
        self.redirect_edit = QLineEdit(self)
        self.redirect_edit.setReadOnly(True)

        self.tabs = QTabWidget(self)
        self.tree_page = QWidget(self.tabs)
        self.raw_page = QWidget(self.tabs)
        self._build_tree_page()
        self._build_raw_page()
        self.tabs.addTab(self.tree_page, "")
        self.tabs.addTab(self.raw_page, "")
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_card)
        layout.addWidget(self.note_label)
        layout.addWidget(self.redirect_edit)
        layout.addWidget(self.tabs, 1)

        self.retranslate()
        self.clear()

    def _build_tree_page(self) -> None:
        self.tree_note_label = plain_label(self.tree_page)
        self.tree_note_label.hide()

        self.tree_view = QTreeView(self.tree_page)
        self.tree_view.setModel(self.model)
        self.tree_view.setUniformRowHeights(True)
        self.tree_view.setAlternatingRowColors(True)
        self.tree_view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree_view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        header = self.tree_view.header()
        header.setStretchLastSection(False)
        header.resizeSection(0, 200)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A fixed width that fits the longest type name avoids measuring every row.
        header.resizeSection(2, header.fontMetrics().horizontalAdvance("boolean") + 24)
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_value_action = self._tree_action(QKeySequence.StandardKey.Copy)
        self.copy_value_action.triggered.connect(self._on_copy_value_action_triggered)
        self.copy_path_action = self._tree_action(QKeySequence("Ctrl+Shift+C"))
        self.copy_path_action.triggered.connect(self._on_copy_path_action_triggered)
        separator = QAction(self.tree_view)
        separator.setSeparator(True)
        self.tree_view.addAction(separator)
        self.expand_all_action = self._tree_action()
        self.expand_all_action.triggered.connect(self._on_expand_all_action_triggered)
        self.collapse_all_action = self._tree_action()
        self.collapse_all_action.triggered.connect(self._on_collapse_all_action_triggered)

        layout = QVBoxLayout(self.tree_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree_note_label)
        layout.addWidget(self.tree_view, 1)

    def _tree_action(
        self, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(self.tree_view)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree_view.addAction(action)
        return action

    def _build_raw_page(self) -> None:
        self.raw_note_label = plain_label(self.raw_page)
        self.show_all_button = QPushButton(self.raw_page)
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)

        self.raw_edit = QPlainTextEdit(self.raw_page)
        self.raw_edit.setReadOnly(True)
        self.raw_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        bar = QHBoxLayout()
        bar.addWidget(self.raw_note_label, 1)
        bar.addWidget(self.show_all_button)
        layout = QVBoxLayout(self.raw_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.raw_edit, 1)
        self._set_raw_clipped(False)

    def set_result(self, result: ApiResult) -> None:
        """Show ``result``, replacing the previous one."""
        self._result = result
        self.model.set_data(result.data)
        self.tree_note_label.hide()

        problem = result.problem
        if result.kind.is_error and problem is not None:
            self.error_card.set_problem(problem, result.body_text)
            self.error_card.show()
        else:
            self.error_card.clear()
            self.error_card.hide()
        self._update_notes()

        has_tree = result.data is not None
        has_raw = has_tree or bool(result.body_text)
        tree_tab = self.tabs.indexOf(self.tree_page)
        tree_was_enabled = self.tabs.isTabEnabled(tree_tab)
        self.tabs.setVisible(has_raw)
        self.tabs.setTabEnabled(tree_tab, has_tree)
        if not has_tree:
            self.tabs.setCurrentWidget(self.raw_page)
        elif not tree_was_enabled:
            self.tabs.setCurrentWidget(self.tree_page)

        self._raw_full = ""
        self._raw_pending = True
        self.raw_edit.clear()
        self._set_raw_clipped(False)
        if self.tabs.currentWidget() is self.raw_page:
            self._fill_raw()

        if 0 < self.model.rowCount() <= AUTO_EXPAND_TOP_ROWS:
            for row in range(self.model.rowCount()):
                self.tree_view.expand(self.model.index(row, 0))
        if result.paging is not None:
            self._expand_first_record()

        self.status_label.setText(status_line(result))

    def _expand_first_record(self) -> None:
        """Open ``message.data`` and its first record, where a paged reply keeps its rows."""
        for row in range(self.model.rowCount()):
            message = self.model.index(row, 0)
            if self.model.path(message) != "message":
                continue
            for child_row in range(self.model.rowCount(message)):
                data = self.model.index(child_row, 0, message)
                if self.model.path(data) == "message.data" and self.model.rowCount(data):
                    self.tree_view.expand(data)
                    self.tree_view.expand(self.model.index(0, 0, data))
                    return

    def clear(self) -> None:
        """Remove the result and hide every part except the status line, which shows a hint."""
        self._result = None
        self.model.set_data(None)
        self.tree_note_label.hide()
        self.error_card.clear()
        self.error_card.hide()
        self._raw_full = ""
        self._raw_pending = False
        self.raw_edit.clear()
        self._set_raw_clipped(False)
        self.tabs.hide()
        self._update_notes()
        self.status_label.setText(self._empty_text())

    def result(self) -> ApiResult | None:
        """Return the result currently shown, or None."""
        return self._result

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.tabs.setTabText(self.tabs.indexOf(self.tree_page), self.tr("Tree"))
        self.tabs.setTabText(self.tabs.indexOf(self.raw_page), self.tr("Raw"))
        self.copy_value_action.setText(self.tr("Copy value"))
        self.copy_path_action.setText(self.tr("Copy path"))
        self.expand_all_action.setText(self.tr("Expand all"))
        self.collapse_all_action.setText(self.tr("Collapse all"))
        self.show_all_button.setText(self.tr("Show all"))
        self.model.retranslate()
        self.tree_view.viewport().update()

        self.tree_note_label.setText(
            fill_placeholders(
                self.tr("Expanded the first %1 items; the rest stay collapsed."),
                (str(EXPAND_LIMIT),),
            )
        )
        self._update_raw_note()
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

    def _raw_text(self, result: ApiResult) -> str:
        """Return the Raw tab text: pretty JSON for a parsed JSON reply, else the body."""
        body_verbatim = (
            result.kind.is_error
            or result.data is None
            or result.content_format != "json"
            or (result.problem is not None and result.problem.code is ProblemCode.PHP_NOTICE)
        )
        if body_verbatim:
            return result.body_text
        return to_json_text(result.data)

    def _fill_raw(self) -> None:
        """Write the raw text into ``raw_edit`` when a new result has not been written yet."""
        if not self._raw_pending or self._result is None:
            return
        self._raw_pending = False
        self._raw_full = self._raw_text(self._result)
        clipped = len(self._raw_full) > RAW_CHAR_LIMIT
        self.raw_edit.setPlainText(self._raw_full[:RAW_CHAR_LIMIT] if clipped else self._raw_full)
        self._set_raw_clipped(clipped)
        if not clipped:
            self._raw_full = ""

    def _set_raw_clipped(self, clipped: bool) -> None:
        self._raw_clipped = clipped
        self._update_raw_note()

    def _update_raw_note(self) -> None:
        self.raw_note_label.setText(
            fill_placeholders(
                self.tr("Showing the first %1 of %2 characters."),
                (str(RAW_CHAR_LIMIT), str(len(self._raw_full))),
            )
        )
        self.raw_note_label.setVisible(self._raw_clipped)
        self.show_all_button.setVisible(self._raw_clipped)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.value_copied.emit(text)

    @Slot()
    def _on_copy_value_action_triggered(self) -> None:
        index = self.tree_view.currentIndex()
        if not index.isValid():
            return
        value = self.model.value(index)
        self._copy(to_json_text(value) if is_container(value) else display_text(value))

    @Slot()
    def _on_copy_path_action_triggered(self) -> None:
        path = self.model.path(self.tree_view.currentIndex())
        if path:
            self._copy(path)

    @Slot()
    def _on_expand_all_action_triggered(self) -> None:
        """Expand items breadth-first, stopping after ``EXPAND_LIMIT`` items."""
        expanded = 0
        limited = False
        pending: deque[QModelIndex] = deque([QModelIndex()])
        # With a layout already scheduled, QTreeView.expand() only records the index,
        # so the rows are laid out once instead of once per expanded item.
        self.tree_view.scheduleDelayedItemsLayout()
        while pending and not limited:
            parent = pending.popleft()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if not self.model.hasChildren(index):
                    continue
                if expanded == EXPAND_LIMIT:
                    limited = True
                    break
                self.tree_view.expand(index)
                expanded += 1
                pending.append(index)
        self.tree_note_label.setVisible(limited)

    @Slot()
    def _on_collapse_all_action_triggered(self) -> None:
        self.tree_view.collapseAll()
        self.tree_note_label.hide()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.raw_page:
            self._fill_raw()

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self.raw_edit.setPlainText(self._raw_full)
        self._raw_full = ""
        self._set_raw_clipped(False)
