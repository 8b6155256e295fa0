"""Transaction endpoints: query, refund, chargeback update and chargeback data."""

from __future__ import annotations

from typing import Any

from desktop_app.sandbox.errors import ApiError, invalid, missing
from desktop_app.sandbox.handlers import lookup
from desktop_app.sandbox.handlers.common import Context, Filter, Match, by_field, query, select
from desktop_app.sandbox.handlers.order_writes import cancel_purchase_record
from desktop_app.sandbox.handlers.orders import PERSON_FILTERS
from desktop_app.sandbox.payments import (
    RESPONSE_TYPES,
    TXN_TYPES,
    mark_chargeback,
    refund_transaction,
    revert_chargeback,
)
from desktop_app.sandbox.values import to_decimal

_FILTERS = (
    by_field("orderId"),
    by_field("purchaseId"),
    by_field("customerId", Match.INT),
    by_field("transactionId", Match.INT),
    by_field("txnType", Match.CHOICE, choices=TXN_TYPES),
    by_field("paySource"),
    by_field("merchantTxnId"),
    by_field("merchantId", Match.INT),
    by_field("campaignId", Match.INT),
    by_field("cardLast4"),
    by_field("cardBin"),
    by_field("isChargedback", Match.INT),
    by_field("billingCycleNumber", Match.INT),
    by_field("3DTxnResult", Match.CHOICE, choices=("Y", "A", "N", "U", "R", "C")),
    *PERSON_FILTERS,
)


def query_transactions(ctx: Context) -> Any:
    """Handle ``/transactions/query/``.

    ``responseType`` is a filter here (SUCCESS, SOFT_DECLINE, HARD_DECLINE), not a reply
    format, so ``responseType=json`` is rejected as an invalid value.
    """
    response = ctx.get("responseType")
    filters: tuple[Filter, ...] = _FILTERS
    if response is not None:
        if response.upper() not in RESPONSE_TYPES:
            raise invalid("responseType", response, "Use one of " + ", ".join(RESPONSE_TYPES))
        filters += (by_field("responseType", Match.CHOICE, choices=RESPONSE_TYPES),)
    return query(ctx, ctx.store.transactions.values(), filters, "transactions")


def refund(ctx: Context) -> Any:
    """Handle ``/transactions/refund/``: refund one SALE or CAPTURE.

    ``externalRefund=1`` records a refund done at the processor, ``cancelPurchase=1`` also
    cancels the transaction's purchase.
    """
    store = ctx.store
    txn = lookup.transaction(ctx)
    if ctx.flag("fullRefund"):
        amount = to_decimal(txn.get("_refundable"))
        if amount <= 0:
            raise ApiError(f"Transaction {txn['transactionId']} has nothing left to refund")
    else:
        ctx.require("refundAmount")
        amount = ctx.amount("refundAmount") or to_decimal("0")
    created = store.now()
    row = refund_transaction(
        store, txn, amount, created, ctx.get("refundReason"), ctx.flag("externalRefund")
    )
    if ctx.get("refundMerchantTxnId") is not None:
        row["merchantTxnId"] = ctx.get("refundMerchantTxnId")
    if ctx.flag("cancelPurchase") and txn["purchaseId"]:
        purchase = store.purchases.get(txn["purchaseId"])
        if purchase is not None and purchase["status"] != "CANCELLED":
            cancel_purchase_record(purchase, ctx.get("refundReason") or "Refunded", created, False)
    order = store.orders[txn["orderId"]]
    return {
        "transactionId": row["transactionId"],
        "parentTxnId": txn["transactionId"],
        "orderId": txn["orderId"],
        "refundAmount": row["totalAmount"].lstrip("-"),
        "refundRemaining": order["refundRemaining"],
        "orderStatus": order["orderStatus"],
    }


def update(ctx: Context) -> Any:
    """Handle ``/transactions/update``: mark (``markChargeback=1``) or revert a chargeback."""
    store = ctx.store
    txn = lookup.transaction(ctx)
    created = store.now()
    if ctx.flag("markChargeback"):
        amount = ctx.amount("chargebackAmount")
        if amount is None:
            raise missing("chargebackAmount")
        chargeback_date = ctx.day("chargebackDate", required=True)
        code = ctx.require("chargebackReasonCode")
        if len(code) > 10:
            raise invalid("chargebackReasonCode", code, "Send at most 10 characters")
        details = {
            "chargebackAmount": amount,
            "chargebackDate": str(chargeback_date),
            "chargebackReasonCode": code,
            "chargebackNote": ctx.get("chargebackNote"),
        }
        mark_chargeback(store, txn, details, created)
    elif ctx.flag("revertChargeback"):
        revert_chargeback(store, txn, created)
    else:
        raise ApiError("Missing required parameter: markChargeback or revertChargeback")
    return {key: value for key, value in txn.items() if not key.startswith("_")}


def query_cbdata(ctx: Context) -> Any:
    """Handle ``/cbdata/query/``: chargeback records, optionally of one transaction."""
    filters = (
        by_field("transactionId", Match.INT),
        by_field("orderId"),
        by_field("customerId", Match.INT),
        by_field("merchantId", Match.INT),
        by_field("reasonCode"),
        by_field("status"),
    )
    return query(ctx, ctx.store.cbdata, filters, "chargebacks")


def list_cbdata(ctx: Context) -> Any:
    """Handle ``/cbdata/list/``: chargeback counts and amounts per reason code."""
    rows = select(ctx, ctx.store.cbdata, (by_field("merchantId", Match.INT),))
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        group = groups.setdefault(
            row["reasonCode"],
            {
                "reasonCode": row["reasonCode"],
                "reasonDescription": row["reasonDescription"],
                "count": 0,
                "amount": to_decimal("0"),
                "dateCreated": row["dateCreated"],
            },
        )
        group["count"] += 1
        group["amount"] += to_decimal(row["chargebackAmount"])
    listed = [{**group, "amount": f"{group['amount']:.2f}"} for _, group in sorted(groups.items())]
    return query(ctx, listed, (), "chargebacks", dated=False)
