"""Fixtures for the sandbox tests: an HTTP client and a call helper with the demo login."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, SandboxServer

_AUTH = {"loginId": SANDBOX_LOGIN_ID, "password": SANDBOX_PASSWORD}


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """Return an HTTP client for the test's sandbox, closed after the test."""
    with httpx.Client(base_url=sandbox.base_url, timeout=10.0) as http:
        yield http


@pytest.fixture
def call(client: httpx.Client) -> Callable[..., Any]:
    """Return ``call(path, **params)``: POST a form with the demo login, return the JSON reply."""

    def post(path: str, **params: str) -> Any:
        reply = client.post(path, data={**_AUTH, **params})
        assert reply.status_code == 200, reply.text
        return reply.json()

    return post
