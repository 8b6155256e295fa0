"""A small form-echo HTTP server on 127.0.0.1 for the API client tests.

The server records each request (path, headers, raw body and decoded form fields) and sends
a reply chosen per path: fixed bytes, or a behaviour that breaks the connection, stalls or
sends the body in two parts.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

LOGIN_ID = "desk-api-user"
PASSWORD = "S3cret pass+word"


@dataclass
class ReceivedRequest:
    """One request as the server decoded it."""

    path: str
    headers: dict[str, str]
    body: bytes
    form: list[tuple[str, str]]

    def values(self, name: str) -> list[str]:
        """Return every value sent under ``name``, in order."""
        return [value for key, value in self.form if key == name]


@dataclass
class Reply:
    """What the server sends back for one path.

    Values of ``behaviour``:

    * ``""``: a normal reply.
    * ``"reset"``: close the socket with a TCP reset instead of replying.
    * ``"short"``: send fewer body bytes than Content-Length, then close.
    * ``"stall"``: wait for ``release`` before sending anything.
    * ``"split"``: send the first half of the body, set ``first_part_sent``, wait for
      ``release``, then send the rest.
    """

    status: int = 200
    content_type: str = "application/json"
    body: bytes = b""
    behaviour: str = ""


@dataclass
class FormServer:
    """Handle on the running test server."""

    url: str
    requests: list[ReceivedRequest] = field(default_factory=list)
    replies: dict[str, Reply] = field(default_factory=dict)
    first_part_sent: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    def reply_json(self, path: str, payload: Any, status: int = 200) -> None:
        """Reply to ``path`` with a JSON document."""
        body = json.dumps(payload).encode()
        self.replies[path] = Reply(status=status, body=body)

    def reply_raw(
        self, path: str, body: bytes, status: int = 200, content_type: str = "text/html"
    ) -> None:
        """Reply to ``path`` with the given bytes."""
        self.replies[path] = Reply(status=status, content_type=content_type, body=body)

    def reply_behaviour(self, path: str, behaviour: str, body: bytes = b"") -> None:
        """Reply to ``path`` with one of the ``Reply.behaviour`` modes."""
        self.replies[path] = Reply(body=body, behaviour=behaviour)


class _Handler(BaseHTTPRequestHandler):
    """Records each POST and sends the reply set for its path."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: _Server

    def do_POST(self) -> None:
        """Record the request and send the reply set for its path (default: a form echo)."""
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        form = parse_qsl(body.decode("ascii"), keep_blank_values=True)
        state = self.server.state
        state.requests.append(ReceivedRequest(self.path, dict(self.headers.items()), body, form))

        reply = state.replies.get(self.path)
        if reply is None:
            echo = {"result": "SUCCESS", "message": {"path": self.path, "form": form}}
            reply = Reply(body=json.dumps(echo).encode())
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        state = self.server.state
        if reply.behaviour == "reset":
            linger = struct.pack("ii", 1, 0)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            self.connection.close()
            self.close_connection = True
            return
        if reply.behaviour == "stall":
            state.release.wait(10)
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.content_type)
        declared = len(reply.body) + (100 if reply.behaviour == "short" else 0)
        self.send_header("Content-Length", str(declared))
        self.end_headers()
        if reply.behaviour == "split":
            half = len(reply.body) // 2
            self.wfile.write(reply.body[:half])
            self.wfile.flush()
            state.first_part_sent.set()
            state.release.wait(10)
            self.wfile.write(reply.body[half:])
        else:
            self.wfile.write(reply.body)
        self.wfile.flush()
        if reply.behaviour == "short":
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output free of access log lines."""


class _Server(ThreadingHTTPServer):
    """Threaded server that carries the shared ``FormServer`` state."""

    daemon_threads = True
    state: FormServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Ignore errors from connections that the tests break on purpose."""


@contextmanager
def run_form_server() -> Iterator[FormServer]:
    """Run the server on a free port of 127.0.0.1 until the block ends."""
    server = _Server(("127.0.0.1", 0), _Handler)
    state = FormServer(url=f"http://127.0.0.1:{server.server_address[1]}")
    server.state = state
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
