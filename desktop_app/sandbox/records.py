"""Builders of customer, order, note and history records.

The seed and the write handlers build records through these functions, so seeded records and
records made by requests have the same fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import money, to_decimal

PERSON_FIELDS = (
    "firstName",
    "lastName",
    "companyName",
    "emailAddress",
    "phoneNumber",
    "address1",
    "address2",
    "city",
    "state",
    "country",
    "postalCode",
)
ADDRESS_FIELDS = tuple(
    name for name in PERSON_FIELDS if name not in ("emailAddress", "phoneNumber")
)
SHIP_FIELDS = tuple("ship" + name[0].upper() + name[1:] for name in ADDRESS_FIELDS)
CURRENCY_SYMBOLS = {"USD": "$", "CAD": "$", "EUR": "€", "GBP": "£"}


def new_customer(store: Store, person: Mapping[str, Any], created: str, ip: str) -> Row:
    """Create and store a customer.

    Args:
        store: Target store.
        person: Billing fields named as in ``PERSON_FIELDS``. ``ship*`` fields default to them.
        created: Timestamp of creation.
        ip: IP address the customer came from.
    """
    customer_id = int(person["customerId"]) if "customerId" in person else None
    if customer_id is None:
        customer_id = store.next_id("customer")
    else:
        store.reserve_id("customer", customer_id)
    row: Row = {"customerId": customer_id}
    for name in PERSON_FIELDS:
        row[name] = person.get(name)
    for ship_name, name in zip(SHIP_FIELDS, ADDRESS_FIELDS, strict=True):
        row[ship_name] = person.get(ship_name, row[name])
    row.update(
        {
            "ipAddress": ip,
            "dateCreated": created,
            "dateUpdated": created,
            "eCommerceLogin": person.get("emailAddress"),
            "custom1": None,
            "paySources": [],
            "notes": [],
        }
    )
    store.customers[customer_id] = row
    return row


def add_pay_source(
    store: Store, customer: Row, card_type: str, card_bin: str, last4: str, expiry: str
) -> Row:
    """Add a card to a customer and make it the primary one.

    Only the first six and last four digits are kept, never the full number.

    Args:
        store: Target store.
        customer: Customer record.
        card_type: ``VISA``, ``MASTERCARD``, ``AMEX`` or ``DISCOVER``.
        card_bin: First six digits.
        last4: Last four digits.
        expiry: Last day of the expiry month, ``YYYY-MM-DD``.
    """
    for existing in customer["paySources"]:
        existing["IsPrimary"] = 0
    source: Row = {
        "paySourceId": store.next_id("paySource"),
        "paySource": "CREDITCARD",
        "cardType": card_type,
        "cardBin": card_bin,
        "lastFour": last4,
        "cardExpiryDate": f"{expiry} 00:00:00",
        "IsPrimary": 1,
    }
    customer["paySources"].append(source)
    return source


def primary_pay_source(customer: Row) -> Row | None:
    """Return the customer's primary card, or None when the customer has no card."""
    for source in customer["paySources"]:
        if source["IsPrimary"]:
            return source
    return customer["paySources"][-1] if customer["paySources"] else None


def add_note(store: Store, customer: Row, message: str, created: str, user: str) -> Row:
    """Append a note to a customer and a matching history entry."""
    note: Row = {
        "noteId": store.next_id("note"),
        "message": message,
        "userName": user,
        "dateCreated": created,
    }
    customer["notes"].append(note)
    add_history(store, customer["customerId"], None, "Note", message, created, user)
    return note


def add_history(
    store: Store,
    customer_id: int,
    order_id: str | None,
    category: str,
    message: str,
    created: str,
    user: str = "system",
) -> Row:
    """Append one entry to the customer history."""
    entry: Row = {
        "historyId": store.next_id("history"),
        "customerId": customer_id,
        "orderId": order_id,
        "categoryType": category,
        "message": message,
        "userName": user,
        "dateCreated": created,
    }
    store.history.append(entry)
    return entry


def new_order(
    store: Store,
    *,
    order_id: str,
    customer: Row,
    campaign: Row,
    created: str,
    order_type: str = "NEW_SALE",
    extras: Mapping[str, Any] | None = None,
) -> Row:
    """Create and store an order without items, which ``add_item`` adds later.

    The order copies the customer's billing, shipping and primary-card fields, as the API
    keeps a copy per order. ``extras`` overrides any field (``affId``, ``couponCode``, UTM).
    """
    card = primary_pay_source(customer)
    currency = campaign["currency"]
    row: Row = {
        "orderId": order_id,
        "actualOrderId": store.next_id("actualOrder"),
        "clientOrderId": order_id,
        "orderType": order_type,
        "orderStatus": "PARTIAL",
        "reviewStatus": None,
        "responseType": None,
        "dateCreated": created,
        "dateUpdated": created,
        "campaignId": campaign["campaignId"],
        "campaignName": campaign["campaignName"],
        "customerId": customer["customerId"],
        "name": f"{customer['firstName']} {customer['lastName']}",
    }
    for name in PERSON_FIELDS + SHIP_FIELDS:
        row[name] = customer[name]
    row.update(
        {
            "paySource": "CREDITCARD" if card else None,
            "cardType": card["cardType"] if card else None,
            "cardBin": card["cardBin"] if card else None,
            "cardLast4": card["lastFour"] if card else None,
            "cardExpiryDate": card["cardExpiryDate"] if card else None,
            "cardIsPrepaid": 0,
            "cardIsDebit": 0,
            "avsResponse": None,
            "cvvResponse": None,
            "price": "0.00",
            "baseShipping": "0.00",
            "salesTax": "0.00",
            "discountPrice": "0.00",
            "totalDiscount": "0.00",
            "totalAmount": "0.00",
            "refundRemaining": "0.00",
            "currencyCode": currency,
            "currencySymbol": CURRENCY_SYMBOLS.get(currency, "$"),
            "couponCode": None,
            "ipAddress": customer["ipAddress"],
            "salesUrl": campaign["salesUrl"],
            "affId": None,
            "sourceValue1": None,
            "UTMSource": None,
            "UTMCampaign": None,
            "custom1": None,
            "isDeclineSave": 0,
            "hasUpsell": False,
            "items": {},
            "fulfillments": [],
            "_taxRate": "0",
            "_discountRate": "0",
            "_discountFlat": "0",
        }
    )
    if extras:
        row.update(extras)
    store.orders[order_id] = row
    store.txns_by_order.setdefault(order_id, [])
    return row


def add_item(
    store: Store,
    order: Row,
    product: Row,
    qty: int = 1,
    price: Decimal | None = None,
    shipping: Decimal | None = None,
) -> Row:
    """Add a product line to an order and recompute its totals.

    Args:
        store: Target store.
        order: Order record.
        product: Product record.
        qty: Quantity.
        price: Unit price, by default the product's price.
        shipping: Shipping price of the line, by default the product's.
    """
    unit = price if price is not None else to_decimal(product["productPrice"])
    ship = shipping if shipping is not None else to_decimal(product["shippingPrice"])
    item: Row = {
        "productId": str(product["productId"]),
        "orderItemId": str(store.next_id("orderItem")),
        "name": product["productName"],
        "productSku": product["productSku"],
        "qty": str(qty),
        "price": money(unit),
        "shipping": money(ship),
        "purchaseId": None,
        "purchaseStatus": None,
        "nextBillDate": None,
        "txnType": "SALE",
        "productType": product["productType"],
        "merchantId": None,
    }
    order["items"][item["productId"]] = item
    recompute_totals(order)
    return item


def apply_coupon(order: Row, coupon: Row) -> None:
    """Set an order's coupon and discount and count one use of the coupon.

    PERCENT coupons take a share of the item price, FLAT ones a fixed amount. SHIPPING
    coupons are recorded without a discount.
    """
    order["couponCode"] = coupon["couponCode"]
    if coupon["discountType"] == "PERCENT":
        order["_discountRate"] = str(Decimal(coupon["discountAmount"]) / 100)
    elif coupon["discountType"] == "FLAT":
        order["_discountFlat"] = coupon["discountAmount"]
    coupon["timesUsed"] += 1
    recompute_totals(order)


def recompute_totals(order: Row) -> None:
    """Set ``price``, ``baseShipping``, discounts, ``salesTax`` and ``totalAmount`` from items."""
    price = sum(
        (to_decimal(i["price"]) * int(i["qty"]) for i in order["items"].values()), Decimal(0)
    )
    shipping = sum((to_decimal(i["shipping"]) for i in order["items"].values()), Decimal(0))
    discount = price * Decimal(order["_discountRate"]) + Decimal(order["_discountFlat"])
    discount = min(discount, price)
    tax = (price - discount) * Decimal(order["_taxRate"])
    order["price"] = money(price)
    order["baseShipping"] = money(shipping)
    order["discountPrice"] = money(discount)
    order["totalDiscount"] = money(discount)
    order["salesTax"] = money(tax)
    order["totalAmount"] = money(price - discount + shipping + tax)
