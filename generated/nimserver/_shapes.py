# Generated from spec/ by `python -m generator`; do not edit.
"""The checks of the JSON objects callers build (the TypedDicts of arguments), one per TypedDict."""

from __future__ import annotations

from ._checks import Bool, ListOf, Number, Object, OneOf, Str

__all__ = [
    "AntispamBidIds",
    "AttachMsgOption",
    "AudioBody",
    "ChatroomAntispamCustom",
    "ChatroomBatchMessage",
    "ChatroomQueryMembersByRoleRoles",
    "ChatroomTargetBatchMessage",
    "ChatroomUpdateMyRoomRoleBid",
    "FileBody",
    "ImageBody",
    "LocationBody",
    "MsgSendMsgAntispamCustom",
    "QChatMessageKey",
    "QchatBatchUpdateChannelReorderWeightReorderInfosItem",
    "QchatBatchUpdateServerReorderWeightReorderInfosItem",
    "QueueElementInput",
    "SendOption",
    "SuperteamQueryHistoryMsgByIdsMsgsItem",
    "SuperteamSendAttachMsgOption",
    "SuperteamSendMsgAntispamCustom",
    "TextBody",
    "TipsBody",
    "V2AccountConfiguration",
    "V2AntispamBusinessId",
    "V2AntispamConfiguration",
    "V2RoomMemberVirtualNew",
    "V2UserInformation",
    "VideoBody",
]

AntispamBidIds = Object(
    {
        "textbid": Str(),
        "picbid": Str(),
    },
)

AttachMsgOption = Object(
    {
        "badge": Bool(),
        "needPushNick": Bool(),
        "route": Bool(),
    },
)

AudioBody = Object(
    {
        "dur": Number(integral=True, minimum=0),
        "md5": Str(),
        "url": Str(),
        "ext": Str(),
        "size": Number(integral=True, minimum=0, format="int64"),
    },
    required=("url",),
)

ChatroomAntispamCustom = Object(
    {
        "type": OneOf((1, 2)),
        "data": Str(),
    },
    required=(
        "type",
        "data",
    ),
)

ChatroomBatchMessage = Object(
    {
        "msgId": Str(),
        "msgType": OneOf((0, 1, 2, 3, 4, 6, 10, 100)),
        "attach": Str(max_length=4096),
        "ext": Str(max_length=4096),
        "subType": Number(integral=True, minimum=1),
        "resendFlag": OneOf((0, 1)),
        "locX": Number(integral=False),
        "locY": Number(integral=False),
        "locZ": Number(integral=False),
    },
    required=(
        "msgId",
        "msgType",
    ),
)

ChatroomQueryMembersByRoleRoles = Object(
    {
        "creator": Bool(),
        "manager": Bool(),
        "blacklist": Bool(),
        "mute": Bool(),
    },
)

ChatroomTargetBatchMessage = Object(
    {
        "msgId": Str(),
        "msgType": OneOf((0, 1, 2, 3, 4, 6, 10, 100)),
        "attach": Str(max_length=4096),
        "ext": Str(max_length=4096),
        "subType": Number(integral=True, minimum=1),
        "resendFlag": OneOf((0, 1)),
    },
    required=(
        "msgId",
        "msgType",
    ),
)

ChatroomUpdateMyRoomRoleBid = Object(
    {
        "textbid": Str(),
        "picbid": Str(),
    },
)

FileBody = Object(
    {
        "name": Str(),
        "md5": Str(),
        "url": Str(),
        "ext": Str(),
        "size": Number(integral=True, minimum=0, format="int64"),
    },
    required=("url",),
)

ImageBody = Object(
    {
        "name": Str(),
        "md5": Str(),
        "url": Str(),
        "ext": Str(),
        "w": Number(integral=True, minimum=0),
        "h": Number(integral=True, minimum=0),
        "size": Number(integral=True, minimum=0, format="int64"),
    },
    required=("url",),
)

LocationBody = Object(
    {
        "title": Str(),
        "lng": Number(integral=False, minimum=-180, maximum=180),
        "lat": Number(integral=False, minimum=-90, maximum=90),
    },
    required=(
        "lng",
        "lat",
    ),
)

MsgSendMsgAntispamCustom = Object(
    {
        "type": OneOf((1, 2)),
        "data": Str(),
    },
    required=(
        "type",
        "data",
    ),
)

QChatMessageKey = Object(
    {
        "msgIdServer": Number(integral=True, format="int64"),
        "msgTime": Number(integral=True, format="int64"),
    },
    required=(
        "msgIdServer",
        "msgTime",
    ),
)

QchatBatchUpdateChannelReorderWeightReorderInfosItem = Object(
    {
        "channelId": Number(integral=True, format="int64"),
        "reorderWeight": Number(integral=True, format="int64"),
    },
    required=(
        "channelId",
        "reorderWeight",
    ),
)

QchatBatchUpdateServerReorderWeightReorderInfosItem = Object(
    {
        "serverId": Number(integral=True, format="int64"),
        "reorderWeight": Number(integral=True, format="int64"),
    },
    required=(
        "serverId",
        "reorderWeight",
    ),
)

QueueElementInput = Object(
    {
        "key": Str(max_length=128),
        "value": Str(max_length=4096),
        "accid": Str(),
        "transient": Bool(),
    },
    required=(
        "key",
        "value",
    ),
)

SendOption = Object(
    {
        "roam": Bool(),
        "history": Bool(),
        "sendersync": Bool(),
        "push": Bool(),
        "route": Bool(),
        "badge": Bool(),
        "needPushNick": Bool(),
        "persistent": Bool(),
        "sessionUpdate": Bool(),
    },
)

SuperteamQueryHistoryMsgByIdsMsgsItem = Object(
    {
        "msgid": Number(integral=True, format="int64"),
        "from": Str(),
        "to": Number(integral=True, format="int64"),
        "time": Number(integral=True, format="int64"),
    },
    required=(
        "msgid",
        "from",
        "to",
        "time",
    ),
)

SuperteamSendAttachMsgOption = Object(
    {
        "badge": Bool(),
        "needPushNick": Bool(),
        "route": Bool(),
    },
)

SuperteamSendMsgAntispamCustom = Object(
    {
        "type": OneOf((1, 2)),
        "data": Str(),
    },
    required=(
        "type",
        "data",
    ),
)

TextBody = Object(
    {
        "msg": Str(),
    },
    required=("msg",),
)

TipsBody = Object(
    {
        "msg": Str(),
    },
    required=("msg",),
)

V2AccountConfiguration = Object(
    {
        "enabled": Bool(),
        "p2p_chat_banned": Bool(),
        "team_chat_banned": Bool(),
        "chatroom_chat_banned": Bool(),
        "qchat_chat_banned": Bool(),
        "push_enabled_when_desktop_online": Bool(),
    },
)

V2AntispamBusinessId = Object(
    {
        "type": Number(integral=True),
        "business_id": Str(),
    },
)

V2AntispamConfiguration = Object(
    {
        "enabled": Bool(),
        "business_id_map": ListOf(V2AntispamBusinessId),
    },
)

V2RoomMemberVirtualNew = Object(
    {
        "account_id": Str(min_length=1, max_length=32),
        "room_nick": Str(),
        "room_avatar": Str(),
        "extension": Str(),
    },
    required=("account_id",),
)

V2UserInformation = Object(
    {
        "name": Str(max_length=64),
        "avatar": Str(max_length=1024),
        "sign": Str(max_length=256),
        "email": Str(max_length=64),
        "birthday": Str(max_length=16),
        "mobile": Str(max_length=32),
        "gender": OneOf((0, 1, 2)),
        "extension": Str(max_length=1024),
        "email_validation_mode": OneOf((0, 1, 2)),
    },
)

VideoBody = Object(
    {
        "dur": Number(integral=True, minimum=0),
        "md5": Str(),
        "url": Str(),
        "w": Number(integral=True, minimum=0),
        "h": Number(integral=True, minimum=0),
        "ext": Str(),
        "size": Number(integral=True, minimum=0, format="int64"),
    },
    required=("url",),
)
