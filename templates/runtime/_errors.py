"""Errors raised by the client. None of them ever holds the AppSecret."""

from __future__ import annotations

from typing import Any


class NimError(Exception):
    """Base class of every error this package raises on purpose."""


class ApiError(NimError):
    """The server answered with a `code` other than 200."""

    def __init__(
        self,
        *,
        code: int,
        desc: str,
        body: dict[str, Any],
        endpoint: str,
        meaning: str | None = None,
    ) -> None:
        self.code = code
        self.desc = desc
        self.body = body
        self.endpoint = endpoint
        self.meaning = meaning
        explained = f" ({meaning})" if meaning else ""
        super().__init__(f"{endpoint} failed with code {code}{explained}: {desc}")


class TransportError(NimError):
    """The request did not produce a usable API answer (HTTP error, non-JSON body)."""

    def __init__(self, message: str, *, endpoint: str) -> None:
        self.endpoint = endpoint
        super().__init__(f"{endpoint}: {message}")
