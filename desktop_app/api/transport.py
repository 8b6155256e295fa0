"""Sending one request and reading its body with cancel checks, shared by the API clients."""

from __future__ import annotations

import ssl

import httpx

from desktop_app.api.cancel import CancelToken

TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    httpx.HTTPError,
    httpx.InvalidURL,
    ssl.SSLError,
    OSError,
    # A value with a lone surrogate, or a header value HTTP cannot carry.
    UnicodeError,
    # httpx refuses to send on a client that close() has closed.
    RuntimeError,
)
"""Exceptions that mean the request failed on the way; the clients turn them into results."""


def send_and_read(
    http: httpx.Client, request: httpx.Request, cancel: CancelToken | None
) -> tuple[httpx.Response, bytearray] | None:
    """Send ``request`` and read the whole body, checking ``cancel`` after every read.

    Returns:
        The closed response and its body, or None when the token was cancelled while the body
        arrived. The body stays a bytearray, because copying a 15 MB body into bytes would
        hold it twice in memory, and ``parse_reply`` reads either.

    Raises:
        Any of ``TRANSPORT_ERRORS``.
    """
    # NOTE: cancel() does not interrupt the wait for the status line and headers. A request
    # in that state finishes in the background of the worker thread, which reports the
    # cancel once the headers arrive or the timeout passes.
    response = http.send(request, stream=True)
    try:
        body = bytearray()
        # Without a chunk size, iter_bytes() yields each piece as it is read from the socket.
        for chunk in response.iter_bytes():
            if cancel is not None and cancel.cancelled:
                return None
            body += chunk
    finally:
        response.close()
    return response, body
