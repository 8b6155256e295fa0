"""Send one real /order/query/ through the window on the sandbox (smoke test, screenshots)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.api.result import ApiResult
from desktop_app.storage.profiles import DEMO_PROFILE_ID
from desktop_app.ui.main_window import MainWindow

SMOKE_ENDPOINT = "/order/query/"
SMOKE_VALUES = {"startDate": "01/01/2000", "endDate": "12/31/2099", "resultsPerPage": "200"}


def run_first_query(app: QApplication, window: MainWindow,
                    timeout_ms: int) -> ApiResult | None:
    """Send /order/query/ with the demo profile through the window's worker path.

    Returns:
        The result shown in the window, or None when none arrived within ``timeout_ms``
        or the form did not validate.
    """
    window.services.profiles.active_id = DEMO_PROFILE_ID
    window.reload_profiles()
    window.browser.select(SMOKE_ENDPOINT)
    form = window.form
    if form is None or form.endpoint.key != SMOKE_ENDPOINT:
        return None
    for name, value in SMOKE_VALUES.items():
        form.editor(name).set_value(value)
    results: list[ApiResult] = []
    loop = QEventLoop()
    window.controller.finished.connect(results.append)
    window.controller.finished.connect(loop.quit)
    window.controller.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    QTimer.singleShot(0, window.send)
    loop.exec()
    app.processEvents()
    return results[0] if results else None
