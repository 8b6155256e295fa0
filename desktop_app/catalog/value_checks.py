"""Format and limit checks of single parameter values, by ``ParamType``.

Each failed check yields an English message template, marked for translation under the
``Validation`` context, whose ``%1`` is the parameter's wire name and ``%2`` the value.
Messages show card numbers masked to their first six and last four digits, and replace
secret values with asterisks.
"""

from __future__ import annotations

import datetime
import ipaddress
import json
import re
import unicodedata
from urllib.parse import urlsplit

from desktop_app.cards import luhn_valid, mask_card
from desktop_app.catalog.model import QT_TRANSLATE_NOOP, Param, ParamType

DATE_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not a valid date: %2. Type it as MM/DD/YYYY, for example 03/25/2026."
)
DATE_CALENDAR = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not a real calendar date: %2. Check the month and the day."
)
DATETIME_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a valid date and time: %2. Type it as MM/DD/YYYY HH:MM:SS, for example "
    "03/25/2026 14:30:00.",
)
TIME_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not a valid time: %2. Type it as HH:mm in 24-hour form, for example 14:30."
)
INTEGER_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not a whole number: %2. Type digits only, for example 25."
)
SIGNED_INTEGER_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a whole number: %2. Type digits with an optional leading minus sign, for "
    "example -5.",
)
BELOW_MINIMUM = QT_TRANSLATE_NOOP("Validation", "%1 is %2, but the smallest allowed value is %3.")
ABOVE_MAXIMUM = QT_TRANSLATE_NOOP("Validation", "%1 is %2, but the largest allowed value is %3.")
MONEY_CURRENCY_SIGN = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 contains a currency sign: %2. Type the amount as a plain number, for example 29.99.",
)
MONEY_THOUSANDS = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 contains a comma: %2. Type the amount with a decimal point and no thousands "
    "separators, for example 1000.00.",
)
MONEY_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a valid amount: %2. Type a plain decimal number with at most two decimal "
    "places, for example 29.99.",
)
ENUM_CHOICE = QT_TRANSLATE_NOOP(
    "Validation", "%1 has the value %2, which is not allowed. Choose one of: %3."
)
BOOLEAN_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 must be 1 or 0, but it is %2. Type 1 for yes or 0 for no."
)
EMAIL_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not a valid email address: %2. Type it as name@example.com."
)
PHONE_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a valid phone number: %2. Use digits, spaces, +, - and parentheses only.",
)
COUNTRY_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a two-letter country code: %2. Type the ISO 3166 code in capitals, for example US.",
)
CARD_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a valid card number: %2. Type the 12 to 19 digits without spaces or dashes.",
)
CARD_CHECKSUM = QT_TRANSLATE_NOOP(
    "Validation", "%1 fails the card number check digit test: %2. Look for a mistyped digit."
)
ID_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not a valid ID: %2. Use letters, digits, hyphens and underscores only."
)
IP_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a valid IP address: %2. Type an IPv4 address such as 203.0.113.5, or an "
    "IPv6 address.",
)
URL_FORMAT = QT_TRANSLATE_NOOP(
    "Validation",
    "%1 is not a valid web address: %2. Type a full address that starts with http:// or https://.",
)
JSON_FORMAT = QT_TRANSLATE_NOOP(
    "Validation", "%1 is not valid JSON (%2). Check the brackets, quotes and commas."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "%1 is %2 characters long, but the API accepts at most %3."
)


# ASCII mode keeps \d to the digits 0-9 that the APIs accept.
_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})", re.ASCII)
_DATETIME = re.compile(r"(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2}):(\d{2})", re.ASCII)
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d", re.ASCII)
_UNSIGNED = re.compile(r"\d+", re.ASCII)
_SIGNED = re.compile(r"-?\d+", re.ASCII)
_MONEY = re.compile(r"\d+(\.\d{1,2})?", re.ASCII)
_SIGNED_MONEY = re.compile(r"-?\d+(\.\d{1,2})?", re.ASCII)
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[A-Za-z][A-Za-z0-9-]+", re.ASCII)
_PHONE = re.compile(r"[0-9 +()\-]+", re.ASCII)
_ANY_DIGIT = re.compile(r"[0-9]")
_COUNTRY = re.compile(r"[A-Z]{2}", re.ASCII)
_CARD = re.compile(r"\d{12,19}", re.ASCII)
_ID = re.compile(r"[A-Za-z0-9_\-]+", re.ASCII)


def parse_date(value: str) -> datetime.date | None:
    """Return the date of an ``MM/DD/YYYY`` value, or None if it is not a real date."""
    match = _DATE.fullmatch(value)
    if match is None:
        return None
    month, day, year = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def check_value(param: Param, name: str, value: str) -> tuple[str, tuple[str, ...]] | None:
    """Check one filled value against its parameter's type and limits.

    Args:
        param: Parameter that defines the type and limits.
        name: Wire name to put in the message, e.g. ``product2_qty`` for a product line field.
        value: Filled value, already stripped as it is sent.

    Returns:
        The message template and its arguments, or None when the value is valid.
    """
    shown = _shown(param, value)
    problem = _check_type(param, value, shown)
    if problem is not None:
        return problem[0], (name, *problem[1:])
    if param.max_length is not None and len(value) > param.max_length:
        return TOO_LONG, (name, str(len(value)), str(param.max_length))
    return None


def _check_type(param: Param, value: str, shown: str) -> tuple[str, ...] | None:
    """Return ``(template, args after the name…)`` for a badly formed value, or None."""
    kind = param.type
    if kind is ParamType.DATE:
        if _DATE.fullmatch(value) is None:
            return (DATE_FORMAT, shown)
        if parse_date(value) is None:
            return (DATE_CALENDAR, shown)
    elif kind is ParamType.DATETIME:
        return None if _is_datetime(value) else (DATETIME_FORMAT, shown)
    elif kind is ParamType.TIME:
        return None if _TIME.fullmatch(value) else (TIME_FORMAT, shown)
    elif kind is ParamType.INTEGER:
        return _check_integer(param, value, shown)
    elif kind is ParamType.MONEY:
        return _check_money(param, value, shown)
    elif kind is ParamType.ENUM:
        if value not in param.choices:
            return (ENUM_CHOICE, shown, ", ".join(param.choices))
    elif kind is ParamType.BOOLEAN:
        return None if value in ("1", "0") else (BOOLEAN_FORMAT, shown)
    elif kind is ParamType.EMAIL:
        return None if _EMAIL.fullmatch(value) else (EMAIL_FORMAT, shown)
    elif kind is ParamType.PHONE:
        valid = _PHONE.fullmatch(value) is not None and _ANY_DIGIT.search(value) is not None
        return None if valid else (PHONE_FORMAT, shown)
    elif kind is ParamType.COUNTRY:
        return None if _COUNTRY.fullmatch(value) else (COUNTRY_FORMAT, shown)
    elif kind is ParamType.CARD_NUMBER:
        if _CARD.fullmatch(value) is None:
            return (CARD_FORMAT, shown)
        if not luhn_valid(value):
            return (CARD_CHECKSUM, shown)
    elif kind is ParamType.ID:
        return None if _ID.fullmatch(value) else (ID_FORMAT, shown)
    elif kind is ParamType.IP:
        return None if _is_ip(value) else (IP_FORMAT, shown)
    elif kind is ParamType.URL:
        return None if _is_web_url(value) else (URL_FORMAT, shown)
    elif kind is ParamType.JSON:
        try:
            json.loads(value)
        except json.JSONDecodeError as error:
            return (JSON_FORMAT, f"{error.msg}, line {error.lineno} column {error.colno}")
    return None


def _check_integer(param: Param, value: str, shown: str) -> tuple[str, ...] | None:
    """Check a whole number, allowing a minus sign only when the minimum is negative or unset."""
    negative_allowed = param.minimum is None or param.minimum < 0
    pattern = _SIGNED if negative_allowed else _UNSIGNED
    if pattern.fullmatch(value) is None:
        return (SIGNED_INTEGER_FORMAT if negative_allowed else INTEGER_FORMAT, shown)
    return _check_bounds(param, int(value), shown)


def _check_money(param: Param, value: str, shown: str) -> tuple[str, ...] | None:
    """Check a plain decimal amount with at most two decimal places."""
    if any(unicodedata.category(char) == "Sc" for char in value):
        return (MONEY_CURRENCY_SIGN, shown)
    if "," in value:
        return (MONEY_THOUSANDS, shown)
    negative_allowed = param.minimum is None or param.minimum < 0
    pattern = _SIGNED_MONEY if negative_allowed else _MONEY
    if pattern.fullmatch(value) is None:
        return (MONEY_FORMAT, shown)
    return _check_bounds(param, float(value), shown)


def _check_bounds(param: Param, number: float, shown: str) -> tuple[str, ...] | None:
    """Check ``number`` against the parameter's minimum and maximum."""
    if param.minimum is not None and number < param.minimum:
        return (BELOW_MINIMUM, shown, str(param.minimum))
    if param.maximum is not None and number > param.maximum:
        return (ABOVE_MAXIMUM, shown, str(param.maximum))
    return None


def _is_datetime(value: str) -> bool:
    """Tell whether ``value`` is a real date and time in ``MM/DD/YYYY HH:MM:SS`` form."""
    if _DATETIME.fullmatch(value) is None:
        return False
    try:
        datetime.datetime.strptime(value, "%m/%d/%Y %H:%M:%S")
    except ValueError:
        return False
    return True


def _is_ip(value: str) -> bool:
    """Tell whether ``value`` is an IPv4 or IPv6 address."""
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def _is_web_url(value: str) -> bool:
    """Tell whether ``value`` is an absolute http or https URL with a host."""
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in value


def _shown(param: Param, value: str) -> str:
    """Return ``value`` as a message may show it: card numbers masked, secrets hidden."""
    if param.secret:
        return "****"
    if param.type is ParamType.CARD_NUMBER:
        return mask_card(value)
    return value
