# Copied from runtime/_callbacks.py by `python -m generator`; do not edit.
"""Receiving what the IM server posts to the app server: message copies (消息抄送) and third-party callbacks (第三方回调).

`verify` checks that a request came from Yunxin and turns its body into an
event; `wsgi_app` and `asgi_app` wire a handler function to a web server. The
event kinds themselves are generated from the spec in `nimserver.callbacks`,
which passes its table of kinds to these functions; use that module.

How a request is checked, in this order (the first failure raises
`InvalidCallback` naming it in `reason`):

1. each of the headers `AppKey`, `CurTime`, `MD5` and `CheckSum` is present
   once (names in any case; the same header twice with different values is
   refused), and `AppKey` is the expected one when `app_key` is given;
2. the body is at most `max_body` bytes;
3. `MD5` is 32 hex digits (either case) equal to the MD5 of the raw body;
4. `CurTime` is decimal digits; `CheckSum` is 40 lowercase hex digits equal,
   in constant time, to SHA-1 of AppSecret + MD5 + CurTime (the header texts
   as received);
5. `CurTime` is at most `max_age` seconds in the past or in the future;
6. the body is UTF-8 JSON text of an object (not an array or a scalar).

`CurTime` is in epoch milliseconds on every copy and callback (unlike the
seconds of API calls). Seconds are tolerated: a value below 10**11 is read as
seconds (10**11 milliseconds is March 1973, 10**11 seconds the year 5138, so
no current time in one unit looks like a current time in the other).

The body `{}` is the probe the server sends when the address is saved in the
console; it comes back as a `Probe` event, and the wiring answers it 200.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import logging
import math
import re
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Literal, TypeVar, cast

from ._errors import NimError

__all__ = [
    "DEFAULT_MAX_AGE",
    "MAX_BODY",
    "Event",
    "InvalidCallback",
    "Probe",
    "Reason",
    "UnknownEvent",
    "asgi_app",
    "dedup_key",
    "verify",
    "wsgi_app",
]

logger = logging.getLogger("nimserver")

DEFAULT_MAX_AGE = 300.0
# Copies and callbacks carry one message (body, attach and ext are each a few
# KB at most); 1 MiB leaves room and bounds what is hashed and parsed.
MAX_BODY = 1 << 20
# CurTime below this is seconds, at or above it milliseconds (see the module docstring).
_MILLISECONDS_FROM = 10**11
# How long the server waits for an answer; the wiring logs a warning past these.
COPY_TIMEOUT = 5.0
CALLBACK_TIMEOUT = 2.0
# Seconds the wiring gives a request to deliver its body before answering 408:
# a sender dripping its body cannot hold a (single-threaded) server past the
# time the IM server waits for the answers of others. 1 MiB takes well under
# a second between servers.
BODY_TIMEOUT = 2.0
# A refusal is logged at DEBUG; a WARNING at most this often counts them, so
# that a flood of forged requests cannot flood the log.
REFUSAL_WARNING_INTERVAL = 60.0

Reason = Literal[
    "header_missing",
    "header_repeated",
    "app_key_mismatch",
    "body_too_large",
    "md5_malformed",
    "md5_mismatch",
    "curtime_malformed",
    "checksum_malformed",
    "checksum_mismatch",
    "curtime_expired",
    "curtime_in_future",
    "body_not_json",
    "body_not_object",
]
HEADERS = ("AppKey", "CurTime", "MD5", "CheckSum")
_MD5 = re.compile(r"[0-9a-fA-F]{32}")
_SHA1 = re.compile(r"[0-9a-f]{40}")
_DIGITS = re.compile(r"[0-9]{1,16}")


class InvalidCallback(NimError):  # noqa: N818 (the name the issue and the docs use)
    """A request that did not pass `verify`: `reason` names the check that failed.

    Neither the app secret nor the expected MD5 or CheckSum ever appears in it.
    """

    def __init__(self, reason: Reason, detail: str = "") -> None:
        self.reason: Reason = reason
        self.detail = detail
        super().__init__(reason, detail)  # the arguments again, so that it pickles

    def __str__(self) -> str:
        return f"callback refused: {self.reason}" + (f" ({self.detail})" if self.detail else "")


P = TypeVar("P", bound=Mapping[str, Any])


@dataclass(frozen=True)
class Event(Generic[P]):
    """A verified request: its JSON body as `payload`, its `AppKey` and its `CurTime` in milliseconds.

    The repr leaves the payload out: it holds message content and, in login
    callbacks, the client's token, which do not belong in logs.
    """

    payload: P = field(repr=False)
    app_key: str
    cur_time: int

    kind: ClassVar[str] = "event"
    #: "message-copy", "third-party-callback", or "" for the probe and unknown kinds.
    family: ClassVar[str] = ""
    #: Keys of the payload that identify one message, in the order `dedup_key` tries them.
    id_keys: ClassVar[tuple[str, ...]] = ()

    @property
    def is_callback(self) -> bool:
        """Whether the server waits for a decision (a third-party callback) rather than a receipt."""
        return self.family == "third-party-callback"

    def dedup_key(self) -> str:
        """A text that is the same for every delivery of the same event; see `dedup_key`."""
        return dedup_key(self.kind, self.payload, self.id_keys)


@dataclass(frozen=True)
class Probe(Event[dict[str, Any]]):
    """The signed body `{}` that the server posts when the address is saved in the console; answered 200."""

    kind: ClassVar[str] = "probe"


@dataclass(frozen=True)
class UnknownEvent(Event[dict[str, Any]]):
    """A verified body of a kind this package does not know (a newer event type): every field kept.

    `eventType` as text means a message copy, as a number a third-party callback.
    """

    kind: ClassVar[str] = "unknown"

    @property
    def event_type(self) -> Any:
        return self.payload.get("eventType")

    @property
    def is_callback(self) -> bool:
        return isinstance(self.event_type, int) and not isinstance(self.event_type, bool)


# The generated table: the fixed keys of each kind (exact JSON values) and its event class.
Kinds = tuple[tuple[tuple[tuple[str, Any], ...], type[Event[Any]]], ...]


def dedup_key(kind: str, payload: Mapping[str, Any], id_keys: tuple[str, ...] = ()) -> str:
    """A key for recognising a copy delivered more than once.

    The first of `id_keys` that the payload holds with a usable value:
    `msgidServer` (the server's message id) unless it is missing, empty or
    `0` (unstored team notifications carry 0); then `msgidClient` together
    with `fromAccount` (a client's id is unique per sender). When none
    applies, the SHA-256 of the payload's canonical JSON (keys sorted), which
    is the same for every delivery of the same body. The kind is the prefix.
    """
    for key in id_keys:
        value = payload.get(key)
        if value is None or value == "" or str(value) == "0":
            continue
        if key == "msgidClient":
            return f"{kind}:msgidClient:{payload.get('fromAccount', '')}:{value}"
        return f"{kind}:{key}:{value}"
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{kind}:sha256:{hashlib.sha256(canonical.encode('utf-8')).hexdigest()}"


# A dict, starlette/httpx/werkzeug headers, a list of pairs, or ASGI raw headers.
HeaderSource = Mapping[str, Any] | Iterable[tuple[str | bytes, Any]]


def _pairs(headers: HeaderSource) -> Iterator[tuple[str | bytes, Any]]:
    """Every (name, value) of a header collection, repeated headers included."""
    multi = getattr(headers, "multi_items", None)  # httpx.Headers: items() would join repeats with ", "
    if callable(multi):
        yield from multi()
    elif isinstance(headers, Mapping):
        yield from headers.items()  # starlette and aiohttp give every repeat here
    else:
        yield from headers  # a list of pairs, werkzeug (Flask) headers, ASGI raw headers


def _text(value: str | bytes) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _signing_headers(headers: HeaderSource) -> dict[str, str]:
    wanted = {name.lower(): name for name in HEADERS}
    found: dict[str, str] = {}
    for raw_name, raw_value in _pairs(headers):
        name = wanted.get(_text(raw_name).strip().lower())
        if name is None:
            continue
        values = raw_value if isinstance(raw_value, (list, tuple)) else [raw_value]
        for value in values:
            text = _text(value).strip()
            if name in found and found[name] != text:
                raise InvalidCallback("header_repeated", f"{name} is given twice with different values")
            found[name] = text
    for name in HEADERS:
        if not found.get(name):
            raise InvalidCallback("header_missing", f"no {name} header")
    return found


def authenticate(
    headers: HeaderSource,
    body: bytes,
    *,
    app_secret: str,
    app_key: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    max_body: int = MAX_BODY,
    now: float | None = None,
) -> tuple[dict[str, Any], str, int]:
    """The checks of `verify`: the body as a dict, the AppKey and CurTime in milliseconds, or InvalidCallback."""
    if not isinstance(body, (bytes, bytearray, memoryview)):
        raise TypeError(f"body must be the raw bytes of the request, not {type(body).__name__}")
    if not app_secret:
        raise ValueError("app_secret is empty")
    body = bytes(body)
    found = _signing_headers(headers)
    if app_key is not None and not hmac.compare_digest(found["AppKey"].encode(), app_key.encode()):
        raise InvalidCallback("app_key_mismatch", "AppKey is not this app's")
    if len(body) > max_body:
        raise InvalidCallback("body_too_large", f"{len(body)} bytes, at most {max_body} accepted")
    md5, cur_time, checksum = found["MD5"], found["CurTime"], found["CheckSum"]
    if not _MD5.fullmatch(md5):
        raise InvalidCallback("md5_malformed", "MD5 is not 32 hex digits")
    if not hmac.compare_digest(md5.lower(), hashlib.md5(body).hexdigest()):
        raise InvalidCallback("md5_mismatch", "MD5 does not match the body")
    if not _DIGITS.fullmatch(cur_time):
        raise InvalidCallback("curtime_malformed", "CurTime is not decimal digits")
    if not _SHA1.fullmatch(checksum):
        raise InvalidCallback("checksum_malformed", "CheckSum is not 40 lowercase hex digits")
    expected = hashlib.sha1((app_secret + md5 + cur_time).encode("utf-8")).hexdigest()
    if not hmac.compare_digest(checksum, expected):
        raise InvalidCallback("checksum_mismatch", "CheckSum does not match")
    stamp = int(cur_time)
    millis = stamp if stamp >= _MILLISECONDS_FROM else stamp * 1000
    age = (time.time() if now is None else now) - millis / 1000
    if age > max_age:
        raise InvalidCallback("curtime_expired", f"signed {age:.0f} s ago, at most {max_age:g} s accepted")
    if -age > max_age:
        raise InvalidCallback("curtime_in_future", f"signed {-age:.0f} s ahead, at most {max_age:g} s accepted")
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidCallback("body_not_json", "the body is not UTF-8 JSON") from None
    except RecursionError:
        raise InvalidCallback("body_not_json", "the body nests too deeply to decode") from None
    if not isinstance(payload, dict):
        raise InvalidCallback("body_not_object", f"the body is a JSON {type(payload).__name__}, not an object")
    return payload, found["AppKey"], millis


def _matches(payload: Mapping[str, Any], fixed: tuple[tuple[str, Any], ...]) -> bool:
    """Every fixed key holds its value with the exact JSON type: "1" (text) is not 1 (number), 1 is not true."""
    return all(key in payload and type(payload[key]) is type(value) and payload[key] == value for key, value in fixed)


def classify(payload: dict[str, Any], app_key: str, cur_time: int, kinds: Kinds = ()) -> Event[Any]:
    """The event for a verified payload: the first kind whose fixed keys match, the probe, or UnknownEvent."""
    if not payload:
        return Probe(payload, app_key, cur_time)
    for fixed, event_class in kinds:
        if _matches(payload, fixed):
            return event_class(payload, app_key, cur_time)
    return UnknownEvent(payload, app_key, cur_time)


def verify(
    headers: HeaderSource,
    body: bytes,
    *,
    app_secret: str,
    max_age: float = DEFAULT_MAX_AGE,
    now: float | None = None,
    app_key: str | None = None,
    max_body: int = MAX_BODY,
    kinds: Kinds = (),
) -> Event[Any]:
    """Check a request from the IM server and return its event (see the module docstring for the checks).

    `headers`: any mapping or list of pairs (names in any case). `body`: the
    raw bytes, exactly as received. `now`: epoch seconds (for tests).
    """
    payload, key, cur_time = authenticate(
        headers, body, app_secret=app_secret, app_key=app_key, max_age=max_age, max_body=max_body, now=now
    )
    return classify(payload, key, cur_time, kinds)


# ---------------------------------------------------------------- the wiring

E = TypeVar("E", bound=Event[Any])
Answer = Mapping[str, Any] | None
Handler = Callable[[E], Answer]
AsyncHandler = Callable[[E], Answer | Awaitable[Answer]]

_STATUS_TEXT = {
    200: "200 OK",
    400: "400 Bad Request",
    401: "401 Unauthorized",
    403: "403 Forbidden",
    405: "405 Method Not Allowed",
    408: "408 Request Timeout",
    413: "413 Content Too Large",
    500: "500 Internal Server Error",
}
_ERROR_STATUS: dict[str, int] = {"body_too_large": 413, "body_not_json": 400, "body_not_object": 400}


class _RefusalLog:
    """Each refusal at DEBUG; a WARNING, at most once per `interval` seconds, counts those since the last one.

    A sender without the secret decides how many refusals there are, so it
    must not decide how many WARNING lines there are.
    """

    def __init__(self, interval: float = REFUSAL_WARNING_INTERVAL, clock: Callable[[], float] = time.monotonic):
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._unreported = 0
        self._next_warning = -math.inf

    def refused(self, what: str) -> None:
        logger.debug("nimserver %s", what)
        with self._lock:
            self._unreported += 1
            now = self._clock()
            if now < self._next_warning:
                return
            count, self._unreported = self._unreported, 0
            self._next_warning = now + self._interval
        logger.warning(
            "nimserver callbacks: %d request%s refused since the last such warning (latest: %s); "
            "each refusal is logged at DEBUG, this warning at most every %g s",
            count,
            "" if count == 1 else "s",
            what,
            self._interval,
        )


@dataclass(frozen=True)
class _Settings:
    app_secret: str
    app_key: str | None
    max_age: float
    max_body: int
    kinds: Kinds
    forged_status: int
    body_timeout: float
    refusals: _RefusalLog = field(default_factory=_RefusalLog)


@dataclass(frozen=True)
class _Reply:
    status: int
    body: bytes

    @property
    def headers(self) -> list[tuple[str, str]]:
        return [("Content-Type", "application/json; charset=utf-8"), ("Content-Length", str(len(self.body)))]


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _refusal(error: InvalidCallback, settings: _Settings) -> _Reply:
    settings.refusals.refused(str(error))
    return _Reply(_ERROR_STATUS.get(error.reason, settings.forged_status), _json({"error": error.reason}))


def _too_slow(settings: _Settings) -> _Reply:
    settings.refusals.refused(f"callback refused: the body did not arrive within {settings.body_timeout:g} s")
    return _Reply(408, _json({"error": "body_timeout"}))


def _answer(event: Event[Any], answer: Answer, started: float) -> _Reply:
    """The reply to a handled event: the handler's answer, `{}` for a receipt, or 500 for a callback left undecided."""
    elapsed = time.monotonic() - started
    limit = CALLBACK_TIMEOUT if event.is_callback else COPY_TIMEOUT
    if elapsed > limit * 0.8:
        logger.warning(
            "nimserver callback handler took %.1f s for %s; the server gives up after about %g s",
            elapsed,
            event.kind,
            limit,
        )
    if answer is None and event.is_callback:
        logger.warning("nimserver callback handler gave no decision for %s; the console's default applies", event.kind)
        return _Reply(500, _json({"error": "no decision"}))
    if answer is not None and not isinstance(answer, Mapping):
        raise TypeError(f"a handler returns a mapping or None, not {type(answer).__name__}")
    return _Reply(200, _json(dict(answer) if answer is not None else {}))


def _failed(event: Event[Any]) -> _Reply:
    logger.exception("nimserver callback handler failed on %s", event.kind)
    return _Reply(500, _json({"error": "handler failed"}))


def _settings(
    app_secret: str,
    app_key: str | None,
    max_age: float,
    max_body: int,
    kinds: Kinds,
    forged_status: int,
    body_timeout: float,
) -> _Settings:
    if not app_secret:
        raise ValueError("app_secret is empty")
    if max_age <= 0 or max_body <= 0 or not body_timeout > 0:
        raise ValueError("max_age, max_body and body_timeout must be positive")
    return _Settings(app_secret, app_key, max_age, max_body, kinds, forged_status, body_timeout)


def wsgi_app(
    handler: Handler[E],
    *,
    app_secret: str,
    app_key: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    max_body: int = MAX_BODY,
    forged_status: int = 401,
    kinds: Kinds = (),
    body_timeout: float = BODY_TIMEOUT,
) -> Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]:
    """A WSGI application that verifies each POST and answers with what `handler(event)` returns.

    The probe is answered 200 without calling the handler. Statuses: 200 with
    the handler's answer as JSON (`{}` when it returns None); `forged_status`
    (401) when verification fails, 413 for a body over `max_body`, 400 for a
    signed body that is not a JSON object, 405 for another method, 408 when
    the body has not arrived within `body_timeout` seconds, 500 when the
    handler raises or returns None for a third-party callback (the server
    then applies the default policy set in the console, and a copy is sent
    again later).

    The body is read in pieces and the deadline checked between them; a
    sender that stops sending altogether is cut off only by the web server's
    own timeout, so serve it with a production server (see the README).
    """
    settings = _settings(app_secret, app_key, max_age, max_body, kinds, forged_status, body_timeout)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        reply = _wsgi_reply(environ, handler, settings)
        start_response(_STATUS_TEXT.get(reply.status, str(reply.status)), reply.headers)
        return [reply.body]

    return application


def _wsgi_reply(environ: dict[str, Any], handler: Handler[E], settings: _Settings) -> _Reply:
    if environ.get("REQUEST_METHOD") != "POST":
        return _Reply(405, _json({"error": "POST only"}))
    headers = [(name[5:].replace("_", "-"), value) for name, value in environ.items() if name.startswith("HTTP_")]
    try:
        length = int(environ.get("CONTENT_LENGTH") or -1)
    except ValueError:
        length = -1
    if length > settings.max_body:
        return _refusal(InvalidCallback("body_too_large", f"{length} bytes announced"), settings)
    if length >= 0:
        body: bytes | None = _read_wsgi_body(environ["wsgi.input"], length, settings.body_timeout) if length else b""
    elif environ.get("wsgi.input_terminated"):  # a chunked body the server ends for us
        body = _read_wsgi_body(environ["wsgi.input"], settings.max_body + 1, settings.body_timeout)
    else:
        body = b""  # no length and no end marker: reading could block forever
    if body is None:
        return _too_slow(settings)
    try:
        event = verify(headers, body, **_verify_options(settings))
    except InvalidCallback as error:
        return _refusal(error, settings)
    if isinstance(event, Probe):
        return _Reply(200, b"{}")
    started = time.monotonic()
    try:
        return _answer(event, handler(cast(E, event)), started)
    except Exception:
        return _failed(event)


_PIECE = 64 * 1024  # bytes asked of a WSGI input at a time


def _read_wsgi_body(stream: Any, length: int, timeout: float) -> bytes | None:
    """At most `length` bytes of a WSGI input (fewer when it ends first), or None once `timeout` seconds pass.

    `read1` (which a socket's buffered reader has) returns whatever has come
    in, so a body dripping in byte by byte meets the deadline check soon.
    """
    read = getattr(stream, "read1", None) or stream.read
    deadline = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    while size < length:
        if time.monotonic() > deadline:
            return None
        chunk = read(min(length - size, _PIECE))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _verify_options(settings: _Settings) -> dict[str, Any]:
    return {
        "app_secret": settings.app_secret,
        "app_key": settings.app_key,
        "max_age": settings.max_age,
        "max_body": settings.max_body,
        "kinds": settings.kinds,
    }


# ASGI's own shapes, as wide as the frameworks declare them (Starlette passes a MutableMapping scope and a
# `send` that takes MutableMapping messages), so that the app mounts in any of them under mypy --strict.
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def asgi_app(
    handler: AsyncHandler[E],
    *,
    app_secret: str,
    app_key: str | None = None,
    max_age: float = DEFAULT_MAX_AGE,
    max_body: int = MAX_BODY,
    forged_status: int = 401,
    kinds: Kinds = (),
    body_timeout: float = BODY_TIMEOUT,
) -> ASGIApp:
    """An ASGI application doing what `wsgi_app` does; `handler` may be a coroutine function.

    A plain function runs in a worker thread so that it cannot stall the
    event loop. Lifespan events are acknowledged. A body that has not arrived
    within `body_timeout` seconds is answered 408.
    """
    settings = _settings(app_secret, app_key, max_age, max_body, kinds, forged_status, body_timeout)

    async def application(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            raise ValueError(f"nimserver callbacks serve HTTP only, not {scope['type']}")
        reply = await _asgi_reply(scope, receive, handler, settings)
        await send({"type": "http.response.start", "status": reply.status, "headers": _raw(reply.headers)})
        await send({"type": "http.response.body", "body": reply.body})

    return application


def _raw(headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers]


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None as soon as it grows past `limit`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _asgi_reply(scope: Scope, receive: Receive, handler: AsyncHandler[E], settings: _Settings) -> _Reply:
    if scope.get("method") != "POST":
        return _Reply(405, _json({"error": "POST only"}))
    import anyio  # httpx's own dependency; runs on asyncio and trio alike

    with anyio.move_on_after(settings.body_timeout) as reading:
        body = await _read_body(receive, settings.max_body)
    if reading.cancelled_caught:
        return _too_slow(settings)
    if body is None:
        return _refusal(InvalidCallback("body_too_large", f"over {settings.max_body} bytes"), settings)
    try:
        event = verify(scope.get("headers", []), body, **_verify_options(settings))
    except InvalidCallback as error:
        return _refusal(error, settings)
    if isinstance(event, Probe):
        return _Reply(200, b"{}")
    started = time.monotonic()
    try:
        if inspect.iscoroutinefunction(handler):
            answer = await handler(cast(E, event))
        else:
            import asyncio  # here, so that importing the package does not load asyncio

            result = await asyncio.to_thread(handler, cast(E, event))
            answer = await result if inspect.isawaitable(result) else result
        return _answer(event, cast(Answer, answer), started)
    except Exception:
        return _failed(event)
