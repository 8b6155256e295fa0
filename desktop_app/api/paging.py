"""Fetching every page of a paged query and merging the rows into one result.

Paged query endpoints return ``message.totalResults``, ``message.resultsPerPage``,
``message.page`` (1-based) and ``message.data``, with at most 200 rows per page.
``fetch_all_pages`` sends page 1 to read the total, then fetches pages 2 to N a few at a time on
a thread pool of its own, through the same ``KonnektiveClient``. Each page is a separate
request, so records added or removed in the CRM during the walk shift rows between pages: rows
may then be missing or repeated, and a page may come back short.

The outcome is an ``AllPagesResult`` whose ``Note`` values tell the user why a walk ended early
(see ``desktop_app.api.paging_result``).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from desktop_app.api.cancel import CancelToken
from desktop_app.api.konnektive import KonnektiveClient
from desktop_app.api.paging_result import (
    NOTE_CANCELLED,
    NOTE_CAP,
    NOTE_NO_PAGING,
    NOTE_NOT_A_PAGE,
    NOTE_PAGE_FAILED,
    NOTE_SHORT_PAGE,
    NOTE_TOTAL_CHANGED,
    AllPagesResult,
    Note,
)
from desktop_app.api.records import concat_records
from desktop_app.api.redact import redact_pairs
from desktop_app.api.result import ApiResult, Paging, RequestRecord, ResultKind
from desktop_app.catalog.model import Endpoint

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_MAX_ROWS",
    "MAX_RESULTS_PER_PAGE",
    "NOTE_CANCELLED",
    "NOTE_CAP",
    "NOTE_NOT_A_PAGE",
    "NOTE_NO_PAGING",
    "NOTE_PAGE_FAILED",
    "NOTE_SHORT_PAGE",
    "NOTE_TOTAL_CHANGED",
    "POLL_SECONDS",
    "WORKER_THREAD_PREFIX",
    "AllPagesResult",
    "CapCallback",
    "Note",
    "ProgressCallback",
    "fetch_all_pages",
]

PAGE_PARAM = "page"
RESULTS_PER_PAGE_PARAM = "resultsPerPage"
MAX_RESULTS_PER_PAGE = 200
"""Largest ``resultsPerPage`` the API accepts; larger values are lowered to it."""

DEFAULT_MAX_PAGES = 50
"""Pages a walk fetches without asking."""

DEFAULT_MAX_ROWS = 10_000
"""Rows a walk fetches without asking."""

WORKER_THREAD_PREFIX = "all-pages"
"""Name prefix of the threads that send a walk's page requests."""

POLL_SECONDS = 0.05
"""Interval at which a waiting walk checks its cancel token, in seconds."""

ProgressCallback = Callable[[int, int], None]
"""Called with the rows fetched so far and the rows the walk expects in total."""

CapCallback = Callable[[int, int], bool]
"""Called with the pages and rows of a walk beyond the cap. True fetches them all."""


def fetch_all_pages(
    client: KonnektiveClient,
    endpoint: Endpoint,
    params: Sequence[tuple[str, str]],
    *,
    concurrency: int,
    cancel: CancelToken,
    on_progress: ProgressCallback | None,
    confirm_beyond_cap: CapCallback | None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_rows: int = DEFAULT_MAX_ROWS,
    results_per_page: int = 200,
) -> AllPagesResult:
    """Fetch every page of a paged query endpoint and merge the rows in page order.

    Page 1 is sent first, then pages 2 to N (N = ceil(totalResults / resultsPerPage)) with at
    most ``concurrency`` requests in flight. A new page request starts only when an earlier
    one has finished, so a cancel stops further requests from reaching the server. A page
    that fails or comes back shorter than announced ends the walk, and the rows of the pages
    before it (and its own rows) are kept.

    Args:
        client: Client whose ``call`` sends each page; it is shared by the worker threads.
        endpoint: A paged query endpoint.
        params: The user's form fields. Any ``resultsPerPage`` or ``page`` pair is replaced.
        concurrency: Maximum number of page requests in flight, at least 1.
        cancel: Token that ends the walk. The function then returns within about
            ``POLL_SECONDS`` with the rows merged so far and ``cancelled`` set. Requests in
            flight are abandoned and end in the background.
        on_progress: Called on the walking thread with the rows fetched so far and the rows
            the walk expects (totalResults, or the rows of the capped pages).
        confirm_beyond_cap: Called on the walking thread with the pages and rows of the whole
            walk when they exceed ``max_pages`` or ``max_rows``. True fetches everything;
            False, or no callback, fetches only the pages within both caps.
        max_pages: Number of pages fetched without asking.
        max_rows: Number of rows fetched without asking.
        results_per_page: Page size sent as ``resultsPerPage``, from 1 to 200.

    Returns:
        The merged result and the facts of the walk. Failures of page 1 come back as page 1's
        result, and "No … matching those parameters" on page 1 as an empty merged result.

    Raises:
        ValueError: ``concurrency``, ``max_pages`` or ``max_rows`` is below 1, or
            ``results_per_page`` is outside 1 to 200.
    """
    if concurrency < 1 or max_pages < 1 or max_rows < 1:
        raise ValueError(
            f"concurrency, max_pages and max_rows must be at least 1, not "
            f"{concurrency}, {max_pages}, {max_rows}"
        )
    if not 1 <= results_per_page <= MAX_RESULTS_PER_PAGE:
        raise ValueError(f"results_per_page must be from 1 to 200, not {results_per_page}")
    base = [
        (name, value)
        for name, value in params
        if name not in (PAGE_PARAM, RESULTS_PER_PAGE_PARAM)
    ]
    base.append((RESULTS_PER_PAGE_PARAM, str(results_per_page)))
    walk = _Walk(client, endpoint, base, concurrency, cancel, on_progress)
    return walk.run(confirm_beyond_cap, max_pages, max_rows)


@dataclass(frozen=True)
class _Plan:
    """Page size, total and last page of a walk, read from page 1."""

    per_page: int
    total: int
    pages_total: int
    last_page: int

    def expected_rows(self, page: int) -> int:
        """Return the number of rows ``page`` holds when nothing changes during the walk."""
        return max(0, min(self.per_page, self.total - (page - 1) * self.per_page))


class _Walk:
    """State of one ``fetch_all_pages`` call."""

    def __init__(
        self,
        client: KonnektiveClient,
        endpoint: Endpoint,
        base: list[tuple[str, str]],
        concurrency: int,
        cancel: CancelToken,
        on_progress: ProgressCallback | None,
    ) -> None:
        self._client = client
        self._endpoint = endpoint
        self._path = endpoint.path
        self._base = base
        self._per_page = int(base[-1][1])
        self._concurrency = concurrency
        self._cancel = cancel
        self._on_progress = on_progress
        # Set when the walk returns, so requests still in flight stop reading their replies.
        self._stop = CancelToken()
        self._started = time.perf_counter()
        self._requested = 0
        self._merged_pages = 0
        self._page_rows: list[Sequence[Any]] = []
        self._row_count = 0
        self._notes: list[Note] = []

    def run(self, confirm: CapCallback | None, max_pages: int, max_rows: int) -> AllPagesResult:
        log.info("All pages of %s: started, %d at a time", self._path, self._concurrency)
        executor = ThreadPoolExecutor(self._concurrency, thread_name_prefix=WORKER_THREAD_PREFIX)
        try:
            first = self._wait_for(self._submit(executor, 1))
            if first is None or first.kind is not ResultKind.PAGED or first.paging is None:
                return self._without_walk(first)
            plan = self._read_plan(first.paging)
            if not self._keep_page(1, first, plan):
                return self._finish(first, plan)
            capped = self._apply_cap(plan, confirm, max_pages, max_rows)
            if capped is None:
                return self._finish(first, plan, cancelled=True)
            self._report(self._row_count, capped)
            if self._cancel.cancelled:
                return self._finish(first, capped, cancelled=True)
            return self._walk_rest(executor, first, capped)
        finally:
            self._stop.cancel()
            executor.shutdown(wait=False, cancel_futures=True)

    def _submit(self, executor: ThreadPoolExecutor, page: int) -> Future[ApiResult]:
        self._requested += 1
        return executor.submit(self._fetch, page)

    def _fetch(self, page: int) -> ApiResult:
        """Send one page request; runs on a worker thread."""
        params = [*self._base, (PAGE_PARAM, str(page))]
        if self._cancel.cancelled or self._stop.cancelled:
            return ApiResult(ResultKind.CANCELLED, self._record(params))
        log.debug("All pages of %s: requesting page %d", self._path, page)
        return self._client.call(self._endpoint, params, self._stop)

    def _record(self, params: list[tuple[str, str]]) -> RequestRecord:
        return RequestRecord("POST", self._client.base_url + self._path, redact_pairs(params))

    def _wait_for(self, future: Future[ApiResult]) -> ApiResult | None:
        """Return the future's result, or None when the cancel token is set first."""
        while not self._cancel.cancelled:
            done, _ = wait((future,), timeout=POLL_SECONDS)
            if done:
                return future.result()
        return None

    def _without_walk(self, first: ApiResult | None) -> AllPagesResult:
        """Build the outcome when page 1 gives no paging facts to walk by."""
        if first is None:
            log.info("All pages of %s: cancelled while waiting for page 1", self._path)
            record = self._record([*self._base, (PAGE_PARAM, "1")])
            result = ApiResult(ResultKind.CANCELLED, record, elapsed_ms=self._elapsed_ms())
            return AllPagesResult(result, 0, self._requested, 0, cancelled=True)
        if first.kind is ResultKind.EMPTY:
            log.info("All pages of %s: page 1 matched no records", self._path)
            if first.problem is not None:
                self._notes.append(Note(first.problem.title, first.problem.args))
            self._merged_pages = 1
            return self._finish(first, _Plan(self._per_page, 0, 0, 1))
        if first.kind is ResultKind.SUCCESS:
            log.info("All pages of %s: page 1 has no paging fields", self._path)
            notes = (Note(NOTE_NO_PAGING),)
            return AllPagesResult(first, 1, self._requested, 1, cancelled=False, notes=notes)
        code = first.problem.code.value if first.problem is not None else first.kind.value
        log.info("All pages of %s: page 1 gave %s, so nothing was merged", self._path, code)
        was_cancelled = first.kind is ResultKind.CANCELLED
        return AllPagesResult(first, 0, self._requested, 0, cancelled=was_cancelled)

    def _read_plan(self, paging: Paging) -> _Plan:
        """Return the page size, total and page count that page 1 announced."""
        # A server that lowers resultsPerPage returns the lowered value, which later pages get.
        per_page = paging.results_per_page if paging.results_per_page > 0 else self._per_page
        total = max(paging.total_results, 0)
        pages_total = math.ceil(total / per_page)
        return _Plan(per_page, total, pages_total, pages_total)

    def _apply_cap(self, plan: _Plan, confirm: CapCallback | None, max_pages: int,
                   max_rows: int) -> _Plan | None:
        """Return the plan limited to the caps unless the user allows more; None on cancel."""
        if plan.pages_total <= max_pages and plan.total <= max_rows:
            return plan
        cap_pages = max(1, min(max_pages, max_rows // plan.per_page))
        log.info("All pages of %s: %d pages (%d rows) exceed the cap of %d pages",
                 self._path, plan.pages_total, plan.total, cap_pages)
        allowed = confirm(plan.pages_total, plan.total) if confirm is not None else False
        if self._cancel.cancelled:
            return None
        if allowed:
            return plan
        return _Plan(plan.per_page, plan.total, plan.pages_total, cap_pages)

    def _walk_rest(self, executor: ThreadPoolExecutor, first: ApiResult,
                   plan: _Plan) -> AllPagesResult:
        """Fetch pages 2 to ``plan.last_page`` and merge them in page order."""
        pending: dict[Future[ApiResult], int] = {}
        arrived: dict[int, ApiResult] = {}
        fetched_rows = self._row_count
        next_page = 2
        while self._merged_pages < plan.last_page:
            while len(pending) < self._concurrency and next_page <= plan.last_page:
                pending[self._submit(executor, next_page)] = next_page
                next_page += 1
            done, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                page = pending.pop(future)
                arrived[page] = future.result()
                fetched_rows += len(arrived[page].rows or ())
            if done:
                self._report(fetched_rows, plan)

            while self._merged_pages + 1 in arrived:
                page = self._merged_pages + 1
                result = arrived.pop(page)
                # Page requests end as CANCELLED only after the caller's token was set.
                if result.kind is ResultKind.CANCELLED:
                    return self._finish(first, plan, cancelled=True)
                if not self._keep_page(page, result, plan):
                    return self._finish(first, plan)
            if self._cancel.cancelled:
                return self._finish(first, plan, cancelled=True)

        if plan.last_page < plan.pages_total:
            self._notes.append(Note(NOTE_CAP, (
                str(plan.last_page), str(self._row_count), str(plan.total))))
        return self._finish(first, plan)

    def _keep_page(self, page: int, result: ApiResult, plan: _Plan) -> bool:
        """Merge the rows of ``page``; return False when the walk must stop after it."""
        if result.kind.is_error or result.kind not in (ResultKind.PAGED, ResultKind.EMPTY):
            problem = result.problem
            detail = problem.detail if problem is not None else result.kind.value
            log.info("All pages of %s: page %d failed: %s", self._path, page, detail)
            template = NOTE_PAGE_FAILED if result.kind.is_error else NOTE_NOT_A_PAGE
            self._notes.append(Note(template, (str(page), str(self._row_count)), problem))
            return False

        rows = result.rows or []
        self._page_rows.append(rows)
        self._row_count += len(rows)
        self._merged_pages = page
        paging = result.paging
        total_noted = any(note.template == NOTE_TOTAL_CHANGED for note in self._notes)
        if paging is not None and paging.total_results != plan.total and not total_noted:
            log.info("All pages of %s: total changed from %d to %d on page %d",
                     self._path, plan.total, paging.total_results, page)
            self._notes.append(Note(NOTE_TOTAL_CHANGED, (
                str(plan.total), str(paging.total_results))))

        expected = plan.expected_rows(page)
        if len(rows) < expected:
            log.info("All pages of %s: page %d returned %d of %d rows, so the walk stops",
                     self._path, page, len(rows), expected)
            self._notes.append(Note(NOTE_SHORT_PAGE, (
                str(page), str(len(rows)), str(expected), str(self._row_count))))
            return False
        return True

    def _report(self, fetched_rows: int, plan: _Plan) -> None:
        if self._on_progress is not None:
            self._on_progress(fetched_rows, min(plan.total, plan.last_page * plan.per_page))

    def _finish(self, first: ApiResult, plan: _Plan, *, cancelled: bool = False) -> AllPagesResult:
        """Build the merged result of the pages merged so far."""
        pages = self._merged_pages
        if cancelled:
            self._notes.append(Note(NOTE_CANCELLED, (
                str(pages), str(plan.last_page), str(self._row_count))))
            log.info("All pages of %s: cancelled after page %d of %d",
                     self._path, pages, plan.last_page)
        page_range = f"1-{pages}"
        rows = concat_records(self._page_rows)
        message = {
            "totalResults": plan.total,
            "resultsPerPage": plan.per_page,
            "page": page_range,
            "data": rows,
        }
        request = RequestRecord(first.request.method, first.request.url, tuple(
            (name, page_range if name == PAGE_PARAM else value)
            for name, value in first.request.params
        ))
        merged = ApiResult(
            kind=ResultKind.PAGED,
            request=request,
            http_status=first.http_status,
            elapsed_ms=self._elapsed_ms(),
            content_format="json",
            data={"result": "SUCCESS", "message": message},
            rows=rows,
            row_count=self._row_count,
            paging=Paging(plan.total, plan.per_page, pages),
            problem=first.problem,
        )
        log.info(
            "All pages of %s: ended with %d rows from pages 1-%d of %d in %.0f ms (%d requests)",
            self._path, self._row_count, pages, plan.pages_total, merged.elapsed_ms,
            self._requested,
        )
        return AllPagesResult(
            merged, plan.pages_total, self._requested, pages, cancelled, tuple(self._notes)
        )

    def _elapsed_ms(self) -> float:
        return (time.perf_counter() - self._started) * 1000.0
