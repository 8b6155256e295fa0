"""Item model of the endpoint tree (areas with their endpoints) and its filter proxy."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop_app.catalog.model import AREA_LABELS, TRANSLATION_CONTEXT, Area, Endpoint

ENDPOINT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()


@dataclass
class _AreaNode:
    area: Area
    endpoints: list[Endpoint] = field(default_factory=list)


def _translate(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class EndpointTreeModel(QAbstractItemModel):
    """Two-level model: areas at the top, endpoints below; columns Name and Path."""

    def __init__(self, endpoints: tuple[Endpoint, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        nodes: dict[Area, _AreaNode] = {}
        for endpoint in endpoints:
            nodes.setdefault(endpoint.area, _AreaNode(endpoint.area)).endpoints.append(endpoint)
        self._areas = [nodes[area] for area in Area if area in nodes]

    def retranslate(self) -> None:
        """Refresh every translated text after a language change."""
        if self._areas:
            last = self.index(len(self._areas) - 1, 1)
            self.dataChanged.emit(self.index(0, 0), last)
            for row, node in enumerate(self._areas):
                parent = self.index(row, 0)
                if node.endpoints:
                    self.dataChanged.emit(self.index(0, 0, parent),
                                          self.index(len(node.endpoints) - 1, 1, parent))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)

    def index(self, row: int, column: int, parent: AnyIndex = _NO_PARENT) -> QModelIndex:
        """Return the index of a cell; internal ids are 0 for areas and area row + 1 below."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...

    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        """Return the area index of an endpoint, or the QObject parent when called without one."""
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 - Qt API
        """Return the number of areas, or of endpoints in an area."""
        if not parent.isValid():
            return len(self._areas)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._areas[parent.row()].endpoints)
        return 0

    def columnCount(self, parent: AnyIndex = _NO_PARENT) -> int:  # noqa: N802 - Qt API
        """Return 2: name and path."""
        return 2

    def endpoint(self, index: AnyIndex) -> Endpoint | None:
        """Return the endpoint at ``index``, or None for an area or an invalid index."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._areas[index.internalId() - 1].endpoints[index.row()]

    def index_of(self, key: str) -> QModelIndex:
        """Return the name-column index of the endpoint with ``key``, or an invalid index."""
        for area_row, node in enumerate(self._areas):
            for row, endpoint in enumerate(node.endpoints):
                if endpoint.key == key:
                    return self.index(row, 0, self.index(area_row, 0))
        return QModelIndex()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return names, paths, tooltips and the endpoint key for each cell."""
        if not index.isValid():
            return None
        endpoint = self.endpoint(index)
        if endpoint is None:
            area = self._areas[index.row()].area
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return _translate(AREA_LABELS[area])
            if role == SEARCH_TEXT_ROLE:
                return ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _translate(endpoint.label) if index.column() == 0 else endpoint.path
        if role == Qt.ItemDataRole.ToolTipRole:
            return _translate(endpoint.purpose)
        if role == ENDPOINT_KEY_ROLE:
            return endpoint.key
        if role == SEARCH_TEXT_ROLE:
            parts = (_translate(endpoint.label), endpoint.label, endpoint.path, endpoint.key,
                     _translate(AREA_LABELS[endpoint.area]))
            return " ".join(parts).casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return the translated column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("EndpointTreeModel", "Endpoint")
        return QCoreApplication.translate("EndpointTreeModel", "Path")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Make endpoints selectable and areas only enabled."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class EndpointFilterProxy(QSortFilterProxyModel):
    """Keeps endpoints whose name, path or area contains every word of the filter text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_filter_text(self, text: str) -> None:
        """Filter by the words of ``text``, case-insensitively; empty text shows all."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt API
                         source_parent: AnyIndex) -> bool:
        """Accept an endpoint row when all filter words occur in its search text."""
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        haystack = str(self.sourceModel().data(index, SEARCH_TEXT_ROLE) or "")
        return bool(haystack) and all(word in haystack for word in self._words)
