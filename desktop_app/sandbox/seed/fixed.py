"""The fixed orders named in ``facts``: same ids, dates and outcomes for every seed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from desktop_app.sandbox.payments import attach_three_ds, mark_chargeback, new_transaction
from desktop_app.sandbox.records import add_item, add_note, new_order
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.seed.purchases import add_purchases
from desktop_app.sandbox.seed.shipping import add_seed_fulfillment
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import parse_timestamp, timestamp, to_decimal


def seed_fixed_orders(store: Store, rng: random.Random) -> None:
    """Add the orders of Mara (7001), Анна (7002), Derek (7003) and Priya (7004)."""
    customers = store.customers

    mara = _order(
        store,
        facts.MARA_ORDER_ID,
        customers[facts.MARA_CUSTOMER_ID],
        1,
        [101],
        "2026-10-20 09:12:44",
    )
    _sale(store, rng, mara, merchant_id=1, three_ds="Y", shipping="SHIPPED")
    add_note(
        store,
        customers[facts.MARA_CUSTOMER_ID],
        "Asked about the delivery date",
        "2026-10-22 15:04:10",
        "agent.kim",
    )

    anna = customers[facts.CYRILLIC_CUSTOMER_ID]
    redirect = _order(store, facts.REDIRECT_ORDER_ID, anna, 3, [106], "2026-10-05 14:03:10")
    _sale(store, rng, redirect, merchant_id=3, three_ds="A", shipping="DELIVERED")
    add_note(store, anna, "Просила перезвонить после 18:00", "2026-10-07 18:30:00", "agent.olga")

    derek = customers[facts.CHARGEBACK_CUSTOMER_ID]
    chargeback = _order(store, facts.CHARGEBACK_ORDER_ID, derek, 2, [104], "2026-08-12 19:40:05")
    sale = _sale(
        store,
        rng,
        chargeback,
        merchant_id=2,
        three_ds=None,
        shipping="DELIVERED",
        status="CANCELLED",
    )
    details = {
        "chargebackAmount": to_decimal(sale["totalAmount"]),
        "chargebackDate": "2026-09-20",
        "chargebackReasonCode": "13.1",
        "chargebackNote": "Customer says the parcel never arrived",
    }
    mark_chargeback(store, sale, details, "2026-09-21 10:00:00")

    priya = customers[facts.DECLINED_CUSTOMER_ID]
    declined = _order(store, facts.DECLINED_ORDER_ID, priya, 5, [110], "2026-10-28 11:20:00")
    for created, response, text, recycle in (
        ("2026-10-28 11:21:02", "SOFT_DECLINE", "Insufficient funds", 0),
        ("2026-10-29 11:21:40", "HARD_DECLINE", "Do not honor", 1),
    ):
        new_transaction(
            store,
            declined,
            txn_type="SALE",
            amount=to_decimal(declined["totalAmount"]),
            created=created,
            merchant=store.merchants[2],
            response_type=response,
            response_text=text,
            recycle=recycle,
            rng=rng,
        )
    declined["orderStatus"] = "DECLINED"

    pending = _order(store, facts.PENDING_3DS_ORDER_ID, priya, 1, [102], "2026-10-31 16:45:00")
    auth = new_transaction(
        store,
        pending,
        txn_type="AUTHORIZE",
        amount=to_decimal(pending["totalAmount"]),
        created="2026-10-31 16:46:10",
        merchant=store.merchants[1],
        response_type="SOFT_DECLINE",
        response_text="Awaiting 3-D Secure challenge",
        rng=rng,
    )
    attach_three_ds(auth, "C", rng)
    pending["orderStatus"] = "PENDING"

    _three_ds_retries(store, rng, anna)


def _three_ds_retries(store: Store, rng: random.Random, customer: Row) -> None:
    """Add the order with a decline, a failed 3-D Secure attempt (N) and a sale with Y."""
    order = _order(store, facts.THREE_DS_ORDER_ID, customer, 3, [106], "2026-10-12 10:15:00")
    for created, three_ds in (("2026-10-12 10:15:20", None), ("2026-10-12 10:15:40", "N")):
        declined = new_transaction(
            store,
            order,
            txn_type="SALE",
            amount=to_decimal(order["totalAmount"]),
            created=created,
            merchant=store.merchants[3],
            response_type="SOFT_DECLINE",
            response_text="Insufficient funds" if three_ds is None else "Authentication failed",
            rng=rng,
        )
        if three_ds is not None:
            attach_three_ds(declined, three_ds, rng)
    _sale(store, rng, order, merchant_id=3, three_ds="Y", shipping="SHIPPED")


def _order(
    store: Store, order_id: str, customer: Row, campaign_id: int, products: list[int], created: str
) -> Row:
    order = new_order(
        store,
        order_id=order_id,
        customer=customer,
        campaign=store.campaigns[campaign_id],
        created=created,
    )
    order["avsResponse"], order["cvvResponse"] = "Y", "M"
    for product_id in products:
        add_item(store, order, store.products[product_id])
    return order


def _sale(
    store: Store,
    rng: random.Random,
    order: Row,
    *,
    merchant_id: int,
    three_ds: str | None,
    shipping: str,
    status: str = "ACTIVE",
) -> Row:
    created = parse_timestamp(order["dateCreated"])
    add_purchases(
        store, rng, order, created, status, scenario="cancelled" if status == "CANCELLED" else ""
    )
    sale = new_transaction(
        store,
        order,
        txn_type="SALE",
        amount=to_decimal(order["totalAmount"]),
        created=timestamp(created + timedelta(seconds=65)),
        merchant=store.merchants[merchant_id],
        rng=rng,
    )
    if three_ds:
        attach_three_ds(sale, three_ds, rng)
    order["orderStatus"] = "COMPLETE"
    add_seed_fulfillment(store, order, _at(order["dateCreated"]), shipping, rng)
    return sale


def _at(text: str) -> datetime:
    return parse_timestamp(text)
