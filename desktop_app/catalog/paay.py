"""PAAY 3-D Secure endpoints, the joined order and 3DS view, and the raw request.

PAAY request bodies are JSON. A dotted parameter name such as ``browser.browserUserAgent``
names a member of a nested object of the body (here ``{"browser": {"browserUserAgent": …}}``).
Path templates contain ``{ver}``, the API version without its ``v`` (``2.2`` or ``2``), and
``{transactionId}`` where the path carries PAAY's transaction id.
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
    Service,
)

_PAN = Param(
    "pan",
    ParamType.CARD_NUMBER,
    required=True,
    help=QT_TRANSLATE_NOOP("Catalog", "Card number of 12 to 19 digits, typed without spaces."),
    max_length=19,
)
_MONTH = Param(
    "month",
    ParamType.INTEGER,
    required=True,
    help=QT_TRANSLATE_NOOP("Catalog", "Card expiry month as two digits, 01 to 12."),
    minimum=1,
    maximum=12,
    max_length=2,
)
_YEAR = Param(
    "year",
    ParamType.INTEGER,
    required=True,
    help=QT_TRANSLATE_NOOP("Catalog", "Card expiry year as two digits, such as 28 for 2028."),
    minimum=0,
    maximum=99,
    max_length=2,
)
_AMOUNT = Param(
    "amount",
    ParamType.MONEY,
    required=True,
    help=QT_TRANSLATE_NOOP("Catalog", "Purchase amount in major currency units, such as 29.95."),
    minimum=0,
)
_CURRENCY = Param(
    "currency",
    help=QT_TRANSLATE_NOOP(
        "Catalog", "ISO 4217 currency code, alphabetic such as USD or numeric such as 840."
    ),
    max_length=3,
)
_REQUESTOR_URL = Param(
    "threeDSRequestorURL",
    ParamType.URL,
    help=QT_TRANSLATE_NOOP("Catalog", "Address of the merchant's website, starting with https://."),
)
_MESSAGE_CATEGORY = Param(
    "messageCategory",
    ParamType.ENUM,
    help=QT_TRANSLATE_NOOP(
        "Catalog", "EMV message category: 01 for a payment, 02 for a non-payment check."
    ),
    choices=("01", "02"),
)


def _protocol_version(choices: tuple[str, ...], default: str) -> Param:
    """Return the ``protocolVersion`` parameter limited to ``choices``."""
    return Param(
        "protocolVersion",
        ParamType.ENUM,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "EMV 3-D Secure version to force, or empty to let PAAY pick the highest one."
        ),
        choices=choices,
        default=default,
    )


def _address(prefix: str) -> tuple[Param, ...]:
    """Return the members of a ``billing`` or ``shipping`` address object of the body."""
    return (
        Param(
            f"{prefix}.line1",
            help=QT_TRANSLATE_NOOP("Catalog", "First address line."),
        ),
        Param(
            f"{prefix}.line2",
            help=QT_TRANSLATE_NOOP("Catalog", "Second address line."),
        ),
        Param(
            f"{prefix}.postCode",
            help=QT_TRANSLATE_NOOP("Catalog", "Postal or ZIP code."),
        ),
        Param(
            f"{prefix}.city",
            help=QT_TRANSLATE_NOOP("Catalog", "City."),
        ),
        Param(
            f"{prefix}.state",
            ParamType.STATE,
            help=QT_TRANSLATE_NOOP("Catalog", "State or province code, such as TX for Texas."),
        ),
        Param(
            f"{prefix}.country",
            help=QT_TRANSLATE_NOOP("Catalog", "Country code, such as US or 840."),
        ),
    )


def _browser_text(name: str, help_text: str) -> Param:
    """Return a text member of the ``browser`` object of the body."""
    return Param(f"browser.{name}", help=help_text)


_BROWSER_FIELDS = (
    _browser_text(
        "browserAcceptHeader",
        QT_TRANSLATE_NOOP("Catalog", "HTTP Accept header sent by the cardholder's browser."),
    ),
    Param(
        "browser.browserJavaEnabled",
        ParamType.BOOLEAN,
        help=QT_TRANSLATE_NOOP("Catalog", "1 if the cardholder's browser runs Java, otherwise 0."),
    ),
    Param(
        "browser.browserJavaScriptEnabled",
        ParamType.BOOLEAN,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "1 if the cardholder's browser runs JavaScript, otherwise 0."
        ),
    ),
    _browser_text(
        "browserLanguage",
        QT_TRANSLATE_NOOP("Catalog", "Language tag of the cardholder's browser, such as en-US."),
    ),
    _browser_text(
        "browserColorDepth",
        QT_TRANSLATE_NOOP(
            "Catalog", "Screen color depth of the cardholder's browser in bits, such as 24."
        ),
    ),
    _browser_text(
        "browserScreenWidth",
        QT_TRANSLATE_NOOP("Catalog", "Screen width of the cardholder's browser in pixels."),
    ),
    _browser_text(
        "browserScreenHeight",
        QT_TRANSLATE_NOOP("Catalog", "Screen height of the cardholder's browser in pixels."),
    ),
    _browser_text(
        "browserTZ",
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Time zone offset of the cardholder's browser from UTC in minutes, such as 300.",
        ),
    ),
    _browser_text(
        "browserUserAgent",
        QT_TRANSLATE_NOOP("Catalog", "User-Agent header sent by the cardholder's browser."),
    ),
)

_PAAY_RESULT = Endpoint(
    key="paay.result",
    path="/v{ver}/authenticate/{transactionId}",
    area=Area.PAAY,
    label=QT_TRANSLATE_NOOP("Catalog", "3DS result"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Fetch the result of a PAAY 3-D Secure authentication."),
    kind=EndpointKind.QUERY,
    params=(
        Param(
            "transactionId",
            ParamType.ID,
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "PAAY transaction ID, a UUID returned when the authentication started."
            ),
        ),
    ),
    verified=False,
    service=Service.PAAY,
    method="GET",
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Public integrations fetch results from /transaction/{transactionId}/updates, which "
            "answers 404 while the result is pending or the challenge was abandoned.",
        ),
    ),
)

_PAAY_BROWSER = Endpoint(
    key="paay.browser",
    path="/v{ver}/authenticate/browser",
    area=Area.PAAY,
    label=QT_TRANSLATE_NOOP("Catalog", "Browser authentication"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Start an EMV 3-D Secure authentication for a cardholder at a browser."
    ),
    kind=EndpointKind.AUTH,
    params=(
        _PAN,
        _MONTH,
        _YEAR,
        _AMOUNT,
        _CURRENCY,
        _REQUESTOR_URL,
        *_BROWSER_FIELDS,
        Param(
            "challengeIndicator",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "Challenge preference: 01 none, 02 no challenge, 03 challenge wanted, 04 challenge "
                "mandated.",
            ),
            choices=("01", "02", "03", "04"),
        ),
        Param(
            "challengeWindowSize",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "EMV challenge window size code, from 01 (250 x 400) to 05 (full screen).",
            ),
            choices=("01", "02", "03", "04", "05"),
        ),
        _MESSAGE_CATEGORY,
        Param(
            "authenticationInd",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "EMV authentication indicator, where 01 is a payment transaction."
            ),
            choices=("01", "02", "03", "04", "05", "06"),
        ),
        Param(
            "transType",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "EMV transaction type, where 01 is a purchase of goods or services."
            ),
            choices=("01", "03", "10", "11", "28"),
        ),
        _protocol_version(("2.1.0", "2.2.0"), ""),
        Param(
            "transactionForcedTimeout",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Number of seconds after which PAAY gives up the authentication."
            ),
            minimum=1,
        ),
        Param(
            "email",
            ParamType.EMAIL,
            help=QT_TRANSLATE_NOOP("Catalog", "Email address of the cardholder."),
        ),
        Param(
            "cardHolderName",
            help=QT_TRANSLATE_NOOP("Catalog", "Cardholder name as printed on the card."),
        ),
        *_address("billing"),
        *_address("shipping"),
        Param(
            "addrMatch",
            ParamType.ENUM,
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Y if the shipping address equals the billing address, otherwise N."
            ),
            choices=("Y", "N"),
        ),
    ),
    service=Service.PAAY,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "The browser fields must come from the cardholder's own browser. Never fill them with "
            "the details of this computer.",
        ),
        QT_TRANSLATE_NOOP(
            "Catalog",
            "A challenge (status C) must be completed by the cardholder in their browser.",
        ),
    ),
)

_PAAY_3RI = Endpoint(
    key="paay.3ri",
    path="/v{ver}/authenticate/3ri",
    area=Area.PAAY,
    label=QT_TRANSLATE_NOOP("Catalog", "3RI authentication"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog",
        "Authenticate a merchant-initiated charge, such as a rebill, without the cardholder.",
    ),
    kind=EndpointKind.AUTH,
    params=(
        _PAN,
        _MONTH,
        _YEAR,
        _AMOUNT,
        _CURRENCY,
        _MESSAGE_CATEGORY.with_changes(default="01"),
        Param(
            "threeRIInd",
            ParamType.ENUM,
            required=True,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "EMV 3RI indicator: 01 recurring, 02 instalment, 03 to 11 other "
                "merchant-initiated cases.",
            ),
            choices=("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"),
            default="01",
        ),
        _protocol_version(("2.2.0",), "2.2.0"),
        _REQUESTOR_URL,
        Param(
            "priorTransactionId",
            ParamType.ID,
            help=QT_TRANSLATE_NOOP(
                "Catalog",
                "PAAY transaction ID or dsTransId of the original cardholder authentication.",
            ),
        ),
    ),
    verified=False,
    service=Service.PAAY,
    notes=(
        QT_TRANSLATE_NOOP(
            "Catalog",
            "No public source shows this path or its fields. 3RI needs protocol 2.2.0 and a new "
            "authentication for each charge, because an authentication value is single-use.",
        ),
    ),
)

_COMBO_ORDER_3DS = Endpoint(
    key="combo.order3ds",
    path="",
    area=Area.PAAY,
    label=QT_TRANSLATE_NOOP("Catalog", "Order with 3DS results"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog",
        "Show an order with its transactions and the PAAY 3-D Secure results beside them.",
    ),
    kind=EndpointKind.QUERY,
    params=(p.ORDER_ID.with_changes(required=True),),
    service=Service.COMBO,
)

_RAW = Endpoint(
    key="raw",
    path="",
    area=Area.RAW,
    label=QT_TRANSLATE_NOOP("Catalog", "Raw request"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "Send any Konnektive path with parameters typed as key and value pairs."
    ),
    kind=EndpointKind.WRITE,
    service=Service.RAW,
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _PAAY_RESULT,
    _PAAY_BROWSER,
    _PAAY_3RI,
    _COMBO_ORDER_3DS,
    _RAW,
)
