# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``conversation`` operations, reached as ``client.v2.conversation``: Cloud
conversations (云端会话) of an account: create, read, list, pin and delete them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, ListOf, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from ..types import (
    V2ConversationBatchDeleteConversationsData,
    V2ConversationBatchGetConversationsData,
    V2ConversationInfo,
    V2ConversationListConversationsData,
    V2ConversationStickTopConversationData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ConversationOperations", "V2ConversationOperations"]

_BATCH_DELETE_CONVERSATIONS = Endpoint(
    "im/v2/conversations/actions/conversation_ids",
    (
        Field(
            "conversation_ids",
            "conversation_ids",
            ListOf(Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"), min_items=1),
            required=True,
            where="query",
            comma_list=True,
        ),
        Field("clear_message", "clear_message", Bool(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_BATCH_GET_CONVERSATIONS = Endpoint(
    "im/v2.1/conversations/actions/conversation_ids",
    (
        Field(
            "conversation_ids",
            "conversation_ids",
            ListOf(Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"), min_items=1),
            required=True,
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_CREATE_CONVERSATION = Endpoint(
    "im/v2.1/conversations",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `conversation_id` must be given; the body's only field, always sent by both SDKs.",
                    "One creation with an empty body: code 414 means required.",
                ),
            ),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_DELETE_CONVERSATION = Endpoint(
    "im/v2/conversations/{conversation_id}",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field("clear_message", "clear_message", Bool(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_GET_CONVERSATION = Endpoint(
    "im/v2.1/conversations/{conversation_id}",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_CONVERSATIONS = Endpoint(
    "im/v2.1/conversations",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field("page_token", "page_token", Str(), where="query"),
        Field(
            "limit",
            "limit",
            Doubted(
                Number(integral=True, minimum=1, maximum=100),
                Number(integral=True),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `limit` may be at most 100 on the conversation list; 100 is the limit of the other v2 lists, not read on this page.",
                        "One call with limit 101: refused (or capped at 100 items) means the limit holds.",
                    ),
                ),
            ),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_STICK_TOP_CONVERSATION = Endpoint(
    "im/v2/conversations/{conversation_id}/actions/stick_top_conversation",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "top_type",
            "top_type",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `top_type` takes 1 (pin) and 0 (unpin); the values are those of the Java SDK's helpers.",
                        "One call with 2: refused means the set holds.",
                    ),
                ),
            ),
            required=True,
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_UPDATE_CONVERSATION = Endpoint(
    "im/v2/conversations/{conversation_id}",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "server_extension",
            "server_extension",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `server_extension` must be given; the body's only field, always sent by the Go SDK.",
                    "One update with an empty body: code 414 means required.",
                ),
            ),
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2ConversationOperations:
    """The v2 ``conversation`` operations, reached as ``client.v2.conversation``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_delete_conversations(
        self,
        *,
        conversation_ids: list[str],
        clear_message: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationBatchDeleteConversationsData:
        """Delete several cloud conversations.

        Removes several conversations from their owners' cloud conversation lists in one
        call; the ids that could not be deleted come back in `failed_list` with their
        error.

        Args:
            conversation_ids: The conversations to delete; the client percent-encodes
                each id before joining them with commas. At least 1 items; each at least
                5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            clear_message: Also delete the owners' roaming messages of these
                conversations.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationBatchDeleteConversationsData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/conversations/actions/conversation_ids``
        (operation ``v2.conversation.batchDeleteConversations`` in the spec).
        """
        return _cast(
            "V2ConversationBatchDeleteConversationsData",
            _answer_data(
                self._client._call(
                    _BATCH_DELETE_CONVERSATIONS,
                    {
                        "conversation_ids": conversation_ids,
                        "clear_message": clear_message,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def batch_get_conversations(
        self,
        *,
        conversation_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationBatchGetConversationsData:
        """Get several cloud conversations.

        Returns several cloud conversations in one call; the ids that could not be read
        come back in `failed_list` with their error.

        Args:
            conversation_ids: The conversations to read; the client percent-encodes each
                id before joining them with commas. At least 1 items; each at least 5
                characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationBatchGetConversationsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/actions/conversation_ids``
        (operation ``v2.conversation.batchGetConversations`` in the spec).
        """
        return _cast(
            "V2ConversationBatchGetConversationsData",
            _answer_data(
                self._client._call(
                    _BATCH_GET_CONVERSATIONS,
                    {
                        "conversation_ids": conversation_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def create_conversation(
        self,
        *,
        conversation_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationInfo:
        """Create a cloud conversation.

        Creates an empty cloud conversation for its owner, so that it shows in the
        owner's conversation list before any message is exchanged, and returns it. The
        conversation id names the owner, the type and the other side
        (`zhangsan|1|lisi`); cloud conversations must be enabled for the app in the
        console.

        Args:
            conversation_id: The conversation to create, `<owner account>|<type>|<other
                account or team id>` with type 1 one-to-one, 2 advanced team, 3 super
                team. At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/conversations``
        (operation ``v2.conversation.createConversation`` in the spec).
        """
        return _cast(
            "V2ConversationInfo",
            _answer_data(
                self._client._call(
                    _CREATE_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def delete_conversation(
        self,
        *,
        conversation_id: str,
        clear_message: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a cloud conversation.

        Removes one conversation from its owner's cloud conversation list. With
        `clear_message` the owner's roaming messages of that conversation go too;
        otherwise they stay and the conversation comes back with the next message.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            clear_message: Also delete the owner's roaming messages of the conversation.
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

        Calls ``DELETE /im/v2/conversations/{conversation_id}``
        (operation ``v2.conversation.deleteConversation`` in the spec).
        """
        self._client._call(
            _DELETE_CONVERSATION,
            {
                "conversation_id": conversation_id,
                "clear_message": clear_message,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def get_conversation(
        self,
        *,
        conversation_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationInfo:
        """Get a cloud conversation.

        Returns one cloud conversation of its owner, with its pin state, its groups, its
        unread count and its last message. An unknown conversation id is refused with
        code 414.

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
            V2ConversationInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/{conversation_id}``
        (operation ``v2.conversation.getConversation`` in the spec).
        """
        return _cast(
            "V2ConversationInfo",
            _answer_data(
                self._client._call(
                    _GET_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_conversations(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2ConversationListConversationsData, V2ConversationInfo]:
        """List an account's cloud conversations.

        Returns one page of the cloud conversations an account owns. Pass the
        `next_token` of a page as `page_token` to get the next one while `has_more` is
        true.

        Args:
            account_id: The account whose conversations are listed. 1 to 32 characters.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: The largest number of conversations in the page. At least 1; at most
                100. The spec doubts some of these rules: a value that breaks only those
                is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2ConversationListConversationsData),
                `.items` its `items`; iterating the page yields every item
                (V2ConversationInfo) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations``
        (operation ``v2.conversation.listConversations`` in the spec).
        """
        return _cast(
            "Page[V2ConversationListConversationsData, V2ConversationInfo]",
            self._client._page(
                _LIST_CONVERSATIONS,
                {
                    "account_id": account_id,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def stick_top_conversation(
        self,
        *,
        conversation_id: str,
        top_type: Literal[0, 1] | bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationStickTopConversationData:
        """Pin or unpin a cloud conversation.

        Pins the conversation to the top of its owner's list (`top_type` 1) or unpins it
        (0), and returns the conversation's pin state and sort key.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            top_type: 1 pins the conversation, 0 unpins it. One of 0, 1. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationStickTopConversationData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversations/{conversation_id}/actions/stick_top_conversation``
        (operation ``v2.conversation.stickTopConversation`` in the spec).
        """
        return _cast(
            "V2ConversationStickTopConversationData",
            _answer_data(
                self._client._call(
                    _STICK_TOP_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                        "top_type": top_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_conversation(
        self,
        *,
        conversation_id: str,
        server_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationInfo:
        """Update a cloud conversation's extension.

        Replaces the app's extension data (`server_extension`) on one cloud conversation
        and returns the conversation. Only the owner's copy of the conversation changes.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            server_extension: The new extension data, JSON text recommended. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/conversations/{conversation_id}``
        (operation ``v2.conversation.updateConversation`` in the spec).
        """
        return _cast(
            "V2ConversationInfo",
            _answer_data(
                self._client._call(
                    _UPDATE_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                        "server_extension": server_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ConversationOperations:
    """The v2 ``conversation`` operations, reached as ``client.v2.conversation`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_delete_conversations(
        self,
        *,
        conversation_ids: list[str],
        clear_message: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationBatchDeleteConversationsData:
        """Delete several cloud conversations.

        Removes several conversations from their owners' cloud conversation lists in one
        call; the ids that could not be deleted come back in `failed_list` with their
        error.

        Args:
            conversation_ids: The conversations to delete; the client percent-encodes
                each id before joining them with commas. At least 1 items; each at least
                5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            clear_message: Also delete the owners' roaming messages of these
                conversations.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationBatchDeleteConversationsData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/conversations/actions/conversation_ids``
        (operation ``v2.conversation.batchDeleteConversations`` in the spec).
        """
        return _cast(
            "V2ConversationBatchDeleteConversationsData",
            _answer_data(
                await self._client._call(
                    _BATCH_DELETE_CONVERSATIONS,
                    {
                        "conversation_ids": conversation_ids,
                        "clear_message": clear_message,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def batch_get_conversations(
        self,
        *,
        conversation_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationBatchGetConversationsData:
        """Get several cloud conversations.

        Returns several cloud conversations in one call; the ids that could not be read
        come back in `failed_list` with their error.

        Args:
            conversation_ids: The conversations to read; the client percent-encodes each
                id before joining them with commas. At least 1 items; each at least 5
                characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationBatchGetConversationsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/actions/conversation_ids``
        (operation ``v2.conversation.batchGetConversations`` in the spec).
        """
        return _cast(
            "V2ConversationBatchGetConversationsData",
            _answer_data(
                await self._client._call(
                    _BATCH_GET_CONVERSATIONS,
                    {
                        "conversation_ids": conversation_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def create_conversation(
        self,
        *,
        conversation_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationInfo:
        """Create a cloud conversation.

        Creates an empty cloud conversation for its owner, so that it shows in the
        owner's conversation list before any message is exchanged, and returns it. The
        conversation id names the owner, the type and the other side
        (`zhangsan|1|lisi`); cloud conversations must be enabled for the app in the
        console.

        Args:
            conversation_id: The conversation to create, `<owner account>|<type>|<other
                account or team id>` with type 1 one-to-one, 2 advanced team, 3 super
                team. At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/conversations``
        (operation ``v2.conversation.createConversation`` in the spec).
        """
        return _cast(
            "V2ConversationInfo",
            _answer_data(
                await self._client._call(
                    _CREATE_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def delete_conversation(
        self,
        *,
        conversation_id: str,
        clear_message: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a cloud conversation.

        Removes one conversation from its owner's cloud conversation list. With
        `clear_message` the owner's roaming messages of that conversation go too;
        otherwise they stay and the conversation comes back with the next message.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            clear_message: Also delete the owner's roaming messages of the conversation.
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

        Calls ``DELETE /im/v2/conversations/{conversation_id}``
        (operation ``v2.conversation.deleteConversation`` in the spec).
        """
        await self._client._call(
            _DELETE_CONVERSATION,
            {
                "conversation_id": conversation_id,
                "clear_message": clear_message,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def get_conversation(
        self,
        *,
        conversation_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationInfo:
        """Get a cloud conversation.

        Returns one cloud conversation of its owner, with its pin state, its groups, its
        unread count and its last message. An unknown conversation id is refused with
        code 414.

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
            V2ConversationInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/{conversation_id}``
        (operation ``v2.conversation.getConversation`` in the spec).
        """
        return _cast(
            "V2ConversationInfo",
            _answer_data(
                await self._client._call(
                    _GET_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_conversations(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2ConversationListConversationsData, V2ConversationInfo]:
        """List an account's cloud conversations.

        Returns one page of the cloud conversations an account owns. Pass the
        `next_token` of a page as `page_token` to get the next one while `has_more` is
        true.

        Args:
            account_id: The account whose conversations are listed. 1 to 32 characters.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: The largest number of conversations in the page. At least 1; at most
                100. The spec doubts some of these rules: a value that breaks only those
                is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2ConversationListConversationsData),
                `.items` its `items`; iterating the page yields every item
                (V2ConversationInfo) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations``
        (operation ``v2.conversation.listConversations`` in the spec).
        """
        return _cast(
            "AsyncPage[V2ConversationListConversationsData, V2ConversationInfo]",
            await self._client._page(
                _LIST_CONVERSATIONS,
                {
                    "account_id": account_id,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def stick_top_conversation(
        self,
        *,
        conversation_id: str,
        top_type: Literal[0, 1] | bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationStickTopConversationData:
        """Pin or unpin a cloud conversation.

        Pins the conversation to the top of its owner's list (`top_type` 1) or unpins it
        (0), and returns the conversation's pin state and sort key.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            top_type: 1 pins the conversation, 0 unpins it. One of 0, 1. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationStickTopConversationData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversations/{conversation_id}/actions/stick_top_conversation``
        (operation ``v2.conversation.stickTopConversation`` in the spec).
        """
        return _cast(
            "V2ConversationStickTopConversationData",
            _answer_data(
                await self._client._call(
                    _STICK_TOP_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                        "top_type": top_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_conversation(
        self,
        *,
        conversation_id: str,
        server_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ConversationInfo:
        """Update a cloud conversation's extension.

        Replaces the app's extension data (`server_extension`) on one cloud conversation
        and returns the conversation. Only the owner's copy of the conversation changes.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            server_extension: The new extension data, JSON text recommended. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ConversationInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/conversations/{conversation_id}``
        (operation ``v2.conversation.updateConversation`` in the spec).
        """
        return _cast(
            "V2ConversationInfo",
            _answer_data(
                await self._client._call(
                    _UPDATE_CONVERSATION,
                    {
                        "conversation_id": conversation_id,
                        "server_extension": server_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
