# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``signal`` operations, reached as ``client.v2.signal``: Signalling rooms used to
set up audio and video calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2SignalPushConfig,
    V2SignalRoomInfo,
    V2SignalRouteConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2SignalOperations", "V2SignalOperations"]

_CANCEL_INVITE = Endpoint(
    "im/v2/signalling_room/actions/cancel_invite",
    (
        Field(
            "channel_id",
            "channel_id",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channel_id` must be given; from the Java SDK comments only (必选).",
                    "One cancellation without `channel_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "inviter_account_id",
            "inviter_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `inviter_account_id` must be given; from the Java SDK comments only (必选).",
                    "One cancellation without `inviter_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "invitee_account_id",
            "invitee_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `invitee_account_id` must be given; from the Java SDK comments only (必选).",
                    "One cancellation without `invitee_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "request_id",
            "request_id",
            Str(min_length=1, max_length=128),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `request_id` must be given; from the Java SDK comments only (必选).",
                    "One cancellation without `request_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "server_extension", "server_extension", Str(max_length=4096), where="body"
        ),
        Field("offline_enabled", "offline_enabled", Bool(), where="body"),
        Field("unread_enabled", "unread_enabled", Bool(), where="body"),
        Field("push_config", "push_config", _shapes.V2SignalPushConfig, where="body"),
        Field(
            "route_config", "route_config", _shapes.V2SignalRouteConfig, where="body"
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_CLOSE_ROOM = Endpoint(
    "im/v2/signalling_room",
    (
        Field(
            "channel_id", "channel_id", Str(min_length=1), required=True, where="query"
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "server_extension", "server_extension", Str(max_length=4096), where="query"
        ),
        Field("offline_enabled", "offline_enabled", Bool(), where="query"),
        Field("route_enabled", "route_enabled", Bool(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_CREATE_ROOM = Endpoint(
    "im/v2/signalling_room",
    (
        Field(
            "channel_name",
            "channel_name",
            Doubted(
                Str(max_length=128),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `channel_name` may be at most 128 characters, the v1 call's limit.",
                        "One creation with a 129-character name: refused means the limit holds.",
                    ),
                ),
            ),
            where="body",
        ),
        Field(
            "creator_account_id",
            "creator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `creator_account_id` must be given; the SDKs mark no field, the creator is required in the v1 call.",
                    "One room creation without `creator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "channel_type",
            "channel_type",
            Doubted(
                OneOf((1, 2, 3)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `channel_type` takes 1, 2 and 3 as the v1 call does; the SDKs give only an integer.",
                        "One creation per value and one with 4: which are refused.",
                    ),
                ),
            ),
            where="body",
        ),
        Field(
            "channel_extension",
            "channel_extension",
            Doubted(
                Str(max_length=4096),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `channel_extension` may be at most 4096 characters, the v1 call's limit.",
                        "One creation with 4097 characters: refused means the limit holds.",
                    ),
                ),
            ),
            where="body",
        ),
        Field(
            "route_config", "route_config", _shapes.V2SignalRouteConfig, where="body"
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_DELAY_ROOM = Endpoint(
    "im/v2/signalling_room",
    (
        Field(
            "channel_id", "channel_id", Str(min_length=1), required=True, where="query"
        ),
    ),
    method="PUT",
    rest=True,
)

_INVITE = Endpoint(
    "im/v2/signalling_room/actions/invite",
    (
        Field(
            "channel_id",
            "channel_id",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channel_id` must be given; from the Java SDK comments only (必选).",
                    "One invitation without `channel_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "inviter_account_id",
            "inviter_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `inviter_account_id` must be given; from the Java SDK comments only (必选).",
                    "One invitation without `inviter_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "invitee_account_id",
            "invitee_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `invitee_account_id` must be given; from the Java SDK comments only (必选).",
                    "One invitation without `invitee_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "request_id",
            "request_id",
            Str(min_length=1, max_length=128),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `request_id` must be given; from the Java SDK comments only (必选).",
                    "One invitation without `request_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "server_extension", "server_extension", Str(max_length=4096), where="body"
        ),
        Field(
            "route_config", "route_config", _shapes.V2SignalRouteConfig, where="body"
        ),
        Field("offline_enabled", "offline_enabled", Bool(), where="body"),
        Field("unread_enabled", "unread_enabled", Bool(), where="body"),
        Field("push_config", "push_config", _shapes.V2SignalPushConfig, where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_KICK_MEMBER = Endpoint(
    "im/v2/signalling_room/actions/kick",
    (
        Field(
            "channel_id",
            "channel_id",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channel_id` must be given; from the Java SDK comments only (必选).",
                    "One kick without `channel_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given; from the Java SDK comments only (必选).",
                    "One kick without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "target_account_id",
            "target_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `target_account_id` must be given; from the Java SDK comments only (必选).",
                    "One kick without `target_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "server_extension", "server_extension", Str(max_length=4096), where="body"
        ),
        Field("offline_enabled", "offline_enabled", Bool(), where="body"),
        Field(
            "route_config", "route_config", _shapes.V2SignalRouteConfig, where="body"
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_QUERY_ROOM = Endpoint(
    "im/v2/signalling_room",
    (
        Field("channel_id", "channel_id", Str(min_length=1), where="query"),
        Field(
            "channel_name",
            "channel_name",
            Str(min_length=1, max_length=128),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_SEND_CONTROL = Endpoint(
    "im/v2/signalling_room/actions/control",
    (
        Field(
            "channel_id",
            "channel_id",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channel_id` must be given; from the Java SDK comments only (必选).",
                    "One control call without `channel_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given; from the Java SDK comments only (必选).",
                    "One control call without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "target_account_id", "target_account_id", Str(max_length=32), where="body"
        ),
        Field(
            "server_extension", "server_extension", Str(max_length=4096), where="body"
        ),
        Field(
            "route_config", "route_config", _shapes.V2SignalRouteConfig, where="body"
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)


class V2SignalOperations:
    """The v2 ``signal`` operations, reached as ``client.v2.signal``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def cancel_invite(
        self,
        *,
        channel_id: str | None = None,
        inviter_account_id: str | None = None,
        invitee_account_id: str | None = None,
        request_id: str | None = None,
        server_extension: str | None = None,
        offline_enabled: bool | None = None,
        unread_enabled: bool | None = None,
        push_config: V2SignalPushConfig | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Withdraw an invitation into a signalling room.

        Withdraws an invitation that has not been answered yet. The invitation is named
        by the room, both accounts and the `request_id` given when inviting; the invitee
        is notified.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter_account_id: The account that sent the invitation. 1 to 32
                characters. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            invitee_account_id: The account that was invited. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: The id given to the invitation when it was sent. 1 to 128
                characters. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            server_extension: Extension text sent to the invitee with the withdrawal. At
                most 4096 characters.
            offline_enabled: Keep the withdrawal notice for the invitee when it is
                offline now; `false` when left out. The server's default is False.
            unread_enabled: Count the notice in the invitee's unread count; `true` when
                left out. The server's default is True.
            push_config: The offline push notification sent to the invited account.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/cancel_invite``
        (operation ``v2.signal.cancelInvite`` in the spec).
        """
        self._client._call(
            _CANCEL_INVITE,
            {
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def close_room(
        self,
        *,
        channel_id: str,
        operator_account_id: str,
        server_extension: str | None = None,
        offline_enabled: bool | None = None,
        route_enabled: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Close a signalling room.

        Closes a signalling room on behalf of its creator or one of its members, ending
        it for everyone in it; the members are notified with `server_extension`. All
        values travel in the query string.

        Args:
            channel_id: The id of the room to close. Not empty.
            operator_account_id: The account that closes the room; it must be the
                creator or a member. 1 to 32 characters.
            server_extension: Extension text sent to the members with the close notice.
                At most 4096 characters.
            offline_enabled: Keep the close notice for members who are offline now;
                `false` when left out. The server's default is False.
            route_enabled: Copy the event to the app server (消息抄送); `false` when left
                out. The server's default is False.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``DELETE /im/v2/signalling_room``
        (operation ``v2.signal.closeRoom`` in the spec).
        """
        self._client._call(
            _CLOSE_ROOM,
            {
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_enabled": route_enabled,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def create_room(
        self,
        *,
        channel_name: str | None = None,
        creator_account_id: str | None = None,
        channel_type: Literal[1, 2, 3] | None = None,
        channel_extension: str | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SignalRoomInfo:
        """Create a signalling room.

        Creates a signalling room that accounts can then be invited into to set up a
        call, and returns it with its server-given `channel_id`. A room lapses at
        `expire_time` unless it is extended with `delayRoom`.

        Args:
            channel_name: The room's name; the server makes one up when left out. At
                most 128 characters. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            creator_account_id: The account that creates the room. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            channel_type: The kind of room: 1 audio, 2 video, 3 custom. One of 1, 2, 3.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            channel_extension: App-defined extension stored with the room. At most 4096
                characters. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SignalRoomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room``
        (operation ``v2.signal.createRoom`` in the spec).
        """
        return _cast(
            "V2SignalRoomInfo",
            _answer_data(
                self._client._call(
                    _CREATE_ROOM,
                    {
                        "channel_name": channel_name,
                        "creator_account_id": creator_account_id,
                        "channel_type": channel_type,
                        "channel_extension": channel_extension,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def delay_room(
        self,
        *,
        channel_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SignalRoomInfo:
        """Extend a signalling room's lifetime.

        Pushes back the time at which a signalling room lapses and returns the room with
        its new `expire_time`. The request has no body.

        Args:
            channel_id: The id of the room to extend. Not empty.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SignalRoomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``PUT /im/v2/signalling_room``
        (operation ``v2.signal.delayRoom`` in the spec).
        """
        return _cast(
            "V2SignalRoomInfo",
            _answer_data(
                self._client._call(
                    _DELAY_ROOM,
                    {
                        "channel_id": channel_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def invite(
        self,
        *,
        channel_id: str | None = None,
        inviter_account_id: str | None = None,
        invitee_account_id: str | None = None,
        request_id: str | None = None,
        server_extension: str | None = None,
        route_config: V2SignalRouteConfig | None = None,
        offline_enabled: bool | None = None,
        unread_enabled: bool | None = None,
        push_config: V2SignalPushConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Invite an account into a signalling room.

        Sends an invitation to join a signalling room from one account in it to another
        account. `request_id` names the invitation, so that it can be withdrawn with
        `cancelInvite`. The invitee can be reached by an offline push as `push_config`
        says.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter_account_id: The account that invites; it must be the creator or a
                member. 1 to 32 characters. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            invitee_account_id: The account invited. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: An id the caller gives the invitation, used again to withdraw
                it. 1 to 128 characters. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            server_extension: Extension text sent to the invitee with the invitation. At
                most 4096 characters.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            offline_enabled: Keep the invitation for the invitee when it is offline now;
                `false` when left out. The server's default is False.
            unread_enabled: Count the invitation in the invitee's unread count; `true`
                when left out. The server's default is True.
            push_config: The offline push notification sent to the invited account.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/invite``
        (operation ``v2.signal.invite`` in the spec).
        """
        self._client._call(
            _INVITE,
            {
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "route_config": route_config,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def kick_member(
        self,
        *,
        channel_id: str | None = None,
        operator_account_id: str | None = None,
        target_account_id: str | None = None,
        server_extension: str | None = None,
        offline_enabled: bool | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Remove a member from a signalling room.

        Removes one member from a signalling room; only the room's creator may do so.
        The removed member is notified with `server_extension`.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            operator_account_id: The account that removes the member; it must be the
                room's creator. 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            target_account_id: The member to remove. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            server_extension: Extension text sent with the removal notice. At most 4096
                characters.
            offline_enabled: Keep the removal notice for members who are offline now;
                `false` when left out. The server's default is False.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/kick``
        (operation ``v2.signal.kickMember`` in the spec).
        """
        self._client._call(
            _KICK_MEMBER,
            {
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def query_room(
        self,
        *,
        channel_id: str | None = None,
        channel_name: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SignalRoomInfo:
        """Look up a signalling room.

        Returns a signalling room and its current members, found by `channel_id` or by
        `channel_name`. Give one of the two; when both are given the id is used.

        Args:
            channel_id: The id of the room; takes precedence over `channel_name`. Not
                empty.
            channel_name: The name of the room, when its id is not at hand. 1 to 128
                characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SignalRoomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``GET /im/v2/signalling_room``
        (operation ``v2.signal.queryRoom`` in the spec).
        """
        return _cast(
            "V2SignalRoomInfo",
            _answer_data(
                self._client._call(
                    _QUERY_ROOM,
                    {
                        "channel_id": channel_id,
                        "channel_name": channel_name,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def send_control(
        self,
        *,
        channel_id: str | None = None,
        operator_account_id: str | None = None,
        target_account_id: str | None = None,
        server_extension: str | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Send a control command in a signalling room.

        Sends an app-defined control command (carried in `server_extension`) inside a
        signalling room, to one member or, when `target_account_id` is left out, to
        everyone in the room.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            operator_account_id: The account that sends the command; it must be the
                creator or a member. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            target_account_id: The member to send the command to; everyone in the room
                when left out. At most 32 characters.
            server_extension: The command itself, as app-defined text. At most 4096
                characters.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/control``
        (operation ``v2.signal.sendControl`` in the spec).
        """
        self._client._call(
            _SEND_CONTROL,
            {
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )


class AsyncV2SignalOperations:
    """The v2 ``signal`` operations, reached as ``client.v2.signal`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def cancel_invite(
        self,
        *,
        channel_id: str | None = None,
        inviter_account_id: str | None = None,
        invitee_account_id: str | None = None,
        request_id: str | None = None,
        server_extension: str | None = None,
        offline_enabled: bool | None = None,
        unread_enabled: bool | None = None,
        push_config: V2SignalPushConfig | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Withdraw an invitation into a signalling room.

        Withdraws an invitation that has not been answered yet. The invitation is named
        by the room, both accounts and the `request_id` given when inviting; the invitee
        is notified.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter_account_id: The account that sent the invitation. 1 to 32
                characters. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            invitee_account_id: The account that was invited. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: The id given to the invitation when it was sent. 1 to 128
                characters. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            server_extension: Extension text sent to the invitee with the withdrawal. At
                most 4096 characters.
            offline_enabled: Keep the withdrawal notice for the invitee when it is
                offline now; `false` when left out. The server's default is False.
            unread_enabled: Count the notice in the invitee's unread count; `true` when
                left out. The server's default is True.
            push_config: The offline push notification sent to the invited account.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/cancel_invite``
        (operation ``v2.signal.cancelInvite`` in the spec).
        """
        await self._client._call(
            _CANCEL_INVITE,
            {
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def close_room(
        self,
        *,
        channel_id: str,
        operator_account_id: str,
        server_extension: str | None = None,
        offline_enabled: bool | None = None,
        route_enabled: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Close a signalling room.

        Closes a signalling room on behalf of its creator or one of its members, ending
        it for everyone in it; the members are notified with `server_extension`. All
        values travel in the query string.

        Args:
            channel_id: The id of the room to close. Not empty.
            operator_account_id: The account that closes the room; it must be the
                creator or a member. 1 to 32 characters.
            server_extension: Extension text sent to the members with the close notice.
                At most 4096 characters.
            offline_enabled: Keep the close notice for members who are offline now;
                `false` when left out. The server's default is False.
            route_enabled: Copy the event to the app server (消息抄送); `false` when left
                out. The server's default is False.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``DELETE /im/v2/signalling_room``
        (operation ``v2.signal.closeRoom`` in the spec).
        """
        await self._client._call(
            _CLOSE_ROOM,
            {
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_enabled": route_enabled,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def create_room(
        self,
        *,
        channel_name: str | None = None,
        creator_account_id: str | None = None,
        channel_type: Literal[1, 2, 3] | None = None,
        channel_extension: str | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SignalRoomInfo:
        """Create a signalling room.

        Creates a signalling room that accounts can then be invited into to set up a
        call, and returns it with its server-given `channel_id`. A room lapses at
        `expire_time` unless it is extended with `delayRoom`.

        Args:
            channel_name: The room's name; the server makes one up when left out. At
                most 128 characters. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            creator_account_id: The account that creates the room. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            channel_type: The kind of room: 1 audio, 2 video, 3 custom. One of 1, 2, 3.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            channel_extension: App-defined extension stored with the room. At most 4096
                characters. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SignalRoomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room``
        (operation ``v2.signal.createRoom`` in the spec).
        """
        return _cast(
            "V2SignalRoomInfo",
            _answer_data(
                await self._client._call(
                    _CREATE_ROOM,
                    {
                        "channel_name": channel_name,
                        "creator_account_id": creator_account_id,
                        "channel_type": channel_type,
                        "channel_extension": channel_extension,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def delay_room(
        self,
        *,
        channel_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SignalRoomInfo:
        """Extend a signalling room's lifetime.

        Pushes back the time at which a signalling room lapses and returns the room with
        its new `expire_time`. The request has no body.

        Args:
            channel_id: The id of the room to extend. Not empty.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SignalRoomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``PUT /im/v2/signalling_room``
        (operation ``v2.signal.delayRoom`` in the spec).
        """
        return _cast(
            "V2SignalRoomInfo",
            _answer_data(
                await self._client._call(
                    _DELAY_ROOM,
                    {
                        "channel_id": channel_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def invite(
        self,
        *,
        channel_id: str | None = None,
        inviter_account_id: str | None = None,
        invitee_account_id: str | None = None,
        request_id: str | None = None,
        server_extension: str | None = None,
        route_config: V2SignalRouteConfig | None = None,
        offline_enabled: bool | None = None,
        unread_enabled: bool | None = None,
        push_config: V2SignalPushConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Invite an account into a signalling room.

        Sends an invitation to join a signalling room from one account in it to another
        account. `request_id` names the invitation, so that it can be withdrawn with
        `cancelInvite`. The invitee can be reached by an offline push as `push_config`
        says.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter_account_id: The account that invites; it must be the creator or a
                member. 1 to 32 characters. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            invitee_account_id: The account invited. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: An id the caller gives the invitation, used again to withdraw
                it. 1 to 128 characters. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            server_extension: Extension text sent to the invitee with the invitation. At
                most 4096 characters.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            offline_enabled: Keep the invitation for the invitee when it is offline now;
                `false` when left out. The server's default is False.
            unread_enabled: Count the invitation in the invitee's unread count; `true`
                when left out. The server's default is True.
            push_config: The offline push notification sent to the invited account.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/invite``
        (operation ``v2.signal.invite`` in the spec).
        """
        await self._client._call(
            _INVITE,
            {
                "channel_id": channel_id,
                "inviter_account_id": inviter_account_id,
                "invitee_account_id": invitee_account_id,
                "request_id": request_id,
                "server_extension": server_extension,
                "route_config": route_config,
                "offline_enabled": offline_enabled,
                "unread_enabled": unread_enabled,
                "push_config": push_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def kick_member(
        self,
        *,
        channel_id: str | None = None,
        operator_account_id: str | None = None,
        target_account_id: str | None = None,
        server_extension: str | None = None,
        offline_enabled: bool | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Remove a member from a signalling room.

        Removes one member from a signalling room; only the room's creator may do so.
        The removed member is notified with `server_extension`.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            operator_account_id: The account that removes the member; it must be the
                room's creator. 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            target_account_id: The member to remove. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            server_extension: Extension text sent with the removal notice. At most 4096
                characters.
            offline_enabled: Keep the removal notice for members who are offline now;
                `false` when left out. The server's default is False.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/kick``
        (operation ``v2.signal.kickMember`` in the spec).
        """
        await self._client._call(
            _KICK_MEMBER,
            {
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "offline_enabled": offline_enabled,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def query_room(
        self,
        *,
        channel_id: str | None = None,
        channel_name: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SignalRoomInfo:
        """Look up a signalling room.

        Returns a signalling room and its current members, found by `channel_id` or by
        `channel_name`. Give one of the two; when both are given the id is used.

        Args:
            channel_id: The id of the room; takes precedence over `channel_name`. Not
                empty.
            channel_name: The name of the room, when its id is not at hand. 1 to 128
                characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SignalRoomInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``GET /im/v2/signalling_room``
        (operation ``v2.signal.queryRoom`` in the spec).
        """
        return _cast(
            "V2SignalRoomInfo",
            _answer_data(
                await self._client._call(
                    _QUERY_ROOM,
                    {
                        "channel_id": channel_id,
                        "channel_name": channel_name,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def send_control(
        self,
        *,
        channel_id: str | None = None,
        operator_account_id: str | None = None,
        target_account_id: str | None = None,
        server_extension: str | None = None,
        route_config: V2SignalRouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Send a control command in a signalling room.

        Sends an app-defined control command (carried in `server_extension`) inside a
        signalling room, to one member or, when `target_account_id` is left out, to
        everyone in the room.

        Args:
            channel_id: The id of the room. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            operator_account_id: The account that sends the command; it must be the
                creator or a member. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            target_account_id: The member to send the command to; everyone in the room
                when left out. At most 32 characters.
            server_extension: The command itself, as app-defined text. At most 4096
                characters.
            route_config: Whether this signalling event is copied to the app server
                (消息抄送).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /im/v2/signalling_room/actions/control``
        (operation ``v2.signal.sendControl`` in the spec).
        """
        await self._client._call(
            _SEND_CONTROL,
            {
                "channel_id": channel_id,
                "operator_account_id": operator_account_id,
                "target_account_id": target_account_id,
                "server_extension": server_extension,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )
