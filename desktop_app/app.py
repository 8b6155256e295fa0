"""Composition root: builds the stores, clients and window and hands them to each other."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop_app.api.redact import install_redaction
from desktop_app.connection import Connections
from desktop_app.storage.history import History
from desktop_app.storage.paths import default_config_dir
from desktop_app.storage.profiles import ProfileStore
from desktop_app.storage.secrets import SecretStore
from desktop_app.storage.settings import Settings
from desktop_app.ui.i18n import LanguageManager
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.msgbox import MessageBoxes
from desktop_app.ui.services import Services
from desktop_app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

LOG_FILE_BYTES = 1_000_000
LOG_FILE_COUNT = 3


def resources_dir() -> Path:
    """Return the folder with translations and icons, in a source tree or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def app_icon() -> QIcon:
    """Return the application icon from the PNG files under ``resources/icons``."""
    icon = QIcon()
    for size in (256, 512):
        path = resources_dir() / "icons" / f"konnektive-desk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def setup_logging(config_dir: Path) -> None:
    """Log INFO and above to a rotating file under ``config_dir/logs``, with secrets scrubbed."""
    root = logging.getLogger("desktop_app")
    if any(getattr(h, "_desktop_app", False) for h in root.handlers):
        return
    log_dir = config_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "konnektive-desk.log", maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_COUNT,
        encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._desktop_app = True  # type: ignore[attr-defined]
    install_redaction(handler)
    root.addHandler(handler)
    root.setLevel(logging.INFO)


GIL_SWITCH_INTERVAL_S = 0.002
"""Maximum time a thread keeps the GIL while another thread waits for it (Python's is 5 ms).

Painting the reply table calls into Python a few thousand times, once per model callback,
and each call waits for the GIL when a worker runs Python at the same time (decoding a reply,
writing an export, building filter texts). With 5 ms per wait, a paint during an XLSX export
of 5,000 rows stalled the window for 0.5 to 0.9 s. With 2 ms the longest stall was 15 to
40 ms (``bench/bench_table_actions.py``). 0.5 ms helped the export as much but made the stall
while a 15 MB reply is shown longer (``bench/bench_big_reply.py``).
"""


def build_services(app: QApplication, config_dir: Path | None = None, dialogs: bool = True,
                   secrets: SecretStore | None = None) -> Services:
    """Create every store, client factory and helper object the window uses.

    Args:
        app: The application, which owns the translators.
        config_dir: Folder for settings, profiles and history; the platform's default if None.
        dialogs: False replies to message boxes without showing them (tests, smoke test).
        secrets: Secret store to use; one over the default keyring backend if None.
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    config_dir = config_dir or default_config_dir()
    config_dir.mkdir(parents=True, exist_ok=True)
    settings = Settings(config_dir)
    secrets = secrets or SecretStore()
    history_limit = settings.get("history_limit")
    return Services(
        profiles=ProfileStore(config_dir),
        secrets=secrets,
        settings=settings,
        history=History(config_dir, limit=history_limit if isinstance(history_limit, int) else 500),
        connections=Connections(secrets),
        runner=TaskRunner(QThreadPool.globalInstance()),
        languages=LanguageManager(app, resources_dir() / "translations"),
        messages=MessageBoxes(enabled=dialogs),
    )


def create_window(app: QApplication, config_dir: Path | None = None, dialogs: bool = True,
                  language: str | None = None) -> MainWindow:
    """Build the services and the main window; ``language`` overrides the saved choice."""
    services = build_services(app, config_dir, dialogs)
    code = language if language is not None else str(services.settings.get("language") or "")
    services.languages.apply(code)
    app.setWindowIcon(app_icon())
    window = MainWindow(services)
    app.aboutToQuit.connect(lambda: shutdown(services))
    return window


def shutdown(services: Services) -> None:
    """Wait briefly for running requests, then close clients and the sandbox."""
    services.runner.wait_all(2000)
    services.connections.close()
