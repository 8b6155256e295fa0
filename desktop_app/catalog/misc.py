"""Coupon, membership club, affiliate and fulfillment endpoints."""

from __future__ import annotations

from desktop_app.catalog import params as p
from desktop_app.catalog.model import (
    QT_TRANSLATE_NOOP,
    AlternativeGroup,
    Area,
    Condition,
    Endpoint,
    EndpointKind,
    Param,
    ParamType,
)

# Coupons: no public source lists any parameter.
_COUPON_ID = Param(
    "couponId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Coupon ID, a whole number."),
    minimum=1,
)
_COUPON_FIELDS = (
    p.COUPON_CODE,
    p.CAMPAIGN_ID,
    Param(
        "discountType",
        help=QT_TRANSLATE_NOOP("Catalog", "Kind of discount, such as PERCENT or FLAT."),
    ),
    Param(
        "discountAmount",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "Size of the discount: a percentage or an amount, as a plain decimal."
        ),
        minimum=0,
    ),
    *p.DATE_RANGE,
    Param(
        "maxUses",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Number of times the coupon can be used."),
        minimum=0,
    ),
)

_COUPON_QUERY = Endpoint(
    key="/coupon/query/",
    path="/coupon/query/",
    area=Area.COUPONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query coupons"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List coupons, or look one up by ID or code."),
    kind=EndpointKind.QUERY,
    params=(_COUPON_ID, p.COUPON_CODE, p.CAMPAIGN_ID, *p.PAGING),
    verified=False,
    paged=True,
    notes=(p.GUESSED_PARAMS_NOTE,),
)
_COUPON_CREATE = Endpoint(
    key="/coupon/create/",
    path="/coupon/create/",
    area=Area.COUPONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Create coupon"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Create a coupon code."),
    kind=EndpointKind.WRITE,
    params=(_COUPON_FIELDS[0].with_changes(required=True), *_COUPON_FIELDS[1:]),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)
_COUPON_UPDATE = Endpoint(
    key="/coupon/update/",
    path="/coupon/update/",
    area=Area.COUPONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update coupon"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the settings of a coupon."),
    kind=EndpointKind.WRITE,
    params=(_COUPON_ID.with_changes(required=True), *_COUPON_FIELDS),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

# Membership clubs.
_CLUB_ID = p.CLUB_ID.with_changes(required=True)
_MEMBER_ID = p.MEMBER_ID.with_changes(required=True)

_MEMBERS_QUERY = Endpoint(
    key="/members/query/",
    path="/members/query/",
    area=Area.MEMBERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query club members"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List the members of a membership club."),
    kind=EndpointKind.QUERY,
    params=(
        _CLUB_ID,
        p.MEMBER_ID.with_changes(max_length=30),
        p.CUSTOMER_ID,
        p.ORDER_ID,
        p.PURCHASE_ID,
        *p.DATE_RANGE,
        *p.PAGING,
    ),
    alternatives=(
        AlternativeGroup(
            ("memberId", "customerId", "orderId", "purchaseId", "startDate"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fill a member ID, a customer ID, an order ID, a purchase ID, or a start and end "
                "date.",
            ),
        ),
    ),
    paged=True,
)
_MEMBERS_UPDATE = Endpoint(
    key="/members/update/",
    path="/members/update/",
    area=Area.MEMBERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update club member"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the details of a club member."),
    kind=EndpointKind.WRITE,
    params=(
        _CLUB_ID,
        _MEMBER_ID,
        p.FIRST_NAME,
        p.LAST_NAME,
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER,
        Param(
            "status",
            help=QT_TRANSLATE_NOOP("Catalog", "Membership status to set, such as ACTIVE."),
        ),
    ),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)
_MEMBERS_CANCEL = Endpoint(
    key="/members/cancel/",
    path="/members/cancel/",
    area=Area.MEMBERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Cancel club membership"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "End a member's club membership."),
    kind=EndpointKind.CANCEL,
    params=(_CLUB_ID, _MEMBER_ID),
)
_MEMBERS_REACTIVATE = Endpoint(
    key="/members/reactivate/",
    path="/members/reactivate/",
    area=Area.MEMBERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Reactivate club membership"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Restore a cancelled club membership."),
    kind=EndpointKind.WRITE,
    params=(_CLUB_ID, _MEMBER_ID),
)
_MEMBERS_LOGIN = Endpoint(
    key="/members/login/",
    path="/members/login/",
    area=Area.MEMBERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Check member login"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Check a club member's login name and password."),
    kind=EndpointKind.AUTH,
    params=(
        _CLUB_ID,
        Param(
            "eCommerceLogin",
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Login name of the member, usually the email address."
            ),
        ),
        Param(
            "eCommercePassword",
            required=True,
            help=QT_TRANSLATE_NOOP("Catalog", "Password of the member."),
            secret=True,
        ),
    ),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

# Affiliates: no public source lists any parameter.
_AFFILIATE_ID = Param(
    "affiliateId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Affiliate record ID, a whole number."),
    minimum=1,
)
_AFFILIATE_NAME = Param(
    "name",
    help=QT_TRANSLATE_NOOP("Catalog", "Name of the affiliate."),
)
_AFFILIATE_FIELDS = (
    p.AFF_ID.with_changes(max_length=20),
    _AFFILIATE_NAME,
    p.EMAIL_ADDRESS,
    Param(
        "postbackUrl",
        ParamType.URL,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "Address that Konnektive calls when the affiliate makes a sale."
        ),
    ),
    p.CAMPAIGN_ID,
)

_AFFILIATE_QUERY = Endpoint(
    key="/affiliate/query/",
    path="/affiliate/query/",
    area=Area.AFFILIATES,
    label=QT_TRANSLATE_NOOP("Catalog", "Query affiliates"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List affiliates."),
    kind=EndpointKind.QUERY,
    params=(p.AFF_ID.with_changes(max_length=20), _AFFILIATE_ID, _AFFILIATE_NAME, *p.PAGING),
    verified=False,
    paged=True,
    notes=(p.GUESSED_PARAMS_NOTE,),
)
_AFFILIATE_CREATE = Endpoint(
    key="/affiliate/create/",
    path="/affiliate/create/",
    area=Area.AFFILIATES,
    label=QT_TRANSLATE_NOOP("Catalog", "Create affiliate"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Add an affiliate."),
    kind=EndpointKind.WRITE,
    params=(_AFFILIATE_FIELDS[0].with_changes(required=True), *_AFFILIATE_FIELDS[1:]),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)
_AFFILIATE_UPDATE = Endpoint(
    key="/affiliate/update/",
    path="/affiliate/update/",
    area=Area.AFFILIATES,
    label=QT_TRANSLATE_NOOP("Catalog", "Update affiliate"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the details of an affiliate."),
    kind=EndpointKind.WRITE,
    params=(_AFFILIATE_ID.with_changes(required=True), *_AFFILIATE_FIELDS),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

# Fulfillment.
_FULFILLMENT_STATUS = Param(
    "fulfillmentStatus",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP("Catalog", "Shipment status to set."),
    choices=("SHIPPED", "RMA_PENDING", "RETURNED", "CANCELLED"),
)
_TRACKING_NUMBER = Param(
    "trackingNumber",
    help=QT_TRANSLATE_NOOP("Catalog", "Tracking number given by the carrier."),
    max_length=32,
)

_FULFILLMENT_QUERY = Endpoint(
    key="/fulfillment/query/",
    path="/fulfillment/query/",
    area=Area.FULFILLMENT,
    label=QT_TRANSLATE_NOOP("Catalog", "Query fulfillments"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List shipments in a date range."),
    kind=EndpointKind.QUERY,
    params=(
        p.START_DATE.with_changes(required=True),
        p.END_DATE.with_changes(required=True),
        p.ORDER_ID,
        p.FULFILLMENT_ID,
        _FULFILLMENT_STATUS.with_changes(
            help=QT_TRANSLATE_NOOP("Catalog", "Status of the shipments to list."),
            choices=(
                "HOLD",
                "PENDING",
                "PROCESSING",
                "SHIPPED",
                "DELIVERED",
                "CANCELLED",
                "FAILED",
                "RMA_PENDING",
                "RETURNED",
            ),
        ),
        _TRACKING_NUMBER,
        *p.PAGING,
    ),
    paged=True,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Only the date range and paging are confirmed, and the other filters are guesses.",
        ),
    ),
)
_FULFILLMENT_UPDATE = Endpoint(
    key="/fulfillment/update/",
    path="/fulfillment/update/",
    area=Area.FULFILLMENT,
    label=QT_TRANSLATE_NOOP("Catalog", "Update fulfillment"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Set the shipment status, tracking or return details of an order."
    ),
    kind=EndpointKind.WRITE,
    params=(
        p.ORDER_ID.with_changes(max_length=32),
        p.FULFILLMENT_ID,
        _FULFILLMENT_STATUS,
        _TRACKING_NUMBER,
        Param(
            "dateShipped",
            ParamType.DATE,
            help=QT_TRANSLATE_NOOP("Catalog", "Date the shipment left, in MM/DD/YYYY form."),
        ),
        Param(
            "shipCarrier",
            help=QT_TRANSLATE_NOOP("Catalog", "Carrier of the shipment, such as UPS."),
            max_length=32,
        ),
        Param(
            "shipMethod",
            help=QT_TRANSLATE_NOOP("Catalog", "Shipping method, such as GROUND."),
            max_length=32,
        ),
        Param(
            "rmaNumber",
            help=QT_TRANSLATE_NOOP("Catalog", "Return merchandise authorization (RMA) number."),
            max_length=32,
        ),
        p.REFUND_AMOUNT,
        Param(
            "dateReturned",
            ParamType.DATE,
            help=QT_TRANSLATE_NOOP("Catalog", "Date the return arrived, in MM/DD/YYYY form."),
        ),
    ),
    alternatives=(
        AlternativeGroup(
            ("orderId", "fulfillmentId"),
            QT_TRANSLATE_NOOP("Catalog", "Fill an order ID or a fulfillment ID."),
        ),
    ),
    conditions=(
        Condition("fulfillmentId", (), ("fulfillmentStatus",)),
        Condition("fulfillmentStatus", ("SHIPPED",), ("trackingNumber", "dateShipped")),
        Condition("fulfillmentStatus", ("RMA_PENDING",), ("rmaNumber", "refundAmount")),
        Condition("fulfillmentStatus", ("RETURNED",), ("dateReturned",)),
    ),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _COUPON_QUERY,
    _COUPON_CREATE,
    _COUPON_UPDATE,
    _MEMBERS_QUERY,
    _MEMBERS_UPDATE,
    _MEMBERS_CANCEL,
    _MEMBERS_REACTIVATE,
    _MEMBERS_LOGIN,
    _AFFILIATE_QUERY,
    _AFFILIATE_CREATE,
    _AFFILIATE_UPDATE,
    _FULFILLMENT_QUERY,
    _FULFILLMENT_UPDATE,
)
