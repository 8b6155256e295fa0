"""Fulfillment rows of seeded orders: status by scenario and age, carriers and tracking numbers."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop_app.sandbox.order_parts import new_fulfillment
from desktop_app.sandbox.store import REFERENCE_DATE, Row, Store
from desktop_app.sandbox.values import timestamp


def fulfillment_status_for(scenario: str, created: datetime, rng: random.Random) -> str:
    """Pick the fulfillment status of a seeded order from its scenario and age."""
    if scenario == "refund_full":
        return rng.choice(("RETURNED", "CANCELLED"))
    if scenario == "cancelled":
        return "CANCELLED"
    if scenario == "qa_hold":
        return "HOLD"
    age = REFERENCE_DATE - created
    if age < timedelta(days=1):
        return "PENDING"
    if age < timedelta(days=3):
        return "PROCESSING"
    roll = rng.random()
    if roll < 0.03:
        return "FAILED"
    if roll < 0.06:
        return "RMA_PENDING"
    if age > timedelta(days=7) and roll < 0.6:
        return "DELIVERED"
    return "SHIPPED"


def add_seed_fulfillment(
    store: Store, order: Row, created: datetime, status: str, rng: random.Random
) -> Row | None:
    """Add a fulfillment with the shipping fields its status implies.

    Orders with nothing to ship (club memberships) get none, and None is returned.
    """
    shippable = [
        item
        for item in order["items"].values()
        if store.products[int(item["productId"])]["_shippable"]
    ]
    if not shippable:
        return None
    shipping: dict[str, str | None] = {}
    if status in ("SHIPPED", "DELIVERED", "RMA_PENDING", "RETURNED", "FAILED"):
        carrier = rng.choice(("UPS", "USPS", "FedEx"))
        shipped = created + timedelta(days=1, hours=rng.randrange(2, 20))
        shipping = {
            "shipCarrier": carrier,
            "shipMethod": "GROUND" if carrier != "USPS" else "PRIORITY",
            "trackingNumber": _tracking_number(carrier, rng),
            "dateShipped": timestamp(min(shipped, REFERENCE_DATE - timedelta(hours=1))),
        }
        if status in ("DELIVERED", "RMA_PENDING", "RETURNED"):
            delivered = shipped + timedelta(days=rng.randrange(2, 6))
            shipping["dateDelivered"] = timestamp(
                min(delivered, REFERENCE_DATE - timedelta(minutes=30))
            )
        if status in ("RMA_PENDING", "RETURNED"):
            shipping["rmaNumber"] = f"RMA{rng.randrange(10**6):06d}"
        if status == "RETURNED":
            returned = shipped + timedelta(days=rng.randrange(8, 20))
            shipping["dateReturned"] = timestamp(
                min(returned, REFERENCE_DATE - timedelta(minutes=10))
            )
    row = new_fulfillment(store, order, order["dateUpdated"], status, shipping)
    row["dateUpdated"] = max(
        [row["dateCreated"]] + [v for k, v in shipping.items() if k.startswith("date") and v]
    )
    return row


def _tracking_number(carrier: str, rng: random.Random) -> str:
    if carrier == "UPS":
        return f"1Z{rng.getrandbits(64):016X}"
    if carrier == "USPS":
        return f"9400{rng.randrange(10**18):018d}"
    return f"{rng.randrange(10**12):012d}"
