"""Dialog that chooses the visible columns of the reply table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.response.column_list_model import ColumnListModel


class ColumnChooser(QDialog):
    """Check list of column names with a name filter and "Show all" / "Hide all" buttons.

    OK stays disabled while no column is checked. After ``accepted``, ``visible()``
    returns the choice.

    Attributes:
        model: The check list.
        filter_edit: Text that narrows the list to matching column names.
        list_view: View of the filtered check list.
        show_all_button, hide_all_button: Buttons that check or uncheck every column.
        buttons: OK and Cancel.
    """

    def __init__(
        self, names: Sequence[str], visible: Sequence[bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        self.model = ColumnListModel(self)
        self.model.set_columns(names, visible)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter column names"))
        self.filter_edit.textChanged.connect(self._proxy.setFilterFixedString)
        self.list_view = QListView(self)
        self.list_view.setModel(self._proxy)
        self.show_all_button = QPushButton(self.tr("Show all"), self)
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self.hide_all_button = QPushButton(self.tr("Hide all"), self)
        self.hide_all_button.clicked.connect(self._on_hide_all_button_clicked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(self._on_model_data_changed)

        toggles = QHBoxLayout()
        toggles.addWidget(self.show_all_button)
        toggles.addWidget(self.hide_all_button)
        toggles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(toggles)
        layout.addWidget(self.buttons)
        self._update_ok()

    def visible(self) -> list[bool]:
        """Return one flag per column, True for a checked column."""
        return self.model.visible()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(self.model.visible()))

    @Slot()
    def _on_model_data_changed(self) -> None:
        self._update_ok()

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self.model.set_all(True)

    @Slot()
    def _on_hide_all_button_clicked(self) -> None:
        self.model.set_all(False)
