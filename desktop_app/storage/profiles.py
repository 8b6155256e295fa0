"""Connection profiles stored in ``profiles.json``; secrets are kept out of it.

A profile contains the base URLs and request options of one Konnektive account. Its
login and PAAY keys live in the system keyring (see ``SecretStore``) under the
profile's id. The built-in Demo profile is never written to the file.

File layout (version 1)::

    {"version": 1, "active_id": "<id>", "profiles": [{"id": "...", "name": "...", ...}]}

Unknown top-level keys and unknown keys inside a profile entry are kept when the
file is rewritten, so a newer release can add fields without an older one dropping
them. Entries that cannot be read are kept in the file as they are and not shown.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.storage.paths import move_aside, read_json_object, write_json_atomic
from desktop_app.storage.profile_model import (
    DEMO_PROFILE,
    DEMO_PROFILE_ID,
    Profile,
    ProfileError,
    demo_protected_error,
    validate_profile,
)

__all__ = [
    "DEMO_PROFILE",
    "DEMO_PROFILE_ID",
    "FILE_NAME",
    "FILE_VERSION",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "migrate",
    "profile_from_dict",
]

log = logging.getLogger(__name__)

FILE_NAME = "profiles.json"
FILE_VERSION = 1

_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "name": (str,),
    "konnektive_base_url": (str,),
    "paay_base_url": (str,),
    "paay_version": (str,),
    "add_response_type": (bool,),
    "is_sandbox": (bool,),
    "timeout_seconds": (int, float),
    "page_concurrency": (int,),
    "paay_result_path": (str,),
    "paay_browser_path": (str,),
    "paay_3ri_path": (str,),
    "paay_claim_layout": (str,),
    "paay_token_lifetime": (int,),
    "paay_claims_template": (str,),
}


def _migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    # Version 0 is a file written before the "version" key existed; the layout is the same.
    return {**data, "version": 1}


_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}
"""Upgrade step per file version: ``_MIGRATIONS[n]`` turns version n into version n + 1."""


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a loaded ``profiles.json`` object up to ``FILE_VERSION``.

    A file from a newer release is read as far as this release understands it.
    """
    version = data.get("version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        log.warning("%s has an invalid version %r; reading it as version 0", FILE_NAME, version)
        version = 0
    if version > FILE_VERSION:
        log.warning(
            "%s has version %d, newer than %d; fields this release does not know are kept as is",
            FILE_NAME,
            version,
            FILE_VERSION,
        )
        return data
    while version < FILE_VERSION:
        data = _MIGRATIONS[version](data)
        version += 1
    return data


def profile_from_dict(entry: dict[str, Any]) -> Profile:
    """Build a Profile from one stored entry, ignoring unknown keys.

    Raises:
        ValueError: A known key has a value of the wrong type, or ``id`` or ``name`` is missing.
    """
    known: dict[str, Any] = {}
    for key, types in _FIELD_TYPES.items():
        if key not in entry:
            continue
        value = entry[key]
        if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
            raise ValueError(f"{key} has the value {value!r} of type {type(value).__name__}")
        known[key] = value
    if isinstance(known.get("timeout_seconds"), int):
        known["timeout_seconds"] = float(known["timeout_seconds"])
    if "id" not in known or "name" not in known:
        raise ValueError("id or name is missing")
    return Profile(**known)


class ProfileStore:
    """Profiles of this user, kept in ``<config_dir>/profiles.json``.

    The file is read once in the constructor and rewritten atomically after every change.
    """

    def __init__(self, config_dir: Path) -> None:
        self._path = config_dir / FILE_NAME
        self._profiles: dict[str, Profile] = {}
        self._extra_keys: dict[str, dict[str, Any]] = {}
        self._unreadable_entries: list[Any] = []
        self._extra_top_level: dict[str, Any] = {}
        self._active_id = DEMO_PROFILE_ID
        self._load()

    @property
    def path(self) -> Path:
        """Path of ``profiles.json``."""
        return self._path

    def profiles(self) -> list[Profile]:
        """Return the Demo profile followed by the user's profiles sorted by name."""
        users = sorted(self._profiles.values(), key=lambda p: (p.name.casefold(), p.id))
        return [DEMO_PROFILE, *users]

    def get(self, profile_id: str) -> Profile:
        """Return the profile with this id.

        Raises:
            KeyError: No profile has this id.
        """
        if profile_id == DEMO_PROFILE_ID:
            return DEMO_PROFILE
        return self._profiles[profile_id]

    def save(self, profile: Profile) -> None:
        """Validate ``profile`` and add it, or replace the stored profile with the same id.

        Leading and trailing spaces are removed from the name before it is stored.

        Raises:
            ProfileError: A value is invalid or the profile is the Demo profile.
            OSError: The file could not be written; the store is left unchanged.
        """
        validate_profile(profile, self.profiles())
        profile = dataclasses.replace(profile, name=profile.name.strip())
        previous = self._profiles.get(profile.id)
        self._profiles[profile.id] = profile
        try:
            self._write()
        except OSError:
            if previous is None:
                del self._profiles[profile.id]
            else:
                self._profiles[profile.id] = previous
            raise

    def delete(self, profile_id: str) -> None:
        """Remove a profile; the active profile falls back to Demo if it was this one.

        The profile's secrets stay in the keyring; remove them with
        ``SecretStore.delete_profile``.

        Raises:
            ProfileError: ``profile_id`` is the Demo profile.
            KeyError: No profile has this id.
            OSError: The file could not be written; the store is left unchanged.
        """
        if profile_id == DEMO_PROFILE_ID:
            raise demo_protected_error()
        removed = self._profiles.pop(profile_id)
        extra = self._extra_keys.pop(profile_id, None)
        previous_active = self._active_id
        if self._active_id == profile_id:
            self._active_id = DEMO_PROFILE_ID
        try:
            self._write()
        except OSError:
            self._profiles[profile_id] = removed
            if extra is not None:
                self._extra_keys[profile_id] = extra
            self._active_id = previous_active
            raise

    def new_id(self) -> str:
        """Return a new random profile id (32 hex digits from uuid4)."""
        return uuid.uuid4().hex

    @property
    def active_id(self) -> str:
        """Id of the profile in use; Demo on first start or when the stored id no longer exists."""
        if self._active_id in self._profiles:
            return self._active_id
        return DEMO_PROFILE_ID

    @active_id.setter
    def active_id(self, profile_id: str) -> None:
        self.get(profile_id)  # raises KeyError for an unknown id
        if profile_id == self._active_id:
            return
        previous = self._active_id
        self._active_id = profile_id
        try:
            self._write()
        except OSError:
            self._active_id = previous
            raise

    def _load(self) -> None:
        try:
            data = read_json_object(self._path)
        except ValueError as exc:
            moved_to = move_aside(self._path)
            log.warning(
                "%s is not valid JSON (%s); moved it to %s and started with no profiles",
                self._path,
                exc,
                moved_to,
            )
            return
        if data is None:
            return

        data = migrate(data)
        entries = data.get("profiles", [])
        if not isinstance(entries, list):
            log.warning("%s: 'profiles' is not a list; ignoring it", self._path)
            entries = []
        for position, entry in enumerate(entries):
            self._load_entry(position, entry)

        active = data.get("active_id", DEMO_PROFILE_ID)
        self._active_id = active if isinstance(active, str) else DEMO_PROFILE_ID
        self._extra_top_level = {
            key: value
            for key, value in data.items()
            if key not in ("version", "active_id", "profiles")
        }

    def _load_entry(self, position: int, entry: Any) -> None:
        if not isinstance(entry, dict):
            log.warning("%s: profile entry %d is not an object; skipped", self._path, position)
            self._unreadable_entries.append(entry)
            return
        try:
            profile = profile_from_dict(entry)
            if profile.id in self._profiles:
                raise ValueError(f"id {profile.id!r} is used by an earlier entry")
            validate_profile(profile, [DEMO_PROFILE, *self._profiles.values()])
        except ValueError as exc:  # ProfileError is a ValueError too
            log.warning("%s: profile entry %d skipped: %s", self._path, position, exc)
            self._unreadable_entries.append(entry)
            return
        self._profiles[profile.id] = profile
        extra = {key: value for key, value in entry.items() if key not in _FIELD_TYPES}
        if extra:
            self._extra_keys[profile.id] = extra

    def _write(self) -> None:
        entries: list[Any] = []
        for profile in sorted(self._profiles.values(), key=lambda p: p.id):
            entry = dict(self._extra_keys.get(profile.id, {}))
            entry.update(dataclasses.asdict(profile))
            entries.append(entry)
        entries.extend(self._unreadable_entries)
        data = {
            **self._extra_top_level,
            "version": FILE_VERSION,
            "active_id": self._active_id,
            "profiles": entries,
        }
        write_json_atomic(self._path, data)
