"""Exceptions that handlers raise to produce ``{"result": "ERROR", ...}`` replies."""

from __future__ import annotations


class ApiError(Exception):
    """A request the sandbox rejects with ``{"result": "ERROR", "message": ...}`` and HTTP 200.

    Attributes:
        message: Text sent in the ``message`` field.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NoResults(ApiError):
    """An empty result set, which the Konnektive API reports as an ERROR with a fixed text."""

    def __init__(self, noun: str) -> None:
        super().__init__(f"No {noun} matching those parameters could be found")


def missing(name: str) -> ApiError:
    """Build the error for a required parameter that is absent or blank."""
    return ApiError(f"Missing required parameter: {name}")


def invalid(name: str, value: str, hint: str = "") -> ApiError:
    """Build the error for a parameter value the sandbox cannot use.

    Args:
        name: Parameter name.
        value: Value as received.
        hint: Sentence telling the caller what to send instead, if any.
    """
    text = f"Invalid {name}: {value}"
    if hint:
        text += f". {hint}"
    return ApiError(text)


def not_found(kind: str, value: object) -> ApiError:
    """Build the error for an id that matches no record, e.g. ``Order ABC not found``."""
    return ApiError(f"{kind} {value} not found")
