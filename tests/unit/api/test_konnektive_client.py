"""KonnektiveClient against a real HTTP server on 127.0.0.1: what arrives on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from konnektive_endpoints import ORDER_QUERY, TRANSACTIONS_QUERY, TRANSACTIONS_UPDATE
from konnektive_server import LOGIN_ID, PASSWORD, FormServer

from desktop_app.api import (
    BASE_URL_PRESETS,
    DEFAULT_BASE_URL,
    KonnektiveClient,
    KonnektiveCredentials,
    ProblemCode,
    ResultKind,
)

CREDENTIALS = KonnektiveCredentials(login_id=LOGIN_ID, password=PASSWORD)


@pytest.fixture
def client(form_server: FormServer) -> Iterator[KonnektiveClient]:
    """Return a client for the test server that closes itself after the test."""
    with KonnektiveClient(form_server.url, CREDENTIALS, timeout=5.0) as api:
        yield api


def test_presets_default_first() -> None:
    """The first preset is the default host."""
    assert DEFAULT_BASE_URL == "https://api.konnektive.com"
    assert BASE_URL_PRESETS == (
        "https://api.konnektive.com",
        "https://api2.konnektive.com",
        "https://api.checkoutchamp.com",
    )


def test_credentials_repr_hides_password() -> None:
    """repr() shows the loginId but not the password."""
    text = repr(CREDENTIALS)
    assert LOGIN_ID in text
    assert PASSWORD not in text
    assert "***" in text


def test_plus_and_space_arrive_as_typed(client: KonnektiveClient, form_server: FormServer) -> None:
    """A + is percent-encoded and a space becomes +, so the server decodes both as typed."""
    params = [("emailAddress", "mara+billing@example.net"), ("phoneNumber", "+1 555 010 0199")]
    result = client.call(ORDER_QUERY, params)

    assert result.kind is ResultKind.SUCCESS
    received = form_server.requests[0]
    assert received.values("emailAddress") == ["mara+billing@example.net"]
    assert received.values("phoneNumber") == ["+1 555 010 0199"]
    assert b"emailAddress=mara%2Bbilling%40example.net" in received.body
    assert b"phoneNumber=%2B1+555+010+0199" in received.body


def test_post_is_form_encoded(client: KonnektiveClient, form_server: FormServer) -> None:
    """Every call is a POST with an application/x-www-form-urlencoded body."""
    client.call(ORDER_QUERY, [("orderId", "9C41D2E7AA")])

    received = form_server.requests[0]
    assert received.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert received.path == "/order/query/"


def test_credentials_added_first(client: KonnektiveClient, form_server: FormServer) -> None:
    """LoginId and password from the credentials lead the form, the password exactly as set."""
    client.call(ORDER_QUERY, [("orderId", "9C41D2E7AA")])

    form = form_server.requests[0].form
    assert form[0] == ("loginId", LOGIN_ID)
    assert form[1] == ("password", PASSWORD)
    assert ("orderId", "9C41D2E7AA") in form


def test_user_login_fields_dropped(client: KonnektiveClient, form_server: FormServer) -> None:
    """LoginId and password typed by the user do not override the profile's login."""
    params = [("loginId", "someone-else"), ("password", "guess"), ("orderId", "A1")]
    client.call(ORDER_QUERY, params)

    received = form_server.requests[0]
    assert received.values("loginId") == [LOGIN_ID]
    assert received.values("password") == [PASSWORD]
    assert received.values("orderId") == ["A1"]


def test_response_type_json_appended(client: KonnektiveClient, form_server: FormServer) -> None:
    """An endpoint without a responseType parameter gets responseType=json at the end."""
    client.call(ORDER_QUERY, [("orderId", "A1")])

    form = form_server.requests[0].form
    assert form[-1] == ("responseType", "json")
    assert form_server.requests[0].values("responseType") == ["json"]


def test_response_type_filter_kept(client: KonnektiveClient, form_server: FormServer) -> None:
    """On /transactions/query/ responseType is the user's filter and never json."""
    client.call(TRANSACTIONS_QUERY, [("responseType", "SOFT_DECLINE")])
    client.call(TRANSACTIONS_QUERY, [("orderId", "A1")])

    assert form_server.requests[0].values("responseType") == ["SOFT_DECLINE"]
    assert form_server.requests[1].values("responseType") == []


def test_response_type_switched_off(form_server: FormServer) -> None:
    """With add_response_type=False no responseType is added."""
    with KonnektiveClient(form_server.url, CREDENTIALS, add_response_type=False) as api:
        api.call(ORDER_QUERY, [("orderId", "A1")])

    assert form_server.requests[0].values("responseType") == []


def test_trailing_slash_kept_or_absent(client: KonnektiveClient, form_server: FormServer) -> None:
    """Paths are sent exactly: with a trailing slash, and without one for /transactions/update."""
    client.call(ORDER_QUERY, [])
    client.call(TRANSACTIONS_UPDATE, [("transactionId", "311842")])

    assert form_server.requests[0].path == "/order/query/"
    assert form_server.requests[1].path == "/transactions/update"


def test_base_url_trailing_slash_removed(form_server: FormServer) -> None:
    """A base URL typed with a trailing slash does not produce a double slash."""
    with KonnektiveClient(form_server.url + "/", CREDENTIALS) as api:
        result = api.call(ORDER_QUERY, [])

    assert form_server.requests[0].path == "/order/query/"
    assert result.request.url == form_server.url + "/order/query/"


def test_repeated_names_sent_in_order(client: KonnektiveClient, form_server: FormServer) -> None:
    """Pairs with the same name are all sent, in the given order."""
    client.call(ORDER_QUERY, [("orderId", "A1"), ("orderId", "B2")])

    assert form_server.requests[0].values("orderId") == ["A1", "B2"]


def test_call_path_adds_leading_slash(client: KonnektiveClient, form_server: FormServer) -> None:
    """A typed path without a leading slash is sent with one, trailing slash as typed."""
    client.call_path("order/query/", [("orderId", "A1")])
    client.call_path("  /customer/query  ", [])

    assert form_server.requests[0].path == "/order/query/"
    assert form_server.requests[0].values("responseType") == ["json"]
    assert form_server.requests[1].path == "/customer/query"


def test_call_path_transactions_query(client: KonnektiveClient, form_server: FormServer) -> None:
    """A typed /transactions/query/ path, with or without the slash, gets no responseType."""
    client.call_path("/transactions/query/", [("orderId", "A1")])
    client.call_path("transactions/query", [])

    assert form_server.requests[0].values("responseType") == []
    assert form_server.requests[1].values("responseType") == []
    assert form_server.requests[1].path == "/transactions/query"


def test_call_path_keeps_user_response_type(
    client: KonnektiveClient, form_server: FormServer
) -> None:
    """A responseType typed by the user is sent alone, without an added json."""
    client.call_path("/order/query/", [("responseType", "xml")])

    assert form_server.requests[0].values("responseType") == ["xml"]


@pytest.mark.parametrize(
    "path",
    ["https://example.invalid/order/query/", "//order/query/", "/order/query/?a=1", "/a b/"],
)
def test_call_path_rejects_invalid(
    client: KonnektiveClient, form_server: FormServer, path: str
) -> None:
    """A path with a host, a query string or a space is not sent."""
    result = client.call_path(path, [])

    assert result.kind is ResultKind.TRANSPORT_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.INVALID_REQUEST
    assert result.problem.args == (path.strip(),)
    assert form_server.requests == []


def test_request_record_redacted(client: KonnektiveClient, form_server: FormServer) -> None:
    """The RequestRecord masks the loginId, the password and the card number."""
    result = client.call(ORDER_QUERY, [("cardNumber", "4111111111111111")])

    params = dict(result.request.params)
    assert result.request.method == "POST"
    assert result.request.url == form_server.url + "/order/query/"
    assert params["loginId"] == "***"
    assert params["password"] == "***"
    assert params["cardNumber"] == "411111******1111"
    assert form_server.requests[0].values("cardNumber") == ["4111111111111111"]


def test_success_result_fields(client: KonnektiveClient) -> None:
    """A successful call carries status, JSON data and a positive elapsed time."""
    result = client.call(ORDER_QUERY, [("orderId", "A1")])

    assert result.kind is ResultKind.SUCCESS
    assert result.http_status == 200
    assert result.content_format == "json"
    assert result.data["message"]["path"] == "/order/query/"
    assert result.elapsed_ms > 0


def test_http_error_not_retried(client: KonnektiveClient, form_server: FormServer) -> None:
    """A 502 gateway page gives one HTTP_ERROR result and exactly one request."""
    page = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head></html>"
    form_server.reply_raw("/order/query/", page, status=502)

    result = client.call(ORDER_QUERY, [])

    assert result.kind is ResultKind.HTTP_ERROR
    assert result.http_status == 502
    assert result.body_text == page.decode()
    assert len(form_server.requests) == 1


def test_login_error_not_retried(client: KonnektiveClient, form_server: FormServer) -> None:
    """A rejected login is reported once and not sent again."""
    form_server.reply_json(
        "/order/query/", {"result": "ERROR", "message": "Invalid login credentials"}
    )

    result = client.call(ORDER_QUERY, [])

    assert result.kind is ResultKind.CRM_ERROR
    assert result.problem is not None
    assert result.problem.code is ProblemCode.LOGIN
    assert len(form_server.requests) == 1


def test_shared_client_across_threads(client: KonnektiveClient, form_server: FormServer) -> None:
    """One client serves calls from several threads at once."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(client.call, ORDER_QUERY, [("orderId", str(n))]) for n in range(12)]
        results = [future.result(timeout=10) for future in futures]

    assert all(result.kind is ResultKind.SUCCESS for result in results)
    sent_ids = sorted(request.values("orderId")[0] for request in form_server.requests)
    assert sent_ids == sorted(str(n) for n in range(12))
