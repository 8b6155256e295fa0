"""Check form values against the catalog and turn them into request pairs.

Values are the wire-format strings a form produced, keyed by wire name (``product1_id``
for product lines). An empty or whitespace-only string means "not filled". Whitespace
around a value is ignored except for ``ParamType.TEXT`` parameters, where it is part of
the value. Messages are English templates marked for translation under the ``Validation``
context, with ``%1``, ``%2`` placeholders that the caller fills after translating.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from desktop_app.catalog.model import QT_TRANSLATE_NOOP, Endpoint, Param, ParamType, ProductLines
from desktop_app.catalog.value_checks import check_value, parse_date

MESSAGE_CONTEXT = "Validation"

# Start and end parameters that must be filled together, with the start not after the end.
RANGE_PAIRS: tuple[tuple[str, str], ...] = (("startDate", "endDate"),)

REQUIRED = QT_TRANSLATE_NOOP("Validation", "%1 is required. Fill it in before sending.")
GROUP_ONE = QT_TRANSLATE_NOOP("Validation", "Fill in or tick at least one of these fields: %1.")
GROUP_SOME = QT_TRANSLATE_NOOP("Validation", "Fill in or tick at least %1 of these fields: %2.")
PAIR_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "%1 is filled but %2 is empty. Fill both, or leave both empty."
)
RANGE_REVERSED = QT_TRANSLATE_NOOP(
    "Validation", "%1 (%2) is later than %3 (%4). Swap the two dates."
)
CONDITION_ANY = QT_TRANSLATE_NOOP("Validation", "%1 is required when %2 is filled.")
CONDITION_VALUE = QT_TRANSLATE_NOOP("Validation", "%1 is required when %2 is %3.")
LINES_MISSING = QT_TRANSLATE_NOOP(
    "Validation", "%1 is required. This request needs %2 or more product lines."
)
LINE_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Validation", "%1 is required because other fields of product line %2 are filled."
)


@dataclass(frozen=True)
class ValidationProblem:
    """One invalid or missing value of a form.

    Attributes:
        param: Wire name of the parameter concerned, or the first member of a group.
        template: English message with ``%1``, ``%2`` placeholders, marked for translation
            under the ``Validation`` context.
        args: Values for the placeholders, in order.
    """

    param: str
    template: str
    args: tuple[str, ...] = ()

    def text(self, template: str | None = None) -> str:
        """Return the message with its placeholders filled.

        Args:
            template: Translated template to fill instead of the English one.
        """
        return fill_placeholders(self.template if template is None else template, self.args)


def fill_placeholders(template: str, args: tuple[str, ...]) -> str:
    """Replace ``%1`` … ``%9`` in ``template`` with ``args``, like ``QString.arg``."""

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if index < len(args) else match.group(0)

    return re.sub(r"%([1-9])", replace, template)


def validate(endpoint: Endpoint, values: Mapping[str, str]) -> list[ValidationProblem]:
    """Check ``values`` against ``endpoint`` and return every problem found.

    The problems come in this order: format, limit and required problems of the parameters
    in form order, then unsatisfied alternative groups, incomplete or reversed start and end
    pairs, conditional requirements, and last the product lines.
    """
    problems: list[ValidationProblem] = []
    filled = _filled_values(endpoint, values)

    for param in endpoint.params:
        if param.name in filled:
            problems.extend(_check_value(param, param.name, filled[param.name]))
        elif param.required:
            problems.append(ValidationProblem(param.name, REQUIRED, (param.name,)))

    types = {param.name: param.type for param in endpoint.params}
    for group in endpoint.alternatives:
        count = sum(1 for name in group.members if _counts_as_filled(name, filled, types))
        if group.minimum and count < group.minimum:
            members = ", ".join(group.members)
            if group.minimum == 1:
                problems.append(ValidationProblem(group.members[0], GROUP_ONE, (members,)))
            else:
                args = (str(group.minimum), members)
                problems.append(ValidationProblem(group.members[0], GROUP_SOME, args))

    problems.extend(_check_ranges(endpoint, filled))

    for condition in endpoint.conditions:
        trigger = filled.get(condition.param)
        if trigger is None or (condition.values and trigger not in condition.values):
            continue
        for name in condition.requires:
            if name in filled:
                continue
            if condition.values:
                trigger_args = (name, condition.param, trigger)
                problems.append(ValidationProblem(name, CONDITION_VALUE, trigger_args))
            else:
                problems.append(ValidationProblem(name, CONDITION_ANY, (name, condition.param)))

    if endpoint.product_lines is not None:
        problems.extend(_check_product_lines(endpoint.product_lines, filled))
    return problems


def encode_pairs(endpoint: Endpoint, values: Mapping[str, str]) -> list[tuple[str, str]]:
    """Return the filled values as ``(name, value)`` pairs in catalog order.

    Parameters come first in ``endpoint.params`` order, then product lines in line order.
    Empty values are left out, and values of every type except ``ParamType.TEXT`` are
    stripped of surrounding whitespace. Names that the endpoint does not define are left out.
    """
    filled = _filled_values(endpoint, values)
    return [(name, filled[name]) for name, _param in _wire_params(endpoint) if name in filled]


def _wire_params(endpoint: Endpoint) -> Iterator[tuple[str, Param]]:
    """Yield every wire name of ``endpoint`` with its parameter, in catalog order."""
    for param in endpoint.params:
        yield param.name, param
    lines = endpoint.product_lines
    if lines is not None:
        for line in range(1, lines.max_lines + 1):
            for field in lines.fields:
                yield ProductLines.name(line, field.name), field


def _filled_values(endpoint: Endpoint, values: Mapping[str, str]) -> dict[str, str]:
    """Return the non-empty values of ``endpoint``'s parameters, cleaned as they are sent."""
    filled: dict[str, str] = {}
    for name, param in _wire_params(endpoint):
        raw = values.get(name, "")
        if not raw.strip():
            continue
        filled[name] = raw if param.type is ParamType.TEXT else raw.strip()
    return filled


def _counts_as_filled(name: str, filled: Mapping[str, str], types: Mapping[str, ParamType]) -> bool:
    """Tell whether a group member is filled, counting a boolean only when it is 1."""
    if name not in filled:
        return False
    return types.get(name) is not ParamType.BOOLEAN or filled[name] == "1"


def _check_ranges(endpoint: Endpoint, filled: Mapping[str, str]) -> list[ValidationProblem]:
    """Check that each start and end pair is filled together and in order."""
    problems: list[ValidationProblem] = []
    names = {param.name for param in endpoint.params}
    # A missing required member is already reported as required; the pair message would
    # add "leave both empty", which the endpoint does not allow.
    required = {param.name for param in endpoint.params if param.required}
    for start, end in RANGE_PAIRS:
        if start not in names or end not in names:
            continue
        optional = not {start, end} & required
        if optional and start in filled and end not in filled:
            problems.append(ValidationProblem(end, PAIR_MISSING, (start, end)))
        elif optional and end in filled and start not in filled:
            problems.append(ValidationProblem(start, PAIR_MISSING, (end, start)))
        elif start in filled and end in filled:
            first, last = parse_date(filled[start]), parse_date(filled[end])
            if first is not None and last is not None and first > last:
                args = (start, filled[start], end, filled[end])
                problems.append(ValidationProblem(start, RANGE_REVERSED, args))
    return problems


def _check_product_lines(lines: ProductLines, filled: Mapping[str, str]) -> list[ValidationProblem]:
    """Check the product line values and the number of lines filled."""
    problems: list[ValidationProblem] = []
    first_field = lines.fields[0].name
    used_lines = 0
    empty_lines: list[int] = []
    for line in range(1, lines.max_lines + 1):
        line_values = {
            field: filled[ProductLines.name(line, field.name)]
            for field in lines.fields
            if ProductLines.name(line, field.name) in filled
        }
        for field, value in line_values.items():
            problems.extend(_check_value(field, ProductLines.name(line, field.name), value))
        first_name = ProductLines.name(line, first_field)
        if first_name in filled:
            used_lines += 1
        elif line_values:
            problems.append(ValidationProblem(first_name, LINE_INCOMPLETE, (first_name, str(line))))
        else:
            empty_lines.append(line)
    if used_lines < lines.required_lines and empty_lines:
        # Point at the first line that is wholly empty, so the message names a field to fill.
        name = ProductLines.name(empty_lines[0], first_field)
        args = (name, str(lines.required_lines))
        problems.append(ValidationProblem(name, LINES_MISSING, args))
    return problems


def _check_value(param: Param, name: str, value: str) -> list[ValidationProblem]:
    """Return the problem of one filled value as a list of zero or one item."""
    problem = check_value(param, name, value)
    if problem is None:
        return []
    return [ValidationProblem(name, problem[0], problem[1])]
