"""Run the sandbox in the foreground: ``python -m desktop_app.sandbox --port 8899``."""

from __future__ import annotations

import argparse
import logging
import threading

from desktop_app.sandbox import (
    DEFAULT_SEED,
    SANDBOX_LOGIN_ID,
    SANDBOX_PAAY_API_KEY,
    SANDBOX_PAAY_SECRET,
    SANDBOX_PASSWORD,
    SandboxServer,
)


def main(argv: list[str] | None = None) -> int:
    """Serve until Ctrl+C and return the exit status."""
    parser = argparse.ArgumentParser(
        prog="python -m desktop_app.sandbox",
        description="Fake Konnektive CRM API on 127.0.0.1 with seeded demo data.",
    )
    parser.add_argument(
        "--port", type=int, default=8899, help="TCP port, or 0 to let the OS choose (default 8899)"
    )
    parser.add_argument(
        "--latency-ms", type=int, default=0, help="delay added to every reply, in milliseconds"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        help=f"seed of the demo data (default {DEFAULT_SEED})",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args(argv)

    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )

    server = SandboxServer(port=args.port, seed=args.seed, latency_ms=args.latency_ms)
    try:
        server.start()
    except OSError as exc:
        print(f"Cannot listen on 127.0.0.1:{args.port}: {exc}. Try another --port.")
        return 1

    print(f"Konnektive sandbox at {server.base_url}")
    print(f"loginId: {SANDBOX_LOGIN_ID}")
    print(f"password: {SANDBOX_PASSWORD}")
    print(f"PAAY API under {server.base_url}/v2.2 and /v2, apiKey: {SANDBOX_PAAY_API_KEY}, "
          f"secret: {SANDBOX_PAAY_SECRET}")
    print("Press Ctrl+C to stop.")

    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        print("Stopping.")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
