"""Generated orders with their transactions, purchases and fulfillments.

Each generated order follows one scenario (a plain sale, a refund, a chargeback, a decline,
...). Fixed quotas make every transaction type, decline kind, 3-D Secure result and purchase
status appear whatever the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from desktop_app.sandbox.payments import (
    attach_three_ds,
    mark_chargeback,
    new_transaction,
    refund_transaction,
)
from desktop_app.sandbox.records import add_item, apply_coupon, new_order
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.seed.catalog import CAMPAIGN_MERCHANTS
from desktop_app.sandbox.seed.purchases import add_purchases
from desktop_app.sandbox.seed.shipping import add_seed_fulfillment, fulfillment_status_for
from desktop_app.sandbox.store import REFERENCE_DATE, Row, Store
from desktop_app.sandbox.values import CENT, timestamp, to_decimal

_QUOTAS = {
    "chargeback": 8,
    "refund_full": 15,
    "refund_partial": 10,
    "auth_capture": 15,
    "auth_void": 8,
    "soft_decline": 15,
    "hard_decline": 15,
    "soft_then_sale": 12,
    "lead": 10,
    "cancelled": 10,
    "qa_hold": 5,
    "3ds_ok": 14,
    "3ds_fail": 6,
    "3ds_pending": 4,
    "rebill": 20,
}
_SOFT_TEXTS = ("Insufficient funds", "Issuer unavailable", "Exceeds withdrawal limit")
_HARD_TEXTS = ("Do not honor", "Stolen card - pick up", "Invalid card number", "Expired card")
_CHARGEBACK_CODES = ("10.4", "13.1", "13.2", "13.3", "4837", "4853")
_SUCCESS_SCENARIOS = frozenset(
    {
        "sale",
        "rebill",
        "qa_hold",
        "3ds_ok",
        "auth_capture",
        "soft_then_sale",
        "refund_full",
        "refund_partial",
        "chargeback",
        "cancelled",
    }
)
# The first generated orders with purchases take these statuses, so each appears for any seed.
_FORCED_PURCHASE_STATUSES = ("ACTIVE", "TRIAL", "PAUSED", "INACTIVE", "RECYCLE_BILLING")
_TAXED_STATES = frozenset({"TX", "WA", "IL", "TN"})
_CAMPAIGN_WEIGHTS = {1: 30, 2: 20, 3: 20, 4: 18, 5: 12}


@dataclass
class _OrderPlan:
    """Everything drawn for one generated order before it is built."""

    created: datetime
    customer: Row
    campaign_id: int
    product_ids: list[int]
    scenario: str
    extras: dict[str, object] = field(default_factory=dict)
    coupon_id: int | None = None
    cycle: int = 1


class OrderSeeder:
    """Builds the generated orders into a store.

    Attributes:
        store: Target store.
        rng: Random generator of the seed.
    """

    def __init__(self, store: Store, rng: random.Random) -> None:
        self.store = store
        self.rng = rng
        self._forced_statuses = list(_FORCED_PURCHASE_STATUSES)
        self._three_ds_counts = {"ok": 0, "fail": 0}

    def seed(self, count: int, customers: list[Row]) -> None:
        """Add ``count`` generated orders of the given customers, built in date order."""
        scenarios = [name for name, quota in _QUOTAS.items() for _ in range(quota)]
        scenarios += ["sale"] * (count - len(scenarios))
        self.rng.shuffle(scenarios)
        plans = [self._plan(customers, scenario) for scenario in scenarios]
        plans.sort(key=lambda plan: plan.created)
        for plan in plans:
            self._build(plan)

    def _plan(self, customers: list[Row], scenario: str) -> _OrderPlan:
        rng = self.rng
        seconds = rng.randrange(3600, facts.HISTORY_DAYS * 86400)
        campaign_id = rng.choices(
            list(_CAMPAIGN_WEIGHTS), weights=list(_CAMPAIGN_WEIGHTS.values())
        )[0]
        products = [self.store.products[p] for p in self.store.campaigns[campaign_id]["productIds"]]
        offers = [p["productId"] for p in products if p["productType"] == "OFFER"]
        upsells = [p["productId"] for p in products if p["productType"] == "UPSALE"]
        product_ids = [rng.choice(offers)]
        if upsells and rng.random() < 0.3:
            product_ids.append(rng.choice(upsells))
        plan = _OrderPlan(
            created=REFERENCE_DATE - timedelta(seconds=seconds),
            customer=rng.choice(customers),
            campaign_id=campaign_id,
            product_ids=product_ids,
            scenario=scenario,
        )
        plan.extras["UTMSource"] = rng.choice(("fb", "google", "tiktok", None))
        plan.extras["UTMCampaign"] = rng.choice(("SPRING", "BFCM", "RETARGET", None))
        if rng.random() < 0.3:
            plan.extras["affId"] = rng.choice([a["affId"] for a in self.store.affiliates.values()])
        coupons = [c for c in self.store.coupons.values() if c["campaignId"] == campaign_id]
        if coupons and rng.random() < 0.15:
            plan.coupon_id = coupons[0]["couponId"]
        if scenario == "rebill":
            plan.cycle = rng.randrange(2, 5)
        return plan

    def _build(self, plan: _OrderPlan) -> Row:
        store, rng = self.store, self.rng
        order = new_order(
            store,
            order_id=store.new_hex_id(rng),
            customer=plan.customer,
            campaign=store.campaigns[plan.campaign_id],
            created=timestamp(plan.created),
            order_type="REBILL" if plan.cycle > 1 else "NEW_SALE",
            extras=plan.extras,
        )
        order["avsResponse"] = rng.choice(("Y", "Y", "Y", "Z", "N"))
        order["cvvResponse"] = rng.choice(("M", "M", "M", "N"))
        if order["state"] in _TAXED_STATES:
            order["_taxRate"] = "0.0625"
        if plan.coupon_id is not None:
            apply_coupon(order, store.coupons[plan.coupon_id])
        for product_id in plan.product_ids:
            add_item(store, order, store.products[product_id])
        order["hasUpsell"] = len(plan.product_ids) > 1
        if plan.scenario in _SUCCESS_SCENARIOS:
            status = self._purchase_status(plan)
            add_purchases(store, rng, order, plan.created, status, plan.scenario, plan.cycle)
        order["orderStatus"] = self._play(order, plan)
        if plan.scenario == "qa_hold":
            order["reviewStatus"] = "PENDING"
        if plan.scenario in _SUCCESS_SCENARIOS:
            shipping = fulfillment_status_for(plan.scenario, plan.created, rng)
            add_seed_fulfillment(store, order, plan.created, shipping, rng)
        return order

    def _purchase_status(self, plan: _OrderPlan) -> str:
        if plan.scenario in ("refund_full", "cancelled", "chargeback"):
            return "CANCELLED"
        if plan.scenario == "soft_then_sale":
            return "ACTIVE"
        has_recurring = any(
            self.store.products[p]["billingCycleType"] != "ONE_TIME" for p in plan.product_ids
        )
        if self._forced_statuses and has_recurring:
            return self._forced_statuses.pop(0)
        if REFERENCE_DATE - plan.created < timedelta(days=14):
            return "TRIAL"  # add_purchases keeps TRIAL for trial products only
        statuses = ("ACTIVE", "PAUSED", "INACTIVE", "RECYCLE_BILLING", "CANCELLED")
        return self.rng.choices(statuses, weights=(70, 8, 8, 8, 6))[0]

    def _play(self, order: Row, plan: _OrderPlan) -> str:
        """Create the transactions of the order's scenario and return the order status."""
        scenario, rng = plan.scenario, self.rng
        charge = _Charger(self.store, order, plan, rng)
        if scenario == "lead":
            return "PARTIAL"
        if scenario in ("soft_decline", "hard_decline"):
            soft = scenario == "soft_decline"
            text = rng.choice(_SOFT_TEXTS if soft else _HARD_TEXTS)
            charge("SALE", "SOFT_DECLINE" if soft else "HARD_DECLINE", text)
            return "DECLINED"
        if scenario == "3ds_fail":
            txn = charge("SALE", "HARD_DECLINE", "3-D Secure authentication failed")
            attach_three_ds(txn, "NR"[self._three_ds_counts["fail"] % 2], rng)
            self._three_ds_counts["fail"] += 1
            return "DECLINED"
        if scenario == "3ds_pending":
            txn = charge("AUTHORIZE", "SOFT_DECLINE", "Awaiting 3-D Secure challenge")
            attach_three_ds(txn, "C", rng)
            return "PENDING"
        if scenario in ("auth_capture", "auth_void"):
            auth = charge("AUTHORIZE")
            charge.wait(timedelta(hours=rng.randrange(1, 48)))
            if scenario == "auth_capture":
                charge("CAPTURE", parent=auth)
                return "COMPLETE"
            charge("VOID", text="Voided", parent=auth, sign=-1)
            return "CANCELLED"
        if scenario == "soft_then_sale":
            charge("SALE", "SOFT_DECLINE", rng.choice(_SOFT_TEXTS))
            charge.wait(timedelta(days=1))
            sale = charge("SALE", recycle=1)
        else:
            sale = charge("SALE")
        if scenario == "3ds_ok":
            attach_three_ds(sale, "YAU"[self._three_ds_counts["ok"] % 3], rng)
            self._three_ds_counts["ok"] += 1
        return self._after_sale(sale, scenario, charge.moment)

    def _after_sale(self, sale: Row, scenario: str, moment: datetime) -> str:
        """Apply the refund, chargeback or cancellation that follows a sale."""
        store, rng = self.store, self.rng
        later = moment + timedelta(days=rng.randrange(2, 30), minutes=rng.randrange(600))
        when = timestamp(min(later, REFERENCE_DATE - timedelta(minutes=5)))
        amount = to_decimal(sale["totalAmount"])
        if scenario == "refund_full":
            refund_transaction(store, sale, amount, when, "Customer request")
            return "REFUNDED"
        if scenario == "refund_partial":
            share = (amount * Decimal(rng.randrange(30, 60)) / 100).quantize(CENT)
            refund_transaction(store, sale, share, when, "Partial refund: damaged item")
        elif scenario == "chargeback":
            details = {
                "chargebackAmount": amount,
                "chargebackDate": when[:10],
                "chargebackReasonCode": rng.choice(_CHARGEBACK_CODES),
                "chargebackNote": "Dispute received from the acquirer",
            }
            mark_chargeback(store, sale, details, when)
        elif scenario == "cancelled":
            return "CANCELLED"
        return "COMPLETE"


class _Charger:
    """Creates the transactions of one order at a moment that moves forward."""

    def __init__(self, store: Store, order: Row, plan: _OrderPlan, rng: random.Random) -> None:
        self.store = store
        self.order = order
        self.plan = plan
        self.rng = rng
        self.moment = plan.created + timedelta(seconds=rng.randrange(40, 120))
        merchants = CAMPAIGN_MERCHANTS[plan.campaign_id]
        first_choice = len(merchants) == 1 or rng.random() < 0.8
        self.merchant = store.merchants[merchants[0] if first_choice else merchants[1]]

    def wait(self, delay: timedelta) -> None:
        """Move the moment of the next transaction forward."""
        self.moment += delay

    def __call__(
        self,
        txn_type: str,
        response: str = "SUCCESS",
        text: str = "Approved",
        *,
        parent: Row | None = None,
        recycle: int = 0,
        sign: int = 1,
    ) -> Row:
        return new_transaction(
            self.store,
            self.order,
            txn_type=txn_type,
            amount=to_decimal(self.order["totalAmount"]) * sign,
            created=timestamp(self.moment),
            merchant=self.merchant,
            response_type=response,
            response_text=text,
            parent=parent,
            cycle=self.plan.cycle,
            recycle=recycle,
            rng=self.rng,
        )
