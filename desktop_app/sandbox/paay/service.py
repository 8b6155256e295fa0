"""``PaaySandbox``: the PAAY 3-D Secure side of the sandbox server.

Paths, each under ``/v2.2`` and ``/v2``:

* ``GET /authenticate/{transactionId}`` and ``GET /transaction/{transactionId}/updates``:
  200 with the result, or 404 with an ``error`` body while a challenge is open or when the id
  is unknown;
* ``POST /authenticate/browser``: 201 with a new authentication, whose status depends on the
  last 4 digits of ``pan`` (see ``STATUS_BY_LAST4``);
* ``POST /authenticate/3ri``: 201 with a new merchant-initiated authentication, never C.

Every request needs the sandbox API key and a valid token (``auth``), or gets 401.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from typing import Any
from urllib.parse import unquote

from desktop_app.sandbox.paay import records
from desktop_app.sandbox.paay.auth import check_credentials
from desktop_app.sandbox.paay.validation import check_3ri, check_browser
from desktop_app.sandbox.replies import JSON_TYPE, Reply
from desktop_app.sandbox.request import RecordedRequest
from desktop_app.sandbox.store import Row, Store

logger = logging.getLogger(__name__)

STATUS_BY_LAST4 = {"3220": "C", "0002": "N", "0069": "R", "0085": "U", "0093": "A"}
"""Status of a new browser authentication by the card's last 4 digits. Other cards get Y.
3RI authentications use the same table but turn C into Y, because 3RI has no challenge."""

_VERSION = r"/v(?:2\.2|2)"
_RESULT = re.compile(rf"^{_VERSION}/authenticate/(?P<id>[^/]+)/?$")
_UPDATES = re.compile(rf"^{_VERSION}/transaction/(?P<id>[^/]+)/updates/?$")
_START = re.compile(rf"^{_VERSION}/authenticate/(?P<channel>browser|3ri)/?$")
_PAAY_PREFIX = re.compile(rf"^{_VERSION}(?:/|$)")


def is_paay_path(path: str) -> bool:
    """Return whether a request path belongs to the fake PAAY API (starts with /v2 or /v2.2)."""
    return _PAAY_PREFIX.match(path) is not None


class PaaySandbox:
    """The PAAY records of one sandbox and the replies to PAAY requests.

    Seeded records are read from the store's transactions on every request, so
    ``SandboxServer.reset_data`` brings them back. Authentications started through the API
    and completed challenges are kept here until ``reset``.

    Args:
        store: The sandbox's data; its lock is taken while transactions are read.
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._lock = threading.Lock()
        self._records: dict[str, Row] = {}

    def reset(self) -> None:
        """Forget the authentications started through the API and the completed challenges."""
        with self._lock:
            self._records.clear()

    def record(self, transaction_id: str) -> Row | None:
        """Return a copy of the record with this PAAY ``transactionId``, or None."""
        found = self._find(transaction_id)
        return None if found is None else dict(found)

    def complete_challenge(self, transaction_id: str, status: str = "Y") -> None:
        """Finish an open challenge (status C) with a final status.

        Raises:
            KeyError: No record has this id.
            ValueError: The record is not an open challenge, or ``status`` is not final.
        """
        if status not in records.FINAL_STATUSES:
            raise ValueError(f"status must be one of {records.FINAL_STATUSES}, not {status!r}")
        found = self._find(transaction_id)
        if found is None:
            raise KeyError(transaction_id)
        if found["status"] != records.CHALLENGE_STATUS:
            raise ValueError(f"PAAY transaction {transaction_id} has no open challenge")
        with self._lock:
            self._records[transaction_id] = records.complete(found, status)
        logger.info("PAAY challenge %s completed with status %s", transaction_id, status)

    def respond(self, request: RecordedRequest, now: float) -> Reply:
        """Build the reply to one PAAY request.

        Args:
            request: The request as received.
            now: The sandbox's current time as a Unix timestamp (used for token times).
        """
        path = request.path
        start = _START.match(path)
        lookup = None if start is not None else (_RESULT.match(path) or _UPDATES.match(path))
        channel = start.group("channel") if start is not None else ""
        transaction_id = unquote(lookup.group("id")) if lookup is not None else ""
        if not channel and not transaction_id:
            return _json(404, {"error": f"Unknown PAAY path {path}"})

        reason = check_credentials(request.headers, now)
        if reason:
            logger.info("PAAY request to %s rejected: %s", path, reason)
            return _json(401, {"error": "Unauthorized", "message": reason})

        expected_method = "POST" if channel else "GET"
        if request.method != expected_method:
            return _json(405, {"error": f"Use {expected_method} for {path}"})
        if channel:
            return self._start(channel, request.body)
        return self._result(transaction_id)

    def _result(self, transaction_id: str) -> Reply:
        found = self._find(transaction_id)
        if found is None:
            body = {"error": f"No transaction found with id {transaction_id}"}
            return _json(404, body)
        if found["status"] == records.CHALLENGE_STATUS:
            return _json(404, records.pending_reply(transaction_id, found["correlationId"]))
        return _json(200, records.reply_fields(found))

    def _start(self, channel: str, body: bytes) -> Reply:
        try:
            payload = json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return _json(400, {"error": f"The request body is not valid JSON: {exc}"})
        if not isinstance(payload, dict):
            return _json(400, {"error": "The request body must be a JSON object"})
        problems = check_browser(payload) if channel == "browser" else check_3ri(payload)
        if problems:
            return _json(400, {"error": "Invalid request", "errors": problems})

        pan = str(payload["pan"])
        status = STATUS_BY_LAST4.get(pan[-4:], "Y")
        if channel == "3ri" and status == records.CHALLENGE_STATUS:
            status = "Y"
        version = str(payload.get("protocolVersion") or "2.2.0")
        record = records.new_authentication(pan, status, version)
        with self._lock:
            self._records[record["transactionId"]] = record
        new_id = record["transactionId"]
        logger.info("PAAY %s authentication %s: status %s", channel, new_id, status)
        return _json(201, records.reply_fields(record))

    def _find(self, transaction_id: str) -> Row | None:
        with self._lock:
            own = self._records.get(transaction_id)
        if own is not None:
            return own
        with self._store.lock:
            for txn in self._store.transactions.values():
                if txn.get("threeDStransactionId") == transaction_id and txn.get("3DTxnResult"):
                    return records.from_transaction(txn)
        return None


def _json(status: int, body: dict[str, Any]) -> Reply:
    return Reply(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), JSON_TYPE)
