"""Test setup shared by the whole suite: headless Qt, the ``gui`` marker and sandbox fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from desktop_app.sandbox import SandboxServer

# Qt reads this when the first QApplication is created, so it must be set before any test runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_GUI_FIXTURES = frozenset({"qtbot", "qapp"})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that uses ``qtbot`` or ``qapp`` with ``gui``."""
    for item in items:
        if _GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """Start a sandbox server with freshly seeded data and stop it after the test."""
    server = SandboxServer(port=0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sandbox_url(sandbox: SandboxServer) -> str:
    """Return the base URL of the test's sandbox server, e.g. ``http://127.0.0.1:40123``."""
    return sandbox.base_url
