"""Tests for desktop_app.storage.secrets."""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import SecretService, chainer, fail, null

from desktop_app.api.result import RequestRecord
from desktop_app.storage.history import History, HistoryEntry, utc_timestamp
from desktop_app.storage.profiles import Profile, ProfileStore
from desktop_app.storage.secrets import SECRET_FIELDS, KeyringUnavailable, SecretStore
from desktop_app.storage.settings import Settings

from .conftest import MemoryKeyring

SECRET = "S3cr3t-pässword"


class FilePlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt.file.PlaintextKeyring without installing keyrings.alt."""

    __module__ = "keyrings.alt.file"


class BrokenKeyring(MemoryKeyring):
    """Backend whose every read fails the way a locked or missing daemon does."""

    def get_password(self, service: str, username: str) -> str | None:
        """Raise KeyringLocked."""
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


def test_round_trip_memory_backend(memory_keyring: MemoryKeyring) -> None:
    """Secrets round-trip through a keyring backend under profile_id:field."""
    store = SecretStore(memory_keyring)
    assert store.keyring_available()
    assert store.unavailable_reason == ""
    for field in SECRET_FIELDS:
        store.set("p1", field, f"value-{field}-ü")
    assert store.get("p1", "password") == "value-password-ü"
    assert store.get("p2", "password") is None
    assert memory_keyring.passwords[("konnektive-desk", "p1:paaySecret")] == "value-paaySecret-ü"


def test_set_replaces_value(memory_keyring: MemoryKeyring) -> None:
    """SecretStore.set replaces an earlier value."""
    store = SecretStore(memory_keyring)
    store.set("p1", "loginId", "first")
    store.set("p1", "loginId", "second")
    assert store.get("p1", "loginId") == "second"


def test_unknown_field_rejected(memory_keyring: MemoryKeyring) -> None:
    """Unknown fields and empty profile ids raise ValueError."""
    store = SecretStore(memory_keyring)
    with pytest.raises(ValueError, match="'token'"):
        store.set("p1", "token", "x")
    with pytest.raises(ValueError, match="'token'"):
        store.get("p1", "token")
    with pytest.raises(ValueError, match="profile id is empty"):
        store.set("", "password", "x")
    assert memory_keyring.passwords == {}


def test_delete_profile_removes_all(memory_keyring: MemoryKeyring) -> None:
    """delete_profile removes the profile's secrets and ignores missing ones."""
    store = SecretStore(memory_keyring)
    store.set("p1", "password", "a")
    store.set("p1", "paayApiKey", "b")
    store.set("p2", "password", "c")
    store.delete_profile("p1")  # loginId and paaySecret are missing: ignored
    assert store.get("p1", "password") is None
    assert store.get("p1", "paayApiKey") is None
    assert store.get("p2", "password") == "c"
    store.delete_profile("p1")  # second time: nothing left, no error


def test_delete_single_field(memory_keyring: MemoryKeyring) -> None:
    """SecretStore.delete removes one secret and ignores a missing one."""
    store = SecretStore(memory_keyring)
    store.set("p1", "password", "a")
    store.delete("p1", "password")
    store.delete("p1", "password")
    assert store.get("p1", "password") is None


def test_fail_backend_unavailable(caplog: pytest.LogCaptureFixture) -> None:
    """The fail backend is unavailable and get/set raise KeyringUnavailable."""
    store = SecretStore(fail.Keyring())
    with caplog.at_level(logging.WARNING):
        assert store.keyring_available() is False
    assert "unavailable" in caplog.text
    assert store.backend_name() == "keyring.backends.fail.Keyring"

    with pytest.raises(KeyringUnavailable) as error:
        store.get("p1", "password")
    assert error.value.backend_name == "keyring.backends.fail.Keyring"
    assert error.value.reason
    assert "session only" in str(error.value)
    with pytest.raises(KeyringUnavailable):
        store.set("p1", "password", SECRET)


def test_session_only_after_unavailable() -> None:
    """Session-only mode keeps secrets in memory when no keyring exists."""
    store = SecretStore(fail.Keyring())
    assert not store.session_only
    store.use_session_only()
    assert store.session_only
    store.set("p1", "password", SECRET)
    assert store.get("p1", "password") == SECRET
    assert store.get("p1", "loginId") is None
    store.delete_profile("p1")
    assert store.get("p1", "password") is None


def test_session_only_does_not_touch_keyring(memory_keyring: MemoryKeyring) -> None:
    """Session-only mode writes nothing to the keyring."""
    store = SecretStore(memory_keyring)
    store.use_session_only()
    store.set("p1", "password", SECRET)
    assert memory_keyring.passwords == {}
    assert store.get("p1", "password") == SECRET
    assert SecretStore(memory_keyring).get("p1", "password") is None


def test_availability_is_cached() -> None:
    """The keyring is probed once per store."""
    calls = 0

    class CountingKeyring(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            nonlocal calls
            calls += 1
            return super().get_password(service, username)

    store = SecretStore(CountingKeyring())
    assert store.keyring_available()
    assert store.keyring_available()
    assert calls == 1


def test_probe_error_means_unavailable(caplog: pytest.LogCaptureFixture) -> None:
    """A keyring error during the probe makes the keyring unavailable."""
    store = SecretStore(BrokenKeyring())
    with caplog.at_level(logging.WARNING):
        assert not store.keyring_available()
    assert "KeyringLocked" in store.unavailable_reason
    with pytest.raises(KeyringUnavailable, match="Failed to unlock"):
        store.get("p1", "password")


def test_keyrings_alt_rejected(caplog: pytest.LogCaptureFixture) -> None:
    """A keyrings.alt backend is reported unavailable and receives nothing."""
    backend = FilePlaintextKeyring()
    store = SecretStore(backend)
    with caplog.at_level(logging.WARNING):
        assert not store.keyring_available()
    assert "keyrings.alt.file" in store.unavailable_reason
    assert "keeps secrets in a file" in store.unavailable_reason
    with pytest.raises(KeyringUnavailable, match="keyrings.alt"):
        store.set("p1", "password", SECRET)
    assert backend.passwords == {}


def test_null_backend_rejected(caplog: pytest.LogCaptureFixture) -> None:
    """The null backend, which discards secrets, is unavailable."""
    with caplog.at_level(logging.WARNING):
        store = SecretStore(null.Keyring())
        assert not store.keyring_available()
    assert "discards" in store.unavailable_reason


def test_empty_chainer_unavailable(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A chainer without backends is unavailable."""
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    with caplog.at_level(logging.WARNING):
        store = SecretStore(chainer.ChainerBackend())
        assert not store.keyring_available()
    assert "no backends" in store.unavailable_reason


def test_chainer_skips_keyrings_alt_member(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    """A chainer's keyrings.alt member is bypassed."""
    plaintext = FilePlaintextKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, memory_keyring])
    store = SecretStore(chainer.ChainerBackend())
    assert store.keyring_available()
    store.set("p1", "password", SECRET)
    assert plaintext.passwords == {}
    assert memory_keyring.passwords == {("konnektive-desk", "p1:password"): SECRET}


def test_default_backend_is_keyring_default() -> None:
    """Without an argument the store uses keyring.get_keyring()."""
    store = SecretStore()
    assert store.backend_name() == SecretStore(keyring.get_keyring()).backend_name()


def test_secret_never_written_to_config_files(
    config_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """No file written by the stores contains a stored password."""
    profiles = ProfileStore(config_dir)
    settings = Settings(config_dir)
    history = History(config_dir)
    secrets = SecretStore(memory_keyring)

    profile = Profile(id=profiles.new_id(), name="Магазин")
    profiles.save(profile)
    profiles.active_id = profile.id
    secrets.set(profile.id, "password", SECRET)
    secrets.set(profile.id, "paaySecret", SECRET)
    settings.set("language", "ru")
    request = RequestRecord(
        method="POST",
        url="http://127.0.0.1:9/order/query/",
        params=(("loginId", "api-user"), ("password", SECRET), ("paaySecret", SECRET)),
    )
    history.append(
        HistoryEntry(utc_timestamp(), profile.id, "/order/query/", request, "success", 200, 1, 5.0)
    )

    written = [path for path in config_dir.rglob("*") if path.is_file()]
    assert sorted(path.name for path in written) == [
        "history.jsonl",
        "profiles.json",
        "settings.json",
    ]
    for path in written:
        content = path.read_bytes()
        assert SECRET.encode("utf-8") not in content, path
        assert b"S3cr3t" not in content, path  # also catches \u-escaped forms
    assert secrets.get(profile.id, "password") == SECRET


@pytest.mark.keyring
@pytest.mark.skipif(
    not os.environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="needs a D-Bus session with a Secret Service (run under scripts/run_with_keyring.sh)",
)
def test_secret_service_cyrillic_round_trip() -> None:
    """A Cyrillic secret round-trips through a real Secret Service."""
    if not SecretService.Keyring.viable:
        pytest.skip("no Secret Service on this D-Bus session")
    store = SecretStore(SecretService.Keyring())
    profile_id = f"test-{uuid.uuid4().hex}"
    value = "Пароль-тест-ёжик-№1"
    assert store.keyring_available(), store.unavailable_reason
    try:
        store.set(profile_id, "password", value)
        assert store.get(profile_id, "password") == value
        assert SecretStore(SecretService.Keyring()).get(profile_id, "password") == value
    finally:
        store.delete_profile(profile_id)
    assert store.get(profile_id, "password") is None
