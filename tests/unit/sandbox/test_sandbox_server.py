"""HTTP behaviour of the sandbox server: login, routing, switches, recording and lifecycle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, RecordedRequest, SandboxServer

AUTH = {"loginId": SANDBOX_LOGIN_ID, "password": SANDBOX_PASSWORD}
Call = Callable[..., Any]


def test_wrong_password_gets_login_error(client: httpx.Client) -> None:
    """A wrong password returns HTTP 200 with an ERROR that names the login."""
    reply = client.post("/order/query/", data={"loginId": SANDBOX_LOGIN_ID, "password": "nope"})
    assert reply.status_code == 200
    body = reply.json()
    assert body["result"] == "ERROR"
    assert "login" in body["message"].lower()
    assert "password" in body["message"].lower()


def test_missing_credentials_get_login_error(client: httpx.Client) -> None:
    """A request without loginId and password is rejected like a wrong password."""
    body = client.post("/order/query/", data={}).json()
    assert body == {
        "result": "ERROR",
        "message": "Invalid login credentials - check loginId and password",
    }


def test_unknown_path_gets_404(client: httpx.Client) -> None:
    """An unknown path returns HTTP 404 with an ERROR naming the path."""
    reply = client.post("/order/teleport/", data=AUTH)
    assert reply.status_code == 404
    assert reply.json() == {"result": "ERROR", "message": "Unknown API path /order/teleport/"}


@pytest.mark.parametrize("path", ["/order/query/", "/order/query", "/transactions/update"])
def test_paths_match_with_and_without_slash(client: httpx.Client, path: str) -> None:
    """Paths are found with and without the trailing slash."""
    reply = client.post(path, data={**AUTH, "transactionId": "310001", "revertChargeback": "1"})
    assert reply.status_code == 200
    assert "Unknown API path" not in reply.text


def test_get_with_query_string_works(client: httpx.Client) -> None:
    """GET requests with the parameters in the query string are served like POSTs."""
    reply = client.get("/order/query/", params={**AUTH, "orderId": "A11CE00042"})
    body = reply.json()
    assert body["result"] == "SUCCESS"
    assert body["message"]["data"][0]["orderId"] == "A11CE00042"


def test_reply_headers(client: httpx.Client) -> None:
    """Replies carry a JSON content type, an exact Content-Length and keep-alive."""
    reply = client.post("/campaign/query/", data=AUTH)
    assert reply.headers["content-type"] == "application/json; charset=utf-8"
    assert int(reply.headers["content-length"]) == len(reply.content)
    assert reply.headers["connection"] == "keep-alive"


def test_ip_whitelist_switch(sandbox: SandboxServer, client: httpx.Client) -> None:
    """With ``whitelist_ip`` set every call fails with the whitelist message until it is None."""
    sandbox.whitelist_ip = "203.0.113.77"
    body = client.post("/order/query/", data=AUTH).json()
    assert body == {"result": "ERROR", "message": "IP must be whitelisted - 203.0.113.77"}
    assert client.post("/product/query/", data=AUTH).json()["result"] == "ERROR"
    sandbox.whitelist_ip = None
    assert client.post("/order/query/", data=AUTH).json()["result"] == "SUCCESS"


def test_latency_adds_delay(sandbox: SandboxServer, client: httpx.Client) -> None:
    """``latency_ms`` delays every reply by at least that long."""
    sandbox.latency_ms = 200
    started = time.perf_counter()
    client.post("/campaign/query/", data=AUTH)
    assert time.perf_counter() - started >= 0.2


def test_override_replaces_reply(sandbox: SandboxServer, client: httpx.Client) -> None:
    """An override replaces the replies of its path with the raw reply until ``clear_overrides``."""
    sandbox.set_override("/order/query/", status=503, body=b"<odd>", content_type="text/plain")
    for path in ("/order/query/", "/order/query"):
        reply = client.post(path, data=AUTH)
        assert reply.status_code == 503
        assert reply.content == b"<odd>"
        assert reply.headers["content-type"] == "text/plain"
    assert client.post("/campaign/query/", data=AUTH).json()["result"] == "SUCCESS"
    sandbox.clear_overrides()
    assert client.post("/order/query/", data=AUTH).json()["result"] == "SUCCESS"


def test_requests_are_recorded(sandbox: SandboxServer, client: httpx.Client) -> None:
    """Each request is recorded with method, path, query, lower-case headers, body and form."""
    client.post("/order/query/?page=2", data={**AUTH, "emailAddress": "a+b@example.com"})
    client.get("/campaign/query/", params=AUTH)
    assert len(sandbox.requests) == 2
    post, get = sandbox.requests
    assert isinstance(post, RecordedRequest)
    assert post.method == "POST"
    assert post.path == "/order/query/"
    assert post.query == "page=2"
    assert post.headers["content-type"] == "application/x-www-form-urlencoded"
    assert b"emailAddress=a%2Bb%40example.com" in post.body
    assert ("emailAddress", "a+b@example.com") in post.form
    assert ("page", "2") in post.form
    assert get.method == "GET"
    assert get.body == b""
    assert ("loginId", SANDBOX_LOGIN_ID) in get.form


def test_xml_unless_json(sandbox: SandboxServer, client: httpx.Client) -> None:
    """With ``xml_unless_json`` replies are XML unless ``responseType=json`` is sent."""
    sandbox.xml_unless_json = True
    reply = client.post("/order/query/", data={**AUTH, "orderId": "A11CE00042"})
    assert reply.headers["content-type"].startswith("application/xml")
    root = ET.fromstring(reply.content)
    assert root.tag == "response"
    assert root.findtext("result") == "SUCCESS"
    assert root.findtext("message/data/item/orderId") == "A11CE00042"
    as_json = client.post(
        "/order/query/", data={**AUTH, "orderId": "A11CE00042", "responseType": "json"}
    )
    assert as_json.json()["result"] == "SUCCESS"


def test_xml_keys_that_are_not_names(sandbox: SandboxServer, client: httpx.Client) -> None:
    """Product ids become ``<item key="101">`` elements in XML replies."""
    sandbox.xml_unless_json = True
    root = ET.fromstring(client.post("/product/query/", data={**AUTH, "productId": "101"}).content)
    item = root.find("message/item")
    assert item is not None
    assert item.get("key") == "101"
    assert item.findtext("productName") == "Glow Serum 30ml"


def test_xml_on_transaction_query_ignores_json_flag(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    """On /transactions/query/ responseType is a filter, so responseType=json is an XML error."""
    sandbox.xml_unless_json = True
    reply = client.post("/transactions/query/", data={**AUTH, "responseType": "json"})
    root = ET.fromstring(reply.content)
    assert root.findtext("result") == "ERROR"
    assert "json" in (root.findtext("message") or "")


def test_reset_data_restores_seed(sandbox: SandboxServer, call: Call) -> None:
    """``reset_data`` undoes writes."""
    call("/order/refund/", orderId="A11CE00042", fullRefund="1")
    assert (
        call("/order/query/", orderId="A11CE00042")["message"]["data"][0]["orderStatus"]
        == "REFUNDED"
    )
    sandbox.reset_data()
    assert (
        call("/order/query/", orderId="A11CE00042")["message"]["data"][0]["orderStatus"]
        == "COMPLETE"
    )


def test_context_manager_and_idempotent_stop() -> None:
    """The context manager starts and stops, a second stop is harmless, and the port closes."""
    with SandboxServer() as server:
        url = server.base_url
        assert url.startswith("http://127.0.0.1:")
        assert httpx.post(url + "/campaign/query/", data=AUTH).json()["result"] == "SUCCESS"
    server.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.post(url + "/campaign/query/", data=AUTH, timeout=2.0)


def test_stop_closes_keep_alive_connections() -> None:
    """A pooled keep-alive connection fails fast after stop instead of reaching a dead server."""
    server = SandboxServer()
    server.start()
    with httpx.Client(base_url=server.base_url, timeout=3.0) as http:
        assert http.post("/campaign/query/", data=AUTH).status_code == 200
        server.stop()
        started = time.perf_counter()
        with pytest.raises(httpx.TransportError):
            http.post("/campaign/query/", data=AUTH)
        assert time.perf_counter() - started < 2.0


def test_start_twice_raises(sandbox: SandboxServer) -> None:
    """Starting a running server is an error."""
    with pytest.raises(RuntimeError):
        sandbox.start()


def test_base_url_before_start_raises() -> None:
    """``base_url`` is unknown until the server is started."""
    with pytest.raises(RuntimeError):
        _ = SandboxServer().base_url


def test_many_keep_alive_calls_are_fast(client: httpx.Client) -> None:
    """Two hundred queries over one connection take well under the time of a slow server."""
    started = time.perf_counter()
    for page in range(1, 201):
        client.post("/transactions/query/", data={**AUTH, "page": str(page % 18 + 1)})
    assert time.perf_counter() - started < 10.0


def test_concurrent_clients(sandbox: SandboxServer) -> None:
    """Parallel clients all get complete replies, and every request is recorded."""

    def work(client_number: int) -> list[int]:
        totals = []
        with httpx.Client(base_url=sandbox.base_url, timeout=10.0) as http:
            for _ in range(20):
                params = {**AUTH, "page": str(client_number + 1)}
                message = http.post("/order/query/", data=params).json()["message"]
                totals.append(message["totalResults"])
        return totals

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(8)))
    assert all(total == 401 for totals in results for total in totals)
    assert len(sandbox.requests) == 160


def test_command_line_runs_and_stops_on_interrupt() -> None:
    """``python -m desktop_app.sandbox`` prints URL and login, serves, and exits 0 on Ctrl+C."""
    root = Path(__file__).resolve().parents[3]
    process = subprocess.Popen(
        [sys.executable, "-u", "-m", "desktop_app.sandbox", "--port", "0", "--latency-ms", "1"],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert first.startswith("Konnektive sandbox at http://127.0.0.1:")
        url = first.split(" at ")[1].strip()
        assert "demo" in process.stdout.readline()
        assert "demo-password" in process.stdout.readline()
        assert httpx.post(url + "/campaign/query/", data=AUTH).json()["result"] == "SUCCESS"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
