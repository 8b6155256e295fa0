"""JSON bodies of PAAY requests built from flat form fields and catalog types."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.api.paay_body import (
    BodyError,
    build_body,
    dumps_body,
    flatten_body,
    param_types,
)
from desktop_app.catalog import find_endpoint
from desktop_app.catalog.model import ParamType

BROWSER_TYPES = param_types(find_endpoint("paay.browser").params)


def test_catalog_types_of_browser_fields() -> None:
    """The catalog gives the types that decide the JSON form of each value."""
    assert BROWSER_TYPES["amount"] is ParamType.MONEY
    assert BROWSER_TYPES["browser.browserJavaEnabled"] is ParamType.BOOLEAN
    assert BROWSER_TYPES["pan"] is ParamType.CARD_NUMBER
    assert BROWSER_TYPES["month"] is ParamType.INTEGER


def test_dotted_names_nest() -> None:
    """Dotted names become members of nested objects, in order of first use."""
    body = build_body(
        [
            ("pan", "4111111111111111"),
            ("browser.browserUserAgent", "Mozilla/5.0"),
            ("billing.line1", "1 Main St"),
            ("browser.browserTZ", "300"),
            ("billing.city", "Austin"),
        ],
        BROWSER_TYPES,
    )

    assert body == {
        "pan": "4111111111111111",
        "browser": {"browserUserAgent": "Mozilla/5.0", "browserTZ": "300"},
        "billing": {"line1": "1 Main St", "city": "Austin"},
    }


def test_three_levels_nest() -> None:
    """Names with two dots nest two levels deep."""
    assert build_body([("a.b.c", "x")]) == {"a": {"b": {"c": "x"}}}


def test_json_types_from_catalog() -> None:
    """BOOLEAN becomes true/false, MONEY a number, INTEGER and text stay strings."""
    body = build_body(
        [
            ("amount", "29.95"),
            ("month", "07"),
            ("year", "28"),
            ("browser.browserJavaEnabled", "0"),
            ("browser.browserJavaScriptEnabled", "1"),
            ("browser.browserColorDepth", "24"),
            ("transactionForcedTimeout", "30"),
        ],
        BROWSER_TYPES,
    )
    decoded = json.loads(dumps_body(body))

    assert decoded["amount"] == 29.95
    assert isinstance(decoded["amount"], float)
    assert decoded["browser"]["browserJavaEnabled"] is False
    assert decoded["browser"]["browserJavaScriptEnabled"] is True
    assert decoded["month"] == "07"
    assert decoded["year"] == "28"
    assert decoded["browser"]["browserColorDepth"] == "24"
    assert decoded["transactionForcedTimeout"] == "30"


def test_money_written_as_json_number() -> None:
    """Amounts keep their digits in the encoded text and are not quoted."""
    encoded = dumps_body(build_body([("amount", "1234.56")], BROWSER_TYPES)).decode()

    assert encoded == '{"amount":1234.56}'
    assert dumps_body({"amount": Decimal("30")}) == b'{"amount":30}'


@pytest.mark.parametrize(("typed", "expected"), [("true", True), ("FALSE", False), ("yes", True)])
def test_boolean_words_accepted(typed: str, expected: bool) -> None:
    """true/false and yes/no are read like 1 and 0."""
    body = build_body([("browser.browserJavaEnabled", typed)], BROWSER_TYPES)

    assert body["browser"]["browserJavaEnabled"] is expected


def test_empty_values_left_out() -> None:
    """Fields left empty are not sent, and an object with no filled member is absent."""
    body = build_body(
        [("pan", "4111111111111111"), ("currency", ""), ("browser.browserTZ", "")],
        BROWSER_TYPES,
    )

    assert body == {"pan": "4111111111111111"}


def test_card_number_separators_removed() -> None:
    """Spaces and dashes typed inside the card number are dropped."""
    body = build_body([("pan", "4111 1111-1111 1111")], BROWSER_TYPES)

    assert body["pan"] == "4111111111111111"


def test_json_param_inserted_as_value() -> None:
    """A JSON parameter is parsed, so its object is nested rather than quoted."""
    body = build_body([("extra", '{"a": [1, 2.5]}')], {"extra": ParamType.JSON})

    assert body == {"extra": {"a": [1, Decimal("2.5")]}}


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ([("amount", "12,50")], "amount", "must be a number"),
        ([("amount", "NaN")], "amount", "must be a number"),
        ([("browser.browserJavaEnabled", "maybe")], "browser.browserJavaEnabled", "1 or 0"),
        ([("browser", "x"), ("browser.browserTZ", "1")], "browser.browserTZ", "has a value"),
        ([("browser.browserTZ", "1"), ("browser", "x")], "browser", "has members"),
        ([("browser..x", "1")], "browser..x", "empty part"),
        ([("extra", "{bad")], "extra", "not valid JSON"),
    ],
)
def test_invalid_fields_raise(fields: list[tuple[str, str]], field: str, message: str) -> None:
    """Values that do not fit their type, and clashing names, raise BodyError."""
    types = {**BROWSER_TYPES, "extra": ParamType.JSON}

    with pytest.raises(BodyError, match=message) as caught:
        build_body(fields, types)
    assert caught.value.field == field


def test_flatten_gives_dotted_text_pairs() -> None:
    """flatten_body lists leaves with dotted names and JSON texts for non-strings."""
    body = build_body(
        [
            ("amount", "29.95"),
            ("browser.browserJavaEnabled", "1"),
            ("browser.browserLanguage", "en-US"),
        ],
        BROWSER_TYPES,
    )

    assert flatten_body(body) == [
        ("amount", "29.95"),
        ("browser.browserJavaEnabled", "true"),
        ("browser.browserLanguage", "en-US"),
    ]
