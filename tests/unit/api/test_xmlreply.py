"""xmlreply: XML replies as nested dicts and lists, and telling XML from HTML."""

from __future__ import annotations

import pytest

from desktop_app.api.xmlreply import XmlReplyError, looks_like_html, looks_like_xml, parse_xml


def test_leaf_text_stays_string() -> None:
    """Leaf text is kept as a string, leading zeros included."""
    value = parse_xml("<order><postalCode>02134</postalCode><qty>1</qty></order>")

    assert value == {"postalCode": "02134", "qty": "1"}


def test_repeated_tags_become_list() -> None:
    """A tag repeated under one parent becomes a list in document order."""
    value = parse_xml("<data><order><id>1</id></order><order><id>2</id></order></data>")

    assert value == {"order": [{"id": "1"}, {"id": "2"}]}


def test_single_child_is_not_list() -> None:
    """A tag that appears once stays a single value."""
    value = parse_xml("<data><order><id>1</id></order></data>")

    assert value == {"order": {"id": "1"}}


def test_attributes_and_mixed_text() -> None:
    """Attributes go under @name and text beside children under #text."""
    value = parse_xml('<item id="55" currency="USD">Serum<qty>1</qty></item>')

    assert value == {"@id": "55", "@currency": "USD", "qty": "1", "#text": "Serum"}


def test_empty_element_is_empty_string() -> None:
    """An empty leaf element becomes an empty string."""
    assert parse_xml("<response><message/></response>") == {"message": ""}


def test_namespaces_dropped() -> None:
    """Namespace URIs are removed from tag names."""
    value = parse_xml('<r xmlns="urn:x"><result>SUCCESS</result></r>')

    assert value == {"result": "SUCCESS"}


def test_entity_declaration_rejected() -> None:
    """A document that declares entities is rejected."""
    body = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>'

    with pytest.raises(XmlReplyError):
        parse_xml(body)


def test_malformed_xml_raises() -> None:
    """Text that is not well-formed raises XmlReplyError."""
    with pytest.raises(XmlReplyError):
        parse_xml("<response><result>SUCCESS</response>")


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html></html>",
        "  <html lang='en'><body></body></html>",
        "<!-- gateway --><!doctype HTML><html></html>",
    ],
)
def test_html_detected(text: str) -> None:
    """HTML documents are recognised and not taken as XML."""
    assert looks_like_html(text)
    assert not looks_like_xml(text, "text/xml")


@pytest.mark.parametrize(
    ("text", "content_type", "expected"),
    [
        ('<?xml version="1.0"?><response/>', "", True),
        ("<response><result>SUCCESS</result></response>", "text/html", True),
        ("<response><result>SUCCESS</result>", "application/xml", True),
        ("<response><result>SUCCESS</result>", "text/html", False),
        ("<br />\n<b>Notice</b>: x<br />{}", "text/html", False),
        ("plain text", "text/xml", False),
    ],
)
def test_xml_detection(text: str, content_type: str, expected: bool) -> None:
    """XML is recognised by its declaration, its content type or a closed root element."""
    assert looks_like_xml(text, content_type) is expected
