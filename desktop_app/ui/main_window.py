"""The main window: endpoint tree, parameter form and response viewer side by side."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QElapsedTimer, QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.konnektive import KonnektiveClient
from desktop_app.api.paay import PaayClient
from desktop_app.api.redact import redact_pairs
from desktop_app.api.result import ApiResult, ResultKind
from desktop_app.catalog import CATALOG, find_endpoint, path_changes_data
from desktop_app.catalog.model import Endpoint, Service
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.connection import CredentialsMissing
from desktop_app.storage.profiles import Profile
from desktop_app.storage.secrets import KeyringUnavailable
from desktop_app.ui.all_pages_panel import AllPagesPanel
from desktop_app.ui.combo_result import parse_ref_fields
from desktop_app.ui.combo_view import OrderSummaryLabel
from desktop_app.ui.endpoint_browser import EndpointBrowser
from desktop_app.ui.form.param_form import FormState, ParamForm
from desktop_app.ui.profile_dialog import ProfileDialog
from desktop_app.ui.request_controller import RequestController
from desktop_app.ui.response import ResponseView
from desktop_app.ui.services import Services
from desktop_app.ui.window_menus import WindowMenus

log = logging.getLogger(__name__)

CONFIRM_ROWS = 12  # parameters listed in the confirmation of a change
KEPT_RESULTS = 8  # endpoints whose last reply stays in memory


class MainWindow(QMainWindow):
    """Composes the browser, form and viewer and wires menus and shortcuts."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.controller = RequestController(services.runner, services.history, self)
        self._form_states: dict[str, FormState] = {}
        # Last result per endpoint key, so each form shows its own reply; oldest dropped first.
        self._results: dict[str, ApiResult] = {}
        self.form: ParamForm | None = None
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(100)

        self.browser = EndpointBrowser(CATALOG, self)
        self.form_area = QScrollArea(self)
        self.form_area.setWidgetResizable(True)
        self.send_button = QPushButton(self)
        self.send_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setFixedWidth(220)
        # Keeping its space while hidden means showing or hiding it around a request changes
        # no other widget's geometry, so the window is not laid out and repainted again right
        # when a large reply is shown.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.busy_label = QLabel(self)
        # The label's changing text must not widen the middle column, or the splitter
        # would move the other panels on every Send.
        self.busy_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.all_pages = AllPagesPanel(services.runner, self.controller, services.messages,
                                       self.progress, self)
        self.response = ResponseView(self, settings=services.settings)
        self.response.export_button.runner = services.runner
        self.response.table_page.row_texts.runner = services.runner
        self.order_summary = OrderSummaryLabel(self.response, self)

        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.form_area, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.all_pages.check_box)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.busy_label, 1)
        center_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(center)
        self.splitter.addWidget(self.all_pages.reply_column(self.response, self.order_summary))
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.setCentralWidget(self.splitter)

        self.profile_combo = QComboBox(self)
        self.profile_combo.setMinimumContentsLength(18)
        self.profile_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addWidget(self.status_label, 1)
        self.menus = WindowMenus(self, str(services.settings.get("language") or ""))
        self._connect_menus()
        toolbar = self.addToolBar("profile")
        toolbar.setObjectName("profileToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.profile_label)
        toolbar.addWidget(self.profile_combo)
        toolbar.addAction(self.menus.profiles_action)

        self.browser.endpoint_selected.connect(self._on_browser_endpoint_selected)
        self.send_button.clicked.connect(self.send)
        self.cancel_button.clicked.connect(self.controller.cancel)
        self.controller.started.connect(self._on_controller_started)
        self.controller.finished.connect(self._on_controller_finished)
        self.controller.failed.connect(self._on_controller_failed)
        self.all_pages.controller.started.connect(self._on_controller_started)
        self.all_pages.controller.failed.connect(self._on_controller_failed)
        self.all_pages.status_changed.connect(self.status_label.setText)
        self.cancel_button.clicked.connect(self.all_pages.controller.cancel)
        self.response.value_copied.connect(self._on_response_value_copied)
        self.profile_combo.activated.connect(self._on_profile_combo_activated)
        self._tick.timeout.connect(self._on_tick)

        self.reload_profiles()
        self.retranslate()
        self._restore_geometry()
        last = str(services.settings.get("last_endpoint") or "/order/query/")
        if not self.browser.select(last):
            self.browser.select("/order/query/")

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.send_action.triggered.connect(self.send)
        menus.cancel_action.triggered.connect(self.controller.cancel)
        menus.cancel_action.triggered.connect(self.all_pages.controller.cancel)
        menus.filter_action.triggered.connect(self._on_filter_action)
        menus.profiles_action.triggered.connect(self.open_profiles)
        menus.quit_action.triggered.connect(self.close)
        menus.clear_action.triggered.connect(self._on_clear_action)
        menus.shortcuts_action.triggered.connect(self._on_shortcuts_action)
        menus.language_chosen.connect(self._on_menus_language_chosen)

    def retranslate(self) -> None:
        """Set every translated text the window owns."""
        self.setWindowTitle(self.tr("Konnektive Desk"))
        self.send_button.setText(self.tr("Send (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.profile_label.setText(self.tr("Profile:") + " ")
        self.all_pages.retranslate()
        self._update_send_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.status_label.clear()
        super().changeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = str(self.services.settings.get("window_geometry") or "")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1440, 860)
        splitter = str(self.services.settings.get("window_state") or "")
        if not splitter or not self.splitter.restoreState(
                QByteArray.fromBase64(splitter.encode("ascii"))):
            width = max(self.width(), 900)
            self.splitter.setSizes([width * 25 // 100, width * 32 // 100, width * 43 // 100])

    # -- profiles -----------------------------------------------------------------

    def reload_profiles(self) -> None:
        """Refill the profile selector from the store and select the active profile."""
        store = self.services.profiles
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for profile in store.profiles():
            self.profile_combo.addItem(profile.name, profile.id)
        index = self.profile_combo.findData(store.active_id)
        self.profile_combo.setCurrentIndex(max(index, 0))
        self.profile_combo.blockSignals(False)

    def active_profile(self) -> Profile:
        """Return the profile requests are sent with."""
        store = self.services.profiles
        return store.get(store.active_id)

    @Slot(int)
    def _on_profile_combo_activated(self, index: int) -> None:
        self.services.profiles.active_id = str(self.profile_combo.itemData(index))
        self.status_label.setText(fill_placeholders(self.tr("Profile %1 is active."),
                                                    (self.active_profile().name,)))

    @Slot()
    def open_profiles(self) -> None:
        """Show the profiles and credentials dialog."""
        dialog = ProfileDialog(self.services.profiles, self.services.secrets,
                               self.services.messages, self, runner=self.services.runner)
        dialog.secrets_changed.connect(self.services.connections.forget)
        dialog.exec()
        self.reload_profiles()

    # -- forms --------------------------------------------------------------------

    @Slot(str)
    def _on_browser_endpoint_selected(self, key: str) -> None:
        self.show_endpoint(find_endpoint(key))

    def show_endpoint(self, endpoint: Endpoint) -> None:
        """Show the form of ``endpoint``, keeping what was typed in the previous form."""
        if self.form is not None:
            self._form_states[self.form.endpoint.key] = self.form.state()
        form = ParamForm(endpoint)
        state = self._form_states.get(endpoint.key)
        if state is not None:
            form.restore(state)
        form.send_requested.connect(self.send)
        self.form_area.setWidget(form)
        self.form = form
        last_result = self._results.get(endpoint.key)
        if last_result is not None:
            self.response.set_result(last_result, endpoint.key)
        else:
            self.response.clear()
        self.services.settings.set("last_endpoint", endpoint.key)
        self._update_send_state()

    def _update_send_state(self) -> None:
        form = self.form
        busy = self.controller.busy or self.all_pages.controller.busy
        self.send_button.setEnabled(form is not None and not busy)
        self.all_pages.show_endpoint(form.endpoint if form is not None else None)

    # -- sending ------------------------------------------------------------------

    @Slot()
    def send(self) -> None:
        """Validate the form and send its request in the background."""
        form = self.form
        if (form is None or self.controller.busy or self.all_pages.controller.busy
                or not self.send_button.isEnabled()):
            return
        if not form.check():
            self.status_label.setText(self.tr(
                "Fix the fields marked in red, then send again. Nothing was sent."))
            return
        endpoint = form.endpoint
        profile = self.active_profile()
        pairs = form.request_pairs()
        if not self._confirm_change(form, profile, pairs):
            return
        connections = self.services.connections
        try:
            client: KonnektiveClient | PaayClient = (
                connections.paay(profile) if endpoint.service is Service.PAAY
                else connections.konnektive(profile))
            paay = connections.paay(profile) if endpoint.service is Service.COMBO else None
            self.controller.ref_fields = parse_ref_fields(
                str(self.services.settings.get("threeds_ref_fields") or ""))
        except CredentialsMissing as exc:
            self.services.messages.warn(self, self.tr("Credentials missing"), fill_placeholders(
                self.tr("Profile %1 has no %2 saved. Open File → Profiles and credentials, "
                        "enter them and save."), (profile.name, ", ".join(exc.missing))))
            return
        except KeyringUnavailable:
            self.services.messages.warn(self, self.tr("Keyring unavailable"), self.tr(
                "The OS keyring cannot be read, so the profile's credentials are not available. "
                "Open File → Profiles and credentials to enter them for this run only."))
            return
        if isinstance(client, KonnektiveClient) and self.all_pages.wants_all_pages(endpoint):
            self.all_pages.controller.send(profile, client, endpoint, pairs)
        else:
            self.controller.send(profile, client, endpoint, pairs, form.raw_path(), paay)

    def _confirm_change(self, form: ParamForm, profile: Profile,
                        pairs: list[tuple[str, str]]) -> bool:
        """Ask before a call that may change data; return True to send."""
        endpoint = form.endpoint
        if endpoint.service is Service.RAW:
            changes = path_changes_data(form.raw_path())
        else:
            changes = endpoint.kind.changes_data
        if not changes or not self.services.settings.get("confirm_writes"):
            return True
        shown = [f"{name} = {value}" for name, value in redact_pairs(pairs)[:CONFIRM_ROWS]]
        if len(pairs) > CONFIRM_ROWS:
            shown.append("…")
        question = fill_placeholders(
            self.tr("Send %1 to the CRM of profile %2? This call changes data.\n\n%3"),
            (endpoint.path or form.raw_path(), profile.name, "\n".join(shown)))
        return self.services.messages.ask(self, self.tr("Confirm change"), question)

    @Slot(str)
    def _on_controller_started(self, path: str) -> None:
        self._elapsed.start()
        self._tick.start()
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.send_button.setEnabled(False)
        self.busy_label.setText(fill_placeholders(self.tr("Sending %1 …"), (path,)))

    @Slot()
    def _on_tick(self) -> None:
        seconds = self._elapsed.elapsed() / 1000
        self.busy_label.setText(fill_placeholders(self.tr("Waiting for the reply: %1 s"),
                                                  (f"{seconds:.1f}",)))

    def _end_busy(self) -> None:
        self._tick.stop()
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.busy_label.clear()
        self._update_send_state()

    @Slot(object)
    def _on_controller_finished(self, result: ApiResult) -> None:
        self._end_busy()
        key = self.controller.finished_key
        if result.kind is ResultKind.CANCELLED and key in self._results:
            # A cancelled re-send keeps the reply already on screen.
            self.status_label.setText(self.tr(
                "The request was cancelled; the previous reply is still shown."))
            return
        self._results.pop(key, None)
        self._results[key] = result
        while len(self._results) > KEPT_RESULTS:
            self._results.pop(next(iter(self._results)))
        if self.form is not None and self.form.endpoint.key == key:
            self.response.set_result(result, key)
            self.status_label.clear()
        else:
            self.status_label.setText(fill_placeholders(
                self.tr("The reply to %1 arrived; open that endpoint to see it."),
                (result.request.url,)))

    @Slot(str)
    def _on_controller_failed(self, text: str) -> None:
        self._end_busy()
        self.services.messages.warn(self, self.tr("Unexpected error"), fill_placeholders(
            self.tr("The request failed inside the app. Details were written to the log:\n%1"),
            (text.strip().splitlines()[-1] if text.strip() else "",)))

    @Slot(str)
    def _on_response_value_copied(self, text: str) -> None:
        preview = text if len(text) <= 80 else text[:77] + "…"
        self.status_label.setText(fill_placeholders(self.tr("Copied: %1"), (preview,)))

    @Slot()
    def _on_shortcuts_action(self) -> None:
        self.services.messages.inform(self, self.menus.shortcuts_title(),
                                      self.menus.shortcuts_text())

    @Slot()
    def _on_filter_action(self) -> None:
        self.browser.filter_edit.setFocus()
        self.browser.filter_edit.selectAll()

    @Slot()
    def _on_clear_action(self) -> None:
        if self.form is not None:
            self.form.clear()

    @Slot(str)
    def _on_menus_language_chosen(self, code: str) -> None:
        self.services.settings.set("language", code)
        self.services.languages.apply(code)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        """Save the window geometry and stop background work."""
        self.controller.cancel()
        self.all_pages.controller.abort()
        for key, state in (("window_geometry", self.saveGeometry()),
                           ("window_state", self.splitter.saveState())):
            self.services.settings.set(key, bytes(state.toBase64().data()).decode("ascii"))
        super().closeEvent(event)
