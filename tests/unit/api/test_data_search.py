"""Tests for the text search over parsed data that backs the find bar (no widgets)."""

from __future__ import annotations

from decimal import Decimal

from desktop_app.api.data_search import DataMatch, find_in_data, rows_of_path

DATA = {
    "result": "SUCCESS",
    "message": {
        "data": [
            {"orderId": 1, "email": "anna@example.test", "items": {"7": {"sku": "SERUM"}}},
            {"orderId": 2, "email": "Boris@example.test", "price": Decimal("59.85")},
        ]
    },
}


def test_value_matches_in_tree_order() -> None:
    """Matches come depth-first in the order of a fully expanded tree."""
    assert find_in_data(DATA, "example") == [
        DataMatch((1, 0, 0, 1), False),
        DataMatch((1, 0, 1, 1), False),
    ]


def test_key_and_value_matches() -> None:
    """A key match comes before value matches below it; case is ignored."""
    assert find_in_data(DATA, "SKU") == [
        DataMatch((1, 0, 0, 2, 0, 0), True),
    ]
    assert find_in_data(DATA, "serum") == [DataMatch((1, 0, 0, 2, 0, 0), False)]


def test_decimal_found_by_digits() -> None:
    """Numbers are compared in their exact text form."""
    assert find_in_data(DATA, "59.85") == [DataMatch((1, 0, 1, 2), False)]


def test_array_indexes_are_not_keys() -> None:
    """"0" does not match array positions, only keys and values."""
    assert find_in_data([["a"], ["b"]], "0") == []


def test_empty_needle_and_scalar_root() -> None:
    """An empty search finds nothing; a scalar root is row (0,)."""
    assert find_in_data(DATA, "") == []
    assert find_in_data("just text", "TEXT") == [DataMatch((0,), False)]
    assert find_in_data(None, "null") == []


def test_deep_nesting_does_not_recurse() -> None:
    """Data nested deeper than the recursion limit is searched."""
    data: object = "needle"
    for _ in range(5_000):
        data = [data]

    matches = find_in_data(data, "needle")

    assert len(matches) == 1
    assert len(matches[0].rows) == 5_000


def test_rows_of_path() -> None:
    """A path of keys and indexes maps to row numbers; a wrong path gives None."""
    assert rows_of_path(DATA, ("message", "data", 1, "price")) == (1, 0, 1, 2)
    assert rows_of_path(DATA, ()) == ()
    assert rows_of_path(DATA, ("message", "data", 5)) is None
    assert rows_of_path(DATA, ("message", "missing")) is None
    assert rows_of_path(DATA, ("result", 0)) is None
