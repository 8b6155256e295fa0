"""Fixtures for window-level tests: a main window on the real sandbox with files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring.backend
import pytest
from PySide6.QtWidgets import QApplication

# Set before pytest-qt creates the QApplication; QT_QPA_PLATFORM from the shell still wins.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.app import build_services, resources_dir, shutdown  # noqa: E402
from desktop_app.storage.secrets import SecretStore  # noqa: E402
from desktop_app.ui.i18n import LanguageManager  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402
from desktop_app.ui.services import Services  # noqa: E402


class DictKeyring(keyring.backend.KeyringBackend):
    """In-memory keyring backend; priority below zero keeps it out of keyring's own chain."""

    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """Return the stored value or None."""
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a value."""
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Remove a value."""
        self.values.pop((service, username), None)


@pytest.fixture(autouse=True)
def english_catalog(qapp: QApplication) -> Iterator[None]:
    """Install the English catalog as the app does; it holds the plural forms of "%n row(s)"."""
    languages = LanguageManager(qapp, resources_dir() / "translations")
    languages.apply("en")
    yield
    languages.remove()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """Return an empty folder for the app's files."""
    folder = tmp_path / "config"
    folder.mkdir()
    return folder


@pytest.fixture
def services(qapp: QApplication, config_dir: Path) -> Iterator[Services]:
    """Build the app's services with dialogs off and an in-memory keyring."""
    built = build_services(qapp, config_dir, dialogs=False,
                           secrets=SecretStore(backend=DictKeyring()))
    built.settings.set("confirm_writes", False)
    yield built
    shutdown(built)


@pytest.fixture
def window(qtbot, services: Services) -> MainWindow:
    """Return a shown main window on the Demo (sandbox) profile."""
    main = MainWindow(services)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
