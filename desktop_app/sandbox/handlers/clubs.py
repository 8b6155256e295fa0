"""Membership club and affiliate endpoints."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.errors import ApiError, not_found
from desktop_app.sandbox.handlers.common import Context, Match, by_field, public, query
from desktop_app.sandbox.handlers.editing import FieldSpec, Kind, read_fields, update_record
from desktop_app.sandbox.records import add_history
from desktop_app.sandbox.store import Row

MEMBER_STATUSES = ("ACTIVE", "INACTIVE", "CANCELLED")
_MEMBER_FIELDS = (
    FieldSpec("firstName"),
    FieldSpec("lastName"),
    FieldSpec("emailAddress"),
    FieldSpec("phoneNumber"),
    FieldSpec("userName"),
    FieldSpec("status", Kind.CHOICE, MEMBER_STATUSES),
)
_AFFILIATE_FIELDS = (
    FieldSpec("affId", required=True),
    FieldSpec("name", default=""),
    FieldSpec("emailAddress"),
    FieldSpec("postbackUrl"),
    FieldSpec("campaignId", Kind.INT),
    FieldSpec("status", Kind.CHOICE, ("ACTIVE", "INACTIVE"), default="ACTIVE"),
)


def query_members(ctx: Context) -> Any:
    """Handle ``/members/query/``."""
    filters = (
        by_field("clubId", Match.INT),
        by_field("memberId"),
        by_field("customerId", Match.INT),
        by_field("orderId"),
        by_field("purchaseId"),
        by_field("emailAddress"),
        by_field("userName"),
        by_field("status", Match.CHOICE, choices=MEMBER_STATUSES),
    )
    return query(ctx, ctx.store.members.values(), filters, "members")


def _member(ctx: Context) -> Row:
    club_id = ctx.require_int("clubId")
    member_id = ctx.require("memberId").upper()
    if club_id not in ctx.store.clubs:
        raise not_found("Club", club_id)
    member = ctx.store.members.get(member_id)
    if member is None or member["clubId"] != club_id:
        raise ApiError(f"Member {member_id} not found in club {club_id}")
    return member


def update_member(ctx: Context) -> Any:
    """Handle ``/members/update/``. ``eCommercePassword`` sets the member's login password."""
    member = _member(ctx)
    password = ctx.get("eCommercePassword") or ctx.get("memberPassword")
    fields_sent = any(ctx.get(spec.name) is not None for spec in _MEMBER_FIELDS)
    if password is None and not fields_sent:
        raise ApiError("Nothing to update: send at least one field to change")
    if password is not None:
        member["_password"] = password
        member["dateUpdated"] = ctx.store.now()
    if fields_sent:
        update_record(ctx, member, _MEMBER_FIELDS)
    return public(member)


def cancel_member(ctx: Context) -> Any:
    """Handle ``/members/cancel/``."""
    member = _member(ctx)
    if member["status"] == "CANCELLED":
        raise ApiError(f"Member {member['memberId']} is already cancelled")
    created = ctx.store.now()
    member.update({"status": "CANCELLED", "dateCancelled": created, "dateUpdated": created})
    _log(ctx, member, f"Club membership {member['memberId']} cancelled", created)
    return public(member)


def reactivate_member(ctx: Context) -> Any:
    """Handle ``/members/reactivate/``."""
    member = _member(ctx)
    if member["status"] == "ACTIVE":
        raise ApiError(f"Member {member['memberId']} is already active")
    created = ctx.store.now()
    member.update({"status": "ACTIVE", "dateCancelled": None, "dateUpdated": created})
    _log(ctx, member, f"Club membership {member['memberId']} reactivated", created)
    return public(member)


def login_member(ctx: Context) -> Any:
    """Handle ``/members/login/``.

    The member is named by ``eCommerceLogin`` (or ``userName`` or ``emailAddress``), matched
    against the member's user name and email address. Because ``password`` carries the API
    user's password, the member's own password goes in ``eCommercePassword`` (or
    ``memberPassword``).
    """
    club_id = ctx.require_int("clubId")
    login = ctx.require_any("eCommerceLogin", "userName", "emailAddress").casefold()
    password = ctx.require_any("eCommercePassword", "memberPassword")
    for member in ctx.store.members.values():
        names = {str(member["userName"]).casefold(), str(member["emailAddress"]).casefold()}
        if member["clubId"] == club_id and login in names and member["_password"] == password:
            if member["status"] != "ACTIVE":
                status = member["status"]
                raise ApiError(f"Member {member['memberId']} is {status} and cannot log in")
            return {**public(member), "loggedIn": True}
    # The text avoids "login" and "password": clients take those words for a rejected API user.
    raise ApiError(f"Member sign-in failed: no member of club {club_id} has that name and secret")


def _log(ctx: Context, member: Row, message: str, created: str) -> None:
    add_history(ctx.store, member["customerId"], member["orderId"], "Club", message, created, "api")


def query_affiliates(ctx: Context) -> Any:
    """Handle ``/affiliate/query/``."""
    filters = (
        by_field("affiliateId", Match.INT),
        by_field("affId"),
        by_field("name"),
        by_field("campaignId", Match.INT),
        by_field("status", Match.CHOICE, choices=("ACTIVE", "INACTIVE")),
    )
    return query(ctx, ctx.store.affiliates.values(), filters, "affiliates")


def create_affiliate(ctx: Context) -> Any:
    """Handle ``/affiliate/create/``. ``affId`` values are unique regardless of case."""
    store = ctx.store
    values = read_fields(ctx, _AFFILIATE_FIELDS, creating=True)
    _check_aff_id(ctx, values["affId"], None)
    affiliate_id = store.next_id("affiliate")
    created = store.now()
    affiliate = {
        "affiliateId": affiliate_id,
        **values,
        "dateCreated": created,
        "dateUpdated": created,
    }
    store.affiliates[affiliate_id] = affiliate
    return affiliate


def update_affiliate(ctx: Context) -> Any:
    """Handle ``/affiliate/update/`` for the affiliate named by ``affiliateId`` or ``affId``."""
    store = ctx.store
    if ctx.get("affiliateId") is not None:
        affiliate = store.affiliates.get(ctx.require_int("affiliateId"))
        if affiliate is None:
            raise not_found("Affiliate", ctx.require("affiliateId"))
    else:
        aff_id = ctx.require_any("affiliateId", "affId")
        affiliate = next(
            (a for a in store.affiliates.values() if a["affId"].upper() == aff_id.upper()), None
        )
        if affiliate is None:
            raise not_found("Affiliate", aff_id)
    new_aff_id = ctx.get("affId")
    if new_aff_id is not None:
        _check_aff_id(ctx, new_aff_id, affiliate["affiliateId"])
    update_record(ctx, affiliate, _AFFILIATE_FIELDS)
    return affiliate


def _check_aff_id(ctx: Context, aff_id: str, own_id: int | None) -> None:
    for affiliate in ctx.store.affiliates.values():
        if affiliate["affId"].upper() == aff_id.upper() and affiliate["affiliateId"] != own_id:
            raise ApiError(f"Affiliate id {aff_id} already exists")
