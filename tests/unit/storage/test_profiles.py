"""Tests for desktop_app.storage.profiles."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from desktop_app.catalog.validation import fill_placeholders
from desktop_app.storage import paths
from desktop_app.storage.profiles import (
    DEMO_PROFILE_ID,
    Profile,
    ProfileError,
    ProfileStore,
)


def make_profile(store: ProfileStore, name: str = "Main store", **changes: Any) -> Profile:
    """Return a new user profile with a fresh id and the given field values."""
    profile = Profile(id=store.new_id(), name=name)
    return dataclasses.replace(profile, **changes)


def read_file(store: ProfileStore) -> dict[str, Any]:
    """Return the parsed profiles.json of a store."""
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_demo_profile_present_on_first_start(config_dir: Path) -> None:
    """A new store lists only the Demo profile, active, and writes nothing."""
    store = ProfileStore(config_dir)
    profiles = store.profiles()
    assert [p.id for p in profiles] == [DEMO_PROFILE_ID]
    assert profiles[0].name == "Demo (sandbox)"
    assert profiles[0].is_sandbox is True
    assert store.active_id == DEMO_PROFILE_ID
    assert not config_dir.exists()


def test_round_trip_all_fields(config_dir: Path) -> None:
    """Every field survives a save and a reload."""
    store = ProfileStore(config_dir)
    profile = make_profile(
        store,
        konnektive_base_url="http://127.0.0.1:8080/api",
        paay_base_url="https://paay.example.test",
        paay_version="v2",
        add_response_type=False,
        timeout_seconds=12.5,
        page_concurrency=16,
    )
    store.save(profile)

    reloaded = ProfileStore(config_dir)
    assert reloaded.get(profile.id) == profile
    assert reloaded.profiles() == [reloaded.get(DEMO_PROFILE_ID), profile]


def test_demo_first_then_sorted_by_name(config_dir: Path) -> None:
    """Demo comes first, then user profiles sorted by name ignoring case."""
    store = ProfileStore(config_dir)
    for name in ("beta", "Alpha", "Гамма", "delta"):
        store.save(make_profile(store, name))
    names = [p.name for p in ProfileStore(config_dir).profiles()]
    assert names == ["Demo (sandbox)", "Alpha", "beta", "delta", "Гамма"]


def test_cyrillic_name_round_trip(config_dir: Path) -> None:
    """A Cyrillic name is stored as UTF-8 and read back unchanged."""
    store = ProfileStore(config_dir)
    profile = make_profile(store, "Магазин «Ёлка»")
    store.save(profile)
    text = store.path.read_text(encoding="utf-8")
    assert "Магазин «Ёлка»" in text  # stored as UTF-8, not as \u escapes
    assert ProfileStore(config_dir).get(profile.id).name == "Магазин «Ёлка»"


def test_file_has_version_and_no_demo(config_dir: Path) -> None:
    """profiles.json carries version 1 and never the Demo profile."""
    store = ProfileStore(config_dir)
    store.save(make_profile(store))
    data = read_file(store)
    assert data["version"] == 1
    assert isinstance(data["profiles"], list)
    assert all(entry["id"] != DEMO_PROFILE_ID for entry in data["profiles"])


def test_demo_cannot_be_saved_or_deleted(config_dir: Path) -> None:
    """Saving or deleting the Demo profile raises ProfileError."""
    store = ProfileStore(config_dir)
    demo = store.get(DEMO_PROFILE_ID)
    with pytest.raises(ProfileError, match="Demo \\(sandbox\\)") as saved:
        store.save(dataclasses.replace(demo, timeout_seconds=5.0))
    assert saved.value.field == "id"
    with pytest.raises(ProfileError, match="cannot be changed or deleted"):
        store.delete(DEMO_PROFILE_ID)
    assert store.get(DEMO_PROFILE_ID) == demo


def test_user_profile_cannot_be_sandbox(config_dir: Path) -> None:
    """Only the Demo profile may have is_sandbox set."""
    store = ProfileStore(config_dir)
    with pytest.raises(ProfileError, match="is_sandbox") as error:
        store.save(make_profile(store, is_sandbox=True))
    assert error.value.field == "is_sandbox"


@pytest.mark.parametrize(
    ("changes", "field", "shown_value"),
    [
        ({"name": "   "}, "name", "Enter a name"),
        ({"konnektive_base_url": "ftp://api.example.test"}, "konnektive_base_url", "ftp://"),
        ({"konnektive_base_url": "https://"}, "konnektive_base_url", '"https://"'),
        ({"konnektive_base_url": "api.konnektive.com"}, "konnektive_base_url", "api.konn"),
        ({"paay_base_url": "http://host:99999"}, "paay_base_url", "host:99999"),
        ({"paay_base_url": "https://exa mple.test"}, "paay_base_url", "exa mple"),
        ({"paay_version": "v3"}, "paay_version", '"v3"'),
        ({"timeout_seconds": 0.0}, "timeout_seconds", "0.0"),
        ({"timeout_seconds": float("nan")}, "timeout_seconds", "nan"),
        ({"page_concurrency": 0}, "page_concurrency", "concurrency 0"),
        ({"page_concurrency": 17}, "page_concurrency", "concurrency 17"),
        ({"id": "bad id!"}, "id", "bad id!"),
    ],
)
def test_validation_names_bad_value(
    config_dir: Path, changes: dict[str, Any], field: str, shown_value: str
) -> None:
    """Each invalid value raises ProfileError naming the field and the value."""
    store = ProfileStore(config_dir)
    with pytest.raises(ProfileError) as error:
        store.save(make_profile(store, **changes))
    assert error.value.field == field
    assert shown_value in str(error.value)
    assert not store.path.exists()


def test_validation_message_has_template(config_dir: Path) -> None:
    """ProfileError carries a translatable template and its values."""
    store = ProfileStore(config_dir)
    with pytest.raises(ProfileError) as error:
        store.save(make_profile(store, paay_version="v9"))
    assert "%1" in error.value.template
    assert error.value.values == ("v9",)
    assert isinstance(error.value, ValueError)


def test_duplicate_name_case_insensitive(config_dir: Path) -> None:
    """Names must be unique ignoring case, the Demo name included."""
    store = ProfileStore(config_dir)
    first = make_profile(store, "Магазин")
    store.save(first)
    with pytest.raises(ProfileError, match='"МАГАЗИН" already exists') as error:
        store.save(make_profile(store, "МАГАЗИН"))
    assert error.value.field == "name"
    with pytest.raises(ProfileError, match="already exists"):
        store.save(make_profile(store, "demo (SANDBOX)"))
    # Saving the same profile again under its own name is a replace, not a duplicate.
    store.save(dataclasses.replace(first, name="магазин", timeout_seconds=5.0))
    assert store.get(first.id).timeout_seconds == 5.0


def test_name_is_stripped(config_dir: Path) -> None:
    """Surrounding spaces are removed from the stored name."""
    store = ProfileStore(config_dir)
    profile = make_profile(store, "  Shop  ")
    store.save(profile)
    assert store.get(profile.id).name == "Shop"


def test_delete_and_missing(config_dir: Path) -> None:
    """ProfileStore.delete removes a profile; unknown ids raise KeyError."""
    store = ProfileStore(config_dir)
    profile = make_profile(store)
    store.save(profile)
    store.delete(profile.id)
    with pytest.raises(KeyError):
        store.get(profile.id)
    with pytest.raises(KeyError):
        store.delete(profile.id)
    assert [p.id for p in ProfileStore(config_dir).profiles()] == [DEMO_PROFILE_ID]


def test_active_id_persisted(config_dir: Path) -> None:
    """active_id is written to the file; unknown ids are rejected."""
    store = ProfileStore(config_dir)
    profile = make_profile(store)
    store.save(profile)
    store.active_id = profile.id
    assert ProfileStore(config_dir).active_id == profile.id
    with pytest.raises(KeyError):
        store.active_id = "no-such-profile"
    assert store.active_id == profile.id


def test_active_id_falls_back_to_demo(config_dir: Path) -> None:
    """active_id returns Demo when the stored id no longer exists."""
    store = ProfileStore(config_dir)
    profile = make_profile(store)
    store.save(profile)
    store.active_id = profile.id
    store.delete(profile.id)
    assert store.active_id == DEMO_PROFILE_ID

    data = read_file(store)
    data["active_id"] = "vanished"
    store.path.write_text(json.dumps(data), encoding="utf-8")
    assert ProfileStore(config_dir).active_id == DEMO_PROFILE_ID


def test_new_id_is_uuid_hex(config_dir: Path) -> None:
    """new_id returns distinct 32-digit hex strings."""
    store = ProfileStore(config_dir)
    first, second = store.new_id(), store.new_id()
    assert len(first) == 32
    assert int(first, 16) >= 0
    assert first != second


def test_unknown_keys_kept(config_dir: Path) -> None:
    """Unknown keys survive a rewrite and a file without version is migrated."""
    config_dir.mkdir()
    profile_entry = {
        "id": "abc",
        "name": "Shop",
        "future_option": [1, 2],
    }
    data = {"profiles": [profile_entry], "future_top": {"x": 1}}  # no "version": version 0
    (config_dir / "profiles.json").write_text(json.dumps(data), encoding="utf-8")

    store = ProfileStore(config_dir)
    assert store.get("abc") == Profile(id="abc", name="Shop")
    store.save(dataclasses.replace(store.get("abc"), timeout_seconds=9.0))

    written = read_file(store)
    assert written["version"] == 1
    assert written["future_top"] == {"x": 1}
    assert isinstance(written["profiles"], list)
    assert written["profiles"][0]["future_option"] == [1, 2]
    assert written["profiles"][0]["timeout_seconds"] == 9.0


def test_unreadable_entry_skipped_and_kept(
    config_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An invalid entry is hidden, logged and written back unchanged."""
    config_dir.mkdir()
    bad_entry = {"id": "bad", "name": "Bad", "page_concurrency": "many"}
    data = {"version": 1, "profiles": [bad_entry, {"id": "ok", "name": "Good"}]}
    (config_dir / "profiles.json").write_text(json.dumps(data), encoding="utf-8")

    with caplog.at_level(logging.WARNING):
        store = ProfileStore(config_dir)
    assert "profile entry 0 skipped" in caplog.text
    assert [p.id for p in store.profiles()] == [DEMO_PROFILE_ID, "ok"]

    store.save(make_profile(store, "Another"))
    assert bad_entry in read_file(store)["profiles"]


def test_corrupt_file_moved_aside(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Invalid JSON is renamed aside and the store starts empty."""
    config_dir.mkdir()
    (config_dir / "profiles.json").write_text('{"version": 1, "profiles": [', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        store = ProfileStore(config_dir)
    assert "not valid JSON" in caplog.text
    assert [p.id for p in store.profiles()] == [DEMO_PROFILE_ID]
    moved = [name for name in os.listdir(config_dir) if name.startswith("profiles.json.corrupt-")]
    assert len(moved) == 1


def test_save_is_atomic_on_failure(config_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed write leaves the old file and the in-memory profiles unchanged."""
    store = ProfileStore(config_dir)
    existing = make_profile(store, "Existing")
    store.save(existing)
    before = store.path.read_bytes()

    def failing_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(paths.os, "replace", failing_replace)
    lost = make_profile(store, "Lost")
    with pytest.raises(OSError, match="disk full"):
        store.save(lost)

    assert store.path.read_bytes() == before
    assert sorted(os.listdir(config_dir)) == ["profiles.json"]  # no temp file left
    with pytest.raises(KeyError):
        store.get(lost.id)  # the in-memory state was rolled back too


def test_file_never_contains_secret_fields(config_dir: Path) -> None:
    """profiles.json contains no secret field names."""
    store = ProfileStore(config_dir)
    store.save(make_profile(store))
    text = store.path.read_text(encoding="utf-8")
    for field in ("loginId", "password", "paayApiKey", "paaySecret"):
        assert field not in text


def test_fill_placeholders_single_pass() -> None:
    """Values are inserted once, and placeholders without a value stay."""
    assert fill_placeholders("%1 and %2", ("%2", "b")) == "%2 and b"
    assert fill_placeholders("%1 %3", ("a",)) == "a %3"


def test_duplicate_id_in_file_skipped(config_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A second entry with an id already loaded is skipped and kept in the file."""
    config_dir.mkdir()
    second = {"id": "same", "name": "Second"}
    data = {"version": 1, "profiles": [{"id": "same", "name": "First"}, second]}
    (config_dir / "profiles.json").write_text(json.dumps(data), encoding="utf-8")

    with caplog.at_level(logging.WARNING):
        store = ProfileStore(config_dir)
    assert "used by an earlier entry" in caplog.text
    assert store.get("same").name == "First"

    store.save(make_profile(store, "Third"))
    assert second in read_file(store)["profiles"]
