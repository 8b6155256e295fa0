"""Fixtures of the API client tests: a form-echo server on 127.0.0.1 and a closed port."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from konnektive_server import FormServer, run_form_server


@pytest.fixture
def form_server() -> Iterator[FormServer]:
    """Run a form-echo server on a free port of 127.0.0.1."""
    with run_form_server() as state:
        yield state


@pytest.fixture
def closed_port() -> int:
    """Return a port on 127.0.0.1 that nothing listens on."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port
