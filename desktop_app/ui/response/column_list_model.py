"""Check list of table columns for the column chooser."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_NO_PARENT = QModelIndex()

ModelIndex = QModelIndex | QPersistentModelIndex


class ColumnListModel(QAbstractListModel):
    """One checkable row per column name; a checked row is a visible column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: list[str] = []
        self._checked: list[bool] = []

    def set_columns(self, names: Sequence[str], visible: Sequence[bool]) -> None:
        """Show ``names``, checked where ``visible`` is true.

        Raises:
            ValueError: The two sequences differ in length.
        """
        if len(names) != len(visible):
            raise ValueError(f"{len(names)} column names but {len(visible)} visibility flags")
        self.beginResetModel()
        self._names = list(names)
        self._checked = list(visible)
        self.endResetModel()

    def visible(self) -> list[bool]:
        """Return one flag per column: True for a checked (visible) column."""
        return list(self._checked)

    def set_all(self, checked: bool) -> None:
        """Check or uncheck every row."""
        if not self._names:
            return
        self._checked = [checked] * len(self._names)
        self.dataChanged.emit(
            self.index(0), self.index(len(self._names) - 1), [Qt.ItemDataRole.CheckStateRole]
        )

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        """Return the number of columns (0 under a valid parent)."""
        return 0 if parent.isValid() else len(self._names)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Return enabled, selectable and user-checkable for valid rows."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column name, or its check state for ``CheckStateRole``."""
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._names[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = self._checked[index.row()]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Check or uncheck a row through ``CheckStateRole``."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self._checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True
