"""Subscriptions (purchases) of seeded orders."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop_app.sandbox.order_parts import new_purchase
from desktop_app.sandbox.store import REFERENCE_DATE, Row, Store
from desktop_app.sandbox.values import timestamp

_CANCEL_REASONS = {
    "refund_full": "Refunded at customer request",
    "cancelled": "Customer request",
    "chargeback": "Chargeback",
}


def add_purchases(
    store: Store,
    rng: random.Random,
    order: Row,
    created: datetime,
    status: str,
    scenario: str = "",
    cycle: int = 1,
) -> list[Row]:
    """Create a purchase for each recurring or trial line of an order.

    Args:
        store: Target store.
        rng: Random generator of the seed.
        order: Order whose lines get purchases.
        created: Creation time of the order.
        status: Purchase status. ``TRIAL`` applies to trial products only, others become
            ``ACTIVE``.
        scenario: Scenario of the order, which picks the cancel reason of CANCELLED purchases.
        cycle: Billing cycle of the order (above 1 for rebills).
    """
    purchases = []
    for item in order["items"].values():
        product = store.products[int(item["productId"])]
        if product["billingCycleType"] == "ONE_TIME":
            continue
        line_status = status
        if status == "TRIAL" and product["billingCycleType"] != "TRIAL":
            line_status = "ACTIVE"
        next_bill, rebills = next_bill_date(created, product, line_status, rng)
        purchase = new_purchase(
            store,
            purchase_id=store.new_hex_id(rng),
            order=order,
            product=product,
            created=order["dateCreated"],
            status=line_status,
            next_bill_date=next_bill,
            cycle=cycle + rebills,
        )
        if line_status == "PAUSED":
            purchase["restartDate"] = next_bill
        if line_status == "CANCELLED":
            purchase["cancelReason"] = _CANCEL_REASONS.get(scenario, "Customer request")
            cancelled = min(created + timedelta(days=3), REFERENCE_DATE - timedelta(minutes=1))
            purchase["dateCancelled"] = timestamp(cancelled)
            purchase["dateUpdated"] = purchase["dateCancelled"]
        purchases.append(purchase)
    return purchases


def next_bill_date(
    created: datetime, product: Row, status: str, rng: random.Random
) -> tuple[str | None, int]:
    """Return the next bill date (``YYYY-MM-DD``) of a purchase and how many rebills ran."""
    if status in ("INACTIVE", "CANCELLED"):
        return None, 0
    if status == "PAUSED":
        return _day(REFERENCE_DATE + timedelta(days=rng.randrange(15, 45))), 0
    if status == "RECYCLE_BILLING":
        return _day(REFERENCE_DATE + timedelta(days=rng.randrange(1, 4))), 0
    if status == "TRIAL":
        when = created + timedelta(days=14)
        if when <= REFERENCE_DATE:
            when = REFERENCE_DATE + timedelta(days=rng.randrange(1, 10))
        return _day(when), 0
    interval = timedelta(days=int(product["billingIntervalDays"] or 30))
    when, rebills = created + interval, 0
    while when <= REFERENCE_DATE:
        when += interval
        rebills += 1
    return _day(when), rebills


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")
