"""Raw tab of the response viewer: the reply as plain text, loaded in chunks when shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.response.error_card import plain_label

RAW_CHAR_LIMIT = 2 * 1024 * 1024
"""Number of characters the Raw tab shows before the user asks for the whole text."""

CHUNK_CHARS = 128 * 1024
"""Characters added to the text per turn of the event loop.

Writing and adding this many characters of the 15 MB reply of ``bench/big_reply.py`` took
about 20 ms per chunk on a 2-CPU x86-64 virtual machine, so the window keeps reacting while a
long text loads.
"""

RawSource = Callable[[], tuple[Iterator[str], int | None]]
"""Builds the text when the tab is shown: its pieces in order and its length, if known."""


def text_source(text: str) -> RawSource:
    """Return a source that yields ``text`` in ``CHUNK_CHARS`` slices, with its length."""

    def make() -> tuple[Iterator[str], int | None]:
        pieces = (text[start : start + CHUNK_CHARS] for start in range(0, len(text), CHUNK_CHARS))
        return pieces, len(text)

    return make


class RawPage(QWidget):
    """Read-only plain text of a reply, loaded in chunks up to ``RAW_CHAR_LIMIT`` characters.

    The text is built only when ``fill()`` runs (the view calls it when the tab is shown),
    because pretty-printing a large reply takes a noticeable time. The first chunk is shown
    at once, and each later chunk is added in its own turn of the event loop. At
    ``RAW_CHAR_LIMIT`` the loading pauses until "Show all" is pressed, and "Stop" pauses it
    again.

    Attributes:
        raw_edit: Read-only plain-text view.
        note_label: Progress while loading, or the note that the text is cut.
        show_all_button: Button that loads the rest of the text.
        stop_button: Button that pauses the loading started by "Show all".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make_source: RawSource | None = None
        self._pieces: Iterator[str] = iter(())
        self._pending = ""
        self._total: int | None = None
        self._loaded = 0
        self._target: int | None = RAW_CHAR_LIMIT
        self._exhausted = True
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

        self.note_label = plain_label(self)
        self.show_all_button = QPushButton(self)
        self.show_all_button.clicked.connect(self._on_show_all_button_clicked)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.raw_edit = QPlainTextEdit(self)
        self.raw_edit.setReadOnly(True)
        self.raw_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.raw_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        bar = QHBoxLayout()
        bar.addWidget(self.note_label, 1)
        bar.addWidget(self.show_all_button)
        bar.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.raw_edit, 1)
        self._update_state()

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.show_all_button.setText(self.tr("Show all"))
        self.stop_button.setText(self.tr("Stop"))
        self._update_state()

    def set_source(self, make_source: RawSource | None) -> None:
        """Clear the text and keep ``make_source``, which ``fill()`` calls to build it."""
        self._timer.stop()
        self._make_source = make_source
        self._pieces = iter(())
        self._pending = ""
        self._total = None
        self._loaded = 0
        self._target = RAW_CHAR_LIMIT
        self._exhausted = True
        self.raw_edit.clear()
        self._update_state()

    def fill(self) -> None:
        """Start loading the text if ``set_source`` gave a source that has not run yet."""
        make_source = self._make_source
        if make_source is None:
            return
        self._make_source = None
        self._pieces, self._total = make_source()
        self._exhausted = False
        self._load_chunk()

    def is_loading(self) -> bool:
        """Return whether more chunks are being added."""
        return self._timer.isActive()

    def _load_chunk(self) -> None:
        """Add the next chunk, then keep loading, pause at the target or finish."""
        room = CHUNK_CHARS
        if self._target is not None:
            room = min(room, self._target - self._loaded)
        text = self._take(room)
        if text:
            cursor = QTextCursor(self.raw_edit.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text)
            self._loaded += len(text)
        reached = self._target is not None and self._loaded >= self._target
        if self._done() or reached:
            self._timer.stop()
        else:
            self._timer.start()
        self._update_state()

    def _take(self, room: int) -> str:
        """Return up to ``room`` characters from the pieces, keeping any excess for later."""
        parts = [self._pending] if self._pending else []
        size = len(self._pending)
        self._pending = ""
        while size < room:
            piece = next(self._pieces, None)
            if piece is None:
                self._exhausted = True
                break
            parts.append(piece)
            size += len(piece)
        text = "".join(parts)
        if size > room:
            self._pending = text[room:]
            text = text[:room]
        return text

    def _done(self) -> bool:
        return self._exhausted and not self._pending

    def _update_state(self) -> None:
        loading = self._timer.isActive()
        paused = not loading and not self._done()
        loaded = str(self._loaded)
        if loading:
            note = fill_placeholders(self.tr("Loading the text: %1 characters so far."),
                                     (loaded,))
        elif self._total is not None:
            note = fill_placeholders(self.tr("Showing the first %1 of %2 characters."),
                                     (loaded, str(self._total)))
        else:
            note = fill_placeholders(self.tr("Showing the first %1 characters."), (loaded,))
        self.note_label.setText(note)
        self.note_label.setVisible(loading or paused)
        self.show_all_button.setVisible(paused)
        self.stop_button.setVisible(loading and self._target is None)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self._load_chunk()

    @Slot()
    def _on_show_all_button_clicked(self) -> None:
        self._target = None
        self._load_chunk()

    @Slot()
    def _on_stop_button_clicked(self) -> None:
        self._timer.stop()
        self._target = self._loaded
        self._update_state()
