"""Background work on a QThreadPool, with results delivered on the GUI thread."""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop_app.api.cancel import CancelToken

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[str], None]


@dataclass
class TaskHandle:
    """A started task. ``cancel()`` signals the work to stop and drops its late result."""

    task_id: int
    token: CancelToken = field(default_factory=CancelToken)
    done: bool = False

    def cancel(self) -> None:
        """Signal the work to stop; a result that still arrives is not delivered."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        """Whether ``cancel()`` was called."""
        return self.token.cancelled


class _TaskSignals(QObject):
    """Carrier of a task's outcome across threads.

    Signals:
        finished(int, bool, object): task id, whether it succeeded, and the
            result or the formatted exception text.
    """

    finished = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, work: Callable[[CancelToken], Any], token: CancelToken,
                 signals: _TaskSignals) -> None:
        super().__init__()
        self._task_id = task_id
        self._work = work
        self._token = token
        self._signals = signals

    def run(self) -> None:
        try:
            outcome = self._work(self._token)
        except Exception:  # noqa: BLE001 - any failure is reported to the GUI, never lost
            text = traceback.format_exc()
            log.error("Background task %d failed:\n%s", self._task_id, text)
            self._signals.finished.emit(self._task_id, False, text)
        else:
            self._signals.finished.emit(self._task_id, True, outcome)


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the GUI thread.

    The work function receives a ``CancelToken``; the result callback runs on
    the thread that owns the runner, through a queued signal connection.
    """

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[TaskHandle, ResultCallback, ErrorCallback]] = {}
        self._signals = _TaskSignals()
        self._signals.finished.connect(self._on_task_finished)

    @property
    def pool(self) -> QThreadPool:
        """The thread pool that runs the work."""
        return self._pool

    def run_task(self, work: Callable[[CancelToken], Any], on_result: ResultCallback,
                 on_error: ErrorCallback) -> TaskHandle:
        """Start ``work`` on the pool and return its handle.

        Args:
            work: Called on a pool thread with the task's cancel token.
            on_result: Called on the GUI thread with the value ``work`` returned,
                unless the task was cancelled first.
            on_error: Called on the GUI thread with the traceback text when
                ``work`` raised.
        """
        handle = TaskHandle(next(self._ids))
        self._pending[handle.task_id] = (handle, on_result, on_error)
        self._pool.start(_Task(handle.task_id, work, handle.token, self._signals))
        return handle

    def wait_all(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle or ``msecs`` pass; used on shutdown."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, bool, object)
    def _on_task_finished(self, task_id: int, ok: bool, payload: object) -> None:
        entry = self._pending.pop(task_id, None)
        if entry is None:
            return
        handle, on_result, on_error = entry
        handle.done = True
        if handle.cancelled:
            log.info("Dropped the result of cancelled task %d", task_id)
            return
        if ok:
            on_result(payload)
        else:
            on_error(str(payload))
