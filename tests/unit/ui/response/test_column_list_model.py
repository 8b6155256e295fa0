"""Tests for ColumnListModel and the column chooser dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.ui.response.column_chooser import ColumnChooser
from desktop_app.ui.response.column_list_model import ColumnListModel


def test_model_passes_item_model_tester(qtbot: QtBot, modeltest_failures: list[str]) -> None:
    """QAbstractItemModelTester finds no fault while columns are set and checked."""
    model = ColumnListModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)

    model.set_columns(["orderId", "email", "total"], [True, False, True])
    model.setData(model.index(1), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    model.set_all(False)
    model.set_columns([], [])

    assert tester.model() is model
    assert modeltest_failures == []


def test_check_states(qtbot: QtBot) -> None:
    """Check states follow the flags and setData."""
    model = ColumnListModel()
    model.set_columns(["a", "b"], [True, False])

    assert model.index(0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(model.index(1), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert model.visible() == [True, True]
    assert not model.setData(model.index(1), "x", Qt.ItemDataRole.EditRole)
    assert model.flags(model.index(0)) & Qt.ItemFlag.ItemIsUserCheckable


def test_length_mismatch_raises(qtbot: QtBot) -> None:
    """Names and flags must pair up."""
    with pytest.raises(ValueError, match="2 column names but 1"):
        ColumnListModel().set_columns(["a", "b"], [True])


def test_ok_disabled_when_nothing_checked(qtbot: QtBot) -> None:
    """Hide all leaves no column, so OK is disabled until one is checked again."""
    dialog = ColumnChooser(["a", "b"], [True, True])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    dialog.hide_all_button.click()
    disabled = not ok.isEnabled()
    dialog.show_all_button.click()

    assert disabled
    assert ok.isEnabled()
    assert dialog.visible() == [True, True]


def test_name_filter(qtbot: QtBot) -> None:
    """The filter box narrows the list to matching names."""
    dialog = ColumnChooser(["orderId", "emailAddress", "totalAmount"], [True, True, True])
    qtbot.addWidget(dialog)

    dialog.filter_edit.setText("AMOUNT")

    assert dialog.list_view.model().rowCount() == 1
