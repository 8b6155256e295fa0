"""Compare the start of the PyInstaller bundle with ``python -m desktop_app``.

Usage: ``.venv/bin/python bench/bench_bundle_start.py [--runs N]`` after
``bash packaging/linux/build.sh``.

Both programs run ``--smoke-test`` offscreen: start, show the window on the built-in
sandbox, send one ``/order/query/``, print the result and exit. The script takes the
wall time of the whole process, alternating the two programs, after one warm-up run
of each. It prints the medians, their ratio, the sizes of the bundle folder and the
``.tar.gz``, and the machine. The wall time includes the sandbox start and the query,
which are the same for both programs, so the ratio is closer to 1 than a ratio of
start-up times alone would be.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_DIR = ROOT / "dist" / "konnektive-desk"
BUNDLE_EXE = BUNDLE_DIR / "konnektive-desk"


def run_once(command: list[str]) -> float:
    """Run ``command`` offscreen and return its wall time in seconds.

    Raises:
        RuntimeError: The command exited with a non-zero code.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited with {completed.returncode}: {completed.stderr[-500:]}")
    return elapsed


def machine_lines() -> list[str]:
    """Return the platform, CPU count, Python and PySide6 versions, one per line."""
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        f"platform: {platform.platform()}",
        f"CPUs: {os.cpu_count()}",
        f"Python: {platform.python_version()}",
        f"PySide6: {PySide6.__version__} (Qt {qVersion()})",
    ]


def folder_bytes(folder: Path) -> int:
    """Return the total size of the regular files under ``folder``, symlinks not followed."""
    return sum(path.stat().st_size for path in folder.rglob("*")
               if path.is_file() and not path.is_symlink())


def main() -> int:
    """Measure both programs and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="measured runs of each program")
    args = parser.parse_args()
    if not BUNDLE_EXE.is_file():
        print(f"{BUNDLE_EXE} not found; run: bash packaging/linux/build.sh", file=sys.stderr)
        return 1

    with open(ROOT / "pyproject.toml", "rb") as pyproject:
        version = tomllib.load(pyproject)["project"]["version"]
    archive = ROOT / "dist" / f"konnektive-desk-{version}-linux-x86_64.tar.gz"

    commands = {
        "bundle": [str(BUNDLE_EXE), "--smoke-test"],
        "python -m desktop_app": [sys.executable, "-m", "desktop_app", "--smoke-test"],
    }
    for command in commands.values():
        run_once(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(run_once(command))

    bundle_median = statistics.median(times["bundle"])
    source_median = statistics.median(times["python -m desktop_app"])
    print(f"| measure | result ({args.runs} runs) |")
    print("| --- | --- |")
    for name, values in times.items():
        print(f"| `--smoke-test` wall time, {name} | median {statistics.median(values):.2f} s "
              f"(min {min(values):.2f}, max {max(values):.2f}) |")
    print(f"| ratio bundle / python -m desktop_app | {bundle_median / source_median:.2f} |")
    print(f"| bundle folder | {folder_bytes(BUNDLE_DIR) / 1e6:.1f} MB |")
    if archive.is_file():
        print(f"| {archive.name} | {archive.stat().st_size / 1e6:.1f} MB |")
    print()
    print("\n".join(machine_lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
