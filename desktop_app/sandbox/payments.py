"""Transactions: charges, refunds, chargebacks and 3-D Secure results.

Amounts of REFUND and CHARGEBACK rows are negative. Each successful SALE or CAPTURE keeps the
amount still refundable in the internal ``_refundable`` field, and the order's
``refundRemaining`` is the sum of those.
"""

from __future__ import annotations

import base64
import random
import uuid
from decimal import Decimal
from typing import Any

from desktop_app.sandbox.errors import ApiError
from desktop_app.sandbox.records import add_history
from desktop_app.sandbox.store import Row, Store
from desktop_app.sandbox.values import money, to_decimal

CHARGE_TYPES = ("SALE", "CAPTURE")
TXN_TYPES = ("SALE", "AUTHORIZE", "CAPTURE", "REFUND", "VOID", "CHARGEBACK")
RESPONSE_TYPES = ("SUCCESS", "SOFT_DECLINE", "HARD_DECLINE")
THREE_DS_RESULTS = ("Y", "A", "N", "U", "R", "C")

# ECI values per card brand and 3-D Secure result (Visa/Amex/Discover 05-07, Mastercard 00-02).
_ECI = {
    "MASTERCARD": {"Y": "02", "A": "01"},
    "OTHER": {"Y": "05", "A": "06"},
}
_TXN_PREFIX = {
    "SALE": "ch",
    "AUTHORIZE": "au",
    "CAPTURE": "cp",
    "REFUND": "re",
    "VOID": "vd",
    "CHARGEBACK": "cb",
}
CHARGEBACK_REASONS = {
    "10.4": "Other Fraud - Card-Absent Environment",
    "13.1": "Merchandise/Services Not Received",
    "13.2": "Cancelled Recurring Transaction",
    "13.3": "Not as Described or Defective Merchandise",
    "4837": "No Cardholder Authorization",
    "4853": "Cardholder Dispute",
}


def new_transaction(
    store: Store,
    order: Row,
    *,
    txn_type: str,
    amount: Decimal,
    created: str,
    merchant: Row,
    response_type: str = "SUCCESS",
    response_text: str = "Approved",
    parent: Row | None = None,
    cycle: int = 1,
    recycle: int = 0,
    rng: random.Random | None = None,
) -> Row:
    """Create and store one transaction of an order.

    A successful SALE or CAPTURE adds its amount to the order's ``refundRemaining``. The caller
    sets the order status.
    """
    source = rng if rng is not None else store.rng
    txn_id = store.next_id("transaction")
    success = response_type == "SUCCESS"
    purchase_id = next(
        (item["purchaseId"] for item in order["items"].values() if item["purchaseId"]), None
    )
    row: Row = {
        "transactionId": txn_id,
        "parentTxnId": str(parent["transactionId"]) if parent else None,
        "merchantId": str(merchant["merchantId"]),
        "merchant": merchant["title"],
        "merchantDescriptor": merchant["merchantDescriptor"],
        "midNumber": merchant["midNumber"],
        "mcc": merchant["mcc"],
        "dateCreated": created,
        "dateUpdated": created,
        "txnType": txn_type,
        "responseType": response_type,
        "responseText": response_text,
        "3DTxnResult": None,
        "merchantTxnId": f"{_TXN_PREFIX[txn_type]}_{source.getrandbits(40):010x}",
        "clientTxnId": f"T{txn_id:X}",
        "authCode": f"{source.randrange(10**6):06d}" if success else None,
        "avsResponse": order["avsResponse"],
        "cvvResponse": order["cvvResponse"],
        "totalAmount": money(amount),
        "surcharge": "0.00",
        "orderId": order["orderId"],
        "clientOrderId": order["clientOrderId"],
        "orderType": order["orderType"],
        "purchaseId": purchase_id,
        "billingCycleNumber": cycle,
        "recycleNumber": recycle,
        "campaignId": str(order["campaignId"]),
        "campaignName": order["campaignName"],
        "customerId": order["customerId"],
        "firstName": order["firstName"],
        "lastName": order["lastName"],
        "emailAddress": order["emailAddress"],
        "phoneNumber": order["phoneNumber"],
        "paySource": order["paySource"],
        "cardBin": order["cardBin"],
        "cardLast4": order["cardLast4"],
        "cardType": order["cardType"],
        "cardIsPrepaid": order["cardIsPrepaid"],
        "cardIsDebit": order["cardIsDebit"],
        "isChargedback": 0,
        "chargebackAmount": None,
        "chargebackDate": None,
        "chargebackReasonCode": None,
        "chargebackNote": None,
        "refundReason": None,
        "currencyCode": order["currencyCode"],
        "currencySymbol": order["currencySymbol"],
    }
    if success and txn_type in CHARGE_TYPES:
        row["_refundable"] = money(amount)
        order["refundRemaining"] = money(to_decimal(order["refundRemaining"]) + amount)
        for item in order["items"].values():
            item["merchantId"] = str(merchant["merchantId"])
    if txn_type in ("SALE", "AUTHORIZE", "CAPTURE"):
        order["responseType"] = response_type
    order["dateUpdated"] = created
    return store.add_transaction(row)


def merchant_of(store: Store, txn: Row) -> Row:
    """Return the merchant record a transaction went through."""
    return store.merchants[int(txn["merchantId"])]


def refund_transaction(
    store: Store,
    txn: Row,
    amount: Decimal,
    created: str,
    reason: str | None = None,
    external: bool = False,
) -> Row:
    """Refund part or all of one successful SALE or CAPTURE.

    Returns:
        The new REFUND transaction.

    Raises:
        ApiError: The transaction is not a successful charge, or the amount is zero or more
            than what is left to refund.
    """
    txn_id = txn["transactionId"]
    if txn["txnType"] not in CHARGE_TYPES or txn["responseType"] != "SUCCESS":
        raise ApiError(f"Transaction {txn_id} is not a successful SALE or CAPTURE")
    refundable = to_decimal(txn.get("_refundable"))
    if amount <= 0:
        raise ApiError("refundAmount must be greater than 0.00")
    if amount > refundable:
        raise ApiError(
            f"refundAmount {money(amount)} exceeds the refundable amount {money(refundable)} "
            f"of transaction {txn_id}"
        )
    order = store.orders[txn["orderId"]]
    refund = new_transaction(
        store,
        order,
        txn_type="REFUND",
        amount=-amount,
        created=created,
        merchant=merchant_of(store, txn),
        response_text="External refund recorded" if external else "Refunded",
        parent=txn,
        cycle=txn["billingCycleNumber"],
    )
    refund["refundReason"] = reason
    txn["_refundable"] = money(refundable - amount)
    txn["dateUpdated"] = created
    remaining = to_decimal(order["refundRemaining"]) - amount
    order["refundRemaining"] = money(remaining)
    if remaining <= 0:
        order["orderStatus"] = "REFUNDED"
    add_history(
        store,
        order["customerId"],
        order["orderId"],
        "Refund",
        f"Refunded {money(amount)} of transaction {txn_id}",
        created,
    )
    return refund


def refund_order(
    store: Store, order: Row, amount: Decimal | None, created: str, reason: str | None = None
) -> list[Row]:
    """Refund an order, newest charge first. ``amount`` None refunds everything left.

    Raises:
        ApiError: Nothing is left to refund, or the amount is more than what is left.
    """
    remaining = to_decimal(order["refundRemaining"])
    if remaining <= 0:
        raise ApiError(f"Order {order['orderId']} has nothing left to refund")
    wanted = remaining if amount is None else amount
    if wanted <= 0:
        raise ApiError("refundAmount must be greater than 0.00")
    if wanted > remaining:
        raise ApiError(
            f"refundAmount {money(wanted)} exceeds refundRemaining {money(remaining)} "
            f"of order {order['orderId']}"
        )
    refunds = []
    charges = [t for t in store.order_transactions(order["orderId"]) if t.get("_refundable")]
    for txn in reversed(charges):
        share = min(wanted, to_decimal(txn["_refundable"]))
        if share > 0:
            refunds.append(refund_transaction(store, txn, share, created, reason))
            wanted -= share
    return refunds


def mark_chargeback(store: Store, txn: Row, details: dict[str, Any], created: str) -> Row:
    """Record a chargeback against a successful charge.

    Args:
        store: Target store.
        txn: The charged SALE or CAPTURE.
        details: ``chargebackAmount`` (Decimal), ``chargebackDate`` (``YYYY-MM-DD``),
            ``chargebackReasonCode`` and ``chargebackNote``.
        created: Timestamp of the CHARGEBACK row.

    Returns:
        The new CHARGEBACK transaction row.
    """
    if txn["txnType"] not in CHARGE_TYPES or txn["responseType"] != "SUCCESS":
        raise ApiError(f"Transaction {txn['transactionId']} is not a successful SALE or CAPTURE")
    if txn["isChargedback"]:
        raise ApiError(f"Transaction {txn['transactionId']} is already marked as a chargeback")
    amount: Decimal = details["chargebackAmount"]
    order = store.orders[txn["orderId"]]
    held = min(amount, to_decimal(txn.get("_refundable")))
    txn["_chargebackHeld"] = money(held)
    txn["_refundable"] = money(to_decimal(txn.get("_refundable")) - held)
    order["refundRemaining"] = money(to_decimal(order["refundRemaining"]) - held)
    txn.update(
        {
            "isChargedback": 1,
            "chargebackAmount": money(amount),
            "chargebackDate": f"{details['chargebackDate']} 00:00:00",
            "chargebackReasonCode": details["chargebackReasonCode"],
            "chargebackNote": details.get("chargebackNote"),
            "dateUpdated": created,
        }
    )
    row = new_transaction(
        store,
        order,
        txn_type="CHARGEBACK",
        amount=-amount,
        created=created,
        merchant=merchant_of(store, txn),
        response_text="Chargeback received",
        parent=txn,
        cycle=txn["billingCycleNumber"],
    )
    reason = str(details["chargebackReasonCode"])
    store.cbdata.append(
        {
            "cbDataId": store.next_id("cbData"),
            "transactionId": txn["transactionId"],
            "chargebackTxnId": row["transactionId"],
            "orderId": txn["orderId"],
            "customerId": txn["customerId"],
            "merchantId": txn["merchantId"],
            "caseNumber": f"CB{row['transactionId']}",
            "arn": f"7{txn['transactionId']:011d}{row['transactionId']:011d}",
            "reasonCode": reason,
            "reasonDescription": CHARGEBACK_REASONS.get(reason, "Other"),
            "cardType": txn["cardType"],
            "chargebackAmount": money(amount),
            "currencyCode": txn["currencyCode"],
            "chargebackDate": f"{details['chargebackDate']} 00:00:00",
            "status": "OPEN",
            "dateCreated": created,
            "dateUpdated": created,
        }
    )
    add_history(
        store,
        txn["customerId"],
        txn["orderId"],
        "Chargeback",
        f"Chargeback of {money(amount)} on transaction {txn['transactionId']} ({reason})",
        created,
    )
    return row


def revert_chargeback(store: Store, txn: Row, created: str) -> None:
    """Undo a chargeback: clear the fields and drop its CHARGEBACK row and chargeback data.

    Raises:
        ApiError: The transaction is not marked as a chargeback.
    """
    txn_id = txn["transactionId"]
    if not txn["isChargedback"]:
        raise ApiError(f"Transaction {txn_id} is not marked as a chargeback")
    order = store.orders[txn["orderId"]]
    held = to_decimal(txn.pop("_chargebackHeld", None))
    txn["_refundable"] = money(to_decimal(txn.get("_refundable")) + held)
    order["refundRemaining"] = money(to_decimal(order["refundRemaining"]) + held)
    for field in ("chargebackAmount", "chargebackDate", "chargebackReasonCode", "chargebackNote"):
        txn[field] = None
    txn["isChargedback"] = 0
    txn["dateUpdated"] = created
    for row in store.order_transactions(txn["orderId"]):
        if row["txnType"] == "CHARGEBACK" and row["parentTxnId"] == str(txn_id):
            store.remove_transaction(row["transactionId"])
    store.cbdata[:] = [r for r in store.cbdata if r["transactionId"] != txn_id]
    add_history(
        store,
        txn["customerId"],
        txn["orderId"],
        "Chargeback",
        f"Chargeback on {txn_id} reverted",
        created,
    )


def attach_three_ds(txn: Row, result: str, rng: random.Random) -> None:
    """Add 3-D Secure fields of a PAAY authentication to a transaction.

    ``Y`` (authenticated) and ``A`` (attempted) carry an ECI and a CAVV. ``N``, ``U``, ``R``
    carry the ECI for no liability shift and no CAVV. ``C`` (challenge pending) has neither.
    """
    brand = "MASTERCARD" if txn["cardType"] == "MASTERCARD" else "OTHER"
    txn["3DTxnResult"] = result
    txn["paayTxnId"] = f"paay_{rng.getrandbits(64):016x}"
    txn["threeDStransactionId"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    txn["dsTransId"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    txn["threeDSVersion"] = "2.2.0"
    if result in ("Y", "A"):
        txn["eci"] = _ECI[brand][result]
        txn["cavv"] = base64.b64encode(rng.randbytes(20)).decode("ascii")
        txn["xid"] = base64.b64encode(rng.randbytes(20)).decode("ascii")
    elif result in ("N", "U", "R"):
        txn["eci"] = "00" if brand == "MASTERCARD" else "07"
        txn["xid"] = base64.b64encode(rng.randbytes(20)).decode("ascii")
