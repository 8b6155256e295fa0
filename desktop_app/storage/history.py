"""Request history kept in ``history.jsonl``, one JSON object per line, oldest first.

Requests arrive already redacted (``RequestRecord``). ``History.append`` masks them
again before writing, so a secret or card number that slipped through the API layer
still never reaches the disk.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.api.redact import redact_text, redact_value
from desktop_app.api.result import RequestRecord
from desktop_app.storage.paths import write_text_atomic

log = logging.getLogger(__name__)

FILE_NAME = "history.jsonl"
DEFAULT_LIMIT = 500
_CARD_PARAM_NAMES = frozenset({"cardnumber", "pan", "creditcardnumber"})
# A masked card number shows at most 6 + 4 digits; a value with more still needs masking.
_MAX_MASKED_CARD_DIGITS = 10
_MAX_REPORTED_LINES = 5


def utc_timestamp() -> str:
    """Return the current time as ISO 8601 in UTC with milliseconds.

    Example: ``2025-01-31T12:00:00.000+00:00``.
    """
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class HistoryEntry:
    """One sent request and the outline of its result.

    Attributes:
        timestamp: When the request was sent, ISO 8601 in UTC (see ``utc_timestamp``).
        profile_id: Id of the profile the request was sent with.
        endpoint_key: Catalog key of the endpoint, e.g. ``/order/query/``.
        request: What was sent, redacted.
        result_kind: ``ResultKind`` value, e.g. ``"paged"`` or ``"crm_error"``.
        http_status: HTTP status, or None when no reply arrived.
        row_count: Number of records in the reply, or None when it was not a list.
        elapsed_ms: Time from sending to the parsed result, in milliseconds.
    """

    timestamp: str
    profile_id: str
    endpoint_key: str
    request: RequestRecord
    result_kind: str
    http_status: int | None
    row_count: int | None
    elapsed_ms: float


def redact_request(request: RequestRecord) -> RequestRecord:
    """Mask secrets in a request again, whatever the API layer did.

    Password-like parameters (``password``, ``secret``, ``apiKey``, ``cardSecurityCode``
    and similar names) become ``***``. ``cardNumber`` and ``pan`` values with more than 10
    digits are masked to the first 6 and last 4 digits. Values with 10 digits or fewer
    reveal no more than that, so they stay as they are. In every value and in the URL,
    runs of 13 to 19 digits that pass the Luhn check are masked the same way, and
    ``name=value`` pairs with a password-like name have their value replaced.
    """
    params = tuple((name, _redact_param(name, value)) for name, value in request.params)
    return replace(request, url=redact_text(request.url), params=params)


def _redact_param(name: str, value: str) -> str:
    if name.strip().lower() in _CARD_PARAM_NAMES:
        digit_count = sum(char.isdigit() for char in value)
        if digit_count <= _MAX_MASKED_CARD_DIGITS:
            return value
    return redact_text(redact_value(name, value))


def entry_to_json(entry: HistoryEntry) -> dict[str, Any]:
    """Convert an entry to the JSON object stored on one line."""
    return {
        "timestamp": entry.timestamp,
        "profile_id": entry.profile_id,
        "endpoint_key": entry.endpoint_key,
        "request": {
            "method": entry.request.method,
            "url": entry.request.url,
            "params": [[name, value] for name, value in entry.request.params],
        },
        "result_kind": entry.result_kind,
        "http_status": entry.http_status,
        "row_count": entry.row_count,
        "elapsed_ms": entry.elapsed_ms,
    }


def entry_from_json(data: Any) -> HistoryEntry:
    """Build an entry from a stored JSON object.

    Raises:
        ValueError: A field is missing or has the wrong type.
    """
    if not isinstance(data, dict):
        raise ValueError("line is not a JSON object")
    request = data.get("request")
    if not isinstance(request, dict):
        raise ValueError("request is missing or not an object")
    raw_params = request.get("params", [])
    if not isinstance(raw_params, list):
        raise ValueError("request.params is not a list")
    params: list[tuple[str, str]] = []
    for pair in raw_params:
        is_pair = isinstance(pair, list) and len(pair) == 2
        if not is_pair or not all(isinstance(item, str) for item in pair):
            raise ValueError(f"request.params contains {pair!r}, expected [name, value]")
        params.append((pair[0], pair[1]))

    elapsed = data.get("elapsed_ms")
    if isinstance(elapsed, bool) or not isinstance(elapsed, int | float):
        raise ValueError(f"elapsed_ms is {elapsed!r}, expected a number")
    return HistoryEntry(
        timestamp=_require_str(data, "timestamp"),
        profile_id=_require_str(data, "profile_id"),
        endpoint_key=_require_str(data, "endpoint_key"),
        request=RequestRecord(
            method=_require_str(request, "method"),
            url=_require_str(request, "url"),
            params=tuple(params),
        ),
        result_kind=_require_str(data, "result_kind"),
        http_status=_optional_int(data, "http_status"),
        row_count=_optional_int(data, "row_count"),
        elapsed_ms=float(elapsed),
    )


def _require_str(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} is {value!r}, expected a string")
    return value


def _optional_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{key} is {value!r}, expected an integer or null")
    return value


class History:
    """The last ``limit`` requests, kept in ``<config_dir>/history.jsonl``.

    Every change rewrites the file atomically.
    """

    def __init__(self, config_dir: Path, limit: int = DEFAULT_LIMIT) -> None:
        self._path = config_dir / FILE_NAME
        self._lock = threading.Lock()
        self._limit = _check_limit(limit)

    @property
    def path(self) -> Path:
        """Path of ``history.jsonl``."""
        return self._path

    @property
    def limit(self) -> int:
        """Number of entries kept; setting a lower value trims the file at once.

        Raises:
            ValueError: The new value is negative.
            OSError: Trimming the file failed.
        """
        return self._limit

    @limit.setter
    def limit(self, value: int) -> None:
        with self._lock:
            self._limit = _check_limit(value)
            lines = self._read_lines()
            if len(lines) > self._limit:
                self._write_lines(lines[len(lines) - self._limit :])

    def append(self, entry: HistoryEntry) -> None:
        """Redact ``entry.request`` (see ``redact_request``), add the entry and trim to ``limit``.

        Raises:
            OSError: The file could not be written; the history is left unchanged.
        """
        safe_entry = replace(entry, request=redact_request(entry.request))
        line = json.dumps(entry_to_json(safe_entry), ensure_ascii=False)
        with self._lock:
            lines = [*self._read_lines(), line]
            self._write_lines(lines[max(0, len(lines) - self._limit) :])

    def entries(self) -> list[HistoryEntry]:
        """Return the stored entries, newest first.

        Lines that cannot be read are skipped; one WARNING log names how many and where.

        Raises:
            OSError: The file exists but could not be read.
        """
        with self._lock:
            lines = self._read_lines()

        entries: list[HistoryEntry] = []
        bad_line_numbers: list[int] = []
        for number, line in enumerate(lines, start=1):
            try:
                entries.append(entry_from_json(json.loads(line)))
            except ValueError:  # json.JSONDecodeError is a ValueError too
                bad_line_numbers.append(number)
        if bad_line_numbers:
            log.warning(
                "%s: skipped %d unreadable line(s), first at line(s) %s",
                self._path,
                len(bad_line_numbers),
                ", ".join(str(number) for number in bad_line_numbers[:_MAX_REPORTED_LINES]),
            )
        entries.reverse()
        return entries[: self._limit]

    def clear(self) -> None:
        """Delete all entries (the file is removed).

        Raises:
            OSError: The file exists but could not be removed.
        """
        with self._lock:
            self._path.unlink(missing_ok=True)

    def _read_lines(self) -> list[str]:
        """Return the non-blank lines of the file; bytes that are not UTF-8 become U+FFFD."""
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return []
        text = raw.decode("utf-8", errors="replace")
        return [line for line in text.split("\n") if line.strip()]

    def _write_lines(self, lines: list[str]) -> None:
        write_text_atomic(self._path, "".join(line + "\n" for line in lines))


def _check_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise ValueError(f"History limit {limit!r} is invalid. Use a whole number of 0 or more.")
    return limit
