"""Tokens signed for PAAY: claims, placeholders, presets and the preview."""

from __future__ import annotations

import jwt
import pytest

from desktop_app.api.paay_jwt import (
    CLAIM_LAYOUTS,
    DEFAULT_LAYOUT,
    LAYOUT_ISS_AUD_API_KEY,
    LAYOUT_MISSPELLED_SERVER_ISS,
    LAYOUT_SERVER_ISS_API_KEY_AUD,
    ClaimLayout,
    TokenSigner,
    build_claims,
    layout_by_key,
    preview_claims,
    preview_token,
    sign_token,
)

API_KEY = "paay-test-key-0f3a"
SECRET = "paay-test-secret-2b7d9e41c6a85f03d1e7"
NOW = 1_800_000_000.75


def decode(token: str, secret: str = SECRET) -> dict[str, object]:
    """Decode a token with its signature checked and without time or audience checks."""
    claims: dict[str, object] = jwt.decode(
        token,
        secret,
        algorithms=["HS256"],
        options={"verify_exp": False, "verify_iat": False, "verify_aud": False},
    )
    return claims


def test_token_decodes_with_secret() -> None:
    """The token verifies with the secret and carries the HS256 header."""
    token = sign_token(API_KEY, SECRET, now=NOW)

    assert decode(token)["iss"] == API_KEY
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}


def test_token_fails_with_other_secret() -> None:
    """Another secret does not verify the signature."""
    token = sign_token(API_KEY, SECRET, now=NOW)

    with pytest.raises(jwt.InvalidSignatureError):
        decode(token, "another-secret-of-enough-length-0123456789")


def test_pasted_api_key_is_trimmed() -> None:
    """A key pasted with a leading space and a trailing newline becomes the bare key."""
    signer = TokenSigner(" " + API_KEY + "\n", SECRET)

    assert decode(signer.token())["iss"] == API_KEY
    assert signer.api_key == API_KEY


def test_pasted_secret_is_trimmed() -> None:
    """A secret pasted with a trailing newline signs like the bare secret."""
    token = sign_token(API_KEY, SECRET + "\n", now=NOW)

    assert decode(token)["iss"] == API_KEY


@pytest.mark.parametrize("lifetime", [60, 120, 300, 900])
def test_exp_minus_iat_is_lifetime(lifetime: int) -> None:
    """The exp claim is iat plus the lifetime, and iat is the current second rounded down."""
    claims = decode(sign_token(API_KEY, SECRET, lifetime=lifetime, now=NOW))

    assert claims["iat"] == 1_800_000_000
    assert claims["exp"] == 1_800_000_000 + lifetime


def test_default_lifetime_is_300() -> None:
    """Without a lifetime the token is valid for 300 seconds."""
    claims = decode(TokenSigner(API_KEY, SECRET).token(now=NOW))

    assert claims["exp"] == int(str(claims["iat"])) + 300


def test_jti_differs_on_every_token() -> None:
    """Each token has a new 32-digit hex jti, even within the same second."""
    signer = TokenSigner(API_KEY, SECRET)
    ids = [decode(signer.token(now=NOW))["jti"] for _ in range(20)]

    assert len(set(ids)) == 20
    assert all(isinstance(item, str) and len(item) == 32 for item in ids)
    assert all(int(str(item), 16) >= 0 for item in ids)


def test_lifetime_below_one_rejected() -> None:
    """A lifetime of 0 seconds raises ValueError."""
    with pytest.raises(ValueError, match="at least 1 second"):
        TokenSigner(API_KEY, SECRET, lifetime=0)
    with pytest.raises(ValueError, match="at least 1 second"):
        build_claims(API_KEY, lifetime=0)


def test_default_layout_claims() -> None:
    """The default preset has iss, iat, exp and jti only."""
    claims = build_claims(API_KEY, now=NOW)

    assert set(claims) == {"iss", "iat", "exp", "jti"}
    assert claims["iss"] == API_KEY
    assert DEFAULT_LAYOUT.key == "iss_api_key"


def test_preset_iss_and_aud() -> None:
    """The iss-and-aud preset puts the key in both claims."""
    claims = build_claims(API_KEY, LAYOUT_ISS_AUD_API_KEY.template(), now=NOW)

    assert claims["iss"] == API_KEY
    assert claims["aud"] == API_KEY


@pytest.mark.parametrize(
    ("layout", "issuer"),
    [
        (LAYOUT_SERVER_ISS_API_KEY_AUD, "3dsintegrator_Authentication_Server"),
        (LAYOUT_MISSPELLED_SERVER_ISS, "3dsinetegrator_Authentication_Server"),
    ],
)
def test_preset_fixed_issuer(layout: ClaimLayout, issuer: str) -> None:
    """The fixed-issuer presets keep their issuer text and put the key in aud."""
    signer = TokenSigner(API_KEY, SECRET, layout)
    claims = decode(signer.token(now=NOW))

    assert claims["iss"] == issuer
    assert claims["aud"] == API_KEY


def test_layout_keys_unique_and_found() -> None:
    """Every preset is found by its key, and an unknown key gives the default."""
    keys = [layout.key for layout in CLAIM_LAYOUTS]

    assert len(set(keys)) == len(keys)
    for layout in CLAIM_LAYOUTS:
        assert layout_by_key(layout.key) is layout
    assert layout_by_key("no-such-layout") is DEFAULT_LAYOUT


def test_template_placeholders_filled() -> None:
    """Exact {iat}/{exp} become numbers; placeholders inside text are replaced as text."""
    template = {
        "iss": "{apiKey}",
        "sub": "key:{apiKey}",
        "iat": "{iat}",
        "exp": "{exp}",
        "nbf": "{iat}",
        "window": "{iat}-{exp}",
        "ref": "{jti}",
        "scope": ["{apiKey}", 3],
        "ctx": {"who": "{apiKey}"},
        "literal": "{notAPlaceholder}",
        "count": 7,
    }
    claims = build_claims(" " + API_KEY + " ", template, lifetime=120, now=NOW)

    assert claims["iss"] == API_KEY
    assert claims["sub"] == f"key:{API_KEY}"
    assert claims["iat"] == 1_800_000_000
    assert claims["exp"] == 1_800_000_120
    assert claims["nbf"] == 1_800_000_000
    assert claims["window"] == "1800000000-1800000120"
    assert claims["ref"] == claims["jti"]
    assert claims["scope"] == [API_KEY, 3]
    assert claims["ctx"] == {"who": API_KEY}
    assert claims["literal"] == "{notAPlaceholder}"
    assert claims["count"] == 7


def test_template_without_times_gets_them() -> None:
    """A template without iat, exp and jti still yields all three."""
    claims = build_claims(API_KEY, {"aud": "{apiKey}"}, lifetime=90, now=NOW)

    assert claims["aud"] == API_KEY
    assert claims["exp"] == claims["iat"] + 90
    assert isinstance(claims["jti"], str)


def test_template_edit_leaves_preset_unchanged() -> None:
    """Editing the dict from template() does not change the preset."""
    template = DEFAULT_LAYOUT.template()
    template["iss"] = "changed"

    assert DEFAULT_LAYOUT.template()["iss"] == "{apiKey}"


def test_preview_has_no_secret_or_signature() -> None:
    """The preview contains the header and claims, never the secret or the signature."""
    token = sign_token(API_KEY, SECRET, now=NOW)
    signature = token.rsplit(".", 1)[1]
    preview = preview_token(token, SECRET)
    text = repr(preview)

    assert preview.header == {"alg": "HS256", "typ": "JWT"}
    assert preview.claims["iss"] == API_KEY
    assert SECRET not in text
    assert signature not in text
    assert token not in text


def test_preview_masks_secret_typed_into_template() -> None:
    """A claim whose text contains the secret is shown as ***."""
    preview = preview_claims(API_KEY, SECRET, {"note": f"s={SECRET}"}, now=NOW)

    assert preview.claims["note"] == "***"
    assert SECRET not in repr(preview)


def test_signer_preview_and_repr_hide_secret() -> None:
    """TokenSigner.preview and repr() show neither the key nor the secret."""
    signer = TokenSigner(API_KEY, SECRET)
    preview = signer.preview(now=NOW)

    assert set(preview.claims) == {"iss", "iat", "exp", "jti"}
    assert SECRET not in repr(preview)
    assert SECRET not in repr(signer)
    assert API_KEY not in repr(signer)


def test_scrub_hides_key_and_secret() -> None:
    """scrub() replaces the key and the secret in free text."""
    signer = TokenSigner(API_KEY, SECRET)
    text = signer.scrub(f"Illegal header value b'{API_KEY}' near {SECRET}")

    assert API_KEY not in text
    assert SECRET not in text
    assert text.count("***") == 2
