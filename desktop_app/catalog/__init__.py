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
    "path_changes_data",
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


def path_changes_data(path: str) -> bool:
    """Tell whether a path typed for a raw request may change data in the CRM.

    A catalog path is judged by its endpoint's kind, ignoring a missing or extra trailing
    slash. Other paths count as read-only only when a segment is ``query``, ``list``,
    ``summary`` or ``history``, or the path starts with ``/reports/``; anything else may write.
    """
    normalized = "/" + path.strip().strip("/") + "/"
    for endpoint in CATALOG:
        if endpoint.path and "/" + endpoint.path.strip("/") + "/" == normalized:
            return endpoint.kind.changes_data
    segments = set(normalized.strip("/").lower().split("/"))
    if segments & {"query", "list", "summary", "history"} or normalized.startswith("/reports/"):
        return False
    return True
