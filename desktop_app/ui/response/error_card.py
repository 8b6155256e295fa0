"""Card that explains a failed call: what failed, what to do, and the server's own text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.api.result import Problem
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.messages import problem_texts

DETAIL_CHAR_LIMIT = 20_000
"""Maximum number of characters of server text that the card shows."""

DETAIL_VISIBLE_LINES = 8


class ErrorCard(QFrame):
    """Framed panel with a problem's bold title, its advice and the server text.

    Server text (``Problem.detail``, or the reply body when the problem has no detail)
    goes into a read-only plain-text editor, so HTML error pages and PHP notices appear
    as literal characters. Labels use ``Qt.PlainText`` for the same reason.

    Attributes:
        title_label: Translated problem title in bold.
        advice_label: Translated advice, hidden when the problem has none.
        detail_caption: Caption above the server text.
        detail_edit: Read-only plain-text view of the server text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#errorCard { border: 1px solid #c0392b; border-radius: 4px; }")
        self._problem: Problem | None = None
        self._body = ""

        self.title_label = plain_label(self)
        title_font = self.title_label.font()
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.advice_label = plain_label(self)
        self.detail_caption = plain_label(self)

        self.detail_edit = QPlainTextEdit(self)
        self.detail_edit.setReadOnly(True)
        self.detail_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.detail_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        line_height = self.detail_edit.fontMetrics().lineSpacing()
        self.detail_edit.setMaximumHeight(line_height * DETAIL_VISIBLE_LINES + 12)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.detail_caption)
        layout.addWidget(self.detail_edit)

        self.clear()

    def set_problem(self, problem: Problem, body: str = "") -> None:
        """Show ``problem``. ``body`` is shown as server text when the problem has no detail."""
        self._problem = problem
        self._body = body
        self.retranslate()

    def clear(self) -> None:
        """Remove the problem and empty every text."""
        self._problem = None
        self._body = ""
        self.retranslate()

    def problem(self) -> Problem | None:
        """Return the problem currently shown, or None."""
        return self._problem

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        problem = self._problem
        if problem is None:
            self.title_label.clear()
            self.advice_label.clear()
            self.advice_label.hide()
            self.detail_caption.clear()
            self.detail_caption.hide()
            self.detail_edit.clear()
            self.detail_edit.hide()
            return

        title, advice = problem_texts(problem)
        self.title_label.setText(title)
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))

        if problem.detail:
            server_text = problem.detail
            self.detail_caption.setText(self.tr("Details from the server:"))
        else:
            server_text = self._body
            self.detail_caption.setText(self.tr("Reply body:"))
        self.detail_caption.setVisible(bool(server_text))
        self.detail_edit.setVisible(bool(server_text))
        self.detail_edit.setPlainText(self._clipped(server_text))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate the texts when the application language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _clipped(self, text: str) -> str:
        if len(text) <= DETAIL_CHAR_LIMIT:
            return text
        hidden = str(len(text) - DETAIL_CHAR_LIMIT)
        note = fill_placeholders(self.tr("[%1 more characters not shown]"), (hidden,))
        return text[:DETAIL_CHAR_LIMIT] + "\n" + note


def plain_label(parent: QWidget) -> QLabel:
    """Return a word-wrapped, selectable label that never interprets its text as HTML."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label
