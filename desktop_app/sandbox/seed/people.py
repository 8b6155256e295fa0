"""Seeded customers: four fixed ones and generated ones, each with one or two cards."""

from __future__ import annotations

import random
from typing import Any

from desktop_app.sandbox.records import add_pay_source, new_customer
from desktop_app.sandbox.seed import facts
from desktop_app.sandbox.store import Row, Store

_FIRST_NAMES = (
    "Dana", "Liam", "Priya", "Marcus", "Elena", "Tobias", "Aisha", "Connor", "Mei", "Rafael",
    "Ingrid", "Owen", "Sofia", "Jamal", "Hannah", "Diego", "Chloe", "Nikhil", "Greta", "Samuel",
    "Yuki", "Bianca", "Felix", "Amara", "Lucas", "Noor", "Isaac", "Zoe", "Mateo", "Clara",
)  # fmt: skip
_LAST_NAMES = (
    "Reyes", "Okafor", "Nguyen", "Schmidt", "Walsh", "Patel", "Romero", "Kowalski", "Brennan",
    "Haddad", "Lindgren", "Moreau", "Tanaka", "Fischer", "Oduya", "Castillo", "Byrne", "Novak",
    "Sato", "Delgado", "Morgan", "Ibrahim", "Keller", "Vance", "Ortiz",
)  # fmt: skip
# (city, state, country, postal code). New England and New Jersey codes start with 0.
_PLACES = (
    ("Boston", "MA", "US", "02116"),
    ("Cambridge", "MA", "US", "02139"),
    ("Hoboken", "NJ", "US", "07030"),
    ("Hartford", "CT", "US", "06103"),
    ("Portland", "ME", "US", "04101"),
    ("Burlington", "VT", "US", "05401"),
    ("Austin", "TX", "US", "73301"),
    ("Denver", "CO", "US", "80202"),
    ("Seattle", "WA", "US", "98101"),
    ("Chicago", "IL", "US", "60601"),
    ("Miami", "FL", "US", "33101"),
    ("Phoenix", "AZ", "US", "85004"),
    ("Nashville", "TN", "US", "37203"),
    ("Toronto", "ON", "CA", "M5V 2T6"),
    ("Vancouver", "BC", "CA", "V6B 1A1"),
    ("London", None, "GB", "SW1A 1AA"),
)
_STREETS = ("Elm St", "Maple Ave", "Harbor Rd", "Pine Ln", "Cedar Ct", "Lakeview Dr", "Main St")
# (card type, BIN)
_CARDS = (
    ("VISA", "411111"),
    ("VISA", "424242"),
    ("VISA", "400551"),
    ("MASTERCARD", "545454"),
    ("MASTERCARD", "522222"),
    ("AMEX", "371449"),
    ("DISCOVER", "601100"),
)

_FIXED: tuple[dict[str, Any], ...] = (
    {
        "customerId": facts.MARA_CUSTOMER_ID,
        "firstName": "Mara",
        "lastName": "Lindqvist",
        "emailAddress": facts.MARA_EMAIL,
        "phoneNumber": facts.MARA_PHONE,
        "address1": "88 Brighton Ave",
        "address2": "Apt 3",
        "city": "Allston",
        "state": "MA",
        "country": "US",
        "postalCode": facts.MARA_POSTAL_CODE,
        "_card": ("MASTERCARD", "545454", facts.MARA_CARD_LAST4, "2028-09-30"),
    },
    {
        "customerId": facts.CYRILLIC_CUSTOMER_ID,
        "firstName": "Анна",
        "lastName": "Кузнецова",
        "emailAddress": "anna.kuznetsova@example.ru",
        "phoneNumber": "+7 495 555-01-23",
        "address1": "ул. Тверская, д. 7, кв. 12",
        "city": "Москва",
        "state": None,
        "country": "RU",
        "postalCode": "125009",
        "_card": ("VISA", "427600", "7731", "2027-04-30"),
    },
    {
        "customerId": facts.CHARGEBACK_CUSTOMER_ID,
        "firstName": "Derek",
        "lastName": "Holloway",
        "emailAddress": "derek.holloway@example.com",
        "phoneNumber": "555-013-4410",
        "address1": "17 Quarry Rd",
        "city": "Denver",
        "state": "CO",
        "country": "US",
        "postalCode": "80202",
        "_card": ("VISA", "400551", "1881", "2027-12-31"),
    },
    {
        "customerId": facts.DECLINED_CUSTOMER_ID,
        "firstName": "Priya",
        "lastName": "Raman",
        "emailAddress": "priya.raman@example.org",
        "phoneNumber": "5550182266",
        "address1": "4 Pine Ln",
        "city": "Hoboken",
        "state": "NJ",
        "country": "US",
        "postalCode": "07030",
        "_card": ("DISCOVER", "601100", "9424", "2026-12-31"),
    },
)


def seed_customers(store: Store, rng: random.Random) -> list[Row]:
    """Add the fixed customers and enough generated ones to reach ``facts.CUSTOMER_COUNT``.

    Dates are provisional. ``seed_extras`` later moves each customer's
    ``dateCreated`` to just before their first order.
    """
    customers = []
    for spec in _FIXED:
        person = {key: value for key, value in spec.items() if not key.startswith("_")}
        customer = new_customer(store, person, "2026-07-01 08:00:00", _ip(rng))
        card_type, card_bin, last4, expiry = spec["_card"]
        add_pay_source(store, customer, card_type, card_bin, last4, expiry)
        customers.append(customer)
    used_emails = {c["emailAddress"] for c in customers}
    while len(customers) < facts.CUSTOMER_COUNT:
        first = rng.choice(_FIRST_NAMES)
        last = rng.choice(_LAST_NAMES)
        email = f"{first}.{last}@example.{rng.choice(('com', 'net', 'org'))}".lower()
        if email in used_emails:
            email = email.replace("@", f"{rng.randrange(2, 99)}@")
        if email in used_emails:
            continue
        used_emails.add(email)
        city, state, country, postal = rng.choice(_PLACES)
        person = {
            "firstName": first,
            "lastName": last,
            "emailAddress": email,
            "phoneNumber": _phone(rng),
            "address1": f"{rng.randrange(1, 999)} {rng.choice(_STREETS)}",
            "address2": rng.choice((None, None, None, f"Unit {rng.randrange(1, 40)}")),
            "city": city,
            "state": state,
            "country": country,
            "postalCode": postal,
        }
        customer = new_customer(store, person, "2026-07-01 08:00:00", _ip(rng))
        for _ in range(1 + (rng.random() < 0.25)):
            card_type, card_bin = rng.choice(_CARDS)
            last4 = f"{rng.randrange(10000):04d}"
            if last4 in (facts.MARA_CARD_LAST4, *facts.DECLINE_LAST4, facts.CHALLENGE_LAST4):
                last4 = "1111"
            expiry_year = rng.randrange(2027, 2031)
            add_pay_source(
                store,
                customer,
                card_type,
                card_bin,
                last4,
                f"{expiry_year}-{rng.randrange(1, 13):02d}-28",
            )
        customers.append(customer)
    return customers


def _phone(rng: random.Random) -> str:
    number = f"555{rng.randrange(100, 1000)}{rng.randrange(10000):04d}"
    style = rng.randrange(3)
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return f"+1 ({number[:3]}) {number[3:6]}-{number[6:]}"


def _ip(rng: random.Random) -> str:
    # Documentation ranges (RFC 5737), so no seeded address belongs to a real host.
    prefix = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{prefix}.{rng.randrange(1, 255)}"
