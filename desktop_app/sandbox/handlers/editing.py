"""Typed reading of the fields of create and update requests."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.sandbox.errors import ApiError
from desktop_app.sandbox.handlers.common import Context
from desktop_app.sandbox.store import Row
from desktop_app.sandbox.values import money


class Kind(enum.Enum):
    """Parsing rule of an editable field."""

    TEXT = "text"
    MONEY = "money"  # stored as a two-decimal string
    INT = "int"
    DATE = "date"  # stored as YYYY-MM-DD
    CHOICE = "choice"  # stored in upper case


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a record.

    Attributes:
        name: Parameter and record field name.
        kind: Parsing rule.
        choices: Allowed values for ``Kind.CHOICE``.
        required: Whether a create request must send it.
        default: Value of a created record when the request leaves it out.
        aliases: Other parameter names accepted for the field, tried after ``name``.
    """

    name: str
    kind: Kind = Kind.TEXT
    choices: tuple[str, ...] = ()
    required: bool = False
    default: Any = None
    aliases: tuple[str, ...] = ()


def read_fields(ctx: Context, specs: Sequence[FieldSpec], creating: bool) -> dict[str, Any]:
    """Parse the fields present in a request.

    When ``creating``, missing required fields raise an error and other missing fields take
    their defaults.

    Raises:
        ApiError: A required field is missing or a value is invalid.
    """
    values: dict[str, Any] = {}
    for spec in specs:
        sent = next((n for n in (spec.name, *spec.aliases) if ctx.get(n) is not None), None)
        if sent is None:
            if creating and spec.required:
                ctx.require(spec.name)
            if creating:
                values[spec.name] = spec.default
            continue
        values[spec.name] = _read(ctx, spec, sent)
    return values


def _read(ctx: Context, spec: FieldSpec, name: str) -> Any:
    if spec.kind is Kind.MONEY:
        return money(ctx.amount(name) or 0)
    if spec.kind is Kind.INT:
        return ctx.integer(name)
    if spec.kind is Kind.DATE:
        return ctx.require_day(name).isoformat()
    if spec.kind is Kind.CHOICE:
        return ctx.require_choice(name, spec.choices)
    return ctx.get(name)


def update_record(ctx: Context, row: Row, specs: Sequence[FieldSpec]) -> list[str]:
    """Apply the fields present in a request to a record and stamp ``dateUpdated``.

    Returns:
        Names of the changed fields.

    Raises:
        ApiError: No field was sent, or a value is invalid.
    """
    values = read_fields(ctx, specs, creating=False)
    if not values:
        raise ApiError("Nothing to update: send at least one field to change")
    row.update(values)
    row["dateUpdated"] = ctx.store.now()
    return list(values)
