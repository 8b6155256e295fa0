"""Purchase (subscription) endpoints: query, update, cancel, pause and refund."""

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

_PURCHASE_ID = p.PURCHASE_ID.with_changes(required=True)

_PURCHASE_QUERY = Endpoint(
    key="/purchase/query/",
    path="/purchase/query/",
    area=Area.PURCHASES,
    label=QT_TRANSLATE_NOOP("Catalog", "Query purchases"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Search subscriptions by purchase, order, customer or date range."
    ),
    kind=EndpointKind.QUERY,
    params=(
        p.PURCHASE_ID,
        p.ORDER_ID,
        p.CUSTOMER_ID,
        *p.DATE_RANGE,
        p.DATE_RANGE_TYPE,
        p.FIRST_NAME,
        p.LAST_NAME,
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER,
        Param(
            "status",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP("Catalog", "Status of the subscriptions to list."),
            choices=("ACTIVE", "CANCELLED", "TRIAL", "PAUSED", "INACTIVE"),
        ),
        *p.PAGING,
    ),
    alternatives=(
        AlternativeGroup(
            ("purchaseId", "orderId", "customerId", "startDate"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fill a purchase ID, an order ID, a customer ID, or a start and end date. Some "
                "integrations send a date range with a customer ID as well.",
            ),
        ),
    ),
    paged=True,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "The status filter values are the ones seen in replies, and no source confirms "
            "that the API filters on them.",
        ),
    ),
)

_PURCHASE_UPDATE = Endpoint(
    key="/purchase/update/",
    path="/purchase/update/",
    area=Area.PURCHASES,
    label=QT_TRANSLATE_NOOP("Catalog", "Update purchase"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog",
        "Change the price, schedule or merchant account of a subscription, or restart it.",
    ),
    kind=EndpointKind.WRITE,
    params=(
        _PURCHASE_ID,
        Param(
            "reactivate",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to restart a cancelled or inactive subscription."),
        ),
        Param(
            "status",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP("Catalog", "Recycle status to set on the subscription."),
            choices=("RECYCLE_BILLING", "RECYCLE_FAILED"),
        ),
        Param(
            "billNow",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to bill the next cycle now."),
        ),
        Param(
            "newMerchantId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "ID of the merchant account (MID) that bills future cycles."
            ),
            minimum=1,
        ),
        Param(
            "price",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Price of the next rebills, a plain decimal such as 39.95."
            ),
            minimum=0,
        ),
        Param(
            "shippingPrice",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Shipping price of the next rebills, a plain decimal."
            ),
            minimum=0,
        ),
        Param(
            "nextBillDate",
            ParamType.DATE,
            help=QT_TRANSLATE_NOOP("Catalog", "Date of the next rebill in MM/DD/YYYY form."),
        ),
        Param(
            "billingIntervalDays",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Number of days between rebills."),
            minimum=1,
        ),
        Param(
            "finalBillingCycle",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Number of the last billing cycle before the subscription ends."
            ),
            minimum=1,
        ),
    ),
)

_PURCHASE_CANCEL = Endpoint(
    key="/purchase/cancel/",
    path="/purchase/cancel/",
    area=Area.PURCHASES,
    label=QT_TRANSLATE_NOOP("Catalog", "Cancel purchase"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Cancel a subscription."),
    kind=EndpointKind.CANCEL,
    params=(
        _PURCHASE_ID,
        p.CANCEL_REASON.with_changes(required=True),
        p.FULL_REFUND,
        p.AFTER_NEXT_BILL,
        Param(
            "cancelFulfillment",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to cancel a shipment that has not gone out yet."),
        ),
    ),
)

_PURCHASE_PAUSE = Endpoint(
    key="/purchase/pause/",
    path="/purchase/pause/",
    area=Area.PURCHASES,
    label=QT_TRANSLATE_NOOP("Catalog", "Pause purchase"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Pause a subscription until a restart date."),
    kind=EndpointKind.WRITE,
    params=(
        _PURCHASE_ID,
        Param(
            "restartDate",
            ParamType.DATE,
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Date the subscription restarts, in MM/DD/YYYY form."
            ),
        ),
        Param(
            "priorToNextBill",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to pause before the next rebill runs."),
        ),
    ),
)

_PURCHASE_REFUND = Endpoint(
    key="/purchase/refund/",
    path="/purchase/refund/",
    area=Area.PURCHASES,
    label=QT_TRANSLATE_NOOP("Catalog", "Refund purchase"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Refund all or part of a subscription charge."),
    kind=EndpointKind.REFUND,
    params=(_PURCHASE_ID, p.FULL_REFUND, p.REFUND_AMOUNT),
    alternatives=(p.FULL_OR_PARTIAL_REFUND,),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _PURCHASE_QUERY,
    _PURCHASE_UPDATE,
    _PURCHASE_CANCEL,
    _PURCHASE_PAUSE,
    _PURCHASE_REFUND,
)
