"""Shared steps of the requests that charge a card: card checks, product lines and charging."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from desktop_app.cards import luhn_valid
from desktop_app.sandbox.errors import ApiError, invalid, missing
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.common import Context
from desktop_app.sandbox.order_parts import new_fulfillment, new_member, new_purchase
from desktop_app.sandbox.payments import new_transaction
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.store import Row
from desktop_app.sandbox.values import digits, parse_int, parse_money, parse_timestamp

_EXPIRY = re.compile(r"^(\d{1,2})/(\d{2}|\d{4})$")
_LINE_KEY = re.compile(r"^product(\d+)_id$")


@dataclass(frozen=True)
class Card:
    """The parts of a card number the sandbox keeps: brand, first six and last four digits."""

    card_type: str
    card_bin: str
    last4: str
    expiry: str  # last day of the expiry month, YYYY-MM-DD


@dataclass(frozen=True)
class Line:
    """One product line of an order or upsell request."""

    product: Row
    qty: int
    price: Decimal | None
    shipping: Decimal | None


def card_type_of(number: str) -> str:
    """Return the card brand of a card number from its leading digits."""
    if number.startswith("4"):
        return "VISA"
    if number[:2] in ("34", "37"):
        return "AMEX"
    if number.startswith(("6011", "65")) or "644" <= number[:3] <= "649":
        return "DISCOVER"
    if "51" <= number[:2] <= "55" or "2221" <= number[:4] <= "2720":
        return "MASTERCARD"
    return "OTHER"


def read_card(ctx: Context, security_code_required: bool = True) -> Card:
    """Check the card parameters and keep only brand, BIN, last four digits and expiry.

    The expiry comes from ``cardMonth`` and ``cardYear``, or from ``cardExpiryDate``
    (``MM/YY`` or ``MM/YYYY``) when those are absent.

    Raises:
        ApiError: A card parameter is missing or malformed.
    """
    number = digits(ctx.require("cardNumber"))
    if not 12 <= len(number) <= 19 or not luhn_valid(number):
        raise invalid("cardNumber", "(hidden)", "Send 12 to 19 digits that pass the Luhn check")
    if ctx.get("cardMonth") is None and ctx.get("cardExpiryDate") is not None:
        match = _EXPIRY.match(ctx.require("cardExpiryDate"))
        if match is None:
            raise invalid("cardExpiryDate", ctx.require("cardExpiryDate"), "Use MM/YY or MM/YYYY")
        month, year = int(match.group(1)), int(match.group(2))
    else:
        month = parse_int("cardMonth", ctx.require("cardMonth"))
        year = parse_int("cardYear", ctx.require("cardYear"))
    if not 1 <= month <= 12:
        raise invalid("cardMonth", str(month), "Use 1 to 12")
    if year < 100:
        year += 2000
    code = ctx.get("cardSecurityCode")
    if code is None and security_code_required:
        raise missing("cardSecurityCode")
    if code is not None and not re.fullmatch(r"\d{3,4}", code):
        raise invalid("cardSecurityCode", "(hidden)", "Send 3 or 4 digits")
    first_of_next = date(year + month // 12, month % 12 + 1, 1)
    expiry = (first_of_next - timedelta(days=1)).isoformat()
    return Card(card_type_of(number), number[:6], number[-4:], expiry)


def read_lines(ctx: Context, campaign: Row) -> list[Line]:
    """Read the numbered product lines ``product1_id``, ``product1_qty``, ... of a request.

    Raises:
        ApiError: ``product1_id`` is missing, or a product is unknown or not in the campaign.
    """
    numbers = sorted(int(m.group(1)) for key in ctx.params if (m := _LINE_KEY.match(key)))
    if ctx.get("product1_id") is None:
        raise missing("product1_id")
    lines = []
    for number in numbers:
        prefix = f"product{number}_"
        value = ctx.get(prefix + "id")
        if value is None:
            continue
        product = lookup.product_by_id(ctx, prefix + "id", value)
        lines.append(_line(ctx, campaign, product, prefix))
    return lines


def read_upsell_line(ctx: Context, campaign: Row) -> Line:
    """Read the upsell product in either form: ``productId``/``productQty`` or ``product1_*``."""
    if ctx.get("productId") is not None:
        product = lookup.product(ctx, "productId")
        return _line(ctx, campaign, product, "product", qty="Qty", price="Price", ship="ShipPrice")
    return read_lines(ctx, campaign)[0]


def _line(
    ctx: Context,
    campaign: Row,
    product: Row,
    prefix: str,
    qty: str = "qty",
    price: str = "price",
    ship: str = "shipPrice",
) -> Line:
    if product["campaignId"] != campaign["campaignId"]:
        raise ApiError(
            f"Product {product['productId']} is not in campaign {campaign['campaignId']}"
        )
    qty_value = ctx.get(prefix + qty)
    count = 1 if qty_value is None else parse_int(prefix + qty, qty_value)
    if count < 1:
        raise invalid(prefix + qty, str(count), "Send 1 or more")
    price_value = ctx.get(prefix + price)
    ship_value = ctx.get(prefix + ship)
    return Line(
        product,
        count,
        None if price_value is None else parse_money(prefix + price, price_value),
        None if ship_value is None else parse_money(prefix + ship, ship_value),
    )


def pick_merchant(ctx: Context, campaign: Row) -> Row:
    """Return the merchant of ``forceMerchantId``, or the campaign's first merchant."""
    if ctx.get("forceMerchantId") is not None:
        return lookup.merchant(ctx, "forceMerchantId")
    return ctx.store.merchants[campaign["merchantIds"][0]]


def decline_for(last4: str | None) -> tuple[str, str] | None:
    """Return the decline (response type, text) that a test card ending produces, if any."""
    if last4 is None:
        return None
    return facts.DECLINE_LAST4.get(last4)


def charge(ctx: Context, order: Row, merchant: Row, amount: Decimal, created: str) -> Row:
    """Run a SALE for an order and raise the API's decline error when the card is declined.

    A declined SALE is stored before the error is raised, as the API keeps declined attempts.
    """
    decline = decline_for(order["cardLast4"])
    txn = new_transaction(
        ctx.store,
        order,
        txn_type="SALE",
        amount=amount,
        created=created,
        merchant=merchant,
        response_type=decline[0] if decline else "SUCCESS",
        response_text=decline[1] if decline else "Approved",
    )
    if decline:
        if order["orderStatus"] in ("PARTIAL", "PENDING"):
            order["orderStatus"] = "DECLINED"
        raise ApiError(f"Transaction Declined: {decline[1]}")
    return txn


def add_subscriptions(ctx: Context, order: Row, product_ids: list[str], created: str) -> None:
    """Create purchases, club memberships and a PENDING fulfillment for new order lines."""
    store = ctx.store
    start = parse_timestamp(created)
    shipped = [p for p in product_ids if store.products[int(p)]["_shippable"]]
    for product_id in product_ids:
        product = store.products[int(product_id)]
        if product["billingCycleType"] == "ONE_TIME":
            continue
        trial = product["billingCycleType"] == "TRIAL"
        days = product["trialDays"] if trial else product["billingIntervalDays"]
        purchase = new_purchase(
            store,
            purchase_id=store.new_hex_id(),
            order=order,
            product=product,
            created=created,
            status="TRIAL" if trial else "ACTIVE",
            next_bill_date=(start + timedelta(days=int(days or 30))).strftime("%Y-%m-%d"),
        )
        if product["clubId"] is not None:
            new_member(store, purchase, product["clubId"], facts.MEMBER_PASSWORD)
    if shipped:
        new_fulfillment(store, order, created, "PENDING", {}, shipped)
