"""The Table tab through the whole window: a sandbox order query, sorting and CSV export."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from desktop_app.api.result import ResultKind
from desktop_app.ui.main_window import MainWindow


def test_order_query_table_sort_and_csv(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A date-range order query opens on the Table tab, sorts by amount and exports as CSV."""
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("startDate").set_value("01/01/2000")
    window.form.editor("endDate").set_value("12/31/2099")
    with qtbot.waitSignal(window.controller.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]

    view = window.response
    page = view.table_page
    assert result.kind is ResultKind.PAGED
    assert result.table is not None
    assert view.tabs.currentWidget() is page
    columns = page.model.column_names()
    amount = columns.index("totalAmount")
    rows = page.proxy.rowCount()
    assert rows == len(result.rows) > 1

    header = page.table_view.horizontalHeader()
    page.table_view.scrollTo(page.proxy.index(0, amount))
    position = QPoint(header.sectionViewportPosition(amount) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    if header.sortIndicatorOrder() is not Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    shown = [page.proxy.index(row, amount).data() for row in range(rows)]
    assert header.sortIndicatorSection() == amount
    assert [Decimal(text) for text in shown] == sorted(Decimal(text) for text in shown)
    assert shown != sorted(shown), "the seeded amounts sort differently as text"

    target = tmp_path / "orders.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV files (*.csv)"))
    view.export_button.csv_action.trigger()
    # The window writes the file on its task runner; the label reports when it is done.
    qtbot.waitUntil(lambda: view.export_label.text().startswith("Saved"), timeout=5000)

    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))
    assert lines[0] == list(columns)
    assert [line[amount] for line in lines[1:]] == shown
    record_ids = [str(record["orderId"]) for record in result.rows]
    assert sorted(line[columns.index("orderId")] for line in lines[1:]) == sorted(record_ids)
    assert view.export_label.text() == f"Saved {rows} rows to {target}."


def test_escape_closes_find_bar_in_window(qtbot, window: MainWindow) -> None:
    """In the window, Esc in the find bar closes the bar instead of the Esc shortcut firing."""
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.response
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("A11CE00042")
    with qtbot.waitSignal(window.controller.finished, timeout=10_000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    view.tabs.setCurrentWidget(view.tree_page)
    view.tree_view.setFocus()

    qtbot.keyClick(view.tree_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    opened = view.find_bar.isVisible()
    qtbot.keyClick(view.find_bar.find_edit, Qt.Key.Key_Escape)

    assert opened
    assert not view.find_bar.isVisible()
