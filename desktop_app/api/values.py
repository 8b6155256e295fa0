"""Text forms of parsed reply values: cell text, paths and pretty-printed JSON.

Parsed JSON keeps integers as ``int`` and decimals as ``Decimal``, so every function here
writes numbers with the digits the server sent. None of them rounds through ``float``.
"""

from __future__ import annotations

import json
import json.encoder
import re
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from desktop_app.api.records import ARRAY_TYPES, CONTAINER_TYPES

_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")

LONG_TEXT_LIMIT = 500
"""Number of characters of a string that tree and table cells show before eliding the rest."""

COMPACT_LIMIT = 80
"""Number of characters of one-line JSON that a table cell shows for an object or array."""

ELLIPSIS = "…"


def is_container(value: Any) -> bool:
    """Return whether ``value`` is a JSON object or array (a mapping or an ``ARRAY_TYPES``)."""
    return isinstance(value, CONTAINER_TYPES)


def display_text(value: Any) -> str:
    """Return the one-line text of a parsed value for a table cell or the clipboard.

    Scalars keep the form they were received in: strings are unchanged (``"02134"``),
    integers and decimals keep their digits (``9007199254740993``, ``59.85``), None is
    ``null`` and booleans are ``true`` or ``false``. Objects are summarised as ``{N}`` and
    arrays as ``[N]``, where N is the number of members.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + str(len(value)) + "}"
    if isinstance(value, ARRAY_TYPES):
        return "[" + str(len(value)) + "]"
    return str(value)


def elided_text(value: Any, limit: int = LONG_TEXT_LIMIT) -> str:
    """Return ``display_text(value)``, with a string over ``limit`` characters cut and "…" added.

    Only the shown text is cut. Copy and export use ``display_text``, which keeps the
    whole string.
    """
    text = display_text(value)
    if isinstance(value, str) and len(text) > limit:
        return text[:limit] + ELLIPSIS
    return text


def compact_text(value: Any, limit: int = COMPACT_LIMIT) -> str:
    """Return one-line JSON of ``value``, cut after ``limit`` characters with "…" added.

    The writer stops as soon as the text is longer than ``limit``, so a large object
    costs no more than its first members.
    """
    parts: list[str] = []
    size = 0
    for piece in iter_json_text(value, indent=None):
        parts.append(piece)
        size += len(piece)
        if size > limit:
            return "".join(parts)[:limit] + ELLIPSIS
    return "".join(parts)


def cell_text(value: Any) -> str:
    """Return the text of a table cell: compact JSON for objects and arrays, else elided text."""
    if is_container(value):
        return compact_text(value)
    return elided_text(value)


def path_text(parts: Sequence[str | int]) -> str:
    """Build a JavaScript-style path such as ``message.data[0].orderId``.

    Integer parts are array indexes (``[0]``). Keys that are not identifiers are written
    as quoted members, for example ``["3DTxnResult"]``. An empty ``parts`` gives ``""``.
    """
    pieces: list[str] = []
    for part in parts:
        if isinstance(part, int):
            pieces.append("[" + str(part) + "]")
        elif _IDENTIFIER.fullmatch(part):
            pieces.append("." + part if pieces else part)
        else:
            pieces.append("[" + json.dumps(part, ensure_ascii=False) + "]")
    return "".join(pieces)


def to_json_text(value: Any, indent: int | None = 2) -> str:
    """Write parsed data as JSON text with every number exactly as received.

    ``Decimal`` values are written as bare numbers with their own digits and large integers
    stay exact. Non-ASCII text is kept as is. With ``indent=None`` the output is one line.
    Values that JSON cannot hold, such as sets or dates, are written as strings.
    """
    out: list[str] = []
    _write_value(value, out, indent, 0)
    return "".join(out)


def iter_json_text(value: Any, indent: int | None = 2) -> Iterator[str]:
    """Yield the text of ``to_json_text(value, indent)`` in pieces, in order.

    The top two levels and every container of more than ``_STREAM_MIN_MEMBERS`` members are
    written member by member, and each other value as one piece. A caller that needs only
    the start of a large reply can therefore stop early and pay only for that start. The
    records of a ``RawRecords`` are decoded when their turn comes.
    """
    return _value_pieces(value, indent, 0)


def _number_text(value: int | float | Decimal) -> str:
    if isinstance(value, Decimal):
        if value.is_finite():
            return str(value)
        # Python's json module writes the non-finite floats this way too.
        if value.is_nan():
            return "NaN"
        return "-Infinity" if value.is_signed() else "Infinity"
    if isinstance(value, float):
        return json.dumps(value)
    return str(value)


# Containers this large are streamed member by member at any depth (arrays of records).
_STREAM_MIN_MEMBERS = 200
# Writes a JSON string literal and keeps non-ASCII characters. The json module provides it in
# C where its accelerator is built.
_quote = json.encoder.encode_basestring


def _scalar_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _quote(value)
    if isinstance(value, int | float | Decimal):
        return _number_text(value)
    return _quote(str(value))


def _container(value: Any) -> tuple[str, str, int, Iterator[tuple[str, Any]]] | None:
    """Return the brackets, member count and (prefix, item) pairs of a container, else None."""
    if isinstance(value, Mapping):
        members = ((_quote(str(key)) + ": ", item) for key, item in value.items())
        return "{", "}", len(value), members
    if isinstance(value, ARRAY_TYPES):
        return "[", "]", len(value), (("", item) for item in value)
    return None


def _layout(indent: int | None, depth: int) -> tuple[str, str, str]:
    """Return the separator, the line break before a member and the one before the bracket."""
    if indent is None:
        return ", ", "", ""
    return ",", "\n" + " " * (indent * (depth + 1)), "\n" + " " * (indent * depth)


def _write_value(value: Any, out: list[str], indent: int | None, depth: int) -> None:
    container = _container(value)
    if container is None:
        out.append(_scalar_text(value))
        return
    opening, closing, count, members = container
    if not count:
        out.append(opening + closing)
        return
    separator, inner_break, outer_break = _layout(indent, depth)
    out.append(opening)
    for position, (prefix, item) in enumerate(members):
        out.append((separator + inner_break + prefix) if position else (inner_break + prefix))
        _write_value(item, out, indent, depth + 1)
    out.append(outer_break + closing)


def _value_pieces(value: Any, indent: int | None, depth: int) -> Iterator[str]:
    container = _container(value)
    if container is None or not container[2] or (
            depth >= 2 and container[2] <= _STREAM_MIN_MEMBERS):
        out: list[str] = []
        _write_value(value, out, indent, depth)
        yield "".join(out)
        return
    opening, closing, _count, members = container
    separator, inner_break, outer_break = _layout(indent, depth)
    yield opening
    for position, (prefix, item) in enumerate(members):
        yield (separator + inner_break + prefix) if position else (inner_break + prefix)
        yield from _value_pieces(item, indent, depth + 1)
    yield outer_break + closing
