"""The parameter form of one endpoint, built from its catalog entry."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalog.model import TRANSLATION_CONTEXT, Endpoint, ParamType, Service
from desktop_app.catalog.validation import (
    MESSAGE_CONTEXT,
    ValidationProblem,
    encode_pairs,
    fill_placeholders,
    validate,
)
from desktop_app.ui.form.extra_rows import ExtraRowsEditor
from desktop_app.ui.form.fields import FieldEditor, make_editor
from desktop_app.ui.form.product_lines import ProductLinesEditor

_PLACEHOLDERS: dict[ParamType, str] = {
    ParamType.MONEY: "0.00",
    ParamType.EMAIL: "name@example.com",
    ParamType.PHONE: "+1 555 010 0100",
    ParamType.COUNTRY: "US",
    ParamType.DATETIME: "MM/DD/YYYY HH:MM:SS",
    ParamType.TIME: "HH:MM",
    ParamType.URL: "https://",
}


@dataclass
class FormState:
    """Values typed into one form, kept while other endpoints are open."""

    values: dict[str, str] = field(default_factory=dict)
    extras: list[tuple[str, str]] = field(default_factory=list)
    raw_path: str = ""


def _tr_catalog(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class ParamForm(QWidget):
    """Labels, editors and inline validation messages for one endpoint.

    Signals:
        send_requested(): the user pressed Enter in a field.
    """

    send_requested = Signal()

    def __init__(self, endpoint: Endpoint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.endpoint = endpoint
        self._editors: dict[str, FieldEditor] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._problems: list[ValidationProblem] = []
        self._name_labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)

        self._title = QLabel(self)
        self._title.setObjectName("formTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._title.setFont(font)
        outer.addWidget(self._title)
        self._purpose = QLabel(self)
        self._purpose.setWordWrap(True)
        outer.addWidget(self._purpose)
        self._warning = QLabel(self)
        self._warning.setWordWrap(True)
        self._warning.setStyleSheet("color: #8a5300;")
        outer.addWidget(self._warning)
        self._notes = QLabel(self)
        self._notes.setWordWrap(True)
        outer.addWidget(self._notes)
        self._summary = QLabel(self)
        self._summary.setWordWrap(True)
        self._summary.setStyleSheet("color: #b00020;")
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._summary.hide()
        outer.addWidget(self._summary)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._path_edit: QLineEdit | None = None
        if endpoint.service is Service.RAW:
            self._path_edit = QLineEdit(self)
            self._path_edit.setPlaceholderText("/order/query/")
            self._path_label = QLabel(self)
            form.addRow(self._path_label, self._path_edit)
            self._path_edit.returnPressed.connect(self.send_requested)
            self._add_error_row(form, "__path__")
        for param in endpoint.params:
            editor = make_editor(param, self)
            placeholder = _PLACEHOLDERS.get(param.type)
            if placeholder and hasattr(editor, "line") and not editor.line.placeholderText():
                editor.line.setPlaceholderText(placeholder)
            if hasattr(editor, "line"):
                editor.line.returnPressed.connect(self.send_requested)
            name_label = QLabel(param.name + (" *" if param.required else ""), self)
            name_label.setBuddy(editor.focus_widget())
            self._editors[param.name] = editor
            self._name_labels[param.name] = name_label
            form.addRow(name_label, editor)
            self._add_error_row(form, param.name)
        outer.addLayout(form)

        self._lines: ProductLinesEditor | None = None
        if endpoint.product_lines is not None:
            self._lines_title = QLabel(self)
            outer.addWidget(self._lines_title)
            self._lines = ProductLinesEditor(endpoint.product_lines, self)
            outer.addWidget(self._lines)
            self._lines_error = QLabel(self)
            self._lines_error.setStyleSheet("color: #b00020;")
            self._lines_error.hide()
            outer.addWidget(self._lines_error)

        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.HLine)
        outer.addWidget(separator)
        self.extras = ExtraRowsEditor(self)
        outer.addWidget(self.extras)
        outer.addStretch(1)
        self.retranslate()

    def _add_error_row(self, form: QFormLayout, name: str) -> None:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setStyleSheet("color: #b00020;")
        label.hide()
        form.addRow("", label)
        self._error_labels[name] = label

    def retranslate(self) -> None:
        """Set every translated text of the form."""
        endpoint = self.endpoint
        self._title.setText(_tr_catalog(endpoint.label))
        path = endpoint.path if endpoint.service is not Service.RAW else ""
        purpose = _tr_catalog(endpoint.purpose)
        self._purpose.setText(f"{purpose}\n{path}".strip() if path else purpose)
        warnings = []
        if not endpoint.verified:
            warnings.append(self.tr(
                "Unverified: no public source confirms this endpoint's parameters. "
                "Check the reply, and use extra rows for names the API expects."))
        if endpoint.service is Service.RAW:
            warnings.append(self.tr(
                "Paths that do not query or report ask for confirmation before they are sent."))
        elif endpoint.kind.changes_data:
            warnings.append(self.tr("This call changes data in the CRM."))
        self._warning.setText("\n".join(warnings))
        self._warning.setVisible(bool(warnings))
        notes = [_tr_catalog(group.help) + " (" + ", ".join(group.members) + ")"
                 for group in endpoint.alternatives]
        notes.extend(_tr_catalog(note) for note in endpoint.notes)
        self._notes.setText("\n".join(notes))
        self._notes.setVisible(bool(notes))
        for name, editor in self._editors.items():
            help_text = _tr_catalog(editor.param.help)
            self._name_labels[name].setToolTip(help_text)
            editor.setToolTip(help_text)
        if self._path_edit is not None:
            self._path_label.setText(self.tr("Path *"))
            self._path_edit.setToolTip(self.tr(
                "Konnektive path such as /order/query/; the trailing slash is sent as typed."))
        if self._lines is not None:
            self._lines_title.setText(self.tr("Product lines"))
        if self._problems:
            self._show_problems(self._problems, focus=False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def editor(self, name: str) -> FieldEditor:
        """Return the editor of parameter ``name`` (product lines included).

        Raises:
            KeyError: No such parameter in this form.
        """
        if name in self._editors:
            return self._editors[name]
        if self._lines is not None:
            found = self._lines.editor(name)
            if found is not None:
                return found
        raise KeyError(name)

    def values(self) -> dict[str, str]:
        """Return the wire-format value of every parameter and product-line field."""
        out = {name: editor.value() for name, editor in self._editors.items()}
        if self._lines is not None:
            out.update(self._lines.values())
        return out

    def raw_path(self) -> str:
        """Return the typed path of a raw request, trimmed."""
        return self._path_edit.text().strip() if self._path_edit is not None else ""

    def state(self) -> FormState:
        """Return everything typed, for restoring the form later."""
        return FormState(self.values(), self.extras.pairs(), self.raw_path())

    def restore(self, state: FormState) -> None:
        """Refill the form from ``state``."""
        line_values = {}
        for name, value in state.values.items():
            if name in self._editors:
                self._editors[name].set_value(value)
            else:
                line_values[name] = value
        if self._lines is not None:
            self._lines.set_values(line_values)
        self.extras.set_pairs(state.extras)
        if self._path_edit is not None:
            self._path_edit.setText(state.raw_path)

    def clear(self) -> None:
        """Empty every field."""
        self.restore(FormState({name: "" for name in self.values()}, [], ""))
        self._show_problems([])

    def check(self) -> bool:
        """Validate the typed values, show messages beside the fields, and return True if valid.

        The first field with a problem gets the keyboard focus; nothing typed is changed.
        """
        problems = validate(self.endpoint, self.values())
        self._show_problems(problems)
        return not problems and not self._path_problem() and not self.extras.half_filled_rows()

    def _path_problem(self) -> bool:
        if self._path_edit is None:
            return False
        label = self._error_labels["__path__"]
        path = self.raw_path()
        message = ""
        if not path:
            message = self.tr("Path is missing. Type a Konnektive path such as /order/query/.")
        elif "://" in path or " " in path or "?" in path:
            message = fill_placeholders(self.tr(
                "%1 is not a path. Type only the path, such as /order/query/; the host comes "
                "from the profile and parameters go in the rows below."), (path,))
        label.setText(message)
        label.setVisible(bool(message))
        if message:
            self._path_edit.setFocus()
        return bool(message)

    def _show_problems(self, problems: list[ValidationProblem], focus: bool = True) -> None:
        self._problems = list(problems)
        for error_label in self._error_labels.values():
            error_label.hide()
        if self._lines is not None:
            self._lines_error.hide()
        messages = []
        per_label: dict[QLabel, list[str]] = {}
        first_widget: QWidget | None = None
        for problem in problems:
            text = fill_placeholders(
                QCoreApplication.translate(MESSAGE_CONTEXT, problem.template), problem.args)
            messages.append(text)
            label = self._error_labels.get(problem.param)
            if label is None and self._lines is not None:
                label = self._lines_error
            if label is not None:
                per_label.setdefault(label, []).append(text)
            if first_widget is None:
                try:
                    first_widget = self.editor(problem.param).focus_widget()
                except KeyError:
                    first_widget = None
        for label, texts in per_label.items():
            label.setText("\n".join(texts))
            label.show()
        half = self.extras.half_filled_rows()
        if half:
            messages.append(fill_placeholders(
                self.tr("Extra row %1 has a value but no name. Type the parameter name or "
                        "remove the row."), (", ".join(str(n) for n in half),)))
        self._summary.setText("\n".join(messages))
        self._summary.setVisible(bool(messages))
        if first_widget is not None and focus:
            first_widget.setFocus()

    def request_pairs(self) -> list[tuple[str, str]]:
        """Return the filled parameters in catalog order, then the extra rows."""
        return encode_pairs(self.endpoint, self.values()) + self.extras.pairs()
