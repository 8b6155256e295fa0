"""Gateway and merchant account (MID) endpoints.

No public source lists a parameter of any of these endpoints, so every one is marked
unverified and its fields are guesses built from names that appear in transaction replies.
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

_MID_NUMBER = Param(
    "midNumber",
    help=QT_TRANSLATE_NOOP("Catalog", "Merchant account number assigned by the acquiring bank."),
)
_TITLE = Param(
    "title",
    help=QT_TRANSLATE_NOOP("Catalog", "Name of the merchant account as shown in Konnektive."),
)
_MERCHANT_FIELDS = (
    _TITLE,
    _MID_NUMBER,
    Param(
        "processor",
        help=QT_TRANSLATE_NOOP("Catalog", "Payment gateway or processor that the account uses."),
    ),
    Param(
        "descriptor",
        help=QT_TRANSLATE_NOOP("Catalog", "Billing descriptor shown on the card statement."),
    ),
    Param(
        "mcc",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Four-digit merchant category code (MCC)."),
        minimum=0,
        max_length=4,
    ),
    Param(
        "monthlyCap",
        ParamType.MONEY,
        help=QT_TRANSLATE_NOOP(
            "Catalog", "Largest amount the account may process per month, a plain decimal."
        ),
        minimum=0,
    ),
)


def _profile_query(key: str, label: str, purpose: str, id_param: Param) -> Endpoint:
    """Build a paged query endpoint that filters on one profile ID."""
    return Endpoint(
        key=key,
        path=key,
        area=Area.MERCHANTS,
        label=label,
        purpose=purpose,
        kind=EndpointKind.QUERY,
        params=(id_param, *p.PAGING),
        verified=False,
        paged=True,
        notes=(p.GUESSED_PARAMS_NOTE,),
    )


_MERCHANT_QUERY = Endpoint(
    key="/merchant/query/",
    path="/merchant/query/",
    area=Area.MERCHANTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query merchant accounts"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "List merchant accounts (MIDs) and their settings."),
    kind=EndpointKind.QUERY,
    params=(
        p.MERCHANT_ID,
        _MID_NUMBER,
        _TITLE,
        Param(
            "status",
            help=QT_TRANSLATE_NOOP(
                "Catalog", "Status of the merchant accounts to list, such as ACTIVE."
            ),
        ),
        *p.PAGING,
    ),
    verified=False,
    paged=True,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_MERCHANT_CREATE = Endpoint(
    key="/merchant/create/",
    path="/merchant/create/",
    area=Area.MERCHANTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Create merchant account"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Add a merchant account (MID)."),
    kind=EndpointKind.WRITE,
    params=(_TITLE.with_changes(required=True), *_MERCHANT_FIELDS[1:]),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_MERCHANT_UPDATE = Endpoint(
    key="/merchant/update/",
    path="/merchant/update/",
    area=Area.MERCHANTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Update merchant account"),
    purpose=QT_TRANSLATE_NOOP("Catalog", "Change the settings of a merchant account (MID)."),
    kind=EndpointKind.WRITE,
    params=(p.MERCHANT_ID.with_changes(required=True), *_MERCHANT_FIELDS),
    verified=False,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_RECYCLE_QUERY = _profile_query(
    "/merchant/recycle/query/",
    QT_TRANSLATE_NOOP("Catalog", "Query recycle profiles"),
    QT_TRANSLATE_NOOP("Catalog", "List the profiles that retry declined rebills."),
    Param(
        "recycleProfileId",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Recycle profile ID, a whole number."),
        minimum=1,
    ),
)

_CASCADE_QUERY = _profile_query(
    "/merchant/cascade/query/",
    QT_TRANSLATE_NOOP("Catalog", "Query cascade profiles"),
    QT_TRANSLATE_NOOP(
        "Catalog", "List the profiles that pass a declined charge on to other merchant accounts."
    ),
    Param(
        "cascadeProfileId",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "Cascade profile ID, a whole number."),
        minimum=1,
    ),
)

_BINMAP_QUERY = Endpoint(
    key="/merchant/binmap/query/",
    path="/merchant/binmap/query/",
    area=Area.MERCHANTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query BIN mappings"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "List the rules that send card BINs to particular merchant accounts."
    ),
    kind=EndpointKind.QUERY,
    params=(p.CARD_BIN, p.MERCHANT_ID, *p.PAGING),
    verified=False,
    paged=True,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

_BINPROFILE_QUERY = _profile_query(
    "/merchant/binprofile/query/",
    QT_TRANSLATE_NOOP("Catalog", "Query BIN profiles"),
    QT_TRANSLATE_NOOP("Catalog", "List the BIN profiles that group card BINs for routing."),
    Param(
        "binProfileId",
        ParamType.INTEGER,
        help=QT_TRANSLATE_NOOP("Catalog", "BIN profile ID, a whole number."),
        minimum=1,
    ),
)

_PROFILE_QUERY = Endpoint(
    key="/merchant/profile/query/",
    path="/merchant/profile/query/",
    area=Area.MERCHANTS,
    label=QT_TRANSLATE_NOOP("Catalog", "Query merchant profiles"),
    purpose=QT_TRANSLATE_NOOP(
        "Catalog", "List the load balancer profiles that spread charges over merchant accounts."
    ),
    kind=EndpointKind.QUERY,
    params=(
        Param(
            "profileId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Merchant profile ID, a whole number."),
            minimum=1,
        ),
        Param(
            "loadBalancerId",
            ParamType.INTEGER,
            help=QT_TRANSLATE_NOOP("Catalog", "Load balancer ID, a whole number."),
            minimum=1,
        ),
        *p.PAGING,
    ),
    verified=False,
    paged=True,
    notes=(p.GUESSED_PARAMS_NOTE,),
)

ENDPOINTS: tuple[Endpoint, ...] = (
    _MERCHANT_QUERY,
    _MERCHANT_CREATE,
    _MERCHANT_UPDATE,
    _RECYCLE_QUERY,
    _CASCADE_QUERY,
    _BINMAP_QUERY,
    _BINPROFILE_QUERY,
    _PROFILE_QUERY,
)
