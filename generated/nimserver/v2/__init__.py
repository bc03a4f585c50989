# Generated from spec/ by `python -m generator`; do not edit.
"""The IM v2 REST API, reached as ``client.v2``: one attribute per module of operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient
    from .account import AsyncV2AccountOperations, V2AccountOperations
    from .ai import AsyncV2AiOperations, V2AiOperations
    from .block import AsyncV2BlockOperations, V2BlockOperations
    from .broadcast import AsyncV2BroadcastOperations, V2BroadcastOperations
    from .chatroom import AsyncV2ChatroomOperations, V2ChatroomOperations
    from .chatroom_member import (
        AsyncV2ChatroomMemberOperations,
        V2ChatroomMemberOperations,
    )
    from .chatroom_message import (
        AsyncV2ChatroomMessageOperations,
        V2ChatroomMessageOperations,
    )
    from .chatroom_queue import (
        AsyncV2ChatroomQueueOperations,
        V2ChatroomQueueOperations,
    )
    from .conversation import AsyncV2ConversationOperations, V2ConversationOperations
    from .conversation_group import (
        AsyncV2ConversationGroupOperations,
        V2ConversationGroupOperations,
    )
    from .conversation_unread import (
        AsyncV2ConversationUnreadOperations,
        V2ConversationUnreadOperations,
    )
    from .friend import AsyncV2FriendOperations, V2FriendOperations
    from .message import AsyncV2MessageOperations, V2MessageOperations
    from .mute import AsyncV2MuteOperations, V2MuteOperations
    from .signal import AsyncV2SignalOperations, V2SignalOperations
    from .subscription import AsyncV2SubscriptionOperations, V2SubscriptionOperations
    from .system_notification import (
        AsyncV2SystemNotificationOperations,
        V2SystemNotificationOperations,
    )
    from .system_push import AsyncV2SystemPushOperations, V2SystemPushOperations
    from .team import AsyncV2TeamOperations, V2TeamOperations
    from .team_member import AsyncV2TeamMemberOperations, V2TeamMemberOperations
    from .tool import AsyncV2ToolOperations, V2ToolOperations
    from .users import AsyncV2UsersOperations, V2UsersOperations

__all__ = ["AsyncV2", "V2"]


class V2:
    """The v2 modules of a NimClient: ``client.v2.<module>.<method>(...)``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        safe_to_repeat: bool = False,
        call_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Call any v2 path the client does not describe; returns the whole answer (``code``, ``msg``, ``data``).

        ``path`` is relative to the base URL (``"im/v2/accounts/zhangsan"``),
        with path values already percent-encoded; query values are sent as text
        (``true``/``false``, decimal numbers, lists and dicts as JSON); ``body``
        is sent as JSON, when given. Signing, retries, the timeout, errors and
        logging are those of the typed methods; set ``safe_to_repeat=True`` only
        for an operation that merely reads.
        """
        return self._client._request_v2(
            method, path, query, body, safe_to_repeat, call_request_id
        )

    @cached_property
    def account(self) -> V2AccountOperations:
        """The operations of the v2 ``account`` module."""
        from .account import V2AccountOperations

        return V2AccountOperations(self._client)

    @cached_property
    def ai(self) -> V2AiOperations:
        """The operations of the v2 ``ai`` module."""
        from .ai import V2AiOperations

        return V2AiOperations(self._client)

    @cached_property
    def block(self) -> V2BlockOperations:
        """The operations of the v2 ``block`` module."""
        from .block import V2BlockOperations

        return V2BlockOperations(self._client)

    @cached_property
    def broadcast(self) -> V2BroadcastOperations:
        """The operations of the v2 ``broadcast`` module."""
        from .broadcast import V2BroadcastOperations

        return V2BroadcastOperations(self._client)

    @cached_property
    def chatroom(self) -> V2ChatroomOperations:
        """The operations of the v2 ``chatroom`` module."""
        from .chatroom import V2ChatroomOperations

        return V2ChatroomOperations(self._client)

    @cached_property
    def chatroom_member(self) -> V2ChatroomMemberOperations:
        """The operations of the v2 ``chatroom_member`` module."""
        from .chatroom_member import V2ChatroomMemberOperations

        return V2ChatroomMemberOperations(self._client)

    @cached_property
    def chatroom_message(self) -> V2ChatroomMessageOperations:
        """The operations of the v2 ``chatroom_message`` module."""
        from .chatroom_message import V2ChatroomMessageOperations

        return V2ChatroomMessageOperations(self._client)

    @cached_property
    def chatroom_queue(self) -> V2ChatroomQueueOperations:
        """The operations of the v2 ``chatroom_queue`` module."""
        from .chatroom_queue import V2ChatroomQueueOperations

        return V2ChatroomQueueOperations(self._client)

    @cached_property
    def conversation(self) -> V2ConversationOperations:
        """The operations of the v2 ``conversation`` module."""
        from .conversation import V2ConversationOperations

        return V2ConversationOperations(self._client)

    @cached_property
    def conversation_group(self) -> V2ConversationGroupOperations:
        """The operations of the v2 ``conversation_group`` module."""
        from .conversation_group import V2ConversationGroupOperations

        return V2ConversationGroupOperations(self._client)

    @cached_property
    def conversation_unread(self) -> V2ConversationUnreadOperations:
        """The operations of the v2 ``conversation_unread`` module."""
        from .conversation_unread import V2ConversationUnreadOperations

        return V2ConversationUnreadOperations(self._client)

    @cached_property
    def friend(self) -> V2FriendOperations:
        """The operations of the v2 ``friend`` module."""
        from .friend import V2FriendOperations

        return V2FriendOperations(self._client)

    @cached_property
    def message(self) -> V2MessageOperations:
        """The operations of the v2 ``message`` module."""
        from .message import V2MessageOperations

        return V2MessageOperations(self._client)

    @cached_property
    def mute(self) -> V2MuteOperations:
        """The operations of the v2 ``mute`` module."""
        from .mute import V2MuteOperations

        return V2MuteOperations(self._client)

    @cached_property
    def signal(self) -> V2SignalOperations:
        """The operations of the v2 ``signal`` module."""
        from .signal import V2SignalOperations

        return V2SignalOperations(self._client)

    @cached_property
    def subscription(self) -> V2SubscriptionOperations:
        """The operations of the v2 ``subscription`` module."""
        from .subscription import V2SubscriptionOperations

        return V2SubscriptionOperations(self._client)

    @cached_property
    def system_notification(self) -> V2SystemNotificationOperations:
        """The operations of the v2 ``system_notification`` module."""
        from .system_notification import V2SystemNotificationOperations

        return V2SystemNotificationOperations(self._client)

    @cached_property
    def system_push(self) -> V2SystemPushOperations:
        """The operations of the v2 ``system_push`` module."""
        from .system_push import V2SystemPushOperations

        return V2SystemPushOperations(self._client)

    @cached_property
    def team(self) -> V2TeamOperations:
        """The operations of the v2 ``team`` module."""
        from .team import V2TeamOperations

        return V2TeamOperations(self._client)

    @cached_property
    def team_member(self) -> V2TeamMemberOperations:
        """The operations of the v2 ``team_member`` module."""
        from .team_member import V2TeamMemberOperations

        return V2TeamMemberOperations(self._client)

    @cached_property
    def tool(self) -> V2ToolOperations:
        """The operations of the v2 ``tool`` module."""
        from .tool import V2ToolOperations

        return V2ToolOperations(self._client)

    @cached_property
    def users(self) -> V2UsersOperations:
        """The operations of the v2 ``users`` module."""
        from .users import V2UsersOperations

        return V2UsersOperations(self._client)


class AsyncV2:
    """The v2 modules of an AsyncNimClient: ``client.v2.<module>.<method>(...)``."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        safe_to_repeat: bool = False,
        call_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Call any v2 path the client does not describe; returns the whole answer (``code``, ``msg``, ``data``).

        ``path`` is relative to the base URL (``"im/v2/accounts/zhangsan"``),
        with path values already percent-encoded; query values are sent as text
        (``true``/``false``, decimal numbers, lists and dicts as JSON); ``body``
        is sent as JSON, when given. Signing, retries, the timeout, errors and
        logging are those of the typed methods; set ``safe_to_repeat=True`` only
        for an operation that merely reads.
        """
        return await self._client._request_v2(
            method, path, query, body, safe_to_repeat, call_request_id
        )

    @cached_property
    def account(self) -> AsyncV2AccountOperations:
        """The operations of the v2 ``account`` module."""
        from .account import AsyncV2AccountOperations

        return AsyncV2AccountOperations(self._client)

    @cached_property
    def ai(self) -> AsyncV2AiOperations:
        """The operations of the v2 ``ai`` module."""
        from .ai import AsyncV2AiOperations

        return AsyncV2AiOperations(self._client)

    @cached_property
    def block(self) -> AsyncV2BlockOperations:
        """The operations of the v2 ``block`` module."""
        from .block import AsyncV2BlockOperations

        return AsyncV2BlockOperations(self._client)

    @cached_property
    def broadcast(self) -> AsyncV2BroadcastOperations:
        """The operations of the v2 ``broadcast`` module."""
        from .broadcast import AsyncV2BroadcastOperations

        return AsyncV2BroadcastOperations(self._client)

    @cached_property
    def chatroom(self) -> AsyncV2ChatroomOperations:
        """The operations of the v2 ``chatroom`` module."""
        from .chatroom import AsyncV2ChatroomOperations

        return AsyncV2ChatroomOperations(self._client)

    @cached_property
    def chatroom_member(self) -> AsyncV2ChatroomMemberOperations:
        """The operations of the v2 ``chatroom_member`` module."""
        from .chatroom_member import AsyncV2ChatroomMemberOperations

        return AsyncV2ChatroomMemberOperations(self._client)

    @cached_property
    def chatroom_message(self) -> AsyncV2ChatroomMessageOperations:
        """The operations of the v2 ``chatroom_message`` module."""
        from .chatroom_message import AsyncV2ChatroomMessageOperations

        return AsyncV2ChatroomMessageOperations(self._client)

    @cached_property
    def chatroom_queue(self) -> AsyncV2ChatroomQueueOperations:
        """The operations of the v2 ``chatroom_queue`` module."""
        from .chatroom_queue import AsyncV2ChatroomQueueOperations

        return AsyncV2ChatroomQueueOperations(self._client)

    @cached_property
    def conversation(self) -> AsyncV2ConversationOperations:
        """The operations of the v2 ``conversation`` module."""
        from .conversation import AsyncV2ConversationOperations

        return AsyncV2ConversationOperations(self._client)

    @cached_property
    def conversation_group(self) -> AsyncV2ConversationGroupOperations:
        """The operations of the v2 ``conversation_group`` module."""
        from .conversation_group import AsyncV2ConversationGroupOperations

        return AsyncV2ConversationGroupOperations(self._client)

    @cached_property
    def conversation_unread(self) -> AsyncV2ConversationUnreadOperations:
        """The operations of the v2 ``conversation_unread`` module."""
        from .conversation_unread import AsyncV2ConversationUnreadOperations

        return AsyncV2ConversationUnreadOperations(self._client)

    @cached_property
    def friend(self) -> AsyncV2FriendOperations:
        """The operations of the v2 ``friend`` module."""
        from .friend import AsyncV2FriendOperations

        return AsyncV2FriendOperations(self._client)

    @cached_property
    def message(self) -> AsyncV2MessageOperations:
        """The operations of the v2 ``message`` module."""
        from .message import AsyncV2MessageOperations

        return AsyncV2MessageOperations(self._client)

    @cached_property
    def mute(self) -> AsyncV2MuteOperations:
        """The operations of the v2 ``mute`` module."""
        from .mute import AsyncV2MuteOperations

        return AsyncV2MuteOperations(self._client)

    @cached_property
    def signal(self) -> AsyncV2SignalOperations:
        """The operations of the v2 ``signal`` module."""
        from .signal import AsyncV2SignalOperations

        return AsyncV2SignalOperations(self._client)

    @cached_property
    def subscription(self) -> AsyncV2SubscriptionOperations:
        """The operations of the v2 ``subscription`` module."""
        from .subscription import AsyncV2SubscriptionOperations

        return AsyncV2SubscriptionOperations(self._client)

    @cached_property
    def system_notification(self) -> AsyncV2SystemNotificationOperations:
        """The operations of the v2 ``system_notification`` module."""
        from .system_notification import AsyncV2SystemNotificationOperations

        return AsyncV2SystemNotificationOperations(self._client)

    @cached_property
    def system_push(self) -> AsyncV2SystemPushOperations:
        """The operations of the v2 ``system_push`` module."""
        from .system_push import AsyncV2SystemPushOperations

        return AsyncV2SystemPushOperations(self._client)

    @cached_property
    def team(self) -> AsyncV2TeamOperations:
        """The operations of the v2 ``team`` module."""
        from .team import AsyncV2TeamOperations

        return AsyncV2TeamOperations(self._client)

    @cached_property
    def team_member(self) -> AsyncV2TeamMemberOperations:
        """The operations of the v2 ``team_member`` module."""
        from .team_member import AsyncV2TeamMemberOperations

        return AsyncV2TeamMemberOperations(self._client)

    @cached_property
    def tool(self) -> AsyncV2ToolOperations:
        """The operations of the v2 ``tool`` module."""
        from .tool import AsyncV2ToolOperations

        return AsyncV2ToolOperations(self._client)

    @cached_property
    def users(self) -> AsyncV2UsersOperations:
        """The operations of the v2 ``users`` module."""
        from .users import AsyncV2UsersOperations

        return AsyncV2UsersOperations(self._client)
