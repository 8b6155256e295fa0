"""Tests for desktop_app.storage.paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.storage import paths
from desktop_app.storage.paths import default_config_dir, read_json_object, write_text_atomic


def test_env_override_wins(tmp_path: Path) -> None:
    """KONNEKTIVE_DESK_CONFIG_DIR overrides the platform directory."""
    environ = {"KONNEKTIVE_DESK_CONFIG_DIR": str(tmp_path / "x"), "APPDATA": "C:/AppData"}
    assert default_config_dir(environ=environ, platform="win32") == tmp_path / "x"
    assert default_config_dir(environ=environ, platform="linux") == tmp_path / "x"


def test_empty_env_override_ignored() -> None:
    """An empty KONNEKTIVE_DESK_CONFIG_DIR falls through to the platform directory."""
    environ = {"KONNEKTIVE_DESK_CONFIG_DIR": "", "XDG_CONFIG_HOME": "/xdg"}
    assert default_config_dir(environ=environ, platform="linux") == Path("/xdg/konnektive-desk")


def test_windows_uses_appdata(tmp_path: Path) -> None:
    """Windows uses the KonnektiveDesk folder under APPDATA."""
    environ = {"APPDATA": str(tmp_path)}
    assert default_config_dir(environ=environ, platform="win32") == tmp_path / "KonnektiveDesk"


def test_macos_application_support() -> None:
    """On macOS the directory is ~/Library/Application Support/KonnektiveDesk."""
    expected = Path.home() / "Library" / "Application Support" / "KonnektiveDesk"
    assert default_config_dir(environ={}, platform="darwin") == expected


def test_linux_xdg_and_fallback() -> None:
    """Linux uses $XDG_CONFIG_HOME, or ~/.config when it is unset or relative."""
    assert default_config_dir(environ={"XDG_CONFIG_HOME": "/xdg"}, platform="linux") == Path(
        "/xdg/konnektive-desk"
    )
    fallback = Path.home() / ".config" / "konnektive-desk"
    assert default_config_dir(environ={}, platform="linux") == fallback
    # Relative XDG values are ignored, as the XDG Base Directory specification requires.
    assert default_config_dir(environ={"XDG_CONFIG_HOME": "rel"}, platform="linux") == fallback


def test_default_config_dir_creates_nothing(tmp_path: Path) -> None:
    """default_config_dir() only computes the path."""
    target = tmp_path / "not-created"
    default_config_dir(environ={"KONNEKTIVE_DESK_CONFIG_DIR": str(target)})
    assert not target.exists()


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    """write_text_atomic replaces the file and leaves no temporary file."""
    target = tmp_path / "sub" / "file.json"
    write_text_atomic(target, "первый")
    write_text_atomic(target, "второй")
    assert target.read_text(encoding="utf-8") == "второй"
    assert os.listdir(target.parent) == ["file.json"]


def test_atomic_write_failure_keeps_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed rename keeps the old content and removes the temporary file."""
    target = tmp_path / "file.json"
    write_text_atomic(target, "old")

    def failing_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(paths.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["file.json"]


def test_read_json_object_missing_and_invalid(tmp_path: Path) -> None:
    """read_json_object returns None for a missing file and rejects non-objects."""
    assert read_json_object(tmp_path / "missing.json") is None
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="expected an object"):
        read_json_object(tmp_path / "list.json")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError):
        read_json_object(tmp_path / "broken.json")
