"""Translated texts for API results: problem titles and advice, kind names, status lines.

Problem templates come from ``desktop_app.api`` and are translated in the ``ApiMessages``
context. The texts defined here use the ``Messages`` context. Placeholders ``%1``, ``%2``
… are filled after translation, so translators can move them within a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.api.result import MESSAGE_CONTEXT, ApiResult, Problem, ResultKind
from desktop_app.catalog.model import QT_TRANSLATE_NOOP
from desktop_app.catalog.validation import fill_placeholders

CONTEXT = "Messages"

_KIND_TEXTS: dict[ResultKind, str] = {
    ResultKind.SUCCESS: QT_TRANSLATE_NOOP("Messages", "Success"),
    ResultKind.PAGED: QT_TRANSLATE_NOOP("Messages", "Page of results"),
    ResultKind.EMPTY: QT_TRANSLATE_NOOP("Messages", "No results"),
    ResultKind.CRM_ERROR: QT_TRANSLATE_NOOP("Messages", "CRM error"),
    ResultKind.REDIRECT: QT_TRANSLATE_NOOP("Messages", "Needs action (redirect)"),
    ResultKind.TRANSPORT_ERROR: QT_TRANSLATE_NOOP("Messages", "Connection failed"),
    ResultKind.HTTP_ERROR: QT_TRANSLATE_NOOP("Messages", "HTTP error"),
    ResultKind.FORMAT_ERROR: QT_TRANSLATE_NOOP("Messages", "Unreadable reply"),
    ResultKind.CANCELLED: QT_TRANSLATE_NOOP("Messages", "Cancelled"),
}

STATUS_SEPARATOR = " · "


def problem_texts(problem: Problem) -> tuple[str, str]:
    """Translate a problem's title and advice and fill in its arguments.

    Returns:
        The title and the advice. The advice is ``""`` when the problem has none.
    """
    title = QCoreApplication.translate(MESSAGE_CONTEXT, problem.title)
    advice = QCoreApplication.translate(MESSAGE_CONTEXT, problem.advice) if problem.advice else ""
    return fill_placeholders(title, problem.args), fill_placeholders(advice, problem.args)


def kind_text(kind: ResultKind) -> str:
    """Return the translated short name of a result kind, such as "Page of results"."""
    return QCoreApplication.translate(CONTEXT, _KIND_TEXTS[kind])


class Messages(QObject):
    """Plural texts of the ``Messages`` context.

    pyside6-lupdate records a plural message only from ``self.tr(text, "", n)`` inside a
    class, and it takes the class name as the context.
    """

    def rows(self, count: int) -> str:
        """Return "%n row(s)" translated for ``count``."""
        return self.tr("%n row(s)", "", count)

    def items(self, count: int) -> str:
        """Return "%n item(s)" translated for ``count``."""
        return self.tr("%n item(s)", "", count)

    def page_rows(self, total: int) -> str:
        """Return "%1 of %n row(s)" translated for ``total``, with %1 still to fill."""
        return self.tr("%1 of %n row(s)", "", total)


def rows_text(count: int) -> str:
    """Return the translated row count, such as "25 rows"."""
    return Messages().rows(count)


def items_text(count: int) -> str:
    """Return the translated count of array items, such as "135 items"."""
    return Messages().items(count)


def page_rows_text(count: int, total: int) -> str:
    """Return the translated row count of one page, such as "25 of 401 rows"."""
    return fill_placeholders(Messages().page_rows(total), (str(count),))


def status_line(result: ApiResult) -> str:
    """Summarise a result in one line of text separated by middle dots.

    Example: "HTTP 200 · Page of results · 25 of 401 rows · 34 ms".

    The HTTP part is left out when no reply arrived, and the row part when the reply is
    not a list of records. The elapsed time is rounded to whole milliseconds.
    """
    pieces: list[str] = []
    if result.http_status is not None:
        http_template = QCoreApplication.translate("Messages", "HTTP %1")
        pieces.append(fill_placeholders(http_template, (str(result.http_status),)))

    pieces.append(kind_text(result.kind))

    if result.kind is ResultKind.PAGED and result.paging is not None:
        shown = result.row_count if result.row_count is not None else 0
        pieces.append(page_rows_text(shown, result.paging.total_results))
    elif result.row_count is not None:
        pieces.append(rows_text(result.row_count))

    elapsed_template = QCoreApplication.translate("Messages", "%1 ms")
    pieces.append(fill_placeholders(elapsed_template, (str(round(result.elapsed_ms)),)))
    return STATUS_SEPARATOR.join(pieces)
