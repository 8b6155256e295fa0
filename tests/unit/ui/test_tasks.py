"""Tests of the task runner: results arrive on the GUI thread, cancelled results are dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop_app.api.cancel import CancelToken
from desktop_app.ui.tasks import TaskRunner


def test_result_arrives_on_gui_thread(qtbot) -> None:
    """The work runs on a pool thread and its result is delivered on the GUI thread."""
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(_token: CancelToken) -> str:
        seen["work_thread"] = threading.get_ident()
        return "done"

    def on_result(value: object) -> None:
        seen["value"] = value
        seen["result_is_gui"] = QThread.currentThread() is qtbot_app_thread

    qtbot_app_thread = QThread.currentThread()
    runner.run_task(work, on_result, lambda text: seen.setdefault("error", text))
    qtbot.waitUntil(lambda: "value" in seen, timeout=3000)
    assert seen["value"] == "done"
    assert seen["result_is_gui"] is True
    assert seen["work_thread"] != threading.get_ident()


def test_exception_reaches_error_callback(qtbot) -> None:
    """An exception in the work is reported with its traceback text."""
    runner = TaskRunner()
    errors: list[str] = []

    def work(_token: CancelToken) -> None:
        raise ValueError("broken value 42")

    runner.run_task(work, lambda _value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert "broken value 42" in errors[0]


def test_cancelled_result_is_dropped(qtbot) -> None:
    """After cancel(), the work sees the token set and its result is not delivered."""
    runner = TaskRunner()
    started = threading.Event()
    saw_cancel = threading.Event()
    results: list[object] = []

    def work(token: CancelToken) -> str:
        started.set()
        if token.wait(5):
            saw_cancel.set()
        return "late"

    handle = runner.run_task(work, results.append, lambda _text: None)
    assert started.wait(3)
    handle.cancel()
    qtbot.waitUntil(lambda: handle.done, timeout=3000)
    assert saw_cancel.is_set()
    assert results == []
