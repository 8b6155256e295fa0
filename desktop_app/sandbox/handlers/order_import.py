"""Order creation: ``/order/import/``, ``/leads/import/``, ``/order/preauth/`` and upsells."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from desktop_app.sandbox.errors import ApiError, invalid
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.checkout import (
    Card,
    add_subscriptions,
    charge,
    decline_for,
    pick_merchant,
    read_card,
    read_lines,
    read_upsell_line,
)
from desktop_app.sandbox.handlers.common import Context, Envelope
from desktop_app.sandbox.handlers.orders import order_view
from desktop_app.sandbox.payments import new_transaction
from desktop_app.sandbox.records import (
    PERSON_FIELDS,
    SHIP_FIELDS,
    add_history,
    add_item,
    add_pay_source,
    apply_coupon,
    new_customer,
    new_order,
    primary_pay_source,
    recompute_totals,
)
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.store import Row
from desktop_app.sandbox.values import money, to_decimal

PAY_SOURCES = (
    "CREDITCARD",
    "CHECK",
    "ACCTONFILE",
    "PREPAID",
    "COD",
    "DIRECTDEBIT",
    "PAYPAL",
    "AMAZON",
    "APPLEPAY",
    "GOOGLEPAY",
)
_REQUIRED_PERSON = (
    "firstName",
    "lastName",
    "address1",
    "city",
    "postalCode",
    "country",
    "emailAddress",
    "phoneNumber",
)
_REQUIRED_SHIP = (
    "shipFirstName",
    "shipLastName",
    "shipAddress1",
    "shipCity",
    "shipPostalCode",
    "shipCountry",
)
_ORDER_EXTRAS = ("affId", "sourceValue1", "UTMSource", "UTMCampaign", "custom1", "salesUrl")


def import_order(ctx: Context) -> Any:
    """Handle ``/order/import/``: create (or complete a lead into) an order and charge it.

    Card numbers ending in 0002 or 0051 are declined, and one ending in 3220 returns
    MERC_REDIRECT for a 3-D Secure challenge.
    """
    store = ctx.store
    campaign = lookup.campaign(ctx)
    pay_source = ctx.require_choice("paySource", PAY_SOURCES)
    lead = _lead(ctx) if ctx.get("orderId") is not None else None
    lines = read_lines(ctx, campaign)
    existing = _existing_customer(ctx, lead, pay_source)
    person = _read_person(ctx) if existing is None else None
    card = _payment(ctx, existing, pay_source)
    coupon = _coupon(ctx, campaign)
    sales_tax = ctx.amount("salesTax")
    merchant = pick_merchant(ctx, campaign)

    created = store.now()
    customer = existing or new_customer(store, person or {}, created, ctx.get("ipAddress") or "")
    if card is not None:
        add_pay_source(store, customer, card.card_type, card.card_bin, card.last4, card.expiry)
    order = lead or new_order(
        store, order_id=store.new_hex_id(), customer=customer, campaign=campaign, created=created
    )
    _copy_customer(ctx, order, customer, pay_source)
    order["items"] = {}
    for line in lines:
        add_item(store, order, line.product, line.qty, line.price, line.shipping)
    order["hasUpsell"] = len(order["items"]) > 1
    if coupon is not None:
        apply_coupon(order, coupon)
    if sales_tax is not None:
        _override_tax(order, sales_tax)

    if card is not None and card.last4 == facts.CHALLENGE_LAST4:
        order["orderStatus"] = "PENDING"
        return Envelope(
            {
                "result": "MERC_REDIRECT",
                "message": "Redirecting for 3DS authentication",
                "url": f"{facts.REDIRECT_URL}{store.rng.getrandbits(48):012x}",
                "orderId": order["orderId"],
            }
        )
    txn = charge(ctx, order, merchant, to_decimal(order["totalAmount"]), created)
    _attach_passed_three_ds(ctx, txn)
    add_subscriptions(ctx, order, list(order["items"]), created)
    txn["purchaseId"] = next(
        (i["purchaseId"] for i in order["items"].values() if i["purchaseId"]), None
    )
    order["orderStatus"] = "COMPLETE"
    if ctx.flag("forceQA"):
        order["reviewStatus"] = "PENDING"
    message = f"Order {order['orderId']} imported"
    add_history(store, customer["customerId"], order["orderId"], "Order", message, created, "api")
    return order_view(store, order)


def _lead(ctx: Context) -> Row:
    order = lookup.order(ctx)
    if order["orderStatus"] not in ("PARTIAL", "DECLINED", "PENDING"):
        status = order["orderStatus"]
        raise ApiError(
            f"Order {order['orderId']} is {status}, but only a lead can be imported again"
        )
    return order


def _existing_customer(ctx: Context, lead: Row | None, pay_source: str | None) -> Row | None:
    if lead is not None:
        return ctx.store.customers[lead["customerId"]]
    if ctx.get("customerId") is not None or pay_source == "ACCTONFILE":
        return lookup.customer(ctx)
    return None


def _read_person(ctx: Context) -> dict[str, Any]:
    for name in _REQUIRED_PERSON:
        ctx.require(name)
    if ctx.require("country").upper() == "US":
        ctx.require("state")
    person: dict[str, Any] = {name: ctx.get(name) for name in PERSON_FIELDS}
    person["country"] = ctx.require("country").upper()
    if ctx.get("billShipSame") == "0":
        for name in _REQUIRED_SHIP:
            ctx.require(name)
        person.update({name: ctx.get(name) for name in SHIP_FIELDS})
    return person


def _payment(ctx: Context, customer: Row | None, pay_source: str | None) -> Card | None:
    if pay_source == "CREDITCARD":
        return read_card(ctx)
    if pay_source == "CHECK":
        ctx.require_choice("achAccountType", ("CHECKING", "SAVINGS"))
        routing = ctx.require("achRoutingNumber")
        if not routing.isdigit() or len(routing) != 9:
            raise invalid("achRoutingNumber", routing, "Send 9 digits")
        if not ctx.require("achAccountNumber").isdigit():
            raise invalid("achAccountNumber", "(hidden)", "Send digits only")
    if pay_source == "ACCTONFILE" and customer is not None and primary_pay_source(customer) is None:
        raise ApiError(f"Customer {customer['customerId']} has no card on file")
    return None


def _coupon(ctx: Context, campaign: Row) -> Row | None:
    """Return the active coupon of ``couponCode`` in the campaign, or None when none is sent."""
    code = ctx.get("couponCode")
    if code is None:
        return None
    for coupon in ctx.store.coupons.values():
        if coupon["couponCode"].upper() != code.upper():
            continue
        if coupon["campaignId"] == campaign["campaignId"] and coupon["status"] == "ACTIVE":
            return coupon
    raise invalid("couponCode", code, "The coupon is unknown, expired or not in this campaign")


def _copy_customer(ctx: Context, order: Row, customer: Row, pay_source: str) -> None:
    """Copy the customer's address and card into the order, with the request's extra fields."""
    for name in PERSON_FIELDS + SHIP_FIELDS:
        order[name] = customer[name]
    order["name"] = f"{customer['firstName']} {customer['lastName']}"
    order["paySource"] = "CREDITCARD" if pay_source == "ACCTONFILE" else pay_source
    card = primary_pay_source(customer)
    if card is not None and pay_source in ("CREDITCARD", "ACCTONFILE"):
        order["cardType"], order["cardBin"] = card["cardType"], card["cardBin"]
        order["cardLast4"], order["cardExpiryDate"] = card["lastFour"], card["cardExpiryDate"]
    else:
        for name in ("cardType", "cardBin", "cardLast4", "cardExpiryDate"):
            order[name] = None
    order["avsResponse"], order["cvvResponse"] = "Y", "M"
    for name in _ORDER_EXTRAS:
        if ctx.get(name) is not None:
            order[name] = ctx.get(name)


def _override_tax(order: Row, sales_tax: Decimal) -> None:
    """Replace the computed sales tax with the requested one."""
    order["salesTax"] = money(sales_tax)
    price = to_decimal(order["price"]) - to_decimal(order["totalDiscount"])
    order["totalAmount"] = money(price + to_decimal(order["baseShipping"]) + sales_tax)


def _attach_passed_three_ds(ctx: Context, txn: Row) -> None:
    """Store 3-D Secure values that the caller obtained elsewhere (``eci``, ``xid``, ``cavv``)."""
    values = {name: ctx.get(name) for name in ("eci", "xid", "cavv")}
    if not any(values.values()):
        return
    txn["3DTxnResult"] = "Y" if values["cavv"] else "U"
    txn.update({name: value for name, value in values.items() if value})
    if ctx.get("acsTransId"):
        txn["dsTransId"] = ctx.get("acsTransId")


def import_lead(ctx: Context) -> Any:
    """Handle ``/leads/import/``: create or update a PARTIAL order and its customer."""
    store = ctx.store
    campaign = lookup.campaign(ctx)
    ctx.require("firstName")
    ctx.require("lastName")
    ctx.require_any("emailAddress", "phoneNumber")
    order = _lead(ctx) if ctx.get("orderId") is not None else None

    created = store.now()
    if order is not None:
        customer: Row | None = store.customers[order["customerId"]]
    else:
        customer = _dedup_customer(ctx)
    person = {name: ctx.get(name) for name in PERSON_FIELDS}
    if customer is None:
        customer = new_customer(store, person, created, ctx.get("ipAddress") or "")
    else:
        customer.update({name: value for name, value in person.items() if value is not None})
        customer["dateUpdated"] = created

    if order is None:
        order_id = store.new_hex_id()
        order = new_order(
            store, order_id=order_id, customer=customer, campaign=campaign, created=created
        )
    for name in PERSON_FIELDS + SHIP_FIELDS + _ORDER_EXTRAS:
        if ctx.get(name) is not None:
            order[name] = ctx.get(name)
    order["name"] = f"{order['firstName']} {order['lastName']}"
    order["dateUpdated"] = created
    message = f"Lead {order['orderId']} imported"
    add_history(store, customer["customerId"], order["orderId"], "Lead", message, created, "api")
    return order_view(store, order)


def _dedup_customer(ctx: Context) -> Row | None:
    """Return the customer with the request's email address, unless deduplication is off."""
    email = ctx.get("emailAddress")
    if ctx.flag("disableCustomerDedup") or email is None:
        return None
    wanted = email.casefold()
    return next(
        (c for c in ctx.store.customers.values() if (c["emailAddress"] or "").casefold() == wanted),
        None,
    )


def preauth_order(ctx: Context) -> Any:
    """Handle ``/order/preauth/``: authorize a card for a lead without capturing.

    The amount is the order total, or 1.00 for a lead without products.
    """
    store = ctx.store
    customer = lookup.customer(ctx)
    order = lookup.order(ctx)
    if order["customerId"] != customer["customerId"]:
        customer_id = customer["customerId"]
        raise ApiError(f"Order {order['orderId']} does not belong to customer {customer_id}")
    ctx.require_choice("paySource", ("CREDITCARD",))
    ctx.require("cardExpiryDate")
    card = read_card(ctx)

    created = store.now()
    add_pay_source(store, customer, card.card_type, card.card_bin, card.last4, card.expiry)
    order["paySource"] = "CREDITCARD"
    order["cardType"] = card.card_type
    order["cardBin"] = card.card_bin
    order["cardLast4"] = card.last4
    order["cardExpiryDate"] = f"{card.expiry} 00:00:00"
    amount = to_decimal(order["totalAmount"])
    decline = decline_for(card.last4)
    merchant_id = store.campaigns[order["campaignId"]]["merchantIds"][0]
    txn = new_transaction(
        store,
        order,
        txn_type="AUTHORIZE",
        amount=amount if amount > 0 else Decimal("1.00"),
        created=created,
        merchant=store.merchants[merchant_id],
        response_type=decline[0] if decline else "SUCCESS",
        response_text=decline[1] if decline else "Approved",
    )
    if decline:
        raise ApiError(f"Transaction Declined: {decline[1]}")

    return {
        "preauth": True,
        "orderId": order["orderId"],
        "customerId": customer["customerId"],
        "transactionId": txn["transactionId"],
        "merchantTxnId": txn["merchantTxnId"],
        "authCode": txn["authCode"],
        "totalAmount": txn["totalAmount"],
    }


def import_upsale(ctx: Context) -> Any:
    """Handle ``/upsale/import/``: add a product to a completed order and charge the stored card.

    The charge is the new line's price, shipping and tax. ``replaceProductId`` drops that
    earlier line once the charge succeeds. The order ``facts.REDIRECT_ORDER_ID`` returns
    MERC_REDIRECT instead and changes nothing.
    """
    store = ctx.store
    order = lookup.order(ctx)
    campaign = store.campaigns[order["campaignId"]]
    line = read_upsell_line(ctx, campaign)
    merchant = pick_merchant(ctx, campaign)
    if order["orderId"] == facts.REDIRECT_ORDER_ID:
        return Envelope(
            {
                "result": "MERC_REDIRECT",
                "message": "Redirecting for 3DS authentication",
                "url": f"{facts.REDIRECT_URL}{store.rng.getrandbits(48):012x}",
            }
        )
    if order["orderStatus"] != "COMPLETE":
        status = order["orderStatus"]
        raise ApiError(f"Order {order['orderId']} is {status}, but upsells need a COMPLETE order")
    key = str(line.product["productId"])
    if key in order["items"]:
        raise ApiError(f"Product {key} is already on order {order['orderId']}")

    before = to_decimal(order["totalAmount"])
    add_item(store, order, line.product, line.qty, line.price, line.shipping)
    created = store.now()
    try:
        txn = charge(ctx, order, merchant, to_decimal(order["totalAmount"]) - before, created)
    except ApiError:
        del order["items"][key]
        recompute_totals(order)
        raise
    add_subscriptions(ctx, order, [key], created)
    txn["purchaseId"] = order["items"][key]["purchaseId"]
    replaced = ctx.get("replaceProductId")
    if replaced is not None and replaced != key and order["items"].pop(replaced, None):
        recompute_totals(order)
    order["hasUpsell"] = True
    return order_view(store, order)
