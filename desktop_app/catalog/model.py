"""Typed description of endpoints and their parameters.

The catalog is plain data: no Qt, no I/O. User-visible texts (labels, purposes,
help) are English source strings marked with ``QT_TRANSLATE_NOOP`` under the
``Catalog`` context; the UI translates them when it shows them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

TRANSLATION_CONTEXT = "Catalog"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name fixed by lupdate
    """Mark ``text`` for extraction by pyside6-lupdate and return it unchanged."""
    return text


class ParamType(enum.Enum):
    """Value type of a parameter; it decides the editor widget and the validation."""

    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"  # plain decimal with two places, e.g. 29.99
    DATE = "date"  # MM/DD/YYYY
    DATETIME = "datetime"  # MM/DD/YYYY HH:MM:SS
    TIME = "time"  # HH:mm
    ENUM = "enum"
    BOOLEAN = "boolean"  # sent as 1 or 0
    EMAIL = "email"
    PHONE = "phone"
    COUNTRY = "country"  # ISO 3166 alpha-2
    STATE = "state"
    CARD_NUMBER = "card_number"  # PAN, masked to first 6 / last 4 when shown or stored
    ID = "id"  # alphanumeric record id such as orderId or purchaseId
    IP = "ip"
    URL = "url"
    JSON = "json"  # a JSON object typed as text (PAAY request bodies)


class EndpointKind(enum.Enum):
    """Effect of an endpoint. Writes, refunds, cancels, deletes and blocks need confirmation."""

    QUERY = "query"
    WRITE = "write"
    REFUND = "refund"
    CANCEL = "cancel"
    DELETE = "delete"
    BLOCK = "block"
    REPORT = "report"
    AUTH = "auth"

    @property
    def changes_data(self) -> bool:
        """Whether a call of this kind changes data on the server."""
        return self not in (EndpointKind.QUERY, EndpointKind.REPORT, EndpointKind.AUTH)


class Service(enum.Enum):
    """Client that sends an endpoint's request."""

    KONNEKTIVE = "konnektive"
    PAAY = "paay"
    RAW = "raw"  # any Konnektive path typed by the user
    COMBO = "combo"  # the joined order + transactions + 3DS view


class Area(enum.Enum):
    """Group of endpoints in the tree, in display order."""

    ORDERS = "orders"
    CUSTOMERS = "customers"
    TRANSACTIONS = "transactions"
    PURCHASES = "purchases"
    PRODUCTS = "products"
    CAMPAIGNS = "campaigns"
    MERCHANTS = "merchants"
    COUPONS = "coupons"
    MEMBERS = "members"
    AFFILIATES = "affiliates"
    FULFILLMENT = "fulfillment"
    REPORTS = "reports"
    PAAY = "paay"
    RAW = "raw"


AREA_LABELS: dict[Area, str] = {
    Area.ORDERS: QT_TRANSLATE_NOOP("Catalog", "Orders"),
    Area.CUSTOMERS: QT_TRANSLATE_NOOP("Catalog", "Customers"),
    Area.TRANSACTIONS: QT_TRANSLATE_NOOP("Catalog", "Transactions"),
    Area.PURCHASES: QT_TRANSLATE_NOOP("Catalog", "Purchases"),
    Area.PRODUCTS: QT_TRANSLATE_NOOP("Catalog", "Products"),
    Area.CAMPAIGNS: QT_TRANSLATE_NOOP("Catalog", "Campaigns"),
    Area.MERCHANTS: QT_TRANSLATE_NOOP("Catalog", "Gateways/MIDs"),
    Area.COUPONS: QT_TRANSLATE_NOOP("Catalog", "Coupons"),
    Area.MEMBERS: QT_TRANSLATE_NOOP("Catalog", "Members/clubs"),
    Area.AFFILIATES: QT_TRANSLATE_NOOP("Catalog", "Affiliates"),
    Area.FULFILLMENT: QT_TRANSLATE_NOOP("Catalog", "Fulfillment"),
    Area.REPORTS: QT_TRANSLATE_NOOP("Catalog", "Reports"),
    Area.PAAY: QT_TRANSLATE_NOOP("Catalog", "PAAY 3DS"),
    Area.RAW: QT_TRANSLATE_NOOP("Catalog", "Raw request"),
}


@dataclass(frozen=True)
class Param:
    """One request parameter.

    Attributes:
        name: Parameter name exactly as the API spells it.
        type: Value type.
        required: Whether the request is invalid without it. Members of an
            alternative group are not marked required; the group is.
        help: One-line English help text (translatable source string).
        choices: Allowed values for ``ParamType.ENUM``, in the API's spelling.
        max_length: Maximum number of characters the API accepts, if known.
        minimum: Smallest allowed value for integers and money, if any.
        maximum: Largest allowed value for integers and money, if any.
        default: Value pre-filled in a new form, or empty.
        secret: Whether the value is a password or security code that must be masked
            when shown and never stored.
    """

    name: str
    type: ParamType = ParamType.TEXT
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    default: str = ""
    secret: bool = False

    def with_changes(self, **changes: object) -> Param:
        """Return a copy with the given fields replaced (for reusing shared params)."""
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values.update(changes)
        return Param(**values)


@dataclass(frozen=True)
class AlternativeGroup:
    """Parameters of which at least ``minimum`` must be filled, e.g. one of orderId / emailAddress.

    A ``ParamType.BOOLEAN`` member counts as filled only when its value is ``1``.

    Attributes:
        members: Names of the member parameters (each also listed in ``Endpoint.params``).
        help: English explanation shown above the group's fields.
        minimum: How many members must be filled; 0 makes the group advisory only.
    """

    members: tuple[str, ...]
    help: str
    minimum: int = 1


@dataclass(frozen=True)
class Condition:
    """Parameters that become required when another parameter has one of some values.

    Attributes:
        param: Name of the parameter that triggers the requirement.
        values: Wire values of ``param`` that trigger it; empty means any filled value.
        requires: Names of the parameters that must then be filled.
    """

    param: str
    values: tuple[str, ...]
    requires: tuple[str, ...]


@dataclass(frozen=True)
class ProductLines:
    """Numbered product lines such as ``product1_id``, ``product1_qty``, ``product1_price``.

    Attributes:
        fields: Per-line fields after the ``product<N>_`` prefix, each with its type.
        max_lines: How many lines the form offers at most.
        required_lines: How many lines must have their first field filled.
    """

    fields: tuple[Param, ...]
    max_lines: int = 10
    required_lines: int = 0

    @staticmethod
    def name(line: int, field_name: str) -> str:
        """Return the wire name of one field of one line, e.g. ``product2_qty``."""
        return f"product{line}_{field_name}"


@dataclass(frozen=True)
class Endpoint:
    """One callable endpoint and everything needed to build its form.

    Attributes:
        key: Stable identifier, unique in the catalog (the path for Konnektive endpoints).
        path: Request path exactly as sent, including its trailing slash when it has one.
        area: Tree group.
        label: Short English name shown in the tree.
        purpose: One English sentence saying what the endpoint does.
        kind: What the call does.
        params: Parameters in form order.
        alternatives: Groups of which some members must be filled.
        product_lines: Numbered product lines, if the endpoint takes them.
        verified: False when no public source confirms the parameters.
        paged: Whether replies carry ``totalResults``/``resultsPerPage``/``page``/``data``.
        service: Client that sends the request.
        method: HTTP method.
        notes: English remarks shown with the form (translatable source strings).
        conditions: Parameters that become required by the value of another one.
    """

    key: str
    path: str
    area: Area
    label: str
    purpose: str
    kind: EndpointKind
    params: tuple[Param, ...] = ()
    alternatives: tuple[AlternativeGroup, ...] = ()
    product_lines: ProductLines | None = None
    verified: bool = True
    paged: bool = False
    service: Service = Service.KONNEKTIVE
    method: str = "POST"
    notes: tuple[str, ...] = field(default=())
    conditions: tuple[Condition, ...] = ()

    @property
    def has_response_type_param(self) -> bool:
        """Whether ``responseType`` is a parameter of its own (a filter, not a format switch)."""
        return any(p.name == "responseType" for p in self.params)

    def param(self, name: str) -> Param:
        """Return the parameter called ``name``.

        Raises:
            KeyError: The endpoint has no such parameter.
        """
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)
