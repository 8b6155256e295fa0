"""HTTP client for the PAAY 3-D Secure API (3DS Integrator).

Every call sends ``X-3DS-API-KEY`` with the API key and ``Authorization: Bearer <jwt>`` with a
token signed for that call (``paay_jwt``). Request and reply bodies are JSON. Calls return an
``ApiResult`` for every outcome instead of raising. ``paay_reply`` describes how replies are
classified, including the pending result (EMPTY with problem code PENDING). Nothing is sent
again automatically.

Path templates contain ``{ver}``, the API version without its ``v`` (``2.2`` or ``2``), and
``{transactionId}`` where the result path carries PAAY's transaction id.
"""

from __future__ import annotations

import dataclasses
import logging
import ssl
import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from desktop_app.api import errors
from desktop_app.api.cancel import CancelToken
from desktop_app.api.paay_body import (
    BodyError,
    build_body,
    dumps_body,
    flatten_body,
    param_types,
)
from desktop_app.api.paay_jwt import (
    DEFAULT_LAYOUT,
    DEFAULT_LIFETIME_SECONDS,
    ClaimLayout,
    TokenPreview,
    TokenSigner,
)
from desktop_app.api.paay_reply import body_problem, classify_reply
from desktop_app.api.redact import redact_data, redact_pairs, redact_value
from desktop_app.api.result import ApiResult, Problem, RequestRecord, ResultKind
from desktop_app.api.transport import TRANSPORT_ERRORS, send_and_read
from desktop_app.catalog import find_endpoint
from desktop_app.catalog.model import ParamType

logger = logging.getLogger(__name__)

PAAY_VERSIONS = ("v2.2", "v2")
DEFAULT_VERSION = PAAY_VERSIONS[0]
DEFAULT_RESULT_PATH = "/v{ver}/authenticate/{transactionId}"
UPDATES_RESULT_PATH = "/v{ver}/transaction/{transactionId}/updates"
RESULT_PATH_PRESETS = (DEFAULT_RESULT_PATH, UPDATES_RESULT_PATH)
DEFAULT_BROWSER_PATH = "/v{ver}/authenticate/browser"
DEFAULT_3RI_PATH = "/v{ver}/authenticate/3ri"
API_KEY_HEADER = "X-3DS-API-KEY"

_JSON_TYPE = "application/json"
_TRANSACTION_ID = "transactionId"
# Unreserved URL characters. Any other character of a transaction id is percent-encoded, so an
# id cannot add path segments or a query string.
_ID_SAFE = "-._~"


def normalize_version(version: str) -> str:
    """Return ``v2.2`` or ``v2`` for a version typed with or without its ``v``.

    Raises:
        ValueError: The version is neither 2.2 nor 2.
    """
    cleaned = version.strip().lower()
    cleaned = cleaned if cleaned.startswith("v") else "v" + cleaned
    if cleaned not in PAAY_VERSIONS:
        raise ValueError(f"The PAAY API version must be v2.2 or v2, not {version!r}")
    return cleaned


class PaayClient:
    """Sends calls to one PAAY host over one shared ``httpx.Client``.

    The instance is safe to use from several worker threads at once. Call ``close()`` when the
    profile changes or the app exits.

    Args:
        base_url: Host URL such as ``https://api-sandbox.3dsintegrator.com``, without the
            version, which the path templates add. A trailing ``/`` is removed.
        version: ``v2.2`` or ``v2``.
        api_key: The PAAY API key; surrounding whitespace is removed.
        secret: The PAAY API secret that signs the tokens; surrounding whitespace is removed.
        result_path: Template of the result path; see ``RESULT_PATH_PRESETS``.
        browser_path: Template of the browser authentication path.
        three_ri_path: Template of the 3RI authentication path.
        claim_layout: A claims preset, or an edited claims template.
        token_lifetime: Seconds from a token's ``iat`` to its ``exp``.
        timeout: Seconds allowed for connecting and for each read or write.
        transport: Custom httpx transport (tests use it to force transport faults).

    Raises:
        ValueError: The version is unknown or the token lifetime is less than 1 second.
    """

    def __init__(
        self,
        base_url: str,
        version: str = DEFAULT_VERSION,
        api_key: str = "",
        secret: str = "",
        *,
        result_path: str = DEFAULT_RESULT_PATH,
        browser_path: str = DEFAULT_BROWSER_PATH,
        three_ri_path: str = DEFAULT_3RI_PATH,
        claim_layout: ClaimLayout | Mapping[str, Any] = DEFAULT_LAYOUT,
        token_lifetime: int = DEFAULT_LIFETIME_SECONDS,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._version = normalize_version(version)
        self._base_url = base_url.strip().rstrip("/")
        self._signer = TokenSigner(api_key, secret, claim_layout, lifetime=token_lifetime)
        self._result_path = result_path.strip()
        self._browser_path = browser_path.strip()
        self._three_ri_path = three_ri_path.strip()
        self._timeout = timeout
        self._transport = transport
        # Built on first use in the worker thread that sends, because loading the CA bundle
        # holds the GIL long enough to freeze the GUI thread (as in KonnektiveClient).
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()
        self._closed = False

    @property
    def base_url(self) -> str:
        """Host URL without a trailing slash."""
        return self._base_url

    @property
    def version(self) -> str:
        """API version, ``v2.2`` or ``v2``."""
        return self._version

    @property
    def timeout(self) -> float:
        """Seconds allowed for connecting and for each read or write."""
        return self._timeout

    def path_for(self, template: str, transaction_id: str = "") -> str:
        """Fill a path template with the version and a percent-encoded transaction id."""
        path = template.replace("{ver}", self._version[1:])
        path = path.replace("{transactionId}", quote(transaction_id.strip(), safe=_ID_SAFE))
        return path if path.startswith("/") else "/" + path

    def preview_token(self) -> TokenPreview:
        """Return the header and claims of a token as the next call would sign it.

        The preview contains neither the signature nor the secret.
        """
        return self._signer.preview()

    def result(self, transaction_id: str, cancel: CancelToken | None = None) -> ApiResult:
        """Fetch the 3-D Secure result of one PAAY transaction.

        Args:
            transaction_id: PAAY's ``transactionId`` (not the ``dsTransId``).
            cancel: Token that stops the request before sending or while the reply arrives.

        Returns:
            SUCCESS with the reply's fields as ``data``; EMPTY with problem code PENDING when
            PAAY has no result yet (HTTP 404); an error result otherwise.
        """
        cleaned = transaction_id.strip()
        url = self._base_url + self.path_for(self._result_path, cleaned)
        pairs = list(redact_pairs([(_TRANSACTION_ID, cleaned)]))
        record = RequestRecord("GET", url, self._record_params(pairs))
        if not cleaned:
            detail = "The transaction ID is empty."
            return self._rejected(record, body_problem(_TRANSACTION_ID, detail))
        return self._send("GET", url, None, record, cancel, pending_id=cleaned)

    def authenticate_browser(
        self, fields: Iterable[tuple[str, str]], cancel: CancelToken | None = None
    ) -> ApiResult:
        """Start a browser-channel authentication (catalog entry ``paay.browser``).

        Args:
            fields: The form's ``(name, value)`` pairs; dotted names become nested objects.
            cancel: Token that stops the request before sending or while the reply arrives.
        """
        return self._authenticate("paay.browser", self._browser_path, fields, cancel)

    def authenticate_3ri(
        self, fields: Iterable[tuple[str, str]], cancel: CancelToken | None = None
    ) -> ApiResult:
        """Start a merchant-initiated (3RI) authentication (catalog entry ``paay.3ri``).

        Args:
            fields: The form's ``(name, value)`` pairs; dotted names become nested objects.
            cancel: Token that stops the request before sending or while the reply arrives.
        """
        return self._authenticate("paay.3ri", self._three_ri_path, fields, cancel)

    def close(self) -> None:
        """Close the pooled connections; later calls return INVALID_REQUEST results."""
        with self._client_lock:
            self._closed = True
            if self._client is not None:
                self._client.close()

    def __enter__(self) -> PaayClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"PaayClient(base_url={self._base_url!r}, version={self._version!r})"

    def _authenticate(
        self,
        endpoint_key: str,
        template: str,
        fields: Iterable[tuple[str, str]],
        cancel: CancelToken | None,
    ) -> ApiResult:
        url = self._base_url + self.path_for(template)
        types: dict[str, ParamType] = param_types(find_endpoint(endpoint_key).params)
        try:
            body = build_body(fields, types)
        except BodyError as exc:
            record = RequestRecord("POST", url, self._record_params([]))
            return self._rejected(record, body_problem(exc.field, str(exc)))
        record = RequestRecord("POST", url, self._record_params(flatten_body(redact_data(body))))
        return self._send("POST", url, dumps_body(body), record, cancel)

    def _record_params(self, pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        """Return the record's params: the masked API key header, then ``pairs``.

        Callers pass pairs that are redacted already, because masking a masked card number
        again would hide its first 6 digits too.
        """
        key = redact_value("apiKey", self._signer.api_key)
        return ((API_KEY_HEADER, key), *pairs)

    def _rejected(self, record: RequestRecord, problem: Problem) -> ApiResult:
        logger.info("%s %s rejected before sending: %s", record.method, record.url, problem.detail)
        return ApiResult(ResultKind.TRANSPORT_ERROR, record, problem=problem)

    def _http(self) -> httpx.Client:
        """Return the shared httpx.Client, building it on first use.

        Raises:
            RuntimeError: The client was closed.
        """
        with self._client_lock:
            if self._closed:
                raise RuntimeError("the PAAY client is closed")
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
                    headers={"Accept": _JSON_TYPE},
                    **options,
                )
            return self._client

    def _send(
        self,
        method: str,
        url: str,
        body: bytes | None,
        record: RequestRecord,
        cancel: CancelToken | None,
        *,
        pending_id: str | None = None,
    ) -> ApiResult:
        path = url[len(self._base_url) :]
        if cancel is not None and cancel.cancelled:
            return self._cancelled(record, path, 0.0, sent=False)

        started = time.perf_counter()
        try:
            headers = {
                API_KEY_HEADER: self._signer.api_key,
                "Authorization": "Bearer " + self._signer.token(),
            }
            if body is not None:
                headers["Content-Type"] = _JSON_TYPE
            http = self._http()
            request = http.build_request(method, url, content=body, headers=headers)
            received = send_and_read(http, request, cancel)
        except TRANSPORT_ERRORS as exc:
            elapsed_ms = (time.perf_counter() - started) * 1000.0
            return self._transport_failure(record, path, exc, elapsed_ms)

        received_at = time.time()
        if received is None or (cancel is not None and cancel.cancelled):
            elapsed_ms = (time.perf_counter() - started) * 1000.0
            return self._cancelled(record, path, elapsed_ms, sent=True)

        response, reply_body = received
        reply_headers = {name.lower(): value for name, value in response.headers.items()}
        result = classify_reply(
            response.status_code,
            reply_headers,
            reply_body,
            record,
            pending_id=pending_id,
            received_at=received_at,
        )
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        result = dataclasses.replace(result, elapsed_ms=elapsed_ms)
        logger.info(
            "%s %s -> HTTP %s, %s in %.0f ms",
            method,
            path,
            response.status_code,
            result.kind.value,
            elapsed_ms,
        )
        if result.problem is not None:
            code, detail = result.problem.code.value, result.problem.detail
            logger.info("%s %s problem %s: %s", method, path, code, detail)
        return result

    def _cancelled(
        self, record: RequestRecord, path: str, elapsed_ms: float, *, sent: bool
    ) -> ApiResult:
        method = record.method
        logger.info("%s %s cancelled after %.0f ms (sent: %s)", method, path, elapsed_ms, sent)
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
        # h11 quotes an invalid header value in its message, which could be the API key.
        problem = dataclasses.replace(problem, detail=self._signer.scrub(problem.detail))
        logger.info(
            "%s %s failed after %.0f ms: %s (%s)",
            record.method,
            path,
            elapsed_ms,
            code.value,
            problem.detail,
        )
        return ApiResult(
            ResultKind.TRANSPORT_ERROR, record, elapsed_ms=elapsed_ms, problem=problem
        )

