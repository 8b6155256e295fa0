"""Sort keys for reply values, so that columns sort by number or date where values allow.

Konnektive sends amounts and ids both as JSON numbers and as strings (``"59.85"``,
``"10"``), and dates as ``"YYYY-MM-DD HH:MM:SS"`` or ``"MM/DD/YYYY"`` strings. Sorting
such a column as text puts ``"10"`` before ``"9"``. ``sort_key`` returns a tuple whose
first item is a group number, so keys of different kinds compare without errors:
numbers, then dates, then other text, then empty values.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from desktop_app.api.records import CONTAINER_TYPES
from desktop_app.api.values import display_text

NUMBER_GROUP = 0
DATE_GROUP = 1
TEXT_GROUP = 2
EMPTY_GROUP = 3

SortKey = tuple[Any, ...]

_NUMBER = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*")
_ISO_DATE = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*"
)
_US_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*")


def sort_key(value: Any) -> SortKey:
    """Return the key that orders ``value`` among the values of one table column.

    * ``int``, finite ``Decimal`` and ``float`` values, and strings that are plain
      decimal numbers (``"0042"``, ``"-3.50"``), sort as numbers, exactly.
    * Strings ``YYYY-MM-DD`` (optionally with ``HH:MM`` or ``HH:MM:SS``) and
      ``MM/DD/YYYY`` (with the same optional time) sort as dates and times.
    * None, empty strings and missing cells (pass None) sort last.
    * Everything else sorts as its ``display_text``, ignoring case.
    """
    if value is None or value == "":
        return (EMPTY_GROUP,)
    if isinstance(value, bool):
        return (TEXT_GROUP, display_text(value))
    if isinstance(value, int | float):
        return (NUMBER_GROUP, value)
    if isinstance(value, Decimal):
        if value.is_finite():
            return (NUMBER_GROUP, value)
        return (TEXT_GROUP, display_text(value).casefold())
    if isinstance(value, str):
        return _string_key(value)
    if isinstance(value, CONTAINER_TYPES):
        return (TEXT_GROUP, display_text(value))
    return (TEXT_GROUP, str(value).casefold())


def _string_key(text: str) -> SortKey:
    if _NUMBER.fullmatch(text):
        return (NUMBER_GROUP, Decimal(text.strip()))
    iso = _ISO_DATE.fullmatch(text)
    if iso is not None:
        year, month, day, hour, minute, second = iso.groups()
        return (DATE_GROUP, _date_tuple(year, month, day, hour, minute, second))
    american = _US_DATE.fullmatch(text)
    if american is not None:
        month, day, year, hour, minute, second = american.groups()
        return (DATE_GROUP, _date_tuple(year, month, day, hour, minute, second))
    return (TEXT_GROUP, text.casefold())


def _date_tuple(*parts: str | None) -> tuple[int, ...]:
    return tuple(int(part) if part else 0 for part in parts)
