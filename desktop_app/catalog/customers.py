"""Customer endpoints, the blacklist, and lead import."""

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

_CUSTOMER_ID = p.CUSTOMER_ID.with_changes(required=True)

_BLACKLIST_TYPE = Param(
    "blacklistType",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "Kind of value to block, which also names the field to fill."
    ),
    choices=("cardBin", "stateCountry", "emailAddress", "phoneNumber", "ipAddress"),
)

_CUSTOMER_QUERY = Endpoint(
    key="/customer/query/",
    path="/customer/query/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query customers"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Search customers by id, name, contact details or date range."
    ),
    kind=EndpointKind.QUERY,
    params=(
        p.CUSTOMER_ID,
        p.ORDER_ID,
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER,
        *p.DATE_RANGE,
        p.DATE_RANGE_TYPE.with_changes(
            choices=("dateCreated", "dateUpdated", "mostRecentActivity"),
        ),
        *p.BILLING_NAME_ADDRESS,
        p.IP_ADDRESS,
        p.SORT_DIR,
        *p.PAGING,
    ),
    alternatives=(
        AlternativeGroup(
            ("customerId", "startDate"),
            QT_TRANSLATE_NOOP(
                "Catalog",
                "Fill a customer ID, or a start and end date. Searches by name, email address or "
                "phone number also need a date range.",
            ),
        ),
    ),
    paged=True,
)

_CUSTOMER_HISTORY = Endpoint(
    key="/customer/history/",
    path="/customer/history/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Customer history"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List the notes and activity recorded for a customer."),
    kind=EndpointKind.QUERY,
    params=(
        _CUSTOMER_ID,
        *p.DATE_RANGE,
        Param(
            "categoryType",
            help=QT_TRANSLATE_NOOP("Catalog", "Category of history entries to list."),
        ),
        *p.PAGING,
    ),
    paged=True,
)

_CUSTOMER_UPDATE = Endpoint(
    key="/customer/update/",
    path="/customer/update/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update customer"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Change a customer's name, addresses, contact details or custom fields."
    ),
    kind=EndpointKind.WRITE,
    params=(_CUSTOMER_ID, *p.BILLING_CONTACT, *p.SHIPPING_ADDRESS, *p.CUSTOM_FIELDS),
)

_CUSTOMER_CARD_UPDATE = Endpoint(
    key="/customer/cardupdate/",
    path="/customer/cardupdate/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update card"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Add a card to a customer or replace a stored one."),
    kind=EndpointKind.WRITE,
    params=(
        _CUSTOMER_ID,
        p.CARD_NUMBER.with_changes(required=True),
        p.CARD_MONTH.with_changes(required=True),
        p.CARD_YEAR.with_changes(required=True),
        p.CARD_SECURITY_CODE,
        p.PAY_SOURCE_ID.with_changes(
            help=QT_TRANSLATE_NOOP(
                "Catalog", "ID of the stored payment method to replace, or empty to add a new one."
            ),
        ),
        Param(
            "validateCard",
            ParamType.BOOLEAN,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "1 to check the card with an authorization before saving it."
            ),
        ),
    ),
)

_CUSTOMER_ADD_NOTE = Endpoint(
    key="/customer/addnote/",
    path="/customer/addnote/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Add note"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Add a note to a customer's history."),
    kind=EndpointKind.WRITE,
    params=(
        _CUSTOMER_ID,
        Param(
            "message",
            required=True,
            help=QT_TRANSLATE_NOOP("Catalog", "Text of the note."),
            max_length=500,
        ),
    ),
)

_CUSTOMER_BLACKLIST = Endpoint(
    key="/customer/blacklist/",
    path="/customer/blacklist/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Blacklist value"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Block a card BIN, state and country, email address, phone number or IP address."
    ),
    kind=EndpointKind.BLOCK,
    params=(
        _BLACKLIST_TYPE.with_changes(required=True),
        p.CARD_BIN,
        p.COUNTRY,
        p.STATE,
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER,
        p.IP_ADDRESS,
        p.CUSTOMER_ID,
        p.PRODUCT_ID,
    ),
    conditions=(
        Condition("blacklistType", ("cardBin",), ("cardBin",)),
        Condition("blacklistType", ("stateCountry",), ("country",)),
        Condition("blacklistType", ("emailAddress",), ("emailAddress",)),
        Condition("blacklistType", ("phoneNumber",), ("phoneNumber",)),
        Condition("blacklistType", ("ipAddress",), ("ipAddress",)),
    ),
)

_CUSTOMER_BLACKLIST_QUERY = Endpoint(
    key="/customer/blacklist/query/",
    path="/customer/blacklist/query/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query blacklist"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List blacklist entries."),
    kind=EndpointKind.QUERY,
    params=(
        _BLACKLIST_TYPE,
        p.CARD_BIN,
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER,
        p.IP_ADDRESS,
        *p.DATE_RANGE,
        *p.PAGING,
    ),
    verified=False,
    paged=True,
)

_CUSTOMER_CONTRACTS = Endpoint(
    key="/customer/contracts/",
    path="/customer/contracts/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Customer contracts"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List the e-signature contracts of a customer."),
    kind=EndpointKind.QUERY,
    params=(_CUSTOMER_ID, p.ORDER_ID, *p.PAGING),
    verified=False,
    paged=True,
)

_CUSTOMER_DELETE = Endpoint(
    key="/customer/delete/",
    path="/customer/delete/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Delete customer"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Delete a customer, for example on a privacy request."),
    kind=EndpointKind.DELETE,
    params=(_CUSTOMER_ID,),
    verified=False,
)

_LEADS_IMPORT = Endpoint(
    key="/leads/import/",
    path="/leads/import/",
    area=Area.CUSTOMERS,
    label=QT_TRANSLATE_NOOP("Catalog", "Import lead"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Create a partial order (lead) or update one, before the payment is taken."
    ),
    kind=EndpointKind.WRITE,
    params=(
        p.ORDER_ID.with_changes(
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Order ID of an existing lead to update, or empty to create a new lead."
            ),
        ),
        p.SESSION_ID,
        p.CAMPAIGN_ID.with_changes(required=True),
        p.FIRST_NAME.with_changes(required=True),
        p.LAST_NAME.with_changes(required=True),
        p.EMAIL_ADDRESS,
        p.PHONE_NUMBER.with_changes(max_length=32),
        *p.ADDRESS_FIELDS,
        p.IP_ADDRESS,
        p.BILL_SHIP_SAME,
        *p.SHIPPING_ADDRESS,
        p.AFF_ID,
        *p.source_values(3, max_length=30),
        *(custom.with_changes(max_length=30) for custom in p.CUSTOM_FIELDS),
        p.COUPON_CODE,
        p.DISABLE_CUSTOMER_DEDUP,
    ),
    alternatives=(
        AlternativeGroup(
            ("emailAddress", "phoneNumber"),
            QT_TRANSLATE_NOOP(
                "Catalog", "A lead needs an email address or a phone number besides the name."
            ),
        ),
    ),
    conditions=(p.SHIPPING_REQUIRED,),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _CUSTOMER_QUERY,
    _CUSTOMER_HISTORY,
    _CUSTOMER_UPDATE,
    _CUSTOMER_CARD_UPDATE,
    _CUSTOMER_ADD_NOTE,
    _CUSTOMER_BLACKLIST,
    _CUSTOMER_BLACKLIST_QUERY,
    _CUSTOMER_CONTRACTS,
    _CUSTOMER_DELETE,
    _LEADS_IMPORT,
)
