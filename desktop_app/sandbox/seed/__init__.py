"""Deterministic seeded data of the sandbox.

``build_store(seed)`` draws every value from ``random.Random(seed)`` and dates everything
relative to ``store.REFERENCE_DATE``, so the same seed gives the same records on any day.
The records in ``facts`` are the same for every seed.
"""

from __future__ import annotations

import random
import threading

from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.seed.catalog import seed_catalog
from desktop_app.sandbox.seed.extras import seed_extras
from desktop_app.sandbox.seed.fixed import seed_fixed_orders
from desktop_app.sandbox.seed.orders import OrderSeeder
from desktop_app.sandbox.seed.people import seed_customers
from desktop_app.sandbox.store import Store

DEFAULT_SEED = 20261204


def build_store(seed: int = DEFAULT_SEED) -> Store:
    """Build a store filled with the seeded data of ``seed``."""
    store = Store(seed)
    fill_store(store)
    return store


# Seeding takes tens of milliseconds and every test starts a fresh server, so the first
# build of each seed is kept as a pickle and later fills restore it (a few milliseconds).
_snapshots: dict[int, bytes] = {}
_snapshots_lock = threading.Lock()


def fill_store(store: Store) -> None:
    """Clear a store and fill it with the seeded data of ``store.seed``."""
    with _snapshots_lock:
        snapshot = _snapshots.get(store.seed)
    if snapshot is None:
        snapshot = _build_snapshot(store.seed)
        with _snapshots_lock:
            _snapshots[store.seed] = snapshot
    store.restore(snapshot)


def _build_snapshot(seed: int) -> bytes:
    store = Store(seed)
    rng = random.Random(seed)
    seed_catalog(store)
    customers = seed_customers(store, rng)
    seed_fixed_orders(store, rng)
    generated = facts.ORDER_COUNT - len(store.orders)
    OrderSeeder(store, rng).seed(generated, customers[4:])
    seed_extras(store, rng)
    return store.snapshot()


__all__ = ["DEFAULT_SEED", "build_store", "facts", "fill_store"]
