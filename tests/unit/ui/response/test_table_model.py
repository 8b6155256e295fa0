"""Tests for RowsTableModel and RowsProxyModel: model checks, exact cells, sorting, filter."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from desktop_app.api.tabular import KEY_COLUMN, table_from_rows
from desktop_app.api.values import LONG_TEXT_LIMIT
from desktop_app.ui.response.table_model import RAW_VALUE_ROLE, SORT_ROLE, RowsTableModel
from desktop_app.ui.response.table_proxy import RowsProxyModel

EXACT_RECORD = {
    "orderId": 9007199254740993,
    "transactionId": "12345678901234567890",
    "price": Decimal("59.85"),
    "tax": Decimal("0.1"),
    "postalCode": "02134",
    "cardLast4": "0042",
}
EXACT_TEXTS = ["9007199254740993", "12345678901234567890", "59.85", "0.1", "02134", "0042"]


def column_texts(proxy: RowsProxyModel, column: int) -> list[str]:
    """Return the display texts of one proxy column, top to bottom."""
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def touch_all(model: RowsTableModel | RowsProxyModel) -> None:
    """Read every role of every cell and header."""
    for row in range(model.rowCount()):
        model.headerData(row, Qt.Orientation.Vertical)
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                         Qt.ItemDataRole.ToolTipRole):
                index.data(role)
    for column in range(model.columnCount()):
        model.headerData(column, Qt.Orientation.Horizontal)


def test_models_pass_item_model_tester(qapp: QApplication, modeltest_failures: list[str]) -> None:
    """QAbstractItemModelTester finds no fault in the model or the proxy."""
    model = RowsTableModel()
    proxy = RowsProxyModel(model)
    testers = [
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning),
        QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Warning),
    ]
    rows = [dict(EXACT_RECORD, number=number) for number in range(50)]
    rows[3]["items"] = {"1": {"sku": "A"}}

    model.set_table(table_from_rows(rows))
    touch_all(model)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("1")
    touch_all(proxy)
    proxy.set_filter_text("")
    model.set_table(table_from_rows([{"a": 1}], ["7"]))
    touch_all(proxy)
    model.set_table(None)

    assert len(testers) == 2
    assert modeltest_failures == []


def test_exact_values_display(qapp: QApplication) -> None:
    """Cells show exactly the digits received; the raw role returns the parsed value."""
    model = RowsTableModel()
    model.set_table(table_from_rows([EXACT_RECORD]))

    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    copied = [model.copy_text(0, column) for column in range(model.columnCount())]

    assert shown == EXACT_TEXTS
    assert copied == EXACT_TEXTS
    assert model.data(model.index(0, 0), RAW_VALUE_ROLE) == 9007199254740993
    assert model.data(model.index(0, 2), RAW_VALUE_ROLE) == Decimal("59.85")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "price"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"


def test_numbers_align_right(qapp: QApplication) -> None:
    """Integer and decimal cells are right-aligned; strings keep the default."""
    model = RowsTableModel()
    model.set_table(table_from_rows([EXACT_RECORD]))

    alignment = model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)

    assert alignment == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_nested_missing_and_long_cells(qapp: QApplication) -> None:
    """Nested values show compact JSON; a missing key is empty; long strings are cut."""
    long_text = "y" * 2_000
    model = RowsTableModel()
    model.set_table(table_from_rows([
        {"items": {"3": {"qty": 1}}, "notes": long_text},
        {"items": [1, 2]},
    ]))

    assert model.index(0, 0).data() == '{"3": {"qty": 1}}'
    assert model.index(1, 0).data() == "[1, 2]"
    assert model.index(1, 1).data() == ""
    assert model.copy_text(1, 1) == ""
    assert model.index(0, 1).data() == "y" * LONG_TEXT_LIMIT + "…"
    assert model.copy_text(0, 1) == long_text


def test_key_column(qapp: QApplication) -> None:
    """A keyed table shows its keys in the first column and gives the row's path."""
    model = RowsTableModel()
    model.set_table(table_from_rows([{"sku": "A"}, {"sku": "B"}], ["12", "40"],
                                    path=("message",)))

    assert model.headerData(0, Qt.Orientation.Horizontal) == KEY_COLUMN
    assert model.index(1, 0).data() == "40"
    assert model.row_path(1) == ("message", "40")


def test_numeric_string_sort(qapp: QApplication) -> None:
    """Sorting ["10", "9", "100"] orders 9, 10, 100, and descending reverses it."""
    model = RowsTableModel()
    model.set_table(table_from_rows([{"n": "10"}, {"n": "9"}, {"n": "100"}]))
    proxy = RowsProxyModel(model)

    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    ascending = column_texts(proxy, 0)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    descending = column_texts(proxy, 0)

    assert proxy.sortRole() == SORT_ROLE
    assert ascending == ["9", "10", "100"]
    assert descending == ["100", "10", "9"]


def test_exact_number_sort(qapp: QApplication) -> None:
    """Integers above 2**63 and decimals sort exactly."""
    values = [2**64 + 1, 2**64, Decimal("0.1"), Decimal("0.10000000000000000001")]
    model = RowsTableModel()
    model.set_table(table_from_rows([{"n": value} for value in values]))
    proxy = RowsProxyModel(model)

    proxy.sort(0)

    assert column_texts(proxy, 0) == ["0.1", "0.10000000000000000001", str(2**64),
                                      str(2**64 + 1)]


def test_date_sort(qapp: QApplication) -> None:
    """Date strings sort by date in both formats the CRM uses."""
    model = RowsTableModel()
    model.set_table(table_from_rows([
        {"dateCreated": "2024-05-10 09:00:00", "dateUpdated": "12/01/2023"},
        {"dateCreated": "2023-12-31 23:59:59", "dateUpdated": "01/15/2024"},
        {"dateCreated": "2024-05-09 18:30:00", "dateUpdated": "02/03/2023"},
    ]))
    proxy = RowsProxyModel(model)

    proxy.sort(0)
    created = column_texts(proxy, 0)
    proxy.sort(1)
    updated = column_texts(proxy, 1)

    assert created == ["2023-12-31 23:59:59", "2024-05-09 18:30:00", "2024-05-10 09:00:00"]
    assert updated == ["02/03/2023", "12/01/2023", "01/15/2024"]


def test_unsorted_keeps_reply_order(qapp: QApplication) -> None:
    """Sorting by column -1 returns to the reply's order."""
    model = RowsTableModel()
    model.set_table(table_from_rows([{"n": "3"}, {"n": "1"}, {"n": "2"}]))
    proxy = RowsProxyModel(model)

    proxy.sort(0)
    proxy.sort(-1)

    assert column_texts(proxy, 0) == ["3", "1", "2"]


def test_quick_filter_over_all_columns(qapp: QApplication) -> None:
    """The filter keeps rows with a matching cell in any column, ignoring case."""
    model = RowsTableModel()
    model.set_table(table_from_rows([
        {"name": "Анна", "city": "Boston"},
        {"name": "Boris", "city": "Austin", "items": {"1": {"sku": "SERUM"}}},
        {"name": "Carl", "city": "Denver"},
    ]))
    proxy = RowsProxyModel(model)

    proxy.set_filter_text("bo")
    bo = column_texts(proxy, 0)
    proxy.set_filter_text("serum")
    serum = column_texts(proxy, 0)
    proxy.set_filter_text("АННА")
    anna = column_texts(proxy, 0)
    proxy.set_filter_text("")

    assert bo == ["Анна", "Boris"]
    assert serum == ["Boris"]
    assert anna == ["Анна"]
    assert proxy.rowCount() == 3
    assert proxy.mapToSource(proxy.index(2, 0)) == model.index(2, 0)
    assert model.parent(QModelIndex()) == QModelIndex()


def test_sort_keeps_record_identity(qapp: QApplication) -> None:
    """After sorting, row paths, records and the row header still name the same record."""
    model = RowsTableModel()
    model.set_table(table_from_rows([{"n": "3"}, {"n": "1"}, {"n": "2"}], path=("data",)))
    proxy = RowsProxyModel(model)
    current = QPersistentModelIndex(model.index(0, 0))

    proxy.sort(0)

    assert column_texts(proxy, 0) == ["1", "2", "3"]
    assert [model.record_index(row) for row in range(3)] == [1, 2, 0]
    assert model.row_path(0) == ("data", 1)
    assert model.record(2) == {"n": "3"}
    assert model.headerData(0, Qt.Orientation.Vertical) == "2"
    assert current.row() == 2


def test_descending_sort_is_stable(qapp: QApplication) -> None:
    """Equal keys keep the reply's order in both directions."""
    model = RowsTableModel()
    model.set_table(table_from_rows([{"n": "1", "id": "a"}, {"n": "2", "id": "b"},
                                     {"n": "1", "id": "c"}]))
    proxy = RowsProxyModel(model)

    proxy.sort(0, Qt.SortOrder.DescendingOrder)

    assert column_texts(proxy, 1) == ["b", "a", "c"]
