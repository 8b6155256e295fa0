"""Embedded sandbox: a fake Konnektive CRM API server with realistic seeded data.

Start it with ``SandboxServer().start()`` or as a context manager, point the client at
``server.base_url`` and log in with ``SANDBOX_LOGIN_ID`` / ``SANDBOX_PASSWORD``. The PAAY API
under ``/v2.2`` and ``/v2`` takes ``SANDBOX_PAAY_API_KEY`` and tokens signed with
``SANDBOX_PAAY_SECRET``. The records
that every seed contains are listed in ``desktop_app.sandbox.seed.facts``.
"""

from __future__ import annotations

from desktop_app.sandbox.paay import SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET
from desktop_app.sandbox.replies import Fault
from desktop_app.sandbox.request import RecordedRequest
from desktop_app.sandbox.seed import DEFAULT_SEED
from desktop_app.sandbox.server import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, SandboxServer

__all__ = [
    "DEFAULT_SEED",
    "SANDBOX_LOGIN_ID",
    "SANDBOX_PASSWORD",
    "SANDBOX_PAAY_API_KEY",
    "SANDBOX_PAAY_SECRET",
    "Fault",
    "RecordedRequest",
    "SandboxServer",
]
