"""Fixed records of the seeded data that tests and demos can rely on, whatever the seed."""

from __future__ import annotations

HISTORY_DAYS = 120
"""Seeded orders are created in the 120 days before ``store.REFERENCE_DATE``."""

ORDER_COUNT = 401
"""Number of seeded orders, chosen so that pages of 200 give 200, 200 and 1 rows."""

CUSTOMER_COUNT = 90

MARA_CUSTOMER_ID = 7001
MARA_EMAIL = "mara+billing@example.net"
MARA_PHONE = "+1 555 010 0199"
MARA_POSTAL_CODE = "02134"
MARA_CARD_LAST4 = "0042"
MARA_ORDER_ID = "A11CE00042"
"""Mara's COMPLETE order: one SALE of 44.90 with 3-D Secure result Y, an ACTIVE purchase and a
SHIPPED fulfillment. Its ``refundRemaining`` is 44.90."""

CYRILLIC_CUSTOMER_ID = 7002
"""Анна Кузнецова from Moscow, with Cyrillic name, address and note."""

REDIRECT_ORDER_ID = "3D5C0FFEE1"
"""COMPLETE order of customer 7002. ``/upsale/import/`` on it returns MERC_REDIRECT."""
REDIRECT_URL = "https://acs.example-bank.test/challenge?id="

CHARGEBACK_CUSTOMER_ID = 7003
CHARGEBACK_ORDER_ID = "CB0C0FFEE0"
"""Order whose SALE is marked as a chargeback (reason 13.1) with a CHARGEBACK row beside it."""

DECLINED_CUSTOMER_ID = 7004
DECLINED_ORDER_ID = "DEC1DED000"
"""DECLINED order: a SOFT_DECLINE (Insufficient funds), then a HARD_DECLINE (Do not honor)."""

PENDING_3DS_ORDER_ID = "C0FFEE3D50"
"""PENDING order of customer 7004 whose AUTHORIZE awaits a 3-D Secure challenge (result C)."""

THREE_DS_ORDER_ID = "3D5F1A7E03"
"""COMPLETE order of customer 7002 (Visa) with three SALE transactions: a SOFT_DECLINE without
3-D Secure, a SOFT_DECLINE with 3-D Secure result N, and a SUCCESS with result Y (ECI 05).
Two of the three carry a PAAY ``threeDStransactionId``."""

MEMBER_PASSWORD = "member-demo"
"""Password of every seeded club member for ``/members/login/``."""

DECLINE_LAST4 = {
    "0002": ("HARD_DECLINE", "Do not honor"),
    "0051": ("SOFT_DECLINE", "Insufficient funds"),
}
"""Card endings that ``/order/import/``, ``/upsale/import/`` and ``/order/preauth/`` decline."""

CHALLENGE_LAST4 = "3220"
"""Card ending for which ``/order/import/`` returns MERC_REDIRECT (a 3-D Secure challenge)."""
