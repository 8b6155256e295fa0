"""Find bar of the response viewer: the search text, match count and next/previous buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.response.error_card import plain_label


class FindBar(QWidget):
    """Search text with "3 of 17" feedback; the viewer does the searching.

    In the text box, Enter requests the next match, Shift+Enter for the previous one and
    Esc closes the bar. Esc is taken before the window's own Esc shortcut (which cancels
    a running request) while the text box has focus.

    Signals:
        text_edited(str): The search text changed.
        next_requested(): The user asked for the next match.
        previous_requested(): The user asked for the previous match.
        closed(): The bar was closed.

    Attributes:
        find_edit: Search text.
        status_label: "3 of 17", "No match for …" or nothing.
        previous_button, next_button, close_button: Buttons of the bar.
    """

    text_edited = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.find_edit = QLineEdit(self)
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(self._on_find_edit_text_changed)
        self.find_edit.installEventFilter(self)
        self.status_label = plain_label(self)
        self.previous_button = QPushButton(self)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.close_bar)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_edit, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.find_edit.setPlaceholderText(self.tr("Find in keys and values"))
        self.previous_button.setText(self.tr("Previous"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def open_bar(self) -> None:
        """Show the bar and select its text, ready for typing."""
        self.show()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    @Slot()
    def close_bar(self) -> None:
        """Hide the bar and emit ``closed``."""
        self.hide()
        self.closed.emit()

    def text(self) -> str:
        """Return the search text."""
        return self.find_edit.text()

    def show_position(self, position: int, count: int) -> None:
        """Show "``position`` of ``count``" (1-based), or "No match" when ``count`` is 0."""
        if not self.find_edit.text():
            self.status_label.clear()
        elif count == 0:
            self.status_label.setText(
                fill_placeholders(self.tr("No match for %1"), (self.find_edit.text(),))
            )
        else:
            self.status_label.setText(
                fill_placeholders(self.tr("%1 of %2"), (str(position), str(count)))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Handle Enter, Shift+Enter and Esc in the search text."""
        if watched is not self.find_edit or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if event.type() == QEvent.Type.ShortcutOverride and key == Qt.Key.Key_Escape:
            event.accept()
            return True
        if event.type() != QEvent.Type.KeyPress:
            return False
        if key == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return True
        return False

    @Slot(str)
    def _on_find_edit_text_changed(self, text: str) -> None:
        self.text_edited.emit(text)
