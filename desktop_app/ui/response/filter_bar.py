"""JMESPath filter box of the response viewer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop_app.api.jmes_filter import FilterError, FilterSyntaxError, apply_filter
from desktop_app.api.tabular import Table, extract_table
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.messages import items_text
from desktop_app.ui.response.error_card import plain_label


class FilterBar(QWidget):
    """Text box for a JMESPath expression and a line for its error message.

    Enter applies the expression; emptying the box (or its clear button) restores the
    whole reply. The viewer calls ``apply`` with the reply's data, which shows a note on the
    result or the error.

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

    def apply(self, data: Any, expression: str, *,
              from_xml: bool = False) -> tuple[Any, Table | None] | None:
        """Apply ``expression`` to ``data`` and show a note on its result or why it failed.

        Returns:
            The filtered value and the table found in it, or None when the expression is
            invalid or failed on this data.
        """
        try:
            value = apply_filter(data, expression)
        except FilterSyntaxError as exc:
            self.show_message(fill_placeholders(
                self.tr("The filter %1 is not a valid JMESPath expression:\n%2"),
                (exc.expression, exc.detail)))
            return None
        except FilterError as exc:
            text = fill_placeholders(self.tr("The filter %1 failed on this reply:\n%2"),
                                     (exc.expression, exc.detail))
            if exc.compared_text:
                text += "\n" + self.tr(
                    "The CRM sends amounts and ids as text. Compare them as numbers with "
                    "to_number(), for example message.data[?to_number(totalAmount) > `50`].")
            self.show_message(text)
            return None
        if value is None:
            self.show_message(self.tr("The filter matched nothing; its result is null."))
        elif isinstance(value, list):
            self.show_message(fill_placeholders(
                self.tr("The filter returned %1."), (items_text(len(value)),)))
        return value, extract_table(value, from_xml=from_xml)

    @Slot()
    def _on_filter_edit_return_pressed(self) -> None:
        self._applied = self.expression()
        self.expression_entered.emit(self._applied)

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        if not text.strip() and self._applied:
            self._applied = ""
            self.expression_entered.emit("")
