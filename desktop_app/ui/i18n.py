"""Loading and switching the UI language at run time."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("en", "ru")
APP_CATALOG = "konnektive_desk"


class LanguageManager:
    """Installs the app's and Qt's translators for one language and swaps them on request."""

    def __init__(self, app: QCoreApplication, translations_dir: Path) -> None:
        self._app = app
        self._dir = translations_dir
        self._installed: list[QTranslator] = []
        self._current = "en"

    @property
    def current(self) -> str:
        """Code of the language now shown ("en" or "ru")."""
        return self._current

    @staticmethod
    def system_language() -> str:
        """Return the system locale's language if supported, else "en"."""
        name = QLocale.system().name().split("_")[0]
        return name if name in SUPPORTED_LANGUAGES else "en"

    def remove(self) -> None:
        """Uninstall every translator this manager installed; texts fall back to the source."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self._current = "en"

    def apply(self, code: str) -> str:
        """Show the UI in ``code`` ("" follows the system) and return the language used.

        A missing translation file is logged and leaves the UI in English.
        """
        requested = code or self.system_language()
        if requested not in SUPPORTED_LANGUAGES:
            log.warning("Unsupported language %r; showing English", requested)
            requested = "en"
        self.remove()
        # English is the source language, but its catalog is still installed because it contains
        # the singular and plural forms of "%n row(s)"-style texts.
        app_translator = QTranslator(self._app)
        if not app_translator.load(f"{APP_CATALOG}_{requested}", str(self._dir)):
            log.error("Translation %s_%s.qm not found in %s", APP_CATALOG, requested, self._dir)
            return self._current
        self._app.installTranslator(app_translator)
        self._installed.append(app_translator)
        if requested == "en":
            return self._current
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(self._app)
        if qt_translator.load(f"qtbase_{requested}", qt_dir):
            self._app.installTranslator(qt_translator)
            self._installed.append(qt_translator)
        self._current = requested
        return self._current
