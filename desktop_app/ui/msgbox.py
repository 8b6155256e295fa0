"""The one place that builds message boxes. Tests turn them off and queue the replies."""

from __future__ import annotations

import logging
from collections import deque

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class MessageBoxes:
    """Shows questions, warnings and errors, or replies to them from a queue when dialogs are off.

    Attributes:
        enabled: When False, no dialog is shown; ``ask`` returns the next queued
            answer (True when the queue is empty) and every text is kept in ``shown``.
    """

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.answers: deque[bool] = deque()
        self.shown: list[str] = []

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Ask a yes/no question and return True for yes."""
        if not self.enabled:
            self.shown.append(text)
            return self.answers.popleft() if self.answers else True
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show a warning with an OK button."""
        log.warning("%s: %s", title, text)
        if not self.enabled:
            self.shown.append(text)
            return
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        """Show an information box with an OK button."""
        if not self.enabled:
            self.shown.append(text)
            return
        QMessageBox.information(parent, title, text)
