"""HS256 JSON Web Tokens that the PAAY client signs locally for every request.

PAAY does not publish the claims it expects, and public integrations disagree, so the claims
come from an editable template. String values of the template may contain the placeholders
``{apiKey}``, ``{iat}``, ``{exp}`` and ``{jti}``. A value that is exactly ``"{iat}"`` or
``"{exp}"`` becomes a JSON number. Any other placeholder is replaced inside the text.

Every token carries ``iat`` (now, rounded down to a whole second, so it is never in the
future), ``exp`` (``iat`` plus the lifetime) and a new ``jti`` (a uuid4 hex string). The
template cannot remove these three claims, but it may give them other values.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import jwt

from desktop_app.catalog.model import QT_TRANSLATE_NOOP

ALGORITHM = "HS256"
DEFAULT_LIFETIME_SECONDS = 300
MASK = "***"

_PLACEHOLDER = re.compile(r"\{(apiKey|iat|exp|jti)\}")
_NUMERIC_PLACEHOLDERS = ("{iat}", "{exp}")


@dataclass(frozen=True)
class ClaimLayout:
    """A named preset of the claims template.

    Attributes:
        key: Stable identifier, stored in settings.
        label: English name of the preset, marked for translation (context ``ApiMessages``).
        claims: The template as ``(claim, value)`` pairs; see ``template()``.
    """

    key: str
    label: str
    claims: tuple[tuple[str, Any], ...]

    def template(self) -> dict[str, Any]:
        """Return the claims template as a new dict that the caller may edit."""
        return dict(self.claims)


LAYOUT_ISS_API_KEY = ClaimLayout(
    "iss_api_key",
    QT_TRANSLATE_NOOP("ApiMessages", "API key as issuer (iss)"),
    (("iss", "{apiKey}"), ("iat", "{iat}"), ("exp", "{exp}"), ("jti", "{jti}")),
)
LAYOUT_ISS_AUD_API_KEY = ClaimLayout(
    "iss_aud_api_key",
    QT_TRANSLATE_NOOP("ApiMessages", "API key as issuer (iss) and audience (aud)"),
    (
        ("iss", "{apiKey}"),
        ("aud", "{apiKey}"),
        ("iat", "{iat}"),
        ("exp", "{exp}"),
        ("jti", "{jti}"),
    ),
)
LAYOUT_SERVER_ISS_API_KEY_AUD = ClaimLayout(
    "server_iss_api_key_aud",
    QT_TRANSLATE_NOOP(
        "ApiMessages", "Fixed issuer 3dsintegrator_Authentication_Server, API key as audience"
    ),
    (
        ("iss", "3dsintegrator_Authentication_Server"),
        ("aud", "{apiKey}"),
        ("iat", "{iat}"),
        ("exp", "{exp}"),
        ("jti", "{jti}"),
    ),
)
# One public integration spells the issuer "3dsinetegrator", so a preset keeps that spelling.
LAYOUT_MISSPELLED_SERVER_ISS = ClaimLayout(
    "misspelled_server_iss_api_key_aud",
    QT_TRANSLATE_NOOP(
        "ApiMessages", "Fixed issuer 3dsinetegrator_Authentication_Server, API key as audience"
    ),
    (
        ("iss", "3dsinetegrator_Authentication_Server"),
        ("aud", "{apiKey}"),
        ("iat", "{iat}"),
        ("exp", "{exp}"),
        ("jti", "{jti}"),
    ),
)

CLAIM_LAYOUTS: tuple[ClaimLayout, ...] = (
    LAYOUT_ISS_API_KEY,
    LAYOUT_ISS_AUD_API_KEY,
    LAYOUT_SERVER_ISS_API_KEY_AUD,
    LAYOUT_MISSPELLED_SERVER_ISS,
)
DEFAULT_LAYOUT = LAYOUT_ISS_API_KEY


def layout_by_key(key: str) -> ClaimLayout:
    """Return the preset with ``key``, or the default preset when no preset has that key."""
    return next((layout for layout in CLAIM_LAYOUTS if layout.key == key), DEFAULT_LAYOUT)


def clean_api_key(api_key: str) -> str:
    """Return the API key without the spaces and line breaks that pasting can add around it."""
    return api_key.strip()


def build_claims(
    api_key: str,
    template: Mapping[str, Any] | None = None,
    *,
    lifetime: int = DEFAULT_LIFETIME_SECONDS,
    now: float | None = None,
) -> dict[str, Any]:
    """Fill a claims template for one token.

    Args:
        api_key: The PAAY API key; surrounding whitespace is removed before it is used.
        template: Claims with placeholders; None uses the default preset. Nested dicts and
            lists are filled too.
        lifetime: Seconds from ``iat`` to ``exp``.
        now: Current time as a Unix timestamp; None reads the system clock.

    Returns:
        The claims, always with ``iat``, ``exp`` and a new ``jti``.

    Raises:
        ValueError: ``lifetime`` is less than 1.
    """
    if lifetime < 1:
        raise ValueError(f"The token lifetime must be at least 1 second, not {lifetime}")
    issued_at = int(time.time() if now is None else now)
    values = {
        "apiKey": clean_api_key(api_key),
        "iat": str(issued_at),
        "exp": str(issued_at + lifetime),
        "jti": uuid.uuid4().hex,
    }
    source = DEFAULT_LAYOUT.template() if template is None else template
    claims = {str(name): _fill(value, values) for name, value in source.items()}
    claims.setdefault("iat", issued_at)
    claims.setdefault("exp", issued_at + lifetime)
    claims.setdefault("jti", values["jti"])
    return claims


def _fill(value: Any, values: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        if value in _NUMERIC_PLACEHOLDERS:
            return int(values[value[1:-1]])
        return _PLACEHOLDER.sub(lambda match: values[match.group(1)], value)
    if isinstance(value, Mapping):
        return {str(key): _fill(item, values) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_fill(item, values) for item in value]
    return value


def sign_token(
    api_key: str,
    secret: str,
    template: Mapping[str, Any] | None = None,
    *,
    lifetime: int = DEFAULT_LIFETIME_SECONDS,
    now: float | None = None,
) -> str:
    """Sign a new token with HS256, using the UTF-8 bytes of ``secret`` as the HMAC key.

    Args:
        api_key: The PAAY API key, used for the ``{apiKey}`` placeholder.
        secret: The PAAY API secret; surrounding whitespace is removed.
        template: Claims template; None uses the default preset.
        lifetime: Seconds from ``iat`` to ``exp``.
        now: Current time as a Unix timestamp; None reads the system clock.

    Returns:
        The compact token, ``header.payload.signature``.
    """
    claims = build_claims(api_key, template, lifetime=lifetime, now=now)
    return jwt.encode(claims, secret.strip().encode("utf-8"), algorithm=ALGORITHM)


@dataclass(frozen=True)
class TokenPreview:
    """The readable parts of a token: its header and claims, without the signature.

    Attributes:
        header: The decoded JOSE header, e.g. ``{"alg": "HS256", "typ": "JWT"}``.
        claims: The decoded claims. Any string that contains the secret shows ``***``.
    """

    header: dict[str, Any]
    claims: dict[str, Any]


def preview_token(token: str, secret: str = "") -> TokenPreview:
    """Decode a token's header and claims for display, without checking the signature.

    Args:
        token: A compact token.
        secret: When given, any string value that contains it is replaced by ``***``, in case
            a claims template has the secret typed into it.

    Returns:
        The header and claims. The signature and the secret are never part of them.

    Raises:
        jwt.DecodeError: The text is not a compact token.
    """
    header = dict(jwt.get_unverified_header(token))
    claims = jwt.decode(token, options={"verify_signature": False})
    hidden = secret.strip()
    return TokenPreview(_hide(header, hidden), _hide(dict(claims), hidden))


def preview_claims(
    api_key: str,
    secret: str,
    template: Mapping[str, Any] | None = None,
    *,
    lifetime: int = DEFAULT_LIFETIME_SECONDS,
    now: float | None = None,
) -> TokenPreview:
    """Sign a sample token with the given settings and return its header and claims.

    Args:
        api_key: The PAAY API key.
        secret: The PAAY API secret; it signs the sample and never appears in the preview.
        template: Claims template; None uses the default preset.
        lifetime: Seconds from ``iat`` to ``exp``.
        now: Current time as a Unix timestamp; None reads the system clock.
    """
    token = sign_token(api_key, secret, template, lifetime=lifetime, now=now)
    return preview_token(token, secret)


def _hide(claims: dict[str, Any], secret: str) -> dict[str, Any]:
    if not secret:
        return claims
    return {key: _hide_value(value, secret) for key, value in claims.items()}


def _hide_value(value: Any, secret: str) -> Any:
    if isinstance(value, str):
        return MASK if secret in value else value
    if isinstance(value, dict):
        return _hide(value, secret)
    if isinstance(value, list):
        return [_hide_value(item, secret) for item in value]
    return value


class TokenSigner:
    """Signs a fresh token for each request from one API key, secret and claims template.

    ``repr()`` shows neither the key nor the secret.

    Args:
        api_key: The PAAY API key; surrounding whitespace is removed.
        secret: The PAAY API secret; surrounding whitespace is removed.
        template: Claims template, or a ``ClaimLayout`` preset; None uses the default preset.
        lifetime: Seconds from ``iat`` to ``exp``.

    Raises:
        ValueError: ``lifetime`` is less than 1.
    """

    def __init__(
        self,
        api_key: str,
        secret: str,
        template: Mapping[str, Any] | ClaimLayout | None = None,
        *,
        lifetime: int = DEFAULT_LIFETIME_SECONDS,
    ) -> None:
        if lifetime < 1:
            raise ValueError(f"The token lifetime must be at least 1 second, not {lifetime}")
        self._api_key = clean_api_key(api_key)
        self._secret = secret.strip()
        if isinstance(template, ClaimLayout):
            template = template.template()
        self._template = dict(template) if template is not None else DEFAULT_LAYOUT.template()
        self._lifetime = lifetime

    @property
    def api_key(self) -> str:
        """The API key without surrounding whitespace, as sent in ``X-3DS-API-KEY``."""
        return self._api_key

    @property
    def lifetime(self) -> int:
        """Seconds from ``iat`` to ``exp`` of each token."""
        return self._lifetime

    def token(self, now: float | None = None) -> str:
        """Sign a new token; ``now`` is a Unix timestamp, None reads the system clock."""
        return sign_token(
            self._api_key, self._secret, self._template, lifetime=self._lifetime, now=now
        )

    def preview(self, now: float | None = None) -> TokenPreview:
        """Return the header and claims of a new token, without signature or secret."""
        return preview_token(self.token(now), self._secret)

    def scrub(self, text: str) -> str:
        """Replace the API key and the secret by ``***`` wherever they occur in ``text``.

        Values shorter than 4 characters are left alone, because replacing them would garble
        ordinary words.
        """
        for value in (self._secret, self._api_key):
            if len(value) >= 4:
                text = text.replace(value, MASK)
        return text

    def __repr__(self) -> str:
        return f"TokenSigner(api_key='***', secret='***', lifetime={self._lifetime})"
