"""Requests that change existing orders: update, refund, cancel, confirm, rerun and QA."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.errors import ApiError
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.checkout import charge, pick_merchant
from desktop_app.sandbox.handlers.common import Context, apply_fields
from desktop_app.sandbox.handlers.orders import order_view
from desktop_app.sandbox.order_parts import set_fulfillment_status
from desktop_app.sandbox.payments import refund_order
from desktop_app.sandbox.records import PERSON_FIELDS, SHIP_FIELDS, add_history
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import money, to_decimal

_UPDATABLE = PERSON_FIELDS + SHIP_FIELDS + tuple(f"custom{n}" for n in range(1, 6))
_OPEN_FULFILLMENTS = frozenset({"HOLD", "PENDING", "PROCESSING"})


def update_order(ctx: Context) -> Any:
    """Handle ``/order/update/``: change billing, shipping and custom fields of an order."""
    order = lookup.order(ctx)
    changed = apply_fields(order, ctx, _UPDATABLE)
    if not changed:
        raise ApiError("Nothing to update: send at least one field to change")
    order["name"] = f"{order['firstName']} {order['lastName']}"
    order["dateUpdated"] = ctx.store.now()
    _log(
        ctx.store,
        order,
        f"Order {order['orderId']} updated: {', '.join(changed)}",
        order["dateUpdated"],
    )
    return order_view(ctx.store, order)


def refund(ctx: Context) -> Any:
    """Handle ``/order/refund/``: refund all (``fullRefund=1``) or part (``refundAmount``)."""
    order = lookup.order(ctx)
    amount = None if ctx.flag("fullRefund") else ctx.amount("refundAmount")
    if amount is None and not ctx.flag("fullRefund"):
        ctx.require("refundAmount")
    created = ctx.store.now()
    refunds = refund_order(ctx.store, order, amount, created, ctx.get("refundReason"))
    return {
        "orderId": order["orderId"],
        "orderStatus": order["orderStatus"],
        "refundAmount": money(-sum(to_decimal(r["totalAmount"]) for r in refunds)),
        "refundRemaining": order["refundRemaining"],
        "transactionIds": [r["transactionId"] for r in refunds],
    }


def cancel(ctx: Context) -> Any:
    """Handle ``/order/cancel/``: cancel an order, its purchases and unshipped fulfillments.

    ``afterNextBill=1`` lets each purchase bill once more before it ends. ``fullRefund=1``
    also refunds what is left.
    """
    store = ctx.store
    order = lookup.order(ctx)
    reason = ctx.require("cancelReason")
    if order["orderStatus"] == "CANCELLED":
        raise ApiError(f"Order {order['orderId']} is already cancelled")
    created = store.now()
    if ctx.flag("fullRefund") and to_decimal(order["refundRemaining"]) > 0:
        refund_order(store, order, None, created, reason)
    after_next_bill = ctx.flag("afterNextBill")
    for item in order["items"].values():
        purchase = store.purchases.get(item["purchaseId"] or "")
        if purchase is None or purchase["status"] == "CANCELLED":
            continue
        cancel_purchase_record(purchase, reason, created, after_next_bill)
    if not after_next_bill:
        order["orderStatus"] = "CANCELLED"
        for fulfillment in order["fulfillments"]:
            if fulfillment["status"] in _OPEN_FULFILLMENTS:
                set_fulfillment_status(fulfillment, "CANCELLED", created)
    order["dateUpdated"] = created
    _log(store, order, f"Order {order['orderId']} cancelled: {reason}", created)
    return order_view(store, order)


def cancel_purchase_record(purchase: Row, reason: str, created: str, after_next_bill: bool) -> None:
    """Cancel a purchase now, or after one more bill when ``after_next_bill`` is set."""
    purchase["cancelReason"] = reason
    purchase["dateUpdated"] = created
    if after_next_bill:
        purchase["finalBillingCycle"] = purchase["billingCycleNumber"] + 1
        return
    purchase["status"] = "CANCELLED"
    purchase["nextBillDate"] = None
    purchase["dateCancelled"] = created


def confirm(ctx: Context) -> Any:
    """Handle ``/order/confirm/``: mark the funnel of an order as finished."""
    order = lookup.order(ctx)
    created = ctx.store.now()
    order["dateUpdated"] = created
    order["_confirmed"] = created
    _log(ctx.store, order, f"Order {order['orderId']} confirmed", created)
    return {"orderId": order["orderId"], "orderStatus": order["orderStatus"], "confirmed": True}


def rerun(ctx: Context) -> Any:
    """Handle ``/order/rerun/``: charge a DECLINED order again, optionally on another MID."""
    store = ctx.store
    order = lookup.order(ctx)
    if order["orderStatus"] != "DECLINED":
        status = order["orderStatus"]
        raise ApiError(
            f"Order {order['orderId']} is {status}, but only DECLINED orders can be rerun"
        )
    campaign = store.campaigns[order["campaignId"]]
    if ctx.get("forceBillerId") is not None:
        merchant = lookup.merchant(ctx, "forceBillerId")
    else:
        merchant = pick_merchant(ctx, campaign)
    created = store.now()
    txn = charge(ctx, order, merchant, to_decimal(order["totalAmount"]), created)
    previous = [
        t
        for t in store.order_transactions(order["orderId"])
        if t is not txn and t["txnType"] == "SALE"
    ]
    txn["recycleNumber"] = len(previous)
    order["orderStatus"] = "COMPLETE"
    order["isDeclineSave"] = 1
    _log(store, order, f"Order {order['orderId']} rerun and approved", created)
    return order_view(store, order)


def qa(ctx: Context) -> Any:
    """Handle ``/order/qa/``: approve or decline an order held for review."""
    store = ctx.store
    order = lookup.order(ctx)
    action = ctx.require_choice("action", ("APPROVE", "DECLINE"))
    if order["reviewStatus"] != "PENDING":
        raise ApiError(f"Order {order['orderId']} is not waiting for QA review")
    created = store.now()
    order["reviewStatus"] = "APPROVED" if action == "APPROVE" else "DECLINED"
    if action == "DECLINE":
        order["orderStatus"] = "CANCELLED"
        for fulfillment in order["fulfillments"]:
            if fulfillment["status"] in _OPEN_FULFILLMENTS:
                set_fulfillment_status(fulfillment, "CANCELLED", created)
    else:
        for fulfillment in order["fulfillments"]:
            if fulfillment["status"] == "HOLD":
                set_fulfillment_status(fulfillment, "PENDING", created)
    order["dateUpdated"] = created
    _log(store, order, f"QA {order['reviewStatus'].lower()} order {order['orderId']}", created)
    return order_view(store, order)


def _log(store: Store, order: Row, message: str, created: str) -> None:
    add_history(store, order["customerId"], order["orderId"], "Order", message, created, "api")
