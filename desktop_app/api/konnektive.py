"""HTTP client for the Konnektive CRM API.

Every call is a form-encoded POST to ``{base_url}{path}`` with ``loginId`` and ``password``
added to the body. Calls return an ``ApiResult`` for every outcome (CRM errors, HTTP errors,
transport failures, cancellation) instead of raising. Nothing is sent again automatically, because
repeated failed logins can lock the API user and a repeated write could charge a card twice.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import ssl
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx

from desktop_app.api import errors
from desktop_app.api.cancel import CancelToken
from desktop_app.api.parse import parse_reply
from desktop_app.api.redact import redact_pairs
from desktop_app.api.result import ApiResult, RequestRecord, ResultKind
from desktop_app.api.transport import TRANSPORT_ERRORS, send_and_read
from desktop_app.catalog.model import Endpoint

logger = logging.getLogger(__name__)

BASE_URL_PRESETS = (
    "https://api.konnektive.com",
    "https://api2.konnektive.com",
    "https://api.checkoutchamp.com",
)
DEFAULT_BASE_URL = BASE_URL_PRESETS[0]

# Form fields that always come from the credentials; user-supplied pairs with these names
# are dropped.
AUTH_FIELDS = ("loginId", "password")
RESPONSE_TYPE = "responseType"
# On this path responseType is a filter (SUCCESS, HARD_DECLINE, SOFT_DECLINE), not a format.
TRANSACTIONS_QUERY_PATH = "/transactions/query/"

_ALLOWED_PATH = re.compile(r"/[A-Za-z0-9._~/-]*")
_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class KonnektiveCredentials:
    """API user login sent with every call.

    Attributes:
        login_id: The API user's ``loginId``.
        password: The API user's password; ``repr()`` shows ``***`` in its place.
    """

    login_id: str
    password: str

    def __repr__(self) -> str:
        return f"KonnektiveCredentials(login_id={self.login_id!r}, password='***')"


def normalize_path(path: str) -> str:
    """Return a typed path with surrounding whitespace removed and a leading ``/``.

    A trailing slash is kept when the user typed one and not added otherwise, because
    ``/transactions/update`` has none.
    """
    cleaned = path.strip()
    return cleaned if cleaned.startswith("/") else "/" + cleaned


def is_valid_path(path: str) -> bool:
    """Return whether a normalized path has only letters, digits, ``/``, ``.``, ``_``, ``~``, ``-``.

    Hosts, query strings, fragments, spaces and percent escapes are rejected.
    """
    return _ALLOWED_PATH.fullmatch(path) is not None and not path.startswith("//")


def build_form(
    credentials: KonnektiveCredentials,
    params: Sequence[tuple[str, str]],
    add_response_type: bool,
) -> list[tuple[str, str]]:
    """Build the form fields of a call in sending order.

    Args:
        credentials: Added first as ``loginId`` and ``password``.
        params: The user's fields. Pairs named ``loginId`` or ``password`` are dropped.
        add_response_type: Whether to append ``responseType=json``. It is not appended when
            ``params`` already has a ``responseType`` pair.

    Returns:
        The fields, ready for ``urllib.parse.urlencode``.
    """
    user_pairs = [(name, value) for name, value in params if name not in AUTH_FIELDS]
    form = [("loginId", credentials.login_id), ("password", credentials.password), *user_pairs]
    if add_response_type and not any(name == RESPONSE_TYPE for name, _ in user_pairs):
        form.append((RESPONSE_TYPE, "json"))
    return form


class KonnektiveClient:
    """Sends calls to one Konnektive host over one shared ``httpx.Client``.

    The instance is safe to use from several worker threads at once; connections are pooled
    and reused. Call ``close()`` when the profile changes or the app exits.

    Args:
        base_url: Host URL such as ``https://api.konnektive.com``; a trailing ``/`` is removed.
        credentials: API user login added to every call.
        add_response_type: Append ``responseType=json`` to calls whose endpoint has no
            ``responseType`` parameter of its own.
        timeout: Seconds allowed for connecting and for each read or write.
        transport: Custom httpx transport (tests use it to force transport faults).
    """

    def __init__(
        self,
        base_url: str,
        credentials: KonnektiveCredentials,
        *,
        add_response_type: bool = True,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._base_url = base_url.strip().rstrip("/")
        self._credentials = credentials
        self._add_response_type = add_response_type
        self._timeout = timeout
        self._transport = transport
        # The httpx.Client is built on first use, in the worker thread that sends: building
        # it loads the CA bundle into an SSL context, which holds the GIL for a noticeable
        # time and would freeze the GUI thread if done there.
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()
        self._closed = False

    @property
    def base_url(self) -> str:
        """Host URL without a trailing slash."""
        return self._base_url

    @property
    def timeout(self) -> float:
        """Seconds allowed for connecting and for each read or write."""
        return self._timeout

    def call(
        self,
        endpoint: Endpoint,
        params: Sequence[tuple[str, str]],
        cancel: CancelToken | None = None,
    ) -> ApiResult:
        """Send one catalog endpoint's request.

        Args:
            endpoint: The endpoint; its ``path`` is sent exactly as written.
            params: Form fields as ``(name, value)`` pairs, in order. Repeated names are sent
                repeatedly.
            cancel: Token that stops the request before sending or while the reply arrives.

        Returns:
            The result of the call. Transport failures come back as TRANSPORT_ERROR results.
        """
        add_format = self._add_response_type and not endpoint.has_response_type_param
        return self._send(endpoint.path, params, add_format, cancel)

    def call_path(
        self,
        path: str,
        params: Sequence[tuple[str, str]],
        cancel: CancelToken | None = None,
    ) -> ApiResult:
        """Send a request to any path typed by the user.

        The path gets a leading ``/`` if it lacks one and keeps whatever trailing slash was
        typed. ``responseType=json`` is appended (when enabled) except on
        ``/transactions/query/``, where ``responseType`` is a filter.

        Returns:
            The result of the call; an invalid path gives a TRANSPORT_ERROR result with
            INVALID_REQUEST and sends nothing.
        """
        normalized = normalize_path(path)
        if not is_valid_path(normalized):
            record = RequestRecord("POST", self._base_url + "/", ())
            problem = errors.invalid_path_problem(path.strip())
            logger.info("POST rejected before sending: invalid path %r", path)
            return ApiResult(ResultKind.TRANSPORT_ERROR, record, problem=problem)

        is_transactions_query = normalized.rstrip("/") == TRANSACTIONS_QUERY_PATH.rstrip("/")
        add_format = self._add_response_type and not is_transactions_query
        return self._send(normalized, params, add_format, cancel)

    def close(self) -> None:
        """Close the pooled connections; later calls return INVALID_REQUEST results."""
        with self._client_lock:
            self._closed = True
            if self._client is not None:
                self._client.close()

    def _http(self) -> httpx.Client:
        """Return the shared httpx.Client, building it on first use.

        Raises:
            RuntimeError: The client was closed.
        """
        with self._client_lock:
            if self._closed:
                raise RuntimeError("the Konnektive client is closed")
            if self._client is None:
                options: dict[str, Any] = {}
                if self._base_url.lower().startswith("http://"):
                    # Plain HTTP (the local sandbox) never uses TLS, so an empty context
                    # spares loading the CA bundle; HTTPS hosts keep httpx's verification.
                    options["verify"] = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
                self._client = httpx.Client(
                    timeout=self._timeout,
                    transport=self._transport,
                    follow_redirects=False,
                    headers={"Accept": "application/json, application/xml;q=0.9, */*;q=0.5"},
                    **options,
                )
            return self._client

    def __enter__(self) -> KonnektiveClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(
        self,
        path: str,
        params: Sequence[tuple[str, str]],
        add_response_type: bool,
        cancel: CancelToken | None,
    ) -> ApiResult:
        url = self._base_url + path
        form = build_form(self._credentials, params, add_response_type)
        record = RequestRecord("POST", url, redact_pairs(form))
        dropped = [name for name, _ in params if name in AUTH_FIELDS]
        if dropped:
            logger.debug("Dropped user fields %s on %s; the profile's login is sent", dropped, path)

        if cancel is not None and cancel.cancelled:
            return self._cancelled(record, path, 0.0, sent=False)

        started = time.perf_counter()
        try:
            body = urlencode(form).encode("ascii")
            http = self._http()
            request = http.build_request(
                "POST", url, content=body, headers={"Content-Type": _FORM_CONTENT_TYPE}
            )
            received = send_and_read(http, request, cancel)
        except TRANSPORT_ERRORS as exc:
            elapsed_ms = (time.perf_counter() - started) * 1000.0
            return self._transport_failure(record, path, exc, elapsed_ms)

        if received is None or (cancel is not None and cancel.cancelled):
            elapsed_ms = (time.perf_counter() - started) * 1000.0
            return self._cancelled(record, path, elapsed_ms, sent=True)

        response, reply_body = received
        content_type = response.headers.get("Content-Type", "")
        result = parse_reply(response.status_code, content_type, reply_body, record, 0.0)
        del reply_body
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        result = dataclasses.replace(result, elapsed_ms=elapsed_ms)
        logger.info(
            "POST %s -> HTTP %s, %s in %.0f ms",
            path,
            response.status_code,
            result.kind.value,
            elapsed_ms,
        )
        if result.problem is not None and result.kind.is_error:
            code, detail = result.problem.code.value, result.problem.detail
            logger.info("POST %s problem %s: %s", path, code, detail)
        return result

    def _cancelled(
        self, record: RequestRecord, path: str, elapsed_ms: float, *, sent: bool
    ) -> ApiResult:
        logger.info("POST %s cancelled after %.0f ms (sent: %s)", path, elapsed_ms, sent)
        return ApiResult(
            ResultKind.CANCELLED,
            record,
            elapsed_ms=elapsed_ms,
            problem=errors.cancelled_problem(sent),
        )

    def _transport_failure(
        self, record: RequestRecord, path: str, exc: BaseException, elapsed_ms: float
    ) -> ApiResult:
        code = errors.transport_code(exc)
        problem = errors.transport_problem(code, record.url, exc, self._timeout)
        logger.info(
            "POST %s failed after %.0f ms: %s (%s)",
            path,
            elapsed_ms,
            code.value,
            problem.detail,
        )
        return ApiResult(
            ResultKind.TRANSPORT_ERROR, record, elapsed_ms=elapsed_ms, problem=problem
        )
