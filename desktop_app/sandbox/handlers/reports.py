"""Report endpoints, computed from the current transactions, orders and purchases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop_app.sandbox.errors import NoResults
from desktop_app.sandbox.handlers.common import Context, Match, by_field, page, select
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import money, to_decimal

_ZERO = Decimal("0.00")
_BILLING_STATUSES = frozenset({"ACTIVE", "TRIAL", "RECYCLE_BILLING", "PAUSED"})


def _percent(part: int, whole: int) -> str:
    return f"{Decimal(100 * part) / whole:.2f}" if whole else "0.00"


def _transactions(ctx: Context) -> list[Row]:
    filters = (
        by_field("campaignId", Match.INT),
        by_field("midId", Match.INT, name="merchantId"),
        by_field("merchantId", Match.INT),
        by_field("cardBin"),
    )
    rows = select(ctx, ctx.store.transactions.values(), filters)
    product = ctx.integer("productId")
    if product is not None:
        rows = [t for t in rows if str(product) in ctx.store.orders[t["orderId"]]["items"]]
    return rows


def mid_summary(ctx: Context) -> Any:
    """Handle ``/reports/mid-summary/``: paged totals per merchant."""
    store = ctx.store
    totals: dict[str, dict[str, Any]] = {}
    for txn in _transactions(ctx):
        merchant = store.merchants[int(txn["merchantId"])]
        row = totals.setdefault(
            txn["merchantId"],
            {
                "merchantId": merchant["merchantId"],
                "title": merchant["title"],
                "midNumber": merchant["midNumber"],
                "salesCount": 0,
                "salesTotal": _ZERO,
                "declineCount": 0,
                "refundCount": 0,
                "refundTotal": _ZERO,
                "chargebackCount": 0,
                "chargebackTotal": _ZERO,
            },
        )
        amount = abs(to_decimal(txn["totalAmount"]))
        if txn["txnType"] in ("SALE", "CAPTURE") and txn["responseType"] == "SUCCESS":
            row["salesCount"] += 1
            row["salesTotal"] += amount
        elif txn["txnType"] in ("SALE", "AUTHORIZE") and txn["responseType"] != "SUCCESS":
            row["declineCount"] += 1
        elif txn["txnType"] == "REFUND":
            row["refundCount"] += 1
            row["refundTotal"] += amount
        elif txn["txnType"] == "CHARGEBACK":
            row["chargebackCount"] += 1
            row["chargebackTotal"] += amount
    rows = []
    for row in sorted(totals.values(), key=lambda r: r["merchantId"]):
        attempts = row["salesCount"] + row["declineCount"]
        net = row["salesTotal"] - row["refundTotal"] - row["chargebackTotal"]
        rows.append(
            {
                **row,
                "salesTotal": money(row["salesTotal"]),
                "refundTotal": money(row["refundTotal"]),
                "chargebackTotal": money(row["chargebackTotal"]),
                "netTotal": money(net),
                "approvalRate": _percent(row["salesCount"], attempts),
                "chargebackRate": _percent(row["chargebackCount"], row["salesCount"]),
            }
        )
    if not rows:
        raise NoResults("records")
    return page(ctx, rows, "records")


def _group_key(store: Store, report_type: str) -> Callable[[Row], tuple[Any, dict[str, Any]]]:
    def by_date(txn: Row) -> tuple[Any, dict[str, Any]]:
        return txn["dateCreated"][:10], {"date": txn["dateCreated"][:10]}

    def by_campaign(txn: Row) -> tuple[Any, dict[str, Any]]:
        campaign_id = int(txn["campaignId"])
        return campaign_id, {"campaignId": campaign_id, "campaignName": txn["campaignName"]}

    def by_product(txn: Row) -> tuple[Any, dict[str, Any]]:
        item = next(iter(store.orders[txn["orderId"]]["items"].values()), None)
        if item is None:
            return 0, {"productId": None, "productName": None}
        return int(item["productId"]), {"productId": item["productId"], "productName": item["name"]}

    return {"date": by_date, "campaign": by_campaign, "product": by_product}[report_type]


def transaction_summary(ctx: Context) -> Any:
    """Handle ``/transactions/summary/``, whose message is a bare array of rows."""
    ctx.require_day("startDate")
    ctx.require_day("endDate")
    report_type = (ctx.choice("reportType", ("DATE", "CAMPAIGN", "PRODUCT")) or "DATE").lower()
    key_of = _group_key(ctx.store, report_type)
    groups: dict[Any, dict[str, Any]] = {}
    for txn in _transactions(ctx):
        key, label = key_of(txn)
        row = groups.get(key)
        if row is None:
            row = groups[key] = {
                **label,
                **dict.fromkeys(_SUMMARY_COUNTS, 0),
                **dict.fromkeys(_SUMMARY_SUMS, _ZERO),
            }
        _count(row, txn)
    if not groups:
        raise NoResults("records")
    rows = []
    for _, row in sorted(groups.items(), key=lambda item: str(item[0])):
        row["grossRevenue"] = row["newSaleRev"] + row["rebillRev"]
        row["netRevenue"] = row["grossRevenue"] - row["refundRev"] - row["chargebackRev"]
        rows.append({k: money(v) if isinstance(v, Decimal) else v for k, v in row.items()})
    return rows


_SUMMARY_COUNTS = (
    "newSaleCnt",
    "newSaleDeclinesCnt",
    "rebillCnt",
    "rebillDeclinesCnt",
    "refundCnt",
    "voidCnt",
    "chargebackCnt",
)
_SUMMARY_SUMS = ("newSaleRev", "rebillRev", "refundRev", "chargebackRev")


def _count(row: dict[str, Any], txn: Row) -> None:
    kind = "newSale" if txn["billingCycleNumber"] == 1 else "rebill"
    amount = abs(to_decimal(txn["totalAmount"]))
    if txn["txnType"] in ("SALE", "CAPTURE") and txn["responseType"] == "SUCCESS":
        row[f"{kind}Cnt"] += 1
        row[f"{kind}Rev"] += amount
    elif txn["txnType"] == "SALE":
        row[f"{kind}DeclinesCnt"] += 1
    elif txn["txnType"] == "REFUND":
        row["refundCnt"] += 1
        row["refundRev"] += amount
    elif txn["txnType"] == "VOID":
        row["voidCnt"] += 1
    elif txn["txnType"] == "CHARGEBACK":
        row["chargebackCnt"] += 1
        row["chargebackRev"] += amount


def order_summary(ctx: Context) -> Any:
    """Handle ``/order/summary/``: an array of order totals per campaign, product or date."""
    store = ctx.store
    report_type = (ctx.choice("reportType", ("CAMPAIGN", "PRODUCT", "DATE")) or "CAMPAIGN").lower()
    orders = select(ctx, store.orders.values(), (by_field("campaignId", Match.INT),))
    groups: dict[Any, dict[str, Any]] = {}
    for order in orders:
        first = next(iter(order["items"].values()), None)
        if report_type == "date":
            key: Any = order["dateCreated"][:10]
            label: dict[str, Any] = {"date": key}
        elif report_type == "product":
            key = first["productId"] if first else ""
            label = {"productId": key, "productName": first["name"] if first else None}
        else:
            key = order["campaignId"]
            label = {"campaignId": key, "campaignName": order["campaignName"]}
        row = groups.setdefault(
            key,
            {
                **label,
                "orders": 0,
                "initialSales": 0,
                "declined": 0,
                "partial": 0,
                "total": _ZERO,
                "refunded": _ZERO,
            },
        )
        row["orders"] += 1
        status = order["orderStatus"]
        if status == "DECLINED":
            row["declined"] += 1
        elif status in ("PARTIAL", "PENDING"):
            row["partial"] += 1
        elif status != "CANCELLED" or to_decimal(order["refundRemaining"]) > 0:
            row["initialSales"] += 1
            row["total"] += to_decimal(order["totalAmount"])
            row["refunded"] += to_decimal(order["totalAmount"]) - to_decimal(
                order["refundRemaining"]
            )
    if not groups:
        raise NoResults("records")
    rows = []
    for _, row in sorted(groups.items(), key=lambda item: str(item[0])):
        sales = row["initialSales"]
        rows.append(
            {
                **{k: v for k, v in row.items() if k not in ("total", "refunded")},
                "totalAmount": money(row["total"]),
                "declinePerc": _percent(row["declined"], sales + row["declined"]),
                "avgTicket": money(row["total"] / sales) if sales else "0.00",
                "refundedAmount": money(row["refunded"]),
            }
        )
    return rows


def retention(ctx: Context) -> Any:
    """Handle ``/reports/retention/``: paged rows of active subscriptions per billing cycle."""
    store = ctx.store
    report_type = ctx.require_choice("reportType", ("CAMPAIGN", "SOURCE", "MID")).lower()
    max_cycles = ctx.integer("maxCycles") or 4
    purchases = select(
        ctx,
        store.purchases.values(),
        (
            by_field("campaignId", Match.INT),
            by_field("productId", Match.INT),
            by_field("affiliateId", Match.TEXT, name="affId"),
        ),
    )
    groups: dict[Any, list[Row]] = {}
    for purchase in purchases:
        if report_type == "campaign":
            key: Any = (
                purchase["campaignId"],
                store.campaigns[purchase["campaignId"]]["campaignName"],
            )
        elif report_type == "source":
            key = (purchase["affId"] or "", purchase["affId"] or "(direct)")
        else:
            merchant = purchase["merchantId"]
            key = (
                merchant or "",
                store.merchants[int(merchant)]["title"] if merchant else "(none)",
            )
        groups.setdefault(key, []).append(purchase)
    rows = []
    for (group_id, name), members in sorted(groups.items(), key=lambda item: str(item[0][0])):
        started = len(members)
        for cycle in range(1, max_cycles + 1):
            reached = [p for p in members if p["billingCycleNumber"] >= cycle]
            active = [p for p in reached if p["status"] in _BILLING_STATUSES]
            rows.append(
                {
                    "reportType": report_type,
                    "groupId": group_id,
                    "groupName": name,
                    "cycle": cycle,
                    "subscriptions": started,
                    "reached": len(reached),
                    "active": len(active),
                    "retentionPerc": _percent(len(reached), started),
                }
            )
    return page(ctx, rows, "records")


def bin_approvals(ctx: Context) -> Any:
    """Handle ``/reports/bin-approvals/``: paged approval rates per card BIN."""
    groups: dict[str, dict[str, Any]] = {}
    for txn in _transactions(ctx):
        if txn["txnType"] not in ("SALE", "AUTHORIZE") or not txn["cardBin"]:
            continue
        row = groups.setdefault(
            txn["cardBin"],
            {"cardBin": txn["cardBin"], "cardType": txn["cardType"], "attempts": 0, "approvals": 0},
        )
        row["attempts"] += 1
        row["approvals"] += txn["responseType"] == "SUCCESS"
    rows = [
        {
            **row,
            "declines": row["attempts"] - row["approvals"],
            "approvalRate": _percent(row["approvals"], row["attempts"]),
        }
        for _, row in sorted(groups.items())
    ]
    if not rows:
        raise NoResults("records")
    return page(ctx, rows, "records")


def projected_billing(ctx: Context) -> Any:
    """Handle ``/reports/projected-billing/``.

    The message is an object keyed by group id (campaign or product). Each value maps a bill
    date to ``{"count", "revenue"}`` (revenue like ``"$1,234.00"``) and has an ``id`` key.
    ``cycle1Attrition`` ... ``cycle4PlusAttrition`` (percent) lower the later bills.
    """
    store = ctx.store
    start = ctx.require_day("startDate")
    end = ctx.require_day("endDate")
    report_type = (ctx.choice("reportType", ("CAMPAIGN", "PRODUCT")) or "CAMPAIGN").lower()
    attrition = [ctx.integer(f"cycle{n}Attrition") or 0 for n in (1, 2, 3)]
    attrition.append(ctx.integer("cycle4PlusAttrition") or 0)
    campaign_filter = ctx.integer("campaignId")
    result: dict[str, dict[str, Any]] = {}
    for purchase in store.purchases.values():
        if purchase["status"] not in _BILLING_STATUSES or not purchase["nextBillDate"]:
            continue
        if campaign_filter is not None and purchase["campaignId"] != campaign_filter:
            continue
        group_id = str(
            purchase["campaignId"] if report_type == "campaign" else purchase["productId"]
        )
        for step, bill_date in enumerate(_bill_dates(purchase, start, end)):
            keep = Decimal(1)
            for cycle in range(step + 1):
                keep *= 1 - Decimal(attrition[min(cycle, 3)]) / 100
            group = result.setdefault(group_id, {"id": group_id})
            cell = group.setdefault(bill_date, {"count": Decimal(0), "revenue": _ZERO})
            cell["count"] += keep
            cell["revenue"] += keep * to_decimal(purchase["price"])
    if not result:
        raise NoResults("records")
    reply: dict[str, dict[str, Any]] = {}
    for group_id in sorted(result, key=int):
        group = result[group_id]
        reply[group_id] = {"id": group_id}
        for bill_date in sorted(key for key in group if key != "id"):
            cell = group[bill_date]
            reply[group_id][bill_date] = {
                "count": int(cell["count"].to_integral_value()),
                "revenue": f"${cell['revenue']:,.2f}",
            }
    return reply


def _bill_dates(purchase: Row, start: date, end: date) -> list[str]:
    when = date.fromisoformat(purchase["nextBillDate"])
    interval = timedelta(days=int(purchase["billingIntervalDays"] or 30))
    dates: list[str] = []
    while when <= end and len(dates) < 400:
        if when >= start:
            dates.append(when.isoformat())
        when += interval
    return dates
