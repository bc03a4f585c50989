# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``chatroom`` operations, reached as ``client.v2.chatroom``: Chat rooms: create,
read and change them, open and close them, mute them, connection addresses and member
lists.
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
    V2AntispamConfiguration,
    V2ChatroomGetChatroomAddressData,
    V2ChatroomGetChatroomInfoData,
    V2ChatroomInfo,
    V2ChatroomListFixedMembersData,
    V2ChatroomListOnlineMembersData,
    V2ChatroomMemberInfo,
    V2ChatroomQueryOpenChatroomsData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ChatroomOperations", "V2ChatroomOperations"]

_CREATE_CHATROOM = Endpoint(
    "im/v2/chatrooms",
    (
        Field(
            "creator",
            "creator",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `creator` must be given.",
                    "One create without `creator`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "room_name",
            "room_name",
            Str(max_length=128),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_name` must be given.",
                    "One create without `room_name`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("announcement", "announcement", Str(max_length=4096), where="body"),
        Field("live_url", "live_url", Str(max_length=1024), where="body"),
        Field("extension", "extension", Str(max_length=4096), where="body"),
        Field("queue_level", "queue_level", OneOf((0, 1)), where="body"),
        Field(
            "delay_close_policy", "delay_close_policy", OneOf((0, 1, 2)), where="body"
        ),
        Field(
            "delay_seconds",
            "delay_seconds",
            Number(integral=True, minimum=0, format="int64", digits=True),
            where="body",
        ),
        Field("in_out_notification", "in_out_notification", Bool(), where="body"),
        Field(
            "antispam_configuration",
            "antispam_configuration",
            _shapes.V2AntispamConfiguration,
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_GET_CHATROOM_ADDRESS = Endpoint(
    "im/v2/chatrooms/{room_id}/actions/address",
    (
        Field(
            "room_id",
            "room_id",
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
        Field(
            "client_ip",
            "client_ip",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `client_ip` must be given; the Go SDK requires it and the Java SDK always sends it, while the v1 endpoint has it optional.",
                    "One address request without it: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field(
            "client_type",
            "client_type",
            Doubted(
                OneOf((1, 2, 3)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `client_type` takes 1, 2 and 3 with the v1 meanings (clienttype of chatroom/requestAddr.action).",
                        "One request with each value and one with 4: which are refused.",
                    ),
                ),
            ),
            where="query",
        ),
        Field("ip_type", "ip_type", Number(integral=True, minimum=1), where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_GET_CHATROOM_INFO = Endpoint(
    "im/v2/chatrooms/{room_id}",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "need_online_user_count", "need_online_user_count", Bool(), where="query"
        ),
        Field(
            "online_user_count_by_type",
            "online_user_count_by_type",
            Bool(),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_FIXED_MEMBERS = Endpoint(
    "im/v2/chatrooms/{room_id}/actions/list_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "member_roles",
            "member_roles",
            ListOf(Number(integral=True, minimum=0)),
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_ONLINE_MEMBERS = Endpoint(
    "im/v2/chatrooms/{room_id}/actions/list_online_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "limit",
            "limit",
            Doubted(
                Number(integral=True, minimum=1, maximum=100),
                Number(integral=True),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `limit` may be at most 100 on the online member list; 100 is the limit of the other v2 lists, not read on this page.",
                        "One call with limit 101: refused (or capped at 100 items) means the limit holds.",
                    ),
                ),
            ),
            required=True,
            where="query",
        ),
        Field(
            "offset",
            "offset",
            Number(integral=True, minimum=0, format="int64", digits=True),
            where="query",
        ),
        Field(
            "member_roles",
            "member_roles",
            ListOf(Number(integral=True, minimum=0)),
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_OPEN_CHATROOMS = Endpoint(
    "im/v2/chatrooms/actions/opend_chatrooms",
    (
        Field(
            "creator_account_id",
            "creator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_TOGGLE_CHATROOM_MUTE = Endpoint(
    "im/v2/chatrooms/{room_id}/actions/chat_banned",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given.",
                    "One mute call without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "chat_banned",
            "chat_banned",
            Bool(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `chat_banned` must be given.",
                    "One mute call without `chat_banned`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("notification_enabled", "notification_enabled", Bool(), where="body"),
        Field(
            "notification_extension",
            "notification_extension",
            Str(max_length=2048),
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_TOGGLE_IN_OUT_NOTIFICATION = Endpoint(
    "im/v2/chatrooms/{room_id}/actions/in_out_notification",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "in_out_notification",
            "in_out_notification",
            Bool(),
            required=True,
            where="query",
        ),
    ),
    method="PATCH",
    rest=True,
)

_UPDATE_CHATROOM_INFO = Endpoint(
    "im/v2/chatrooms/{room_id}",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("room_name", "room_name", Str(max_length=128), where="body"),
        Field("announcement", "announcement", Str(max_length=4096), where="body"),
        Field("live_url", "live_url", Str(max_length=1024), where="body"),
        Field("extension", "extension", Str(max_length=4096), where="body"),
        Field("queue_level", "queue_level", OneOf((0, 1)), where="body"),
        Field("notification_enabled", "notification_enabled", Bool(), where="body"),
        Field(
            "notification_extension",
            "notification_extension",
            Str(max_length=2048),
            where="body",
        ),
        Field(
            "antispam_configuration",
            "antispam_configuration",
            _shapes.V2AntispamConfiguration,
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_UPDATE_CHATROOM_STATUS = Endpoint(
    "im/v2/chatrooms/{room_id}/actions/update_status",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field("valid", "valid", Bool(), required=True, where="body"),
        Field(
            "delay_close_policy", "delay_close_policy", OneOf((0, 1, 2)), where="body"
        ),
        Field(
            "delay_seconds",
            "delay_seconds",
            Number(integral=True, minimum=0, format="int64", digits=True),
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2ChatroomOperations:
    """The v2 ``chatroom`` operations, reached as ``client.v2.chatroom``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def create_chatroom(
        self,
        *,
        creator: str | None = None,
        room_name: str | None = None,
        announcement: str | None = None,
        live_url: str | None = None,
        extension: str | None = None,
        queue_level: Literal[0, 1] | bool | None = None,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        in_out_notification: bool | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomInfo:
        """Create a chat room.

        Creates a chat room owned by `creator` and returns it with its new `room_id`.
        Chat rooms are a paid add-on and are created from the app server only. Scheduled
        closing can be set here or later with `update_chatroom_status`.

        Args:
            creator: The account that will own the room. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            room_name: The room name. At most 128 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            announcement: The room announcement. At most 4096 characters.
            live_url: The live-stream URL tied to the room. At most 1024 characters.
            extension: App-defined room extension, JSON text recommended. At most 4096
                characters.
            queue_level: Who may change the room queue: 0 (the default) every member, 1
                only the creator and managers. One of 0, 1.
            delay_close_policy: Scheduled closing: 0 off, 1 close `delay_seconds` after
                it is set whether or not anyone is inside, 2 close once the room has
                stayed empty for `delay_seconds`. One of 0, 1, 2.
            delay_seconds: The delay of the scheduled closing, in seconds.
            in_out_notification: Send a room notification whenever a member enters or
                leaves.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/chatrooms``
        (operation ``v2.chatroom.createChatroom`` in the spec).
        """
        return _cast(
            "V2ChatroomInfo",
            _answer_data(
                self._client._call(
                    _CREATE_CHATROOM,
                    {
                        "creator": creator,
                        "room_name": room_name,
                        "announcement": announcement,
                        "live_url": live_url,
                        "extension": extension,
                        "queue_level": queue_level,
                        "delay_close_policy": delay_close_policy,
                        "delay_seconds": delay_seconds,
                        "in_out_notification": in_out_notification,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def get_chatroom_address(
        self,
        *,
        room_id: int | str,
        account_id: str,
        client_ip: str | None = None,
        client_type: Literal[1, 2, 3] | None = None,
        ip_type: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomGetChatroomAddressData:
        """Get the addresses a client connects to a chat room with.

        Returns the connection addresses a client uses to enter a chat room as
        `account_id`. Give `client_ip` to get addresses close to the user.

        Args:
            room_id: The chat room id.
            account_id: The account that will enter the room. 1 to 32 characters.
            client_ip: The client's public IP address, used to pick addresses near the
                user. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            client_type: The kind of link: 1 web (the default), 2 native apps, 3 WeChat
                mini program. One of 1, 2, 3. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            ip_type: The kind of IP addresses wanted; the server's default when left
                out. At least 1.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomGetChatroomAddressData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}/actions/address``
        (operation ``v2.chatroom.getChatroomAddress`` in the spec).
        """
        return _cast(
            "V2ChatroomGetChatroomAddressData",
            _answer_data(
                self._client._call(
                    _GET_CHATROOM_ADDRESS,
                    {
                        "room_id": room_id,
                        "account_id": account_id,
                        "client_ip": client_ip,
                        "client_type": client_type,
                        "ip_type": ip_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def get_chatroom_info(
        self,
        *,
        room_id: int | str,
        need_online_user_count: bool | None = None,
        online_user_count_by_type: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomGetChatroomInfoData:
        """Get a chat room.

        Returns a chat room's settings and state, and, when asked, how many members are
        online in total and per kind of device.

        Args:
            room_id: The chat room id.
            need_online_user_count: Return `online_user_count`; `false` when left out.
                The server's default is False.
            online_user_count_by_type: Return the online counts per kind of device as
                well; `false` when left out. The server's default is False.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomGetChatroomInfoData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}``
        (operation ``v2.chatroom.getChatroomInfo`` in the spec).
        """
        return _cast(
            "V2ChatroomGetChatroomInfoData",
            _answer_data(
                self._client._call(
                    _GET_CHATROOM_INFO,
                    {
                        "room_id": room_id,
                        "need_online_user_count": need_online_user_count,
                        "online_user_count_by_type": online_user_count_by_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_fixed_members(
        self,
        *,
        room_id: int | str,
        member_roles: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomListFixedMembersData:
        """List the fixed members of a chat room.

        Returns the room's fixed members (creator, managers and ordinary members that
        were given a role), online or not, optionally of some roles only. Guests are not
        fixed members.

        Args:
            room_id: The chat room id.
            member_roles: Only members of these roles (0 ordinary member, 1 creator, 2
                manager); every fixed role when left out. Each at least 0.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomListFixedMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}/actions/list_members``
        (operation ``v2.chatroom.listFixedMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomListFixedMembersData",
            _answer_data(
                self._client._call(
                    _LIST_FIXED_MEMBERS,
                    {
                        "room_id": room_id,
                        "member_roles": member_roles,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_online_members(
        self,
        *,
        room_id: int | str,
        limit: int,
        offset: int | str | None = None,
        member_roles: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2ChatroomListOnlineMembersData, V2ChatroomMemberInfo]:
        """List the members online in a chat room.

        Returns one page of the members who are in the room now, optionally of some
        roles only. Pass the `offset` of the previous answer to get the next page.

        Args:
            room_id: The chat room id.
            limit: The largest number of members in the page. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            offset: Where the page starts: left out (or 0) for the first page, then the
                `offset` of the previous answer. Iterating the returned page fills it
                in. The server's default is 0.
            member_roles: Only members of these roles (0 ordinary member, 1 creator, 2
                manager, 3 guest, 4 anonymous guest); every role when left out. Each at
                least 0.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2ChatroomListOnlineMembersData),
                `.items` its `items`; iterating the page yields every item
                (V2ChatroomMemberInfo) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}/actions/list_online_members``
        (operation ``v2.chatroom.listOnlineMembers`` in the spec).
        """
        return _cast(
            "Page[V2ChatroomListOnlineMembersData, V2ChatroomMemberInfo]",
            self._client._page(
                _LIST_ONLINE_MEMBERS,
                {
                    "room_id": room_id,
                    "limit": limit,
                    "offset": offset,
                    "member_roles": member_roles,
                },
                "items",
                "offset",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_open_chatrooms(
        self,
        *,
        creator_account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueryOpenChatroomsData:
        """List the open chat rooms of a creator.

        Returns the ids of the rooms created by `creator_account_id` that are open now.
        The path is spelled `opend_chatrooms` by the API.

        Args:
            creator_account_id: The account whose open rooms are listed. 1 to 32
                characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueryOpenChatroomsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/actions/opend_chatrooms``
        (operation ``v2.chatroom.queryOpenChatrooms`` in the spec).
        """
        return _cast(
            "V2ChatroomQueryOpenChatroomsData",
            _answer_data(
                self._client._call(
                    _QUERY_OPEN_CHATROOMS,
                    {
                        "creator_account_id": creator_account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def toggle_chatroom_mute(
        self,
        *,
        room_id: int | str,
        operator_account_id: str | None = None,
        chat_banned: bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Mute or unmute a whole chat room.

        Mutes (`chat_banned` true) or unmutes the whole room: while it is muted only the
        creator and managers can send messages. The operator must be the creator or a
        manager.

        Args:
            room_id: The chat room id.
            operator_account_id: The account doing it; the room's creator or a manager.
                1 to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            chat_banned: `true` mutes the room, `false` lifts the mute. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_enabled: Send the members a room notification about it.
            notification_extension: App-defined extension carried by that notification.
                At most 2048 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/chatrooms/{room_id}/actions/chat_banned``
        (operation ``v2.chatroom.toggleChatroomMute`` in the spec).
        """
        self._client._call(
            _TOGGLE_CHATROOM_MUTE,
            {
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def toggle_in_out_notification(
        self,
        *,
        room_id: int | str,
        in_out_notification: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Turn enter and leave notifications of a chat room on or off.

        Sets whether the members receive a room notification whenever someone enters or
        leaves the room. The switch travels in the query string; the request has no
        body.

        Args:
            room_id: The chat room id.
            in_out_notification: `true` turns the notifications on, `false` off.
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

        Calls ``PATCH /im/v2/chatrooms/{room_id}/actions/in_out_notification``
        (operation ``v2.chatroom.toggleInOutNotification`` in the spec).
        """
        self._client._call(
            _TOGGLE_IN_OUT_NOTIFICATION,
            {
                "room_id": room_id,
                "in_out_notification": in_out_notification,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def update_chatroom_info(
        self,
        *,
        room_id: int | str,
        room_name: str | None = None,
        announcement: str | None = None,
        live_url: str | None = None,
        extension: str | None = None,
        queue_level: Literal[0, 1] | bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomInfo:
        """Update a chat room.

        Changes a chat room's name, announcement, live-stream URL, extension or queue
        permission; only the keys sent change. With `notification_enabled` the members
        receive a room notification about the change.

        Args:
            room_id: The chat room id.
            room_name: The new room name. At most 128 characters.
            announcement: The new announcement. At most 4096 characters.
            live_url: The new live-stream URL. At most 1024 characters.
            extension: The new app-defined room extension. At most 4096 characters.
            queue_level: Who may change the room queue: 0 every member, 1 only the
                creator and managers. One of 0, 1.
            notification_enabled: Send the members a room notification about the change.
            notification_extension: App-defined extension carried by that notification.
                At most 2048 characters.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/chatrooms/{room_id}``
        (operation ``v2.chatroom.updateChatroomInfo`` in the spec).
        """
        return _cast(
            "V2ChatroomInfo",
            _answer_data(
                self._client._call(
                    _UPDATE_CHATROOM_INFO,
                    {
                        "room_id": room_id,
                        "room_name": room_name,
                        "announcement": announcement,
                        "live_url": live_url,
                        "extension": extension,
                        "queue_level": queue_level,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_chatroom_status(
        self,
        *,
        room_id: int | str,
        operator_account_id: str,
        valid: bool,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomInfo:
        """Open or close a chat room.

        Opens (`valid` true) or closes (`valid` false) a chat room, and sets its
        scheduled closing. Only the room's creator may do this; closing a room makes
        every member leave it.

        Args:
            room_id: The chat room id.
            operator_account_id: The account doing it; must be the room's creator. 1 to
                32 characters.
            valid: `true` opens the room, `false` closes it.
            delay_close_policy: Scheduled closing: 0 off, 1 close `delay_seconds` after
                it is set, 2 close once the room has stayed empty for `delay_seconds`.
                One of 0, 1, 2.
            delay_seconds: The delay of the scheduled closing, in seconds.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/chatrooms/{room_id}/actions/update_status``
        (operation ``v2.chatroom.updateChatroomStatus`` in the spec).
        """
        return _cast(
            "V2ChatroomInfo",
            _answer_data(
                self._client._call(
                    _UPDATE_CHATROOM_STATUS,
                    {
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "valid": valid,
                        "delay_close_policy": delay_close_policy,
                        "delay_seconds": delay_seconds,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ChatroomOperations:
    """The v2 ``chatroom`` operations, reached as ``client.v2.chatroom`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def create_chatroom(
        self,
        *,
        creator: str | None = None,
        room_name: str | None = None,
        announcement: str | None = None,
        live_url: str | None = None,
        extension: str | None = None,
        queue_level: Literal[0, 1] | bool | None = None,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        in_out_notification: bool | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomInfo:
        """Create a chat room.

        Creates a chat room owned by `creator` and returns it with its new `room_id`.
        Chat rooms are a paid add-on and are created from the app server only. Scheduled
        closing can be set here or later with `update_chatroom_status`.

        Args:
            creator: The account that will own the room. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            room_name: The room name. At most 128 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            announcement: The room announcement. At most 4096 characters.
            live_url: The live-stream URL tied to the room. At most 1024 characters.
            extension: App-defined room extension, JSON text recommended. At most 4096
                characters.
            queue_level: Who may change the room queue: 0 (the default) every member, 1
                only the creator and managers. One of 0, 1.
            delay_close_policy: Scheduled closing: 0 off, 1 close `delay_seconds` after
                it is set whether or not anyone is inside, 2 close once the room has
                stayed empty for `delay_seconds`. One of 0, 1, 2.
            delay_seconds: The delay of the scheduled closing, in seconds.
            in_out_notification: Send a room notification whenever a member enters or
                leaves.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/chatrooms``
        (operation ``v2.chatroom.createChatroom`` in the spec).
        """
        return _cast(
            "V2ChatroomInfo",
            _answer_data(
                await self._client._call(
                    _CREATE_CHATROOM,
                    {
                        "creator": creator,
                        "room_name": room_name,
                        "announcement": announcement,
                        "live_url": live_url,
                        "extension": extension,
                        "queue_level": queue_level,
                        "delay_close_policy": delay_close_policy,
                        "delay_seconds": delay_seconds,
                        "in_out_notification": in_out_notification,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def get_chatroom_address(
        self,
        *,
        room_id: int | str,
        account_id: str,
        client_ip: str | None = None,
        client_type: Literal[1, 2, 3] | None = None,
        ip_type: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomGetChatroomAddressData:
        """Get the addresses a client connects to a chat room with.

        Returns the connection addresses a client uses to enter a chat room as
        `account_id`. Give `client_ip` to get addresses close to the user.

        Args:
            room_id: The chat room id.
            account_id: The account that will enter the room. 1 to 32 characters.
            client_ip: The client's public IP address, used to pick addresses near the
                user. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            client_type: The kind of link: 1 web (the default), 2 native apps, 3 WeChat
                mini program. One of 1, 2, 3. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            ip_type: The kind of IP addresses wanted; the server's default when left
                out. At least 1.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomGetChatroomAddressData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}/actions/address``
        (operation ``v2.chatroom.getChatroomAddress`` in the spec).
        """
        return _cast(
            "V2ChatroomGetChatroomAddressData",
            _answer_data(
                await self._client._call(
                    _GET_CHATROOM_ADDRESS,
                    {
                        "room_id": room_id,
                        "account_id": account_id,
                        "client_ip": client_ip,
                        "client_type": client_type,
                        "ip_type": ip_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def get_chatroom_info(
        self,
        *,
        room_id: int | str,
        need_online_user_count: bool | None = None,
        online_user_count_by_type: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomGetChatroomInfoData:
        """Get a chat room.

        Returns a chat room's settings and state, and, when asked, how many members are
        online in total and per kind of device.

        Args:
            room_id: The chat room id.
            need_online_user_count: Return `online_user_count`; `false` when left out.
                The server's default is False.
            online_user_count_by_type: Return the online counts per kind of device as
                well; `false` when left out. The server's default is False.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomGetChatroomInfoData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}``
        (operation ``v2.chatroom.getChatroomInfo`` in the spec).
        """
        return _cast(
            "V2ChatroomGetChatroomInfoData",
            _answer_data(
                await self._client._call(
                    _GET_CHATROOM_INFO,
                    {
                        "room_id": room_id,
                        "need_online_user_count": need_online_user_count,
                        "online_user_count_by_type": online_user_count_by_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_fixed_members(
        self,
        *,
        room_id: int | str,
        member_roles: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomListFixedMembersData:
        """List the fixed members of a chat room.

        Returns the room's fixed members (creator, managers and ordinary members that
        were given a role), online or not, optionally of some roles only. Guests are not
        fixed members.

        Args:
            room_id: The chat room id.
            member_roles: Only members of these roles (0 ordinary member, 1 creator, 2
                manager); every fixed role when left out. Each at least 0.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomListFixedMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}/actions/list_members``
        (operation ``v2.chatroom.listFixedMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomListFixedMembersData",
            _answer_data(
                await self._client._call(
                    _LIST_FIXED_MEMBERS,
                    {
                        "room_id": room_id,
                        "member_roles": member_roles,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_online_members(
        self,
        *,
        room_id: int | str,
        limit: int,
        offset: int | str | None = None,
        member_roles: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2ChatroomListOnlineMembersData, V2ChatroomMemberInfo]:
        """List the members online in a chat room.

        Returns one page of the members who are in the room now, optionally of some
        roles only. Pass the `offset` of the previous answer to get the next page.

        Args:
            room_id: The chat room id.
            limit: The largest number of members in the page. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            offset: Where the page starts: left out (or 0) for the first page, then the
                `offset` of the previous answer. Iterating the returned page fills it
                in. The server's default is 0.
            member_roles: Only members of these roles (0 ordinary member, 1 creator, 2
                manager, 3 guest, 4 anonymous guest); every role when left out. Each at
                least 0.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2ChatroomListOnlineMembersData),
                `.items` its `items`; iterating the page yields every item
                (V2ChatroomMemberInfo) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/{room_id}/actions/list_online_members``
        (operation ``v2.chatroom.listOnlineMembers`` in the spec).
        """
        return _cast(
            "AsyncPage[V2ChatroomListOnlineMembersData, V2ChatroomMemberInfo]",
            await self._client._page(
                _LIST_ONLINE_MEMBERS,
                {
                    "room_id": room_id,
                    "limit": limit,
                    "offset": offset,
                    "member_roles": member_roles,
                },
                "items",
                "offset",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_open_chatrooms(
        self,
        *,
        creator_account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueryOpenChatroomsData:
        """List the open chat rooms of a creator.

        Returns the ids of the rooms created by `creator_account_id` that are open now.
        The path is spelled `opend_chatrooms` by the API.

        Args:
            creator_account_id: The account whose open rooms are listed. 1 to 32
                characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueryOpenChatroomsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/chatrooms/actions/opend_chatrooms``
        (operation ``v2.chatroom.queryOpenChatrooms`` in the spec).
        """
        return _cast(
            "V2ChatroomQueryOpenChatroomsData",
            _answer_data(
                await self._client._call(
                    _QUERY_OPEN_CHATROOMS,
                    {
                        "creator_account_id": creator_account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def toggle_chatroom_mute(
        self,
        *,
        room_id: int | str,
        operator_account_id: str | None = None,
        chat_banned: bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Mute or unmute a whole chat room.

        Mutes (`chat_banned` true) or unmutes the whole room: while it is muted only the
        creator and managers can send messages. The operator must be the creator or a
        manager.

        Args:
            room_id: The chat room id.
            operator_account_id: The account doing it; the room's creator or a manager.
                1 to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            chat_banned: `true` mutes the room, `false` lifts the mute. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_enabled: Send the members a room notification about it.
            notification_extension: App-defined extension carried by that notification.
                At most 2048 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/chatrooms/{room_id}/actions/chat_banned``
        (operation ``v2.chatroom.toggleChatroomMute`` in the spec).
        """
        await self._client._call(
            _TOGGLE_CHATROOM_MUTE,
            {
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def toggle_in_out_notification(
        self,
        *,
        room_id: int | str,
        in_out_notification: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Turn enter and leave notifications of a chat room on or off.

        Sets whether the members receive a room notification whenever someone enters or
        leaves the room. The switch travels in the query string; the request has no
        body.

        Args:
            room_id: The chat room id.
            in_out_notification: `true` turns the notifications on, `false` off.
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

        Calls ``PATCH /im/v2/chatrooms/{room_id}/actions/in_out_notification``
        (operation ``v2.chatroom.toggleInOutNotification`` in the spec).
        """
        await self._client._call(
            _TOGGLE_IN_OUT_NOTIFICATION,
            {
                "room_id": room_id,
                "in_out_notification": in_out_notification,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def update_chatroom_info(
        self,
        *,
        room_id: int | str,
        room_name: str | None = None,
        announcement: str | None = None,
        live_url: str | None = None,
        extension: str | None = None,
        queue_level: Literal[0, 1] | bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomInfo:
        """Update a chat room.

        Changes a chat room's name, announcement, live-stream URL, extension or queue
        permission; only the keys sent change. With `notification_enabled` the members
        receive a room notification about the change.

        Args:
            room_id: The chat room id.
            room_name: The new room name. At most 128 characters.
            announcement: The new announcement. At most 4096 characters.
            live_url: The new live-stream URL. At most 1024 characters.
            extension: The new app-defined room extension. At most 4096 characters.
            queue_level: Who may change the room queue: 0 every member, 1 only the
                creator and managers. One of 0, 1.
            notification_enabled: Send the members a room notification about the change.
            notification_extension: App-defined extension carried by that notification.
                At most 2048 characters.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/chatrooms/{room_id}``
        (operation ``v2.chatroom.updateChatroomInfo`` in the spec).
        """
        return _cast(
            "V2ChatroomInfo",
            _answer_data(
                await self._client._call(
                    _UPDATE_CHATROOM_INFO,
                    {
                        "room_id": room_id,
                        "room_name": room_name,
                        "announcement": announcement,
                        "live_url": live_url,
                        "extension": extension,
                        "queue_level": queue_level,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_chatroom_status(
        self,
        *,
        room_id: int | str,
        operator_account_id: str,
        valid: bool,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomInfo:
        """Open or close a chat room.

        Opens (`valid` true) or closes (`valid` false) a chat room, and sets its
        scheduled closing. Only the room's creator may do this; closing a room makes
        every member leave it.

        Args:
            room_id: The chat room id.
            operator_account_id: The account doing it; must be the room's creator. 1 to
                32 characters.
            valid: `true` opens the room, `false` closes it.
            delay_close_policy: Scheduled closing: 0 off, 1 close `delay_seconds` after
                it is set, 2 close once the room has stayed empty for `delay_seconds`.
                One of 0, 1, 2.
            delay_seconds: The delay of the scheduled closing, in seconds.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/chatrooms/{room_id}/actions/update_status``
        (operation ``v2.chatroom.updateChatroomStatus`` in the spec).
        """
        return _cast(
            "V2ChatroomInfo",
            _answer_data(
                await self._client._call(
                    _UPDATE_CHATROOM_STATUS,
                    {
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "valid": valid,
                        "delay_close_policy": delay_close_policy,
                        "delay_seconds": delay_seconds,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
