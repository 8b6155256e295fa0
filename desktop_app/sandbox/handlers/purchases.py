"""Purchase (subscription) endpoints: query, update, cancel, pause and refund."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from desktop_app.sandbox.errors import ApiError
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.common import Context, Match, by_field, public, query
from desktop_app.sandbox.handlers.order_writes import cancel_purchase_record
from desktop_app.sandbox.order_parts import set_fulfillment_status
from desktop_app.sandbox.payments import refund_order, refund_transaction
from desktop_app.sandbox.records import add_history
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import money, to_decimal

PURCHASE_STATUSES = (
    "ACTIVE",
    "CANCELLED",
    "TRIAL",
    "PAUSED",
    "INACTIVE",
    "RECYCLE_BILLING",
    "RECYCLE_FAILED",
)
_REACTIVATABLE = frozenset({"CANCELLED", "INACTIVE", "PAUSED", "RECYCLE_FAILED"})
_FILTERS = (
    by_field("purchaseId"),
    by_field("orderId"),
    by_field("customerId", Match.INT),
    by_field("productId", Match.INT),
    by_field("campaignId", Match.INT),
    by_field("firstName"),
    by_field("lastName"),
    by_field("emailAddress"),
    by_field("phoneNumber", Match.DIGITS),
    by_field("status", Match.CHOICE, choices=PURCHASE_STATUSES),
    by_field("affId"),
)


def query_purchases(ctx: Context) -> Any:
    """Handle ``/purchase/query/``."""
    return query(ctx, ctx.store.purchases.values(), _FILTERS, "purchases")


def update(ctx: Context) -> Any:
    """Handle ``/purchase/update/``: reactivate, set a recycle status, or change billing."""
    store = ctx.store
    purchase = lookup.purchase(ctx)
    reactivate = ctx.flag("reactivate")
    if reactivate and purchase["status"] not in _REACTIVATABLE:
        message = f"Purchase {purchase['purchaseId']} is {purchase['status']}"
        raise ApiError(f"{message} and cannot be reactivated")
    changes: dict[str, Any] = {}
    status = ctx.choice("status", ("RECYCLE_BILLING", "RECYCLE_FAILED"))
    if status is not None:
        changes["status"] = status
    if ctx.get("newMerchantId") is not None:
        changes["merchantId"] = str(lookup.merchant(ctx, "newMerchantId")["merchantId"])
    for name in ("price", "shippingPrice"):
        amount = ctx.amount(name)
        if amount is not None:
            changes[name] = money(amount)
    next_bill = ctx.day("nextBillDate")
    if next_bill is not None:
        changes["nextBillDate"] = next_bill.isoformat()
    for name in ("billingIntervalDays", "finalBillingCycle"):
        value = ctx.integer(name)
        if value is not None:
            changes[name] = value
    bill_now = ctx.flag("billNow")
    if not (reactivate or changes or bill_now):
        raise ApiError("Nothing to update: send at least one field to change")

    created = store.now()
    if reactivate:
        purchase.update(
            {"status": "ACTIVE", "dateCancelled": None, "cancelReason": None, "restartDate": None}
        )
    purchase.update(changes)
    if bill_now:
        purchase["nextBillDate"] = created[:10]
    if purchase["status"] in ("ACTIVE", "RECYCLE_BILLING") and purchase["nextBillDate"] is None:
        interval = int(purchase["billingIntervalDays"] or 30)
        purchase["nextBillDate"] = (store.clock + timedelta(days=interval)).strftime("%Y-%m-%d")
    purchase["dateUpdated"] = created

    names = ["reactivate"] * reactivate + list(changes) + ["billNow"] * bill_now
    message = f"Purchase {purchase['purchaseId']} updated: {', '.join(names)}"
    _log(store, purchase, message, created)
    return public(purchase)


def cancel(ctx: Context) -> Any:
    """Handle ``/purchase/cancel/``."""
    store = ctx.store
    purchase = lookup.purchase(ctx)
    reason = ctx.require("cancelReason")
    if purchase["status"] == "CANCELLED":
        raise ApiError(f"Purchase {purchase['purchaseId']} is already cancelled")
    created = store.now()
    if ctx.flag("fullRefund"):
        order = store.orders[purchase["orderId"]]
        if to_decimal(order["refundRemaining"]) > 0:
            refund_order(store, order, None, created, reason)
    cancel_purchase_record(purchase, reason, created, ctx.flag("afterNextBill"))
    if ctx.flag("cancelFulfillment"):
        for fulfillment in store.orders[purchase["orderId"]]["fulfillments"]:
            if fulfillment["status"] in ("HOLD", "PENDING", "PROCESSING"):
                set_fulfillment_status(fulfillment, "CANCELLED", created)
    _log(store, purchase, f"Purchase {purchase['purchaseId']} cancelled: {reason}", created)
    return public(purchase)


def pause(ctx: Context) -> Any:
    """Handle ``/purchase/pause/``: stop billing until ``restartDate``."""
    store = ctx.store
    purchase = lookup.purchase(ctx)
    restart = ctx.require_day("restartDate")
    if purchase["status"] not in ("ACTIVE", "TRIAL", "RECYCLE_BILLING", "PAUSED"):
        raise ApiError(
            f"Purchase {purchase['purchaseId']} is {purchase['status']} and cannot be paused"
        )
    created = store.now()
    purchase.update(
        {
            "status": "PAUSED",
            "restartDate": restart.isoformat(),
            "nextBillDate": restart.isoformat(),
            "dateUpdated": created,
        }
    )
    _log(
        store,
        purchase,
        f"Purchase {purchase['purchaseId']} paused until {restart.isoformat()}",
        created,
    )
    return public(purchase)


def refund(ctx: Context) -> Any:
    """Handle ``/purchase/refund/``: refund the latest charge of a purchase."""
    store = ctx.store
    purchase = lookup.purchase(ctx)
    charges = [
        t
        for t in store.order_transactions(purchase["orderId"])
        if t.get("_refundable") and to_decimal(t["_refundable"]) > 0
    ]
    if not charges:
        raise ApiError(f"Purchase {purchase['purchaseId']} has nothing left to refund")
    txn = charges[-1]
    if ctx.flag("fullRefund"):
        amount = to_decimal(txn["_refundable"])
    else:
        ctx.require("refundAmount")
        amount = ctx.amount("refundAmount") or to_decimal("0")
    row = refund_transaction(store, txn, amount, store.now(), ctx.get("refundReason"))
    return {
        "purchaseId": purchase["purchaseId"],
        "transactionId": row["transactionId"],
        "refundAmount": row["totalAmount"].lstrip("-"),
        "orderId": purchase["orderId"],
    }


def _log(store: Store, purchase: Row, message: str, created: str) -> None:
    add_history(
        store, purchase["customerId"], purchase["orderId"], "Purchase", message, created, "api"
    )
