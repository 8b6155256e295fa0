"""PAAY part of the profiles dialog: path templates, JWT claims preset, token preview and test."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.api.paay import (
    DEFAULT_3RI_PATH,
    DEFAULT_BROWSER_PATH,
    RESULT_PATH_PRESETS,
    PaayClient,
)
from desktop_app.api.paay_jwt import CLAIM_LAYOUTS
from desktop_app.api.result import MESSAGE_CONTEXT, ApiResult, ProblemCode, ResultKind
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.connection import claims_of
from desktop_app.storage.profile_model import MAX_TOKEN_LIFETIME, MIN_TOKEN_LIFETIME, Profile
from desktop_app.ui.messages import problem_texts
from desktop_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

TEST_TRANSACTION_ID = "connection-test"
"""Transaction ID the connection test requests. No PAAY record has it, so a 404 means success."""

# (base URL, version, apiKey, secret) of the profile being edited, or None when a key is missing.
CredentialsSource = Callable[[], tuple[str, str, str, str] | None]


class PaaySettingsBox(QGroupBox):
    """Editors for a profile's PAAY calls, with a token preview and a connection test."""

    def __init__(self, runner: TaskRunner | None, credentials: CredentialsSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._credentials = credentials
        self.result_path = QComboBox(self)
        self.result_path.setEditable(True)
        self.result_path.addItems(list(RESULT_PATH_PRESETS))
        self.browser_path = QLineEdit(self)
        self.three_ri_path = QLineEdit(self)
        self.claim_layout = QComboBox(self)
        for layout in CLAIM_LAYOUTS:
            self.claim_layout.addItem("", layout.key)
        self.claims_template = QPlainTextEdit(self)
        self.claims_template.setMaximumHeight(70)
        self.lifetime = QSpinBox(self)
        self.lifetime.setRange(MIN_TOKEN_LIFETIME, MAX_TOKEN_LIFETIME)
        self.preview_button = QPushButton(self)
        self.test_button = QPushButton(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview.setMaximumHeight(120)
        self.preview.hide()
        self.test_label = QLabel(self)
        self.test_label.setWordWrap(True)
        form = QFormLayout(self)
        self._labels = [QLabel(self) for _ in range(6)]
        for label, editor in zip(self._labels, (self.result_path, self.browser_path,
                                                self.three_ri_path, self.claim_layout,
                                                self.claims_template, self.lifetime),
                                 strict=True):
            label.setBuddy(editor)
            form.addRow(label, editor)
        form.addRow(self.preview_button, self.test_button)
        form.addRow(self.preview)
        form.addRow(self.test_label)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every translated text."""
        self.setTitle(self.tr("PAAY 3-D Secure"))
        texts = (self.tr("Result path"), self.tr("Browser path"), self.tr("3RI path"),
                 self.tr("JWT claims"), self.tr("Own claims (JSON)"), self.tr("Token lifetime"))
        self.claims_template.setPlaceholderText(self.tr(
            'Empty uses the preset above. Example: {"iss": "{apiKey}", "iat": "{iat}", '
            '"exp": "{exp}", "jti": "{jti}"}'))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        for index, layout in enumerate(CLAIM_LAYOUTS):
            self.claim_layout.setItemText(
                index, QCoreApplication.translate(MESSAGE_CONTEXT, layout.label))
        self.lifetime.setSuffix(" " + self.tr("s", "seconds"))
        self.result_path.setToolTip(self.tr(
            "{ver} is replaced by the API version and {transactionId} by PAAY's transaction "
            "ID. Public integrations use /v{ver}/transaction/{transactionId}/updates."))
        self.preview_button.setText(self.tr("Show token claims"))
        self.test_button.setText(self.tr("Test connection"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, profile: Profile) -> None:
        """Show the PAAY settings of ``profile``."""
        self.result_path.setCurrentText(profile.paay_result_path)
        self.browser_path.setText(profile.paay_browser_path or DEFAULT_BROWSER_PATH)
        self.three_ri_path.setText(profile.paay_3ri_path or DEFAULT_3RI_PATH)
        self.claim_layout.setCurrentIndex(max(self.claim_layout.findData(
            profile.paay_claim_layout), 0))
        self.lifetime.setValue(profile.paay_token_lifetime)
        self.claims_template.setPlainText(profile.paay_claims_template)
        self.preview.hide()
        self.test_label.clear()

    def apply_to(self, profile: Profile) -> Profile:
        """Return ``profile`` with the PAAY settings as edited here."""
        return dataclasses.replace(
            profile,
            paay_result_path=self.result_path.currentText().strip(),
            paay_browser_path=self.browser_path.text().strip(),
            paay_3ri_path=self.three_ri_path.text().strip(),
            paay_claim_layout=str(self.claim_layout.currentData()),
            paay_token_lifetime=self.lifetime.value(),
            paay_claims_template=self.claims_template.toPlainText().strip(),
        )

    def _client(self) -> PaayClient | None:
        source = self._credentials()
        if source is None:
            self.test_label.setText(self.tr(
                "Type the PAAY apiKey and secret (or save them first) to sign a token."))
            return None
        base_url, version, api_key, secret = source
        draft = self.apply_to(Profile(id="draft", name="draft"))
        try:
            claims = claims_of(draft)
        except ValueError:
            self.test_label.setText(self.tr(
                "The own claims are not valid JSON; fix them or clear the box."))
            return None
        return PaayClient(base_url, version, api_key, secret,
                          result_path=draft.paay_result_path, claim_layout=claims,
                          token_lifetime=draft.paay_token_lifetime)

    @Slot()
    def _on_preview_button_clicked(self) -> None:
        client = self._client()
        if client is None:
            return
        preview = client.preview_token()
        client.close()
        text = json.dumps({"header": preview.header, "claims": preview.claims}, indent=2,
                          ensure_ascii=False, default=str)
        self.preview.setPlainText(text)
        self.preview.show()

    @Slot()
    def _on_test_button_clicked(self) -> None:
        client = self._client()
        if client is None or self._runner is None:
            return
        self.test_button.setEnabled(False)
        self.test_label.setText(self.tr("Testing the connection to PAAY …"))

        def work(token: object) -> ApiResult:
            try:
                return client.result(TEST_TRANSACTION_ID)
            finally:
                client.close()

        self._runner.run_task(work, self._show_test_result, self._show_test_failure)

    def _show_test_result(self, payload: object) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(payload, ApiResult):
            return
        pending = payload.problem is not None and payload.problem.code is ProblemCode.PENDING
        if payload.kind is ResultKind.SUCCESS or pending:
            self.test_label.setText(fill_placeholders(self.tr(
                "PAAY accepted the key and the signed token (HTTP %1)."),
                (str(payload.http_status),)))
            return
        title, advice = problem_texts(payload.problem) if payload.problem else ("", "")
        self.test_label.setText(f"{title}\n{advice}".strip() or fill_placeholders(
            self.tr("PAAY answered HTTP %1."), (str(payload.http_status),)))

    def _show_test_failure(self, text: str) -> None:
        self.test_button.setEnabled(True)
        lines = text.strip().splitlines()
        log.error("PAAY connection test failed: %s", lines[-1] if lines else text)
        self.test_label.setText(self.tr("The connection test failed inside the app; see the log."))
