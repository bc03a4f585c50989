# Copied from templates/runtime/_base_client.py by `python -m generator`; do not edit.
"""What every client shares: credentials, servers, signing, retries and the HTTP call.

The decisions (what to send, whether and when to try again, what to raise)
are made by `_Call`, which does no I/O; the sync and async clients only send
its requests and sleep its delays.
"""

from __future__ import annotations

import json
import logging
import os
import random
import time
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx

from ._errors import ApiError, NimError, TimeoutError, TransportError
from ._fields import Endpoint, encode_fields
from ._signing import signed_headers

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=utf-8"
REQUEST_ID_HEADER = "RequestId"
DEFAULT_TIMEOUT = 15.0
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5  # seconds; doubles with each retry
MAX_RETRY_DELAY = 8.0
RETRY_HTTP_STATUSES = frozenset({502, 503, 504})
# The request never left: safe to send again whatever the operation does.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

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
    if not value:
        raise ValueError(f"{argument} is missing: pass {argument}= or set the {variable} environment variable")
    return value


class _Servers:
    """Base URLs in failover order; the one in use is shared by a client and its copies."""

    def __init__(self, urls: Sequence[str]) -> None:
        self.urls = tuple(dict.fromkeys(url.rstrip("/") for url in urls))
        self.current = 0

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
        limits: httpx.Limits | None = None,
        http_client: Any = None,
    ) -> None:
        self._app_key = _credential(app_key, "NIM_APP_KEY", "app_key")
        self._app_secret = _credential(app_secret, "NIM_APP_SECRET", "app_secret")
        if region not in self._servers_by_region:
            choices = ", ".join(repr(name) for name in self._servers_by_region)
            raise ValueError(f"region must be one of {choices}, got {region!r}")
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        if base_url is None:
            primary, *backups = self._servers_by_region[region]
        else:
            primary, backups = base_url, []
        if backup_base_urls is not None:
            backups = list(backup_base_urls)
        self._region = region
        self._servers = _Servers([primary, *backups])
        self._timeout = timeout
        self._max_retries = max_retries
        self._owns_http_client = http_client is None
        if http_client is None:
            http_client = self._new_pool(timeout, {} if limits is None else {"limits": limits})
        elif limits is not None:
            raise ValueError("limits apply to the client's own pool; set them on your http_client instead")
        self._http = http_client

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(app_key={self._app_key!r}, base_url={self.base_url!r})"

    def with_options(self: _Client, *, timeout: float | httpx.Timeout = UNSET, max_retries: int = UNSET) -> _Client:
        """A client with other settings that shares this one's connection pool and servers."""
        clone = object.__new__(type(self))
        # Private state only: group objects (cached under public names) belong to their client.
        clone.__dict__.update({key: value for key, value in self.__dict__.items() if key.startswith("_")})
        clone._owns_http_client = False
        if timeout is not UNSET:
            clone._timeout = timeout
        if max_retries is not UNSET:
            if max_retries < 0:
                raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
            clone._max_retries = max_retries
        return clone


class _Call:
    """One call: its requests, and what each outcome means. Does no I/O."""

    def __init__(self, client: _ClientCore, endpoint: Endpoint, values: Mapping[str, object]) -> None:
        # Before anything is sent: a bad argument raises here.
        self.form, self.files = encode_fields(endpoint, values)
        self.body = None if endpoint.multipart else urlencode(self.form).encode("ascii")
        self.client = client
        self.endpoint = endpoint
        self.request_id = uuid.uuid4().hex
        self.retries = 0
        self.tried: set[str] = set()
        self.base_url = ""
        self.started = 0.0

    def request(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Request:
        """The next attempt, signed afresh (new Nonce and CurTime)."""
        client = self.client
        self.base_url = client._servers.url()
        self.tried.add(self.base_url)
        headers = signed_headers(client._app_key, client._app_secret)
        headers[REQUEST_ID_HEADER] = self.request_id
        headers["User-Agent"] = client._user_agent
        url = f"{self.base_url}/{self.endpoint.path}"
        if logger.isEnabledFor(logging.DEBUG):
            self.started = time.monotonic()
            logger.debug(
                "POST %s request_id=%s attempt=%d fields=%s",
                url,
                self.request_id,
                self.retries + 1,
                ",".join(self.form) + ("" if not self.files else "," + ",".join(self.files)),
            )
        if self.body is None:
            return http.build_request(
                "POST", url, data=self.form, files=self.files, headers=headers, timeout=client._timeout
            )
        headers["Content-Type"] = FORM_CONTENT_TYPE
        return http.build_request("POST", url, content=self.body, headers=headers, timeout=client._timeout)

    def answered(self, response: httpx.Response) -> dict[str, Any] | float:
        """The body of a successful answer, or a delay before trying again; raises otherwise."""
        capture = _capture.get()
        if capture is not None:
            capture.responses.append(response)
        try:
            body = self._parse(response)
        except ApiError as error:
            return self._again_or_raise(error, error.code in self.client._retry_codes)
        except TransportError as error:
            return self._again_or_raise(error, error.status_code in RETRY_HTTP_STATUSES)
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.monotonic() - self.started) * 1000
            logger.debug("%s request_id=%s code=200 in %.0f ms", self.endpoint.path, self.request_id, elapsed)
        return body

    def failed(self, exception: httpx.HTTPError) -> float:
        """A delay before trying again after a failure below HTTP; raises when there is none."""
        sent = not isinstance(exception, _NOT_SENT)
        kind = TimeoutError if isinstance(exception, httpx.TimeoutException) else TransportError
        error = kind(
            f"{type(exception).__name__}: {exception}", endpoint=self.endpoint.path, request_id=self.request_id
        )
        if not sent:
            following = self.client._servers.fail_over(self.base_url)
            if following not in self.tried:
                logger.warning("%s unreachable (%s); failing over to %s", self.base_url, error, following)
                return 0.0
        # A request that was sent may have been carried out: repeat it only when that is harmless.
        return self._again_or_raise(error, not sent or self.endpoint.safe_to_repeat)

    def _again_or_raise(self, error: NimError, retryable: bool) -> float:
        if not retryable or self.retries >= self.client._max_retries:
            raise error
        self.retries += 1
        delay: float = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2.0 ** (self.retries - 1))
        delay *= 0.5 + random.random() / 2  # jitter: clients that failed together retry apart
        logger.info(
            "%s request_id=%s: %s; retry %d of %d in %.2f s",
            self.endpoint.path,
            self.request_id,
            error,
            self.retries,
            self.client._max_retries,
            delay,
        )
        return delay

    def _parse(self, response: httpx.Response) -> dict[str, Any]:
        path, request_id = self.endpoint.path, self.request_id
        if response.status_code != 200:
            excerpt = " ".join(response.text[:200].split())
            raise TransportError(
                f"HTTP status {response.status_code}: {excerpt}",
                endpoint=path,
                request_id=request_id,
                status_code=response.status_code,
                response=response,
            )
        try:
            body = json.loads(response.content)
        except ValueError:
            raise TransportError(
                "the response is not JSON", endpoint=path, request_id=request_id, status_code=200, response=response
            ) from None
        if not isinstance(body, dict) or not isinstance(body.get("code"), int):
            raise TransportError(
                "the response is not a JSON object with an integer code",
                endpoint=path,
                request_id=request_id,
                status_code=200,
                response=response,
            )
        code = body["code"]
        if code != 200:
            desc = body.get("desc")
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


class SyncBaseClient(_ClientCore):
    """The blocking client; generated NimClient adds the groups of operations."""

    _http: httpx.Client

    @staticmethod
    def _new_pool(timeout: float | httpx.Timeout, options: dict[str, Any]) -> httpx.Client:
        return httpx.Client(timeout=timeout, **options)

    def close(self) -> None:
        """Close the connection pool, unless it belongs to the caller's http_client."""
        if self._owns_http_client:
            self._http.close()

    def _call(self, endpoint: Endpoint, values: Mapping[str, object]) -> Any:
        call = _Call(self, endpoint, values)
        while True:
            request = call.request(self._http)
            try:
                response = self._http.send(request)
            except httpx.HTTPError as exception:
                outcome: dict[str, Any] | float = call.failed(exception)
            else:
                outcome = call.answered(response)
            if not isinstance(outcome, float):
                return outcome
            time.sleep(outcome)


class AsyncBaseClient(_ClientCore):
    """The asyncio (and trio) client; generated AsyncNimClient adds the groups of operations."""

    _http: httpx.AsyncClient

    @staticmethod
    def _new_pool(timeout: float | httpx.Timeout, options: dict[str, Any]) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout, **options)

    async def aclose(self) -> None:
        """Close the connection pool, unless it belongs to the caller's http_client."""
        if self._owns_http_client:
            await self._http.aclose()

    async def _call(self, endpoint: Endpoint, values: Mapping[str, object]) -> Any:
        call = _Call(self, endpoint, values)
        while True:
            request = call.request(self._http)
            try:
                response = await self._http.send(request)
            except httpx.HTTPError as exception:
                outcome: dict[str, Any] | float = call.failed(exception)
            else:
                outcome = call.answered(response)
            if not isinstance(outcome, float):
                return outcome
            if outcome:
                import anyio  # httpx's own dependency; imported only when a retry waits

                await anyio.sleep(outcome)
