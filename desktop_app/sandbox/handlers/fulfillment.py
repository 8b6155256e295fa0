"""Fulfillment endpoints: query and status updates."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.errors import ApiError, not_found
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.common import Context, Match, by_field, query
from desktop_app.sandbox.handlers.orders import FULFILLMENT_STATUSES
from desktop_app.sandbox.order_parts import set_fulfillment_status
from desktop_app.sandbox.records import add_history
from desktop_app.sandbox.store import Row

UPDATE_STATUSES = ("SHIPPED", "RMA_PENDING", "RETURNED", "CANCELLED")
# Parameters each target status requires, besides fulfillmentStatus itself.
_REQUIRED_BY_STATUS = {
    "SHIPPED": ("trackingNumber", "dateShipped"),
    "RMA_PENDING": ("rmaNumber", "refundAmount"),
    "RETURNED": ("dateReturned",),
    "CANCELLED": (),
}
_SHIPPING_FIELDS = ("trackingNumber", "shipCarrier", "shipMethod", "rmaNumber")


def query_fulfillments(ctx: Context) -> Any:
    """Handle ``/fulfillment/query/``."""
    filters = (
        by_field("fulfillmentId", Match.INT),
        by_field("orderId"),
        by_field("customerId", Match.INT),
        by_field("trackingNumber"),
        by_field("fulfillmentStatus", Match.CHOICE, name="status", choices=FULFILLMENT_STATUSES),
        by_field("status", Match.CHOICE, choices=FULFILLMENT_STATUSES),
        by_field("shipCarrier"),
    )
    return query(ctx, ctx.store.fulfillments.values(), filters, "fulfillments")


def update_fulfillment(ctx: Context) -> Any:
    """Handle ``/fulfillment/update/``: one fulfillment by ``fulfillmentId``, or all of an order.

    ``fulfillmentStatus`` is required with ``fulfillmentId``. With only ``orderId`` and no
    status, the shipping fields are updated and the status stays. SHIPPED needs
    ``trackingNumber`` and ``dateShipped``, RMA_PENDING needs ``rmaNumber`` and
    ``refundAmount``, RETURNED needs ``dateReturned``.
    """
    store = ctx.store
    targets = _targets(ctx)
    if ctx.get("fulfillmentId") is not None:
        status: str | None = ctx.require_choice("fulfillmentStatus", UPDATE_STATUSES)
    else:
        status = ctx.choice("fulfillmentStatus", UPDATE_STATUSES)
    for name in _REQUIRED_BY_STATUS[status] if status else ():
        ctx.require(name)
    ctx.amount("refundAmount")
    values = {name: ctx.get(name) for name in _SHIPPING_FIELDS}
    values = {name: value for name, value in values.items() if value is not None}
    for name in ("dateShipped", "dateReturned"):
        day = ctx.day(name)
        if day is not None:
            values[name] = f"{day.isoformat()} 00:00:00"
    if status is None and not values:
        raise ApiError("Nothing to update: send fulfillmentStatus or a shipping field")
    created = store.now()
    for fulfillment in targets:
        if status is not None:
            set_fulfillment_status(fulfillment, status, created)
        fulfillment.update(values)
        fulfillment["dateUpdated"] = created
        add_history(
            store,
            fulfillment["customerId"],
            fulfillment["orderId"],
            "Fulfillment",
            f"Fulfillment {fulfillment['fulfillmentId']} updated: {', '.join(values) or status}",
            created,
            "api",
        )
    return {"orderId": targets[0]["orderId"], "fulfillments": targets}


def _targets(ctx: Context) -> list[Row]:
    if ctx.get("fulfillmentId") is not None:
        fulfillment_id = ctx.require_int("fulfillmentId")
        fulfillment = ctx.store.fulfillments.get(fulfillment_id)
        if fulfillment is None:
            raise not_found("Fulfillment", fulfillment_id)
        return [fulfillment]
    if ctx.get("orderId") is None:
        raise ApiError("Missing required parameter: orderId or fulfillmentId")
    order = lookup.order(ctx)
    if not order["fulfillments"]:
        raise ApiError(f"Order {order['orderId']} has no fulfillments")
    return list(order["fulfillments"])
