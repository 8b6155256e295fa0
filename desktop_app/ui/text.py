"""Helpers for translated texts with numbered placeholders."""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACEHOLDER_RE = re.compile(r"%(\d+)")


def fill_placeholders(template: str, args: Sequence[str]) -> str:
    """Replace ``%1``, ``%2`` … in an already translated ``template`` with ``args``.

    The replacement is done in one pass, so a value that itself contains ``%2``
    is not substituted again. A placeholder without a value stays as typed.
    """

    def _value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(args[number - 1]) if 0 < number <= len(args) else match.group(0)

    return _PLACEHOLDER_RE.sub(_value, template)
