"""Tests for ResponseView: exact values in tree, raw text and clipboard, notes and errors."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.api.result import ApiResult, Paging, Problem, ProblemCode, ResultKind
from desktop_app.api.values import to_json_text
from desktop_app.ui.response import raw_page as raw_page_module
from desktop_app.ui.response.view import EXPAND_LIMIT, ResponseView

from .conftest import BracketTranslator

MakeResult = Callable[..., ApiResult]

EXACT_RECORD = {
    "postalCode": "02134",
    "cardLast4": "0042",
    "orderId": 9007199254740993,
    "price": "59.85",
    "tax": Decimal("0.1"),
}
EXACT_TEXTS = {
    "postalCode": "02134",
    "cardLast4": "0042",
    "orderId": "9007199254740993",
    "price": "59.85",
    "tax": "0.1",
}
HTML_502 = "<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"


def paged_reply(records: list[dict[str, Any]], total: int) -> dict[str, Any]:
    """Return a Konnektive-style paged reply around ``records``."""
    return {
        "result": "SUCCESS",
        "message": {
            "totalResults": total,
            "resultsPerPage": len(records),
            "page": 1,
            "data": records,
        },
    }


def paged_result(make_result: MakeResult, records: list[dict[str, Any]], total: int) -> ApiResult:
    """Build a PAGED result whose data is ``paged_reply(records, total)``."""
    return make_result(
        ResultKind.PAGED,
        http_status=200,
        elapsed_ms=34.2,
        body_text="{}",
        content_format="json",
        data=paged_reply(records, total),
        rows=records,
        row_count=len(records),
        paging=Paging(total, len(records), 1),
    )


@pytest.fixture
def view(qtbot: QtBot) -> ResponseView:
    """Provide a shown and active ResponseView."""
    widget = ResponseView()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def child_row(view: ResponseView, parent: QModelIndex, key: str) -> QModelIndex:
    """Return the Key-column index of the child of ``parent`` named ``key``."""
    model = view.model
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.data(index) == key:
            return index
    raise AssertionError(f"no row with key {key!r}")


def first_record(view: ResponseView) -> QModelIndex:
    """Return the index of message.data[0]."""
    message = child_row(view, QModelIndex(), "message")
    return view.model.index(0, 0, child_row(view, message, "data"))


def select(view: ResponseView, index: QModelIndex) -> None:
    """Make ``index`` the current, selected row of the tree and give the tree focus."""
    view.tabs.setCurrentWidget(view.tree_page)
    view.tree_view.scrollTo(index)
    view.tree_view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.tree_view.setFocus()


def raw_text(view: ResponseView) -> str:
    """Switch to the Raw tab and return its text."""
    view.tabs.setCurrentWidget(view.raw_page)
    return view.raw_edit.toPlainText()


def test_exact_values_in_tree(view: ResponseView, make_result: MakeResult) -> None:
    """The Value column shows the values exactly as the server sent them."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    record = first_record(view)

    shown = {
        view.model.data(view.model.index(row, 0, record)): view.model.data(
            view.model.index(row, 1, record)
        )
        for row in range(view.model.rowCount(record))
    }

    assert shown == EXACT_TEXTS


def test_exact_values_in_raw_text(view: ResponseView, make_result: MakeResult) -> None:
    """The Raw tab pretty-prints the parsed reply without changing any value."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))

    text = raw_text(view)

    assert '"postalCode": "02134"' in text
    assert '"cardLast4": "0042"' in text
    assert '"orderId": 9007199254740993' in text
    assert '"price": "59.85"' in text
    assert '"tax": 0.1' in text


@pytest.mark.parametrize("key", sorted(EXACT_TEXTS))
def test_copy_value_shortcut(
    qtbot: QtBot, view: ResponseView, make_result: MakeResult, key: str
) -> None:
    """Ctrl+C on a selected row puts the exact value on the clipboard."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    select(view, child_row(view, first_record(view), key))

    with qtbot.waitSignal(view.value_copied, timeout=2000) as blocker:
        qtbot.keyClick(view.tree_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QGuiApplication.clipboard().text() == EXACT_TEXTS[key]
    assert blocker.args == [EXACT_TEXTS[key]]


def test_copy_value_action(view: ResponseView, make_result: MakeResult) -> None:
    """Triggering the context-menu action copies the value of the selected row."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    select(view, child_row(view, first_record(view), "tax"))

    view.copy_value_action.trigger()

    assert QGuiApplication.clipboard().text() == "0.1"


def test_copy_value_of_object_is_json(view: ResponseView, make_result: MakeResult) -> None:
    """Copying an object copies its pretty-printed JSON with exact numbers."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    select(view, first_record(view))

    view.copy_value_action.trigger()
    copied = QGuiApplication.clipboard().text()

    assert copied.startswith('{\n  "postalCode": "02134",')
    assert '"orderId": 9007199254740993' in copied
    assert '"tax": 0.1\n}' in copied


def test_copy_path_shortcut(qtbot: QtBot, view: ResponseView, make_result: MakeResult) -> None:
    """Ctrl+Shift+C copies the path of the selected row."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    select(view, child_row(view, first_record(view), "postalCode"))

    with qtbot.waitSignal(view.value_copied, timeout=2000):
        qtbot.keyClick(
            view.tree_view,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    assert QGuiApplication.clipboard().text() == "message.data[0].postalCode"


def test_copy_without_selection_does_nothing(
    qtbot: QtBot, view: ResponseView, make_result: MakeResult
) -> None:
    """With no current row the copy actions leave the clipboard alone."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    QGuiApplication.clipboard().setText("unchanged")
    view.tree_view.setCurrentIndex(QModelIndex())

    with qtbot.assertNotEmitted(view.value_copied):
        view.copy_value_action.trigger()
        view.copy_path_action.trigger()

    assert QGuiApplication.clipboard().text() == "unchanged"


def test_context_menu_lists_actions(view: ResponseView) -> None:
    """The tree's context menu offers copy, expand and collapse with their shortcuts."""
    texts = [action.text() for action in view.tree_view.actions() if not action.isSeparator()]

    assert texts == ["Copy value", "Copy path", "Expand all", "Collapse all"]
    assert view.tree_view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert view.copy_value_action.shortcut().toString() == "Ctrl+C"
    assert view.copy_path_action.shortcut().toString() == "Ctrl+Shift+C"


def test_status_line_for_paged_result(view: ResponseView, make_result: MakeResult) -> None:
    """The status label summarises a page of results."""
    records = [{"orderId": number} for number in range(25)]

    view.set_result(paged_result(make_result, records, 401))

    assert view.status_label.text() == "HTTP 200 · Page of results · 25 of 401 rows · 34 ms"


def test_html_502_shows_as_literal_text(view: ResponseView, make_result: MakeResult) -> None:
    """An HTML error page appears as literal text in the card and the Raw tab."""
    problem = Problem(
        ProblemCode.HTTP_STATUS,
        "The server replied to %1 with HTTP status %2.",
        "Wait a minute and send again.",
        ("order/query", "502"),
    )
    result = make_result(
        ResultKind.HTTP_ERROR,
        http_status=502,
        body_text=HTML_502,
        content_format="text",
        problem=problem,
    )

    view.set_result(result)

    assert view.error_card.isVisible()
    assert view.error_card.detail_edit.toPlainText() == HTML_502
    assert "<html>" in view.error_card.detail_edit.toPlainText()
    assert view.tabs.currentWidget() is view.raw_page
    assert view.raw_edit.toPlainText() == HTML_502
    assert not view.tabs.isTabEnabled(view.tabs.indexOf(view.tree_page))
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_php_notice_body_is_raw_verbatim(view: ResponseView, make_result: MakeResult) -> None:
    """A reply with a PHP notice keeps its body verbatim in the Raw tab, next to the tree."""
    notice = "<br />\n<b>Notice</b>:  Undefined index: x in <b>/api.php</b><br />\n"
    body = notice + '{"result":"SUCCESS","message":{"orderId":"0042"}}'
    problem = Problem(ProblemCode.PHP_NOTICE, "PHP warning in %1.", "", ("x",), notice)
    result = make_result(
        ResultKind.FORMAT_ERROR,
        http_status=200,
        body_text=body,
        content_format="json",
        data={"result": "SUCCESS", "message": {"orderId": "0042"}},
        problem=problem,
    )

    view.set_result(result)

    assert raw_text(view) == body
    assert view.error_card.detail_edit.toPlainText() == notice
    assert view.tabs.isTabEnabled(view.tabs.indexOf(view.tree_page))


def test_empty_result_shows_calm_note(view: ResponseView, make_result: MakeResult) -> None:
    """EMPTY shows a note, not the error card."""
    result = make_result(
        ResultKind.EMPTY,
        http_status=200,
        content_format="json",
        data={"result": "ERROR", "message": "No orders matching those parameters could be found"},
        row_count=0,
        rows=[],
    )

    view.set_result(result)

    assert view.note_label.isVisible()
    assert view.note_label.text() == "No results: 0 rows."
    assert not view.error_card.isVisible()
    assert "0 rows" in view.status_label.text()


def test_redirect_shows_url_as_plain_text(view: ResponseView, make_result: MakeResult) -> None:
    """REDIRECT shows the advice and the URL as selectable plain text."""
    url = "https://acs.example.test/3ds?md=<abc>&x=1"
    problem = Problem(
        ProblemCode.REDIRECT,
        "The CRM asks for a redirect step to finish %1.",
        "Open %2 in a browser.",
        ("order/import", url),
    )
    result = make_result(
        ResultKind.REDIRECT,
        http_status=200,
        content_format="json",
        data={"result": "MERC_REDIRECT", "message": {"url": url}},
        redirect_url=url,
        problem=problem,
    )

    view.set_result(result)

    assert view.redirect_edit.isVisible()
    assert view.redirect_edit.text() == url
    assert view.redirect_edit.isReadOnly()
    assert view.note_label.text().splitlines() == [
        "The CRM asks for a redirect step to finish order/import.",
        "Open " + url + " in a browser.",
    ]


def test_cancelled_shows_note(view: ResponseView, make_result: MakeResult) -> None:
    """CANCELLED shows a note and hides the tabs."""
    view.set_result(make_result(ResultKind.CANCELLED))

    assert view.note_label.text() == "The request was cancelled."
    assert not view.tabs.isVisible()
    assert view.status_label.text() == "Cancelled · 0 ms"


def test_transport_error_without_body(view: ResponseView, make_result: MakeResult) -> None:
    """A connection failure shows the card and no tabs."""
    problem = Problem(ProblemCode.CONNECT, "Could not connect to %1.", "", ("host",), "refused")
    view.set_result(make_result(ResultKind.TRANSPORT_ERROR, problem=problem))

    assert view.error_card.isVisible()
    assert view.error_card.title_label.text() == "Could not connect to host."
    assert not view.tabs.isVisible()


def test_clear_hides_result(view: ResponseView, make_result: MakeResult) -> None:
    """clear() returns to the empty state."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))

    view.clear()

    assert view.result() is None
    assert view.model.rowCount() == 0
    assert view.status_label.text().startswith("No reply yet.")
    assert not view.tabs.isVisible()
    assert not view.note_label.isVisible()


def test_large_body_shows_first_part(
    qtbot: QtBot,
    view: ResponseView,
    make_result: MakeResult,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A body over the limit shows its start; "Show all" loads the rest."""
    monkeypatch.setattr(raw_page_module, "RAW_CHAR_LIMIT", 1000)
    body = "a" * 1000 + "TAIL"
    view.set_result(
        make_result(ResultKind.FORMAT_ERROR, http_status=200, body_text=body, content_format="text")
    )

    assert raw_text(view) == "a" * 1000
    assert view.show_all_button.isVisible()
    assert view.raw_note_label.text() == "Showing the first 1000 of 1004 characters."

    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)

    assert view.raw_edit.toPlainText() == body
    assert not view.show_all_button.isVisible()


def test_raw_json_loads_in_chunks(
    qtbot: QtBot,
    view: ResponseView,
    make_result: MakeResult,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pretty JSON arrives chunk by chunk, pauses at the limit, and Stop pauses "Show all"."""
    monkeypatch.setattr(raw_page_module, "CHUNK_CHARS", 100)
    monkeypatch.setattr(raw_page_module, "RAW_CHAR_LIMIT", 1000)
    records = [dict(EXACT_RECORD, orderId=number) for number in range(60)]
    result = paged_result(make_result, records, 60)
    expected = to_json_text(result.data)
    view.set_result(result)

    first = raw_text(view)

    assert first == expected[:100]
    assert view.raw_page.is_loading()
    assert view.raw_note_label.text() == "Loading the text: 100 characters so far."
    qtbot.waitUntil(lambda: not view.raw_page.is_loading(), timeout=3000)
    assert view.raw_edit.toPlainText() == expected[:1000]
    assert view.raw_note_label.text() == "Showing the first 1000 characters."
    assert view.show_all_button.isVisible()

    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    assert view.raw_page.stop_button.isVisible()
    qtbot.mouseClick(view.raw_page.stop_button, Qt.MouseButton.LeftButton)
    stopped_at = len(view.raw_edit.toPlainText())

    assert 1000 < stopped_at < len(expected)
    assert view.show_all_button.isVisible()
    assert view.raw_note_label.text() == f"Showing the first {stopped_at} characters."

    qtbot.mouseClick(view.show_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.raw_page.is_loading(), timeout=5000)

    assert view.raw_edit.toPlainText() == expected
    assert not view.raw_note_label.isVisible()
    assert not view.show_all_button.isVisible()


def test_new_result_stops_raw_loading(
    qtbot: QtBot,
    view: ResponseView,
    make_result: MakeResult,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new result replaces a text that is still loading, with nothing of the old one."""
    monkeypatch.setattr(raw_page_module, "CHUNK_CHARS", 50)
    view.set_result(paged_result(make_result, [EXACT_RECORD] * 40, 40))
    raw_text(view)
    assert view.raw_page.is_loading()

    view.set_result(make_result(ResultKind.FORMAT_ERROR, http_status=200, body_text="plain",
                                content_format="text"))

    assert view.raw_edit.toPlainText() == "plain"
    assert not view.raw_page.is_loading()


def test_raw_limit_is_two_megabytes() -> None:
    """The Raw tab shows 2 MiB of characters before asking."""
    assert raw_page_module.RAW_CHAR_LIMIT == 2 * 1024 * 1024


def test_raw_text_is_built_when_tab_opens(view: ResponseView, make_result: MakeResult) -> None:
    """The pretty-printed text is made only when the Raw tab is shown."""
    view.tabs.setCurrentWidget(view.tree_page)
    view.set_result(paged_result(make_result, [EXACT_RECORD], 1))

    assert view.raw_edit.toPlainText() == ""
    assert '"cardLast4": "0042"' in raw_text(view)


def test_expand_all_is_bounded(view: ResponseView, make_result: MakeResult) -> None:
    """Expand all stops at EXPAND_LIMIT items and says so; Collapse all resets."""
    records = [{"orderId": number, "items": [{"sku": "A"}]} for number in range(5_000)]
    view.set_result(paged_result(make_result, records, 5_000))

    view.expand_all_action.trigger()
    data = child_row(view, child_row(view, QModelIndex(), "message"), "data")
    expanded_records = sum(
        view.tree_view.isExpanded(view.model.index(row, 0, data)) for row in range(5_000)
    )

    assert view.tree_note_label.isVisible()
    assert view.tree_note_label.text() == (
        "Expanded the first 2000 items; the rest stay collapsed."
    )
    assert 0 < expanded_records < 5_000
    assert expanded_records <= EXPAND_LIMIT

    view.collapse_all_action.trigger()

    assert not view.tree_note_label.isVisible()
    assert not view.tree_view.isExpanded(data)


def test_expand_all_small_reply(view: ResponseView, make_result: MakeResult) -> None:
    """Below the limit every container is expanded and no note is shown."""
    view.set_result(paged_result(make_result, [EXACT_RECORD, EXACT_RECORD], 2))

    view.expand_all_action.trigger()

    assert view.tree_view.isExpanded(first_record(view))
    assert not view.tree_note_label.isVisible()


def test_large_reply_is_loaded_lazily(view: ResponseView, make_result: MakeResult) -> None:
    """Showing a 5,000-row reply creates items only for the rows on show."""
    records = [dict(EXACT_RECORD, number=number) for number in range(5_000)]

    view.set_result(paged_result(make_result, records, 5_000))
    view.tree_view.viewport().repaint()

    # Top level, the message members, data's 5,000 rows and the members of the first
    # record, which opens expanded; no member of any other record.
    assert view.model.loaded_node_count() <= 2 + 4 + 5_000 + len(EXACT_RECORD) + 1


def test_paged_reply_opens_first_record(view: ResponseView, make_result: MakeResult) -> None:
    """A page of results opens with message.data and its first record expanded."""
    view.set_result(paged_result(make_result, [EXACT_RECORD, EXACT_RECORD], 2))

    model = view.model
    message = next(model.index(row, 0) for row in range(model.rowCount())
                   if model.path(model.index(row, 0)) == "message")
    data = next(model.index(row, 0, message) for row in range(model.rowCount(message))
                if model.path(model.index(row, 0, message)) == "message.data")
    assert view.tree_view.isExpanded(data)
    assert view.tree_view.isExpanded(model.index(0, 0, data))
    assert not view.tree_view.isExpanded(model.index(1, 0, data))


def test_language_change_event_resets_texts(view: ResponseView, make_result: MakeResult) -> None:
    """A LanguageChange event sets tab, action and status texts again."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))
    view.tabs.setTabText(0, "stale")
    view.copy_value_action.setText("stale")
    view.status_label.setText("stale")

    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))

    assert view.tabs.tabText(0) == "Tree"
    assert view.copy_value_action.text() == "Copy value"
    assert view.status_label.text() == "HTTP 200 · Page of results · 1 of 401 rows · 34 ms"


def test_translator_retranslates_view(
    qtbot: QtBot,
    view: ResponseView,
    make_result: MakeResult,
    bracket_translator: BracketTranslator,
) -> None:
    """Installing a translator updates tabs, headers and the status line."""
    view.set_result(paged_result(make_result, [EXACT_RECORD], 401))

    QCoreApplication.installTranslator(bracket_translator)
    qtbot.waitUntil(lambda: view.tabs.tabText(1) == "‹Raw›", timeout=2000)

    assert view.tabs.tabText(0) == "‹Tree›"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "‹Key›"
    assert view.status_label.text().startswith("‹HTTP 200› · ‹Page of results›")
    assert view.copy_value_action.text() == "‹Copy value›"
    assert view.raw_page.show_all_button.text() == "‹Show all›"
    assert view.table_page.columns_button.text() == "‹Columns…›"
    assert view.find_bar.next_button.text() == "‹Next›"
    assert view.export_button.text() == "‹Export…›"

    QCoreApplication.removeTranslator(bracket_translator)
    qtbot.waitUntil(lambda: view.tabs.tabText(1) == "Raw", timeout=2000)
