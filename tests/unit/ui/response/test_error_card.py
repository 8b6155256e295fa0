"""Tests for ErrorCard: plain-text server output, translated title and advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.api.result import Problem, ProblemCode
from desktop_app.ui.response.error_card import DETAIL_CHAR_LIMIT, ErrorCard

from .conftest import BracketTranslator

HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>"
PHP_NOTICE = "<br />\n<b>Notice</b>:  Undefined index: campaignId in <b>/var/www/api.php</b>"

HTTP_PROBLEM = Problem(
    ProblemCode.HTTP_STATUS,
    "The server replied to %1 with HTTP status %2.",
    "Wait a minute and send again.",
    ("order/query", "502"),
)


def make_card(qtbot: QtBot) -> ErrorCard:
    """Return a new ErrorCard that qtbot closes after the test."""
    card = ErrorCard()
    qtbot.addWidget(card)
    return card


def test_html_body_shows_as_literal_text(qtbot: QtBot) -> None:
    """An HTML error page appears character for character, tags included."""
    card = make_card(qtbot)

    card.set_problem(HTTP_PROBLEM, HTML_502)

    assert card.detail_edit.toPlainText() == HTML_502
    assert card.detail_edit.isReadOnly()
    assert not card.detail_edit.isHidden()


def test_labels_never_render_rich_text(qtbot: QtBot) -> None:
    """Every label of the card uses Qt.PlainText, so markup in texts stays literal."""
    card = make_card(qtbot)
    problem = Problem(ProblemCode.CRM_OTHER, "Failed: %1", "", ("<b>bold</b>",))

    card.set_problem(problem, HTML_502)

    labels = card.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert card.title_label.text() == "Failed: <b>bold</b>"


def test_title_and_advice_are_filled(qtbot: QtBot) -> None:
    """Title and advice get the problem's arguments. The title is bold."""
    card = make_card(qtbot)

    card.set_problem(HTTP_PROBLEM)

    assert card.title_label.text() == "The server replied to order/query with HTTP status 502."
    assert card.advice_label.text() == "Wait a minute and send again."
    assert card.title_label.font().bold()
    assert card.detail_edit.isHidden()


def test_detail_is_preferred_over_body(qtbot: QtBot) -> None:
    """A PHP notice in Problem.detail is shown instead of the body, as literal text."""
    card = make_card(qtbot)
    problem = Problem(ProblemCode.PHP_NOTICE, "PHP warning text in %1.", "", ("x",), PHP_NOTICE)

    card.set_problem(problem, PHP_NOTICE + '{"result":"SUCCESS"}')

    assert card.detail_edit.toPlainText() == PHP_NOTICE
    assert card.detail_caption.text() == "Details from the server:"
    assert card.advice_label.isHidden()


def test_long_detail_is_clipped_with_note(qtbot: QtBot) -> None:
    """Server text beyond DETAIL_CHAR_LIMIT is cut and the cut is stated."""
    card = make_card(qtbot)
    body = "x" * (DETAIL_CHAR_LIMIT + 5)

    card.set_problem(HTTP_PROBLEM, body)
    shown = card.detail_edit.toPlainText()

    assert shown.startswith("x" * DETAIL_CHAR_LIMIT)
    assert shown.endswith("[5 more characters not shown]")


def test_clear_hides_everything(qtbot: QtBot) -> None:
    """clear() empties the texts and drops the problem."""
    card = make_card(qtbot)
    card.set_problem(HTTP_PROBLEM, HTML_502)

    card.clear()

    assert card.problem() is None
    assert card.title_label.text() == ""
    assert card.detail_edit.toPlainText() == ""


def test_language_change_retranslates(qtbot: QtBot, bracket_translator: BracketTranslator) -> None:
    """Installing a translator re-renders the title and captions in the new language."""
    card = make_card(qtbot)
    card.set_problem(HTTP_PROBLEM, HTML_502)

    QCoreApplication.installTranslator(bracket_translator)
    qtbot.waitUntil(lambda: card.title_label.text().startswith("‹"), timeout=2000)

    assert card.title_label.text() == ("‹The server replied to order/query with HTTP status 502.›")
    assert card.detail_caption.text() == "‹Reply body:›"

    QCoreApplication.removeTranslator(bracket_translator)
    qtbot.waitUntil(lambda: not card.title_label.text().startswith("‹"), timeout=2000)


def test_language_change_event_is_wired(qtbot: QtBot) -> None:
    """A LanguageChange event sets texts again from the problem."""
    card = make_card(qtbot)
    card.set_problem(HTTP_PROBLEM)
    card.title_label.setText("stale")

    QCoreApplication.sendEvent(card, QEvent(QEvent.Type.LanguageChange))

    assert card.title_label.text().startswith("The server replied")
