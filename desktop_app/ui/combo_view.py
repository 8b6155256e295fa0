"""The order line shown above the reply of the "Order with 3DS results" lookup."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.ui.combo_result import COMBO_KEY, summary_text
from desktop_app.ui.response import ResponseView


class OrderSummaryLabel(QLabel):
    """Shows orderId, status, customer and total of the order whose 3DS results are shown.

    The label follows ``response``: it shows the line while the reply of the lookup is on
    screen and hides for any other reply.

    Args:
        response: The response view whose result the label describes.
        parent: Parent widget.
    """

    def __init__(self, response: ResponseView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._response = response
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        response.result_changed.connect(self._on_response_result_changed)

    @Slot(str)
    def _on_response_result_changed(self, endpoint_key: str) -> None:
        self.refresh(endpoint_key)

    def refresh(self, endpoint_key: str) -> None:
        """Show the order line of the shown result when ``endpoint_key`` is the lookup's."""
        result = self._response.result()
        text = ""
        if endpoint_key == COMBO_KEY and result is not None:
            text = summary_text(result.data)
        self.setText(text)
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        """Build the line again in the new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh(self._response.endpoint_key())
        super().changeEvent(event)
