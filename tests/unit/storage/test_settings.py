"""Tests for desktop_app.storage.settings."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from desktop_app.storage.settings import SETTINGS, Settings, find_spec

EXPECTED_DEFAULTS = {
    "language": "",
    "window_geometry": "",
    "window_state": "",
    "last_endpoint": "/order/query/",
    "confirm_writes": True,
    "history_limit": 500,
    "table_columns": "{}",
    "threeds_ref_fields": (
        "threeDStransactionId, paayTxnId, xid, 3DTxnResult, eci, cavv, dsTransId, acsTransId"
    ),
}


def write_settings(config_dir: Path, data: object) -> None:
    """Write settings.json with the given content."""
    config_dir.mkdir(exist_ok=True)
    (config_dir / "settings.json").write_text(json.dumps(data), encoding="utf-8")


def test_registry_keys_unique_and_complete() -> None:
    """SETTINGS declares each expected key once with a valid default."""
    keys = [spec.key for spec in SETTINGS]
    assert keys == list(EXPECTED_DEFAULTS)
    for spec in SETTINGS:
        assert spec.label
        assert spec.accepts(spec.default), spec.key


def test_defaults_without_file(config_dir: Path) -> None:
    """Without a file every setting has its default and nothing is written."""
    settings = Settings(config_dir)
    for key, default in EXPECTED_DEFAULTS.items():
        assert settings.get(key) == default
    assert not config_dir.exists()


def test_set_round_trip(config_dir: Path) -> None:
    """Set values survive a reload and the typed accessors return them."""
    settings = Settings(config_dir)
    settings.set("language", "ru")
    settings.set("confirm_writes", False)
    settings.set("history_limit", 20)
    settings.set("window_geometry", "AdnQywADAAAAAAAA")

    reloaded = Settings(config_dir)
    assert reloaded.get_str("language") == "ru"
    assert reloaded.get_bool("confirm_writes") is False
    assert reloaded.get_int("history_limit") == 20
    assert reloaded.get_str("window_geometry") == "AdnQywADAAAAAAAA"
    assert reloaded.get_str("last_endpoint") == "/order/query/"


def test_file_layout(config_dir: Path) -> None:
    """settings.json contains the version and only the values that were set."""
    settings = Settings(config_dir)
    settings.set("last_endpoint", "/customer/query/")
    data = json.loads(settings.path.read_text(encoding="utf-8"))
    assert data == {"version": 1, "values": {"last_endpoint": "/customer/query/"}}


def test_non_ascii_value_stored_as_utf8(config_dir: Path) -> None:
    """Non-ASCII values are stored as UTF-8."""
    settings = Settings(config_dir)
    settings.set("last_endpoint", "/заказ/")
    assert "/заказ/" in settings.path.read_text(encoding="utf-8")
    assert Settings(config_dir).get("last_endpoint") == "/заказ/"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("language", 1),
        ("confirm_writes", "yes"),
        ("confirm_writes", 1),
        ("history_limit", True),
        ("history_limit", "500"),
        ("history_limit", 2.5),
    ],
)
def test_set_wrong_type_raises(config_dir: Path, key: str, value: object) -> None:
    """Settings.set raises TypeError for a value of the wrong type."""
    settings = Settings(config_dir)
    with pytest.raises(TypeError, match=key):
        settings.set(key, value)
    assert settings.get(key) == EXPECTED_DEFAULTS[key]
    assert not settings.path.exists()


def test_set_below_minimum_raises(config_dir: Path) -> None:
    """Settings.set raises ValueError below the minimum."""
    settings = Settings(config_dir)
    with pytest.raises(ValueError, match="at least 0"):
        settings.set("history_limit", -1)
    settings.set("history_limit", 0)
    assert settings.get("history_limit") == 0


def test_unknown_key_raises(config_dir: Path) -> None:
    """Unknown keys raise KeyError."""
    settings = Settings(config_dir)
    with pytest.raises(KeyError, match="no_such_setting"):
        settings.get("no_such_setting")
    with pytest.raises(KeyError, match="no_such_setting"):
        settings.set("no_such_setting", "x")
    with pytest.raises(KeyError):
        find_spec("no_such_setting")


def test_typed_accessor_wrong_type(config_dir: Path) -> None:
    """A typed accessor for another type raises TypeError."""
    settings = Settings(config_dir)
    with pytest.raises(TypeError, match="bool setting"):
        settings.get_str("confirm_writes")
    with pytest.raises(TypeError, match="str setting"):
        settings.get_int("language")


def test_stored_wrong_type_uses_default(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Invalid stored values fall back to the default with one WARNING each."""
    write_settings(
        config_dir,
        {"version": 1, "values": {"confirm_writes": "no", "history_limit": -5, "language": "de"}},
    )
    with caplog.at_level(logging.WARNING):
        settings = Settings(config_dir)
    assert settings.get("confirm_writes") is True
    assert settings.get("history_limit") == 500
    assert settings.get("language") == "de"
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "'confirm_writes'" in warnings[0].getMessage()
    assert "'history_limit'" in warnings[1].getMessage()


def test_unknown_keys_kept(config_dir: Path) -> None:
    """Unknown keys survive a rewrite and a file without version is migrated."""
    write_settings(
        config_dir,
        {"version": 1, "values": {"future_option": [1, "два"]}, "future_section": {"a": 1}},
    )
    settings = Settings(config_dir)
    settings.set("language", "ru")
    data = json.loads(settings.path.read_text(encoding="utf-8"))
    assert data["values"] == {"future_option": [1, "два"], "language": "ru"}
    assert data["future_section"] == {"a": 1}


def test_corrupt_file_uses_defaults(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Invalid JSON is renamed aside and the defaults apply."""
    config_dir.mkdir()
    (config_dir / "settings.json").write_bytes(b"\xff\xfe not json")
    with caplog.at_level(logging.WARNING):
        settings = Settings(config_dir)
    assert "not valid JSON" in caplog.text
    assert settings.get("history_limit") == 500
    settings.set("history_limit", 10)
    assert Settings(config_dir).get("history_limit") == 10
    assert any(p.name.startswith("settings.json.corrupt-") for p in config_dir.iterdir())
