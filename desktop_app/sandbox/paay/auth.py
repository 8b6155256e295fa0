"""Credential check of the fake PAAY API: the ``X-3DS-API-KEY`` header and the bearer JWT.

The token must be HS256-signed with ``SANDBOX_PAAY_SECRET``, have ``iss`` equal to
``SANDBOX_PAAY_API_KEY``, not be expired, and not be issued more than
``IAT_LEEWAY_SECONDS`` in the future. Times are compared with the sandbox clock, which
``SandboxServer.clock_skew_seconds`` shifts, so a skewed sandbox rejects fresh tokens.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

import jwt

logger = logging.getLogger(__name__)

SANDBOX_PAAY_API_KEY = "sandbox-paay-api-key-7c1e4b92"
SANDBOX_PAAY_SECRET = "sandbox-paay-secret-5d0a8f3e61b94c27a7e2f08d"
"""HMAC key of the sandbox tokens, 32 bytes or longer, so pyjwt warns of no short key."""
IAT_LEEWAY_SECONDS = 60

_BEARER_PREFIX = "bearer "


def check_credentials(headers: Mapping[str, str], now: float) -> str:
    """Check the API key header and the bearer token of one request.

    Args:
        headers: Request headers with lower-case names.
        now: The sandbox's current time as a Unix timestamp.

    Returns:
        An English reason for the 401 reply, or ``""`` when the request may pass.
    """
    if headers.get("x-3ds-api-key", "") != SANDBOX_PAAY_API_KEY:
        return "Invalid API key in X-3DS-API-KEY"
    authorization = headers.get("authorization", "")
    if not authorization.lower().startswith(_BEARER_PREFIX):
        return "Missing bearer token in the Authorization header"
    token = authorization[len(_BEARER_PREFIX) :].strip()
    try:
        claims = jwt.decode(
            token,
            SANDBOX_PAAY_SECRET,
            algorithms=["HS256"],
            # Times are checked below against the sandbox clock instead of the system clock,
            # and the audience is not checked, so tokens that also carry an aud pass.
            options={
                "verify_exp": False,
                "verify_iat": False,
                "verify_nbf": False,
                "verify_aud": False,
                "verify_iss": False,
                "require": ["iss", "iat", "exp"],
            },
        )
    except jwt.InvalidSignatureError:
        return "JWT signature verification failed"
    except jwt.PyJWTError as exc:
        return f"Invalid JWT: {exc}"
    return _check_claims(claims, now)


def _check_claims(claims: Mapping[str, object], now: float) -> str:
    issued_at, expires = claims["iat"], claims["exp"]
    if not isinstance(issued_at, int | float) or not isinstance(expires, int | float):
        return "Invalid JWT: iat and exp must be numbers"
    if expires <= now:
        logger.info("PAAY token expired %.0f s ago", now - expires)
        return "JWT expired"
    if issued_at > now + IAT_LEEWAY_SECONDS:
        return "JWT issued in the future"
    if claims["iss"] != SANDBOX_PAAY_API_KEY:
        return "JWT issuer (iss) does not match the API key"
    return ""
