"""Request context, parameter parsing, filtering and paging shared by all handlers."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from desktop_app.sandbox.errors import NoResults, invalid, missing
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import parse_int, parse_money, parse_request_date, phone_key

DEFAULT_RESULTS_PER_PAGE = 25
MAX_RESULTS_PER_PAGE = 200
_TRUE_WORDS = frozenset({"1", "true", "yes", "on"})


@dataclass(frozen=True)
class Envelope:
    """A complete reply body, for results other than SUCCESS (such as MERC_REDIRECT)."""

    body: dict[str, Any]


@dataclass
class Context:
    """One authenticated request, as passed to a handler.

    Attributes:
        store: Sandbox data. The caller holds its lock.
        params: Request parameters. A later duplicate wins, as in PHP.
        path: Request path as sent.
    """

    store: Store
    params: dict[str, str]
    path: str = ""

    def get(self, name: str) -> str | None:
        """Return a parameter without surrounding blanks, or None when absent or blank."""
        value = self.params.get(name)
        if value is None or not value.strip():
            return None
        return value.strip()

    def require(self, name: str) -> str:
        """Return a parameter that must be present.

        Raises:
            ApiError: The parameter is absent or blank.
        """
        value = self.get(name)
        if value is None:
            raise missing(name)
        return value

    def require_any(self, *names: str) -> str:
        """Return the first present parameter of several aliases, e.g. ``orderId`` or ``id``.

        Raises:
            ApiError: None of them is present. The message names the first.
        """
        for name in names:
            value = self.get(name)
            if value is not None:
                return value
        raise missing(names[0])

    def integer(self, name: str, required: bool = False) -> int | None:
        """Return an integer parameter, or None when it is absent and not required."""
        value = self.require(name) if required else self.get(name)
        return None if value is None else parse_int(name, value)

    def require_int(self, name: str) -> int:
        """Return an integer parameter that must be present."""
        return parse_int(name, self.require(name))

    def amount(self, name: str) -> Decimal | None:
        """Return a money parameter as a Decimal, or None when absent."""
        value = self.get(name)
        return None if value is None else parse_money(name, value)

    def flag(self, name: str) -> bool:
        """Return whether a boolean parameter is set (``1``, ``true``, ``yes`` or ``on``)."""
        value = self.get(name)
        return value is not None and value.lower() in _TRUE_WORDS

    def day(self, name: str, required: bool = False) -> date | None:
        """Return a date parameter, or None when it is absent and not required."""
        value = self.require(name) if required else self.get(name)
        return None if value is None else parse_request_date(name, value)

    def require_day(self, name: str) -> date:
        """Return a date parameter that must be present."""
        return parse_request_date(name, self.require(name))

    def choice(self, name: str, choices: Sequence[str]) -> str | None:
        """Return an enum parameter in upper case, or None when absent.

        Raises:
            ApiError: The value is not one of ``choices``.
        """
        if self.get(name) is None:
            return None
        return self.require_choice(name, choices)

    def require_choice(self, name: str, choices: Sequence[str]) -> str:
        """Return an enum parameter that must be present, in upper case.

        Raises:
            ApiError: The parameter is absent or not one of ``choices``.
        """
        value = self.require(name)
        if value.upper() not in choices:
            raise invalid(name, value, "Use one of " + ", ".join(choices))
        return value.upper()


class Match(enum.Enum):
    """Comparison rule of a filter parameter."""

    TEXT = "text"  # case-insensitive equality
    EXACT = "exact"  # case-sensitive equality, as the API applies to UTM parameters
    DIGITS = "digits"  # phone numbers: digits only, a leading North American 1 dropped
    INT = "int"  # whole numbers, where a comma-separated list matches any of them
    CHOICE = "choice"  # case-insensitive enum values, where a comma-separated list matches any


Getter = Callable[[Row], Iterable[Any]]


def field_getter(*names: str) -> Getter:
    """Build a getter that yields the values of the named fields."""
    return lambda row: (row.get(name) for name in names)


@dataclass(frozen=True)
class Filter:
    """One filter parameter of a query endpoint.

    Attributes:
        param: Parameter name.
        getter: Yields the record values to compare. The record matches when any one does.
        match: Comparison.
        choices: Allowed values for ``Match.CHOICE``.
    """

    param: str
    getter: Getter
    match: Match = Match.TEXT
    choices: tuple[str, ...] = field(default=())


def by_field(
    param: str, match: Match = Match.TEXT, name: str | None = None, choices: tuple[str, ...] = ()
) -> Filter:
    """Build a filter on the field named like the parameter (or ``name``)."""
    return Filter(param, field_getter(name or param), match, choices)


def _predicate(flt: Filter, raw: str) -> Callable[[Row], bool]:
    if flt.match is Match.INT:
        wanted = {str(parse_int(flt.param, part)) for part in raw.split(",") if part.strip()}
        return lambda row: any(v is not None and str(v) in wanted for v in flt.getter(row))
    if flt.match is Match.CHOICE:
        parts = {part.strip().upper() for part in raw.split(",") if part.strip()}
        for part in parts:
            if flt.choices and part not in flt.choices:
                raise invalid(flt.param, raw, "Use one of " + ", ".join(flt.choices))
        return lambda row: any(isinstance(v, str) and v.upper() in parts for v in flt.getter(row))
    if flt.match is Match.DIGITS:
        key = phone_key(raw)
        return lambda row: any(v is not None and phone_key(str(v)) == key for v in flt.getter(row))
    if flt.match is Match.EXACT:
        return lambda row: any(v is not None and str(v) == raw for v in flt.getter(row))
    text = raw.casefold()
    return lambda row: any(v is not None and str(v).casefold() == text for v in flt.getter(row))


def select(
    ctx: Context, rows: Iterable[Row], filters: Sequence[Filter], dated: bool = True
) -> list[Row]:
    """Return the records that match every given filter and the date window, oldest first.

    The window comes from ``startDate``/``endDate`` (inclusive, whole days) on ``dateCreated``,
    or on ``dateUpdated`` when ``dateRangeType=dateUpdated``. ``sortDir=0`` reverses the order.
    """
    predicates = []
    for flt in filters:
        raw = ctx.get(flt.param)
        if raw is not None:
            predicates.append(_predicate(flt, raw))
    if dated:
        predicates.extend(_date_predicates(ctx))
    selected = [row for row in rows if all(check(row) for check in predicates)]
    selected.sort(key=lambda row: str(row.get("dateCreated") or ""))
    if ctx.get("sortDir") == "0":
        selected.reverse()
    return selected


def _date_predicates(ctx: Context) -> list[Callable[[Row], bool]]:
    start = ctx.day("startDate")
    end = ctx.day("endDate")
    date_field = "dateUpdated" if ctx.get("dateRangeType") == "dateUpdated" else "dateCreated"
    checks: list[Callable[[Row], bool]] = []
    if start is not None:
        low = start.isoformat()
        checks.append(lambda row: str(row.get(date_field) or "")[:10] >= low)
    if end is not None:
        high = end.isoformat()
        checks.append(lambda row: "" < str(row.get(date_field) or "")[:10] <= high)
    return checks


def page(
    ctx: Context, rows: Sequence[Row], noun: str, view: Callable[[Row], Row] | None = None
) -> dict[str, Any]:
    """Cut one page out of the selected records and build the paged payload.

    ``resultsPerPage`` defaults to 25 and values above 200 are lowered to 200. ``page`` is
    1-based.

    Raises:
        NoResults: Nothing matched, or the page lies past the last record.
    """
    per_page = ctx.integer("resultsPerPage")
    per_page = (
        DEFAULT_RESULTS_PER_PAGE
        if per_page is None
        else min(max(per_page, 1), MAX_RESULTS_PER_PAGE)
    )
    number = ctx.integer("page")
    number = 1 if number is None else max(number, 1)
    start = (number - 1) * per_page
    if start >= len(rows):
        raise NoResults(noun)
    shown = view or public
    return {
        "totalResults": len(rows),
        "resultsPerPage": per_page,
        "page": number,
        "data": [shown(row) for row in rows[start : start + per_page]],
    }


def query(
    ctx: Context,
    rows: Iterable[Row],
    filters: Sequence[Filter],
    noun: str,
    view: Callable[[Row], Row] | None = None,
    dated: bool = True,
) -> dict[str, Any]:
    """Filter records and return one page of them, as ``select`` and ``page`` describe."""
    return page(ctx, select(ctx, rows, filters, dated), noun, view)


def public(row: Row) -> Row:
    """Return a shallow copy of a record without its internal ``_`` fields."""
    return {key: value for key, value in row.items() if not key.startswith("_")}


def apply_fields(row: Row, ctx: Context, names: Iterable[str]) -> list[str]:
    """Copy the given parameters that are present into a record and return their names."""
    changed = []
    for name in names:
        value = ctx.get(name)
        if value is not None:
            row[name] = value
            changed.append(name)
    return changed
