"""In-memory data of the sandbox, guarded by one re-entrant lock."""

from __future__ import annotations

import pickle
import random
import threading
from datetime import datetime, timedelta
from typing import Any

from desktop_app.sandbox.values import hex_id, timestamp

Row = dict[str, Any]
"""One record as it appears in replies. Keys that start with ``_`` are internal and never sent."""

REFERENCE_DATE = datetime(2026, 11, 1, 12, 0, 0)
"""Start of the sandbox clock. Seeded records lie in the 120 days before it, and records made
by write requests are stamped after it."""

_FIRST_IDS = {
    "customer": 7001,
    "actualOrder": 48001,
    "transaction": 310001,
    "orderItem": 90001,
    "fulfillment": 6001,
    "fulfillmentItem": 8801,
    "paySource": 4401,
    "history": 1,
    "note": 1,
    "blacklist": 1,
    "contract": 1,
    "cbData": 1,
    "product": 101,
    "campaign": 1,
    "merchant": 1,
    "coupon": 1,
    "affiliate": 1,
    "member": 100001,
}


class Store:
    """All records of one sandbox, keyed by id in insertion order.

    Every read and write must hold ``lock``. The HTTP server takes it around each request, so
    handlers run one at a time.

    Attributes:
        seed: Seed of the random generator that built the data.
        lock: Re-entrant lock guarding every attribute.
        clock: Current sandbox time, which ``now()`` advances.
    """

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.lock = threading.RLock()
        self.clear()

    def clear(self) -> None:
        """Drop all records and restart the id counters, the clock and the id generator."""
        self.customers: dict[int, Row] = {}
        self.orders: dict[str, Row] = {}
        self.transactions: dict[int, Row] = {}
        self.purchases: dict[str, Row] = {}
        self.fulfillments: dict[int, Row] = {}
        self.products: dict[int, Row] = {}
        self.campaigns: dict[int, Row] = {}
        self.merchants: dict[int, Row] = {}
        self.coupons: dict[int, Row] = {}
        self.clubs: dict[int, Row] = {}
        self.members: dict[str, Row] = {}
        self.affiliates: dict[int, Row] = {}
        self.blacklist: list[Row] = []
        self.history: list[Row] = []
        self.contracts: list[Row] = []
        self.cbdata: list[Row] = []
        self.recycle_profiles: list[Row] = []
        self.cascade_profiles: list[Row] = []
        self.bin_maps: list[Row] = []
        self.bin_profiles: list[Row] = []
        self.merchant_profiles: list[Row] = []
        self.txns_by_order: dict[str, list[int]] = {}
        self.clock = REFERENCE_DATE
        self._counters = dict(_FIRST_IDS)
        # Ids drawn by write requests come from their own generator, so the seeded records stay
        # the same whatever the requests do.
        self.rng = random.Random(self.seed * 7919 + 17)

    def next_id(self, kind: str) -> int:
        """Return the next integer id of a record kind, e.g. ``"transaction"``."""
        value = self._counters[kind]
        self._counters[kind] = value + 1
        return value

    def reserve_id(self, kind: str, value: int) -> None:
        """Make sure ``next_id(kind)`` never returns ``value`` or anything below it."""
        self._counters[kind] = max(self._counters[kind], value + 1)

    def new_hex_id(self, rng: random.Random | None = None) -> str:
        """Draw a 10-character hexadecimal id not used by any order or purchase."""
        source = rng if rng is not None else self.rng
        while True:
            candidate = hex_id(source)
            if candidate not in self.orders and candidate not in self.purchases:
                return candidate

    def now(self) -> str:
        """Advance the sandbox clock by one second and return it as a reply timestamp."""
        self.clock += timedelta(seconds=1)
        return timestamp(self.clock)

    def add_transaction(self, txn: Row) -> Row:
        """Store a transaction and index it under its order."""
        self.transactions[txn["transactionId"]] = txn
        self.txns_by_order.setdefault(txn["orderId"], []).append(txn["transactionId"])
        return txn

    def remove_transaction(self, txn_id: int) -> None:
        """Delete a transaction and its entry in the order index."""
        txn = self.transactions.pop(txn_id)
        self.txns_by_order[txn["orderId"]].remove(txn_id)

    def order_transactions(self, order_id: str) -> list[Row]:
        """Return the transactions of an order, oldest first."""
        return [self.transactions[i] for i in self.txns_by_order.get(order_id, [])]

    def snapshot(self) -> bytes:
        """Serialize every record, counter and generator state (not the lock)."""
        with self.lock:
            state = {key: value for key, value in self.__dict__.items() if key != "lock"}
            return pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL)

    def restore(self, snapshot: bytes) -> None:
        """Replace every record with the state saved by ``snapshot``, keeping the lock."""
        state = pickle.loads(snapshot)
        with self.lock:
            self.__dict__.update(state)
