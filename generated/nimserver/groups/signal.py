# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``signal/``: Signalling channels used to set up audio/video calls."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast
from .._checks import ANY, JsonText, MapOf, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from ..types import (
    Envelope,
    SignalCreateRoomResponse,
    SignalDelayRoomResponse,
    SignalGetRoomInfoResponse,
    SignalInviteResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncSignalGroup", "SignalGroup"]

_CANCEL_INVITE = Endpoint(
    "signal/cancelInvite.action",
    (
        Field(
            "channelId",
            "channel_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/cancelInvite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/cancelInvite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/cancelInvite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/cancelInvite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "to",
            "to",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/cancelInvite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/cancelInvite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "requestId",
            "request_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/cancelInvite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/cancelInvite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field("attachExt", "attach_ext", Str()),
        Field(
            "needPush",
            "need_push",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `needPush` of signal/cancelInvite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/cancelInvite call with `needPush`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field("pushTitle", "push_title", Str()),
        Field("pushContent", "push_content", Str()),
        Field("pushPayload", "push_payload", JsonText(MapOf(ANY))),
        Field(
            "needBadge",
            "need_badge",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `needBadge` of signal/cancelInvite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/cancelInvite call with `needBadge`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field(
            "isSave",
            "is_save",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isSave` of signal/cancelInvite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/cancelInvite call with `isSave`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field(
            "isRoute",
            "is_route",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isRoute` of signal/cancelInvite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/cancelInvite call with `isRoute`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
    ),
)

_CLOSE_ROOM = Endpoint(
    "signal/closeRoom.action",
    (
        Field(
            "channelId",
            "channel_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/closeRoom are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/closeRoom call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/closeRoom are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/closeRoom call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "isSave",
            "is_save",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isSave` of signal/closeRoom takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/closeRoom call with `isSave`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field("attachExt", "attach_ext", Str()),
        Field(
            "isRoute",
            "is_route",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isRoute` of signal/closeRoom takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/closeRoom call with `isRoute`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
    ),
)

_CREATE_ROOM = Endpoint(
    "signal/createRoom.action",
    (
        Field(
            "channelName",
            "channel_name",
            Doubted(
                Str(max_length=128),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether signal/createRoom refuses a channelName over 128 characters: the limit comes from the client-side signalling documentation, no server-side source gives one.",
                        "One signal/createRoom call with a 129-character channelName: 414 confirms the limit, 200 refutes it.",
                    ),
                ),
            ),
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
                        "Whether signal/createRoom takes the channel type as 1 (audio), 2 (video) and 3 (custom): the values come from the client-side documentation; the server pages only show the answer's type as AUDIO, VIDEO or CUSTOM.",
                        "One signal/createRoom call per value 1, 2, 3 and one with 4, then signal/getRoomInfo: the type each answer reports, and a 414 for 4, settle it.",
                    ),
                ),
            ),
        ),
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/createRoom are required: inferred from each field's role (the creator required, the rest optional), no table states it.",
                    "One signal/createRoom call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "ext",
            "ext",
            Doubted(
                Str(max_length=4096),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether signal/createRoom refuses an ext over 4096 characters: the limit comes from the client-side signalling documentation, no server-side source gives one.",
                        "One signal/createRoom call with a 4097-character ext: 414 confirms the limit, 200 refutes it.",
                    ),
                ),
            ),
        ),
        Field(
            "isRoute",
            "is_route",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isRoute` of signal/createRoom takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/createRoom call with `isRoute`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
    ),
)

_CTRL_ROOM = Endpoint(
    "signal/ctrlRoom.action",
    (
        Field(
            "channelId",
            "channel_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/ctrlRoom are required: inferred from each field's role (ids and the sender required, the rest optional), no table states it.",
                    "One signal/ctrlRoom call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/ctrlRoom are required: inferred from each field's role (ids and the sender required, the rest optional), no table states it.",
                    "One signal/ctrlRoom call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field("to", "to", Str(min_length=1, max_length=32)),
        Field("attachExt", "attach_ext", Str()),
        Field(
            "isRoute",
            "is_route",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isRoute` of signal/ctrlRoom takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/ctrlRoom call with `isRoute`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
    ),
)

_DELAY_ROOM = Endpoint(
    "signal/delayRoom.action",
    (Field("channelId", "channel_id", Str(), required=True),),
)

_GET_ROOM_INFO = Endpoint(
    "signal/getRoomInfo.action",
    (
        Field("channelName", "channel_name", Str()),
        Field("channelId", "channel_id", Str()),
    ),
    safe_to_repeat=True,
)

_INVITE = Endpoint(
    "signal/invite.action",
    (
        Field(
            "channelId",
            "channel_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/invite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/invite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/invite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/invite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "to",
            "to",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/invite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/invite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "requestId",
            "request_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/invite are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/invite call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field("attachExt", "attach_ext", Str()),
        Field(
            "needPush",
            "need_push",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `needPush` of signal/invite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/invite call with `needPush`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field("pushTitle", "push_title", Str()),
        Field("pushContent", "push_content", Str()),
        Field("pushPayload", "push_payload", JsonText(MapOf(ANY))),
        Field(
            "needBadge",
            "need_badge",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `needBadge` of signal/invite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/invite call with `needBadge`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field(
            "isSave",
            "is_save",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isSave` of signal/invite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/invite call with `isSave`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field(
            "isRoute",
            "is_route",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isRoute` of signal/invite takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/invite call with `isRoute`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
    ),
)

_KICK = Endpoint(
    "signal/kick.action",
    (
        Field(
            "channelId",
            "channel_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/kick are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/kick call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/kick are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/kick call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "to",
            "to",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of signal/kick are required: inferred from each field's role (ids and accounts required, the rest optional), no table states it.",
                    "One signal/kick call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field("attachExt", "attach_ext", Str()),
        Field(
            "isSave",
            "is_save",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isSave` of signal/kick takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/kick call with `isSave`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
        Field(
            "isRoute",
            "is_route",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `isRoute` of signal/kick takes exactly 0 and 1: the SDKs only give it as an integer flag.",
                        "One signal/kick call with `isRoute`=2: a 414 means only 0/1 are allowed.",
                    ),
                ),
            ),
        ),
    ),
)


class SignalGroup:
    """Operations under ``signal/``, reached as ``client.signal``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def cancel_invite(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_id: str | None = None,
        attach_ext: str | None = None,
        need_push: Literal[0, 1] | bool | None = None,
        push_title: str | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        need_badge: Literal[0, 1] | bool | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Withdraw a signalling invitation.

        Cancels an invitation that an account sent into a signalling channel and that
        has not been answered yet. The invitation is identified by the channel, both
        accounts and the request id used when inviting.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that sent the invitation. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: Account that was invited. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Id the inviter gave the invitation when sending it. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            attach_ext: App-defined text passed on to the invitee with the cancellation.
            need_push: 1 to send an offline push about the cancellation, 0 not to. One
                of 0, 1. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning.
            push_title: Title of the push notification.
            push_content: Text of the push notification.
            push_payload: App-defined payload carried by the push notification, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            need_badge: 1 to count the push in the app badge, 0 not to. One of 0, 1. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            is_save: 1 to keep the event for members who are offline now, 0 to deliver
                it only to those online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/cancelInvite.action``
        (operation ``signalCancelInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _CANCEL_INVITE,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "requestId": request_id,
                    "attachExt": attach_ext,
                    "needPush": need_push,
                    "pushTitle": push_title,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "needBadge": need_badge,
                    "isSave": is_save,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def close_room(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        attach_ext: str | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Close a signalling channel.

        Closes a signalling channel on behalf of an account, ending it for every member.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that closes the channel. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            is_save: 1 to keep the event for members who are offline now, 0 to deliver
                it only to those online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            attach_ext: App-defined text passed on to the channel members with the
                event.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/closeRoom.action``
        (operation ``signalCloseRoom`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _CLOSE_ROOM,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "isSave": is_save,
                    "attachExt": attach_ext,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_room(
        self,
        *,
        channel_name: str | None = None,
        type: Literal[1, 2, 3] | None = None,
        from_: str | None = None,
        ext: str | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalCreateRoomResponse:
        """Create a signalling channel.

        Creates a signalling channel (room) that accounts can be invited into to set up
        a call, and returns it. A channel stays valid for 2 hours unless extended with
        `signal/delayRoom`.

        Args:
            channel_name: Name of the channel; the server makes one up when omitted. At
                most 128 characters. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            type: Kind of channel; 1 audio, 2 video, 3 custom. One of 1, 2, 3. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            from_: Account that creates the channel. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ext: App-defined extension stored with the channel. At most 4096 characters.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalCreateRoomResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/createRoom.action``
        (operation ``signalCreateRoom`` in the spec).
        """
        return _cast(
            "SignalCreateRoomResponse",
            self._client._call(
                _CREATE_ROOM,
                {
                    "channelName": channel_name,
                    "type": type,
                    "from": from_,
                    "ext": ext,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def ctrl_room(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        attach_ext: str | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Send a control command in a signalling channel.

        Sends an app-defined control command inside a signalling channel, either to one
        member or, when no target is given, to the whole channel.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that sends the command. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: Member to send the command to; the whole channel when omitted. 1 to 32
                characters.
            attach_ext: The command itself, as app-defined text.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/ctrlRoom.action``
        (operation ``signalCtrlRoom`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _CTRL_ROOM,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "attachExt": attach_ext,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delay_room(
        self,
        *,
        channel_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalDelayRoomResponse:
        """Extend a signalling channel's lifetime.

        Resets the expiry of a signalling channel to 2 hours after the time of this call
        and returns the channel.

        Args:
            channel_id: Server-generated id of the signalling channel.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalDelayRoomResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/delayRoom.action``
        (operation ``signalDelayRoom`` in the spec).
        """
        return _cast(
            "SignalDelayRoomResponse",
            self._client._call(
                _DELAY_ROOM,
                {
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_room_info(
        self,
        *,
        channel_name: str | None = None,
        channel_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalGetRoomInfoResponse:
        """Get a signalling channel and its members.

        Looks up a signalling channel by id or by name and returns it with its current
        members. One of `channel_id` and `channel_name` must be sent; when both are,
        `channel_id` is used.

        Args:
            channel_name: Name of the channel; needed when `channel_id` is not sent.
            channel_id: Server-generated id of the channel; takes precedence over
                `channel_name`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalGetRoomInfoResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/getRoomInfo.action``
        (operation ``signalGetRoomInfo`` in the spec).
        """
        return _cast(
            "SignalGetRoomInfoResponse",
            self._client._call(
                _GET_ROOM_INFO,
                {
                    "channelName": channel_name,
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def invite(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_id: str | None = None,
        attach_ext: str | None = None,
        need_push: Literal[0, 1] | bool | None = None,
        push_title: str | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        need_badge: Literal[0, 1] | bool | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalInviteResponse:
        """Invite an account into a signalling channel.

        Sends an invitation to join a signalling channel from its creator or one of its
        members to another account, optionally with an offline push. The caller picks
        the `request_id`; the same id identifies the invitation when it is cancelled,
        accepted or rejected.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Inviting account; the channel's creator or one of its members. 1 to
                32 characters. Required by the spec, which doubts it: left out, the call
                is sent with a SpecDoubtWarning.
            to: Account to invite. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Caller-chosen id of this invitation, reused to cancel it.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            attach_ext: App-defined text passed on to the invitee with the invitation.
            need_push: 1 to send an offline push about the invitation, 0 not to. One of
                0, 1. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning.
            push_title: Title of the push notification.
            push_content: Text of the push notification.
            push_payload: App-defined payload carried by the push notification, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            need_badge: 1 to count the push in the app badge, 0 not to. One of 0, 1. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            is_save: 1 to keep the invitation for an invitee who is offline now, 0 to
                deliver it only if online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalInviteResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/invite.action``
        (operation ``signalInvite`` in the spec).
        """
        return _cast(
            "SignalInviteResponse",
            self._client._call(
                _INVITE,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "requestId": request_id,
                    "attachExt": attach_ext,
                    "needPush": need_push,
                    "pushTitle": push_title,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "needBadge": need_badge,
                    "isSave": is_save,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def kick(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        attach_ext: str | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a member from a signalling channel.

        Removes one member from a signalling channel on behalf of another account.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that removes the member. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: Member to remove. 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            attach_ext: App-defined text passed on to the channel members with the
                event.
            is_save: 1 to keep the event for members who are offline now, 0 to deliver
                it only to those online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/kick.action``
        (operation ``signalKick`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _KICK,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "attachExt": attach_ext,
                    "isSave": is_save,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncSignalGroup:
    """Operations under ``signal/``, reached as ``client.signal`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def cancel_invite(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_id: str | None = None,
        attach_ext: str | None = None,
        need_push: Literal[0, 1] | bool | None = None,
        push_title: str | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        need_badge: Literal[0, 1] | bool | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Withdraw a signalling invitation.

        Cancels an invitation that an account sent into a signalling channel and that
        has not been answered yet. The invitation is identified by the channel, both
        accounts and the request id used when inviting.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that sent the invitation. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: Account that was invited. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Id the inviter gave the invitation when sending it. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            attach_ext: App-defined text passed on to the invitee with the cancellation.
            need_push: 1 to send an offline push about the cancellation, 0 not to. One
                of 0, 1. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning.
            push_title: Title of the push notification.
            push_content: Text of the push notification.
            push_payload: App-defined payload carried by the push notification, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            need_badge: 1 to count the push in the app badge, 0 not to. One of 0, 1. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            is_save: 1 to keep the event for members who are offline now, 0 to deliver
                it only to those online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/cancelInvite.action``
        (operation ``signalCancelInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _CANCEL_INVITE,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "requestId": request_id,
                    "attachExt": attach_ext,
                    "needPush": need_push,
                    "pushTitle": push_title,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "needBadge": need_badge,
                    "isSave": is_save,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def close_room(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        attach_ext: str | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Close a signalling channel.

        Closes a signalling channel on behalf of an account, ending it for every member.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that closes the channel. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            is_save: 1 to keep the event for members who are offline now, 0 to deliver
                it only to those online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            attach_ext: App-defined text passed on to the channel members with the
                event.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/closeRoom.action``
        (operation ``signalCloseRoom`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _CLOSE_ROOM,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "isSave": is_save,
                    "attachExt": attach_ext,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_room(
        self,
        *,
        channel_name: str | None = None,
        type: Literal[1, 2, 3] | None = None,
        from_: str | None = None,
        ext: str | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalCreateRoomResponse:
        """Create a signalling channel.

        Creates a signalling channel (room) that accounts can be invited into to set up
        a call, and returns it. A channel stays valid for 2 hours unless extended with
        `signal/delayRoom`.

        Args:
            channel_name: Name of the channel; the server makes one up when omitted. At
                most 128 characters. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            type: Kind of channel; 1 audio, 2 video, 3 custom. One of 1, 2, 3. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            from_: Account that creates the channel. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ext: App-defined extension stored with the channel. At most 4096 characters.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalCreateRoomResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/createRoom.action``
        (operation ``signalCreateRoom`` in the spec).
        """
        return _cast(
            "SignalCreateRoomResponse",
            await self._client._call(
                _CREATE_ROOM,
                {
                    "channelName": channel_name,
                    "type": type,
                    "from": from_,
                    "ext": ext,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def ctrl_room(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        attach_ext: str | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Send a control command in a signalling channel.

        Sends an app-defined control command inside a signalling channel, either to one
        member or, when no target is given, to the whole channel.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that sends the command. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: Member to send the command to; the whole channel when omitted. 1 to 32
                characters.
            attach_ext: The command itself, as app-defined text.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/ctrlRoom.action``
        (operation ``signalCtrlRoom`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _CTRL_ROOM,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "attachExt": attach_ext,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delay_room(
        self,
        *,
        channel_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalDelayRoomResponse:
        """Extend a signalling channel's lifetime.

        Resets the expiry of a signalling channel to 2 hours after the time of this call
        and returns the channel.

        Args:
            channel_id: Server-generated id of the signalling channel.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalDelayRoomResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/delayRoom.action``
        (operation ``signalDelayRoom`` in the spec).
        """
        return _cast(
            "SignalDelayRoomResponse",
            await self._client._call(
                _DELAY_ROOM,
                {
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_room_info(
        self,
        *,
        channel_name: str | None = None,
        channel_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalGetRoomInfoResponse:
        """Get a signalling channel and its members.

        Looks up a signalling channel by id or by name and returns it with its current
        members. One of `channel_id` and `channel_name` must be sent; when both are,
        `channel_id` is used.

        Args:
            channel_name: Name of the channel; needed when `channel_id` is not sent.
            channel_id: Server-generated id of the channel; takes precedence over
                `channel_name`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalGetRoomInfoResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/getRoomInfo.action``
        (operation ``signalGetRoomInfo`` in the spec).
        """
        return _cast(
            "SignalGetRoomInfoResponse",
            await self._client._call(
                _GET_ROOM_INFO,
                {
                    "channelName": channel_name,
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def invite(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        request_id: str | None = None,
        attach_ext: str | None = None,
        need_push: Literal[0, 1] | bool | None = None,
        push_title: str | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        need_badge: Literal[0, 1] | bool | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SignalInviteResponse:
        """Invite an account into a signalling channel.

        Sends an invitation to join a signalling channel from its creator or one of its
        members to another account, optionally with an offline push. The caller picks
        the `request_id`; the same id identifies the invitation when it is cancelled,
        accepted or rejected.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Inviting account; the channel's creator or one of its members. 1 to
                32 characters. Required by the spec, which doubts it: left out, the call
                is sent with a SpecDoubtWarning.
            to: Account to invite. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Caller-chosen id of this invitation, reused to cancel it.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            attach_ext: App-defined text passed on to the invitee with the invitation.
            need_push: 1 to send an offline push about the invitation, 0 not to. One of
                0, 1. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning.
            push_title: Title of the push notification.
            push_content: Text of the push notification.
            push_payload: App-defined payload carried by the push notification, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            need_badge: 1 to count the push in the app badge, 0 not to. One of 0, 1. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            is_save: 1 to keep the invitation for an invitee who is offline now, 0 to
                deliver it only if online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SignalInviteResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/invite.action``
        (operation ``signalInvite`` in the spec).
        """
        return _cast(
            "SignalInviteResponse",
            await self._client._call(
                _INVITE,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "requestId": request_id,
                    "attachExt": attach_ext,
                    "needPush": need_push,
                    "pushTitle": push_title,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "needBadge": need_badge,
                    "isSave": is_save,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def kick(
        self,
        *,
        channel_id: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        attach_ext: str | None = None,
        is_save: Literal[0, 1] | bool | None = None,
        is_route: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a member from a signalling channel.

        Removes one member from a signalling channel on behalf of another account.

        Args:
            channel_id: Server-generated id of the signalling channel. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_: Account that removes the member. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: Member to remove. 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            attach_ext: App-defined text passed on to the channel members with the
                event.
            is_save: 1 to keep the event for members who are offline now, 0 to deliver
                it only to those online. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            is_route: 1 to include the event in message copy (data sync) to the app
                server, 0 to leave it out. One of 0, 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/signal/kick.action``
        (operation ``signalKick`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _KICK,
                {
                    "channelId": channel_id,
                    "from": from_,
                    "to": to,
                    "attachExt": attach_ext,
                    "isSave": is_save,
                    "isRoute": is_route,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
