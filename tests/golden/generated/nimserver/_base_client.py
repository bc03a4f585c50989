# Copied from runtime/_base_client.py by `python -m generator`; do not edit.
"""What every client shares: credentials, servers, signing, retries, the deadline and the HTTP call.

The decisions (what to send, whether and when to try again, what to raise)
are made by `_Call`, which does no I/O; the sync and async clients only send
its requests, read the bodies in chunks and sleep its delays.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

import httpx

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop, TimerHandle

from ._checks import ANY, compact_json
from ._doubts import SpecDoubts, check_spec_doubts
from ._errors import ApiError, NimError, TimeoutError, TransportError
from ._fields import (
    Endpoint,
    Files,
    RestRequest,
    encode_fields,
    encode_loose,
    encode_rest,
    raw_rest_request,
    sendable_json,
)
from ._options import (
    check_backup_base_urls,
    check_base_url,
    check_credential,
    check_http_client,
    check_limits,
    check_max_response_size,
    check_max_retries,
    check_path,
    check_rate_limit_wait,
    check_request_id,
    check_timeout,
    check_v2_method,
    check_v2_path,
)
from ._paging import AsyncPage, Page, answer_data
from ._signing import signed_headers

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=utf-8"
JSON_CONTENT_TYPE = "application/json;charset=utf-8"
REQUEST_ID_HEADER = "RequestId"
TRACE_ID_HEADER = "X-custom-traceid"  # the request id of a v2 call, as the official SDKs send it
DEFAULT_TIMEOUT = 15.0  # seconds for the whole call, retries included
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds; doubles with each retry
MAX_RETRY_DELAY = 8.0
RATE_LIMITED_CODE = 416
DEFAULT_RATE_LIMIT_WAIT = 10.0  # seconds: the server blocks a rate-limited app for about 10 s
RATE_LIMIT_JITTER = 0.25  # a rate-limited call waits between 1 and 1.25 times rate_limit_wait
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024  # bytes of a decoded response body
MAX_JSON_DEPTH = 512  # levels of nested arrays and objects in a response body
_CANCEL_GRACE = 0.1  # seconds an async attempt runs past the deadline before it is cancelled
_NEVER = float("inf")
# Gateway answers retried for every operation. 502 and 503 say the API server
# did not serve the request; the official SDKs retry 502 for writes too, and
# every attempt of a call carries the same RequestId, by which the server is
# documented to drop duplicates.
RETRY_HTTP_STATUSES = frozenset({502, 503})
# A gateway timeout leaves the request possibly running: retried only for
# operations that are safe to repeat, like a timeout of our own.
RETRY_SAFE_HTTP_STATUSES = frozenset({504})
# The request never left: safe to send again whatever the operation does.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The server could not be reached: the next base URL is tried. A full local
# pool (PoolTimeout) is pressure on this side, not a fault of the server.
_UNREACHABLE = (httpx.ConnectError, httpx.ConnectTimeout)
# What each failure below HTTP means; httpx's own message is often empty.
_WHAT_HAPPENED: tuple[tuple[type[httpx.HTTPError], str], ...] = (
    (httpx.ConnectTimeout, "connecting to the server took longer than {connect:g} s"),
    (httpx.ReadTimeout, "the server sent nothing for {read:g} s"),
    (httpx.WriteTimeout, "sending the request took longer than {write:g} s"),
    (
        httpx.PoolTimeout,
        "no connection of the client's own pool came free within {pool:g} s: too many calls at once for its"
        " limits (raise them with limits=httpx.Limits(max_connections=...))",
    ),
    (httpx.ConnectError, "the connection to the server could not be made"),
    (httpx.ReadError, "the connection failed while the answer was read"),
    (httpx.WriteError, "the connection failed while the request was sent"),
    (httpx.RemoteProtocolError, "the server broke off or answered outside HTTP"),
)
# The pool of a client that makes its own: every call of up to this many at
# once (threads or tasks) keeps its connection for the next one instead of
# opening a new one (httpx's default keeps 20). Raise it with limits=.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
# Headers of a request that sign it; replaced on the request an error or a
# capture shows, so that logging or pickling either never carries them.
_SIGNATURE_HEADERS = ("CheckSum", "Nonce", "CurTime")
REDACTED = "(redacted)"

logger = logging.getLogger("nimserver")


def _log_from_environment() -> None:
    """NIM_LOG=debug (or info) prints the client's log to stderr."""
    level = os.environ.get("NIM_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


_log_from_environment()


class ResponseCapture:
    """The raw ``httpx.Response`` of every attempt made inside a capture block."""

    def __init__(self) -> None:
        self.responses: list[httpx.Response] = []

    @property
    def response(self) -> httpx.Response:
        """The last response received."""
        if not self.responses:
            raise LookupError("no response was received inside this capture block")
        return self.responses[-1]


_capture: ContextVar[ResponseCapture | None] = ContextVar("nimserver_capture", default=None)


@contextmanager
def capture_responses() -> Iterator[ResponseCapture]:
    """Collect the raw responses of the calls made inside the block (sync or async)::

    with nimserver.capture_responses() as captured:
        client.user.create(accid="zhangsan")
    captured.response.headers
    """
    capture = ResponseCapture()
    token = _capture.set(capture)
    try:
        yield capture
    finally:
        _capture.reset(token)


def _credential(value: str | None, variable: str, argument: str) -> str:
    value = value if value is not None else os.environ.get(variable)
    if value is None or value == "":
        raise ValueError(f"{argument} is missing: pass {argument}= or set the {variable} environment variable")
    return check_credential(value, argument, secret=argument == "app_secret")


class _Servers:
    """Base URLs in failover order; the one in use is shared by a client and its copies."""

    def __init__(self, urls: Sequence[str]) -> None:
        self.urls = tuple(dict.fromkeys(url.rstrip("/") for url in urls))
        self.current = 0
        # Each base URL parsed once, ending in a slash: the root a path with values is joined to.
        self.roots = {url: httpx.URL(url + "/") for url in self.urls}

    def url(self) -> str:
        return self.urls[self.current]

    def fail_over(self, failed: str) -> str:
        """Move past `failed` (unless another call already did) and return the URL now in use."""
        if self.urls[self.current] == failed:
            self.current = (self.current + 1) % len(self.urls)
        return self.urls[self.current]


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()
_Client = TypeVar("_Client", bound="_ClientCore")


class _ClientCore:
    """State and configuration shared by the sync and async clients."""

    _servers_by_region: Mapping[str, tuple[str, ...]] = {}
    _error_classes: Mapping[int, type[ApiError]] = {}
    _retry_codes: frozenset[int] = frozenset()
    _meanings: Mapping[int, str] = {}
    _user_agent = "nimserver-python"
    _http_client_type: type[Any] = object

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        region: str = "cn",
        base_url: str | None = None,
        backup_base_urls: Sequence[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit_wait: float = DEFAULT_RATE_LIMIT_WAIT,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        limits: httpx.Limits | None = None,
        http_client: Any = None,
        spec_doubts: SpecDoubts = "warn",
        drift: bool | Callable[[Any], object] = False,
    ) -> None:
        self._clock: Callable[[], float] = time.monotonic  # seconds; tests put a fake clock here
        self._app_key = _credential(app_key, "NIM_APP_KEY", "app_key")
        self._app_secret = _credential(app_secret, "NIM_APP_SECRET", "app_secret")
        if not isinstance(region, str) or region not in self._servers_by_region:
            choices = ", ".join(repr(name) for name in self._servers_by_region)
            raise ValueError(f"region must be one of {choices}, got {region!r}")
        if base_url is None:
            primary, *backups = self._servers_by_region[region]
        else:
            primary, backups = check_base_url(base_url, "base_url"), []
        if backup_base_urls is not None:
            backups = check_backup_base_urls(backup_base_urls)
        self._set_timeout(timeout)
        self._max_retries = check_max_retries(max_retries)
        self._rate_limit_wait = check_rate_limit_wait(rate_limit_wait)
        self._max_response_size = check_max_response_size(max_response_size)
        self._spec_doubts = check_spec_doubts(spec_doubts)
        check_limits(limits)
        check_http_client(http_client, self._http_client_type)
        self._region = region
        self._drift: Any = None  # a _drift.DriftWatch; that module loads only when drift is on
        if drift is not False:
            from ._drift import drift_watch

            self._drift = drift_watch(drift)
        self._servers = _Servers([primary, *backups])
        self._owns_http_client = http_client is None
        # The client's own pool sends its User-Agent with every request; a caller's pool is left as it
        # is, and each request says it instead (httpx then replaces the pool's, at a cost on every call).
        self._user_agent_per_request = http_client is not None
        if http_client is None:
            limits = DEFAULT_LIMITS if limits is None else limits
            http_client = self._new_pool(timeout, {"limits": limits, "headers": {"User-Agent": self._user_agent}})
        elif limits is not None:
            raise ValueError("limits apply to the client's own pool; set them on your http_client instead")
        self._http = http_client

    def _set_timeout(self, timeout: float | httpx.Timeout) -> None:
        self._deadline, self._phases = check_timeout(timeout)
        self._timeout = timeout

    @staticmethod
    def _new_pool(timeout: float | httpx.Timeout, options: dict[str, Any]) -> Any:
        raise NotImplementedError

    @property
    def region(self) -> str:
        return self._region

    @property
    def base_url(self) -> str:
        """The base URL calls go to now (it moves to a backup when a connection fails)."""
        return self._servers.url()

    @property
    def base_urls(self) -> tuple[str, ...]:
        """The base URL and its backups, in failover order."""
        return self._servers.urls

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def timeout(self) -> float | httpx.Timeout:
        return self._timeout

    @property
    def rate_limit_wait(self) -> float:
        return self._rate_limit_wait

    @property
    def max_response_size(self) -> int:
        return self._max_response_size

    @property
    def spec_doubts(self) -> SpecDoubts:
        """What a check that rests on a fact the spec doubts does: "warn", "refuse" or "types-only"."""
        return self._spec_doubts

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self._app_key!r}, base_url={self.base_url!r})"

    def with_options(
        self: _Client,
        *,
        timeout: float | httpx.Timeout = UNSET,
        max_retries: int = UNSET,
        rate_limit_wait: float = UNSET,
        max_response_size: int = UNSET,
        spec_doubts: SpecDoubts = UNSET,
    ) -> _Client:
        """A client with other settings that shares this one's connection pool and servers."""
        clone = object.__new__(type(self))
        # Private state only: group objects (cached under public names) belong to their client.
        clone.__dict__.update({key: value for key, value in self.__dict__.items() if key.startswith("_")})
        clone._owns_http_client = False
        if timeout is not UNSET:
            clone._set_timeout(timeout)
        if max_retries is not UNSET:
            clone._max_retries = check_max_retries(max_retries)
        if rate_limit_wait is not UNSET:
            clone._rate_limit_wait = check_rate_limit_wait(rate_limit_wait)
        if max_response_size is not UNSET:
            clone._max_response_size = check_max_response_size(max_response_size)
        if spec_doubts is not UNSET:
            clone._spec_doubts = check_spec_doubts(spec_doubts)
        return clone


def _raw_endpoint(path: str, safe_to_repeat: bool) -> Endpoint:
    if not isinstance(safe_to_repeat, bool):
        raise TypeError(f"safe_to_repeat must be bool, not {type(safe_to_repeat).__name__}")
    return Endpoint(check_path(path), (), safe_to_repeat=safe_to_repeat)


def _raw_v2(
    method: str,
    path: str,
    query: Mapping[str, object] | None,
    body: Mapping[str, object] | None,
    safe_to_repeat: bool,
) -> tuple[Endpoint, RestRequest]:
    if not isinstance(safe_to_repeat, bool):
        raise TypeError(f"safe_to_repeat must be bool, not {type(safe_to_repeat).__name__}")
    checked_path = check_v2_path(path)
    endpoint = Endpoint(
        checked_path,
        (),
        safe_to_repeat=safe_to_repeat,
        method=check_v2_method(method),
        rest=True,
        has_body=body is not None,
    )
    return endpoint, raw_rest_request(checked_path, query, body)


def _nesting_depth(content: bytes) -> int:
    """How deeply the arrays and objects of a JSON text nest (strings skipped)."""
    # Strings left out first (compiled on first use, by re's cache: only an answer with many brackets comes here).
    brackets = re.sub(rb'"(?:[^"\\]++|\\.)*+"', b"", content).translate(None, _NOT_A_BRACKET)
    depth = deepest = 0
    for byte in brackets:
        if byte in _OPENERS:
            depth += 1
            if depth > deepest:
                deepest = depth
        else:
            depth -= 1
    return deepest


_NOT_A_BRACKET = bytes(byte for byte in range(256) if byte not in b"[]{}")
_OPENERS = frozenset(b"[{")


# A path or query of only these, none of its segments a dot, is the same text once httpx has parsed it
# (it escapes other characters and drops dot segments): it can be joined to a parsed base URL as is.
_AS_PARSED = re.compile(r"(?:[A-Za-z0-9._~/=&+-]|%[0-9A-F]{2})*").fullmatch


def _joined_url(root: httpx.URL, path: str, query: str | None) -> httpx.URL | None:
    """`root` (a parsed base URL ending in a slash) with `path` and `query` after it, or None for a path or
    query that httpx would change (the caller then has httpx parse the whole URL).

    Parsing a URL is the largest part of building a request in httpx; a path with values in it changes
    with every call and so cannot be parsed once per endpoint, but its base URL can.
    """
    if not _JOINS_AS_PARSED or not _AS_PARSED(path) or "/." in f"/{path}" or (query and not _AS_PARSED(query)):
        return None
    return _join(root, path, query)


def _join(root: httpx.URL, path: str, query: str | None) -> httpx.URL:
    url = object.__new__(httpx.URL)
    parts = root._uri_reference  # httpx's parsed form of a URL: a named tuple of its parts
    url._uri_reference = parts._replace(path=parts.path + path, query=query)
    return url


def _joins_as_parsed() -> bool:
    """Whether `_join` gives what httpx's own parse gives, in the httpx installed (it reads httpx's private
    parts of a URL; an httpx without them, or with others, has every URL parsed as text)."""
    root, path, query = "http://h.test:8080/a%7Cb/", "im/v2.1/x%7Cy/~_-=&+", "k=v%2C+w&l="
    try:
        joined = _join(httpx.URL(root), path, query)
        return joined == httpx.URL(f"{root}{path}?{query}") and str(joined) == f"{root}{path}?{query}"
    except (AttributeError, TypeError, ValueError):
        return False


_JOINS_AS_PARSED = _joins_as_parsed()


def _redacted(request: httpx.Request) -> httpx.Request:
    """A copy of a sent request to show on a response or an error, its signing headers replaced.

    A copy, so that the transport (a recorder, a replayer) keeps what it was given.
    """
    headers = request.headers.copy()
    for name in _SIGNATURE_HEADERS:
        if name in headers:
            headers[name] = REDACTED
    copy = httpx.Request(
        request.method, request.url, headers=headers, stream=request.stream, extensions=request.extensions
    )
    if hasattr(request, "_content"):  # the body was read (bytes): keep it readable as .content
        copy._content = request._content
    return copy


class _Call:
    """One call: its requests, and what each outcome means. Does no I/O."""

    def __init__(
        self,
        client: _ClientCore,
        endpoint: Endpoint,
        values: Mapping[str, object],
        extra_fields: Mapping[str, object] | None,
        request_id: str | None,
        raw: RestRequest | None = None,
        extra_label: str = "call_extra_fields",
    ) -> None:
        # Before anything is sent: a bad argument raises here.
        self.rest: RestRequest | None = None
        self.form: dict[str, str] = {}
        self.files: Files = {}
        if raw is not None:
            self.rest = raw
        elif endpoint.rest:
            self.rest = encode_rest(endpoint, values, client._spec_doubts)
        else:
            self.form, self.files = encode_fields(endpoint, values, client._spec_doubts)
        if extra_fields:
            self._add_extra_fields(endpoint, extra_fields, extra_label)
        if self.rest is not None:
            body = self.rest.body
            self.body = None if body is None else compact_json(body).encode()
        else:
            self.body = None if endpoint.multipart else urlencode(self.form).encode("ascii")
        # 32 random hex digits, like the official SDKs' trace ids (a UUID without dashes).
        self.request_id = os.urandom(16).hex() if request_id is None else check_request_id(request_id)
        self.client = client
        self.endpoint = endpoint
        # What errors and log lines name: the path as sent (a v2 path with its values), not its template.
        self.label = endpoint.path if self.rest is None else self.rest.path
        self.retries = 0
        self.tried: set[str] = set()
        self.base_url = ""
        self.started = client._clock()
        self.deadline = self.started + client._deadline
        self.chunks: list[bytes] = []
        self.size = 0
        self.timeouts: dict[str, float] = {}

    def _add_extra_fields(self, endpoint: Endpoint, extra_fields: Mapping[str, object], label: str) -> None:
        """Adds fields the endpoint does not describe; `label` is the argument that gave them, for messages."""
        if not isinstance(extra_fields, Mapping):
            raise TypeError(f"{label} must be a mapping of field name to value, not {type(extra_fields).__name__}")
        known = {field.wire_name: field for field in endpoint.fields}
        for name, value in extra_fields.items():
            if not isinstance(name, str) or not name:
                raise TypeError(f"{label} keys must be non-empty field names, got {name!r}")
            field = known.get(name)
            if field is not None:
                raise ValueError(
                    f"{label}[{name!r}] is already an argument of {endpoint.path}: pass {field.python_name}= instead"
                )
            where = f"{label}[{name!r}]"
            if self.rest is None:
                self.form[name] = encode_loose(where, value)
            elif self.rest.body is not None:
                self.rest.body[name] = sendable_json(ANY.json(value, where), where)  # keeps its JSON type
            else:
                self.rest.query.append((name, encode_loose(where, value)))

    def remaining(self) -> float:
        """Seconds left before the call's deadline."""
        return self.deadline - self.client._clock()

    def request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The next attempt, signed afresh (new Nonce and CurTime), its phases bounded by the deadline."""
        client = self.client
        remaining = self.deadline - client._clock()
        if remaining <= 0:
            raise self.expired()
        self.base_url = client._servers.url()
        self.tried.add(self.base_url)
        headers = signed_headers(client._app_key, client._app_secret)
        rest = self.rest
        headers[REQUEST_ID_HEADER if rest is None else TRACE_ID_HEADER] = self.request_id
        if client._user_agent_per_request:
            headers["User-Agent"] = client._user_agent
        url, params = self._target(rest, http)
        connect, read, write, pool = client._phases
        # Kept to shorten the body's reads later; httpcore reads it when the body starts.
        self.timeouts = timeouts = {
            "connect": connect if connect < remaining else remaining,
            "read": read if read < remaining else remaining,
            "write": write if write < remaining else remaining,
            "pool": pool if pool < remaining else remaining,
        }
        if logger.isEnabledFor(logging.DEBUG):
            if rest is None:
                names = [*self.form, *self.files]
            else:
                names = [name for name, _ in rest.query] + list(rest.body or ())
            logger.debug(
                "%s %s request_id=%s attempt=%d fields=%s",
                self.endpoint.method,
                url,
                self.request_id,
                self.retries + 1,
                ",".join(names),
            )
        extensions = {"timeout": timeouts}
        if rest is not None:
            if self.body is not None:
                headers["Content-Type"] = JSON_CONTENT_TYPE
            return http.build_request(
                self.endpoint.method,
                url,
                params=params,
                content=self.body,
                headers=headers,
                extensions=extensions,
            )
        if self.body is None:
            return http.build_request(
                "POST", url, data=self.form, files=self.files, headers=headers, extensions=extensions
            )
        headers["Content-Type"] = FORM_CONTENT_TYPE
        return http.build_request("POST", url, content=self.body, headers=headers, extensions=extensions)

    def _target(
        self, rest: RestRequest | None, http: httpx.Client | httpx.AsyncClient
    ) -> tuple[httpx.URL | str, list[tuple[str, Any]] | None]:
        """The URL of this attempt, and the query parameters httpx is to add to it.

        An endpoint's fixed path is parsed once per base URL. A path with
        values or a query is joined to the parsed base URL when httpx would
        not change it, and otherwise given as text for httpx to parse (with the
        query in it: a query given apart would cost it a second parse).
        """
        endpoint = self.endpoint
        if rest is None or (not rest.query and rest.path == endpoint.path):
            url = endpoint.urls.get(self.base_url)
            if url is None:
                url = endpoint.urls[self.base_url] = httpx.URL(f"{self.base_url}/{endpoint.path}")
            return url, None
        params = None
        query = None
        if rest.query:
            if http.params:  # httpx would put the client's own parameters in place of a query in the URL
                params = rest.query
            else:
                query = urlencode(rest.query)
        url = _joined_url(self.client._servers.roots[self.base_url], rest.path, query)
        if url is None:
            text = f"{self.base_url}/{rest.path}"
            return (text if query is None else f"{text}?{query}"), params
        return url, params

    def expired(self) -> TimeoutError:
        seconds = f"{self.client._deadline:g}"
        return TimeoutError(
            f"no answer within the call's timeout of {seconds} s (retries included)",
            endpoint=self.label,
            request_id=self.request_id,
        )

    def receive(self) -> None:
        """The head of an answer is in: the body's reads get what is left of the deadline."""
        self.chunks = []
        self.size = 0
        remaining = self.deadline - self.client._clock()
        if remaining <= 0:
            raise self.expired()
        if remaining < self.timeouts["read"]:
            self.timeouts["read"] = remaining

    def take(self, response: httpx.Response, chunk: bytes) -> None:
        """One chunk of the body; the call ends when the body grows too large or the deadline passes."""
        self.size += len(chunk)
        if self.size > self.client._max_response_size:
            raise self._too_large(response)
        self.chunks.append(chunk)
        if self.client._clock() > self.deadline:
            raise self.expired()

    def _too_large(self, response: httpx.Response) -> TransportError:
        return TransportError(
            f"the response is larger than max_response_size ({self.client._max_response_size} bytes)",
            endpoint=self.label,
            request_id=self.request_id,
            status_code=response.status_code,
        )

    def answered(self, response: httpx.Response) -> dict[str, Any] | float:
        """The body of a successful answer, or a delay before trying again; raises otherwise."""
        content = self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)
        self.chunks = []
        response._content = content  # read by hand in chunks; this is where httpx keeps a read body
        # The response reaches the caller only through a capture or an error: its request is redacted for
        # those two, not copied on every call.
        capture = _capture.get()
        if capture is not None:
            response.request = _redacted(response.request)
            capture.responses.append(response)
        try:
            body = self._parse(response, content)
        except (ApiError, TransportError) as error:
            if self.client._drift is not None:
                decoded = error.body if isinstance(error, ApiError) else self._decode(content)[0]
                self._watch(response.status_code, decoded)
            if capture is None:
                response.request = _redacted(response.request)
            return self._refused(error)
        if self.client._drift is not None:
            self._watch(200, body)
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (self.client._clock() - self.started) * 1000
            logger.debug("%s request_id=%s code=200 in %.0f ms", self.label, self.request_id, elapsed)
        return body

    def _watch(self, status: int, body: Any) -> None:
        """Drift: the decoded answer checked against the spec (the client option `drift=`)."""
        endpoint = self.endpoint
        operation = f"{endpoint.method} {endpoint.path}" if endpoint.rest else endpoint.path
        page_token = None if self.rest is None else dict(self.rest.query).get("page_token")
        self.client._drift.observe(operation, status, body, page_token)

    def _refused(self, error: ApiError | TransportError) -> float:
        """A delay before trying again after an answer that is not a success; raises when there is none."""
        if isinstance(error, ApiError):
            if error.code == RATE_LIMITED_CODE and error.code in self.client._retry_codes:
                wait = self.client._rate_limit_wait * (1 + random.random() * RATE_LIMIT_JITTER)
                return self._again_or_raise(error, True, wait)
            return self._again_or_raise(error, error.code in self.client._retry_codes)
        status = error.status_code
        retryable = status in RETRY_HTTP_STATUSES or (
            status in RETRY_SAFE_HTTP_STATUSES and self.endpoint.safe_to_repeat
        )
        return self._again_or_raise(error, retryable)

    def failed(self, exception: httpx.HTTPError) -> float:
        """A delay before trying again after a failure below HTTP; raises when there is none."""
        with suppress(RuntimeError):  # an exception raised without its request has none to show
            exception.request = _redacted(exception.request)
        sent = not isinstance(exception, _NOT_SENT)
        kind = TimeoutError if isinstance(exception, httpx.TimeoutException) else TransportError
        error = kind(self._describe(exception), endpoint=self.label, request_id=self.request_id)
        if isinstance(exception, _UNREACHABLE):
            following = self.client._servers.fail_over(self.base_url)
            if following not in self.tried and self.remaining() > 0:
                logger.warning("%s unreachable (%s); failing over to %s", self.base_url, error, following)
                return 0.0
        # A request that was sent may have been carried out: repeat it only when that is harmless.
        return self._again_or_raise(error, not sent or self.endpoint.safe_to_repeat)

    def _describe(self, exception: httpx.HTTPError) -> str:
        """The exception's name, what it means, and httpx's message when it has one."""
        seconds = {phase: round(limit, 2) for phase, limit in self.timeouts.items()}
        meaning = next(
            (text.format(**seconds) for kind, text in _WHAT_HAPPENED if isinstance(exception, kind)),
            "the HTTP transport failed",
        )
        detail = str(exception).strip()
        return f"{type(exception).__name__}: {meaning}" + (f" ({detail})" if detail else "")

    def _again_or_raise(self, error: NimError, retryable: bool, delay: float | None = None) -> float:
        client = self.client
        if not retryable or self.retries >= client._max_retries:
            raise error
        if delay is None:
            delay = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0**self.retries)
            delay *= 0.5 + random.random() / 2  # jitter: clients that failed together retry apart
        if client._clock() + delay >= self.deadline:
            logger.info(
                "%s request_id=%s: %s; no retry: waiting %.2f s would pass the call's timeout",
                self.label,
                self.request_id,
                error,
                delay,
            )
            raise error
        self.retries += 1
        logger.info(
            "%s request_id=%s: %s; retry %d of %d in %.2f s",
            self.label,
            self.request_id,
            error,
            self.retries,
            client._max_retries,
            delay,
        )
        return delay

    def _parse(self, response: httpx.Response, content: bytes) -> dict[str, Any]:
        path, request_id = self.label, self.request_id
        if response.status_code != 200:
            excerpt = " ".join(content[:200].decode("utf-8", "replace").split())
            raise TransportError(
                f"HTTP status {response.status_code}: {excerpt}",
                endpoint=path,
                request_id=request_id,
                status_code=response.status_code,
                response=response,
            )
        body, problem = self._decode(content)
        code = body.get("code") if isinstance(body, dict) else None
        if not isinstance(body, dict) or type(code) is not int:  # True, 2.5 and "200" are not codes
            problem = problem or "the response is not a JSON object with an integer code"
            raise TransportError(problem, endpoint=path, request_id=request_id, status_code=200, response=response)
        if code != 200:
            desc = body.get("desc" if self.rest is None else "msg")
            raise self.client._error_classes.get(code, ApiError)(
                code=code,
                desc=desc if isinstance(desc, str) else json.dumps(desc, ensure_ascii=False),
                body=body,
                endpoint=path,
                request_id=request_id,
                meaning=self.client._meanings.get(code),
                response=response,
            )
        return body

    @staticmethod
    def _decode(content: bytes) -> tuple[Any, str | None]:
        """The decoded JSON value, or None and why there is none."""
        if content.count(b"[") + content.count(b"{") > MAX_JSON_DEPTH and _nesting_depth(content) > MAX_JSON_DEPTH:
            return None, f"the response nests deeper than {MAX_JSON_DEPTH} levels"
        try:
            return json.loads(content), None
        except RecursionError:
            return None, "the response nests too deeply to decode"
        except ValueError:  # UnicodeDecodeError included
            return None, "the response is not JSON"


class SyncBaseClient(_ClientCore):
    """The blocking client; generated NimClient adds the groups of operations."""

    _http: httpx.Client
    _http_client_type = httpx.Client

    @staticmethod
    def _new_pool(timeout: float | httpx.Timeout, options: dict[str, Any]) -> httpx.Client:
        return httpx.Client(timeout=timeout, **options)

    def close(self) -> None:
        """Close the connection pool, unless it belongs to the caller's http_client."""
        if self._owns_http_client:
            self._http.close()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def request(
        self,
        path: str,
        fields: Mapping[str, object] | None = None,
        *,
        safe_to_repeat: bool = False,
        call_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Call any API path with form fields the client does not describe.

        ``path`` is relative to the base URL (``"msg/sendMsg.action"``); each
        value is sent as text (str as is, bool as ``true``/``false``, numbers in
        decimal, lists and dicts as compact JSON). Signing, retries, the
        timeout, errors and logging are those of the typed methods; set
        ``safe_to_repeat=True`` only for an operation that merely reads.
        """
        endpoint = _raw_endpoint(path, safe_to_repeat)
        result: dict[str, Any] = self._call(
            endpoint, {}, extra_fields=fields or {}, request_id=call_request_id, extra_label="fields"
        )
        return result

    def _request_v2(
        self,
        method: str,
        path: str,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        safe_to_repeat: bool,
        request_id: str | None,
    ) -> dict[str, Any]:
        endpoint, raw = _raw_v2(method, path, query, body, safe_to_repeat)
        result: dict[str, Any] = self._call(endpoint, {}, request_id=request_id, raw=raw)
        return result

    def _page(
        self,
        endpoint: Endpoint,
        values: Mapping[str, object],
        items_key: str,
        style: str,
        *,
        extra_fields: Mapping[str, object] | None = None,
        request_id: str | None = None,
    ) -> Page[Any, Any]:
        """The first page of a v2 list operation; the next ones are fetched with fresh request ids."""
        body = self._call(endpoint, values, extra_fields=extra_fields, request_id=request_id)

        def fetch(following: Mapping[str, object]) -> Page[Any, Any]:
            return self._page(endpoint, following, items_key, style, extra_fields=extra_fields)

        return Page(answer_data(body), items_key, style, values, fetch)

    def _call(
        self,
        endpoint: Endpoint,
        values: Mapping[str, object],
        *,
        extra_fields: Mapping[str, object] | None = None,
        request_id: str | None = None,
        raw: RestRequest | None = None,
        extra_label: str = "call_extra_fields",
    ) -> Any:
        call = _Call(self, endpoint, values, extra_fields, request_id, raw, extra_label)
        http = self._http
        while True:
            request = call.request(http)
            try:
                response = http.send(request, stream=True)
                try:
                    call.receive()
                    for chunk in response.iter_bytes():
                        call.take(response, chunk)
                finally:
                    response.close()
            except httpx.HTTPError as exception:
                outcome: dict[str, Any] | float = call.failed(exception)
            else:
                outcome = call.answered(response)
            if not isinstance(outcome, float):
                return outcome
            self._sleep(outcome)


class _AsyncioDeadlines:
    """The deadlines of one client's calls on one asyncio loop, kept by a single timer.

    asyncio.timeout schedules and cancels a timer for every call; that was most of what an async call
    cost over hand-written httpx code. Here the timer is set for the earliest deadline only, and a call
    that ends before its deadline just leaves the table. When the timer fires it cancels the calls that
    are due and is set again for the earliest of the rest.
    """

    def __init__(self, loop: AbstractEventLoop) -> None:
        import asyncio  # running, so already imported

        self.loop = loop
        self.current_task = asyncio.current_task
        self.cancelled_error = asyncio.CancelledError
        self.live: dict[_DeadlineScope, None] = {}  # the scopes entered and not yet left or expired
        self._timer: TimerHandle | None = None
        self._timer_at = _NEVER

    def scope(self, seconds: float) -> _DeadlineScope:
        return _DeadlineScope(self, self.loop.time() + seconds)

    def watch(self, when: float) -> None:
        """Makes sure the timer fires by loop time `when`."""
        if when < self._timer_at:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = self.loop.call_at(when, self._expire)
            self._timer_at = when

    def _expire(self) -> None:
        # The loop runs a timer a little early (within its clock's resolution); what it was set for is due.
        due = max(self.loop.time(), self._timer_at)
        self._timer, self._timer_at = None, _NEVER
        earliest = _NEVER
        for scope in list(self.live):
            if scope.when <= due:
                del self.live[scope]
                scope.expire()
            elif scope.when < earliest:
                earliest = scope.when
        if earliest < _NEVER:
            self.watch(earliest)


class _DeadlineScope:
    """Cancels the task that runs in it at loop time `when`, and then raises the builtin TimeoutError.

    As asyncio.timeout does, it takes back only its own cancellation: one requested from outside
    (task.cancel(), an enclosing timeout) goes on as CancelledError.
    """

    __slots__ = ("_cancelling", "_deadlines", "_expired", "_task", "when")

    def __init__(self, deadlines: _AsyncioDeadlines, when: float) -> None:
        self._deadlines = deadlines
        self.when = when
        self._expired = False

    def __enter__(self) -> None:
        deadlines = self._deadlines
        task = deadlines.current_task(deadlines.loop)
        if task is None:
            raise RuntimeError("an async nimserver call must run in an asyncio task")
        self._task = task
        self._cancelling = task.cancelling()  # cancellations already requested are not ours
        deadlines.live[self] = None
        deadlines.watch(self.when)

    def expire(self) -> None:
        self._expired = True
        self._task.cancel()

    def __exit__(
        self, kind: type[BaseException] | None, exception: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if not self._expired:
            del self._deadlines.live[self]
        elif self._task.uncancel() <= self._cancelling and kind is self._deadlines.cancelled_error:
            raise builtins.TimeoutError from exception


def _anyio_cancelled_after(seconds: float) -> AbstractContextManager[object]:
    """anyio's cancel scope, for a call under any loop but asyncio's (trio)."""
    from anyio import fail_after  # httpx's own dependency; loaded by the first call

    return fail_after(seconds)


class AsyncBaseClient(_ClientCore):
    """The asyncio (and trio) client; generated AsyncNimClient adds the groups of operations."""

    _http: httpx.AsyncClient
    _http_client_type = httpx.AsyncClient

    @staticmethod
    def _new_pool(timeout: float | httpx.Timeout, options: dict[str, Any]) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, **options)

    _asyncio_deadlines: _AsyncioDeadlines | None = None  # those of the loop the client last ran on

    async def aclose(self) -> None:
        """Close the connection pool, unless it belongs to the caller's http_client."""
        if self._owns_http_client:
            await self._http.aclose()

    def _cancelled_after(self, seconds: float) -> AbstractContextManager[object]:
        """A scope that cancels what runs in it `seconds` from now, then raises the builtin TimeoutError."""
        asyncio = sys.modules.get("asyncio")  # not imported here: a trio program need not load it
        if asyncio is not None:
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:  # no asyncio loop runs in this thread
                pass
            else:
                deadlines = self._asyncio_deadlines
                if deadlines is None or deadlines.loop is not loop:
                    deadlines = self._asyncio_deadlines = _AsyncioDeadlines(loop)
                return deadlines.scope(seconds)
        return _anyio_cancelled_after(seconds)

    async def _sleep(self, seconds: float) -> None:
        import anyio  # httpx's own dependency; imported only when a retry waits

        await anyio.sleep(seconds)

    async def request(
        self,
        path: str,
        fields: Mapping[str, object] | None = None,
        *,
        safe_to_repeat: bool = False,
        call_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Call any API path with form fields the client does not describe; see
        :meth:`SyncBaseClient.request`."""
        endpoint = _raw_endpoint(path, safe_to_repeat)
        result: dict[str, Any] = await self._call(
            endpoint, {}, extra_fields=fields or {}, request_id=call_request_id, extra_label="fields"
        )
        return result

    async def _request_v2(
        self,
        method: str,
        path: str,
        query: Mapping[str, object] | None,
        body: Mapping[str, object] | None,
        safe_to_repeat: bool,
        request_id: str | None,
    ) -> dict[str, Any]:
        endpoint, raw = _raw_v2(method, path, query, body, safe_to_repeat)
        result: dict[str, Any] = await self._call(endpoint, {}, request_id=request_id, raw=raw)
        return result

    async def _page(
        self,
        endpoint: Endpoint,
        values: Mapping[str, object],
        items_key: str,
        style: str,
        *,
        extra_fields: Mapping[str, object] | None = None,
        request_id: str | None = None,
    ) -> AsyncPage[Any, Any]:
        """The first page of a v2 list operation; the next ones are fetched with fresh request ids."""
        body = await self._call(endpoint, values, extra_fields=extra_fields, request_id=request_id)

        async def fetch(following: Mapping[str, object]) -> AsyncPage[Any, Any]:
            return await self._page(endpoint, following, items_key, style, extra_fields=extra_fields)

        return AsyncPage(answer_data(body), items_key, style, values, fetch)

    async def _call(
        self,
        endpoint: Endpoint,
        values: Mapping[str, object],
        *,
        extra_fields: Mapping[str, object] | None = None,
        request_id: str | None = None,
        raw: RestRequest | None = None,
        extra_label: str = "call_extra_fields",
    ) -> Any:
        call = _Call(self, endpoint, values, extra_fields, request_id, raw, extra_label)
        http = self._http
        while True:
            request = call.request(http)
            try:
                # The per-read limits bound each wait and name the phase that
                # timed out; the cancel scope, a moment later, also ends an
                # answer whose head trickles in forever.
                with self._cancelled_after(max(call.remaining(), 0.0) + _CANCEL_GRACE):
                    response = await http.send(request, stream=True)
                    try:
                        call.receive()
                        async for chunk in response.aiter_bytes():
                            call.take(response, chunk)
                    finally:
                        await response.aclose()
            except httpx.HTTPError as exception:
                outcome: dict[str, Any] | float = call.failed(exception)
            except NimError:
                raise
            except builtins.TimeoutError:  # the cancel scope's deadline
                raise call.expired() from None
            else:
                outcome = call.answered(response)
            if not isinstance(outcome, float):
                return outcome
            if outcome:
                await self._sleep(outcome)
