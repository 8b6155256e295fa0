"""JSON decoding that keeps every value exact.

Integers stay Python ``int`` of any size (``9007199254740993`` is not rounded through a float),
numbers with a fraction or exponent become ``Decimal``, and strings such as ``"02134"`` stay
strings. ``NaN`` and ``Infinity`` are rejected because they are not JSON.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from decimal import Decimal
from typing import Any


class JsonValueError(ValueError):
    """The text is not valid JSON, or contains a value this module rejects."""


def _reject_constant(name: str) -> Any:
    raise JsonValueError(f"{name} is not a valid JSON value")


_objects_decoded = itertools.count()
# Decoded objects between two GIL hand-overs, about half a millisecond of decoding.
_YIELD_EVERY = 500


def _keep_object(value: dict[str, Any]) -> dict[str, Any]:
    # The C decoder holds the GIL for a whole document, so a worker decoding a large reply
    # would freeze the GUI thread. This hook runs for every object, and every few hundred
    # objects it sleeps for zero seconds, which hands the GIL to a waiting thread.
    if next(_objects_decoded) % _YIELD_EVERY == 0:
        time.sleep(0)
    return value


_DECODER = json.JSONDecoder(
    parse_float=Decimal, parse_constant=_reject_constant, object_hook=_keep_object
)

# How many "{" / "[" positions are tried when looking for JSON after leading text.
_MAX_START_CANDIDATES = 50


def loads_exact(text: str) -> Any:
    """Decode a complete JSON document exactly.

    Raises:
        json.JSONDecodeError: The text is not valid JSON.
        JsonValueError: The text contains NaN or Infinity, an integer longer than Python's
            limit for converting text to int, or nesting too deep to decode.
    """
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError:
        raise
    except RecursionError as exc:
        raise JsonValueError("JSON nesting is too deep") from exc
    except ValueError as exc:
        raise JsonValueError(str(exc)) from exc


def find_trailing_json(text: str) -> tuple[int, Any] | None:
    """Find a JSON object or array that starts after some leading text and runs to the end.

    Used for replies where the server printed a PHP notice in front of the JSON. Each ``{`` or
    ``[`` is tried in turn (at most 50), and the first one from which a JSON value reaches the
    end of the text (trailing whitespace allowed) wins.

    Returns:
        ``(start, value)`` with the index where the JSON starts, or None when none is found.
    """
    tried = 0
    for match in re.finditer(r"[{\[]", text):
        if tried >= _MAX_START_CANDIDATES:
            break
        tried += 1
        start = match.start()
        try:
            value, end = _DECODER.raw_decode(text, start)
        except (ValueError, RecursionError):
            continue
        if not text[end:].strip():
            return start, value
    return None


# Characters that can end a text cut in the middle of a number or of true/false/null.
_PARTIAL_TOKEN = re.compile(r"[-+0-9.eEtrufalsn]*")


def looks_truncated(text: str, error: json.JSONDecodeError) -> bool:
    """Return whether a JSON decode failure comes from text that ends too early.

    True when the text ends inside a string, inside an unclosed object or array, or in the
    middle of a number or literal, and the decode error lies in that last piece.

    Args:
        text: The text that failed to decode, without surrounding whitespace.
        error: The decode error.
    """
    in_string, depth = _scan_end_state(text)
    if depth <= 0:
        return False
    if in_string:
        return True
    rest = text[error.pos :].strip()
    return _PARTIAL_TOKEN.fullmatch(rest) is not None


def _scan_end_state(text: str) -> tuple[bool, int]:
    """Return (inside a string at the end, open brackets at the end) for JSON-like text."""
    in_string = False
    escaped = False
    depth = 0
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return in_string, depth
