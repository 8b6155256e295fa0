"""A scripted paged-query server on 127.0.0.1 for the all-pages tests.

The server replies to every POST like a Konnektive query endpoint over ``total`` numbered rows
(``orderId`` "1", "2", …), honouring ``page`` and ``resultsPerPage`` (at most 200). Single
pages can be made short, fail with HTTP 500 or announce another total. The server records the
page and arrival time of each request and the highest number of requests it handled at once.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

MAX_PER_PAGE = 200
NO_MATCH = "No orders matching those parameters could be found"


@dataclass(frozen=True)
class PageArrival:
    """One request as it reached the server: its page and ``time.monotonic()`` on arrival."""

    page: int
    at: float


@dataclass
class PagedServer:
    """Script and records of the running server; change the script before a walk starts.

    Attributes:
        url: Base URL, e.g. ``http://127.0.0.1:40123``.
        total: Rows the query matches.
        latency: Seconds the server waits before each reply.
        total_as_text: Send ``totalResults`` as a string such as ``"401"``.
        short_pages: Page number to the number of rows that page returns instead.
        failing_pages: Pages that get HTTP 500 and an HTML body.
        announced_totals: Page number to the ``totalResults`` that page announces instead.
        arrivals: Requests received, in arrival order.
        max_in_flight: Highest number of requests that were being handled at the same time.
    """

    url: str
    total: int = 0
    latency: float = 0.0
    total_as_text: bool = False
    short_pages: dict[int, int] = field(default_factory=dict)
    failing_pages: set[int] = field(default_factory=set)
    announced_totals: dict[int, int] = field(default_factory=dict)
    arrivals: list[PageArrival] = field(default_factory=list)
    max_in_flight: int = 0
    in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    stopping: threading.Event = field(default_factory=threading.Event)

    def pages(self) -> list[int]:
        """Return the page numbers requested, in arrival order."""
        with self.lock:
            return [arrival.page for arrival in self.arrivals]

    def reply(self, page: int, per_page: int) -> tuple[int, bytes]:
        """Build the status and body of one page."""
        if page in self.failing_pages:
            return 500, b"<html><head><title>500 Internal Server Error</title></head></html>"
        start = (page - 1) * per_page
        if start >= self.total:
            return 200, json.dumps({"result": "ERROR", "message": NO_MATCH}).encode()
        count = self.short_pages.get(page, min(per_page, self.total - start))
        total = self.announced_totals.get(page, self.total)
        message = {
            "totalResults": str(total) if self.total_as_text else total,
            "resultsPerPage": per_page,
            "page": page,
            "data": [{"orderId": str(start + index + 1)} for index in range(count)],
        }
        return 200, json.dumps({"result": "SUCCESS", "message": message}).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def do_POST(self) -> None:
        """Record the request, wait for the latency, and send the requested page."""
        state = self.server.state
        length = int(self.headers.get("Content-Length", "0"))
        form = dict(parse_qsl(self.rfile.read(length).decode("ascii")))
        page = int(form.get("page", "1"))
        per_page = min(int(form.get("resultsPerPage", "25")), MAX_PER_PAGE)
        with state.lock:
            state.arrivals.append(PageArrival(page, time.monotonic()))
            state.in_flight += 1
            state.max_in_flight = max(state.max_in_flight, state.in_flight)
        try:
            if state.latency > 0 and state.stopping.wait(state.latency):
                self.close_connection = True
                return
            status, body = state.reply(page, per_page)
            self.send_response(status)
            content_type = "text/html" if status != 200 else "application/json"
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()
        finally:
            with state.lock:
                state.in_flight -= 1

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output free of access log lines."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: PagedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore connections that a cancelled walk drops."""


@contextmanager
def run_paged_server(total: int, latency: float = 0.0) -> Iterator[PagedServer]:
    """Run the server on a free port of 127.0.0.1 until the block ends."""
    server = _Server(("127.0.0.1", 0), _Handler)
    state = PagedServer(url=f"http://127.0.0.1:{server.server_address[1]}", total=total,
                        latency=latency)
    server.state = state
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stopping.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
