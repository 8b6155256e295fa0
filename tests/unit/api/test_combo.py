"""lookup_order_3ds against the sandbox over loopback: joins, PAAY call counts and failures."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from desktop_app.api.cancel import CancelToken
from desktop_app.api.combo import LookupState, Order3dsResult, ThreeDsRow, lookup_order_3ds
from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.api.paay import PaayClient
from desktop_app.api.result import ProblemCode, ResultKind
from desktop_app.api.threeds_meaning import LIABILITY_NO, LIABILITY_UNKNOWN, LIABILITY_YES
from desktop_app.sandbox import (
    SANDBOX_LOGIN_ID,
    SANDBOX_PAAY_API_KEY,
    SANDBOX_PAAY_SECRET,
    SANDBOX_PASSWORD,
    SandboxServer,
)
from desktop_app.sandbox.seed import facts


@pytest.fixture
def clients(sandbox: SandboxServer) -> Iterator[tuple[KonnektiveClient, PaayClient]]:
    """Return Konnektive and PAAY clients for the sandbox with its credentials."""
    credentials = KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)
    with (
        KonnektiveClient(sandbox.base_url, credentials) as konnektive,
        PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET) as paay,
    ):
        yield konnektive, paay


def paay_requests(sandbox: SandboxServer) -> list[str]:
    """Return the paths of the PAAY requests the sandbox received."""
    return [request.path for request in sandbox.requests if request.path.startswith("/v2")]


def row_by_status(result: Order3dsResult, status: str) -> ThreeDsRow:
    """Return the row whose transStatus is ``status``."""
    return next(row for row in result.rows if row.trans_status == status)


def order_of_status(sandbox: SandboxServer, status: str) -> str:
    """Return the orderId of the first seeded transaction with 3DS result ``status``."""
    with sandbox.store.lock:
        for txn in sandbox.store.transactions.values():
            if txn.get("3DTxnResult") == status:
                return str(txn["orderId"])
    raise AssertionError(f"no seeded transaction with 3DS result {status}")


def test_three_transactions_two_paay_calls(
    sandbox: SandboxServer, clients: tuple[KonnektiveClient, PaayClient]
) -> None:
    """Three transactions, two with PAAY references: two PAAY calls and three rows."""
    result = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID)

    assert result.paay_calls == 2
    assert len(paay_requests(sandbox)) == 2
    assert len(result.rows) == 3
    assert result.order is not None
    assert result.order["orderId"] == facts.THREE_DS_ORDER_ID
    states = [row.state for row in result.rows]
    assert states.count(LookupState.COMPLETE) == 2
    assert states.count(LookupState.NO_REFERENCE) == 1
    assert len(result.merged["transactions"]) == 3
    assert result.merged["orderId"] == facts.THREE_DS_ORDER_ID


def test_y_eci_05_visa_row(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """The SALE with Y on Visa reads ECI 05, a CAVV present, and liability shifted."""
    row = row_by_status(lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID), "Y")

    assert row.card_type == "VISA"
    assert row.eci == "05"
    assert row.authentication_value is True
    assert row.protocol_version == "2.2.0"
    assert row.ds_trans_id
    assert row.meaning.liability == LIABILITY_YES
    assert row.meaning.eci_text.template == "ECI 05 on %1: fully authenticated."


def test_n_row_no_shift(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """The SALE with N has no CAVV and no liability shift."""
    row = row_by_status(lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID), "N")

    assert row.authentication_value is False
    assert row.meaning.liability == LIABILITY_NO
    assert "failed" in row.meaning.status_text.template


def test_a_eci_06_visa_row(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """Анна's SALE 310002 on Visa is A with ECI 06: an attempt that shifts liability."""
    row = row_by_status(lookup_order_3ds(*clients, facts.REDIRECT_ORDER_ID), "A")

    assert row.card_type == "VISA"
    assert row.eci == "06"
    assert row.meaning.liability == LIABILITY_YES
    assert row.meaning.eci_text.template == "ECI 06 on %1: authentication attempted."


def test_u_row_no_shift(
    sandbox: SandboxServer, clients: tuple[KonnektiveClient, PaayClient]
) -> None:
    """A seeded U result explains the technical failure and does not shift liability."""
    row = row_by_status(lookup_order_3ds(*clients, order_of_status(sandbox, "U")), "U")

    assert row.state is LookupState.COMPLETE
    assert row.meaning.liability == LIABILITY_NO
    assert "could not be performed" in row.meaning.status_text.template


def test_paay_500_fails_one_row(
    sandbox: SandboxServer, clients: tuple[KonnektiveClient, PaayClient]
) -> None:
    """An HTTP 500 on one PAAY call marks that row failed and leaves the others complete."""
    first = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID)
    y_id = row_by_status(first, "Y").paay_id
    sandbox.set_override(f"/v2.2/authenticate/{y_id}", 500, '{"error": "Internal error"}')

    result = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID)

    failed = next(row for row in result.rows if row.paay_id == y_id)
    assert failed.state is LookupState.FAILED
    assert failed.http_status == 500
    assert failed.paay_kind is ResultKind.HTTP_ERROR
    assert failed.meaning.status_text.args == ("HTTP 500",)
    assert failed.meaning.liability == LIABILITY_UNKNOWN
    assert row_by_status(result, "N").state is LookupState.COMPLETE
    no_reference = [row for row in result.rows if row.state is LookupState.NO_REFERENCE]
    assert len(no_reference) == 1
    assert result.merged["transactions"][2]["threeDS"]["paay"]["httpStatus"] == 500


def test_pending_challenge_row(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """An open challenge (PAAY 404) shows as pending, not as a failure."""
    result = lookup_order_3ds(*clients, facts.PENDING_3DS_ORDER_ID)

    (row,) = result.rows
    assert row.state is LookupState.PENDING
    assert row.paay_problem is ProblemCode.PENDING
    assert row.meaning.liability == LIABILITY_UNKNOWN
    assert row.meaning.status_text.template.startswith("PAAY has no result yet")


def test_ref_fields_configurable(
    sandbox: SandboxServer, clients: tuple[KonnektiveClient, PaayClient]
) -> None:
    """Without PAAY id fields no PAAY call is made, and the CRM's fields still explain."""
    result = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID, ref_fields=("3DTxnResult", "eci"))

    assert result.paay_calls == 0
    assert paay_requests(sandbox) == []
    statuses = sorted(row.trans_status for row in result.rows)
    assert statuses == ["", "N", "Y"]
    y_row = row_by_status(result, "Y")
    assert y_row.state is LookupState.NO_REFERENCE
    assert y_row.meaning.liability == LIABILITY_YES


def test_cavv_masked_in_merged(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """Authentication values appear only masked in the merged data."""
    result = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID)

    entry = result.merged["transactions"][2]
    assert entry["transaction"]["cavv"] == "***"
    assert entry["threeDS"]["paay"]["result"]["authenticationValue"] == "***"
    assert dict(result.rows[2].konnektive_fields)["cavv"] == "***"


def test_unknown_order_no_rows(
    sandbox: SandboxServer, clients: tuple[KonnektiveClient, PaayClient]
) -> None:
    """An orderId that matches nothing gives no rows and no PAAY calls."""
    result = lookup_order_3ds(*clients, "NO0RDER000")

    assert result.order is None
    assert result.rows == ()
    assert result.transactions_result.kind is ResultKind.EMPTY
    assert paay_requests(sandbox) == []


def test_cancelled_before_start(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """A cancelled token sends nothing and marks the result cancelled."""
    token = CancelToken()
    token.cancel()

    result = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID, cancel=token)

    assert result.cancelled
    assert result.transactions_result.kind is ResultKind.CANCELLED
    assert result.paay_calls == 0


def test_calls_overlap(
    sandbox: SandboxServer, clients: tuple[KonnektiveClient, PaayClient]
) -> None:
    """With 400 ms latency the lookup takes about 2 round trips, not the 4 of one by one."""
    sandbox.latency_ms = 400
    started = time.perf_counter()
    result = lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID)
    elapsed = time.perf_counter() - started

    assert result.paay_calls == 2
    assert elapsed < 1.4


def test_concurrency_checked(clients: tuple[KonnektiveClient, PaayClient]) -> None:
    """A concurrency below 1 is rejected."""
    with pytest.raises(ValueError, match="concurrency"):
        lookup_order_3ds(*clients, facts.THREE_DS_ORDER_ID, concurrency=0)
