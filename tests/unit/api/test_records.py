"""Large replies whose record arrays stay encoded until a record is read."""

from __future__ import annotations

import json
from decimal import Decimal

import msgspec
import pytest

from desktop_app.api import records
from desktop_app.api.parse import LARGE_REPLY_BYTES, parse_reply
from desktop_app.api.records import RawRecords, concat_records, decode_large
from desktop_app.api.result import ProblemCode, RequestRecord, ResultKind
from desktop_app.api.tabular import KEY_COLUMN, extract_table

EXACT_ROW = ('{"orderId":9007199254740993,"transactionId":"12345678901234567890",'
             '"price":59.85,"tax":0.1,"postalCode":"02134","cardLast4":"0042"}')
REQUEST = RequestRecord("POST", "https://crm.example/order/query/")


def order_rows(count: int) -> list[str]:
    """Return ``count`` encoded orders of about 300 bytes, the first one EXACT_ROW."""
    rows = [EXACT_ROW]
    for number in range(1, count):
        rows.append(json.dumps({
            "orderId": number, "name": f"Дарья Кузнецова {number}", "price": f"{number}.90",
            "note": "x" * 200, "items": {str(number): {"qty": "1"}},
        }, ensure_ascii=False))
    return rows


def paged_body(rows: list[str], total: int | str | None = None) -> bytes:
    """Return a paged envelope around the encoded ``rows``, with ``total`` as an int or text."""
    count = len(rows) if total is None else total
    head = (f'{{"result":"SUCCESS","message":{{"totalResults":{json.dumps(count)},'
            f'"resultsPerPage":{len(rows)},"page":1,"data":[')
    return (head + ",".join(rows) + "]}}").encode("utf-8")


@pytest.fixture
def large_body() -> bytes:
    """Provide a paged reply of 1,500 orders, larger than LARGE_REPLY_BYTES."""
    body = paged_body(order_rows(1500))
    assert len(body) > LARGE_REPLY_BYTES
    return body


def test_decode_large_keeps_array_encoded(large_body: bytes) -> None:
    """The data array becomes RawRecords; the envelope is decoded."""
    data = decode_large(large_body)

    rows = data["message"]["data"]
    assert isinstance(rows, RawRecords)
    assert len(rows) == 1500
    assert data["message"]["totalResults"] == 1500
    assert rows[1]["name"] == "Дарья Кузнецова 1"


def test_decode_large_values_exact(large_body: bytes) -> None:
    """A 2^53+1 integer stays int, decimals become Decimal, codes stay text."""
    first = decode_large(large_body)["message"]["data"][0]

    assert first == {"orderId": 9007199254740993, "transactionId": "12345678901234567890",
                     "price": Decimal("59.85"), "tax": Decimal("0.1"),
                     "postalCode": "02134", "cardLast4": "0042"}
    assert type(first["orderId"]) is int


def test_decode_large_equals_exact_decoder(large_body: bytes) -> None:
    """Every record equals what loads_exact decodes from the text."""
    from desktop_app.api.jsonexact import loads_exact

    data = decode_large(large_body)

    assert list(data["message"]["data"]) == loads_exact(large_body.decode())["message"]["data"]


def test_member_names_first_seen_order(large_body: bytes) -> None:
    """The column names are the union of keys in first-seen order."""
    rows = decode_large(large_body)["message"]["data"]

    assert rows.member_names == ("orderId", "transactionId", "price", "tax", "postalCode",
                                 "cardLast4", "name", "note", "items")


def test_raw_records_indexing(large_body: bytes) -> None:
    """Negative indexes, slices and IndexError behave as for a list."""
    rows = decode_large(large_body)["message"]["data"]

    assert rows[-1] == rows[1499]
    assert rows[-1]["orderId"] == 1499
    assert [row["orderId"] for row in rows[1:4]] == [1, 2, 3]
    with pytest.raises(IndexError):
        rows[1500]


def test_raw_records_cache_is_bounded(large_body: bytes) -> None:
    """Reading more records than CACHE_SIZE keeps the cache bounded."""
    rows = decode_large(large_body)["message"]["data"]

    for number in range(records.CACHE_SIZE + 10):
        assert rows[number]["orderId"] in (number, 9007199254740993)

    assert len(rows._cache) <= records.CACHE_SIZE


def test_raw_records_iteration_leaves_cache(large_body: bytes) -> None:
    """Iterating reuses cached records and caches no new ones."""
    rows = decode_large(large_body)["message"]["data"]
    cached_row = rows[5]

    walked = list(rows)

    assert walked[5] is cached_row
    assert len(rows._cache) == 1


def test_field_values_missing_and_null() -> None:
    """field_values distinguishes a missing member from a null one."""
    body = paged_body(['{"a":1,"b":null}', '{"b":2.50}', '{"a":"x"}'] * 2000)
    rows = decode_large(body)["message"]["data"]

    assert rows.field_values("a", "-")[:3] == [1, "-", "x"]
    assert rows.field_values("b", "-")[:3] == [None, Decimal("2.50"), "-"]


def test_encoded_returns_bytes_as_sent(large_body: bytes) -> None:
    """encoded() returns the record's bytes exactly as received."""
    rows = decode_large(large_body)["message"]["data"]

    assert rows.encoded(0) == EXACT_ROW.encode()


def test_small_values_decode_at_once() -> None:
    """A small document decodes to plain lists and dicts."""
    body = b'{"result":"SUCCESS","message":{"data":[{"a":1},{"a":2}]}}'

    data = decode_large(body)

    assert data["message"]["data"] == [{"a": 1}, {"a": 2}]
    assert type(data["message"]["data"]) is list


def test_array_of_scalars_stays_list() -> None:
    """A large array of numbers is a list, not RawRecords."""
    body = ("[" + ",".join(str(number) for number in range(40_000)) + "]").encode()

    data = decode_large(body)

    assert type(data) is list
    assert data[39_999] == 39_999


def test_decode_large_skips_bom_and_space(large_body: bytes) -> None:
    """A UTF-8 byte order mark and leading whitespace are skipped."""
    data = decode_large(b"\xef\xbb\xbf \n" + large_body)

    assert isinstance(data["message"]["data"], RawRecords)


def test_decode_large_rejects_bad_item() -> None:
    """NaN inside one record fails the whole decode."""
    rows = order_rows(1500)
    rows[700] = '{"orderId": NaN}'

    with pytest.raises(msgspec.DecodeError):
        decode_large(paged_body(rows))


def test_join_keeps_order_and_names() -> None:
    """join() appends records in order and merges the column names."""
    first = decode_large(paged_body(order_rows(1500)))["message"]["data"]
    second = decode_large(paged_body(['{"extra":1}'] * 30_000))["message"]["data"]

    joined = RawRecords.join([first, second])

    assert len(joined) == 31_500
    assert joined[1500] == {"extra": 1}
    assert joined.member_names[-1] == "extra"


def test_concat_records_mixed_gives_list(large_body: bytes) -> None:
    """Only RawRecords parts stay encoded, and a list of dicts gives a list."""
    rows = decode_large(large_body)["message"]["data"]

    assert isinstance(concat_records([rows, [], rows]), RawRecords)
    mixed = concat_records([rows, [{"orderId": 7}]])
    assert type(mixed) is list
    assert mixed[-1] == {"orderId": 7}
    assert len(mixed) == 1501


def test_parse_reply_large_is_paged(large_body: bytes) -> None:
    """A large paged reply is PAGED with encoded rows and no body text."""
    result = parse_reply(200, "application/json", bytearray(large_body), REQUEST, 1.0)

    assert result.kind is ResultKind.PAGED
    assert isinstance(result.rows, RawRecords)
    assert result.row_count == 1500
    assert result.paging is not None and result.paging.total_results == 1500
    assert result.body_text == ""


def test_parse_reply_large_total_as_text() -> None:
    """A totalResults sent as a string is read on the large path too."""
    result = parse_reply(200, "", paged_body(order_rows(1500), "1500"), REQUEST, 1.0)

    assert result.kind is ResultKind.PAGED
    assert result.paging is not None and result.paging.total_results == 1500


def test_parse_reply_large_truncated() -> None:
    """A large body cut short is reported as truncated JSON."""
    body = paged_body(order_rows(1500))[:-500]

    result = parse_reply(200, "application/json", body, REQUEST, 1.0)

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.TRUNCATED_JSON


def test_parse_reply_large_invalid_utf8_replaced() -> None:
    """Invalid UTF-8 falls back to the text path with U+FFFD."""
    rows = order_rows(1500)
    body = paged_body(rows).replace("Дарья Кузнецова 9".encode(), b"\xff\xfe broken", 1)

    result = parse_reply(200, "application/json", body, REQUEST, 1.0)

    assert result.kind is ResultKind.PAGED
    assert result.rows is not None
    assert result.rows[9]["name"] == "\ufffd\ufffd broken"


def test_parse_reply_large_error_keeps_text() -> None:
    """A large ERROR reply keeps its body text for the error card."""
    body = json.dumps({"result": "ERROR", "message": "Invalid login " + "x" * 300_000}).encode()

    result = parse_reply(200, "application/json", body, REQUEST, 1.0)

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None and result.problem.code is ProblemCode.LOGIN
    assert result.body_text.startswith('{"result": "ERROR"')


def test_extract_table_of_raw_records(large_body: bytes) -> None:
    """A table over RawRecords reads cells, columns and rows exactly."""
    data = decode_large(large_body)

    table = extract_table(data)

    assert table is not None
    assert table.path == ("message", "data")
    assert table.columns[:3] == ("orderId", "transactionId", "price")
    assert table.value(0, 0) == 9007199254740993
    assert table.value(3, table.columns.index("name")) == "Дарья Кузнецова 3"
    assert table.column_values(2)[:2] == [Decimal("59.85"), "1.90"]
    assert table.row_values(0, table.rows[0], "-")[-1] == "-"


def test_extract_table_keyed_large() -> None:
    """A large object keyed by ids gives a keyed table."""
    members = ",".join(f'"{number}":{{"sku":"S{number}","price":"1.00"}}'
                       for number in range(20_000))
    body = ('{"result":"SUCCESS","message":{' + members + "}}").encode()

    table = extract_table(decode_large(body))

    assert table is not None
    assert table.columns == (KEY_COLUMN, "sku", "price")
    assert table.value(19_999, 1) == "S19999"


def test_parse_reply_large_php_notice(large_body: bytes) -> None:
    """A PHP notice in front of a large reply takes the text path and keeps the rows."""
    body = b"<br /><b>Notice</b>: Undefined index: foo in x.php<br />" + large_body

    result = parse_reply(200, "text/html", body, REQUEST, 1.0)

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None and result.problem.code is ProblemCode.PHP_NOTICE
    assert result.row_count == 1500
