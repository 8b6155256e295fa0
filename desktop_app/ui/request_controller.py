"""Sends one request at a time on the task runner and records it in the history."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop_app.api.cancel import CancelToken
from desktop_app.api.combo import DEFAULT_REF_FIELDS
from desktop_app.api.konnektive import KonnektiveClient
from desktop_app.api.paay import PaayClient
from desktop_app.api.redact import redact_pairs
from desktop_app.api.result import ApiResult, RequestRecord, ResultKind
from desktop_app.api.tabular import with_table
from desktop_app.catalog.model import Endpoint, Service
from desktop_app.storage.history import History, HistoryEntry
from desktop_app.storage.profiles import Profile
from desktop_app.ui.combo_result import order_3ds_result
from desktop_app.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

# Path shown while the order and 3DS lookup runs: two Konnektive queries, then PAAY calls.
COMBO_PATHS = "/order/query/ + /transactions/query/"


class RequestController(QObject):
    """Runs a Konnektive call off the GUI thread and reports its result.

    Signals:
        started(str): the call began; the argument is the path being sent.
        finished(object): the ``ApiResult`` of the call (also for cancelled calls).
        failed(str): the call raised unexpectedly; the argument is the traceback text.
    """

    started = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, history: History | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._history = history
        self._handle: TaskHandle | None = None
        self._started = 0.0
        # Endpoint key of the call whose result the last ``finished`` signal carried.
        self.finished_key = ""
        # Field names that hold 3-D Secure data, for the order and 3DS lookup.
        self.ref_fields: tuple[str, ...] = DEFAULT_REF_FIELDS
        self._pending: tuple[Profile, Endpoint, RequestRecord] | None = None

    @property
    def busy(self) -> bool:
        """Whether a call is running."""
        return self._handle is not None

    def send(self, profile: Profile, client: KonnektiveClient | PaayClient, endpoint: Endpoint,
             pairs: list[tuple[str, str]], raw_path: str = "",
             paay: PaayClient | None = None) -> None:
        """Start the call of ``endpoint`` (or of ``raw_path`` for a raw request).

        Args:
            profile: Profile the call is sent with.
            client: A ``PaayClient`` for PAAY endpoints, a ``KonnektiveClient`` otherwise.
            endpoint: Catalog entry of the call.
            pairs: Filled form fields in order.
            raw_path: The typed path of a raw request.
            paay: The PAAY client that the order and 3DS lookup (``Service.COMBO``) needs
                beside the Konnektive ``client``.

        Raises:
            RuntimeError: Another call is still running.
            ValueError: A COMBO endpoint without ``paay`` or a Konnektive ``client``.
        """
        if self._handle is not None:
            raise RuntimeError("a request is already running")
        path = raw_path if endpoint.service is Service.RAW else endpoint.path
        if endpoint.service is Service.COMBO:
            path = COMBO_PATHS
        url = client.base_url.rstrip("/") + path
        record = RequestRecord(endpoint.method, url, redact_pairs(pairs))
        work = _work_for(client, endpoint, pairs, raw_path, paay, self.ref_fields)
        self._pending = (profile, endpoint, record)
        self._started = time.perf_counter()
        self._handle = self._runner.run_task(work, self._on_result, self._on_error)
        log.info("Sending %s for profile %s", path, profile.id)
        self.started.emit(path)

    def cancel(self) -> None:
        """Stop waiting for the running call and report it as cancelled."""
        if self._handle is None or self._pending is None:
            return
        self._handle.cancel()
        profile, endpoint, record = self._pending
        self._handle = None
        self._pending = None
        elapsed_ms = (time.perf_counter() - self._started) * 1000.0
        self._finish(profile, endpoint, ApiResult(kind=ResultKind.CANCELLED, request=record,
                                                  elapsed_ms=elapsed_ms))

    def _on_result(self, payload: object) -> None:
        pending = self._pending
        self._handle = None
        self._pending = None
        if pending is None or not isinstance(payload, ApiResult):
            return
        self._finish(pending[0], pending[1], payload)

    def _on_error(self, text: str) -> None:
        self._handle = None
        self._pending = None
        self.failed.emit(text)

    def report(self, profile: Profile, endpoint: Endpoint, result: ApiResult) -> None:
        """Record a result obtained outside this controller and emit ``finished`` with it.

        The all-pages walk reports its merged result here, so the walk is one history entry
        and reaches the window the same way as a single call.
        """
        self._finish(profile, endpoint, result)

    def _finish(self, profile: Profile, endpoint: Endpoint, result: ApiResult) -> None:
        if self._history is not None:
            try:
                self._history.append(HistoryEntry(
                    timestamp=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    profile_id=profile.id, endpoint_key=endpoint.key, request=result.request,
                    result_kind=result.kind.value, http_status=result.http_status,
                    row_count=result.row_count, elapsed_ms=result.elapsed_ms))
            except OSError:
                log.exception("Could not write the request history")
        self.finished_key = endpoint.key
        self.finished.emit(result)


def _work_for(client: KonnektiveClient | PaayClient, endpoint: Endpoint,
              pairs: list[tuple[str, str]], raw_path: str,
              paay_client: PaayClient | None = None,
              ref_fields: tuple[str, ...] = DEFAULT_REF_FIELDS,
              ) -> Callable[[CancelToken], ApiResult]:
    """Return the function a worker runs to send ``endpoint`` with ``client``.

    Raises:
        ValueError: A COMBO endpoint without a PAAY client or a Konnektive ``client``.
    """
    if endpoint.service is Service.COMBO:
        if paay_client is None or not isinstance(client, KonnektiveClient):
            raise ValueError("the order and 3DS lookup needs a Konnektive and a PAAY client")
        konnektive_client, paay_for_combo = client, paay_client
        order_id = dict(pairs).get("orderId", "")
        return lambda token: order_3ds_result(konnektive_client, paay_for_combo, order_id, token,
                                              ref_fields)
    if isinstance(client, PaayClient):
        paay = client
        if endpoint.key == "paay.result":
            transaction_id = dict(pairs).get("transactionId", "")
            return lambda token: paay.result(transaction_id, token)
        if endpoint.key == "paay.3ri":
            return lambda token: paay.authenticate_3ri(pairs, token)
        return lambda token: paay.authenticate_browser(pairs, token)
    konnektive = client
    if endpoint.service is Service.RAW:
        return lambda token: with_table(konnektive.call_path(raw_path, pairs, token))
    return lambda token: with_table(konnektive.call(endpoint, pairs, token))
