"""Plain-language meaning of a 3-D Secure result: transStatus, ECI and liability shift.

The texts are English templates marked for translation under the ``ApiMessages`` context.
``%1`` placeholders are filled after translating, from ``Phrase.args``.

Meanings follow the transStatus values of EMV 3-D Secure 2.2 and the ECI values of the card
schemes:

* Visa, American Express, Discover, JCB, UnionPay and Diners use ECI 05 (authenticated),
  06 (attempted) and 07 (not authenticated);
* Mastercard uses 02 (authenticated), 01 (attempted), 00 (not authenticated), 04 (data only),
  06 (exemption) and 07 (authenticated merchant-initiated).

Liability shifts with Y and the brand's "authenticated" ECI, and with A and the brand's
"attempted" ECI. N, U, R and I never shift it. C and D are interim, so the shift is not
known yet. The ECI that the processor finally receives can differ, so the result states
whether liability *should* shift, not what the processor decided.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop_app.catalog.model import QT_TRANSLATE_NOOP

LIABILITY_YES = "yes"
LIABILITY_NO = "no"
LIABILITY_UNKNOWN = "unknown"


class CardFamily(enum.Enum):
    """ECI table that applies to a card brand."""

    VISA = "visa"  # Visa and the brands that use the same values (Amex, Discover, JCB, …)
    MASTERCARD = "mastercard"
    UNKNOWN = "unknown"  # no card type on the transaction


@dataclass(frozen=True)
class Phrase:
    """A translatable template with the values of its ``%1``, ``%2`` placeholders.

    Attributes:
        template: English template under the ``ApiMessages`` context; empty for no text.
        args: Placeholder values, filled in after translation.
    """

    template: str = ""
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThreeDsMeaning:
    """Meaning of one 3-D Secure result for the support agent.

    Attributes:
        status_text: Meaning of the transStatus (or why there is none).
        eci_text: Meaning of the ECI for the card brand; empty when no ECI is known.
        liability: ``"yes"``, ``"no"`` or ``"unknown"``.
        liability_text: Whether the liability shifts to the issuer, and why.
    """

    status_text: Phrase
    eci_text: Phrase
    liability: str
    liability_text: Phrase


_STATUS_TEXTS = {
    "Y": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "Y: the cardholder was authenticated, without a challenge or after a successful one.",
    ),
    "A": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "A: authentication was attempted but not completed; the issuer or the card scheme "
        "recorded the attempt.",
    ),
    "N": QT_TRANSLATE_NOOP(
        "ApiMessages", "N: authentication failed or the account could not be verified."
    ),
    "U": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "U: authentication could not be performed because of a technical problem, for "
        "example the issuer's server was down or the card is not enrolled.",
    ),
    "R": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "R: the issuer rejected authentication and asks that no authorization be attempted.",
    ),
    "C": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "C: a challenge was required and is not finished; the cardholder had to confirm in "
        "the browser.",
    ),
    "D": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "D: a decoupled challenge was required and is not finished; the cardholder had to "
        "confirm in the bank's app.",
    ),
    "I": QT_TRANSLATE_NOOP(
        "ApiMessages",
        "I: informational only; the issuer noted the merchant's preference and no "
        "authentication took place.",
    ),
}
_UNKNOWN_STATUS = QT_TRANSLATE_NOOP("ApiMessages", "%1: not a known 3-D Secure status.")
_NO_STATUS = QT_TRANSLATE_NOOP("ApiMessages", "The result has no 3-D Secure status.")
_PENDING = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "PAAY has no result yet: the challenge is still open or was abandoned.",
)
_FAILED = QT_TRANSLATE_NOOP(
    "ApiMessages", "The PAAY lookup failed (%1), so the 3-D Secure result is not known."
)
_NO_REFERENCE = QT_TRANSLATE_NOOP(
    "ApiMessages", "No 3-D Secure data was found on this transaction."
)

_ECI_VISA = {
    "05": QT_TRANSLATE_NOOP("ApiMessages", "ECI 05 on %1: fully authenticated."),
    "06": QT_TRANSLATE_NOOP("ApiMessages", "ECI 06 on %1: authentication attempted."),
    "07": QT_TRANSLATE_NOOP(
        "ApiMessages", "ECI 07 on %1: not authenticated, a plain e-commerce transaction."
    ),
}
_ECI_MASTERCARD = {
    "02": QT_TRANSLATE_NOOP("ApiMessages", "ECI 02 on %1: fully authenticated."),
    "01": QT_TRANSLATE_NOOP("ApiMessages", "ECI 01 on %1: authentication attempted."),
    "00": QT_TRANSLATE_NOOP("ApiMessages", "ECI 00 on %1: not authenticated or not attempted."),
    "04": QT_TRANSLATE_NOOP("ApiMessages", "ECI 04 on %1: data only, no authentication."),
    "06": QT_TRANSLATE_NOOP(
        "ApiMessages", "ECI 06 on %1: exempted from strong authentication, out of scope."
    ),
    "07": QT_TRANSLATE_NOOP(
        "ApiMessages", "ECI 07 on %1: authenticated merchant-initiated payment (3RI)."
    ),
}
_ECI_UNKNOWN_VALUE = QT_TRANSLATE_NOOP("ApiMessages", "ECI %1 is not a known value for %2.")
_ECI_UNKNOWN_BRAND = QT_TRANSLATE_NOOP(
    "ApiMessages", "ECI %1 cannot be read because the card brand is not known."
)

# ECI values with which Y (authenticated) and A (attempted) shift liability, per family.
# Mastercard 07 is an authenticated merchant-initiated payment, which shifts it too.
_SHIFT_ECI: dict[CardFamily, dict[str, tuple[str, ...]]] = {
    CardFamily.VISA: {"Y": ("05",), "A": ("06",)},
    CardFamily.MASTERCARD: {"Y": ("02", "07"), "A": ("01",)},
}

_SHIFT_FULL = QT_TRANSLATE_NOOP(
    "ApiMessages", "Liability shifts to the issuer: the cardholder was authenticated."
)
_SHIFT_ATTEMPT = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Liability shifts to the issuer for an attempt, subject to the card scheme's rules.",
)
_SHIFT_ECI_MISMATCH = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "Status %1 normally shifts liability, but ECI %2 does not match it on %3; ask the "
    "processor which ECI the authorization carried.",
)
_NO_SHIFT = QT_TRANSLATE_NOOP(
    "ApiMessages", "No liability shift: the merchant carries the fraud chargeback risk."
)
_NO_SHIFT_REJECTED = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "No liability shift, and the issuer asked that the card not be charged.",
)
_NOT_YET = QT_TRANSLATE_NOOP(
    "ApiMessages", "Liability shift not known yet: authentication has not finished."
)
_UNKNOWN_SHIFT = QT_TRANSLATE_NOOP(
    "ApiMessages", "Liability shift not known, because the 3-D Secure result is not known."
)
_NO_DATA_SHIFT = QT_TRANSLATE_NOOP(
    "ApiMessages",
    "No liability shift can be claimed without 3-D Secure data on the transaction.",
)

_MASTERCARD_NAMES = ("MASTERCARD", "MASTER CARD", "MC", "MAESTRO")


def card_family(card_type: str) -> CardFamily:
    """Return the ECI table for a Konnektive ``cardType`` such as ``VISA`` or ``MASTERCARD``."""
    name = card_type.strip().upper()
    if not name:
        return CardFamily.UNKNOWN
    if name in _MASTERCARD_NAMES:
        return CardFamily.MASTERCARD
    return CardFamily.VISA


def explain(status: str, eci: str, card_type: str) -> ThreeDsMeaning:
    """Explain a final or interim 3-D Secure result.

    Args:
        status: The transStatus (PAAY's ``status`` or Konnektive's ``3DTxnResult``).
        eci: The ECI, two digits, or ``""`` when none was returned.
        card_type: Konnektive's ``cardType`` of the transaction; selects the ECI table.
    """
    code = status.strip().upper()
    eci = eci.strip()
    family = card_family(card_type)
    brand = card_type.strip() or "?"
    status_text = _status_phrase(code)
    eci_text = _eci_phrase(eci, family, brand)

    if code in ("Y", "A"):
        shifting = _SHIFT_ECI.get(family, {}).get(code, ())
        if eci in shifting:
            template = _SHIFT_FULL if code == "Y" else _SHIFT_ATTEMPT
            return ThreeDsMeaning(status_text, eci_text, LIABILITY_YES, Phrase(template))
        mismatch = Phrase(_SHIFT_ECI_MISMATCH, (code, eci or "-", brand))
        return ThreeDsMeaning(status_text, eci_text, LIABILITY_UNKNOWN, mismatch)
    if code == "R":
        return ThreeDsMeaning(status_text, eci_text, LIABILITY_NO, Phrase(_NO_SHIFT_REJECTED))
    if code in ("N", "U", "I"):
        return ThreeDsMeaning(status_text, eci_text, LIABILITY_NO, Phrase(_NO_SHIFT))
    if code in ("C", "D"):
        return ThreeDsMeaning(status_text, eci_text, LIABILITY_UNKNOWN, Phrase(_NOT_YET))
    return ThreeDsMeaning(status_text, eci_text, LIABILITY_UNKNOWN, Phrase(_UNKNOWN_SHIFT))


def explain_pending() -> ThreeDsMeaning:
    """Explain a PAAY result that is not ready (HTTP 404 while a challenge is open)."""
    return ThreeDsMeaning(Phrase(_PENDING), Phrase(), LIABILITY_UNKNOWN, Phrase(_NOT_YET))


def explain_failed(reason: str) -> ThreeDsMeaning:
    """Explain a PAAY lookup that failed; ``reason`` is a short text such as ``HTTP 500``."""
    return ThreeDsMeaning(
        Phrase(_FAILED, (reason,)), Phrase(), LIABILITY_UNKNOWN, Phrase(_UNKNOWN_SHIFT)
    )


def explain_no_reference() -> ThreeDsMeaning:
    """Explain a transaction without any 3-D Secure field."""
    return ThreeDsMeaning(Phrase(_NO_REFERENCE), Phrase(), LIABILITY_NO, Phrase(_NO_DATA_SHIFT))


def _status_phrase(code: str) -> Phrase:
    if not code:
        return Phrase(_NO_STATUS)
    template = _STATUS_TEXTS.get(code)
    return Phrase(template) if template is not None else Phrase(_UNKNOWN_STATUS, (code,))


def _eci_phrase(eci: str, family: CardFamily, brand: str) -> Phrase:
    if not eci:
        return Phrase()
    if family is CardFamily.UNKNOWN:
        return Phrase(_ECI_UNKNOWN_BRAND, (eci,))
    table = _ECI_MASTERCARD if family is CardFamily.MASTERCARD else _ECI_VISA
    template = table.get(eci)
    if template is None:
        return Phrase(_ECI_UNKNOWN_VALUE, (eci, brand))
    return Phrase(template, (brand,))
