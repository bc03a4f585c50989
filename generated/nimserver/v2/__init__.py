# Generated from spec/ by `python -m generator`; do not edit.
"""The IM v2 REST API, reached as ``client.v2``: one attribute per module of operations."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient
    from .account import AsyncV2AccountGroup, V2AccountGroup
    from .chatroom_member import AsyncV2ChatroomMemberGroup, V2ChatroomMemberGroup

__all__ = ["AsyncV2", "V2"]


class V2:
    """The v2 modules of a NimClient: ``client.v2.<module>.<method>(...)``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def account(self) -> V2AccountGroup:
        """The operations of the v2 ``account`` module."""
        from .account import V2AccountGroup

        return V2AccountGroup(self._client)

    @cached_property
    def chatroom_member(self) -> V2ChatroomMemberGroup:
        """The operations of the v2 ``chatroom_member`` module."""
        from .chatroom_member import V2ChatroomMemberGroup

        return V2ChatroomMemberGroup(self._client)


class AsyncV2:
    """The v2 modules of an AsyncNimClient: ``client.v2.<module>.<method>(...)``."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @cached_property
    def account(self) -> AsyncV2AccountGroup:
        """The operations of the v2 ``account`` module."""
        from .account import AsyncV2AccountGroup

        return AsyncV2AccountGroup(self._client)

    @cached_property
    def chatroom_member(self) -> AsyncV2ChatroomMemberGroup:
        """The operations of the v2 ``chatroom_member`` module."""
        from .chatroom_member import AsyncV2ChatroomMemberGroup

        return AsyncV2ChatroomMemberGroup(self._client)
