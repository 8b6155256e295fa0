"""The PAAY part of the profiles dialog: saved settings, token preview and connection test."""

from __future__ import annotations

import json
from pathlib import Path

from keyring.backends import fail

from desktop_app.sandbox import SANDBOX_PAAY_API_KEY, SANDBOX_PAAY_SECRET, SandboxServer
from desktop_app.storage.profiles import ProfileStore
from desktop_app.storage.secrets import SecretStore
from desktop_app.ui.msgbox import MessageBoxes
from desktop_app.ui.profile_dialog import ProfileDialog
from desktop_app.ui.tasks import TaskRunner


def _dialog(qtbot, tmp_path: Path, base_url: str, secret: str) -> ProfileDialog:
    secrets = SecretStore(backend=fail.Keyring())
    secrets.use_session_only()
    dialog = ProfileDialog(ProfileStore(tmp_path), secrets, MessageBoxes(enabled=False),
                           runner=TaskRunner())
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    dialog.paay_url.setCurrentText(base_url)
    dialog.secret_edits["paayApiKey"].setText(" " + SANDBOX_PAAY_API_KEY + "\n")
    dialog.secret_edits["paaySecret"].setText(secret)
    return dialog


def test_preview_shows_claims_not_secret(qtbot, tmp_path: Path) -> None:
    """The preview shows iss as the trimmed apiKey and never the secret."""
    dialog = _dialog(qtbot, tmp_path, "http://127.0.0.1:9", SANDBOX_PAAY_SECRET)

    dialog.paay_box.preview_button.click()

    text = dialog.paay_box.preview.toPlainText()
    shown = json.loads(text)
    assert shown["claims"]["iss"] == SANDBOX_PAAY_API_KEY
    assert shown["header"]["alg"] == "HS256"
    assert SANDBOX_PAAY_SECRET not in text


def test_connection_test_against_sandbox(qtbot, tmp_path: Path) -> None:
    """The right key and secret pass the test; a wrong secret is reported as rejected."""
    with SandboxServer() as sandbox:
        good = _dialog(qtbot, tmp_path / "good", sandbox.base_url, SANDBOX_PAAY_SECRET)
        good.paay_box.test_button.click()
        qtbot.waitUntil(lambda: "accepted" in good.paay_box.test_label.text(), timeout=5000)

        bad = _dialog(qtbot, tmp_path / "bad", sandbox.base_url, "wrong-secret-" + "x" * 32)
        bad.paay_box.test_button.click()
        qtbot.waitUntil(lambda: "rejected" in bad.paay_box.test_label.text(), timeout=5000)


def test_paay_settings_saved_with_profile(qtbot, tmp_path: Path) -> None:
    """Edited path templates, claims preset and lifetime are stored in the profile."""
    dialog = _dialog(qtbot, tmp_path, "https://api-sandbox.3dsintegrator.com",
                     SANDBOX_PAAY_SECRET)
    box = dialog.paay_box
    box.result_path.setCurrentText("/v{ver}/transaction/{transactionId}/updates")
    box.claim_layout.setCurrentIndex(1)
    box.lifetime.setValue(120)

    assert dialog.save_current()

    saved = next(p for p in ProfileStore(tmp_path).profiles() if not p.is_sandbox)
    assert saved.paay_result_path == "/v{ver}/transaction/{transactionId}/updates"
    assert saved.paay_claim_layout == box.claim_layout.itemData(1)
    assert saved.paay_token_lifetime == 120


def test_own_claims_template_used(qtbot, tmp_path: Path) -> None:
    """An own claims template replaces the preset in the signed token and is saved."""
    dialog = _dialog(qtbot, tmp_path, "https://api-sandbox.3dsintegrator.com",
                     SANDBOX_PAAY_SECRET)
    box = dialog.paay_box
    box.claims_template.setPlainText(
        '{"iss": "{apiKey}", "sub": "support-desk", "iat": "{iat}", "exp": "{exp}"}')

    box.preview_button.click()

    claims = json.loads(box.preview.toPlainText())["claims"]
    assert claims["sub"] == "support-desk"
    assert claims["iss"] == SANDBOX_PAAY_API_KEY
    assert claims["exp"] - claims["iat"] == box.lifetime.value()
    assert dialog.save_current()
    saved = next(p for p in ProfileStore(tmp_path).profiles() if not p.is_sandbox)
    assert '"sub": "support-desk"' in saved.paay_claims_template


def test_bad_claims_template_rejected(qtbot, tmp_path: Path) -> None:
    """A claims template that is not a JSON object is rejected with a message naming it."""
    dialog = _dialog(qtbot, tmp_path, "https://api-sandbox.3dsintegrator.com",
                     SANDBOX_PAAY_SECRET)
    dialog.paay_box.claims_template.setPlainText("iss=apiKey")

    assert not dialog.save_current()

    assert "iss=apiKey" in dialog.error_label.text()
    assert dialog.paay_box.claims_template.toPlainText() == "iss=apiKey"
