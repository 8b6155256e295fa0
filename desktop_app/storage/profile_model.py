"""Profile values and their validation; no I/O.

``Profile`` is the connection setup of one Konnektive account without its secrets.
``validate_profile`` raises ``ProfileError`` with an English message and a template
marked for translation under the ``Profiles`` context.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop_app.api.paay import DEFAULT_3RI_PATH, DEFAULT_BROWSER_PATH, DEFAULT_RESULT_PATH
from desktop_app.api.paay_jwt import CLAIM_LAYOUTS, DEFAULT_LAYOUT, DEFAULT_LIFETIME_SECONDS
from desktop_app.catalog.model import QT_TRANSLATE_NOOP
from desktop_app.catalog.validation import fill_placeholders

TRANSLATION_CONTEXT = "Profiles"
DEMO_PROFILE_ID = "demo"
PAAY_VERSIONS = ("v2.2", "v2")
MIN_TOKEN_LIFETIME = 30
MAX_TOKEN_LIFETIME = 3600
MIN_PAGE_CONCURRENCY = 1
MAX_PAGE_CONCURRENCY = 16

_ID_PATTERN = re.compile(r"[A-Za-z0-9_-]{1,64}")
_PLACEHOLDER = re.compile(r"%([1-9])")


@dataclass(frozen=True)
class Profile:
    """Connection settings of one Konnektive account (without its secrets).

    Attributes:
        id: Stable identifier; also the key of the profile's secrets in the keyring.
        name: Name shown to the user; unique regardless of letter case.
        konnektive_base_url: Konnektive CRM API root.
        paay_base_url: PAAY 3-D Secure API root.
        paay_version: PAAY API version, ``"v2.2"`` or ``"v2"``.
        add_response_type: Whether requests get ``responseType=json`` automatically.
        is_sandbox: True only for the built-in Demo profile.
        timeout_seconds: Timeout of one HTTP request, in seconds.
        page_concurrency: Number of result pages fetched in parallel (1 to 16).
        paay_result_path: Path template of the PAAY result call, with ``{ver}`` and
            ``{transactionId}``.
        paay_browser_path: Path template of the PAAY browser authentication.
        paay_3ri_path: Path template of the PAAY 3RI authentication.
        paay_claim_layout: Key of the JWT claims preset (see ``desktop_app.api.paay_jwt``).
        paay_token_lifetime: Seconds a signed PAAY token stays valid (30 to 3600).
        paay_claims_template: A JSON object that replaces the claims preset, with
            ``{apiKey}``, ``{iat}``, ``{exp}`` and ``{jti}`` placeholders; empty uses the preset.
    """

    id: str
    name: str
    konnektive_base_url: str = "https://api.konnektive.com"
    paay_base_url: str = "https://api-sandbox.3dsintegrator.com"
    paay_version: str = "v2.2"
    add_response_type: bool = True
    is_sandbox: bool = False
    timeout_seconds: float = 30.0
    page_concurrency: int = 4
    paay_result_path: str = DEFAULT_RESULT_PATH
    paay_browser_path: str = DEFAULT_BROWSER_PATH
    paay_3ri_path: str = DEFAULT_3RI_PATH
    paay_claim_layout: str = DEFAULT_LAYOUT.key
    paay_token_lifetime: int = DEFAULT_LIFETIME_SECONDS
    paay_claims_template: str = ""


DEMO_PROFILE = Profile(id=DEMO_PROFILE_ID, name="Demo (sandbox)", is_sandbox=True)
"""The built-in profile; it is always listed first and cannot be changed or deleted.

Its base URLs are the dataclass defaults. Requests of an ``is_sandbox`` profile go to
the local sandbox server instead (see ``desktop_app.connection``).
"""


class ProfileError(ValueError):
    """A profile value is invalid, or the Demo profile was about to be changed.

    ``str(error)`` is the English message. The UI can translate ``template``
    (context ``Profiles``) and fill its ``%1``, ``%2`` placeholders with ``values``.

    Attributes:
        field: Name of the ``Profile`` field at fault (``"id"`` for the Demo profile).
        template: English message template, marked for translation.
        values: Values for the template's placeholders.
    """

    def __init__(self, field: str, template: str, *values: str) -> None:
        self.field = field
        self.template = template
        self.values = values
        super().__init__(fill_placeholders(template, values))


def validate_profile(profile: Profile, others: list[Profile]) -> None:
    """Raise ProfileError unless ``profile`` can be saved next to ``others``.

    Checks the id format, a non-empty name that no other profile uses (ignoring letter
    case and surrounding spaces), http(s) URLs with a host, a known PAAY version, a
    finite timeout above 0 and a page concurrency from 1 to 16.
    """
    if profile.id == DEMO_PROFILE_ID:
        raise demo_protected_error()
    if not _ID_PATTERN.fullmatch(profile.id):
        raise ProfileError(
            "id",
            QT_TRANSLATE_NOOP(
                "Profiles",
                'The profile id "%1" is invalid. Use 1 to 64 letters, digits, "-" or "_", '
                "for example an id from ProfileStore.new_id().",
            ),
            profile.id,
        )
    if profile.is_sandbox:
        raise ProfileError(
            "is_sandbox",
            QT_TRANSLATE_NOOP(
                "Profiles",
                'Profile "%1" is marked as a sandbox profile, but only the built-in Demo '
                "profile can be one. Save it with is_sandbox turned off.",
            ),
            profile.name,
        )

    name = profile.name.strip()
    if not name:
        raise ProfileError(
            "name",
            QT_TRANSLATE_NOOP(
                "Profiles", 'The profile name is empty. Enter a name, for example "Main store".'
            ),
        )
    for other in others:
        if other.id != profile.id and other.name.strip().casefold() == name.casefold():
            raise ProfileError(
                "name",
                QT_TRANSLATE_NOOP(
                    "Profiles", 'A profile named "%1" already exists. Choose a different name.'
                ),
                name,
            )

    if not _is_http_url(profile.konnektive_base_url):
        raise ProfileError(
            "konnektive_base_url",
            QT_TRANSLATE_NOOP(
                "Profiles",
                'The Konnektive base URL "%1" is invalid. Enter an http:// or https:// URL '
                "with a host name, for example https://api.konnektive.com.",
            ),
            profile.konnektive_base_url,
        )
    if not _is_http_url(profile.paay_base_url):
        raise ProfileError(
            "paay_base_url",
            QT_TRANSLATE_NOOP(
                "Profiles",
                'The PAAY base URL "%1" is invalid. Enter an http:// or https:// URL '
                "with a host name, for example https://api-sandbox.3dsintegrator.com.",
            ),
            profile.paay_base_url,
        )
    if profile.paay_version not in PAAY_VERSIONS:
        raise ProfileError(
            "paay_version",
            QT_TRANSLATE_NOOP(
                "Profiles", 'The PAAY API version "%1" is not supported. Choose v2.2 or v2.'
            ),
            profile.paay_version,
        )
    _validate_paay_settings(profile)
    timeout = profile.timeout_seconds
    if isinstance(timeout, bool) or not math.isfinite(timeout) or timeout <= 0:
        raise ProfileError(
            "timeout_seconds",
            QT_TRANSLATE_NOOP(
                "Profiles",
                "The timeout %1 is invalid. Enter a number of seconds greater than 0, "
                "for example 30.",
            ),
            str(timeout),
        )
    concurrency = profile.page_concurrency
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not MIN_PAGE_CONCURRENCY <= concurrency <= MAX_PAGE_CONCURRENCY
    ):
        raise ProfileError(
            "page_concurrency",
            QT_TRANSLATE_NOOP(
                "Profiles",
                "The page concurrency %1 is out of range. Enter a whole number from 1 to 16.",
            ),
            str(concurrency),
        )


def _validate_paay_settings(profile: Profile) -> None:
    """Check the PAAY path templates, claims preset and token lifetime of ``profile``."""
    for field, path in (("paay_result_path", profile.paay_result_path),
                        ("paay_browser_path", profile.paay_browser_path),
                        ("paay_3ri_path", profile.paay_3ri_path)):
        if not path.startswith("/") or " " in path:
            raise ProfileError(
                field,
                QT_TRANSLATE_NOOP(
                    "Profiles",
                    'The PAAY path "%1" is invalid. Enter a path that starts with /, for example '
                    "/v{ver}/authenticate/browser.",
                ),
                path,
            )
    if "{transactionId}" not in profile.paay_result_path:
        raise ProfileError(
            "paay_result_path",
            QT_TRANSLATE_NOOP(
                "Profiles",
                'The PAAY result path "%1" has no {transactionId}. Add it where the '
                "transaction ID goes, for example /v{ver}/authenticate/{transactionId}.",
            ),
            profile.paay_result_path,
        )
    if profile.paay_claim_layout not in {layout.key for layout in CLAIM_LAYOUTS}:
        raise ProfileError(
            "paay_claim_layout",
            QT_TRANSLATE_NOOP(
                "Profiles", 'The JWT claims preset "%1" is unknown. Choose one from the list.'
            ),
            profile.paay_claim_layout,
        )
    if profile.paay_claims_template.strip():
        try:
            template = json.loads(profile.paay_claims_template)
        except ValueError:
            template = None
        if not isinstance(template, dict):
            raise ProfileError(
                "paay_claims_template",
                QT_TRANSLATE_NOOP(
                    "Profiles",
                    'The JWT claims template "%1" is not a JSON object. Write it like '
                    '{"iss": "{apiKey}", "iat": "{iat}", "exp": "{exp}"}, or leave it empty.',
                ),
                profile.paay_claims_template.strip()[:80],
            )
    lifetime = profile.paay_token_lifetime
    if isinstance(lifetime, bool) or not MIN_TOKEN_LIFETIME <= lifetime <= MAX_TOKEN_LIFETIME:
        raise ProfileError(
            "paay_token_lifetime",
            QT_TRANSLATE_NOOP(
                "Profiles",
                "The token lifetime %1 is out of range. Enter a number of seconds from 30 to "
                "3600, for example 300.",
            ),
            str(lifetime),
        )


def demo_protected_error() -> ProfileError:
    """Return the ProfileError raised when the Demo profile is about to be saved or deleted."""
    return ProfileError(
        "id",
        QT_TRANSLATE_NOOP(
            "Profiles",
            'The built-in profile "%1" cannot be changed or deleted. Create a new profile instead.',
        ),
        DEMO_PROFILE.name,
    )


def _is_http_url(url: str) -> bool:
    if url != url.strip() or any(ch.isspace() for ch in url):
        return False
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises ValueError for a port that is not a number from 0 to 65535
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)
