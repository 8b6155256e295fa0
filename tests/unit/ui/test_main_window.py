"""Click-through tests of the main window against the embedded sandbox server."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.api.result import ResultKind
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.response.json_model import JsonTreeModel


def _find_value(model: JsonTreeModel, wanted: str, parent: QModelIndex | None = None,
                budget: list[int] | None = None) -> QModelIndex | None:
    """Walk the tree model depth-first and return the index whose value column shows ``wanted``."""
    parent = parent or QModelIndex()
    budget = budget if budget is not None else [20_000]
    for row in range(model.rowCount(parent)):
        budget[0] -= 1
        if budget[0] < 0:
            return None
        value_index = model.index(row, 1, parent)
        if model.data(value_index, Qt.ItemDataRole.DisplayRole) == wanted:
            return value_index
        found = _find_value(model, wanted, model.index(row, 0, parent), budget)
        if found is not None:
            return found
    return None


def _send_and_wait(qtbot, window: MainWindow) -> object:
    with qtbot.waitSignal(window.controller.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_filter_fill_send_and_find_order(qtbot, window: MainWindow) -> None:
    """Filter the tree, search orders by email, and find the customer's order in the tree view."""
    qtbot.keyClicks(window.browser.filter_edit, "query orders")
    qtbot.keyClick(window.browser.filter_edit, Qt.Key.Key_Return)
    assert window.form is not None
    assert window.form.endpoint.key == "/order/query/"
    window.form.editor("emailAddress").set_value("mara+billing@example.net")

    result = _send_and_wait(qtbot, window)

    assert result.kind in (ResultKind.PAGED, ResultKind.SUCCESS)
    assert result.row_count and result.row_count >= 1
    model = window.response.model
    found = _find_value(model, "mara+billing@example.net")
    assert found is not None
    path = model.path(found)
    assert path.startswith("message.data[")
    assert "emailAddress" in path
    assert "HTTP 200" in window.response.status_label.text()


def test_plus_signs_reach_server_as_typed(qtbot, window: MainWindow) -> None:
    """An email and a phone number with + arrive at the sandbox exactly as typed."""
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("emailAddress").set_value("mara+billing@example.net")
    window.form.editor("phoneNumber").set_value("+1 555 010 0199")
    _send_and_wait(qtbot, window)

    sandbox = window.services.connections.sandbox
    assert sandbox is not None
    request = sandbox.requests[-1]
    form = dict(request.form)
    assert form["emailAddress"] == "mara+billing@example.net"
    assert form["phoneNumber"] == "+1 555 010 0199"
    assert b"mara%2Bbilling%40example.net" in request.body
    assert b"%2B1+555+010+0199" in request.body


def test_invalid_date_is_reported_and_kept(qtbot, window: MainWindow) -> None:
    """A bad date blocks sending, names the value, and stays in the field."""
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("startDate").set_value("02/30/2026")
    window.form.editor("endDate").set_value("03/01/2026")
    sandbox_before = window.services.connections.sandbox
    count_before = len(sandbox_before.requests) if sandbox_before else 0

    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)

    assert not window.controller.busy
    summary = window.form._summary.text()
    assert "02/30/2026" in summary
    assert window.form.editor("startDate").value() == "02/30/2026"
    sandbox_after = window.services.connections.sandbox
    assert (len(sandbox_after.requests) if sandbox_after else 0) == count_before


def test_form_values_survive_switching_endpoints(qtbot, window: MainWindow) -> None:
    """Typed values come back after visiting another endpoint."""
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("ABC123")
    window.browser.select("/customer/query/")
    window.browser.select("/order/query/")
    assert window.form.editor("orderId").value() == "ABC123"


def test_ip_whitelist_error_names_ip(qtbot, window: MainWindow) -> None:
    """The sandbox's whitelist switch gives an access error card naming the IP."""
    sandbox = window.services.connections.ensure_sandbox()
    sandbox.whitelist_ip = "203.0.113.77"
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("ABC123")
    result = _send_and_wait(qtbot, window)

    assert result.kind is ResultKind.CRM_ERROR
    assert window.response.error_card.isVisibleTo(window)
    title = window.response.error_card.title_label.text()
    advice = window.response.error_card.advice_label.text()
    assert "203.0.113.77" in title + advice
    assert len([r for r in sandbox.requests if r.path == "/order/query/"]) == 1


def test_cancel_slow_request(qtbot, window: MainWindow) -> None:
    """Cancelling a slow request frees the window at once and shows it as cancelled."""
    from desktop_app.sandbox import Fault

    sandbox = window.services.connections.ensure_sandbox()
    sandbox.slow_seconds = 3.0
    sandbox.set_fault(Fault.SLOW, count=1)
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("ABC123")
    qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cancel_button.isEnabled(), timeout=2000)
    with qtbot.waitSignal(window.controller.finished, timeout=1000) as blocker:
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].kind is ResultKind.CANCELLED
    assert window.send_button.isEnabled()


def test_language_switch_to_russian(qtbot, window: MainWindow) -> None:
    """Choosing Русский in the Language menu translates the window at once."""
    assert window.windowTitle() == "Konnektive Desk"
    send_text = window.send_button.text()
    window.menus.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: window.send_button.text() != send_text, timeout=2000)
    assert "Отправить" in window.send_button.text()
    assert window.services.settings.get("language") == "ru"
    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.send_button.text() == send_text, timeout=2000)


def _user_profile_on_sandbox(window: MainWindow, password: str,
                             add_response_type: bool = True) -> None:
    from desktop_app.sandbox import SANDBOX_LOGIN_ID
    from desktop_app.storage.profiles import Profile

    services = window.services
    sandbox = services.connections.ensure_sandbox()
    profile = Profile(id=services.profiles.new_id(), name="Local CRM",
                      konnektive_base_url=sandbox.base_url,
                      add_response_type=add_response_type)
    services.profiles.save(profile)
    services.secrets.set(profile.id, "loginId", SANDBOX_LOGIN_ID)
    services.secrets.set(profile.id, "password", password)
    window.reload_profiles()
    index = window.profile_combo.findData(profile.id)
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)


def test_user_profile_uses_keyring_credentials(qtbot, window: MainWindow) -> None:
    """A user profile sends the loginId and password stored in the keyring."""
    from desktop_app.sandbox import SANDBOX_PASSWORD

    _user_profile_on_sandbox(window, SANDBOX_PASSWORD)
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("A11CE00042")

    result = _send_and_wait(qtbot, window)

    assert result.kind is ResultKind.PAGED
    assert result.row_count == 1
    assert ("password", "***") in result.request.params


def test_wrong_password_shows_login_card(qtbot, window: MainWindow) -> None:
    """A wrong password gives the login error card and is not retried."""
    _user_profile_on_sandbox(window, "wrong-password")
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("A11CE00042")

    result = _send_and_wait(qtbot, window)

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code.value == "login"
    sandbox = window.services.connections.sandbox
    assert sandbox is not None
    assert len(sandbox.requests) == 1


def test_no_match_shows_zero_rows(qtbot, window: MainWindow) -> None:
    """An order id that does not exist gives zero rows, not an error card."""
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("NOSUCH0000")

    result = _send_and_wait(qtbot, window)

    assert result.kind is ResultKind.EMPTY
    assert result.row_count == 0
    assert not window.response.error_card.isVisibleTo(window)


def test_raw_request_sends_typed_path_and_rows(qtbot, window: MainWindow) -> None:
    """The raw request sends the typed path with the extra name=value rows."""
    window.browser.select("raw")
    assert window.form is not None
    window.form._path_edit.setText("/customer/query/")  # type: ignore[union-attr]
    window.form.extras.set_pairs([("customerId", "7001")])

    result = _send_and_wait(qtbot, window)

    assert result.kind is ResultKind.PAGED
    assert result.rows[0]["emailAddress"] == "mara+billing@example.net"
    sandbox = window.services.connections.sandbox
    assert sandbox is not None
    assert sandbox.requests[-1].path == "/customer/query/"


def test_xml_reply_without_response_type(qtbot, window: MainWindow) -> None:
    """With responseType=json turned off, an XML reply is parsed and shown as a tree."""
    from desktop_app.sandbox import SANDBOX_PASSWORD

    _user_profile_on_sandbox(window, SANDBOX_PASSWORD, add_response_type=False)
    sandbox = window.services.connections.ensure_sandbox()
    sandbox.xml_unless_json = True
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("A11CE00042")

    result = _send_and_wait(qtbot, window)

    assert result.content_format == "xml"
    assert result.kind is ResultKind.PAGED
    assert "responseType" not in dict(sandbox.requests[-1].form)
    assert window.response.model.rowCount() >= 2


def test_paay_result_from_the_tree(qtbot, window: MainWindow) -> None:
    """The PAAY result entry sends a signed request to the sandbox and shows status Y."""
    from desktop_app.catalog import find_endpoint

    demo = window.active_profile()
    konnektive = window.services.connections.konnektive(demo)
    rows = konnektive.call(find_endpoint("/transactions/query/"),
                           [("transactionId", "310001")]).rows
    assert rows
    paay_id = str(rows[0]["threeDStransactionId"])
    window.browser.select("paay.result")
    assert window.form is not None
    assert window.send_button.isEnabled()
    window.form.editor("transactionId").set_value(paay_id)

    result = _send_and_wait(qtbot, window)

    assert result.http_status == 200
    assert result.kind is ResultKind.SUCCESS
    assert _find_value(window.response.model, "Y") is not None
    sandbox = window.services.connections.sandbox
    assert sandbox is not None
    request = sandbox.requests[-1]
    assert request.method == "GET"
    assert request.headers["authorization"].startswith("Bearer ")
