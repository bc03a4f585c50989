# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``conversation_group`` operations, reached as ``client.v2.conversation_group``:
Conversation groups (会话分组) that sort an account's cloud conversations.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import ListOf, Number, Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2ConversationGroup,
    V2ConversationGroupBatchGetConversationGroupsData,
    V2ConversationGroupChanges,
    V2ConversationGroupCreateConversationGroupData,
    V2ConversationGroupListAllConversationGroupsData,
    V2ConversationGroupUpdateConversationGroupData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ConversationGroupOperations", "V2ConversationGroupOperations"]

_BATCH_GET_CONVERSATION_GROUPS = Endpoint(
    "im/v2/conversation_groups/actions/group_ids",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "group_ids",
            "group_ids",
            ListOf(Number(integral=True, format="int64", digits=True), min_items=1),
            required=True,
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_CREATE_CONVERSATION_GROUP = Endpoint(
    "im/v2/conversation_groups",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field("name", "name", Str(min_length=1), required=True, where="body"),
        Field("server_extension", "server_extension", Str(), where="body"),
        Field(
            "conversation_ids",
            "conversation_ids",
            ListOf(Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"), max_items=100),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_DELETE_CONVERSATION_GROUP = Endpoint(
    "im/v2/conversation_groups/{group_id}",
    (
        Field(
            "group_id",
            "group_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
    ),
    method="DELETE",
    rest=True,
)

_GET_CONVERSATION_GROUP = Endpoint(
    "im/v2/conversation_groups/{group_id}",
    (
        Field(
            "group_id",
            "group_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_ALL_CONVERSATION_GROUPS = Endpoint(
    "im/v2/conversation_groups",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_UPDATE_CONVERSATION_GROUP = Endpoint(
    "im/v2/conversation_groups/{group_id}",
    (
        Field(
            "group_id",
            "group_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `account_id` must be given; the Go SDK always sends it and the group cannot be found without it.",
                    "One group update without `account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("name", "name", Str(), where="body"),
        Field("server_extension", "server_extension", Str(), where="body"),
        Field(
            "conversations",
            "conversations",
            _shapes.V2ConversationGroupChanges,
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2ConversationGroupOperations:
    """The v2 ``conversation_group`` operations, reached as ``client.v2.conversation_group``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_get_conversation_groups(
        self,
        *,
        account_id: str,
        group_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupBatchGetConversationGroupsData:
        """Get several conversation groups.

        Returns several of the account's conversation groups in one call; the ids that
        could not be read come back with their error.

        Args:
            account_id: The account that owns the groups. 1 to 32 characters.
            group_ids: The groups to read. At least 1 items.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupBatchGetConversationGroupsData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_groups/actions/group_ids``
        (operation ``v2.conversation_group.batchGetConversationGroups`` in the spec).
        """
        return _cast(
            "V2ConversationGroupBatchGetConversationGroupsData",
            _answer_data(
                self._client._call(
                    _BATCH_GET_CONVERSATION_GROUPS,
                    {
                        "account_id": account_id,
                        "group_ids": group_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def create_conversation_group(
        self,
        *,
        account_id: str,
        name: str,
        server_extension: str | None = None,
        conversation_ids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupCreateConversationGroupData:
        """Create a conversation group.

        Creates a conversation group for an account, optionally with up to 100 of its
        cloud conversations in it, and returns the group with the conversations that
        went in and those that did not. A conversation can be in at most 5 groups; how
        many groups an account may have, and how many conversations a group may hold,
        depends on the IM package.

        Args:
            account_id: The account that owns the new group. 1 to 32 characters.
            name: The group's name. Not empty.
            server_extension: The app's extension data on the group.
            conversation_ids: The account's conversations to put in the group, each
                `<owner>|<type>|<other id>`. At most 100 items; each at least 5
                characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupCreateConversationGroupData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversation_groups``
        (operation ``v2.conversation_group.createConversationGroup`` in the spec).
        """
        return _cast(
            "V2ConversationGroupCreateConversationGroupData",
            _answer_data(
                self._client._call(
                    _CREATE_CONVERSATION_GROUP,
                    {
                        "account_id": account_id,
                        "name": name,
                        "server_extension": server_extension,
                        "conversation_ids": conversation_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def delete_conversation_group(
        self,
        *,
        group_id: int | str,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a conversation group.

        Deletes one of the account's conversation groups. The conversations in it stay;
        they only leave the group.

        Args:
            group_id: The conversation group.
            account_id: The account that owns the group. 1 to 32 characters.
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

        Calls ``DELETE /im/v2/conversation_groups/{group_id}``
        (operation ``v2.conversation_group.deleteConversationGroup`` in the spec).
        """
        self._client._call(
            _DELETE_CONVERSATION_GROUP,
            {
                "group_id": group_id,
                "account_id": account_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def get_conversation_group(
        self,
        *,
        group_id: int | str,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroup:
        """Get a conversation group.

        Returns one of the account's conversation groups.

        Args:
            group_id: The conversation group.
            account_id: The account that owns the group. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroup: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_groups/{group_id}``
        (operation ``v2.conversation_group.getConversationGroup`` in the spec).
        """
        return _cast(
            "V2ConversationGroup",
            _answer_data(
                self._client._call(
                    _GET_CONVERSATION_GROUP,
                    {
                        "group_id": group_id,
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_all_conversation_groups(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupListAllConversationGroupsData:
        """List all conversation groups of an account.

        Returns every conversation group the account owns, in one answer (no paging).

        Args:
            account_id: The account whose groups are listed. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupListAllConversationGroupsData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_groups``
        (operation ``v2.conversation_group.listAllConversationGroups`` in the spec).
        """
        return _cast(
            "V2ConversationGroupListAllConversationGroupsData",
            _answer_data(
                self._client._call(
                    _LIST_ALL_CONVERSATION_GROUPS,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_conversation_group(
        self,
        *,
        group_id: int | str,
        account_id: str | None = None,
        name: str | None = None,
        server_extension: str | None = None,
        conversations: V2ConversationGroupChanges | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupUpdateConversationGroupData:
        """Update a conversation group.

        Renames a conversation group, changes its extension data, or adds conversations
        to it or takes them out (`conversations`), and returns the group with the result
        for each conversation.

        Args:
            group_id: The conversation group.
            account_id: The account that owns the group. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            name: The group's new name.
            server_extension: The group's new extension data.
            conversations: Conversations to add to the group or to take out of it.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupUpdateConversationGroupData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/conversation_groups/{group_id}``
        (operation ``v2.conversation_group.updateConversationGroup`` in the spec).
        """
        return _cast(
            "V2ConversationGroupUpdateConversationGroupData",
            _answer_data(
                self._client._call(
                    _UPDATE_CONVERSATION_GROUP,
                    {
                        "group_id": group_id,
                        "account_id": account_id,
                        "name": name,
                        "server_extension": server_extension,
                        "conversations": conversations,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ConversationGroupOperations:
    """The v2 ``conversation_group`` operations, reached as ``client.v2.conversation_group`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_get_conversation_groups(
        self,
        *,
        account_id: str,
        group_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupBatchGetConversationGroupsData:
        """Get several conversation groups.

        Returns several of the account's conversation groups in one call; the ids that
        could not be read come back with their error.

        Args:
            account_id: The account that owns the groups. 1 to 32 characters.
            group_ids: The groups to read. At least 1 items.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupBatchGetConversationGroupsData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_groups/actions/group_ids``
        (operation ``v2.conversation_group.batchGetConversationGroups`` in the spec).
        """
        return _cast(
            "V2ConversationGroupBatchGetConversationGroupsData",
            _answer_data(
                await self._client._call(
                    _BATCH_GET_CONVERSATION_GROUPS,
                    {
                        "account_id": account_id,
                        "group_ids": group_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def create_conversation_group(
        self,
        *,
        account_id: str,
        name: str,
        server_extension: str | None = None,
        conversation_ids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupCreateConversationGroupData:
        """Create a conversation group.

        Creates a conversation group for an account, optionally with up to 100 of its
        cloud conversations in it, and returns the group with the conversations that
        went in and those that did not. A conversation can be in at most 5 groups; how
        many groups an account may have, and how many conversations a group may hold,
        depends on the IM package.

        Args:
            account_id: The account that owns the new group. 1 to 32 characters.
            name: The group's name. Not empty.
            server_extension: The app's extension data on the group.
            conversation_ids: The account's conversations to put in the group, each
                `<owner>|<type>|<other id>`. At most 100 items; each at least 5
                characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupCreateConversationGroupData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversation_groups``
        (operation ``v2.conversation_group.createConversationGroup`` in the spec).
        """
        return _cast(
            "V2ConversationGroupCreateConversationGroupData",
            _answer_data(
                await self._client._call(
                    _CREATE_CONVERSATION_GROUP,
                    {
                        "account_id": account_id,
                        "name": name,
                        "server_extension": server_extension,
                        "conversation_ids": conversation_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def delete_conversation_group(
        self,
        *,
        group_id: int | str,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a conversation group.

        Deletes one of the account's conversation groups. The conversations in it stay;
        they only leave the group.

        Args:
            group_id: The conversation group.
            account_id: The account that owns the group. 1 to 32 characters.
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

        Calls ``DELETE /im/v2/conversation_groups/{group_id}``
        (operation ``v2.conversation_group.deleteConversationGroup`` in the spec).
        """
        await self._client._call(
            _DELETE_CONVERSATION_GROUP,
            {
                "group_id": group_id,
                "account_id": account_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def get_conversation_group(
        self,
        *,
        group_id: int | str,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroup:
        """Get a conversation group.

        Returns one of the account's conversation groups.

        Args:
            group_id: The conversation group.
            account_id: The account that owns the group. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroup: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_groups/{group_id}``
        (operation ``v2.conversation_group.getConversationGroup`` in the spec).
        """
        return _cast(
            "V2ConversationGroup",
            _answer_data(
                await self._client._call(
                    _GET_CONVERSATION_GROUP,
                    {
                        "group_id": group_id,
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_all_conversation_groups(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupListAllConversationGroupsData:
        """List all conversation groups of an account.

        Returns every conversation group the account owns, in one answer (no paging).

        Args:
            account_id: The account whose groups are listed. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupListAllConversationGroupsData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/conversation_groups``
        (operation ``v2.conversation_group.listAllConversationGroups`` in the spec).
        """
        return _cast(
            "V2ConversationGroupListAllConversationGroupsData",
            _answer_data(
                await self._client._call(
                    _LIST_ALL_CONVERSATION_GROUPS,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_conversation_group(
        self,
        *,
        group_id: int | str,
        account_id: str | None = None,
        name: str | None = None,
        server_extension: str | None = None,
        conversations: V2ConversationGroupChanges | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationGroupUpdateConversationGroupData:
        """Update a conversation group.

        Renames a conversation group, changes its extension data, or adds conversations
        to it or takes them out (`conversations`), and returns the group with the result
        for each conversation.

        Args:
            group_id: The conversation group.
            account_id: The account that owns the group. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            name: The group's new name.
            server_extension: The group's new extension data.
            conversations: Conversations to add to the group or to take out of it.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationGroupUpdateConversationGroupData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/conversation_groups/{group_id}``
        (operation ``v2.conversation_group.updateConversationGroup`` in the spec).
        """
        return _cast(
            "V2ConversationGroupUpdateConversationGroupData",
            _answer_data(
                await self._client._call(
                    _UPDATE_CONVERSATION_GROUP,
                    {
                        "group_id": group_id,
                        "account_id": account_id,
                        "name": name,
                        "server_extension": server_extension,
                        "conversations": conversations,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
