"""Tests for the find bar and the JMESPath filter of ResponseView."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desktop_app.api.result import ApiResult, Paging, ResultKind
from desktop_app.api.tabular import with_table
from desktop_app.ui.response.view import ResponseView

MakeResult = Callable[..., ApiResult]


def records(count: int = 30) -> list[dict[str, Any]]:
    """Return orders with nested items; only order 25 has the SKU "NEEDLE"."""
    return [
        {
            "orderId": 1000 + number,
            "orderStatus": "REFUNDED" if number % 10 == 3 else "COMPLETE",
            "totalAmount": Decimal(f"{number}.50"),
            "emailAddress": f"buyer{number}@example.test",
            "items": {str(number): {"productSku": "NEEDLE" if number == 25 else "HAY"}},
        }
        for number in range(count)
    ]


def paged_result(make_result: MakeResult, rows: list[dict[str, Any]]) -> ApiResult:
    """Build a PAGED result of ``rows`` with its table."""
    data = {"result": "SUCCESS", "message": {"totalResults": len(rows), "resultsPerPage": 25,
                                             "page": 1, "data": rows}}
    return with_table(make_result(
        ResultKind.PAGED, http_status=200, body_text="{}", content_format="json", data=data,
        rows=rows, row_count=len(rows), paging=Paging(len(rows), 25, 1)))


@pytest.fixture
def view(qtbot: QtBot, make_result: MakeResult) -> ResponseView:
    """Provide a shown, active ResponseView with a paged reply of 30 orders."""
    widget = ResponseView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitActive(widget)
    widget.set_result(paged_result(make_result, records()))
    return widget


def open_find(qtbot: QtBot, view: ResponseView, text: str) -> None:
    """Press Ctrl+F in the current tab and type ``text`` into the find bar."""
    target = view.tree_view if view.tabs.currentWidget() is view.tree_page else view.table_view
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible()
    view.find_bar.find_edit.setText(text)


def press(qtbot: QtBot, view: ResponseView, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key in the find bar's text box."""
    qtbot.keyClick(view.find_bar.find_edit, key, modifier)


def test_find_deep_match_in_unexpanded_record(qtbot: QtBot, view: ResponseView) -> None:
    """A value inside a record the tree never loaded is found, expanded and selected."""
    view.tabs.setCurrentWidget(view.tree_page)
    loaded_before = view.model.loaded_node_count()

    open_find(qtbot, view, "needle")
    press(qtbot, view, Qt.Key.Key_Return)

    current = view.tree_view.currentIndex()
    assert view.model.path(current) == 'message.data[25].items["25"].productSku'
    assert current.column() == 1
    assert view.tree_view.isExpanded(current.parent())
    assert view.find_bar.status_label.text() == "1 of 1"
    assert view.model.loaded_node_count() > loaded_before


def test_find_next_and_previous(qtbot: QtBot, view: ResponseView) -> None:
    """Enter and F3 go forward, Shift+Enter and Shift+F3 go back, wrapping around."""
    view.tabs.setCurrentWidget(view.tree_page)
    open_find(qtbot, view, "REFUNDED")

    press(qtbot, view, Qt.Key.Key_Return)
    first = view.model.path(view.tree_view.currentIndex())
    press(qtbot, view, Qt.Key.Key_F3)
    second = view.model.path(view.tree_view.currentIndex())
    second_status = view.find_bar.status_label.text()
    press(qtbot, view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    back = view.model.path(view.tree_view.currentIndex())
    press(qtbot, view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    wrapped = view.model.path(view.tree_view.currentIndex())

    assert first == "message.data[3].orderStatus"
    assert second == "message.data[13].orderStatus"
    assert second_status == "2 of 3"
    assert back == first
    assert wrapped == "message.data[23].orderStatus"
    assert view.find_bar.status_label.text() == "3 of 3"


def test_find_matches_keys(qtbot: QtBot, view: ResponseView) -> None:
    """Keys match too, with the Key column made current."""
    view.tabs.setCurrentWidget(view.tree_page)
    open_find(qtbot, view, "productsku")

    press(qtbot, view, Qt.Key.Key_Return)

    current = view.tree_view.currentIndex()
    assert current.column() == 0
    assert view.model.path(current) == 'message.data[0].items["0"].productSku'
    assert view.find_bar.status_label.text() == "1 of 30"


def test_find_no_match(qtbot: QtBot, view: ResponseView) -> None:
    """A search without matches shows 'No match for' and the text."""
    view.tabs.setCurrentWidget(view.tree_page)
    open_find(qtbot, view, "zebra")

    press(qtbot, view, Qt.Key.Key_Return)

    assert view.find_bar.status_label.text() == "No match for zebra"


def test_find_runs_after_typing_pause(qtbot: QtBot, view: ResponseView) -> None:
    """Typing alone goes to the first match after a short pause."""
    view.tabs.setCurrentWidget(view.tree_page)
    open_find(qtbot, view, "buyer7@")

    qtbot.waitUntil(lambda: view.find_bar.status_label.text() == "1 of 1", timeout=2000)

    assert view.model.path(view.tree_view.currentIndex()) == "message.data[7].emailAddress"


def test_find_in_table_moves_current_cell(qtbot: QtBot, view: ResponseView) -> None:
    """With the Table tab current, matches are table cells in the order shown."""
    assert view.tabs.currentWidget() is view.table_page
    view.table_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    open_find(qtbot, view, "refunded")

    press(qtbot, view, Qt.Key.Key_Return)
    first = view.table_view.currentIndex()
    press(qtbot, view, Qt.Key.Key_Return)
    second = view.table_view.currentIndex()

    assert view.tabs.currentWidget() is view.table_page
    assert (first.row(), first.column()) == (6, 1)
    assert view.table_page.proxy.index(6, 0).data() == "1023"
    assert (second.row(), second.column()) == (16, 1)
    assert view.find_bar.status_label.text() == "2 of 3"


def test_escape_closes_find_bar(qtbot: QtBot, view: ResponseView) -> None:
    """Esc in the find bar closes it."""
    view.tabs.setCurrentWidget(view.tree_page)
    open_find(qtbot, view, "x")

    press(qtbot, view, Qt.Key.Key_Escape)

    assert not view.find_bar.isVisible()


def apply_filter(qtbot: QtBot, view: ResponseView, expression: str) -> None:
    """Type ``expression`` into the filter box and press Enter."""
    view.filter_bar.filter_edit.setText(expression)
    qtbot.keyClick(view.filter_bar.filter_edit, Qt.Key.Key_Return)


def test_filter_reshapes_all_tabs(qtbot: QtBot, view: ResponseView) -> None:
    """A good expression replaces the data of the Table, Tree and Raw tabs."""
    apply_filter(qtbot, view,
                 "message.data[?orderStatus=='REFUNDED'].{id: orderId, total: totalAmount}")

    assert view.shown_data() == [{"id": 1003, "total": Decimal("3.50")},
                                 {"id": 1013, "total": Decimal("13.50")},
                                 {"id": 1023, "total": Decimal("23.50")}]
    assert view.table_page.model.column_names() == ("id", "total")
    assert view.table_page.proxy.index(2, 1).data() == "23.50"
    assert view.model.rowCount() == 3
    assert view.filter_bar.message_label.text() == "The filter returned 3 items."
    view.tabs.setCurrentWidget(view.raw_page)
    assert '"total": 13.50' in view.raw_edit.toPlainText()


def test_filter_decimal_literal(qtbot: QtBot, view: ResponseView) -> None:
    """A decimal literal in the expression matches the exact amount."""
    apply_filter(qtbot, view, "message.data[?totalAmount == `7.50`].orderId")

    assert view.shown_data() == [1007]


def test_bad_filter_shows_whole_reply(qtbot: QtBot, view: ResponseView) -> None:
    """A bad expression shows the parser's message and the reply unfiltered."""
    apply_filter(qtbot, view, "message.data[?orderStatus=='REFUNDED']")
    assert view.table_page.model.rowCount() == 3
    whole = view.result()
    assert whole is not None

    apply_filter(qtbot, view, "message.data[?")

    message = view.filter_bar.message_label.text()
    assert view.filter_bar.message_label.isVisible()
    assert message.startswith(
        "The filter message.data[? is not a valid JMESPath expression:\n"
    )
    assert "Incomplete expression" in message
    assert view.shown_data() is whole.data
    assert view.table_page.model.rowCount() == len(whole.rows or [])


def test_failing_filter_names_expression(qtbot: QtBot, view: ResponseView) -> None:
    """An expression that fails on the data shows its error."""
    apply_filter(qtbot, view, "abs(message.data)")

    assert view.filter_bar.message_label.text().startswith(
        "The filter abs(message.data) failed on this reply:\n"
    )


def test_clearing_filter_restores_reply(qtbot: QtBot, view: ResponseView) -> None:
    """Emptying the box shows the whole reply again."""
    result = view.result()
    assert result is not None
    apply_filter(qtbot, view, "message.data[0]")

    view.filter_bar.filter_edit.clear()

    assert view.shown_data() is result.data
    assert view.table_page.model.table() is result.table
    assert view.tabs.currentWidget() is view.table_page


def test_filter_null_result(qtbot: QtBot, view: ResponseView) -> None:
    """An expression that matches nothing shows an empty tree and a note."""
    apply_filter(qtbot, view, "message.nothing")

    assert view.shown_data() is None
    assert view.filter_bar.message_label.text() == "The filter matched nothing; its result is null."
    assert view.tabs.indexOf(view.table_page) == -1


def test_filter_applies_to_next_result(
    qtbot: QtBot, view: ResponseView, make_result: MakeResult
) -> None:
    """The expression stays and is applied to the next reply."""
    apply_filter(qtbot, view, "message.data[].orderId")

    view.set_result(paged_result(make_result, records(2)))

    assert view.shown_data() == [1000, 1001]


def test_find_searches_filtered_data(qtbot: QtBot, view: ResponseView) -> None:
    """The find bar searches what the filter left."""
    apply_filter(qtbot, view, "message.data[?orderStatus=='REFUNDED']")
    view.tabs.setCurrentWidget(view.tree_page)
    open_find(qtbot, view, "buyer")

    press(qtbot, view, Qt.Key.Key_Return)

    assert view.find_bar.status_label.text() == "1 of 3"
    assert view.model.path(view.tree_view.currentIndex()) == "[0].emailAddress"


def test_tree_copy_of_long_string_is_whole(
    qtbot: QtBot, view: ResponseView, make_result: MakeResult
) -> None:
    """The tree elides a long string but copies all of it."""
    long_text = "z" * 1_200
    view.set_result(paged_result(make_result, [{"notes": long_text}]))
    view.tabs.setCurrentWidget(view.tree_page)
    index = view.model.index_of_rows((1, 3, 0, 0), 1)
    view.tree_view.setCurrentIndex(index)

    view.copy_value_action.trigger()

    assert view.model.data(index) == "z" * 500 + "…"
    assert QGuiApplication.clipboard().text() == long_text


def test_text_comparison_suggests_to_number(qtbot: QtBot, view: ResponseView) -> None:
    """Comparing an email address with a number explains to_number()."""
    apply_filter(qtbot, view, "message.data[?emailAddress > `5`]")

    message = view.filter_bar.message_label.text()
    assert message.startswith("The filter message.data[?emailAddress > `5`] failed on this reply:")
    assert message.endswith(
        "The CRM sends amounts and ids as text. Compare them as numbers with to_number(), "
        "for example message.data[?to_number(totalAmount) > `50`].")
