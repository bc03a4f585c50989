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
    CallbackAnswer,
    CallbackAnswerModifyResponse,
    CallbackConversationMessagePayload,
    CallbackLoginPayload,
    CallbackSuperTeamInvitePayload,
    CopyCallDurationPayload,
    CopyCallFileStoragePayload,
    CopyChatroomMessagePayload,
    CopyConversationMessagePayload,
    CopyLoginPayload,
    CopyLogoutPayload,
)

__all__ = [
    "allow",
    "Answer",
    "AnyEvent",
    "asgi_app",
    "block",
    "CallbackConversationMessage",
    "CallbackLogin",
    "CallbackSuperTeamInvite",
    "CopyCallDuration",
    "CopyCallFileStorage",
    "CopyChatroomMessage",
    "CopyConversationMessage",
    "CopyLogin",
    "CopyLogout",
    "dedup_key",
    "Event",
    "InvalidCallback",
    "KINDS",
    "modify",
    "Probe",
    "Reason",
    "received",
    "UnknownEvent",
    "verify",
    "wsgi_app",
]


@dataclass(frozen=True)
class CallbackConversationMessage(Event[CallbackConversationMessagePayload]):
    """Decide whether a client's message may be delivered.

    Sent before the IM server delivers a one-to-one or team message, or a custom system
    notification, that a client SDK sent. Messages sent through the server API never
    trigger it. The call is made even when the receiver has blacklisted the sender;
    blocking it then makes the sender's SDK report 403, allowing it makes the SDK report
    7101. The server asks once and waits about 2 seconds (the timeout can be changed in
    the console); when the call fails or times out, it applies the default policy set in
    the console (allow or block). Answer with `errCode` 0 to deliver, 0 with
    `modifyResponse` to deliver changed content, or 1 with a `responseCode` to block.

    `dedup_key()`: from `msgidServer`, else `msgidClient` (see the module docstring),
    else a digest of the body.
    """

    kind: ClassVar[str] = "callbackConversationMessage"
    family: ClassVar[str] = "third-party-callback"
    id_keys: ClassVar[tuple[str, ...]] = ("msgidServer", "msgidClient")


@dataclass(frozen=True)
class CallbackLogin(Event[CallbackLoginPayload]):
    """Decide whether an account may log in.

    Sent when a client SDK logs in, before the login completes, so the app server can
    refuse it (for example for a banned device or region). Answer `errCode` 0 to let the
    login complete or 1 with a `responseCode` to refuse it; `modifyResponse` has no
    effect here. The body carries the login token: do not log it.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "callbackLogin"
    family: ClassVar[str] = "third-party-callback"
    id_keys: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class CallbackSuperTeamInvite(Event[CallbackSuperTeamInvitePayload]):
    """Decide whether a member may invite people into a super team.

    Sent before the IM server carries out a super team invitation made from a client
    SDK. Answer `errCode` 0 to let the invitation go ahead or 1 with a `responseCode` to
    refuse it; `modifyResponse` has no effect here. Not every field is always present:
    check each one before use.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "callbackSuperTeamInvite"
    family: ClassVar[str] = "third-party-callback"
    id_keys: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class CopyCallDuration(Event[CopyCallDurationPayload]):
    """Receive the duration report of an audio, video or whiteboard call.

    Sent when a legacy audio, video or whiteboard call ends, with its duration and
    members, for billing or statistics. Answer HTTP 200 within 5 seconds.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "copyCallDuration"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class CopyCallFileStorage(Event[CopyCallFileStoragePayload]):
    """Receive the stored files of a recorded call.

    Sent when the recording of a legacy audio, video or whiteboard call has been stored,
    with each file's size and download address. Download the files you need soon, and
    answer HTTP 200 within 5 seconds.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "copyCallFileStorage"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class CopyChatroomMessage(Event[CopyChatroomMessagePayload]):
    """Receive a copy of a chat room message.

    Sent for each message posted in a chat room (a chat room send call with `route=0`
    suppresses it). Unlike conversation copies there is no `body`: the content travels
    in `attach`. Chat rooms can produce many copies per second; answer HTTP 200 within 5
    seconds and queue the work.

    `dedup_key()`: from `msgidServer`, else `msgidClient` (see the module docstring),
    else a digest of the body.
    """

    kind: ClassVar[str] = "copyChatroomMessage"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ("msgidServer", "msgidClient")


@dataclass(frozen=True)
class CopyConversationMessage(Event[CopyConversationMessagePayload]):
    """Receive a copy of a conversation message or notification.

    Sent after the IM server has handled a one-to-one, advanced team or super team
    message, a custom system notification, or a built-in friend or team notification,
    whether it came from a client SDK or from the server API (a send call with
    `option.route=false` or `route=0` suppresses the copy). The body is JSON with every
    value as text. Verify the `MD5` and `CheckSum` headers first, answer HTTP 200 within
    5 seconds, and do slow work afterwards. The same copy can arrive more than once;
    de-duplicate on `msgidClient` with `fromAccount` (or `msgidServer` when it is not
    `0`).

    `dedup_key()`: from `msgidServer`, else `msgidClient` (see the module docstring),
    else a digest of the body.
    """

    kind: ClassVar[str] = "copyConversationMessage"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ("msgidServer", "msgidClient")


@dataclass(frozen=True)
class CopyLogin(Event[CopyLoginPayload]):
    """Receive a copy of a login event.

    Sent when an account logs in from a client SDK. NetEase enables this copy separately
    on request. Login and logout copies can be lost, arrive out of order or not in
    pairs: keep, per account, the newest `timestamp` seen and ignore a copy older than
    it. Answer HTTP 200 within 5 seconds.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "copyLogin"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ()


@dataclass(frozen=True)
class CopyLogout(Event[CopyLogoutPayload]):
    """Receive a copy of a logout event.

    Sent when an account logs out or its client disconnects. It carries the fields of
    the login copy plus, in some versions, the reason. Like login copies, logout copies
    can be lost or out of order: compare `timestamp` with the newest one kept for the
    account. NetEase enables this copy separately on request. Answer HTTP 200 within 5
    seconds.

    `dedup_key()`: a digest of the body (this kind carries no message id).
    """

    kind: ClassVar[str] = "copyLogout"
    family: ClassVar[str] = "message-copy"
    id_keys: ClassVar[tuple[str, ...]] = ()


#: Every event `verify` can return.
AnyEvent = (
    CallbackConversationMessage
    | CallbackLogin
    | CallbackSuperTeamInvite
    | CopyCallDuration
    | CopyCallFileStorage
    | CopyChatroomMessage
    | CopyConversationMessage
    | CopyLogin
    | CopyLogout
    | Probe
    | UnknownEvent
)

#: What a handler returns: a decision for a third-party callback, None (or `{}`) for a copy.
Answer = Mapping[str, Any] | None

#: Each kind's fixed keys, with their exact JSON values (text `"1"` for copies, number `1` for callbacks).
KINDS: Kinds = (
    ((("eventType", 1),), CallbackConversationMessage),
    ((("eventType", 36),), CallbackLogin),
    ((("eventType", 23),), CallbackSuperTeamInvite),
    ((("eventType", "5"),), CopyCallDuration),
    ((("eventType", "6"),), CopyCallFileStorage),
    ((("eventType", "4"),), CopyChatroomMessage),
    ((("eventType", "1"),), CopyConversationMessage),
    ((("eventType", "2"),), CopyLogin),
    ((("eventType", "3"),), CopyLogout),
)


def received() -> dict[str, Any]:
    """The answer to a copy: an empty object (only the HTTP 200 counts)."""
    return {}


#: The lowest `response_code` a blocking answer may carry.
RESPONSE_CODE_MIN = 20000
#: The highest `response_code` a blocking answer may carry.
RESPONSE_CODE_MAX = 20099
#: The longest `callback_ext` an answer may carry.
CALLBACK_EXT_MAX_LENGTH = 1024


def _decision(err_code: int, callback_ext: str | None) -> CallbackAnswer:
    result: CallbackAnswer = {"errCode": 0 if err_code == 0 else 1}
    if callback_ext is not None:
        if len(callback_ext) > CALLBACK_EXT_MAX_LENGTH:
            raise ValueError(
                f"callback_ext is longer than {CALLBACK_EXT_MAX_LENGTH} characters"
            )
        result["callbackExt"] = callback_ext
    return result


def allow(
    *,
    modify: CallbackAnswerModifyResponse | None = None,
    callback_ext: str | None = None,
) -> CallbackAnswer:
    """Let the event go ahead; with `modify`, deliver the message with those fields replaced.

    `callback_ext` is text handed back to the sending client.
    """
    result = _decision(0, callback_ext)
    if modify:
        result["modifyResponse"] = modify
    return result


def modify(
    *,
    body: str | None = None,
    attach: str | None = None,
    ext: str | None = None,
    callback_ext: str | None = None,
) -> CallbackAnswer:
    """Deliver the message with the given fields replaced (the others keep their value)."""
    changed: CallbackAnswerModifyResponse = {}
    if body is not None:
        changed["body"] = body
    if attach is not None:
        changed["attach"] = attach
    if ext is not None:
        changed["ext"] = ext
    if not changed:
        raise ValueError(
            "modify() needs at least one field to replace; use allow() to deliver unchanged"
        )
    return allow(modify=changed, callback_ext=callback_ext)


def block(
    *, response_code: int | None = None, callback_ext: str | None = None
) -> CallbackAnswer:
    """Refuse the event; the sending client receives `response_code` as the error code (a generic one without it)."""
    result = _decision(1, callback_ext)
    if response_code is not None:
        if isinstance(response_code, bool) or not isinstance(response_code, int):
            raise TypeError("response_code must be an int")
        if not RESPONSE_CODE_MIN <= response_code <= RESPONSE_CODE_MAX:
            raise ValueError(
                f"response_code must be in {RESPONSE_CODE_MIN}..{RESPONSE_CODE_MAX}, not {response_code}"
            )
        result["responseCode"] = response_code
    return result


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
