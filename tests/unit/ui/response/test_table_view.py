"""Tests for the Table tab of ResponseView: tabs, copy, column memory, opening rows in the tree."""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop_app.api.result import ApiResult, Paging, ResultKind
from desktop_app.api.tabular import with_table
from desktop_app.storage.export import XLSX_SHEET_TITLE
from desktop_app.storage.settings import Settings
from desktop_app.ui.response.view import ResponseView

MakeResult = Callable[..., ApiResult]

EXACT_RECORD = {
    "orderId": 9007199254740993,
    "transactionId": "12345678901234567890",
    "price": Decimal("59.85"),
    "tax": Decimal("0.1"),
    "postalCode": "02134",
    "cardLast4": "0042",
}
EXACT_TEXTS = ["9007199254740993", "12345678901234567890", "59.85", "0.1", "02134", "0042"]


def paged_result(make_result: MakeResult, records: list[dict[str, Any]]) -> ApiResult:
    """Build a PAGED result of ``records`` with its table, as the worker does."""
    data = {"result": "SUCCESS", "message": {"totalResults": len(records),
                                             "resultsPerPage": 25, "page": 1, "data": records}}
    return with_table(make_result(
        ResultKind.PAGED, http_status=200, body_text="{}", content_format="json", data=data,
        rows=records, row_count=len(records), paging=Paging(len(records), 25, 1)))


def keyed_result(make_result: MakeResult) -> ApiResult:
    """Build a SUCCESS result keyed by product ids, as /product/query/ sends."""
    data = {"result": "SUCCESS", "message": {"12": {"productId": 12, "name": "Serum"},
                                             "40": {"productId": 40, "name": "Cream"}}}
    return with_table(make_result(ResultKind.SUCCESS, http_status=200, body_text="{}",
                                  content_format="json", data=data))


def make_view(qtbot: QtBot, settings: Settings | None = None) -> ResponseView:
    """Create and show a ResponseView."""
    view = ResponseView(settings=settings)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot) -> ResponseView:
    """Provide a shown ResponseView without settings."""
    return make_view(qtbot)


def cell(view: ResponseView, row: int, column: int) -> QModelIndex:
    """Return the proxy index of a table cell."""
    return view.table_page.proxy.index(row, column)


def test_paged_result_opens_table_tab(view: ResponseView, make_result: MakeResult) -> None:
    """A paged result with records shows the Table tab first and makes it current."""
    view.set_result(paged_result(make_result, [EXACT_RECORD]))

    assert view.tabs.widget(0) is view.table_page
    assert view.tabs.tabText(0) == "Table"
    assert view.tabs.currentWidget() is view.table_page
    texts = [cell(view, 0, column).data() for column in range(6)]
    assert texts == EXACT_TEXTS
    assert view.table_page.count_label.text() == "Rows: 1"


def test_keyed_result_opens_on_table(view: ResponseView, make_result: MakeResult) -> None:
    """A result keyed by id, which is not paged, also opens on its Table tab."""
    view.set_result(keyed_result(make_result))

    assert view.tabs.indexOf(view.table_page) == 0
    assert view.tabs.currentWidget() is view.table_page
    assert view.table_page.model.column_names() == ("(key)", "productId", "name")


def test_result_without_table_removes_tab(view: ResponseView, make_result: MakeResult) -> None:
    """A later result without records removes the Table tab and shows the tree."""
    view.set_result(paged_result(make_result, [EXACT_RECORD]))
    single = make_result(ResultKind.SUCCESS, http_status=200, body_text="{}",
                         content_format="json",
                         data={"result": "SUCCESS", "message": {"orderId": "A1"}})

    view.set_result(with_table(single))

    assert view.tabs.indexOf(view.table_page) == -1
    assert view.tabs.currentWidget() is view.tree_page
    assert [view.tabs.tabText(index) for index in range(view.tabs.count())] == ["Tree", "Raw"]


def test_copy_cells_as_tsv(qtbot: QtBot, view: ResponseView, make_result: MakeResult) -> None:
    """Ctrl+C in the table copies the selected cells as tab-separated exact text."""
    second = dict(EXACT_RECORD, orderId=7, postalCode="10001")
    view.set_result(paged_result(make_result, [EXACT_RECORD, second]))
    table_view = view.table_view
    selection = table_view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select
    for row in range(2):
        for column in (0, 2, 4):
            selection.select(cell(view, row, column), flags)
    table_view.setFocus()

    with qtbot.waitSignal(view.value_copied, timeout=2000):
        qtbot.keyClick(table_view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QGuiApplication.clipboard().text() == (
        "9007199254740993\t59.85\t02134\n7\t59.85\t10001"
    )


def test_copy_row_and_value(view: ResponseView, make_result: MakeResult) -> None:
    """"Copy row as JSON" keeps exact digits; "Copy value" copies one cell."""
    view.set_result(paged_result(make_result, [EXACT_RECORD]))
    view.table_view.setCurrentIndex(cell(view, 0, 3))

    view.table_page.copy_row_action.trigger()
    row_json = QGuiApplication.clipboard().text()
    view.table_page.copy_value_action.trigger()

    assert '"orderId": 9007199254740993' in row_json
    assert '"price": 59.85' in row_json
    assert '"postalCode": "02134"' in row_json
    assert QGuiApplication.clipboard().text() == "0.1"


def test_copy_each_exact_value(view: ResponseView, make_result: MakeResult) -> None:
    """"Copy value" on each cell copies exactly the digits received."""
    view.set_result(paged_result(make_result, [EXACT_RECORD]))
    copied = []
    for column in range(len(EXACT_TEXTS)):
        view.table_view.setCurrentIndex(cell(view, 0, column))
        view.table_page.copy_value_action.trigger()
        copied.append(QGuiApplication.clipboard().text())

    assert copied == EXACT_TEXTS


def test_long_string_copied_whole(view: ResponseView, make_result: MakeResult) -> None:
    """A string over 500 characters is elided on screen and copied whole."""
    long_text = "note " * 300
    view.set_result(paged_result(make_result, [{"orderId": 1, "notes": long_text}]))
    view.table_view.setCurrentIndex(cell(view, 0, 1))

    view.table_page.copy_value_action.trigger()

    assert cell(view, 0, 1).data().endswith("…")
    assert QGuiApplication.clipboard().text() == long_text


def test_sort_by_header_click(qtbot: QtBot, view: ResponseView, make_result: MakeResult) -> None:
    """Clicking a header sorts numerically, and the third click restores the reply order."""
    records = [{"orderId": "10"}, {"orderId": "9"}, {"orderId": "100"}]
    view.set_result(paged_result(make_result, records))
    header = view.table_view.horizontalHeader()

    def column() -> list[str]:
        return [cell(view, row, 0).data() for row in range(3)]

    def click_header() -> None:
        position = QPoint(header.sectionViewportPosition(0) + 10, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)

    unsorted = column()
    click_header()
    first = column()
    click_header()
    second = column()
    click_header()

    assert unsorted == ["10", "9", "100"]
    assert sorted([first, second]) == [["100", "10", "9"], ["9", "10", "100"]]
    assert column() == ["10", "9", "100"]


def test_quick_filter_updates_count(view: ResponseView, make_result: MakeResult) -> None:
    """Typing in the filter box hides other rows and updates the count."""
    records = [{"email": "anna@example.test"}, {"email": "boris@example.test"}]
    view.set_result(paged_result(make_result, records))

    view.table_page.filter_edit.setText("BORIS")

    assert view.table_page.proxy.rowCount() == 1
    assert view.table_page.count_label.text() == "Rows: 1 of 2"


def choose_columns(qtbot: QtBot, view: ResponseView, hidden: set[str]) -> None:
    """Open the column chooser, uncheck ``hidden`` and press OK."""
    qtbot.mouseClick(view.table_page.columns_button, Qt.MouseButton.LeftButton)
    dialog = view.table_page.column_dialog
    assert dialog is not None
    model = dialog.model
    for row in range(model.rowCount()):
        if model.index(row).data() in hidden:
            model.setData(model.index(row), Qt.CheckState.Unchecked,
                          Qt.ItemDataRole.CheckStateRole)
    dialog.accept()


def hidden_names(view: ResponseView) -> set[str]:
    """Return the names of the hidden table columns."""
    header = view.table_view.horizontalHeader()
    names = view.table_page.model.column_names()
    return {name for column, name in enumerate(names) if header.isSectionHidden(column)}


def test_columns_remembered_per_endpoint(
    qtbot: QtBot, tmp_path: Path, make_result: MakeResult
) -> None:
    """Hidden columns are stored per endpoint and restored in a new view."""
    settings = Settings(tmp_path)
    first = make_view(qtbot, settings)
    first.set_result(paged_result(make_result, [EXACT_RECORD]), "/order/query/")

    choose_columns(qtbot, first, {"tax", "cardLast4"})

    assert hidden_names(first) == {"tax", "cardLast4"}
    assert first.table_page.visible_columns() == [0, 1, 2, 4]
    stored = json.loads(Settings(tmp_path).get_str("table_columns"))
    assert stored == {"/order/query/": {"hidden": ["cardLast4", "tax"]}}

    second = make_view(qtbot, Settings(tmp_path))
    second.set_result(paged_result(make_result, [EXACT_RECORD]), "/order/query/")
    restored = hidden_names(second)
    second.set_result(paged_result(make_result, [EXACT_RECORD]), "/transactions/query/")

    assert restored == {"tax", "cardLast4"}
    assert hidden_names(second) == set()


def test_column_dialog_cancel_changes_nothing(
    qtbot: QtBot, tmp_path: Path, make_result: MakeResult
) -> None:
    """Cancel leaves the columns and the setting alone."""
    settings = Settings(tmp_path)
    view = make_view(qtbot, settings)
    view.set_result(paged_result(make_result, [EXACT_RECORD]), "/order/query/")

    qtbot.mouseClick(view.table_page.columns_button, Qt.MouseButton.LeftButton)
    dialog = view.table_page.column_dialog
    assert dialog is not None
    dialog.model.set_all(False)
    dialog.reject()

    assert hidden_names(view) == set()
    assert settings.get_str("table_columns") == "{}"


def test_double_click_opens_row_in_tree(
    qtbot: QtBot, view: ResponseView, make_result: MakeResult
) -> None:
    """Double-clicking a row shows that record, expanded and current, in the Tree tab."""
    records = [dict(EXACT_RECORD, orderId=number) for number in range(40)]
    view.set_result(paged_result(make_result, records))
    view.table_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    index = cell(view, 2, 1)
    rect = view.table_view.visualRect(index)

    viewport = view.table_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())

    assert view.tabs.currentWidget() is view.tree_page
    current = view.tree_view.currentIndex()
    assert view.model.path(current) == "message.data[37]"
    assert view.tree_view.isExpanded(current.parent())
    assert view.tree_view.selectionModel().isRowSelected(current.row(), current.parent())


def test_show_in_tree_keyed_row(view: ResponseView, make_result: MakeResult) -> None:
    """"Show in tree" on a keyed row opens the member under its id."""
    view.set_result(keyed_result(make_result))
    view.tabs.setCurrentWidget(view.table_page)
    view.table_view.setCurrentIndex(cell(view, 1, 2))

    view.table_page.show_in_tree_action.trigger()

    assert view.model.path(view.tree_view.currentIndex()) == 'message["40"]'


def test_table_view_is_real_qtableview(view: ResponseView) -> None:
    """The table is a QTableView over the proxy, sortable with movable columns."""
    assert isinstance(view.table_view, QTableView)
    assert view.table_view.model() is view.table_page.proxy
    assert view.table_view.isSortingEnabled()
    assert view.table_view.horizontalHeader().sectionsMovable()


def test_export_xlsx_from_view(
    view: ResponseView, make_result: MakeResult, tmp_path: Path
) -> None:
    """The export writes the shown rows and columns as exact text cells."""
    second = dict(EXACT_RECORD, orderId=5, postalCode="10001")
    view.set_result(paged_result(make_result, [EXACT_RECORD, second]))
    view.table_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.table_view.horizontalHeader().setSectionHidden(3, True)
    path = tmp_path / "orders.xlsx"

    assert view.export_button.export("xlsx", path)

    sheet = load_workbook(path)[XLSX_SHEET_TITLE]
    lines = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert lines == [
        ["orderId", "transactionId", "price", "postalCode", "cardLast4"],
        ["5", "12345678901234567890", "59.85", "10001", "0042"],
        ["9007199254740993", "12345678901234567890", "59.85", "02134", "0042"],
    ]
    assert {cell.data_type for line in sheet.iter_rows() for cell in line} == {"s"}
    assert view.export_label.text() == f"Saved 2 rows to {path}."


def test_export_json_masks_card(
    view: ResponseView, make_result: MakeResult, tmp_path: Path
) -> None:
    """The reply export masks card numbers and keeps other digits."""
    record = dict(EXACT_RECORD, cardNumber="4111111111111111")
    view.set_result(paged_result(make_result, [record]))
    path = tmp_path / "reply.json"

    assert view.export_button.export("json", path)

    text = path.read_text(encoding="utf-8")
    assert '"cardNumber": "411111******1111"' in text
    assert "4111111111111111" not in text
    assert '"orderId": 9007199254740993' in text


def test_export_failure_is_reported(
    view: ResponseView, make_result: MakeResult, tmp_path: Path
) -> None:
    """A folder that does not exist gives a message instead of an exception."""
    view.set_result(paged_result(make_result, [EXACT_RECORD]))
    path = tmp_path / "missing" / "orders.csv"

    assert not view.export_button.export("csv", path)

    assert view.export_label.text().startswith(f"Could not save {path}: No such file")


def test_export_menu_without_table(view: ResponseView, make_result: MakeResult) -> None:
    """Without a table only the JSON export is offered."""
    view.set_result(with_table(make_result(
        ResultKind.SUCCESS, http_status=200, body_text="{}", content_format="json",
        data={"result": "SUCCESS", "message": {"orderId": "A1"}})))

    assert not view.export_button.csv_action.isEnabled()
    assert not view.export_button.xlsx_action.isEnabled()
    assert view.export_button.json_action.isEnabled()


def test_wide_table_sizes_far_columns(
    qtbot: QtBot, view: ResponseView, make_result: MakeResult
) -> None:
    """Columns beyond the first screen get their content width once events run."""
    record = {f"column{number:02d}": "w" * 30 for number in range(60)}
    view.set_result(paged_result(make_result, [record, dict(record)]))
    header = view.table_view.horizontalHeader()
    first_width = header.sectionSize(0)

    qtbot.waitUntil(lambda: header.sectionSize(59) == first_width, timeout=3000)

    assert first_width > header.defaultSectionSize()


def test_find_cells_with_tab_in_cell(view: ResponseView, make_result: MakeResult) -> None:
    """A cell holding a tab does not shift the columns that find reports."""
    view.set_result(paged_result(make_result, [{"note": "a\tb", "name": "needle"},
                                               {"note": "needle", "name": "x"}]))

    assert view.table_page.find_cells("needle") == [(0, 1), (1, 0)]
    assert view.table_page.find_cells("a\tb") == [(0, 0)]
