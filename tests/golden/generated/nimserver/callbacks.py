# Generated from spec/ by `python -m generator`; do not edit.
"""Message copies (消息抄送) and third-party callbacks (第三方回调): what the IM server posts to the app server.

`verify(headers, body, app_secret=...)` checks that a request came from
Yunxin (the `MD5`, `CheckSum` and `CurTime` headers) and returns a typed
event: one class per kind below, `Probe` for the empty body `{}` the server
posts when the address is saved in the console, and `UnknownEvent` (every
field kept) for a kind this package does not know yet. A request that fails
a check raises `InvalidCallback`, whose `reason` names the check.

`wsgi_app(handler, app_secret=...)` and `asgi_app(handler, app_secret=...)`
serve a handler that takes the event and returns the answer: a decision built
with `allow`, `modify` or `block` for a third-party callback, None (or
`received()`) for a copy.

Things to know:

- The server waits about 5 seconds for a copy's HTTP 200 and, by default, 2
  seconds for a callback's decision (the console can change it). The wiring
  calls the handler before it answers, so the handler must be quick: decide
  a callback at once, and hand a copy's slow work to a queue (a
  `queue.Queue` read by a worker thread, or an `asyncio.Queue` read by a
  task) and return. A copy whose handler raises is answered 500 and sent
  again later; a callback left without a decision gets the console's default
  policy.
- The same copy can arrive more than once (the high-assurance mode retries
  many times). `event.dedup_key()` gives a key to remember: the message's
  server id `msgidServer` when it is present and not `0` (unstored team
  notifications carry 0), else the client id `msgidClient` with the sender,
  else a SHA-256 of the whole body.
- Fields that are not guaranteed are optional in the payload types: a copy
  can come without `fromNick`, `ext` or `attach`; use `.get()`.
- Messages sent through the server API never trigger third-party callbacks;
  only messages from client SDKs do. They do produce copies.
- Answers stay small: only the decision fields are read.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, cast

from ._callbacks import (
    BODY_TIMEOUT,
    DEFAULT_MAX_AGE,
    MAX_BODY,
    ASGIApp,
    Event,
    HeaderSource,
    InvalidCallback,
    Kinds,
    Probe,
    Reason,
    UnknownEvent,
    dedup_key,
)
from ._callbacks import asgi_app as _asgi_app
from ._callbacks import verify as _verify
from ._callbacks import wsgi_app as _wsgi_app
from .types import (
    CopyLoginPayload,
)

__all__ = [
    "Answer",
    "AnyEvent",
    "asgi_app",
    "CopyLogin",
    "dedup_key",
    "Event",
    "InvalidCallback",
    "KINDS",
    "Probe",
    "Reason",
    "received",
    "UnknownEvent",
    "verify",
    "wsgi_app",
]


@dataclass(frozen=True)
class CopyLogin(Event[CopyLoginPayload]):
    """Receive a copy of a login event.

    Sent when an account logs in. Answer HTTP 200 within 5 seconds.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "copyLogin"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ()


#: Every event `verify` can return.
AnyEvent = CopyLogin | Probe | UnknownEvent

#: What a handler returns: a decision for a third-party callback, None (or `{}`) for a copy.
Answer = Mapping[str, Any] | None

#: Each kind's fixed keys, with their exact JSON values (text `"1"` for copies, number `1` for callbacks).
KINDS: Kinds = (((("eventType", "2"),), CopyLogin),)


def received() -> dict[str, Any]:
    """The answer to a copy: an empty object (only the HTTP 200 counts)."""
    return {}


def verify(
    headers: HeaderSource,
    body: bytes,
    *,
    app_secret: str,
    max_age: float = DEFAULT_MAX_AGE,
    now: float | None = None,
    app_key: str | None = None,
    max_body: int = MAX_BODY,
) -> AnyEvent:
    """Check a request from the IM server and return its typed event, or raise InvalidCallback.

    `headers`: any mapping or list of (name, value) pairs, names in any case
    (a header repeated with another value is refused). `body`: the raw bytes
    as received. `max_age`: seconds `CurTime` may be off, either way.
    `now`: epoch seconds, for tests. `app_key`: when given, the `AppKey`
    header must equal it. `max_body`: the largest body accepted, in bytes.
    """
    event = _verify(
        headers,
        body,
        app_secret=app_secret,
        max_age=max_age,
        now=now,
        app_key=app_key,
        max_body=max_body,
        kinds=KINDS,
    )
    return cast(AnyEvent, event)


def wsgi_app(
    handler: Callable[[AnyEvent], Answer],
    *,
    app_secret: str,
    app_key: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    max_body: int = MAX_BODY,
    forged_status: int = 401,
    body_timeout: float = BODY_TIMEOUT,
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A WSGI application: each POST verified, `handler(event)` called, its answer sent as JSON.

    200 with the answer (`{}` for None, and for the probe without calling the
    handler); `forged_status` (401) when verification fails; 413 for a body
    over `max_body`; 400 for a signed body that is not a JSON object; 405 for
    another method; 408 for a body that has not arrived within `body_timeout`
    seconds; 500 when the handler raises, or returns None for a third-party
    callback.
    """
    return _wsgi_app(
        handler,
        app_secret=app_secret,
        app_key=app_key,
        max_age=max_age,
        max_body=max_body,
        forged_status=forged_status,
        kinds=KINDS,
        body_timeout=body_timeout,
    )


def asgi_app(
    handler: Callable[[AnyEvent], Answer | Awaitable[Answer]],
    *,
    app_secret: str,
    app_key: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    max_body: int = MAX_BODY,
    forged_status: int = 401,
    body_timeout: float = BODY_TIMEOUT,
) -> ASGIApp:
    """An ASGI application answering as `wsgi_app` does; `handler` may be `async def`.

    A plain function runs in a worker thread. Start slow work with
    `asyncio.create_task` (keep a reference to the task) or put the event on
    an `asyncio.Queue`, then return.
    """
    return _asgi_app(
        handler,
        app_secret=app_secret,
        app_key=app_key,
        max_age=max_age,
        max_body=max_body,
        forged_status=forged_status,
        kinds=KINDS,
        body_timeout=body_timeout,
    )
