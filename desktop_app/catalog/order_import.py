"""Endpoints that create orders: order import, card preauthorization and upsell import."""

from __future__ import annotations

from desktop_app.catalog import params as p
from desktop_app.catalog.model import (
    QT_TRANSLATE_NOOP,
    Area,
    Endpoint,
    EndpointKind,
    Param,
    ParamType,
    ProductLines,
)

_PRODUCT_LINE_FIELDS = (
    Param(
        "id",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Campaign product ID of this line, a whole number."),
        minimum=1,
    ),
    Param(
        "qty",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Quantity of this line, or empty for 1."),
        minimum=1,
    ),
    Param(
        "price",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "Unit price that replaces the campaign price, a plain decimal."
        ),
        minimum=0,
    ),
    Param(
        "shipPrice",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "Shipping price that replaces the campaign one, a plain decimal."
        ),
        minimum=0,
    ),
)

ORDER_IMPORT = Endpoint(
    key="/order/import/",
    path="/order/import/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Import order"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Create and charge a new order, or complete an order started by a lead import."
    ),
    kind=EndpointKind.WRITE,
    params=(
        p.ORDER_ID.with_changes(
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "Order ID from an earlier lead import, which lets the address fields stay empty.",
            )
        ),
        p.SESSION_ID,
        p.CUSTOMER_ID.with_changes(
            help=QT_TRANSLATE_NOOP(
                "Catalog", "ID of an existing customer, used with the ACCTONFILE pay source."
            )
        ),
        p.CAMPAIGN_ID.with_changes(required=True),
        *p.BILLING_CONTACT,
        p.IP_ADDRESS,
        p.BILL_SHIP_SAME,
        *p.SHIPPING_ADDRESS,
        Param(
            "paySource",
            ParamType.ENUM,
            required=True,
            help=QT_TRANSLATE_NOOP("Catalog", "How the customer pays."),
            choices=(
                "CREDITCARD",
                "CHECK",
                "ACCTONFILE",
                "PREPAID",
                "COD",
                "DIRECTDEBIT",
                "PAYPAL",
                "AMAZON",
                "APPLEPAY",
                "GOOGLEPAY",
            ),
        ),
        p.CARD_NUMBER,
        p.CARD_MONTH,
        p.CARD_YEAR,
        p.CARD_SECURITY_CODE,
        p.ACH_ACCOUNT_TYPE,
        p.ACH_ROUTING_NUMBER,
        p.ACH_ACCOUNT_NUMBER,
        p.PAY_SOURCE_ID,
        p.COUPON_CODE,
        Param(
            "shipProfileId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Shipping profile ID, a whole number."),
            minimum=1,
        ),
        Param(
            "salesTax",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Sales tax amount that replaces the computed one, a plain decimal."
            ),
            minimum=0,
        ),
        Param(
            "forceMerchantId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "ID of the merchant account (MID) that must process the charge."
            ),
            minimum=1,
        ),
        Param(
            "preAuthBillerId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Merchant account (MID) ID of an earlier preauthorization to capture."
            ),
            minimum=1,
        ),
        Param(
            "preAuthMerchantTxnId",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Processor transaction ID of an earlier preauthorization to capture."
            ),
        ),
        Param(
            "forceQA",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to hold the order in the QA queue."),
        ),
        Param(
            "insureShipment",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP("Catalog", "1 to add shipping insurance."),
        ),
        Param(
            "salesUrl",
            ParamType.URL,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Address of the checkout page, starting with https://."
            ),
            max_length=300,
        ),
        p.AFF_ID,
        *p.source_values(5, max_length=200),
        *p.CUSTOM_FIELDS,
        p.DISABLE_CUSTOMER_DEDUP,
        Param(
            "redirectsTo",
            ParamType.URL,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Address the bank sends the shopper to after a passed 3-D Secure check."
            ),
            max_length=300,
        ),
        Param(
            "errorRedirectsTo",
            ParamType.URL,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Address the bank sends the shopper to after a failed 3-D Secure check."
            ),
            max_length=300,
        ),
        Param(
            "eci",
            help=QT_TRANSLATE_NOOP("Catalog", "ECI code of a 3-D Secure check done elsewhere."),
            max_length=200,
        ),
        Param(
            "xid",
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "Transaction id (XID or dsTransId) of a 3-D Secure check done elsewhere.",
            ),
            max_length=200,
        ),
        Param(
            "cavv",
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "Authentication value (CAVV) of a 3-D Secure check done elsewhere.",
            ),
            max_length=200,
        ),
        Param(
            "rebill_eci",
            help=QT_TRANSLATE_NOOP("Catalog", "ECI code for the rebill charge."),
        ),
        Param(
            "rebill_xid",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "3-D Secure transaction id (XID) for the rebill charge."
            ),
        ),
        Param(
            "rebill_cavv",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "3-D Secure authentication value (CAVV) for the rebill charge."
            ),
        ),
        Param(
            "acsTransId",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "ACS transaction id from a PAAY 3-D Secure authentication."
            ),
        ),
        Param(
            "threeDsStatus",
            help=QT_TRANSLATE_NOOP("Catalog", "3-D Secure result status letter, such as Y or A."),
        ),
        Param(
            "browserData",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Browser details of the shopper as sent by the checkout page."
            ),
        ),
    ),
    product_lines=ProductLines(fields=_PRODUCT_LINE_FIELDS, required_lines=1),
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Without an order ID from a lead import, the API needs the billing name, address, "
            "email address, phone number and IP address.",
        ),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "A reply with result MERC_REDIRECT means the bank wants a 3-D Secure step first.",
        ),
    ),
    conditions=(p.CARD_REQUIRED, p.ACH_REQUIRED, p.SHIPPING_REQUIRED),
)

ORDER_PREAUTH = Endpoint(
    key="/order/preauth/",
    path="/order/preauth/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Preauthorize card"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Authorize a card for a lead without capturing the money."
    ),
    kind=EndpointKind.WRITE,
    params=(
        p.CUSTOMER_ID.with_changes(required=True),
        p.ORDER_ID.with_changes(required=True, max_length=20),
        Param(
            "paySource",
            ParamType.ENUM,
            required=True,
            help=QT_TRANSLATE_NOOP("Catalog", "How the customer pays."),
            choices=("CREDITCARD",),
            default="CREDITCARD",
        ),
        p.CARD_NUMBER.with_changes(required=True),
        p.CARD_EXPIRY_DATE.with_changes(required=True),
        p.CARD_SECURITY_CODE.with_changes(required=True),
        p.CAMPAIGN_ID,
        *p.BILLING_CONTACT,
        p.IP_ADDRESS,
    ),
)

UPSALE_IMPORT = Endpoint(
    key="/upsale/import/",
    path="/upsale/import/",
    area=Area.ORDERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Import upsell"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Add an upsell to an existing order and charge the stored payment method."
    ),
    kind=EndpointKind.WRITE,
    params=(
        p.ORDER_ID.with_changes(required=True, max_length=32),
        p.SESSION_ID,
        p.PRODUCT_ID.with_changes(
            help=QT_TRANSLATE_NOOP("Catalog", "Campaign product ID of the upsell, a whole number.")
        ),
        Param(
            "productQty",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Quantity of the upsell product."),
            minimum=1,
        ),
        Param(
            "productPrice",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Unit price that replaces the campaign price, a plain decimal."
            ),
            minimum=0,
        ),
        Param(
            "productShipPrice",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Shipping price that replaces the campaign one, a plain decimal."
            ),
            minimum=0,
        ),
        Param(
            "productSalesTax",
            ParamType.MONEY,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Sales tax amount that replaces the computed one, a plain decimal."
            ),
            minimum=0,
        ),
        Param(
            "replaceProductId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Product ID of an earlier offer on the order that this upsell replaces."
            ),
            minimum=1,
        ),
        p.CAMPAIGN_ID,
        Param(
            "customDescriptor",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Billing descriptor shown on the card statement for this charge."
            ),
        ),
        ORDER_IMPORT.param("cavv"),
        ORDER_IMPORT.param("eci"),
        ORDER_IMPORT.param("errorRedirectsTo"),
    ),
    product_lines=ProductLines(fields=_PRODUCT_LINE_FIELDS),
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Give the upsell either as productId with productQty and the price fields, or as "
            "numbered product lines. Working integrations use both forms, so fill only one.",
        ),
    ),
)
