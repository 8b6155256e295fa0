"""Export button of the response viewer: table to CSV or XLSX, reply to JSON."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton, QWidget

from desktop_app.api.cancel import CancelToken
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.storage.export import (
    ExportCancelled,
    ExportControl,
    write_csv,
    write_json,
    write_xlsx,
)
from desktop_app.ui.response.table_view import TablePage
from desktop_app.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)


class ExportButton(QToolButton):
    """"Export…" button whose menu saves the table as CSV or XLSX, or the reply as JSON.

    The table export writes the rows and columns the table shows, in its order. All three
    mask card numbers and password-like fields. The data and table are those on show, so
    a filtered view exports the filter's result.

    Signals:
        finished(str): A sentence saying where the file was saved or why it was not.
        progressed(int, int): Rows written and rows in all while a table export runs in the
            background; a JSON export sends 0 as the total.
        busy_changed(bool): A background export started (True) or ended (False).

    Attributes:
        csv_action, xlsx_action, json_action: Menu entries.
    """

    finished = Signal(str)
    progressed = Signal(int, int)
    busy_changed = Signal(bool)

    def __init__(self, table_page: TablePage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table_page = table_page
        # Task runner that writes files in the background; None writes on the calling thread.
        self.runner: TaskRunner | None = None
        self._data: Any = None
        self._has_data = False
        self._handle: TaskHandle | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.csv_action = QAction(menu)
        self.csv_action.triggered.connect(self._on_csv_action_triggered)
        self.xlsx_action = QAction(menu)
        self.xlsx_action.triggered.connect(self._on_xlsx_action_triggered)
        self.json_action = QAction(menu)
        self.json_action.triggered.connect(self._on_json_action_triggered)
        for action in (self.csv_action, self.xlsx_action, self.json_action):
            menu.addAction(action)
        self.setMenu(menu)
        self.set_data(None, has_data=False)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.setText(self.tr("Export…"))
        self.csv_action.setText(self.tr("Table as CSV…"))
        self.xlsx_action.setText(self.tr("Table as Excel workbook (XLSX)…"))
        self.json_action.setText(self.tr("Reply as JSON…"))

    def set_data(self, data: Any, has_data: bool) -> None:
        """Keep the data that "Reply as JSON" writes and enable the entries that apply."""
        self._data = data
        self._has_data = has_data
        self._update_actions()

    def is_busy(self) -> bool:
        """Return whether a background export is running."""
        return self._handle is not None

    def cancel_export(self) -> None:
        """Stop the running background export; the writer removes its partial file."""
        handle = self._handle
        if handle is None:
            return
        handle.cancel()
        self._set_handle(None)
        self.finished.emit(self.tr("Export cancelled. No file was saved."))

    def _set_handle(self, handle: TaskHandle | None) -> None:
        self._handle = handle
        self._update_actions()
        self.busy_changed.emit(handle is not None)

    def _update_actions(self) -> None:
        has_table = self._table_page.model.table() is not None
        has_data = self._has_data and self._handle is None
        has_table = has_table and self._handle is None
        self.csv_action.setEnabled(has_table)
        self.xlsx_action.setEnabled(has_table)
        self.json_action.setEnabled(has_data)
        self.setEnabled(has_table or has_data)

    def export(self, kind: str, path: Path) -> bool:
        """Write the file of ``kind`` (``"csv"``, ``"xlsx"`` or ``"json"``) to ``path``.

        Emits ``finished`` with the outcome.

        Returns:
            False when there was nothing to write, another export is still running, or the
            file could not be written.

        Raises:
            ValueError: ``kind`` is not one of the three.
        """
        if kind not in ("csv", "xlsx", "json"):
            raise ValueError(f"Unknown export kind {kind!r}; expected csv, xlsx or json.")
        table = self._table_page.model.table()
        nothing_to_write = not self._has_data if kind == "json" else table is None
        if nothing_to_write or self._handle is not None:
            return False
        rows = self._table_page.record_rows()
        columns = self._table_page.visible_columns()
        data = self._data

        def write(token: CancelToken | None = None) -> None:
            control = ExportControl(token, self.progressed.emit)
            try:
                if kind == "json":
                    write_json(path, data, control)
                elif table is not None:
                    writer = write_csv if kind == "csv" else write_xlsx
                    writer(path, table, rows, columns, control)
            except ExportCancelled:
                # cancel_export() has already reported the cancel, and the task runner drops
                # the outcome of a cancelled task, so a cancel is not logged as a failure.
                log.info("Export to %s cancelled", path)

        if kind == "json":
            done = fill_placeholders(self.tr("Saved the reply to %1."), (str(path),))
        else:
            done = fill_placeholders(self.tr("Saved %1 rows to %2."), (str(len(rows)), str(path)))
        if self.runner is not None:
            # An XLSX of thousands of rows takes seconds to write, so the window's runner
            # writes it off the GUI thread and ``finished`` reports the outcome later.
            self.finished.emit(fill_placeholders(self.tr("Saving %1 …"), (str(path),)))

            def on_done(_value: object) -> None:
                self._set_handle(None)
                self.finished.emit(done)

            def on_error(text: str) -> None:
                self._set_handle(None)
                self._report_failure(path, text)

            self._set_handle(self.runner.run_task(write, on_done, on_error))
            return True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write()
        except OSError as exc:
            self._report_failure(path, exc.strerror or str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.finished.emit(done)
        return True

    def _report_failure(self, path: Path, reason: str) -> None:
        lines = reason.strip().splitlines()
        log.warning("Could not export to %s: %s", path, lines[-1] if lines else reason)
        self.finished.emit(fill_placeholders(
            self.tr("Could not save %1: %2. Choose another folder or close the file "
                    "in other programs, then export again."),
            (str(path), lines[-1] if lines else reason)))

    def _ask_and_export(self, kind: str, caption: str, name_filter: str) -> None:
        name, _ = QFileDialog.getSaveFileName(self, caption, "reply." + kind, name_filter)
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix("." + kind)
        self.export(kind, path)

    @Slot()
    def _on_csv_action_triggered(self) -> None:
        self._ask_and_export("csv", self.tr("Export table as CSV"),
                             self.tr("CSV files (*.csv)"))

    @Slot()
    def _on_xlsx_action_triggered(self) -> None:
        self._ask_and_export("xlsx", self.tr("Export table as Excel workbook"),
                             self.tr("Excel workbooks (*.xlsx)"))

    @Slot()
    def _on_json_action_triggered(self) -> None:
        self._ask_and_export("json", self.tr("Export reply as JSON"),
                             self.tr("JSON files (*.json)"))
