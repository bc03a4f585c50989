# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``chatroom_member`` operations, reached as ``client.v2.chatroom_member``: Chat
room members: roles, room profiles, tags, mutes, the blacklist, kicks and virtual
members.
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
    V2AntispamConfiguration,
    V2ChatroomMemberAddVirtualMembersData,
    V2ChatroomMemberBatchQueryChatroomMembersData,
    V2ChatroomMemberClearVirtualMembersData,
    V2ChatroomMemberDeleteVirtualMembersData,
    V2ChatroomMemberListTaggedMembersData,
    V2ChatroomMemberQueryChatBannedData,
    V2ChatroomMemberQueryChatroomBlacklistData,
    V2ChatroomMemberQueryTaggedMembersCountData,
    V2ChatroomMemberQueryVirtualMembersData,
    V2ChatroomMemberToggleTaggedMembersChatBanData,
    V2ChatroomMemberToggleTempChatBanData,
    V2RoomMemberInfo,
    V2RoomMemberVirtualNew,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ChatroomMemberOperations", "V2ChatroomMemberOperations"]

_ADD_VIRTUAL_MEMBERS = Endpoint(
    "im/v2/room_members/actions/virtual_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One call without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "virtual_members",
            "virtual_members",
            Doubted(
                ListOf(_shapes.V2RoomMemberVirtualNew, min_items=1, max_items=100),
                ListOf(_shapes.V2RoomMemberVirtualNew),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one call may add at most 100 virtual members, the v1 robot call's limit.",
                        "One call with 101 members: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `virtual_members` must be given.",
                    "One call without `virtual_members`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
        Field("notification_enabled", "notification_enabled", Bool(), where="body"),
        Field(
            "notification_extension",
            "notification_extension",
            Str(max_length=2048),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_BATCH_QUERY_CHATROOM_MEMBERS = Endpoint(
    "im/v2/room_members/{room_id}/actions/batch",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one lookup may name at most 200 members, the v1 member query's limit; the v2 page was not readable.",
                        "One lookup with 201 ids: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_CLEAR_VIRTUAL_MEMBERS = Endpoint(
    "im/v2/room_members/actions/clear_virtual_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field("notification_enabled", "notification_enabled", Bool(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_DELETE_VIRTUAL_MEMBERS = Endpoint(
    "im/v2/room_members/actions/virtual_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one call may remove at most 100 virtual members, the v1 robot call's limit.",
                        "One call with 101 ids: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            where="query",
            comma_list=True,
        ),
        Field("notification_enabled", "notification_enabled", Bool(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_KICK_MEMBER = Endpoint(
    "im/v2.1/room_members/{account_id}/actions/kicked",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given; the Java SDK checks nothing, but the call cannot name the room without it.",
                    "One kick without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(max_length=32),
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

_LIST_TAGGED_MEMBERS = Endpoint(
    "im/v2/room_members/{room_id}/actions/list_tag_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("tag", "tag", Str(min_length=1), required=True, where="query"),
        Field(
            "offset",
            "offset",
            Number(integral=True, minimum=0, format="int64", digits=True),
            where="query",
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
                        "Whether `limit` may be at most 100, the v1 tag member query's maximum; the v2 page was not readable.",
                        "One call with limit 101: refused or capped means the limit holds.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `limit` must be given; the Go SDK refuses a call without it.",
                    "One call without `limit`: code 414 means required.",
                ),
            ),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_MODIFY_MEMBER_TAGS = Endpoint(
    "im/v2/room_members/{account_id}/actions/tags",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One tag update without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "tags",
            "tags",
            Doubted(
                ListOf(Str()),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether `tags` is a JSON array (both SDKs, the Apifox example) or text (the Apifox field table).",
                        "One tag update with an array: accepted and read back means the array is right.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `tags` must be given.",
                    "One tag update without `tags`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("notify_target_tags", "notify_target_tags", Str(), where="body"),
        Field(
            "notify_extension", "notify_extension", Str(max_length=2048), where="body"
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_QUERY_CHAT_BANNED = Endpoint(
    "im/v2.1/room_members/{room_id}/actions/chat_banned",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_CHATROOM_BLACKLIST = Endpoint(
    "im/v2.1/room_members/{room_id}/actions/blocked",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_TAGGED_MEMBERS_COUNT = Endpoint(
    "im/v2/room_members/{room_id}/actions/tagged_members_count",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("tag", "tag", Str(min_length=1), required=True, where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_VIRTUAL_MEMBERS = Endpoint(
    "im/v2.1/room_members/actions/virtual_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_SET_MEMBER_ROLE = Endpoint(
    "im/v2/room_members/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One set-role call without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(max_length=32),
            where="body",
        ),
        Field(
            "member_role",
            "member_role",
            Doubted(
                OneOf((0, 2, 3)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `member_role` takes 0, 2 and 3; the values come from a Go SDK comment, the doc page was not readable.",
                        "One call with each value and one with 1: which are refused.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `member_role` must be given.",
                    "One set-role call without `member_role`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("room_nick", "room_nick", Str(), where="body"),
        Field("room_avatar", "room_avatar", Str(), where="body"),
        Field(
            "member_level",
            "member_level",
            Number(integral=True, minimum=0),
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
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
    method="POST",
    rest=True,
    has_body=True,
)

_TOGGLE_BLOCKED = Endpoint(
    "im/v2/room_members/{account_id}/actions/blocked",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One block call without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given.",
                    "One block call without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "blocked",
            "blocked",
            Bool(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `blocked` must be given.",
                    "One block call without `blocked`: code 414 means required.",
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

_TOGGLE_CHAT_BAN = Endpoint(
    "im/v2/room_members/{account_id}/actions/chat_banned",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One mute call without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(max_length=32),
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

_TOGGLE_TAGGED_MEMBERS_CHAT_BAN = Endpoint(
    "im/v2/room_members/actions/chat_banned_tagged_members",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One tagged mute without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given.",
                    "One tagged mute without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "target_tag",
            "target_tag",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `target_tag` must be given.",
                    "One tagged mute without `target_tag`: code 414 means required.",
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
                    "One tagged mute without `chat_banned`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "chat_banned_duration",
            "chat_banned_duration",
            Number(
                integral=True, minimum=0, maximum=2592000, format="int64", digits=True
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
        Field(
            "notification_target_tags", "notification_target_tags", Str(), where="body"
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_TOGGLE_TEMP_CHAT_BAN = Endpoint(
    "im/v2/room_members/{account_id}/actions/temp_chat_banned",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One temporary mute without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given.",
                    "One temporary mute without `operator_account_id`: code 414 means required.",
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
                    "One temporary mute without `chat_banned`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "chat_banned_duration",
            "chat_banned_duration",
            Number(
                integral=True, minimum=0, maximum=2592000, format="int64", digits=True
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

_UPDATE_ONLINE_MEMBER_INFO = Endpoint(
    "im/v2/room_members/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `room_id` must be given.",
                    "One update without `room_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("persistence", "persistence", Bool(), where="body"),
        Field("room_nick", "room_nick", Str(), where="body"),
        Field("room_avatar", "room_avatar", Str(), where="body"),
        Field("extension", "extension", Str(), where="body"),
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


class V2ChatroomMemberOperations:
    """The v2 ``chatroom_member`` operations, reached as ``client.v2.chatroom_member``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_virtual_members(
        self,
        *,
        room_id: int | str | None = None,
        virtual_members: list[V2RoomMemberVirtualNew] | None = None,
        extension: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberAddVirtualMembersData:
        """Add virtual members to a chat room.

        Puts existing IM accounts into a chat room as virtual members, which count as
        online members without a connected client (for example to warm up a new room).
        Each can get its own nickname, avatar and extension in the room. Accounts that
        could not be added come back in `failed_list` with their error.

        Args:
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            virtual_members: The accounts to add and how each shows in the room. At
                least 1 items; at most 100 items. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            extension: App-defined extension of the virtual members; JSON text is
                recommended.
            notification_enabled: Send the room a notification that the virtual members
                entered.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberAddVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/room_members/actions/virtual_members``
        (operation ``v2.chatroom_member.addVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberAddVirtualMembersData",
            _answer_data(
                self._client._call(
                    _ADD_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                        "virtual_members": virtual_members,
                        "extension": extension,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def batch_query_chatroom_members(
        self,
        *,
        room_id: int | str,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberBatchQueryChatroomMembersData:
        """Look up several chat room members.

        Returns the room profile and state of the given accounts in a chat room: fixed
        members whether online or not, guests only while they are in the room. Accounts
        that are not members come back in `failed_list` with their error.

        Args:
            room_id: The chat room id.
            account_ids: The accounts to look up. At least 1 items; at most 200 items;
                each 1 to 32 characters. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberBatchQueryChatroomMembersData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/room_members/{room_id}/actions/batch``
        (operation ``v2.chatroom_member.batchQueryChatroomMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberBatchQueryChatroomMembersData",
            _answer_data(
                self._client._call(
                    _BATCH_QUERY_CHATROOM_MEMBERS,
                    {
                        "room_id": room_id,
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def clear_virtual_members(
        self,
        *,
        room_id: int | str,
        notification_enabled: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberClearVirtualMembersData:
        """Remove every virtual member from a chat room.

        Takes all virtual members out of a chat room and returns how many there were.

        Args:
            room_id: The chat room id.
            notification_enabled: Send the room a notification that the virtual members
                left.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberClearVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/room_members/actions/clear_virtual_members``
        (operation ``v2.chatroom_member.clearVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberClearVirtualMembersData",
            _answer_data(
                self._client._call(
                    _CLEAR_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                        "notification_enabled": notification_enabled,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def delete_virtual_members(
        self,
        *,
        room_id: int | str,
        account_ids: list[str],
        notification_enabled: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberDeleteVirtualMembersData:
        """Remove virtual members from a chat room.

        Takes the given virtual members out of a chat room. Accounts that could not be
        removed come back in `failed_list` with their error.

        Args:
            room_id: The chat room id.
            account_ids: The virtual members to remove. At least 1 items; at most 100
                items; each 1 to 32 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            notification_enabled: Send the room a notification that the virtual members
                left.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberDeleteVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/room_members/actions/virtual_members``
        (operation ``v2.chatroom_member.deleteVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberDeleteVirtualMembersData",
            _answer_data(
                self._client._call(
                    _DELETE_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                        "account_ids": account_ids,
                        "notification_enabled": notification_enabled,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def kick_member(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Kick a member out of a chat room.

        Disconnects a member from a chat room. The member can enter the room again; to
        keep it out, put it on the blacklist (`toggle_blocked`).

        Args:
            account_id: The member to kick out. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters.
            notification_enabled: Send the room a notification that the member was
                kicked out.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2.1/room_members/{account_id}/actions/kicked``
        (operation ``v2.chatroom_member.kickMember`` in the spec).
        """
        self._client._call(
            _KICK_MEMBER,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def list_tagged_members(
        self,
        *,
        room_id: int | str,
        tag: str,
        offset: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2ChatroomMemberListTaggedMembersData, V2RoomMemberInfo]:
        """List the online members with a tag.

        Lists, one page at a time, the members carrying the given tag who are in the
        chat room now. Pass the `offset` of the answer to get the next page, while
        `has_more` is true.

        Args:
            room_id: The chat room id.
            tag: The tag to list. Not empty.
            offset: Where the page starts; 0 for the first page, then the `offset` of
                the previous answer. The server's default is 0.
            limit: The page size, at most 100. At least 1; at most 100. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2ChatroomMemberListTaggedMembersData), `.items` its `items`; iterating
                the page yields every item (V2RoomMemberInfo) of it and of the pages
                after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/room_members/{room_id}/actions/list_tag_members``
        (operation ``v2.chatroom_member.listTaggedMembers`` in the spec).
        """
        return _cast(
            "Page[V2ChatroomMemberListTaggedMembersData, V2RoomMemberInfo]",
            self._client._page(
                _LIST_TAGGED_MEMBERS,
                {
                    "room_id": room_id,
                    "tag": tag,
                    "offset": offset,
                    "limit": limit,
                },
                "items",
                "offset",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def modify_member_tags(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        tags: list[str] | None = None,
        notify_target_tags: str | None = None,
        notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Replace an online member's tags.

        Replaces the tags of a member who is in the chat room now. Tags decide which
        members receive tagged messages and notifications. A tag expression in
        `notify_target_tags` chooses who is told about the change.

        Args:
            account_id: The online member whose tags are replaced. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            tags: The member's new tags; they replace the old ones. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            notify_target_tags: Tag expression choosing who is notified of the change,
                such as `{"tag":"vip"}`.
            notify_extension: Extension text carried by the notification; JSON text is
                recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/tags``
        (operation ``v2.chatroom_member.modifyMemberTags`` in the spec).
        """
        self._client._call(
            _MODIFY_MEMBER_TAGS,
            {
                "account_id": account_id,
                "room_id": room_id,
                "tags": tags,
                "notify_target_tags": notify_target_tags,
                "notify_extension": notify_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def query_chat_banned(
        self,
        *,
        room_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryChatBannedData:
        """List a chat room's muted members.

        Returns every member of the chat room who is muted, with no end time or for a
        while.

        Args:
            room_id: The chat room id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryChatBannedData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/room_members/{room_id}/actions/chat_banned``
        (operation ``v2.chatroom_member.queryChatBanned`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryChatBannedData",
            _answer_data(
                self._client._call(
                    _QUERY_CHAT_BANNED,
                    {
                        "room_id": room_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_chatroom_blacklist(
        self,
        *,
        room_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryChatroomBlacklistData:
        """List a chat room's blacklist.

        Returns every member on the chat room's blacklist.

        Args:
            room_id: The chat room id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryChatroomBlacklistData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/room_members/{room_id}/actions/blocked``
        (operation ``v2.chatroom_member.queryChatroomBlacklist`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryChatroomBlacklistData",
            _answer_data(
                self._client._call(
                    _QUERY_CHATROOM_BLACKLIST,
                    {
                        "room_id": room_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_tagged_members_count(
        self,
        *,
        room_id: int | str,
        tag: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryTaggedMembersCountData:
        """Count the online members with a tag.

        Returns how many members carrying the given tag are in the chat room now.

        Args:
            room_id: The chat room id.
            tag: The tag to count. Not empty.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryTaggedMembersCountData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/room_members/{room_id}/actions/tagged_members_count``
        (operation ``v2.chatroom_member.queryTaggedMembersCount`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryTaggedMembersCountData",
            _answer_data(
                self._client._call(
                    _QUERY_TAGGED_MEMBERS_COUNT,
                    {
                        "room_id": room_id,
                        "tag": tag,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_virtual_members(
        self,
        *,
        room_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryVirtualMembersData:
        """List a chat room's virtual members.

        Returns every virtual member of a chat room.

        Args:
            room_id: The chat room id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/room_members/actions/virtual_members``
        (operation ``v2.chatroom_member.queryVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryVirtualMembersData",
            _answer_data(
                self._client._call(
                    _QUERY_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def set_member_role(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        member_role: Literal[0, 2, 3] | None = None,
        room_nick: str | None = None,
        room_avatar: str | None = None,
        member_level: int | None = None,
        extension: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Set a chat room member's role.

        Makes an account a normal (fixed) member, a manager or a guest of a chat room,
        and can set its nickname, avatar, level and extension in the room at the same
        time. Fixed members and managers stay members when they leave the room; a guest
        belongs to the room only while online. With `notification_enabled` the room
        receives a notification of the change.

        Args:
            account_id: The account whose role changes. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters.
            member_role: The new role: 0 normal member, 2 manager, 3 guest. One of 0, 2,
                3. The spec doubts some of these rules: a value that breaks only those
                is sent, with a SpecDoubtWarning. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            room_nick: The member's nickname in the room.
            room_avatar: The member's avatar URL in the room.
            member_level: The member's app-defined level. At least 0.
            extension: App-defined extension of the member in the room; JSON text is
                recommended.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            antispam_configuration: Content moderation of the nickname, avatar and
                extension written.
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

        Calls ``POST /im/v2/room_members/{account_id}``
        (operation ``v2.chatroom_member.setMemberRole`` in the spec).
        """
        self._client._call(
            _SET_MEMBER_ROLE,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "member_role": member_role,
                "room_nick": room_nick,
                "room_avatar": room_avatar,
                "member_level": member_level,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def toggle_blocked(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        blocked: bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Put a chat room member on the blacklist or take it off.

        Adds a member to the chat room's blacklist, or removes it. A blacklisted member
        is disconnected from the room and can neither enter it again nor send or receive
        its messages until it is taken off.

        Args:
            account_id: The member to put on the blacklist or take off it. 1 to 32
                characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            blocked: `true` puts the member on the blacklist, `false` takes it off.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/blocked``
        (operation ``v2.chatroom_member.toggleBlocked`` in the spec).
        """
        self._client._call(
            _TOGGLE_BLOCKED,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "blocked": blocked,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def toggle_chat_ban(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        chat_banned: bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Mute or unmute a chat room member.

        Mutes a member of a chat room with no end time, or lifts that mute. A muted
        member still receives the room's messages but cannot send any. Lifting this mute
        leaves a temporary mute (see `toggle_temp_chat_ban`) as it was.

        Args:
            account_id: The member to mute or unmute. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            chat_banned: `true` mutes the member, `false` lifts the mute. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/chat_banned``
        (operation ``v2.chatroom_member.toggleChatBan`` in the spec).
        """
        self._client._call(
            _TOGGLE_CHAT_BAN,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def toggle_tagged_members_chat_ban(
        self,
        *,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        target_tag: str | None = None,
        chat_banned: bool | None = None,
        chat_banned_duration: int | str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        notification_target_tags: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberToggleTaggedMembersChatBanData:
        """Mute every online member with a tag for a while.

        Mutes, for `chat_banned_duration` seconds (at most 30 days), every member of the
        chat room who carries `target_tag`, or lifts that mute. The notification goes to
        the members with the tag unless `notification_target_tags` chooses others. The
        answer gives the mute's length.

        Args:
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            target_tag: The tag whose members are muted. Not empty. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            chat_banned: `true` mutes the members with the tag, `false` lifts the mute.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            chat_banned_duration: How long the mute lasts, in seconds, at most 2592000
                (30 days). Required when `chat_banned` is true.
            notification_enabled: Send a notification of the change. The server's
                default is False.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            notification_target_tags: Tag expression choosing who receives the
                notification, such as `{"tag":"newcomer"}`; the members with
                `target_tag` when left out.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberToggleTaggedMembersChatBanData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_members/actions/chat_banned_tagged_members``
        (operation ``v2.chatroom_member.toggleTaggedMembersChatBan`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberToggleTaggedMembersChatBanData",
            _answer_data(
                self._client._call(
                    _TOGGLE_TAGGED_MEMBERS_CHAT_BAN,
                    {
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "target_tag": target_tag,
                        "chat_banned": chat_banned,
                        "chat_banned_duration": chat_banned_duration,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                        "notification_target_tags": notification_target_tags,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def toggle_temp_chat_ban(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        chat_banned: bool | None = None,
        chat_banned_duration: int | str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberToggleTempChatBanData:
        """Mute a chat room member for a while.

        Mutes a member of a chat room for `chat_banned_duration` seconds (at most 30
        days), or lifts a temporary mute. A new temporary mute replaces the end time of
        the previous one; durations do not add up. The answer gives the mute's length.

        Args:
            account_id: The member to mute or unmute. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            chat_banned: `true` mutes the member, `false` lifts the temporary mute.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            chat_banned_duration: How long the mute lasts, in seconds, at most 2592000
                (30 days). Required when `chat_banned` is true.
            notification_enabled: Send the room a notification of the change. The
                server's default is False.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberToggleTempChatBanData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/temp_chat_banned``
        (operation ``v2.chatroom_member.toggleTempChatBan`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberToggleTempChatBanData",
            _answer_data(
                self._client._call(
                    _TOGGLE_TEMP_CHAT_BAN,
                    {
                        "account_id": account_id,
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "chat_banned": chat_banned,
                        "chat_banned_duration": chat_banned_duration,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_online_member_info(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        persistence: bool | None = None,
        room_nick: str | None = None,
        room_avatar: str | None = None,
        extension: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2RoomMemberInfo:
        """Update an online member's room profile.

        Changes the nickname, avatar or extension that a member who is in the room now
        shows there, and returns the member. Only the keys sent change. With
        `persistence` a fixed member's change is also stored, so that it outlives the
        member's stay in the room; otherwise it lasts until the member leaves.

        Args:
            account_id: The member whose room profile changes. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            persistence: Store the change for a fixed member as well, not only for the
                current stay in the room.
            room_nick: The new nickname in the room.
            room_avatar: The new avatar URL in the room.
            extension: The new app-defined extension in the room; JSON text is
                recommended.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            antispam_configuration: Content moderation of the nickname, avatar and
                extension written.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2RoomMemberInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_members/{account_id}``
        (operation ``v2.chatroom_member.updateOnlineMemberInfo`` in the spec).
        """
        return _cast(
            "V2RoomMemberInfo",
            _answer_data(
                self._client._call(
                    _UPDATE_ONLINE_MEMBER_INFO,
                    {
                        "account_id": account_id,
                        "room_id": room_id,
                        "persistence": persistence,
                        "room_nick": room_nick,
                        "room_avatar": room_avatar,
                        "extension": extension,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ChatroomMemberOperations:
    """The v2 ``chatroom_member`` operations, reached as ``client.v2.chatroom_member`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_virtual_members(
        self,
        *,
        room_id: int | str | None = None,
        virtual_members: list[V2RoomMemberVirtualNew] | None = None,
        extension: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberAddVirtualMembersData:
        """Add virtual members to a chat room.

        Puts existing IM accounts into a chat room as virtual members, which count as
        online members without a connected client (for example to warm up a new room).
        Each can get its own nickname, avatar and extension in the room. Accounts that
        could not be added come back in `failed_list` with their error.

        Args:
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            virtual_members: The accounts to add and how each shows in the room. At
                least 1 items; at most 100 items. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            extension: App-defined extension of the virtual members; JSON text is
                recommended.
            notification_enabled: Send the room a notification that the virtual members
                entered.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberAddVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/room_members/actions/virtual_members``
        (operation ``v2.chatroom_member.addVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberAddVirtualMembersData",
            _answer_data(
                await self._client._call(
                    _ADD_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                        "virtual_members": virtual_members,
                        "extension": extension,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def batch_query_chatroom_members(
        self,
        *,
        room_id: int | str,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberBatchQueryChatroomMembersData:
        """Look up several chat room members.

        Returns the room profile and state of the given accounts in a chat room: fixed
        members whether online or not, guests only while they are in the room. Accounts
        that are not members come back in `failed_list` with their error.

        Args:
            room_id: The chat room id.
            account_ids: The accounts to look up. At least 1 items; at most 200 items;
                each 1 to 32 characters. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberBatchQueryChatroomMembersData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/room_members/{room_id}/actions/batch``
        (operation ``v2.chatroom_member.batchQueryChatroomMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberBatchQueryChatroomMembersData",
            _answer_data(
                await self._client._call(
                    _BATCH_QUERY_CHATROOM_MEMBERS,
                    {
                        "room_id": room_id,
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def clear_virtual_members(
        self,
        *,
        room_id: int | str,
        notification_enabled: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberClearVirtualMembersData:
        """Remove every virtual member from a chat room.

        Takes all virtual members out of a chat room and returns how many there were.

        Args:
            room_id: The chat room id.
            notification_enabled: Send the room a notification that the virtual members
                left.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberClearVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/room_members/actions/clear_virtual_members``
        (operation ``v2.chatroom_member.clearVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberClearVirtualMembersData",
            _answer_data(
                await self._client._call(
                    _CLEAR_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                        "notification_enabled": notification_enabled,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def delete_virtual_members(
        self,
        *,
        room_id: int | str,
        account_ids: list[str],
        notification_enabled: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberDeleteVirtualMembersData:
        """Remove virtual members from a chat room.

        Takes the given virtual members out of a chat room. Accounts that could not be
        removed come back in `failed_list` with their error.

        Args:
            room_id: The chat room id.
            account_ids: The virtual members to remove. At least 1 items; at most 100
                items; each 1 to 32 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            notification_enabled: Send the room a notification that the virtual members
                left.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberDeleteVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/room_members/actions/virtual_members``
        (operation ``v2.chatroom_member.deleteVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberDeleteVirtualMembersData",
            _answer_data(
                await self._client._call(
                    _DELETE_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                        "account_ids": account_ids,
                        "notification_enabled": notification_enabled,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def kick_member(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Kick a member out of a chat room.

        Disconnects a member from a chat room. The member can enter the room again; to
        keep it out, put it on the blacklist (`toggle_blocked`).

        Args:
            account_id: The member to kick out. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters.
            notification_enabled: Send the room a notification that the member was
                kicked out.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2.1/room_members/{account_id}/actions/kicked``
        (operation ``v2.chatroom_member.kickMember`` in the spec).
        """
        await self._client._call(
            _KICK_MEMBER,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def list_tagged_members(
        self,
        *,
        room_id: int | str,
        tag: str,
        offset: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2ChatroomMemberListTaggedMembersData, V2RoomMemberInfo]:
        """List the online members with a tag.

        Lists, one page at a time, the members carrying the given tag who are in the
        chat room now. Pass the `offset` of the answer to get the next page, while
        `has_more` is true.

        Args:
            room_id: The chat room id.
            tag: The tag to list. Not empty.
            offset: Where the page starts; 0 for the first page, then the `offset` of
                the previous answer. The server's default is 0.
            limit: The page size, at most 100. At least 1; at most 100. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2ChatroomMemberListTaggedMembersData), `.items` its `items`; iterating
                the page yields every item (V2RoomMemberInfo) of it and of the pages
                after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/room_members/{room_id}/actions/list_tag_members``
        (operation ``v2.chatroom_member.listTaggedMembers`` in the spec).
        """
        return _cast(
            "AsyncPage[V2ChatroomMemberListTaggedMembersData, V2RoomMemberInfo]",
            await self._client._page(
                _LIST_TAGGED_MEMBERS,
                {
                    "room_id": room_id,
                    "tag": tag,
                    "offset": offset,
                    "limit": limit,
                },
                "items",
                "offset",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def modify_member_tags(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        tags: list[str] | None = None,
        notify_target_tags: str | None = None,
        notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Replace an online member's tags.

        Replaces the tags of a member who is in the chat room now. Tags decide which
        members receive tagged messages and notifications. A tag expression in
        `notify_target_tags` chooses who is told about the change.

        Args:
            account_id: The online member whose tags are replaced. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            tags: The member's new tags; they replace the old ones. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            notify_target_tags: Tag expression choosing who is notified of the change,
                such as `{"tag":"vip"}`.
            notify_extension: Extension text carried by the notification; JSON text is
                recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/tags``
        (operation ``v2.chatroom_member.modifyMemberTags`` in the spec).
        """
        await self._client._call(
            _MODIFY_MEMBER_TAGS,
            {
                "account_id": account_id,
                "room_id": room_id,
                "tags": tags,
                "notify_target_tags": notify_target_tags,
                "notify_extension": notify_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def query_chat_banned(
        self,
        *,
        room_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryChatBannedData:
        """List a chat room's muted members.

        Returns every member of the chat room who is muted, with no end time or for a
        while.

        Args:
            room_id: The chat room id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryChatBannedData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/room_members/{room_id}/actions/chat_banned``
        (operation ``v2.chatroom_member.queryChatBanned`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryChatBannedData",
            _answer_data(
                await self._client._call(
                    _QUERY_CHAT_BANNED,
                    {
                        "room_id": room_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_chatroom_blacklist(
        self,
        *,
        room_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryChatroomBlacklistData:
        """List a chat room's blacklist.

        Returns every member on the chat room's blacklist.

        Args:
            room_id: The chat room id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryChatroomBlacklistData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/room_members/{room_id}/actions/blocked``
        (operation ``v2.chatroom_member.queryChatroomBlacklist`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryChatroomBlacklistData",
            _answer_data(
                await self._client._call(
                    _QUERY_CHATROOM_BLACKLIST,
                    {
                        "room_id": room_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_tagged_members_count(
        self,
        *,
        room_id: int | str,
        tag: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryTaggedMembersCountData:
        """Count the online members with a tag.

        Returns how many members carrying the given tag are in the chat room now.

        Args:
            room_id: The chat room id.
            tag: The tag to count. Not empty.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryTaggedMembersCountData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/room_members/{room_id}/actions/tagged_members_count``
        (operation ``v2.chatroom_member.queryTaggedMembersCount`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryTaggedMembersCountData",
            _answer_data(
                await self._client._call(
                    _QUERY_TAGGED_MEMBERS_COUNT,
                    {
                        "room_id": room_id,
                        "tag": tag,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_virtual_members(
        self,
        *,
        room_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberQueryVirtualMembersData:
        """List a chat room's virtual members.

        Returns every virtual member of a chat room.

        Args:
            room_id: The chat room id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberQueryVirtualMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/room_members/actions/virtual_members``
        (operation ``v2.chatroom_member.queryVirtualMembers`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberQueryVirtualMembersData",
            _answer_data(
                await self._client._call(
                    _QUERY_VIRTUAL_MEMBERS,
                    {
                        "room_id": room_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def set_member_role(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        member_role: Literal[0, 2, 3] | None = None,
        room_nick: str | None = None,
        room_avatar: str | None = None,
        member_level: int | None = None,
        extension: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Set a chat room member's role.

        Makes an account a normal (fixed) member, a manager or a guest of a chat room,
        and can set its nickname, avatar, level and extension in the room at the same
        time. Fixed members and managers stay members when they leave the room; a guest
        belongs to the room only while online. With `notification_enabled` the room
        receives a notification of the change.

        Args:
            account_id: The account whose role changes. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters.
            member_role: The new role: 0 normal member, 2 manager, 3 guest. One of 0, 2,
                3. The spec doubts some of these rules: a value that breaks only those
                is sent, with a SpecDoubtWarning. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            room_nick: The member's nickname in the room.
            room_avatar: The member's avatar URL in the room.
            member_level: The member's app-defined level. At least 0.
            extension: App-defined extension of the member in the room; JSON text is
                recommended.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            antispam_configuration: Content moderation of the nickname, avatar and
                extension written.
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

        Calls ``POST /im/v2/room_members/{account_id}``
        (operation ``v2.chatroom_member.setMemberRole`` in the spec).
        """
        await self._client._call(
            _SET_MEMBER_ROLE,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "member_role": member_role,
                "room_nick": room_nick,
                "room_avatar": room_avatar,
                "member_level": member_level,
                "extension": extension,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
                "antispam_configuration": antispam_configuration,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def toggle_blocked(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        blocked: bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Put a chat room member on the blacklist or take it off.

        Adds a member to the chat room's blacklist, or removes it. A blacklisted member
        is disconnected from the room and can neither enter it again nor send or receive
        its messages until it is taken off.

        Args:
            account_id: The member to put on the blacklist or take off it. 1 to 32
                characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            blocked: `true` puts the member on the blacklist, `false` takes it off.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/blocked``
        (operation ``v2.chatroom_member.toggleBlocked`` in the spec).
        """
        await self._client._call(
            _TOGGLE_BLOCKED,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "blocked": blocked,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def toggle_chat_ban(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        chat_banned: bool | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Mute or unmute a chat room member.

        Mutes a member of a chat room with no end time, or lifts that mute. A muted
        member still receives the room's messages but cannot send any. Lifting this mute
        leaves a temporary mute (see `toggle_temp_chat_ban`) as it was.

        Args:
            account_id: The member to mute or unmute. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            chat_banned: `true` mutes the member, `false` lifts the mute. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
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

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/chat_banned``
        (operation ``v2.chatroom_member.toggleChatBan`` in the spec).
        """
        await self._client._call(
            _TOGGLE_CHAT_BAN,
            {
                "account_id": account_id,
                "room_id": room_id,
                "operator_account_id": operator_account_id,
                "chat_banned": chat_banned,
                "notification_enabled": notification_enabled,
                "notification_extension": notification_extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def toggle_tagged_members_chat_ban(
        self,
        *,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        target_tag: str | None = None,
        chat_banned: bool | None = None,
        chat_banned_duration: int | str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        notification_target_tags: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberToggleTaggedMembersChatBanData:
        """Mute every online member with a tag for a while.

        Mutes, for `chat_banned_duration` seconds (at most 30 days), every member of the
        chat room who carries `target_tag`, or lifts that mute. The notification goes to
        the members with the tag unless `notification_target_tags` chooses others. The
        answer gives the mute's length.

        Args:
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            target_tag: The tag whose members are muted. Not empty. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            chat_banned: `true` mutes the members with the tag, `false` lifts the mute.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            chat_banned_duration: How long the mute lasts, in seconds, at most 2592000
                (30 days). Required when `chat_banned` is true.
            notification_enabled: Send a notification of the change. The server's
                default is False.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            notification_target_tags: Tag expression choosing who receives the
                notification, such as `{"tag":"newcomer"}`; the members with
                `target_tag` when left out.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberToggleTaggedMembersChatBanData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_members/actions/chat_banned_tagged_members``
        (operation ``v2.chatroom_member.toggleTaggedMembersChatBan`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberToggleTaggedMembersChatBanData",
            _answer_data(
                await self._client._call(
                    _TOGGLE_TAGGED_MEMBERS_CHAT_BAN,
                    {
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "target_tag": target_tag,
                        "chat_banned": chat_banned,
                        "chat_banned_duration": chat_banned_duration,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                        "notification_target_tags": notification_target_tags,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def toggle_temp_chat_ban(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        operator_account_id: str | None = None,
        chat_banned: bool | None = None,
        chat_banned_duration: int | str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomMemberToggleTempChatBanData:
        """Mute a chat room member for a while.

        Mutes a member of a chat room for `chat_banned_duration` seconds (at most 30
        days), or lifts a temporary mute. A new temporary mute replaces the end time of
        the previous one; durations do not add up. The answer gives the mute's length.

        Args:
            account_id: The member to mute or unmute. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            operator_account_id: The account making the change, the room's creator or a
                manager. At most 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            chat_banned: `true` mutes the member, `false` lifts the temporary mute.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            chat_banned_duration: How long the mute lasts, in seconds, at most 2592000
                (30 days). Required when `chat_banned` is true.
            notification_enabled: Send the room a notification of the change. The
                server's default is False.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomMemberToggleTempChatBanData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_members/{account_id}/actions/temp_chat_banned``
        (operation ``v2.chatroom_member.toggleTempChatBan`` in the spec).
        """
        return _cast(
            "V2ChatroomMemberToggleTempChatBanData",
            _answer_data(
                await self._client._call(
                    _TOGGLE_TEMP_CHAT_BAN,
                    {
                        "account_id": account_id,
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "chat_banned": chat_banned,
                        "chat_banned_duration": chat_banned_duration,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_online_member_info(
        self,
        *,
        account_id: str,
        room_id: int | str | None = None,
        persistence: bool | None = None,
        room_nick: str | None = None,
        room_avatar: str | None = None,
        extension: str | None = None,
        notification_enabled: bool | None = None,
        notification_extension: str | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2RoomMemberInfo:
        """Update an online member's room profile.

        Changes the nickname, avatar or extension that a member who is in the room now
        shows there, and returns the member. Only the keys sent change. With
        `persistence` a fixed member's change is also stored, so that it outlives the
        member's stay in the room; otherwise it lasts until the member leaves.

        Args:
            account_id: The member whose room profile changes. 1 to 32 characters.
            room_id: The chat room id. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            persistence: Store the change for a fixed member as well, not only for the
                current stay in the room.
            room_nick: The new nickname in the room.
            room_avatar: The new avatar URL in the room.
            extension: The new app-defined extension in the room; JSON text is
                recommended.
            notification_enabled: Send the room a notification of the change.
            notification_extension: Extension text carried by the notification; JSON
                text is recommended. At most 2048 characters.
            antispam_configuration: Content moderation of the nickname, avatar and
                extension written.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2RoomMemberInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_members/{account_id}``
        (operation ``v2.chatroom_member.updateOnlineMemberInfo`` in the spec).
        """
        return _cast(
            "V2RoomMemberInfo",
            _answer_data(
                await self._client._call(
                    _UPDATE_ONLINE_MEMBER_INFO,
                    {
                        "account_id": account_id,
                        "room_id": room_id,
                        "persistence": persistence,
                        "room_nick": room_nick,
                        "room_avatar": room_avatar,
                        "extension": extension,
                        "notification_enabled": notification_enabled,
                        "notification_extension": notification_extension,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
