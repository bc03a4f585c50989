# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``chatroom_message`` operations, reached as ``client.v2.chatroom_message``: Chat
room messages: send one or several, recall, and read the history.
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
from .. import _shapes
from ..types import (
    V2AntispamConfig,
    V2ChatroomAiParams,
    V2ChatroomMessageBatchSendChatroomMessagesData,
    V2ChatroomMessageBody,
    V2ChatroomMessageConfig,
    V2ChatroomMessageItem,
    V2ChatroomMessageQueryChatroomHistoryMessagesData,
    V2ChatroomMessageSendChatroomMessageData,
    V2RouteConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ChatroomMessageOperations", "V2ChatroomMessageOperations"]

_BATCH_SEND_CHATROOM_MESSAGES = Endpoint(
    "im/v2/chatrooms/messages",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="body",
        ),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "receiver_ids",
            "receiver_ids",
            Doubted(
                ListOf(Str(), max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether a message may target at most 100 receivers, the v1 targeted-message limit.",
                        "One batch send with 101 receivers: refused means the limit holds.",
                    ),
                ),
            ),
            where="body",
        ),
        Field("resend_flag", "resend_flag", OneOf((0, 1)), where="body"),
        Field("extension", "extension", Str(max_length=4096), where="body"),
        Field(
            "messages",
            "messages",
            Doubted(
                ListOf(_shapes.V2ChatroomMessageBody, min_items=1, max_items=10),
                ListOf(_shapes.V2ChatroomMessageBody),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one batch may hold at most 10 messages, the v1 batch limit (itself only in a Java SDK comment); the v2 page's limit was not readable.",
                        "One batch of 11 messages: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `messages` must be given; the Go SDK refuses a call without it.",
                    "One batch send without `messages`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_config",
            "message_config",
            _shapes.V2ChatroomMessageConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
        Field(
            "antispam_config", "antispam_config", _shapes.V2AntispamConfig, where="body"
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_QUERY_CHATROOM_HISTORY_MESSAGES = Endpoint(
    "im/v2.1/chatrooms/{room_id}/messages",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
            where="query",
        ),
        Field("page_token", "page_token", Str(), where="query"),
        Field("descending", "descending", Bool(), where="query"),
        Field(
            "message_type",
            "message_type",
            ListOf(OneOf((0, 1, 2, 3, 4, 5, 6, 10, 11, 100))),
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_RECALL_CHATROOM_MESSAGE = Endpoint(
    "im/v2/chatrooms/{room_id}/messages/{message_client_id}",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "message_client_id",
            "message_client_id",
            Str(min_length=1),
            required=True,
            where="path",
        ),
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_id` must be given; the Java SDK always sends it, the Go SDK only when set.",
                    "One recall without it: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `sender_id` must be given; the Java SDK always sends it, the Go SDK only when set.",
                    "One recall without it: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field(
            "create_time",
            "create_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `create_time` must be given; the Java SDK always sends it, the Go SDK only when set.",
                    "One recall without it: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field("notification_enabled", "notification_enabled", Bool(), where="query"),
        Field(
            "notification_extension",
            "notification_extension",
            Str(max_length=2048),
            where="query",
        ),
    ),
    method="DELETE",
    rest=True,
)

_SEND_CHATROOM_MESSAGE = Endpoint(
    "im/v2/chatrooms/{room_id}/messages",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `sender_id` must be given.",
                    "One send without `sender_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "receiver_ids",
            "receiver_ids",
            Doubted(
                ListOf(Str(), max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether a message may target at most 100 receivers, the v1 targeted-message limit.",
                        "One send with 101 receivers: refused means the limit holds.",
                    ),
                ),
            ),
            where="body",
        ),
        Field("resend_flag", "resend_flag", OneOf((0, 1)), where="body"),
        Field("extension", "extension", Str(max_length=4096), where="body"),
        Field(
            "message",
            "message",
            _shapes.V2ChatroomMessageBody,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given.",
                    "One send without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_config",
            "message_config",
            _shapes.V2ChatroomMessageConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
        Field(
            "antispam_config", "antispam_config", _shapes.V2AntispamConfig, where="body"
        ),
        Field("ai_params", "ai_params", _shapes.V2ChatroomAiParams, where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)


class V2ChatroomMessageOperations:
    """The v2 ``chatroom_message`` operations, reached as ``client.v2.chatroom_message``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_send_chatroom_messages(
        self,
        *,
        room_id: int | str,
        sender_id: str,
        receiver_ids: list[str] | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        extension: str | None = None,
        messages: list[V2ChatroomMessageBody] | None = None,
        message_config: V2ChatroomMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMessageBatchSendChatroomMessagesData:
        """Send several chat room messages at once.

        Sends several messages into one chat room as `sender_id` in one call, with the
        same options for all of them. With `receiver_ids` the messages are targeted and
        not stored in the history. The same flow limits as for a single message apply to
        the receivers.

        Args:
            room_id: The chat room id.
            sender_id: The account that sends the messages. 1 to 32 characters.
            receiver_ids: Send only to these members (targeted messages); such messages
                are not stored in the history and take neither `message_config` nor
                coordinates. At most 100 items. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            resend_flag: 0 (the default) for new messages, 1 for resends, recognised by
                each `message_client_id`. One of 0, 1.
            extension: App-defined extension of the messages, JSON text. At most 4096
                characters.
            messages: The messages to send, in order. At least 1 items; at most 10
                items. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            message_config: How the server treats a chat room message. Targeted messages
                (with `receiver_ids`) do not take these options.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMessageBatchSendChatroomMessagesData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/chatrooms/messages``
        (operation ``v2.chatroom_message.batchSendChatroomMessages`` in the spec).
        """
        return _cast(
            "V2ChatroomMessageBatchSendChatroomMessagesData",
            _answer_data(
                self._client._call(
                    _BATCH_SEND_CHATROOM_MESSAGES,
                    {
                        "room_id": room_id,
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "resend_flag": resend_flag,
                        "extension": extension,
                        "messages": messages,
                        "message_config": message_config,
                        "route_config": route_config,
                        "antispam_config": antispam_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_chatroom_history_messages(
        self,
        *,
        room_id: int | str,
        sender_id: str,
        limit: int,
        page_token: str | None = None,
        descending: bool | None = None,
        message_type: list[Literal[0, 1, 2, 3, 4, 5, 6, 10, 11, 100]] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2ChatroomMessageQueryChatroomHistoryMessagesData, V2ChatroomMessageItem]:
        """List the history messages a member sent in a chat room.

        Returns one page of the messages `sender_id` sent in the room, from the room's
        cloud history, optionally of some message types only. Pass the `next_token` of
        the previous answer as `page_token` to get the next page.

        Args:
            room_id: The chat room id.
            sender_id: The account whose messages are listed. 1 to 32 characters.
            limit: The largest number of messages in the page; a value outside 1 to 100
                is refused with code 414. At least 1; at most 100.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            descending: The time order of the messages; per the documentation `true`
                (the default) lists them in ascending time order and `false` in
                descending order.
            message_type: Only messages of these types (0 text, 1 image, 2 audio, 3
                video, 4 location, 5 room notification, 6 file, 10 tip, 11 robot, 100
                custom); every type when left out. Each one of 0, 1, 2, 3, 4, 5, 6, 10,
                11, 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2ChatroomMessageQueryChatroomHistoryMessagesData), `.items` its
                `items`; iterating the page yields every item (V2ChatroomMessageItem) of
                it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/chatrooms/{room_id}/messages``
        (operation ``v2.chatroom_message.queryChatroomHistoryMessages`` in the spec).
        """
        return _cast(
            "Page[V2ChatroomMessageQueryChatroomHistoryMessagesData, V2ChatroomMessageItem]",
            self._client._page(
                _QUERY_CHATROOM_HISTORY_MESSAGES,
                {
                    "room_id": room_id,
                    "sender_id": sender_id,
                    "limit": limit,
                    "page_token": page_token,
                    "descending": descending,
                    "message_type": message_type,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def recall_chatroom_message(
        self,
        *,
        room_id: int | str,
        message_client_id: str,
        operator_id: str | None = None,
        sender_id: str | None = None,
        create_time: int | str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Recall a chat room message.

        Recalls a message from a chat room and removes it from the room's cloud history.
        The message is named by its client id, its sender and the time it was sent
        (`create_time` of the send answer). With `notification_enabled` the members
        receive a room notification about the recall, which their apps use to hide the
        message.

        Args:
            room_id: The chat room id.
            message_client_id: The client id of the message to recall. Not empty.
            operator_id: The account doing the recall; the sender, a manager or the
                room's creator. 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            sender_id: The account that sent the message. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            create_time: When the message was sent, in epoch milliseconds, as the send
                answer gave it. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            notification_enabled: Send the members a room notification about the recall.
            notification_extension: App-defined extension carried by that notification;
                only with `notification_enabled` true. At most 2048 characters.
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

        Calls ``DELETE /im/v2/chatrooms/{room_id}/messages/{message_client_id}``
        (operation ``v2.chatroom_message.recallChatroomMessage`` in the spec).
        """
        self._client._call(
            _RECALL_CHATROOM_MESSAGE,
            {
                "room_id": room_id,
                "message_client_id": message_client_id,
                "operator_id": operator_id,
                "sender_id": sender_id,
                "create_time": create_time,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def send_chatroom_message(
        self,
        *,
        room_id: int | str,
        sender_id: str | None = None,
        receiver_ids: list[str] | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        extension: str | None = None,
        message: V2ChatroomMessageBody | None = None,
        message_config: V2ChatroomMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        ai_params: V2ChatroomAiParams | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMessageSendChatroomMessageData:
        """Send a chat room message.

        Sends one message into a chat room as `sender_id`, who must be in the room or be
        its creator. With `receiver_ids` the message is targeted: only those members
        receive it, and it is not stored in the history. Members receive at most about
        20 ordinary messages a second (more may be dropped) and 10 high-priority ones;
        mark important server messages `high_priority` in `message_config`.

        Args:
            room_id: The chat room id.
            sender_id: The account that sends the message. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            receiver_ids: Send only to these members (a targeted message); such a
                message is not stored in the history and takes neither `message_config`
                nor coordinates. At most 100 items. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            resend_flag: 0 (the default) for a new message, 1 for a resend; a resend is
                recognised by `message.message_client_id`. One of 0, 1.
            extension: App-defined extension of the message, JSON text. At most 4096
                characters.
            message: One chat room message to send. A text message carries `text`; every
                other type carries its content in `attachment`. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            message_config: How the server treats a chat room message. Targeted messages
                (with `receiver_ids`) do not take these options.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            ai_params: Have an AI digital person (数字人) answer this message in the room.
                The JSON-text fields are passed to the configured model as they are.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMessageSendChatroomMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/chatrooms/{room_id}/messages``
        (operation ``v2.chatroom_message.sendChatroomMessage`` in the spec).
        """
        return _cast(
            "V2ChatroomMessageSendChatroomMessageData",
            _answer_data(
                self._client._call(
                    _SEND_CHATROOM_MESSAGE,
                    {
                        "room_id": room_id,
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "resend_flag": resend_flag,
                        "extension": extension,
                        "message": message,
                        "message_config": message_config,
                        "route_config": route_config,
                        "antispam_config": antispam_config,
                        "ai_params": ai_params,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ChatroomMessageOperations:
    """The v2 ``chatroom_message`` operations, reached as ``client.v2.chatroom_message`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_send_chatroom_messages(
        self,
        *,
        room_id: int | str,
        sender_id: str,
        receiver_ids: list[str] | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        extension: str | None = None,
        messages: list[V2ChatroomMessageBody] | None = None,
        message_config: V2ChatroomMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMessageBatchSendChatroomMessagesData:
        """Send several chat room messages at once.

        Sends several messages into one chat room as `sender_id` in one call, with the
        same options for all of them. With `receiver_ids` the messages are targeted and
        not stored in the history. The same flow limits as for a single message apply to
        the receivers.

        Args:
            room_id: The chat room id.
            sender_id: The account that sends the messages. 1 to 32 characters.
            receiver_ids: Send only to these members (targeted messages); such messages
                are not stored in the history and take neither `message_config` nor
                coordinates. At most 100 items. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            resend_flag: 0 (the default) for new messages, 1 for resends, recognised by
                each `message_client_id`. One of 0, 1.
            extension: App-defined extension of the messages, JSON text. At most 4096
                characters.
            messages: The messages to send, in order. At least 1 items; at most 10
                items. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            message_config: How the server treats a chat room message. Targeted messages
                (with `receiver_ids`) do not take these options.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMessageBatchSendChatroomMessagesData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/chatrooms/messages``
        (operation ``v2.chatroom_message.batchSendChatroomMessages`` in the spec).
        """
        return _cast(
            "V2ChatroomMessageBatchSendChatroomMessagesData",
            _answer_data(
                await self._client._call(
                    _BATCH_SEND_CHATROOM_MESSAGES,
                    {
                        "room_id": room_id,
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "resend_flag": resend_flag,
                        "extension": extension,
                        "messages": messages,
                        "message_config": message_config,
                        "route_config": route_config,
                        "antispam_config": antispam_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_chatroom_history_messages(
        self,
        *,
        room_id: int | str,
        sender_id: str,
        limit: int,
        page_token: str | None = None,
        descending: bool | None = None,
        message_type: list[Literal[0, 1, 2, 3, 4, 5, 6, 10, 11, 100]] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[
        V2ChatroomMessageQueryChatroomHistoryMessagesData, V2ChatroomMessageItem
    ]:
        """List the history messages a member sent in a chat room.

        Returns one page of the messages `sender_id` sent in the room, from the room's
        cloud history, optionally of some message types only. Pass the `next_token` of
        the previous answer as `page_token` to get the next page.

        Args:
            room_id: The chat room id.
            sender_id: The account whose messages are listed. 1 to 32 characters.
            limit: The largest number of messages in the page; a value outside 1 to 100
                is refused with code 414. At least 1; at most 100.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            descending: The time order of the messages; per the documentation `true`
                (the default) lists them in ascending time order and `false` in
                descending order.
            message_type: Only messages of these types (0 text, 1 image, 2 audio, 3
                video, 4 location, 5 room notification, 6 file, 10 tip, 11 robot, 100
                custom); every type when left out. Each one of 0, 1, 2, 3, 4, 5, 6, 10,
                11, 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2ChatroomMessageQueryChatroomHistoryMessagesData), `.items` its
                `items`; iterating the page yields every item (V2ChatroomMessageItem) of
                it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/chatrooms/{room_id}/messages``
        (operation ``v2.chatroom_message.queryChatroomHistoryMessages`` in the spec).
        """
        return _cast(
            "AsyncPage[V2ChatroomMessageQueryChatroomHistoryMessagesData, V2ChatroomMessageItem]",
            await self._client._page(
                _QUERY_CHATROOM_HISTORY_MESSAGES,
                {
                    "room_id": room_id,
                    "sender_id": sender_id,
                    "limit": limit,
                    "page_token": page_token,
                    "descending": descending,
                    "message_type": message_type,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def recall_chatroom_message(
        self,
        *,
        room_id: int | str,
        message_client_id: str,
        operator_id: str | None = None,
        sender_id: str | None = None,
        create_time: int | str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Recall a chat room message.

        Recalls a message from a chat room and removes it from the room's cloud history.
        The message is named by its client id, its sender and the time it was sent
        (`create_time` of the send answer). With `notification_enabled` the members
        receive a room notification about the recall, which their apps use to hide the
        message.

        Args:
            room_id: The chat room id.
            message_client_id: The client id of the message to recall. Not empty.
            operator_id: The account doing the recall; the sender, a manager or the
                room's creator. 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            sender_id: The account that sent the message. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            create_time: When the message was sent, in epoch milliseconds, as the send
                answer gave it. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            notification_enabled: Send the members a room notification about the recall.
            notification_extension: App-defined extension carried by that notification;
                only with `notification_enabled` true. At most 2048 characters.
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

        Calls ``DELETE /im/v2/chatrooms/{room_id}/messages/{message_client_id}``
        (operation ``v2.chatroom_message.recallChatroomMessage`` in the spec).
        """
        await self._client._call(
            _RECALL_CHATROOM_MESSAGE,
            {
                "room_id": room_id,
                "message_client_id": message_client_id,
                "operator_id": operator_id,
                "sender_id": sender_id,
                "create_time": create_time,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def send_chatroom_message(
        self,
        *,
        room_id: int | str,
        sender_id: str | None = None,
        receiver_ids: list[str] | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        extension: str | None = None,
        message: V2ChatroomMessageBody | None = None,
        message_config: V2ChatroomMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        ai_params: V2ChatroomAiParams | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMessageSendChatroomMessageData:
        """Send a chat room message.

        Sends one message into a chat room as `sender_id`, who must be in the room or be
        its creator. With `receiver_ids` the message is targeted: only those members
        receive it, and it is not stored in the history. Members receive at most about
        20 ordinary messages a second (more may be dropped) and 10 high-priority ones;
        mark important server messages `high_priority` in `message_config`.

        Args:
            room_id: The chat room id.
            sender_id: The account that sends the message. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            receiver_ids: Send only to these members (a targeted message); such a
                message is not stored in the history and takes neither `message_config`
                nor coordinates. At most 100 items. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            resend_flag: 0 (the default) for a new message, 1 for a resend; a resend is
                recognised by `message.message_client_id`. One of 0, 1.
            extension: App-defined extension of the message, JSON text. At most 4096
                characters.
            message: One chat room message to send. A text message carries `text`; every
                other type carries its content in `attachment`. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            message_config: How the server treats a chat room message. Targeted messages
                (with `receiver_ids`) do not take these options.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            ai_params: Have an AI digital person (数字人) answer this message in the room.
                The JSON-text fields are passed to the configured model as they are.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMessageSendChatroomMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/chatrooms/{room_id}/messages``
        (operation ``v2.chatroom_message.sendChatroomMessage`` in the spec).
        """
        return _cast(
            "V2ChatroomMessageSendChatroomMessageData",
            _answer_data(
                await self._client._call(
                    _SEND_CHATROOM_MESSAGE,
                    {
                        "room_id": room_id,
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "resend_flag": resend_flag,
                        "extension": extension,
                        "message": message,
                        "message_config": message_config,
                        "route_config": route_config,
                        "antispam_config": antispam_config,
                        "ai_params": ai_params,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
