"""Product, campaign and coupon endpoints."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.errors import ApiError, NoResults, invalid
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.common import Context, Match, by_field, public, query, select
from desktop_app.sandbox.handlers.editing import FieldSpec, Kind, read_fields, update_record

PRODUCT_TYPES = ("OFFER", "UPSALE")
BILLING_CYCLE_TYPES = ("ONE_TIME", "RECURRING", "TRIAL")
CAMPAIGN_TYPES = ("PHONE", "ECOMMERCE", "LANDER")
DISCOUNT_TYPES = ("PERCENT", "FLAT", "SHIPPING")
RECORD_STATUSES = ("ACTIVE", "INACTIVE")

_PRODUCT_FIELDS = (
    FieldSpec("productName", required=True),
    FieldSpec("productSku"),
    FieldSpec("productPrice", Kind.MONEY, default="0.00"),
    FieldSpec("shippingPrice", Kind.MONEY, default="0.00"),
    FieldSpec("productCost", Kind.MONEY, default="0.00"),
    FieldSpec("rebillPrice", Kind.MONEY),
    FieldSpec("productType", Kind.CHOICE, PRODUCT_TYPES, default="OFFER"),
    FieldSpec("productCategory", default="Physical"),
    FieldSpec("categoryId", Kind.INT),
    FieldSpec("billingCycleType", Kind.CHOICE, BILLING_CYCLE_TYPES, default="ONE_TIME"),
    FieldSpec("billingIntervalDays", Kind.INT),
    FieldSpec("trialDays", Kind.INT),
    FieldSpec("status", Kind.CHOICE, RECORD_STATUSES, default="ACTIVE"),
)
_CAMPAIGN_FIELDS = (
    FieldSpec("campaignName", required=True),
    FieldSpec("campaignType", Kind.CHOICE, CAMPAIGN_TYPES, default="ECOMMERCE"),
    FieldSpec("currency", default="USD"),
    FieldSpec("countries", default="US"),
    FieldSpec("salesUrl"),
    FieldSpec("status", Kind.CHOICE, RECORD_STATUSES, default="ACTIVE"),
)
_COUPON_FIELDS = (
    FieldSpec("couponCode", required=True),
    FieldSpec("campaignId", Kind.INT),
    FieldSpec("discountType", Kind.CHOICE, DISCOUNT_TYPES, default="PERCENT"),
    FieldSpec("discountAmount", Kind.MONEY, default="0.00", aliases=("discountValue",)),
    FieldSpec("startDate", Kind.DATE),
    FieldSpec("endDate", Kind.DATE),
    FieldSpec("maxUses", Kind.INT),
    FieldSpec("status", Kind.CHOICE, ("ACTIVE", "INACTIVE", "EXPIRED"), default="ACTIVE"),
)


def query_products(ctx: Context) -> Any:
    """Handle ``/product/query/``, whose message is an object keyed by product id, not paged."""
    filters = (
        by_field("productId", Match.INT),
        by_field("campaignId", Match.INT),
        by_field("productSku"),
        by_field("productName"),
        by_field("productType", Match.CHOICE, choices=PRODUCT_TYPES),
        by_field("status", Match.CHOICE, choices=RECORD_STATUSES),
    )
    rows = select(ctx, ctx.store.products.values(), filters, dated=False)
    if not rows:
        raise NoResults("products")
    rows.sort(key=lambda row: row["productId"])
    return {str(row["productId"]): public(row) for row in rows}


def create_product(ctx: Context) -> Any:
    """Handle ``/product/create/``."""
    store = ctx.store
    values = read_fields(ctx, _PRODUCT_FIELDS, creating=True)
    campaign_id = ctx.integer("campaignId")
    if campaign_id is not None:
        lookup.campaign(ctx)
    if values["billingCycleType"] != "ONE_TIME" and values["billingIntervalDays"] is None:
        values["billingIntervalDays"] = 30
    product_id = store.next_id("product")
    created = store.now()
    product = {
        "productId": product_id,
        "campaignProductId": product_id + 900,
        "campaignId": campaign_id,
        **values,
        "productSku": values["productSku"] or f"SKU-{product_id}",
        "rebillPrice": values["rebillPrice"] or values["productPrice"],
        "clubId": None,
        "dateCreated": created,
        "dateUpdated": created,
        "_shippable": values["productCategory"] != "Membership",
    }
    store.products[product_id] = product
    if campaign_id is not None:
        store.campaigns[campaign_id]["productIds"].append(product_id)
    return public(product)


def update_product(ctx: Context) -> Any:
    """Handle ``/product/update/``."""
    product = lookup.product(ctx, "productId")
    update_record(ctx, product, _PRODUCT_FIELDS)
    return public(product)


def query_campaigns(ctx: Context) -> Any:
    """Handle ``/campaign/query/``."""
    filters = (
        by_field("campaignId", Match.INT),
        by_field("campaignName"),
        by_field("campaignType", Match.CHOICE, choices=CAMPAIGN_TYPES),
        by_field("status", Match.CHOICE, choices=RECORD_STATUSES),
    )
    return query(ctx, ctx.store.campaigns.values(), filters, "campaigns")


def create_campaign(ctx: Context) -> Any:
    """Handle ``/campaign/create/``."""
    store = ctx.store
    values = read_fields(ctx, _CAMPAIGN_FIELDS, creating=True)
    _check_currency(values["currency"])
    campaign_id = store.next_id("campaign")
    created = store.now()
    campaign = {
        "campaignId": campaign_id,
        **values,
        "currency": values["currency"].upper(),
        "productIds": [],
        "merchantIds": [1],
        "dateCreated": created,
        "dateUpdated": created,
    }
    store.campaigns[campaign_id] = campaign
    return public(campaign)


def update_campaign(ctx: Context) -> Any:
    """Handle ``/campaign/update/``."""
    campaign = lookup.campaign(ctx)
    if ctx.get("currency") is not None:
        _check_currency(ctx.require("currency"))
    update_record(ctx, campaign, _CAMPAIGN_FIELDS)
    campaign["currency"] = campaign["currency"].upper()
    return public(campaign)


def _check_currency(code: str) -> None:
    if len(code) != 3 or not code.isalpha():
        raise invalid("currency", code, "Send a 3-letter ISO 4217 code such as USD")


def query_coupons(ctx: Context) -> Any:
    """Handle ``/coupon/query/``."""
    filters = (
        by_field("couponId", Match.INT),
        by_field("couponCode"),
        by_field("campaignId", Match.INT),
        by_field("status"),
    )
    return query(ctx, ctx.store.coupons.values(), filters, "coupons")


def create_coupon(ctx: Context) -> Any:
    """Handle ``/coupon/create/``. Coupon codes are unique regardless of case."""
    store = ctx.store
    values = read_fields(ctx, _COUPON_FIELDS, creating=True)
    if ctx.get("campaignId") is not None:
        lookup.campaign(ctx)
    _check_coupon(ctx, values, None)
    coupon_id = store.next_id("coupon")
    created = store.now()
    coupon = {
        "couponId": coupon_id,
        **values,
        "couponCode": values["couponCode"].upper(),
        "timesUsed": 0,
        "dateCreated": created,
        "dateUpdated": created,
    }
    store.coupons[coupon_id] = coupon
    return coupon


def update_coupon(ctx: Context) -> Any:
    """Handle ``/coupon/update/``."""
    coupon_id = ctx.require_int("couponId")
    coupon = ctx.store.coupons.get(coupon_id)
    if coupon is None:
        raise ApiError(f"Coupon {coupon_id} not found")
    if ctx.get("campaignId") is not None:
        lookup.campaign(ctx)
    _check_coupon(ctx, {"couponCode": ctx.get("couponCode")}, coupon_id)
    update_record(ctx, coupon, _COUPON_FIELDS)
    coupon["couponCode"] = coupon["couponCode"].upper()
    return coupon


def _check_coupon(ctx: Context, values: dict[str, Any], own_id: int | None) -> None:
    code = values.get("couponCode")
    if code is not None:
        for coupon in ctx.store.coupons.values():
            if coupon["couponCode"].upper() == code.upper() and coupon["couponId"] != own_id:
                raise ApiError(f"Coupon code {code.upper()} already exists")
