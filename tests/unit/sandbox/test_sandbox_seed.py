"""Seeded data: determinism and the facts that other tests rely on."""

from __future__ import annotations

import json
import re
from collections import Counter

from desktop_app.sandbox import DEFAULT_SEED
from desktop_app.sandbox.seed import build_store, facts
from desktop_app.sandbox.store import Store


def _dump(store: Store) -> str:
    return json.dumps(
        [store.customers, store.orders, store.transactions, store.purchases, store.members],
        sort_keys=True,
        default=str,
    )


def test_same_seed_gives_same_data() -> None:
    """Two builds of one seed are identical, and another seed keeps only the fixed facts."""
    assert _dump(build_store(7)) == _dump(build_store(7))
    other = build_store(8)
    assert _dump(other) != _dump(build_store(7))
    assert facts.MARA_ORDER_ID in other.orders
    assert facts.REDIRECT_ORDER_ID in other.orders


def test_sizes() -> None:
    """The seed has enough customers, orders, campaigns and products."""
    store = build_store()
    assert len(store.customers) >= 60
    assert len(store.orders) == facts.ORDER_COUNT
    assert len(store.campaigns) >= 4
    assert len(store.products) >= 8
    assert len({o["campaignId"] for o in store.orders.values()}) >= 4


def test_every_kind_of_transaction() -> None:
    """All txnTypes, decline kinds and 3-D Secure results appear for several seeds."""
    for seed in (1, 2, DEFAULT_SEED):
        store = build_store(seed)
        txns = list(store.transactions.values())
        assert {t["txnType"] for t in txns} == {
            "SALE",
            "AUTHORIZE",
            "CAPTURE",
            "REFUND",
            "VOID",
            "CHARGEBACK",
        }
        assert {t["responseType"] for t in txns} == {"SUCCESS", "SOFT_DECLINE", "HARD_DECLINE"}
        three_ds = [t for t in txns if t["3DTxnResult"]]
        assert len(three_ds) >= 20
        assert {t["3DTxnResult"] for t in three_ds} == {"Y", "A", "N", "U", "R", "C"}
        charged_back = [t for t in txns if t["isChargedback"]]
        assert charged_back
        assert all(t["chargebackAmount"] and t["chargebackReasonCode"] for t in charged_back)
        statuses = Counter(p["status"] for p in store.purchases.values())
        assert set(statuses) >= {
            "ACTIVE",
            "CANCELLED",
            "TRIAL",
            "PAUSED",
            "INACTIVE",
            "RECYCLE_BILLING",
        }


def test_fixed_customers() -> None:
    """Mara, the Cyrillic customer and a leading-zero postal code are present."""
    store = build_store()
    mara = store.customers[facts.MARA_CUSTOMER_ID]
    assert mara["emailAddress"] == "mara+billing@example.net"
    assert mara["phoneNumber"] == "+1 555 010 0199"
    assert mara["postalCode"] == "02134"
    assert mara["paySources"][0]["lastFour"] == "0042"
    anna = store.customers[facts.CYRILLIC_CUSTOMER_ID]
    assert re.fullmatch(r"[А-Яа-яЁё]+", anna["firstName"])
    assert sum(c["postalCode"].startswith("0") for c in store.customers.values()) >= 3


def test_ids_money_and_dates_have_api_formats() -> None:
    """Order ids are 10 upper-case hex digits, money has two decimals, dates have no offset."""
    store = build_store()
    for order in store.orders.values():
        assert re.fullmatch(r"[0-9A-F]{10}", order["orderId"])
        assert re.fullmatch(r"-?\d+\.\d\d", order["totalAmount"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", order["dateCreated"])
        assert "2026-07-03" <= order["dateCreated"] <= "2026-11-01 12:00:00"
    for txn in store.transactions.values():
        assert isinstance(txn["transactionId"], int)
        assert re.fullmatch(r"-?\d+\.\d\d", txn["totalAmount"])
    assert all(isinstance(c["customerId"], int) for c in store.customers.values())


def test_no_full_card_numbers() -> None:
    """Card fields hold at most six digits (BIN) or four (last four)."""
    store = build_store()
    rows = [*store.orders.values(), *store.transactions.values()]
    rows += [s for c in store.customers.values() for s in c["paySources"]]
    for row in rows:
        for key, value in row.items():
            if "card" in key.lower() and isinstance(value, str) and value.isdigit():
                assert len(value) <= 6, (key, value)
