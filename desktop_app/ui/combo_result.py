"""The "Order with 3DS results" lookup as an ``ApiResult`` that the response view shows.

``order_3ds_result`` runs on a worker thread: it calls ``api.combo.lookup_order_3ds`` and
builds the table of per-transaction 3-D Secure facts there, with its texts translated,
so the GUI thread receives a finished result. ``summary_text`` builds the order line shown
above the reply.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.api.cancel import CancelToken
from desktop_app.api.combo import (
    DEFAULT_REF_FIELDS,
    Order3dsResult,
    ThreeDsRow,
    lookup_order_3ds,
)
from desktop_app.api.konnektive import KonnektiveClient
from desktop_app.api.paay import PaayClient
from desktop_app.api.result import MESSAGE_CONTEXT, ApiResult, ResultKind
from desktop_app.api.tabular import table_from_rows
from desktop_app.api.threeds_meaning import (
    LIABILITY_NO,
    LIABILITY_UNKNOWN,
    LIABILITY_YES,
    Phrase,
)
from desktop_app.catalog.model import QT_TRANSLATE_NOOP
from desktop_app.catalog.validation import fill_placeholders

COMBO_KEY = "combo.order3ds"
"""Catalog key of the lookup."""

CONTEXT = "OrderThreeDs"

COLUMNS = (
    "transactionId",
    "txnType",
    "totalAmount",
    "cardType",
    "transStatus",
    "ECI",
    "authenticationValue",
    "protocolVersion",
    "dsTransId",
    "liabilityShift",
    "explanation",
)
"""Columns of the table, one row per transaction."""

_YES = QT_TRANSLATE_NOOP("OrderThreeDs", "yes")
_NO = QT_TRANSLATE_NOOP("OrderThreeDs", "no")
_UNKNOWN = QT_TRANSLATE_NOOP("OrderThreeDs", "unknown")
_LIABILITY_WORDS = {LIABILITY_YES: _YES, LIABILITY_NO: _NO, LIABILITY_UNKNOWN: _UNKNOWN}

_SUMMARY = QT_TRANSLATE_NOOP("OrderThreeDs", "Order %1: status %2, customer %3, total %4.")
_SUMMARY_MISSING = QT_TRANSLATE_NOOP(
    "OrderThreeDs", "Order %1: the order query returned no order (%2)."
)
_SUMMARY_COUNTS = QT_TRANSLATE_NOOP(
    "OrderThreeDs", "%1 transactions, %2 of them with a PAAY transaction ID."
)


def _translate(context: str, phrase: Phrase) -> str:
    if not phrase.template:
        return ""
    return fill_placeholders(QCoreApplication.translate(context, phrase.template), phrase.args)


def explanation_text(row: ThreeDsRow) -> str:
    """Return the translated explanation of a row: status, ECI and liability shift."""
    meaning = row.meaning
    parts = (meaning.status_text, meaning.eci_text, meaning.liability_text)
    return " ".join(text for text in (_translate(MESSAGE_CONTEXT, p) for p in parts) if text)


def table_row(row: ThreeDsRow) -> dict[str, Any]:
    """Return the table cells of one transaction, keyed by ``COLUMNS``."""
    liability = _LIABILITY_WORDS.get(row.meaning.liability, _UNKNOWN)
    return {
        "transactionId": row.transaction_id,
        "txnType": row.txn_type,
        "totalAmount": row.amount,
        "cardType": row.card_type,
        "transStatus": row.trans_status,
        "ECI": row.eci,
        "authenticationValue": QCoreApplication.translate(
            CONTEXT, _YES if row.authentication_value else _NO
        ),
        "protocolVersion": row.protocol_version,
        "dsTransId": row.ds_trans_id,
        "liabilityShift": QCoreApplication.translate(CONTEXT, liability),
        "explanation": explanation_text(row),
    }


def to_api_result(lookup: Order3dsResult) -> ApiResult:
    """Turn a finished lookup into the result the response view shows.

    A failed transactions query is returned as it is, with its error. A query that found no
    transactions is EMPTY with the merged data. Otherwise the result is SUCCESS, ``data`` is
    ``lookup.merged`` and ``table`` has one row per transaction under ``transactions``.
    """
    transactions = lookup.transactions_result
    request = lookup.order_result.request
    if lookup.cancelled:
        return ApiResult(ResultKind.CANCELLED, request, elapsed_ms=lookup.elapsed_ms)
    if transactions.kind.is_error:
        return transactions
    common: dict[str, Any] = {
        "request": request,
        "http_status": transactions.http_status,
        "elapsed_ms": lookup.elapsed_ms,
        "content_format": "json",
        "data": lookup.merged,
        "row_count": len(lookup.rows),
    }
    if not lookup.rows:
        return ApiResult(ResultKind.EMPTY, problem=transactions.problem, **common)
    table = table_from_rows([table_row(row) for row in lookup.rows], path=("transactions",))
    return ApiResult(ResultKind.SUCCESS, table=table, **common)


def order_3ds_result(
    konnektive: KonnektiveClient, paay: PaayClient, order_id: str, token: CancelToken,
    ref_fields: Sequence[str] = DEFAULT_REF_FIELDS,
) -> ApiResult:
    """Run the lookup of ``order_id`` and return it as an ``ApiResult`` (worker thread)."""
    return to_api_result(lookup_order_3ds(konnektive, paay, order_id, ref_fields=ref_fields,
                                          cancel=token))


def parse_ref_fields(text: str) -> tuple[str, ...]:
    """Split the comma-separated field names of the setting; the defaults when none are left."""
    names = tuple(name.strip() for name in text.split(",") if name.strip())
    return names or DEFAULT_REF_FIELDS


def summary_text(data: Any) -> str:
    """Return the translated order line for the merged data of a lookup, or ``""``."""
    if not isinstance(data, Mapping) or "orderLookup" not in data:
        return ""
    order_id = str(data.get("orderId") or "")
    order = data.get("order")
    transactions = data.get("transactions") or []
    with_id = sum(1 for entry in transactions if entry["threeDS"]["paayTransactionId"])
    counts = fill_placeholders(
        QCoreApplication.translate(CONTEXT, _SUMMARY_COUNTS),
        (str(len(transactions)), str(with_id)),
    )
    if not isinstance(order, Mapping):
        lookup = data["orderLookup"]
        reason = str(lookup.get("detail") or lookup.get("kind") or "")
        line = fill_placeholders(
            QCoreApplication.translate(CONTEXT, _SUMMARY_MISSING), (order_id, reason)
        )
        return f"{line} {counts}"
    customer = str(order.get("name") or "").strip() or " ".join(
        str(order.get(key) or "") for key in ("firstName", "lastName")
    ).strip()
    total = f"{order.get('currencySymbol') or ''}{order.get('totalAmount') or ''}"
    line = fill_placeholders(
        QCoreApplication.translate(CONTEXT, _SUMMARY),
        (order_id, str(order.get("orderStatus") or ""), customer, total),
    )
    return f"{line} {counts}"
