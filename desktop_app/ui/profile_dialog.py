"""Dialog to add, edit and delete profiles and to store their credentials in the keyring."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.api.konnektive import BASE_URL_PRESETS
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.storage.profiles import DEMO_PROFILE_ID, Profile, ProfileError, ProfileStore
from desktop_app.storage.secrets import KeyringUnavailable, SecretStore
from desktop_app.ui.msgbox import MessageBoxes
from desktop_app.ui.paay_settings import PaaySettingsBox
from desktop_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

PAAY_URL_PRESETS = ("https://api-sandbox.3dsintegrator.com", "https://api.3dsintegrator.com")
SECRET_LABELS = ("loginId", "password", "paayApiKey", "paaySecret")


class ProfileDialog(QDialog):
    """List of profiles on the left, the selected profile's settings and secrets on the right.

    Signals:
        secrets_changed(str): id of a profile whose settings or secrets were saved or deleted.
    """

    secrets_changed = Signal(str)

    def __init__(self, profiles: ProfileStore, secrets: SecretStore, messages: MessageBoxes,
                 parent: QWidget | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._profiles = profiles
        self._secrets = secrets
        self._messages = messages
        self._ids: list[str] = []
        self._current_id = ""
        self.resize(920, 700)
        self._draft: Profile | None = None

        self.list_model = QStringListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.list_model)
        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        left = QVBoxLayout()
        left.addWidget(self.list_view)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)

        self.name_edit = QLineEdit(self)
        self.konnektive_url = QComboBox(self)
        self.konnektive_url.setEditable(True)
        self.konnektive_url.addItems(list(BASE_URL_PRESETS))
        self.paay_url = QComboBox(self)
        self.paay_url.setEditable(True)
        self.paay_url.addItems(list(PAAY_URL_PRESETS))
        self.paay_version = QComboBox(self)
        self.paay_version.addItems(["v2.2", "v2"])
        self.response_type_check = QCheckBox(self)
        self.timeout_spin = QDoubleSpinBox(self)
        self.timeout_spin.setRange(1, 600)
        self.timeout_spin.setDecimals(0)
        self.secret_edits: dict[str, QLineEdit] = {}
        for name in SECRET_LABELS:
            edit = QLineEdit(self)
            if name != "loginId":
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret_edits[name] = edit
        self.keyring_label = QLabel(self)
        self.keyring_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.form = QFormLayout()
        self._form_labels: dict[str, QLabel] = {}
        for key, widget in (("name", self.name_edit), ("konnektive", self.konnektive_url),
                            ("paay", self.paay_url), ("version", self.paay_version),
                            ("responseType", self.response_type_check),
                            ("timeout", self.timeout_spin),
                            *((name, self.secret_edits[name]) for name in SECRET_LABELS)):
            label = QLabel(self)
            label.setBuddy(widget)
            self._form_labels[key] = label
            self.form.addRow(label, widget)
        self.paay_box = PaaySettingsBox(runner, self._paay_credentials, self)
        self.save_button = QPushButton(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.paay_box)
        right.addWidget(self.keyring_label)
        right.addWidget(self.error_label)
        right.addWidget(self.save_button)
        right.addStretch(1)
        right.addWidget(self.buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

        self.list_view.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._reload(profiles.active_id)

    def retranslate(self) -> None:
        """Set every translated text."""
        self.setWindowTitle(self.tr("Profiles and credentials"))
        self.new_button.setText(self.tr("New profile"))
        self.delete_button.setText(self.tr("Delete"))
        self.save_button.setText(self.tr("Save"))
        texts = {
            "name": self.tr("Name"), "konnektive": self.tr("Konnektive base URL"),
            "paay": self.tr("PAAY base URL"), "version": self.tr("PAAY API version"),
            "responseType": self.tr("Add responseType=json"), "timeout": self.tr("Timeout"),
            "loginId": "loginId", "password": "password",
            "paayApiKey": self.tr("PAAY apiKey"), "paaySecret": self.tr("PAAY secret"),
        }
        for key, text in texts.items():
            self._form_labels[key].setText(text)
        self.timeout_spin.setSuffix(" " + self.tr("s", "seconds"))
        self.response_type_check.setToolTip(self.tr(
            "Adds responseType=json to every call except /transactions/query/, where "
            "responseType is a filter. Turn it off if the CRM rejects the extra parameter."))
        self._update_keyring_label()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_keyring_label(self) -> None:
        if self._secrets.session_only:
            text = self.tr("Secrets are kept in memory for this run only and are lost on exit.")
        elif self._secrets.keyring_available():
            text = fill_placeholders(self.tr("Secrets are stored in the OS keyring (%1)."),
                                     (self._secrets.backend_name(),))
        else:
            text = fill_placeholders(self.tr(
                "No working OS keyring was found (%1). Secrets can be kept in memory for this "
                "run only; they are never written to a file."), (self._secrets.backend_name(),))
        self.keyring_label.setText(text)

    def _reload(self, select_id: str) -> None:
        row = self._refresh_list(select_id)
        self._load(self._profiles.get(self._ids[row]))

    def _refresh_list(self, select_id: str) -> int:
        """Refill the list and select ``select_id`` without touching the fields; return its row."""
        profiles = self._profiles.profiles()
        self._ids = [p.id for p in profiles]
        self.list_model.setStringList([p.name for p in profiles])
        row = self._ids.index(select_id) if select_id in self._ids else 0
        self._current_id = self._ids[row]
        self.list_view.setCurrentIndex(self.list_model.index(row))
        return row

    def _load(self, profile: Profile) -> None:
        self._current_id = profile.id
        self.name_edit.setText(profile.name)
        if profile.is_sandbox:
            self.konnektive_url.setCurrentText(self.tr("Built-in sandbox on 127.0.0.1"))
        else:
            self.konnektive_url.setCurrentText(profile.konnektive_base_url)
        self.paay_url.setCurrentText(profile.paay_base_url)
        self.paay_version.setCurrentText(profile.paay_version)
        self.response_type_check.setChecked(profile.add_response_type)
        self.timeout_spin.setValue(profile.timeout_seconds)
        self.paay_box.load(profile)
        editable = not profile.is_sandbox
        self.paay_box.setEnabled(editable)
        for widget in (self.name_edit, self.konnektive_url, self.paay_url, self.paay_version,
                       self.response_type_check, self.timeout_spin, self.save_button,
                       self.delete_button, *self.secret_edits.values()):
            widget.setEnabled(editable)
        self.error_label.clear()
        for name, edit in self.secret_edits.items():
            edit.clear()
            edit.setPlaceholderText("")
            if editable:
                edit.setPlaceholderText(self._stored_hint(profile.id, name))

    def _paay_credentials(self) -> tuple[str, str, str, str] | None:
        """Return the PAAY base URL, version, apiKey and secret typed or saved, if complete."""
        values = {}
        for name in ("paayApiKey", "paaySecret"):
            typed = self.secret_edits[name].text()
            if not typed:
                try:
                    typed = self._secrets.get(self._current_id, name) or ""
                except KeyringUnavailable:
                    typed = ""
            values[name] = typed
        if not values["paayApiKey"] or not values["paaySecret"]:
            return None
        return (self.paay_url.currentText().strip(), self.paay_version.currentText(),
                values["paayApiKey"], values["paaySecret"])

    def _stored_hint(self, profile_id: str, name: str) -> str:
        try:
            stored = self._secrets.get(profile_id, name)
        except KeyringUnavailable:
            return ""
        if not stored:
            return self.tr("not saved")
        return stored if name == "loginId" else self.tr("saved; type to replace")

    @Slot()
    def _on_list_current_changed(self) -> None:
        row = self.list_view.currentIndex().row()
        if 0 <= row < len(self._ids) and self._ids[row] != self._current_id:
            self._draft = None
            self._load(self._profiles.get(self._ids[row]))

    @Slot()
    def _on_new_clicked(self) -> None:
        base = self.tr("New profile")
        names = {p.name.casefold() for p in self._profiles.profiles()}
        name, number = base, 2
        while name.casefold() in names:
            name, number = f"{base} {number}", number + 1
        # The new profile is stored only when the user presses Save.
        self._draft = Profile(id=self._profiles.new_id(), name=name)
        self.list_view.clearSelection()
        self._load(self._draft)
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    @Slot()
    def _on_delete_clicked(self) -> None:
        if self._current_id == DEMO_PROFILE_ID:
            return
        profile = self._profiles.get(self._current_id)
        question = fill_placeholders(self.tr(
            "Delete profile %1 and its saved credentials?"), (profile.name,))
        if not self._messages.ask(self, self.tr("Delete profile"), question):
            return
        try:
            self._secrets.delete_profile(profile.id)
        except KeyringUnavailable:
            log.info("Keyring unavailable; no stored secrets to delete for %s", profile.id)
        self._profiles.delete(profile.id)
        self.secrets_changed.emit(profile.id)
        self._reload(DEMO_PROFILE_ID)

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_current()

    def save_current(self) -> bool:
        """Validate and store the shown profile and any typed secrets; return True on success.

        On failure the message names the value and nothing typed is cleared.
        """
        if self._draft is not None and self._draft.id == self._current_id:
            old = self._draft
        else:
            old = self._profiles.get(self._current_id)
        profile = Profile(
            id=old.id, name=self.name_edit.text().strip(),
            konnektive_base_url=self.konnektive_url.currentText().strip(),
            paay_base_url=self.paay_url.currentText().strip(),
            paay_version=self.paay_version.currentText(),
            add_response_type=self.response_type_check.isChecked(),
            timeout_seconds=self.timeout_spin.value(),
            page_concurrency=old.page_concurrency)
        profile = self.paay_box.apply_to(profile)
        typed = {name: edit.text() for name, edit in self.secret_edits.items() if edit.text()}
        try:
            self._profiles.save(profile)
        except ProfileError as exc:
            self.error_label.setText(fill_placeholders(
                QCoreApplication.translate("Profiles", exc.template), exc.values))
            return False
        self._draft = None
        if typed and not self._store_secrets(profile.id, typed):
            self._refresh_list(profile.id)
            return False
        self.secrets_changed.emit(profile.id)
        self._reload(profile.id)
        if "&" in typed.get("password", ""):
            self.error_label.setText(self.tr(
                "Saved, but the password contains &, which Konnektive does not accept in API "
                "passwords. If logins fail, set a password without & for the API user."))
        return True

    def _store_secrets(self, profile_id: str, typed: dict[str, str]) -> bool:
        if not self._secrets.session_only and not self._secrets.keyring_available():
            question = fill_placeholders(self.tr(
                "No working OS keyring was found (%1), so credentials cannot be saved. "
                "Keep them in memory for this run only? They are lost when the app closes."),
                (self._secrets.backend_name(),))
            if not self._messages.ask(self, self.tr("Keyring unavailable"), question):
                self.error_label.setText(self.tr(
                    "Credentials were not saved. The typed values are still in the fields."))
                return False
            self._secrets.use_session_only()
            self._update_keyring_label()
        try:
            for name, value in typed.items():
                self._secrets.set(profile_id, name, value)
        except KeyringUnavailable as exc:
            self.error_label.setText(fill_placeholders(self.tr(
                "The keyring refused to store the credentials: %1"), (str(exc),)))
            return False
        return True
