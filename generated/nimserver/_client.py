"""The client: credentials, data centre and one attribute per group of operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal

import httpx

from ._base_client import DEFAULT_TIMEOUT, BaseClient
from ._status import MEANINGS
from ._version import __version__

if TYPE_CHECKING:
    from .groups.chatroom import ChatroomGroup
    from .groups.event import EventGroup
    from .groups.friend import FriendGroup
    from .groups.history import HistoryGroup
    from .groups.job import JobGroup
    from .groups.msg import MsgGroup
    from .groups.signal import SignalGroup
    from .groups.stats import StatsGroup
    from .groups.superteam import SuperteamGroup
    from .groups.team import TeamGroup
    from .groups.translator import TranslatorGroup
    from .groups.user import UserGroup

Region = Literal["cn", "sg"]


class NimClient(BaseClient):
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
        timeout: Seconds (or an ``httpx.Timeout``) to wait for each request.
        http_client: An ``httpx.Client`` of your own; it is not closed by
            :meth:`close`.
    """

    _servers = {
        "cn": "https://api.netease.im/nimserver",
        "sg": "https://api-sg.netease.im/nimserver",
    }
    _meanings = MEANINGS
    _user_agent = f"nimserver-python/{__version__}"

    def __init__(
        self,
        app_key: str | None = None,
        app_secret: str | None = None,
        *,
        region: Region = "cn",
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            app_key,
            app_secret,
            region=region,
            base_url=base_url,
            timeout=timeout,
            http_client=http_client,
        )

    def __enter__(self) -> NimClient:
        return self

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
