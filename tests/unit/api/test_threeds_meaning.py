"""Plain-language meaning of 3-D Secure results: status, ECI by card brand, liability shift."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop_app.api.threeds_meaning as meaning_module
from desktop_app.api.threeds_meaning import (
    LIABILITY_NO,
    LIABILITY_UNKNOWN,
    LIABILITY_YES,
    CardFamily,
    card_family,
    explain,
    explain_failed,
    explain_no_reference,
    explain_pending,
)


@pytest.mark.parametrize(
    ("card_type", "family"),
    [
        ("VISA", CardFamily.VISA),
        ("visa", CardFamily.VISA),
        ("AMEX", CardFamily.VISA),
        ("DISCOVER", CardFamily.VISA),
        ("MASTERCARD", CardFamily.MASTERCARD),
        ("", CardFamily.UNKNOWN),
    ],
)
def test_card_family(card_type: str, family: CardFamily) -> None:
    """Brands map to the Visa or the Mastercard ECI table."""
    assert card_family(card_type) is family


def test_y_eci_05_visa_shifts() -> None:
    """Y with ECI 05 on Visa is full authentication, and liability shifts."""
    meaning = explain("Y", "05", "VISA")

    assert meaning.liability == LIABILITY_YES
    assert meaning.status_text.template.startswith("Y: the cardholder was authenticated")
    assert meaning.eci_text.template == "ECI 05 on %1: fully authenticated."
    assert meaning.eci_text.args == ("VISA",)
    assert "Liability shifts" in meaning.liability_text.template


def test_a_eci_06_visa_shifts_as_attempt() -> None:
    """A with ECI 06 on Visa is an attempt, and liability shifts."""
    meaning = explain("A", "06", "VISA")

    assert meaning.liability == LIABILITY_YES
    assert meaning.status_text.template.startswith("A: authentication was attempted")
    assert meaning.eci_text.template == "ECI 06 on %1: authentication attempted."
    assert "attempt" in meaning.liability_text.template


@pytest.mark.parametrize(("status", "eci"), [("Y", "02"), ("A", "01")])
def test_mastercard_eci_shifts(status: str, eci: str) -> None:
    """Mastercard reads 02 and 01 where Visa reads 05 and 06."""
    assert explain(status, eci, "MASTERCARD").liability == LIABILITY_YES


def test_visa_eci_on_mastercard_does_not_match() -> None:
    """Y with the Visa value 05 on a Mastercard leaves the shift unknown."""
    meaning = explain("Y", "05", "MASTERCARD")

    assert meaning.liability == LIABILITY_UNKNOWN
    assert meaning.liability_text.args == ("Y", "05", "MASTERCARD")
    assert meaning.eci_text.args == ("05", "MASTERCARD")


@pytest.mark.parametrize("status", ["N", "U", "R", "I"])
def test_failed_statuses_do_not_shift(status: str) -> None:
    """N, U, R and I never shift liability."""
    meaning = explain(status, "07", "VISA")

    assert meaning.liability == LIABILITY_NO
    assert meaning.status_text.template.startswith(f"{status}: ")


def test_n_and_u_texts() -> None:
    """N reads as a failed authentication; U as one that could not be performed."""
    assert "failed" in explain("N", "", "VISA").status_text.template
    assert "could not be performed" in explain("U", "", "VISA").status_text.template


@pytest.mark.parametrize("status", ["C", "D"])
def test_interim_statuses_unknown(status: str) -> None:
    """An unfinished challenge leaves the shift unknown."""
    assert explain(status, "", "VISA").liability == LIABILITY_UNKNOWN


def test_unknown_status_named() -> None:
    """A status outside EMV's list is named in the text."""
    meaning = explain("Q", "", "VISA")

    assert meaning.status_text.args == ("Q",)
    assert meaning.liability == LIABILITY_UNKNOWN


def test_pending_failed_and_no_reference() -> None:
    """Pending and failed lookups leave the shift unknown; no 3DS data means no shift."""
    assert explain_pending().liability == LIABILITY_UNKNOWN
    failed = explain_failed("HTTP 500")
    assert failed.liability == LIABILITY_UNKNOWN
    assert failed.status_text.args == ("HTTP 500",)
    assert explain_no_reference().liability == LIABILITY_NO


def test_templates_are_marked_literals() -> None:
    """Every template is a literal in a QT_TRANSLATE_NOOP call under ApiMessages."""
    tree = ast.parse(Path(meaning_module.__file__).read_text(encoding="utf-8"))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    ]
    assert calls
    for call in calls:
        context, text = call.args
        assert isinstance(context, ast.Constant)
        assert context.value == "ApiMessages"
        assert isinstance(text, ast.Constant)
        assert isinstance(text.value, str)
