"""Start Konnektive Desk: ``python -m desktop_app`` or the ``konnektive-desk`` command."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SMOKE_TIMEOUT_MS = 20_000


def _parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="konnektive-desk",
        description="Konnektive Desk: a desktop client for the Konnektive CRM API.")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start offscreen on the sandbox, send one /order/query/, print the "
                             "result kind and row count, and exit (0 when the query succeeded)")
    parser.add_argument("--lang", choices=("en", "ru"),
                        help="show the UI in this language instead of the saved choice")
    parser.add_argument("--screenshot", metavar="FILE",
                        help="save a PNG of the window after the first request and exit")
    parser.add_argument("--config-dir", metavar="DIR",
                        help="folder for settings, profiles, history and logs")
    return parser.parse_args(argv)


def _no_display() -> bool:
    """Tell whether Qt would find no screen: Linux without X11 or Wayland and no platform set."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    """Run the application and return its exit code."""
    args = _parse_args(sys.argv[1:] if argv is None else argv)
    headless = _no_display()
    if args.smoke_test or (args.screenshot and headless):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif headless:
        print("No display was found (DISPLAY and WAYLAND_DISPLAY are not set), so the window "
              "cannot open. Start Konnektive Desk from a desktop session, or try it without a "
              "window: konnektive-desk --smoke-test", file=sys.stderr)
        return 2

    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_window, setup_logging
    from desktop_app.storage.paths import default_config_dir

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Konnektive Desk")
    app.setOrganizationName("Konnektive Desk")
    config_dir = Path(args.config_dir) if args.config_dir else default_config_dir()
    if args.smoke_test and not args.config_dir:
        import tempfile

        config_dir = Path(tempfile.mkdtemp(prefix="konnektive-desk-smoke-"))
    setup_logging(config_dir)
    window = create_window(app, config_dir, dialogs=not args.smoke_test, language=args.lang)
    window.show()
    if args.smoke_test or args.screenshot:
        from desktop_app.api.records import RawRecords
        from desktop_app.app import shutdown
        from desktop_app.smoke import run_first_query

        result = run_first_query(app, window, timeout_ms=SMOKE_TIMEOUT_MS)
        if args.screenshot:
            window.grab().save(args.screenshot)
        window.close()
        app.processEvents()
        shutdown(window.services)
        if result is None:
            print("smoke test: no result within the time limit", file=sys.stderr)
            return 1
        # 200 orders take more than 256 KB, so the reply goes through msgspec's decoder and
        # keeps its records encoded, which checks that a bundle carries msgspec.
        storage = "encoded" if isinstance(result.rows, RawRecords) else "decoded"
        print(f"result kind: {result.kind.value}; rows: {result.row_count}; records: {storage}")
        return 0 if not result.kind.is_error and result.kind.value != "cancelled" else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
