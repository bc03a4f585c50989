# Generated from spec/ by `python -m generator`; do not edit.
"""The clients: credentials, data centres and one attribute per group of operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._base_client import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_MAX_RETRIES,
    DEFAULT_RATE_LIMIT_WAIT,
    DEFAULT_TIMEOUT,
    AsyncBaseClient,
    SyncBaseClient,
)
from ._options import SpecDoubts
from ._status import ERROR_CLASSES, MEANINGS, RETRY_CODES
from ._version import __version__

if TYPE_CHECKING:
    from ._answers import Difference
    from .groups.qchat import AsyncQchatGroup, QchatGroup
    from .groups.signal import AsyncSignalGroup, SignalGroup
    from .groups.team import AsyncTeamGroup, TeamGroup
    from .v2 import V2, AsyncV2

__all__ = ["AsyncNimClient", "NimClient", "Region"]

Region = Literal["home"]

_SERVERS = {
    "home": (
        "https://golden.example/nimserver",
        "https://backup.golden.example/nimserver",
    ),
}


class NimClient(SyncBaseClient):
    """A client of the Golden API.

    Args:
        app_key: The app key; defaults to the NIM_APP_KEY environment variable.
        app_secret: The app secret; defaults to the NIM_APP_SECRET environment
            variable. It signs every request and is never sent, logged or shown.
        region: Which data centre to call:
            "home" https://golden.example/nimserver (The only server)
        base_url: A base URL that overrides the region's, ending in
            ``/nimserver``.
        backup_base_urls: Base URLs tried in turn when a connection to the
            current one fails; by default the region's backups, or none when
            ``base_url`` is given.
        timeout: The deadline of a whole call in seconds (default 15),
            retries and their waits included; no single wait (connecting,
            sending, reading) lasts longer than what is left of it. An
            ``httpx.Timeout`` bounds each of those waits by its own value, and
            the whole call by the largest of them.
        max_retries: How many times a call is retried when that is safe (see
            the package README); 0 turns retries off.
        rate_limit_wait: Seconds to wait before retrying a call the server
            refused with code 416 (rate limited: it blocks the app for about
            10 s); default 10, plus up to a quarter more of jitter. A call
            whose timeout would pass first raises ``RateLimitedError`` at once.
        max_response_size: The largest response body read, in bytes (default
            64 MiB); a larger one raises ``TransportError``.
        limits: Connection pool limits of the client's own ``httpx.Client``.
        http_client: An ``httpx.Client`` of your own; it is not closed by
            :meth:`close`.
        spec_doubts: What a check does when it rests on a fact the spec itself
            doubts (a limit, allowed value, type or required flag read from
            one source or inferred): ``"warn"`` (default) sends the call and
            warns with ``SpecDoubtWarning``, once per line of your code;
            ``"refuse"`` refuses it like any wrong argument; ``"types-only"``
            refuses only wrong types and sends everything else, doubted or
            not, without warnings.
        drift: Check each answer against the spec (off by default): ``True``
            logs each distinct difference once on the logger
            ``nimserver.drift``; a callable (such as a
            ``nimserver.DriftRecorder``) also receives each one as a
            ``nimserver.Difference``.
    """

    _servers_by_region = _SERVERS
    _error_classes = ERROR_CLASSES
    _retry_codes = RETRY_CODES
    _meanings = MEANINGS
    _user_agent = f"nimserver-python/{__version__}"

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        region: Region = "home",
        base_url: str | None = None,
        backup_base_urls: Sequence[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit_wait: float = DEFAULT_RATE_LIMIT_WAIT,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        limits: httpx.Limits | None = None,
        http_client: httpx.Client | None = None,
        spec_doubts: SpecDoubts = "warn",
        drift: bool | Callable[[Difference], object] = False,
    ) -> None:
        super().__init__(
            app_key,
            app_secret,
            region=region,
            base_url=base_url,
            backup_base_urls=backup_base_urls,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit_wait=rate_limit_wait,
            max_response_size=max_response_size,
            limits=limits,
            http_client=http_client,
            spec_doubts=spec_doubts,
            drift=drift,
        )

    def __enter__(self) -> NimClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @cached_property
    def qchat(self) -> QchatGroup:
        """Operations under ``qchat/``."""
        from .groups.qchat import QchatGroup

        return QchatGroup(self)

    @cached_property
    def signal(self) -> SignalGroup:
        """Operations under ``signal/``."""
        from .groups.signal import SignalGroup

        return SignalGroup(self)

    @cached_property
    def team(self) -> TeamGroup:
        """Operations under ``team/``."""
        from .groups.team import TeamGroup

        return TeamGroup(self)

    @cached_property
    def v2(self) -> V2:
        """The IM v2 REST API: ``client.v2.<module>.<method>(...)``, signed, retried and checked like the rest."""
        from .v2 import V2

        return V2(self)


class AsyncNimClient(AsyncBaseClient):
    """An asyncio (or trio) client of the Golden API.

    The same groups and methods as :class:`NimClient`, each awaitable.

    Args:
        app_key: The app key; defaults to the NIM_APP_KEY environment variable.
        app_secret: The app secret; defaults to the NIM_APP_SECRET environment
            variable. It signs every request and is never sent, logged or shown.
        region: Which data centre to call:
            "home" https://golden.example/nimserver (The only server)
        base_url: A base URL that overrides the region's, ending in
            ``/nimserver``.
        backup_base_urls: Base URLs tried in turn when a connection to the
            current one fails; by default the region's backups, or none when
            ``base_url`` is given.
        timeout: The deadline of a whole call in seconds (default 15),
            retries and their waits included; no single wait (connecting,
            sending, reading) lasts longer than what is left of it. An
            ``httpx.Timeout`` bounds each of those waits by its own value, and
            the whole call by the largest of them.
        max_retries: How many times a call is retried when that is safe (see
            the package README); 0 turns retries off.
        rate_limit_wait: Seconds to wait before retrying a call the server
            refused with code 416 (rate limited: it blocks the app for about
            10 s); default 10, plus up to a quarter more of jitter. A call
            whose timeout would pass first raises ``RateLimitedError`` at once.
        max_response_size: The largest response body read, in bytes (default
            64 MiB); a larger one raises ``TransportError``.
        limits: Connection pool limits of the client's own ``httpx.AsyncClient``.
        http_client: An ``httpx.AsyncClient`` of your own; it is not closed by
            :meth:`aclose`.
        spec_doubts: What a check does when it rests on a fact the spec itself
            doubts (a limit, allowed value, type or required flag read from
            one source or inferred): ``"warn"`` (default) sends the call and
            warns with ``SpecDoubtWarning``, once per line of your code;
            ``"refuse"`` refuses it like any wrong argument; ``"types-only"``
            refuses only wrong types and sends everything else, doubted or
            not, without warnings.
        drift: Check each answer against the spec (off by default): ``True``
            logs each distinct difference once on the logger
            ``nimserver.drift``; a callable (such as a
            ``nimserver.DriftRecorder``) also receives each one as a
            ``nimserver.Difference``.
    """

    _servers_by_region = _SERVERS
    _error_classes = ERROR_CLASSES
    _retry_codes = RETRY_CODES
    _meanings = MEANINGS
    _user_agent = f"nimserver-python/{__version__}"

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        region: Region = "home",
        base_url: str | None = None,
        backup_base_urls: Sequence[str] | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        rate_limit_wait: float = DEFAULT_RATE_LIMIT_WAIT,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        limits: httpx.Limits | None = None,
        http_client: httpx.AsyncClient | None = None,
        spec_doubts: SpecDoubts = "warn",
        drift: bool | Callable[[Difference], object] = False,
    ) -> None:
        super().__init__(
            app_key,
            app_secret,
            region=region,
            base_url=base_url,
            backup_base_urls=backup_base_urls,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit_wait=rate_limit_wait,
            max_response_size=max_response_size,
            limits=limits,
            http_client=http_client,
            spec_doubts=spec_doubts,
            drift=drift,
        )

    async def __aenter__(self) -> AsyncNimClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    @cached_property
    def qchat(self) -> AsyncQchatGroup:
        """Operations under ``qchat/``."""
        from .groups.qchat import AsyncQchatGroup

        return AsyncQchatGroup(self)

    @cached_property
    def signal(self) -> AsyncSignalGroup:
        """Operations under ``signal/``."""
        from .groups.signal import AsyncSignalGroup

        return AsyncSignalGroup(self)

    @cached_property
    def team(self) -> AsyncTeamGroup:
        """Operations under ``team/``."""
        from .groups.team import AsyncTeamGroup

        return AsyncTeamGroup(self)

    @cached_property
    def v2(self) -> AsyncV2:
        """The IM v2 REST API: ``client.v2.<module>.<method>(...)``, signed, retried and checked like the rest."""
        from .v2 import AsyncV2

        return AsyncV2(self)
