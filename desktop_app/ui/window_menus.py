"""The main window's actions and menus, with their shortcuts and translated texts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow

LANGUAGE_CODES = ("", "en", "ru")  # "" follows the system language


class WindowMenus(QObject):
    """Creates the actions, adds them to the window (so shortcuts work) and fills the menu bar.

    The window connects each action's ``triggered`` signal to its own slots.

    Signals:
        language_chosen(str): the user picked a language code ("" follows the system).
    """

    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, language: str) -> None:
        super().__init__(window)
        self.send_action = self._action(window, "Ctrl+Return", "Ctrl+Enter")
        self.cancel_action = self._action(window, "Escape")
        self.filter_action = self._action(window, "Ctrl+L")
        self.profiles_action = self._action(window, "Ctrl+Shift+P")
        self.quit_action = self._action(window, QKeySequence.StandardKey.Quit)
        self.clear_action = self._action(window, "Ctrl+Shift+Backspace")
        self.shortcuts_action = self._action(window, QKeySequence.StandardKey.HelpContents)

        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGE_CODES:
            action = QAction(self.language_group)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(self._on_language_triggered)
            self.language_actions[code] = action
        self.language_actions.get(language, self.language_actions[""]).setChecked(True)

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.profiles_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.request_menu = bar.addMenu("")
        for action in (self.send_action, self.cancel_action, self.clear_action,
                       self.filter_action):
            self.request_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        window.installEventFilter(self)
        self.retranslate()

    @staticmethod
    def _action(window: QMainWindow, *keys: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        window.addAction(action)
        return action

    def retranslate(self) -> None:
        """Set every translated text of the actions and menus."""
        self.send_action.setText(self.tr("&Send"))
        self.cancel_action.setText(self.tr("&Cancel request"))
        self.filter_action.setText(self.tr("&Filter endpoints"))
        self.clear_action.setText(self.tr("C&lear form"))
        self.profiles_action.setText(self.tr("&Profiles and credentials…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.file_menu.setTitle(self.tr("&File"))
        self.request_menu.setTitle(self.tr("&Request"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_actions[""].setText(self.tr("System language"))
        # Language names are shown in their own language, whatever the UI language is.
        self.language_actions["en"].setText("English")
        self.language_actions["ru"].setText("Русский")

    def shortcuts_title(self) -> str:
        """Return the title of the keyboard shortcut list."""
        return self.tr("Keyboard shortcuts")

    def shortcuts_text(self) -> str:
        """Return the keyboard shortcut list shown by F1."""
        return self.tr(
            "Ctrl+L: filter the endpoint tree; Enter opens the first match\n"
            "Ctrl+Enter: send the request\n"
            "Esc: cancel the running request\n"
            "Ctrl+Shift+Backspace: clear the form\n"
            "Ctrl+C / Ctrl+Shift+C: copy the selected value / its path\n"
            "Ctrl+F: find in the reply; F3 / Shift+F3: next / previous match\n"
            "Ctrl+Shift+P: profiles and credentials\n"
            "F1: this list")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Retranslate when the window receives a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_language_triggered(self) -> None:
        action = self.language_group.checkedAction()
        self.language_chosen.emit(str(action.data()) if action is not None else "")
