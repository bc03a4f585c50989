# Copied from runtime/_call.py by `python -m generator`; do not edit.
"""One call of the API: its requests, and what each outcome means. Does no I/O.

The clients (`_base_client`) send what a `Call` builds, read the bodies in
chunks and sleep the delays it asks for. This module, and the argument
checks it encodes with, load on a client's first call rather than with
`import nimserver`.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from typing import Any, Protocol
from urllib.parse import urlencode

import httpx

from ._checks import ANY, compact_json
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
from ._options import SpecDoubts, check_path, check_request_id, check_v2_method, check_v2_path
from ._signing import signed_headers

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=utf-8"
JSON_CONTENT_TYPE = "application/json;charset=utf-8"
REQUEST_ID_HEADER = "RequestId"
TRACE_ID_HEADER = "X-custom-traceid"  # the request id of a v2 call, as the official SDKs send it
INITIAL_RETRY_DELAY = 0.5  # seconds; doubles with each retry
MAX_RETRY_DELAY = 8.0
RATE_LIMITED_CODE = 416
RATE_LIMIT_JITTER = 0.25  # a rate-limited call waits between 1 and 1.25 times rate_limit_wait
MAX_JSON_DEPTH = 512  # levels of nested arrays and objects in a response body
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
# Headers of a request that sign it; replaced on the request an error or a
# capture shows, so that logging or pickling either never carries them.
_SIGNATURE_HEADERS = ("CheckSum", "Nonce", "CurTime")
REDACTED = "(redacted)"

logger = logging.getLogger("nimserver")


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


def raw_endpoint(path: str, safe_to_repeat: bool) -> Endpoint:
    if not isinstance(safe_to_repeat, bool):
        raise TypeError(f"safe_to_repeat must be bool, not {type(safe_to_repeat).__name__}")
    return Endpoint(check_path(path), (), safe_to_repeat=safe_to_repeat)


def raw_v2(
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


class Servers(Protocol):
    """The base URLs a call may go to, in failover order (`_base_client._Servers`)."""

    @property
    def roots(self) -> Mapping[str, httpx.URL]: ...  # each base URL parsed, ending in a slash

    def url(self) -> str: ...

    def fail_over(self, failed: str) -> str: ...


class Client(Protocol):
    """What a call reads of the client that makes it (`_base_client._ClientCore`)."""

    _app_key: str
    _app_secret: str
    _clock: Callable[[], float]
    _deadline: float
    _drift: Any
    _error_classes: Mapping[int, type[ApiError]]
    _max_response_size: int
    _max_retries: int
    _meanings: Mapping[int, str]
    _phases: tuple[float, float, float, float]
    _rate_limit_wait: float
    _retry_codes: frozenset[int]
    _spec_doubts: SpecDoubts
    _user_agent: str
    _user_agent_per_request: bool

    @property  # read-only here, so that the client's own kind of Servers fits
    def _servers(self) -> Servers: ...


class Call:
    """One call: its requests, and what each outcome means. Does no I/O."""

    def __init__(
        self,
        client: Client,
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
