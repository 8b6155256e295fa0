"""Writers that save a reply table as CSV or XLSX and a whole reply as JSON; no widgets.

Every value is written with the digits the server sent. A scalar cell contains exactly
the text ``display_text`` returns (``"02134"``, ``9007199254740993``, ``59.85``, ``null``),
an object or array cell contains its one-line JSON, and a record without the column's key
gives an empty cell. Before writing, each record goes through ``redact_data``, so card numbers keep
only their first 6 and last 4 digits and passwords, tokens and similar fields become ``***``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop_app.api.redact import redact_data
from desktop_app.api.tabular import Table
from desktop_app.api.values import display_text, is_container, to_json_text

XLSX_SHEET_TITLE = "Rows"

_MISSING = object()


def export_text(value: Any) -> str:
    """Return the text a CSV or XLSX cell holds for ``value``; JSON null becomes an empty cell."""
    if value is _MISSING or value is None:
        return ""
    if is_container(value):
        return to_json_text(value, indent=None)
    return display_text(value)


def table_lines(
    table: Table,
    rows: Sequence[int] | None = None,
    columns: Sequence[int] | None = None,
) -> Iterator[list[str]]:
    """Yield the header line and then one line of cell texts per record, with secrets masked.

    Args:
        table: Table to write.
        rows: Row numbers to write, in this order (all rows when None).
        columns: Column numbers to write, in this order (all columns when None).
    """
    row_numbers = range(len(table.rows)) if rows is None else rows
    column_numbers = range(len(table.columns)) if columns is None else columns
    yield [table.columns[column] for column in column_numbers]

    for row in row_numbers:
        record = redact_data(table.rows[row])
        line: list[str] = []
        for column in column_numbers:
            if table.key_column and column == 0:
                line.append(display_text(table.row_keys[row]))
            else:
                line.append(export_text(record.get(table.columns[column], _MISSING)))
        yield line


def write_csv(
    path: Path,
    table: Table,
    rows: Sequence[int] | None = None,
    columns: Sequence[int] | None = None,
) -> None:
    """Write the table as CSV: UTF-8 with a byte order mark, comma-separated, CRLF lines.

    The byte order mark makes Excel read the file as UTF-8, so Cyrillic names stay legible.
    Arguments after ``table`` are those of ``table_lines``.

    Raises:
        OSError: The file could not be written.
    """
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerows(table_lines(table, rows, columns))


def write_xlsx(
    path: Path,
    table: Table,
    rows: Sequence[int] | None = None,
    columns: Sequence[int] | None = None,
) -> None:
    """Write the table as an XLSX workbook with one sheet in which every cell is text.

    Each cell has the number format ``@`` (Text) and a string value, so Excel keeps
    leading zeros and all digits of long ids and amounts. A value that starts with ``=``
    stays text too, not a formula. Arguments after ``table`` are those of ``table_lines``.

    XLSX cannot hold the control characters U+0000 to U+001F other than tab, line feed
    and carriage return, so those are written as U+FFFD.

    Raises:
        OSError: The file could not be written.
    """
    # openpyxl takes about 13 MB once imported, so it is loaded only when a workbook is written.
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(XLSX_SHEET_TITLE)
    for line in table_lines(table, rows, columns):
        sheet.append([_text_cell(sheet, text) for text in line])
    workbook.save(path)


def write_json(path: Path, data: Any) -> None:
    """Write parsed data as pretty-printed UTF-8 JSON with exact numbers and secrets masked.

    Raises:
        OSError: The file could not be written.
    """
    path.write_text(to_json_text(redact_data(data)) + "\n", encoding="utf-8")


def _text_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", text) or None)
    cell.number_format = "@"
    if text:
        # Setting the value marks a string that starts with "=" as a formula.
        cell.data_type = "s"
    return cell
