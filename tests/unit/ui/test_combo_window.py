"""The "Order with 3DS results" entry in the main window, against the embedded sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.api.result import ResultKind
from desktop_app.sandbox.seed import facts
from desktop_app.ui.combo_result import COLUMNS
from desktop_app.ui.form.fields import LineField
from desktop_app.ui.main_window import MainWindow


def _cell_texts(window: MainWindow, column: str) -> list[str]:
    model = window.response.table_view.model()
    headers = [
        model.headerData(index, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for index in range(model.columnCount())
    ]
    position = headers.index(column)
    return [
        str(model.data(model.index(row, position), Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def test_order_3ds_rows_in_table(qtbot, window: MainWindow) -> None:
    """Type an orderId, press Enter, and find one row per transaction in the Table tab."""
    assert window.browser.select("combo.order3ds")
    assert window.form is not None
    assert window.send_button.isEnabled()
    labels = [label.text() for label in window.form.findChildren(QLabel)]
    assert not any("not available" in text for text in labels)
    editor = window.form.editor("orderId")
    assert isinstance(editor, LineField)
    line = editor.line
    qtbot.keyClicks(line, facts.THREE_DS_ORDER_ID)

    with qtbot.waitSignal(window.controller.finished, timeout=10_000) as blocker:
        qtbot.keyClick(line, Qt.Key.Key_Return)

    result = blocker.args[0]
    assert result.kind is ResultKind.SUCCESS
    assert result.row_count == 3
    assert window.response.tabs.currentWidget() is window.response.table_page
    assert sorted(_cell_texts(window, "transStatus")) == ["", "N", "Y"]
    assert "05" in _cell_texts(window, "ECI")
    assert sorted(_cell_texts(window, "liabilityShift")) == ["no", "no", "yes"]
    explanations = _cell_texts(window, "explanation")
    assert any("ECI 05 on VISA: fully authenticated." in text for text in explanations)
    assert result.table is not None
    assert result.table.columns == COLUMNS

    summary = window.order_summary
    assert summary.isVisible()
    assert facts.THREE_DS_ORDER_ID in summary.text()
    assert "COMPLETE" in summary.text()
    assert "Анна" in summary.text()


def test_summary_hidden_for_other_endpoints(qtbot, window: MainWindow) -> None:
    """The order line disappears when another endpoint's form is shown."""
    window.browser.select("combo.order3ds")
    assert window.form is not None
    window.form.editor("orderId").set_value(facts.MARA_ORDER_ID)
    with qtbot.waitSignal(window.controller.finished, timeout=10_000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    assert window.order_summary.isVisible()

    window.browser.select("/order/query/")

    assert not window.order_summary.isVisible()
    window.browser.select("combo.order3ds")
    assert window.order_summary.isVisible()
