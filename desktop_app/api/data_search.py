"""Text search over parsed reply data, giving the row positions that a tree view shows.

The search walks the data itself, so it finds matches in records that a lazy tree has
not created items for yet. A position is the tuple of row numbers from the top level
down, numbered as ``JsonTreeModel`` numbers its rows. The members of an object count in
their order and the items of an array by index. A scalar root is the single row ``(0,)``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from desktop_app.api.records import ARRAY_TYPES
from desktop_app.api.values import display_text, is_container


class DataMatch(NamedTuple):
    """One match of a search.

    Attributes:
        rows: Row numbers from the top level down to the matching member.
        in_key: True when the member's key matched, False when its value matched.
    """

    rows: tuple[int, ...]
    in_key: bool


def find_in_data(data: Any, needle: str) -> list[DataMatch]:
    """Return every member of ``data`` whose key or scalar value contains ``needle``.

    The comparison ignores case (``str.casefold``). Values are compared in their
    ``display_text`` form, so ``59.85`` finds a ``Decimal("59.85")`` and ``null`` finds
    None. Keys of object members are searched, array indexes are not. Matches come in
    the order a fully expanded tree shows them, a key match before a value match of the
    same member. An empty ``needle`` matches nothing.
    """
    folded = needle.casefold()
    if not folded or data is None:
        return []
    if not is_container(data):
        return [DataMatch((0,), False)] if folded in display_text(data).casefold() else []

    matches: list[DataMatch] = []
    # Depth-first walk with an explicit stack, so deeply nested replies cannot exhaust
    # Python's recursion limit.
    stack: list[tuple[tuple[int, ...], Iterator[tuple[int, str | None, Any]]]] = [
        ((), _members(data))
    ]
    while stack:
        prefix, members = stack[-1]
        member = next(members, None)
        if member is None:
            stack.pop()
            continue
        row, key, value = member
        rows = (*prefix, row)
        if key is not None and folded in key.casefold():
            matches.append(DataMatch(rows, True))
        if is_container(value):
            stack.append((rows, _members(value)))
        elif folded in display_text(value).casefold():
            matches.append(DataMatch(rows, False))
    return matches


def rows_of_path(data: Any, parts: tuple[str | int, ...]) -> tuple[int, ...] | None:
    """Return the row numbers of the member at path ``parts``, or None when there is none.

    Args:
        data: Parsed data, the root of the tree.
        parts: Object keys and array indexes from the root down.
    """
    rows: list[int] = []
    value = data
    for part in parts:
        if isinstance(value, Mapping):
            if part not in value:
                return None
            rows.append(list(value).index(part))
            value = value[part]
        elif isinstance(value, ARRAY_TYPES) and isinstance(part, int):
            if not 0 <= part < len(value):
                return None
            rows.append(part)
            value = value[part]
        else:
            return None
    return tuple(rows)


def _members(value: Any) -> Iterator[tuple[int, str | None, Any]]:
    if isinstance(value, Mapping):
        for row, (key, item) in enumerate(value.items()):
            yield row, str(key), item
    else:
        for row, item in enumerate(value):
            yield row, None, item
