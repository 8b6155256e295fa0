"""Build a large /order/query/ reply from the sandbox's seeded orders, for benchmarks."""

from __future__ import annotations

import copy
import json
from typing import Any

from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.catalog import find_endpoint
from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, SandboxServer


def seeded_orders(server: SandboxServer) -> list[dict[str, Any]]:
    """Return every seeded order row as /order/query/ sends it, fetched 200 at a time."""
    endpoint = find_endpoint("/order/query/")
    rows: list[dict[str, Any]] = []
    credentials = KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)
    with KonnektiveClient(server.base_url, credentials) as client:
        page = 1
        while True:
            result = client.call(endpoint, [("startDate", "01/01/2000"),
                                            ("endDate", "12/31/2099"),
                                            ("resultsPerPage", "200"), ("page", str(page))])
            if not result.rows:
                break
            rows.extend(result.rows)
            page += 1
    return rows


# Fields /order/query/ adds with includeBrowserDetails=1 and includeCustomFields=1, so the
# rows reach the size of real account replies (about 3 KB per order).
_BROWSER = {
    "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                 "Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "acceptHeader": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                    "image/webp,image/apng,*/*;q=0.8",
    "language": "en-US", "colorDepth": "24", "screenHeight": "1080", "screenWidth": "1920",
    "timeZone": "-300", "javaEnabled": "false", "javascriptEnabled": "true",
}
_CUSTOM = {f"custom{n}": f"Value of custom field number {n} for this order" for n in range(1, 9)}


def orders_body(server: SandboxServer, count: int) -> bytes:
    """Return a JSON reply of ``count`` orders, repeating the seeded ones with new order ids."""
    seeded = seeded_orders(server)
    rows = []
    for number in range(count):
        row = copy.deepcopy(seeded[number % len(seeded)])
        row["orderId"] = f"{number:010X}"
        row["browserDetails"] = dict(_BROWSER)
        row["customFields"] = dict(_CUSTOM)
        rows.append(row)
    reply = {"result": "SUCCESS",
             "message": {"totalResults": count, "resultsPerPage": count, "page": 1,
                         "data": rows}}
    return json.dumps(reply, default=str, ensure_ascii=False).encode("utf-8")
