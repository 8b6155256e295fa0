"""3-D Secure records of the fake PAAY API and the reply fields built from them.

Seeded records come from the sandbox transactions that carry 3DS fields
(``payments.attach_three_ds``): the transaction's ``threeDStransactionId`` is PAAY's
``transactionId`` and its ``3DTxnResult`` is the ``status``. Mara's SALE 310001 has status Y and
Анна's SALE 310002 has status A. Generated orders add A, N, U, R and open challenges (C).

Internal fields start with ``_`` and are never sent.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from typing import Any

Row = dict[str, Any]

PENDING_ERROR = "No result found for transaction as yet. Please subscribe again"
FINAL_STATUSES = ("Y", "A", "N", "U", "R")
CHALLENGE_STATUS = "C"
ACS_URL = "https://acs.example-bank.test/challenge"

# transStatusReason and PAAY's text for each status, as in PAAY's sample replies.
_REASONS: dict[str, tuple[str, str]] = {
    "Y": ("17", "High confidence"),
    "N": ("01", "Card authentication failed"),
    "U": ("08", "No Card record"),
    "R": ("11", "Suspected fraud"),
    "C": ("15", "Low confidence"),
}
# ECI per card brand and status: Visa-family 05/06, Mastercard 02/01. Other statuses get none.
_ECI = {
    "MASTERCARD": {"Y": "02", "A": "01"},
    "OTHER": {"Y": "05", "A": "06"},
}
_ID_NAMESPACE = uuid.UUID("8d6f1f0e-3c41-4d8e-9b4a-6a2f5e0c7d19")
_REPLY_FIELDS = (
    "transactionId",
    "correlationId",
    "status",
    "protocolVersion",
    "authenticationValue",
    "eci",
    "dsTransId",
    "acsTransId",
    "scaIndicator",
    "transStatusReason",
    "transStatusReasonDetail",
)
_CHALLENGE_FIELDS = ("authenticationType", "acsURL", "creq", "challengeWindowURL")


def derived_uuid(kind: str, transaction_id: str) -> str:
    """Return a UUID that is always the same for one kind of id and one PAAY transaction."""
    return str(uuid.uuid5(_ID_NAMESPACE, f"{kind}:{transaction_id}"))


def brand_of_pan(pan: str) -> str:
    """Return ``MASTERCARD`` for card numbers starting with 2 or 5, else ``OTHER``."""
    return "MASTERCARD" if pan[:1] in ("2", "5") else "OTHER"


def from_transaction(txn: Row) -> Row:
    """Build the PAAY record of a sandbox transaction that carries 3DS fields."""
    transaction_id = str(txn["threeDStransactionId"])
    status = str(txn["3DTxnResult"])
    record: Row = {
        "transactionId": transaction_id,
        "correlationId": derived_uuid("correlation", transaction_id),
        "status": status,
        "protocolVersion": txn.get("threeDSVersion") or "2.2.0",
        "dsTransId": txn.get("dsTransId") or derived_uuid("ds", transaction_id),
        "acsTransId": derived_uuid("acs", transaction_id),
        "scaIndicator": False,
        "_brand": "MASTERCARD" if txn.get("cardType") == "MASTERCARD" else "OTHER",
    }
    if status in ("Y", "A"):
        record["authenticationValue"] = txn.get("cavv") or _cavv(transaction_id)
        record["eci"] = txn.get("eci") or _ECI[record["_brand"]][status]
    _add_reason(record)
    if status == CHALLENGE_STATUS:
        _add_challenge(record)
    return record


def new_authentication(pan: str, status: str, protocol_version: str) -> Row:
    """Build the record of an authentication started through the fake API."""
    transaction_id = str(uuid.uuid4())
    record: Row = {
        "transactionId": transaction_id,
        "correlationId": str(uuid.uuid4()),
        "status": status,
        "protocolVersion": protocol_version or "2.2.0",
        "dsTransId": str(uuid.uuid4()),
        "acsTransId": str(uuid.uuid4()),
        "scaIndicator": status == CHALLENGE_STATUS,
        "_brand": brand_of_pan(pan),
    }
    if status in ("Y", "A"):
        record["authenticationValue"] = _cavv(transaction_id)
        record["eci"] = _ECI[record["_brand"]][status]
    _add_reason(record)
    if status == CHALLENGE_STATUS:
        _add_challenge(record)
    return record


def complete(record: Row, status: str) -> Row:
    """Return a copy of an open challenge's record with the final ``status`` filled in."""
    final = {key: value for key, value in record.items() if key not in _CHALLENGE_FIELDS}
    final["status"] = status
    for name in ("authenticationValue", "eci", "transStatusReason", "transStatusReasonDetail"):
        final.pop(name, None)
    if status in ("Y", "A"):
        final["authenticationValue"] = _cavv(final["transactionId"])
        final["eci"] = _ECI[final["_brand"]][status]
    _add_reason(final)
    return final


def reply_fields(record: Row) -> Row:
    """Return the fields that PAAY sends for a record, without internal fields."""
    fields = [*_REPLY_FIELDS]
    if record["status"] == CHALLENGE_STATUS:
        fields.extend(_CHALLENGE_FIELDS)
    return {name: record[name] for name in fields if name in record}


def pending_reply(transaction_id: str, correlation_id: str) -> Row:
    """Return the body of the 404 that PAAY sends while a result is not ready."""
    return {
        "error": PENDING_ERROR,
        "transactionId": transaction_id,
        "correlationId": correlation_id,
    }


def _cavv(transaction_id: str) -> str:
    digest = hashlib.sha1(transaction_id.encode("utf-8"), usedforsecurity=False).digest()
    return base64.b64encode(digest).decode("ascii")


def _add_reason(record: Row) -> None:
    reason = _REASONS.get(record["status"])
    if reason is not None:
        record["transStatusReason"], record["transStatusReasonDetail"] = reason


def _add_challenge(record: Row) -> None:
    transaction_id = record["transactionId"]
    creq = {"messageType": "CReq", "messageVersion": record["protocolVersion"]}
    encoded = base64.urlsafe_b64encode(json.dumps(creq).encode("utf-8")).decode("ascii").rstrip("=")
    record.update(
        {
            "authenticationType": "02",
            "acsURL": ACS_URL,
            "creq": encoded,
            "challengeWindowURL": {
                "href": f"/authenticate/challenge/{transaction_id}",
                "rel": "authenticate",
                "type": "GET",
            },
        }
    )
