"""Location of the configuration directory and atomic file helpers shared by the stores."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

CONFIG_DIR_ENV = "KONNEKTIVE_DESK_CONFIG_DIR"
"""Environment variable that overrides the configuration directory."""

_WINDOWS_DIR_NAME = "KonnektiveDesk"
_MACOS_DIR_NAME = "KonnektiveDesk"
_LINUX_DIR_NAME = "konnektive-desk"


def default_config_dir(
    *, environ: Mapping[str, str] | None = None, platform: str | None = None
) -> Path:
    r"""Return the directory for profiles, settings and history.

    ``KONNEKTIVE_DESK_CONFIG_DIR`` wins when set and not empty. Otherwise the platform's
    per-user configuration directory is used: ``%APPDATA%\KonnektiveDesk`` on Windows,
    ``~/Library/Application Support/KonnektiveDesk`` on macOS and
    ``$XDG_CONFIG_HOME/konnektive-desk`` (``~/.config`` when unset) elsewhere.
    The directory is not created here; the stores create it on their first write.

    Args:
        environ: Environment to read instead of ``os.environ`` (for tests).
        platform: Value to use instead of ``sys.platform`` (for tests).

    Returns:
        An absolute path.
    """
    env = os.environ if environ is None else environ
    platform_name = sys.platform if platform is None else platform

    override = env.get(CONFIG_DIR_ENV, "")
    if override:
        return Path(override).expanduser().absolute()

    home = Path.home()
    if platform_name.startswith("win"):
        appdata = env.get("APPDATA", "")
        base = Path(appdata) if appdata else home / "AppData" / "Roaming"
        return (base / _WINDOWS_DIR_NAME).absolute()
    if platform_name == "darwin":
        return home / "Library" / "Application Support" / _MACOS_DIR_NAME

    # The XDG Base Directory specification requires relative values to be ignored.
    xdg_config = env.get("XDG_CONFIG_HOME", "")
    base = Path(xdg_config) if xdg_config and Path(xdg_config).is_absolute() else home / ".config"
    return base / _LINUX_DIR_NAME


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text so that readers see either the old file or the complete new one.

    The text goes to a temporary file in the same directory, which is flushed to disk
    and then renamed over ``path`` with ``os.replace``. Missing parent directories are
    created. The temporary file is removed if anything fails.

    Raises:
        OSError: The directory or the file could not be written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, data: Mapping[str, Any]) -> None:
    """Write ``data`` as indented UTF-8 JSON (non-ASCII kept as is) with ``write_text_atomic``."""
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read_json_object(path: Path) -> dict[str, Any] | None:
    """Read a JSON object from ``path``.

    Returns:
        The object, or None when the file does not exist.

    Raises:
        ValueError: The file is not UTF-8, not JSON, or its top level is not an object.
        OSError: The file exists but could not be read.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    data = json.loads(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"top level is {type(data).__name__}, expected an object")
    return data


def move_aside(path: Path) -> Path | None:
    """Rename an unreadable file to ``<name>.corrupt-<UTC time>`` so a new one can be written.

    Returns:
        The new path, or None when the rename failed (the failure is logged).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    try:
        os.replace(path, target)
    except OSError as exc:
        log.error("Could not rename unreadable file %s to %s: %s", path, target, exc)
        return None
    return target
