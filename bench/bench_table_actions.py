"""Benchmark: what a user does with a 15 MB reply of 5,000 orders, and how long the window stalls.

Run: .venv/bin/python bench/bench_table_actions.py

The reply and the window are those of bench/bench_big_reply.py. Once the reply is shown, the
script does what a support agent does with it, one action after another. It sorts a money column
both ways, filters the rows by a city and clears the filter, and finds a name with Ctrl+F. Then
it opens the Raw tab until its first part is loaded and exports the table as XLSX. For each
action it prints the time until the result is on screen and the longest gap between ticks of a
10 ms QTimer on the GUI thread while it ran. The gaps are compared with the 50 ms goal that the
other benchmarks use for a window that keeps reacting; the times have no goal.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_big_reply import Heartbeat, close, make_body, open_window, serve  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.ui.main_window import MainWindow  # noqa: E402

GOAL_GAP_MS = 50
TIMEOUT_S = 60.0


def run_until(app: QApplication, done: Callable[[], bool]) -> None:
    """Run the event loop until ``done()`` is true, checking every 5 ms."""
    deadline = time.perf_counter() + TIMEOUT_S
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: loop.quit() if done() or time.perf_counter() > deadline
                          else None)
    timer.start()
    loop.exec()
    timer.stop()
    if not done():
        raise SystemExit("an action did not finish within the time limit")


def settle(app: QApplication, ms: int = 100) -> None:
    """Let the window process events for ``ms`` milliseconds, so paints are included."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def measure(app: QApplication, label: str, start: Callable[[], None],
            done: Callable[[], bool]) -> tuple[str, float, float]:
    """Run one action and return its label, its time in ms and the longest GUI gap in ms."""
    heartbeat = Heartbeat()
    heartbeat.start()
    started = time.perf_counter()
    QTimer.singleShot(0, start)
    settle(app, 1)
    run_until(app, done)
    elapsed_ms = (time.perf_counter() - started) * 1000
    settle(app)
    heartbeat.stop()
    return label, elapsed_ms, heartbeat.longest_gap_ms


def actions(window: MainWindow, export_path: Path) -> list[tuple[str, Callable[[], None],
                                                               Callable[[], bool]]]:
    """Return the user's actions as (label, start, done) in the order they run."""
    view = window.response
    page = view.table_page
    amount = page.model.column_names().index("totalAmount")
    model = page.model

    def sorted_by_amount(descending: bool) -> bool:
        first = model.sort_key(0, amount)
        last = model.sort_key(model.rowCount() - 1, amount)
        return first >= last if descending else first <= last

    def open_find() -> None:
        page.table_view.setFocus()
        view.find_bar.open_bar()
        view.find_bar.find_edit.setText("novak")
        view.finder.find_next()

    return [
        ("sort totalAmount ascending",
         lambda: page.table_view.sortByColumn(amount, Qt.SortOrder.AscendingOrder),
         lambda: sorted_by_amount(False)),
        ("sort totalAmount descending",
         lambda: page.table_view.sortByColumn(amount, Qt.SortOrder.DescendingOrder),
         lambda: sorted_by_amount(True)),
        ("filter rows by \"boston\" (first filter)",
         lambda: page.filter_edit.setText("boston"),
         lambda: 0 < page.proxy.rowCount() < model.rowCount()),
        ("clear the filter",
         lambda: page.filter_edit.clear(),
         lambda: page.proxy.rowCount() == model.rowCount()),
        ("Ctrl+F \"novak\" on the Table tab",
         open_find,
         lambda: view.find_bar.status_label.text().startswith("1 of")),
        ("open the Raw tab (first 2 MiB characters)",
         lambda: view.tabs.setCurrentWidget(view.raw_page),
         lambda: not view.raw_page.is_loading() and bool(view.raw_edit.toPlainText())),
        ("export the table as XLSX",
         lambda: view.export_button.export("xlsx", export_path),
         lambda: view.export_label.text().startswith("Saved")),
    ]


def main() -> None:
    """Show the reply, run each action and print a Markdown table of the figures."""
    work_dir = Path(tempfile.mkdtemp(prefix="kd-bench-"))
    server, port = serve(make_body(work_dir))
    app = QApplication(sys.argv[:1])
    window = open_window(app, work_dir, port)
    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("BENCH")
    results: list[object] = []
    window.controller.finished.connect(results.append)
    window.send()
    run_until(app, lambda: bool(results))
    settle(app, 300)

    print("| action | time | longest GUI-thread gap |")
    print("| --- | --- | --- |")
    for label, start, done in actions(window, work_dir / "orders.xlsx"):
        name, elapsed_ms, gap_ms = measure(app, label, start, done)
        mark = "" if gap_ms <= GOAL_GAP_MS else " (over 50 ms)"
        print(f"| {name} | {elapsed_ms:.0f} ms | {gap_ms:.0f} ms{mark} |")
    close(window, server)


if __name__ == "__main__":
    main()
