"""Profiles dialog: saving credentials with a real keyring backend and without one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from keyring.backends import fail

from desktop_app.connection import Connections
from desktop_app.storage.profiles import ProfileStore
from desktop_app.storage.secrets import SecretStore
from desktop_app.ui.msgbox import MessageBoxes
from desktop_app.ui.profile_dialog import ProfileDialog

PASSWORD = "Pässwort-7731-unique"


def _new_profile(qtbot, store: ProfileStore, secrets: SecretStore,
                 messages: MessageBoxes) -> ProfileDialog:
    dialog = ProfileDialog(store, secrets, messages)
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    dialog.name_edit.setText("Shop EU")
    dialog.konnektive_url.setCurrentText("https://api.checkoutchamp.com")
    dialog.secret_edits["loginId"].setText("api-user-eu")
    dialog.secret_edits["password"].setText(PASSWORD)
    return dialog


def _files_containing(folder: Path, text: str) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and text.encode("utf-8") in path.read_bytes():
            found.append(path)
    return found


def test_fail_backend_offers_session_only(qtbot, tmp_path: Path) -> None:
    """With keyring's fail backend, saving asks for session-only use and writes no password."""
    store = ProfileStore(tmp_path)
    secrets = SecretStore(backend=fail.Keyring())
    messages = MessageBoxes(enabled=False)
    messages.answers.append(True)
    dialog = _new_profile(qtbot, store, secrets, messages)

    assert dialog.save_current()

    assert any("memory" in text for text in messages.shown)
    assert secrets.session_only
    profile = next(p for p in store.profiles() if p.name == "Shop EU")
    assert secrets.get(profile.id, "password") == PASSWORD
    client = Connections(secrets).konnektive(profile)
    assert client.base_url == "https://api.checkoutchamp.com"
    client.close()
    assert _files_containing(tmp_path, PASSWORD) == []


def test_declining_session_only_keeps_typed_values(qtbot, tmp_path: Path) -> None:
    """Saying no to session-only use stores nothing and leaves the typed password in place."""
    store = ProfileStore(tmp_path)
    secrets = SecretStore(backend=fail.Keyring())
    messages = MessageBoxes(enabled=False)
    messages.answers.append(False)
    dialog = _new_profile(qtbot, store, secrets, messages)

    assert not dialog.save_current()

    assert dialog.secret_edits["password"].text() == PASSWORD
    assert not secrets.session_only
    assert _files_containing(tmp_path, PASSWORD) == []


def test_env_fail_backend_is_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    """PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring makes the default store unavailable."""
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.core.init_backend()
    try:
        assert not SecretStore().keyring_available()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.keyring
@pytest.mark.skipif(not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
                    reason="needs a D-Bus session with an unlocked Secret Service keyring")
def test_secret_service_round_trip_through_dialog(qtbot, tmp_path: Path) -> None:
    """With a real Secret Service, the password lands in the keyring and in no file."""
    from keyring.backends import SecretService

    store = ProfileStore(tmp_path)
    secrets = SecretStore(backend=SecretService.Keyring())
    messages = MessageBoxes(enabled=False)
    dialog = _new_profile(qtbot, store, secrets, messages)

    assert dialog.save_current()

    profile = next(p for p in store.profiles() if p.name == "Shop EU")
    try:
        assert not secrets.session_only
        assert SecretStore(backend=SecretService.Keyring()).get(profile.id, "password") == PASSWORD
        assert _files_containing(tmp_path, PASSWORD) == []
    finally:
        secrets.delete_profile(profile.id)


def test_new_profile_is_stored_only_on_save(qtbot, tmp_path: Path) -> None:
    """Pressing New and closing without Save leaves the profile list unchanged."""
    store = ProfileStore(tmp_path)
    before = [p.id for p in store.profiles()]
    dialog = ProfileDialog(store, SecretStore(backend=fail.Keyring()), MessageBoxes(enabled=False))
    qtbot.addWidget(dialog)

    dialog.new_button.click()
    dialog.reject()

    assert [p.id for p in store.profiles()] == before


def test_invalid_url_message_names_value(qtbot, tmp_path: Path) -> None:
    """A base URL without http(s) is rejected with a message that names it."""
    store = ProfileStore(tmp_path)
    dialog = ProfileDialog(store, SecretStore(backend=fail.Keyring()), MessageBoxes(enabled=False))
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    dialog.konnektive_url.setCurrentText("api.konnektive.com")

    assert not dialog.save_current()

    assert "api.konnektive.com" in dialog.error_label.text()
    assert dialog.konnektive_url.currentText() == "api.konnektive.com"
