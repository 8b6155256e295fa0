"""HTTP replies of the sandbox: JSON and XML bodies, fault bodies, and the reply record."""

from __future__ import annotations

import enum
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

JSON_TYPE = "application/json; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"

BAD_GATEWAY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
TRUNCATED_BODY = b'{"result":"SUCC'
PHP_NOTICE = (
    b"<br />\n<b>Notice</b>:  Undefined index: campaignId in "
    b"<b>/var/www/api/order.php</b> on line <b>88</b><br />\n"
)

_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


class Fault(enum.Enum):
    """A transport or server failure the sandbox can simulate.

    Members:
        HTML_502: HTTP 502 with an nginx HTML error page.
        EMPTY_BODY: HTTP 200 with a zero-length body.
        TRUNCATED_JSON: HTTP 200 with the body ``{"result":"SUCC``.
        PHP_NOTICE: HTTP 200 with a PHP notice in HTML in front of the normal JSON.
        SLOW: the normal reply after ``SandboxServer.slow_seconds`` (5.0 by default).
        RESET: no reply. The socket is closed with SO_LINGER 0, so the client gets a reset.
    """

    HTML_502 = "html_502"
    EMPTY_BODY = "empty_body"
    TRUNCATED_JSON = "truncated_json"
    PHP_NOTICE = "php_notice"
    SLOW = "slow"
    RESET = "reset"


@dataclass(frozen=True)
class Reply:
    """Reply that the HTTP layer sends for one request.

    Attributes:
        status: HTTP status code.
        body: Raw body bytes.
        content_type: Value of the Content-Type header.
        reset: When True nothing is sent and the connection is reset.
    """

    status: int = 200
    body: bytes = b""
    content_type: str = JSON_TYPE
    reset: bool = False


RESET_REPLY = Reply(status=0, reset=True)


def error_envelope(message: str) -> dict[str, Any]:
    """Build ``{"result": "ERROR", "message": message}``."""
    return {"result": "ERROR", "message": message}


def render(envelope: dict[str, Any], as_xml: bool = False, status: int = 200) -> Reply:
    """Encode a reply envelope as JSON (UTF-8, no ASCII escaping) or as compact XML."""
    if as_xml:
        return Reply(status, to_xml(envelope), XML_TYPE)
    return Reply(status, json.dumps(envelope, ensure_ascii=False).encode("utf-8"), JSON_TYPE)


def to_xml(envelope: dict[str, Any]) -> bytes:
    """Render an envelope as ``<response><result>..</result><message>..</message></response>``.

    Dict keys become child elements. A key that is not a valid XML name (a product id such
    as ``101``, or ``3DTxnResult``) becomes ``<item key="...">``. List entries become
    ``<item>`` elements and None becomes an empty element.
    """
    root = ET.Element("response")
    for key, value in envelope.items():
        _append(root, key, value)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _append(parent: ET.Element, key: str, value: Any) -> None:
    if _XML_NAME.match(key):
        element = ET.SubElement(parent, key)
    else:
        element = ET.SubElement(parent, "item", {"key": key})
    if isinstance(value, dict):
        for child_key, child in value.items():
            _append(element, str(child_key), child)
    elif isinstance(value, list):
        for child in value:
            _append(element, "item", child)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        element.text = str(value)
