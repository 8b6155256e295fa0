"""Time lookup_order_3ds on an order with 5 PAAY references, against the same 7 calls one by one.

The sandbox on 127.0.0.1 adds 200 ms of latency to every reply. The script adds an order with
five SALE transactions that each carry a PAAY ``threeDStransactionId``. ``lookup_order_3ds``
sends the order and transactions queries together and then the 5 PAAY calls together, so it
needs about 2 round trips (goal: at most 4, 0.8 s). The baseline sends the same 7 calls one
after another. The script prints both times (median of 3 runs), their ratio and the machine,
and exits with status 1 when the goal is missed.

Run it from the repository root: ``.venv/bin/python bench/bench_combo.py``.
"""

from __future__ import annotations

import os
import platform
import random
import statistics
import sys
import time

import PySide6
from PySide6.QtCore import qVersion

from desktop_app.api.combo import lookup_order_3ds
from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.api.paay import PaayClient
from desktop_app.catalog import find_endpoint
from desktop_app.sandbox import (
    SANDBOX_LOGIN_ID,
    SANDBOX_PAAY_API_KEY,
    SANDBOX_PAAY_SECRET,
    SANDBOX_PASSWORD,
    SandboxServer,
)
from desktop_app.sandbox.payments import attach_three_ds, new_transaction
from desktop_app.sandbox.records import add_item, new_order
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.values import to_decimal

LATENCY_MS = 200
REFERENCES = 5
RUNS = 3
ORDER_ID = "BE7C0FFEE5"
GOAL_SECONDS = 4 * LATENCY_MS / 1000


def machine_lines() -> list[str]:
    """Return the platform, CPU count, Python and PySide6 versions, one per line."""
    return [
        f"platform: {platform.platform()}",
        f"CPUs: {os.cpu_count()}",
        f"Python: {platform.python_version()}",
        f"PySide6: {PySide6.__version__} (Qt {qVersion()})",
    ]


def add_order(sandbox: SandboxServer) -> None:
    """Add an order of customer 7002 with five SALEs, each with a PAAY 3DS result."""
    store = sandbox.store
    rng = random.Random(5)
    with store.lock:
        customer = store.customers[facts.CYRILLIC_CUSTOMER_ID]
        order = new_order(
            store,
            order_id=ORDER_ID,
            customer=customer,
            campaign=store.campaigns[3],
            created="2026-11-02 10:00:00",
        )
        add_item(store, order, store.products[106])
        for index, status in enumerate("YAUNY"):
            sale = new_transaction(
                store,
                order,
                txn_type="SALE",
                amount=to_decimal(order["totalAmount"]),
                created=f"2026-11-02 10:0{index + 1}:00",
                merchant=store.merchants[3],
                rng=rng,
            )
            attach_three_ds(sale, status, rng)


def one_by_one(konnektive: KonnektiveClient, paay: PaayClient) -> float:
    """Send the order query, the transactions query and each PAAY call in turn."""
    started = time.perf_counter()
    konnektive.call(find_endpoint("/order/query/"), [("orderId", ORDER_ID)])
    transactions = konnektive.call(
        find_endpoint("/transactions/query/"), [("orderId", ORDER_ID), ("resultsPerPage", "200")]
    )
    ids = [str(row["threeDStransactionId"]) for row in transactions.rows or []]
    if len(ids) != REFERENCES:
        raise SystemExit(f"the order has {len(ids)} PAAY references instead of {REFERENCES}")
    for paay_id in ids:
        paay.result(paay_id)
    return time.perf_counter() - started


def in_parallel(konnektive: KonnektiveClient, paay: PaayClient) -> float:
    """Run lookup_order_3ds on the order and check that it made every PAAY call."""
    started = time.perf_counter()
    result = lookup_order_3ds(konnektive, paay, ORDER_ID)
    elapsed = time.perf_counter() - started
    if result.paay_calls != REFERENCES or len(result.rows) != REFERENCES:
        raise SystemExit(f"the lookup made {result.paay_calls} PAAY calls: {result.rows}")
    return elapsed


def main() -> int:
    """Run both ways three times each and write the report to standard output."""
    credentials = KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)
    with (
        SandboxServer() as sandbox,
        KonnektiveClient(sandbox.base_url, credentials) as konnektive,
        PaayClient(sandbox.base_url, "v2.2", SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET) as paay,
    ):
        add_order(sandbox)
        # One call without latency opens the connections, so no run pays for the first connect.
        in_parallel(konnektive, paay)
        sandbox.latency_ms = LATENCY_MS
        parallel = statistics.median(in_parallel(konnektive, paay) for _ in range(RUNS))
        sequential = statistics.median(one_by_one(konnektive, paay) for _ in range(RUNS))
    ratio = parallel / sequential
    lines = [
        f"lookup_order_3ds: 1 order, {REFERENCES} PAAY references, "
        f"{LATENCY_MS} ms added latency, median of {RUNS} runs",
        f"parallel: {parallel:.3f} s (goal: at most {GOAL_SECONDS:.1f} s)",
        f"one by one ({REFERENCES + 2} calls): {sequential:.3f} s",
        f"ratio: {ratio:.3f}",
        *machine_lines(),
    ]
    sys.stdout.write("\n".join(lines) + "\n")
    return 0 if parallel <= GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
