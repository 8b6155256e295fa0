"""Tests of the endpoint tree model, its filter proxy and the browser widget."""

from __future__ import annotations

from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.catalog import CATALOG
from desktop_app.ui.endpoint_browser import EndpointBrowser
from desktop_app.ui.endpoint_tree import ENDPOINT_KEY_ROLE, EndpointFilterProxy, EndpointTreeModel


def _all_keys(model: EndpointTreeModel) -> list[str]:
    keys = []
    for area_row in range(model.rowCount()):
        area = model.index(area_row, 0)
        for row in range(model.rowCount(area)):
            keys.append(model.data(model.index(row, 0, area), ENDPOINT_KEY_ROLE))
    return keys


def test_model_passes_qt_model_tester(qapp) -> None:
    """The tree model and the proxy satisfy QAbstractItemModelTester."""
    model = EndpointTreeModel(CATALOG)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = EndpointFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy.set_filter_text("refund")
    proxy.set_filter_text("")


def test_model_lists_every_catalog_endpoint(qapp) -> None:
    """Every catalog entry appears exactly once under its area."""
    model = EndpointTreeModel(CATALOG)
    assert sorted(_all_keys(model)) == sorted(e.key for e in CATALOG)


def test_filter_matches_words_in_any_order(qtbot) -> None:
    """Typing "refund order" keeps /order/refund/ and drops /order/query/."""
    browser = EndpointBrowser(CATALOG)
    qtbot.addWidget(browser)
    browser.filter_edit.setText("refund order")
    keys = browser.visible_keys()
    assert "/order/refund/" in keys
    assert "/order/query/" not in keys


def test_filter_by_path_and_enter_selects(qtbot) -> None:
    """A path fragment filters the tree and Enter selects the first match."""
    browser = EndpointBrowser(CATALOG)
    qtbot.addWidget(browser)
    browser.filter_edit.setText("/cbdata/list")
    assert browser.visible_keys() == ["/cbdata/list/"]
    with qtbot.waitSignal(browser.endpoint_selected, timeout=2000) as blocker:
        browser.filter_edit.returnPressed.emit()
    assert blocker.args == ["/cbdata/list/"]


def test_filter_without_match_is_empty(qtbot) -> None:
    """Text that matches nothing leaves no endpoint visible."""
    browser = EndpointBrowser(CATALOG)
    qtbot.addWidget(browser)
    browser.filter_edit.setText("no-such-endpoint-xyz")
    assert browser.visible_keys() == []
