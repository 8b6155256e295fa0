"""Click-through tests of the "All pages" check box against the window's sandbox."""

from __future__ import annotations

import json
import threading

from PySide6.QtCore import Qt

from desktop_app.api.paging import WORKER_THREAD_PREFIX, AllPagesResult
from desktop_app.sandbox import SandboxServer
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.response.json_model import JsonTreeModel

WALK_TIMEOUT_MS = 10_000


def _sandbox(window: MainWindow) -> SandboxServer:
    return window.services.connections.ensure_sandbox()


def _serve_rows(sandbox: SandboxServer, total: int) -> None:
    """Make every order query return 200 rows and the given total."""
    page = [{"orderId": str(number)} for number in range(1, 201)]
    body = {"result": "SUCCESS",
            "message": {"totalResults": total, "resultsPerPage": 200, "page": 1, "data": page}}
    sandbox.set_override("/order/query/", body=json.dumps(body))


def _prepare_order_query(qtbot, window: MainWindow) -> None:
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("startDate").set_value("01/01/2000")
    window.form.editor("endDate").set_value("12/31/2030")
    check_box = window.all_pages.check_box
    assert check_box.isEnabled()
    qtbot.mouseClick(check_box, Qt.MouseButton.LeftButton)
    assert check_box.isChecked()


def _send_walk(qtbot, window: MainWindow) -> AllPagesResult:
    with qtbot.waitSignal(window.all_pages.controller.walk_finished,
                          timeout=WALK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[1]
    assert isinstance(outcome, AllPagesResult)
    return outcome


def _data_rows(model: JsonTreeModel) -> int:
    """Return the number of children of ``message.data`` in the tree model."""
    for row in range(model.rowCount()):
        message = model.index(row, 0)
        if model.path(message) != "message":
            continue
        for child in range(model.rowCount(message)):
            data = model.index(child, 0, message)
            if model.path(data) == "message.data":
                return model.rowCount(data)
    return -1


def test_all_pages_shows_401_orders(qtbot, window: MainWindow) -> None:
    """All pages fetches the 401 seeded orders; the bar reaches 401 of 401 rows."""
    _prepare_order_query(qtbot, window)
    bar_states: list[tuple[int, int, str]] = []
    window.all_pages.controller.progressed.connect(
        lambda _rows, _total: bar_states.append(
            (window.progress.value(), window.progress.maximum(), window.progress.text())))

    outcome = _send_walk(qtbot, window)

    assert bar_states[-1][:2] == (401, 401)
    assert "401 of 401 rows" in bar_states[-1][2]
    assert outcome.pages_fetched == 3
    shown = window.response.result()
    assert shown is not None
    assert shown.row_count == 401
    assert _data_rows(window.response.model) == 401
    assert len(_sandbox(window).requests) == 3
    assert "3 of 3" in window.status_label.text()
    assert window.send_button.isEnabled()
    assert window.progress.isHidden()
    history = window.services.history.entries()
    assert len(history) == 1
    assert history[0].row_count == 401
    assert history[0].result_kind == "paged"


def test_check_box_only_for_paged_endpoints(window: MainWindow) -> None:
    """The check box is enabled for a paged query and disabled for a write."""
    window.browser.select("/order/query/")
    assert window.all_pages.check_box.isEnabled()
    window.browser.select("/order/update/")
    assert not window.all_pages.check_box.isEnabled()


def test_cancel_mid_walk_keeps_rows(qtbot, window: MainWindow) -> None:
    """Cancel during a slow 20-page walk ends it within a second and shows a note."""
    sandbox = _sandbox(window)
    _serve_rows(sandbox, 4000)
    sandbox.latency_ms = 200
    _prepare_order_query(qtbot, window)
    controller = window.all_pages.controller

    with qtbot.waitSignal(controller.progressed, timeout=WALK_TIMEOUT_MS):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(controller.walk_finished, timeout=1000) as blocker:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)

    outcome = blocker.args[1]
    assert outcome.cancelled is True
    assert 200 <= (outcome.result.row_count or 0) < 4000
    assert window.all_pages.note_label.isVisible()
    assert "Cancelled after" in window.all_pages.note_label.text()
    assert "Cancelled after" in window.status_label.text()
    qtbot.waitUntil(lambda: not any(thread.name.startswith(WORKER_THREAD_PREFIX)
                                    for thread in threading.enumerate()), timeout=3000)
    assert len(sandbox.requests) < 20


def test_cap_question_declined(qtbot, window: MainWindow) -> None:
    """A 60-page walk asks first. No fetches 50 pages, and the note stays with the endpoint."""
    sandbox = _sandbox(window)
    _serve_rows(sandbox, 12_000)
    window.services.messages.answers.append(False)
    _prepare_order_query(qtbot, window)

    outcome = _send_walk(qtbot, window)

    assert "12000 rows on 60 pages" in window.services.messages.shown[-1]
    assert outcome.result.row_count == 10_000
    assert len(sandbox.requests) == 50
    note_label = window.all_pages.note_label
    assert "Stopped at the cap of 50 pages" in note_label.text()

    window.browser.select("/customer/query/")
    assert note_label.isHidden()
    window.browser.select("/order/query/")
    assert note_label.isVisible()

    qtbot.mouseClick(window.all_pages.check_box, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.controller.finished, timeout=WALK_TIMEOUT_MS):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert note_label.isHidden()
