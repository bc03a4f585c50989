# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``conversation_unread`` operations, reached as ``client.v2.conversation_unread``:
Unread counts of cloud conversations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Str
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from ..types import (
    V2ConversationUnreadGetConversationOverviewData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ConversationUnreadOperations", "V2ConversationUnreadOperations"]

_CLEAR_CONVERSATION_UNREAD = Endpoint(
    "im/v2/conversations/{conversation_id}/actions/clear_conversation_unread",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
    ),
    method="PATCH",
    rest=True,
)

_GET_CONVERSATION_OVERVIEW = Endpoint(
    "im/v2/conversation_overviews/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)


class V2ConversationUnreadOperations:
    """The v2 ``conversation_unread`` operations, reached as ``client.v2.conversation_unread``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def clear_conversation_unread(
        self,
        *,
        conversation_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Mark a cloud conversation as read.

        Sets the unread count of one cloud conversation to zero for its owner, as if the
        owner had read every message in it. The call has no body.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/conversations/{conversation_id}/actions/clear_conversation_unread``
        (operation ``v2.conversation_unread.clearConversationUnread`` in the spec).
        """
        self._client._call(
            _CLEAR_CONVERSATION_UNREAD,
            {
                "conversation_id": conversation_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def get_conversation_overview(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationUnreadGetConversationOverviewData:
        """Get an account's total unread count.

        Returns the number of unread messages over all cloud conversations of an
        account.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationUnreadGetConversationOverviewData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_overviews/{account_id}``
        (operation ``v2.conversation_unread.getConversationOverview`` in the spec).
        """
        return _cast(
            "V2ConversationUnreadGetConversationOverviewData",
            _answer_data(
                self._client._call(
                    _GET_CONVERSATION_OVERVIEW,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ConversationUnreadOperations:
    """The v2 ``conversation_unread`` operations, reached as ``client.v2.conversation_unread`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def clear_conversation_unread(
        self,
        *,
        conversation_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Mark a cloud conversation as read.

        Sets the unread count of one cloud conversation to zero for its owner, as if the
        owner had read every message in it. The call has no body.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/conversations/{conversation_id}/actions/clear_conversation_unread``
        (operation ``v2.conversation_unread.clearConversationUnread`` in the spec).
        """
        await self._client._call(
            _CLEAR_CONVERSATION_UNREAD,
            {
                "conversation_id": conversation_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def get_conversation_overview(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationUnreadGetConversationOverviewData:
        """Get an account's total unread count.

        Returns the number of unread messages over all cloud conversations of an
        account.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationUnreadGetConversationOverviewData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_overviews/{account_id}``
        (operation ``v2.conversation_unread.getConversationOverview`` in the spec).
        """
        return _cast(
            "V2ConversationUnreadGetConversationOverviewData",
            _answer_data(
                await self._client._call(
                    _GET_CONVERSATION_OVERVIEW,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
