"""Endpoint catalog: every callable endpoint with its typed parameters, in tree order.

The catalog is plain data (no Qt, no I/O). ``validation`` checks form values against it.
"""

from __future__ import annotations

from desktop_app.catalog import (
    customers,
    merchants,
    misc,
    orders,
    paay,
    products,
    purchases,
    reports,
    transactions,
)
from desktop_app.catalog.model import (
    AREA_LABELS,
    QT_TRANSLATE_NOOP,
    TRANSLATION_CONTEXT,
    AlternativeGroup,
    Area,
    Condition,
    Endpoint,
    EndpointKind,
    Param,
    ParamType,
    ProductLines,
    Service,
)

__all__ = [
    "AREA_LABELS",
    "CATALOG",
    "QT_TRANSLATE_NOOP",
    "TRANSLATION_CONTEXT",
    "AlternativeGroup",
    "Area",
    "Condition",
    "Endpoint",
    "EndpointKind",
    "Param",
    "ParamType",
    "ProductLines",
    "Service",
    "endpoints_in",
    "find_endpoint",
]

CATALOG: tuple[Endpoint, ...] = (
    *orders.ENDPOINTS,
    *customers.ENDPOINTS,
    *transactions.ENDPOINTS,
    *purchases.ENDPOINTS,
    *products.ENDPOINTS,
    *merchants.ENDPOINTS,
    *misc.ENDPOINTS,
    *reports.ENDPOINTS,
    *paay.ENDPOINTS,
)

_BY_KEY: dict[str, Endpoint] = {endpoint.key: endpoint for endpoint in CATALOG}


def find_endpoint(key: str) -> Endpoint:
    """Return the endpoint whose key is ``key``.

    Raises:
        KeyError: No endpoint has that key.
    """
    return _BY_KEY[key]


def endpoints_in(area: Area) -> tuple[Endpoint, ...]:
    """Return the endpoints of ``area`` in tree order."""
    return tuple(endpoint for endpoint in CATALOG if endpoint.area is area)
