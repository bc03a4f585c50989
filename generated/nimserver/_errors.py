# Copied from templates/runtime/_errors.py by `python -m generator`; do not edit.
"""Errors raised by the client. None of them ever holds the AppSecret or a CheckSum."""

from __future__ import annotations

from typing import Any

import httpx


class NimError(Exception):
    """Base class of every error this package raises on purpose."""


class ApiError(NimError):
    """The server answered with a `code` other than 200.

    The generated package has a subclass for each kind of code a caller acts
    on (``RateLimitedError``, ``InvalidParameterError``, ...); other codes
    raise ApiError itself.
    """

    def __init__(
        self,
        *,
        code: int,
        desc: str,
        body: dict[str, Any],
        endpoint: str,
        request_id: str | None = None,
        meaning: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.code = code
        self.desc = desc
        self.body = body
        self.endpoint = endpoint
        self.request_id = request_id
        self.meaning = meaning
        self.response = response
        explained = f" ({meaning})" if meaning else ""
        super().__init__(f"{endpoint} failed with code {code}{explained}: {desc}")


class TransportError(NimError):
    """No usable API answer: the connection failed, the HTTP status was not
    200, or the body was not a JSON object with a `code`."""

    def __init__(
        self,
        message: str,
        *,
        endpoint: str,
        request_id: str | None = None,
        status_code: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.endpoint = endpoint
        self.request_id = request_id
        self.status_code = status_code
        self.response = response
        super().__init__(f"{endpoint}: {message}")


class TimeoutError(TransportError):
    """The server did not answer in time (connecting, sending or reading)."""
