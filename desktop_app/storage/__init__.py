"""Profiles, keyring secrets, settings and request history; no widgets."""

from desktop_app.storage.history import History, HistoryEntry, redact_request, utc_timestamp
from desktop_app.storage.paths import default_config_dir
from desktop_app.storage.profiles import (
    DEMO_PROFILE_ID,
    Profile,
    ProfileError,
    ProfileStore,
)
from desktop_app.storage.secrets import SECRET_FIELDS, KeyringUnavailable, SecretStore
from desktop_app.storage.settings import SETTINGS, Settings, SettingSpec, find_spec

__all__ = [
    "DEMO_PROFILE_ID",
    "SECRET_FIELDS",
    "SETTINGS",
    "History",
    "HistoryEntry",
    "KeyringUnavailable",
    "Profile",
    "ProfileError",
    "ProfileStore",
    "SecretStore",
    "SettingSpec",
    "Settings",
    "default_config_dir",
    "find_spec",
    "redact_request",
    "utc_timestamp",
]
