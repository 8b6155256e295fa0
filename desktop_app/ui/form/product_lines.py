"""Editor for numbered product lines such as product1_id, product1_qty, product1_price."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.catalog.model import TRANSLATION_CONTEXT, ProductLines
from desktop_app.ui.form.fields import FieldEditor, make_editor


class ProductLinesEditor(QWidget):
    """A grid with one row per product line and a button to add lines.

    Signals:
        edited(): a value changed or a line was added.
    """

    edited = Signal()

    def __init__(self, spec: ProductLines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._grid = QGridLayout()
        outer.addLayout(self._grid)
        self._headers: list[QLabel] = []
        for column, field in enumerate(spec.fields, 1):
            header = QLabel(field.name, self)
            header.setToolTip(QCoreApplication.translate(TRANSLATION_CONTEXT, field.help))
            self._grid.addWidget(header, 0, column)
            self._headers.append(header)
        self._add_button = QPushButton(self)
        outer.addWidget(self._add_button)
        self._lines: list[list[FieldEditor]] = []
        self._line_labels: list[QLabel] = []
        self._add_button.clicked.connect(self._on_add_clicked)
        for _ in range(max(1, spec.required_lines)):
            self._add_line()
        self.retranslate()

    def retranslate(self) -> None:
        """Set translated texts."""
        self._add_button.setText(self.tr("Add product line"))
        for header, field in zip(self._headers, self._spec.fields, strict=True):
            header.setToolTip(QCoreApplication.translate(TRANSLATION_CONTEXT, field.help))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _add_line(self) -> None:
        number = len(self._lines) + 1
        label = QLabel(str(number), self)
        self._grid.addWidget(label, number, 0)
        editors = []
        for column, field in enumerate(self._spec.fields, 1):
            editor = make_editor(field, self)
            editor.setObjectName(ProductLines.name(number, field.name))
            editor.edited.connect(self.edited)
            self._grid.addWidget(editor, number, column)
            editors.append(editor)
        self._lines.append(editors)
        self._line_labels.append(label)
        self._add_button.setEnabled(len(self._lines) < self._spec.max_lines)

    @Slot()
    def _on_add_clicked(self) -> None:
        self._add_line()
        self._lines[-1][0].focus_widget().setFocus()
        self.edited.emit()

    def values(self) -> dict[str, str]:
        """Return every field of every line by wire name (empty strings included)."""
        out: dict[str, str] = {}
        for number, editors in enumerate(self._lines, 1):
            for editor in editors:
                out[ProductLines.name(number, editor.param.name)] = editor.value()
        return out

    def editor(self, wire_name: str) -> FieldEditor | None:
        """Return the editor of a wire name such as ``product2_qty``, if that line exists."""
        for editors in self._lines:
            for editor in editors:
                if editor.objectName() == wire_name:
                    return editor
        return None

    def set_values(self, values: dict[str, str]) -> None:
        """Fill lines from wire names, adding lines as needed."""
        for wire_name, value in values.items():
            editor = self.editor(wire_name)
            while editor is None and len(self._lines) < self._spec.max_lines:
                number = _line_number(wire_name)
                if number is None or number <= len(self._lines):
                    break
                self._add_line()
                editor = self.editor(wire_name)
            if editor is not None:
                editor.set_value(value)


def _line_number(wire_name: str) -> int | None:
    head = wire_name.split("_", 1)[0]
    digits = head.removeprefix("product")
    return int(digits) if digits.isdigit() else None
