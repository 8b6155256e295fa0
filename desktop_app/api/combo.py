"""An order joined with the PAAY 3-D Secure result of each of its transactions.

``lookup_order_3ds`` sends ``/order/query/`` and ``/transactions/query/`` for one orderId at
the same time, on two threads. As soon as the transactions reply is in, it reads the 3-D
Secure fields of every transaction row. It then requests from PAAY the result of each distinct
PAAY transaction ID, several at a time, while the order query may still be running.

Only fields that contain PAAY's own ``transactionId`` (``threeDStransactionId``, ``paayTxnId``)
start a PAAY call. The other fields (``3DTxnResult``, ``eci``, ``cavv``, ``xid``,
``dsTransId``, ``acsTransId``) are the CRM's own 3-D Secure record and are shown beside the
PAAY result. PAAY cannot be asked by ``dsTransId`` or ``xid``.

Authentication values (CAVV) are shown only as present or absent: ``merged`` masks them.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from desktop_app.api.cancel import CancelToken
from desktop_app.api.konnektive import KonnektiveClient
from desktop_app.api.paay import PaayClient
from desktop_app.api.paging import MAX_RESULTS_PER_PAGE
from desktop_app.api.redact import MASK
from desktop_app.api.result import ApiResult, ProblemCode, ResultKind
from desktop_app.api.threeds_meaning import (
    ThreeDsMeaning,
    explain,
    explain_failed,
    explain_no_reference,
    explain_pending,
)
from desktop_app.catalog import find_endpoint

DEFAULT_REF_FIELDS: tuple[str, ...] = (
    "threeDStransactionId",
    "paayTxnId",
    "xid",
    "3DTxnResult",
    "eci",
    "cavv",
    "dsTransId",
    "acsTransId",
)
"""Names of the 3-D Secure fields read from transaction and order rows (case-insensitive)."""

PAAY_ID_FIELDS: tuple[str, ...] = ("threeDStransactionId", "paayTxnId")
"""Fields whose value is PAAY's ``transactionId``; the first one found on a row is looked up."""

ORDER_QUERY_PATH = "/order/query/"
TRANSACTIONS_QUERY_PATH = "/transactions/query/"

_STATUS_FIELD = "3dtxnresult"
_ECI_FIELD = "eci"
# Fields whose values are authentication cryptograms, shown only as present or absent.
_CRYPTOGRAM_FIELDS = frozenset({"cavv", "authenticationvalue"})


class LookupState(enum.Enum):
    """Outcome of the PAAY lookup of one transaction."""

    NO_REFERENCE = "no_reference"  # the row has no PAAY transaction ID, so PAAY was not asked
    COMPLETE = "complete"  # PAAY returned the result
    PENDING = "pending"  # PAAY has no result yet (HTTP 404 while a challenge is open)
    FAILED = "failed"  # the PAAY call failed: HTTP error, transport error or an invalid reply


@dataclass(frozen=True)
class ThreeDsRow:
    """The 3-D Secure facts of one transaction.

    Attributes:
        transaction_id: Konnektive's transactionId.
        txn_type: SALE, AUTHORIZE, CAPTURE, REFUND, …
        amount: The transaction's ``totalAmount`` as text.
        card_type: Konnektive's ``cardType``, the card brand that selects the ECI table.
        konnektive_fields: The 3-D Secure fields found on the row, as ``(name, value)`` pairs
            in the order of ``ref_fields``; cryptograms are masked.
        paay_id: The PAAY transaction ID that was looked up, or ``""``.
        state: Outcome of the PAAY lookup.
        paay_kind: Kind of the PAAY result, or None when PAAY was not asked.
        paay_problem: Problem code of the PAAY result, or None.
        http_status: HTTP status of the PAAY reply, or None.
        trans_status: PAAY's ``status``; without a PAAY result, the CRM's ``3DTxnResult``.
        eci: PAAY's ``eci``; without a PAAY result, the CRM's ``eci``.
        authentication_value: Whether an authentication value (CAVV) is present.
        protocol_version: PAAY's ``protocolVersion``.
        ds_trans_id: PAAY's ``dsTransId``, else the CRM's.
        meaning: Plain-language explanation and liability shift.
    """

    transaction_id: str
    txn_type: str
    amount: str
    card_type: str
    konnektive_fields: tuple[tuple[str, str], ...]
    paay_id: str
    state: LookupState
    paay_kind: ResultKind | None
    paay_problem: ProblemCode | None
    http_status: int | None
    trans_status: str
    eci: str
    authentication_value: bool
    protocol_version: str
    ds_trans_id: str
    meaning: ThreeDsMeaning


@dataclass(frozen=True)
class Order3dsResult:
    """An order, its transactions and their PAAY results.

    Attributes:
        order_id: The orderId that was looked up.
        order: The order row, or None when the order query found none or failed.
        order_result: Result of ``/order/query/``.
        transactions_result: Result of ``/transactions/query/``.
        transactions: The transaction rows as Konnektive returned them.
        rows: One ``ThreeDsRow`` per transaction row, in the same order.
        paay_calls: Number of PAAY calls sent (one per distinct PAAY transaction ID).
        elapsed_ms: Time of the whole lookup, in milliseconds.
        cancelled: The cancel token was set before the lookup finished.
        merged: JSON-ready dict with the order, the transactions and their PAAY results,
            cryptograms masked; ``merged["transactions"][i]`` belongs to ``rows[i]``.
    """

    order_id: str
    order: Mapping[str, Any] | None
    order_result: ApiResult
    transactions_result: ApiResult
    transactions: tuple[Mapping[str, Any], ...]
    rows: tuple[ThreeDsRow, ...]
    paay_calls: int
    elapsed_ms: float
    cancelled: bool
    merged: dict[str, Any]


def find_fields(row: Mapping[str, Any], names: Sequence[str]) -> list[tuple[str, str]]:
    """Return the non-empty fields of ``row`` named in ``names``, compared case-insensitively.

    Pairs come in the order of ``names`` and keep the row's spelling of each key.
    """
    by_lower = {str(key).lower(): key for key in row}
    found = []
    for name in names:
        key = by_lower.get(name.lower())
        if key is None:
            continue
        value = row[key]
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        found.append((str(key), str(value).strip()))
    return found


def lookup_order_3ds(
    konnektive: KonnektiveClient,
    paay: PaayClient,
    order_id: str,
    *,
    ref_fields: Sequence[str] = DEFAULT_REF_FIELDS,
    paay_id_fields: Sequence[str] = PAAY_ID_FIELDS,
    concurrency: int = 5,
    cancel: CancelToken | None = None,
) -> Order3dsResult:
    """Fetch an order, its transactions and the PAAY result of each 3-D Secure reference.

    Args:
        konnektive: Client for the order and transactions queries.
        paay: Client for the PAAY result calls.
        order_id: The order's orderId.
        ref_fields: Names of the 3-D Secure fields to read from the rows.
        paay_id_fields: Names among ``ref_fields`` whose value is PAAY's transactionId.
        concurrency: Maximum number of PAAY calls in flight.
        cancel: Token that stops calls not yet sent and ends those waiting for a body.

    Returns:
        The joined result. The clients return failed calls as results, which it records.

    Raises:
        ValueError: ``concurrency`` is less than 1.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be at least 1, not {concurrency}")
    token = cancel if cancel is not None else CancelToken()
    cleaned = order_id.strip()
    id_fields = [name for name in ref_fields if name.lower() in {n.lower() for n in paay_id_fields}]
    started = time.perf_counter()

    with ThreadPoolExecutor(2) as konnektive_pool, ThreadPoolExecutor(concurrency) as paay_pool:
        order_future = konnektive_pool.submit(
            konnektive.call, find_endpoint(ORDER_QUERY_PATH), [("orderId", cleaned)], token
        )
        transactions_pairs = [("orderId", cleaned), ("resultsPerPage", str(MAX_RESULTS_PER_PAGE))]
        # NOTE: only the first 200 transactions of an order are read; the CRM's page limit.
        transactions_result = konnektive_pool.submit(
            konnektive.call, find_endpoint(TRANSACTIONS_QUERY_PATH), transactions_pairs, token
        ).result()
        transactions = tuple(_records(transactions_result))

        paay_futures: dict[str, Future[ApiResult]] = {}
        for row in transactions:
            paay_id = _paay_id(row, id_fields)
            if paay_id and paay_id not in paay_futures:
                paay_futures[paay_id] = paay_pool.submit(paay.result, paay_id, token)
        order_result = order_future.result()
        paay_results = {paay_id: future.result() for paay_id, future in paay_futures.items()}

    rows = tuple(_row(txn, ref_fields, id_fields, paay_results) for txn in transactions)
    order_rows = _records(order_result)
    order = order_rows[0] if order_rows else None
    merged = _merged(cleaned, order, order_result, transactions, rows, paay_results, ref_fields)
    return Order3dsResult(
        order_id=cleaned,
        order=order,
        order_result=order_result,
        transactions_result=transactions_result,
        transactions=transactions,
        rows=rows,
        paay_calls=len(paay_futures),
        elapsed_ms=(time.perf_counter() - started) * 1000.0,
        cancelled=token.cancelled,
        merged=merged,
    )


def _records(result: ApiResult) -> list[Mapping[str, Any]]:
    if result.kind not in (ResultKind.SUCCESS, ResultKind.PAGED) or result.rows is None:
        return []
    return [row for row in result.rows if isinstance(row, Mapping)]


def _paay_id(row: Mapping[str, Any], id_fields: Sequence[str]) -> str:
    found = find_fields(row, id_fields)
    return found[0][1] if found else ""


def _masked(name: str, value: Any) -> Any:
    if name.lower() in _CRYPTOGRAM_FIELDS and value not in (None, ""):
        return MASK
    return value


def _row(
    txn: Mapping[str, Any],
    ref_fields: Sequence[str],
    id_fields: Sequence[str],
    paay_results: Mapping[str, ApiResult],
) -> ThreeDsRow:
    found = find_fields(txn, ref_fields)
    crm = {name.lower(): value for name, value in found}
    card_type = str(txn.get("cardType") or "")
    paay_id = _paay_id(txn, id_fields)
    result = paay_results.get(paay_id) if paay_id else None

    status = crm.get(_STATUS_FIELD, "")
    eci = crm.get(_ECI_FIELD, "")
    cavv = any(name in _CRYPTOGRAM_FIELDS for name in crm)
    protocol = ""
    ds_trans_id = crm.get("dstransid", "")
    problem = result.problem.code if result is not None and result.problem else None

    if result is None:
        state = LookupState.NO_REFERENCE
        meaning = explain(status, eci, card_type) if status else explain_no_reference()
    elif result.kind is ResultKind.SUCCESS and isinstance(result.data, Mapping):
        state = LookupState.COMPLETE
        data = result.data
        status = str(data.get("status") or "")
        eci = str(data.get("eci") or "")
        cavv = bool(data.get("authenticationValue"))
        protocol = str(data.get("protocolVersion") or "")
        ds_trans_id = str(data.get("dsTransId") or ds_trans_id)
        meaning = explain(status, eci, card_type)
    elif problem is ProblemCode.PENDING:
        state = LookupState.PENDING
        status, eci, cavv = "", "", False
        meaning = explain_pending()
    else:
        state = LookupState.FAILED
        status, eci, cavv = "", "", False
        if result.http_status is not None:
            reason = f"HTTP {result.http_status}"
        else:
            reason = problem.value if problem is not None else result.kind.value
        meaning = explain_failed(reason)

    return ThreeDsRow(
        transaction_id=str(txn.get("transactionId") or ""),
        txn_type=str(txn.get("txnType") or ""),
        amount=str(txn.get("totalAmount") or ""),
        card_type=card_type,
        konnektive_fields=tuple((name, str(_masked(name, value))) for name, value in found),
        paay_id=paay_id,
        state=state,
        paay_kind=None if result is None else result.kind,
        paay_problem=problem,
        http_status=None if result is None else result.http_status,
        trans_status=status,
        eci=eci,
        authentication_value=cavv,
        protocol_version=protocol,
        ds_trans_id=ds_trans_id,
        meaning=meaning,
    )


def _lookup_summary(result: ApiResult) -> dict[str, Any]:
    problem = result.problem
    return {
        "kind": result.kind.value,
        "httpStatus": result.http_status,
        "problem": None if problem is None else problem.code.value,
        "detail": "" if problem is None else problem.detail,
    }


def _paay_part(row: ThreeDsRow, paay_results: Mapping[str, ApiResult]) -> dict[str, Any] | None:
    result = paay_results.get(row.paay_id) if row.paay_id else None
    if result is None:
        return None
    part = _lookup_summary(result)
    data = result.data
    if isinstance(data, Mapping):
        part["result"] = {str(key): _masked(str(key), value) for key, value in data.items()}
    else:
        part["result"] = data
    return part


def _merged(
    order_id: str,
    order: Mapping[str, Any] | None,
    order_result: ApiResult,
    transactions: Sequence[Mapping[str, Any]],
    rows: Sequence[ThreeDsRow],
    paay_results: Mapping[str, ApiResult],
    ref_fields: Sequence[str],
) -> dict[str, Any]:
    entries = []
    for txn, row in zip(transactions, rows, strict=True):
        entries.append(
            {
                "transaction": {str(key): _masked(str(key), value) for key, value in txn.items()},
                "threeDS": {
                    "lookup": row.state.value,
                    "paayTransactionId": row.paay_id or None,
                    "konnektiveFields": dict(row.konnektive_fields),
                    "paay": _paay_part(row, paay_results),
                    "transStatus": row.trans_status,
                    "eci": row.eci,
                    "authenticationValue": row.authentication_value,
                    "liabilityShift": row.meaning.liability,
                },
            }
        )
    order_fields = dict(find_fields(order, ref_fields)) if order is not None else {}
    return {
        "orderId": order_id,
        "order": None if order is None else {str(k): _masked(str(k), v) for k, v in order.items()},
        "orderLookup": _lookup_summary(order_result),
        "orderThreeDS": {name: _masked(name, value) for name, value in order_fields.items()},
        "transactions": entries,
    }
