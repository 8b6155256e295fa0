"""Tests for JsonTreeModel: structure checks by QAbstractItemModelTester, cells, roles, laziness."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from desktop_app.api.records import decode_large
from desktop_app.ui.response.json_model import PATH_ROLE, VALUE_ROLE, JsonTreeModel

from .conftest import BracketTranslator

EXACT_RECORD = {
    "postalCode": "02134",
    "cardLast4": "0042",
    "orderId": 9007199254740993,
    "price": "59.85",
    "tax": Decimal("0.1"),
}


def nested_reply(rows: int = 500) -> dict[str, Any]:
    """Return a paged-style reply with objects in arrays, keyed objects and empty containers."""
    records = [
        {
            "orderId": 1000 + number,
            "items": {"3DTxnResult": {"status": "Y"}, "sku": ["A", "B"]},
            "notes": [],
            "extra": {},
            "total": Decimal("19.99"),
            "refunded": number % 2 == 0,
            "coupon": None,
        }
        for number in range(rows)
    ]
    return {
        "result": "SUCCESS",
        "message": {
            "totalResults": rows,
            "resultsPerPage": rows,
            "page": 1,
            "data": records,
            "byId": {str(record["orderId"]): record for record in records[:3]},
            "matrix": [[1, 2], [], [[3]]],
        },
    }


def walk(model: JsonTreeModel, parent: QModelIndex | None = None) -> int:
    """Visit every item below ``parent`` and return how many were visited."""
    parent = parent if parent is not None else QModelIndex()
    visited = 0
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            assert model.parent(index) == parent
            model.data(index)
        visited += 1 + walk(model, model.index(row, 0, parent))
    return visited


def find_row(model: JsonTreeModel, key: str, parent: QModelIndex | None = None) -> QModelIndex:
    """Return the Key-column index of the child of ``parent`` whose key is ``key``."""
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.data(index) == key:
            return index
    raise AssertionError(f"no row with key {key!r}")


def test_model_passes_item_model_tester(modeltest_failures: list[str]) -> None:
    """QAbstractItemModelTester finds no fault in nested, empty and scalar replies."""
    model = JsonTreeModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)

    model.set_data(nested_reply(500))
    visited = walk(model)
    model.set_data([{"a": []}, [], {}, "text", None])
    walk(model)
    model.set_data("scalar")
    walk(model)
    model.set_data(None)
    model.retranslate()

    assert tester.model() is model
    assert visited > 500 * 7
    assert modeltest_failures == []


def test_item_model_tester_reports_broken_model(modeltest_failures: list[str]) -> None:
    """The tester harness does catch a model whose parent() is wrong."""

    class NoParentModel(JsonTreeModel):
        def parent(self, child: Any = None) -> Any:
            return super().parent() if child is None else QModelIndex()

    model = NoParentModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)

    model.set_data({"a": {"b": 1}})

    assert tester.model() is model
    assert any("model->parent(childIndex)" in message for message in modeltest_failures)


def test_exact_values_in_value_column() -> None:
    """Leading zeros, big integers and decimals show exactly as received."""
    model = JsonTreeModel()
    model.set_data({"message": {"data": [EXACT_RECORD]}})
    record = model.index(0, 0, model.index(0, 0, find_row(model, "message")))

    cells = {}
    for row in range(model.rowCount(record)):
        key = model.data(model.index(row, 0, record))
        cells[key] = model.data(model.index(row, 1, record))

    assert cells == {
        "postalCode": "02134",
        "cardLast4": "0042",
        "orderId": "9007199254740993",
        "price": "59.85",
        "tax": "0.1",
    }


def test_key_order_and_array_indexes() -> None:
    """Object keys keep reply order and array items show [0], [1]."""
    model = JsonTreeModel()
    model.set_data({"zeta": 1, "alpha": [10, 20], "mid": {}})

    keys = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    alpha = find_row(model, "alpha")
    indexes = [model.data(model.index(row, 0, alpha)) for row in range(model.rowCount(alpha))]

    assert keys == ["zeta", "alpha", "mid"]
    assert indexes == ["[0]", "[1]"]


def test_type_column_and_container_summaries() -> None:
    """The Type column names JSON types and containers show {N} / [N]."""
    model = JsonTreeModel()
    model.set_data(
        {"o": {"a": 1}, "l": [1, 2, 3], "s": "1", "n": Decimal("1.5"), "b": True, "z": None}
    )

    rows = {
        model.data(model.index(row, 0)): (
            model.data(model.index(row, 1)),
            model.data(model.index(row, 2)),
        )
        for row in range(model.rowCount())
    }

    assert rows == {
        "o": ("{1}", "object"),
        "l": ("[3]", "array"),
        "s": ("1", "string"),
        "n": ("1.5", "number"),
        "b": ("true", "boolean"),
        "z": ("null", "null"),
    }


def test_path_and_value_roles() -> None:
    """PATH_ROLE gives the item path and VALUE_ROLE its parsed value."""
    model = JsonTreeModel()
    model.set_data({"message": {"data": [{"3DTxnResult": {"eci": "05"}, "orderId": 7}]}})
    first = model.index(0, 0, find_row(model, "data", find_row(model, "message")))
    txn = find_row(model, "3DTxnResult", first)
    eci = model.index(0, 1, txn)

    assert model.data(first, PATH_ROLE) == "message.data[0]"
    assert model.data(eci, PATH_ROLE) == 'message.data[0]["3DTxnResult"].eci'
    assert model.data(eci, VALUE_ROLE) == "05"
    assert model.data(txn, VALUE_ROLE) == {"eci": "05"}
    assert model.value(find_row(model, "orderId", first)) == 7
    assert model.path(QModelIndex()) == ""


def test_value_role_keeps_key_order() -> None:
    """VALUE_ROLE from data() returns the dict itself, in reply order."""
    model = JsonTreeModel()
    model.set_data({"top": {"z": 1, "a": 2}})

    value = model.data(model.index(0, 0), VALUE_ROLE)

    assert list(value) == ["z", "a"]


def test_scalar_root_is_one_row_without_key() -> None:
    """A scalar reply is one row with an empty key and path."""
    model = JsonTreeModel()
    model.set_data("plain text reply")
    index = model.index(0, 0)

    assert model.rowCount() == 1
    assert model.data(index) == ""
    assert model.data(model.index(0, 1)) == "plain text reply"
    assert model.data(index, PATH_ROLE) == ""


def test_items_are_not_editable() -> None:
    """Items are selectable but not editable."""
    model = JsonTreeModel()
    model.set_data({"a": 1})

    flags = model.flags(model.index(0, 1))

    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert flags & Qt.ItemFlag.ItemIsSelectable


def test_set_data_creates_no_items() -> None:
    """Items are created only when an index below their parent is requested."""
    model = JsonTreeModel()

    model.set_data(nested_reply(5_000))

    assert model.loaded_node_count() == 0
    message = find_row(model, "message")
    assert model.loaded_node_count() == 2
    assert model.rowCount(message) == 6
    assert model.loaded_node_count() == 2
    assert model.index(0, 0, message).isValid()
    assert model.loaded_node_count() == 2 + 6


def test_view_creates_only_expanded_items(qtbot: QtBot) -> None:
    """A tree view makes the model create only the rows it shows."""
    model = JsonTreeModel()
    view = QTreeView()
    qtbot.addWidget(view)
    view.setUniformRowHeights(True)
    view.setModel(model)
    model.set_data(nested_reply(5_000))
    view.show()
    qtbot.waitExposed(view)

    message = find_row(model, "message")
    view.expand(message)
    view.expand(find_row(model, "data", message))
    view.viewport().repaint()

    # Top level, message, data's 5,000 records: the records' own members stay unbuilt.
    assert model.loaded_node_count() <= 2 + 6 + 5_000 + 3 * 7


def test_headers_follow_language_change(bracket_translator: BracketTranslator) -> None:
    """retranslate() reads the headers and type names from the translator."""
    model = JsonTreeModel()
    model.set_data({"a": None})
    QCoreApplication.installTranslator(bracket_translator)

    model.retranslate()

    assert model.headerData(0, Qt.Orientation.Horizontal) == "‹Key›"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "‹Type›"
    assert model.data(model.index(0, 2)) == "‹null›"

    QCoreApplication.removeTranslator(bracket_translator)
    model.retranslate()

    assert model.headerData(1, Qt.Orientation.Horizontal) == "Value"


@pytest.mark.parametrize("role", [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.EditRole])
def test_other_roles_return_none(role: Qt.ItemDataRole) -> None:
    """Roles the model does not serve return None."""
    model = JsonTreeModel()
    model.set_data({"a": 1})

    assert model.data(model.index(0, 0), role) is None


def test_raw_records_items_decoded_on_read() -> None:
    """Children of a RawRecords array report members without decoding the records."""
    note = "n" * 100
    items = [f'{{"orderId":{number},"note":"{note}"}}' for number in range(2000)]
    items[3] = "{}"
    data = decode_large(('{"data":[' + ",".join(items) + "]}").encode())
    records = data["data"]
    model = JsonTreeModel()
    model.set_data(data)
    array = model.index(0, 0)

    has_children = [model.hasChildren(model.index(row, 0, array)) for row in range(5)]

    assert has_children == [True, True, True, False, True]
    assert len(records._cache) == 0
    assert model.data(model.index(1, 1, model.index(2, 0, array))) == "n" * 100
    assert model.rowCount(model.index(3, 0, array)) == 0
    # The tester walks every item, so it runs after the checks of what stayed encoded.
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
