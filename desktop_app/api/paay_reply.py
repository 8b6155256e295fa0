"""Classification of PAAY replies into ``ApiResult`` values, and the PAAY problem texts.

PAAY replies are plain JSON objects without Konnektive's ``result`` envelope, so a 2xx reply
with a JSON object or list is a SUCCESS. Three statuses get their own meaning:

* 404 with a JSON body on the result path: the result is not ready yet. The result is EMPTY
  with problem code PENDING, so it shows as a note rather than as an error. PAAY returns the
  same reply while a challenge is open, after it was abandoned, and for an unknown id.
* 401 and 403: HTTP_ERROR with TOKEN_REJECTED, or with CLOCK_SKEW when the server's ``Date``
  header differs from this computer's clock by more than ``CLOCK_SKEW_LIMIT_SECONDS``.
* anything else: as ``parse_reply`` classifies it.
"""

from __future__ import annotations

import dataclasses
import time
from email.utils import parsedate_to_datetime
from typing import Any

from desktop_app.api.parse import parse_reply
from desktop_app.api.result import ApiResult, Problem, ProblemCode, RequestRecord, ResultKind
from desktop_app.catalog.model import QT_TRANSLATE_NOOP

CLOCK_SKEW_LIMIT_SECONDS = 60
_DETAIL_LIMIT = 500

_PENDING_TITLE = QT_TRANSLATE_NOOP("ApiMessages", "PAAY has no 3-D Secure result for %1 yet.")
_PENDING_ADVICE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "PAAY returns this reply while the cardholder's challenge is open, after a challenge was "
    "abandoned, and for an unknown transaction ID. Check that the ID is PAAY's transactionId "
    "and not the dsTransId, then fetch the result again later.",
)
_TOKEN_TITLE = QT_TRANSLATE_NOOP(
    "ApiMessages", "PAAY rejected the API key or the signed token (HTTP %1)."
)
_TOKEN_ADVICE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Check the PAAY API key and secret in the profile, and try another JWT claim layout. "
    "Sandbox and production keys are different.",
)
_CLOCK_BEHIND_TITLE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "PAAY rejected the request, and this computer's clock is %1 seconds behind the server's "
    "clock.",
)
_CLOCK_AHEAD_TITLE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "PAAY rejected the request, and this computer's clock is %1 seconds ahead of the "
    "server's clock.",
)
_CLOCK_ADVICE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Tokens are stamped with this computer's time, so PAAY sees them as expired or not yet "
    "valid. Set the date and time to update automatically from the network, then send again.",
)
_BODY_TITLE = QT_TRANSLATE_NOOP("ApiMessages", "The value of %1 cannot be sent to PAAY.")
_BODY_ADVICE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Amounts need a number such as 29.95, yes/no fields need 1 or 0, and the transaction ID "
    "must not be empty. A name cannot be both a value and a group such as browser.",
)


def pending_problem(transaction_id: str, detail: str) -> Problem:
    """Describe a result that PAAY does not have yet (HTTP 404 on the result path)."""
    return Problem(ProblemCode.PENDING, _PENDING_TITLE, _PENDING_ADVICE, (transaction_id,), detail)


def token_rejected_problem(status: int, detail: str) -> Problem:
    """Describe an HTTP 401 or 403 reply with a clock that matches the server's."""
    return Problem(ProblemCode.TOKEN_REJECTED, _TOKEN_TITLE, _TOKEN_ADVICE, (str(status),), detail)


def clock_skew_problem(skew_seconds: int, detail: str) -> Problem:
    """Describe an HTTP 401 or 403 reply from a server whose clock differs from this one.

    Args:
        skew_seconds: Server time minus local time; positive when this clock is behind.
        detail: Excerpt of the reply body.
    """
    title = _CLOCK_BEHIND_TITLE if skew_seconds > 0 else _CLOCK_AHEAD_TITLE
    return Problem(ProblemCode.CLOCK_SKEW, title, _CLOCK_ADVICE, (str(abs(skew_seconds)),), detail)


def body_problem(field: str, detail: str) -> Problem:
    """Describe a form value that cannot be put into the JSON body."""
    return Problem(ProblemCode.INVALID_REQUEST, _BODY_TITLE, _BODY_ADVICE, (field,), detail)


def clock_skew_seconds(date_header: str, local_time: float) -> int | None:
    """Return the server's ``Date`` minus ``local_time`` in whole seconds.

    Returns:
        The difference, or None when the header is missing or cannot be read.
    """
    if not date_header:
        return None
    try:
        server_time = parsedate_to_datetime(date_header).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return round(server_time - local_time)


def classify_reply(
    status: int,
    headers: dict[str, str],
    body: bytes | bytearray,
    request: RequestRecord,
    *,
    pending_id: str | None = None,
    received_at: float | None = None,
) -> ApiResult:
    """Classify one PAAY reply.

    Args:
        status: HTTP status code.
        headers: Reply headers with lower-case names; ``content-type`` and ``date`` are read.
        body: Reply body as received.
        request: What was sent, already redacted.
        pending_id: The transaction ID when the request fetched a result, else None. Only
            then does a 404 mean "pending".
        received_at: Local Unix time when the reply arrived; None reads the clock now.

    Returns:
        The result, with ``elapsed_ms`` 0. Nothing is raised for any input.
    """
    result = parse_reply(status, headers.get("content-type", ""), body, request, 0.0)
    if 200 <= status < 300:
        return _success(result)
    detail = _detail(result)
    if status == 404 and pending_id is not None and isinstance(result.data, dict):
        problem = pending_problem(pending_id, detail)
        return dataclasses.replace(result, kind=ResultKind.EMPTY, row_count=0, problem=problem)
    if status in (401, 403):
        now = time.time() if received_at is None else received_at
        skew = clock_skew_seconds(headers.get("date", ""), now)
        if skew is not None and abs(skew) > CLOCK_SKEW_LIMIT_SECONDS:
            return dataclasses.replace(result, problem=clock_skew_problem(skew, detail))
        return dataclasses.replace(result, problem=token_rejected_problem(status, detail))
    return result


def _success(result: ApiResult) -> ApiResult:
    """Turn parse_reply's "no result field" verdict on a 2xx JSON reply into SUCCESS."""
    problem = result.problem
    if problem is None or problem.code is not ProblemCode.UNKNOWN_RESULT or result.data is None:
        return result
    rows = result.data if isinstance(result.data, list) else None
    row_count = None if rows is None else len(rows)
    return dataclasses.replace(
        result, kind=ResultKind.SUCCESS, problem=None, rows=rows, row_count=row_count
    )


def _detail(result: ApiResult) -> str:
    """Return the server's own error text, or the body excerpt that parse_reply kept."""
    data: Any = result.data
    if isinstance(data, dict):
        texts = [str(data[key]) for key in ("error", "message", "errors") if data.get(key)]
        if texts:
            return " - ".join(texts)[:_DETAIL_LIMIT]
    if result.problem is not None:
        return result.problem.detail
    return ""


__all__ = [
    "CLOCK_SKEW_LIMIT_SECONDS",
    "body_problem",
    "classify_reply",
    "clock_skew_problem",
    "clock_skew_seconds",
    "pending_problem",
    "token_rejected_problem",
]
