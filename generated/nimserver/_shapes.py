# Generated from spec/ by `python -m generator`; do not edit.
"""The checks of the JSON objects callers build (the TypedDicts of arguments), one per TypedDict."""

from __future__ import annotations

from ._checks import (
    ANY,
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
from ._doubts import Doubted, SpecDoubt, doubted_keys

__all__ = [
    "AntispamBidIds",
    "AttachMsgOption",
    "AudioBody",
    "ChatroomAntispamCustom",
    "FileBody",
    "ImageBody",
    "LocationBody",
    "VideoBody",
    "ChatroomBatchMessage",
    "ChatroomQueryMembersByRoleRoles",
    "ChatroomTargetBatchMessage",
    "ChatroomUpdateMyRoomRoleBid",
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
    "V2AiChatAssistHistoryItem",
    "V2AntispamBusinessId",
    "V2AntispamConfig",
    "V2AntispamConfiguration",
    "V2BroadcastChatroomMessage",
    "V2BroadcastChatroomMessageConfig",
    "V2ChatroomAiParams",
    "V2ChatroomMessageBody",
    "V2ChatroomMessageConfig",
    "V2ChatroomQueueElement",
    "V2ChatroomQueueNotificationConfig",
    "V2ConversationGroupChanges",
    "V2CustomNotificationConfig",
    "V2MessageAiParams",
    "V2MessageBody",
    "V2MessageConfig",
    "V2MessageModification",
    "V2MessageModifyMessageMessageConfig",
    "V2MessageP2pOption",
    "V2MessageQuickCommentTarget",
    "V2MessageRagInfo",
    "V2MessageRef",
    "V2MessageRobotConfig",
    "V2MessageStreamAttachment",
    "V2MessageStream",
    "V2MessageStreamMessageMessageConfig",
    "V2MessageSuperTeamOption",
    "V2MessageTargetOption",
    "V2MessageTeamOption",
    "V2MessageThreadRef",
    "V2MessageThreadConfig",
    "V2PushConfig",
    "V2PushContent",
    "V2RoomMemberVirtualNew",
    "V2RouteConfig",
    "V2SignalPushConfig",
    "V2SignalRouteConfig",
    "V2SystemPushSendPushNotificationPushConfig",
    "V2TeamConfiguration",
    "V2TeamConfigurationWithMute",
    "V2ToolTranslateTextTranslatorConfig",
    "V2UserInformation",
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
        "size": Number(integral=True, minimum=0, format="int64", digits=True),
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

FileBody = Object(
    {
        "name": Str(),
        "md5": Str(),
        "url": Str(),
        "ext": Str(),
        "size": Number(integral=True, minimum=0, format="int64", digits=True),
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
        "size": Number(integral=True, minimum=0, format="int64", digits=True),
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

VideoBody = Object(
    {
        "dur": Number(integral=True, minimum=0),
        "md5": Str(),
        "url": Str(),
        "w": Number(integral=True, minimum=0),
        "h": Number(integral=True, minimum=0),
        "ext": Str(),
        "size": Number(integral=True, minimum=0, format="int64", digits=True),
    },
    required=("url",),
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
    variants=Variants(
        "msgType",
        {
            1: Object(
                {
                    "attach": JsonText(ImageBody),
                },
                required=("attach",),
            ),
            2: Object(
                {
                    "attach": JsonText(AudioBody),
                },
                required=("attach",),
            ),
            3: Object(
                {
                    "attach": JsonText(VideoBody),
                },
                required=("attach",),
            ),
            4: Object(
                {
                    "attach": JsonText(LocationBody),
                },
                required=("attach",),
            ),
            6: Object(
                {
                    "attach": JsonText(FileBody),
                },
                required=("attach",),
            ),
        },
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
    variants=Variants(
        "msgType",
        {
            1: Object(
                {
                    "attach": JsonText(ImageBody),
                },
                required=("attach",),
            ),
            2: Object(
                {
                    "attach": JsonText(AudioBody),
                },
                required=("attach",),
            ),
            3: Object(
                {
                    "attach": JsonText(VideoBody),
                },
                required=("attach",),
            ),
            4: Object(
                {
                    "attach": JsonText(LocationBody),
                },
                required=("attach",),
            ),
            6: Object(
                {
                    "attach": JsonText(FileBody),
                },
                required=("attach",),
            ),
        },
    ),
)

ChatroomUpdateMyRoomRoleBid = Object(
    {
        "textbid": Str(),
        "picbid": Str(),
    },
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
        "msgIdServer": Number(integral=True, format="int64", digits=True),
        "msgTime": Number(integral=True, format="int64", digits=True),
    },
    required=(
        "msgIdServer",
        "msgTime",
    ),
)

QchatBatchUpdateChannelReorderWeightReorderInfosItem = Object(
    {
        "channelId": Number(integral=True, format="int64", digits=True),
        "reorderWeight": Number(integral=True, format="int64", digits=True),
    },
    required=(
        "channelId",
        "reorderWeight",
    ),
)

QchatBatchUpdateServerReorderWeightReorderInfosItem = Object(
    {
        "serverId": Number(integral=True, format="int64", digits=True),
        "reorderWeight": Number(integral=True, format="int64", digits=True),
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
        "msgid": Number(integral=True, format="int64", digits=True),
        "from": Str(),
        "to": Number(integral=True, format="int64", digits=True),
        "time": Number(integral=True, format="int64", digits=True),
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

TipsBody = doubted_keys(
    Object(
        {
            "msg": Str(),
        },
        required=("msg",),
    ),
    {
        "msg": (
            SpecDoubt(
                "required",
                "Whether msg is required in a tip body.",
                "One msg/sendMsg call of type 10 with an empty body object: code 414 means a key is required.",
            ),
        ),
    },
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

V2AiChatAssistHistoryItem = Object(
    {
        "sender_id": Str(),
        "text": Str(),
    },
    required=(
        "sender_id",
        "text",
    ),
)

V2AntispamBusinessId = Object(
    {
        "type": Number(integral=True),
        "business_id": Str(),
    },
)

V2AntispamConfig = Object(
    {
        "antispam_enabled": Bool(),
        "antispam_business_id": Str(),
        "antispam_extension": Str(max_length=1024),
        "antispam_cheating": Str(max_length=1024),
        "antispam_custom_message_enabled": Bool(),
        "antispam_custom_message": Str(max_length=5000),
    },
)

V2AntispamConfiguration = Object(
    {
        "enabled": Bool(),
        "business_id_map": ListOf(V2AntispamBusinessId),
    },
)

V2BroadcastChatroomMessage = Object(
    {
        "message_type": OneOf((0, 1, 2, 3, 4, 6, 10, 100)),
        "sub_type": Number(integral=True, minimum=0),
        "text": Str(max_length=5000),
        "attachment": MapOf(ANY),
    },
    required=("message_type",),
)

V2BroadcastChatroomMessageConfig = Object(
    {
        "high_priority": Bool(),
        "notify_target_tags": Str(),
    },
)

V2ChatroomAiParams = Object(
    {
        "account": Str(),
        "content": Str(),
        "messages": Str(),
        "prompt_variables": Str(),
        "config": Str(),
        "send_original": Bool(),
    },
)

V2ChatroomMessageBody = doubted_keys(
    Object(
        {
            "message_client_id": Str(),
            "message_type": OneOf((0, 1, 2, 3, 4, 6, 10, 100)),
            "sub_type": Number(integral=True, minimum=0),
            "text": Str(max_length=4096),
            "attachment": MapOf(ANY),
            "location_x": Number(integral=False),
            "location_y": Number(integral=False),
            "location_z": Number(integral=False),
        },
        required=(
            "message_client_id",
            "message_type",
        ),
        variants=Variants(
            "message_type",
            {
                0: Object({}, required=("text",)),
                1: Object({}, required=("attachment",)),
                2: Object({}, required=("attachment",)),
                3: Object({}, required=("attachment",)),
                4: Object({}, required=("attachment",)),
                6: Object({}, required=("attachment",)),
            },
        ),
    ),
    {
        "message_client_id": (
            SpecDoubt(
                "required",
                "Whether `message_client_id` must be given in a chat room message body.",
                "One chat room message send without `message_client_id`: code 414 means required.",
            ),
        ),
        "message_type": (
            SpecDoubt(
                "required",
                "Whether `message_type` must be given in a chat room message body.",
                "One chat room message send without `message_type`: code 414 means required.",
            ),
        ),
    },
)

V2ChatroomMessageConfig = Object(
    {
        "ignore_chat_banned": Bool(),
        "history_enabled": Bool(),
        "high_priority": Bool(),
        "need_high_priority_msg_resend": Bool(),
        "abandon_ratio": Number(integral=True, minimum=0, maximum=9999),
        "notify_target_tags": Str(max_length=128),
        "chat_msg_priority": Number(integral=True),
        "forbidden_if_high_priority_msg_freq": Number(integral=True),
    },
)

V2ChatroomQueueElement = doubted_keys(
    Object(
        {
            "element_key": Str(max_length=128),
            "element_value": Str(max_length=4096),
            "element_account_id": Str(),
            "element_transient": Bool(),
            "element_add_policy": Number(integral=True),
        },
        required=(
            "element_key",
            "element_value",
        ),
    ),
    {
        "element_key": (
            SpecDoubt(
                "required",
                "Whether `element_key` must be given in a queue element.",
                "One queue update with an element without `element_key`: code 414 means required.",
            ),
        ),
        "element_value": (
            SpecDoubt(
                "required",
                "Whether `element_value` must be given in a queue element.",
                "One queue update with an element without `element_value`: code 414 means required.",
            ),
        ),
    },
)

V2ChatroomQueueNotificationConfig = Object(
    {
        "notification_enabled": Bool(),
        "notification_extension": Str(max_length=2048),
        "high_priority": OneOf((0, 1)),
        "high_priority_policy": OneOf((0, 1)),
    },
)

V2ConversationGroupChanges = Object(
    {
        "type": Doubted(
            OneOf((1, 2)),
            Number(integral=True),
            (
                SpecDoubt(
                    "enum",
                    "Whether `type` takes 1 (add) and 2 (remove); both SDKs send an integer without naming its values.",
                    "The update page (https://doc.yunxin.163.com/messaging2/server-apis/TIzODU0NzQ?platform=server) field table, or one update with type 1 then 2 and a read-back.",
                ),
            ),
        ),
        "conversation_ids": Doubted(
            ListOf(Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"), max_items=100),
            ListOf(Str()),
            (
                SpecDoubt(
                    "limit",
                    "Whether one update may move at most 100 conversations; 100 is the limit the create page gives for `conversation_ids`.",
                    "One update with 101 conversation ids: refused means the limit holds.",
                ),
            ),
        ),
    },
    required=("type",),
)

V2CustomNotificationConfig = Object(
    {
        "offline_enabled": Bool(),
        "unread_enabled": Bool(),
    },
)

V2MessageAiParams = Object(
    {
        "account": Str(),
        "content": Str(),
        "messages": Str(),
        "prompt_variables": Str(),
        "config": Str(),
        "send_original": Bool(),
    },
)

V2MessageBody = Object(
    {
        "message_type": OneOf((0, 1, 2, 3, 4, 6, 10, 100)),
        "sub_type": Number(integral=True, minimum=0),
        "text": Str(max_length=5000),
        "attachment": MapOf(ANY),
        "message_client_id": Str(max_length=128),
    },
    required=("message_type",),
    variants=Variants(
        "message_type",
        {
            0: Object({}, required=("text",)),
            10: Object({}, required=("text",)),
            1: Object({}, required=("attachment",)),
            2: Object({}, required=("attachment",)),
            3: Object({}, required=("attachment",)),
            4: Object({}, required=("attachment",)),
            6: Object({}, required=("attachment",)),
        },
    ),
)

V2MessageConfig = Object(
    {
        "unread_enabled": Bool(),
        "mutil_sync_enabled": Bool(),
        "offline_enabled": Bool(),
        "history_enabled": Bool(),
        "roaming_enabled": Bool(),
        "conversation_update_enabled": Bool(),
    },
)

V2MessageModification = doubted_keys(
    Object(
        {
            "message_server_id": Number(integral=True, format="int64", digits=True),
            "receiver_id": Str(),
            "time": Number(integral=True, format="int64", digits=True),
            "sender_id": Str(),
            "message_type": OneOf((0, 1, 2, 3, 4, 6, 10, 100)),
            "sub_type": Number(integral=True),
            "text": Str(max_length=5000),
            "attachment": MapOf(ANY),
        },
        required=(
            "message_server_id",
            "receiver_id",
            "time",
            "sender_id",
            "message_type",
        ),
    ),
    {
        "message_server_id": (
            SpecDoubt(
                "required",
                "Whether `message_server_id` must be given in the message to modify.",
                "One modifyMsg call without `message_server_id` in `message`: code 414 means required.",
            ),
        ),
        "receiver_id": (
            SpecDoubt(
                "required",
                "Whether `receiver_id` must be given in the message to modify.",
                "One modifyMsg call without `receiver_id` in `message`: code 414 means required.",
            ),
        ),
        "time": (
            SpecDoubt(
                "required",
                "Whether `time` must be given in the message to modify.",
                "One modifyMsg call without `time` in `message`: code 414 means required.",
            ),
        ),
        "sender_id": (
            SpecDoubt(
                "required",
                "Whether `sender_id` must be given in the message to modify.",
                "One modifyMsg call without `sender_id` in `message`: code 414 means required.",
            ),
        ),
        "message_type": (
            SpecDoubt(
                "required",
                "Whether `message_type` must be given in the message to modify.",
                "One modifyMsg call without `message_type` in `message`: code 414 means required.",
            ),
        ),
    },
)

V2MessageModifyMessageMessageConfig = Object(
    {
        "conversation_update_enabled": Bool(),
    },
)

V2MessageP2pOption = Object(
    {
        "check_friend": Bool(),
    },
)

V2MessageQuickCommentTarget = doubted_keys(
    Object(
        {
            "conversation_type": OneOf((1, 2, 3)),
            "sender_id": Str(),
            "receiver_id": Str(),
            "message_server_id": Number(integral=True, format="int64", digits=True),
            "message_client_id": Str(),
            "create_time": Number(integral=True, format="int64", digits=True),
        },
        required=(
            "conversation_type",
            "sender_id",
            "receiver_id",
            "message_server_id",
            "message_client_id",
            "create_time",
        ),
    ),
    {
        "conversation_type": (
            SpecDoubt(
                "required",
                "Whether `conversation_type` must be given to name the commented message.",
                "One quick-comment call without `conversation_type` in `message`: code 414 means required.",
            ),
        ),
        "sender_id": (
            SpecDoubt(
                "required",
                "Whether `sender_id` must be given to name the commented message.",
                "One quick-comment call without `sender_id` in `message`: code 414 means required.",
            ),
        ),
        "receiver_id": (
            SpecDoubt(
                "required",
                "Whether `receiver_id` must be given to name the commented message.",
                "One quick-comment call without `receiver_id` in `message`: code 414 means required.",
            ),
        ),
        "message_server_id": (
            SpecDoubt(
                "required",
                "Whether `message_server_id` must be given to name the commented message.",
                "One quick-comment call without `message_server_id` in `message`: code 414 means required.",
            ),
        ),
        "message_client_id": (
            SpecDoubt(
                "required",
                "Whether `message_client_id` must be given to name the commented message.",
                "One quick-comment call without `message_client_id` in `message`: code 414 means required.",
            ),
        ),
        "create_time": (
            SpecDoubt(
                "required",
                "Whether `create_time` must be given to name the commented message.",
                "One quick-comment call without `create_time` in `message`: code 414 means required.",
            ),
        ),
    },
)

V2MessageRagInfo = Object(
    {
        "name": Str(),
        "icon": Str(),
        "title": Str(),
        "time": Number(integral=True, format="int64", digits=True),
        "url": Str(),
        "description": Str(),
    },
)

V2MessageRef = doubted_keys(
    Object(
        {
            "message_server_id": Number(integral=True, format="int64", digits=True),
            "create_time": Number(integral=True, format="int64", digits=True),
        },
        required=(
            "message_server_id",
            "create_time",
        ),
    ),
    {
        "message_server_id": (
            SpecDoubt(
                "required",
                "Whether `message_server_id` must be given to name a message.",
                "One call that names a message without `message_server_id`: code 414 means required.",
            ),
        ),
        "create_time": (
            SpecDoubt(
                "required",
                "Whether `create_time` must be given to name a message.",
                "One call that names a message without `create_time`: code 414 means required.",
            ),
        ),
    },
)

V2MessageRobotConfig = Object(
    {
        "robot_account_id": Str(),
        "robot_topic": Str(),
        "robot_function": Str(),
        "robot_custom_content": Str(),
    },
)

V2MessageStreamAttachment = Object(
    {
        "text": Str(),
        "index": Number(integral=True, minimum=0),
        "finish": OneOf((0, 1)),
    },
)

V2MessageStream = Object(
    {
        "message_type": Number(integral=True),
        "message_client_id": Str(),
        "message_server_id": Number(integral=True, format="int64", digits=True),
        "attachment": V2MessageStreamAttachment,
    },
)

V2MessageStreamMessageMessageConfig = Object(
    {
        "unread_enabled": Bool(),
        "mutil_sync_enabled": Bool(),
        "history_enabled": Bool(),
        "conversation_update_enabled": Bool(),
    },
)

V2MessageSuperTeamOption = Object(
    {
        "ignore_chat_banned": Bool(),
        "ignore_member_chat_banned": Bool(),
        "check_team_member_valid": Bool(),
    },
)

V2MessageTargetOption = Object(
    {
        "receiver_account_ids": ListOf(Str()),
        "inclusive": Bool(),
        "check_team_member_valid": Bool(),
        "visible_to_new_member": Bool(),
    },
)

V2MessageTeamOption = Object(
    {
        "mark_as_read": Bool(),
        "ignore_chat_banned": Bool(),
        "ignore_member_chat_banned": Bool(),
        "check_team_member_valid": Bool(),
    },
)

V2MessageThreadRef = Object(
    {
        "sender_id": Str(),
        "receiver_id": Str(),
        "create_time": Number(integral=True, format="int64", digits=True),
        "message_server_id": Number(integral=True, format="int64", digits=True),
        "message_client_id": Str(),
    },
)

V2MessageThreadConfig = Object(
    {
        "thread_root": V2MessageThreadRef,
        "thread_reply": V2MessageThreadRef,
    },
)

V2PushConfig = Object(
    {
        "push_enabled": Bool(),
        "push_nick_enabled": Bool(),
        "push_content": Str(max_length=500),
        "push_payload": Str(max_length=2048),
        "push_forcepush_all": Bool(),
        "push_forcepush_ids": ListOf(Str(), max_items=100),
        "push_forcepush_content": Str(max_length=500),
        "push_forcepush_enable": Bool(),
    },
)

V2PushContent = Object(
    {
        "push_enabled": Bool(),
        "push_nick_enabled": Bool(),
        "push_content": Str(max_length=500),
        "push_payload": Str(max_length=2048),
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

V2RouteConfig = Object(
    {
        "route_enabled": Bool(),
        "route_environment": Str(),
    },
)

V2SignalPushConfig = Object(
    {
        "push_enabled": Bool(),
        "push_title": Str(max_length=32),
        "push_content": Str(max_length=500),
        "push_payload": Str(max_length=4096),
    },
)

V2SignalRouteConfig = Object(
    {
        "route_enabled": Bool(),
    },
)

V2SystemPushSendPushNotificationPushConfig = Object(
    {
        "push_nick_enabled": Bool(),
        "push_badge_enabled": Bool(),
        "push_content": Str(),
        "push_payload": Str(),
    },
)

V2TeamConfiguration = Object(
    {
        "join_mode": OneOf((0, 1, 2)),
        "agree_mode": OneOf((0, 1)),
        "invite_mode": OneOf((0, 1)),
        "update_team_info_mode": OneOf((0, 1)),
        "update_extension_mode": OneOf((0, 1)),
    },
)

V2TeamConfigurationWithMute = Object(
    {
        "join_mode": OneOf((0, 1, 2)),
        "agree_mode": OneOf((0, 1)),
        "invite_mode": OneOf((0, 1)),
        "update_team_info_mode": OneOf((0, 1)),
        "update_extension_mode": OneOf((0, 1)),
        "chat_banned_mode": Doubted(
            OneOf((0, 1, 3)),
            Number(integral=True),
            (
                SpecDoubt(
                    "enum",
                    "Whether `chat_banned_mode` takes 0, 1 and 3, the values of v1 team/muteTlistAll.action.",
                    "One update with 2: refused means the set holds.",
                ),
            ),
        ),
    },
)

V2ToolTranslateTextTranslatorConfig = Object(
    {
        "strict": Bool(),
        "vendor": Str(),
    },
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
