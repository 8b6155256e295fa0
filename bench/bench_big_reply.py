"""Benchmark: show a 15 MB reply of 5,000 orders in the window, against json.loads of the body.

Run: .venv/bin/python bench/bench_big_reply.py

The reply is built from the sandbox's seeded orders and served by bench/serve_body.py in a
process of its own, as a real CRM would serve it. The window talks to it through a user profile.
The script prints, for one run on this machine:

* the time from pressing Send to the reply shown, that is until the table's first paint after
  the reply arrived has run (request over loopback, exact parsing and table extraction in the
  worker, model set-up and that paint on the GUI thread), divided by
  the time ``json.loads`` takes for the same body in a separate process (goal: at most 2);
* the longest gap between ticks of a 10 ms QTimer on the GUI thread while the reply loads and
  is shown (goal: at most 50 ms);
* the peak resident memory of the app's process once the reply is shown (goal: at most 150 MB).
"""

from __future__ import annotations

import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH_DIR = Path(__file__).resolve().parent

import PySide6  # noqa: E402
from keyring.backends import fail  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop_app.app import build_services, shutdown  # noqa: E402
from desktop_app.storage.profiles import Profile  # noqa: E402
from desktop_app.storage.secrets import SecretStore  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

ORDER_COUNT = 5_000
HEARTBEAT_MS = 10

_MAKE_BODY = """
import sys
sys.path.insert(0, sys.argv[1])
from big_reply import orders_body
from desktop_app.sandbox import SandboxServer
with SandboxServer() as server:
    open(sys.argv[2], "wb").write(orders_body(server, int(sys.argv[3])))
"""

_TIME_LOADS = """
import json, statistics, sys, time
body = open(sys.argv[1], "rb").read()
times = []
for _ in range(3):
    started = time.perf_counter()
    json.loads(body)
    times.append(time.perf_counter() - started)
print(statistics.median(times))
"""


class Heartbeat:
    """Records the longest gap between ticks of a QTimer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._on_timeout)
        self.longest_gap_ms = 0.0
        self.gap_at_ms = 0
        self._last = 0

    def start(self) -> None:
        """Start ticking and forget earlier gaps."""
        self.longest_gap_ms = 0.0
        self.clock.start()
        self._last = 0
        self.timer.start()

    def stop(self) -> None:
        """Stop ticking."""
        self.timer.stop()

    def _on_timeout(self) -> None:
        now = self.clock.elapsed()
        if now - self._last > self.longest_gap_ms:
            self.longest_gap_ms = float(now - self._last)
            self.gap_at_ms = self._last
        self._last = now


class FirstPaint(QObject):
    """Quits ``loop`` when ``widget`` is painted for the first time after ``arm()``."""

    def __init__(self, widget: QWidget, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop
        self._armed = False
        self.at = 0.0
        widget.installEventFilter(self)

    def arm(self, _result: object = None) -> None:
        """Start waiting for the paint."""
        self._armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of the first paint after ``arm()`` and quit the loop."""
        if self._armed and event.type() == QEvent.Type.Paint and not self.at:
            # The paint itself has not run yet; it does once this filter returns.
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        if not self.at:
            self.at = time.perf_counter()
            self._loop.quit()


def _current_rss_mb() -> float:
    """Return the resident memory of this process now, from /proc (Linux), or 0 elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def make_body(work_dir: Path) -> Path:
    """Write the reply of ORDER_COUNT orders to ``work_dir`` and return its path."""
    body_file = work_dir / "orders.json"
    subprocess.run([sys.executable, "-c", _MAKE_BODY, str(BENCH_DIR), str(body_file),
                    str(ORDER_COUNT)], check=True)
    return body_file


def serve(body_file: Path) -> tuple[subprocess.Popen[str], int]:
    """Start bench/serve_body.py for ``body_file``; return the process and its port."""
    server = subprocess.Popen([sys.executable, str(BENCH_DIR / "serve_body.py"),
                               str(body_file)], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    return server, int(server.stdout.readline())


def open_window(app: QApplication, work_dir: Path, port: int) -> MainWindow:
    """Show the main window offscreen with a profile that points at the server on ``port``."""
    secrets = SecretStore(backend=fail.Keyring())
    secrets.use_session_only()
    services = build_services(app, work_dir / "config", dialogs=False, secrets=secrets)
    profile = Profile(id="bench", name="Bench", konnektive_base_url=f"http://127.0.0.1:{port}")
    services.profiles.save(profile)
    services.profiles.active_id = profile.id
    secrets.set(profile.id, "loginId", "bench")
    secrets.set(profile.id, "password", "bench")
    services.languages.apply("en")
    window = MainWindow(services)
    window.resize(1440, 860)
    window.show()
    app.processEvents()
    return window


def close(window: MainWindow, server: subprocess.Popen[str]) -> None:
    """Close the window, stop its worker threads and stop the reply server."""
    window.close()
    shutdown(window.services)
    server.terminate()
    server.wait()


def main() -> None:
    """Run the benchmark and print its figures."""
    work_dir = Path(tempfile.mkdtemp(prefix="kd-bench-"))
    body_file = make_body(work_dir)
    loads_s = float(subprocess.run([sys.executable, "-c", _TIME_LOADS, str(body_file)],
                                   check=True, capture_output=True, text=True).stdout)
    server, port = serve(body_file)

    app = QApplication(sys.argv[:1])
    window = open_window(app, work_dir, port)

    window.browser.select("/order/query/")
    assert window.form is not None
    window.form.editor("orderId").set_value("BENCH")
    before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    heartbeat = Heartbeat()
    loop = QEventLoop()
    painted = FirstPaint(window.response.table_page.table_view.viewport(), loop)
    window.controller.finished.connect(painted.arm)
    heartbeat.start()
    started = time.perf_counter()
    QTimer.singleShot(0, window.send)
    loop.exec()
    shown_s = painted.at - started
    # Keep ticking briefly so a stall right after the reply is shown is counted too.
    settle = QEventLoop()
    QTimer.singleShot(300, settle.quit)
    settle.exec()
    heartbeat.stop()
    result = window.response.result()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    current_mb = _current_rss_mb()

    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python "
          f"{platform.python_version()}, PySide6 {PySide6.__version__}")
    print(f"reply: {body_file.stat().st_size / 1e6:.1f} MB, {ORDER_COUNT} orders, "
          f"shown rows: {result.row_count if result else None}, kind: "
          f"{result.kind.value if result else None}")
    print(f"json.loads: {loads_s * 1000:.0f} ms (median of 3, separate process)")
    print(f"send to shown: {shown_s * 1000:.0f} ms; ratio {shown_s / loads_s:.2f} (goal <= 2)")
    print(f"longest GUI-thread gap: {heartbeat.longest_gap_ms:.0f} ms, starting "
          f"{heartbeat.gap_at_ms} ms after Send (goal <= 50)")
    print(f"peak memory: {peak_mb:.0f} MB (goal <= 150); {before_mb:.0f} MB before Send, "
          f"{current_mb:.0f} MB once shown")
    close(window, server)


if __name__ == "__main__":
    main()
