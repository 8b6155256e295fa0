"""Hidden columns of the reply table, remembered per endpoint in the settings."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from desktop_app.storage.settings import Settings

log = logging.getLogger(__name__)

COLUMNS_SETTING = "table_columns"
"""Setting that stores the hidden columns per endpoint key as JSON."""


def remembered_hidden(settings: Settings | None, endpoint_key: str) -> set[str]:
    """Return the names of the columns hidden for ``endpoint_key``."""
    stored = _stored_columns(settings, endpoint_key)
    hidden = stored.get(endpoint_key, {}).get("hidden", [])
    return {name for name in hidden if isinstance(name, str)}


def remember_hidden(settings: Settings | None, endpoint_key: str, names: Sequence[str],
                    visible: Sequence[bool]) -> None:
    """Store which of the columns ``names`` are hidden for ``endpoint_key``."""
    if settings is None or not endpoint_key:
        return
    stored = _stored_columns(settings, endpoint_key)
    # Columns of other replies to the same endpoint (a filtered view has other
    # columns) keep their state.
    others = [name for name in remembered_hidden(settings, endpoint_key) if name not in names]
    hidden = others + [name for name, shown in zip(names, visible, strict=True) if not shown]
    stored[endpoint_key] = {"hidden": sorted(set(hidden))}
    try:
        settings.set(COLUMNS_SETTING, json.dumps(stored, ensure_ascii=False))
    except OSError:
        log.exception("Could not save the table columns of %s", endpoint_key)


def _stored_columns(settings: Settings | None,
                    endpoint_key: str) -> dict[str, dict[str, list[str]]]:
    if settings is None or not endpoint_key:
        return {}
    try:
        stored = json.loads(settings.get_str(COLUMNS_SETTING))
    except ValueError:
        log.warning("The %s setting is not valid JSON; ignoring it", COLUMNS_SETTING)
        return {}
    if not isinstance(stored, dict):
        return {}
    return {key: value for key, value in stored.items() if isinstance(value, dict)}
