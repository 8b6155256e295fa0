"""Typed results of API calls, passed from worker threads to the GUI as frozen dataclasses.

Texts meant for users are English templates marked for translation under the
``ApiMessages`` context, with ``%1``, ``%2`` placeholders that the UI fills in
after translating (``Problem.args``).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.catalog.model import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.api.tabular import Table

MESSAGE_CONTEXT = "ApiMessages"


class ResultKind(enum.Enum):
    """Outcome of one call, from the user's point of view."""

    SUCCESS = "success"  # result SUCCESS with a payload that is not paged
    PAGED = "paged"  # result SUCCESS with totalResults/resultsPerPage/page/data
    EMPTY = "empty"  # "No ... matching those parameters could be found": zero rows
    # EMPTY also marks a PAAY result that is not ready yet (problem code PENDING, HTTP 404).
    CRM_ERROR = "crm_error"  # result ERROR (login, IP whitelist, permission, other)
    REDIRECT = "redirect"  # result MERC_REDIRECT: a 3DS or redirect step needs action
    TRANSPORT_ERROR = "transport_error"  # no usable HTTP reply: connect, timeout, reset
    HTTP_ERROR = "http_error"  # an HTTP status other than 2xx
    FORMAT_ERROR = "format_error"  # a 2xx reply whose body is not what the API sends
    CANCELLED = "cancelled"  # the user cancelled the request

    @property
    def is_error(self) -> bool:
        """Whether the result is a failure to show as an error card."""
        return self in (
            ResultKind.CRM_ERROR,
            ResultKind.TRANSPORT_ERROR,
            ResultKind.HTTP_ERROR,
            ResultKind.FORMAT_ERROR,
        )


class ProblemCode(enum.Enum):
    """Specific cause of an error result; each has its own text and advice in the UI."""

    LOGIN = "login"  # bad loginId or password
    IP_WHITELIST = "ip_whitelist"  # "IP must be whitelisted - <ip>"
    PERMISSION = "permission"  # the API user lacks the endpoint's permission
    CRM_OTHER = "crm_other"  # any other result ERROR
    HTTP_STATUS = "http_status"  # non-2xx HTTP status
    EMPTY_BODY = "empty_body"  # 2xx with no body
    TRUNCATED_JSON = "truncated_json"  # body starts like JSON but ends early
    PHP_NOTICE = "php_notice"  # server-side PHP warning text in front of the JSON
    NOT_JSON = "not_json"  # body is neither JSON nor XML (e.g. an HTML page)
    UNKNOWN_RESULT = "unknown_result"  # JSON without a known "result" value
    CONNECT = "connect"  # connection refused or host not found
    TIMEOUT = "timeout"  # no reply in time
    RESET = "reset"  # connection closed mid-reply
    TLS = "tls"  # certificate or TLS failure
    INVALID_REQUEST = "invalid_request"  # the request could not be built (bad URL etc.)
    TOKEN_REJECTED = "token_rejected"  # PAAY rejected the API key or the JWT (401/403)
    CLOCK_SKEW = "clock_skew"  # PAAY returned 401/403 with a Date over 60 s off this clock
    # Codes of results that are not errors but still carry an explanation.
    NO_MATCH = "no_match"  # EMPTY: "No ... matching those parameters could be found"
    REDIRECT = "redirect"  # REDIRECT: MERC_REDIRECT, a 3DS or redirect step is needed
    CANCELLED = "cancelled"  # CANCELLED: the user stopped the request
    # EMPTY with HTTP 404: PAAY has no 3DS result yet (open or abandoned challenge).
    PENDING = "pending"


@dataclass(frozen=True)
class Problem:
    """A user-facing explanation: what failed, on which value, and what to do.

    Attributes:
        code: Specific cause.
        title: English template (translatable, context ``ApiMessages``) saying what failed.
        advice: English template saying what to do next.
        args: Values for the ``%1``, ``%2`` … placeholders of both templates.
        detail: Untranslated server text or exception text, shown as plain text.
    """

    code: ProblemCode
    title: str
    advice: str = ""
    args: tuple[str, ...] = ()
    detail: str = ""


@dataclass(frozen=True)
class Paging:
    """Paging facts of a paged reply."""

    total_results: int
    results_per_page: int
    page: int


@dataclass(frozen=True)
class RequestRecord:
    """The request as sent, with secrets removed (safe to show, log and keep in history).

    Attributes:
        method: HTTP method.
        url: Full URL without a query string.
        params: Form fields in sending order, with password-like values replaced by ``***``
            and card numbers masked to first 6 / last 4.
    """

    method: str
    url: str
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ApiResult:
    """One finished call.

    Attributes:
        kind: Outcome.
        request: What was sent (redacted).
        http_status: HTTP status, or None when no reply arrived.
        elapsed_ms: Time from sending to the parsed result, in milliseconds.
        body_text: Reply body as text (empty when none); shown raw, never rendered as HTML.
        content_format: ``"json"``, ``"xml"``, ``"text"`` or ``""`` for no body.
        data: Parsed reply. JSON keeps integers as ``int`` and decimals as ``Decimal``;
            XML becomes nested dicts and lists. None when nothing could be parsed.
        rows: The records of paged and list replies, else None. A large reply gives
            ``records.RawRecords``, which decodes each record when it is read.
        row_count: Number of records the reply contains (0 for EMPTY), or None when not a list.
        paging: Paging facts for PAGED results.
        problem: Explanation for errors, CANCELLED, EMPTY and REDIRECT results.
        redirect_url: The ``url`` sibling of a MERC_REDIRECT reply, if any.
        table: The records of ``data`` as a table (``api.tabular.with_table`` fills it in
            the worker thread), or None when the reply holds no records.
    """

    kind: ResultKind
    request: RequestRecord
    http_status: int | None = None
    elapsed_ms: float = 0.0
    body_text: str = ""
    content_format: str = ""
    data: Any = None
    rows: Sequence[Any] | None = field(default=None, compare=False)
    row_count: int | None = None
    paging: Paging | None = None
    problem: Problem | None = None
    redirect_url: str = ""
    table: Table | None = field(default=None, compare=False)


# Templates shared by several producers of results.
CANCELLED_TITLE = QT_TRANSLATE_NOOP("ApiMessages", "The request was cancelled.")
