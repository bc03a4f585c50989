# Copied from runtime/_base_client.py by `python -m generator`; do not edit.
"""What every client shares: credentials, servers, options, the deadline and the HTTP exchange.

The decisions (what to send, whether and when to try again, what to raise)
are made by `_call.Call`, which does no I/O; the sync and async clients only
send its requests, read the bodies in chunks and sleep its delays. `_call`,
and with it the argument checks, loads with a client's first call (paging
with its first page), so that `import nimserver` and making a client do not
pay for them.
"""

from __future__ import annotations

import builtins
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._errors import ApiError, NimError
from ._options import (
    SpecDoubts,
    check_backup_base_urls,
    check_base_url,
    check_credential,
    check_http_client,
    check_limits,
    check_max_response_size,
    check_max_retries,
    check_rate_limit_wait,
    check_spec_doubts,
    check_timeout,
)

if TYPE_CHECKING:
    from asyncio import AbstractEventLoop, TimerHandle

    from ._call import Call
    from ._fields import Endpoint, RestRequest
    from ._paging import AsyncPage, Page

DEFAULT_TIMEOUT = 15.0  # seconds for the whole call, retries included
DEFAULT_MAX_RETRIES = 2
DEFAULT_RATE_LIMIT_WAIT = 10.0  # seconds: the server blocks a rate-limited app for about 10 s
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024  # bytes of a decoded response body
_CANCEL_GRACE = 0.1  # seconds an async attempt runs past the deadline before it is cancelled
_NEVER = float("inf")
# The pool of a client that makes its own: every call of up to this many at
# once (threads or tasks) keeps its connection for the next one instead of
# opening a new one (httpx's default keeps 20). Raise it with limits=.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)

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

    @cached_property
    def _new_call(self) -> type[Call]:
        """The class of one call, loaded by the first (a copy made by with_options shares it)."""
        from ._call import Call

        return Call

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
        from ._call import raw_endpoint

        endpoint = raw_endpoint(path, safe_to_repeat)
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
        from ._call import raw_v2

        endpoint, raw = raw_v2(method, path, query, body, safe_to_repeat)
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
        from ._paging import Page, answer_data

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
        call = self._new_call(self, endpoint, values, extra_fields, request_id, raw, extra_label)
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
        from ._call import raw_endpoint

        endpoint = raw_endpoint(path, safe_to_repeat)
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
        from ._call import raw_v2

        endpoint, raw = raw_v2(method, path, query, body, safe_to_repeat)
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
        from ._paging import AsyncPage, answer_data

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
        call = self._new_call(self, endpoint, values, extra_fields, request_id, raw, extra_label)
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
