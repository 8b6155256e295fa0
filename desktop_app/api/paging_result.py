"""Result types and note texts of an all-pages walk (``desktop_app.api.paging``).

Notes are English templates marked for translation under the ``ApiMessages`` context, with
``%1``, ``%2`` placeholders that the UI fills after translating, like ``Problem`` texts.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.api.result import ApiResult, Problem
from desktop_app.catalog.model import QT_TRANSLATE_NOOP

NOTE_SHORT_PAGE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Page %1 returned %2 rows instead of %3, so the walk stopped there. %4 rows were kept.",
)
NOTE_PAGE_FAILED = QT_TRANSLATE_NOOP(
    "ApiMessages", "Page %1 failed, so the walk stopped there. %2 rows were kept."
)
NOTE_NOT_A_PAGE = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Page %1 is not a page of results, so the walk stopped there. %2 rows were kept.",
)
NOTE_CAP = QT_TRANSLATE_NOOP(
    "ApiMessages", "Stopped at the cap of %1 pages: %2 of %3 rows were fetched."
)
NOTE_CANCELLED = QT_TRANSLATE_NOOP(
    "ApiMessages", "Cancelled after %1 of %2 pages. %3 rows were kept."
)
NOTE_TOTAL_CHANGED = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "The total changed from %1 to %2 rows during the walk, so rows may be missing or repeated.",
)
NOTE_NO_PAGING = QT_TRANSLATE_NOOP(
    "ApiMessages", "The reply has no totalResults, so only page 1 was fetched."
)


@dataclass(frozen=True)
class Note:
    """A remark about a walk that the user should see next to its rows.

    Attributes:
        template: English template (translatable, context ``ApiMessages``).
        args: Values for the ``%1``, ``%2`` … placeholders of ``template``.
        problem: The problem of the page that ended the walk, shown after the template.
    """

    template: str
    args: tuple[str, ...] = ()
    problem: Problem | None = None


@dataclass(frozen=True)
class AllPagesResult:
    """Outcome of ``fetch_all_pages``.

    Attributes:
        result: The merged result. A walk that fetched page 1 gives a PAGED result whose
            ``data`` is a Konnektive envelope with ``message.page`` set to ``"1-K"`` for K
            merged pages, and whose ``paging.page`` is K. When page 1 fails, is cancelled or
            is not a page of results, this is page 1's result unchanged.
        pages_total: Pages the total announced by page 1 fills (0 when page 1 gave none).
        pages_requested: Page requests the walk started, page 1 included.
        pages_fetched: Pages whose rows are in ``result``.
        cancelled: Whether the walk ended because its cancel token was set.
        notes: Remarks on a walk that ended early, was capped, or saw the total change.
    """

    result: ApiResult
    pages_total: int
    pages_requested: int
    pages_fetched: int
    cancelled: bool
    notes: tuple[Note, ...] = ()
