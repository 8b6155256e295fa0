"""Tree tab of the response viewer: the lazy JSON tree with copy, expand and reveal."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QVBoxLayout, QWidget

from desktop_app.api.values import display_text, is_container, to_json_text
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.response.error_card import plain_label
from desktop_app.ui.response.json_model import KEY_COLUMN, JsonTreeModel

EXPAND_LIMIT = 2_000
"""Maximum number of items that "Expand all" expands."""

AUTO_EXPAND_TOP_ROWS = 20
"""A reply with at most this many top-level rows opens with those rows expanded."""

AUTO_EXPAND_ROWS = 500
"""A page of results opens with its first record expanded when it has at most this many rows."""


class TreePage(QWidget):
    """Tree of the parsed reply, with copy actions and bounded "Expand all".

    The context menu and shortcuts copy the current item's value (Ctrl+C) or its path
    (Ctrl+Shift+C). A copied string is whole even where the tree elides it.

    Signals:
        value_copied(str): The text just placed on the clipboard.

    Attributes:
        model: Tree model of the shown data.
        tree_view: View of ``model``.
        note_label: Note shown when "Expand all" stopped at ``EXPAND_LIMIT``.
        copy_value_action, copy_path_action, expand_all_action, collapse_all_action:
            Actions of the tree's context menu.
    """

    value_copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = JsonTreeModel(self)
        self.note_label = plain_label(self)
        self.note_label.hide()

        self.tree_view = QTreeView(self)
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
        self._fit_type_column()
        self.tree_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_value_action = self._action(QKeySequence.StandardKey.Copy)
        self.copy_value_action.triggered.connect(self._on_copy_value_action_triggered)
        self.copy_path_action = self._action(QKeySequence("Ctrl+Shift+C"))
        self.copy_path_action.triggered.connect(self._on_copy_path_action_triggered)
        separator = QAction(self.tree_view)
        separator.setSeparator(True)
        self.tree_view.addAction(separator)
        self.expand_all_action = self._action()
        self.expand_all_action.triggered.connect(self._on_expand_all_action_triggered)
        self.collapse_all_action = self._action()
        self.collapse_all_action.triggered.connect(self._on_collapse_all_action_triggered)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_label)
        layout.addWidget(self.tree_view, 1)

    def _action(
        self, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(self.tree_view)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree_view.addAction(action)
        return action

    def _fit_type_column(self) -> None:
        # Sized to the longest type name in the current language, without measuring rows.
        metrics = self.tree_view.header().fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in self.model.type_names())
        self.tree_view.header().resizeSection(2, widest + 24)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.copy_value_action.setText(self.tr("Copy value"))
        self.copy_path_action.setText(self.tr("Copy path"))
        self.expand_all_action.setText(self.tr("Expand all"))
        self.collapse_all_action.setText(self.tr("Collapse all"))
        self.model.retranslate()
        self._fit_type_column()
        self.tree_view.viewport().update()
        self.note_label.setText(
            fill_placeholders(
                self.tr("Expanded the first %1 items; the rest stay collapsed."),
                (str(EXPAND_LIMIT),),
            )
        )

    def set_data(self, data: object, paged: bool) -> None:
        """Show ``data``; a paged reply opens with ``message.data`` and its first record."""
        self.model.set_data(data)
        self.note_label.hide()
        if 0 < self.model.rowCount() <= AUTO_EXPAND_TOP_ROWS:
            for row in range(self.model.rowCount()):
                self.tree_view.expand(self.model.index(row, 0))
        if paged:
            self._expand_first_record()

    def reveal(self, rows: Sequence[int], column: int = KEY_COLUMN) -> bool:
        """Expand the parents of the item at ``rows``, select it and scroll to it.

        Args:
            rows: Row numbers from the top level down, as ``JsonTreeModel.index_of_rows``.
            column: Column of the item to make current.

        Returns:
            False when no item has those row numbers.
        """
        index = self.model.index_of_rows(rows, column)
        if not index.isValid():
            return False
        parent = index.parent()
        ancestors: list[QModelIndex] = []
        while parent.isValid():
            ancestors.append(parent)
            parent = parent.parent()
        for ancestor in reversed(ancestors):
            self.tree_view.expand(ancestor)
        self.tree_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree_view.expand(index.siblingAtColumn(0))
        self.tree_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _expand_first_record(self) -> None:
        """Open ``message.data`` and its first record, where a paged reply keeps its rows."""
        for row in range(self.model.rowCount()):
            message = self.model.index(row, 0)
            if self.model.path(message) != "message":
                continue
            for child_row in range(self.model.rowCount(message)):
                data = self.model.index(child_row, 0, message)
                rows = self.model.rowCount(data)
                # Expanding lays out every row of data in the view, so a long page stays
                # closed; the Table tab shows its rows instead.
                if self.model.path(data) == "message.data" and 0 < rows <= AUTO_EXPAND_ROWS:
                    self.tree_view.expand(data)
                    self.tree_view.expand(self.model.index(0, 0, data))
                    return

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
        self.note_label.setVisible(limited)

    @Slot()
    def _on_collapse_all_action_triggered(self) -> None:
        self.tree_view.collapseAll()
        self.note_label.hide()
