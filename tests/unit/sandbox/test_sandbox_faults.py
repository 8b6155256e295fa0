"""Faults as the client sees them over real HTTP."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, Fault, SandboxServer

AUTH = {"loginId": SANDBOX_LOGIN_ID, "password": SANDBOX_PASSWORD}


def test_html_502(sandbox: SandboxServer, client: httpx.Client) -> None:
    """HTML_502 returns HTTP 502 with an HTML page."""
    sandbox.set_fault(Fault.HTML_502)
    reply = client.post("/order/query/", data=AUTH)
    assert reply.status_code == 502
    assert reply.headers["content-type"].startswith("text/html")
    assert "502 Bad Gateway" in reply.text


def test_empty_body(sandbox: SandboxServer, client: httpx.Client) -> None:
    """EMPTY_BODY returns HTTP 200 with no body."""
    sandbox.set_fault(Fault.EMPTY_BODY)
    reply = client.post("/order/query/", data=AUTH)
    assert reply.status_code == 200
    assert reply.content == b""
    assert reply.headers["content-length"] == "0"


def test_truncated_json(sandbox: SandboxServer, client: httpx.Client) -> None:
    """TRUNCATED_JSON returns exactly ``{"result":"SUCC``."""
    sandbox.set_fault(Fault.TRUNCATED_JSON)
    reply = client.post("/order/query/", data=AUTH)
    assert reply.status_code == 200
    assert reply.content == b'{"result":"SUCC'
    with pytest.raises(json.JSONDecodeError):
        reply.json()


def test_php_notice(sandbox: SandboxServer, client: httpx.Client) -> None:
    """PHP_NOTICE puts the notice in front of the normal JSON reply."""
    sandbox.set_fault(Fault.PHP_NOTICE)
    reply = client.post("/order/query/", data={**AUTH, "orderId": "A11CE00042"})
    notice = (
        "<br />\n<b>Notice</b>:  Undefined index: campaignId in "
        "<b>/var/www/api/order.php</b> on line <b>88</b><br />\n"
    )
    assert reply.text.startswith(notice)
    body = json.loads(reply.text[len(notice) :])
    assert body["result"] == "SUCCESS"
    assert body["message"]["data"][0]["orderId"] == "A11CE00042"


def test_slow(sandbox: SandboxServer, client: httpx.Client) -> None:
    """SLOW waits ``slow_seconds`` and then replies normally, so a short timeout expires."""
    sandbox.slow_seconds = 0.4
    sandbox.set_fault(Fault.SLOW, count=1)
    started = time.perf_counter()
    reply = client.post("/campaign/query/", data=AUTH)
    assert time.perf_counter() - started >= 0.4
    assert reply.json()["result"] == "SUCCESS"
    sandbox.set_fault(Fault.SLOW, count=1)
    with pytest.raises(httpx.ReadTimeout):
        client.post("/campaign/query/", data=AUTH, timeout=0.1)


def test_reset_raises_transport_error(sandbox: SandboxServer) -> None:
    """RESET closes the connection without a reply, which httpx reports as a transport error."""
    sandbox.set_fault(Fault.RESET)
    with httpx.Client(base_url=sandbox.base_url, timeout=5.0) as http:
        with pytest.raises(httpx.ReadError, match="reset"):
            http.post("/order/query/", data=AUTH)


def test_fault_count_limits_requests(sandbox: SandboxServer, client: httpx.Client) -> None:
    """A fault with a count hits that many requests, then the server replies normally."""
    sandbox.set_fault(Fault.HTML_502, count=2)
    assert client.post("/order/query/", data=AUTH).status_code == 502
    assert client.post("/order/query/", data=AUTH).status_code == 502
    assert client.post("/order/query/", data=AUTH).status_code == 200


def test_fault_without_count_lasts_until_cleared(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    """A fault without a count hits every request until ``clear_fault``."""
    sandbox.set_fault(Fault.EMPTY_BODY)
    for _ in range(5):
        assert client.post("/order/query/", data=AUTH).content == b""
    sandbox.clear_fault()
    assert client.post("/order/query/", data=AUTH).json()["result"] == "SUCCESS"


def test_set_fault_rejects_zero_count(sandbox: SandboxServer) -> None:
    """A count below 1 is a programming error."""
    with pytest.raises(ValueError):
        sandbox.set_fault(Fault.RESET, count=0)


def test_faulted_requests_are_recorded(sandbox: SandboxServer) -> None:
    """Requests are recorded even when the fault drops the connection."""
    sandbox.set_fault(Fault.RESET, count=1)
    with httpx.Client(base_url=sandbox.base_url) as http:
        with pytest.raises(httpx.TransportError):
            http.post("/order/query/", data=AUTH)
    assert [r.path for r in sandbox.requests] == ["/order/query/"]
