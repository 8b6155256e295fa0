"""The record of one request as the sandbox received it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received, before any fault or routing.

    Attributes:
        method: HTTP method, e.g. ``POST``.
        path: Request path without the query string, e.g. ``/order/query/``.
        query: Raw query string (empty when none).
        headers: Request headers with lower-case names. A repeated header keeps its last value.
        body: Raw request body.
        form: Request parameters from ``urllib.parse.parse_qsl(..., keep_blank_values=True)``:
            the query string's fields, then the body's fields when the body is form-encoded
            (or has no Content-Type).
    """

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    form: list[tuple[str, str]]
