"""Query endpoints of the sandbox: paging, filters, reply shapes and reports."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.sandbox import SandboxServer
from desktop_app.sandbox.seed import facts

Call = Callable[..., Any]


def test_order_paging_over_401_rows(call: Call) -> None:
    """401 seeded orders give pages of 200, 200 and 1, then the empty message."""
    sizes = []
    seen: set[str] = set()
    for page in (1, 2, 3):
        message = call("/order/query/", resultsPerPage="200", page=str(page))["message"]
        assert message["totalResults"] == facts.ORDER_COUNT == 401
        assert message["resultsPerPage"] == 200
        assert message["page"] == page
        sizes.append(len(message["data"]))
        seen.update(row["orderId"] for row in message["data"])
    assert sizes == [200, 200, 1]
    assert len(seen) == 401
    past_end = call("/order/query/", resultsPerPage="200", page="4")
    assert past_end == {
        "result": "ERROR",
        "message": "No orders matching those parameters could be found",
    }


def test_results_per_page_default_and_clamp(call: Call) -> None:
    """The resultsPerPage parameter defaults to 25 and values above 200 are lowered to 200."""
    default = call("/transactions/query/")["message"]
    assert default["resultsPerPage"] == 25
    assert default["page"] == 1
    assert len(default["data"]) == 25
    clamped = call("/transactions/query/", resultsPerPage="500")["message"]
    assert clamped["resultsPerPage"] == 200
    assert len(clamped["data"]) == 200


def test_rows_are_oldest_first_unless_sort_dir_zero(call: Call) -> None:
    """Rows come oldest first, and sortDir=0 reverses the order."""
    ascending = [
        r["dateCreated"] for r in call("/order/query/", resultsPerPage="200")["message"]["data"]
    ]
    assert ascending == sorted(ascending)
    descending = call("/order/query/", resultsPerPage="50", sortDir="0")["message"]["data"]
    dates = [r["dateCreated"] for r in descending]
    assert dates == sorted(dates, reverse=True)


def test_order_row_shape(call: Call) -> None:
    """Order rows carry items keyed by product id and fulfillments as a list."""
    order = call("/order/query/", orderId=facts.MARA_ORDER_ID)["message"]["data"][0]
    assert order["customerId"] == facts.MARA_CUSTOMER_ID
    assert isinstance(order["items"], dict)
    assert list(order["items"]) == ["101"]
    assert order["items"]["101"]["purchaseStatus"] == "ACTIVE"
    assert isinstance(order["fulfillments"], list)
    assert order["fulfillments"][0]["status"] == "SHIPPED"
    assert order["totalAmount"] == "44.90"
    assert order["refundRemaining"] == "44.90"
    assert order["cardLast4"] == "0042"
    assert order["postalCode"] == "02134"


def test_email_filter_plus_and_case(call: Call) -> None:
    """An emailAddress with a plus sign matches exactly, ignoring case."""
    for email in (facts.MARA_EMAIL, "MARA+Billing@Example.NET"):
        message = call("/customer/query/", emailAddress=email)["message"]
        assert message["totalResults"] == 1
        assert message["data"][0]["customerId"] == facts.MARA_CUSTOMER_ID
    other = call("/customer/query/", emailAddress="mara@example.net")
    assert other["result"] == "ERROR"
    assert other["message"] == "No customers matching those parameters could be found"


@pytest.mark.parametrize("phone", ["555-010-0199", "(555) 010 0199", "+15550100199", "5550100199"])
def test_phone_filter_compares_digits(call: Call, phone: str) -> None:
    """The phoneNumber filter matches on digits only, with or without the leading country code 1."""
    message = call("/order/query/", phoneNumber=phone)["message"]
    assert {row["customerId"] for row in message["data"]} == {facts.MARA_CUSTOMER_ID}


def test_name_filters_ignore_case(call: Call) -> None:
    """The firstName and lastName filters ignore case, also for Cyrillic names."""
    rows = call("/customer/query/", firstName="анна", lastName="КУЗНЕЦОВА")["message"]["data"]
    assert [row["customerId"] for row in rows] == [facts.CYRILLIC_CUSTOMER_ID]
    assert rows[0]["city"] == "Москва"


def test_card_last4_filter(call: Call) -> None:
    """cardLast4 finds Mara's order."""
    rows = call("/order/query/", cardLast4="0042")["message"]["data"]
    assert [row["orderId"] for row in rows] == [facts.MARA_ORDER_ID]


def test_date_range_is_inclusive_and_day_granular(sandbox: SandboxServer, call: Call) -> None:
    """startDate/endDate select whole days of dateCreated, both ends included."""
    message = call(
        "/order/query/", startDate="10/20/2026", endDate="10/20/2026", resultsPerPage="200"
    )["message"]
    with sandbox.store.lock:
        expected = {
            o["orderId"]
            for o in sandbox.store.orders.values()
            if o["dateCreated"].startswith("2026-10-20")
        }
    assert {row["orderId"] for row in message["data"]} == expected
    assert facts.MARA_ORDER_ID in expected
    late_evening = call("/order/query/", startDate="08/12/2026", endDate="08/12/2026 00:00:00")[
        "message"
    ]
    assert facts.CHARGEBACK_ORDER_ID in {row["orderId"] for row in late_evening["data"]}


def test_date_range_across_days(call: Call) -> None:
    """A multi-day window returns only rows inside it."""
    rows = call(
        "/transactions/query/", startDate="09/01/2026", endDate="09/30/2026", resultsPerPage="200"
    )["message"]["data"]
    assert rows
    assert all("2026-09-01" <= row["dateCreated"][:10] <= "2026-09-30" for row in rows)


def test_malformed_date_is_rejected(call: Call) -> None:
    """A malformed startDate returns an ERROR naming the value and the format."""
    reply = call("/order/query/", startDate="2026/31/12")
    assert reply == {"result": "ERROR", "message": "Invalid startDate: 2026/31/12. Use MM/DD/YYYY"}
    assert call("/order/query/", startDate="13/01/2026")["result"] == "ERROR"


@pytest.mark.parametrize(
    "txn_type", ["SALE", "AUTHORIZE", "CAPTURE", "REFUND", "VOID", "CHARGEBACK"]
)
def test_txn_type_filter(call: Call, txn_type: str) -> None:
    """The txnType filter selects only that type, and every type has seeded rows."""
    message = call("/transactions/query/", txnType=txn_type, resultsPerPage="200")["message"]
    assert message["totalResults"] > 0
    assert {row["txnType"] for row in message["data"]} == {txn_type}


@pytest.mark.parametrize("response_type", ["SUCCESS", "SOFT_DECLINE", "HARD_DECLINE"])
def test_response_type_filter(sandbox: SandboxServer, call: Call, response_type: str) -> None:
    """The responseType parameter filters /transactions/query/ by result."""
    message = call("/transactions/query/", responseType=response_type, resultsPerPage="200")[
        "message"
    ]
    with sandbox.store.lock:
        expected = sum(
            t["responseType"] == response_type for t in sandbox.store.transactions.values()
        )
    assert message["totalResults"] == expected > 0
    assert {row["responseType"] for row in message["data"]} == {response_type}


def test_response_type_json_is_invalid_on_transactions(call: Call) -> None:
    """responseType=json is an invalid filter value on /transactions/query/ only."""
    reply = call("/transactions/query/", responseType="json")
    assert reply["result"] == "ERROR"
    assert "responseType" in reply["message"]
    assert "json" in reply["message"]
    assert call("/order/query/", responseType="json")["result"] == "SUCCESS"


def test_declines_have_response_text(call: Call) -> None:
    """Soft and hard declines carry a responseText."""
    for kind in ("SOFT_DECLINE", "HARD_DECLINE"):
        rows = call("/transactions/query/", responseType=kind, resultsPerPage="200")["message"][
            "data"
        ]
        assert all(row["responseText"] and row["responseText"] != "Approved" for row in rows)


def test_invalid_status_is_rejected(call: Call) -> None:
    """An unknown orderStatus value returns an ERROR naming it."""
    reply = call("/order/query/", orderStatus="SHIPPED")
    assert reply["result"] == "ERROR"
    assert "orderStatus" in reply["message"]


def test_unknown_params_are_ignored(call: Call) -> None:
    """Parameters the endpoint does not know change nothing."""
    plain = call("/order/query/")["message"]["totalResults"]
    assert call("/order/query/", frobnicate="1", sessionId="x")["message"]["totalResults"] == plain


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/order/query/", {"customerId": str(facts.DECLINED_CUSTOMER_ID)}),
        ("/order/query/", {"campaignId": "5", "orderStatus": "DECLINED"}),
        ("/order/query/", {"productId": "110"}),
        ("/purchase/query/", {"status": "PAUSED"}),
        ("/fulfillment/query/", {"fulfillmentStatus": "DELIVERED"}),
        ("/transactions/query/", {"transactionId": "310001"}),
    ],
)
def test_filters_match_store(
    sandbox: SandboxServer, call: Call, path: str, params: dict[str, str]
) -> None:
    """Each filter returns only rows whose field has the requested value."""
    rows = call(path, resultsPerPage="200", **params)["message"]["data"]
    assert rows
    for row in rows:
        for name, value in params.items():
            if name == "productId":
                assert value in row["items"]
            elif name == "fulfillmentStatus":
                assert row["status"] == value
            else:
                assert str(row[name]) == value


def test_purchase_states_exist(call: Call) -> None:
    """Every purchase status of the seed can be queried."""
    for status in ("ACTIVE", "CANCELLED", "TRIAL", "PAUSED", "INACTIVE", "RECYCLE_BILLING"):
        assert call("/purchase/query/", status=status)["message"]["totalResults"] > 0


def test_product_query_is_keyed_object(call: Call) -> None:
    """/product/query/ returns an object keyed by product id, not a paged list."""
    message = call("/product/query/")["message"]
    assert isinstance(message, dict)
    assert "data" not in message
    assert message["101"]["productName"] == "Glow Serum 30ml"
    assert all(key == str(value["productId"]) for key, value in message.items())
    assert set(call("/product/query/", campaignId="4")["message"]) == {"108", "109"}


def test_transactions_summary_is_array(call: Call) -> None:
    """/transactions/summary/ returns a bare array of rows per date."""
    message = call(
        "/transactions/summary/", startDate="10/01/2026", endDate="10/31/2026", reportType="date"
    )["message"]
    assert isinstance(message, list)
    assert message
    assert {"date", "newSaleCnt", "newSaleRev", "rebillDeclinesCnt", "grossRevenue"} <= set(
        message[0]
    )
    assert all("2026-10-01" <= row["date"] <= "2026-10-31" for row in message)


def test_transactions_summary_requires_dates(call: Call) -> None:
    """/transactions/summary/ needs startDate."""
    assert call("/transactions/summary/") == {
        "result": "ERROR",
        "message": "Missing required parameter: startDate",
    }


def test_projected_billing_shape(call: Call) -> None:
    """/reports/projected-billing/ maps group id to dates with count and a $-formatted revenue."""
    message = call("/reports/projected-billing/", startDate="11/01/2026", endDate="12/31/2026")[
        "message"
    ]
    assert isinstance(message, dict)
    group_id, group = next(iter(message.items()))
    assert group["id"] == group_id
    cells = {key: value for key, value in group.items() if key != "id"}
    assert cells
    for day, cell in cells.items():
        assert "2026-11-01" <= day <= "2026-12-31"
        assert isinstance(cell["count"], int)
        assert cell["revenue"].startswith("$")
        assert cell["revenue"][-3] == "."


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/customer/history/", {"customerId": str(facts.MARA_CUSTOMER_ID)}),
        ("/customer/blacklist/query/", {}),
        ("/customer/contracts/", {"customerId": "0"}),
        ("/cbdata/query/", {}),
        ("/cbdata/list/", {}),
        ("/campaign/query/", {}),
        ("/merchant/query/", {}),
        ("/merchant/recycle/query/", {}),
        ("/merchant/cascade/query/", {}),
        ("/merchant/binmap/query/", {}),
        ("/merchant/binprofile/query/", {}),
        ("/merchant/profile/query/", {}),
        ("/coupon/query/", {}),
        ("/members/query/", {"clubId": "1"}),
        ("/affiliate/query/", {}),
        ("/fulfillment/query/", {}),
        ("/reports/mid-summary/", {}),
        ("/reports/retention/", {"reportType": "campaign"}),
        ("/reports/bin-approvals/", {}),
    ],
)
def test_paged_endpoints_reply(call: Call, path: str, params: dict[str, str]) -> None:
    """Every paged query endpoint returns SUCCESS with the paging keys, or a named ERROR."""
    reply = call(path, **params)
    if path == "/customer/contracts/":
        assert reply == {"result": "ERROR", "message": "Customer 0 not found"}
        return
    assert reply["result"] == "SUCCESS", reply
    assert {"totalResults", "resultsPerPage", "page", "data"} <= set(reply["message"])
    assert reply["message"]["data"]


def test_order_summary_is_array(call: Call) -> None:
    """/order/summary/ returns an array with totals per campaign."""
    message = call("/order/summary/")["message"]
    assert isinstance(message, list)
    assert {row["campaignId"] for row in message} == {1, 2, 3, 4, 5}
    assert {"totalAmount", "initialSales", "declined", "declinePerc", "avgTicket"} <= set(
        message[0]
    )


def test_three_ds_fields(call: Call) -> None:
    """3-D Secure rows carry 3DTxnResult and PAAY ids, and a CAVV only when authenticated."""
    rows = call("/transactions/query/", resultsPerPage="200", page="1")["message"]["data"]
    rows += call("/transactions/query/", resultsPerPage="200", page="2")["message"]["data"]
    rows += call("/transactions/query/", resultsPerPage="200", page="3")["message"]["data"]
    secured = [row for row in rows if row["3DTxnResult"] is not None]
    assert len(secured) >= 20
    assert {row["3DTxnResult"] for row in secured} >= {"Y", "A", "N", "U", "R", "C"}
    for row in secured:
        assert row["paayTxnId"]
        assert row["threeDStransactionId"]
        assert row["dsTransId"]
        assert ("cavv" in row) == (row["3DTxnResult"] in ("Y", "A"))
    plain = [row for row in rows if row["3DTxnResult"] is None]
    assert plain
    assert all("cavv" not in row for row in plain)
