"""Tests for JMESPath filters over parsed replies with exact numbers (no widgets)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from desktop_app.api.jmes_filter import (
    DETAIL_LIMIT,
    FilterError,
    FilterSyntaxError,
    apply_filter,
)

REPLY: dict[str, Any] = {
    "result": "SUCCESS",
    "message": {
        "totalResults": 3,
        "data": [
            {"orderId": 9007199254740993, "orderStatus": "REFUNDED",
             "totalAmount": Decimal("59.85"), "tax": Decimal("0.1"), "postalCode": "02134"},
            {"orderId": 2, "orderStatus": "COMPLETE", "totalAmount": Decimal("10.00"),
             "tax": Decimal("2"), "postalCode": "10001"},
            {"orderId": 3, "orderStatus": "REFUNDED", "totalAmount": Decimal("100"),
             "tax": Decimal("0"), "postalCode": "0042"},
        ],
    },
}


def test_projection_keeps_exact_values() -> None:
    """A filter with a multi-select hash returns the original int and Decimal values."""
    result = apply_filter(
        REPLY, "message.data[?orderStatus=='REFUNDED'].{id: orderId, total: totalAmount}"
    )

    assert result == [
        {"id": 9007199254740993, "total": Decimal("59.85")},
        {"id": 3, "total": Decimal("100")},
    ]
    assert isinstance(result[0]["total"], Decimal)


def test_float_literal_equals_decimal() -> None:
    """`0.1` in an expression matches Decimal("0.1"), which a float literal would not."""
    assert apply_filter(REPLY, "message.data[?tax == `0.1`].orderId") == [9007199254740993]
    assert apply_filter(REPLY, "message.data[?totalAmount == `59.85`].postalCode") == ["02134"]


def test_big_int_literal_is_exact() -> None:
    """An integer literal beyond 2**53 compares exactly."""
    expression = "message.data[?orderId == `9007199254740993`].postalCode"

    assert apply_filter(REPLY, expression) == ["02134"]
    assert apply_filter(REPLY, "message.data[?orderId == `9007199254740992`]") == []


def test_ordering_comparison_with_decimal() -> None:
    """< and > compare Decimal values with number literals."""
    assert apply_filter(REPLY, "message.data[?totalAmount > `20`].orderId") == [
        9007199254740993, 3
    ]


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("sort_by(message.data, &totalAmount)[].orderId", [2, 9007199254740993, 3]),
        ("sum(message.data[].totalAmount)", Decimal("169.85")),
        ("max(message.data[].tax)", Decimal("2")),
        ("min_by(message.data, &tax).orderId", 3),
        ("abs(message.data[0].totalAmount)", Decimal("59.85")),
        ("type(message.data[0].tax)", "number"),
        ("to_number(message.data[0].postalCode)", 2134),
        ("to_number('12.50')", Decimal("12.50")),
        ("to_string(message.data[0].totalAmount)", "59.85"),
        ("avg(message.data[].tax)", Decimal("0.7")),
    ],
)
def test_functions_accept_decimal(expression: str, expected: Any) -> None:
    """Built-in functions treat Decimal as a number and keep its digits."""
    result = apply_filter(REPLY, expression)

    assert result == expected
    assert type(result) is type(expected)


def test_no_match_is_none() -> None:
    """A path that does not exist gives None."""
    assert apply_filter(REPLY, "message.nothing") is None


@pytest.mark.parametrize("expression", ["message.data[?", "foo[?a==]", "", "a b"])
def test_bad_expression_raises_syntax_error(expression: str) -> None:
    """An invalid expression raises FilterSyntaxError naming the expression."""
    with pytest.raises(FilterSyntaxError) as caught:
        apply_filter(REPLY, expression)

    assert caught.value.expression == expression
    assert caught.value.detail


def test_parse_error_detail_points_at_column() -> None:
    """The detail is jmespath's message with the column marker."""
    with pytest.raises(FilterSyntaxError) as caught:
        apply_filter(REPLY, "message.data[?")

    assert "Incomplete expression" in caught.value.detail
    assert "^" in caught.value.detail


def test_type_error_is_filter_error() -> None:
    """A function given the wrong type raises FilterError, not a syntax error."""
    with pytest.raises(FilterError) as caught:
        apply_filter(REPLY, "abs(message.data)")

    assert not isinstance(caught.value, FilterSyntaxError)
    assert "abs()" in caught.value.detail
    assert len(caught.value.detail) <= DETAIL_LIMIT + 1


def test_comparing_number_with_string_is_filter_error() -> None:
    """Ordering a Decimal against a string fails as a FilterError."""
    with pytest.raises(FilterError):
        apply_filter(REPLY, "message.data[?totalAmount > 'a']")


def test_text_compared_with_number_is_marked() -> None:
    """Comparing a string field with a number fails with compared_text set."""
    with pytest.raises(FilterError) as caught:
        apply_filter(REPLY, "message.data[?postalCode > `100`]")

    assert caught.value.compared_text
    assert "'str'" in caught.value.detail


def test_other_type_error_is_not_marked() -> None:
    """A function given the wrong type is not reported as a text comparison."""
    with pytest.raises(FilterError) as caught:
        apply_filter(REPLY, "abs(message.data)")

    assert not caught.value.compared_text
