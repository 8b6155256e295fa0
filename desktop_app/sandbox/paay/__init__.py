"""The fake PAAY 3-D Secure API that the sandbox server serves beside the Konnektive API.

Sign tokens with ``SANDBOX_PAAY_SECRET`` and send ``SANDBOX_PAAY_API_KEY`` both in the
``X-3DS-API-KEY`` header and as the token's ``iss``.
"""

from __future__ import annotations

from desktop_app.sandbox.paay.auth import SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET
from desktop_app.sandbox.paay.service import STATUS_BY_LAST4, PaaySandbox, is_paay_path

__all__ = [
    "SANDBOX_PAAY_API_KEY",
    "SANDBOX_PAAY_SECRET",
    "STATUS_BY_LAST4",
    "PaaySandbox",
    "is_paay_path",
]
