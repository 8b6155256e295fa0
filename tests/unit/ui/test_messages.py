"""Tests for desktop_app.ui.messages: kind names, status lines and problem texts."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from desktop_app.api.result import (
    ApiResult,
    Paging,
    Problem,
    ProblemCode,
    RequestRecord,
    ResultKind,
)
from desktop_app.ui.messages import kind_text, page_rows_text, problem_texts, rows_text, status_line

# Set before pytest-qt creates the QApplication; QT_QPA_PLATFORM from the shell still wins.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REQUEST = RequestRecord("POST", "https://api.example.test/order/query/")


class ContextTranslator(QTranslator):
    """Translator that marks texts of one context as ‹text›, leaving the others untranslated."""

    def __init__(self, context: str, replacement: str | None = None) -> None:
        super().__init__()
        self.context = context
        self.replacement = replacement

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """Return the marked text for ``self.context`` and None for other contexts."""
        if context != self.context:
            return None
        if self.replacement is not None:
            return self.replacement
        return "‹" + source_text + "›"

    def isEmpty(self) -> bool:
        """Return False, as a loaded translation file would."""
        return False


@pytest.fixture
def install_translator(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Provide a list; translators appended to it are installed and removed after the test."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def use(installed: list[QTranslator], translator: QTranslator) -> None:
    """Install ``translator`` and remember it for removal."""
    installed.append(translator)
    QCoreApplication.installTranslator(translator)


EXPECTED_KIND_TEXTS = {
    ResultKind.SUCCESS: "Success",
    ResultKind.PAGED: "Page of results",
    ResultKind.EMPTY: "No results",
    ResultKind.CRM_ERROR: "CRM error",
    ResultKind.REDIRECT: "Needs action (redirect)",
    ResultKind.TRANSPORT_ERROR: "Connection failed",
    ResultKind.HTTP_ERROR: "HTTP error",
    ResultKind.FORMAT_ERROR: "Unreadable reply",
    ResultKind.CANCELLED: "Cancelled",
}


@pytest.mark.parametrize("kind", list(ResultKind))
def test_kind_text_covers_every_kind(kind: ResultKind) -> None:
    """Every result kind has its own English short name."""
    assert kind_text(kind) == EXPECTED_KIND_TEXTS[kind]


def test_status_line_paged() -> None:
    """A paged result shows status, kind, page rows of total rows and time."""
    result = ApiResult(
        ResultKind.PAGED,
        REQUEST,
        http_status=200,
        elapsed_ms=34.4,
        row_count=25,
        paging=Paging(401, 25, 1),
    )

    assert status_line(result) == "HTTP 200 · Page of results · 25 of 401 rows · 34 ms"


def test_status_line_without_reply() -> None:
    """Without an HTTP reply the status part is left out."""
    result = ApiResult(ResultKind.TRANSPORT_ERROR, REQUEST, elapsed_ms=5003.6)

    assert status_line(result) == "Connection failed · 5004 ms"


def test_status_line_list_rows() -> None:
    """A list reply that is not paged shows its row count."""
    result = ApiResult(ResultKind.SUCCESS, REQUEST, http_status=200, elapsed_ms=1, row_count=1)

    assert status_line(result) == "HTTP 200 · Success · 1 row · 1 ms"


def test_status_line_empty() -> None:
    """EMPTY shows zero rows."""
    result = ApiResult(ResultKind.EMPTY, REQUEST, http_status=200, elapsed_ms=12, row_count=0)

    assert status_line(result) == "HTTP 200 · No results · 0 rows · 12 ms"


def test_row_texts_singular_and_plural() -> None:
    """English uses "row" for one and "rows" for any other count."""
    assert rows_text(1) == "1 row"
    assert rows_text(2) == "2 rows"
    assert page_rows_text(1, 1) == "1 of 1 row"
    assert page_rows_text(25, 401) == "25 of 401 rows"


def test_problem_texts_fill_arguments() -> None:
    """Arguments replace %1 and %2 in both title and advice."""
    problem = Problem(
        ProblemCode.HTTP_STATUS,
        "The server replied to %1 with HTTP status %2.",
        "Check %1.",
        ("order/query", "502"),
    )

    assert problem_texts(problem) == (
        "The server replied to order/query with HTTP status 502.",
        "Check order/query.",
    )


def test_problem_texts_empty_advice() -> None:
    """A problem without advice gives an empty advice text."""
    problem = Problem(ProblemCode.CONNECT, "Could not connect to %1.", "", ("host",))

    assert problem_texts(problem) == ("Could not connect to host.", "")


def test_problem_arguments_are_not_rescanned() -> None:
    """An argument that contains %2 is inserted as is."""
    problem = Problem(ProblemCode.CRM_OTHER, "%1 / %2", "", ("50%2 off", "x"))

    assert problem_texts(problem)[0] == "50%2 off / x"


def test_problem_texts_translate_before_filling(install_translator: list[QTranslator]) -> None:
    """The template is translated in ApiMessages first, then the arguments are filled in."""
    use(install_translator, ContextTranslator("ApiMessages", "Сервер ответил %2 на %1."))
    problem = Problem(
        ProblemCode.HTTP_STATUS, "The server replied to %1 with %2.", "", ("a", "502")
    )

    assert problem_texts(problem)[0] == "Сервер ответил 502 на a."


def test_own_texts_use_messages_context(install_translator: list[QTranslator]) -> None:
    """Kind names and status pieces are translated in the Messages context."""
    use(install_translator, ContextTranslator("Messages"))
    result = ApiResult(ResultKind.CANCELLED, REQUEST, http_status=200, elapsed_ms=3)

    assert kind_text(ResultKind.PAGED) == "‹Page of results›"
    assert status_line(result) == "‹HTTP 200› · ‹Cancelled› · ‹3 ms›"
