"""A large sandbox reply, whose records stay encoded, through the whole window."""

from __future__ import annotations

import csv
import json
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.api.parse import LARGE_REPLY_BYTES
from desktop_app.api.records import RawRecords
from desktop_app.api.result import ApiResult, ResultKind
from desktop_app.storage.export import XLSX_SHEET_TITLE
from desktop_app.ui.main_window import MainWindow

ROW_COUNT = 1200
EXACT = {"orderId": "9007199254740993", "transactionId": "12345678901234567890",
         "price": "59.85", "tax": "0.1", "postalCode": "02134", "cardLast4": "0042"}


def large_body() -> bytes:
    """Return a paged reply of ROW_COUNT orders; the one at index 600 has the exact values."""
    rows = []
    for number in range(ROW_COUNT):
        rows.append(json.dumps({
            "orderId": number + 1, "transactionId": str(number), "price": f"{number % 97}.95",
            "tax": 0.25, "postalCode": f"{number:05d}", "cardLast4": "1111",
            "name": f"Дарья Кузнецова {number}", "note": "n" * 200,
        }, ensure_ascii=False))
    rows[600] = ('{"orderId":9007199254740993,"transactionId":"12345678901234567890",'
                 '"price":59.85,"tax":0.1,"postalCode":"02134","cardLast4":"0042",'
                 '"name":"Mara Quill","note":"exact"}')
    body = ('{"result":"SUCCESS","message":{"totalResults":' + str(ROW_COUNT)
            + ',"resultsPerPage":' + str(ROW_COUNT) + ',"page":1,"data":['
            + ",".join(rows) + "]}}").encode("utf-8")
    assert len(body) > LARGE_REPLY_BYTES
    return body


@pytest.fixture
def large_result(qtbot, window: MainWindow) -> ApiResult:
    """Send an order query to which the sandbox replies with the large reply."""
    sandbox = window.services.connections.ensure_sandbox()
    sandbox.set_override("/order/query/", body=large_body())
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("A11CE00042")
    with qtbot.waitSignal(window.controller.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result.rows, RawRecords), "the large reply keeps its records encoded"
    return result


def test_large_reply_table_exact(window: MainWindow, large_result: ApiResult) -> None:
    """The Table tab shows the 1,200 rows and every exact digit."""
    page = window.response.table_page
    columns = page.model.column_names()

    assert large_result.kind is ResultKind.PAGED
    assert window.response.tabs.currentWidget() is page
    assert page.proxy.rowCount() == ROW_COUNT
    cells = {name: page.model.display_text(600, columns.index(name)) for name in EXACT}
    assert cells == EXACT


def test_large_reply_sorts_numbers(window: MainWindow, large_result: ApiResult) -> None:
    """Sorting orderId descending puts the 2^53+1 id first, as a number."""
    page = window.response.table_page
    column = page.model.column_names().index("orderId")

    page.table_view.sortByColumn(column, Qt.SortOrder.DescendingOrder)

    assert page.proxy.index(0, column).data() == "9007199254740993"
    assert page.proxy.index(1, column).data() == str(ROW_COUNT)
    assert page.proxy.index(ROW_COUNT - 1, column).data() == "1"


def test_large_reply_quick_filter(window: MainWindow, large_result: ApiResult) -> None:
    """The quick filter finds a Cyrillic name among encoded records."""
    page = window.response.table_page

    page.proxy.set_filter_text("кузнецова 1199")

    assert page.proxy.rowCount() == 1
    name = page.model.column_names().index("name")
    assert page.proxy.index(0, name).data() == "Дарья Кузнецова 1199"


def test_large_reply_tree_and_copy(window: MainWindow, large_result: ApiResult) -> None:
    """The tree shows record 600 exactly and copies its id as sent."""
    view = window.response
    model = view.model
    view.tabs.setCurrentWidget(view.tree_page)

    data_node = model.index(3, 0, model.index(1, 0))
    record = model.index(600, 0, data_node)
    texts = {model.data(model.index(row, 0, record)): model.data(model.index(row, 1, record))
             for row in range(model.rowCount(record))}

    assert model.rowCount(data_node) == ROW_COUNT
    assert {name: texts[name] for name in EXACT} == EXACT
    # Only the records the views showed were decoded, not all 1,200.
    assert isinstance(large_result.rows, RawRecords)
    assert len(large_result.rows._cache) < 100
    view.tree_view.setCurrentIndex(model.index(0, 1, record))
    view.copy_value_action.trigger()
    assert QGuiApplication.clipboard().text() == "9007199254740993"


def test_large_reply_raw_text(qtbot, window: MainWindow, large_result: ApiResult) -> None:
    """The Raw tab prints the exact digits of the encoded records."""
    view = window.response

    view.tabs.setCurrentWidget(view.raw_page)
    qtbot.waitUntil(lambda: "9007199254740993" in view.raw_edit.toPlainText(), timeout=5000)

    raw = view.raw_edit.toPlainText()
    for text in ('"12345678901234567890"', "59.85", '"tax": 0.1,', '"02134"', '"0042"'):
        assert text in raw


def test_large_reply_exports_exact(qtbot, window: MainWindow, large_result: ApiResult,
                                   tmp_path: Path) -> None:
    """CSV and XLSX exports of encoded records keep every digit as text."""
    view = window.response
    columns = view.table_page.model.column_names()
    csv_path = tmp_path / "orders.csv"
    xlsx_path = tmp_path / "orders.xlsx"

    for kind, path in (("csv", csv_path), ("xlsx", xlsx_path)):
        view.export_label.clear()
        assert view.export_button.export(kind, path)
        qtbot.waitUntil(lambda: view.export_label.text().startswith("Saved"), timeout=10_000)

    with csv_path.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert len(lines) == ROW_COUNT + 1
    assert {name: lines[601][columns.index(name)] for name in EXACT} == EXACT
    sheet = load_workbook(xlsx_path)[XLSX_SHEET_TITLE]
    cells = list(sheet.iter_rows(min_row=602, max_row=602))[0]
    assert {name: cells[columns.index(name)].value for name in EXACT} == EXACT
    assert {cell.data_type for cell in cells} == {"s"}


def test_large_reply_jmespath_filter(qtbot, window: MainWindow, large_result: ApiResult) -> None:
    """A JMESPath filter runs over encoded records with exact numbers."""
    view = window.response

    view.filter_bar.filter_edit.setText("message.data[?cardLast4=='0042'].orderId")
    qtbot.keyClick(view.filter_bar.filter_edit, Qt.Key.Key_Return)

    assert view.shown_data() == [9007199254740993]


def test_large_reply_find_in_tree(qtbot, window: MainWindow, large_result: ApiResult) -> None:
    """Ctrl+F finds a value inside a record the tree has not decoded."""
    view = window.response
    view.tabs.setCurrentWidget(view.tree_page)
    view.tree_view.setFocus()
    qtbot.keyClick(view.tree_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    view.find_bar.find_edit.setText("Mara Quill")
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)

    assert view.find_bar.status_label.text() == "1 of 1"
    assert view.model.path(view.tree_view.currentIndex()) == "message.data[600].name"


def test_large_reply_sizes_every_column(qtbot, window: MainWindow, large_result: ApiResult) -> None:
    """Columns right of the first screen are sized to their content once events run."""
    page = window.response.table_page
    header = page.table_view.horizontalHeader()
    note = page.model.column_names().index("note")

    qtbot.waitUntil(lambda: header.sectionSize(note) > header.defaultSectionSize(), timeout=3000)

    assert header.sectionSize(note) <= 320


def test_large_export_progress(qtbot, window: MainWindow, large_result: ApiResult,
                               tmp_path: Path) -> None:
    """A background export shows a progress bar and reports every row before "Saved"."""
    view = window.response
    reports: list[tuple[int, int]] = []
    view.export_button.progressed.connect(lambda done, total: reports.append((done, total)))

    assert view.export_button.export("xlsx", tmp_path / "orders.xlsx")
    assert view.export_progress.isVisible()
    assert view.export_cancel_button.isVisible()
    assert not view.export_button.xlsx_action.isEnabled()
    qtbot.waitUntil(lambda: view.export_label.text().startswith("Saved"), timeout=10_000)

    assert reports[-1] == (ROW_COUNT, ROW_COUNT)
    assert not view.export_progress.isVisible()
    assert view.export_button.xlsx_action.isEnabled()


def test_large_export_cancel(qtbot, window: MainWindow, large_result: ApiResult,
                             tmp_path: Path) -> None:
    """Cancel export stops the writer, leaves no file and reports the cancel."""
    view = window.response
    path = tmp_path / "orders.xlsx"
    # The writer waits in its first progress report until the test has pressed Cancel, so
    # the outcome does not depend on how fast the machine writes 1,200 rows.
    resume = threading.Event()
    view.export_button.progressed.connect(lambda _done, _total: resume.wait(5),
                                          Qt.ConnectionType.DirectConnection)

    assert view.export_button.export("xlsx", path)
    qtbot.mouseClick(view.export_cancel_button, Qt.MouseButton.LeftButton)
    resume.set()
    assert window.services.runner.wait_all(5000)

    assert view.export_label.text() == "Export cancelled. No file was saved."
    assert not view.export_progress.isVisible()
    assert not path.exists()
    assert view.export_button.csv_action.isEnabled()


def test_large_filter_builds_in_background(qtbot, window: MainWindow,
                                           large_result: ApiResult) -> None:
    """Typing a filter into a large table prepares the row texts off the GUI thread."""
    page = window.response.table_page

    page.filter_edit.setText("кузнецова 1199")

    assert page.table_view.viewport().cursor().shape() == Qt.CursorShape.BusyCursor
    assert page.proxy.rowCount() == ROW_COUNT
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=10_000)
    assert page.count_label.text() == f"Rows: 1 of {ROW_COUNT}"
    assert page.table_view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
    page.filter_edit.setText("кузнецова 119")
    assert page.proxy.rowCount() == 11


def test_large_find_in_table(qtbot, window: MainWindow, large_result: ApiResult) -> None:
    """Ctrl+F on the Table tab waits for the row texts and selects the matching cell."""
    view = window.response
    page = view.table_page
    page.table_view.setFocus()
    qtbot.keyClick(page.table_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    view.find_bar.find_edit.setText("mara quill")
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.find_bar.status_label.text() == "1 of 1", timeout=10_000)

    current = page.proxy.mapToSource(page.table_view.currentIndex())
    assert page.model.record_index(current.row()) == 600
    assert page.model.column_names()[current.column()] == "name"


def test_new_reply_keeps_large_filter(qtbot, window: MainWindow, large_result: ApiResult) -> None:
    """A new reply keeps the filter text and applies it once its row texts are built."""
    page = window.response.table_page
    page.filter_edit.setText("mara quill")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=10_000)

    with qtbot.waitSignal(window.controller.finished, timeout=10_000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=10_000)
    assert page.filter_edit.text() == "mara quill"
