"""errors: classification of transport exceptions and the texts of problems."""

from __future__ import annotations

import re
import ssl

import httpx
import pytest

from desktop_app.api import ProblemCode
from desktop_app.api.errors import (
    cancelled_problem,
    crm_other_problem,
    empty_body_problem,
    http_status_problem,
    invalid_path_problem,
    ip_whitelist_problem,
    login_problem,
    no_match_problem,
    not_json_problem,
    permission_problem,
    php_notice_problem,
    redirect_problem,
    transport_code,
    transport_problem,
    truncated_json_problem,
    unknown_result_problem,
)


def chained(outer: Exception, cause: BaseException) -> Exception:
    """Return ``outer`` with ``cause`` attached, as httpx chains transport errors."""
    outer.__cause__ = cause
    return outer


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), ProblemCode.CONNECT),
        (ConnectionRefusedError(111, "Connection refused"), ProblemCode.CONNECT),
        (httpx.ConnectTimeout("timed out"), ProblemCode.TIMEOUT),
        (httpx.ReadTimeout("timed out"), ProblemCode.TIMEOUT),
        (httpx.WriteTimeout("timed out"), ProblemCode.TIMEOUT),
        (httpx.PoolTimeout("timed out"), ProblemCode.TIMEOUT),
        (httpx.RemoteProtocolError("peer closed connection"), ProblemCode.RESET),
        (httpx.ReadError("[Errno 104] Connection reset by peer"), ProblemCode.RESET),
        (httpx.InvalidURL("Invalid port"), ProblemCode.INVALID_REQUEST),
        (httpx.UnsupportedProtocol("missing protocol"), ProblemCode.INVALID_REQUEST),
        (RuntimeError("Cannot send a request, as the client has been closed."),
         ProblemCode.INVALID_REQUEST),
        (ssl.SSLError("bad handshake"), ProblemCode.TLS),
        (chained(httpx.ConnectError("handshake failed"), ssl.SSLError("x")), ProblemCode.TLS),
        (chained(httpx.ReadError("read failed"), ssl.SSLZeroReturnError()), ProblemCode.TLS),
    ],
)
def test_transport_code(exc: BaseException, code: ProblemCode) -> None:
    """Each kind of transport exception maps to its ProblemCode."""
    assert transport_code(exc) is code


def test_transport_problem_detail() -> None:
    """The detail has the exception's type and text, and the timeout is in seconds."""
    problem = transport_problem(
        ProblemCode.TIMEOUT, "https://host.test/order/query/", httpx.ReadTimeout("timed out"), 30.0
    )

    assert problem.args == ("https://host.test/order/query/", "30")
    assert problem.detail == "ReadTimeout: timed out"
    assert "%1" in problem.title
    assert "%2" in problem.title


@pytest.mark.parametrize(
    ("status", "advice_word"),
    [(301, "redirect"), (403, "allow-list"), (404, "path"), (429, "rate"), (503, "gateway")],
)
def test_http_status_advice(status: int, advice_word: str) -> None:
    """Each class of HTTP status gets advice that fits it."""
    problem = http_status_problem(status, "/order/query/")

    assert problem.args == ("/order/query/", str(status))
    assert advice_word in problem.advice


def test_unknown_result_templates() -> None:
    """A missing result value uses a template without %2."""
    missing = unknown_result_problem("/x/", "")
    unknown = unknown_result_problem("/x/", "DECLINE")

    assert "%2" not in missing.title
    assert missing.args == ("/x/",)
    assert "%2" in unknown.title
    assert unknown.args == ("/x/", "DECLINE")


def test_placeholders_match_args() -> None:
    """Every placeholder used in a template has a value in args, and every text is set."""
    problems = [
        http_status_problem(500, "/a/"),
        empty_body_problem("/a/"),
        truncated_json_problem("/a/", "error"),
        php_notice_problem("/a/", "Notice"),
        not_json_problem("/a/", "detail"),
        unknown_result_problem("/a/", ""),
        unknown_result_problem("/a/", "X"),
        ip_whitelist_problem("", "message"),
        ip_whitelist_problem("203.0.113.77", "message"),
        login_problem("message"),
        permission_problem("/a/", "message"),
        crm_other_problem("/a/", "message"),
        no_match_problem("/a/", "message"),
        redirect_problem("/a/", "", "message"),
        redirect_problem("/a/", "https://acs.test/", "message"),
        cancelled_problem(sent=False),
        cancelled_problem(sent=True),
        invalid_path_problem("a b"),
    ]
    problems += [transport_problem(code, "u", OSError("x"), 1.0) for code in (
        ProblemCode.CONNECT,
        ProblemCode.TIMEOUT,
        ProblemCode.RESET,
        ProblemCode.TLS,
        ProblemCode.INVALID_REQUEST,
    )]
    for problem in problems:
        used = {int(n) for n in re.findall(r"%(\d)", problem.title + problem.advice)}
        assert used <= set(range(1, len(problem.args) + 1)), problem
        assert problem.title.endswith("."), problem
        assert problem.advice.endswith("."), problem
