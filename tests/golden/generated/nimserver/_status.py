# Generated from spec/ by `python -m generator`; do not edit.
"""The API's status codes, what they mean and the errors raised for them (from the spec's x-status-codes)."""

from __future__ import annotations

from typing import Final, NamedTuple

from ._errors import ApiError


class StatusCode(NamedTuple):
    code: int
    name: str
    description: str


STATUS_CODES: Final[dict[int, StatusCode]] = {
    200: StatusCode(200, "ok", "Success."),
    414: StatusCode(414, "invalid_parameter", "Invalid parameter."),
    416: StatusCode(416, "rate_limited", "Too many calls."),
}

MEANINGS: Final[dict[int, str]] = {
    code: status.description for code, status in STATUS_CODES.items()
}


class InvalidParameterError(ApiError):
    """Raised for code 414.

    * 414 (invalid_parameter): Invalid parameter.
    """


class RateLimitedError(ApiError):
    """Raised for code 416.

    * 416 (rate_limited): Too many calls.
    """


ERROR_CLASSES: Final[dict[int, type[ApiError]]] = {
    414: InvalidParameterError,
    416: RateLimitedError,
}

# Codes that mean the request was not carried out, so the client retries them.
RETRY_CODES: Final[frozenset[int]] = frozenset({416})
