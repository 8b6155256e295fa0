"""Transport failures become TRANSPORT_ERROR results with a specific ProblemCode, never exceptions.

Connection refused, reset, short bodies, stalls and TLS failures use real sockets on 127.0.0.1;
respx only forces timeouts and a certificate failure that a local plain server cannot produce.
"""

from __future__ import annotations

import httpx
import pytest
import respx
from konnektive_endpoints import ORDER_QUERY
from konnektive_server import FormServer

from desktop_app.api import KonnektiveClient, KonnektiveCredentials, ProblemCode, ResultKind
from desktop_app.api.result import ApiResult

CREDENTIALS = KonnektiveCredentials(login_id="desk-api-user", password="hunter2-secret")


def assert_transport(result: ApiResult, code: ProblemCode) -> None:
    """Check the shared shape of a transport failure."""
    assert result.kind is ResultKind.TRANSPORT_ERROR
    assert result.http_status is None
    assert result.problem is not None
    assert result.problem.code is code
    assert result.problem.title
    assert result.problem.advice
    assert "Traceback" not in result.problem.detail


def test_connection_refused(closed_port: int) -> None:
    """A closed port gives CONNECT with the URL in the args and the exception in the detail."""
    base_url = f"http://127.0.0.1:{closed_port}"
    with KonnektiveClient(base_url, CREDENTIALS, timeout=5.0) as client:
        result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.CONNECT)
    assert result.problem is not None
    assert result.problem.args == (base_url + "/order/query/",)
    assert result.problem.detail.startswith("ConnectError")
    assert result.request.url == base_url + "/order/query/"


def test_read_timeout_forced_by_respx() -> None:
    """A ReadTimeout gives TIMEOUT with the URL and the timeout in seconds."""
    base_url = "http://127.0.0.1:9"
    with respx.mock(assert_all_called=True) as mock:
        mock.post(base_url + "/order/query/").mock(side_effect=httpx.ReadTimeout("timed out"))
        with KonnektiveClient(base_url, CREDENTIALS, timeout=12.5) as client:
            result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.TIMEOUT)
    assert result.problem is not None
    assert result.problem.args == (base_url + "/order/query/", "12.5")
    assert result.problem.detail == "ReadTimeout: timed out"


@pytest.mark.parametrize("error", [httpx.ConnectTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
def test_other_timeouts_forced_by_respx(error: type[httpx.TimeoutException]) -> None:
    """Connect, write and pool timeouts give TIMEOUT as well."""
    base_url = "http://127.0.0.1:9"
    with respx.mock() as mock:
        mock.post(base_url + "/order/query/").mock(side_effect=error("timed out"))
        with KonnektiveClient(base_url, CREDENTIALS) as client:
            result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.TIMEOUT)


def test_certificate_failure_forced_by_respx() -> None:
    """A ConnectError caused by a certificate error gives TLS, not CONNECT."""
    base_url = "https://127.0.0.1:9"

    # The text httpx gives a ConnectError whose cause is an ssl.SSLCertVerificationError.
    error = httpx.ConnectError(
        "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate"
    )
    with respx.mock() as mock:
        mock.post(base_url + "/order/query/").mock(side_effect=error)
        with KonnektiveClient(base_url, CREDENTIALS) as client:
            result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.TLS)


def test_real_read_timeout(form_server: FormServer) -> None:
    """A server that does not reply within the timeout gives TIMEOUT."""
    form_server.reply_behaviour("/order/query/", "stall", b"{}")
    with KonnektiveClient(form_server.url, CREDENTIALS, timeout=0.3) as client:
        result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.TIMEOUT)
    assert len(form_server.requests) == 1


def test_connection_reset(form_server: FormServer) -> None:
    """A server that resets the connection instead of replying gives RESET."""
    form_server.reply_behaviour("/order/query/", "reset")
    with KonnektiveClient(form_server.url, CREDENTIALS, timeout=5.0) as client:
        result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.RESET)
    assert len(form_server.requests) == 1


def test_incomplete_body(form_server: FormServer) -> None:
    """A body shorter than its Content-Length gives RESET."""
    form_server.reply_behaviour("/order/query/", "short", b'{"result":"SUCCESS"}')
    with KonnektiveClient(form_server.url, CREDENTIALS, timeout=5.0) as client:
        result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.RESET)
    assert result.problem is not None
    assert result.problem.detail.startswith("RemoteProtocolError")


def test_tls_to_plain_server(form_server: FormServer) -> None:
    """https:// to a plain HTTP server fails the TLS handshake and gives TLS."""
    https_url = form_server.url.replace("http://", "https://")
    with KonnektiveClient(https_url, CREDENTIALS, timeout=5.0) as client:
        result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.TLS)


@pytest.mark.parametrize("base_url", ["ftp://127.0.0.1:9", "example.invalid", "http://"])
def test_invalid_base_url(base_url: str) -> None:
    """A base URL without a usable scheme or host gives INVALID_REQUEST."""
    with KonnektiveClient(base_url, CREDENTIALS) as client:
        result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.INVALID_REQUEST)


def test_closed_client(form_server: FormServer) -> None:
    """A call on a closed client gives INVALID_REQUEST instead of raising."""
    client = KonnektiveClient(form_server.url, CREDENTIALS)
    client.close()

    result = client.call(ORDER_QUERY, [])

    assert_transport(result, ProblemCode.INVALID_REQUEST)
    assert form_server.requests == []


def test_unencodable_value(form_server: FormServer) -> None:
    """A value with a lone surrogate gives INVALID_REQUEST and sends nothing."""
    with KonnektiveClient(form_server.url, CREDENTIALS) as client:
        result = client.call(ORDER_QUERY, [("orderId", "A\udc80")])

    assert_transport(result, ProblemCode.INVALID_REQUEST)
    assert form_server.requests == []
