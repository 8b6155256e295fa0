"""Conversion of XML replies into nested dicts and lists.

Each element becomes a value: a leaf element without attributes becomes its text (a string,
never a number), and an element with children becomes a dict keyed by child tag. A tag that
appears more than once under the same parent becomes a list. Attributes are stored under
``@name`` keys, and text that sits beside child elements under ``#text``. Namespace URIs are
dropped from tag names.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

_HTML_START = re.compile(r"(?is)^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[\s?]")
_ROOT_TAG = re.compile(r"^\s*<([A-Za-z_][\w.:-]*)")

# Tags that start HTML fragments, such as the "<br />" in front of a PHP notice. A body that
# starts with one of them is not taken as an XML document.
_HTML_TAGS = frozenset(
    {"b", "br", "body", "div", "font", "h1", "h2", "head", "hr", "i", "p", "pre", "span", "table"}
)


class XmlReplyError(ValueError):
    """The text is not a well-formed XML document that this module accepts."""


def looks_like_html(text: str) -> bool:
    """Return whether the text starts like an HTML page (``<!DOCTYPE html`` or ``<html``)."""
    return _HTML_START.match(text) is not None


def looks_like_xml(text: str, content_type: str = "") -> bool:
    """Return whether the text should be parsed as an XML reply.

    True for text that starts with an XML declaration, and for text that starts with an
    element (not an HTML one) when the content type names XML or the element is a whole
    document that ends with its closing tag.

    Args:
        text: Reply text.
        content_type: Value of the Content-Type header, if any.
    """
    if looks_like_html(text):
        return False
    if _XML_DECLARATION.match(text):
        return True
    match = _ROOT_TAG.match(text)
    if match is None:
        return False
    tag = match.group(1)
    if tag.lower() in _HTML_TAGS:
        return False
    if "xml" in content_type.lower():
        return True
    closing = re.compile(r"</\s*" + re.escape(tag) + r"\s*>\s*$|/>\s*$")
    return closing.search(text) is not None


def parse_xml(text: str) -> Any:
    """Parse an XML reply into plain Python values.

    Returns:
        The converted root element: a dict for a root with children, else its text.

    Raises:
        XmlReplyError: The text is not well-formed XML, or it declares entities (rejected so
            that a reply cannot expand into a huge document).
    """
    if "<!ENTITY" in text.upper():
        raise XmlReplyError("XML replies with entity declarations are not accepted")
    try:
        root = ET.fromstring(text.strip())
    except ET.ParseError as exc:
        raise XmlReplyError(str(exc)) from exc
    return element_to_value(root)


def _local_name(tag: str) -> str:
    """Drop a ``{namespace}`` or ``prefix:`` part from a tag name."""
    if tag.startswith("{"):
        tag = tag.split("}", 1)[1]
    return tag.rsplit(":", 1)[-1]


def element_to_value(element: ET.Element) -> Any:
    """Convert one element and its children into dicts, lists and strings."""
    children = list(element)
    if not children and not element.attrib:
        return element.text or ""

    result: dict[str, Any] = {}
    for name, value in element.attrib.items():
        result["@" + _local_name(name)] = value

    for child in children:
        key = _local_name(child.tag)
        value = element_to_value(child)
        if key not in result:
            result[key] = value
        elif isinstance(result[key], _RepeatedTag):
            result[key].append(value)
        else:
            result[key] = _RepeatedTag([result[key], value])

    text = (element.text or "").strip()
    if text:
        result["#text"] = text
    return {
        key: list(value) if isinstance(value, _RepeatedTag) else value
        for key, value in result.items()
    }


class _RepeatedTag(list[Any]):
    """List built from a repeated tag, as opposed to a single child whose value is a list."""
