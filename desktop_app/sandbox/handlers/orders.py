"""``/order/query/`` and the reply view of an order."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.handlers.common import (
    Context,
    Filter,
    Match,
    by_field,
    field_getter,
    query,
)
from desktop_app.sandbox.store import Row, Store

ORDER_STATUSES = (
    "COMPLETE",
    "PARTIAL",
    "DECLINED",
    "REFUNDED",
    "CANCELLED",
    "PENDING",
    "COD_PENDING",
)
ORDER_TYPES = ("NEW_SALE", "REBILL", "CHARGEBACK")
FULFILLMENT_STATUSES = (
    "HOLD",
    "PENDING",
    "PROCESSING",
    "SHIPPED",
    "DELIVERED",
    "CANCELLED",
    "FAILED",
    "RMA_PENDING",
    "RETURNED",
)
PERSON_FILTERS = (
    by_field("emailAddress"),
    by_field("phoneNumber", Match.DIGITS),
    by_field("firstName"),
    by_field("lastName"),
    by_field("companyName"),
    by_field("address1"),
    by_field("address2"),
    by_field("city"),
    by_field("state"),
    by_field("country"),
    by_field("postalCode"),
    by_field("ipAddress"),
)


def order_view(store: Store, order: Row) -> Row:
    """Return an order as replies show it, with each line's current purchase status."""
    row = {key: value for key, value in order.items() if not key.startswith("_")}
    items = {}
    for key, item in order["items"].items():
        shown = dict(item)
        purchase = store.purchases.get(item["purchaseId"] or "")
        if purchase is not None:
            shown["purchaseStatus"] = purchase["status"]
            shown["nextBillDate"] = purchase["nextBillDate"]
        items[key] = shown
    row["items"] = items
    row["fulfillments"] = [
        {key: value for key, value in f.items() if key not in ("orderId", "customerId")}
        for f in order["fulfillments"]
    ]
    return row


def order_filters(store: Store) -> tuple[Filter, ...]:
    """Return the filters of ``/order/query/``."""
    return (
        by_field("orderId"),
        by_field("customerId", Match.INT),
        *PERSON_FILTERS,
        by_field("cardLast4"),
        by_field("cardBin"),
        by_field("orderStatus", Match.CHOICE, choices=ORDER_STATUSES),
        by_field("status", Match.CHOICE, name="orderStatus", choices=ORDER_STATUSES),
        by_field("orderType", Match.CHOICE, choices=ORDER_TYPES),
        by_field("campaignId", Match.INT),
        by_field("affId"),
        by_field("couponCode"),
        by_field("isDeclineSave", Match.INT),
        by_field("paySource"),
        by_field("UTMSource", Match.EXACT),
        by_field("UTMMedium", Match.EXACT),
        by_field("UTMCampaign", Match.EXACT),
        by_field("UTMTerm", Match.EXACT),
        by_field("UTMContent", Match.EXACT),
        Filter("productId", lambda row: row["items"].keys(), Match.INT),
        Filter("purchaseId", lambda row: (i["purchaseId"] for i in row["items"].values())),
        Filter("transactionId", lambda row: store.txns_by_order.get(row["orderId"], ()), Match.INT),
        Filter(
            "fulfillmentStatus",
            lambda row: (f["status"] for f in row["fulfillments"]),
            Match.CHOICE,
            FULFILLMENT_STATUSES,
        ),
        Filter(
            "fulfillmentId",
            lambda row: (f["fulfillmentId"] for f in row["fulfillments"]),
            Match.INT,
        ),
        Filter("name", field_getter("name")),
    )


def query_orders(ctx: Context) -> dict[str, Any]:
    """Handle ``/order/query/``."""
    store = ctx.store
    return query(
        ctx,
        store.orders.values(),
        order_filters(store),
        "orders",
        lambda row: order_view(store, row),
    )
