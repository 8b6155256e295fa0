"""Card and bank-account parameters shared by the order, upsell and card-update endpoints.

``params`` re-exports every name defined here, so endpoint modules refer to them as
``params.CARD_NUMBER`` like the other shared parameters.
"""

from __future__ import annotations

from desktop_app.catalog.model import QT_TRANSLATE_NOOP, Condition, Param, ParamType

# Cards and payment.
CARD_NUMBER = Param(
    "cardNumber",
    ParamType.CARD_NUMBER,
    help=QT_TRANSLATE_NOOP("Catalog", "Card number of 12 to 19 digits, typed without spaces."),
    max_length=19,
)
CARD_MONTH = Param(
    "cardMonth",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Card expiry month, from 1 to 12."),
    minimum=1,
    maximum=12,
    max_length=2,
)
CARD_YEAR = Param(
    "cardYear",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Card expiry year in four digits, such as 2028."),
    minimum=2000,
    maximum=2099,
)
CARD_SECURITY_CODE = Param(
    "cardSecurityCode",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Card security code (CVV) of 3 or 4 digits."),
    minimum=0,
    max_length=4,
    secret=True,
)
CARD_EXPIRY_DATE = Param(
    "cardExpiryDate",
    help=QT_TRANSLATE_NOOP("Catalog", "Card expiry date in MM/YY or MM/YYYY form."),
    max_length=7,
)
CARD_BIN = Param(
    "cardBin",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "First six digits of the card number (BIN)."),
    minimum=0,
    max_length=6,
)
PAY_SOURCE_ID = Param(
    "paySourceId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "ID of a payment method stored on the customer, a whole number."
    ),
    minimum=1,
)
ACH_ACCOUNT_TYPE = Param(
    "achAccountType",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP("Catalog", "Type of the bank account charged by ACH."),
    choices=("CHECKING", "SAVINGS"),
)
ACH_ROUTING_NUMBER = Param(
    "achRoutingNumber",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Nine-digit bank routing number."),
    minimum=0,
    max_length=9,
)
ACH_ACCOUNT_NUMBER = Param(
    "achAccountNumber",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Bank account number, digits only."),
    minimum=0,
    secret=True,
)
# The required card fields when paySource is CREDITCARD, and bank fields when it is CHECK.
CARD_REQUIRED = Condition(
    "paySource", ("CREDITCARD",), ("cardNumber", "cardMonth", "cardYear", "cardSecurityCode")
)
ACH_REQUIRED = Condition(
    "paySource", ("CHECK",), ("achAccountType", "achRoutingNumber", "achAccountNumber")
)
