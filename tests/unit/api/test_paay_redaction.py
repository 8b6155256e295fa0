"""PAAY request records and logs keep no API key, secret, token or full card number."""

from __future__ import annotations

import logging

import pytest

from desktop_app.api import ResultKind
from desktop_app.api.paay import API_KEY_HEADER, PaayClient
from desktop_app.sandbox import SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, SandboxServer

PAN = "4111111111111111"
MASKED_PAN = "411111******1111"
FIELDS = [
    ("pan", PAN),
    ("month", "07"),
    ("year", "28"),
    ("amount", "29.95"),
    ("browser.browserJavaEnabled", "1"),
]


def _sent_token(sandbox: SandboxServer) -> str:
    return sandbox.requests[-1].headers["authorization"].split(" ", 1)[1]


def test_record_masks_key_and_pan(sandbox: SandboxServer) -> None:
    """The record shows the key as *** and the card as first 6 / last 4."""
    with PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET) as api:
        result = api.authenticate_browser(FIELDS)

    assert result.kind is ResultKind.SUCCESS
    params = dict(result.request.params)
    assert params[API_KEY_HEADER] == "***"
    assert params["pan"] == MASKED_PAN
    assert params["amount"] == "29.95"
    assert params["browser.browserJavaEnabled"] == "true"
    text = repr(result.request)
    assert SANDBOX_PAAY_API_KEY not in text
    assert SANDBOX_PAAY_SECRET not in text
    assert PAN not in text
    assert _sent_token(sandbox) not in text


def test_result_record_masks_key(sandbox: SandboxServer) -> None:
    """The result call's record has the masked key and the transaction id."""
    with PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET) as api:
        result = api.result("abc-123")

    assert result.request.params == ((API_KEY_HEADER, "***"), ("transactionId", "abc-123"))
    assert result.request.method == "GET"


def test_logs_keep_no_secrets(sandbox: SandboxServer, caplog: pytest.LogCaptureFixture) -> None:
    """Debug logs of the client, httpx and the sandbox hold no key, secret, token or card."""
    caplog.set_level(logging.DEBUG)
    key = " " + SANDBOX_PAAY_API_KEY + "\n"
    with PaayClient(sandbox.base_url, "v2.2", key, SANDBOX_PAAY_SECRET) as api:
        api.authenticate_browser(FIELDS)
        token = _sent_token(sandbox)
        api.result("abc-123")
    wrong_secret = "wrong-secret-of-32-bytes-or-more!"
    with PaayClient(sandbox.base_url, "v2.2", "wrong-key", wrong_secret) as api:
        api.authenticate_browser(FIELDS)

    assert "PAAY" in caplog.text or "/v2.2/" in caplog.text
    assert SANDBOX_PAAY_API_KEY not in caplog.text
    assert SANDBOX_PAAY_SECRET not in caplog.text
    assert "wrong-secret" not in caplog.text
    assert token not in caplog.text
    assert PAN not in caplog.text


def test_repr_hides_credentials(sandbox: SandboxServer) -> None:
    """repr() of the client names the host and version only."""
    api = PaayClient(sandbox.base_url, "v2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET)

    text = repr(api)

    assert sandbox.base_url in text
    assert SANDBOX_PAAY_API_KEY not in text
    assert SANDBOX_PAAY_SECRET not in text
