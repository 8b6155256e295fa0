"""Item model that shows parsed reply data as a Key / Value / Type tree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop_app.api.records import ARRAY_TYPES, CONTAINER_TYPES, RawRecords
from desktop_app.api.values import elided_text, is_container, path_text

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role that returns the path of an item as text, such as ``message.data[0].orderId``."""

VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns the parsed value of an item (a scalar, dict or list).

``JsonTreeModel.data()`` returns the object itself. ``QModelIndex.data()`` passes it
through QVariant, which sorts the keys of a dict and raises OverflowError for an integer
wider than 64 bits, so use ``JsonTreeModel.value()`` when the exact object matters.
"""

KEY_COLUMN = 0
VALUE_COLUMN = 1
TYPE_COLUMN = 2
COLUMN_COUNT = 3

_NO_PARENT = QModelIndex()
_NOT_READ = object()

ModelIndex = QModelIndex | QPersistentModelIndex


class _Node:
    """One item of the tree. Its child nodes are created when a view first requests them.

    The items of a ``RawRecords`` get their value when it is first read, so opening an array
    of 5,000 encoded records decodes only the records a view shows.
    """

    __slots__ = ("key", "_value", "parent", "row", "children")

    def __init__(self, key: str | int | None, value: Any, parent: _Node | None, row: int) -> None:
        self.key = key
        self._value = value
        self.parent = parent
        self.row = row
        self.children: list[_Node] | None = None

    @property
    def value(self) -> Any:
        if self._value is _NOT_READ and self.parent is not None:
            self._value = self.parent.value[self.row]
        return self._value

    def has_children(self) -> bool:
        # An unread record of a RawRecords is an object, and its bytes show whether it is empty.
        if self._value is _NOT_READ and self.parent is not None:
            records = self.parent.value
            if isinstance(records, RawRecords):
                return not records.is_empty_object(self.row)
        return self.child_count() > 0

    def child_count(self) -> int:
        value = self.value
        if isinstance(value, CONTAINER_TYPES):
            return len(value)
        return 0

    def child(self, row: int) -> _Node:
        if self.children is None:
            self.children = self._make_children()
        return self.children[row]

    def _make_children(self) -> list[_Node]:
        value = self.value
        if isinstance(value, Mapping):
            members = enumerate(value.items())
            return [_Node(str(key), item, self, row) for row, (key, item) in members]
        if isinstance(value, RawRecords):
            return [_Node(row, _NOT_READ, self, row) for row in range(len(value))]
        if isinstance(value, list | tuple):
            return [_Node(row, item, self, row) for row, item in enumerate(value)]
        return []

    def path_parts(self) -> list[str | int]:
        parts: list[str | int] = []
        node: _Node | None = self
        while node is not None and node.key is not None:
            parts.append(node.key)
            node = node.parent
        parts.reverse()
        return parts


class JsonTreeModel(QAbstractItemModel):
    """Read-only tree of a parsed reply with the columns Key, Value and Type.

    The top-level rows are the members of the reply's root object or array. A scalar
    root is shown as one row with an empty key. Child rows are created when a view
    first requests them, so setting a reply with thousands of records costs no more
    than its top level.

    The Value column cuts strings longer than ``values.LONG_TEXT_LIMIT`` characters,
    and ``value()`` returns them whole. Besides the display role, items return
    their path text for ``PATH_ROLE`` and their parsed value for ``VALUE_ROLE``.
    Call ``retranslate()`` after the application language changes.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, [], None, 0)
        self._node_count = 0
        self._headers: list[str] = []
        self._type_names: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Translate the column headers and type names again in the current language."""
        self._headers = [self.tr("Key"), self.tr("Value"), self.tr("Type")]
        self._type_names = {
            "object": self.tr("object"),
            "array": self.tr("array"),
            "string": self.tr("string"),
            "number": self.tr("number"),
            "boolean": self.tr("boolean"),
            "null": self.tr("null"),
        }
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        top_rows = self._root.child_count()
        if top_rows:
            self.dataChanged.emit(self.index(0, TYPE_COLUMN), self.index(top_rows - 1, TYPE_COLUMN))

    def type_names(self) -> list[str]:
        """Return the translated names the Type column can show."""
        return list(self._type_names.values())

    def set_data(self, data: Any) -> None:
        """Show ``data``, the parsed reply. None shows an empty tree."""
        self.beginResetModel()
        self._node_count = 0
        if data is None:
            self._root = _Node(None, [], None, 0)
        elif is_container(data):
            self._root = _Node(None, data, None, 0)
        else:
            # A scalar reply becomes one row without a key, so its path is "".
            self._root = _Node(None, [data], None, 0)
            self._root.children = [_Node(None, data, self._root, 0)]
            self._node_count = 1
        self.endResetModel()

    def loaded_node_count(self) -> int:
        """Return how many items the model has created since the last ``set_data()``."""
        return self._node_count

    def value(self, index: ModelIndex) -> Any:
        """Return the parsed value at ``index`` (None for an invalid index or a JSON null)."""
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        return node.value

    def path(self, index: ModelIndex) -> str:
        """Return the path text of ``index``, such as ``message.data[0].orderId``."""
        if not index.isValid():
            return ""
        node: _Node = index.internalPointer()
        return path_text(node.path_parts())

    def index_of_rows(self, rows: Sequence[int], column: int = KEY_COLUMN) -> QModelIndex:
        """Return the index reached by following ``rows`` from the top level down.

        The child items along the way are created as needed. Returns an invalid index
        when a row number is out of range.
        """
        index = QModelIndex()
        for depth, row in enumerate(rows):
            last = depth == len(rows) - 1
            index = self.index(row, column if last else KEY_COLUMN, index)
            if not index.isValid():
                return QModelIndex()
        return index

    def index(self, row: int, column: int, parent: ModelIndex = _NO_PARENT) -> QModelIndex:
        """Return the index of a cell, creating the parent's child items on first use."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_node = self._node(parent)
        if parent_node.children is None:
            self._node_count += parent_node.child_count()
        return self.createIndex(row, column, parent_node.child(row))

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: ModelIndex) -> QModelIndex: ...

    def parent(self, child: ModelIndex | None = None) -> QObject | QModelIndex | None:
        """Return the parent index of ``child``, or the QObject parent when called without one."""
        if child is None:
            return super().parent()
        if not child.isValid():
            return QModelIndex()
        node: _Node = child.internalPointer()
        parent_node = node.parent
        if parent_node is None or parent_node is self._root:
            return QModelIndex()
        return self.createIndex(parent_node.row, 0, parent_node)

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        """Return the number of members of the object or array at ``parent``."""
        if parent.column() > 0:
            return 0
        return self._node(parent).child_count()

    def hasChildren(self, parent: ModelIndex = _NO_PARENT) -> bool:
        """Return whether the item at ``parent`` has members, without decoding a record."""
        if parent.column() > 0:
            return False
        return self._node(parent).has_children()

    def columnCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        """Return 3: Key, Value and Type."""
        return COLUMN_COUNT

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Return enabled and selectable for valid items. No item is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the cell text for the display and tool tip roles, or PATH_ROLE / VALUE_ROLE."""
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(node, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == VALUE_COLUMN:
            return elided_text(node.value)
        if role == PATH_ROLE:
            return path_text(node.path_parts())
        if role == VALUE_ROLE:
            return node.value
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Return the translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < COLUMN_COUNT
        ):
            return self._headers[section]
        return None

    def _node(self, index: ModelIndex) -> _Node:
        if index.isValid():
            node: _Node = index.internalPointer()
            return node
        return self._root

    def _cell_text(self, node: _Node, column: int) -> str:
        if column == KEY_COLUMN:
            if node.key is None:
                return ""
            if isinstance(node.key, int):
                return "[" + str(node.key) + "]"
            return node.key
        if column == VALUE_COLUMN:
            return elided_text(node.value)
        return self._type_names[_type_name(node.value)]


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int | float | Decimal):
        return "number"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, ARRAY_TYPES):
        return "array"
    return "string"
