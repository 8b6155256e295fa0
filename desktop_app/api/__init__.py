"""Network clients for Konnektive and PAAY, result types, paging and redaction; no Qt."""

from desktop_app.api.cancel import CancelToken
from desktop_app.api.konnektive import (
    BASE_URL_PRESETS,
    DEFAULT_BASE_URL,
    KonnektiveClient,
    KonnektiveCredentials,
)
from desktop_app.api.parse import parse_reply
from desktop_app.api.redact import (
    SecretRedactingFilter,
    install_redaction,
    mask_card,
    redact_data,
    redact_pairs,
    redact_text,
)
from desktop_app.api.result import (
    ApiResult,
    Paging,
    Problem,
    ProblemCode,
    RequestRecord,
    ResultKind,
)

__all__ = [
    "BASE_URL_PRESETS",
    "DEFAULT_BASE_URL",
    "ApiResult",
    "CancelToken",
    "KonnektiveClient",
    "KonnektiveCredentials",
    "Paging",
    "Problem",
    "ProblemCode",
    "RequestRecord",
    "ResultKind",
    "SecretRedactingFilter",
    "install_redaction",
    "mask_card",
    "parse_reply",
    "redact_data",
    "redact_pairs",
    "redact_text",
]
