"""Seeded campaigns, products, merchants (MIDs) and their profiles, coupons, clubs, affiliates."""

from __future__ import annotations

from desktop_app.sandbox.store import Store

_CREATED = "2026-01-15 09:00:00"

# (campaignId, name, type, currency, countries, sales URL)
_CAMPAIGNS = (
    (1, "Glow Serum US", "ECOMMERCE", "USD", "US", "https://glow.example.com/checkout"),
    (2, "Keto Burn Phone", "PHONE", "USD", "US,CA", None),
    (3, "Daily Greens Lander", "LANDER", "USD", "US", "https://greens.example.com/offer"),
    (4, "Insider Club", "ECOMMERCE", "USD", "US,CA,GB", "https://club.example.com/join"),
    (5, "Sleep Well CA", "ECOMMERCE", "CAD", "CA", "https://sleepwell.example.ca/order"),
)

# Columns: productId | campaignId | name | SKU | product type | billing cycle type |
# interval days | price | rebill price | shipping | cost | club id (blank: none).
_PRODUCTS = """
101 | 1 | Glow Serum 30ml | SER-30 | OFFER | RECURRING | 30 | 39.95 | 39.95 | 4.95 | 6.10 |
102 | 1 | Glow Serum Trial | SER-TRIAL | OFFER | TRIAL | 14 | 4.95 | 59.95 | 0.00 | 6.10 |
103 | 1 | Eye Cream Upsell | EYE-15 | UPSALE | ONE_TIME |  | 24.95 | 0.00 | 0.00 | 3.40 |
104 | 2 | Keto Burn 60ct | KB-60 | OFFER | RECURRING | 30 | 49.99 | 49.99 | 5.99 | 7.25 |
105 | 2 | Keto Burn 3-Pack | KB-180 | OFFER | ONE_TIME |  | 119.97 | 0.00 | 0.00 | 21.75 |
106 | 3 | Daily Greens Tub | DG-TUB | OFFER | RECURRING | 30 | 54.00 | 54.00 | 6.95 | 11.80 |
107 | 3 | Shaker Bottle | DG-SHK | UPSALE | ONE_TIME |  | 9.99 | 0.00 | 0.00 | 1.20 |
108 | 4 | Insider Club Monthly | CLUB-M | OFFER | RECURRING | 30 | 19.99 | 19.99 | 0.00 | 0.00 | 1
109 | 4 | Insider Club Annual | CLUB-Y | OFFER | RECURRING | 365 | 179.00 | 179.00 | 0.00 | 0.00 | 1
110 | 5 | Sleep Gummies | SLP-GUM | OFFER | RECURRING | 30 | 34.50 | 34.50 | 5.50 | 5.05 |
111 | 5 | Silk Sleep Mask | SLP-MASK | UPSALE | ONE_TIME |  | 14.00 | 0.00 | 0.00 | 2.10 |
"""

# Columns: merchantId | title | MID number | descriptor | MCC | processor | status | monthly cap
_MERCHANTS = """
1 | Bank A - MID 1 | 8881234561 | GLOWCO 8885550101 | 5999 | NMI | ACTIVE | 150000.00
2 | Bank B - MID 2 | 8881234562 | KETOBURN 8885550102 | 5499 | Stripe | ACTIVE | 90000.00
3 | Bank C - MID 3 | 8881234563 | GREENS 8885550103 | 5499 | Authorize.Net | ACTIVE | 120000.00
4 | Bank D - MID 4 | 8881234564 | INSIDERCLUB 8885550104 | 5968 | NMI | INACTIVE | 50000.00
"""
CAMPAIGN_MERCHANTS = {1: (1, 3), 2: (2,), 3: (3, 1), 4: (4, 1), 5: (2, 3)}
"""Merchants each campaign routes its charges to. The first one takes most of them."""

# Columns: couponId | code | campaignId | discount type | value | start | end | max uses | status
_COUPONS = """
1 | WELCOME10 | 1 | PERCENT | 10 | 2026-01-01 |  |  | ACTIVE
2 | SAVE5 | 3 | FLAT | 5.00 | 2026-03-01 |  | 500 | ACTIVE
3 | FREESHIP | 2 | SHIPPING | 0 | 2026-05-01 | 2026-12-31 |  | ACTIVE
4 | VIP20 | 4 | PERCENT | 20 | 2026-02-01 |  | 100 | ACTIVE
5 | SUMMER25 | 5 | PERCENT | 25 | 2026-06-01 | 2026-08-31 |  | EXPIRED
"""

# (affiliateId, affId, name, email)
_AFFILIATES = (
    (1, "AFF101", "Northwind Media", "ops@northwind-media.example"),
    (2, "AFF102", "Bluefin Leads", "partners@bluefin.example"),
    (3, "AFF103", "Harbor Influence", "team@harbor-influence.example"),
    (4, "AFF104", "Quarry Search", "billing@quarry-search.example"),
    (5, "AFF105", "Лиса Трафик", "info@lisa-traffic.example"),
)


def _table(text: str) -> list[list[str]]:
    """Split a ``|``-separated text table into rows of stripped cells."""
    return [[cell.strip() for cell in line.split("|")] for line in text.strip().splitlines()]


def _optional_int(text: str) -> int | None:
    return int(text) if text else None


def seed_catalog(store: Store) -> None:
    """Add the fixed campaigns, products, merchants, profiles, coupons, clubs and affiliates."""
    _seed_campaigns(store)
    _seed_merchants(store)
    _seed_coupons(store)
    store.clubs[1] = {"clubId": 1, "clubName": "Insider Club", "productIds": [108, 109]}
    _seed_affiliates(store)
    _seed_merchant_profiles(store)


def _seed_campaigns(store: Store) -> None:
    products = _table(_PRODUCTS)
    for campaign_id, name, kind, currency, countries, url in _CAMPAIGNS:
        store.campaigns[campaign_id] = {
            "campaignId": campaign_id,
            "campaignName": name,
            "campaignType": kind,
            "currency": currency,
            "countries": countries,
            "salesUrl": url,
            "status": "ACTIVE",
            "productIds": [int(row[0]) for row in products if int(row[1]) == campaign_id],
            "merchantIds": list(CAMPAIGN_MERCHANTS[campaign_id]),
            "dateCreated": _CREATED,
            "dateUpdated": _CREATED,
        }
        store.reserve_id("campaign", campaign_id)
    for row in products:
        _add_product(store, row)


def _seed_merchants(store: Store) -> None:
    for merchant_id, title, mid, descriptor, mcc, processor, status, cap in _table(_MERCHANTS):
        store.merchants[int(merchant_id)] = {
            "merchantId": int(merchant_id),
            "title": title,
            "midNumber": mid,
            "merchantDescriptor": descriptor,
            "mcc": mcc,
            "processor": processor,
            "currency": "USD",
            "status": status,
            "monthlyCap": cap,
            "acceptedCards": "VISA,MASTERCARD,AMEX,DISCOVER",
            "dateCreated": _CREATED,
            "dateUpdated": _CREATED,
        }
        store.reserve_id("merchant", int(merchant_id))


def _seed_coupons(store: Store) -> None:
    for row in _table(_COUPONS):
        coupon_id, code, campaign_id, kind, value, start, end, max_uses, status = row
        store.coupons[int(coupon_id)] = {
            "couponId": int(coupon_id),
            "couponCode": code,
            "campaignId": int(campaign_id),
            "discountType": kind,
            "discountAmount": value,
            "startDate": start or None,
            "endDate": end or None,
            "maxUses": _optional_int(max_uses),
            "timesUsed": 0,
            "status": status,
            "dateCreated": _CREATED,
            "dateUpdated": _CREATED,
        }
        store.reserve_id("coupon", int(coupon_id))


def _seed_affiliates(store: Store) -> None:
    for affiliate_id, aff_id, name, email in _AFFILIATES:
        store.affiliates[affiliate_id] = {
            "affiliateId": affiliate_id,
            "affId": aff_id,
            "name": name,
            "emailAddress": email,
            "postbackUrl": f"https://track.example.com/postback?aff={aff_id}&click={{clickId}}",
            "campaignId": None,
            "status": "INACTIVE" if affiliate_id == 4 else "ACTIVE",
            "dateCreated": _CREATED,
            "dateUpdated": _CREATED,
        }
        store.reserve_id("affiliate", affiliate_id)


def _add_product(store: Store, row: list[str]) -> None:
    product_id, campaign_id, name, sku, kind, cycle, interval = row[:7]
    price, rebill, shipping, cost, club = row[7:]
    club_id = _optional_int(club)
    store.products[int(product_id)] = {
        "productId": int(product_id),
        "campaignProductId": int(product_id) + 900,
        "campaignId": int(campaign_id),
        "productName": name,
        "productSku": sku,
        "productType": kind,
        "productCategory": "Membership" if club_id else "Physical",
        "billingCycleType": cycle,
        "billingIntervalDays": _optional_int(interval),
        "trialDays": 14 if cycle == "TRIAL" else None,
        "productPrice": price,
        "rebillPrice": rebill,
        "shippingPrice": shipping,
        "productCost": cost,
        "clubId": club_id,
        "status": "ACTIVE",
        "dateCreated": _CREATED,
        "dateUpdated": _CREATED,
        "_shippable": club_id is None,
    }
    store.reserve_id("product", int(product_id))


def _seed_merchant_profiles(store: Store) -> None:
    store.recycle_profiles.extend(
        [
            {
                "recycleProfileId": 1,
                "name": "Standard 3-step",
                "attempts": [
                    {"attempt": 1, "daysAfterDecline": 2, "priceAdjustPercent": 0},
                    {"attempt": 2, "daysAfterDecline": 5, "priceAdjustPercent": -10},
                    {"attempt": 3, "daysAfterDecline": 9, "priceAdjustPercent": -20},
                ],
                "status": "ACTIVE",
            },
            {
                "recycleProfileId": 2,
                "name": "Soft declines only",
                "attempts": [{"attempt": 1, "daysAfterDecline": 1, "priceAdjustPercent": 0}],
                "status": "ACTIVE",
            },
        ]
    )
    store.cascade_profiles.extend(
        [
            {
                "cascadeProfileId": 1,
                "name": "A to C on decline",
                "merchantIds": [1, 3],
                "declineTexts": ["Do not honor", "Insufficient funds"],
                "status": "ACTIVE",
            },
            {
                "cascadeProfileId": 2,
                "name": "B to C",
                "merchantIds": [2, 3],
                "declineTexts": [],
                "status": "ACTIVE",
            },
        ]
    )
    for map_id, (card_bin, merchant_id, card_type) in enumerate(
        (
            ("411111", 1, "VISA"),
            ("545454", 3, "MASTERCARD"),
            ("601100", 2, "DISCOVER"),
            ("371449", 3, "AMEX"),
        ),
        start=1,
    ):
        store.bin_maps.append(
            {
                "binMapId": map_id,
                "cardBin": card_bin,
                "merchantId": merchant_id,
                "cardType": card_type,
            }
        )
    store.bin_profiles.extend(
        [
            {
                "binProfileId": 1,
                "name": "Prepaid BINs",
                "cardBins": ["423223", "440393"],
                "action": "BLOCK",
            },
            {
                "binProfileId": 2,
                "name": "High-risk issuers",
                "cardBins": ["515676"],
                "action": "ROUTE",
            },
        ]
    )
    store.merchant_profiles.extend(
        [
            {
                "profileId": 1,
                "name": "Serum load balancer",
                "merchants": [{"merchantId": 1, "weight": 70}, {"merchantId": 3, "weight": 30}],
                "status": "ACTIVE",
            },
            {
                "profileId": 2,
                "name": "Club billing",
                "merchants": [{"merchantId": 4, "weight": 100}],
                "status": "INACTIVE",
            },
        ]
    )
