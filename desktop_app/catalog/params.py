"""Parameter definitions shared by several Konnektive endpoints.

Endpoint modules reuse these objects, or adapt one with ``Param.with_changes``, so that
the same value carries the same help text everywhere. Length limits are the ones the
public Konnektive client libraries check before sending.
"""

from __future__ import annotations

from desktop_app.catalog.model import (
    QT_TRANSLATE_NOOP,
    AlternativeGroup,
    Condition,
    Param,
    ParamType,
)
from desktop_app.catalog.payment_params import (
    ACH_ACCOUNT_NUMBER as ACH_ACCOUNT_NUMBER,
)
from desktop_app.catalog.payment_params import (
    ACH_ACCOUNT_TYPE as ACH_ACCOUNT_TYPE,
)
from desktop_app.catalog.payment_params import (
    ACH_REQUIRED as ACH_REQUIRED,
)
from desktop_app.catalog.payment_params import (
    ACH_ROUTING_NUMBER as ACH_ROUTING_NUMBER,
)
from desktop_app.catalog.payment_params import (
    CARD_BIN as CARD_BIN,
)
from desktop_app.catalog.payment_params import (
    CARD_EXPIRY_DATE as CARD_EXPIRY_DATE,
)
from desktop_app.catalog.payment_params import (
    CARD_MONTH as CARD_MONTH,
)
from desktop_app.catalog.payment_params import (  # re-exported for the endpoint modules
    CARD_NUMBER as CARD_NUMBER,
)
from desktop_app.catalog.payment_params import (
    CARD_REQUIRED as CARD_REQUIRED,
)
from desktop_app.catalog.payment_params import (
    CARD_SECURITY_CODE as CARD_SECURITY_CODE,
)
from desktop_app.catalog.payment_params import (
    CARD_YEAR as CARD_YEAR,
)
from desktop_app.catalog.payment_params import (
    PAY_SOURCE_ID as PAY_SOURCE_ID,
)

# Record ids.
ORDER_ID = Param(
    "orderId",
    ParamType.ID,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Order ID, the alphanumeric id of an order such as 7B83FF8095."
    ),
    max_length=30,
)
CUSTOMER_ID = Param(
    "customerId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Customer ID, a whole number."),
    minimum=1,
)
CAMPAIGN_ID = Param(
    "campaignId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Campaign ID, a whole number."),
    minimum=1,
)
PRODUCT_ID = Param(
    "productId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Product ID, a whole number."),
    minimum=1,
)
PURCHASE_ID = Param(
    "purchaseId",
    ParamType.ID,
    help=QT_TRANSLATE_NOOP("Catalog", "Purchase (subscription) ID, an alphanumeric id."),
    max_length=30,
)
TRANSACTION_ID = Param(
    "transactionId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Konnektive transaction ID, a whole number."),
    minimum=1,
)
MERCHANT_ID = Param(
    "merchantId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Konnektive merchant account (MID) ID, a whole number."),
    minimum=1,
)
CLUB_ID = Param(
    "clubId",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Membership club ID, a whole number."),
    minimum=1,
)
MEMBER_ID = Param(
    "memberId",
    ParamType.ID,
    help=QT_TRANSLATE_NOOP("Catalog", "Club member ID, an alphanumeric id."),
    max_length=32,
)
FULFILLMENT_ID = Param(
    "fulfillmentId",
    ParamType.ID,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Fulfillment ID, as listed under fulfillments in an order query reply."
    ),
    max_length=32,
)
SESSION_ID = Param(
    "sessionId",
    help=QT_TRANSLATE_NOOP("Catalog", "Session ID returned by an earlier click import."),
    max_length=40,
)
AFF_ID = Param(
    "affId",
    help=QT_TRANSLATE_NOOP("Catalog", "Affiliate code (affId)."),
    max_length=10,
)

# Billing name, address and contact.
FIRST_NAME = Param(
    "firstName",
    help=QT_TRANSLATE_NOOP("Catalog", "First name."),
    max_length=30,
)
LAST_NAME = Param(
    "lastName",
    help=QT_TRANSLATE_NOOP("Catalog", "Last name."),
    max_length=30,
)
COMPANY_NAME = Param(
    "companyName",
    help=QT_TRANSLATE_NOOP("Catalog", "Company name."),
    max_length=30,
)
ADDRESS1 = Param(
    "address1",
    help=QT_TRANSLATE_NOOP("Catalog", "First address line."),
    max_length=30,
)
ADDRESS2 = Param(
    "address2",
    help=QT_TRANSLATE_NOOP("Catalog", "Second address line."),
    max_length=30,
)
CITY = Param(
    "city",
    help=QT_TRANSLATE_NOOP("Catalog", "City."),
    max_length=30,
)
STATE = Param(
    "state",
    ParamType.STATE,
    help=QT_TRANSLATE_NOOP("Catalog", "State or province code, such as TX for Texas."),
    max_length=6,
)
POSTAL_CODE = Param(
    "postalCode",
    help=QT_TRANSLATE_NOOP("Catalog", "Postal or ZIP code."),
    max_length=20,
)
COUNTRY = Param(
    "country",
    ParamType.COUNTRY,
    help=QT_TRANSLATE_NOOP("Catalog", "Two-letter ISO 3166 country code, such as US."),
    max_length=2,
)
EMAIL_ADDRESS = Param(
    "emailAddress",
    ParamType.EMAIL,
    help=QT_TRANSLATE_NOOP("Catalog", "Email address, such as name@example.com."),
    max_length=255,
)
PHONE_NUMBER = Param(
    "phoneNumber",
    ParamType.PHONE,
    help=QT_TRANSLATE_NOOP("Catalog", "Phone number made of digits, spaces, +, - and parentheses."),
    max_length=20,
)
IP_ADDRESS = Param(
    "ipAddress",
    ParamType.IP,
    help=QT_TRANSLATE_NOOP("Catalog", "IPv4 or IPv6 address of the customer, such as 203.0.113.5."),
)

ADDRESS_FIELDS = (COMPANY_NAME, ADDRESS1, ADDRESS2, CITY, STATE, POSTAL_CODE, COUNTRY)
BILLING_NAME_ADDRESS = (FIRST_NAME, LAST_NAME, *ADDRESS_FIELDS)
BILLING_CONTACT = (*BILLING_NAME_ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER)

# Shipping address fields, named like the billing ones with a "ship" prefix.
SHIP_FIRST_NAME = FIRST_NAME.with_changes(
    name="shipFirstName",
    help=QT_TRANSLATE_NOOP("Catalog", "First name for shipping."),
)
SHIP_LAST_NAME = LAST_NAME.with_changes(
    name="shipLastName",
    help=QT_TRANSLATE_NOOP("Catalog", "Last name for shipping."),
)
SHIP_COMPANY_NAME = COMPANY_NAME.with_changes(
    name="shipCompanyName",
    help=QT_TRANSLATE_NOOP("Catalog", "Company name for shipping."),
)
SHIP_ADDRESS1 = ADDRESS1.with_changes(
    name="shipAddress1",
    help=QT_TRANSLATE_NOOP("Catalog", "First shipping address line."),
)
SHIP_ADDRESS2 = ADDRESS2.with_changes(
    name="shipAddress2",
    help=QT_TRANSLATE_NOOP("Catalog", "Second shipping address line."),
)
SHIP_CITY = CITY.with_changes(
    name="shipCity",
    help=QT_TRANSLATE_NOOP("Catalog", "Shipping city."),
)
SHIP_STATE = STATE.with_changes(
    name="shipState",
    help=QT_TRANSLATE_NOOP("Catalog", "Shipping state or province code, such as TX for Texas."),
)
SHIP_POSTAL_CODE = POSTAL_CODE.with_changes(
    name="shipPostalCode",
    help=QT_TRANSLATE_NOOP("Catalog", "Shipping postal or ZIP code."),
)
SHIP_COUNTRY = COUNTRY.with_changes(
    name="shipCountry",
    help=QT_TRANSLATE_NOOP("Catalog", "Two-letter ISO 3166 shipping country code, such as US."),
)
SHIPPING_ADDRESS = (
    SHIP_FIRST_NAME,
    SHIP_LAST_NAME,
    SHIP_COMPANY_NAME,
    SHIP_ADDRESS1,
    SHIP_ADDRESS2,
    SHIP_CITY,
    SHIP_STATE,
    SHIP_POSTAL_CODE,
    SHIP_COUNTRY,
)

BILL_SHIP_SAME = Param(
    "billShipSame",
    ParamType.BOOLEAN,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "1 to ship to the billing address, 0 to use the shipping fields."
    ),
)
# With billShipSame=0 the shipping name and address must be complete.
SHIPPING_REQUIRED = Condition(
    "billShipSame",
    ("0",),
    ("shipFirstName", "shipLastName", "shipAddress1", "shipCity", "shipPostalCode", "shipCountry"),
)

CUSTOM_FIELDS = tuple(
    Param(
        f"custom{number}",
        help=QT_TRANSLATE_NOOP("Catalog", "Free custom value stored with the record."),
        max_length=50,
    )
    for number in range(1, 6)
)

COUPON_CODE = Param(
    "couponCode",
    help=QT_TRANSLATE_NOOP("Catalog", "Coupon code to apply."),
    max_length=30,
)
DISABLE_CUSTOMER_DEDUP = Param(
    "disableCustomerDedup",
    ParamType.BOOLEAN,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "1 to create a new customer even when one with the same details exists."
    ),
)


def source_values(count: int, max_length: int) -> tuple[Param, ...]:
    """Return the tracking parameters ``sourceValue1`` to ``sourceValue<count>``."""
    return tuple(
        Param(
            f"sourceValue{number}",
            help=QT_TRANSLATE_NOOP("Catalog", "Free tracking value, such as a sub-affiliate code."),
            max_length=max_length,
        )
        for number in range(1, count + 1)
    )


# Date filters and paging.
START_DATE = Param(
    "startDate",
    ParamType.DATE,
    help=QT_TRANSLATE_NOOP(
        "Catalog",
        "First day of the range in MM/DD/YYYY form, because the API ignores the time of day.",
    ),
)
END_DATE = Param(
    "endDate",
    ParamType.DATE,
    help=QT_TRANSLATE_NOOP(
        "Catalog",
        "Last day of the range in MM/DD/YYYY form, because the API ignores the time of day.",
    ),
)
DATE_RANGE_TYPE = Param(
    "dateRangeType",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP("Catalog", "Date that the range filters on, or empty for dateCreated."),
    choices=("dateCreated", "dateUpdated"),
)
SORT_DIR = Param(
    "sortDir",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Sort order of the results: 0 for descending, 1 for ascending."
    ),
    choices=("0", "1"),
)
RESULTS_PER_PAGE = Param(
    "resultsPerPage",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Number of records per page from 1 to 200, or empty for 25."),
    minimum=1,
    maximum=200,
)
PAGE = Param(
    "page",
    ParamType.INTEGER,
    help=QT_TRANSLATE_NOOP("Catalog", "Page number, counted from 1."),
    minimum=1,
)
DATE_RANGE = (START_DATE, END_DATE)
PAGING = (RESULTS_PER_PAGE, PAGE)

# Refunds and cancellations.
FULL_REFUND = Param(
    "fullRefund",
    ParamType.BOOLEAN,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "1 to refund the whole amount, so no refund amount is needed."
    ),
)
REFUND_AMOUNT = Param(
    "refundAmount",
    ParamType.MONEY,
    help=QT_TRANSLATE_NOOP("Catalog", "Amount to refund, a plain decimal such as 19.99."),
    minimum=0,
)
REFUND_REASON = Param(
    "refundReason",
    help=QT_TRANSLATE_NOOP("Catalog", "Reason for the refund, stored with the record."),
)
CANCEL_REASON = Param(
    "cancelReason",
    help=QT_TRANSLATE_NOOP("Catalog", "Reason for the cancellation."),
    max_length=100,
)
AFTER_NEXT_BILL = Param(
    "afterNextBill",
    ParamType.BOOLEAN,
    help=QT_TRANSLATE_NOOP("Catalog", "1 to let the next rebill run and cancel after it."),
)

FULL_OR_PARTIAL_REFUND = AlternativeGroup(
    ("fullRefund", "refundAmount"),
    QT_TRANSLATE_NOOP("Catalog", "Set fullRefund to 1, or give the amount to refund."),
)

# Report grouping values that several report endpoints accept.
REPORT_PRODUCT_ID = PRODUCT_ID.with_changes(
    help=QT_TRANSLATE_NOOP("Catalog", "Product ID to limit the report to, a whole number.")
)
REPORT_CAMPAIGN_ID = CAMPAIGN_ID.with_changes(
    help=QT_TRANSLATE_NOOP("Catalog", "Campaign ID to limit the report to, a whole number.")
)

# Shown on endpoints whose parameter names no public source confirms.
GUESSED_PARAMS_NOTE = QT_TRANSLATE_NOOP(
    "Catalog",
    "No public documentation lists this endpoint's parameters, so these fields are guesses. "
    "Add other names as extra name and value rows.",
)
