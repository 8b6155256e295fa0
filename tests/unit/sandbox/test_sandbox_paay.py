"""The sandbox's PAAY side over plain HTTP: token checks, routes, bodies, records and clock."""

from __future__ import annotations

import json
import time
import uuid
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import jwt
import pytest

from desktop_app.sandbox import SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, SandboxServer
from desktop_app.sandbox.paay import STATUS_BY_LAST4, is_paay_path

BODY = {"pan": "4111111111111111", "month": "07", "year": "28", "amount": 29.95}


def token(**changes: Any) -> str:
    """Return a sandbox token; keyword arguments replace claims, and None removes one."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": SANDBOX_PAAY_API_KEY,
        "iat": now,
        "exp": now + 120,
        "jti": uuid.uuid4().hex,
    }
    secret = changes.pop("secret", SANDBOX_PAAY_SECRET)
    claims.update(changes)
    claims = {name: value for name, value in claims.items() if value is not None}
    return jwt.encode(claims, secret, algorithm="HS256")


def headers(bearer: str | None = None, key: str = SANDBOX_PAAY_API_KEY) -> dict[str, str]:
    """Return the two PAAY headers with a valid token unless one is given."""
    return {"X-3DS-API-KEY": key, "Authorization": f"Bearer {bearer or token()}"}


def seeded_id(sandbox: SandboxServer, status: str) -> str:
    """Return the PAAY transactionId of the first seeded transaction with ``status``."""
    with sandbox.store.lock:
        for txn in sandbox.store.transactions.values():
            if txn.get("3DTxnResult") == status:
                return str(txn["threeDStransactionId"])
    raise AssertionError(status)


def test_paay_paths_recognized() -> None:
    """Paths under /v2.2 and /v2 are PAAY paths; Konnektive paths are not."""
    assert is_paay_path("/v2.2/authenticate/browser")
    assert is_paay_path("/v2/transaction/x/updates")
    assert not is_paay_path("/order/query/")
    assert not is_paay_path("/v22/authenticate/x")


@pytest.mark.parametrize(
    ("request_headers", "reason"),
    [
        ({}, "X-3DS-API-KEY"),
        ({"X-3DS-API-KEY": "wrong", "Authorization": f"Bearer {token()}"}, "X-3DS-API-KEY"),
        ({"X-3DS-API-KEY": SANDBOX_PAAY_API_KEY}, "bearer"),
        (headers(token(secret="another-secret-with-at-least-32-bytes")), "signature"),
        (headers(token(exp=int(time.time()) - 5)), "expired"),
        (headers(token(iss="someone-else")), "issuer"),
        (headers(token(iat=int(time.time()) + 600)), "future"),
        (headers(token(exp=None)), "exp"),
        (headers("not-a-jwt"), "Invalid JWT"),
    ],
    ids=["no-key", "wrong-key", "no-token", "signature", "expired", "iss", "future", "no-exp",
         "garbage"],
)
def test_bad_credentials_get_401(
    client: httpx.Client, request_headers: dict[str, str], reason: str
) -> None:
    """Each credential fault gets 401 with an error body naming the cause."""
    reply = client.get("/v2.2/authenticate/some-id", headers=request_headers)

    assert reply.status_code == 401
    body = reply.json()
    assert body["error"] == "Unauthorized"
    assert reason.lower() in body["message"].lower()


def test_token_with_aud_accepted(sandbox: SandboxServer, client: httpx.Client) -> None:
    """A token that also carries aud passes, because only iss is checked."""
    paay_id = seeded_id(sandbox, "Y")

    reply = client.get(f"/v2/authenticate/{paay_id}", headers=headers(token(aud="x")))

    assert reply.status_code == 200


def test_unknown_paay_path_404(client: httpx.Client) -> None:
    """An unknown path under /v2.2 gets 404 before any credential check."""
    reply = client.get("/v2.2/nothing/here")

    assert reply.status_code == 404
    assert "Unknown PAAY path" in reply.json()["error"]


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/v2.2/authenticate/some-id"), ("GET", "/v2.2/authenticate/browser")],
)
def test_wrong_method_405(client: httpx.Client, method: str, path: str) -> None:
    """Result paths take GET and authentication paths take POST."""
    reply = client.request(method, path, headers=headers(), json=BODY)

    assert reply.status_code == 405
    assert "error" in reply.json()


def test_every_seeded_3ds_transaction_has_record(sandbox: SandboxServer) -> None:
    """Each transaction with 3DS fields has a PAAY record with its status."""
    with sandbox.store.lock:
        linked = [t for t in sandbox.store.transactions.values() if t.get("3DTxnResult")]
    statuses = {txn["3DTxnResult"] for txn in linked}

    assert statuses == {"Y", "A", "N", "U", "R", "C"}
    for txn in linked:
        record = sandbox.paay.record(txn["threeDStransactionId"])
        assert record is not None
        assert record["status"] == txn["3DTxnResult"]
        assert record["dsTransId"] == txn["dsTransId"]


def test_updates_path_returns_result(sandbox: SandboxServer, client: httpx.Client) -> None:
    """GET /transaction/{id}/updates returns the result fields."""
    paay_id = seeded_id(sandbox, "N")

    reply = client.get(f"/v2.2/transaction/{paay_id}/updates", headers=headers())

    assert reply.status_code == 200
    body = reply.json()
    assert body["status"] == "N"
    assert body["transStatusReason"] == "01"
    assert "authenticationValue" not in body


def test_pending_challenge_404_until_completed(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    """An open challenge returns 404 with an error body, then 200 once completed."""
    paay_id = seeded_id(sandbox, "C")

    pending = client.get(f"/v2.2/authenticate/{paay_id}", headers=headers())

    assert pending.status_code == 404
    assert pending.json()["error"].startswith("No result found")
    assert pending.json()["transactionId"] == paay_id

    sandbox.paay.complete_challenge(paay_id, "N")
    done = client.get(f"/v2.2/authenticate/{paay_id}", headers=headers())

    assert done.status_code == 200
    assert done.json()["status"] == "N"
    assert "acsURL" not in done.json()


def test_complete_challenge_checks(sandbox: SandboxServer) -> None:
    """Only open challenges can be completed, and only with a final status."""
    with pytest.raises(KeyError):
        sandbox.paay.complete_challenge("no-such-id")
    with pytest.raises(ValueError, match="no open challenge"):
        sandbox.paay.complete_challenge(seeded_id(sandbox, "Y"))
    with pytest.raises(ValueError, match="status must be"):
        sandbox.paay.complete_challenge(seeded_id(sandbox, "C"), "C")


@pytest.mark.parametrize(("last4", "status"), sorted(STATUS_BY_LAST4.items()))
def test_browser_status_by_card(client: httpx.Client, last4: str, status: str) -> None:
    """The card's last 4 digits choose the status of a new browser authentication."""
    body = {**BODY, "pan": "400000000000" + last4}

    reply = client.post("/v2.2/authenticate/browser", headers=headers(), json=body)

    assert reply.status_code == 201
    assert reply.json()["status"] == status


def test_3ri_has_no_challenge(client: httpx.Client) -> None:
    """A 3RI request with the challenge card gets Y."""
    body = {**BODY, "pan": "4000000000003220", "threeRIInd": "01"}

    reply = client.post("/v2.2/authenticate/3ri", headers=headers(), json=body)

    assert reply.status_code == 201
    assert reply.json()["status"] == "Y"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"amount": "29.95"}, "amount"),
        ({"month": 7}, "month"),
        ({"pan": "4111"}, "pan"),
        ({"browser": {"browserJavaEnabled": "0"}}, "browser.browserJavaEnabled"),
    ],
)
def test_browser_body_types_checked(
    client: httpx.Client, change: dict[str, Any], problem: str
) -> None:
    """Wrong JSON types get 400 with the field named in the error list."""
    reply = client.post(
        "/v2.2/authenticate/browser", headers=headers(), json={**BODY, **change}
    )

    assert reply.status_code == 400
    assert any(item.startswith(problem) for item in reply.json()["errors"])


def test_non_json_body_400(client: httpx.Client) -> None:
    """A body that is not JSON gets 400."""
    reply = client.post("/v2.2/authenticate/browser", headers=headers(), content=b"pan=4111")

    assert reply.status_code == 400
    assert "JSON" in reply.json()["error"]


def test_reset_data_forgets_new_authentications(
    sandbox: SandboxServer, client: httpx.Client
) -> None:
    """reset_data removes authentications started through the API."""
    reply = client.post("/v2.2/authenticate/browser", headers=headers(), json=BODY)
    paay_id = reply.json()["transactionId"]

    assert sandbox.paay.record(paay_id) is not None
    sandbox.reset_data()
    assert sandbox.paay.record(paay_id) is None


@pytest.mark.parametrize("skew", [0, 300, -300])
def test_date_header_follows_skew(
    sandbox: SandboxServer, client: httpx.Client, skew: int
) -> None:
    """The Date header of every reply is shifted by clock_skew_seconds."""
    sandbox.clock_skew_seconds = skew

    reply = client.post("/order/query/", data={})
    server_time = parsedate_to_datetime(reply.headers["date"]).timestamp()

    assert abs(server_time - time.time() - skew) <= 2


def test_paay_requests_recorded(sandbox: SandboxServer, client: httpx.Client) -> None:
    """PAAY requests are recorded with their headers and JSON body."""
    client.post("/v2.2/authenticate/browser", headers=headers(), json=BODY)

    recorded = sandbox.requests[-1]
    assert recorded.headers["x-3ds-api-key"] == SANDBOX_PAAY_API_KEY
    assert recorded.form == []
    assert json.loads(recorded.body) == BODY
