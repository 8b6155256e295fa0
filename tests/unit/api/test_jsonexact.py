"""jsonexact: exact decoding, truncation detection and JSON after leading text."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.api.jsonexact import (
    JsonValueError,
    find_trailing_json,
    loads_exact,
    looks_truncated,
)


def test_large_integer_exact() -> None:
    """Integers above 2^53 are kept exactly."""
    assert loads_exact("[9007199254740993, 123456789012345678901234567890]") == [
        9007199254740993,
        123456789012345678901234567890,
    ]


def test_fractions_are_decimal() -> None:
    """Numbers with a fraction or exponent become Decimal with their digits intact."""
    value = loads_exact('{"price": 59.85, "rate": 1e-2}')

    assert value == {"price": Decimal("59.85"), "rate": Decimal("0.01")}
    assert str(value["price"]) == "59.85"


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", '{"a": -Infinity}'])
def test_non_json_constants_rejected(text: str) -> None:
    """NaN and Infinity raise JsonValueError instead of becoming floats."""
    with pytest.raises(JsonValueError):
        loads_exact(text)


def test_deep_nesting_rejected() -> None:
    """Nesting too deep for the decoder raises JsonValueError."""
    with pytest.raises(JsonValueError):
        loads_exact("[" * 100_000 + "]" * 100_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"result":"SUCC', True),
        ('{"a": 12', True),
        ('{"a": [1,', True),
        ('{"a": tru', True),
        ('{"a": "x\\"', True),
        ('{"a":1} x', False),
        ('{"a": 1 "b": 2}', False),
        ('{"a": 1, ?', False),
    ],
)
def test_truncation_detected(text: str, expected: bool) -> None:
    """Text cut short is distinguished from text broken in the middle."""
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)

    assert looks_truncated(text, caught.value) is expected


def test_trailing_json_after_notice() -> None:
    """JSON after a notice that contains brackets is found at its real start."""
    text = 'Notice: index [x] in {file}\n{"result": "SUCCESS", "message": [1]}\n'
    found = find_trailing_json(text)

    assert found is not None
    start, value = found
    assert text[start:].startswith('{"result"')
    assert value == {"result": "SUCCESS", "message": [1]}


def test_trailing_json_absent() -> None:
    """Text whose JSON does not reach the end has no trailing JSON."""
    assert find_trailing_json('Warning: {"a": 1} and more text') is None
