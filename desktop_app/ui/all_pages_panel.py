"""The "All pages" check box of the main window, with the walk's progress and notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from desktop_app.api.paging import DEFAULT_MAX_PAGES, DEFAULT_MAX_ROWS, AllPagesResult, Note
from desktop_app.api.result import MESSAGE_CONTEXT, ApiResult
from desktop_app.catalog.model import Endpoint
from desktop_app.catalog.validation import fill_placeholders
from desktop_app.ui.messages import problem_texts, rows_text
from desktop_app.ui.msgbox import MessageBoxes
from desktop_app.ui.paging_controller import PagingController
from desktop_app.ui.request_controller import RequestController
from desktop_app.ui.response import ResponseView
from desktop_app.ui.tasks import TaskRunner

PROGRESS_WIDTH = 240
"""Maximum width of the progress bar in pixels while it shows "rows of total"."""

DETAIL_LIMIT = 200
"""Number of characters of a server message that a note shows."""


def note_text(note: Note) -> str:
    """Translate a walk note, fill its placeholders and append the problem it names."""
    text = fill_placeholders(QCoreApplication.translate(MESSAGE_CONTEXT, note.template), note.args)
    if note.problem is None:
        return text
    title, _advice = problem_texts(note.problem)
    detail = " ".join(note.problem.detail.split())
    if len(detail) > DETAIL_LIMIT:
        detail = detail[:DETAIL_LIMIT] + "…"
    return " ".join(part for part in (text, title, detail) if part)


class AllPagesPanel(QObject):
    """Lets Send fetch every page of a paged query and shows how far the walk got.

    The panel owns the check box and the note label, and drives the window's progress bar
    while a walk runs. Notes are kept per endpoint, so they come back with that endpoint's
    reply and disappear when a single call of the endpoint replaces it.

    Signals:
        status_changed(str): one-line summary of a finished walk, for the status bar.

    Attributes:
        check_box: "All pages" check box, enabled only for paged endpoints.
        note_label: Notes of the shown endpoint's last walk; placed above the reply.
        controller: Runs the walks.
    """

    status_changed = Signal(str)

    def __init__(self, runner: TaskRunner, requests: RequestController, messages: MessageBoxes,
                 progress: QProgressBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._messages = messages
        self._progress = progress
        self._progress_width = progress.maximumWidth()
        self._key = ""
        self._notes: dict[str, tuple[Note, ...]] = {}
        self._response: ResponseView | None = None

        self.check_box = QCheckBox(parent)
        self.check_box.setEnabled(False)
        self.note_label = QLabel(parent)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.hide()
        self.controller = PagingController(runner, requests, self._ask_cap, self)

        self.controller.progressed.connect(self._on_controller_progressed)
        self.controller.walk_finished.connect(self._on_controller_walk_finished)
        self.controller.failed.connect(self._on_controller_failed)
        requests.finished.connect(self._on_requests_finished)
        self._requests = requests
        self.retranslate()

    def reply_column(self, response: ResponseView, *above: QWidget) -> QWidget:
        """Return a widget with the note label, then the widgets ``above``, then ``response``."""
        self._response = response
        column = QWidget(self._window)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_label)
        for widget in above:
            layout.addWidget(widget)
        layout.addWidget(response, 1)
        return column

    def wants_all_pages(self, endpoint: Endpoint) -> bool:
        """Return whether Send should fetch every page of ``endpoint``."""
        return endpoint.paged and self.check_box.isChecked()

    def show_endpoint(self, endpoint: Endpoint | None) -> None:
        """Enable the check box for a paged endpoint and show the notes kept for it."""
        self._key = endpoint.key if endpoint is not None else ""
        self.check_box.setEnabled(endpoint is not None and endpoint.paged)
        self._show_notes()

    def retranslate(self) -> None:
        """Set every text again in the current language."""
        self.check_box.setText(self.tr("All pages"))
        self.check_box.setToolTip(self.tr(
            "Send page 1, then fetch the remaining pages a few at a time and show all rows "
            "as one reply. The profile sets how many pages are fetched at once."))
        self._show_notes()

    def _ask_cap(self, pages: int, rows: int) -> bool:
        question = fill_placeholders(self.tr(
            "The query matches %1 rows on %2 pages, more than the %3 pages or %4 rows fetched "
            "without asking. Fetch all of them?\n\nNo fetches only the pages within that limit."),
            (str(rows), str(pages), str(DEFAULT_MAX_PAGES), str(DEFAULT_MAX_ROWS)))
        return self._messages.ask(self._window, self.tr("Fetch all pages?"), question)

    def _show_notes(self) -> None:
        notes = self._notes.get(self._key, ())
        if notes and self._response is not None and self._response.result() is None:
            # The window keeps the last replies of a few endpoints only, and this one is gone.
            del self._notes[self._key]
            notes = ()
        texts = [note_text(note) for note in notes]
        self.note_label.setText("\n".join(texts))
        self.note_label.setVisible(bool(texts))

    def _reset_progress(self) -> None:
        self._progress.setRange(0, 0)
        self._progress.resetFormat()
        self._progress.setMaximumWidth(self._progress_width)

    @Slot(int, int)
    def _on_controller_progressed(self, rows: int, total: int) -> None:
        progress = self._progress
        progress.setMaximumWidth(max(self._progress_width, PROGRESS_WIDTH))
        progress.setRange(0, max(total, 1))
        progress.setValue(min(rows, max(total, 1)))
        progress.setFormat(fill_placeholders(self.tr("%1 of %2 rows"), (str(rows), str(total))))

    @Slot(str, object)
    def _on_controller_walk_finished(self, key: str, outcome: AllPagesResult) -> None:
        self._reset_progress()
        if outcome.pages_fetched == 0:
            return
        self._notes[key] = outcome.notes
        if key != self._key:
            return
        self._show_notes()
        summary = fill_placeholders(self.tr("All pages: %1 of %2 fetched, %3."), (
            str(outcome.pages_fetched), str(max(outcome.pages_total, outcome.pages_fetched)),
            rows_text(outcome.result.row_count or 0)))
        self.status_changed.emit(" ".join([summary, *map(note_text, outcome.notes)]))

    @Slot(str)
    def _on_controller_failed(self, _text: str) -> None:
        self._reset_progress()

    @Slot(object)
    def _on_requests_finished(self, _result: ApiResult) -> None:
        # A walk's merged result also passes here, just before walk_finished stores its notes.
        self._notes.pop(self._requests.finished_key, None)
        self._show_notes()
