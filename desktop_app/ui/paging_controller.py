"""Runs an all-pages walk on the task runner and reports its progress and merged result."""

from __future__ import annotations

import dataclasses
import itertools
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.api.cancel import CancelToken
from desktop_app.api.konnektive import KonnektiveClient
from desktop_app.api.paging import POLL_SECONDS, AllPagesResult, fetch_all_pages
from desktop_app.api.tabular import with_table
from desktop_app.catalog.model import Endpoint
from desktop_app.storage.profile_model import MAX_PAGE_CONCURRENCY, MIN_PAGE_CONCURRENCY
from desktop_app.storage.profiles import Profile
from desktop_app.ui.request_controller import RequestController
from desktop_app.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

CapQuestionHandler = Callable[[int, int], bool]
"""Asks the user on the GUI thread whether to fetch ``pages`` pages with ``rows`` rows."""


@dataclass(frozen=True)
class CapQuestion:
    """A walk's question whether to fetch beyond the cap, answered on the GUI thread.

    Attributes:
        walk_id: Id of the walk that sent the question.
        pages: Pages of the whole walk.
        rows: Rows of the whole walk.
        answer: Queue with room for the user's yes or no, read by the walk thread.
    """

    walk_id: int
    pages: int
    rows: int
    answer: queue.Queue[bool]


class _WalkSignals(QObject):
    """Carrier of a walk's progress and questions from its thread to the GUI thread.

    Signals:
        progressed(int, int, int): walk id, rows fetched so far, rows expected.
        cap_question_asked(object): a ``CapQuestion`` to answer.
    """

    progressed = Signal(int, int, int)
    cap_question_asked = Signal(object)


@dataclass(frozen=True)
class _RunningWalk:
    walk_id: int
    profile: Profile
    endpoint: Endpoint
    token: CancelToken
    handle: TaskHandle


class PagingController(QObject):
    """Fetches every page of a paged query off the GUI thread, one walk at a time.

    The merged result goes through ``RequestController.report``, so it reaches the history
    and the window's ``finished`` handling exactly like the result of a single call.

    Signals:
        started(str): a walk began; the argument is the endpoint path.
        progressed(int, int): rows fetched so far and rows expected in total.
        walk_finished(str, object): the endpoint key and the ``AllPagesResult``, emitted
            after its merged result was reported.
        failed(str): the walk raised unexpectedly; the argument is the traceback text.
    """

    started = Signal(str)
    progressed = Signal(int, int)
    walk_finished = Signal(str, object)
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, requests: RequestController,
                 ask_cap: CapQuestionHandler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._requests = requests
        self._ask_cap = ask_cap
        self._ids = itertools.count(1)
        self._walk: _RunningWalk | None = None
        self._signals = _WalkSignals(self)
        self._signals.progressed.connect(self._on_signals_progressed)
        self._signals.cap_question_asked.connect(self._on_signals_cap_question_asked)

    @property
    def busy(self) -> bool:
        """Whether a walk is running."""
        return self._walk is not None

    def send(self, profile: Profile, client: KonnektiveClient, endpoint: Endpoint,
             pairs: list[tuple[str, str]]) -> None:
        """Start fetching every page of ``endpoint`` with the profile's page concurrency.

        Raises:
            RuntimeError: Another walk is still running.
        """
        if self._walk is not None:
            raise RuntimeError("an all-pages walk is already running")
        walk_id = next(self._ids)
        token = CancelToken()
        concurrency = min(max(profile.page_concurrency, MIN_PAGE_CONCURRENCY),
                          MAX_PAGE_CONCURRENCY)
        signals = self._signals

        def report_progress(rows: int, total: int) -> None:
            signals.progressed.emit(walk_id, rows, total)

        def confirm(pages: int, rows: int) -> bool:
            return self._ask_from_walk(walk_id, token, pages, rows)

        def work(_task_token: CancelToken) -> AllPagesResult:
            outcome = fetch_all_pages(client, endpoint, pairs, concurrency=concurrency,
                                      cancel=token, on_progress=report_progress,
                                      confirm_beyond_cap=confirm)
            # The table of the merged rows is built here, off the GUI thread.
            return dataclasses.replace(outcome, result=with_table(outcome.result))

        handle = self._runner.run_task(work, self._on_result, self._on_error)
        self._walk = _RunningWalk(walk_id, profile, endpoint, token, handle)
        log.info("Fetching all pages of %s for profile %s, %d at a time",
                 endpoint.path, profile.id, concurrency)
        self.started.emit(endpoint.path)

    @Slot()
    def cancel(self) -> None:
        """Stop the walk; its merged result, with the rows fetched so far, follows shortly."""
        if self._walk is not None and not self._walk.token.cancelled:
            log.info("Cancelling the walk over %s", self._walk.endpoint.path)
            self._walk.token.cancel()

    def abort(self) -> None:
        """Stop the walk and drop its result; used when the window closes."""
        walk = self._walk
        if walk is None:
            return
        self._walk = None
        walk.token.cancel()
        walk.handle.cancel()
        log.info("Abandoned the walk over %s", walk.endpoint.path)

    def _ask_from_walk(self, walk_id: int, token: CancelToken, pages: int, rows: int) -> bool:
        """Ask the cap question on the GUI thread and wait for the answer; runs on the walk thread.

        Returns False without an answer when the walk is cancelled while it waits.
        """
        question = CapQuestion(walk_id, pages, rows, queue.Queue(maxsize=1))
        self._signals.cap_question_asked.emit(question)
        while not token.cancelled:
            try:
                return question.answer.get(timeout=POLL_SECONDS)
            except queue.Empty:
                continue
        return False

    @Slot(object)
    def _on_signals_cap_question_asked(self, question: CapQuestion) -> None:
        walk = self._walk
        current = walk is not None and walk.walk_id == question.walk_id
        accepted = current and self._ask_cap(question.pages, question.rows)
        log.info("Fetching beyond the cap (%d pages, %d rows): %s",
                 question.pages, question.rows, "accepted" if accepted else "declined")
        question.answer.put_nowait(accepted)

    @Slot(int, int, int)
    def _on_signals_progressed(self, walk_id: int, rows: int, total: int) -> None:
        if self._walk is not None and self._walk.walk_id == walk_id:
            self.progressed.emit(rows, total)

    def _on_result(self, payload: object) -> None:
        walk = self._walk
        self._walk = None
        if walk is None or not isinstance(payload, AllPagesResult):
            return
        self._requests.report(walk.profile, walk.endpoint, payload.result)
        self.walk_finished.emit(walk.endpoint.key, payload)

    def _on_error(self, text: str) -> None:
        self._walk = None
        self.failed.emit(text)
