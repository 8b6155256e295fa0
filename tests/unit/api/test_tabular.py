"""Tests for finding the records of a reply and their columns (no widgets)."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.api.parse import parse_reply
from desktop_app.api.result import ApiResult, RequestRecord, ResultKind
from desktop_app.api.tabular import KEY_COLUMN, extract_table, table_from_rows, with_table


def paged(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Return a paged reply around ``records``."""
    return {
        "result": "SUCCESS",
        "message": {"totalResults": len(records), "resultsPerPage": 25, "page": 1,
                    "data": records},
    }


def test_paged_reply_rows() -> None:
    """A paged reply gives the records of message.data, the very same dicts."""
    records = [{"orderId": 1, "total": Decimal("59.85")}, {"orderId": 2, "total": "10"}]

    table = extract_table(paged(records))

    assert table is not None
    assert table.columns == ("orderId", "total")
    assert table.rows[0] is records[0]
    assert table.rows[1] is records[1]
    assert table.path == ("message", "data")
    assert table.row_path(1) == ("message", "data", 1)
    assert table.value(0, 1) == Decimal("59.85")
    assert not table.key_column


def test_keyed_object_has_key_column() -> None:
    """An object keyed by ids gives one row per member with the key in "(key)"."""
    products = {"12": {"productId": 12, "name": "Серум"}, "40": {"productId": 40, "sku": "B"}}
    reply = {"result": "SUCCESS", "message": products}

    table = extract_table(reply)

    assert table is not None
    assert table.columns == (KEY_COLUMN, "productId", "name", "sku")
    assert table.key_column
    assert [table.value(row, 0) for row in range(2)] == ["12", "40"]
    assert table.rows[1] is products["40"]
    assert table.value(1, 2, "missing") == "missing"
    assert table.row_path(1) == ("message", "40")


def test_projected_billing_dates_are_keys() -> None:
    """Date keys count as ids, as /reports/projected-billing/ sends them."""
    report = {"2024-05-01": {"count": 3, "amount": "120.00"},
              "2024-05-02": {"count": 1, "amount": "40.00"}}

    table = extract_table({"result": "SUCCESS", "message": report})

    assert table is not None
    assert table.columns == (KEY_COLUMN, "count", "amount")


def test_bare_array_of_objects() -> None:
    """An array of objects given directly, such as a filter result, is a table."""
    rows = [{"id": 1}, {"id": 2, "total": "3"}]

    table = extract_table(rows)

    assert table is not None
    assert table.columns == ("id", "total")
    assert table.path == ()
    assert table.row_path(0) == (0,)


def test_message_array() -> None:
    """A message that is an array of objects gives those objects."""
    table = extract_table({"result": "SUCCESS", "message": [{"a": 1}, {"b": 2}]})

    assert table is not None
    assert table.path == ("message",)
    assert table.columns == ("a", "b")


def test_union_of_keys_in_first_seen_order() -> None:
    """Columns are every key of every record, in the order they first appear."""
    rows = [{"b": 1, "a": 2}, {"c": 3, "a": 4}, {"d": 5, "b": 6}]

    table = table_from_rows(rows)

    assert table.columns == ("b", "a", "c", "d")
    assert table.value(0, 2, None) is None
    assert table.value(2, 3) == 5


def test_keys_given_to_table_from_rows() -> None:
    """table_from_rows with keys puts "(key)" first."""
    table = table_from_rows([{"x": 1}], ["7"], path=("message",))

    assert table.columns == (KEY_COLUMN, "x")
    assert table.row_path(0) == ("message", "7")


@pytest.mark.parametrize(
    "data",
    [
        None,
        "text",
        42,
        [],
        {},
        [1, 2, 3],
        [{"a": 1}, "mixed"],
        {"result": "SUCCESS", "message": {"orderId": "A1", "total": "5.00", "items": {}}},
        {"result": "ERROR", "message": "No orders matching those parameters could be found"},
        {"billing": {"city": "X"}, "shipping": {"city": "Y"}},
    ],
    ids=["none", "string", "number", "empty-array", "empty-object", "scalars", "mixed",
         "single-order", "error", "named-members"],
)
def test_non_table_data_returns_none(data: Any) -> None:
    """Scalars, empty containers, mixed arrays and plain objects give no table."""
    assert extract_table(data) is None


def test_xml_repeated_tag_rows() -> None:
    """An XML reply whose data is a repeated tag gets a table of those records."""
    body = (
        '<?xml version="1.0"?><response><result>SUCCESS</result><message>'
        "<totalResults>2</totalResults><resultsPerPage>25</resultsPerPage><page>1</page>"
        "<data><order><orderId>A1</orderId><total>0042</total></order>"
        "<order><orderId>A2</orderId><total>10.50</total></order></data>"
        "</message></response>"
    )
    result = with_table(parse_reply(200, "text/xml", body.encode(), _request(), 1.0))

    assert result.content_format == "xml"
    assert result.table is not None
    assert result.table.columns == ("orderId", "total")
    assert result.table.value(0, 1) == "0042"
    assert result.table.row_path(1) == ("message", "data", "order", 1)


def test_xml_single_child_is_one_row() -> None:
    """In XML a single repeated tag is one child object, which gives one row."""
    data = {"result": "SUCCESS", "message": {"data": {"order": {"orderId": "A1"}}}}

    table = extract_table(data, from_xml=True)

    assert table is not None
    assert table.columns == ("orderId",)
    assert table.row_path(0) == ("message", "data", "order")
    assert extract_table(data) is None


def test_with_table_fills_field() -> None:
    """with_table returns a copy whose table is set; equality ignores the table."""
    result = ApiResult(ResultKind.PAGED, _request(), data=paged([{"orderId": 1}]))

    filled = with_table(result)

    assert result.table is None
    assert filled.table is not None
    assert filled.table.columns == ("orderId",)
    assert filled == result


def test_with_table_without_rows() -> None:
    """A result without records comes back unchanged."""
    result = ApiResult(ResultKind.CANCELLED, _request())

    assert with_table(result) is result


def test_five_thousand_rows_is_fast() -> None:
    """5,000 records of 60 keys take well under a second."""
    records = [
        {f"field{column}": f"{row}-{column}" for column in range(60)} for row in range(5_000)
    ]
    records[4_999]["late"] = "x"

    started = time.perf_counter()
    table = extract_table(paged(records))
    elapsed = time.perf_counter() - started

    assert table is not None
    assert len(table.rows) == 5_000
    assert len(table.columns) == 61
    assert table.columns[-1] == "late"
    assert elapsed < 0.5


def _request() -> RequestRecord:
    return RequestRecord("POST", "http://127.0.0.1/order/query/")


def test_longest_texts_per_column() -> None:
    """longest_texts gives each column's longest cell text among the first rows."""
    table = table_from_rows([{"a": "x", "b": {"k": 1}}, {"a": "longer", "c": 9007199254740993},
                             {"a": "the longest of all"}])

    assert table.longest_texts(2) == ("longer", '{"k": 1}', "9007199254740993")
    assert table.longest_texts(3)[0] == "the longest of all"
    assert table.longest_texts(2) is table.longest_texts(2)
