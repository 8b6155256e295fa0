"""A card number typed into the PAAY browser form is kept nowhere after the app closes."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.api.result import ResultKind
from desktop_app.app import setup_logging, shutdown
from desktop_app.ui.main_window import MainWindow

CARD = "4111111111111111"


def _files_containing(folder: Path, text: str) -> list[Path]:
    return [path for path in folder.rglob("*")
            if path.is_file() and text.encode() in path.read_bytes()]


def test_card_number_kept_nowhere(qtbot, window: MainWindow, config_dir: Path) -> None:
    """The PAN is masked on screen, sent to PAAY, and absent from history, logs and settings."""
    setup_logging(config_dir)
    root = logging.getLogger("desktop_app")
    added = [h for h in root.handlers if getattr(h, "_desktop_app", False)]
    previous_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        _send_card_and_close(qtbot, window)
    finally:
        root.setLevel(previous_level)
        for handler in added:
            root.removeHandler(handler)
            handler.close()

    assert _files_containing(config_dir, CARD) == []
    assert (config_dir / "history.jsonl").exists()
    assert (config_dir / "logs" / "konnektive-desk.log").stat().st_size > 0


def _send_card_and_close(qtbot, window: MainWindow) -> None:
    window.browser.select("paay.browser")
    form = window.form
    assert form is not None
    card_field = form.editor("pan")
    card_field.set_value(CARD)
    form.editor("month").set_value("12")
    form.editor("year").set_value("30")
    form.editor("amount").set_value("29.95")

    assert card_field.line.text() == "411111******1111"
    assert card_field.value() == CARD

    with qtbot.waitSignal(window.controller.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.kind not in (ResultKind.TRANSPORT_ERROR, ResultKind.FORMAT_ERROR)
    sandbox = window.services.connections.sandbox
    assert sandbox is not None
    assert CARD.encode() in sandbox.requests[-1].body
    assert ("pan", "411111******1111") in result.request.params

    window.close()
    shutdown(window.services)
