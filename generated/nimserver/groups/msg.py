# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``msg/``: App-wide broadcast messages to every user. One-to-one and
advanced team messages sent by the app server. Uploading files to NetEase storage and
cleaning them up. Custom system notifications, which carry app-defined content outside
the message history.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast
from .._checks import (
    ANY,
    AnyOf,
    Bool,
    JsonText,
    ListOf,
    MapOf,
    Number,
    Object,
    OneOf,
    Str,
    Variants,
)
from .._doubts import Doubted, LOOSE, SpecDoubt
from .._fields import Endpoint, Field, FileInput
from .. import _shapes
from ..types import (
    AttachMsgOption,
    AudioBody,
    Envelope,
    FileBody,
    ImageBody,
    LocationBody,
    MsgBroadcastMsgResponse,
    MsgFileUploadResponse,
    MsgMarkReadMsgResponse,
    MsgMarkReadTeamMsgResponse,
    MsgSendBatchAttachMsgResponse,
    MsgSendBatchMsgResponse,
    MsgSendMsgAntispamCustom,
    MsgSendMsgResponse,
    MsgUploadResponse,
    SendOption,
    TextBody,
    TipsBody,
    VideoBody,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncMsgGroup", "MsgGroup"]

_BROADCAST_MSG = Endpoint(
    "msg/broadcastMsg.action",
    (
        Field("body", "body", Str(max_length=4096), required=True),
        Field("from", "from_", Str(min_length=1, max_length=32)),
        Field("isOffline", "is_offline", Bool()),
        Field("ttl", "ttl", Number(integral=True)),
        Field(
            "targetOs",
            "target_os",
            JsonText(ListOf(OneOf(("ios", "aos", "pc", "web", "mac")), min_items=1)),
        ),
    ),
)

_DEL_MSG = Endpoint(
    "msg/delMsg.action",
    (
        Field(
            "deleteMsgid",
            "delete_msgid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((7, 8)), required=True),
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field(
            "to",
            "to",
            AnyOf(
                (
                    Str(),
                    Number(integral=True),
                )
            ),
            required=True,
        ),
    ),
)

_DEL_MSG_ONE_WAY = Endpoint(
    "msg/delMsgOneWay.action",
    (
        Field(
            "deleteMsgid",
            "delete_msgid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((13, 14)), required=True),
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field(
            "to",
            "to",
            AnyOf(
                (
                    Str(),
                    Number(integral=True),
                )
            ),
            required=True,
        ),
        Field("msg", "msg", Str()),
    ),
)

_DEL_ROAM_SESSION = Endpoint(
    "msg/delRoamSession.action",
    (
        Field("type", "type", OneOf((1, 2)), required=True),
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field(
            "to",
            "to",
            AnyOf(
                (
                    Str(),
                    Number(integral=True),
                )
            ),
            required=True,
        ),
    ),
)

_FILE_UPLOAD = Endpoint(
    "msg/fileUpload.action",
    (
        Field("content", "content", None, required=True),
        Field("type", "type", Str()),
        Field("ishttps", "ishttps", Bool()),
        Field("expireSec", "expire_sec", Number(integral=True, minimum=86400)),
        Field("tag", "tag", Str(max_length=32)),
    ),
    multipart=True,
)

_MARK_READ_MSG = Endpoint(
    "msg/markReadMsg.action",
    (
        Field(
            "from",
            "from_",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether from, to and msgidClient are all required by msg/markReadMsg.",
                    "One msg/markReadMsg call without msgidClient: code 414 means required.",
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
                    "Whether from, to and msgidClient are all required by msg/markReadMsg.",
                    "One msg/markReadMsg call without msgidClient: code 414 means required.",
                ),
            ),
        ),
        Field(
            "msgidClient",
            "msgid_client",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether from, to and msgidClient are all required by msg/markReadMsg.",
                    "One msg/markReadMsg call without msgidClient: code 414 means required.",
                ),
            ),
        ),
    ),
)

_MARK_READ_TEAM_MSG = Endpoint(
    "msg/markReadTeamMsg.action",
    (
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether accid, tid and msgids are all required by msg/markReadTeamMsg.",
                    "One msg/markReadTeamMsg call without msgids: code 414 means required.",
                ),
            ),
        ),
        Field(
            "tid",
            "tid",
            Doubted(
                Number(integral=True, format="int64", digits=True),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether tid is a 64-bit number or text.",
                        "One msg/markReadTeamMsg call with tid sent as a number: code 200 means a number is accepted.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether accid, tid and msgids are all required by msg/markReadTeamMsg.",
                    "One msg/markReadTeamMsg call without msgids: code 414 means required.",
                ),
            ),
        ),
        Field(
            "msgids",
            "msgids",
            JsonText(
                ListOf(Number(integral=True, format="int64", digits=True), min_items=1)
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether accid, tid and msgids are all required by msg/markReadTeamMsg.",
                    "One msg/markReadTeamMsg call without msgids: code 414 means required.",
                ),
            ),
        ),
    ),
)

_RECALL = Endpoint(
    "msg/recall.action",
    (
        Field(
            "deleteMsgid",
            "delete_msgid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((7, 8)), required=True),
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field(
            "to",
            "to",
            AnyOf(
                (
                    Str(),
                    Number(integral=True),
                )
            ),
            required=True,
        ),
        Field("msg", "msg", Str()),
        Field("ignoreTime", "ignore_time", OneOf(("1",))),
        Field("pushcontent", "pushcontent", Str()),
        Field("payload", "payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("env", "env", Str()),
        Field("attach", "attach", Str(max_length=5000)),
    ),
)

_SEND_ATTACH_MSG = Endpoint(
    "msg/sendAttachMsg.action",
    (
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field("msgtype", "msgtype", OneOf((0, 1)), required=True),
        Field(
            "to",
            "to",
            AnyOf(
                (
                    Str(),
                    Number(integral=True),
                )
            ),
            required=True,
        ),
        Field("attach", "attach", Str(max_length=4096), required=True),
        Field("pushcontent", "pushcontent", Str(max_length=500)),
        Field("payload", "payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("sound", "sound", Str(max_length=30)),
        Field("save", "save", OneOf((1, 2))),
        Field("option", "option", JsonText(_shapes.AttachMsgOption)),
        Field("isForcePush", "is_force_push", Bool()),
        Field("forcePushContent", "force_push_content", Str(max_length=500)),
        Field("forcePushAll", "force_push_all", Bool()),
        Field(
            "forcePushList",
            "force_push_list",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
        ),
        Field("env", "env", Str()),
        Field("checkAccidAsyncEnable", "check_accid_async_enable", Bool()),
    ),
)

_SEND_BATCH_ATTACH_MSG = Endpoint(
    "msg/sendBatchAttachMsg.action",
    (
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field(
            "toAccids",
            "to_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=500)
            ),
            required=True,
        ),
        Field("attach", "attach", Str(max_length=4096), required=True),
        Field("pushcontent", "pushcontent", Str(max_length=500)),
        Field("payload", "payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("sound", "sound", Str(max_length=30)),
        Field("save", "save", OneOf((1, 2))),
        Field("option", "option", JsonText(_shapes.AttachMsgOption)),
        Field("isForcePush", "is_force_push", Bool()),
        Field("forcePushContent", "force_push_content", Str(max_length=500)),
        Field("env", "env", Str()),
        Field("checkAccidAsyncEnable", "check_accid_async_enable", Bool()),
    ),
)

_SEND_BATCH_MSG = Endpoint(
    "msg/sendBatchMsg.action",
    (
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field(
            "toAccids",
            "to_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=500)
            ),
            required=True,
        ),
        Field("type", "type", OneOf((0, 1, 2, 3, 4, 6, 10, 100)), required=True),
        Field(
            "body",
            "body",
            JsonText(
                AnyOf(
                    (
                        _shapes.TextBody,
                        _shapes.ImageBody,
                        _shapes.AudioBody,
                        _shapes.VideoBody,
                        _shapes.LocationBody,
                        _shapes.FileBody,
                        _shapes.TipsBody,
                        MapOf(ANY),
                    )
                ),
                max_length=5000,
            ),
            required=True,
        ),
        Field("option", "option", JsonText(_shapes.SendOption)),
        Field("pushcontent", "pushcontent", Str(max_length=500)),
        Field("payload", "payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("ext", "ext", Str(max_length=1024)),
        Field("bid", "bid", Str()),
        Field("useYidun", "use_yidun", Number(integral=True)),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("returnMsgid", "return_msgid", Bool()),
        Field("env", "env", Str()),
        Field("msgDesc", "msg_desc", Str()),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("msgSenderNoSense", "msg_sender_no_sense", OneOf((0, 1))),
    ),
    variants=Variants(
        "type",
        {
            0: Object(
                {
                    "body": JsonText(_shapes.TextBody),
                }
            ),
            1: Object(
                {
                    "body": JsonText(_shapes.ImageBody),
                }
            ),
            2: Object(
                {
                    "body": JsonText(_shapes.AudioBody),
                }
            ),
            3: Object(
                {
                    "body": JsonText(_shapes.VideoBody),
                }
            ),
            4: Object(
                {
                    "body": JsonText(_shapes.LocationBody),
                }
            ),
            6: Object(
                {
                    "body": JsonText(_shapes.FileBody),
                }
            ),
            10: Object(
                {
                    "body": JsonText(_shapes.TipsBody),
                }
            ),
        },
    ),
)

_SEND_MSG = Endpoint(
    "msg/sendMsg.action",
    (
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field("ope", "ope", OneOf((0, 1)), required=True),
        Field(
            "to",
            "to",
            AnyOf(
                (
                    Str(),
                    Number(integral=True),
                )
            ),
            required=True,
        ),
        Field("type", "type", OneOf((0, 1, 2, 3, 4, 6, 10, 100)), required=True),
        Field(
            "body",
            "body",
            JsonText(
                AnyOf(
                    (
                        _shapes.TextBody,
                        _shapes.ImageBody,
                        _shapes.AudioBody,
                        _shapes.VideoBody,
                        _shapes.LocationBody,
                        _shapes.FileBody,
                        _shapes.TipsBody,
                        MapOf(ANY),
                    )
                ),
                max_length=5000,
            ),
            required=True,
        ),
        Field("antispam", "antispam", Bool()),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.MsgSendMsgAntispamCustom, max_length=5000),
        ),
        Field("option", "option", JsonText(_shapes.SendOption)),
        Field("pushcontent", "pushcontent", Str(max_length=500)),
        Field("payload", "payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("ext", "ext", Str(max_length=1024)),
        Field(
            "forcepushlist",
            "forcepushlist",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
        ),
        Field("forcepushcontent", "forcepushcontent", Str()),
        Field("forcepushall", "forcepushall", Bool()),
        Field("bid", "bid", Str()),
        Field("useYidun", "use_yidun", Number(integral=True)),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("markRead", "mark_read", OneOf((0, 1))),
        Field("checkFriend", "check_friend", Bool()),
        Field("subType", "sub_type", Number(integral=True, minimum=1)),
        Field("msgSenderNoSense", "msg_sender_no_sense", OneOf((0, 1))),
        Field("msgReceiverNoSense", "msg_receiver_no_sense", OneOf((0, 1))),
        Field("env", "env", Str()),
        Field("msgDesc", "msg_desc", Str()),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("async", "async_", Bool()),
        Field("robotAccount", "robot_account", Str()),
        Field("robotTopic", "robot_topic", Str()),
        Field("robotFunction", "robot_function", Str()),
        Field("robotCustomContent", "robot_custom_content", Str()),
    ),
    variants=Variants(
        "type",
        {
            0: Object(
                {
                    "body": JsonText(_shapes.TextBody),
                }
            ),
            1: Object(
                {
                    "body": JsonText(_shapes.ImageBody),
                }
            ),
            2: Object(
                {
                    "body": JsonText(_shapes.AudioBody),
                }
            ),
            3: Object(
                {
                    "body": JsonText(_shapes.VideoBody),
                }
            ),
            4: Object(
                {
                    "body": JsonText(_shapes.LocationBody),
                }
            ),
            6: Object(
                {
                    "body": JsonText(_shapes.FileBody),
                }
            ),
            10: Object(
                {
                    "body": JsonText(_shapes.TipsBody),
                }
            ),
        },
    ),
)

_UPLOAD = Endpoint(
    "msg/upload.action",
    (
        Field("content", "content", Str(), required=True),
        Field("type", "type", Str()),
        Field("ishttps", "ishttps", Bool()),
        Field("expireSec", "expire_sec", Number(integral=True, minimum=86400)),
        Field("tag", "tag", Str(max_length=32)),
    ),
)


class MsgGroup:
    """Operations under ``msg/``, reached as ``client.msg``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def broadcast_msg(
        self,
        *,
        body: str,
        from_: str | None = None,
        is_offline: bool | None = None,
        ttl: int | None = None,
        target_os: list[Literal["ios", "aos", "pc", "web", "mac"]] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgBroadcastMsgResponse:
        """Broadcast a message to every user of the app.

        Sends one message to all users of the app, optionally only to some client
        platforms. With `is_offline` the message is also kept for users who log in
        later, for `ttl` hours. The feature must be enabled for the app in the console,
        and only clients logged in to IM with a recent enough SDK version receive
        broadcasts.

        Args:
            body: Content of the broadcast. At most 4096 characters.
            from_: Account shown as the sender. 1 to 32 characters.
            is_offline: Also keep the broadcast for users who are offline now. The
                server's default is False.
            ttl: How long an offline broadcast is kept, in hours (default seven days);
                used only with `is_offline`. The server's default is 168.
            target_os: Client platforms to reach, as a JSON array; every platform when
                omitted. At least 1 items; each one of "ios", "aos", "pc", "web", "mac".
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgBroadcastMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/msg/broadcastMsg.action``
        (operation ``msgBroadcastMsg`` in the spec).
        """
        return _cast(
            "MsgBroadcastMsgResponse",
            self._client._call(
                _BROADCAST_MSG,
                {
                    "body": body,
                    "from": from_,
                    "isOffline": is_offline,
                    "ttl": ttl,
                    "targetOs": target_os,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def del_msg(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        type: Literal[7, 8],
        from_: str,
        to: str | int,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a stored message.

        Deletes one one-to-one or team message from the server's storage, identified by
        its server message id and send time. The call returns no payload.

        Args:
            delete_msgid: Server message id (`msgid`) of the message to delete.
            timetag: Send time of the message, in milliseconds since the epoch.
            type: Conversation kind of the message; 7 one-to-one, 8 team. Any other
                value is rejected with 414. One of 7, 8.
            from_: Sender of the message. 1 to 32 characters.
            to: Receiver of the message; an account id for a one-to-one message, a team
                id for a team message; a team id may be given as a number.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/delMsg.action``
        (operation ``msgDelMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DEL_MSG,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "type": type,
                    "from": from_,
                    "to": to,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def del_msg_one_way(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        type: Literal[13, 14],
        from_: str,
        to: str | int,
        msg: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a message for the sender only.

        One-way recall: removes a one-to-one or team message from the sender's side
        while the receivers keep their copy. The call returns no payload.

        Args:
            delete_msgid: Server message id (`msgid`) of the message to recall.
            timetag: Send time of the message, in milliseconds since the epoch.
            type: 13 for a one-to-one message, 14 for a team message; any other value is
                rejected with 414. One of 13, 14.
            from_: Sender of the message. 1 to 32 characters.
            to: Receiver of the message; an account id for a one-to-one message, a team
                id for a team message; a team id may be given as a number.
            msg: Text describing the recall.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/delMsgOneWay.action``
        (operation ``msgDelMsgOneWay`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DEL_MSG_ONE_WAY,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "type": type,
                    "from": from_,
                    "to": to,
                    "msg": msg,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def del_roam_session(
        self,
        *,
        type: Literal[1, 2],
        from_: str,
        to: str | int,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Clear a conversation's roaming messages.

        Deletes the roaming messages (the copies kept for syncing to devices that log in
        later) of one conversation for one user. Cloud history is not affected. The call
        returns no payload.

        Args:
            type: 1 for a one-to-one conversation, 2 for a team conversation; any other
                value is rejected with 414. One of 1, 2.
            from_: User whose roaming messages are cleared. 1 to 32 characters.
            to: The other side of the conversation; an account id when `type` is 1, a
                team id when `type` is 2; a team id may be given as a number.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/delRoamSession.action``
        (operation ``msgDelRoamSession`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DEL_ROAM_SESSION,
                {
                    "type": type,
                    "from": from_,
                    "to": to,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def file_upload(
        self,
        *,
        content: FileInput,
        type: str | None = None,
        ishttps: bool | None = None,
        expire_sec: int | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgFileUploadResponse:
        """Upload a file as a multipart body.

        Uploads a file of at most 15 MB to NetEase storage (NOS), sent as a
        `multipart/form-data` part rather than as base64 text, and returns its download
        URL. Unlike every other operation the body is multipart. The official 2024+ SDKs
        do not offer this operation; `msg/upload.action` does the same with a base64
        field.

        Args:
            content: The file itself, at most 15 MB.
            type: Type label of the file, such as its extension.
            ishttps: Return an https URL instead of an http one. The server's default is
                False.
            expire_sec: Lifetime of the file in seconds; at least 86400 (one day). At
                least 86400.
            tag: Usage-scene label of the file, which `job/nos/del.action` can filter
                on. At most 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgFileUploadResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/fileUpload.action``
        (operation ``msgFileUpload`` in the spec).
        """
        return _cast(
            "MsgFileUploadResponse",
            self._client._call(
                _FILE_UPLOAD,
                {
                    "content": content,
                    "type": type,
                    "ishttps": ishttps,
                    "expireSec": expire_sec,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mark_read_msg(
        self,
        *,
        from_: str | None = None,
        to: str | None = None,
        msgid_client: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgMarkReadMsgResponse:
        """Send a one-to-one read receipt.

        Marks a one-to-one message as read on behalf of its receiver, which sends a read
        receipt to the peer, and returns the receipt time.

        Args:
            from_: The reader, who sends the receipt. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: The peer whose message is acknowledged. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            msgid_client: Client-side message id of the message that was read. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgMarkReadMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/markReadMsg.action``
        (operation ``msgMarkReadMsg`` in the spec).
        """
        return _cast(
            "MsgMarkReadMsgResponse",
            self._client._call(
                _MARK_READ_MSG,
                {
                    "from": from_,
                    "to": to,
                    "msgidClient": msgid_client,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mark_read_team_msg(
        self,
        *,
        accid: str | None = None,
        tid: int | str | None = None,
        msgids: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgMarkReadTeamMsgResponse:
        """Send team message read receipts.

        Marks team messages as read on behalf of one team member. Only messages sent
        with read receipts enabled (`markRead` of `msg/sendMsg`) take part. The answer
        lists the message ids that could not be marked.

        Args:
            accid: Team member who read the messages. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            tid: Team id, as returned when the team was created. The spec doubts some of
                these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            msgids: JSON array of the server message ids (`msgid`) that were read. At
                least 1 items. Sent as compact JSON; JSON text given as a str is checked
                and sent as is. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgMarkReadTeamMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/markReadTeamMsg.action``
        (operation ``msgMarkReadTeamMsg`` in the spec).
        """
        return _cast(
            "MsgMarkReadTeamMsgResponse",
            self._client._call(
                _MARK_READ_TEAM_MSG,
                {
                    "accid": accid,
                    "tid": tid,
                    "msgids": msgids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def recall(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        type: Literal[7, 8],
        from_: str,
        to: str | int,
        msg: str | None = None,
        ignore_time: Literal["1"] | None = None,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        env: str | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a message for both sides.

        Withdraws a one-to-one or team message so that neither the sender nor the
        receivers keep it, and notifies the receivers. Only recent messages can be
        recalled (older ones fail with 508) unless `ignore_time` is 1, which allows
        messages up to 30 days old. The call returns no payload.

        Args:
            delete_msgid: Server message id (`msgid`) of the message to recall.
            timetag: Send time of the message, in milliseconds since the epoch.
            type: 7 to recall a one-to-one message, 8 to recall a team message; any
                other value is rejected with 414. One of 7, 8.
            from_: Sender of the message. 1 to 32 characters.
            to: Receiver of the message; an account id for a one-to-one message, a team
                id for a team message; a team id may be given as a number.
            msg: Text describing the recall.
            ignore_time: Send `1` to skip the recall time-window check (messages up to
                30 days old can then be recalled); any other value is rejected with 414.
                One of "1".
            pushcontent: Push notification text for the recall; text beyond 500
                characters is cut off.
            payload: App-defined push payload, a JSON object of at most about 2K
                characters. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name; picks which configured message-copy and callback
                address receives this event.
            attach: App-defined extension carried by the recall notification. At most
                5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/recall.action``
        (operation ``msgRecall`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _RECALL,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "type": type,
                    "from": from_,
                    "to": to,
                    "msg": msg,
                    "ignoreTime": ignore_time,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "env": env,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_attach_msg(
        self,
        *,
        from_: str,
        msgtype: Literal[0, 1] | bool,
        to: str | int,
        attach: str,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        sound: str | None = None,
        save: Literal[1, 2] | None = None,
        option: AttachMsgOption | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        force_push_all: bool | None = None,
        force_push_list: list[str] | None = None,
        env: str | None = None,
        check_accid_async_enable: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Send a custom system notification.

        Sends an app-defined notification from one account to one user or to every
        member of one team. The notification is delivered to the receivers' devices but
        is not kept in the message history; with `save` set to 2 it is also held for
        receivers who are offline.

        Args:
            from_: Account that sends the notification. 1 to 32 characters.
            msgtype: Kind of receiver: 0 a single user (`to` is an account id), 1 a team
                (`to` is a team id). Other values are rejected with 414. One of 0, 1.
            to: Receiving account id when `msgtype` is 0, or team id when `msgtype` is
                1; a team id may be given as a number.
            attach: The notification content, defined by the app; JSON text is usual. At
                most 4096 characters.
            pushcontent: Text of the push notification shown on offline devices. At most
                500 characters.
            payload: Push payload handed to the device with the push notification, as a
                JSON object. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            sound: File name of a sound bundled with the app, played with the push
                notification. At most 30 characters.
            save: 1 deliver only to receivers online now; 2 also keep it for offline
                receivers. One of 1, 2. The server's default is 2.
            option: Behaviour switches (unread badge, nickname in push, message copy) as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            is_force_push: Force a push to the accounts of `force_push_list` (or to
                every member with `force_push_all`), as an @-mention does.
            force_push_content: Push text used for the forced push. At most 500
                characters.
            force_push_all: Force the push to every valid team member except the sender,
                instead of `force_push_list`.
            force_push_list: Accounts that get the forced push even if they muted the
                team, as a JSON array. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            env: Name of the environment whose message-copy and callback addresses (set
                in the console) receive this notification.
            check_accid_async_enable: Check the accounts asynchronously; the exact
                effect is not documented.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/sendAttachMsg.action``
        (operation ``msgSendAttachMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _SEND_ATTACH_MSG,
                {
                    "from": from_,
                    "msgtype": msgtype,
                    "to": to,
                    "attach": attach,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "sound": sound,
                    "save": save,
                    "option": option,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "forcePushAll": force_push_all,
                    "forcePushList": force_push_list,
                    "env": env,
                    "checkAccidAsyncEnable": check_accid_async_enable,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_batch_attach_msg(
        self,
        *,
        from_accid: str,
        to_accids: list[str],
        attach: str,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        sound: str | None = None,
        save: Literal[1, 2] | None = None,
        option: AttachMsgOption | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        env: str | None = None,
        check_accid_async_enable: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgSendBatchAttachMsgResponse:
        """Send a custom system notification to many users.

        Sends the same app-defined notification from one account to up to 500 users in
        one call. Receivers that do not exist are listed in `unregister`; the others get
        the notification.

        Args:
            from_accid: Account that sends the notification. 1 to 32 characters.
            to_accids: Receiving accounts, at most 500, as a JSON array. At least 1
                items; at most 500 items; each 1 to 32 characters. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            attach: The notification content, defined by the app; JSON text is usual. At
                most 4096 characters.
            pushcontent: Text of the push notification shown on offline devices. At most
                500 characters.
            payload: Push payload handed to the device with the push notification, as a
                JSON object. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            sound: File name of a sound bundled with the app, played with the push
                notification. At most 30 characters.
            save: 1 deliver only to receivers online now; 2 also keep it for offline
                receivers. One of 1, 2. The server's default is 2.
            option: Behaviour switches (unread badge, nickname in push, message copy) as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            is_force_push: Force a push notification to the receivers.
            force_push_content: Push text used for the forced push. At most 500
                characters.
            env: Name of the environment whose message-copy and callback addresses (set
                in the console) receive this notification.
            check_accid_async_enable: Check the accounts asynchronously; the exact
                effect is not documented.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgSendBatchAttachMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/msg/sendBatchAttachMsg.action``
        (operation ``msgSendBatchAttachMsg`` in the spec).
        """
        return _cast(
            "MsgSendBatchAttachMsgResponse",
            self._client._call(
                _SEND_BATCH_ATTACH_MSG,
                {
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "attach": attach,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "sound": sound,
                    "save": save,
                    "option": option,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "env": env,
                    "checkAccidAsyncEnable": check_accid_async_enable,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_batch_msg(
        self,
        *,
        from_accid: str,
        to_accids: list[str],
        type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        body: (
            TextBody
            | ImageBody
            | AudioBody
            | VideoBody
            | LocationBody
            | FileBody
            | TipsBody
            | dict[str, Any]
        ),
        option: SendOption | None = None,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        ext: str | None = None,
        bid: str | None = None,
        use_yidun: int | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        return_msgid: bool | None = None,
        env: str | None = None,
        msg_desc: str | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        msg_sender_no_sense: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgSendBatchMsgResponse:
        """Send one message to many users.

        Sends the same one-to-one message from one sender to up to 500 receivers.
        Receivers that do not exist are reported in `unregister`. With `return_msgid`
        the per-receiver message ids are returned too, and the receiver list is then
        limited to 100.

        Args:
            from_accid: Sender of the message. 1 to 32 characters.
            to_accids: JSON array of receiver account ids; at most 500, or 100 when
                `return_msgid` is true. At least 1 items; at most 500 items; each 1 to
                32 characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            type: Message type; 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            body: The message body as JSON text, shaped by `type` (for a text message
                `{"msg":"..."}`). At most 5000 characters of JSON text. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            option: JSON object of behaviour switches such as push, roaming and unread
                counting. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            pushcontent: Push notification text. If the server ignores it, send the
                other spelling with `call_extra_fields={"pushContent": ...}`. At most
                500 characters.
            payload: App-defined push payload, a JSON object of at most about 2K
                characters. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            ext: App-defined extension of the message. At most 1024 characters.
            bid: Anti-spam business id to use for this message instead of the app
                default.
            use_yidun: Set 0 to check this message with the generic anti-spam service
                instead of Yidun.
            yidun_anti_cheating: Extension passed to the Yidun anti-cheating check, a
                JSON object of at most 1024 characters. At most 1024 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            return_msgid: Return the message id created for each receiver; limits
                `to_accids` to 100.
            env: Environment name; picks which configured message-copy and callback
                address receives the message.
            msg_desc: Description of the message, for example a summary of a custom
                message.
            yidun_anti_spam_ext: Extension passed to the Yidun anti-spam check, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            msg_sender_no_sense: 1 to keep no copy on the sender's side (no multi-device
                sync, roaming or history for the sender). One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgSendBatchMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/msg/sendBatchMsg.action``
        (operation ``msgSendBatchMsg`` in the spec).
        """
        return _cast(
            "MsgSendBatchMsgResponse",
            self._client._call(
                _SEND_BATCH_MSG,
                {
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "type": type,
                    "body": body,
                    "option": option,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "ext": ext,
                    "bid": bid,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "returnMsgid": return_msgid,
                    "env": env,
                    "msgDesc": msg_desc,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "msgSenderNoSense": msg_sender_no_sense,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_msg(
        self,
        *,
        from_: str,
        ope: Literal[0, 1] | bool,
        to: str | int,
        type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        body: (
            TextBody
            | ImageBody
            | AudioBody
            | VideoBody
            | LocationBody
            | FileBody
            | TipsBody
            | dict[str, Any]
        ),
        antispam: bool | None = None,
        antispam_custom: MsgSendMsgAntispamCustom | None = None,
        option: SendOption | None = None,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        ext: str | None = None,
        forcepushlist: list[str] | None = None,
        forcepushcontent: str | None = None,
        forcepushall: bool | None = None,
        bid: str | None = None,
        use_yidun: int | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        mark_read: Literal[0, 1] | bool | None = None,
        check_friend: bool | None = None,
        sub_type: int | None = None,
        msg_sender_no_sense: Literal[0, 1] | bool | None = None,
        msg_receiver_no_sense: Literal[0, 1] | bool | None = None,
        env: str | None = None,
        msg_desc: str | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        async_: bool | None = None,
        robot_account: str | None = None,
        robot_topic: str | None = None,
        robot_function: str | None = None,
        robot_custom_content: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgSendMsgResponse:
        """Send a message to a user or a team.

        Sends a message of any regular type (text, image, audio, video, location, file,
        tip or custom) from an account to another account or to an advanced team, and
        returns the server message id and send time, which later recall and delete calls
        need. Messages sent this way do not trigger third-party callbacks. Team messages
        count against their own rate limit, separate from team management calls.

        Args:
            from_: Sender of the message. 1 to 32 characters.
            ope: 0 for a one-to-one message, 1 for an advanced team message; any other
                value is rejected with 414. One of 0, 1.
            to: Receiver; an account id when `ope` is 0, a team id when `ope` is 1; a
                team id may be given as a number.
            type: Message type; 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            body: The message body as JSON text, shaped by `type` (for a text message
                `{"msg":"..."}`). At most 5000 characters of JSON text. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            antispam: For a custom message, send only `antispam_custom` (not the body)
                to the anti-spam check. The server's default is False.
            antispam_custom: Content to submit to the anti-spam check instead of the
                body, as JSON text. At most 5000 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            option: JSON object of behaviour switches such as push, roaming and unread
                counting. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            pushcontent: Push notification text. If the server ignores it, send the
                other spelling with `call_extra_fields={"pushContent": ...}`. At most
                500 characters.
            payload: App-defined push payload, a JSON object of at most about 2K
                characters. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            ext: App-defined extension of the message. At most 1024 characters.
            forcepushlist: For a team message, JSON array of members who get a forced
                push (for example @-mentions). If the server ignores it, send the other
                spelling with `call_extra_fields={"forcePushList": ...}`. At least 1
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            forcepushcontent: Push text used for the members in `forcepushlist`. If the
                server ignores it, send the other spelling with
                `call_extra_fields={"forcePushContent": ...}`.
            forcepushall: For a team message, force the push to every valid member
                except the sender. If the server ignores it, send the other spelling
                with `call_extra_fields={"forcePushAll": ...}`. The server's default is
                False.
            bid: Anti-spam business id to use for this message instead of the app
                default.
            use_yidun: Set 0 to check this message with the generic anti-spam service
                instead of Yidun.
            yidun_anti_cheating: Extension passed to the Yidun anti-cheating check, a
                JSON object of at most 1024 characters. At most 1024 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            mark_read: For a team message, 1 to ask for read receipts, 0 not to. One of
                0, 1.
            check_friend: Deliver only if sender and receiver are friends; the feature
                must be enabled for the app.
            sub_type: App-defined sub-type of the message, greater than 0. At least 1.
            msg_sender_no_sense: 1 to keep no copy on the sender's side (no multi-device
                sync, roaming or history for the sender). One of 0, 1.
            msg_receiver_no_sense: 1 to keep no copy on the receivers' side (no
                multi-device sync, roaming or history for them). One of 0, 1.
            env: Environment name; picks which configured message-copy and callback
                address receives the message.
            msg_desc: Description of the message, for example a summary of a custom
                message.
            yidun_anti_spam_ext: Extension passed to the Yidun anti-spam check, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            async_: Ask the server to send the message asynchronously; the exact
                semantics are not documented.
            robot_account: Robot account the message is addressed to (legacy robot
                feature).
            robot_topic: Topic passed to the robot (legacy robot feature).
            robot_function: Robot function to invoke (legacy robot feature).
            robot_custom_content: Custom content handed to the robot (legacy robot
                feature).
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/sendMsg.action``
        (operation ``msgSendMsg`` in the spec).
        """
        return _cast(
            "MsgSendMsgResponse",
            self._client._call(
                _SEND_MSG,
                {
                    "from": from_,
                    "ope": ope,
                    "to": to,
                    "type": type,
                    "body": body,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "option": option,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "ext": ext,
                    "forcepushlist": forcepushlist,
                    "forcepushcontent": forcepushcontent,
                    "forcepushall": forcepushall,
                    "bid": bid,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "markRead": mark_read,
                    "checkFriend": check_friend,
                    "subType": sub_type,
                    "msgSenderNoSense": msg_sender_no_sense,
                    "msgReceiverNoSense": msg_receiver_no_sense,
                    "env": env,
                    "msgDesc": msg_desc,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "async": async_,
                    "robotAccount": robot_account,
                    "robotTopic": robot_topic,
                    "robotFunction": robot_function,
                    "robotCustomContent": robot_custom_content,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def upload(
        self,
        *,
        content: str,
        type: str | None = None,
        ishttps: bool | None = None,
        expire_sec: int | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgUploadResponse:
        """Upload a file given as base64 text.

        Uploads a file of at most 15 MB, sent as base64 text in a form field, to NetEase
        storage (NOS) and returns its download URL, which can then be used in the body
        of an image, audio, video or file message.

        Args:
            content: The file's bytes encoded as base64; the file may be at most 15 MB.
            type: Type label of the file, such as its extension.
            ishttps: Return an https URL instead of an http one. The server's default is
                False.
            expire_sec: Lifetime of the file in seconds; at least 86400 (one day). At
                least 86400.
            tag: Usage-scene label of the file, which `job/nos/del.action` can filter
                on. At most 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgUploadResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/upload.action``
        (operation ``msgUpload`` in the spec).
        """
        return _cast(
            "MsgUploadResponse",
            self._client._call(
                _UPLOAD,
                {
                    "content": content,
                    "type": type,
                    "ishttps": ishttps,
                    "expireSec": expire_sec,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncMsgGroup:
    """Operations under ``msg/``, reached as ``client.msg`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def broadcast_msg(
        self,
        *,
        body: str,
        from_: str | None = None,
        is_offline: bool | None = None,
        ttl: int | None = None,
        target_os: list[Literal["ios", "aos", "pc", "web", "mac"]] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgBroadcastMsgResponse:
        """Broadcast a message to every user of the app.

        Sends one message to all users of the app, optionally only to some client
        platforms. With `is_offline` the message is also kept for users who log in
        later, for `ttl` hours. The feature must be enabled for the app in the console,
        and only clients logged in to IM with a recent enough SDK version receive
        broadcasts.

        Args:
            body: Content of the broadcast. At most 4096 characters.
            from_: Account shown as the sender. 1 to 32 characters.
            is_offline: Also keep the broadcast for users who are offline now. The
                server's default is False.
            ttl: How long an offline broadcast is kept, in hours (default seven days);
                used only with `is_offline`. The server's default is 168.
            target_os: Client platforms to reach, as a JSON array; every platform when
                omitted. At least 1 items; each one of "ios", "aos", "pc", "web", "mac".
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgBroadcastMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/msg/broadcastMsg.action``
        (operation ``msgBroadcastMsg`` in the spec).
        """
        return _cast(
            "MsgBroadcastMsgResponse",
            await self._client._call(
                _BROADCAST_MSG,
                {
                    "body": body,
                    "from": from_,
                    "isOffline": is_offline,
                    "ttl": ttl,
                    "targetOs": target_os,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def del_msg(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        type: Literal[7, 8],
        from_: str,
        to: str | int,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a stored message.

        Deletes one one-to-one or team message from the server's storage, identified by
        its server message id and send time. The call returns no payload.

        Args:
            delete_msgid: Server message id (`msgid`) of the message to delete.
            timetag: Send time of the message, in milliseconds since the epoch.
            type: Conversation kind of the message; 7 one-to-one, 8 team. Any other
                value is rejected with 414. One of 7, 8.
            from_: Sender of the message. 1 to 32 characters.
            to: Receiver of the message; an account id for a one-to-one message, a team
                id for a team message; a team id may be given as a number.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/delMsg.action``
        (operation ``msgDelMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DEL_MSG,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "type": type,
                    "from": from_,
                    "to": to,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def del_msg_one_way(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        type: Literal[13, 14],
        from_: str,
        to: str | int,
        msg: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a message for the sender only.

        One-way recall: removes a one-to-one or team message from the sender's side
        while the receivers keep their copy. The call returns no payload.

        Args:
            delete_msgid: Server message id (`msgid`) of the message to recall.
            timetag: Send time of the message, in milliseconds since the epoch.
            type: 13 for a one-to-one message, 14 for a team message; any other value is
                rejected with 414. One of 13, 14.
            from_: Sender of the message. 1 to 32 characters.
            to: Receiver of the message; an account id for a one-to-one message, a team
                id for a team message; a team id may be given as a number.
            msg: Text describing the recall.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/delMsgOneWay.action``
        (operation ``msgDelMsgOneWay`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DEL_MSG_ONE_WAY,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "type": type,
                    "from": from_,
                    "to": to,
                    "msg": msg,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def del_roam_session(
        self,
        *,
        type: Literal[1, 2],
        from_: str,
        to: str | int,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Clear a conversation's roaming messages.

        Deletes the roaming messages (the copies kept for syncing to devices that log in
        later) of one conversation for one user. Cloud history is not affected. The call
        returns no payload.

        Args:
            type: 1 for a one-to-one conversation, 2 for a team conversation; any other
                value is rejected with 414. One of 1, 2.
            from_: User whose roaming messages are cleared. 1 to 32 characters.
            to: The other side of the conversation; an account id when `type` is 1, a
                team id when `type` is 2; a team id may be given as a number.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/delRoamSession.action``
        (operation ``msgDelRoamSession`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DEL_ROAM_SESSION,
                {
                    "type": type,
                    "from": from_,
                    "to": to,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def file_upload(
        self,
        *,
        content: FileInput,
        type: str | None = None,
        ishttps: bool | None = None,
        expire_sec: int | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgFileUploadResponse:
        """Upload a file as a multipart body.

        Uploads a file of at most 15 MB to NetEase storage (NOS), sent as a
        `multipart/form-data` part rather than as base64 text, and returns its download
        URL. Unlike every other operation the body is multipart. The official 2024+ SDKs
        do not offer this operation; `msg/upload.action` does the same with a base64
        field.

        Args:
            content: The file itself, at most 15 MB.
            type: Type label of the file, such as its extension.
            ishttps: Return an https URL instead of an http one. The server's default is
                False.
            expire_sec: Lifetime of the file in seconds; at least 86400 (one day). At
                least 86400.
            tag: Usage-scene label of the file, which `job/nos/del.action` can filter
                on. At most 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgFileUploadResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/fileUpload.action``
        (operation ``msgFileUpload`` in the spec).
        """
        return _cast(
            "MsgFileUploadResponse",
            await self._client._call(
                _FILE_UPLOAD,
                {
                    "content": content,
                    "type": type,
                    "ishttps": ishttps,
                    "expireSec": expire_sec,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mark_read_msg(
        self,
        *,
        from_: str | None = None,
        to: str | None = None,
        msgid_client: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgMarkReadMsgResponse:
        """Send a one-to-one read receipt.

        Marks a one-to-one message as read on behalf of its receiver, which sends a read
        receipt to the peer, and returns the receipt time.

        Args:
            from_: The reader, who sends the receipt. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to: The peer whose message is acknowledged. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            msgid_client: Client-side message id of the message that was read. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgMarkReadMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/markReadMsg.action``
        (operation ``msgMarkReadMsg`` in the spec).
        """
        return _cast(
            "MsgMarkReadMsgResponse",
            await self._client._call(
                _MARK_READ_MSG,
                {
                    "from": from_,
                    "to": to,
                    "msgidClient": msgid_client,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mark_read_team_msg(
        self,
        *,
        accid: str | None = None,
        tid: int | str | None = None,
        msgids: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgMarkReadTeamMsgResponse:
        """Send team message read receipts.

        Marks team messages as read on behalf of one team member. Only messages sent
        with read receipts enabled (`markRead` of `msg/sendMsg`) take part. The answer
        lists the message ids that could not be marked.

        Args:
            accid: Team member who read the messages. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            tid: Team id, as returned when the team was created. The spec doubts some of
                these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            msgids: JSON array of the server message ids (`msgid`) that were read. At
                least 1 items. Sent as compact JSON; JSON text given as a str is checked
                and sent as is. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgMarkReadTeamMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/markReadTeamMsg.action``
        (operation ``msgMarkReadTeamMsg`` in the spec).
        """
        return _cast(
            "MsgMarkReadTeamMsgResponse",
            await self._client._call(
                _MARK_READ_TEAM_MSG,
                {
                    "accid": accid,
                    "tid": tid,
                    "msgids": msgids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def recall(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        type: Literal[7, 8],
        from_: str,
        to: str | int,
        msg: str | None = None,
        ignore_time: Literal["1"] | None = None,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        env: str | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a message for both sides.

        Withdraws a one-to-one or team message so that neither the sender nor the
        receivers keep it, and notifies the receivers. Only recent messages can be
        recalled (older ones fail with 508) unless `ignore_time` is 1, which allows
        messages up to 30 days old. The call returns no payload.

        Args:
            delete_msgid: Server message id (`msgid`) of the message to recall.
            timetag: Send time of the message, in milliseconds since the epoch.
            type: 7 to recall a one-to-one message, 8 to recall a team message; any
                other value is rejected with 414. One of 7, 8.
            from_: Sender of the message. 1 to 32 characters.
            to: Receiver of the message; an account id for a one-to-one message, a team
                id for a team message; a team id may be given as a number.
            msg: Text describing the recall.
            ignore_time: Send `1` to skip the recall time-window check (messages up to
                30 days old can then be recalled); any other value is rejected with 414.
                One of "1".
            pushcontent: Push notification text for the recall; text beyond 500
                characters is cut off.
            payload: App-defined push payload, a JSON object of at most about 2K
                characters. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name; picks which configured message-copy and callback
                address receives this event.
            attach: App-defined extension carried by the recall notification. At most
                5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/recall.action``
        (operation ``msgRecall`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _RECALL,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "type": type,
                    "from": from_,
                    "to": to,
                    "msg": msg,
                    "ignoreTime": ignore_time,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "env": env,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_attach_msg(
        self,
        *,
        from_: str,
        msgtype: Literal[0, 1] | bool,
        to: str | int,
        attach: str,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        sound: str | None = None,
        save: Literal[1, 2] | None = None,
        option: AttachMsgOption | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        force_push_all: bool | None = None,
        force_push_list: list[str] | None = None,
        env: str | None = None,
        check_accid_async_enable: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Send a custom system notification.

        Sends an app-defined notification from one account to one user or to every
        member of one team. The notification is delivered to the receivers' devices but
        is not kept in the message history; with `save` set to 2 it is also held for
        receivers who are offline.

        Args:
            from_: Account that sends the notification. 1 to 32 characters.
            msgtype: Kind of receiver: 0 a single user (`to` is an account id), 1 a team
                (`to` is a team id). Other values are rejected with 414. One of 0, 1.
            to: Receiving account id when `msgtype` is 0, or team id when `msgtype` is
                1; a team id may be given as a number.
            attach: The notification content, defined by the app; JSON text is usual. At
                most 4096 characters.
            pushcontent: Text of the push notification shown on offline devices. At most
                500 characters.
            payload: Push payload handed to the device with the push notification, as a
                JSON object. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            sound: File name of a sound bundled with the app, played with the push
                notification. At most 30 characters.
            save: 1 deliver only to receivers online now; 2 also keep it for offline
                receivers. One of 1, 2. The server's default is 2.
            option: Behaviour switches (unread badge, nickname in push, message copy) as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            is_force_push: Force a push to the accounts of `force_push_list` (or to
                every member with `force_push_all`), as an @-mention does.
            force_push_content: Push text used for the forced push. At most 500
                characters.
            force_push_all: Force the push to every valid team member except the sender,
                instead of `force_push_list`.
            force_push_list: Accounts that get the forced push even if they muted the
                team, as a JSON array. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            env: Name of the environment whose message-copy and callback addresses (set
                in the console) receive this notification.
            check_accid_async_enable: Check the accounts asynchronously; the exact
                effect is not documented.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/sendAttachMsg.action``
        (operation ``msgSendAttachMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _SEND_ATTACH_MSG,
                {
                    "from": from_,
                    "msgtype": msgtype,
                    "to": to,
                    "attach": attach,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "sound": sound,
                    "save": save,
                    "option": option,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "forcePushAll": force_push_all,
                    "forcePushList": force_push_list,
                    "env": env,
                    "checkAccidAsyncEnable": check_accid_async_enable,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_batch_attach_msg(
        self,
        *,
        from_accid: str,
        to_accids: list[str],
        attach: str,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        sound: str | None = None,
        save: Literal[1, 2] | None = None,
        option: AttachMsgOption | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        env: str | None = None,
        check_accid_async_enable: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgSendBatchAttachMsgResponse:
        """Send a custom system notification to many users.

        Sends the same app-defined notification from one account to up to 500 users in
        one call. Receivers that do not exist are listed in `unregister`; the others get
        the notification.

        Args:
            from_accid: Account that sends the notification. 1 to 32 characters.
            to_accids: Receiving accounts, at most 500, as a JSON array. At least 1
                items; at most 500 items; each 1 to 32 characters. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            attach: The notification content, defined by the app; JSON text is usual. At
                most 4096 characters.
            pushcontent: Text of the push notification shown on offline devices. At most
                500 characters.
            payload: Push payload handed to the device with the push notification, as a
                JSON object. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            sound: File name of a sound bundled with the app, played with the push
                notification. At most 30 characters.
            save: 1 deliver only to receivers online now; 2 also keep it for offline
                receivers. One of 1, 2. The server's default is 2.
            option: Behaviour switches (unread badge, nickname in push, message copy) as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            is_force_push: Force a push notification to the receivers.
            force_push_content: Push text used for the forced push. At most 500
                characters.
            env: Name of the environment whose message-copy and callback addresses (set
                in the console) receive this notification.
            check_accid_async_enable: Check the accounts asynchronously; the exact
                effect is not documented.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgSendBatchAttachMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/msg/sendBatchAttachMsg.action``
        (operation ``msgSendBatchAttachMsg`` in the spec).
        """
        return _cast(
            "MsgSendBatchAttachMsgResponse",
            await self._client._call(
                _SEND_BATCH_ATTACH_MSG,
                {
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "attach": attach,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "sound": sound,
                    "save": save,
                    "option": option,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "env": env,
                    "checkAccidAsyncEnable": check_accid_async_enable,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_batch_msg(
        self,
        *,
        from_accid: str,
        to_accids: list[str],
        type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        body: (
            TextBody
            | ImageBody
            | AudioBody
            | VideoBody
            | LocationBody
            | FileBody
            | TipsBody
            | dict[str, Any]
        ),
        option: SendOption | None = None,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        ext: str | None = None,
        bid: str | None = None,
        use_yidun: int | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        return_msgid: bool | None = None,
        env: str | None = None,
        msg_desc: str | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        msg_sender_no_sense: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgSendBatchMsgResponse:
        """Send one message to many users.

        Sends the same one-to-one message from one sender to up to 500 receivers.
        Receivers that do not exist are reported in `unregister`. With `return_msgid`
        the per-receiver message ids are returned too, and the receiver list is then
        limited to 100.

        Args:
            from_accid: Sender of the message. 1 to 32 characters.
            to_accids: JSON array of receiver account ids; at most 500, or 100 when
                `return_msgid` is true. At least 1 items; at most 500 items; each 1 to
                32 characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            type: Message type; 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            body: The message body as JSON text, shaped by `type` (for a text message
                `{"msg":"..."}`). At most 5000 characters of JSON text. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            option: JSON object of behaviour switches such as push, roaming and unread
                counting. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            pushcontent: Push notification text. If the server ignores it, send the
                other spelling with `call_extra_fields={"pushContent": ...}`. At most
                500 characters.
            payload: App-defined push payload, a JSON object of at most about 2K
                characters. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            ext: App-defined extension of the message. At most 1024 characters.
            bid: Anti-spam business id to use for this message instead of the app
                default.
            use_yidun: Set 0 to check this message with the generic anti-spam service
                instead of Yidun.
            yidun_anti_cheating: Extension passed to the Yidun anti-cheating check, a
                JSON object of at most 1024 characters. At most 1024 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            return_msgid: Return the message id created for each receiver; limits
                `to_accids` to 100.
            env: Environment name; picks which configured message-copy and callback
                address receives the message.
            msg_desc: Description of the message, for example a summary of a custom
                message.
            yidun_anti_spam_ext: Extension passed to the Yidun anti-spam check, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            msg_sender_no_sense: 1 to keep no copy on the sender's side (no multi-device
                sync, roaming or history for the sender). One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgSendBatchMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/msg/sendBatchMsg.action``
        (operation ``msgSendBatchMsg`` in the spec).
        """
        return _cast(
            "MsgSendBatchMsgResponse",
            await self._client._call(
                _SEND_BATCH_MSG,
                {
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "type": type,
                    "body": body,
                    "option": option,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "ext": ext,
                    "bid": bid,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "returnMsgid": return_msgid,
                    "env": env,
                    "msgDesc": msg_desc,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "msgSenderNoSense": msg_sender_no_sense,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_msg(
        self,
        *,
        from_: str,
        ope: Literal[0, 1] | bool,
        to: str | int,
        type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        body: (
            TextBody
            | ImageBody
            | AudioBody
            | VideoBody
            | LocationBody
            | FileBody
            | TipsBody
            | dict[str, Any]
        ),
        antispam: bool | None = None,
        antispam_custom: MsgSendMsgAntispamCustom | None = None,
        option: SendOption | None = None,
        pushcontent: str | None = None,
        payload: dict[str, Any] | None = None,
        ext: str | None = None,
        forcepushlist: list[str] | None = None,
        forcepushcontent: str | None = None,
        forcepushall: bool | None = None,
        bid: str | None = None,
        use_yidun: int | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        mark_read: Literal[0, 1] | bool | None = None,
        check_friend: bool | None = None,
        sub_type: int | None = None,
        msg_sender_no_sense: Literal[0, 1] | bool | None = None,
        msg_receiver_no_sense: Literal[0, 1] | bool | None = None,
        env: str | None = None,
        msg_desc: str | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        async_: bool | None = None,
        robot_account: str | None = None,
        robot_topic: str | None = None,
        robot_function: str | None = None,
        robot_custom_content: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgSendMsgResponse:
        """Send a message to a user or a team.

        Sends a message of any regular type (text, image, audio, video, location, file,
        tip or custom) from an account to another account or to an advanced team, and
        returns the server message id and send time, which later recall and delete calls
        need. Messages sent this way do not trigger third-party callbacks. Team messages
        count against their own rate limit, separate from team management calls.

        Args:
            from_: Sender of the message. 1 to 32 characters.
            ope: 0 for a one-to-one message, 1 for an advanced team message; any other
                value is rejected with 414. One of 0, 1.
            to: Receiver; an account id when `ope` is 0, a team id when `ope` is 1; a
                team id may be given as a number.
            type: Message type; 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            body: The message body as JSON text, shaped by `type` (for a text message
                `{"msg":"..."}`). At most 5000 characters of JSON text. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            antispam: For a custom message, send only `antispam_custom` (not the body)
                to the anti-spam check. The server's default is False.
            antispam_custom: Content to submit to the anti-spam check instead of the
                body, as JSON text. At most 5000 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            option: JSON object of behaviour switches such as push, roaming and unread
                counting. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            pushcontent: Push notification text. If the server ignores it, send the
                other spelling with `call_extra_fields={"pushContent": ...}`. At most
                500 characters.
            payload: App-defined push payload, a JSON object of at most about 2K
                characters. At most 2048 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            ext: App-defined extension of the message. At most 1024 characters.
            forcepushlist: For a team message, JSON array of members who get a forced
                push (for example @-mentions). If the server ignores it, send the other
                spelling with `call_extra_fields={"forcePushList": ...}`. At least 1
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            forcepushcontent: Push text used for the members in `forcepushlist`. If the
                server ignores it, send the other spelling with
                `call_extra_fields={"forcePushContent": ...}`.
            forcepushall: For a team message, force the push to every valid member
                except the sender. If the server ignores it, send the other spelling
                with `call_extra_fields={"forcePushAll": ...}`. The server's default is
                False.
            bid: Anti-spam business id to use for this message instead of the app
                default.
            use_yidun: Set 0 to check this message with the generic anti-spam service
                instead of Yidun.
            yidun_anti_cheating: Extension passed to the Yidun anti-cheating check, a
                JSON object of at most 1024 characters. At most 1024 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            mark_read: For a team message, 1 to ask for read receipts, 0 not to. One of
                0, 1.
            check_friend: Deliver only if sender and receiver are friends; the feature
                must be enabled for the app.
            sub_type: App-defined sub-type of the message, greater than 0. At least 1.
            msg_sender_no_sense: 1 to keep no copy on the sender's side (no multi-device
                sync, roaming or history for the sender). One of 0, 1.
            msg_receiver_no_sense: 1 to keep no copy on the receivers' side (no
                multi-device sync, roaming or history for them). One of 0, 1.
            env: Environment name; picks which configured message-copy and callback
                address receives the message.
            msg_desc: Description of the message, for example a summary of a custom
                message.
            yidun_anti_spam_ext: Extension passed to the Yidun anti-spam check, as a
                JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            async_: Ask the server to send the message asynchronously; the exact
                semantics are not documented.
            robot_account: Robot account the message is addressed to (legacy robot
                feature).
            robot_topic: Topic passed to the robot (legacy robot feature).
            robot_function: Robot function to invoke (legacy robot feature).
            robot_custom_content: Custom content handed to the robot (legacy robot
                feature).
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/sendMsg.action``
        (operation ``msgSendMsg`` in the spec).
        """
        return _cast(
            "MsgSendMsgResponse",
            await self._client._call(
                _SEND_MSG,
                {
                    "from": from_,
                    "ope": ope,
                    "to": to,
                    "type": type,
                    "body": body,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "option": option,
                    "pushcontent": pushcontent,
                    "payload": payload,
                    "ext": ext,
                    "forcepushlist": forcepushlist,
                    "forcepushcontent": forcepushcontent,
                    "forcepushall": forcepushall,
                    "bid": bid,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "markRead": mark_read,
                    "checkFriend": check_friend,
                    "subType": sub_type,
                    "msgSenderNoSense": msg_sender_no_sense,
                    "msgReceiverNoSense": msg_receiver_no_sense,
                    "env": env,
                    "msgDesc": msg_desc,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "async": async_,
                    "robotAccount": robot_account,
                    "robotTopic": robot_topic,
                    "robotFunction": robot_function,
                    "robotCustomContent": robot_custom_content,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def upload(
        self,
        *,
        content: str,
        type: str | None = None,
        ishttps: bool | None = None,
        expire_sec: int | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> MsgUploadResponse:
        """Upload a file given as base64 text.

        Uploads a file of at most 15 MB, sent as base64 text in a form field, to NetEase
        storage (NOS) and returns its download URL, which can then be used in the body
        of an image, audio, video or file message.

        Args:
            content: The file's bytes encoded as base64; the file may be at most 15 MB.
            type: Type label of the file, such as its extension.
            ishttps: Return an https URL instead of an http one. The server's default is
                False.
            expire_sec: Lifetime of the file in seconds; at least 86400 (one day). At
                least 86400.
            tag: Usage-scene label of the file, which `job/nos/del.action` can filter
                on. At most 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            MsgUploadResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/msg/upload.action``
        (operation ``msgUpload`` in the spec).
        """
        return _cast(
            "MsgUploadResponse",
            await self._client._call(
                _UPLOAD,
                {
                    "content": content,
                    "type": type,
                    "ishttps": ishttps,
                    "expireSec": expire_sec,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
