"""One-line texts of server replies for problem details: messages, excerpts and HTML pages."""

from __future__ import annotations

import html
import ipaddress
import re
from typing import Any

_LINE_BREAK_TAG = re.compile(r"(?i)<(?:br|p|div|hr|/p|/div|/h\d)\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_HTML_TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")
_DETAIL_LIMIT = 500


def message_text(message: Any) -> str:
    """Return the server's message as one line of text, whatever its JSON shape."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message.strip()
    if isinstance(message, list):
        return "; ".join(message_text(item) for item in message)
    if isinstance(message, dict):
        return "; ".join(f"{key}: {message_text(value)}" for key, value in message.items())
    return str(message)


def find_ip(text: str) -> str:
    """Return the first IPv4 or IPv6 address in the text, or ``""``."""
    for token in re.split(r"[\s\-,;()\[\]]+", text):
        candidate = token.strip(".'\"")
        if not candidate:
            continue
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return ""


def plain_text(markup: str) -> str:
    """Strip tags and entities from an HTML fragment and join its lines."""
    text = _LINE_BREAK_TAG.sub(" ", markup)
    return " ".join(html.unescape(_TAG.sub("", text)).split())


def excerpt(text: str) -> str:
    """Return ``text`` on one line, cut after 500 characters with "…" added."""
    plain = " ".join(text.split())
    if len(plain) <= _DETAIL_LIMIT:
        return plain
    return plain[:_DETAIL_LIMIT] + "…"


def html_summary(text: str) -> str:
    """Return the page title of an HTML body, or the start of its text."""
    match = _HTML_TITLE.search(text)
    if match and match.group(1).strip():
        return plain_text(match.group(1))
    return excerpt(plain_text(text))
