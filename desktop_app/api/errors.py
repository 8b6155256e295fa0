"""Builders of ``Problem`` values: what failed, on which value, and what to do next.

Titles and advice are English templates marked with ``QT_TRANSLATE_NOOP`` under the
``ApiMessages`` context. ``%1``, ``%2`` are filled from ``Problem.args`` by the UI after it
translates the template. Server and exception texts go into ``Problem.detail`` untranslated.
"""

from __future__ import annotations

import ssl

import httpx

from desktop_app.api.result import CANCELLED_TITLE, Problem, ProblemCode
from desktop_app.catalog.model import QT_TRANSLATE_NOOP

_HTTP_TITLE = QT_TRANSLATE_NOOP("ApiMessages", "The server replied to %1 with HTTP status %2.")
_HTTP_ADVICE_REDIRECT = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "The server sent a redirect, which API calls do not follow. Check the base URL in the "
    "profile: it should start with https:// and name the API host.",
)
_HTTP_ADVICE_REJECTED = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "The server or a firewall in front of it rejected the request. Check the base URL, and "
    "check that this computer's IP address is on the API user's allow-list.",
)
_HTTP_ADVICE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "ApiMessages", "Check the path and the base URL in the profile, then send again."
)
_HTTP_ADVICE_RATE = QT_TRANSLATE_NOOP(
    "ApiMessages", "The server is limiting the request rate. Wait a minute before sending again."
)
_HTTP_ADVICE_SERVER = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "The server or a gateway in front of it failed. Wait a moment and send again. "
    "The reply body below may say more.",
)
_HTTP_ADVICE_OTHER = QT_TRANSLATE_NOOP(
    "ApiMessages", "Check the path, the base URL and the parameters, then send again."
)


def http_status_problem(status: int, path: str, body_excerpt: str = "") -> Problem:
    """Describe a reply with an HTTP status other than 2xx."""
    if 300 <= status < 400:
        advice = _HTTP_ADVICE_REDIRECT
    elif status in (401, 403):
        advice = _HTTP_ADVICE_REJECTED
    elif status in (404, 405):
        advice = _HTTP_ADVICE_NOT_FOUND
    elif status == 429:
        advice = _HTTP_ADVICE_RATE
    elif status >= 500:
        advice = _HTTP_ADVICE_SERVER
    else:
        advice = _HTTP_ADVICE_OTHER
    return Problem(ProblemCode.HTTP_STATUS, _HTTP_TITLE, advice, (path, str(status)), body_excerpt)


def empty_body_problem(path: str) -> Problem:
    """Describe a 2xx reply without a body."""
    return Problem(
        ProblemCode.EMPTY_BODY,
        QT_TRANSLATE_NOOP("ApiMessages", "The server sent an empty reply to %1."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Send the request again. If the reply stays empty, check the path, because an "
            "unknown path can return an empty page.",
        ),
        (path,),
    )


def truncated_json_problem(path: str, error: str) -> Problem:
    """Describe a JSON reply that ends before its last value is complete."""
    return Problem(
        ProblemCode.TRUNCATED_JSON,
        QT_TRANSLATE_NOOP("ApiMessages", "The reply to %1 ends in the middle of the JSON data."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The connection was probably cut short. Send the request again. For large queries, "
            "lower resultsPerPage.",
        ),
        (path,),
        error,
    )


def php_notice_problem(path: str, notice: str) -> Problem:
    """Describe a JSON reply that has PHP warning text in front of it."""
    return Problem(
        ProblemCode.PHP_NOTICE,
        QT_TRANSLATE_NOOP(
            "ApiMessages", "The server put PHP warning text in front of the JSON reply to %1."
        ),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The data below was read from the JSON part and may be incomplete. The warning comes "
            "from the server; if it keeps appearing, send its text to the CRM's support.",
        ),
        (path,),
        notice,
    )


def not_json_problem(path: str, detail: str) -> Problem:
    """Describe a 2xx reply that is neither JSON nor XML, such as an HTML page."""
    return Problem(
        ProblemCode.NOT_JSON,
        QT_TRANSLATE_NOOP("ApiMessages", "The reply to %1 is neither JSON nor XML."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The raw reply is shown as text. An HTML page usually means that the base URL or the "
            "path is wrong, or that a proxy answered instead of the API.",
        ),
        (path,),
        detail,
    )


def unknown_result_problem(path: str, result_value: str) -> Problem:
    """Describe a parsed reply whose ``result`` field is missing (empty value) or unknown."""
    advice = QT_TRANSLATE_NOOP(
        "ApiMessages",
        "The data is shown as received. Check the path, because it may not be an API endpoint.",
    )
    if not result_value:
        title = QT_TRANSLATE_NOOP("ApiMessages", "The reply to %1 has no result field.")
        return Problem(ProblemCode.UNKNOWN_RESULT, title, advice, (path,))
    title = QT_TRANSLATE_NOOP("ApiMessages", "The reply to %1 has the unknown result value %2.")
    return Problem(ProblemCode.UNKNOWN_RESULT, title, advice, (path, result_value))


def ip_whitelist_problem(ip: str, message: str) -> Problem:
    """Describe the CRM's "IP must be whitelisted" error; ``ip`` may be empty."""
    if not ip:
        return Problem(
            ProblemCode.IP_WHITELIST,
            QT_TRANSLATE_NOOP(
                "ApiMessages",
                "The CRM rejected the request because this computer's IP address is not on the "
                "API user's allow-list.",
            ),
            QT_TRANSLATE_NOOP(
                "ApiMessages",
                "Add this computer's public IP address to the API user's allowed IPs in the CRM "
                "(Admin → Users → API user → IP allow-list), then send the request again.",
            ),
            (),
            message,
        )
    return Problem(
        ProblemCode.IP_WHITELIST,
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The CRM rejected the request because IP %1 is not on the API user's allow-list.",
        ),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Add %1 to the API user's allowed IPs in the CRM (Admin → Users → API user → "
            "IP allow-list), then send the request again.",
        ),
        (ip,),
        message,
    )


def login_problem(message: str) -> Problem:
    """Describe a rejected loginId or password."""
    return Problem(
        ProblemCode.LOGIN,
        QT_TRANSLATE_NOOP("ApiMessages", "The CRM rejected the loginId or the password."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Check the loginId and the password in the profile. Do not send again and again with "
            "the same values, because repeated failed logins can lock the API user.",
        ),
        (),
        message,
    )


def permission_problem(path: str, message: str) -> Problem:
    """Describe an endpoint that the API user is not allowed to call."""
    return Problem(
        ProblemCode.PERMISSION,
        QT_TRANSLATE_NOOP("ApiMessages", "The API user is not allowed to call %1."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "In the CRM, tick %1 in the API user's Access Details (Admin → Users → API user), "
            "then send the request again.",
        ),
        (path,),
        message,
    )


def crm_other_problem(path: str, message: str) -> Problem:
    """Describe any other ``result: ERROR`` reply; the server's message goes into the detail."""
    return Problem(
        ProblemCode.CRM_OTHER,
        QT_TRANSLATE_NOOP("ApiMessages", "The CRM returned an error for %1."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Read the server message below, correct the parameters it names, then send again.",
        ),
        (path,),
        message,
    )


def no_match_problem(path: str, message: str) -> Problem:
    """Describe an empty result set ("No … matching those parameters could be found")."""
    return Problem(
        ProblemCode.NO_MATCH,
        QT_TRANSLATE_NOOP("ApiMessages", "No records match these parameters on %1."),
        QT_TRANSLATE_NOOP(
            "ApiMessages", "Widen the filters, for example the date range, and send again."
        ),
        (path,),
        message,
    )


def redirect_problem(path: str, url: str, message: str) -> Problem:
    """Describe a ``MERC_REDIRECT`` reply; ``url`` may be empty."""
    title = QT_TRANSLATE_NOOP(
        "ApiMessages",
        "The CRM asks for a redirect step, such as 3-D Secure authentication, to finish %1.",
    )
    if not url:
        advice = QT_TRANSLATE_NOOP(
            "ApiMessages", "The reply has no redirect URL. Check the order in the CRM."
        )
        return Problem(ProblemCode.REDIRECT, title, advice, (path,), message)
    advice = QT_TRANSLATE_NOOP(
        "ApiMessages",
        "Open %2 in a browser to finish the step, then check the order in the CRM.",
    )
    return Problem(ProblemCode.REDIRECT, title, advice, (path, url), message)


def cancelled_problem(sent: bool) -> Problem:
    """Describe a cancelled request; ``sent`` is True when it had already reached the server."""
    if not sent:
        advice = QT_TRANSLATE_NOOP("ApiMessages", "Nothing was sent to the server.")
    else:
        advice = QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The server had already received the request. If it changes data, check in the CRM "
            "whether it was carried out before sending it again.",
        )
    return Problem(ProblemCode.CANCELLED, CANCELLED_TITLE, advice)


def invalid_path_problem(path: str) -> Problem:
    """Describe a typed path that cannot be sent."""
    return Problem(
        ProblemCode.INVALID_REQUEST,
        QT_TRANSLATE_NOOP("ApiMessages", "The path %1 is not valid."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Type a path such as /order/query/, without the host, a query string or spaces. "
            "Put the parameters in the parameter list.",
        ),
        (path,),
    )


_TRANSPORT_TEXTS: dict[ProblemCode, tuple[str, str]] = {
    ProblemCode.CONNECT: (
        QT_TRANSLATE_NOOP("ApiMessages", "Could not connect to %1."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Check the base URL in the profile and the network connection. A firewall or a "
            "proxy may block the host.",
        ),
    ),
    ProblemCode.TIMEOUT: (
        QT_TRANSLATE_NOOP("ApiMessages", "No reply from %1 within %2 seconds."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The request was not sent again automatically. If it changes data, check in the CRM "
            "whether it was carried out before sending it again. For large queries, lower "
            "resultsPerPage.",
        ),
    ),
    ProblemCode.RESET: (
        QT_TRANSLATE_NOOP(
            "ApiMessages", "The connection to %1 closed before the reply was complete."
        ),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "The request was not sent again automatically. If it changes data, check in the CRM "
            "whether it was carried out before sending it again.",
        ),
    ),
    ProblemCode.TLS: (
        QT_TRANSLATE_NOOP("ApiMessages", "The secure connection (TLS) to %1 failed."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Check that the base URL names the right host and that this computer's date and time "
            "are correct. A proxy that inspects HTTPS traffic can also cause this.",
        ),
    ),
    ProblemCode.INVALID_REQUEST: (
        QT_TRANSLATE_NOOP("ApiMessages", "The request to %1 could not be built."),
        QT_TRANSLATE_NOOP(
            "ApiMessages",
            "Check the base URL in the profile. It must start with https:// followed by a host "
            "name, for example https://api.konnektive.com.",
        ),
    ),
}


def transport_code(exc: BaseException) -> ProblemCode:
    """Classify an exception raised while sending a request or reading its reply.

    Args:
        exc: An ``httpx`` exception, an ``ssl.SSLError``, another ``OSError``, a
            ``UnicodeError`` from encoding the form, or the ``RuntimeError`` that httpx raises
            for a closed client.

    Returns:
        CONNECT, TIMEOUT, RESET, TLS or INVALID_REQUEST.
    """
    if _caused_by_tls(exc):
        return ProblemCode.TLS
    if isinstance(exc, httpx.TimeoutException):
        return ProblemCode.TIMEOUT
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol | httpx.LocalProtocolError):
        return ProblemCode.INVALID_REQUEST
    if isinstance(exc, RuntimeError | UnicodeError):
        # httpx raises RuntimeError for a request on a closed client, and a value with a lone
        # surrogate raises UnicodeEncodeError when the form is encoded.
        return ProblemCode.INVALID_REQUEST
    if isinstance(exc, httpx.ConnectError | httpx.ProxyError | ConnectionRefusedError):
        return ProblemCode.CONNECT
    return ProblemCode.RESET


# Text that OpenSSL puts in its error messages, e.g. "[SSL: CERTIFICATE_VERIFY_FAILED]".
_TLS_MARKERS = ("[ssl", "certificate verify failed", "wrong version number", "tlsv1 alert")


def _caused_by_tls(exc: BaseException) -> bool:
    """Return whether an ssl error is in the exception's cause chain or named in its text.

    httpx wraps ssl errors in ConnectError or ReadError and keeps them as the cause; the text
    check covers wrappers that drop the cause.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        text = str(current).lower()
        if any(marker in text for marker in _TLS_MARKERS):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def transport_problem(code: ProblemCode, url: str, exc: BaseException, timeout: float) -> Problem:
    """Describe a request that got no usable HTTP reply.

    Args:
        code: Result of ``transport_code(exc)``.
        url: URL of the request, without a query string.
        exc: The exception; its type and text become the detail.
        timeout: Timeout of the client in seconds, shown for TIMEOUT.
    """
    title, advice = _TRANSPORT_TEXTS[code]
    args = (url, f"{timeout:g}") if code is ProblemCode.TIMEOUT else (url,)
    return Problem(code, title, advice, args, exception_text(exc))


def exception_text(exc: BaseException) -> str:
    """Return ``"TypeName: message"`` for an exception, without a traceback."""
    message = str(exc).strip()
    name = type(exc).__name__
    return f"{name}: {message}" if message else name
