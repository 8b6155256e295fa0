"""Form-level validation and encoding of catalog endpoints."""

from __future__ import annotations

from desktop_app.catalog import find_endpoint
from desktop_app.catalog import validation as v
from desktop_app.catalog import value_checks as checks
from desktop_app.catalog.validation import (
    ValidationProblem,
    encode_pairs,
    fill_placeholders,
    validate,
)


def _params(problems: list[ValidationProblem]) -> list[str]:
    return [problem.param for problem in problems]


def _templates(problems: list[ValidationProblem]) -> list[str]:
    return [problem.template for problem in problems]


ORDER_QUERY = find_endpoint("/order/query/")
ORDER_IMPORT = find_endpoint("/order/import/")

VALID_IMPORT = {
    "campaignId": "12",
    "paySource": "CREDITCARD",
    "cardNumber": "4111111111111111",
    "cardMonth": "8",
    "cardYear": "2028",
    "cardSecurityCode": "123",
    "product1_id": "55",
}


def test_order_query_email_alone_valid() -> None:
    """An order query by email address alone is valid."""
    assert validate(ORDER_QUERY, {"emailAddress": "mara+billing@example.net"}) == []


def test_order_query_order_id_alone_valid() -> None:
    """An order query by order ID alone is valid."""
    assert validate(ORDER_QUERY, {"orderId": "7B83FF8095"}) == []


def test_order_query_date_range_valid() -> None:
    """An order query by date range alone is valid."""
    assert validate(ORDER_QUERY, {"startDate": "03/01/2026", "endDate": "03/25/2026"}) == []


def test_order_query_empty_needs_group() -> None:
    """An empty order query reports the group with its members."""
    problems = validate(ORDER_QUERY, {})
    assert _templates(problems) == [v.GROUP_ONE]
    assert problems[0].param == "orderId"
    assert "emailAddress" in problems[0].args[0]
    assert "startDate" in problems[0].args[0]


def test_order_query_filter_alone_not_enough() -> None:
    """A status filter alone does not satisfy the order query group."""
    problems = validate(ORDER_QUERY, {"orderStatus": "COMPLETE"})
    assert _templates(problems) == [v.GROUP_ONE]


def test_start_date_needs_end_date() -> None:
    """A start date without an end date is reported on endDate."""
    problems = validate(ORDER_QUERY, {"startDate": "03/01/2026"})
    assert _params(problems) == ["endDate"]
    assert problems[0].text() == (
        "startDate is filled but endDate is empty. Fill both, or leave both empty."
    )


def test_end_date_needs_start_date() -> None:
    """An end date without a start date is reported on startDate."""
    problems = validate(ORDER_QUERY, {"orderId": "7B83FF8095", "endDate": "03/01/2026"})
    assert _params(problems) == ["startDate"]
    assert problems[0].template == v.PAIR_MISSING


def test_reversed_date_range() -> None:
    """A start date after the end date is reported."""
    problems = validate(ORDER_QUERY, {"startDate": "03/25/2026", "endDate": "03/01/2026"})
    assert _templates(problems) == [v.RANGE_REVERSED]
    assert problems[0].args == ("startDate", "03/25/2026", "endDate", "03/01/2026")


def test_bad_date_reported_with_value() -> None:
    """An impossible date is reported with its value."""
    problems = validate(ORDER_QUERY, {"startDate": "02/30/2026", "endDate": "03/01/2026"})
    assert _templates(problems) == [checks.DATE_CALENDAR]
    assert problems[0].args == ("startDate", "02/30/2026")


def test_customer_query_email_needs_dates() -> None:
    """A customer query needs a customer ID or a date range."""
    endpoint = find_endpoint("/customer/query/")
    assert _templates(validate(endpoint, {"emailAddress": "a@example.com"})) == [v.GROUP_ONE]
    assert validate(endpoint, {"customerId": "7731"}) == []


def test_required_param_missing() -> None:
    """A missing required parameter is reported by name."""
    problems = validate(find_endpoint("/order/cancel/"), {"orderId": "7B83FF8095"})
    assert _params(problems) == ["cancelReason"]
    assert problems[0].text() == "cancelReason is required. Fill it in before sending."


def test_whitespace_only_counts_as_empty() -> None:
    """A value of only spaces counts as not filled."""
    problems = validate(find_endpoint("/order/cancel/"), {"orderId": "  ", "cancelReason": " "})
    assert _params(problems) == ["orderId", "cancelReason"]


def test_values_are_stripped_before_checks() -> None:
    """Surrounding spaces do not fail an ID check."""
    assert validate(ORDER_QUERY, {"orderId": " 7B83FF8095 "}) == []


def test_refund_needs_amount_or_full() -> None:
    """An order refund needs an amount or fullRefund=1."""
    endpoint = find_endpoint("/order/refund/")
    base = {"orderId": "7B83FF8095"}
    assert _templates(validate(endpoint, base)) == [v.GROUP_ONE]
    assert validate(endpoint, {**base, "refundAmount": "10.00"}) == []
    assert validate(endpoint, {**base, "fullRefund": "1"}) == []


def test_boolean_zero_does_not_fill_group() -> None:
    """fullRefund=0 does not satisfy the refund group."""
    endpoint = find_endpoint("/order/refund/")
    problems = validate(endpoint, {"orderId": "7B83FF8095", "fullRefund": "0"})
    assert _templates(problems) == [v.GROUP_ONE]


def test_money_problem_names_value() -> None:
    """Money problems name the rejected value."""
    endpoint = find_endpoint("/order/refund/")
    problems = validate(endpoint, {"orderId": "7B83FF8095", "refundAmount": "1,000.00"})
    assert _params(problems) == ["refundAmount"]
    assert "1,000.00" in problems[0].text()
    problems = validate(endpoint, {"orderId": "7B83FF8095", "refundAmount": "$5"})
    assert problems[0].text() == (
        "refundAmount contains a currency sign: $5. Type the amount as a plain number, "
        "for example 29.99."
    )


def test_order_import_valid_card_order() -> None:
    """A complete card order import is valid."""
    assert validate(ORDER_IMPORT, VALID_IMPORT) == []


def test_order_import_card_fields_needed() -> None:
    """PaySource CREDITCARD requires the card fields."""
    values = {"campaignId": "12", "paySource": "CREDITCARD", "product1_id": "55"}
    problems = validate(ORDER_IMPORT, values)
    assert _params(problems) == ["cardNumber", "cardMonth", "cardYear", "cardSecurityCode"]
    assert problems[0].text() == "cardNumber is required when paySource is CREDITCARD."


def test_order_import_check_needs_bank_fields() -> None:
    """PaySource CHECK requires the bank fields."""
    values = {"campaignId": "12", "paySource": "CHECK", "product1_id": "55"}
    problems = validate(ORDER_IMPORT, values)
    assert _params(problems) == ["achAccountType", "achRoutingNumber", "achAccountNumber"]


def test_order_import_shipping_when_not_same() -> None:
    """billShipSame=0 requires the shipping address."""
    problems = validate(ORDER_IMPORT, {**VALID_IMPORT, "billShipSame": "0"})
    assert "shipAddress1" in _params(problems)
    assert validate(ORDER_IMPORT, {**VALID_IMPORT, "billShipSame": "1"}) == []


def test_order_import_needs_product_line() -> None:
    """Order import without a product line is reported on product1_id."""
    values = {key: value for key, value in VALID_IMPORT.items() if key != "product1_id"}
    problems = validate(ORDER_IMPORT, values)
    assert _templates(problems) == [v.LINES_MISSING]
    assert problems[0].args == ("product1_id", "1")


def test_order_import_second_line_alone_counts() -> None:
    """A filled second product line satisfies the line count."""
    values = {key: value for key, value in VALID_IMPORT.items() if key != "product1_id"}
    assert validate(ORDER_IMPORT, {**values, "product2_id": "56"}) == []


def test_product_line_without_id() -> None:
    """A product line with a quantity but no id is reported."""
    problems = validate(ORDER_IMPORT, {**VALID_IMPORT, "product2_qty": "2"})
    assert _templates(problems) == [v.LINE_INCOMPLETE]
    assert problems[0].args == ("product2_id", "2")


def test_product_line_values_checked() -> None:
    """Product line values get their type checks."""
    problems = validate(ORDER_IMPORT, {**VALID_IMPORT, "product1_price": "19.999"})
    assert _params(problems) == ["product1_price"]
    assert problems[0].template == checks.MONEY_FORMAT


def test_card_problem_in_form_is_masked() -> None:
    """A card number problem does not show the full number."""
    problems = validate(ORDER_IMPORT, {**VALID_IMPORT, "cardNumber": "4111111111111112"})
    assert _templates(problems) == [checks.CARD_CHECKSUM]
    assert "4111111111111112" not in problems[0].text()


def test_time_needs_matching_date() -> None:
    """A start time requires the start date."""
    endpoint = find_endpoint("/cbdata/query/")
    problems = validate(endpoint, {"transactionId": "311842", "startTime": "08:30"})
    assert _params(problems) == ["startDate"]
    assert problems[0].text() == "startDate is required when startTime is filled."


def test_chargeback_group_and_condition() -> None:
    """A chargeback update needs a mark or revert, and marking needs details."""
    endpoint = find_endpoint("/transactions/update")
    assert _templates(validate(endpoint, {"transactionId": "311842"})) == [v.GROUP_ONE]
    assert validate(endpoint, {"transactionId": "311842", "revertChargeback": "1"}) == []
    problems = validate(endpoint, {"transactionId": "311842", "markChargeback": "1"})
    assert _params(problems) == [
        "chargebackAmount",
        "chargebackDate",
        "chargebackReasonCode",
        "chargebackNote",
    ]


def test_blacklist_value_matches_type() -> None:
    """The blacklist type requires the field of the same name."""
    endpoint = find_endpoint("/customer/blacklist/")
    problems = validate(endpoint, {"blacklistType": "emailAddress"})
    assert _params(problems) == ["emailAddress"]
    values = {"blacklistType": "emailAddress", "emailAddress": "mara+billing@example.net"}
    assert validate(endpoint, values) == []


def test_lead_needs_email_or_phone() -> None:
    """A lead needs an email address or a phone number."""
    endpoint = find_endpoint("/leads/import/")
    base = {"campaignId": "12", "firstName": "Dana", "lastName": "Reyes"}
    assert _templates(validate(endpoint, base)) == [v.GROUP_ONE]
    assert validate(endpoint, {**base, "phoneNumber": "+1 555 010 0199"}) == []


def test_results_per_page_limit() -> None:
    """ResultsPerPage above 200 is reported with the limit."""
    problems = validate(ORDER_QUERY, {"orderId": "7B83FF8095", "resultsPerPage": "500"})
    assert problems[0].text() == "resultsPerPage is 500, but the largest allowed value is 200."


def test_paay_browser_minimal() -> None:
    """A PAAY browser request needs card, expiry and amount, with a two-digit year."""
    endpoint = find_endpoint("paay.browser")
    values = {"pan": "4111111111111111", "month": "08", "year": "28", "amount": "29.95"}
    assert validate(endpoint, values) == []
    problems = validate(endpoint, {**values, "year": "2028"})
    assert _params(problems) == ["year"]


def test_raw_endpoint_accepts_anything() -> None:
    """The raw entry validates nothing and encodes no catalog pairs."""
    assert validate(find_endpoint("raw"), {"anything": "x"}) == []
    assert encode_pairs(find_endpoint("raw"), {"anything": "x"}) == []


def test_encode_pairs_catalog_order() -> None:
    """encode_pairs keeps catalog order, then product lines by line."""
    values = {
        "product2_id": "56",
        "product1_qty": "2",
        "cardSecurityCode": "123",
        "product1_id": "55",
        "campaignId": " 12 ",
        "paySource": "CREDITCARD",
        "firstName": "",
        "unknownName": "x",
    }
    assert encode_pairs(ORDER_IMPORT, values) == [
        ("campaignId", "12"),
        ("paySource", "CREDITCARD"),
        ("cardSecurityCode", "123"),
        ("product1_id", "55"),
        ("product1_qty", "2"),
        ("product2_id", "56"),
    ]


def test_encode_pairs_keeps_text_spaces() -> None:
    """encode_pairs strips IDs but keeps spaces in text."""
    endpoint = find_endpoint("/order/cancel/")
    values = {"orderId": " 7B83FF8095 ", "cancelReason": " moved away "}
    assert encode_pairs(endpoint, values) == [
        ("orderId", "7B83FF8095"),
        ("cancelReason", " moved away "),
    ]


def test_fill_placeholders_like_qstring_arg() -> None:
    """fill_placeholders fills numbered placeholders and keeps unknown ones."""
    assert (
        fill_placeholders("%1 is %2; %1 again, %3 stays", ("a", "b")) == "a is b; a again, %3 stays"
    )


def test_problem_text_uses_given_template() -> None:
    """ValidationProblem.text fills a translated template."""
    problem = ValidationProblem("orderId", v.REQUIRED, ("orderId",))
    assert problem.text("%1 fehlt.") == "orderId fehlt."


def test_required_dates_get_no_pair_message() -> None:
    """A report with required dates reports the empty one as required, nothing more."""
    endpoint = find_endpoint("/transactions/summary/")
    assert endpoint.param("startDate").required

    problems = validate(endpoint, {"startDate": "03/01/2026", "reportType": "date"})

    assert [p.template for p in problems if p.param in ("startDate", "endDate")] == [v.REQUIRED]
    assert all(p.template != v.PAIR_MISSING for p in problems)


def test_required_dates_still_checked_for_order() -> None:
    """Required dates in the wrong order are still reported as reversed."""
    endpoint = find_endpoint("/transactions/summary/")

    problems = validate(endpoint, {"startDate": "03/05/2026", "endDate": "03/01/2026",
                                   "reportType": "date"})

    assert [p.template for p in problems] == [v.RANGE_REVERSED]
