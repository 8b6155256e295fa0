"""Tests of fetch_all_pages against the sandbox and a scripted paged server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from paging_server import PagedServer, run_paged_server

from desktop_app.api.cancel import CancelToken
from desktop_app.api.konnektive import KonnektiveClient, KonnektiveCredentials
from desktop_app.api.paging import (
    NOTE_CANCELLED,
    NOTE_CAP,
    NOTE_PAGE_FAILED,
    NOTE_SHORT_PAGE,
    NOTE_TOTAL_CHANGED,
    WORKER_THREAD_PREFIX,
    AllPagesResult,
    fetch_all_pages,
)
from desktop_app.api.result import ProblemCode, ResultKind
from desktop_app.catalog import find_endpoint
from desktop_app.sandbox import SANDBOX_LOGIN_ID, SANDBOX_PASSWORD, SandboxServer

ORDER_QUERY = find_endpoint("/order/query/")
WALK_DEADLINE = 10.0  # seconds a walk in a test may take before the test fails


@pytest.fixture
def sandbox_client(sandbox: SandboxServer) -> Iterator[KonnektiveClient]:
    """Return a client logged in to the test's sandbox."""
    credentials = KonnektiveCredentials(SANDBOX_LOGIN_ID, SANDBOX_PASSWORD)
    with KonnektiveClient(sandbox.base_url, credentials) as client:
        yield client


def _client(server: PagedServer) -> KonnektiveClient:
    return KonnektiveClient(server.url, KonnektiveCredentials("desk", "secret"))


def _fetch(client: KonnektiveClient, params: list[tuple[str, str]] | None = None,
           **options: Any) -> AllPagesResult:
    settings: dict[str, Any] = {
        "concurrency": 4, "cancel": CancelToken(), "on_progress": None,
        "confirm_beyond_cap": None,
    }
    settings.update(options)
    return fetch_all_pages(client, ORDER_QUERY, params or [], **settings)


def _order_ids(outcome: AllPagesResult) -> list[str]:
    return [row["orderId"] for row in outcome.result.rows or []]


def _join_walk_threads() -> None:
    """Wait until every page-fetching thread has ended, so no request is still on its way."""
    for thread in threading.enumerate():
        if thread.name.startswith(WORKER_THREAD_PREFIX):
            thread.join(timeout=WALK_DEADLINE)
            assert not thread.is_alive(), f"{thread.name} still runs"


def test_sandbox_401_rows_in_three_requests(sandbox: SandboxServer,
                                            sandbox_client: KonnektiveClient) -> None:
    """401 orders at 200 per page take exactly three requests and arrive in page order."""
    progress: list[tuple[int, int]] = []
    typed = [("resultsPerPage", "25"), ("page", "7")]

    outcome = _fetch(sandbox_client, typed, on_progress=lambda rows, total: progress.append(
        (rows, total)))

    forms = [dict(request.form) for request in sandbox.requests]
    assert len(sandbox.requests) == 3
    assert sorted(form["page"] for form in forms) == ["1", "2", "3"]
    assert {form["resultsPerPage"] for form in forms} == {"200"}
    assert outcome.result.kind is ResultKind.PAGED
    assert outcome.result.row_count == 401
    assert len(set(_order_ids(outcome))) == 401
    assert (outcome.pages_total, outcome.pages_requested, outcome.pages_fetched) == (3, 3, 3)
    assert outcome.notes == ()
    assert outcome.cancelled is False
    assert progress[-1] == (401, 401)


def test_merged_reply_keeps_page_order(sandbox: SandboxServer,
                                       sandbox_client: KonnektiveClient) -> None:
    """The merged rows match pages 1 to 3 fetched one by one, and message.page is "1-3"."""
    outcome = _fetch(sandbox_client)
    one_by_one: list[str] = []
    for page in ("1", "2", "3"):
        single = sandbox_client.call(ORDER_QUERY, [("resultsPerPage", "200"), ("page", page)])
        one_by_one.extend(row["orderId"] for row in single.rows or [])

    assert _order_ids(outcome) == one_by_one
    message = outcome.result.data["message"]
    assert message["page"] == "1-3"
    assert message["totalResults"] == 401
    assert message["resultsPerPage"] == 200
    assert outcome.result.data["result"] == "SUCCESS"
    assert outcome.result.paging is not None
    assert outcome.result.paging.page == 3
    assert ("page", "1-3") in outcome.result.request.params


def test_text_total_gives_three_requests() -> None:
    """A totalResults sent as the string "401" is read as 401."""
    with run_paged_server(total=401) as server:
        server.total_as_text = True
        outcome = _fetch(_client(server))

    assert sorted(server.pages()) == [1, 2, 3]
    assert outcome.result.row_count == 401
    assert _order_ids(outcome) == [str(number) for number in range(1, 402)]


def test_short_page_ends_walk() -> None:
    """A page shorter than 200 before the last one stops the walk and keeps pages 1 to 3."""
    with run_paged_server(total=1000) as server:
        server.short_pages[3] = 150
        outcome = _fetch(_client(server))

    assert outcome.result.row_count == 550
    assert outcome.pages_fetched == 3
    assert outcome.cancelled is False
    assert outcome.notes[-1].template == NOTE_SHORT_PAGE
    assert outcome.notes[-1].args == ("3", "150", "200", "550")
    assert outcome.result.data["message"]["page"] == "1-3"


def test_short_last_page_noted() -> None:
    """A last page with fewer rows than the total leaves for it is noted."""
    with run_paged_server(total=401) as server:
        server.short_pages[3] = 0
        outcome = _fetch(_client(server))

    assert outcome.result.row_count == 400
    assert [note.template for note in outcome.notes] == [NOTE_SHORT_PAGE]
    assert outcome.notes[0].args == ("3", "0", "1", "400")


def test_failed_page_names_page_and_problem() -> None:
    """An HTTP 500 on page 2 stops the walk, keeps page 1, and the note carries the problem."""
    with run_paged_server(total=1000) as server:
        server.failing_pages.add(2)
        outcome = _fetch(_client(server), concurrency=1)

    assert outcome.result.kind is ResultKind.PAGED
    assert outcome.result.row_count == 200
    assert outcome.pages_fetched == 1
    note = outcome.notes[-1]
    assert note.template == NOTE_PAGE_FAILED
    assert note.args == ("2", "200")
    assert note.problem is not None
    assert note.problem.code is ProblemCode.HTTP_STATUS
    assert sorted(server.pages()) == [1, 2]


def test_changed_total_is_noted() -> None:
    """A later page that announces another total adds a note, and the walk goes on."""
    with run_paged_server(total=1000) as server:
        server.announced_totals[2] = 1010
        outcome = _fetch(_client(server))

    assert outcome.result.row_count == 1000
    assert [note.template for note in outcome.notes] == [NOTE_TOTAL_CHANGED]
    assert outcome.notes[0].args == ("1000", "1010")


def test_no_match_gives_empty_table(sandbox: SandboxServer,
                                    sandbox_client: KonnektiveClient) -> None:
    """"No orders matching…" on page 1 gives an empty merged result, not an error."""
    outcome = _fetch(sandbox_client, [("emailAddress", "nobody@example.invalid")])

    result = outcome.result
    assert result.kind is ResultKind.PAGED
    assert not result.kind.is_error
    assert result.rows == []
    assert result.row_count == 0
    assert result.data["message"]["data"] == []
    assert result.data["message"]["totalResults"] == 0
    assert len(sandbox.requests) == 1
    assert outcome.pages_fetched == 1
    assert outcome.notes[0].args == ("/order/query/",)


def test_page_one_error_returned_unchanged(sandbox: SandboxServer,
                                           sandbox_client: KonnektiveClient) -> None:
    """An error on page 1 comes back as page 1's result, and nothing else is requested."""
    sandbox.whitelist_ip = "203.0.113.9"
    outcome = _fetch(sandbox_client)

    assert outcome.result.kind is ResultKind.CRM_ERROR
    assert outcome.result.problem is not None
    assert outcome.result.problem.code is ProblemCode.IP_WHITELIST
    assert outcome.pages_fetched == 0
    assert len(sandbox.requests) == 1


def test_cancel_stops_twenty_page_walk() -> None:
    """A cancel returns within a second, and no page request reaches the server after it."""
    three_pages = threading.Event()
    finished: dict[str, Any] = {}
    token = CancelToken()

    def on_progress(rows: int, _total: int) -> None:
        if rows >= 600:
            three_pages.set()

    with run_paged_server(total=4000, latency=0.2) as server:
        client = _client(server)

        def walk() -> None:
            finished["outcome"] = _fetch(client, cancel=token, on_progress=on_progress)
            finished["at"] = time.monotonic()

        walker = threading.Thread(target=walk)
        walker.start()
        assert three_pages.wait(WALK_DEADLINE)
        cancelled_at = time.monotonic()
        token.cancel()
        walker.join(WALK_DEADLINE)
        _join_walk_threads()
        arrivals = list(server.arrivals)

    outcome: AllPagesResult = finished["outcome"]
    assert finished["at"] - cancelled_at < 1.0
    assert outcome.cancelled is True
    assert outcome.notes[-1].template == NOTE_CANCELLED
    # The kept rows are the pages in order from page 1; pages that arrived ahead of a missing
    # one are dropped, so fewer rows than the progress count may remain.
    assert 200 <= (outcome.result.row_count or 0) < 4000
    assert _order_ids(outcome) == [str(n) for n in range(1, (outcome.result.row_count or 0) + 1)]
    # A request the walk started just before the cancel may arrive a few milliseconds later.
    late = [arrival.page for arrival in arrivals if arrival.at > cancelled_at + 0.15]
    assert late == []
    assert len(arrivals) < 20


def test_cancel_while_waiting_for_page_one() -> None:
    """A cancel during a slow page 1 returns a CANCELLED result without waiting for the reply."""
    token = CancelToken()
    with run_paged_server(total=4000, latency=3.0) as server:
        timer = threading.Timer(0.2, token.cancel)
        timer.start()
        started = time.monotonic()
        outcome = _fetch(_client(server), cancel=token)
        elapsed = time.monotonic() - started
        timer.join()

    assert elapsed < 1.5
    assert outcome.cancelled is True
    assert outcome.result.kind is ResultKind.CANCELLED
    assert outcome.pages_fetched == 0


def test_four_requests_in_flight_at_most() -> None:
    """With 200 ms latency and concurrency 4, the server handles exactly 4 pages at once."""
    with run_paged_server(total=4000, latency=0.2) as server:
        outcome = _fetch(_client(server), concurrency=4)

    assert server.max_in_flight == 4
    assert sorted(server.pages()) == list(range(1, 21))
    assert _order_ids(outcome) == [str(number) for number in range(1, 4001)]


def test_concurrency_one_is_sequential() -> None:
    """Concurrency 1 sends the pages one after another, in page order."""
    with run_paged_server(total=1000, latency=0.02) as server:
        outcome = _fetch(_client(server), concurrency=1)

    assert server.max_in_flight == 1
    assert server.pages() == [1, 2, 3, 4, 5]
    assert outcome.result.row_count == 1000


def test_cap_declined_limits_pages() -> None:
    """Beyond 5 pages the callback gets 20 pages and 4000 rows, and No fetches 5 pages."""
    questions: list[tuple[int, int]] = []

    def decline(pages: int, rows: int) -> bool:
        questions.append((pages, rows))
        return False

    with run_paged_server(total=4000) as server:
        outcome = _fetch(_client(server), confirm_beyond_cap=decline, max_pages=5)

    assert questions == [(20, 4000)]
    assert sorted(server.pages()) == [1, 2, 3, 4, 5]
    assert outcome.result.row_count == 1000
    assert outcome.notes[-1].template == NOTE_CAP
    assert outcome.notes[-1].args == ("5", "1000", "4000")


def test_cap_accepted_fetches_all() -> None:
    """Accepting the question fetches every page."""
    with run_paged_server(total=4000) as server:
        outcome = _fetch(_client(server), confirm_beyond_cap=lambda _pages, _rows: True,
                         max_pages=5)

    assert len(server.pages()) == 20
    assert outcome.result.row_count == 4000
    assert outcome.notes == ()


def test_row_cap_without_callback() -> None:
    """Without a callback a walk over max_rows stops at the pages that fit in it."""
    with run_paged_server(total=4000) as server:
        outcome = _fetch(_client(server), max_rows=500)

    assert sorted(server.pages()) == [1, 2]
    assert outcome.result.row_count == 400
    assert outcome.notes[-1].args == ("2", "400", "4000")


def test_within_cap_asks_nothing() -> None:
    """A walk within both caps never calls the callback."""
    questions: list[tuple[int, int]] = []

    def record(pages: int, rows: int) -> bool:
        questions.append((pages, rows))
        return True

    with run_paged_server(total=1000) as server:
        _fetch(_client(server), confirm_beyond_cap=record, max_pages=5, max_rows=1000)

    assert questions == []


@pytest.mark.parametrize(("option", "value"), [
    ("concurrency", 0), ("max_pages", 0), ("max_rows", 0), ("results_per_page", 201),
])
def test_invalid_options_raise(option: str, value: int) -> None:
    """Options out of range raise ValueError before anything is sent."""
    with run_paged_server(total=10) as server:
        with pytest.raises(ValueError):
            _fetch(_client(server), **{option: value})

    assert server.pages() == []
