# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``broadcast`` operations, reached as ``client.v2.broadcast``: Broadcasts to every
user of the app and to every chat room.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, ListOf, Number, OneOf, Str
from .._doubts import Doubted, LOOSE, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2AntispamConfig,
    V2BroadcastChatroomMessage,
    V2BroadcastChatroomMessageConfig,
    V2BroadcastNotification,
    V2BroadcastQueryBroadcastNotificationListData,
    V2BroadcastSendChatroomBroadcastNotificationData,
    V2RouteConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2BroadcastOperations", "V2BroadcastOperations"]

_DELETE_BROADCAST_NOTIFICATION = Endpoint(
    "im/v2/broadcast_notification/{broadcast_id}",
    (
        Field(
            "broadcast_id",
            "broadcast_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
    ),
    method="DELETE",
    rest=True,
)

_QUERY_BROADCAST_NOTIFICATION = Endpoint(
    "im/v2/broadcast_notification/{broadcast_id}",
    (
        Field(
            "broadcast_id",
            "broadcast_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_BROADCAST_NOTIFICATION_LIST = Endpoint(
    "im/v2/broadcast_notification",
    (
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
                        "Whether `limit` may be at most 100; 100 is the v1 limit (msg/queryBroadcastMsg.action), the v2 page was not readable.",
                        "One query with limit 101: refused or capped means the limit holds.",
                    ),
                ),
            ),
            where="query",
        ),
        Field(
            "type",
            "type",
            Doubted(
                OneOf((1, 2, 3)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `type` takes 1, 2 and 3 with the v1 meanings; the SDKs carry no comment.",
                        "One query with each value and one with 4: which are refused.",
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

_SEND_BROADCAST_NOTIFICATION = Endpoint(
    "im/v2/broadcast_notification",
    (
        Field(
            "content",
            "content",
            Str(min_length=1, max_length=4096),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `content` must be given; the Apifox copy of the page marks it (and `ttl`, which has a default and stays optional) required.",
                    "One broadcast without `content`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("from_account_id", "from_account_id", Str(max_length=32), where="body"),
        Field("offline_enabled", "offline_enabled", Bool(), where="body"),
        Field("ttl", "ttl", Number(integral=True, minimum=1), where="body"),
        Field(
            "target_os",
            "target_os",
            Doubted(
                ListOf(OneOf(("ios", "aos", "pc", "web", "mac"))),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether `target_os` is a JSON array (both SDKs) or JSON array text (the Apifox copy of the page).",
                        "One broadcast with `target_os` as an array: accepted means the array form is right.",
                    ),
                ),
            ),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_SEND_CHATROOM_BROADCAST_NOTIFICATION = Endpoint(
    "im/v2.1/broadcast_notification/actions/chatroom",
    (
        Field(
            "client_broadcast_id",
            "client_broadcast_id",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `client_broadcast_id` must be given; inferred from the Apifox example and from what a broadcast needs.",
                    "One chat room broadcast without `client_broadcast_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `sender_id` must be given; inferred from the Apifox example and from what a broadcast needs.",
                    "One chat room broadcast without `sender_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
        Field("resend_flag", "resend_flag", OneOf((0, 1)), where="body"),
        Field(
            "message",
            "message",
            _shapes.V2BroadcastChatroomMessage,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given; inferred from the Apifox example and from what a broadcast needs.",
                    "One chat room broadcast without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_config",
            "message_config",
            _shapes.V2BroadcastChatroomMessageConfig,
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


class V2BroadcastOperations:
    """The v2 ``broadcast`` operations, reached as ``client.v2.broadcast``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def delete_broadcast_notification(
        self,
        *,
        broadcast_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a broadcast.

        Deletes one broadcast, so that users who log in later no longer receive it.
        Devices that already received it keep it.

        Args:
            broadcast_id: The broadcast's id.
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

        Calls ``DELETE /im/v2/broadcast_notification/{broadcast_id}``
        (operation ``v2.broadcast.deleteBroadcastNotification`` in the spec).
        """
        self._client._call(
            _DELETE_BROADCAST_NOTIFICATION,
            {
                "broadcast_id": broadcast_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def query_broadcast_notification(
        self,
        *,
        broadcast_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2BroadcastNotification:
        """Get a broadcast.

        Returns one broadcast by its id.

        Args:
            broadcast_id: The broadcast's id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2BroadcastNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/broadcast_notification/{broadcast_id}``
        (operation ``v2.broadcast.queryBroadcastNotification`` in the spec).
        """
        return _cast(
            "V2BroadcastNotification",
            _answer_data(
                self._client._call(
                    _QUERY_BROADCAST_NOTIFICATION,
                    {
                        "broadcast_id": broadcast_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_broadcast_notification_list(
        self,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        type: Literal[1, 2, 3] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2BroadcastQueryBroadcastNotificationListData, V2BroadcastNotification]:
        """List the app's broadcasts.

        Returns the app's broadcasts page by page, all of them or only those kept (or
        not kept) for offline users, as `type` says.

        Args:
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: How many broadcasts per page, at most 100. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            type: 1 every broadcast (the default), 2 only those kept for offline users,
                3 only those not kept. One of 1, 2, 3. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2BroadcastQueryBroadcastNotificationListData), `.items` its `items`;
                iterating the page yields every item (V2BroadcastNotification) of it and
                of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/broadcast_notification``
        (operation ``v2.broadcast.queryBroadcastNotificationList`` in the spec).
        """
        return _cast(
            "Page[V2BroadcastQueryBroadcastNotificationListData, V2BroadcastNotification]",
            self._client._page(
                _QUERY_BROADCAST_NOTIFICATION_LIST,
                {
                    "page_token": page_token,
                    "limit": limit,
                    "type": type,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_broadcast_notification(
        self,
        *,
        content: str | None = None,
        from_account_id: str | None = None,
        offline_enabled: bool | None = None,
        ttl: int | None = None,
        target_os: list[Literal["ios", "aos", "pc", "web", "mac"]] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2BroadcastNotification:
        """Send a broadcast to every user of the app.

        Sends a text to every logged-in device of the app, optionally only to some
        platforms, and with `offline_enabled` keeps it for `ttl` hours for users who log
        in later. Returns the broadcast with its id. Broadcasts are not available on the
        standard package.

        Args:
            content: The broadcast text, at most 4096 characters. 1 to 4096 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_account_id: The account shown as the sender. At most 32 characters.
            offline_enabled: Keep the broadcast for users who are offline now. The
                server's default is False.
            ttl: How long an offline broadcast is kept, in hours (default 168, seven
                days); used only with `offline_enabled`. At least 1. The server's
                default is 168.
            target_os: The client platforms to reach; every platform when left out. Each
                one of "ios", "aos", "pc", "web", "mac". The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2BroadcastNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app on the advanced package (up to 1000/min on the
        dedicated package); not available on the standard package.

        Calls ``POST /im/v2/broadcast_notification``
        (operation ``v2.broadcast.sendBroadcastNotification`` in the spec).
        """
        return _cast(
            "V2BroadcastNotification",
            _answer_data(
                self._client._call(
                    _SEND_BROADCAST_NOTIFICATION,
                    {
                        "content": content,
                        "from_account_id": from_account_id,
                        "offline_enabled": offline_enabled,
                        "ttl": ttl,
                        "target_os": target_os,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def send_chatroom_broadcast_notification(
        self,
        *,
        client_broadcast_id: str | None = None,
        sender_id: str | None = None,
        extension: str | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        message: V2BroadcastChatroomMessage | None = None,
        message_config: V2BroadcastChatroomMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2BroadcastSendChatroomBroadcastNotificationData:
        """Send a message to every chat room of the app.

        Sends one message to all chat rooms of the app at once (全服广播).
        `client_broadcast_id` identifies the broadcast; to retry a failed send without
        duplicates, send it again with the same id and `resend_flag` 1. Returns the
        message as delivered, with the sender's room nickname and avatar.

        Args:
            client_broadcast_id: A unique id the app gives the broadcast, used to
                recognise a resend. Not empty. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            extension: Developer extension of the message, JSON text recommended.
            resend_flag: 1 this is a resend of an earlier `client_broadcast_id`, 0 a
                first send. One of 0, 1. The server's default is 0.
            message: The message broadcast to every chat room of the app. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            message_config: How chat rooms treat the broadcast message.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2BroadcastSendChatroomBroadcastNotificationData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app on the advanced package (up to 1000/min on the
        dedicated package); not available on the standard package.

        Calls ``POST /im/v2.1/broadcast_notification/actions/chatroom``
        (operation ``v2.broadcast.sendChatroomBroadcastNotification`` in the spec).
        """
        return _cast(
            "V2BroadcastSendChatroomBroadcastNotificationData",
            _answer_data(
                self._client._call(
                    _SEND_CHATROOM_BROADCAST_NOTIFICATION,
                    {
                        "client_broadcast_id": client_broadcast_id,
                        "sender_id": sender_id,
                        "extension": extension,
                        "resend_flag": resend_flag,
                        "message": message,
                        "message_config": message_config,
                        "route_config": route_config,
                        "antispam_config": antispam_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2BroadcastOperations:
    """The v2 ``broadcast`` operations, reached as ``client.v2.broadcast`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def delete_broadcast_notification(
        self,
        *,
        broadcast_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a broadcast.

        Deletes one broadcast, so that users who log in later no longer receive it.
        Devices that already received it keep it.

        Args:
            broadcast_id: The broadcast's id.
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

        Calls ``DELETE /im/v2/broadcast_notification/{broadcast_id}``
        (operation ``v2.broadcast.deleteBroadcastNotification`` in the spec).
        """
        await self._client._call(
            _DELETE_BROADCAST_NOTIFICATION,
            {
                "broadcast_id": broadcast_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def query_broadcast_notification(
        self,
        *,
        broadcast_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2BroadcastNotification:
        """Get a broadcast.

        Returns one broadcast by its id.

        Args:
            broadcast_id: The broadcast's id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2BroadcastNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/broadcast_notification/{broadcast_id}``
        (operation ``v2.broadcast.queryBroadcastNotification`` in the spec).
        """
        return _cast(
            "V2BroadcastNotification",
            _answer_data(
                await self._client._call(
                    _QUERY_BROADCAST_NOTIFICATION,
                    {
                        "broadcast_id": broadcast_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_broadcast_notification_list(
        self,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        type: Literal[1, 2, 3] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[
        V2BroadcastQueryBroadcastNotificationListData, V2BroadcastNotification
    ]:
        """List the app's broadcasts.

        Returns the app's broadcasts page by page, all of them or only those kept (or
        not kept) for offline users, as `type` says.

        Args:
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: How many broadcasts per page, at most 100. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            type: 1 every broadcast (the default), 2 only those kept for offline users,
                3 only those not kept. One of 1, 2, 3. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2BroadcastQueryBroadcastNotificationListData), `.items` its `items`;
                iterating the page yields every item (V2BroadcastNotification) of it and
                of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/broadcast_notification``
        (operation ``v2.broadcast.queryBroadcastNotificationList`` in the spec).
        """
        return _cast(
            "AsyncPage[V2BroadcastQueryBroadcastNotificationListData, V2BroadcastNotification]",
            await self._client._page(
                _QUERY_BROADCAST_NOTIFICATION_LIST,
                {
                    "page_token": page_token,
                    "limit": limit,
                    "type": type,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_broadcast_notification(
        self,
        *,
        content: str | None = None,
        from_account_id: str | None = None,
        offline_enabled: bool | None = None,
        ttl: int | None = None,
        target_os: list[Literal["ios", "aos", "pc", "web", "mac"]] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2BroadcastNotification:
        """Send a broadcast to every user of the app.

        Sends a text to every logged-in device of the app, optionally only to some
        platforms, and with `offline_enabled` keeps it for `ttl` hours for users who log
        in later. Returns the broadcast with its id. Broadcasts are not available on the
        standard package.

        Args:
            content: The broadcast text, at most 4096 characters. 1 to 4096 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_account_id: The account shown as the sender. At most 32 characters.
            offline_enabled: Keep the broadcast for users who are offline now. The
                server's default is False.
            ttl: How long an offline broadcast is kept, in hours (default 168, seven
                days); used only with `offline_enabled`. At least 1. The server's
                default is 168.
            target_os: The client platforms to reach; every platform when left out. Each
                one of "ios", "aos", "pc", "web", "mac". The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2BroadcastNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app on the advanced package (up to 1000/min on the
        dedicated package); not available on the standard package.

        Calls ``POST /im/v2/broadcast_notification``
        (operation ``v2.broadcast.sendBroadcastNotification`` in the spec).
        """
        return _cast(
            "V2BroadcastNotification",
            _answer_data(
                await self._client._call(
                    _SEND_BROADCAST_NOTIFICATION,
                    {
                        "content": content,
                        "from_account_id": from_account_id,
                        "offline_enabled": offline_enabled,
                        "ttl": ttl,
                        "target_os": target_os,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def send_chatroom_broadcast_notification(
        self,
        *,
        client_broadcast_id: str | None = None,
        sender_id: str | None = None,
        extension: str | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        message: V2BroadcastChatroomMessage | None = None,
        message_config: V2BroadcastChatroomMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2BroadcastSendChatroomBroadcastNotificationData:
        """Send a message to every chat room of the app.

        Sends one message to all chat rooms of the app at once (全服广播).
        `client_broadcast_id` identifies the broadcast; to retry a failed send without
        duplicates, send it again with the same id and `resend_flag` 1. Returns the
        message as delivered, with the sender's room nickname and avatar.

        Args:
            client_broadcast_id: A unique id the app gives the broadcast, used to
                recognise a resend. Not empty. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            extension: Developer extension of the message, JSON text recommended.
            resend_flag: 1 this is a resend of an earlier `client_broadcast_id`, 0 a
                first send. One of 0, 1. The server's default is 0.
            message: The message broadcast to every chat room of the app. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            message_config: How chat rooms treat the broadcast message.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2BroadcastSendChatroomBroadcastNotificationData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app on the advanced package (up to 1000/min on the
        dedicated package); not available on the standard package.

        Calls ``POST /im/v2.1/broadcast_notification/actions/chatroom``
        (operation ``v2.broadcast.sendChatroomBroadcastNotification`` in the spec).
        """
        return _cast(
            "V2BroadcastSendChatroomBroadcastNotificationData",
            _answer_data(
                await self._client._call(
                    _SEND_CHATROOM_BROADCAST_NOTIFICATION,
                    {
                        "client_broadcast_id": client_broadcast_id,
                        "sender_id": sender_id,
                        "extension": extension,
                        "resend_flag": resend_flag,
                        "message": message,
                        "message_config": message_config,
                        "route_config": route_config,
                        "antispam_config": antispam_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
