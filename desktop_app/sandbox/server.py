"""``SandboxServer``: a fake Konnektive CRM API on 127.0.0.1 with seeded data and fault switches."""

from __future__ import annotations

import logging
import threading
import time
from types import TracebackType

from desktop_app.sandbox.errors import ApiError
from desktop_app.sandbox.handlers import RESPONSE_TYPE_FILTER_PATHS, find_handler, route_key
from desktop_app.sandbox.handlers.common import Context, Envelope
from desktop_app.sandbox.http_handler import SandboxHttpServer
from desktop_app.sandbox.paay import PaaySandbox, is_paay_path
from desktop_app.sandbox.replies import (
    BAD_GATEWAY_PAGE,
    HTML_TYPE,
    PHP_NOTICE,
    RESET_REPLY,
    TRUNCATED_BODY,
    Fault,
    Reply,
    error_envelope,
    render,
)
from desktop_app.sandbox.request import RecordedRequest
from desktop_app.sandbox.seed import DEFAULT_SEED, build_store, fill_store

logger = logging.getLogger(__name__)

SANDBOX_LOGIN_ID = "demo"
SANDBOX_PASSWORD = "demo-password"
HOST = "127.0.0.1"
LOGIN_ERROR = "Invalid login credentials - check loginId and password"
MAX_RECORDED_REQUESTS = 10_000
"""When ``requests`` reaches twice this length, it is cut to the latest this many entries."""


class SandboxServer:
    """A fake Konnektive API server bound to 127.0.0.1, serving on a daemon thread.

    The switches below may be changed from any thread while the server runs.

    Attributes:
        store: Seeded in-memory data. Hold ``store.lock`` while reading it from a test.
        requests: Requests received, in arrival order. Long runs keep only the latest ones
            (see ``MAX_RECORDED_REQUESTS``).
        latency_ms: Delay added before every reply, in milliseconds.
        slow_seconds: Delay of the ``Fault.SLOW`` fault, in seconds.
        whitelist_ip: When not None, every call returns ``IP must be whitelisted - <ip>``.
        xml_unless_json: When True, replies are XML unless the request sends
            ``responseType=json`` (on ``/transactions/query/`` responseType is a filter, so
            its replies are always XML then).
        clock_skew_seconds: Seconds added to the time in the ``Date`` header of every reply
            and to the time that PAAY tokens are checked against.
        paay: The PAAY 3-D Secure side, which serves the paths under ``/v2.2`` and ``/v2``.
    """

    def __init__(self, port: int = 0, seed: int = DEFAULT_SEED, latency_ms: int = 0) -> None:
        """Build the seeded data. ``start`` binds the port, and 0 lets the OS choose one."""
        self.seed = seed
        self.store = build_store(seed)
        self.requests: list[RecordedRequest] = []
        self.latency_ms = latency_ms
        self.slow_seconds = 5.0
        self.whitelist_ip: str | None = None
        self.xml_unless_json = False
        self.clock_skew_seconds = 0.0
        self.paay = PaaySandbox(self.store)
        self._requested_port = port
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self._fault_remaining: int | None = None
        self._overrides: dict[str, Reply] = {}
        self._httpd: SandboxHttpServer | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._port: int | None = None

    # Lifecycle

    def start(self) -> None:
        """Bind 127.0.0.1 and serve on a daemon thread, returning once the socket listens.

        Raises:
            RuntimeError: The server is already running.
            OSError: The port cannot be bound.
        """
        if self._httpd is not None:
            raise RuntimeError("The sandbox server is already running")
        self._stopping.clear()
        httpd = SandboxHttpServer((HOST, self._requested_port), self)
        self._httpd = httpd
        self._port = httpd.server_port
        self._thread = threading.Thread(
            target=httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"sandbox-{self._port}",
            daemon=True,
        )
        self._thread.start()
        logger.info("Sandbox serving on %s (seed %d)", self.base_url, self.seed)

    def stop(self) -> None:
        """Stop serving, close every connection and the socket, and join the thread.

        Calling it again, or before ``start``, does nothing.
        """
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self._httpd = self._thread = None
        self._stopping.set()
        httpd.shutdown()
        httpd.close_connections()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        logger.info("Sandbox on port %s stopped", self._port)

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """Port the server listens on.

        Raises:
            RuntimeError: The server was never started.
        """
        if self._port is None:
            raise RuntimeError("The sandbox server has not been started")
        return self._port

    @property
    def base_url(self) -> str:
        """Base URL such as ``http://127.0.0.1:8899``, without a trailing slash."""
        return f"http://{HOST}:{self.port}"

    # Switches

    def set_fault(self, fault: Fault, count: int | None = None) -> None:
        """Make requests fail with ``fault``: the next ``count`` ones, or all until cleared.

        Raises:
            ValueError: ``count`` is less than 1.
        """
        if count is not None and count < 1:
            raise ValueError(f"count must be None or at least 1, not {count}")
        with self._lock:
            self._fault = fault
            self._fault_remaining = count

    def clear_fault(self) -> None:
        """Let requests succeed again."""
        with self._lock:
            self._fault = None
            self._fault_remaining = None

    def set_override(
        self,
        path: str,
        status: int = 200,
        body: bytes | str = b"",
        content_type: str = "application/json",
    ) -> None:
        """Reply to every request to ``path`` (with or without trailing slash) with a raw reply.

        The override stays until ``clear_overrides``. It replaces routing, the IP whitelist
        and the login check, but latency and faults still apply.
        """
        raw = body.encode("utf-8") if isinstance(body, str) else body
        with self._lock:
            self._overrides[route_key(path)] = Reply(status, raw, content_type)

    def clear_overrides(self) -> None:
        """Remove every override set by ``set_override``."""
        with self._lock:
            self._overrides.clear()

    def reset_data(self) -> None:
        """Replace the data with a fresh copy of the seeded data (same seed)."""
        fill_store(self.store)
        self.paay.reset()

    # Request handling

    def respond(self, request: RecordedRequest) -> Reply | None:
        """Record a request and build its reply, or None to close the connection without one.

        Order of effects: latency, then the fault (if any), then an override, then the IP
        whitelist, routing, the login check and the handler. PAAY paths skip the IP whitelist
        and the login check and go to ``paay`` after the override.
        """
        with self._lock:
            self.requests.append(request)
            if len(self.requests) > 2 * MAX_RECORDED_REQUESTS:
                del self.requests[:-MAX_RECORDED_REQUESTS]
            fault = self._take_fault()
            override = self._overrides.get(route_key(request.path))
        delay = max(self.latency_ms, 0) / 1000
        if fault is Fault.SLOW:
            delay += self.slow_seconds
        if delay > 0 and self._stopping.wait(delay):
            return None
        logger.debug("%s %s fault=%s", request.method, request.path, fault.name if fault else "-")
        if fault is Fault.RESET:
            return RESET_REPLY
        if fault is Fault.HTML_502:
            return Reply(502, BAD_GATEWAY_PAGE, HTML_TYPE)
        if fault is Fault.EMPTY_BODY:
            return Reply(200, b"")
        if fault is Fault.TRUNCATED_JSON:
            return Reply(200, TRUNCATED_BODY)
        reply = override if override is not None else self._api_reply(request)
        if fault is Fault.PHP_NOTICE:
            reply = Reply(reply.status, PHP_NOTICE + reply.body, reply.content_type)
        return reply

    def _take_fault(self) -> Fault | None:
        """Return the active fault and count one use of it. Call it with ``_lock`` taken."""
        fault = self._fault
        if fault is not None and self._fault_remaining is not None:
            self._fault_remaining -= 1
            if self._fault_remaining <= 0:
                self._fault = None
                self._fault_remaining = None
        return fault

    def _api_reply(self, request: RecordedRequest) -> Reply:
        if is_paay_path(request.path):
            return self.paay.respond(request, time.time() + self.clock_skew_seconds)
        params = dict(request.form)
        key = route_key(request.path)
        as_xml = self.xml_unless_json and (
            key in RESPONSE_TYPE_FILTER_PATHS or params.get("responseType", "").lower() != "json"
        )
        whitelist_ip = self.whitelist_ip
        if whitelist_ip is not None:
            return render(error_envelope(f"IP must be whitelisted - {whitelist_ip}"), as_xml)
        handler = find_handler(request.path)
        if handler is None:
            return render(error_envelope(f"Unknown API path {request.path}"), as_xml, status=404)
        if params.get("loginId") != SANDBOX_LOGIN_ID or params.get("password") != SANDBOX_PASSWORD:
            logger.info("Rejected login for loginId %r on %s", params.get("loginId"), request.path)
            return render(error_envelope(LOGIN_ERROR), as_xml)
        with self.store.lock:
            try:
                payload = handler(Context(self.store, params, request.path))
            except ApiError as exc:
                logger.debug("%s rejected: %s", request.path, exc.message)
                return render(error_envelope(exc.message), as_xml)
            if isinstance(payload, Envelope):
                return render(payload.body, as_xml)
            return render({"result": "SUCCESS", "message": payload}, as_xml)
