"""Write endpoints change the store so that the next query shows the change."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.sandbox import SandboxServer
from desktop_app.sandbox.seed import facts

Call = Callable[..., Any]

NEW_CUSTOMER = {
    "firstName": "Jonas",
    "lastName": "Berg",
    "address1": "5 Harbor Rd",
    "city": "Boston",
    "state": "MA",
    "postalCode": "02110",
    "country": "US",
    "emailAddress": "jonas.berg@example.com",
    "phoneNumber": "555-019-2233",
    "ipAddress": "198.51.100.9",
}
CARD = {
    "paySource": "CREDITCARD",
    "cardNumber": "4111111111111111",
    "cardMonth": "09",
    "cardYear": "2029",
    "cardSecurityCode": "123",
}


def _import(call: Call, **extra: str) -> Any:
    params = {"campaignId": "1", "product1_id": "101", **NEW_CUSTOMER, **CARD, **extra}
    return call("/order/import/", **params)


def test_partial_refund_shows_in_next_query(call: Call) -> None:
    """A partial order refund adds a REFUND row and lowers refundRemaining."""
    reply = call("/order/refund/", orderId=facts.MARA_ORDER_ID, refundAmount="10.00")
    assert reply["result"] == "SUCCESS"
    assert reply["message"]["refundRemaining"] == "34.90"
    order = call("/order/query/", orderId=facts.MARA_ORDER_ID)["message"]["data"][0]
    assert order["refundRemaining"] == "34.90"
    assert order["orderStatus"] == "COMPLETE"
    refunds = call("/transactions/query/", orderId=facts.MARA_ORDER_ID, txnType="REFUND")[
        "message"
    ]["data"]
    assert [row["totalAmount"] for row in refunds] == ["-10.00"]


def test_full_refund_marks_order_refunded(call: Call) -> None:
    """fullRefund=1 refunds what is left and sets orderStatus REFUNDED."""
    call("/order/refund/", orderId=facts.MARA_ORDER_ID, refundAmount="4.90")
    reply = call("/order/refund/", orderId=facts.MARA_ORDER_ID, fullRefund="1")
    assert reply["message"]["refundAmount"] == "40.00"
    order = call("/order/query/", orderId=facts.MARA_ORDER_ID)["message"]["data"][0]
    assert order["orderStatus"] == "REFUNDED"
    assert order["refundRemaining"] == "0.00"
    again = call("/order/refund/", orderId=facts.MARA_ORDER_ID, fullRefund="1")
    assert again["result"] == "ERROR"


def test_refund_over_remaining_is_rejected(call: Call) -> None:
    """A refund larger than refundRemaining is an ERROR and changes nothing."""
    reply = call("/order/refund/", orderId=facts.MARA_ORDER_ID, refundAmount="50.00")
    assert reply["result"] == "ERROR"
    assert "44.90" in reply["message"]
    assert (
        call("/transactions/query/", orderId=facts.MARA_ORDER_ID, txnType="REFUND")["result"]
        == "ERROR"
    )


@pytest.mark.parametrize(
    ("path", "params", "missing"),
    [
        ("/order/refund/", {}, "orderId"),
        ("/order/refund/", {"orderId": facts.MARA_ORDER_ID}, "refundAmount"),
        ("/order/cancel/", {"orderId": facts.MARA_ORDER_ID}, "cancelReason"),
        ("/order/qa/", {"orderId": facts.MARA_ORDER_ID}, "action"),
        ("/order/import/", {"campaignId": "1"}, "paySource"),
        ("/order/import/", {"campaignId": "1", "paySource": "CREDITCARD"}, "product1_id"),
        ("/customer/addnote/", {"customerId": str(facts.MARA_CUSTOMER_ID)}, "message"),
        ("/purchase/pause/", {"purchaseId": "X"}, "purchaseId"),
        ("/transactions/refund/", {}, "transactionId"),
        ("/leads/import/", {"campaignId": "1", "firstName": "A", "lastName": "B"}, "emailAddress"),
        ("/coupon/create/", {"campaignId": "1"}, "couponCode"),
        ("/merchant/create/", {"midNumber": "8881234599"}, "title"),
        ("/members/login/", {"clubId": "1"}, "eCommerceLogin"),
        ("/fulfillment/update/", {"fulfillmentId": "6001"}, "fulfillmentStatus"),
    ],
)
def test_missing_required_params_are_named(
    call: Call, path: str, params: dict[str, str], missing: str
) -> None:
    """Writes without a required parameter return an ERROR naming it."""
    reply = call(path, **params)
    assert reply["result"] == "ERROR"
    if missing == "purchaseId":
        assert reply["message"] == "Purchase X not found"
    else:
        assert reply["message"] == f"Missing required parameter: {missing}"


def test_import_creates_order_customer_and_sale(sandbox: SandboxServer, call: Call) -> None:
    """/order/import/ creates a customer, an order and a SALE, keeping only BIN and last 4."""
    reply = _import(call, product2_id="103", product2_qty="2")
    assert reply["result"] == "SUCCESS"
    order = reply["message"]
    assert order["orderStatus"] == "COMPLETE"
    assert set(order["items"]) == {"101", "103"}
    assert order["items"]["103"]["qty"] == "2"
    assert order["totalAmount"] == "94.80"
    assert order["cardBin"] == "411111"
    assert order["cardLast4"] == "1111"
    sales = call("/transactions/query/", orderId=order["orderId"])["message"]["data"]
    assert [(t["txnType"], t["responseType"], t["totalAmount"]) for t in sales] == [
        ("SALE", "SUCCESS", "94.80")
    ]
    customer = call("/customer/query/", customerId=str(order["customerId"]))["message"]["data"][0]
    assert customer["emailAddress"] == "jonas.berg@example.com"
    assert (
        call("/purchase/query/", orderId=order["orderId"])["message"]["data"][0]["status"]
        == "ACTIVE"
    )
    with sandbox.store.lock:
        dumped = json.dumps(
            [sandbox.store.customers, sandbox.store.orders, sandbox.store.transactions]
        )
    assert "4111111111111111" not in dumped


def test_import_declined_card(call: Call) -> None:
    """A card ending in 0002 is declined, and the order is stored as DECLINED."""
    reply = _import(call, cardNumber="4000000000000002")
    assert reply == {"result": "ERROR", "message": "Transaction Declined: Do not honor"}
    orders = call("/order/query/", emailAddress="jonas.berg@example.com")["message"]["data"]
    assert [o["orderStatus"] for o in orders] == ["DECLINED"]


def test_import_rejects_bad_card_number(call: Call) -> None:
    """A card number that fails the Luhn check is an invalid parameter."""
    reply = _import(call, cardNumber="4111111111111112")
    assert reply["result"] == "ERROR"
    assert reply["message"].startswith("Invalid cardNumber")


def test_import_product_of_other_campaign(call: Call) -> None:
    """A product line outside the campaign is rejected."""
    reply = _import(call, product1_id="104")
    assert reply == {"result": "ERROR", "message": "Product 104 is not in campaign 1"}


def test_upsale_redirect_order(call: Call) -> None:
    """The documented order returns MERC_REDIRECT with a URL on /upsale/import/."""
    reply = call("/upsale/import/", orderId=facts.REDIRECT_ORDER_ID, productId="107")
    assert reply["result"] == "MERC_REDIRECT"
    assert reply["message"] == "Redirecting for 3DS authentication"
    assert reply["url"].startswith("https://acs.example-bank.test/challenge?id=")


def test_upsale_adds_item_and_charge(call: Call) -> None:
    """/upsale/import/ adds the product and charges only its price."""
    order_id = _import(call)["message"]["orderId"]
    reply = call("/upsale/import/", orderId=order_id, productId="103", productQty="1")
    assert reply["result"] == "SUCCESS"
    assert set(reply["message"]["items"]) == {"101", "103"}
    amounts = [
        t["totalAmount"] for t in call("/transactions/query/", orderId=order_id)["message"]["data"]
    ]
    assert amounts == ["44.90", "24.95"]


def test_lead_then_import_completes_order(call: Call) -> None:
    """A lead is a PARTIAL order, and importing with its orderId completes it."""
    lead = call(
        "/leads/import/",
        campaignId="3",
        firstName="Lena",
        lastName="Ortiz",
        emailAddress="lena@example.org",
    )
    order_id = lead["message"]["orderId"]
    assert lead["message"]["orderStatus"] == "PARTIAL"
    done = call("/order/import/", orderId=order_id, campaignId="3", product1_id="106", **CARD)
    assert done["result"] == "SUCCESS", done
    assert done["message"]["orderId"] == order_id
    assert done["message"]["orderStatus"] == "COMPLETE"


def test_cancel_order_cancels_purchases(call: Call) -> None:
    """/order/cancel/ sets the order and its purchases to CANCELLED."""
    reply = call("/order/cancel/", orderId=facts.MARA_ORDER_ID, cancelReason="Changed mind")
    assert reply["message"]["orderStatus"] == "CANCELLED"
    purchases = call("/purchase/query/", orderId=facts.MARA_ORDER_ID)["message"]["data"]
    assert [p["status"] for p in purchases] == ["CANCELLED"]
    assert purchases[0]["cancelReason"] == "Changed mind"


def test_rerun_declined_order(call: Call) -> None:
    """/order/rerun/ charges a DECLINED order again and completes it."""
    reply = call("/order/rerun/", orderId=facts.DECLINED_ORDER_ID)
    assert reply["message"]["orderStatus"] == "COMPLETE"
    rows = call("/transactions/query/", orderId=facts.DECLINED_ORDER_ID)["message"]["data"]
    assert [r["responseType"] for r in rows] == ["SOFT_DECLINE", "HARD_DECLINE", "SUCCESS"]


def test_chargeback_revert_and_mark(call: Call) -> None:
    """/transactions/update reverts a chargeback and marks a new one."""
    rows = call("/transactions/query/", orderId=facts.CHARGEBACK_ORDER_ID)["message"]["data"]
    sale = next(r for r in rows if r["txnType"] == "SALE")
    assert sale["isChargedback"] == 1
    assert sale["chargebackReasonCode"] == "13.1"
    assert any(r["txnType"] == "CHARGEBACK" for r in rows)
    txn_id = str(sale["transactionId"])
    reverted = call("/transactions/update", transactionId=txn_id, revertChargeback="1")
    assert reverted["message"]["isChargedback"] == 0
    rows_after = call("/transactions/query/", orderId=facts.CHARGEBACK_ORDER_ID)["message"]["data"]
    assert [r["txnType"] for r in rows_after] == ["SALE"]

    marked = call(
        "/transactions/update",
        transactionId=txn_id,
        markChargeback="1",
        chargebackAmount="20.00",
        chargebackDate="10/30/2026",
        chargebackReasonCode="4853",
    )
    assert marked["message"]["chargebackAmount"] == "20.00"
    cbdata = call("/cbdata/query/", transactionId=txn_id)["message"]["data"]
    assert cbdata[0]["reasonCode"] == "4853"


def test_transaction_refund(call: Call) -> None:
    """/transactions/refund/ refunds one SALE and links the REFUND to it."""
    sale = call("/transactions/query/", orderId=facts.MARA_ORDER_ID)["message"]["data"][0]
    reply = call(
        "/transactions/refund/", transactionId=str(sale["transactionId"]), refundAmount="5.00"
    )
    assert reply["message"]["refundAmount"] == "5.00"
    refund = call("/transactions/query/", transactionId=str(reply["message"]["transactionId"]))[
        "message"
    ]["data"][0]
    assert refund["parentTxnId"] == str(sale["transactionId"])


def test_customer_update_note_and_blacklist(call: Call) -> None:
    """Customer edits, notes and blacklist entries show in the next queries."""
    customer_id = str(facts.MARA_CUSTOMER_ID)
    call("/customer/update/", customerId=customer_id, city="Brookline")
    assert (
        call("/customer/query/", customerId=customer_id)["message"]["data"][0]["city"]
        == "Brookline"
    )
    call("/customer/addnote/", customerId=customer_id, message="Prefers SMS")
    history = call("/customer/history/", customerId=customer_id, resultsPerPage="200")["message"][
        "data"
    ]
    assert "Prefers SMS" in [entry["message"] for entry in history]
    call("/customer/blacklist/", customerId=customer_id, blacklistType="emailAddress")
    entries = call("/customer/blacklist/query/", emailAddress=facts.MARA_EMAIL)["message"]["data"]
    assert entries[0]["blacklistType"] == "emailAddress"


def test_card_update_keeps_only_bin_and_last4(call: Call) -> None:
    """/customer/cardupdate/ stores a new primary card as BIN and last four digits."""
    reply = call(
        "/customer/cardupdate/",
        customerId=str(facts.MARA_CUSTOMER_ID),
        cardNumber="5555555555554444",
        cardMonth="1",
        cardYear="2030",
    )
    assert reply["message"]["cardBin"] == "555555"
    assert reply["message"]["lastFour"] == "4444"
    assert "cardNumber" not in reply["message"]


def test_customer_delete(call: Call) -> None:
    """A deleted customer is no longer found."""
    call("/customer/delete/", customerId=str(facts.CHARGEBACK_CUSTOMER_ID))
    assert (
        call("/customer/query/", customerId=str(facts.CHARGEBACK_CUSTOMER_ID))["result"] == "ERROR"
    )


def test_purchase_pause_update_cancel(call: Call) -> None:
    """Purchase pause, reactivation and cancel change its status."""
    purchases = call("/purchase/query/", orderId=facts.MARA_ORDER_ID)["message"]["data"]
    purchase_id = purchases[0]["purchaseId"]

    paused = call("/purchase/pause/", purchaseId=purchase_id, restartDate="01/15/2027")
    assert paused["message"]["status"] == "PAUSED"
    assert paused["message"]["nextBillDate"] == "2027-01-15"

    reactivated = call("/purchase/update/", purchaseId=purchase_id, reactivate="1")
    assert reactivated["message"]["status"] == "ACTIVE"

    cancelled = call("/purchase/cancel/", purchaseId=purchase_id, cancelReason="Too much")
    assert cancelled["message"]["status"] == "CANCELLED"
    found = call("/purchase/query/", purchaseId=purchase_id, status="CANCELLED")
    assert found["message"]["totalResults"] == 1


def test_catalog_creates_are_queryable(call: Call) -> None:
    """Created products, campaigns, coupons, merchants and affiliates appear in queries."""
    campaign = call("/campaign/create/", campaignName="Winter Promo", campaignType="LANDER")[
        "message"
    ]
    product = call(
        "/product/create/",
        productName="Wool Socks",
        productPrice="12.5",
        campaignId=str(campaign["campaignId"]),
    )
    assert product["message"]["productPrice"] == "12.50"
    assert str(product["message"]["productId"]) in call("/product/query/")["message"]
    coupon = call(
        "/coupon/create/",
        couponCode="warm10",
        campaignId=str(campaign["campaignId"]),
        discountAmount="10",
    )
    assert coupon["message"]["couponCode"] == "WARM10"
    assert coupon["message"]["discountAmount"] == "10.00"
    assert (
        call("/coupon/create/", couponCode="WARM10", campaignId="1", discountAmount="5")["result"]
        == "ERROR"
    )
    call("/merchant/create/", title="Bank E - MID 5", midNumber="8881234565")
    assert call("/merchant/query/", midNumber="8881234565")["message"]["totalResults"] == 1
    call("/affiliate/create/", affId="AFF200", name="Snowline Ads")
    assert call("/affiliate/query/", affId="aff200")["message"]["data"][0]["name"] == "Snowline Ads"


def test_member_cancel_reactivate_and_login(call: Call) -> None:
    """Members can be cancelled and reactivated, and log in with the seeded password."""
    member = call("/members/query/", clubId="1", status="ACTIVE")["message"]["data"][0]
    ids = {"clubId": "1", "memberId": member["memberId"]}
    login = {
        "clubId": "1",
        "eCommerceLogin": member["emailAddress"],
        "eCommercePassword": facts.MEMBER_PASSWORD,
    }
    assert call("/members/login/", **login)["message"]["loggedIn"] is True
    assert call("/members/cancel/", **ids)["message"]["status"] == "CANCELLED"
    assert call("/members/login/", **login)["result"] == "ERROR"
    assert call("/members/reactivate/", **ids)["message"]["status"] == "ACTIVE"
    wrong = call("/members/login/", **{**login, "eCommercePassword": "wrong"})
    assert wrong["result"] == "ERROR"
    # Clients read "login" or "password" in an ERROR as a rejected API user.
    assert "login" not in wrong["message"].lower()
    assert "password" not in wrong["message"].lower()


def test_fulfillment_update_needs_tracking_when_shipped(call: Call) -> None:
    """SHIPPED needs trackingNumber, and with it the fulfillment shows as shipped."""
    order_id = _import(call)["message"]["orderId"]
    missing = call("/fulfillment/update/", orderId=order_id, fulfillmentStatus="SHIPPED")
    assert missing == {"result": "ERROR", "message": "Missing required parameter: trackingNumber"}
    call(
        "/fulfillment/update/",
        orderId=order_id,
        fulfillmentStatus="SHIPPED",
        trackingNumber="1Z999",
        dateShipped="11/02/2026",
    )
    row = call("/fulfillment/query/", orderId=order_id)["message"]["data"][0]
    assert (row["status"], row["trackingNumber"], row["dateShipped"]) == (
        "SHIPPED",
        "1Z999",
        "2026-11-02 00:00:00",
    )


def test_qa_approve(sandbox: SandboxServer, call: Call) -> None:
    """/order/qa/ approves an order held for review."""
    with sandbox.store.lock:
        held = next(
            o["orderId"] for o in sandbox.store.orders.values() if o["reviewStatus"] == "PENDING"
        )
    assert (
        call("/order/qa/", orderId=held, action="APPROVE")["message"]["reviewStatus"] == "APPROVED"
    )
    assert call("/order/qa/", orderId=held, action="APPROVE")["result"] == "ERROR"
