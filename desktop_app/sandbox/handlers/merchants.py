"""Merchant (gateway/MID) endpoints and the merchant profile queries."""

from __future__ import annotations

import re
from typing import Any

from desktop_app.sandbox.errors import ApiError, invalid
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.common import Context, Match, by_field, public, query
from desktop_app.sandbox.handlers.editing import FieldSpec, Kind, read_fields, update_record

_FIELDS = (
    FieldSpec("title", required=True),
    FieldSpec("midNumber", default=""),
    FieldSpec("merchantDescriptor", aliases=("descriptor",)),
    FieldSpec("mcc"),
    FieldSpec("processor", default="NMI"),
    FieldSpec("currency", default="USD"),
    FieldSpec("status", Kind.CHOICE, ("ACTIVE", "INACTIVE"), default="ACTIVE"),
    FieldSpec("monthlyCap", Kind.MONEY),
    FieldSpec("acceptedCards", default="VISA,MASTERCARD"),
)


def query_merchants(ctx: Context) -> Any:
    """Handle ``/merchant/query/``."""
    filters = (
        by_field("merchantId", Match.INT),
        by_field("midNumber"),
        by_field("title"),
        by_field("processor"),
        by_field("status", Match.CHOICE, choices=("ACTIVE", "INACTIVE")),
    )
    return query(ctx, ctx.store.merchants.values(), filters, "merchants")


def create_merchant(ctx: Context) -> Any:
    """Handle ``/merchant/create/``. MID numbers are unique, and ``descriptor`` is an alias."""
    store = ctx.store
    values = read_fields(ctx, _FIELDS, creating=True)
    _check(ctx, values, None)
    merchant_id = store.next_id("merchant")
    created = store.now()
    merchant = {
        "merchantId": merchant_id,
        **values,
        "merchantDescriptor": values["merchantDescriptor"] or values["title"].upper()[:22],
        "mcc": values["mcc"] or "5999",
        "dateCreated": created,
        "dateUpdated": created,
    }
    store.merchants[merchant_id] = merchant
    return public(merchant)


def update_merchant(ctx: Context) -> Any:
    """Handle ``/merchant/update/``."""
    merchant = lookup.merchant(ctx)
    _check(ctx, {"midNumber": ctx.get("midNumber"), "mcc": ctx.get("mcc")}, merchant["merchantId"])
    update_record(ctx, merchant, _FIELDS)
    return public(merchant)


def _check(ctx: Context, values: dict[str, Any], own_id: int | None) -> None:
    mid = values.get("midNumber")
    if mid is not None:
        for merchant in ctx.store.merchants.values():
            if merchant["midNumber"] == mid and merchant["merchantId"] != own_id:
                raise ApiError(
                    f"MID number {mid} already belongs to merchant {merchant['merchantId']}"
                )
    mcc = values.get("mcc")
    if mcc is not None and not re.fullmatch(r"\d{4}", mcc):
        raise invalid("mcc", mcc, "Send a 4-digit merchant category code")


def query_recycle_profiles(ctx: Context) -> Any:
    """Handle ``/merchant/recycle/query/``."""
    filters = (by_field("recycleProfileId", Match.INT), by_field("status"))
    return query(ctx, ctx.store.recycle_profiles, filters, "recycle profiles", dated=False)


def query_cascade_profiles(ctx: Context) -> Any:
    """Handle ``/merchant/cascade/query/``."""
    filters = (by_field("cascadeProfileId", Match.INT), by_field("status"))
    return query(ctx, ctx.store.cascade_profiles, filters, "cascade profiles", dated=False)


def query_bin_maps(ctx: Context) -> Any:
    """Handle ``/merchant/binmap/query/``."""
    filters = (
        by_field("binMapId", Match.INT),
        by_field("cardBin"),
        by_field("merchantId", Match.INT),
        by_field("cardType"),
    )
    return query(ctx, ctx.store.bin_maps, filters, "BIN mappings", dated=False)


def query_bin_profiles(ctx: Context) -> Any:
    """Handle ``/merchant/binprofile/query/``."""
    filters = (by_field("binProfileId", Match.INT),)
    return query(ctx, ctx.store.bin_profiles, filters, "BIN profiles", dated=False)


def query_profiles(ctx: Context) -> Any:
    """Handle ``/merchant/profile/query/`` (load balancers), with ``loadBalancerId`` as alias."""
    filters = (
        by_field("profileId", Match.INT),
        by_field("loadBalancerId", Match.INT, name="profileId"),
        by_field("status"),
    )
    return query(ctx, ctx.store.merchant_profiles, filters, "merchant profiles", dated=False)
