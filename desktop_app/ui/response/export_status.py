"""Line under the filter box that shows a running export's progress and the last outcome."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from desktop_app.ui.response.error_card import plain_label
from desktop_app.ui.response.export_button import ExportButton


class ExportStatus(QWidget):
    """Progress bar and "Cancel export" while an ``ExportButton`` writes, then its outcome.

    Attributes:
        label: Outcome of the last export, hidden until there is one.
        progress: Rows written out of all rows; a busy bar for a JSON export.
        cancel_button: Cancels the running export.
    """

    def __init__(self, button: ExportButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label(self)
        self.label.hide()
        self.progress = QProgressBar(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(button.cancel_export)
        button.finished.connect(self._on_button_finished)
        button.progressed.connect(self._on_button_progressed)
        button.busy_changed.connect(self._on_button_busy_changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._on_button_busy_changed(False)

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.cancel_button.setText(self.tr("Cancel export"))

    def clear(self) -> None:
        """Hide the outcome of the last export."""
        self.label.hide()

    @Slot(int, int)
    def _on_button_progressed(self, done: int, total: int) -> None:
        # A total of 0 (a JSON export) shows a busy bar without a percentage.
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    @Slot(bool)
    def _on_button_busy_changed(self, busy: bool) -> None:
        if busy:
            self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    @Slot(str)
    def _on_button_finished(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()
