"""Order endpoints in tree order, taking the ones that create orders from ``order_import``."""

from __future__ import annotations

from desktop_app.catalog import params as p
from desktop_app.catalog.model import (
    QT_TRANSLATE_NOOP,
    AlternativeGroup,
    Area,
    Endpoint,
    EndpointKind,
    Param,
    ParamType,
)
from desktop_app.catalog.order_import import ORDER_IMPORT, ORDER_PREAUTH, UPSALE_IMPORT

_ORDER_ID = p.ORDER_ID.with_changes(required=True)
_CAMPAIGN_ID = p.CAMPAIGN_ID.with_changes(required=True)

_ORDER_STATUS = Param(
    "orderStatus",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP("Catalog", "Status of the orders to list."),
    choices=("COMPLETE", "PARTIAL", "DECLINED", "REFUNDED", "CANCELLED", "COD_PENDING"),
)
_ORDER_TYPE = Param(
    "orderType",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Kind of the orders to list: a new sale, a rebill or a chargeback."
    ),
    choices=("NEW_SALE", "REBILL", "CHARGEBACK"),
)
_UTM_FILTERS = tuple(
    Param(
        name,
        help=QT_TRANSLATE_NOOP("Catalog", "UTM value to match exactly, case-sensitive."),
    )
    for name in ("UTMSource", "UTMMedium", "UTMCampaign", "UTMTerm", "UTMContent")
)

_ORDER_QUERY = Endpoint(
    key="/order/query/",
    path="/order/query/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query orders"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Search orders by id, customer, contact details or date range."
    ),
    kind=EndpointKind.QUERY,
    params=(
        p.ORDER_ID,
        p.CUSTOMER_ID,
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER,
        *p.DATE_RANGE,
        p.DATE_RANGE_TYPE,
        _ORDER_STATUS,
        _ORDER_TYPE,
        p.CAMPAIGN_ID,
        Param(
            "isDeclineSave",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "1 to list only orders that a call center saved after a decline."
            ),
        ),
        *p.BILLING_NAME_ADDRESS,
        p.IP_ADDRESS,
        *_UTM_FILTERS,
        Param(
            "includeCustomFields",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "1 to add the account's custom fields to each order."
            ),
        ),
        Param(
            "includeBrowserDetails",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to add a browserDetails object to each order."),
        ),
        Param(
            "showExternal",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "1 to include orders that came from external sources."
            ),
        ),
        p.SORT_DIR,
        *p.PAGING,
    ),
    alternatives=(
        AlternativeGroup(
            ("orderId", "customerId", "emailAddress", "phoneNumber", "startDate"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fill an order ID, a customer ID, an email address, a phone number or a date "
                "range. The live API may also want a date range with an email address or phone "
                "number.",
            ),
        ),
    ),
    paged=True,
)

_ORDER_UPDATE = Endpoint(
    key="/order/update/",
    path="/order/update/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update order"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the billing or shipping details of an order."),
    kind=EndpointKind.WRITE,
    params=(_ORDER_ID, *p.BILLING_CONTACT, *p.SHIPPING_ADDRESS, *p.CUSTOM_FIELDS),
    verified=False,
)

_ORDER_REFUND = Endpoint(
    key="/order/refund/",
    path="/order/refund/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Refund order"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Refund all or part of an order."),
    kind=EndpointKind.REFUND,
    params=(_ORDER_ID, p.FULL_REFUND, p.REFUND_AMOUNT, p.REFUND_REASON),
    alternatives=(p.FULL_OR_PARTIAL_REFUND,),
)

_ORDER_CANCEL = Endpoint(
    key="/order/cancel/",
    path="/order/cancel/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Cancel order"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Cancel an order and its continuing subscriptions."),
    kind=EndpointKind.CANCEL,
    params=(
        _ORDER_ID,
        p.CANCEL_REASON.with_changes(required=True),
        p.FULL_REFUND,
        p.AFTER_NEXT_BILL,
    ),
)

_ORDER_CONFIRM = Endpoint(
    key="/order/confirm/",
    path="/order/confirm/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Confirm order"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog",
        "Mark an order's checkout as finished, which sends its confirmation email and postbacks.",
    ),
    kind=EndpointKind.WRITE,
    params=(_ORDER_ID,),
)

_ORDER_RERUN = Endpoint(
    key="/order/rerun/",
    path="/order/rerun/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Rerun declined sale"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Charge a declined new sale again."),
    kind=EndpointKind.WRITE,
    params=(
        _ORDER_ID,
        Param(
            "forceBillerId",
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "ID of the merchant account (MID) to charge through.",
            ),
            max_length=30,
        ),
        Param(
            "forceLoadBalancerId",
            help=QT_TRANSLATE_NOOP("Catalog", "ID of the load balancer to charge through."),
            max_length=30,
        ),
    ),
)

_ORDER_QA = Endpoint(
    key="/order/qa/",
    path="/order/qa/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Approve or decline QA"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Approve or decline an order held in the QA queue."),
    kind=EndpointKind.WRITE,
    params=(
        _ORDER_ID,
        Param(
            "action",
            ParamType.ENUM,
            required=True,
            help=QT_TRANSLATE_NOOP("Catalog", "Decision for the held order."),
            choices=("APPROVE", "DECLINE"),
        ),
    ),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _ORDER_QUERY,
    ORDER_IMPORT,
    ORDER_PREAUTH,
    _ORDER_UPDATE,
    _ORDER_REFUND,
    _ORDER_CANCEL,
    _ORDER_CONFIRM,
    _ORDER_RERUN,
    _ORDER_QA,
    UPSALE_IMPORT,
)
