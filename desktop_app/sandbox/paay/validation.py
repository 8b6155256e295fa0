"""Checks of the JSON bodies that start a PAAY authentication in the sandbox.

Each check returns a list of English problems, empty when the body is acceptable. The checks
cover the fields and JSON types that PAAY's public samples show: ``pan``, ``month`` and
``year`` as text, ``amount`` as a number and the browser flags as booleans.
"""

from __future__ import annotations

import re
from typing import Any

_PAN = re.compile(r"\d{12,19}")
_TWO_DIGITS = re.compile(r"\d{1,2}")
_BROWSER_FLAGS = ("browserJavaEnabled", "browserJavaScriptEnabled")
_THREE_RI_INDICATORS = tuple(f"{number:02d}" for number in range(1, 12))


def check_browser(body: dict[str, Any]) -> list[str]:
    """Return the problems of a ``/authenticate/browser`` body."""
    problems = _check_card(body)
    browser = body.get("browser")
    if browser is not None:
        if not isinstance(browser, dict):
            problems.append("browser must be a JSON object")
        else:
            for flag in _BROWSER_FLAGS:
                if flag in browser and not isinstance(browser[flag], bool):
                    problems.append(f"browser.{flag} must be true or false")
    return problems


def check_3ri(body: dict[str, Any]) -> list[str]:
    """Return the problems of a ``/authenticate/3ri`` body."""
    problems = _check_card(body)
    if body.get("threeRIInd") not in _THREE_RI_INDICATORS:
        problems.append("threeRIInd must be a two-digit code from 01 to 11")
    version = body.get("protocolVersion")
    if version is not None and version != "2.2.0":
        problems.append("3RI needs protocolVersion 2.2.0")
    if "browser" in body:
        problems.append("A 3RI request has no browser object")
    return problems


def _check_card(body: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    pan = body.get("pan")
    if not isinstance(pan, str) or _PAN.fullmatch(pan) is None:
        problems.append("pan must be a string of 12 to 19 digits")
    month = body.get("month")
    if not isinstance(month, str) or not _TWO_DIGITS.fullmatch(month) or not 1 <= int(month) <= 12:
        problems.append("month must be a string from 01 to 12")
    year = body.get("year")
    if not isinstance(year, str) or not _TWO_DIGITS.fullmatch(year):
        problems.append("year must be a string of two digits")
    amount = body.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, int | float) or amount < 0:
        problems.append("amount must be a JSON number of 0 or more")
    return problems
