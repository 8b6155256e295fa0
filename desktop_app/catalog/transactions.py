"""Transaction endpoints: query, refund, chargeback update and chargeback data."""

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

_TRANSACTION_ID = p.TRANSACTION_ID.with_changes(required=True)

_START_TIME = Param(
    "startTime",
    ParamType.TIME,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Time of day on the start date in 24-hour HH:mm form, such as 08:30."
    ),
)
_END_TIME = Param(
    "endTime",
    ParamType.TIME,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Time of day on the end date in 24-hour HH:mm form, such as 17:45."
    ),
)
# A time narrows its date, so it needs that date.
_TIME_NEEDS_DATE = (
    Condition("startTime", (), ("startDate",)),
    Condition("endTime", (), ("endDate",)),
)

_TRANSACTIONS_QUERY = Endpoint(
    key="/transactions/query/",
    path="/transactions/query/",
    area=Area.TRANSACTIONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query transactions"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Search card and bank transactions by order, purchase, customer or date range."
    ),
    kind=EndpointKind.QUERY,
    params=(
        p.ORDER_ID,
        p.PURCHASE_ID,
        p.CUSTOMER_ID,
        *p.DATE_RANGE,
        p.DATE_RANGE_TYPE,
        p.TRANSACTION_ID,
        Param(
            "txnType",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP("Catalog", "Kind of transaction to list."),
            choices=("SALE", "AUTHORIZE", "CAPTURE", "VOID", "REFUND", "CHARGEBACK"),
        ),
        Param(
            "responseType",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "Outcome of the transactions to list: approved, hard decline or soft decline.",
            ),
            choices=("SUCCESS", "HARD_DECLINE", "SOFT_DECLINE"),
        ),
        Param(
            "paySource",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP("Catalog", "Payment method of the transactions to list."),
            choices=("CREDITCARD", "CHECK", "PREPAID"),
        ),
        Param(
            "merchantTxnId",
            help=QT_TRANSLATE_NOOP("Catalog", "Transaction ID assigned by the payment processor."),
            max_length=32,
        ),
        p.MERCHANT_ID,
        Param(
            "cardLast4",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Last four digits of the card number."),
            minimum=0,
            max_length=4,
        ),
        p.CARD_BIN,
        p.ACH_ACCOUNT_NUMBER.with_changes(
            help=QT_TRANSLATE_NOOP("Catalog", "Last four digits of the bank account number."),
            max_length=4,
            secret=False,
        ),
        p.ACH_ROUTING_NUMBER,
        Param(
            "isChargedback",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "1 to list only transactions with a chargeback, 0 for the rest."
            ),
        ),
        *p.BILLING_CONTACT,
        p.AFF_ID.with_changes(max_length=20),
        p.CAMPAIGN_ID,
        p.SORT_DIR,
        *p.PAGING,
    ),
    alternatives=(
        AlternativeGroup(
            ("orderId", "purchaseId", "customerId", "startDate"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fill an order ID, a purchase ID, a customer ID, or a start and end date.",
            ),
        ),
    ),
    paged=True,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "The API ignores an orderType filter here, so use billingCycleNumber in the results to "
            "tell new sales from rebills.",
        ),
    ),
)

_TRANSACTIONS_REFUND = Endpoint(
    key="/transactions/refund/",
    path="/transactions/refund/",
    area=Area.TRANSACTIONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Refund transaction"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Refund all or part of one transaction."),
    kind=EndpointKind.REFUND,
    params=(
        _TRANSACTION_ID,
        p.FULL_REFUND,
        p.REFUND_AMOUNT,
        Param(
            "cancelPurchase",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "1 to cancel the subscription of the transaction as well."
            ),
        ),
        Param(
            "externalRefund",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "1 to record a refund made outside Konnektive without calling the processor.",
            ),
        ),
        Param(
            "refundMerchantTxnId",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Processor transaction ID of a refund made outside Konnektive."
            ),
            max_length=500,
        ),
        p.REFUND_REASON,
    ),
    alternatives=(p.FULL_OR_PARTIAL_REFUND,),
)

_TRANSACTIONS_UPDATE = Endpoint(
    key="/transactions/update",
    path="/transactions/update",
    area=Area.TRANSACTIONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update chargeback"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Record a chargeback on a transaction, or undo one."),
    kind=EndpointKind.WRITE,
    params=(
        _TRANSACTION_ID,
        Param(
            "markChargeback",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to record or update a chargeback."),
        ),
        Param(
            "revertChargeback",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to undo a recorded chargeback."),
        ),
        Param(
            "chargebackAmount",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Amount of the chargeback, a plain decimal such as 19.99."
            ),
            minimum=0,
        ),
        Param(
            "chargebackDate",
            ParamType.DATE,
            help=QT_TRANSLATE_NOOP("Catalog", "Date of the chargeback in MM/DD/YYYY form."),
        ),
        Param(
            "chargebackReasonCode",
            help=QT_TRANSLATE_NOOP("Catalog", "Reason code of the card network, such as 10.4."),
            max_length=10,
        ),
        Param(
            "chargebackNote",
            help=QT_TRANSLATE_NOOP("Catalog", "Free note about the chargeback."),
            max_length=500,
        ),
    ),
    alternatives=(
        AlternativeGroup(
            ("markChargeback", "revertChargeback"),
            QT_TRANSLATE_NOOP("Catalog", "Set markChargeback or revertChargeback to 1."),
        ),
    ),
    conditions=(
        Condition(
            "markChargeback",
            ("1",),
            ("chargebackAmount", "chargebackDate", "chargebackReasonCode", "chargebackNote"),
        ),
    ),
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "This path is sent without a trailing slash. Client libraries send "
            "/transactions/update/, so try that path as a raw request if this one fails.",
        ),
    ),
)

_CBDATA_QUERY = Endpoint(
    key="/cbdata/query/",
    path="/cbdata/query/",
    area=Area.TRANSACTIONS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query chargeback data"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Search chargeback and composite transaction data."),
    kind=EndpointKind.QUERY,
    params=(
        p.TRANSACTION_ID,
        *p.DATE_RANGE,
        _START_TIME,
        _END_TIME,
        p.DATE_RANGE_TYPE,
        *p.PAGING,
    ),
    alternatives=(
        AlternativeGroup(
            ("transactionId", "startDate"),
            QT_TRANSLATE_NOOP("Catalog", "Fill a transaction ID, or a start and end date."),
        ),
    ),
    conditions=_TIME_NEEDS_DATE,
    paged=True,
)

_CBDATA_LIST = Endpoint(
    key="/cbdata/list/",
    path="/cbdata/list/",
    area=Area.TRANSACTIONS,
    label=QT_TRANSLATE_NOOP("Catalog", "List chargeback data"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List chargeback data records."),
    kind=EndpointKind.QUERY,
    params=(*p.DATE_RANGE, _START_TIME, _END_TIME, p.DATE_RANGE_TYPE, *p.PAGING),
    conditions=_TIME_NEEDS_DATE,
    verified=False,
    paged=True,
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _TRANSACTIONS_QUERY,
    _TRANSACTIONS_REFUND,
    _TRANSACTIONS_UPDATE,
    _CBDATA_QUERY,
    _CBDATA_LIST,
)
