"""Editor widgets for one parameter each; every editor yields the wire-format string."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop_app.cards import mask_card
from desktop_app.catalog.model import Param, ParamType

DATE_FORMAT = "MM/dd/yyyy"
_MONEY_RE = re.compile(r"^\d+(\.\d{1,2})?$")


class FieldEditor(QWidget):
    """Base of all editors: a widget with a string value in the API's wire format.

    Signals:
        edited(): the user changed the value.
    """

    edited = Signal()

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param

    def value(self) -> str:
        """Return the value as sent, or an empty string when not filled."""
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        """Show ``value`` (wire format) in the editor."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        """Return the widget that takes keyboard focus."""
        return self


class LineField(FieldEditor):
    """A single-line text editor for text, numbers, ids, emails, phones and URLs."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.row_layout = QHBoxLayout(self)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit(self)
        self.line.setClearButtonEnabled(True)
        if param.max_length:
            # Longer input is still accepted and then reported by validation, so
            # nothing the user pasted is cut off silently.
            self.line.setToolTip(str(param.max_length))
        self.row_layout.addWidget(self.line)
        self.line.textEdited.connect(self._on_line_edited)

    @Slot(str)
    def _on_line_edited(self, _text: str) -> None:
        self.edited.emit()

    def value(self) -> str:
        """Return the typed text."""
        return self.line.text()

    def set_value(self, value: str) -> None:
        """Replace the typed text."""
        self.line.setText(value)

    def focus_widget(self) -> QWidget:
        """Return the line edit."""
        return self.line


class MoneyField(LineField):
    """A decimal amount; a valid amount is shown with two decimals after editing."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.line.editingFinished.connect(self._on_line_editing_finished)

    @Slot()
    def _on_line_editing_finished(self) -> None:
        text = self.line.text().strip()
        if _MONEY_RE.match(text):
            self.line.setText(str(Decimal(text).quantize(Decimal("0.01"))))


class CardField(LineField):
    """A card number that is shown masked to first 6 / last 4 whenever it is not focused.

    The full number lives only in this widget's memory.
    """

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self._full = ""
        self.line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Mask on focus-out and reveal on focus-in."""
        if watched is self.line and isinstance(event, QFocusEvent):
            if event.type() == QEvent.Type.FocusOut:
                self._mask()
            elif event.type() == QEvent.Type.FocusIn and self._full:
                self.line.setText(self._full)
        return super().eventFilter(watched, event)

    def _mask(self) -> None:
        text = self.line.text()
        digits = re.sub(r"[\s-]", "", text)
        if digits.isdigit() and len(digits) >= 12:
            self._full = digits
            self.line.setText(mask_card(digits))
        else:
            self._full = ""

    def value(self) -> str:
        """Return the full number, also while the field shows it masked."""
        return self._full or self.line.text()

    def set_value(self, value: str) -> None:
        """Set the full number and show it masked."""
        self.line.setText(value)
        self._mask()


class EnumField(FieldEditor):
    """A drop-down of the allowed values; the empty first entry means not sent."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox(self)
        self.combo.addItem("")
        self.combo.addItems(list(param.choices))
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._on_combo_changed)

    @Slot(int)
    def _on_combo_changed(self, _index: int) -> None:
        self.edited.emit()

    def value(self) -> str:
        """Return the chosen value or an empty string."""
        return self.combo.currentText()

    def set_value(self, value: str) -> None:
        """Choose ``value``; an unknown value is added so it is not lost."""
        if value and self.combo.findText(value) < 0:
            self.combo.addItem(value)
        self.combo.setCurrentIndex(max(self.combo.findText(value), 0))

    def focus_widget(self) -> QWidget:
        """Return the combo box."""
        return self.combo


class BoolField(FieldEditor):
    """A check box sent as 1 when ticked; when not ticked it sends 0 if required, else nothing."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(self)
        layout.addWidget(self.check)
        layout.addStretch(1)
        self.check.toggled.connect(self._on_check_toggled)

    @Slot(bool)
    def _on_check_toggled(self, _checked: bool) -> None:
        self.edited.emit()

    def value(self) -> str:
        """Return "1", "0" or an empty string."""
        if self.check.isChecked():
            return "1"
        return "0" if self.param.required else ""

    def set_value(self, value: str) -> None:
        """Tick the box for "1"."""
        self.check.setChecked(value.strip() == "1")

    def focus_widget(self) -> QWidget:
        """Return the check box."""
        return self.check


class DateField(LineField):
    """A MM/DD/YYYY text field with a calendar button that writes the picked date."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(param, parent)
        self.line.setPlaceholderText("MM/DD/YYYY")
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.row_layout.addWidget(self.button)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the translated tooltip of the calendar button."""
        self.button.setToolTip(self.tr("Pick a date"))

    @Slot()
    def _on_menu_about_to_show(self) -> None:
        current = QDate.fromString(self.line.text().strip(), DATE_FORMAT)
        self.calendar.setSelectedDate(current if current.isValid() else QDate.currentDate())

    @Slot(QDate)
    def _on_calendar_clicked(self, date: QDate) -> None:
        self.line.setText(date.toString(DATE_FORMAT))
        menu = self.button.menu()
        if menu is not None:
            menu.hide()
        self.edited.emit()


def make_editor(param: Param, parent: QWidget | None = None) -> FieldEditor:
    """Return the editor widget that fits ``param``'s type."""
    if param.type is ParamType.ENUM:
        editor: FieldEditor = EnumField(param, parent)
    elif param.type is ParamType.BOOLEAN:
        editor = BoolField(param, parent)
    elif param.type is ParamType.DATE:
        editor = DateField(param, parent)
    elif param.type is ParamType.MONEY:
        editor = MoneyField(param, parent)
    elif param.type is ParamType.CARD_NUMBER:
        editor = CardField(param, parent)
    else:
        editor = LineField(param, parent)
    if param.default:
        editor.set_value(param.default)
    return editor
