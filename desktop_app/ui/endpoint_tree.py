"""Item model of the endpoint tree (areas with their endpoints) and its filter proxy."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.catalog.model import AREA_LABELS, TRANSLATION_CONTEXT, Area, Endpoint

ENDPOINT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_TEXT_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def _translate(text: str) -> str:
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


class EndpointTreeModel(QStandardItemModel):
    """Two-level model: areas at the top, endpoints below; columns Name and Path.

    The texts live in Qt's own items, so painting the tree makes no calls into Python. That
    keeps the tree smooth while a worker thread holds the GIL decoding a large reply.
    """

    def __init__(self, endpoints: tuple[Endpoint, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self._endpoints: dict[str, Endpoint] = {}
        self._areas: dict[Area, QStandardItem] = {}
        self._items: dict[str, QStandardItem] = {}
        for endpoint in sorted(endpoints, key=lambda e: list(Area).index(e.area)):
            area_item = self._areas.get(endpoint.area)
            if area_item is None:
                area_item = QStandardItem()
                area_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                area_item.setData("", SEARCH_TEXT_ROLE)
                path_cell = QStandardItem()
                path_cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.appendRow([area_item, path_cell])
                self._areas[endpoint.area] = area_item
            name_item = QStandardItem()
            path_item = QStandardItem(endpoint.path)
            for item in (name_item, path_item):
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setData(endpoint.key, ENDPOINT_KEY_ROLE)
            area_item.appendRow([name_item, path_item])
            self._endpoints[endpoint.key] = endpoint
            self._items[endpoint.key] = name_item
        self.retranslate()

    def retranslate(self) -> None:
        """Set every translated text again after a language change."""
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("EndpointTreeModel", "Endpoint"),
            QCoreApplication.translate("EndpointTreeModel", "Path"),
        ])
        for area, item in self._areas.items():
            item.setText(_translate(AREA_LABELS[area]))
        for key, item in self._items.items():
            endpoint = self._endpoints[key]
            label = _translate(endpoint.label)
            item.setText(label)
            tooltip = _translate(endpoint.purpose)
            item.setToolTip(tooltip)
            path_item = self.itemFromIndex(item.index().siblingAtColumn(1))
            if path_item is not None:
                path_item.setToolTip(tooltip)
            parts = (label, endpoint.label, endpoint.path, endpoint.key,
                     _translate(AREA_LABELS[endpoint.area]))
            item.setData(" ".join(parts).casefold(), SEARCH_TEXT_ROLE)

    def endpoint(self, index: AnyIndex) -> Endpoint | None:
        """Return the endpoint at ``index``, or None for an area or an invalid index."""
        if not index.isValid():
            return None
        key = index.data(ENDPOINT_KEY_ROLE)
        return self._endpoints.get(key) if isinstance(key, str) else None

    def index_of(self, key: str) -> QModelIndex:
        """Return the name-column index of the endpoint with ``key``, or an invalid index."""
        item = self._items.get(key)
        return item.index() if item is not None else QModelIndex()


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
