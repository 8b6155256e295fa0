"""Tests for the CSV, XLSX and JSON writers: exact digits, text cells and masked secrets."""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.api.cancel import CancelToken
from desktop_app.api.records import RawRecords, decode_large
from desktop_app.api.tabular import KEY_COLUMN, extract_table, table_from_rows
from desktop_app.storage.export import (
    REPORT_EVERY,
    XLSX_SHEET_TITLE,
    ExportCancelled,
    ExportControl,
    table_lines,
    write_csv,
    write_json,
    write_xlsx,
)

EXACT_RECORD = {
    "orderId": 9007199254740993,
    "transactionId": "12345678901234567890",
    "price": Decimal("59.85"),
    "tax": Decimal("0.1"),
    "postalCode": "02134",
    "cardLast4": "0042",
}
EXACT_TEXTS = ["9007199254740993", "12345678901234567890", "59.85", "0.1", "02134", "0042"]


def read_csv(path: Path) -> list[list[str]]:
    """Read a CSV file written with a byte order mark."""
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def test_csv_keeps_exact_digits(tmp_path: Path) -> None:
    """Every value is written as the digits received, with a header line."""
    path = tmp_path / "rows.csv"

    write_csv(path, table_from_rows([EXACT_RECORD]))

    assert read_csv(path) == [list(EXACT_RECORD), EXACT_TEXTS]


def test_csv_starts_with_bom_and_keeps_cyrillic(tmp_path: Path) -> None:
    """The file is UTF-8 with a byte order mark, so Excel reads Cyrillic."""
    path = tmp_path / "rows.csv"

    write_csv(path, table_from_rows([{"name": "Пётр Иванов", "note": 'a "quoted", text'}]))

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "Пётр Иванов".encode() in raw
    assert read_csv(path)[1] == ["Пётр Иванов", 'a "quoted", text']


def test_nested_missing_and_null_cells() -> None:
    """Objects become one-line JSON, and a missing key and a JSON null empty cells."""
    table = table_from_rows([
        {"items": {"7": {"price": Decimal("1.50")}}, "coupon": None},
        {"items": []},
    ])

    assert list(table_lines(table)) == [
        ["items", "coupon"],
        ['{"7": {"price": 1.50}}', ""],
        ["[]", ""],
    ]


def test_rows_and_columns_choose_order() -> None:
    """Only the given rows and columns are written, in the given order."""
    table = table_from_rows([{"a": 1, "b": 2}, {"a": 3, "b": 4}])

    assert list(table_lines(table, rows=[1, 0], columns=[1])) == [["b"], ["4"], ["2"]]


def test_key_column_is_written() -> None:
    """A keyed table writes its keys in the "(key)" column."""
    table = table_from_rows([{"name": "A"}], ["0042"])

    assert list(table_lines(table)) == [[KEY_COLUMN, "name"], ["0042", "A"]]


def test_card_number_and_password_masked(tmp_path: Path) -> None:
    """Secrets are masked in every format; other values stay exact."""
    record = {"cardNumber": "4111111111111111", "password": "hunter2", "postalCode": "02134"}
    table = table_from_rows([record])

    lines = list(table_lines(table))
    write_json(tmp_path / "reply.json", {"message": [record]})

    assert lines[1] == ["411111******1111", "***", "02134"]
    saved = json.loads((tmp_path / "reply.json").read_text(encoding="utf-8"))
    assert saved == {"message": [{"cardNumber": "411111******1111", "password": "***",
                                  "postalCode": "02134"}]}
    assert record["cardNumber"] == "4111111111111111"


def test_xlsx_cells_are_exact_text(tmp_path: Path) -> None:
    """Every cell is a string with the Text number format, so no digit is lost."""
    path = tmp_path / "rows.xlsx"
    table = table_from_rows([dict(EXACT_RECORD, formula="=1+2", empty="")])

    write_xlsx(path, table)

    sheet = load_workbook(path)[XLSX_SHEET_TITLE]
    header, values = list(sheet.iter_rows(min_row=1, max_row=2))
    assert [cell.value for cell in header] == [*EXACT_RECORD, "formula", "empty"]
    for cell, expected in zip(values, [*EXACT_TEXTS, "=1+2"], strict=False):
        assert cell.value == expected
        assert cell.data_type == "s"
        assert cell.number_format == "@"
    assert values[-1].value is None


def test_xlsx_replaces_control_characters(tmp_path: Path) -> None:
    """Characters XLSX cannot hold become U+FFFD instead of failing the export."""
    path = tmp_path / "rows.xlsx"

    write_xlsx(path, table_from_rows([{"note": "a\x01b\tc"}]))

    sheet = load_workbook(path)[XLSX_SHEET_TITLE]
    assert sheet.cell(row=2, column=1).value == "a\ufffdb\tc"


def test_json_keeps_numbers(tmp_path: Path) -> None:
    """The JSON export writes Decimal and big integers with their digits."""
    path = tmp_path / "reply.json"

    write_json(path, {"message": {"data": [EXACT_RECORD]}})

    text = path.read_text(encoding="utf-8")
    assert '"orderId": 9007199254740993' in text
    assert '"price": 59.85' in text
    assert '"tax": 0.1' in text
    assert '"postalCode": "02134"' in text


def large_table_data() -> dict[str, object]:
    """Return decoded data of 1,000 encoded orders with a card number and a password each."""
    rows = [json.dumps({"orderId": number, "cardNumber": "4111111111111111",
                        "password": "hunter2", "note": "n" * 800}) for number in range(1000)]
    data = decode_large(('{"message":{"data":[' + ",".join(rows) + "]}}").encode())
    assert isinstance(data["message"]["data"], RawRecords)
    return data


def test_csv_reports_progress(tmp_path: Path) -> None:
    """A table export reports rows written out of all rows, ending with the total."""
    table = extract_table(large_table_data())
    assert table is not None
    reports: list[tuple[int, int]] = []

    write_csv(tmp_path / "rows.csv", table, control=ExportControl(progress=lambda done, total:
                                                                   reports.append((done, total))))

    assert reports[0] == (0, 1000)
    assert reports[1] == (REPORT_EVERY, 1000)
    assert reports[-1] == (1000, 1000)


@pytest.mark.parametrize("kind", ["csv", "xlsx", "json"])
def test_cancel_removes_partial_file(tmp_path: Path, kind: str) -> None:
    """Cancelling during an export raises ExportCancelled and leaves no file behind."""
    data = large_table_data()
    table = extract_table(data)
    assert table is not None
    token = CancelToken()
    path = tmp_path / f"rows.{kind}"

    def progress(done: int, _total: int) -> None:
        if done:
            token.cancel()

    control = ExportControl(token, progress)
    with pytest.raises(ExportCancelled):
        if kind == "json":
            write_json(path, data, control)
        else:
            (write_csv if kind == "csv" else write_xlsx)(path, table, control=control)

    assert not path.exists()


def test_json_of_raw_records_masked(tmp_path: Path) -> None:
    """A JSON export of encoded records masks each card number and password."""
    path = tmp_path / "reply.json"

    write_json(path, large_table_data())

    written = json.loads(path.read_text(encoding="utf-8"))
    first = written["message"]["data"][0]
    assert len(written["message"]["data"]) == 1000
    assert first["cardNumber"] == "411111******1111"
    assert first["password"] == "***"
    assert "hunter2" not in path.read_text(encoding="utf-8")

