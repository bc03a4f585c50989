# Copied from runtime/_errors.py by `python -m generator`; do not edit.
"""Errors raised by the client. None of them ever holds the AppSecret or a CheckSum.

Every error pickles (to hand it to another process, a task queue or a log
shipper) with all its fields except ``response``: an ``httpx.Response`` holds
a live connection and cannot be pickled, so an unpickled error has
``response=None``.
"""

from __future__ import annotations

import builtins
from typing import Any

import httpx


def _restore(cls: type[NimError], args: tuple[Any, ...], state: dict[str, Any]) -> NimError:
    """An error rebuilt from its pickled args and fields, without calling ``__init__``."""
    error = cls.__new__(cls, *args)
    BaseException.__init__(error, *args)
    error.__dict__.update(state)
    return error


class NimError(Exception):
    """Base class of every error this package raises on purpose."""

    response: httpx.Response | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # One rule for every subclass, generated ones included: the fields
        # travel, the unpicklable response does not.
        state = {key: value for key, value in self.__dict__.items() if key != "response"}
        state["response"] = None
        return _restore, (type(self), self.args, state)


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
        # What the server said comes first; the status table's words name the kind of error in a few
        # words (its first clause: the rest lists causes that may not apply), or stand in for an empty desc.
        kind = f" ({meaning.split(';')[0].rstrip('.')})" if meaning and desc else ""
        super().__init__(f"{endpoint} failed with code {code}{kind}: {desc or meaning or 'no description'}")


class TransportError(NimError):
    """No usable API answer: the connection failed, the HTTP status was not
    200, or the body was not a JSON object with an integer `code` (or was too
    large or too deeply nested to decode)."""

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


class TimeoutError(TransportError, builtins.TimeoutError):
    """The call did not get its answer in time (connecting, sending, reading,
    or within the deadline of the whole call). Also a builtin ``TimeoutError``,
    so ``except TimeoutError`` catches it."""
