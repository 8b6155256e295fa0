"""Product and campaign endpoints.

Only ``/product/query/`` (its productId filter) and ``/campaign/query/`` have parameters
confirmed by public client code. The create and update forms carry guessed names.
"""

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

_PRODUCT_NAME = Param(
    "productName",
    help=QT_TRANSLATE_NOOP("Catalog", "Name of the product."),
)
_PRODUCT_SKU = Param(
    "productSku",
    help=QT_TRANSLATE_NOOP("Catalog", "Stock keeping unit (SKU) of the product."),
)
_PRODUCT_TYPE = Param(
    "productType",
    help=QT_TRANSLATE_NOOP("Catalog", "Type of the product, such as OFFER or UPSALE."),
)
_PRODUCT_FIELDS = (
    _PRODUCT_NAME,
    _PRODUCT_SKU,
    Param(
        "productPrice",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP("Catalog", "Price of the product, a plain decimal such as 39.95."),
        minimum=0,
    ),
    Param(
        "productCost",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP("Catalog", "Cost of the product to the merchant, a plain decimal."),
        minimum=0,
    ),
    Param(
        "shippingPrice",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP("Catalog", "Shipping price of the product, a plain decimal."),
        minimum=0,
    ),
    Param(
        "productCategory",
        help=QT_TRANSLATE_NOOP("Catalog", "Category name of the product."),
    ),
    Param(
        "categoryId",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Category ID of the product, a whole number."),
        minimum=1,
    ),
    _PRODUCT_TYPE,
)

_CAMPAIGN_NAME = Param(
    "campaignName",
    help=QT_TRANSLATE_NOOP("Catalog", "Name of the campaign."),
    max_length=30,
)
_CAMPAIGN_TYPE = Param(
    "campaignType",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP("Catalog", "Sales channel of the campaign."),
    choices=("PHONE", "ECOMMERCE", "LANDER"),
)
_CAMPAIGN_FIELDS = (
    _CAMPAIGN_NAME,
    _CAMPAIGN_TYPE,
    Param(
        "currency",
        help=QT_TRANSLATE_NOOP("Catalog", "Three-letter ISO 4217 currency code, such as USD."),
        max_length=3,
    ),
    Param(
        "countries",
        help=QT_TRANSLATE_NOOP(
            "Catalog", "Two-letter country codes the campaign sells to, separated by commas."
        ),
    ),
)

_PRODUCT_QUERY = Endpoint(
    key="/product/query/",
    path="/product/query/",
    area=Area.PRODUCTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query products"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List products, or look one up by its ID."),
    kind=EndpointKind.QUERY,
    params=(
        p.PRODUCT_ID,
        p.CAMPAIGN_ID,
        _PRODUCT_NAME,
        _PRODUCT_SKU,
        _PRODUCT_TYPE,
    ),
    verified=False,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Only the productId filter is confirmed. The reply lists products in an object keyed "
            "by product ID, without paging.",
        ),
    ),
)

_PRODUCT_CREATE = Endpoint(
    key="/product/create/",
    path="/product/create/",
    area=Area.PRODUCTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Create product"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Create a product."),
    kind=EndpointKind.WRITE,
    params=(_PRODUCT_NAME.with_changes(required=True), *_PRODUCT_FIELDS[1:]),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_PRODUCT_UPDATE = Endpoint(
    key="/product/update/",
    path="/product/update/",
    area=Area.PRODUCTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update product"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the details of a product."),
    kind=EndpointKind.WRITE,
    params=(p.PRODUCT_ID.with_changes(required=True), *_PRODUCT_FIELDS),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_CAMPAIGN_QUERY = Endpoint(
    key="/campaign/query/",
    path="/campaign/query/",
    area=Area.CAMPAIGNS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query campaigns"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List campaigns with their products and settings."),
    kind=EndpointKind.QUERY,
    params=(p.CAMPAIGN_ID, _CAMPAIGN_NAME, _CAMPAIGN_TYPE, *p.DATE_RANGE, *p.PAGING),
    paged=True,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Some client libraries send a date range unless a campaign ID is given, so add one if "
            "the API rejects the query.",
        ),
    ),
)

_CAMPAIGN_CREATE = Endpoint(
    key="/campaign/create/",
    path="/campaign/create/",
    area=Area.CAMPAIGNS,
    label=QT_TRANSLATE_NOOP("Catalog", "Create campaign"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Create a campaign."),
    kind=EndpointKind.WRITE,
    params=(_CAMPAIGN_NAME.with_changes(required=True), *_CAMPAIGN_FIELDS[1:]),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_CAMPAIGN_UPDATE = Endpoint(
    key="/campaign/update/",
    path="/campaign/update/",
    area=Area.CAMPAIGNS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update campaign"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the details of a campaign."),
    kind=EndpointKind.WRITE,
    params=(p.CAMPAIGN_ID.with_changes(required=True), *_CAMPAIGN_FIELDS),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _PRODUCT_QUERY,
    _PRODUCT_CREATE,
    _PRODUCT_UPDATE,
    _CAMPAIGN_QUERY,
    _CAMPAIGN_CREATE,
    _CAMPAIGN_UPDATE,
)
