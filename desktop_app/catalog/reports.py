"""Report endpoints: MID summary, transaction and order summaries, retention, BINs, projections."""

from __future__ import annotations

from desktop_app.catalog import params as p
from desktop_app.catalog.model import (
    QT_TRANSLATE_NOOP,
    Area,
    Endpoint,
    EndpointKind,
    Param,
    ParamType,
)

_REQUIRED_DATE_RANGE = (
    p.START_DATE.with_changes(required=True),
    p.END_DATE.with_changes(required=True),
)
_SUMMARY_REPORT_TYPE = Param(
    "reportType",
    ParamType.ENUM,
    required=True,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "How the report groups its rows: by date, campaign or product."
    ),
    choices=("date", "campaign", "product"),
)

_MID_SUMMARY = Endpoint(
    key="/reports/mid-summary/",
    path="/reports/mid-summary/",
    area=Area.REPORTS,
    label=QT_TRANSLATE_NOOP("Catalog", "MID summary"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Show sales, declines and refunds per merchant account (MID)."
    ),
    kind=EndpointKind.REPORT,
    params=(
        Param(
            "midId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Merchant account (MID) ID to limit the report to."),
            minimum=1,
        ),
        *p.DATE_RANGE,
        *p.PAGING,
    ),
    paged=True,
)

_TRANSACTIONS_SUMMARY = Endpoint(
    key="/transactions/summary/",
    path="/transactions/summary/",
    area=Area.REPORTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Transaction summary"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Show counts and revenue of sales, rebills, declines and refunds for a period."
    ),
    kind=EndpointKind.REPORT,
    params=(
        *_REQUIRED_DATE_RANGE,
        _SUMMARY_REPORT_TYPE,
        Param(
            "dateRangeType",
            help=QT_TRANSLATE_NOOP("Catalog", "Date that the range filters on, such as txnDate."),
        ),
        p.REPORT_CAMPAIGN_ID,
        Param(
            "campaignProductId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Campaign product ID to limit a product report to."),
            minimum=1,
        ),
        p.REPORT_PRODUCT_ID,
        Param(
            "campaignCategory",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Campaign category ID to limit the report to."),
            minimum=1,
        ),
    ),
    notes=(QT_TRANSLATE_NOOP("Catalog", "The reply is a plain list of rows, without paging."),),
)

_ORDER_SUMMARY = Endpoint(
    key="/order/summary/",
    path="/order/summary/",
    area=Area.REPORTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Order summary"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Show order totals, declines and average ticket for a period."
    ),
    kind=EndpointKind.REPORT,
    params=(*p.DATE_RANGE, _SUMMARY_REPORT_TYPE.with_changes(required=False), p.REPORT_CAMPAIGN_ID),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_RETENTION = Endpoint(
    key="/reports/retention/",
    path="/reports/retention/",
    area=Area.REPORTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Retention"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Show how many subscribers remain at each billing cycle."),
    kind=EndpointKind.REPORT,
    params=(
        Param(
            "reportType",
            ParamType.ENUM,
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "How the report groups its rows: by campaign, traffic source or MID."
            ),
            choices=("campaign", "source", "mid"),
        ),
        p.REPORT_CAMPAIGN_ID,
        p.REPORT_PRODUCT_ID,
        Param(
            "affiliateId",
            help=QT_TRANSLATE_NOOP("Catalog", "Affiliate ID to limit the report to."),
        ),
        Param(
            "callCenterId",
            help=QT_TRANSLATE_NOOP("Catalog", "Call center ID to limit the report to."),
        ),
        Param(
            "maxCycles",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Number of billing cycles the report covers."),
            minimum=1,
        ),
        Param(
            "include",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Extra breakdown of each row: by product, publisher or sub-affiliate."
            ),
            choices=("ByProduct", "ByPublisher", "BySubAff"),
        ),
        *p.DATE_RANGE,
        *p.PAGING,
    ),
    paged=True,
)

_BIN_APPROVALS = Endpoint(
    key="/reports/bin-approvals/",
    path="/reports/bin-approvals/",
    area=Area.REPORTS,
    label=QT_TRANSLATE_NOOP("Catalog", "BIN approvals"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Show approval rates per card BIN."),
    kind=EndpointKind.REPORT,
    params=(
        *p.DATE_RANGE,
        p.CARD_BIN,
        p.MERCHANT_ID,
        Param(
            "midId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Merchant account (MID) ID to limit the report to."),
            minimum=1,
        ),
        p.REPORT_CAMPAIGN_ID,
    ),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_PROJECTED_BILLING = Endpoint(
    key="/reports/projected-billing/",
    path="/reports/projected-billing/",
    area=Area.REPORTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Projected billing"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Forecast the count and revenue of upcoming rebills per day."
    ),
    kind=EndpointKind.REPORT,
    params=(
        *_REQUIRED_DATE_RANGE,
        Param(
            "reportType",
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "How the report groups its rows, where campaign is the only value seen in use.",
            ),
            default="campaign",
        ),
        *(
            Param(
                name,
                ParamType.INTEGER,
                help=QT_TRANSLATE_NOOP(
                    "Catalog", "Expected share of subscribers lost at this cycle, in percent."
                ),
                minimum=0,
                maximum=100,
            )
            for name in (
                "cycle1Attrition",
                "cycle2Attrition",
                "cycle3Attrition",
                "cycle4PlusAttrition",
            )
        ),
    ),
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "The date range lies in the future. Revenue in the reply is formatted text such as "
            "$1,234.00.",
        ),
    ),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _MID_SUMMARY,
    _TRANSACTIONS_SUMMARY,
    _ORDER_SUMMARY,
    _RETENTION,
    _BIN_APPROVALS,
    _PROJECTED_BILLING,
)
