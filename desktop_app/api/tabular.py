"""Rows of a parsed reply as a table: the value that contains the records, and their columns.

Konnektive replies keep their records in a few shapes: the ``message.data`` array of a
paged query, a ``message`` array, or a ``message`` object keyed by ids whose values are
records (``/product/query/``, ``/reports/projected-billing/``, an order's ``items``).
``extract_table`` finds them and ``table_from_rows`` collects the columns. A ``Table``
refers to the parsed records themselves: no value is copied or converted.

``with_table`` runs in the worker thread after a call, so the GUI thread receives an
``ApiResult`` whose table is ready.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.api.records import RawRecords
from desktop_app.api.result import ApiResult
from desktop_app.api.values import cell_text

SAMPLE_ROWS = 20
"""Rows whose cell texts size the table's columns."""

_MISSING = object()

KEY_COLUMN = "(key)"
"""Name of the first column of a table built from an object keyed by ids."""

# A key "looks like an id" when it contains a digit: order and product ids, dates.
# parse.py applies the same rule when it counts the records of a keyed reply.
_ID_KEY = re.compile(r"[0-9A-Za-z_.:-]*\d[0-9A-Za-z_.:-]*")

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Table:
    """Records of a reply with the union of their keys as columns.

    Attributes:
        columns: Column names: the union of the records' keys in first-seen order, after
            ``KEY_COLUMN`` when ``key_column`` is true.
        rows: The records themselves: the parsed dicts, not copies, or the ``RawRecords``
            of a large reply.
        row_keys: For each row, the array index or object key under which the record sits
            in the value at ``path``.
        key_column: Whether the first column shows ``row_keys`` (an object keyed by ids).
        path: Path parts from the root of the data to the value that contains the records.
    """

    columns: tuple[str, ...]
    rows: Sequence[Mapping[str, Any]]
    row_keys: Sequence[str | int]
    key_column: bool = False
    path: Path = ()
    _longest: dict[int, tuple[str, ...]] = dataclasses.field(
        default_factory=dict, init=False, repr=False, compare=False)

    def value(self, row: int, column: int, missing: Any = None) -> Any:
        """Return the value of one cell, or ``missing`` when the record lacks that key."""
        if self.key_column and column == 0:
            return self.row_keys[row]
        return self.rows[row].get(self.columns[column], missing)

    def row_values(self, row: int, record: Mapping[str, Any], missing: Any = None) -> list[Any]:
        """Return the cells of ``row``, whose record is ``record``, in column order.

        Taking the record from the caller lets a walk over ``rows`` read each record once.
        """
        names = self.columns[1:] if self.key_column else self.columns
        values = [record.get(name, missing) for name in names]
        if self.key_column:
            values.insert(0, self.row_keys[row])
        return values

    def longest_texts(self, row_count: int) -> tuple[str, ...]:
        """Return, per column, the longest cell text (``values.cell_text``) of the first rows.

        The table view sizes its columns from these texts. ``with_table`` computes them in the
        worker thread for ``SAMPLE_ROWS`` rows, which saves the GUI thread about 1,300 cell
        texts for a reply of 65 columns.
        """
        cached = self._longest.get(row_count)
        if cached is not None:
            return cached
        longest = ["" for _ in self.columns]
        for row in range(min(row_count, len(self.rows))):
            for column, value in enumerate(self.row_values(row, self.rows[row], _MISSING)):
                text = "" if value is _MISSING else cell_text(value)
                if len(text) > len(longest[column]):
                    longest[column] = text
        result = tuple(longest)
        self._longest[row_count] = result
        return result

    def column_values(self, column: int, missing: Any = None) -> list[Any]:
        """Return the value of ``column`` in every row, ``missing`` where a record lacks it."""
        if self.key_column and column == 0:
            return list(self.row_keys)
        name = self.columns[column]
        if isinstance(self.rows, RawRecords):
            return self.rows.field_values(name, missing)
        return [row.get(name, missing) for row in self.rows]

    def row_path(self, row: int) -> Path:
        """Return the path parts of the record in ``row``, from the root of the data."""
        return (*self.path, self.row_keys[row])


def table_from_rows(
    rows: Sequence[Mapping[str, Any]],
    keys: Sequence[str] | None = None,
    *,
    path: Path = (),
) -> Table:
    """Build a table of ``rows``, with a ``KEY_COLUMN`` first when ``keys`` are given.

    Args:
        rows: Records (dicts).
        keys: Keys of the records in the object that contains them, one per row, or None when
            the records come from an array.
        path: Path parts of the value that contains the records.
    """
    record_rows: Sequence[Mapping[str, Any]]
    if isinstance(rows, RawRecords):
        record_rows = rows
        columns = rows.member_names
    else:
        record_rows = list(rows)
        # dict.update keeps the position of a key that is already present, so the merged
        # dict lists every key in first-seen order. It runs in C, which keeps 5,000 records
        # of 60 keys well under a tenth of a second.
        merged: dict[str, Any] = {}
        for row in record_rows:
            merged.update(row)
        columns = tuple(str(name) for name in merged)
    if keys is None:
        return Table(columns, record_rows, range(len(record_rows)), path=path)
    return Table((KEY_COLUMN, *columns), record_rows, tuple(keys), key_column=True, path=path)


def extract_table(data: Any, *, from_xml: bool = False) -> Table | None:
    """Find the records of a parsed reply and return them as a table.

    Looks, in this order, at ``message.data`` (a paged reply), at ``message``, and at
    ``data`` itself. The first of these that is an array of objects or an object keyed
    by ids whose values are objects gives the table.

    Args:
        data: Parsed reply, or any value such as the result of a filter expression.
        from_xml: The data was parsed from XML. There a list is spelled as one repeated
            tag, so an object whose only member is an array of objects (or a single
            object) gives those objects as rows.

    Returns:
        The table, or None when no such value is found.
    """
    candidates: list[tuple[Any, Path]] = []
    if isinstance(data, Mapping) and "message" in data:
        message = data["message"]
        if isinstance(message, Mapping) and "data" in message:
            candidates.append((message["data"], ("message", "data")))
        candidates.append((message, ("message",)))
    candidates.append((data, ()))

    for value, path in candidates:
        table = _table_of(value, path, from_xml)
        if table is not None:
            return table
    return None


def with_table(result: ApiResult) -> ApiResult:
    """Return ``result`` with its ``table`` filled in from ``result.data``."""
    if result.data is None:
        return result
    table = extract_table(result.data, from_xml=result.content_format == "xml")
    if table is None:
        return result
    table.longest_texts(SAMPLE_ROWS)
    return dataclasses.replace(result, table=table)


def _table_of(value: Any, path: Path, from_xml: bool) -> Table | None:
    if isinstance(value, RawRecords):
        # Every item was checked to be an object when the reply was decoded.
        return table_from_rows(value, path=path) if len(value) else None
    if isinstance(value, list | tuple):
        if value and all(isinstance(item, Mapping) for item in value):
            return table_from_rows(value, path=path)
        return None
    if not isinstance(value, Mapping) or not value:
        return None

    if from_xml and len(value) == 1:
        ((tag, only),) = value.items()
        child_path = (*path, str(tag))
        if isinstance(only, list):
            return _table_of(only, child_path, from_xml=False)
        if isinstance(only, Mapping):
            single = table_from_rows([only], path=path)
            return dataclasses.replace(single, row_keys=(str(tag),))

    records = list(value.values())
    if all(isinstance(record, Mapping) for record in records) and all(
        isinstance(key, str) and _ID_KEY.fullmatch(key) for key in value
    ):
        return table_from_rows(records, [str(key) for key in value], path=path)
    return None
