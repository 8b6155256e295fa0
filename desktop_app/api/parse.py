"""Turning one HTTP reply of the Konnektive API into an ``ApiResult``.

``parse_reply`` is a pure function of the status, content type and body bytes, so every reply
shape can be tested without a server. The Konnektive envelope is
``{"result": "SUCCESS" | "ERROR" | "MERC_REDIRECT", "message": ...}``. Application errors arrive
with HTTP status 200, and an empty search arrives as ``result: ERROR`` with the text
"No <records> matching those parameters could be found".
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import msgspec

from desktop_app.api import errors
from desktop_app.api.jsonexact import (
    JsonValueError,
    find_trailing_json,
    loads_exact,
    looks_truncated,
)
from desktop_app.api.records import RawRecords, decode_large
from desktop_app.api.reply_text import excerpt, find_ip, html_summary, message_text, plain_text
from desktop_app.api.result import ApiResult, Paging, ProblemCode, RequestRecord, ResultKind
from desktop_app.api.xmlreply import XmlReplyError, looks_like_html, looks_like_xml, parse_xml

_PAGED_KEYS = ("totalResults", "resultsPerPage", "page", "data")

_NO_MATCH = re.compile(r"(?is)^\s*no\b.*\bmatching\s+those\s+parameters\b")
_IP_WHITELIST = re.compile(r"(?i)\bIP\b.*\b(?:white-?list|allow-?list)")
# A leading word boundary keeps field names such as eCommerceLogin or eCommercePassword
# (a club member's details) from reading as a rejected API login.
_LOGIN = re.compile(r"(?i)\b(?:login|password|credential|authenticat)")
_PERMISSION = re.compile(
    r"(?i)permission|not\s+authori[sz]ed|unauthori[sz]ed|access\s+denied|not\s+allowed|forbidden"
)
_NO_RECORDS = re.compile(r"(?is)^\s*no\s+\S.*\b(?:found|matching)\b")

# Replies with more text than this keep no copy of it once their JSON is parsed.
KEEP_BODY_CHARS = 1_000_000
LARGE_REPLY_BYTES = 256 * 1024
"""Successful JSON replies of at least this size keep their record arrays encoded."""


@dataclass(frozen=True)
class _Reply:
    """Facts shared by every result built from one reply."""

    request: RequestRecord
    status: int
    elapsed_ms: float
    text: str
    path: str

    def result(self, kind: ResultKind, content_format: str, **fields: Any) -> ApiResult:
        return ApiResult(
            kind=kind,
            request=self.request,
            http_status=self.status,
            elapsed_ms=self.elapsed_ms,
            body_text=self.text,
            content_format=content_format,
            **fields,
        )


def request_path(request: RequestRecord) -> str:
    """Return the path part of the request's URL, shown in problem texts."""
    return urlsplit(request.url).path or request.url


def parse_reply(
    status: int,
    content_type: str,
    body: bytes | bytearray,
    request: RequestRecord,
    elapsed_ms: float,
) -> ApiResult:
    """Classify one HTTP reply.

    Args:
        status: HTTP status code.
        content_type: Value of the Content-Type header, or ``""``. Only used to recognise XML;
            the body is always decoded as UTF-8, with invalid bytes replaced.
        body: Reply body as received.
        request: What was sent, already redacted.
        elapsed_ms: Time the request took, in milliseconds.

    Returns:
        The result. Nothing is raised for any input.
    """
    if len(body) >= LARGE_REPLY_BYTES and 200 <= status < 300:
        large = _parse_large_json(status, body, request, elapsed_ms)
        if large is not None:
            return large
    text = body.decode("utf-8", errors="replace").removeprefix("\ufeff")
    reply = _Reply(request, status, elapsed_ms, text, request_path(request))
    try:
        result = _parse_text(reply, text.strip(), content_type)
    except RecursionError:
        # Replies nested deeper than Python's recursion limit (XML has no depth limit).
        problem = errors.not_json_problem(reply.path, "The reply is nested too deeply to read.")
        return reply.result(ResultKind.FORMAT_ERROR, "text", problem=problem)
    if len(text) > KEEP_BODY_CHARS and _raw_view_uses_data(result):
        # The raw view prints a parsed JSON reply from its data, so the text of a large one
        # would only take memory (16 MB of text for a 5,000-order page).
        result = dataclasses.replace(result, body_text="")
    return result


def _parse_large_json(
    status: int, body: bytes | bytearray, request: RequestRecord, elapsed_ms: float
) -> ApiResult | None:
    """Classify a large JSON reply without turning its body into text.

    Its record arrays stay encoded (``records.RawRecords``), which keeps a 15 MB reply at
    about its own size in memory. Returns None when the body does not decode this way or the
    reply is not a success, so that ``parse_reply`` reads it as text and can show the text
    next to the error.
    """
    # A body that is not JSON (an HTML page, a PHP notice) fails at its first bytes.
    try:
        data = decode_large(body)
    except (msgspec.DecodeError, ValueError, RecursionError):
        return None
    reply = _Reply(request, status, elapsed_ms, "", request_path(request))
    result = _classify(reply, data, "json")
    if result.kind.is_error or result.problem is not None:
        return None
    return result


def _raw_view_uses_data(result: ApiResult) -> bool:
    """Tell whether the viewer shows this result's raw text from its parsed data."""
    notice = result.problem is not None and result.problem.code is ProblemCode.PHP_NOTICE
    return (result.content_format == "json" and result.data is not None
            and not result.kind.is_error and not notice)


def _parse_text(reply: _Reply, stripped: str, content_type: str) -> ApiResult:
    status = reply.status
    if not 200 <= status < 300:
        return _http_error(reply, stripped)
    if not stripped:
        problem = errors.empty_body_problem(reply.path)
        return reply.result(ResultKind.FORMAT_ERROR, "", problem=problem)
    if stripped[0] in "{[":
        return _parse_json_text(reply, stripped)
    if looks_like_html(stripped):
        problem = errors.not_json_problem(reply.path, html_summary(stripped))
        return reply.result(ResultKind.FORMAT_ERROR, "text", problem=problem)
    if looks_like_xml(stripped, content_type):
        return _parse_xml_text(reply, stripped)

    found = find_trailing_json(stripped)
    if found is not None:
        start, data = found
        return _php_notice(reply, stripped[:start], data)
    problem = errors.not_json_problem(reply.path, excerpt(stripped))
    return reply.result(ResultKind.FORMAT_ERROR, "text", problem=problem)


def _http_error(reply: _Reply, stripped: str) -> ApiResult:
    data: Any = None
    content_format = "text" if stripped else ""
    if stripped[:1] in ("{", "["):
        try:
            data = loads_exact(stripped)
            content_format = "json"
        except ValueError:
            data = None
    if looks_like_html(stripped):
        detail = html_summary(stripped)
    else:
        detail = excerpt(stripped)
    problem = errors.http_status_problem(reply.status, reply.path, detail)
    return reply.result(ResultKind.HTTP_ERROR, content_format, data=data, problem=problem)


def _parse_json_text(reply: _Reply, stripped: str) -> ApiResult:
    try:
        data = loads_exact(stripped)
    except json.JSONDecodeError as exc:
        if looks_truncated(stripped, exc):
            problem = errors.truncated_json_problem(reply.path, str(exc))
        else:
            problem = errors.not_json_problem(reply.path, str(exc))
        return reply.result(ResultKind.FORMAT_ERROR, "text", problem=problem)
    except JsonValueError as exc:
        problem = errors.not_json_problem(reply.path, str(exc))
        return reply.result(ResultKind.FORMAT_ERROR, "text", problem=problem)
    return _classify(reply, data, "json")


def _parse_xml_text(reply: _Reply, stripped: str) -> ApiResult:
    try:
        data = parse_xml(stripped)
    except XmlReplyError as exc:
        problem = errors.not_json_problem(reply.path, str(exc))
        return reply.result(ResultKind.FORMAT_ERROR, "text", problem=problem)
    return _classify(reply, data, "xml")


def _php_notice(reply: _Reply, prefix: str, data: Any) -> ApiResult:
    """Build the PHP_NOTICE result, keeping the rows of a successful envelope behind it."""
    inner = _classify(reply, data, "json")
    problem = errors.php_notice_problem(reply.path, plain_text(prefix))
    return reply.result(
        ResultKind.FORMAT_ERROR,
        "json",
        data=data,
        rows=inner.rows,
        row_count=inner.row_count,
        paging=inner.paging,
        redirect_url=inner.redirect_url,
        problem=problem,
    )


def _classify(reply: _Reply, data: Any, content_format: str) -> ApiResult:
    """Classify a parsed envelope by its ``result`` value."""
    if not isinstance(data, dict) or "result" not in data:
        problem = errors.unknown_result_problem(reply.path, "")
        return reply.result(ResultKind.FORMAT_ERROR, content_format, data=data, problem=problem)

    raw_result = data["result"]
    result = raw_result.strip().upper() if isinstance(raw_result, str) else str(raw_result)
    message = data.get("message")

    if result == "SUCCESS":
        return _success(reply, data, message, content_format)
    if result == "ERROR":
        return _error(reply, data, message, content_format)
    if result == "MERC_REDIRECT":
        url = _redirect_url(data, message)
        problem = errors.redirect_problem(reply.path, url, message_text(message))
        return reply.result(
            ResultKind.REDIRECT, content_format, data=data, redirect_url=url, problem=problem
        )
    problem = errors.unknown_result_problem(reply.path, excerpt(str(raw_result)))
    return reply.result(ResultKind.FORMAT_ERROR, content_format, data=data, problem=problem)


def _success(reply: _Reply, data: Any, message: Any, content_format: str) -> ApiResult:
    from_xml = content_format == "xml"
    paged = _paged_rows(message, from_xml)
    if paged is not None:
        rows, paging = paged
        return reply.result(
            ResultKind.PAGED,
            content_format,
            data=data,
            rows=rows,
            row_count=len(rows),
            paging=paging,
        )
    rows_or_none = _record_list(message, from_xml)
    row_count = None if rows_or_none is None else len(rows_or_none)
    return reply.result(
        ResultKind.SUCCESS, content_format, data=data, rows=rows_or_none, row_count=row_count
    )


def _error(reply: _Reply, data: Any, message: Any, content_format: str) -> ApiResult:
    """Classify ``result: ERROR`` by its message: no match, IP, login, permission or other."""
    text = message_text(message)
    kind = ResultKind.CRM_ERROR
    fields: dict[str, Any] = {}

    if _NO_MATCH.search(text):
        kind = ResultKind.EMPTY
        fields = {"rows": [], "row_count": 0}
        problem = errors.no_match_problem(reply.path, text)
    elif _IP_WHITELIST.search(text):
        problem = errors.ip_whitelist_problem(find_ip(text), text)
    elif _LOGIN.search(text):
        problem = errors.login_problem(text)
    elif _PERMISSION.search(text):
        problem = errors.permission_problem(reply.path, text)
    elif _NO_RECORDS.search(text):
        kind = ResultKind.EMPTY
        fields = {"rows": [], "row_count": 0}
        problem = errors.no_match_problem(reply.path, text)
    else:
        problem = errors.crm_other_problem(reply.path, text)
    return reply.result(kind, content_format, data=data, problem=problem, **fields)


def _paged_rows(message: Any, from_xml: bool) -> tuple[Sequence[Any], Paging] | None:
    """Return the rows and paging facts of a paged payload, or None when it is not one."""
    if not isinstance(message, dict) or not all(key in message for key in _PAGED_KEYS):
        return None
    total = _as_int(message["totalResults"])
    per_page = _as_int(message["resultsPerPage"])
    page = _as_int(message["page"])
    if total is None or per_page is None or page is None:
        return None

    payload = message["data"]
    rows = [] if payload is None or payload == "" else _record_list(payload, from_xml)
    if rows is None:
        return None
    return rows, Paging(total_results=total, results_per_page=per_page, page=page)


def _record_list(message: Any, from_xml: bool) -> Sequence[Any] | None:
    """Return the records of a list payload, or None when the payload is not a list.

    Lists and ``RawRecords`` are records as they are. A dict keyed by ids whose values are
    all dicts (the shape of ``/product/query/`` replies) gives its values. In XML a list is
    spelled as one repeated child tag (``<data><order/><order/></data>``), so a dict with a
    single key gives that key's list, or a one-item list for a single child.
    """
    if isinstance(message, list | RawRecords):
        return message
    if not isinstance(message, dict) or not message:
        return None
    values = list(message.values())
    if from_xml and len(values) == 1:
        only = values[0]
        if isinstance(only, list):
            return only
        if isinstance(only, dict):
            return [only]
    if all(isinstance(value, dict) for value in values) and all(map(_looks_like_id, message)):
        return values
    return None


_ID_KEY = re.compile(r"[0-9A-Za-z_.:-]*\d[0-9A-Za-z_.:-]*")


def _looks_like_id(key: Any) -> bool:
    """Return whether a dict key looks like a record id or date (it contains a digit)."""
    return isinstance(key, str) and _ID_KEY.fullmatch(key) is not None


def _as_int(value: Any) -> int | None:
    """Read a paging number sent as an int, a digit string ("401") or an integral decimal."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,18}\s*", value):
        return int(value)
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    return None


def _redirect_url(data: dict[str, Any], message: Any) -> str:
    """Return the ``url`` sibling of a MERC_REDIRECT reply, or one inside ``message``."""
    for holder in (data, message):
        if isinstance(holder, dict):
            url = holder.get("url")
            if isinstance(url, str) and url.strip():
                return url.strip()
    return ""
