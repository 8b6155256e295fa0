"""JMESPath expressions over parsed replies, with exact numbers.

Parsed replies keep decimals as ``Decimal``. jmespath 1.1 compares them correctly, but its
functions check argument types by Python type name and reject ``Decimal``, and it reads
number literals in expressions (`` `59.85` ``) as ``float``, which never equals
``Decimal("59.85")``. This module therefore

* turns every float literal into the ``Decimal`` of its shortest text (``repr``), so
  ``[?price == `59.85`]`` matches a price of 59.85;
* passes its own function set, in which ``Decimal`` is a number for ``sort_by``, ``max``,
  ``sum``, ``abs`` and the rest, ``type()`` returns ``"number"`` for it, ``to_number``
  keeps decimal digits and ``to_string`` writes numbers exactly.

Integers of any size stay exact, both in the data and in literals.
"""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation
from typing import Any

import jmespath
from jmespath import exceptions, functions, parser, visitor

from desktop_app.api.records import RawRecords
from desktop_app.api.values import to_json_text

DETAIL_LIMIT = 400
"""Number of characters of an error text that ``FilterError.detail`` keeps."""


class FilterError(ValueError):
    """A filter expression could not be applied to the data.

    Attributes:
        expression: The expression as entered.
        detail: jmespath's or Python's error text, in English.
        compared_text: The error is a comparison of a string with a number, as in
            ``[?totalAmount > `50`]``, because the CRM sends amounts and ids as strings.
    """

    def __init__(self, expression: str, detail: str, compared_text: bool = False) -> None:
        # A type error quotes the offending value, which can be a whole page of records.
        if len(detail) > DETAIL_LIMIT:
            detail = detail[:DETAIL_LIMIT] + "…"
        super().__init__(expression + ": " + detail)
        self.expression = expression
        self.detail = detail
        self.compared_text = compared_text


class FilterSyntaxError(FilterError):
    """A filter expression is not valid JMESPath."""


class _ExactFunctions(functions.Functions):
    """JMESPath's built-in functions, with ``Decimal`` accepted wherever a number is."""

    # NOTE: the next two methods replace private methods of jmespath 1.1.0's Functions.
    # Its argument type checks look up Python type names there, so a later jmespath may
    # need changes here. pyproject pins jmespath below 2.
    def _get_allowed_pytypes(self, types: list[str]) -> tuple[list[str], list[tuple[str, ...]]]:
        allowed: list[str] = []
        subtypes: list[tuple[str, ...]] = []
        for name in types:
            outer, _, inner = name.partition("-")
            if inner:
                subtypes.append(_python_type_names(inner))
            allowed.extend(_python_type_names(outer))
        return allowed, subtypes

    def _convert_to_jmespath_type(self, pyobject: str) -> str:
        if pyobject == "Decimal":
            return "number"
        return functions.TYPES_MAP.get(pyobject, "unknown")

    @functions.signature({"types": []})
    def _func_type(self, arg: Any) -> str:
        if isinstance(arg, str):
            return "string"
        if isinstance(arg, bool):
            return "boolean"
        if isinstance(arg, list):
            return "array"
        if isinstance(arg, dict):
            return "object"
        if isinstance(arg, int | float | Decimal):
            return "number"
        return "null"

    @functions.signature({"types": []})
    def _func_to_number(self, arg: Any) -> Any:
        if isinstance(arg, bool):
            return None
        if isinstance(arg, int | float | Decimal):
            return arg
        if not isinstance(arg, str):
            return None
        try:
            return int(arg)
        except ValueError:
            pass
        try:
            return Decimal(arg.strip())
        except InvalidOperation:
            return None

    @functions.signature({"types": []})
    def _func_to_string(self, arg: Any) -> str:
        if isinstance(arg, str):
            return arg
        return to_json_text(arg, indent=None)


def _python_type_names(jmespath_type: str) -> tuple[str, ...]:
    names = functions.REVERSE_TYPES_MAP[jmespath_type]
    return (*names, "Decimal") if jmespath_type == "number" else names


_OPTIONS = visitor.Options(custom_functions=_ExactFunctions())


def compile_filter(expression: str) -> parser.ParsedResult:
    """Parse ``expression``, with its float literals turned into ``Decimal``.

    Raises:
        FilterSyntaxError: The expression is empty or not valid JMESPath.
    """
    try:
        parsed = jmespath.compile(expression)
    except exceptions.JMESPathError as exc:
        raise FilterSyntaxError(expression, str(exc)) from exc
    # jmespath caches parsed expressions, so the tree is copied before it is changed.
    tree = _exact_literals(copy.deepcopy(parsed.parsed))
    return parser.ParsedResult(parsed.expression, tree)


def apply_filter(data: Any, expression: str) -> Any:
    """Evaluate ``expression`` on ``data`` and return the result (None when nothing matches).

    The result refers to values of ``data`` and to new dicts and lists that jmespath builds.

    Raises:
        FilterSyntaxError: The expression is not valid JMESPath.
        FilterError: The expression failed on this data, for example a function got a
            value of the wrong type or ``<`` compared a number with a string.
    """
    compiled = compile_filter(expression)
    try:
        return compiled.search(_decoded(data), options=_OPTIONS)
    except TypeError as exc:
        # Python's message for "1" < 2 names both types, which distinguishes such a
        # comparison from other type errors.
        text = str(exc)
        compared_text = "not supported between instances of" in text and "'str'" in text
        raise FilterError(expression, text, compared_text) from exc
    except (exceptions.JMESPathError, ArithmeticError, RecursionError) as exc:
        raise FilterError(expression, str(exc)) from exc


_CONTAINERS = (dict, list, RawRecords)


def _decoded(value: Any) -> Any:
    """Return ``value`` with each ``RawRecords`` in it replaced by a list of its records.

    jmespath treats only lists as arrays. Only the dicts and lists on the way to a
    ``RawRecords`` are copied, so ``value`` itself is not changed.
    """
    if isinstance(value, RawRecords):
        return list(value)
    if isinstance(value, dict):
        copied: dict[Any, Any] | None = None
        for key, item in value.items():
            new = _decoded(item) if isinstance(item, _CONTAINERS) else item
            if new is not item:
                copied = dict(value) if copied is None else copied
                copied[key] = new
        return value if copied is None else copied
    if isinstance(value, list):
        copied_items: list[Any] | None = None
        for number, item in enumerate(value):
            new = _decoded(item) if isinstance(item, _CONTAINERS) else item
            if new is not item:
                copied_items = list(value) if copied_items is None else copied_items
                copied_items[number] = new
        return value if copied_items is None else copied_items
    return value


def _exact_literals(node: Any) -> Any:
    """Replace float values inside the literal nodes of a parsed tree, in place."""
    if isinstance(node, dict):
        if node.get("type") == "literal":
            node["value"] = _exact_value(node.get("value"))
        for child in node.get("children", ()):
            _exact_literals(child)
    return node


def _exact_value(value: Any) -> Any:
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, list):
        return [_exact_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _exact_value(item) for key, item in value.items()}
    return value
