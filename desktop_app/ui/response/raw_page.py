"""Raw tab of the response viewer: the reply as plain text, built when the tab is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.response.error_card import plain_label

RAW_CHAR_LIMIT = 2 * 1024 * 1024
"""Number of characters the Raw tab shows before the user asks for the whole text."""


class RawPage(QWidget):
    """Read-only plain text of a reply, cut at ``RAW_CHAR_LIMIT`` until "Show all" is pressed.

    The text is built only when ``fill()`` runs (the view calls it when the tab is
    shown), because pretty-printing a large reply takes a noticeable time.

    Attributes:
        raw_edit: Read-only plain-text view.
        note_label: Note shown when the text is cut at ``RAW_CHAR_LIMIT``.
        show_all_button: Button that loads the whole text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_text: Callable[[], str] | None = None
        self._full_text = ""
        self._clipped = False

        self.note_label = plain_label(self)
        self.show_all_button = QPushButton(self)
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self.raw_edit = QPlainTextEdit(self)
        self.raw_edit.setReadOnly(True)
        self.raw_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        bar = QHBoxLayout()
        bar.addWidget(self.note_label, 1)
        bar.addWidget(self.show_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.raw_edit, 1)
        self._set_clipped(False)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.show_all_button.setText(self.tr("Show all"))
        self._update_note()

    def set_source(self, make_text: Callable[[], str] | None) -> None:
        """Clear the text and keep ``make_text``, which ``fill()`` calls to build it."""
        self._make_text = make_text
        self._full_text = ""
        self.raw_edit.clear()
        self._set_clipped(False)

    def fill(self) -> None:
        """Build and show the text if ``set_source`` gave a source that has not run yet."""
        make_text = self._make_text
        if make_text is None:
            return
        self._make_text = None
        self._full_text = make_text()
        clipped = len(self._full_text) > RAW_CHAR_LIMIT
        self.raw_edit.setPlainText(self._full_text[:RAW_CHAR_LIMIT] if clipped else self._full_text)
        self._set_clipped(clipped)
        if not clipped:
            self._full_text = ""

    def _set_clipped(self, clipped: bool) -> None:
        self._clipped = clipped
        self._update_note()

    def _update_note(self) -> None:
        self.note_label.setText(
            fill_placeholders(
                self.tr("Showing the first %1 of %2 characters."),
                (str(RAW_CHAR_LIMIT), str(len(self._full_text))),
            )
        )
        self.note_label.setVisible(self._clipped)
        self.show_all_button.setVisible(self._clipped)

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self.raw_edit.setPlainText(self._full_text)
        self._full_text = ""
        self._set_clipped(False)
