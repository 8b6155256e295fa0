"""Removal of secrets from request parameters, parsed replies, free text and log records.

Three treatments, chosen by the field name (case-insensitive):

* credential fields (``loginId``, ``password``, ``eCommercePassword``, ``secret``,
  ``apiKey``, ``paayApiKey``, tokens, ``cardSecurityCode``) become ``***``;
* bank account fields (``achAccountNumber``, ``achRoutingNumber``) become ``***`` plus the
  last 4 digits;
* card number fields (``cardNumber``, ``pan``) keep the first 6 and last 4 digits.

``loginId`` is masked too, because the app keeps it only in the OS keyring beside the password.
Empty values stay empty, so a missing password can still be seen as missing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from desktop_app.api.records import ARRAY_TYPES, RawRecords
from desktop_app.cards import luhn_valid, mask_card

MASK = "***"

__all__ = [
    "MASK",
    "install_redaction",
    "is_secret_key",
    "luhn_valid",
    "mask_card",
    "redact_data",
    "redact_pairs",
    "redact_text",
    "redact_value",
    "SecretRedactingFilter",
]

_CARD_KEYS = frozenset({"cardnumber", "pan", "creditcardnumber"})
_LAST4_KEYS = frozenset({"achaccountnumber", "achroutingnumber"})
_SECRET_KEYS = frozenset(
    {"loginid", "cardsecuritycode", "cvv", "cvv2", "cvc", "authorization"}
)
_SECRET_SUFFIXES = ("password", "secret", "apikey", "token")

_DIGITS = "0123456789"


def _mask_last4(value: str) -> str:
    digits = [char for char in value if char in _DIGITS]
    return MASK + "".join(digits[-4:])


def _treatment(key: str) -> str:
    """Return ``card``, ``last4``, ``secret`` or ``""`` (no masking) for a field name."""
    lowered = key.strip().lower()
    if lowered in _CARD_KEYS:
        return "card"
    if lowered in _LAST4_KEYS:
        return "last4"
    if lowered in _SECRET_KEYS or lowered.endswith(_SECRET_SUFFIXES):
        return "secret"
    return ""


def is_secret_key(key: str) -> bool:
    """Return whether values under the field name ``key`` are masked."""
    return bool(_treatment(key))


def redact_value(key: str, value: str) -> str:
    """Mask one form value according to its field name.

    Args:
        key: Field name, e.g. ``password`` or ``cardNumber``.
        value: Value as sent.

    Returns:
        The value to show: unchanged for ordinary fields and for empty values.
    """
    treatment = _treatment(key)
    if not treatment or value == "":
        return value
    if treatment == "card":
        return mask_card(value)
    if treatment == "last4":
        return _mask_last4(value)
    return MASK


def redact_pairs(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Mask the secret values of form fields, keeping names and order.

    Args:
        pairs: Form fields as ``(name, value)`` pairs.

    Returns:
        The same pairs with password-like values replaced by ``***`` and card numbers masked.
    """
    return tuple((key, redact_value(key, value)) for key, value in pairs)


def redact_data(obj: Any) -> Any:
    """Return a copy of a parsed reply with secret fields masked at any depth.

    Dicts and lists are copied and other values are returned as they are. A ``RawRecords``
    becomes a view that masks each record when it is read. A secret field with
    a number is masked as text, and one with a dict or list becomes ``***``. A structure nested
    deeper than Python's recursion limit becomes ``***`` as a whole.
    """
    try:
        return _redact_nested(obj)
    except RecursionError:
        return MASK


def _redact_nested(obj: Any) -> Any:
    if isinstance(obj, RawRecords):
        return obj.mapped(_redact_nested)
    if isinstance(obj, Mapping):
        return {key: _redact_field(str(key), value) for key, value in obj.items()}
    if isinstance(obj, ARRAY_TYPES):
        return [_redact_nested(item) for item in obj]
    return obj


def _redact_field(key: str, value: Any) -> Any:
    if not _treatment(key) or value is None:
        return _redact_nested(value)
    if isinstance(value, str | int | Decimal) and not isinstance(value, bool):
        return redact_value(key, str(value))
    return MASK


# Field names whose values are masked in free text; tested against the whole name.
_SECRET_NAME = (
    r"(?:loginId|[A-Za-z_]*(?:password|passwd|secret|api_?key|token|cardSecurityCode"
    r"|ach(?:Account|Routing)Number))"
)
_QUOTED = r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"
_PAIR_PATTERNS = (
    # password=hunter2, password: hunter2, password="hunter2" (form bodies, plain messages)
    re.compile(r"(?i)\b(" + _SECRET_NAME + r"\s*[=:]\s*)(" + _QUOTED + r"|[^\s&,;)\]}]+)"),
    # "password": "hunter2" (JSON), 'password': 'x' (dict repr), ('password', 'x') (pair repr)
    re.compile(r"(?i)([\"']" + _SECRET_NAME + r"[\"']\s*[:,]\s*)(" + _QUOTED + r")"),
)
_AUTH_HEADER = re.compile(r"(?i)\b(authorization\s*[:=]\s*(?:bearer|basic|token)?\s*)[^\s,;'\"]+")
_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9._~+/=-]+")
# 13 to 19 digits, optionally grouped by single spaces or dashes, not part of a longer number.
_DIGIT_RUN = re.compile(r"(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d])")


def _mask_digit_run(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = "".join(char for char in text if char in _DIGITS)
    return mask_card(text) if luhn_valid(digits) else text


def _mask_pair(match: re.Match[str]) -> str:
    prefix, value = match.group(1), match.group(2)
    quote = value[0] if value[0] in "'\"" else ""
    return f"{prefix}{quote}{MASK}{quote}"


def redact_text(text: str) -> str:
    """Scrub secrets from free text such as a log message or a form body.

    Masks values written as ``password=…``, ``"password": "…"`` or ``('password', '…')``
    (and the same for the other password-like names), ``Authorization`` headers, bearer tokens
    and runs of 13 to 19 digits that pass the Luhn check (card numbers).

    Args:
        text: Any text.

    Returns:
        The text with those values masked.
    """
    for pattern in _PAIR_PATTERNS:
        text = pattern.sub(_mask_pair, text)
    text = _AUTH_HEADER.sub(lambda match: match.group(1) + MASK, text)
    text = _BEARER.sub(lambda match: match.group(1) + MASK, text)
    return _DIGIT_RUN.sub(_mask_digit_run, text)


class SecretRedactingFilter(logging.Filter):
    """Logging filter that scrubs secrets from each record's message and traceback text.

    The record is changed in place and always let through.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Replace the record's message by its scrubbed text.

        Returns:
            True, so the record is always emitted.
        """
        message = record.getMessage()
        scrubbed = redact_text(message)
        if scrubbed != message:
            record.msg = scrubbed
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


def install_redaction(target: logging.Logger | logging.Handler) -> SecretRedactingFilter:
    """Add a ``SecretRedactingFilter`` to a logger and its child loggers, or to a handler.

    A filter on a logger does not see records that child loggers pass up to it. For a logger,
    the filter is therefore also added to every child logger that exists at the time of the
    call, and the modules of this package create theirs at import. A filter on a handler applies
    to every record the handler emits. Calling the function again adds no second filter.

    Args:
        target: Usually ``logging.getLogger("desktop_app.api")``, or the app's log handler.

    Returns:
        The filter that is installed.
    """
    redaction = next(
        (item for item in target.filters if isinstance(item, SecretRedactingFilter)),
        SecretRedactingFilter(),
    )
    targets: list[logging.Logger | logging.Handler] = [target]
    if isinstance(target, logging.Logger):
        prefix = target.name + "."
        for name, candidate in list(logging.Logger.manager.loggerDict.items()):
            if name.startswith(prefix) and isinstance(candidate, logging.Logger):
                targets.append(candidate)
    for item in targets:
        if not any(isinstance(existing, SecretRedactingFilter) for existing in item.filters):
            item.addFilter(redaction)
    return redaction
