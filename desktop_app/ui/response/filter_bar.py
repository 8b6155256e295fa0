"""JMESPath filter box of the response viewer."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.ui.response.error_card import plain_label


class FilterBar(QWidget):
    """Text box for a JMESPath expression and a line for its error message.

    Enter applies the expression; emptying the box (or its clear button) restores the
    whole reply. The viewer evaluates the expression and calls ``show_message``.

    Signals:
        expression_entered(str): The expression to apply, without surrounding spaces;
            "" when the box was emptied.

    Attributes:
        filter_edit: The expression.
        message_label: Error or note about the last expression, in a fixed-width font so
            that the column marker under a parse error lines up.
    """

    expression_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._applied = ""
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.returnPressed.connect(self._on_filter_edit_return_pressed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.message_label = plain_label(self)
        self.message_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.message_label)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.filter_edit.setPlaceholderText(
            self.tr("JMESPath filter, for example message.data[?orderStatus=='REFUNDED']")
        )
        self.filter_edit.setToolTip(
            self.tr("Press Enter to apply the expression; clear the box to show the whole reply.")
        )

    def expression(self) -> str:
        """Return the expression in the box, without surrounding spaces."""
        return self.filter_edit.text().strip()

    def show_message(self, text: str) -> None:
        """Show ``text`` under the box; "" hides the message line."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        self._applied = self.expression()
        self.expression_entered.emit(self._applied)

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        if not text.strip() and self._applied:
            self._applied = ""
            self.expression_entered.emit("")
