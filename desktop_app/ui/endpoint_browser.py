"""The endpoint tree with its filter box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalog.model import Endpoint
from desktop_app.ui.endpoint_tree import EndpointFilterProxy, EndpointTreeModel


class EndpointBrowser(QWidget):
    """Filter box above a tree of endpoints grouped by area.

    Signals:
        endpoint_selected(str): key of the endpoint the user selected.
    """

    endpoint_selected = Signal(str)

    def __init__(self, endpoints: tuple[Endpoint, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        layout.addWidget(self.filter_edit)
        self.model = EndpointTreeModel(endpoints, self)
        self.proxy = EndpointFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._filtering = False
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.expandAll()
        self.view.header().setStretchLastSection(False)
        layout.addWidget(self.view)
        self.filter_edit.textChanged.connect(self._on_filter_text_changed)
        self.filter_edit.returnPressed.connect(self._on_filter_return_pressed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Set translated texts and refresh the model's names."""
        self.filter_edit.setPlaceholderText(self.tr("Filter endpoints (Ctrl+L)"))
        self.model.retranslate()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widen both columns to their contents, so names and paths are not cut off.

        The widths are measured here and after a language change, not by the header's
        ResizeToContents mode. That mode measures every row again on each layout pass, which
        calls into the Python model thousands of times while a request keeps the GIL busy.
        """
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def select(self, key: str) -> bool:
        """Select the endpoint with ``key``; return False if it is not in the tree."""
        source = self.model.index_of(key)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        # Showing the area row first keeps its heading in view when the endpoint is near it.
        self.view.scrollTo(index.parent())
        self.view.scrollTo(index)
        return True

    def visible_keys(self) -> list[str]:
        """Return the keys of the endpoints the filter leaves visible, in tree order."""
        keys = []
        for area_row in range(self.proxy.rowCount()):
            area = self.proxy.index(area_row, 0)
            for row in range(self.proxy.rowCount(area)):
                source = self.proxy.mapToSource(self.proxy.index(row, 0, area))
                endpoint = self.model.endpoint(source)
                if endpoint is not None:
                    keys.append(endpoint.key)
        return keys

    @Slot(str)
    def _on_filter_text_changed(self, text: str) -> None:
        # Hiding rows can move the selection. That is not the user's choice, so the open
        # form stays as it is until the user picks an endpoint.
        self._filtering = True
        try:
            self.proxy.set_filter_text(text)
        finally:
            self._filtering = False
        self.view.expandAll()

    @Slot()
    def _on_filter_return_pressed(self) -> None:
        keys = self.visible_keys()
        if keys:
            self.select(keys[0])
            self.view.setFocus()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes or self._filtering:
            return
        endpoint = self.model.endpoint(self.proxy.mapToSource(indexes[0]))
        if endpoint is not None:
            self.endpoint_selected.emit(endpoint.key)

    def current_index(self) -> QModelIndex:
        """Return the view's current index."""
        return self.view.currentIndex()
