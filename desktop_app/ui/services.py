"""The services the main window uses, built once by the composition root (``app.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.connection import Connections
from desktop_app.storage.history import History
from desktop_app.storage.profiles import ProfileStore
from desktop_app.storage.secrets import SecretStore
from desktop_app.storage.settings import Settings
from desktop_app.ui.i18n import LanguageManager
from desktop_app.ui.msgbox import MessageBoxes
from desktop_app.ui.tasks import TaskRunner


@dataclass
class Services:
    """Everything the window needs, built once by the composition root."""

    profiles: ProfileStore
    secrets: SecretStore
    settings: Settings
    history: History
    connections: Connections
    runner: TaskRunner
    languages: LanguageManager
    messages: MessageBoxes
