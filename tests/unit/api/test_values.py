"""Tests for the text forms of parsed reply values (no widgets)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.api.values import (
    LONG_TEXT_LIMIT,
    cell_text,
    compact_text,
    display_text,
    elided_text,
    is_container,
    path_text,
    to_json_text,
)

EXACT_RECORD = {
    "postalCode": "02134",
    "cardLast4": "0042",
    "orderId": 9007199254740993,
    "price": "59.85",
    "tax": Decimal("0.1"),
}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("02134", "02134"),
        ("0042", "0042"),
        ("59.85", "59.85"),
        ("", ""),
        ("Пётр Иванов", "Пётр Иванов"),
        (9007199254740993, "9007199254740993"),
        (10**30, "1000000000000000000000000000000"),
        (-7, "-7"),
        (Decimal("59.85"), "59.85"),
        (Decimal("0.1"), "0.1"),
        (Decimal("10.00"), "10.00"),
        (None, "null"),
        (True, "true"),
        (False, "false"),
        ({"a": 1, "b": 2}, "{2}"),
        ({}, "{0}"),
        ([1, 2, 3], "[3]"),
        ([], "[0]"),
    ],
)
def test_display_text_keeps_received_form(value: object, expected: str) -> None:
    """Scalars keep their received text and containers show a member count."""
    assert display_text(value) == expected


def test_display_text_float_uses_shortest_repr() -> None:
    """A float shows its shortest round-trip form."""
    assert display_text(0.1) == "0.1"


def test_is_container() -> None:
    """Only mappings, lists and tuples are containers."""
    assert is_container({})
    assert is_container([])
    assert is_container(())
    assert not is_container("[]")
    assert not is_container(None)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([], ""),
        (["message"], "message"),
        (["message", "data", 0, "orderId"], "message.data[0].orderId"),
        (["message", "3DTxnResult"], 'message["3DTxnResult"]'),
        (["3DTxnResult", "status"], '["3DTxnResult"].status'),
        (["a b", "c-d"], '["a b"]["c-d"]'),
        (['say "hi"'], '["say \\"hi\\""]'),
        (["имя"], '["имя"]'),
        ([0, 1], "[0][1]"),
        (["$id", "_x1"], "$id._x1"),
        ([""], '[""]'),
    ],
)
def test_path_text(parts: list[str | int], expected: str) -> None:
    """Paths use dots for identifiers, [n] for indexes and quotes otherwise."""
    assert path_text(parts) == expected


def test_to_json_text_writes_numbers_exactly() -> None:
    """Decimals are bare numbers, big integers exact, strings unchanged."""
    text = to_json_text(EXACT_RECORD)

    assert '"postalCode": "02134"' in text
    assert '"cardLast4": "0042"' in text
    assert '"orderId": 9007199254740993' in text
    assert '"price": "59.85"' in text
    assert '"tax": 0.1' in text


def test_to_json_text_round_trips_exact_values() -> None:
    """Decoding the output with Decimal floats gives back the same data."""
    data = {"message": {"data": [EXACT_RECORD, {"nested": [[], {}, None, True]}]}}

    decoded = json.loads(to_json_text(data), parse_float=Decimal)

    assert decoded == data
    assert isinstance(decoded["message"]["data"][0]["tax"], Decimal)


def test_to_json_text_matches_json_dumps_layout() -> None:
    """Without Decimals the layout equals json.dumps with the same indent."""
    data = {"a": [1, {"b": None, "c": [True, False]}, [], {}], "d": "x", "e": 1.5}

    assert to_json_text(data) == json.dumps(data, indent=2, ensure_ascii=False)
    assert to_json_text(data, indent=4) == json.dumps(data, indent=4, ensure_ascii=False)
    assert to_json_text(data, indent=None) == json.dumps(data, ensure_ascii=False)


def test_to_json_text_keeps_non_ascii() -> None:
    """Cyrillic text is written as is, not as escape sequences."""
    assert to_json_text({"name": "Пётр"}) == '{\n  "name": "Пётр"\n}'


def test_to_json_text_escapes_strings() -> None:
    """Quotes and newlines are escaped. HTML stays literal."""
    assert to_json_text('a"b\n<html>') == '"a\\"b\\n<html>"'


def test_to_json_text_scalars_and_empty_containers() -> None:
    """Scalars, empty containers and non-finite decimals."""
    assert to_json_text(None) == "null"
    assert to_json_text(Decimal("1E+2")) == "1E+2"
    assert to_json_text([]) == "[]"
    assert to_json_text({}) == "{}"
    assert to_json_text(Decimal("NaN")) == "NaN"
    assert to_json_text(Decimal("-Infinity")) == "-Infinity"


def test_elided_text_cuts_long_strings() -> None:
    """Strings over LONG_TEXT_LIMIT characters are cut with an ellipsis; others are whole."""
    long_text = "x" * (LONG_TEXT_LIMIT + 1)

    assert elided_text(long_text) == "x" * LONG_TEXT_LIMIT + "…"
    assert elided_text("x" * LONG_TEXT_LIMIT) == "x" * LONG_TEXT_LIMIT
    assert elided_text(10**600) == str(10**600)
    assert display_text(long_text) == long_text


def test_compact_text_short_and_cut() -> None:
    """Small containers are one-line JSON; larger ones stop after the limit."""
    assert compact_text({"sku": "A", "qty": Decimal("1.50")}) == '{"sku": "A", "qty": 1.50}'
    cut = compact_text([{"n": number} for number in range(1_000)])

    assert cut.endswith("…")
    assert len(cut) == 81
    assert cut.startswith('[{"n": 0}, {"n": 1}')


def test_cell_text() -> None:
    """Table cells use compact JSON for containers and exact text for scalars."""
    assert cell_text(Decimal("59.85")) == "59.85"
    assert cell_text("02134") == "02134"
    assert cell_text([]) == "[]"
    assert cell_text({"a": None}) == '{"a": null}'
