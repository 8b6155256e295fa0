"""redact: masking of card numbers, secret form fields, parsed replies, text and log records."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from konnektive_endpoints import ORDER_QUERY
from konnektive_server import FormServer

from desktop_app.api import (
    KonnektiveClient,
    KonnektiveCredentials,
    SecretRedactingFilter,
    install_redaction,
    mask_card,
    redact_data,
    redact_pairs,
    redact_text,
)
from desktop_app.api.redact import luhn_valid

CARD = "4111111111111111"
PASSWORD = "hunter2-secret"


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("4111111111111111", "411111******1111"),
        ("4111 1111 1111 1111", "4111 11** **** 1111"),
        ("4111-1111-1111-1111", "4111-11**-****-1111"),
        ("378282246310005", "378282*****0005"),
        ("4222222222222", "422222***2222"),
        ("123456789012", "********9012"),
        ("4111x1111", "*****1111"),
        ("1234", "1234"),
        ("", ""),
    ],
)
def test_mask_card(number: str, masked: str) -> None:
    """Card numbers keep the first 6 and last 4 digits; short ones only the last 4."""
    assert mask_card(number) == masked


def test_luhn_check() -> None:
    """Known test card numbers pass Luhn and a changed digit fails."""
    assert luhn_valid("4111111111111111")
    assert luhn_valid("378282246310005")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("")


def test_redact_pairs() -> None:
    """Credential values (loginId included) become ***, and card numbers are masked."""
    pairs = [
        ("loginId", "desk-api-user"),
        ("password", PASSWORD),
        ("cardNumber", CARD),
        ("cardSecurityCode", "123"),
        ("eCommercePassword", "shopper-pw"),
        ("achAccountNumber", "000123456789"),
        ("secret", "s"),
        ("apiKey", "k"),
        ("paayApiKey", "k2"),
        ("emailAddress", "mara+billing@example.net"),
    ]

    assert redact_pairs(pairs) == (
        ("loginId", "***"),
        ("password", "***"),
        ("cardNumber", "411111******1111"),
        ("cardSecurityCode", "***"),
        ("eCommercePassword", "***"),
        ("achAccountNumber", "***6789"),
        ("secret", "***"),
        ("apiKey", "***"),
        ("paayApiKey", "***"),
        ("emailAddress", "mara+billing@example.net"),
    )


def test_redact_pairs_keeps_empty_values() -> None:
    """An empty password stays empty, so a missing value can be seen."""
    assert redact_pairs([("password", "")]) == (("password", ""),)


def test_redact_data_nested() -> None:
    """Secret keys are masked at any depth and the input is not changed."""
    reply: dict[str, Any] = {
        "result": "SUCCESS",
        "message": {
            "data": [
                {
                    "customerId": 7731,
                    "eCommercePassword": "shopper-pw",
                    "achAccountNumber": 123456789,
                    "cardNumber": Decimal("4111111111111111"),
                    "paySources": [{"pan": CARD, "lastFour": "1111"}],
                    "password": None,
                    "apiKey": {"nested": "value"},
                }
            ]
        },
    }
    redacted = redact_data(reply)
    row = redacted["message"]["data"][0]

    assert row["customerId"] == 7731
    assert row["eCommercePassword"] == "***"
    assert row["achAccountNumber"] == "***6789"
    assert row["cardNumber"] == "411111******1111"
    assert row["paySources"] == [{"pan": "411111******1111", "lastFour": "1111"}]
    assert row["password"] is None
    assert row["apiKey"] == "***"
    assert reply["message"]["data"][0]["eCommercePassword"] == "shopper-pw"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("loginId=bob&password=hunter2&x=1", "loginId=***&password=***&x=1"),
        ('{"password": "hunter2", "a": 1}', '{"password": "***", "a": 1}'),
        (
            "[('loginId', 'b'), ('password', 'hunter2')]",
            "[('loginId', '***'), ('password', '***')]",
        ),
        ("Authorization: Bearer eyJhbGciOi.abc.def", "Authorization: Bearer ***"),
        ("token sent as Bearer abc123", "token sent as Bearer ***"),
        ("card 4111 1111 1111 1111 declined", "card 4111 11** **** 1111 declined"),
        ("orderId 9007199254740993 found", "orderId 9007199254740993 found"),
        ("price 59.85 for order A1", "price 59.85 for order A1"),
    ],
)
def test_redact_text(text: str, expected: str) -> None:
    """Free text loses passwords, bearer tokens and Luhn-valid card numbers, nothing else."""
    assert redact_text(text) == expected


@pytest.fixture
def api_logger() -> Iterator[logging.Logger]:
    """Return the desktop_app.api logger and remove redaction filters afterwards."""
    logger = logging.getLogger("desktop_app.api")
    yield logger
    loggers = [logger] + [
        item
        for name, item in logging.Logger.manager.loggerDict.items()
        if name.startswith("desktop_app.api.") and isinstance(item, logging.Logger)
    ]
    for item in loggers:
        for log_filter in list(item.filters):
            if isinstance(log_filter, SecretRedactingFilter):
                item.removeFilter(log_filter)


def test_filter_scrubs_child_logger(
    api_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    """After install_redaction, records of child loggers are scrubbed too."""
    child = logging.getLogger("desktop_app.api.konnektive")
    install_redaction(api_logger)
    caplog.set_level(logging.DEBUG, logger="desktop_app.api")

    child.info("sent password=%s with card %s", PASSWORD, CARD)
    api_logger.info("Authorization: Bearer %s", "tok.en.value")

    assert PASSWORD not in caplog.text
    assert CARD not in caplog.text
    assert "tok.en.value" not in caplog.text
    assert "password=***" in caplog.text
    assert "411111******1111" in caplog.text


def test_filter_scrubs_traceback(
    api_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    """Secrets inside an exception's text are scrubbed from the logged traceback."""
    install_redaction(api_logger)
    caplog.set_level(logging.DEBUG, logger="desktop_app.api")

    try:
        raise ValueError("bad form loginId=bob&password=" + PASSWORD)
    except ValueError:
        api_logger.debug("call failed", exc_info=True)

    assert PASSWORD not in caplog.text
    assert "password=***" in caplog.text


def test_install_redaction_idempotent(api_logger: logging.Logger) -> None:
    """Installing twice leaves one filter on the logger."""
    first = install_redaction(api_logger)
    second = install_redaction(api_logger)

    assert first is second
    count = sum(isinstance(item, SecretRedactingFilter) for item in api_logger.filters)
    assert count == 1


def test_install_on_handler() -> None:
    """A filter installed on a handler scrubs records from any logger it handles."""
    records: list[str] = []

    class ListHandler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = ListHandler()
    install_redaction(handler)
    install_redaction(handler)
    logger = logging.getLogger("desktop_app.ui.redaction_probe")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        logger.info("form loginId=bob&password=%s", PASSWORD)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
        logger.propagate = True

    assert records == ["form loginId=***&password=***"]
    assert sum(isinstance(item, SecretRedactingFilter) for item in handler.filters) == 1


def test_client_logs_no_secrets(
    form_server: FormServer, api_logger: logging.Logger, caplog: pytest.LogCaptureFixture
) -> None:
    """A call logs path, status, kind and time but never the password or the card number."""
    install_redaction(api_logger)
    caplog.set_level(logging.DEBUG, logger="desktop_app.api")
    credentials = KonnektiveCredentials(login_id="desk-api-user", password=PASSWORD)

    with KonnektiveClient(form_server.url, credentials) as client:
        result = client.call(ORDER_QUERY, [("cardNumber", CARD), ("password", "typed")])

    assert PASSWORD not in caplog.text
    assert CARD not in caplog.text
    assert "typed" not in caplog.text
    assert "POST /order/query/ -> HTTP 200, success in" in caplog.text
    assert PASSWORD not in repr(result.request)
    assert CARD not in repr(result.request)


def test_redact_data_too_deep() -> None:
    """A structure nested past the recursion limit is masked as a whole."""
    nested: dict[str, object] = {"password": "x"}
    for _ in range(5000):
        nested = {"child": nested}

    assert redact_data(nested) == "***"
