"""Tests for the sort keys of table cells (no widgets)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.api.sort_keys import sort_key


def ordered(values: list[Any]) -> list[Any]:
    """Return ``values`` sorted by their sort keys."""
    return sorted(values, key=sort_key)


def test_numeric_strings_sort_as_numbers() -> None:
    """"9" < "10" < "100", where text order would put "10" first."""
    assert ordered(["10", "9", "100"]) == ["9", "10", "100"]


def test_mixed_numbers_sort_exactly() -> None:
    """int, Decimal and numeric strings mix, and big integers keep their order."""
    values = [9007199254740993, Decimal("59.85"), "0042", 9007199254740992, "-3.5", 7]

    assert ordered(values) == ["-3.5", 7, "0042", Decimal("59.85"), 9007199254740992,
                               9007199254740993]


def test_dates_sort_as_dates() -> None:
    """Both date formats sort by time, not by text."""
    iso = ["2024-05-10 09:00:00", "2023-12-31 23:59:59", "2024-05-09 18:30:00"]
    american = ["12/01/2023", "01/15/2024", "02/03/2023"]

    assert ordered(iso) == ["2023-12-31 23:59:59", "2024-05-09 18:30:00",
                            "2024-05-10 09:00:00"]
    assert ordered(american) == ["02/03/2023", "12/01/2023", "01/15/2024"]


def test_groups_order() -> None:
    """Numbers, then dates, then text, then empty values; text ignores case."""
    values = [None, "beta", "2024-01-01", "Alpha", 5, ""]

    assert ordered(values) == [5, "2024-01-01", "Alpha", "beta", None, ""]


def test_other_values_do_not_raise() -> None:
    """Booleans, containers and NaN sort as text without errors."""
    values = [True, {"a": 1}, [1, 2], Decimal("NaN"), False]

    assert len(ordered(values)) == 5
