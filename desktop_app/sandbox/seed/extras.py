"""Seeded club members, blacklist entries, contracts, notes and history of seeded orders."""

from __future__ import annotations

import random
from datetime import timedelta

from desktop_app.sandbox.order_parts import new_member
from desktop_app.sandbox.records import add_history, add_note
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.store import REFERENCE_DATE, Row, Store
from desktop_app.sandbox.values import parse_timestamp, timestamp

_NOTES = (
    "Asked to change the shipping address",
    "Requested a copy of the receipt",
    "Called about a double charge; explained the authorization hold",
    "Wants to skip next month's shipment",
    "Prefers email over phone calls",
)
# (type, field, value)
_BLACKLIST = (
    ("emailAddress", "emailAddress", "fraud.ring@example.com"),
    ("emailAddress", "emailAddress", "chargeback.king@example.net"),
    ("phoneNumber", "phoneNumber", "5550000000"),
    ("ipAddress", "ipAddress", "198.51.100.66"),
    ("ipAddress", "ipAddress", "203.0.113.250"),
    ("cardBin", "cardBin", "423223"),
    ("cardBin", "cardBin", "440393"),
    ("stateCountry", "country", "NG"),
)
BLACKLIST_VALUE_FIELDS = ("emailAddress", "phoneNumber", "ipAddress", "cardBin", "country", "state")


def seed_extras(store: Store, rng: random.Random) -> None:
    """Add members, blacklist entries, contracts, notes and order history, then date customers."""
    _seed_history(store)
    _seed_members(store, rng)
    _seed_blacklist(store, rng)
    _seed_contracts(store, rng)
    _seed_notes(store, rng)
    _date_customers(store, rng)


def _seed_history(store: Store) -> None:
    for order in store.orders.values():
        text = (
            f"Order {order['orderId']} created for {order['totalAmount']} {order['currencyCode']}"
        )
        add_history(
            store, order["customerId"], order["orderId"], "Order", text, order["dateCreated"]
        )
        if order["orderStatus"] == "DECLINED":
            add_history(
                store,
                order["customerId"],
                order["orderId"],
                "Order",
                f"Order {order['orderId']} declined",
                order["dateUpdated"],
            )
    store.history.sort(key=lambda entry: entry["dateCreated"])


def _seed_members(store: Store, rng: random.Random) -> None:
    for purchase in store.purchases.values():
        club_id = store.products[int(purchase["productId"])]["clubId"]
        if club_id is not None:
            new_member(store, purchase, club_id, facts.MEMBER_PASSWORD)
    if not store.members:
        return
    # One member logs in with a user name that differs from the email address.
    first = next(iter(store.members.values()))
    first["userName"] = f"{first['firstName'].lower()}{rng.randrange(10, 99)}"


def _seed_blacklist(store: Store, rng: random.Random) -> None:
    for blacklist_type, field, value in _BLACKLIST:
        created = REFERENCE_DATE - timedelta(days=rng.randrange(5, facts.HISTORY_DAYS))
        entry: Row = {"blacklistId": store.next_id("blacklist"), "blacklistType": blacklist_type}
        for name in BLACKLIST_VALUE_FIELDS:
            entry[name] = value if name == field else None
        entry.update(
            {
                "customerId": None,
                "productId": None,
                "userName": "admin",
                "dateCreated": timestamp(created),
            }
        )
        store.blacklist.append(entry)
    store.blacklist.sort(key=lambda row: row["dateCreated"])


def _seed_contracts(store: Store, rng: random.Random) -> None:
    orders = [o for o in store.orders.values() if o["orderStatus"] == "COMPLETE"]
    for order in sorted(rng.sample(orders, 15), key=lambda o: o["dateCreated"]):
        contract_id = store.next_id("contract")
        store.contracts.append(
            {
                "contractId": contract_id,
                "customerId": order["customerId"],
                "orderId": order["orderId"],
                "contractName": "Subscription terms v3",
                "status": "SIGNED",
                "signatureName": order["name"],
                "ipAddress": order["ipAddress"],
                "dateSigned": order["dateCreated"],
                "documentUrl": f"https://contracts.example.com/c/{contract_id}.pdf",
                "dateCreated": order["dateCreated"],
            }
        )


def _seed_notes(store: Store, rng: random.Random) -> None:
    fixed = {facts.MARA_CUSTOMER_ID, facts.CYRILLIC_CUSTOMER_ID}
    with_orders = sorted({o["customerId"] for o in store.orders.values()} - fixed)
    for customer_id in rng.sample(with_orders, 20):
        order = next(o for o in store.orders.values() if o["customerId"] == customer_id)
        created = parse_timestamp(order["dateCreated"]) + timedelta(days=rng.randrange(1, 5))
        when = timestamp(min(created, REFERENCE_DATE - timedelta(minutes=1)))
        add_note(store, store.customers[customer_id], rng.choice(_NOTES), when, "agent.lee")
    store.history.sort(key=lambda entry: entry["dateCreated"])


def _date_customers(store: Store, rng: random.Random) -> None:
    """Set each customer's ``dateCreated`` a few minutes before their first order."""
    first_order: dict[int, str] = {}
    for order in store.orders.values():
        current = first_order.get(order["customerId"])
        if current is None or order["dateCreated"] < current:
            first_order[order["customerId"]] = order["dateCreated"]
    for customer in store.customers.values():
        first = first_order.get(customer["customerId"])
        if first is None:
            offset = timedelta(seconds=rng.randrange(3600, facts.HISTORY_DAYS * 86400))
            moment = REFERENCE_DATE - offset
        else:
            moment = parse_timestamp(first) - timedelta(minutes=rng.randrange(2, 30))
        customer["dateCreated"] = timestamp(moment)
        notes = [note["dateCreated"] for note in customer["notes"]]
        customer["dateUpdated"] = max([customer["dateCreated"], *notes])
