"""PaayClient against the sandbox over loopback: results, pending, auth problems and faults."""

from __future__ import annotations

import json
from collections.abc import Iterator

import jwt
import pytest

from desktop_app.api import CancelToken, ProblemCode, ResultKind
from desktop_app.api.paay import (
    DEFAULT_RESULT_PATH,
    RESULT_PATH_PRESETS,
    UPDATES_RESULT_PATH,
    PaayClient,
    normalize_version,
)
from desktop_app.sandbox import SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, Fault, SandboxServer
from desktop_app.sandbox.store import Row

WRONG_SECRET = "not-the-sandbox-secret-9a8b7c6d5e4f3a2b1c"
PAN = "4111111111111111"


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[PaayClient]:
    """Return a client for the sandbox's PAAY API with the sandbox credentials."""
    with PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET) as api:
        yield api


def three_ds_transaction(sandbox: SandboxServer, status: str) -> Row:
    """Return the first seeded transaction whose 3-D Secure result is ``status``."""
    with sandbox.store.lock:
        for txn in sandbox.store.transactions.values():
            if txn.get("3DTxnResult") == status:
                return dict(txn)
    raise AssertionError(f"no seeded transaction with 3DS result {status}")


def test_result_path_presets() -> None:
    """The default result path comes first and the /updates path is offered."""
    assert RESULT_PATH_PRESETS[0] == DEFAULT_RESULT_PATH == "/v{ver}/authenticate/{transactionId}"
    assert "/v{ver}/transaction/{transactionId}/updates" in RESULT_PATH_PRESETS


def test_version_normalized_and_checked() -> None:
    """Versions may be typed without the v; anything but 2.2 and 2 raises."""
    assert normalize_version("2.2") == "v2.2"
    assert normalize_version(" V2 ") == "v2"
    with pytest.raises(ValueError, match="v2.2 or v2"):
        PaayClient("http://127.0.0.1:1", "v3")


@pytest.mark.parametrize("txn_id", [310001, 310002])
def test_fixed_sales_results(sandbox: SandboxServer, client: PaayClient, txn_id: int) -> None:
    """Mara's SALE 310001 has result Y and Анна's SALE 310002 has result A."""
    with sandbox.store.lock:
        txn = dict(sandbox.store.transactions[txn_id])

    result = client.result(txn["threeDStransactionId"])

    assert result.kind is ResultKind.SUCCESS
    assert result.http_status == 200
    assert result.data["status"] == {310001: "Y", 310002: "A"}[txn_id]
    assert result.data["authenticationValue"] == txn["cavv"]
    assert result.data["eci"] == txn["eci"]


@pytest.mark.parametrize("status", ["Y", "A", "N", "U", "R"])
def test_result_each_seeded_status(
    sandbox: SandboxServer, client: PaayClient, status: str
) -> None:
    """Each final status comes back with the reply fields PAAY sends."""
    txn = three_ds_transaction(sandbox, status)

    result = client.result(txn["threeDStransactionId"])

    assert result.kind is ResultKind.SUCCESS
    assert result.problem is None
    data = result.data
    assert data["status"] == status
    assert data["transactionId"] == txn["threeDStransactionId"]
    assert data["dsTransId"] == txn["dsTransId"]
    assert data["protocolVersion"] == "2.2.0"
    assert len(data["acsTransId"]) == 36
    assert isinstance(data["scaIndicator"], bool)
    if status in ("Y", "A"):
        assert data["authenticationValue"] == txn["cavv"]
        assert data["eci"] == txn["eci"]
    else:
        assert "authenticationValue" not in data
        assert "eci" not in data
        assert data["transStatusReason"]


@pytest.mark.parametrize("version", ["v2.2", "v2"])
@pytest.mark.parametrize("path", RESULT_PATH_PRESETS)
def test_result_on_every_path(sandbox: SandboxServer, version: str, path: str) -> None:
    """Both versions and both result paths return the same result."""
    txn = three_ds_transaction(sandbox, "Y")
    api = PaayClient(
        sandbox.base_url, version, SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, result_path=path
    )
    with api:
        result = api.result(txn["threeDStransactionId"])

    assert result.kind is ResultKind.SUCCESS
    assert result.data["status"] == "Y"
    expected_path = path.replace("{ver}", version[1:]).replace(
        "{transactionId}", txn["threeDStransactionId"]
    )
    assert sandbox.requests[-1].path == expected_path
    assert sandbox.requests[-1].method == "GET"


def test_pending_challenge_until_completed(sandbox: SandboxServer, client: PaayClient) -> None:
    """An open challenge is EMPTY with PENDING on 404, and Y once the challenge completes."""
    paay_id = three_ds_transaction(sandbox, "C")["threeDStransactionId"]

    pending = client.result(paay_id)

    assert pending.kind is ResultKind.EMPTY
    assert not pending.kind.is_error
    assert pending.http_status == 404
    assert pending.problem is not None
    assert pending.problem.code is ProblemCode.PENDING
    assert pending.problem.args == (paay_id,)
    assert "as yet" in pending.problem.detail
    assert pending.data["transactionId"] == paay_id

    sandbox.paay.complete_challenge(paay_id, "Y")
    done = client.result(paay_id)

    assert done.kind is ResultKind.SUCCESS
    assert done.data["status"] == "Y"
    assert done.data["eci"] in ("02", "05")


def test_pending_on_updates_path(sandbox: SandboxServer) -> None:
    """The /updates path gives the same pending result."""
    paay_id = three_ds_transaction(sandbox, "C")["threeDStransactionId"]
    api = PaayClient(
        sandbox.base_url,
        "v2",
        SANDBOX_PAAY_API_KEY,
        SANDBOX_PAAY_SECRET,
        result_path=UPDATES_RESULT_PATH,
    )
    with api:
        result = api.result(paay_id)

    assert result.kind is ResultKind.EMPTY
    assert result.problem is not None
    assert result.problem.code is ProblemCode.PENDING


def test_unknown_id_reads_as_pending(client: PaayClient) -> None:
    """PAAY's 404 does not tell an unknown id from a pending one, so both are PENDING."""
    result = client.result("00000000-0000-4000-8000-000000000000")

    assert result.kind is ResultKind.EMPTY
    assert result.problem is not None
    assert result.problem.code is ProblemCode.PENDING


def test_id_is_percent_encoded(sandbox: SandboxServer, client: PaayClient) -> None:
    """A slash or question mark in the id cannot change the path."""
    client.result("a/b?c")

    assert sandbox.requests[-1].path == "/v2.2/authenticate/a%2Fb%3Fc"
    assert sandbox.requests[-1].query == ""


def test_empty_id_not_sent(sandbox: SandboxServer, client: PaayClient) -> None:
    """An empty transaction id is rejected before sending."""
    result = client.result("  ")

    assert result.kind is ResultKind.TRANSPORT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.INVALID_REQUEST
    assert result.problem.args == ("transactionId",)
    assert sandbox.requests == []


def test_wrong_secret_is_auth_problem(sandbox: SandboxServer) -> None:
    """A token signed with another secret gets 401 and TOKEN_REJECTED."""
    txn = three_ds_transaction(sandbox, "Y")
    with PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, WRONG_SECRET) as api:
        result = api.result(txn["threeDStransactionId"])

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 401
    assert result.problem is not None
    assert result.problem.code is ProblemCode.TOKEN_REJECTED
    assert result.problem.args == ("401",)
    assert "signature" in result.problem.detail


def test_wrong_api_key_is_auth_problem(sandbox: SandboxServer) -> None:
    """Another API key gets 401 and TOKEN_REJECTED."""
    with PaayClient(sandbox.base_url, "v2.2", "other-key", SANDBOX_PAAY_SECRET) as api:
        result = api.result("any-id")

    assert result.problem is not None
    assert result.problem.code is ProblemCode.TOKEN_REJECTED
    assert "X-3DS-API-KEY" in result.problem.detail


def test_pasted_key_with_whitespace_accepted(sandbox: SandboxServer) -> None:
    """A key pasted with a leading space and a trailing newline still authenticates."""
    txn = three_ds_transaction(sandbox, "A")
    key = " " + SANDBOX_PAAY_API_KEY + "\n"
    with PaayClient(sandbox.base_url, "v2.2", key, SANDBOX_PAAY_SECRET) as api:
        result = api.result(txn["threeDStransactionId"])

    assert result.kind is ResultKind.SUCCESS
    assert sandbox.requests[-1].headers["x-3ds-api-key"] == SANDBOX_PAAY_API_KEY


def test_clock_behind_server(sandbox: SandboxServer) -> None:
    """With the server 300 s ahead, the expired token is reported as a clock problem."""
    sandbox.clock_skew_seconds = 300
    txn = three_ds_transaction(sandbox, "Y")
    api = PaayClient(
        sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, token_lifetime=120
    )
    with api:
        result = api.result(txn["threeDStransactionId"])

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 401
    assert result.problem is not None
    assert result.problem.code is ProblemCode.CLOCK_SKEW
    assert "behind" in result.problem.title
    assert abs(int(result.problem.args[0]) - 300) <= 2
    assert "expired" in result.problem.detail


def test_clock_ahead_of_server(sandbox: SandboxServer, client: PaayClient) -> None:
    """With the server 300 s behind, the token looks issued in the future."""
    sandbox.clock_skew_seconds = -300

    result = client.result("any-id")

    assert result.problem is not None
    assert result.problem.code is ProblemCode.CLOCK_SKEW
    assert "ahead" in result.problem.title
    assert abs(int(result.problem.args[0]) - 300) <= 2


def test_small_skew_stays_credentials_problem(sandbox: SandboxServer) -> None:
    """A skew within 60 s does not turn a bad secret into a clock problem."""
    sandbox.clock_skew_seconds = 30
    with PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, WRONG_SECRET) as api:
        result = api.result("any-id")

    assert result.problem is not None
    assert result.problem.code is ProblemCode.TOKEN_REJECTED


def test_server_error_500(sandbox: SandboxServer, client: PaayClient) -> None:
    """An HTTP 500 from a PAAY path is an HTTP_ERROR with the server's error text."""
    sandbox.set_override("/v2.2/authenticate/browser", 500, '{"error": "Internal error"}')

    result = client.authenticate_browser([("pan", PAN), ("month", "07"), ("year", "28")])

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 500
    assert result.problem is not None
    assert result.problem.code is ProblemCode.HTTP_STATUS
    assert "Internal error" in result.problem.detail


def test_html_502_fault(sandbox: SandboxServer, client: PaayClient) -> None:
    """The HTML_502 fault on a PAAY path is an HTTP_ERROR, not a pending result."""
    sandbox.set_fault(Fault.HTML_502, count=1)

    result = client.result(three_ds_transaction(sandbox, "Y")["threeDStransactionId"])

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 502


def test_truncated_json_fault(sandbox: SandboxServer, client: PaayClient) -> None:
    """A cut-off 200 reply is a FORMAT_ERROR."""
    sandbox.set_fault(Fault.TRUNCATED_JSON, count=1)

    result = client.result("any-id")

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.TRUNCATED_JSON


def test_latency_applies(sandbox: SandboxServer, client: PaayClient) -> None:
    """The sandbox latency delays PAAY replies too."""
    sandbox.latency_ms = 150

    result = client.result(three_ds_transaction(sandbox, "U")["threeDStransactionId"])

    assert result.kind is ResultKind.SUCCESS
    assert result.elapsed_ms >= 150


def test_browser_request_on_the_wire(sandbox: SandboxServer, client: PaayClient) -> None:
    """The browser call sends both headers and a nested JSON body with JSON types."""
    result = client.authenticate_browser(
        [
            ("pan", PAN),
            ("month", "07"),
            ("year", "28"),
            ("amount", "29.95"),
            ("currency", "840"),
            ("browser.browserJavaEnabled", "0"),
            ("browser.browserJavaScriptEnabled", "1"),
            ("browser.browserUserAgent", "Mozilla/5.0"),
            ("billing.city", "Austin"),
        ]
    )

    assert result.kind is ResultKind.SUCCESS
    assert result.http_status == 201
    assert result.data["status"] == "Y"
    sent = sandbox.requests[-1]
    assert sent.method == "POST"
    assert sent.path == "/v2.2/authenticate/browser"
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-3ds-api-key"] == SANDBOX_PAAY_API_KEY
    scheme, token = sent.headers["authorization"].split(" ", 1)
    assert scheme == "Bearer"
    claims = jwt.decode(token, SANDBOX_PAAY_SECRET, algorithms=["HS256"])
    assert claims["iss"] == SANDBOX_PAAY_API_KEY
    assert claims["exp"] - claims["iat"] == 300
    body = json.loads(sent.body)
    assert body == {
        "pan": PAN,
        "month": "07",
        "year": "28",
        "amount": 29.95,
        "currency": "840",
        "browser": {
            "browserJavaEnabled": False,
            "browserJavaScriptEnabled": True,
            "browserUserAgent": "Mozilla/5.0",
        },
        "billing": {"city": "Austin"},
    }


def test_new_tokens_per_request(sandbox: SandboxServer, client: PaayClient) -> None:
    """Every request carries a token with its own jti."""
    for _ in range(3):
        client.result("any-id")
    tokens = [request.headers["authorization"].split(" ", 1)[1] for request in sandbox.requests]
    ids = {jwt.decode(token, options={"verify_signature": False})["jti"] for token in tokens}

    assert len(ids) == 3


def test_browser_challenge_then_pending(sandbox: SandboxServer, client: PaayClient) -> None:
    """A challenge card returns C with challenge data, and its result stays pending."""
    started = client.authenticate_browser(
        [("pan", "4000000000003220"), ("month", "01"), ("year", "30"), ("amount", "5")]
    )

    assert started.data["status"] == "C"
    assert started.data["challengeWindowURL"]["rel"] == "authenticate"
    assert started.data["acsURL"].startswith("https://")
    pending = client.result(started.data["transactionId"])
    assert pending.problem is not None
    assert pending.problem.code is ProblemCode.PENDING


def test_3ri_request(sandbox: SandboxServer, client: PaayClient) -> None:
    """The 3RI call posts to /authenticate/3ri and returns a final status."""
    result = client.authenticate_3ri(
        [
            ("pan", "5555555555554444"),
            ("month", "12"),
            ("year", "29"),
            ("amount", "19.99"),
            ("messageCategory", "01"),
            ("threeRIInd", "01"),
            ("protocolVersion", "2.2.0"),
        ]
    )

    assert result.kind is ResultKind.SUCCESS
    assert result.data["status"] == "Y"
    assert result.data["eci"] == "02"
    assert sandbox.requests[-1].path == "/v2.2/authenticate/3ri"
    assert json.loads(sandbox.requests[-1].body)["amount"] == 19.99


def test_sandbox_rejects_string_amount(sandbox: SandboxServer, client: PaayClient) -> None:
    """A body the sandbox rejects comes back as HTTP 400 with its error list."""
    sandbox.set_override("/v2.2/authenticate/browser", 400, '{"error": "Invalid request"}')

    result = client.authenticate_browser([("pan", PAN)])

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 400


def test_body_error_not_sent(sandbox: SandboxServer, client: PaayClient) -> None:
    """A value that does not fit its type is reported and nothing is sent."""
    result = client.authenticate_browser([("pan", PAN), ("amount", "twelve")])

    assert result.kind is ResultKind.TRANSPORT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.INVALID_REQUEST
    assert result.problem.args == ("amount",)
    assert sandbox.requests == []


def test_cancel_before_send(sandbox: SandboxServer, client: PaayClient) -> None:
    """A cancelled token stops the call before anything is sent."""
    token = CancelToken()
    token.cancel()

    result = client.result("any-id", cancel=token)

    assert result.kind is ResultKind.CANCELLED
    assert sandbox.requests == []


def test_closed_port_is_connect_problem(closed_port: int) -> None:
    """A refused connection is a TRANSPORT_ERROR with CONNECT."""
    url = f"http://127.0.0.1:{closed_port}"
    with PaayClient(url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, timeout=5) as api:
        result = api.result("any-id")

    assert result.kind is ResultKind.TRANSPORT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.CONNECT


def test_closed_client_is_invalid_request(client: PaayClient) -> None:
    """A call after close() is an INVALID_REQUEST result."""
    client.close()

    result = client.result("any-id")

    assert result.problem is not None
    assert result.problem.code is ProblemCode.INVALID_REQUEST


def test_preview_token_hides_secret(client: PaayClient) -> None:
    """The client's token preview shows the claims without the secret or signature."""
    preview = client.preview_token()

    assert preview.claims["iss"] == SANDBOX_PAAY_API_KEY
    assert SANDBOX_PAAY_SECRET not in repr(preview)
