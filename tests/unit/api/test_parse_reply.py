"""parse_reply: every reply shape the Konnektive API and the network in front of it can send."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from desktop_app.api import Paging, ProblemCode, RequestRecord, ResultKind, parse_reply
from desktop_app.api.result import ApiResult

REQUEST = RequestRecord(
    "POST",
    "https://api.konnektive.com/order/query/",
    (("loginId", "desk-api-user"), ("password", "***")),
)


def parse(
    body: str | bytes, status: int = 200, content_type: str = "application/json"
) -> ApiResult:
    """Parse a reply sent to /order/query/ that took 12.5 ms."""
    raw = body.encode() if isinstance(body, str) else body
    return parse_reply(status, content_type, raw, REQUEST, 12.5)


def envelope(result: str, message: object) -> str:
    """Return a Konnektive envelope as JSON text."""
    return json.dumps({"result": result, "message": message})


def test_common_fields_copied() -> None:
    """Request, status, elapsed time and body text are kept in every result."""
    body = envelope("SUCCESS", {"orderId": "A1"})
    result = parse(body)

    assert result.request is REQUEST
    assert result.http_status == 200
    assert result.elapsed_ms == 12.5
    assert result.body_text == body


def test_http_502_html_page() -> None:
    """A 502 gateway page is HTTP_ERROR with the page kept as plain text."""
    page = (
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
        "<body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>"
    )
    result = parse(page, status=502, content_type="text/html")

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 502
    assert result.body_text == page
    assert result.content_format == "text"
    assert result.data is None
    assert result.problem is not None
    assert result.problem.code is ProblemCode.HTTP_STATUS
    assert result.problem.args == ("/order/query/", "502")
    assert result.problem.detail == "502 Bad Gateway"


def test_http_error_with_json_body() -> None:
    """A JSON body of a non-2xx reply is parsed into data but the kind stays HTTP_ERROR."""
    result = parse(envelope("ERROR", "Too many requests"), status=429)

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.content_format == "json"
    assert result.data == {"result": "ERROR", "message": "Too many requests"}
    assert result.problem is not None
    assert result.problem.args == ("/order/query/", "429")


@pytest.mark.parametrize("body", ["", "   \r\n\t "])
def test_empty_body(body: str) -> None:
    """A 200 reply without content is FORMAT_ERROR EMPTY_BODY."""
    result = parse(body)

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.EMPTY_BODY
    assert result.content_format == ""
    assert result.data is None


@pytest.mark.parametrize(
    "body",
    ['{"result":"SUCC', '{"result":"SUCCESS","message":{"totalResults":4', "[", '{"a": tru'],
)
def test_truncated_json(body: str) -> None:
    """JSON that stops early is TRUNCATED_JSON."""
    result = parse(body)

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.TRUNCATED_JSON
    assert result.problem.args == ("/order/query/",)
    assert result.body_text == body


@pytest.mark.parametrize(
    "body",
    ['{"result": "SUCCESS"} trailing', "{result: SUCCESS}", '{"a": 1 "b": 2}', '{"a": NaN}'],
)
def test_invalid_json_not_truncated(body: str) -> None:
    """JSON broken before its end, or holding NaN, is NOT_JSON."""
    result = parse(body)

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NOT_JSON
    assert result.content_format == "text"


def test_php_notice_before_json() -> None:
    """PHP notice text in front of the JSON is PHP_NOTICE, with the JSON still parsed."""
    notice = (
        "<br />\n<b>Notice</b>:  Undefined index: campaignId in "
        "<b>/var/www/api/order.php</b> on line <b>42</b><br />\n"
    )
    payload = {"result": "SUCCESS", "message": [{"orderId": "A1"}, {"orderId": "B2"}]}
    result = parse(notice + json.dumps(payload), content_type="text/html")

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.content_format == "json"
    assert result.data == payload
    assert result.row_count == 2
    assert result.problem is not None
    assert result.problem.code is ProblemCode.PHP_NOTICE
    assert result.problem.detail == (
        "Notice: Undefined index: campaignId in /var/www/api/order.php on line 42"
    )


@pytest.mark.parametrize("prefix", ["Warning: array_key_exists() expects", "Deprecated: x [1]"])
def test_plain_warning_before_json(prefix: str) -> None:
    """A plain-text Warning or Deprecated line in front of the JSON is PHP_NOTICE too."""
    result = parse(prefix + "\n" + envelope("SUCCESS", {"orderId": "A1"}))

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.PHP_NOTICE
    assert result.problem.detail == prefix
    assert result.data == {"result": "SUCCESS", "message": {"orderId": "A1"}}


def test_ip_whitelist_error() -> None:
    """The IP allow-list error is CRM_ERROR IP_WHITELIST with the IP in args, not EMPTY."""
    body = '{"result":"ERROR","message":"IP must be whitelisted - 203.0.113.77"}'
    result = parse(body)

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.IP_WHITELIST
    assert result.problem.args == ("203.0.113.77",)
    assert "%1" in result.problem.title
    assert "Admin → Users → API user → IP allow-list" in result.problem.advice
    assert result.problem.detail == "IP must be whitelisted - 203.0.113.77"
    assert result.rows is None


def test_ip_whitelist_ipv6_and_missing_ip() -> None:
    """An IPv6 address is found too; without an address the args are empty."""
    with_ipv6 = parse(envelope("ERROR", "IP must be whitelisted - 2001:db8::7"))
    without_ip = parse(envelope("ERROR", "IP must be whitelisted"))

    assert with_ipv6.problem is not None
    assert with_ipv6.problem.args == ("2001:db8::7",)
    assert without_ip.problem is not None
    assert without_ip.problem.code is ProblemCode.IP_WHITELIST
    assert without_ip.problem.args == ()
    assert "%1" not in without_ip.problem.title


@pytest.mark.parametrize(
    "message",
    [
        "No orders matching those parameters could be found",
        "No records matching those parameters could be found",
        "no Purchases matching those parameters could be found.",
        "No transactions found",
    ],
)
def test_no_match_is_empty(message: str) -> None:
    """"No … matching those parameters could be found" is EMPTY with zero rows."""
    result = parse(envelope("ERROR", message))

    assert result.kind is ResultKind.EMPTY
    assert result.rows == []
    assert result.row_count == 0
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NO_MATCH
    assert result.problem.detail == message.strip()


@pytest.mark.parametrize(
    "message",
    ["Invalid login credentials", "Bad loginId or password", "Authentication failed"],
)
def test_login_error(message: str) -> None:
    """Messages about login, password, credentials or authentication are LOGIN."""
    result = parse(envelope("ERROR", message))

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.LOGIN
    assert "lock" in result.problem.advice
    assert result.problem.detail == message


@pytest.mark.parametrize(
    "message",
    ["eCommercePassword is required", "No member matches that eCommerceLogin"],
)
def test_member_field_names_are_not_login_errors(message: str) -> None:
    """A club member's eCommerceLogin or eCommercePassword is not the API user's login."""
    result = parse(envelope("ERROR", message))

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.CRM_OTHER


@pytest.mark.parametrize(
    "message",
    [
        "API user does not have permission for this method",
        "Not authorized",
        "Access denied",
        "Method not allowed for this user",
    ],
)
def test_permission_error(message: str) -> None:
    """Messages about permission or denied access are PERMISSION with the path in args."""
    result = parse(envelope("ERROR", message))

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.PERMISSION
    assert result.problem.args == ("/order/query/",)
    assert "Access Details" in result.problem.advice


def test_other_crm_error() -> None:
    """Any other ERROR is CRM_OTHER with the server's message as detail."""
    message = "Transaction Declined: Prepaid Credit Cards Are Not Accepted"
    result = parse(envelope("ERROR", message))

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.CRM_OTHER
    assert result.problem.detail == message
    assert result.problem.args == ("/order/query/",)


def test_error_message_as_list() -> None:
    """A message sent as a list of texts is joined for the detail."""
    result = parse(envelope("ERROR", ["orderId is required", "campaignId is invalid"]))

    assert result.problem is not None
    assert result.problem.code is ProblemCode.CRM_OTHER
    assert result.problem.detail == "orderId is required; campaignId is invalid"


def test_exact_values_kept() -> None:
    """Leading zeros, 2^53 + 1 and money strings come through unchanged."""
    body = (
        '{"result":"SUCCESS","message":{"postalCode":"02134","cardLast4":"0042",'
        '"orderId":9007199254740993,"price":"59.85","rate":0.1}}'
    )
    result = parse(body)
    message = result.data["message"]

    assert result.kind is ResultKind.SUCCESS
    assert message["postalCode"] == "02134"
    assert message["cardLast4"] == "0042"
    assert message["orderId"] == 9007199254740993
    assert type(message["orderId"]) is int
    assert message["price"] == "59.85"
    assert message["rate"] == Decimal("0.1")
    assert result.rows is None
    assert result.row_count is None


def test_paged_reply() -> None:
    """A paged message is PAGED with rows and paging facts."""
    rows = [{"orderId": "A1"}, {"orderId": "B2"}]
    body = envelope(
        "SUCCESS", {"totalResults": 27, "resultsPerPage": 25, "page": 2, "data": rows}
    )
    result = parse(body)

    assert result.kind is ResultKind.PAGED
    assert result.rows == rows
    assert result.row_count == 2
    assert result.paging == Paging(total_results=27, results_per_page=25, page=2)


def test_paged_total_as_string() -> None:
    """A totalResults sent as the string "401" is read as 401."""
    body = envelope(
        "SUCCESS",
        {"totalResults": "401", "resultsPerPage": "200", "page": "1", "data": [{"a": 1}]},
    )
    result = parse(body)

    assert result.kind is ResultKind.PAGED
    assert result.paging == Paging(total_results=401, results_per_page=200, page=1)


def test_paged_with_unreadable_total() -> None:
    """Paging numbers that are not integers make the reply plain SUCCESS."""
    body = envelope(
        "SUCCESS", {"totalResults": "many", "resultsPerPage": 25, "page": 1, "data": []}
    )
    result = parse(body)

    assert result.kind is ResultKind.SUCCESS
    assert result.paging is None


def test_success_list_message() -> None:
    """A message that is a list gives its items as rows."""
    result = parse(envelope("SUCCESS", [{"date": "2025-03-04", "sales": 3}]))

    assert result.kind is ResultKind.SUCCESS
    assert result.rows == [{"date": "2025-03-04", "sales": 3}]
    assert result.row_count == 1


def test_success_keyed_by_id() -> None:
    """A message keyed by ids whose values are objects gives those objects as rows."""
    products = {"55": {"productId": "55"}, "56": {"productId": "56"}}
    result = parse(envelope("SUCCESS", products))

    assert result.kind is ResultKind.SUCCESS
    assert result.rows == [{"productId": "55"}, {"productId": "56"}]
    assert result.row_count == 2


def test_success_single_record_has_no_rows() -> None:
    """A single record with nested objects is not mistaken for a list."""
    record = {"orderId": "A1", "billing": {"city": "Austin"}, "shipping": {"city": "Austin"}}
    result = parse(envelope("SUCCESS", record))

    assert result.kind is ResultKind.SUCCESS
    assert result.rows is None
    assert result.row_count is None


def test_merc_redirect() -> None:
    """MERC_REDIRECT is REDIRECT with the url sibling."""
    url = "https://acs.example-bank.com/challenge?id=abc"
    body = json.dumps(
        {"result": "MERC_REDIRECT", "message": "Redirecting for 3DS authentication", "url": url}
    )
    result = parse(body)

    assert result.kind is ResultKind.REDIRECT
    assert result.redirect_url == url
    assert result.problem is not None
    assert result.problem.code is ProblemCode.REDIRECT
    assert result.problem.args == ("/order/query/", url)
    assert result.problem.detail == "Redirecting for 3DS authentication"


def test_merc_redirect_without_url() -> None:
    """MERC_REDIRECT without a url still is REDIRECT, with an empty redirect_url."""
    result = parse(envelope("MERC_REDIRECT", "Redirecting"))

    assert result.kind is ResultKind.REDIRECT
    assert result.redirect_url == ""
    assert result.problem is not None
    assert result.problem.args == ("/order/query/",)


@pytest.mark.parametrize(
    ("body", "args"),
    [
        ('{"message": "hello"}', ("/order/query/",)),
        ('[{"orderId": "A1"}]', ("/order/query/",)),
        ('{"result": "DECLINE", "message": "x"}', ("/order/query/", "DECLINE")),
    ],
)
def test_unknown_result(body: str, args: tuple[str, ...]) -> None:
    """A missing or unknown result value is UNKNOWN_RESULT and the data is kept."""
    result = parse(body)

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.data == json.loads(body)
    assert result.problem is not None
    assert result.problem.code is ProblemCode.UNKNOWN_RESULT
    assert result.problem.args == args


def test_xml_reply_classified() -> None:
    """An XML envelope is parsed into dicts and classified like JSON."""
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<response><result>SUCCESS</result><message>'
        "<totalResults>2</totalResults><resultsPerPage>25</resultsPerPage><page>1</page>"
        "<data><order><orderId>A1</orderId><postalCode>02134</postalCode></order>"
        "<order><orderId>B2</orderId><postalCode>73301</postalCode></order></data>"
        "</message></response>"
    )
    result = parse(body, content_type="text/xml")

    assert result.kind is ResultKind.PAGED
    assert result.content_format == "xml"
    assert result.rows == [
        {"orderId": "A1", "postalCode": "02134"},
        {"orderId": "B2", "postalCode": "73301"},
    ]
    assert result.paging == Paging(total_results=2, results_per_page=25, page=1)


def test_xml_error_without_declaration() -> None:
    """An XML ERROR envelope without a declaration is recognised by its root element."""
    body = (
        "<response><result>ERROR</result>"
        "<message>IP must be whitelisted - 198.51.100.23</message></response>"
    )
    result = parse(body, content_type="text/html")

    assert result.kind is ResultKind.CRM_ERROR
    assert result.content_format == "xml"
    assert result.problem is not None
    assert result.problem.args == ("198.51.100.23",)


def test_broken_xml_is_not_json() -> None:
    """XML that is not well-formed is NOT_JSON with the parser's error in the detail."""
    result = parse('<?xml version="1.0"?><response><result>SUCCESS</response>')

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NOT_JSON
    assert "mismatched tag" in result.problem.detail


def test_html_page_with_200() -> None:
    """An HTML page sent with status 200 is NOT_JSON and kept as text."""
    page = "<!doctype html><html><head><title>Login</title><style>p{}</style></head></html>"
    result = parse(page, content_type="text/html")

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.content_format == "text"
    assert result.body_text == page
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NOT_JSON
    assert result.problem.detail == "Login"


def test_plain_text_is_not_json() -> None:
    """Plain text without JSON is NOT_JSON."""
    result = parse("Service temporarily unavailable", content_type="text/plain")

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NOT_JSON
    assert result.problem.detail == "Service temporarily unavailable"


def test_invalid_utf8_replaced() -> None:
    """Bytes that are not UTF-8 are replaced instead of failing the parse."""
    result = parse(b'{"result":"SUCCESS","message":{"name":"Caf\xe9"}}')

    assert result.kind is ResultKind.SUCCESS
    assert result.data["message"]["name"] == "Caf\ufffd"


def test_byte_order_mark_ignored() -> None:
    """A UTF-8 byte order mark in front of the JSON is skipped."""
    result = parse(b"\xef\xbb\xbf" + envelope("SUCCESS", []).encode())

    assert result.kind is ResultKind.SUCCESS
    assert result.row_count == 0


def test_deeply_nested_xml() -> None:
    """XML nested deeper than the recursion limit is NOT_JSON instead of raising."""
    body = "<r>" + "<a>" * 5000 + "x" + "</a>" * 5000 + "</r>"
    result = parse(body, content_type="application/xml")

    assert result.kind is ResultKind.FORMAT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.NOT_JSON


def test_paging_number_too_long() -> None:
    """A paging number with thousands of digits does not make the reply PAGED."""
    body = envelope(
        "SUCCESS", {"totalResults": "9" * 5000, "resultsPerPage": 25, "page": 1, "data": []}
    )
    result = parse(body)

    assert result.kind is ResultKind.SUCCESS
    assert result.paging is None
