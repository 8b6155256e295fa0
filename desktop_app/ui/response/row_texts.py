"""Row texts of a large reply table, built on the task runner for the filter and the find bar."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop_app.api.tabular import Table
from desktop_app.ui.response.table_model import RowsTableModel, build_row_texts
from desktop_app.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

BACKGROUND_TEXT_ROWS = 1000
"""Tables with at least this many rows build their filter texts on the task runner."""


class RowTextLoader(QObject):
    """Builds the row texts of a ``RowsTableModel``'s table off the GUI thread when it is large.

    Typing a filter into a 5,000-row reply would otherwise freeze the window for about half a
    second while ``build_row_texts`` runs.

    Signals:
        busy_changed(bool): A build started (True) or ended (False).

    Attributes:
        runner: Task runner for the builds; None builds them on the calling thread.
    """

    busy_changed = Signal(bool)

    def __init__(self, model: RowsTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner: TaskRunner | None = None
        self._model = model
        self._task: TaskHandle | None = None
        self._callbacks: list[Callable[[], None]] = []

    def is_busy(self) -> bool:
        """Return whether a build is running."""
        return self._task is not None

    def when_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the model's row texts are built.

        A table of ``BACKGROUND_TEXT_ROWS`` rows or more builds them on the task runner.
        Smaller tables, and a loader without a runner, call ``callback`` at once.
        """
        model = self._model
        table = model.table()
        small = model.rowCount() < BACKGROUND_TEXT_ROWS
        if table is None or model.row_texts_ready() or small or self.runner is None:
            callback()
            return
        self._callbacks.append(callback)
        if self._task is None:
            self._task = self.runner.run_task(
                lambda _token: build_row_texts(table),
                lambda texts: self._on_built(table, texts),
                self._on_failed,
            )
            self.busy_changed.emit(True)

    def reset(self) -> None:
        """Cancel a running build and forget its callbacks, before the model gets a new table."""
        self._callbacks = []
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.busy_changed.emit(False)

    def _on_built(self, table: Table, texts: object) -> None:
        self._task = None
        if isinstance(texts, list) and self._model.set_row_texts(table, texts):
            self._run_callbacks()
        self.busy_changed.emit(False)

    def _on_failed(self, text: str) -> None:
        # The texts are then built on the GUI thread when the filter first reads them.
        log.error("Building the row texts of the table failed: %s", text.strip())
        self._task = None
        self._run_callbacks()
        self.busy_changed.emit(False)

    def _run_callbacks(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
