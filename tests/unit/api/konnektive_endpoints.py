"""Endpoint definitions used by the API client tests (the real catalog lives elsewhere)."""

from __future__ import annotations

from desktop_app.catalog.model import Area, Endpoint, EndpointKind, Param, ParamType

ORDER_QUERY = Endpoint(
    key="/order/query/",
    path="/order/query/",
    area=Area.ORDERS,
    label="Query orders",
    purpose="Search orders.",
    kind=EndpointKind.QUERY,
    params=(
        Param("orderId", ParamType.ID),
        Param("emailAddress", ParamType.EMAIL),
        Param("phoneNumber", ParamType.PHONE),
        Param("cardNumber", ParamType.CARD_NUMBER),
    ),
    paged=True,
)

TRANSACTIONS_QUERY = Endpoint(
    key="/transactions/query/",
    path="/transactions/query/",
    area=Area.TRANSACTIONS,
    label="Query transactions",
    purpose="Search transactions.",
    kind=EndpointKind.QUERY,
    params=(
        Param("orderId", ParamType.ID),
        Param(
            "responseType",
            ParamType.ENUM,
            choices=("SUCCESS", "HARD_DECLINE", "SOFT_DECLINE"),
        ),
    ),
    paged=True,
)

TRANSACTIONS_UPDATE = Endpoint(
    key="/transactions/update",
    path="/transactions/update",
    area=Area.TRANSACTIONS,
    label="Update transaction",
    purpose="Mark or revert a chargeback.",
    kind=EndpointKind.WRITE,
    params=(Param("transactionId", ParamType.ID, required=True),),
)
