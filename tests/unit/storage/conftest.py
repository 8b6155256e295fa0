"""Fixtures for the storage tests: an in-memory keyring backend and a private config dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest

from desktop_app.storage.paths import CONFIG_DIR_ENV


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keyring backend that keeps passwords in a dict.

    Every KeyringBackend subclass registers itself with keyring. A priority of 0 or
    less keeps this one out of keyring's default chain, so it never replaces the
    real backend that other tests in the same process expect.
    """

    priority = -1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """Return the stored password or None."""
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a password."""
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Remove a password; PasswordDeleteError when there is none."""
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    """Return an empty in-memory keyring backend."""
    return MemoryKeyring()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """Return a not yet existing configuration directory inside tmp_path."""
    return tmp_path / "config"


@pytest.fixture(autouse=True)
def _private_config_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Any code that falls back to default_config_dir() writes under tmp_path, not the home dir.
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "env-config"))
    yield
