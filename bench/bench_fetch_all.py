"""Time fetch_all_pages over 20 pages at 200 ms latency, 4 pages at a time and one by one.

The sandbox on 127.0.0.1 replies to every ``/order/query/`` call with the same page of 200 seeded
orders and ``totalResults`` 4000, after 200 ms of added latency. The script prints both times,
their ratio (goal: at most 0.35) and the machine, and exits with status 1 when the goal is
missed.

Run it from the repository root: ``.venv/bin/python bench/bench_fetch_all.py``.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time

import PySide6
from PySide6.QtCore import qVersion

from desktop_app.api.cancel import CancelToken
from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.api.paging import fetch_all_pages
from desktop_app.api.values import to_json_text
from desktop_app.catalog import find_endpoint
from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, SandboxServer

LATENCY_MS = 200
TOTAL_ROWS = 4000
PER_PAGE = 200
CONCURRENCY = 4
GOAL_RATIO = 0.35


def machine_lines() -> list[str]:
    """Return the platform, CPU count, Python and PySide6 versions, one per line."""
    return [
        f"platform: {platform.platform()}",
        f"CPUs: {os.cpu_count()}",
        f"Python: {platform.python_version()}",
        f"PySide6: {PySide6.__version__} (Qt {qVersion()})",
    ]


def serve_twenty_pages(sandbox: SandboxServer, client: KonnektiveClient) -> None:
    """Make every order query return page 1 of the seeded orders with a total of 4000."""
    endpoint = find_endpoint("/order/query/")
    first = client.call(endpoint, [("resultsPerPage", str(PER_PAGE)), ("page", "1")])
    if first.rows is None or len(first.rows) != PER_PAGE:
        raise SystemExit(f"the sandbox returned {first.row_count} orders instead of {PER_PAGE}")
    # A 200-order page is a large reply, so its body text is not kept. The data is written
    # back as JSON with the same exact values.
    body = json.loads(to_json_text(first.data, indent=None))
    body["message"]["totalResults"] = TOTAL_ROWS
    sandbox.set_override(endpoint.path, body=json.dumps(body))


def timed_walk(client: KonnektiveClient, concurrency: int) -> float:
    """Fetch all 20 pages with ``concurrency`` requests in flight; return the seconds taken."""
    started = time.perf_counter()
    outcome = fetch_all_pages(
        client, find_endpoint("/order/query/"), [], concurrency=concurrency,
        cancel=CancelToken(), on_progress=None, confirm_beyond_cap=None,
    )
    elapsed = time.perf_counter() - started
    if outcome.result.row_count != TOTAL_ROWS or outcome.notes:
        raise SystemExit(f"the walk fetched {outcome.result.row_count} rows: {outcome.notes}")
    return elapsed


def main() -> int:
    """Run both walks once and write the report to standard output."""
    credentials = KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)
    with SandboxServer() as sandbox, KonnektiveClient(sandbox.base_url, credentials) as client:
        serve_twenty_pages(sandbox, client)
        sandbox.latency_ms = LATENCY_MS
        parallel = timed_walk(client, CONCURRENCY)
        sequential = timed_walk(client, 1)
    ratio = parallel / sequential
    lines = [
        f"fetch_all_pages: {TOTAL_ROWS // PER_PAGE} pages of {PER_PAGE} rows, "
        f"{LATENCY_MS} ms added latency",
        f"concurrency {CONCURRENCY}: {parallel:.3f} s",
        f"concurrency 1: {sequential:.3f} s",
        f"ratio: {ratio:.3f} (goal: at most {GOAL_RATIO})",
        *machine_lines(),
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0 if ratio <= GOAL_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
