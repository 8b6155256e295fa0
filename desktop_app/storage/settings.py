"""Application settings: a typed registry (``SETTINGS``) and a JSON store (``settings.json``).

Each setting is declared once in ``SETTINGS``; the settings UI is built from it.
Secrets never go here; they belong in ``SecretStore``.

File layout (version 1)::

    {"version": 1, "values": {"language": "ru", "confirm_writes": false, ...}}

Only values that were set are stored, so a setting left alone follows its default
in later releases. Unknown keys are kept when the file is rewritten. A file without
a ``version`` key has the same layout and is read as version 1.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from desktop_app.catalog.model import QT_TRANSLATE_NOOP
from desktop_app.storage.paths import move_aside, read_json_object, write_json_atomic

log = logging.getLogger(__name__)

TRANSLATION_CONTEXT = "Settings"
FILE_NAME = "settings.json"
FILE_VERSION = 1


@dataclass(frozen=True)
class SettingSpec:
    """Declaration of one setting.

    Attributes:
        key: Name in ``settings.json`` and in ``Settings.get``/``set``.
        type: Python type of the value: ``str``, ``bool``, ``int`` or ``float``.
        default: Value used until the user sets one.
        label: English label, marked for translation under the ``Settings`` context.
        minimum: Lowest accepted value of an ``int`` or ``float`` setting, if any.
    """

    key: str
    type: type
    default: object
    label: str
    minimum: float | None = None

    def validate(self, value: object) -> None:
        """Raise unless ``value`` has this setting's type and is not below ``minimum``.

        ``bool`` is not accepted for ``int`` or ``float`` settings, and an ``int`` is
        accepted for a ``float`` setting.

        Raises:
            TypeError: The value has another type.
            ValueError: The value is below ``minimum``.
        """
        if isinstance(value, bool) and self.type is not bool:
            type_ok = False
        elif self.type is float:
            type_ok = isinstance(value, int | float)
        else:
            type_ok = isinstance(value, self.type)
        if not type_ok:
            raise TypeError(
                f"Setting {self.key!r} needs a {self.type.__name__} value, "
                f"got {value!r} of type {type(value).__name__}."
            )
        if self.minimum is not None and isinstance(value, int | float) and value < self.minimum:
            raise ValueError(
                f"Setting {self.key!r} must be at least {self.minimum:g}, got {value!r}."
            )

    def accepts(self, value: object) -> bool:
        """Return whether ``validate`` would accept ``value``."""
        try:
            self.validate(value)
        except (TypeError, ValueError):
            return False
        return True


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec(
        "language",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Interface language (empty: follow the system)"),
    ),
    SettingSpec(
        "window_geometry",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Main window geometry (base64)"),
    ),
    SettingSpec(
        "window_state",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Main window toolbar and dock layout (base64)"),
    ),
    SettingSpec(
        "last_endpoint",
        str,
        "/order/query/",
        QT_TRANSLATE_NOOP("Settings", "Endpoint selected at start"),
    ),
    SettingSpec(
        "confirm_writes",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Ask for confirmation before requests that change data"),
    ),
    SettingSpec(
        "history_limit",
        int,
        500,
        QT_TRANSLATE_NOOP("Settings", "Number of requests kept in the history"),
        minimum=0,
    ),
    SettingSpec(
        "table_columns",
        str,
        "{}",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Hidden columns of the reply table per endpoint (JSON: endpoint key to column names)",
        ),
    ),
    SettingSpec(
        "threeds_ref_fields",
        str,
        "threeDStransactionId, paayTxnId, xid, 3DTxnResult, eci, cavv, dsTransId, acsTransId",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Field names, separated by commas, that hold 3-D Secure data in order and "
            "transaction rows",
        ),
    ),
)
"""Every setting of the application, in the order the settings UI shows them."""

SETTINGS_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SETTINGS}


def find_spec(key: str) -> SettingSpec:
    """Return the declaration of a setting.

    Raises:
        KeyError: No setting has this key.
    """
    try:
        return SETTINGS_BY_KEY[key]
    except KeyError:
        raise KeyError(
            f"Unknown setting {key!r}. Known settings: {', '.join(SETTINGS_BY_KEY)}."
        ) from None


class Settings:
    """Values of the settings in ``SETTINGS``, kept in ``<config_dir>/settings.json``.

    The file is read once in the constructor and rewritten atomically by every ``set``.
    A stored value of the wrong type is replaced by the default, with a WARNING log.
    """

    def __init__(self, config_dir: Path) -> None:
        self._path = config_dir / FILE_NAME
        self._values: dict[str, Any] = {}
        self._unknown_values: dict[str, Any] = {}
        self._extra_top_level: dict[str, Any] = {}
        self._load()

    @property
    def path(self) -> Path:
        """Path of ``settings.json``."""
        return self._path

    def get(self, key: str) -> object:
        """Return the value of a setting, or its default when it was never set.

        Raises:
            KeyError: No setting has this key.
        """
        spec = find_spec(key)
        return self._values.get(key, spec.default)

    def set(self, key: str, value: object) -> None:
        """Set a setting and write the file.

        Raises:
            KeyError: No setting has this key.
            TypeError: ``value`` does not have the setting's type.
            ValueError: ``value`` is below the setting's minimum.
            OSError: The file could not be written; the value is left unchanged.
        """
        find_spec(key).validate(value)

        had_value = key in self._values
        previous = self._values.get(key)
        self._values[key] = value
        try:
            self._write()
        except OSError:
            if had_value:
                self._values[key] = previous
            else:
                del self._values[key]
            raise

    def get_str(self, key: str) -> str:
        """Return a ``str`` setting.

        Raises:
            KeyError: No setting has this key.
            TypeError: The setting is not a ``str`` setting.
        """
        return cast(str, self._get_typed(key, str))

    def get_bool(self, key: str) -> bool:
        """Return a ``bool`` setting (raises like ``get_str``)."""
        return cast(bool, self._get_typed(key, bool))

    def get_int(self, key: str) -> int:
        """Return an ``int`` setting (raises like ``get_str``)."""
        return cast(int, self._get_typed(key, int))

    def _get_typed(self, key: str, expected: type) -> object:
        spec = find_spec(key)
        if spec.type is not expected:
            raise TypeError(
                f"Setting {key!r} is a {spec.type.__name__} setting, not {expected.__name__}."
            )
        return self.get(key)

    def _load(self) -> None:
        try:
            data = read_json_object(self._path)
        except ValueError as exc:
            moved_to = move_aside(self._path)
            log.warning(
                "%s is not valid JSON (%s); moved it to %s and started with defaults",
                self._path,
                exc,
                moved_to,
            )
            return
        if data is None:
            return

        version = data.get("version", 0)
        if isinstance(version, int) and not isinstance(version, bool) and version > FILE_VERSION:
            log.warning(
                "%s has version %d, newer than %d; reading the settings this release knows",
                self._path,
                version,
                FILE_VERSION,
            )
        values = data.get("values", {})
        if not isinstance(values, dict):
            log.warning("%s: 'values' is not an object; using defaults", self._path)
            values = {}
        self._extra_top_level = {
            key: value for key, value in data.items() if key not in ("version", "values")
        }

        for key, value in values.items():
            spec = SETTINGS_BY_KEY.get(key)
            if spec is None:
                self._unknown_values[key] = value
            elif spec.accepts(value):
                self._values[key] = value
            else:
                log.warning(
                    "%s: setting %r has the invalid value %r (expected %s); using the default %r",
                    self._path,
                    key,
                    value,
                    spec.type.__name__,
                    spec.default,
                )

    def _write(self) -> None:
        data = {
            **self._extra_top_level,
            "version": FILE_VERSION,
            "values": {**self._unknown_values, **self._values},
        }
        write_json_atomic(self._path, data)
