"""Route table: request path (without trailing slash) to handler function.

A handler takes a ``Context`` and returns the ``message`` payload of a SUCCESS reply, or an
``Envelope`` for any other result. It raises ``ApiError`` for ERROR replies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop_app.sandbox.handlers import (
    catalog,
    clubs,
    customers,
    fulfillment,
    merchants,
    order_import,
    order_writes,
    orders,
    purchases,
    reports,
    transactions,
)
from desktop_app.sandbox.handlers.common import Context, Envelope

Handler = Callable[[Context], Any]

ROUTES: dict[str, Handler] = {
    "/order/query": orders.query_orders,
    "/order/import": order_import.import_order,
    "/order/preauth": order_import.preauth_order,
    "/order/update": order_writes.update_order,
    "/order/refund": order_writes.refund,
    "/order/cancel": order_writes.cancel,
    "/order/confirm": order_writes.confirm,
    "/order/rerun": order_writes.rerun,
    "/order/qa": order_writes.qa,
    "/upsale/import": order_import.import_upsale,
    "/customer/query": customers.query_customers,
    "/customer/history": customers.history,
    "/customer/update": customers.update,
    "/customer/cardupdate": customers.card_update,
    "/customer/addnote": customers.add_customer_note,
    "/customer/blacklist": customers.blacklist,
    "/customer/blacklist/query": customers.query_blacklist,
    "/customer/contracts": customers.contracts,
    "/customer/delete": customers.delete,
    "/leads/import": order_import.import_lead,
    "/transactions/query": transactions.query_transactions,
    "/transactions/refund": transactions.refund,
    "/transactions/update": transactions.update,
    "/cbdata/query": transactions.query_cbdata,
    "/cbdata/list": transactions.list_cbdata,
    "/purchase/query": purchases.query_purchases,
    "/purchase/update": purchases.update,
    "/purchase/cancel": purchases.cancel,
    "/purchase/pause": purchases.pause,
    "/purchase/refund": purchases.refund,
    "/product/query": catalog.query_products,
    "/product/create": catalog.create_product,
    "/product/update": catalog.update_product,
    "/campaign/query": catalog.query_campaigns,
    "/campaign/create": catalog.create_campaign,
    "/campaign/update": catalog.update_campaign,
    "/merchant/query": merchants.query_merchants,
    "/merchant/create": merchants.create_merchant,
    "/merchant/update": merchants.update_merchant,
    "/merchant/recycle/query": merchants.query_recycle_profiles,
    "/merchant/cascade/query": merchants.query_cascade_profiles,
    "/merchant/binmap/query": merchants.query_bin_maps,
    "/merchant/binprofile/query": merchants.query_bin_profiles,
    "/merchant/profile/query": merchants.query_profiles,
    "/coupon/query": catalog.query_coupons,
    "/coupon/create": catalog.create_coupon,
    "/coupon/update": catalog.update_coupon,
    "/members/query": clubs.query_members,
    "/members/update": clubs.update_member,
    "/members/cancel": clubs.cancel_member,
    "/members/reactivate": clubs.reactivate_member,
    "/members/login": clubs.login_member,
    "/affiliate/query": clubs.query_affiliates,
    "/affiliate/create": clubs.create_affiliate,
    "/affiliate/update": clubs.update_affiliate,
    "/fulfillment/query": fulfillment.query_fulfillments,
    "/fulfillment/update": fulfillment.update_fulfillment,
    "/reports/mid-summary": reports.mid_summary,
    "/transactions/summary": reports.transaction_summary,
    "/order/summary": reports.order_summary,
    "/reports/retention": reports.retention,
    "/reports/bin-approvals": reports.bin_approvals,
    "/reports/projected-billing": reports.projected_billing,
}

RESPONSE_TYPE_FILTER_PATHS = frozenset({"/transactions/query"})
"""Paths where ``responseType`` is a filter parameter rather than a reply format."""


def route_key(path: str) -> str:
    """Return the route table key of a path: the path without its trailing slashes."""
    return path.rstrip("/") or "/"


def find_handler(path: str) -> Handler | None:
    """Return the handler of a path, given with or without its trailing slash."""
    return ROUTES.get(route_key(path))


__all__ = ["ROUTES", "Context", "Envelope", "Handler", "find_handler", "route_key"]
