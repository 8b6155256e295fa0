"""Value formats of the Konnektive API: money strings, timestamps, request dates and ids."""

from __future__ import annotations

import random
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop_app.sandbox.errors import invalid

CENT = Decimal("0.01")
TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M:%S"

# MM/DD/YYYY (one-digit month and day and two-digit years accepted), optionally followed by a
# time of day that the API ignores because date filters are day-granular.
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")


def money(value: Decimal | int | str) -> str:
    """Format an amount as the API does: a string with exactly two decimals, e.g. ``"29.99"``."""
    return str(Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP))


def to_decimal(text: str | None) -> Decimal:
    """Convert a stored money string to a Decimal, with None as zero."""
    if text is None:
        return Decimal("0.00")
    return Decimal(text)


def parse_money(name: str, value: str) -> Decimal:
    """Parse a money parameter such as ``refundAmount``.

    Raises:
        ApiError: The value is not a plain non-negative decimal number.
    """
    try:
        amount = Decimal(value.strip())
    except InvalidOperation:
        raise invalid(name, value, "Send a plain decimal such as 29.99") from None
    if not amount.is_finite() or amount < 0:
        raise invalid(name, value, "Send a plain decimal such as 29.99")
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def parse_int(name: str, value: str) -> int:
    """Parse an integer parameter such as ``customerId``.

    Raises:
        ApiError: The value is not a whole number.
    """
    text = value.strip()
    if not re.fullmatch(r"-?\d+", text):
        raise invalid(name, value, "Send a whole number")
    return int(text)


def timestamp(moment: datetime) -> str:
    """Format a moment the way replies do: ``YYYY-MM-DD HH:MM:SS`` with no offset."""
    return moment.strftime(TIMESTAMP_FORMAT)


def parse_timestamp(text: str) -> datetime:
    """Parse a ``YYYY-MM-DD HH:MM:SS`` reply timestamp."""
    return datetime.strptime(text, TIMESTAMP_FORMAT)


def parse_request_date(name: str, value: str) -> date:
    """Parse a date parameter such as ``startDate``.

    ``MM/DD/YYYY`` is the documented form. ``M/D/YY`` and ISO ``YYYY-MM-DD`` are accepted too,
    and a time of day after the date is ignored.

    Raises:
        ApiError: The value is not a valid date, with the text
            ``Invalid startDate: <value>. Use MM/DD/YYYY``.
    """
    text = value.strip()
    us_match = _US_DATE.match(text)
    iso_match = _ISO_DATE.match(text)
    try:
        if us_match is not None:
            month, day, year = (int(part) for part in us_match.groups())
            if year < 100:
                year += 2000
            return date(year, month, day)
        if iso_match is not None:
            year, month, day = (int(part) for part in iso_match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise invalid(name, value, "Use MM/DD/YYYY")


def digits(text: str | None) -> str:
    """Keep only the digits of a phone number or card number."""
    if text is None:
        return ""
    return "".join(ch for ch in text if ch.isdigit())


def phone_key(text: str | None) -> str:
    """Reduce a phone number to the digits used for matching.

    An 11-digit number that starts with the North American country code 1 loses that 1, so
    ``+1 555 010 0199`` and ``555-010-0199`` give the same key.
    """
    number = digits(text)
    if len(number) == 11 and number.startswith("1"):
        return number[1:]
    return number


def hex_id(rng: random.Random, length: int = 10) -> str:
    """Draw an upper-case hexadecimal id such as the API's ``orderId`` (``7B83FF8095``)."""
    return f"{rng.getrandbits(4 * length):0{length}X}"

