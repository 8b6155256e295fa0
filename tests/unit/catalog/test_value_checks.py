"""Format and limit checks of single values, one parameter type at a time."""

from __future__ import annotations

import pytest

from desktop_app.cards import luhn_valid, mask_card
from desktop_app.catalog import Param, ParamType
from desktop_app.catalog import value_checks as checks
from desktop_app.catalog.value_checks import check_value


def _problem(param: Param, value: str) -> tuple[str, tuple[str, ...]] | None:
    return check_value(param, param.name, value)


DATE = Param("startDate", ParamType.DATE)
MONEY = Param("refundAmount", ParamType.MONEY, minimum=0)
SIGNED_MONEY = Param("adjustment", ParamType.MONEY)
COUNT = Param("resultsPerPage", ParamType.INTEGER, minimum=1, maximum=200)
OFFSET = Param("offset", ParamType.INTEGER)
EMAIL = Param("emailAddress", ParamType.EMAIL)
PHONE = Param("phoneNumber", ParamType.PHONE)
CARD = Param("cardNumber", ParamType.CARD_NUMBER)


@pytest.mark.parametrize("value", ["03/25/2026", "02/29/2028", "12/31/1999"])
def test_date_accepts_real_dates(value: str) -> None:
    """Real dates in MM/DD/YYYY form pass."""
    assert _problem(DATE, value) is None


@pytest.mark.parametrize("value", ["2026-03-25", "3/25/2026", "03/25/26", "25.03.2026", "today"])
def test_date_rejects_other_forms(value: str) -> None:
    """Dates in other forms get the format message."""
    assert _problem(DATE, value) == (checks.DATE_FORMAT, ("startDate", value))


@pytest.mark.parametrize("value", ["02/30/2026", "02/29/2026", "13/01/2026", "00/10/2026"])
def test_date_rejects_impossible_dates(value: str) -> None:
    """Dates that do not exist get the calendar message."""
    assert _problem(DATE, value) == (checks.DATE_CALENDAR, ("startDate", value))


def test_date_message_names_value_and_fix() -> None:
    """The date message names the value and the expected form."""
    problem = _problem(DATE, "2026-03-25")
    assert problem is not None
    text = checks.DATE_FORMAT.replace("%1", problem[1][0]).replace("%2", problem[1][1])
    assert text == (
        "startDate is not a valid date: 2026-03-25. Type it as MM/DD/YYYY, for example 03/25/2026."
    )


def test_datetime_checks_both_parts() -> None:
    """Date-time values need a real date and a real time."""
    param = Param("when", ParamType.DATETIME)
    assert _problem(param, "03/25/2026 14:30:00") is None
    assert _problem(param, "03/25/2026 24:00:00") is not None
    assert _problem(param, "02/30/2026 10:00:00") is not None
    assert _problem(param, "03/25/2026") is not None


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("00:00", True),
        ("23:59", True),
        ("24:00", False),
        ("9:30", False),
        ("09:60", False),
        ("09:30:00", False),
    ],
)
def test_time_form(value: str, valid: bool) -> None:
    """Times must be HH:mm in 24-hour form."""
    param = Param("startTime", ParamType.TIME)
    assert (_problem(param, value) is None) is valid


@pytest.mark.parametrize("value", ["1", "25", "200"])
def test_integer_within_bounds(value: str) -> None:
    """Whole numbers inside the limits pass."""
    assert _problem(COUNT, value) is None


def test_integer_below_minimum() -> None:
    """A number below the minimum is reported with the minimum."""
    assert _problem(COUNT, "0") == (checks.BELOW_MINIMUM, ("resultsPerPage", "0", "1"))


def test_integer_above_maximum() -> None:
    """A number above the maximum is reported with the maximum."""
    assert _problem(COUNT, "201") == (checks.ABOVE_MAXIMUM, ("resultsPerPage", "201", "200"))


@pytest.mark.parametrize("value", ["-1", "1.5", "1e3", "twenty", "٣"])
def test_integer_rejects_non_digits(value: str) -> None:
    """Non-digits, decimals and signs fail when the minimum is not negative."""
    assert _problem(COUNT, value) == (checks.INTEGER_FORMAT, ("resultsPerPage", value))


def test_integer_minus_needs_open_minimum() -> None:
    """A minus sign is allowed only without a non-negative minimum."""
    assert _problem(OFFSET, "-5") is None
    assert _problem(OFFSET, "5-") == (checks.SIGNED_INTEGER_FORMAT, ("offset", "5-"))


@pytest.mark.parametrize("value", ["0", "5", "29.99", "1000.5", "1000.00"])
def test_money_accepts_plain_decimals(value: str) -> None:
    """Plain decimals with up to two places pass."""
    assert _problem(MONEY, value) is None


def test_money_rejects_thousands_comma() -> None:
    """A thousands comma gets its own message."""
    assert _problem(MONEY, "1,000.00") == (checks.MONEY_THOUSANDS, ("refundAmount", "1,000.00"))


@pytest.mark.parametrize("value", ["$5", "5€", "£12.00"])
def test_money_rejects_currency_sign(value: str) -> None:
    """A currency sign gets its own message."""
    assert _problem(MONEY, value) == (checks.MONEY_CURRENCY_SIGN, ("refundAmount", value))


@pytest.mark.parametrize("value", ["5.999", ".5", "5.", "five", "-5", "1 000"])
def test_money_rejects_other_forms(value: str) -> None:
    """Other money forms get the general amount message."""
    assert _problem(MONEY, value) == (checks.MONEY_FORMAT, ("refundAmount", value))


def test_money_negative_when_unbounded() -> None:
    """Negative amounts pass when no minimum is set."""
    assert _problem(SIGNED_MONEY, "-12.50") is None


def test_money_message_says_no_comma() -> None:
    """The money messages name what to leave out."""
    assert "thousands separators" in checks.MONEY_THOUSANDS
    assert "currency sign" in checks.MONEY_CURRENCY_SIGN


def test_enum_lists_choices() -> None:
    """An unknown choice is reported with the allowed ones."""
    param = Param("action", ParamType.ENUM, choices=("APPROVE", "DECLINE"))
    assert _problem(param, "APPROVE") is None
    assert _problem(param, "approve") == (
        checks.ENUM_CHOICE,
        ("action", "approve", "APPROVE, DECLINE"),
    )


@pytest.mark.parametrize(
    ("value", "valid"), [("1", True), ("0", True), ("true", False), ("yes", False), ("2", False)]
)
def test_boolean_only_one_or_zero(value: str, valid: bool) -> None:
    """Booleans must be 1 or 0."""
    param = Param("fullRefund", ParamType.BOOLEAN)
    assert (_problem(param, value) is None) is valid


@pytest.mark.parametrize(
    "value", ["mara+billing@example.net", "a.b@mail.example.co.uk", "x@example.museum"]
)
def test_email_accepts_addresses(value: str) -> None:
    """Email addresses with plus signs and subdomains pass."""
    assert _problem(EMAIL, value) is None


@pytest.mark.parametrize(
    "value", ["mara", "mara@", "@example.net", "mara@example", "mara@@example.net", "ma ra@x.net"]
)
def test_email_rejects_malformed(value: str) -> None:
    """Malformed email addresses are reported."""
    assert _problem(EMAIL, value) == (checks.EMAIL_FORMAT, ("emailAddress", value))


@pytest.mark.parametrize("value", ["+1 555 010 0199", "(555) 010-0199", "5550100199"])
def test_phone_accepts_common_forms(value: str) -> None:
    """Phone numbers with +, spaces, dashes and parentheses pass."""
    assert _problem(PHONE, value) is None


@pytest.mark.parametrize("value", ["555.010.0199", "call me", "+-()", "555 010 0199 ext 4"])
def test_phone_rejects_other_characters(value: str) -> None:
    """Phone numbers with other characters are reported."""
    assert _problem(PHONE, value) == (checks.PHONE_FORMAT, ("phoneNumber", value))


@pytest.mark.parametrize(
    ("value", "valid"), [("US", True), ("GB", True), ("us", False), ("USA", False), ("U1", False)]
)
def test_country_two_capitals(value: str, valid: bool) -> None:
    """Country codes must be two capital letters."""
    assert (_problem(Param("country", ParamType.COUNTRY), value) is None) is valid


@pytest.mark.parametrize(
    "value",
    [
        "4111111111111111",
        "4242424242424242",
        "378282246310005",
        "6011111111111117",
        "5555555555554444",
    ],
)
def test_card_accepts_luhn_valid(value: str) -> None:
    """Card numbers with a correct check digit pass."""
    assert _problem(CARD, value) is None


def test_card_rejects_bad_check_digit() -> None:
    """A wrong check digit is reported with a masked number."""
    assert _problem(CARD, "4111111111111112") == (
        checks.CARD_CHECKSUM,
        ("cardNumber", "411111******1112"),
    )


@pytest.mark.parametrize(
    "value", ["4111 1111 1111 1111", "4111-1111-1111-1111", "41111111111", "4" * 20]
)
def test_card_rejects_wrong_form(value: str) -> None:
    """Spaces, dashes and wrong lengths get the card format message."""
    problem = _problem(CARD, value)
    assert problem is not None
    assert problem[0] == checks.CARD_FORMAT


def test_card_message_masks_number() -> None:
    """Card messages never contain the full number."""
    problem = _problem(CARD, "4111111111111112")
    assert problem is not None
    assert "4111111111111112" not in problem[1]


def test_luhn_known_values() -> None:
    """luhn_valid agrees with the textbook example."""
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")


def test_mask_card_number_keeps_six_and_four() -> None:
    """mask_card keeps the first six and last four digits."""
    assert mask_card("4111111111111111") == "411111******1111"
    assert mask_card("12345") == "*2345"


def test_secret_value_hidden_in_message() -> None:
    """Secret values are replaced by asterisks in messages."""
    param = Param("cardSecurityCode", ParamType.INTEGER, minimum=0, secret=True)
    problem = _problem(param, "12a")
    assert problem == (checks.INTEGER_FORMAT, ("cardSecurityCode", "****"))


@pytest.mark.parametrize(
    ("value", "valid"),
    [("203.0.113.5", True), ("2001:db8::1", True), ("203.0.113.256", False), ("localhost", False)],
)
def test_ip_addresses(value: str, valid: bool) -> None:
    """IPv4 and IPv6 addresses pass and host names fail."""
    assert (_problem(Param("ipAddress", ParamType.IP), value) is None) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("https://shop.example.com/checkout", True),
        ("http://127.0.0.1:8080/x", True),
        ("ftp://example.com", False),
        ("shop.example.com", False),
        ("https://", False),
    ],
)
def test_urls_need_http_scheme(value: str, valid: bool) -> None:
    """URLs need an http or https scheme and a host."""
    assert (_problem(Param("salesUrl", ParamType.URL), value) is None) is valid


def test_id_letters_digits_hyphens() -> None:
    """IDs allow letters, digits, hyphens and underscores."""
    param = Param("orderId", ParamType.ID)
    assert _problem(param, "7B83FF8095") is None
    assert _problem(param, "0f8fad5b-d9cb-469f-a165-70867728950e") is None
    assert _problem(param, "7B83 FF") == (checks.ID_FORMAT, ("orderId", "7B83 FF"))


def test_json_reports_parse_error() -> None:
    """Invalid JSON is reported with the parser's position."""
    param = Param("orderItems", ParamType.JSON)
    assert _problem(param, '{"a": 1}') is None
    problem = _problem(param, '{"a": }')
    assert problem is not None
    assert problem[0] == checks.JSON_FORMAT
    assert "line 1" in problem[1][1]


def test_max_length_counts_characters() -> None:
    """Values longer than max_length are reported with both lengths."""
    param = Param("cancelReason", max_length=5)
    assert _problem(param, "12345") is None
    assert _problem(param, "123456") == (checks.TOO_LONG, ("cancelReason", "6", "5"))


def test_text_has_no_format() -> None:
    """Text values have no format check."""
    assert _problem(Param("message"), "  any text; even $5 and 1,000  ") is None
