"""Records that belong to order lines: purchases, club memberships and fulfillments."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from desktop_app.sandbox.store import Row, Store


def new_purchase(
    store: Store,
    *,
    purchase_id: str,
    order: Row,
    product: Row,
    created: str,
    status: str,
    next_bill_date: str | None,
    cycle: int = 1,
) -> Row:
    """Create and store a subscription for one order line and link the line to it."""
    item = order["items"][str(product["productId"])]
    row: Row = {
        "purchaseId": purchase_id,
        "clientPurchaseId": purchase_id,
        "orderId": order["orderId"],
        "customerId": order["customerId"],
        "campaignId": order["campaignId"],
        "productId": str(product["productId"]),
        "productName": product["productName"],
        "productQty": int(item["qty"]),
        "status": status,
        "price": product["rebillPrice"],
        "shippingPrice": product["shippingPrice"],
        "billingCycleNumber": cycle,
        "billingIntervalDays": product["billingIntervalDays"],
        "billingCycleType": product["billingCycleType"],
        "finalBillingCycle": None,
        "nextBillDate": next_bill_date,
        "restartDate": None,
        "merchantId": item["merchantId"],
        "affId": order["affId"],
        "firstName": order["firstName"],
        "lastName": order["lastName"],
        "emailAddress": order["emailAddress"],
        "phoneNumber": order["phoneNumber"],
        "cancelReason": None,
        "dateCancelled": None,
        "dateCreated": created,
        "dateUpdated": created,
    }
    store.purchases[purchase_id] = row
    item["purchaseId"] = purchase_id
    return row


def new_fulfillment(
    store: Store,
    order: Row,
    created: str,
    status: str,
    shipping: Mapping[str, Any],
    product_ids: Collection[str] | None = None,
) -> Row:
    """Create a fulfillment for lines of an order and attach it to the order.

    Args:
        store: Target store.
        order: Order record.
        created: Timestamp of creation.
        status: Fulfillment status, e.g. ``PENDING`` or ``SHIPPED``.
        shipping: Values for ``trackingNumber``, ``shipCarrier``, ``shipMethod``,
            ``dateShipped``, ``dateDelivered``, ``rmaNumber`` and ``dateReturned``.
        product_ids: Lines to ship, or None for every line.
    """
    fulfillment_id = store.next_id("fulfillment")
    items = [
        {
            "fulfillmentItemId": str(store.next_id("fulfillmentItem")),
            "productId": item["productId"],
            "name": item["name"],
            "sku": item["productSku"],
            "qty": item["qty"],
            "status": status,
        }
        for item in order["items"].values()
        if product_ids is None or item["productId"] in product_ids
    ]
    row: Row = {
        "fulfillmentId": fulfillment_id,
        "clientFulfillmentId": f"F{fulfillment_id:09X}",
        "orderId": order["orderId"],
        "customerId": order["customerId"],
        "status": status,
        "trackingNumber": shipping.get("trackingNumber"),
        "shipCarrier": shipping.get("shipCarrier"),
        "shipMethod": shipping.get("shipMethod"),
        "dateShipped": shipping.get("dateShipped"),
        "dateDelivered": shipping.get("dateDelivered"),
        "rmaNumber": shipping.get("rmaNumber"),
        "dateReturned": shipping.get("dateReturned"),
        "dateCreated": created,
        "dateUpdated": created,
        "items": items,
    }
    store.fulfillments[fulfillment_id] = row
    order["fulfillments"].append(row)
    return row


def set_fulfillment_status(fulfillment: Row, status: str, updated: str) -> None:
    """Set the status of a fulfillment and of each of its items."""
    fulfillment["status"] = status
    fulfillment["dateUpdated"] = updated
    for item in fulfillment["items"]:
        item["status"] = status


def new_member(store: Store, purchase: Row, club_id: int, password: str) -> Row:
    """Create and store a club membership for a purchase of a club product."""
    member_id = f"MB{store.next_id('member')}"
    status = {"ACTIVE": "ACTIVE", "TRIAL": "ACTIVE", "CANCELLED": "CANCELLED"}.get(
        purchase["status"], "INACTIVE"
    )
    row: Row = {
        "memberId": member_id,
        "clubId": club_id,
        "customerId": purchase["customerId"],
        "orderId": purchase["orderId"],
        "purchaseId": purchase["purchaseId"],
        "firstName": purchase["firstName"],
        "lastName": purchase["lastName"],
        "emailAddress": purchase["emailAddress"],
        "phoneNumber": purchase["phoneNumber"],
        "userName": purchase["emailAddress"],
        "status": status,
        "dateCreated": purchase["dateCreated"],
        "dateUpdated": purchase["dateUpdated"],
        "dateCancelled": purchase["dateCancelled"] if status == "CANCELLED" else None,
        "_password": password,
    }
    store.members[member_id] = row
    return row
