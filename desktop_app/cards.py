"""Card number helpers shared by validation, redaction and the sandbox: Luhn check and masking."""

from __future__ import annotations

_DIGITS = "0123456789"
_CARD_SEPARATORS = " -"


def mask_card(number: str) -> str:
    """Mask a card number, keeping the first 6 and last 4 digits.

    Only digits are counted. Numbers of fewer than 13 digits keep only their last 4 digits.
    Spaces and dashes stay where they are; any other character becomes ``*``.

    Args:
        number: Card number as typed or as received.

    Returns:
        The masked number, e.g. ``411111******1111`` or ``4111 11** **** 1111``.
    """
    digit_count = sum(1 for char in number if char in _DIGITS)
    keep_head = 6 if digit_count >= 13 else 0
    keep_from = digit_count - 4

    masked: list[str] = []
    index = 0
    for char in number:
        if char in _DIGITS:
            visible = index < keep_head or index >= keep_from
            masked.append(char if visible else "*")
            index += 1
        elif char in _CARD_SEPARATORS:
            masked.append(char)
        else:
            masked.append("*")
    return "".join(masked)


def luhn_valid(digits: str) -> bool:
    """Return whether a string of digits passes the Luhn check used by card numbers."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - ord("0")
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return bool(digits) and total % 10 == 0
