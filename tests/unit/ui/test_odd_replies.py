"""Odd and exact replies from the sandbox, shown through the whole window."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.api.result import ProblemCode, ResultKind
from desktop_app.sandbox import Fault
from desktop_app.ui.main_window import MainWindow


def _send_order_query(qtbot, window: MainWindow) -> object:
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("A11CE00042")
    with qtbot.waitSignal(window.controller.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


@pytest.mark.parametrize(
    ("fault", "kind", "code"),
    [
        (Fault.HTML_502, ResultKind.HTTP_ERROR, ProblemCode.HTTP_STATUS),
        (Fault.EMPTY_BODY, ResultKind.FORMAT_ERROR, ProblemCode.EMPTY_BODY),
        (Fault.TRUNCATED_JSON, ResultKind.FORMAT_ERROR, ProblemCode.TRUNCATED_JSON),
        (Fault.PHP_NOTICE, ResultKind.FORMAT_ERROR, ProblemCode.PHP_NOTICE),
        (Fault.RESET, ResultKind.TRANSPORT_ERROR, ProblemCode.RESET),
    ],
    ids=lambda value: getattr(value, "name", None),
)
def test_fault_shows_its_own_error_card(qtbot, window: MainWindow, fault: Fault,
                                        kind: ResultKind, code: ProblemCode) -> None:
    """Each fault gives its own readable card; server text stays plain text."""
    sandbox = window.services.connections.ensure_sandbox()
    sandbox.set_fault(fault, count=1)

    result = _send_order_query(qtbot, window)

    assert result.kind is kind
    assert result.problem is not None and result.problem.code is code
    card = window.response.error_card
    assert card.isVisibleTo(window)
    assert card.title_label.text()
    assert "Traceback" not in card.title_label.text() + card.advice_label.text()
    assert card.title_label.textFormat() == Qt.TextFormat.PlainText
    if fault is Fault.HTML_502:
        assert "<html>" in window.response.raw_edit.toPlainText().lower()


def test_exact_values_in_views_and_clipboard(qtbot, window: MainWindow) -> None:
    """Leading zeros, a 2^53+1 integer and a money string keep every character."""
    body = ('{"result":"SUCCESS","message":{"totalResults":1,"resultsPerPage":25,"page":1,'
            '"data":[{"postalCode":"02134","cardLast4":"0042","orderId":9007199254740993,'
            '"price":"59.85","tax":0.1}]}}')
    sandbox = window.services.connections.ensure_sandbox()
    sandbox.set_override("/order/query/", body=body.encode())

    result = _send_order_query(qtbot, window)

    assert result.kind is ResultKind.PAGED
    view = window.response
    model = view.model
    data_node = model.index(3, 0, model.index(1, 0))
    record = model.index(0, 0, data_node)
    shown = {model.data(model.index(row, 0, record)): model.data(model.index(row, 1, record))
             for row in range(model.rowCount(record))}
    assert shown == {"postalCode": "02134", "cardLast4": "0042", "orderId": "9007199254740993",
                     "price": "59.85", "tax": "0.1"}
    view.tabs.setCurrentWidget(view.raw_page)
    qtbot.waitUntil(lambda: "9007199254740993" in view.raw_edit.toPlainText(), timeout=3000)
    raw = view.raw_edit.toPlainText()
    for text in ('"02134"', '"0042"', "9007199254740993", '"59.85"', "0.1"):
        assert text in raw
    assert json.loads(raw)["message"]["data"][0]["orderId"] == 9007199254740993

    view.tabs.setCurrentWidget(view.tree_page)
    for row, expected in ((0, "02134"), (1, "0042"), (2, "9007199254740993")):
        view.tree_view.setCurrentIndex(model.index(row, 1, record))
        view.copy_value_action.trigger()
        assert QGuiApplication.clipboard().text() == expected
