"""Threaded HTTP/1.1 server and request handler that feed requests to a ``SandboxServer``."""

from __future__ import annotations

import logging
import socket
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

from desktop_app.sandbox.replies import Reply
from desktop_app.sandbox.request import RecordedRequest

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 10 * 1024 * 1024
IDLE_TIMEOUT_SECONDS = 60.0
"""An idle keep-alive connection is closed after this many seconds."""


class Responder(Protocol):
    """The object that turns a recorded request into a reply (``SandboxServer``).

    Attributes:
        clock_skew_seconds: Seconds added to the time in the ``Date`` header of each reply.
    """

    clock_skew_seconds: float

    def respond(self, request: RecordedRequest) -> Reply | None:
        """Return the reply, or None to close the connection without one."""
        ...


class SandboxHttpServer(ThreadingHTTPServer):
    """Threaded HTTP server that tracks open connections so ``stop`` can close them.

    Attributes:
        responder: Produces the replies.
    """

    daemon_threads = True
    # stop() closes the connections itself, because waiting for handler threads could take
    # as long as a SLOW fault.
    block_on_close = False

    def __init__(self, address: tuple[str, int], responder: Responder) -> None:
        self.responder = responder
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, SandboxRequestHandler)

    def server_bind(self) -> None:
        """Bind without the reverse DNS lookup that ``HTTPServer.server_bind`` performs."""
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def track(self, connection: socket.socket) -> None:
        """Remember an open client connection."""
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        """Forget a client connection that has closed."""
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        """Shut down every open client connection, so none outlives the server."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed by the client or by a RESET fault

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Log an exception raised while serving one connection."""
        logger.debug("Error while serving %s", client_address, exc_info=True)


class SandboxRequestHandler(BaseHTTPRequestHandler):
    """Reads one request at a time from a keep-alive connection and writes the reply."""

    protocol_version = "HTTP/1.1"
    # TCP_NODELAY: without it a keep-alive client waits for delayed ACKs on every request.
    disable_nagle_algorithm = True
    server_version = "KonnektiveSandbox/1.0"
    sys_version = ""
    timeout = IDLE_TIMEOUT_SECONDS
    server: SandboxHttpServer

    def setup(self) -> None:
        """Set up the connection and register it with the server."""
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        """Flush and close the connection streams, then unregister the connection."""
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def do_GET(self) -> None:
        """Serve a GET request."""
        self._serve()

    def do_POST(self) -> None:
        """Serve a POST request."""
        self._serve()

    def date_time_string(self, timestamp: float | None = None) -> str:
        """Format the ``Date`` header, shifted by the responder's ``clock_skew_seconds``."""
        moment = time.time() if timestamp is None else timestamp
        return super().date_time_string(moment + self.server.responder.clock_skew_seconds)

    def log_message(self, format: str, *args: Any) -> None:
        """Send the access log line to the module logger at DEBUG level."""
        logger.debug("%s " + format, self.address_string(), *args)

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            return
        request = _record(self.command, self.path, dict(self.headers.items()), body)
        try:
            reply = self.server.responder.respond(request)
        except Exception:
            logger.exception("Handler failed for %s %s", request.method, request.path)
            reply = Reply(500, b'{"result":"ERROR","message":"Internal sandbox error"}')
        if reply is None:
            self.close_connection = True
            return
        if reply.reset:
            self._reset()
            return
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            self.send_header("Connection", "close" if self.close_connection else "keep-alive")
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:
            logger.debug("Client closed the connection before the reply was sent")
            self.close_connection = True

    def _read_body(self) -> bytes | None:
        """Read a Content-Length or chunked body, or send 400/413 and return None when invalid."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        length_header = self.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_header)
        except ValueError:
            self.send_error(400, "Invalid Content-Length")
            return None
        if length < 0 or length > MAX_BODY_BYTES:
            self.send_error(413, "Request body too large")
            return None
        return self.rfile.read(length) if length else b""

    def _read_chunked(self) -> bytes | None:
        chunks: list[bytes] = []
        total = 0
        while True:
            size_line = self.rfile.readline(1024).split(b";")[0].strip()
            try:
                size = int(size_line, 16)
            except ValueError:
                self.send_error(400, "Invalid chunk size")
                return None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailer fields are ignored
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                self.send_error(413, "Request body too large")
                return None
            chunks.append(self.rfile.read(size))
            self.rfile.readline(1024)

    def _reset(self) -> None:
        """Close the socket with SO_LINGER 0, which makes the kernel send a TCP reset."""
        self.close_connection = True
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()


def _record(method: str, target: str, headers: dict[str, str], body: bytes) -> RecordedRequest:
    parts = urlsplit(target)
    form = parse_qsl(parts.query, keep_blank_values=True)
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if body and (not content_type or "x-www-form-urlencoded" in content_type.lower()):
        form += parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return RecordedRequest(
        method=method,
        path=parts.path,
        query=parts.query,
        headers={key.lower(): value for key, value in headers.items()},
        body=body,
        form=form,
    )
