"""Free name=value rows sent after the catalog's parameters."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class ExtraRowsEditor(QWidget):
    """Rows of name and value fields with add and remove buttons.

    Signals:
        edited(): a row was typed in, added or removed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        outer.addWidget(self._title)
        self._grid = QGridLayout()
        outer.addLayout(self._grid)
        buttons = QHBoxLayout()
        self._add_button = QPushButton(self)
        buttons.addWidget(self._add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self._rows: list[tuple[QLineEdit, QLineEdit, QToolButton]] = []
        self._add_button.clicked.connect(self._on_add_clicked)
        self.add_row()
        self.retranslate()

    def retranslate(self) -> None:
        """Set translated texts."""
        self._title.setText(self.tr(
            "Extra parameters: each filled row is sent as name=value after the fields above."))
        self._add_button.setText(self.tr("Add row"))
        for name, value, remove in self._rows:
            name.setPlaceholderText(self.tr("name"))
            value.setPlaceholderText(self.tr("value"))
            remove.setToolTip(self.tr("Remove this row"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(self, name: str = "", value: str = "") -> None:
        """Append a row, optionally filled."""
        name_edit = QLineEdit(name, self)
        value_edit = QLineEdit(value, self)
        remove = QToolButton(self)
        remove.setText("✕")
        row = len(self._rows)
        self._grid.addWidget(name_edit, row, 0)
        self._grid.addWidget(value_edit, row, 1)
        self._grid.addWidget(remove, row, 2)
        entry = (name_edit, value_edit, remove)
        self._rows.append(entry)
        name_edit.textEdited.connect(self._on_text_edited)
        value_edit.textEdited.connect(self._on_text_edited)
        remove.clicked.connect(lambda: self._remove_row(entry))
        self.retranslate()

    def _remove_row(self, entry: tuple[QLineEdit, QLineEdit, QToolButton]) -> None:
        if entry not in self._rows:
            return
        self._rows.remove(entry)
        for widget in entry:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        if not self._rows:
            self.add_row()
        self.edited.emit()

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_row()
        self._rows[-1][0].setFocus()
        self.edited.emit()

    @Slot(str)
    def _on_text_edited(self, _text: str) -> None:
        self.edited.emit()

    def pairs(self) -> list[tuple[str, str]]:
        """Return the rows whose name is filled, in order, names trimmed."""
        return [(name.text().strip(), value.text()) for name, value, _ in self._rows
                if name.text().strip()]

    def half_filled_rows(self) -> list[int]:
        """Return 1-based numbers of rows with a value but no name."""
        return [number for number, (name, value, _) in enumerate(self._rows, 1)
                if value.text() and not name.text().strip()]

    def set_pairs(self, pairs: list[tuple[str, str]]) -> None:
        """Replace all rows with ``pairs`` (one empty row when there are none)."""
        for entry in list(self._rows):
            self._rows.remove(entry)
            for widget in entry:
                self._grid.removeWidget(widget)
                widget.deleteLater()
        for name, value in pairs:
            self.add_row(name, value)
        if not self._rows:
            self.add_row()
