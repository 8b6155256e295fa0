"""Lookups of single records by id, raising the API-style error when a record is missing."""

from __future__ import annotations

from desktop_app.sandbox.errors import not_found
from desktop_app.sandbox.handlers.common import Context
from desktop_app.sandbox.store import Row
from desktop_app.sandbox.values import parse_int


def order(ctx: Context, name: str = "orderId") -> Row:
    """Return the order named by a required parameter (ids are matched case-insensitively)."""
    order_id = ctx.require(name).upper()
    row = ctx.store.orders.get(order_id)
    if row is None:
        raise not_found("Order", order_id)
    return row


def customer(ctx: Context, name: str = "customerId") -> Row:
    """Return the customer named by a required parameter."""
    customer_id = ctx.require_int(name)
    row = ctx.store.customers.get(customer_id)
    if row is None:
        raise not_found("Customer", customer_id)
    return row


def transaction(ctx: Context, name: str = "transactionId") -> Row:
    """Return the transaction named by a required parameter."""
    txn_id = ctx.require_int(name)
    row = ctx.store.transactions.get(txn_id)
    if row is None:
        raise not_found("Transaction", txn_id)
    return row


def purchase(ctx: Context, name: str = "purchaseId") -> Row:
    """Return the purchase named by a required parameter."""
    purchase_id = ctx.require(name).upper()
    row = ctx.store.purchases.get(purchase_id)
    if row is None:
        raise not_found("Purchase", purchase_id)
    return row


def product(ctx: Context, name: str) -> Row:
    """Return the product named by a required parameter."""
    product_id = ctx.require_int(name)
    row = ctx.store.products.get(product_id)
    if row is None:
        raise not_found("Product", product_id)
    return row


def product_by_id(ctx: Context, name: str, value: str) -> Row:
    """Return the product with the id ``value`` given in parameter ``name``."""
    product_id = parse_int(name, value)
    row = ctx.store.products.get(product_id)
    if row is None:
        raise not_found("Product", product_id)
    return row


def campaign(ctx: Context, name: str = "campaignId") -> Row:
    """Return the campaign named by a required parameter."""
    campaign_id = ctx.require_int(name)
    row = ctx.store.campaigns.get(campaign_id)
    if row is None:
        raise not_found("Campaign", campaign_id)
    return row


def merchant(ctx: Context, name: str = "merchantId") -> Row:
    """Return the merchant (MID) named by a required parameter."""
    merchant_id = ctx.require_int(name)
    row = ctx.store.merchants.get(merchant_id)
    if row is None:
        raise not_found("Merchant", merchant_id)
    return row
