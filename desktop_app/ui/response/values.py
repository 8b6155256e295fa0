"""Text forms of parsed reply values, defined in ``desktop_app.api.values``.

The functions live in the API layer so that ``storage.export`` can use them without
importing widgets. This module keeps the import path that the response widgets used.
"""

from desktop_app.api.values import (
    LONG_TEXT_LIMIT,
    cell_text,
    compact_text,
    display_text,
    elided_text,
    is_container,
    path_text,
    to_json_text,
)

__all__ = [
    "LONG_TEXT_LIMIT",
    "cell_text",
    "compact_text",
    "display_text",
    "elided_text",
    "is_container",
    "path_text",
    "to_json_text",
]
