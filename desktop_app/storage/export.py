"""Writers that save a reply table as CSV or XLSX and a whole reply as JSON; no widgets.

Every value is written with the digits the server sent. A scalar cell contains exactly
the text ``display_text`` returns (``"02134"``, ``9007199254740993``, ``59.85``, ``null``),
an object or array cell contains its one-line JSON, and a record without the column's key
gives an empty cell. Before writing, each record goes through ``redact_data``, so card numbers keep
only their first 6 and last 4 digits and passwords, tokens and similar fields become ``***``.
"""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.api.cancel import CancelToken
from desktop_app.api.redact import redact_data
from desktop_app.api.tabular import Table
from desktop_app.api.values import display_text, is_container, iter_json_text, to_json_text

XLSX_SHEET_TITLE = "Rows"

REPORT_EVERY = 250
"""Rows written between two progress reports and cancel checks."""

REPORT_EVERY_CHARS = 256 * 1024
"""Characters of JSON text written between two progress reports and cancel checks."""

_MISSING = object()


class ExportCancelled(Exception):
    """The export's cancel token was set; the writer removed the partial file."""


@dataclass(frozen=True)
class ExportControl:
    """Progress and cancel hooks of one export, called on the writing thread.

    Attributes:
        cancel: Token that stops the writer within ``REPORT_EVERY`` rows.
        progress: Called with (rows written, rows in all) every ``REPORT_EVERY`` rows. A
            JSON export reports characters written every ``REPORT_EVERY_CHARS`` instead, and
            0 as the total, because the length of its text is not known in advance.
    """

    cancel: CancelToken | None = None
    progress: Callable[[int, int], None] | None = None

    def check(self, done: int, total: int) -> None:
        """Report progress and raise ``ExportCancelled`` when the token is set."""
        if self.cancel is not None and self.cancel.cancelled:
            raise ExportCancelled
        if self.progress is not None:
            self.progress(done, total)


_NO_CONTROL = ExportControl()


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
    control: ExportControl = _NO_CONTROL,
) -> Iterator[list[str]]:
    """Yield the header line and then one line of cell texts per record, with secrets masked.

    Args:
        table: Table to write.
        rows: Row numbers to write, in this order (all rows when None).
        columns: Column numbers to write, in this order (all columns when None).
        control: Progress and cancel hooks, checked every ``REPORT_EVERY`` rows.

    Raises:
        ExportCancelled: The control's cancel token was set.
    """
    row_numbers = range(len(table.rows)) if rows is None else rows
    column_numbers = range(len(table.columns)) if columns is None else columns
    yield [table.columns[column] for column in column_numbers]

    total = len(row_numbers)
    for done, row in enumerate(row_numbers):
        if done % REPORT_EVERY == 0:
            control.check(done, total)
        record = redact_data(table.rows[row])
        line: list[str] = []
        for column in column_numbers:
            if table.key_column and column == 0:
                line.append(display_text(table.row_keys[row]))
            else:
                line.append(export_text(record.get(table.columns[column], _MISSING)))
        yield line
    control.check(total, total)


def write_csv(
    path: Path,
    table: Table,
    rows: Sequence[int] | None = None,
    columns: Sequence[int] | None = None,
    control: ExportControl = _NO_CONTROL,
) -> None:
    """Write the table as CSV: UTF-8 with a byte order mark, comma-separated, CRLF lines.

    The byte order mark makes Excel read the file as UTF-8, so Cyrillic names stay legible.
    Arguments after ``table`` are those of ``table_lines``.

    Raises:
        OSError: The file could not be written.
        ExportCancelled: The export was cancelled; the partial file was removed.
    """
    with _removed_when_cancelled(path), path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerows(table_lines(table, rows, columns, control))


def write_xlsx(
    path: Path,
    table: Table,
    rows: Sequence[int] | None = None,
    columns: Sequence[int] | None = None,
    control: ExportControl = _NO_CONTROL,
) -> None:
    """Write the table as an XLSX workbook with one sheet in which every cell is text.

    Each cell has the number format ``@`` (Text) and a string value, so Excel keeps
    leading zeros and all digits of long ids and amounts. A value that starts with ``=``
    stays text too, not a formula. Arguments after ``table`` are those of ``table_lines``.

    XLSX cannot hold the control characters U+0000 to U+001F other than tab, line feed
    and carriage return, so those are written as U+FFFD.

    Raises:
        OSError: The file could not be written.
        ExportCancelled: The export was cancelled before the workbook was saved, so no file
            was written.
    """
    # openpyxl takes about 13 MB once imported, so it is loaded only when a workbook is written.
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(XLSX_SHEET_TITLE)
    try:
        for line in table_lines(table, rows, columns, control):
            sheet.append([_text_cell(sheet, text) for text in line])
    except ExportCancelled:
        # Closing ends openpyxl's row writer, whose temporary file openpyxl removes at exit.
        sheet.close()
        raise
    workbook.save(path)


def write_json(path: Path, data: Any, control: ExportControl = _NO_CONTROL) -> None:
    """Write parsed data as pretty-printed UTF-8 JSON with exact numbers and secrets masked.

    The text goes to the file piece by piece, so a large reply is never held as one string.
    The records of a ``RawRecords`` are decoded and masked one at a time.

    Raises:
        OSError: The file could not be written.
        ExportCancelled: The export was cancelled; the partial file was removed.
    """
    with _removed_when_cancelled(path), path.open("w", encoding="utf-8") as stream:
        written = 0
        next_check = 0
        for piece in iter_json_text(redact_data(data)):
            if written >= next_check:
                control.check(written, 0)
                next_check = written + REPORT_EVERY_CHARS
            stream.write(piece)
            written += len(piece)
        stream.write("\n")


@contextlib.contextmanager
def _removed_when_cancelled(path: Path) -> Iterator[None]:
    """Delete ``path`` when the block raises ``ExportCancelled``, then re-raise it."""
    try:
        yield
    except ExportCancelled:
        path.unlink(missing_ok=True)
        raise


def _text_cell(sheet: Any, text: str) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", text) or None)
    cell.number_format = "@"
    if text:
        # Setting the value marks a string that starts with "=" as a formula.
        cell.data_type = "s"
    return cell
