"""JSON bodies of PAAY requests, built from the flat ``(name, value)`` pairs of a form.

A dotted name such as ``browser.browserUserAgent`` is a member of a nested object. Values take
their JSON type from the catalog parameter of the same name:

* ``MONEY`` becomes a JSON number (``29.95``),
* ``BOOLEAN`` (``1``/``0``, also ``true``/``false``) becomes ``true``/``false``,
* ``JSON`` is parsed and inserted as it is,
* ``CARD_NUMBER`` loses the spaces and dashes typed between its digits,
* everything else, including ``INTEGER``, stays a string, because PAAY's public samples send
  ``month``, ``year`` and ``transactionForcedTimeout`` as text (``"07"``, ``"28"``).

Empty values are left out, so a field that was not filled in is not sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop_app.catalog.model import Param, ParamType

_TRUE_TEXTS = ("1", "true", "yes")
_FALSE_TEXTS = ("0", "false", "no")


class BodyError(ValueError):
    """A form value cannot be put into the JSON body.

    Attributes:
        field: The dotted name of the field at fault.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def param_types(params: Iterable[Param]) -> dict[str, ParamType]:
    """Return the type of each parameter by name, for ``build_body``."""
    return {param.name: param.type for param in params}


def build_body(
    fields: Iterable[tuple[str, str]], types: Mapping[str, ParamType] | None = None
) -> dict[str, Any]:
    """Build the nested JSON object of a request.

    Args:
        fields: Form fields as ``(name, value)`` pairs. A repeated name keeps its last value.
        types: Parameter type by name (see ``param_types``); names not listed are text.

    Returns:
        The body. Numbers are ``Decimal``; ``dumps_body`` writes them as JSON numbers.

    Raises:
        BodyError: A name is empty or has an empty part, a value does not fit its type, or a
            name is used both for a value and for an object (``browser`` and
            ``browser.browserTZ``).
    """
    known = types or {}
    body: dict[str, Any] = {}
    for name, raw in fields:
        if raw == "":
            continue
        parts = name.split(".")
        if not all(part.strip() for part in parts):
            raise BodyError(name, f"The field name {name!r} has an empty part")
        value = _typed_value(name, raw, known.get(name, ParamType.TEXT))
        _insert(body, parts, name, value)
    return body


def _typed_value(name: str, raw: str, param_type: ParamType) -> Any:
    if param_type is ParamType.MONEY:
        try:
            number = Decimal(raw.strip())
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            raise BodyError(name, f"{name} must be a number such as 29.95, not {raw!r}")
        return number
    if param_type is ParamType.BOOLEAN:
        lowered = raw.strip().lower()
        if lowered in _TRUE_TEXTS:
            return True
        if lowered in _FALSE_TEXTS:
            return False
        raise BodyError(name, f"{name} must be 1 or 0, not {raw!r}")
    if param_type is ParamType.JSON:
        try:
            return json.loads(raw, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise BodyError(name, f"{name} is not valid JSON: {exc}") from exc
    if param_type is ParamType.CARD_NUMBER:
        return "".join(char for char in raw if char not in " -")
    return raw


def _insert(body: dict[str, Any], parts: Sequence[str], name: str, value: Any) -> None:
    target = body
    for depth, part in enumerate(parts[:-1]):
        child = target.setdefault(part, {})
        if not isinstance(child, dict):
            prefix = ".".join(parts[: depth + 1])
            raise BodyError(name, f"{prefix} has a value, so {name} cannot be a member of it")
        target = child
    last = parts[-1]
    if isinstance(target.get(last), dict):
        raise BodyError(name, f"{name} has members, so it cannot also have a value")
    target[last] = value


def _encode_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        # NOTE: the json module cannot write a Decimal as a number, so it goes through
        # float, whose shortest repr keeps amounts with up to 15 significant digits exact.
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} cannot be written as JSON")


def dumps_body(body: Mapping[str, Any]) -> bytes:
    """Encode a body as compact UTF-8 JSON, with ``Decimal`` values as numbers."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), default=_encode_default)
    return text.encode("utf-8")


def flatten_body(body: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Return the leaves of a body as dotted ``(name, text)`` pairs, for the request record.

    Booleans read ``true``/``false``, numbers as written in JSON, and lists as JSON text.
    """
    pairs: list[tuple[str, str]] = []
    for key, value in body.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            pairs.extend(flatten_body(value, name + "."))
        elif isinstance(value, str):
            pairs.append((name, value))
        else:
            text = json.dumps(value, ensure_ascii=False, default=_encode_default)
            pairs.append((name, text))
    return pairs
