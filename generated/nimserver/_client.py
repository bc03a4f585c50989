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
    from .groups.chatroom import AsyncChatroomGroup, ChatroomGroup
    from .groups.event import AsyncEventGroup, EventGroup
    from .groups.friend import AsyncFriendGroup, FriendGroup
    from .groups.history import AsyncHistoryGroup, HistoryGroup
    from .groups.job import AsyncJobGroup, JobGroup
    from .groups.msg import AsyncMsgGroup, MsgGroup
    from .groups.qchat import AsyncQchatGroup, QchatGroup
    from .groups.signal import AsyncSignalGroup, SignalGroup
    from .groups.stats import AsyncStatsGroup, StatsGroup
    from .groups.superteam import AsyncSuperteamGroup, SuperteamGroup
    from .groups.team import AsyncTeamGroup, TeamGroup
    from .groups.translator import AsyncTranslatorGroup, TranslatorGroup
    from .groups.user import AsyncUserGroup, UserGroup
    from .v2 import V2, AsyncV2

__all__ = ["AsyncNimClient", "NimClient", "Region"]

Region = Literal["cn", "sg"]

_SERVERS = {
    "cn": (
        "https://api.netease.im/nimserver",
        "https://api-cn.yunxinapi.com/nimserver",
        "https://api-cn-bak.yunxinapi.com/nimserver",
    ),
    "sg": (
        "https://api-sg.netease.im/nimserver",
        "https://api-sg.yunxinapi.com/nimserver",
        "https://api-sg-bak.yunxinapi.com/nimserver",
    ),
}


class NimClient(SyncBaseClient):
    """A client of the NetEase Yunxin IM server API (nimserver v1).

    Args:
        app_key: The app key; defaults to the NIM_APP_KEY environment variable.
        app_secret: The app secret; defaults to the NIM_APP_SECRET environment
            variable. It signs every request and is never sent, logged or shown.
        region: Which data centre to call:
            "cn" https://api.netease.im/nimserver (Mainland China data centre)
            "sg" https://api-sg.netease.im/nimserver (Overseas data centre (Singapore))
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
        region: Region = "cn",
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
    def chatroom(self) -> ChatroomGroup:
        """Operations under ``chatroom/``."""
        from .groups.chatroom import ChatroomGroup

        return ChatroomGroup(self)

    @cached_property
    def event(self) -> EventGroup:
        """Operations under ``event/``."""
        from .groups.event import EventGroup

        return EventGroup(self)

    @cached_property
    def friend(self) -> FriendGroup:
        """Operations under ``friend/``."""
        from .groups.friend import FriendGroup

        return FriendGroup(self)

    @cached_property
    def history(self) -> HistoryGroup:
        """Operations under ``history/``."""
        from .groups.history import HistoryGroup

        return HistoryGroup(self)

    @cached_property
    def job(self) -> JobGroup:
        """Operations under ``job/``."""
        from .groups.job import JobGroup

        return JobGroup(self)

    @cached_property
    def msg(self) -> MsgGroup:
        """Operations under ``msg/``."""
        from .groups.msg import MsgGroup

        return MsgGroup(self)

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
    def stats(self) -> StatsGroup:
        """Operations under ``stats/``."""
        from .groups.stats import StatsGroup

        return StatsGroup(self)

    @cached_property
    def superteam(self) -> SuperteamGroup:
        """Operations under ``superteam/``."""
        from .groups.superteam import SuperteamGroup

        return SuperteamGroup(self)

    @cached_property
    def team(self) -> TeamGroup:
        """Operations under ``team/``."""
        from .groups.team import TeamGroup

        return TeamGroup(self)

    @cached_property
    def translator(self) -> TranslatorGroup:
        """Operations under ``translator/``."""
        from .groups.translator import TranslatorGroup

        return TranslatorGroup(self)

    @cached_property
    def user(self) -> UserGroup:
        """Operations under ``user/``."""
        from .groups.user import UserGroup

        return UserGroup(self)

    @cached_property
    def v2(self) -> V2:
        """The IM v2 REST API: ``client.v2.<module>.<method>(...)``, signed, retried and checked like the rest."""
        from .v2 import V2

        return V2(self)


class AsyncNimClient(AsyncBaseClient):
    """An asyncio (or trio) client of the NetEase Yunxin IM server API (nimserver v1).

    The same groups and methods as :class:`NimClient`, each awaitable.

    Args:
        app_key: The app key; defaults to the NIM_APP_KEY environment variable.
        app_secret: The app secret; defaults to the NIM_APP_SECRET environment
            variable. It signs every request and is never sent, logged or shown.
        region: Which data centre to call:
            "cn" https://api.netease.im/nimserver (Mainland China data centre)
            "sg" https://api-sg.netease.im/nimserver (Overseas data centre (Singapore))
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
        region: Region = "cn",
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
    def chatroom(self) -> AsyncChatroomGroup:
        """Operations under ``chatroom/``."""
        from .groups.chatroom import AsyncChatroomGroup

        return AsyncChatroomGroup(self)

    @cached_property
    def event(self) -> AsyncEventGroup:
        """Operations under ``event/``."""
        from .groups.event import AsyncEventGroup

        return AsyncEventGroup(self)

    @cached_property
    def friend(self) -> AsyncFriendGroup:
        """Operations under ``friend/``."""
        from .groups.friend import AsyncFriendGroup

        return AsyncFriendGroup(self)

    @cached_property
    def history(self) -> AsyncHistoryGroup:
        """Operations under ``history/``."""
        from .groups.history import AsyncHistoryGroup

        return AsyncHistoryGroup(self)

    @cached_property
    def job(self) -> AsyncJobGroup:
        """Operations under ``job/``."""
        from .groups.job import AsyncJobGroup

        return AsyncJobGroup(self)

    @cached_property
    def msg(self) -> AsyncMsgGroup:
        """Operations under ``msg/``."""
        from .groups.msg import AsyncMsgGroup

        return AsyncMsgGroup(self)

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
    def stats(self) -> AsyncStatsGroup:
        """Operations under ``stats/``."""
        from .groups.stats import AsyncStatsGroup

        return AsyncStatsGroup(self)

    @cached_property
    def superteam(self) -> AsyncSuperteamGroup:
        """Operations under ``superteam/``."""
        from .groups.superteam import AsyncSuperteamGroup

        return AsyncSuperteamGroup(self)

    @cached_property
    def team(self) -> AsyncTeamGroup:
        """Operations under ``team/``."""
        from .groups.team import AsyncTeamGroup

        return AsyncTeamGroup(self)

    @cached_property
    def translator(self) -> AsyncTranslatorGroup:
        """Operations under ``translator/``."""
        from .groups.translator import AsyncTranslatorGroup

        return AsyncTranslatorGroup(self)

    @cached_property
    def user(self) -> AsyncUserGroup:
        """Operations under ``user/``."""
        from .groups.user import AsyncUserGroup

        return AsyncUserGroup(self)

    @cached_property
    def v2(self) -> AsyncV2:
        """The IM v2 REST API: ``client.v2.<module>.<method>(...)``, signed, retried and checked like the rest."""
        from .v2 import AsyncV2

        return AsyncV2(self)
