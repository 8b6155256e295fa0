"""Customer endpoints: queries, history, edits, cards, notes, blacklist, contracts, deletion."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.errors import ApiError, invalid, missing
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.checkout import read_card
from desktop_app.sandbox.handlers.common import (
    Context,
    Filter,
    Match,
    apply_fields,
    by_field,
    query,
)
from desktop_app.sandbox.handlers.orders import PERSON_FILTERS
from desktop_app.sandbox.records import (
    PERSON_FIELDS,
    SHIP_FIELDS,
    add_history,
    add_note,
    add_pay_source,
)
from desktop_app.sandbox.seed.extras import BLACKLIST_VALUE_FIELDS
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import digits

BLACKLIST_TYPES = ("cardBin", "stateCountry", "emailAddress", "phoneNumber", "ipAddress")
_UPDATABLE = PERSON_FIELDS + SHIP_FIELDS + tuple(f"custom{n}" for n in range(1, 6))


def _customer_filters(store: Store) -> tuple[Filter, ...]:
    orders_by_customer: dict[int, list[str]] = {}
    for order in store.orders.values():
        orders_by_customer.setdefault(order["customerId"], []).append(order["orderId"])

    def order_ids(row: Row) -> list[str]:
        return orders_by_customer.get(row["customerId"], [])

    return (
        by_field("customerId", Match.INT),
        *PERSON_FILTERS,
        Filter("cardLast4", lambda row: (s["lastFour"] for s in row["paySources"])),
        Filter("cardBin", lambda row: (s["cardBin"] for s in row["paySources"])),
        Filter("orderId", order_ids),
    )


def query_customers(ctx: Context) -> Any:
    """Handle ``/customer/query/``."""
    return query(ctx, ctx.store.customers.values(), _customer_filters(ctx.store), "customers")


def history(ctx: Context) -> Any:
    """Handle ``/customer/history/``: notes and activity of one customer (or of all)."""
    filters = (
        by_field("customerId", Match.INT),
        by_field("orderId"),
        by_field("categoryType"),
    )
    return query(ctx, ctx.store.history, filters, "history records")


def update(ctx: Context) -> Any:
    """Handle ``/customer/update/``."""
    customer = lookup.customer(ctx)
    changed = apply_fields(customer, ctx, _UPDATABLE)
    if not changed:
        raise ApiError("Nothing to update: send at least one field to change")
    created = ctx.store.now()
    customer["dateUpdated"] = created
    add_history(
        ctx.store,
        customer["customerId"],
        None,
        "Customer",
        f"Updated {', '.join(changed)}",
        created,
        "api",
    )
    return _view(customer)


def card_update(ctx: Context) -> Any:
    """Handle ``/customer/cardupdate/``: add a card, or replace the one named by ``paySourceId``."""
    store = ctx.store
    customer = lookup.customer(ctx)
    card = read_card(ctx, security_code_required=False)
    replaced = ctx.integer("paySourceId")
    if replaced is not None:
        kept = [s for s in customer["paySources"] if s["paySourceId"] != replaced]
        if len(kept) == len(customer["paySources"]):
            raise ApiError(f"Pay source {replaced} not found for customer {customer['customerId']}")
        customer["paySources"] = kept
    source = add_pay_source(store, customer, card.card_type, card.card_bin, card.last4, card.expiry)
    created = store.now()
    customer["dateUpdated"] = created
    add_history(
        store,
        customer["customerId"],
        None,
        "Payment",
        f"Card ending {card.last4} added",
        created,
        "api",
    )
    return {"customerId": customer["customerId"], **source}


def add_customer_note(ctx: Context) -> Any:
    """Handle ``/customer/addnote/``."""
    customer = lookup.customer(ctx)
    message = ctx.require("message")
    if len(message) > 500:
        raise invalid("message", message[:40] + "...", "Send at most 500 characters")
    created = ctx.store.now()
    note = add_note(ctx.store, customer, message, created, "api")
    customer["dateUpdated"] = created
    return {"customerId": customer["customerId"], **note}


def blacklist(ctx: Context) -> Any:
    """Handle ``/customer/blacklist/``.

    The value comes from its own parameter (``emailAddress``, ``cardBin`` ...) or, when that
    is absent, from the customer named by ``customerId``.
    """
    store = ctx.store
    kind = ctx.get("blacklistType")
    if kind is None:
        raise missing("blacklistType")
    matched = next((t for t in BLACKLIST_TYPES if t.lower() == kind.lower()), None)
    if matched is None:
        raise invalid("blacklistType", kind, "Use one of " + ", ".join(BLACKLIST_TYPES))
    customer = lookup.customer(ctx) if ctx.get("customerId") is not None else None
    entry: Row = {"blacklistId": 0, "blacklistType": matched}
    entry.update(dict.fromkeys(BLACKLIST_VALUE_FIELDS))
    wanted = ("country", "state") if matched == "stateCountry" else (matched,)
    for name in wanted:
        entry[name] = ctx.get(name) or _customer_value(customer, name)
    if entry[wanted[0]] is None:
        raise missing(wanted[0])
    if matched == "cardBin" and (not digits(entry["cardBin"]) or len(entry["cardBin"]) != 6):
        raise invalid("cardBin", str(entry["cardBin"]), "Send the first 6 digits of the card")
    created = store.now()
    entry.update(
        {
            "blacklistId": store.next_id("blacklist"),
            "customerId": customer["customerId"] if customer else None,
            "productId": ctx.integer("productId"),
            "userName": "api",
            "dateCreated": created,
        }
    )
    store.blacklist.append(entry)
    if customer is not None:
        add_history(
            store,
            customer["customerId"],
            None,
            "Blacklist",
            f"Blacklisted by {matched}",
            created,
            "api",
        )
    return entry


def _customer_value(customer: Row | None, name: str) -> str | None:
    if customer is None:
        return None
    if name == "cardBin":
        sources = customer["paySources"]
        return sources[-1]["cardBin"] if sources else None
    value = customer.get(name)
    return None if value is None else str(value)


def query_blacklist(ctx: Context) -> Any:
    """Handle ``/customer/blacklist/query/``."""
    filters = (
        by_field("blacklistType"),
        by_field("emailAddress"),
        by_field("phoneNumber", Match.DIGITS),
        by_field("ipAddress"),
        by_field("cardBin"),
        by_field("country"),
        by_field("customerId", Match.INT),
    )
    return query(ctx, ctx.store.blacklist, filters, "blacklist entries")


def contracts(ctx: Context) -> Any:
    """Handle ``/customer/contracts/``: signed contracts of a customer."""
    customer = lookup.customer(ctx)
    rows = [c for c in ctx.store.contracts if c["customerId"] == customer["customerId"]]
    return query(ctx, rows, (by_field("orderId"),), "contracts")


def delete(ctx: Context) -> Any:
    """Handle ``/customer/delete/``: remove a customer record but keep their orders."""
    customer = lookup.customer(ctx)
    del ctx.store.customers[customer["customerId"]]
    add_history(
        ctx.store,
        customer["customerId"],
        None,
        "Customer",
        "Customer deleted",
        ctx.store.now(),
        "api",
    )
    return {"customerId": customer["customerId"], "deleted": True}


def _view(customer: Row) -> Row:
    return {key: value for key, value in customer.items() if not key.startswith("_")}
