"""Table tab of the response viewer: the reply's records in a sortable, filterable table."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.tabular import SAMPLE_ROWS, Table
from desktop_app.api.values import is_container, to_json_text
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.storage.settings import Settings
from desktop_app.ui.response.column_chooser import ColumnChooser
from desktop_app.ui.response.column_memory import remember_hidden, remembered_hidden
from desktop_app.ui.response.error_card import plain_label
from desktop_app.ui.response.row_texts import RowTextLoader
from desktop_app.ui.response.table_model import RowsTableModel
from desktop_app.ui.response.table_proxy import RowsProxyModel

log = logging.getLogger(__name__)

MAX_COLUMN_WIDTH = 320
"""Widest a column gets when it is sized to its contents; the user can widen it further."""

SIZE_HINT_ROWS = SAMPLE_ROWS
"""Number of rows measured when columns are sized to their contents."""


class TablePage(QWidget):
    """Records of a reply as a table with sorting, a quick filter and a column chooser.

    Clicking a header sorts by that column (numbers and dates in their own order); a third
    click returns to the reply's order. The filter keeps the rows with a cell that contains
    its text. "Columns…" hides and shows columns, and the choice is kept per endpoint in the
    ``table_columns`` setting. Ctrl+C copies the selected cells as tab-separated text.
    Double-clicking a row emits ``row_opened`` with the record's path.

    Signals:
        row_opened(object): Path parts (a tuple of keys and indexes) of a record that
            the user asked to see in the tree.
        value_copied(str): The text just placed on the clipboard.

    Attributes:
        model: The records.
        proxy: Sorted and filtered view of ``model``.
        table_view: The table.
        filter_edit: Quick filter text.
        count_label: Number of rows shown.
        columns_button: Opens the column chooser.
        column_dialog: The open column chooser, or None.
        copy_cells_action, copy_value_action, copy_row_action, show_in_tree_action:
            Actions of the table's context menu.
    """

    row_opened = Signal(object)
    value_copied = Signal(str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._endpoint_key = ""
        self.layout_version = 0
        self.column_dialog: ColumnChooser | None = None

        self.model = RowsTableModel(self)
        self.proxy = RowsProxyModel(self.model, self)
        for signal in (self.proxy.layoutChanged, self.proxy.modelReset,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._on_proxy_layout_changed)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.count_label = plain_label(self)
        self.columns_button = QPushButton(self)
        self.columns_button.clicked.connect(self._on_columns_button_clicked)

        self.table_view = QTableView(self)
        self.table_view.setModel(self.proxy)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setSortIndicatorClearable(True)
        header.setResizeContentsPrecision(SIZE_HINT_ROWS)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table_view.setSortingEnabled(True)
        self.table_view.verticalHeader().setDefaultSectionSize(
            self.table_view.fontMetrics().height() + 6
        )
        self.table_view.doubleClicked.connect(self._on_table_view_double_clicked)
        self.row_texts = RowTextLoader(self.model, self)
        self.row_texts.busy_changed.connect(self._on_row_texts_busy_changed)
        self._filter_text = ""
        self._build_actions()

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table_view, 1)

    def _build_actions(self) -> None:
        self.table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_cells_action = self._action(QKeySequence.StandardKey.Copy)
        self.copy_cells_action.triggered.connect(self._on_copy_cells_action_triggered)
        self.copy_value_action = self._action()
        self.copy_value_action.triggered.connect(self._on_copy_value_action_triggered)
        self.copy_row_action = self._action()
        self.copy_row_action.triggered.connect(self._on_copy_row_action_triggered)
        self.show_in_tree_action = self._action()
        self.show_in_tree_action.triggered.connect(self._on_show_in_tree_action_triggered)

    def _action(self, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self.table_view)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table_view.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.filter_edit.setPlaceholderText(self.tr("Filter rows"))
        self.columns_button.setText(self.tr("Columns…"))
        self.copy_cells_action.setText(self.tr("Copy selected cells"))
        self.copy_value_action.setText(self.tr("Copy value"))
        self.copy_row_action.setText(self.tr("Copy row as JSON"))
        self.show_in_tree_action.setText(self.tr("Show in tree"))
        self._update_count()

    def set_table(self, table: Table | None, endpoint_key: str = "") -> None:
        """Show ``table``, hiding the columns remembered for ``endpoint_key``.

        The filter text stays and applies to the new rows, once their texts are built.
        """
        self._endpoint_key = endpoint_key
        self.row_texts.reset()
        self.table_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # Without a filter during the reset, the proxy reads no row texts of the new table.
        self.proxy.set_filter_text("")
        self.model.set_table(table)
        self._filter_later(self._filter_text)
        hidden = remembered_hidden(self._settings, self._endpoint_key)
        header = self.table_view.horizontalHeader()
        for column, name in enumerate(self.model.column_names()):
            header.setSectionHidden(column, name in hidden)
        if self.model.columnCount() and not self.visible_columns():
            # Every column was hidden, which the chooser does not allow; show them all.
            for column in range(self.model.columnCount()):
                header.setSectionHidden(column, False)
        self._fit_columns()
        self.layout_version += 1
        self._update_count()

    def _fit_columns(self) -> None:
        """Size each column to its name and its longest text in the first ``SIZE_HINT_ROWS`` rows.

        Only the longest text of each column is measured, one font-metrics call per column,
        and ``with_table`` finds those texts in the worker thread.
        QTableView.resizeColumnsToContents would query the Python model for about ten roles
        per cell. A wide reply has 60 and more columns, so sizing them cell by cell would add
        to the time the window cannot react while a reply is shown. Widths are capped at
        ``MAX_COLUMN_WIDTH``.
        """
        table = self.model.table()
        if table is None or not table.columns:
            return
        names = table.columns
        longest = table.longest_texts(SIZE_HINT_ROWS)
        metrics = self.table_view.fontMetrics()
        header = self.table_view.horizontalHeader()
        header_metrics = header.fontMetrics()
        padding = 2 * self.table_view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        for column, name in enumerate(names):
            width = max(header_metrics.horizontalAdvance(name) + 24,
                        metrics.horizontalAdvance(longest[column]) + padding)
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))

    def visible_columns(self) -> list[int]:
        """Return the model columns that are not hidden, in the order the header shows them."""
        header = self.table_view.horizontalHeader()
        columns = (header.logicalIndex(visual) for visual in range(header.count()))
        return [column for column in columns if not header.isSectionHidden(column)]

    def view_rows(self) -> list[int]:
        """Return the model rows that pass the filter, in the order the table shows them."""
        filtered_count = self.proxy.rowCount()
        if filtered_count == self.model.rowCount():
            # The proxy only filters (the model sorts), so with no row filtered out it shows
            # the model's rows in their order, and mapping 5,000 rows one by one is skipped.
            return list(range(filtered_count))
        return [
            self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            for row in range(self.proxy.rowCount())
        ]

    def record_rows(self) -> list[int]:
        """Return the indexes in the table's records of the rows shown, in view order."""
        return [self.model.record_index(row) for row in self.view_rows()]

    def find_cells(self, text: str) -> list[tuple[int, int]]:
        """Return (model row, column) of each shown cell that contains ``text``, in view order.

        The comparison ignores case and reads the whole cell text, including the parts of
        long strings that the table elides.
        """
        folded = text.casefold()
        if not folded:
            return []
        columns = self.visible_columns()
        column_count = self.model.columnCount()
        matches: list[tuple[int, int]] = []
        for row in self.view_rows():
            # A cell can only match in a row whose joined text matches, which skips most rows.
            row_text = self.model.row_text(row)
            if folded not in row_text:
                continue
            # The row text joins the cells' casefolded copy texts with tabs. Splitting it gives
            # them back unless a cell or the search text contains a tab itself.
            cells = row_text.split("\t")
            if len(cells) != column_count or "\t" in folded:
                cells = [text.casefold() for text in self.model.row_copy_texts(row)]
            matches.extend((row, column) for column in columns if folded in cells[column])
        return matches

    def show_cell(self, row: int, column: int) -> bool:
        """Make the cell at model ``row`` and ``column`` current and scroll to it.

        Returns:
            False when the cell is filtered out or does not exist.
        """
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if not index.isValid():
            return False
        self.table_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def open_column_dialog(self) -> ColumnChooser:
        """Open the column chooser (window-modal) and return it; OK applies the choice."""
        header = self.table_view.horizontalHeader()
        names = self.model.column_names()
        dialog = ColumnChooser(
            names, [not header.isSectionHidden(column) for column in range(len(names))], self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_column_dialog_finished)
        self.column_dialog = dialog
        dialog.open()
        return dialog

    def _filter_later(self, text: str) -> None:
        """Filter the rows by ``text`` as soon as the row texts are ready."""
        self._filter_text = text
        if not text:
            self.proxy.set_filter_text("")
            return
        self.row_texts.when_ready(lambda: self.proxy.set_filter_text(self._filter_text))

    def _show_preparing(self, preparing: bool) -> None:
        """Show a busy cursor over the table and the filter while the row texts are built.

        A cursor, unlike a new text in the count label, changes no widget's size, so the
        table is not laid out and painted again while a worker thread competes with that
        paint for the GIL.
        """
        for widget in (self.table_view.viewport(), self.filter_edit):
            if preparing:
                widget.setCursor(Qt.CursorShape.BusyCursor)
            else:
                widget.unsetCursor()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        if shown == total:
            text = fill_placeholders(self.tr("Rows: %1"), (str(total),))
        else:
            text = fill_placeholders(self.tr("Rows: %1 of %2"), (str(shown), str(total)))
        self.count_label.setText(text)

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.value_copied.emit(text)

    def _current_source(self) -> QModelIndex:
        return self.proxy.mapToSource(self.table_view.currentIndex())

    @Slot(bool)
    def _on_row_texts_busy_changed(self, busy: bool) -> None:
        self._show_preparing(busy)
        if not busy:
            self._update_count()

    @Slot()
    def _on_proxy_layout_changed(self) -> None:
        self.layout_version += 1
        self._update_count()

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._filter_later(text)
        self._update_count()

    @Slot()
    def _on_columns_button_clicked(self) -> None:
        self.open_column_dialog()

    @Slot(int)
    def _on_column_dialog_finished(self, code: int) -> None:
        dialog = self.column_dialog
        self.column_dialog = None
        if dialog is None or code != QDialog.DialogCode.Accepted.value:
            return
        visible = dialog.visible()
        header = self.table_view.horizontalHeader()
        for column, shown in enumerate(visible):
            header.setSectionHidden(column, not shown)
        self.layout_version += 1
        remember_hidden(self._settings, self._endpoint_key, self.model.column_names(), visible)

    @Slot(QModelIndex)
    def _on_table_view_double_clicked(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.row_opened.emit(self.model.row_path(source.row()))

    @Slot()
    def _on_copy_cells_action_triggered(self) -> None:
        cells = [self.proxy.mapToSource(index) for index in self.table_view.selectedIndexes()]
        if not cells:
            return
        header = self.table_view.horizontalHeader()
        columns = sorted({cell.column() for cell in cells}, key=header.visualIndex)
        chosen: dict[int, set[int]] = {}
        for cell in cells:
            chosen.setdefault(cell.row(), set()).add(cell.column())
        view_order = {row: position for position, row in enumerate(self.view_rows())}
        lines = []
        for row in sorted(chosen, key=lambda source_row: view_order.get(source_row, 0)):
            lines.append("\t".join(
                _tsv_field(self.model.copy_text(row, column)) if column in chosen[row] else ""
                for column in columns
            ))
        self._copy("\n".join(lines))

    @Slot()
    def _on_copy_value_action_triggered(self) -> None:
        source = self._current_source()
        if not source.isValid():
            return
        value = self.model.cell_value(source.row(), source.column())
        if is_container(value):
            self._copy(to_json_text(value))
        else:
            self._copy(self.model.copy_text(source.row(), source.column()))

    @Slot()
    def _on_copy_row_action_triggered(self) -> None:
        source = self._current_source()
        if source.isValid():
            self._copy(to_json_text(self.model.record(source.row())))

    @Slot()
    def _on_show_in_tree_action_triggered(self) -> None:
        source = self._current_source()
        if source.isValid():
            self.row_opened.emit(self.model.row_path(source.row()))


def _tsv_field(text: str) -> str:
    """Quote a field for tab-separated text as spreadsheets read it, when it needs quoting."""
    if any(char in text for char in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text
