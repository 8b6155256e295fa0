"""Tests for desktop_app.storage.history."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.api.result import RequestRecord
from desktop_app.storage.history import History, HistoryEntry, redact_request, utc_timestamp

CARD = "4111111111111111"


def make_entry(
    params: tuple[tuple[str, str], ...] = (), *, number: int = 0, url: str = ""
) -> HistoryEntry:
    """Return a history entry for a POST to a local address."""
    request = RequestRecord(
        method="POST", url=url or "http://127.0.0.1:9/order/query/", params=params
    )
    return HistoryEntry(
        timestamp=utc_timestamp(),
        profile_id="p1",
        endpoint_key=f"/order/query/{number}",
        request=request,
        result_kind="paged",
        http_status=200,
        row_count=number,
        elapsed_ms=12.5,
    )


def test_round_trip(config_dir: Path) -> None:
    """An entry survives append and reload, Cyrillic text included."""
    history = History(config_dir)
    entry = make_entry((("orderId", "ABC123"), ("firstName", "Пётр")))
    history.append(entry)
    assert History(config_dir).entries() == [entry]
    assert "Пётр" in history.path.read_text(encoding="utf-8")


def test_optional_fields_none(config_dir: Path) -> None:
    """None for http_status and row_count round-trips."""
    history = History(config_dir)
    entry = HistoryEntry(
        utc_timestamp(),
        "p1",
        "/x/",
        RequestRecord("POST", "http://h/x/"),
        "transport_error",
        None,
        None,
        0.0,
    )
    history.append(entry)
    assert history.entries() == [entry]


def test_timestamp_is_utc_iso() -> None:
    """utc_timestamp returns ISO 8601 with a zero UTC offset."""
    parsed = datetime.fromisoformat(utc_timestamp())
    offset = parsed.utcoffset()
    assert offset is not None
    assert offset.total_seconds() == 0


def test_newest_first(config_dir: Path) -> None:
    """entries() returns the newest entry first."""
    history = History(config_dir)
    for number in range(3):
        history.append(make_entry(number=number))
    assert [e.row_count for e in history.entries()] == [2, 1, 0]


def test_card_and_password_redacted(config_dir: Path) -> None:
    """LoginIds, passwords, keys and card numbers are masked before writing."""
    history = History(config_dir)
    history.append(
        make_entry(
            (
                ("loginId", "api-user"),
                ("password", "hunter2-пароль"),
                ("cardNumber", CARD),
                ("cardSecurityCode", "123"),
                ("paayApiKey", "key-1"),
                ("secret", "s-1"),
                ("notes", f"card {CARD} by phone"),
            )
        )
    )
    params = dict(history.entries()[0].request.params)
    assert params["loginId"] == "***"
    assert params["password"] == "***"
    assert params["cardNumber"] == "411111******1111"
    assert params["cardSecurityCode"] == "***"
    assert params["paayApiKey"] == "***"
    assert params["secret"] == "***"
    assert params["notes"] == "card 411111******1111 by phone"

    text = history.path.read_text(encoding="utf-8")
    for leaked in (CARD, "hunter2", "key-1", "s-1"):
        assert leaked not in text


def test_already_masked_card_kept() -> None:
    """A card number masked to 6 + 4 digits is kept as it is."""
    request = RequestRecord("POST", "http://h/", (("cardNumber", "411111******1111"),))
    assert redact_request(request).params == (("cardNumber", "411111******1111"),)


def test_pan_with_spaces_masked() -> None:
    """A grouped card number is masked to first 6 and last 4 digits."""
    request = RequestRecord("POST", "http://h/", (("pan", "4111 1111 1111 1111"),))
    ((name, value),) = redact_request(request).params
    assert name == "pan"
    assert value.replace(" ", "") == "411111******1111"


def test_digit_run_without_luhn_kept() -> None:
    """A long number that fails the Luhn check stays visible."""
    not_a_card = "4111111111111112"  # fails the Luhn check
    request = RequestRecord("POST", "http://h/", (("orderId", not_a_card),))
    assert redact_request(request).params == (("orderId", not_a_card),)


def test_url_query_redacted(config_dir: Path) -> None:
    """Secrets in a URL query are masked."""
    history = History(config_dir)
    history.append(make_entry(url=f"http://127.0.0.1:9/x/?password=abc&cardNumber={CARD}"))
    url = history.entries()[0].request.url
    assert "abc" not in url
    assert CARD not in url


def test_limit_trims_oldest(config_dir: Path) -> None:
    """History.append keeps only the newest limit entries."""
    history = History(config_dir, limit=3)
    for number in range(5):
        history.append(make_entry(number=number))
    assert [e.row_count for e in history.entries()] == [4, 3, 2]
    assert len(history.path.read_text(encoding="utf-8").splitlines()) == 3


def test_lower_limit_trims_file(config_dir: Path) -> None:
    """Lowering limit trims the file at once."""
    history = History(config_dir, limit=10)
    for number in range(5):
        history.append(make_entry(number=number))
    history.limit = 2
    assert [e.row_count for e in History(config_dir).entries()] == [4, 3]


def test_zero_limit_keeps_nothing(config_dir: Path) -> None:
    """A limit of 0 keeps no entries."""
    history = History(config_dir, limit=0)
    history.append(make_entry())
    assert history.entries() == []


def test_invalid_limit(config_dir: Path) -> None:
    """A negative limit raises ValueError."""
    with pytest.raises(ValueError, match="-1"):
        History(config_dir, limit=-1)


def test_corrupt_lines_skipped(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Unreadable lines are skipped with one WARNING naming them."""
    history = History(config_dir)
    history.append(make_entry(number=1))
    with history.path.open("ab") as handle:
        handle.write(b'{"timestamp": "truncated\n')
        handle.write(b"\xff\xfe garbage\n")
        handle.write(json.dumps({"timestamp": "x"}).encode() + b"\n")
    history.append(make_entry(number=2))

    with caplog.at_level(logging.WARNING):
        entries = history.entries()
    assert [e.row_count for e in entries] == [2, 1]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "skipped 3 unreadable line(s)" in warnings[0].getMessage()
    assert "2, 3, 4" in warnings[0].getMessage()


def test_clear(config_dir: Path) -> None:
    """History.clear removes the file and tolerates a missing one."""
    history = History(config_dir)
    history.clear()  # no file yet: no error
    history.append(make_entry())
    history.clear()
    assert history.entries() == []
    assert not history.path.exists()
