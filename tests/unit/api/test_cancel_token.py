"""CancelToken and cancellation of KonnektiveClient calls."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

from konnektive_endpoints import ORDER_QUERY
from konnektive_server import FormServer

from desktop_app.api import (
    CancelToken,
    KonnektiveClient,
    KonnektiveCredentials,
    ProblemCode,
    ResultKind,
)
from desktop_app.api.result import CANCELLED_TITLE

CREDENTIALS = KonnektiveCredentials(login_id="desk-api-user", password="hunter2-secret")


def test_token_starts_uncancelled() -> None:
    """A new token is not cancelled and wait() times out."""
    token = CancelToken()

    assert token.cancelled is False
    assert token.wait(0.01) is False


def test_token_cancel_from_other_thread() -> None:
    """cancel() in one thread is seen by a waiter in another."""
    token = CancelToken()
    waiter = threading.Thread(target=token.cancel)
    waiter.start()
    waiter.join(timeout=5)

    assert token.wait(5) is True
    assert token.cancelled is True
    assert "cancelled=True" in repr(token)


def test_cancel_before_sending(form_server: FormServer) -> None:
    """A token cancelled before the call sends nothing and returns CANCELLED."""
    token = CancelToken()
    token.cancel()

    with KonnektiveClient(form_server.url, CREDENTIALS) as client:
        result = client.call(ORDER_QUERY, [("orderId", "A1")], cancel=token)

    assert result.kind is ResultKind.CANCELLED
    assert result.http_status is None
    assert result.problem is not None
    assert result.problem.code is ProblemCode.CANCELLED
    assert result.problem.title == CANCELLED_TITLE
    assert result.problem.advice == "Nothing was sent to the server."
    assert dict(result.request.params)["password"] == "***"
    assert form_server.requests == []


def test_cancel_while_body_arrives(form_server: FormServer) -> None:
    """Cancelling between two parts of the body returns CANCELLED, not the reply."""
    rows = [{"orderId": f"ORDER{n:05d}", "note": "x" * 200} for n in range(200)]
    payload = {"result": "SUCCESS", "message": rows}
    form_server.reply_behaviour("/order/query/", "split", json.dumps(payload).encode())
    token = CancelToken()

    with KonnektiveClient(form_server.url, CREDENTIALS, timeout=10.0) as client:
        with ThreadPoolExecutor(max_workers=1) as pool:
            future = pool.submit(client.call, ORDER_QUERY, [], token)
            assert form_server.first_part_sent.wait(5)
            token.cancel()
            form_server.release.set()
            result = future.result(timeout=10)

    assert result.kind is ResultKind.CANCELLED
    assert result.problem is not None
    assert result.problem.code is ProblemCode.CANCELLED
    assert "already received" in result.problem.advice
    assert result.elapsed_ms > 0
    assert len(form_server.requests) == 1


def test_uncancelled_token_lets_call_finish(form_server: FormServer) -> None:
    """A token that is never cancelled does not change the result."""
    token = CancelToken()

    with KonnektiveClient(form_server.url, CREDENTIALS) as client:
        result = client.call(ORDER_QUERY, [], cancel=token)

    assert result.kind is ResultKind.SUCCESS
