# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``chatroom/``: Chat rooms, their members, roles and messages. Cloud
message history, recent sessions and user events. The key/value queue attached to each
chat room.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast
from .._checks import (
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
from .._doubts import Doubted, LOOSE, SpecDoubt
from .._fields import Endpoint, Field
from .. import _shapes
from ..types import (
    AntispamBidIds,
    ChatroomAddRobotResponse,
    ChatroomAntispamCustom,
    ChatroomBatchMessage,
    ChatroomBatchSendMsgResponse,
    ChatroomBatchSendMsgToSomeoneResponse,
    ChatroomBroadcastResponse,
    ChatroomCleanRobotResponse,
    ChatroomCreateResponse,
    ChatroomGetBatchResponse,
    ChatroomGetResponse,
    ChatroomMembersByPageResponse,
    ChatroomMuteRoomResponse,
    ChatroomQueryMembersByRoleResponse,
    ChatroomQueryMembersByRoleRoles,
    ChatroomQueryMembersResponse,
    ChatroomQueryUserRoomIdsResponse,
    ChatroomQueueBatchOfferResponse,
    ChatroomQueueBatchUpdateElementsResponse,
    ChatroomQueueDropResponse,
    ChatroomQueueInitResponse,
    ChatroomQueueListResponse,
    ChatroomQueueMultiGetResponse,
    ChatroomQueueOfferResponse,
    ChatroomQueuePollResponse,
    ChatroomRemoveRobotResponse,
    ChatroomRequestAddrResponse,
    ChatroomSendMsgResponse,
    ChatroomSendMsgToSomeoneResponse,
    ChatroomSetMemberRoleResponse,
    ChatroomTagMembersCountResponse,
    ChatroomTagMembersQueryResponse,
    ChatroomTagTemporaryMuteResponse,
    ChatroomTargetBatchMessage,
    ChatroomTemporaryMuteResponse,
    ChatroomToggleCloseStatResponse,
    ChatroomUpdateDelayClosePolicyResponse,
    ChatroomUpdateMyRoomRoleBid,
    ChatroomUpdateResponse,
    Envelope,
    QueueElementInput,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncChatroomGroup", "ChatroomGroup"]

_ADD_ROBOT = Endpoint(
    "chatroom/addRobot.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
        Field("roleExt", "role_ext", Str()),
        Field("notifyExt", "notify_ext", Str()),
    ),
)

_BATCH_SEND_MSG = Endpoint(
    "chatroom/batchSendMsg.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList and fromAccid are the required fields of chatroom/batchSendMsg.",
                    "One chatroom/batchSendMsg call without msgList: code 414 means required; one with only roomid, msgList and fromAccid: code 200.",
                ),
            ),
        ),
        Field(
            "msgList",
            "msg_list",
            Doubted(
                JsonText(
                    ListOf(_shapes.ChatroomBatchMessage, min_items=1, max_items=10)
                ),
                JsonText(ListOf(_shapes.ChatroomBatchMessage)),
                (
                    SpecDoubt(
                        "limit",
                        "Whether msgList holds at most 10 messages.",
                        "One chatroom/batchSendMsg call with 11 messages: code 414 means 10 is the limit.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList and fromAccid are the required fields of chatroom/batchSendMsg.",
                    "One chatroom/batchSendMsg call without msgList: code 414 means required; one with only roomid, msgList and fromAccid: code 200.",
                ),
            ),
        ),
        Field(
            "fromAccid",
            "from_accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList and fromAccid are the required fields of chatroom/batchSendMsg.",
                    "One chatroom/batchSendMsg call without msgList: code 414 means required; one with only roomid, msgList and fromAccid: code 200.",
                ),
            ),
        ),
        Field("ignoreMute", "ignore_mute", Bool()),
        Field("skipHistory", "skip_history", OneOf((0, 1))),
        Field("route", "route", OneOf((0, 1))),
        Field(
            "abandonRatio",
            "abandon_ratio",
            Number(integral=True, minimum=0, maximum=9999),
        ),
        Field("highPriority", "high_priority", Bool()),
        Field("needHighPriorityMsgResend", "need_high_priority_msg_resend", Bool()),
        Field("useYidun", "use_yidun", OneOf((0,))),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("bid", "bid", Str()),
        Field("antispam", "antispam", Bool()),
        Field("notifyTargetTags", "notify_target_tags", Str(max_length=128)),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.ChatroomAntispamCustom, max_length=5000),
        ),
        Field("env", "env", Str()),
        Field("chatMsgPriority", "chat_msg_priority", Number(integral=True)),
        Field(
            "forbiddenIfHighPriorityMsgFreq",
            "forbidden_if_high_priority_msg_freq",
            Number(integral=True),
        ),
    ),
)

_BATCH_SEND_MSG_TO_SOMEONE = Endpoint(
    "chatroom/batchSendMsgToSomeone.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList, fromAccid and toAccids are the required fields of chatroom/batchSendMsgToSomeone.",
                    "One chatroom/batchSendMsgToSomeone call without toAccids: code 414 means required; one with only roomid, msgList, fromAccid and toAccids: code 200.",
                ),
            ),
        ),
        Field(
            "msgList",
            "msg_list",
            JsonText(ListOf(_shapes.ChatroomTargetBatchMessage, min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList, fromAccid and toAccids are the required fields of chatroom/batchSendMsgToSomeone.",
                    "One chatroom/batchSendMsgToSomeone call without toAccids: code 414 means required; one with only roomid, msgList, fromAccid and toAccids: code 200.",
                ),
            ),
        ),
        Field(
            "fromAccid",
            "from_accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList, fromAccid and toAccids are the required fields of chatroom/batchSendMsgToSomeone.",
                    "One chatroom/batchSendMsgToSomeone call without toAccids: code 414 means required; one with only roomid, msgList, fromAccid and toAccids: code 200.",
                ),
            ),
        ),
        Field(
            "toAccids",
            "to_accids",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, msgList, fromAccid and toAccids are the required fields of chatroom/batchSendMsgToSomeone.",
                    "One chatroom/batchSendMsgToSomeone call without toAccids: code 414 means required; one with only roomid, msgList, fromAccid and toAccids: code 200.",
                ),
            ),
        ),
        Field("route", "route", OneOf((0, 1))),
        Field("useYidun", "use_yidun", OneOf((0,))),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("bid", "bid", Str()),
        Field("antispam", "antispam", Bool()),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.ChatroomAntispamCustom, max_length=5000),
        ),
        Field("env", "env", Str()),
    ),
)

_BROADCAST = Endpoint(
    "chatroom/broadcast.action",
    (
        Field("msgId", "msg_id", Str(), required=True),
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field("msgType", "msg_type", OneOf((0, 1, 2, 3, 4, 6, 10, 100)), required=True),
        Field("attach", "attach", Str(max_length=4096)),
        Field("subType", "sub_type", Number(integral=True, minimum=1)),
        Field("resendFlag", "resend_flag", OneOf((0, 1))),
        Field("route", "route", OneOf((0, 1))),
        Field("ext", "ext", Str(max_length=4096)),
        Field("useYidun", "use_yidun", OneOf((0,))),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("bid", "bid", Str()),
        Field("antispam", "antispam", Bool()),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.ChatroomAntispamCustom, max_length=5000),
        ),
        Field("notifyTargetTags", "notify_target_tags", Str(max_length=128)),
        Field("env", "env", Str()),
        Field("highPriority", "high_priority", Bool()),
        Field("needHighPriorityMsgResend", "need_high_priority_msg_resend", Bool()),
    ),
    variants=Variants(
        "msgType",
        {
            1: Object(
                {
                    "attach": JsonText(_shapes.ImageBody),
                },
                required=("attach",),
            ),
            2: Object(
                {
                    "attach": JsonText(_shapes.AudioBody),
                },
                required=("attach",),
            ),
            3: Object(
                {
                    "attach": JsonText(_shapes.VideoBody),
                },
                required=("attach",),
            ),
            4: Object(
                {
                    "attach": JsonText(_shapes.LocationBody),
                },
                required=("attach",),
            ),
            6: Object(
                {
                    "attach": JsonText(_shapes.FileBody),
                },
                required=("attach",),
            ),
        },
    ),
)

_CLEAN_ROBOT = Endpoint(
    "chatroom/cleanRobot.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("notify", "notify", Bool()),
    ),
)

_CREATE = Endpoint(
    "chatroom/create.action",
    (
        Field("creator", "creator", Str(min_length=1, max_length=32), required=True),
        Field("name", "name", Str(max_length=128), required=True),
        Field("announcement", "announcement", Str(max_length=4096)),
        Field("broadcasturl", "broadcasturl", Str(max_length=1024)),
        Field("ext", "ext", Str(max_length=4096)),
        Field("queuelevel", "queuelevel", OneOf((0, 1))),
        Field("bid", "bid", JsonText(_shapes.AntispamBidIds)),
        Field("delayClosePolicy", "delay_close_policy", OneOf((0, 1, 2))),
        Field(
            "delaySeconds",
            "delay_seconds",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field("inOutNotification", "in_out_notification", Number(integral=True)),
    ),
)

_DELETE_HISTORY_MESSAGE = Endpoint(
    "chatroom/deleteHistoryMessage.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("fromAcc", "from_acc", Str(min_length=1, max_length=32), required=True),
        Field(
            "msgTimetag",
            "msg_timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_GET = Endpoint(
    "chatroom/get.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("needOnlineUserCount", "need_online_user_count", Bool()),
    ),
    safe_to_repeat=True,
)

_GET_BATCH = Endpoint(
    "chatroom/getBatch.action",
    (
        Field(
            "roomids",
            "roomids",
            Doubted(
                JsonText(
                    ListOf(
                        Number(integral=True, format="int64", digits=True),
                        min_items=1,
                        max_items=20,
                    )
                ),
                JsonText(ANY),
                (
                    SpecDoubt(
                        "type",
                        "Whether the ids in roomids are JSON numbers or JSON strings.",
                        'Two chatroom/getBatch calls, one with [id] and one with ["id"]: the one that finds the room shows the accepted type (maybe both).',
                    ),
                ),
            ),
            required=True,
        ),
        Field("needOnlineUserCount", "need_online_user_count", Bool()),
    ),
    safe_to_repeat=True,
)

_KICK_MEMBER = Endpoint(
    "chatroom/kickMember.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, targetAccid and accid are the required fields of chatroom/kickMember.",
                    "One chatroom/kickMember call without accid: code 414 means required; one with only roomid, targetAccid and accid: code 200.",
                ),
            ),
        ),
        Field(
            "targetAccid",
            "target_accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, targetAccid and accid are the required fields of chatroom/kickMember.",
                    "One chatroom/kickMember call without accid: code 414 means required; one with only roomid, targetAccid and accid: code 200.",
                ),
            ),
        ),
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, targetAccid and accid are the required fields of chatroom/kickMember.",
                    "One chatroom/kickMember call without accid: code 414 means required; one with only roomid, targetAccid and accid: code 200.",
                ),
            ),
        ),
        Field("notifyExt", "notify_ext", Str()),
    ),
)

_MEMBERS_BY_PAGE = Endpoint(
    "chatroom/membersByPage.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((0, 1, 2)), required=True),
        Field(
            "endtime",
            "endtime",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100, format="int64", digits=True),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_MUTE_ROOM = Endpoint(
    "chatroom/muteRoom.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32), required=True),
        Field("mute", "mute", Bool(), required=True),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str()),
    ),
)

_QUERY_MEMBERS = Endpoint(
    "chatroom/queryMembers.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200)
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_MEMBERS_BY_ROLE = Endpoint(
    "chatroom/queryMembersByRole.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and roles are the required fields of chatroom/queryMembersByRole.",
                    "One chatroom/queryMembersByRole call without roles: code 414 means required.",
                ),
            ),
        ),
        Field(
            "roles",
            "roles",
            JsonText(_shapes.ChatroomQueryMembersByRoleRoles),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and roles are the required fields of chatroom/queryMembersByRole.",
                    "One chatroom/queryMembersByRole call without roles: code 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_USER_ROOM_IDS = Endpoint(
    "chatroom/queryUserRoomIds.action",
    (Field("creator", "creator", Str(min_length=1, max_length=32), required=True),),
    safe_to_repeat=True,
)

_QUEUE_BATCH_OFFER = Endpoint(
    "chatroom/queueBatchOffer.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and elements are the only required fields of chatroom/queueBatchOffer.",
                    "One chatroom/queueBatchOffer call without elements: code 414 means required; one with only roomid and elements: code 200.",
                ),
            ),
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32)),
        Field("transient", "transient", Bool()),
        Field(
            "elements",
            "elements",
            JsonText(ListOf(_shapes.QueueElementInput, min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and elements are the only required fields of chatroom/queueBatchOffer.",
                    "One chatroom/queueBatchOffer call without elements: code 414 means required; one with only roomid and elements: code 200.",
                ),
            ),
        ),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str()),
        Field(
            "highPriority",
            "high_priority",
            Doubted(
                OneOf((0, 1)),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether highPriority of the queue calls is sent as 0/1 or as true/false.",
                        "Two chatroom/queueOffer calls, one with highPriority=1 and one with highPriority=true: which answers 200 with desc.highPriority true.",
                    ),
                ),
            ),
        ),
        Field(
            "highPriorityPolicy",
            "high_priority_policy",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether highPriorityPolicy takes 0 (send as ordinary, the default) and 1 (fail with 416).",
                        "High-priority chatroom/queueOffer calls over the rate with the policy 0 and 1: 0 succeeds, 1 answers 416.",
                    ),
                ),
            ),
        ),
    ),
)

_QUEUE_BATCH_UPDATE_ELEMENTS = Endpoint(
    "chatroom/queueBatchUpdateElements.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32), required=True),
        Field(
            "elements", "elements", JsonText(MapOf(Str(max_length=4096))), required=True
        ),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str(max_length=2048)),
        Field(
            "highPriority",
            "high_priority",
            Doubted(
                OneOf((0, 1)),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether highPriority of the queue calls is sent as 0/1 or as true/false.",
                        "Two chatroom/queueOffer calls, one with highPriority=1 and one with highPriority=true: which answers 200 with desc.highPriority true.",
                    ),
                ),
            ),
        ),
        Field(
            "highPriorityPolicy",
            "high_priority_policy",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether highPriorityPolicy takes 0 (send as ordinary, the default) and 1 (fail with 416).",
                        "High-priority chatroom/queueOffer calls over the rate with the policy 0 and 1: 0 succeeds, 1 answers 416.",
                    ),
                ),
            ),
        ),
    ),
)

_QUEUE_DROP = Endpoint(
    "chatroom/queueDrop.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "highPriority",
            "high_priority",
            Doubted(
                OneOf((0, 1)),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether highPriority of the queue calls is sent as 0/1 or as true/false.",
                        "Two chatroom/queueOffer calls, one with highPriority=1 and one with highPriority=true: which answers 200 with desc.highPriority true.",
                    ),
                ),
            ),
        ),
        Field(
            "highPriorityPolicy",
            "high_priority_policy",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether highPriorityPolicy takes 0 (send as ordinary, the default) and 1 (fail with 416).",
                        "High-priority chatroom/queueOffer calls over the rate with the policy 0 and 1: 0 succeeds, 1 answers 416.",
                    ),
                ),
            ),
        ),
    ),
)

_QUEUE_INIT = Endpoint(
    "chatroom/queueInit.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "sizeLimit",
            "size_limit",
            Number(integral=True, minimum=0, maximum=1000, format="int64", digits=True),
            required=True,
        ),
    ),
)

_QUEUE_LIST = Endpoint(
    "chatroom/queueList.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_QUEUE_MULTI_GET = Endpoint(
    "chatroom/queueMultiGet.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and keys are the only required fields of chatroom/queueMultiGet.",
                    "One chatroom/queueMultiGet call without keys: code 414 means required; one with only roomid and keys: code 200.",
                ),
            ),
        ),
        Field(
            "keys",
            "keys",
            JsonText(ListOf(Str(max_length=128), min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and keys are the only required fields of chatroom/queueMultiGet.",
                    "One chatroom/queueMultiGet call without keys: code 414 means required; one with only roomid and keys: code 200.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_QUEUE_OFFER = Endpoint(
    "chatroom/queueOffer.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("key", "key", Str(max_length=128), required=True),
        Field("value", "value", Str(max_length=4096), required=True),
        Field("operator", "operator", Str(min_length=1, max_length=32)),
        Field("transient", "transient", Bool()),
        Field(
            "highPriority",
            "high_priority",
            Doubted(
                OneOf((0, 1)),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether highPriority of the queue calls is sent as 0/1 or as true/false.",
                        "Two chatroom/queueOffer calls, one with highPriority=1 and one with highPriority=true: which answers 200 with desc.highPriority true.",
                    ),
                ),
            ),
        ),
        Field(
            "highPriorityPolicy",
            "high_priority_policy",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether highPriorityPolicy takes 0 (send as ordinary, the default) and 1 (fail with 416).",
                        "High-priority chatroom/queueOffer calls over the rate with the policy 0 and 1: 0 succeeds, 1 answers 416.",
                    ),
                ),
            ),
        ),
    ),
)

_QUEUE_POLL = Endpoint(
    "chatroom/queuePoll.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("key", "key", Str(max_length=128)),
        Field(
            "highPriority",
            "high_priority",
            Doubted(
                OneOf((0, 1)),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether highPriority of the queue calls is sent as 0/1 or as true/false.",
                        "Two chatroom/queueOffer calls, one with highPriority=1 and one with highPriority=true: which answers 200 with desc.highPriority true.",
                    ),
                ),
            ),
        ),
        Field(
            "highPriorityPolicy",
            "high_priority_policy",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether highPriorityPolicy takes 0 (send as ordinary, the default) and 1 (fail with 416).",
                        "High-priority chatroom/queueOffer calls over the rate with the policy 0 and 1: 0 succeeds, 1 answers 416.",
                    ),
                ),
            ),
        ),
    ),
)

_RECALL = Endpoint(
    "chatroom/recall.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgTimetag",
            "msg_timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("msgId", "msg_id", Str(), required=True),
        Field("fromAcc", "from_acc", Str(min_length=1, max_length=32), required=True),
        Field(
            "operatorAcc",
            "operator_acc",
            Str(min_length=1, max_length=32),
            required=True,
        ),
        Field("notifyExt", "notify_ext", Str(max_length=1024)),
    ),
)

_REMOVE_ROBOT = Endpoint(
    "chatroom/removeRobot.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
)

_REQUEST_ADDR = Endpoint(
    "chatroom/requestAddr.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("clienttype", "clienttype", OneOf((1, 2, 3))),
        Field("clientip", "clientip", Str()),
    ),
    safe_to_repeat=True,
)

_SEND_MSG = Endpoint(
    "chatroom/sendMsg.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("msgId", "msg_id", Str(), required=True),
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field("msgType", "msg_type", OneOf((0, 1, 2, 3, 4, 6, 10, 100)), required=True),
        Field("resendFlag", "resend_flag", OneOf((0, 1))),
        Field("attach", "attach", Str(max_length=4096)),
        Field("ext", "ext", Str(max_length=4096)),
        Field("skipHistory", "skip_history", OneOf((0, 1))),
        Field(
            "abandonRatio",
            "abandon_ratio",
            Number(integral=True, minimum=0, maximum=9999),
        ),
        Field("highPriority", "high_priority", Bool()),
        Field("needHighPriorityMsgResend", "need_high_priority_msg_resend", Bool()),
        Field("useYidun", "use_yidun", OneOf((0,))),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("bid", "bid", Str()),
        Field("antispam", "antispam", Bool()),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.ChatroomAntispamCustom, max_length=5000),
        ),
        Field("env", "env", Str()),
        Field("ignoreMute", "ignore_mute", Bool()),
        Field("subType", "sub_type", Number(integral=True, minimum=1)),
        Field("route", "route", OneOf((0, 1))),
        Field("notifyTargetTags", "notify_target_tags", Str(max_length=128)),
        Field("chatMsgPriority", "chat_msg_priority", Number(integral=True)),
        Field(
            "forbiddenIfHighPriorityMsgFreq",
            "forbidden_if_high_priority_msg_freq",
            Number(integral=True),
        ),
        Field("locX", "loc_x", Number(integral=False)),
        Field("locY", "loc_y", Number(integral=False)),
        Field("locZ", "loc_z", Number(integral=False)),
    ),
    variants=Variants(
        "msgType",
        {
            1: Object(
                {
                    "attach": JsonText(_shapes.ImageBody),
                },
                required=("attach",),
            ),
            2: Object(
                {
                    "attach": JsonText(_shapes.AudioBody),
                },
                required=("attach",),
            ),
            3: Object(
                {
                    "attach": JsonText(_shapes.VideoBody),
                },
                required=("attach",),
            ),
            4: Object(
                {
                    "attach": JsonText(_shapes.LocationBody),
                },
                required=("attach",),
            ),
            6: Object(
                {
                    "attach": JsonText(_shapes.FileBody),
                },
                required=("attach",),
            ),
        },
    ),
)

_SEND_MSG_TO_SOMEONE = Endpoint(
    "chatroom/sendMsgToSomeone.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("msgId", "msg_id", Str(), required=True),
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field(
            "toAccids",
            "to_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
        Field("msgType", "msg_type", OneOf((0, 1, 2, 3, 4, 6, 10, 100)), required=True),
        Field("attach", "attach", Str(max_length=4096)),
        Field("subType", "sub_type", Number(integral=True, minimum=1)),
        Field("resendFlag", "resend_flag", OneOf((0, 1))),
        Field("route", "route", OneOf((0, 1))),
        Field("ext", "ext", Str(max_length=4096)),
        Field("useYidun", "use_yidun", OneOf((0,))),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("bid", "bid", Str()),
        Field("antispam", "antispam", Bool()),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.ChatroomAntispamCustom, max_length=5000),
        ),
        Field("env", "env", Str()),
    ),
    variants=Variants(
        "msgType",
        {
            1: Object(
                {
                    "attach": JsonText(_shapes.ImageBody),
                },
                required=("attach",),
            ),
            2: Object(
                {
                    "attach": JsonText(_shapes.AudioBody),
                },
                required=("attach",),
            ),
            3: Object(
                {
                    "attach": JsonText(_shapes.VideoBody),
                },
                required=("attach",),
            ),
            4: Object(
                {
                    "attach": JsonText(_shapes.LocationBody),
                },
                required=("attach",),
            ),
            6: Object(
                {
                    "attach": JsonText(_shapes.FileBody),
                },
                required=("attach",),
            ),
        },
    ),
)

_SET_MEMBER_ROLE = Endpoint(
    "chatroom/setMemberRole.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32), required=True),
        Field("target", "target", Str(min_length=1, max_length=32), required=True),
        Field("opt", "opt", OneOf((1, 2, -1, -2)), required=True),
        Field("optvalue", "optvalue", Bool(), required=True),
        Field("notifyExt", "notify_ext", Str(max_length=2048)),
    ),
)

_TAG_MEMBERS_COUNT = Endpoint(
    "chatroom/tagMembersCount.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and tag are the required fields of chatroom/tagMembersCount.",
                    "One chatroom/tagMembersCount call without tag: code 414 means required.",
                ),
            ),
        ),
        Field(
            "tag",
            "tag",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid and tag are the required fields of chatroom/tagMembersCount.",
                    "One chatroom/tagMembersCount call without tag: code 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_TAG_MEMBERS_QUERY = Endpoint(
    "chatroom/tagMembersQuery.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, tag, endTime and limit are the required fields of chatroom/tagMembersQuery.",
                    "One chatroom/tagMembersQuery call without endTime: code 414 means required.",
                ),
            ),
        ),
        Field(
            "tag",
            "tag",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, tag, endTime and limit are the required fields of chatroom/tagMembersQuery.",
                    "One chatroom/tagMembersQuery call without endTime: code 414 means required.",
                ),
            ),
        ),
        Field(
            "endTime",
            "end_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, tag, endTime and limit are the required fields of chatroom/tagMembersQuery.",
                    "One chatroom/tagMembersQuery call without endTime: code 414 means required.",
                ),
            ),
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomid, tag, endTime and limit are the required fields of chatroom/tagMembersQuery.",
                    "One chatroom/tagMembersQuery call without endTime: code 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_TAG_TEMPORARY_MUTE = Endpoint(
    "chatroom/tagTemporaryMute.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32), required=True),
        Field("targetTag", "target_tag", Str(), required=True),
        Field(
            "muteDuration",
            "mute_duration",
            Number(integral=True, minimum=0, maximum=2592000),
            required=True,
        ),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str()),
        Field("notifyTargetTags", "notify_target_tags", Str()),
    ),
)

_TEMPORARY_MUTE = Endpoint(
    "chatroom/temporaryMute.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32), required=True),
        Field("target", "target", Str(min_length=1, max_length=32), required=True),
        Field(
            "muteDuration",
            "mute_duration",
            Number(
                integral=True, minimum=0, maximum=2592000, format="int64", digits=True
            ),
            required=True,
        ),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str(max_length=2048)),
    ),
)

_TOGGLE_CLOSE_STAT = Endpoint(
    "chatroom/toggleCloseStat.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("operator", "operator", Str(min_length=1, max_length=32), required=True),
        Field("valid", "valid", Bool(), required=True),
        Field("delayClosePolicy", "delay_close_policy", OneOf((0, 1, 2))),
        Field(
            "delaySeconds",
            "delay_seconds",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
    ),
)

_UPDATE = Endpoint(
    "chatroom/update.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("name", "name", Str(max_length=128)),
        Field("announcement", "announcement", Str(max_length=4096)),
        Field("broadcasturl", "broadcasturl", Str(max_length=1024)),
        Field("ext", "ext", Str(max_length=4096)),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str(max_length=2048)),
        Field("queuelevel", "queuelevel", OneOf((0, 1))),
        Field("bid", "bid", JsonText(_shapes.AntispamBidIds)),
    ),
)

_UPDATE_CHAT_ROOM_ROLE_TAG = Endpoint(
    "chatroom/updateChatRoomRoleTag.action",
    (
        Field(
            "roomId",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomId, tags and accid are the required fields of chatroom/updateChatRoomRoleTag.",
                    "One chatroom/updateChatRoomRoleTag call without tags: code 414 means required; one with only roomId, tags and accid: code 200.",
                ),
            ),
        ),
        Field(
            "tags",
            "tags",
            JsonText(ListOf(Str())),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomId, tags and accid are the required fields of chatroom/updateChatRoomRoleTag.",
                    "One chatroom/updateChatRoomRoleTag call without tags: code 414 means required; one with only roomId, tags and accid: code 200.",
                ),
            ),
        ),
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomId, tags and accid are the required fields of chatroom/updateChatRoomRoleTag.",
                    "One chatroom/updateChatRoomRoleTag call without tags: code 414 means required; one with only roomId, tags and accid: code 200.",
                ),
            ),
        ),
        Field("notifyTargetTags", "notify_target_tags", Str()),
    ),
)

_UPDATE_DELAY_CLOSE_POLICY = Endpoint(
    "chatroom/updateDelayClosePolicy.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("delayClosePolicy", "delay_close_policy", OneOf((0, 1, 2))),
        Field(
            "delaySeconds",
            "delay_seconds",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
    ),
)

_UPDATE_IN_OUT_NOTIFICATION = Endpoint(
    "chatroom/updateInOutNotification.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("close", "close", Bool(), required=True),
    ),
)

_UPDATE_MY_ROOM_ROLE = Endpoint(
    "chatroom/updateMyRoomRole.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("save", "save", Bool()),
        Field("needNotify", "need_notify", Bool()),
        Field("notifyExt", "notify_ext", Str(max_length=2048)),
        Field("nick", "nick", Str(max_length=64)),
        Field("avator", "avator", Str()),
        Field("ext", "ext", Str()),
        Field("bid", "bid", JsonText(_shapes.ChatroomUpdateMyRoomRoleBid)),
    ),
)


class ChatroomGroup:
    """Operations under ``chatroom/``, reached as ``client.chatroom``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_robot(
        self,
        *,
        roomid: int | str,
        accids: list[str],
        role_ext: str | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomAddRobotResponse:
        """Add robots to a chat room.

        Puts up to 100 existing IM accounts into a chat room as robot (virtual) members.
        The result, inside `desc`, tells which accounts were added, which failed and
        which were already robots of the room; each of those lists is itself JSON text.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accids: Robot accounts, which must be valid IM accounts; at most 100. At
                least 1 items; at most 100 items; each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            role_ext: App-defined profile extension of the robots; JSON text is
                recommended.
            notify_ext: Extension carried by the notification of the robots entering.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomAddRobotResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/addRobot.action``
        (operation ``chatroomAddRobot`` in the spec).
        """
        return _cast(
            "ChatroomAddRobotResponse",
            self._client._call(
                _ADD_ROBOT,
                {
                    "roomid": roomid,
                    "accids": accids,
                    "roleExt": role_ext,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_send_msg(
        self,
        *,
        roomid: int | str | None = None,
        msg_list: list[ChatroomBatchMessage] | None = None,
        from_accid: str | None = None,
        ignore_mute: bool | None = None,
        skip_history: Literal[0, 1] | bool | None = None,
        route: Literal[0, 1] | bool | None = None,
        abandon_ratio: int | None = None,
        high_priority: bool | None = None,
        need_high_priority_msg_resend: bool | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        notify_target_tags: str | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        chat_msg_priority: int | None = None,
        forbidden_if_high_priority_msg_freq: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomBatchSendMsgResponse:
        """Send several messages into a chat room.

        Sends a list of messages from one account into a chat room in a single call. The
        options apply to every message of the list. The answer reports, per `msgId`,
        which messages were sent and which failed.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            msg_list: The messages to send, at most 10. At least 1 items; at most 10
                items. Sent as compact JSON; JSON text given as a str is checked and
                sent as is. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            from_accid: Account that sends the messages. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ignore_mute: Send even though the sender or the whole room is muted. The
                server's default is False.
            skip_history: 1 to keep the messages out of the cloud history, 0 to store
                them. One of 0, 1. The server's default is 0.
            route: 1 to deliver copies to the app's message-copy address, 0 not to. One
                of 0, 1.
            abandon_ratio: Chance, in units of 0.01 %, that the server drops each
                message instead of delivering it (0 never, 9999 almost always). At least
                0; at most 9999.
            high_priority: Deliver the messages as high-priority messages. The server's
                default is False.
            need_high_priority_msg_resend: With `high_priority`, deliver the messages
                again to members who rejoin the room within their validity window. The
                server's default is True.
            use_yidun: Send 0 to check these messages with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for these messages instead of the app's
                default.
            antispam: For custom messages, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            notify_target_tags: Tag expression choosing which members receive the
                messages, such as `{"tag":"vip"}`; without it every member receives
                them. At most 128 characters.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive these messages.
            chat_msg_priority: Priority of the messages on the CDN delivery channel.
            forbidden_if_high_priority_msg_freq: Chooses what happens to high-priority
                messages over the high-priority rate: downgraded to normal messages, or
                rejected with an error.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomBatchSendMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/batchSendMsg.action``
        (operation ``chatroomBatchSendMsg`` in the spec).
        """
        return _cast(
            "ChatroomBatchSendMsgResponse",
            self._client._call(
                _BATCH_SEND_MSG,
                {
                    "roomid": roomid,
                    "msgList": msg_list,
                    "fromAccid": from_accid,
                    "ignoreMute": ignore_mute,
                    "skipHistory": skip_history,
                    "route": route,
                    "abandonRatio": abandon_ratio,
                    "highPriority": high_priority,
                    "needHighPriorityMsgResend": need_high_priority_msg_resend,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "notifyTargetTags": notify_target_tags,
                    "antispamCustom": antispam_custom,
                    "env": env,
                    "chatMsgPriority": chat_msg_priority,
                    "forbiddenIfHighPriorityMsgFreq": forbidden_if_high_priority_msg_freq,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_send_msg_to_someone(
        self,
        *,
        roomid: int | str | None = None,
        msg_list: list[ChatroomTargetBatchMessage] | None = None,
        from_accid: str | None = None,
        to_accids: list[str] | None = None,
        route: Literal[0, 1] | bool | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomBatchSendMsgToSomeoneResponse:
        """Send several chat room messages to chosen members.

        Sends a list of messages from one account into a chat room that only the listed
        members receive, in a single call. Like single targeted messages they are not
        stored in the cloud history. The answer reports, per `msgId`, which messages
        were sent and which failed.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            msg_list: The messages to send. At least 1 items. Sent as compact JSON; JSON
                text given as a str is checked and sent as is. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            from_accid: Account that sends the messages. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to_accids: Members of the room who receive the messages. At least 1 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            route: 1 to deliver copies to the app's message-copy address, 0 not to. One
                of 0, 1.
            use_yidun: Send 0 to check these messages with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for these messages instead of the app's
                default.
            antispam: For custom messages, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive these messages.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomBatchSendMsgToSomeoneResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/batchSendMsgToSomeone.action``
        (operation ``chatroomBatchSendMsgToSomeone`` in the spec).
        """
        return _cast(
            "ChatroomBatchSendMsgToSomeoneResponse",
            self._client._call(
                _BATCH_SEND_MSG_TO_SOMEONE,
                {
                    "roomid": roomid,
                    "msgList": msg_list,
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "route": route,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "env": env,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def broadcast(
        self,
        *,
        msg_id: str,
        from_accid: str,
        msg_type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        attach: str | None = None,
        sub_type: int | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        route: Literal[0, 1] | bool | None = None,
        ext: str | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        notify_target_tags: str | None = None,
        env: str | None = None,
        high_priority: bool | None = None,
        need_high_priority_msg_resend: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomBroadcastResponse:
        """Broadcast a message to every chat room of the app.

        Sends one message to the online members of all chat rooms of the app at once.
        The message reaches only members who are online and is not stored. The feature
        must be enabled for the app by NetEase first. The server answers with the
        message as it was accepted.

        Args:
            msg_id: Client message id, such as a UUID; clients drop a message whose id
                they have already received.
            from_accid: Account shown as the sender. 1 to 32 characters.
            msg_type: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4
                location, 6 file, 10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            attach: Message content: the text itself for a text message (type 0); for
                every other type JSON text whose shape depends on the type (see
                `ChatroomAttach`). At most 4096 characters.
            sub_type: App-defined sub-type of a custom message. At least 1.
            resend_flag: 0 for a new message, 1 for a resend of an earlier `msg_id`. One
                of 0, 1.
            route: 1 to deliver a copy to the app's message-copy address, 0 not to. One
                of 0, 1.
            ext: App-defined extension of the message; JSON text is usual. At most 4096
                characters.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            antispam: For a custom message, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            notify_target_tags: Tag expression choosing which members receive the
                message, such as `{"tag":"vip"}`; without it every member receives it.
                At most 128 characters.
            env: Environment name that selects which configured message-copy and
                callback addresses receive this message.
            high_priority: Deliver the message as a high-priority message. The server's
                default is False.
            need_high_priority_msg_resend: With `high_priority`, deliver the message
                again to members who rejoin a room within its validity window. The
                server's default is True.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomBroadcastResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/chatroom/broadcast.action``
        (operation ``chatroomBroadcast`` in the spec).
        """
        return _cast(
            "ChatroomBroadcastResponse",
            self._client._call(
                _BROADCAST,
                {
                    "msgId": msg_id,
                    "fromAccid": from_accid,
                    "msgType": msg_type,
                    "attach": attach,
                    "subType": sub_type,
                    "resendFlag": resend_flag,
                    "route": route,
                    "ext": ext,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "notifyTargetTags": notify_target_tags,
                    "env": env,
                    "highPriority": high_priority,
                    "needHighPriorityMsgResend": need_high_priority_msg_resend,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def clean_robot(
        self,
        *,
        roomid: int | str,
        notify: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomCleanRobotResponse:
        """Remove all robots from a chat room.

        Takes every robot account out of a chat room and reports how many were removed,
        inside `desc`. Leave notifications are not sent unless asked for.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            notify: Send a leave notification for each robot. The server's default is
                False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomCleanRobotResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/cleanRobot.action``
        (operation ``chatroomCleanRobot`` in the spec).
        """
        return _cast(
            "ChatroomCleanRobotResponse",
            self._client._call(
                _CLEAN_ROBOT,
                {
                    "roomid": roomid,
                    "notify": notify,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create(
        self,
        *,
        creator: str,
        name: str,
        announcement: str | None = None,
        broadcasturl: str | None = None,
        ext: str | None = None,
        queuelevel: Literal[0, 1] | bool | None = None,
        bid: AntispamBidIds | None = None,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        in_out_notification: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomCreateResponse:
        """Create a chat room.

        Creates a chat room owned by the given account and returns it with its new room
        id. Chat rooms are a paid add-on and can only be created from the app server.
        Scheduled closing can be configured at creation time or later with
        `chatroom/updateDelayClosePolicy`.

        Args:
            creator: Account that will own the room. 1 to 32 characters.
            name: Room name. At most 128 characters.
            announcement: Announcement text. At most 4096 characters.
            broadcasturl: Live-stream URL tied to the room. At most 1024 characters.
            ext: App-defined room extension. At most 4096 characters.
            queuelevel: Who may change the room's queue; 0 every member, 1 only the
                anchor and managers. One of 0, 1. The server's default is 0.
            bid: Anti-spam business ids for text and images, as JSON; when omitted the
                app's existing anti-spam configuration applies. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            delay_close_policy: Scheduled closing mode: 0 off, 1 close at a fixed time
                after the policy is set whether or not anyone is inside, 2 close once
                the room has stayed empty for `delay_seconds`. One of 0, 1, 2.
            delay_seconds: Delay in seconds for `delay_close_policy`.
            in_out_notification: Switch for member enter and leave notifications in the
                new room; the sources give no value table (1 on, 0 off assumed).
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/create.action``
        (operation ``chatroomCreate`` in the spec).
        """
        return _cast(
            "ChatroomCreateResponse",
            self._client._call(
                _CREATE,
                {
                    "creator": creator,
                    "name": name,
                    "announcement": announcement,
                    "broadcasturl": broadcasturl,
                    "ext": ext,
                    "queuelevel": queuelevel,
                    "bid": bid,
                    "delayClosePolicy": delay_close_policy,
                    "delaySeconds": delay_seconds,
                    "inOutNotification": in_out_notification,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_history_message(
        self,
        *,
        roomid: int | str,
        from_acc: str,
        msg_timetag: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a message from a chat room's cloud history.

        Removes one message from the cloud history of a chat room. The message is
        identified by its sender and its server timestamp.

        Args:
            roomid: Id of the chat room.
            from_acc: Account that sent the message. 1 to 32 characters.
            msg_timetag: Server timestamp of the message to delete, epoch milliseconds.
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

        Calls ``POST /nimserver/chatroom/deleteHistoryMessage.action``
        (operation ``chatroomDeleteHistoryMessage`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE_HISTORY_MESSAGE,
                {
                    "roomid": roomid,
                    "fromAcc": from_acc,
                    "msgTimetag": msg_timetag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get(
        self,
        *,
        roomid: int | str,
        need_online_user_count: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomGetResponse:
        """Get a chat room.

        Returns the settings and state of one chat room, optionally with the number of
        members online now.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            need_online_user_count: Also return the number of members online now. The
                server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomGetResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/get.action``
        (operation ``chatroomGet`` in the spec).
        """
        return _cast(
            "ChatroomGetResponse",
            self._client._call(
                _GET,
                {
                    "roomid": roomid,
                    "needOnlineUserCount": need_online_user_count,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_batch(
        self,
        *,
        roomids: list[int],
        need_online_user_count: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomGetBatchResponse:
        """Get several chat rooms.

        Returns up to 20 chat rooms in one call. Rooms that do not exist and rooms that
        could not be read are listed separately from the ones found.

        Args:
            roomids: Rooms to fetch, at most 20; a list that cannot be parsed is
                rejected with 414. At least 1 items; at most 20 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            need_online_user_count: Also return the number of members online in each
                room. The server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomGetBatchResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/getBatch.action``
        (operation ``chatroomGetBatch`` in the spec).
        """
        return _cast(
            "ChatroomGetBatchResponse",
            self._client._call(
                _GET_BATCH,
                {
                    "roomids": roomids,
                    "needOnlineUserCount": need_online_user_count,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def kick_member(
        self,
        *,
        roomid: int | str | None = None,
        target_accid: str | None = None,
        accid: str | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Kick a member out of a chat room.

        Removes a member from a chat room, with an optional extension on the kick
        notification.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            target_accid: Member to kick. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            accid: Account doing the kick. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            notify_ext: Extension carried by the kick notification.
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

        Calls ``POST /nimserver/chatroom/kickMember.action``
        (operation ``chatroomKickMember`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _KICK_MEMBER,
                {
                    "roomid": roomid,
                    "targetAccid": target_accid,
                    "accid": accid,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def members_by_page(
        self,
        *,
        roomid: int | str,
        type: Literal[0, 1, 2],
        endtime: int | str,
        limit: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomMembersByPageResponse:
        """Page through chat room members.

        Lists fixed members, non-fixed (temporary) members or only the fixed members
        online now, newest first. To get the next page pass the `enterTime` of the last
        member received as `endtime`. The members come back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            type: Which members; 0 fixed members, 1 non-fixed members, 2 fixed members
                that are online. One of 0, 1, 2.
            endtime: Time (ms) to page back from, in reverse order; 0 means now.
            limit: Page size, at most 100.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomMembersByPageResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/membersByPage.action``
        (operation ``chatroomMembersByPage`` in the spec).
        """
        return _cast(
            "ChatroomMembersByPageResponse",
            self._client._call(
                _MEMBERS_BY_PAGE,
                {
                    "roomid": roomid,
                    "type": type,
                    "endtime": endtime,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute_room(
        self,
        *,
        roomid: int | str,
        operator: str,
        mute: bool,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomMuteRoomResponse:
        """Mute or unmute a whole chat room.

        Mutes every member of a chat room, or lifts that mute. While the room is muted
        only its creator and managers can speak.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change (the creator or a manager). 1 to 32
                characters.
            mute: true to mute the room, false to lift the mute.
            need_notify: Send a notification to the room. The server's default is True.
            notify_ext: Extension carried by the notification.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomMuteRoomResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/muteRoom.action``
        (operation ``chatroomMuteRoom`` in the spec).
        """
        return _cast(
            "ChatroomMuteRoomResponse",
            self._client._call(
                _MUTE_ROOM,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "mute": mute,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_members(
        self,
        *,
        roomid: int | str,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueryMembersResponse:
        """Get chat room members by account.

        Returns the in-room information of up to 200 given accounts. The members come
        back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accids: Accounts to look up, at most 200. At least 1 items; at most 200
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueryMembersResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queryMembers.action``
        (operation ``chatroomQueryMembers`` in the spec).
        """
        return _cast(
            "ChatroomQueryMembersResponse",
            self._client._call(
                _QUERY_MEMBERS,
                {
                    "roomid": roomid,
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_members_by_role(
        self,
        *,
        roomid: int | str | None = None,
        roles: ChatroomQueryMembersByRoleRoles | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueryMembersByRoleResponse:
        """List chat room members by role.

        Lists the members that hold the selected roles: the creator, managers,
        blacklisted members and muted members. The members come back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            roles: The roles to list, as a JSON object of switches. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueryMembersByRoleResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queryMembersByRole.action``
        (operation ``chatroomQueryMembersByRole`` in the spec).
        """
        return _cast(
            "ChatroomQueryMembersByRoleResponse",
            self._client._call(
                _QUERY_MEMBERS_BY_ROLE,
                {
                    "roomid": roomid,
                    "roles": roles,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_user_room_ids(
        self,
        *,
        creator: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueryUserRoomIdsResponse:
        """List the open chat rooms of a creator.

        Returns the ids of the chat rooms created by an account that are open now. The
        list comes back inside `desc`.

        Args:
            creator: Creator whose open rooms are listed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueryUserRoomIdsResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queryUserRoomIds.action``
        (operation ``chatroomQueryUserRoomIds`` in the spec).
        """
        return _cast(
            "ChatroomQueryUserRoomIdsResponse",
            self._client._call(
                _QUERY_USER_ROOM_IDS,
                {
                    "creator": creator,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_batch_offer(
        self,
        *,
        roomid: int | str | None = None,
        operator: str | None = None,
        transient: bool | None = None,
        elements: list[QueueElementInput] | None = None,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueBatchOfferResponse:
        """Add or update several queue elements.

        Adds several elements to a chat room's queue, or updates those whose keys
        already exist, in one call. Keys that could not be written are reported back.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            operator: Account that writes the elements. 1 to 32 characters.
            transient: Remove the elements automatically when their owner leaves or
                drops out of the room.
            elements: The elements to add or update. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            need_notify: Send a notification about the change to the room's members.
            notify_ext: App-defined extension carried by that notification.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueBatchOfferResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueBatchOffer.action``
        (operation ``chatroomQueueBatchOffer`` in the spec).
        """
        return _cast(
            "ChatroomQueueBatchOfferResponse",
            self._client._call(
                _QUEUE_BATCH_OFFER,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "transient": transient,
                    "elements": elements,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_batch_update_elements(
        self,
        *,
        roomid: int | str,
        operator: str,
        elements: dict[str, str],
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueBatchUpdateElementsResponse:
        """Update the values of existing queue elements.

        Replaces the values of up to 200 elements that already exist in a chat room's
        queue; keys that do not exist are reported back and not added. The operator must
        be a manager or the creator of the room.

        Args:
            roomid: Id of the chat room.
            operator: Account that performs the update; a manager or the creator of the
                room. 1 to 32 characters.
            elements: Object from element key to its new value, at most 200 entries.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            need_notify: Send a notification about the change to the room's members. The
                server's default is True.
            notify_ext: App-defined extension carried by that notification. At most 2048
                characters.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueBatchUpdateElementsResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueBatchUpdateElements.action``
        (operation ``chatroomQueueBatchUpdateElements`` in the spec).
        """
        return _cast(
            "ChatroomQueueBatchUpdateElementsResponse",
            self._client._call(
                _QUEUE_BATCH_UPDATE_ELEMENTS,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "elements": elements,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_drop(
        self,
        *,
        roomid: int | str,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueDropResponse:
        """Delete the whole queue.

        Removes a chat room's queue together with all its elements.

        Args:
            roomid: Id of the chat room.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueDropResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueDrop.action``
        (operation ``chatroomQueueDrop`` in the spec).
        """
        return _cast(
            "ChatroomQueueDropResponse",
            self._client._call(
                _QUEUE_DROP,
                {
                    "roomid": roomid,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_init(
        self,
        *,
        roomid: int | str,
        size_limit: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueInitResponse:
        """Initialise a chat room queue.

        Sets up the queue of a chat room with the largest number of elements it may
        hold.

        Args:
            roomid: Id of the chat room.
            size_limit: Largest number of elements the queue may hold.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueInitResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueInit.action``
        (operation ``chatroomQueueInit`` in the spec).
        """
        return _cast(
            "ChatroomQueueInitResponse",
            self._client._call(
                _QUEUE_INIT,
                {
                    "roomid": roomid,
                    "sizeLimit": size_limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_list(
        self,
        *,
        roomid: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueListResponse:
        """List all queue elements.

        Returns every element of a chat room's queue, in queue order.

        Args:
            roomid: Id of the chat room.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueListResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueList.action``
        (operation ``chatroomQueueList`` in the spec).
        """
        return _cast(
            "ChatroomQueueListResponse",
            self._client._call(
                _QUEUE_LIST,
                {
                    "roomid": roomid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_multi_get(
        self,
        *,
        roomid: int | str | None = None,
        keys: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueMultiGetResponse:
        """Read queue elements by key.

        Returns the elements with the given keys from a chat room's queue without
        removing them.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            keys: Keys of the elements to read. At least 1 items; each at most 128
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueMultiGetResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueMultiGet.action``
        (operation ``chatroomQueueMultiGet`` in the spec).
        """
        return _cast(
            "ChatroomQueueMultiGetResponse",
            self._client._call(
                _QUEUE_MULTI_GET,
                {
                    "roomid": roomid,
                    "keys": keys,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_offer(
        self,
        *,
        roomid: int | str,
        key: str,
        value: str,
        operator: str | None = None,
        transient: bool | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueOfferResponse:
        """Add or update a queue element.

        Adds an element to the end of a chat room's queue, or replaces the value of the
        element with the same key; the account that writes an element last becomes its
        owner. An operator who is not in the room must be the room's creator (otherwise
        403); an unknown operator gives 404; and a `transient` element needs an operator
        who is in the room (otherwise 403).

        Args:
            roomid: Id of the chat room.
            key: Unique key of the element. At most 128 characters.
            value: Content of the element. At most 4096 characters.
            operator: Account that writes the element; the room's creator when omitted.
                1 to 32 characters.
            transient: Remove the element automatically when the operator leaves the
                room or all of its connections to the room drop. The server's default is
                False.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueOfferResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueOffer.action``
        (operation ``chatroomQueueOffer`` in the spec).
        """
        return _cast(
            "ChatroomQueueOfferResponse",
            self._client._call(
                _QUEUE_OFFER,
                {
                    "roomid": roomid,
                    "key": key,
                    "value": value,
                    "operator": operator,
                    "transient": transient,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def queue_poll(
        self,
        *,
        roomid: int | str,
        key: str | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueuePollResponse:
        """Take an element out of the queue.

        Removes one element from a chat room's queue and returns it: the element with
        the given key, or the head of the queue when no key is given.

        Args:
            roomid: Id of the chat room.
            key: Key of the element to take; the head of the queue when omitted. At most
                128 characters.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueuePollResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queuePoll.action``
        (operation ``chatroomQueuePoll`` in the spec).
        """
        return _cast(
            "ChatroomQueuePollResponse",
            self._client._call(
                _QUEUE_POLL,
                {
                    "roomid": roomid,
                    "key": key,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def recall(
        self,
        *,
        roomid: int | str,
        msg_timetag: int | str,
        msg_id: str,
        from_acc: str,
        operator_acc: str,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a chat room message.

        Withdraws a message that was sent into a chat room and removes it from the cloud
        history as well. The message is identified by its client id, its server time and
        its sender. Members' clients need IM SDK 8.7.0 or later to handle the recall.

        Args:
            roomid: Id of the chat room.
            msg_timetag: Server time of the message to recall, epoch milliseconds.
            msg_id: Client message id of the message to recall.
            from_acc: Account that sent the message. 1 to 32 characters.
            operator_acc: Account that performs the recall. 1 to 32 characters.
            notify_ext: App-defined extension carried by the recall notification. At
                most 1024 characters.
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

        Calls ``POST /nimserver/chatroom/recall.action``
        (operation ``chatroomRecall`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _RECALL,
                {
                    "roomid": roomid,
                    "msgTimetag": msg_timetag,
                    "msgId": msg_id,
                    "fromAcc": from_acc,
                    "operatorAcc": operator_acc,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_robot(
        self,
        *,
        roomid: int | str,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomRemoveRobotResponse:
        """Remove robots from a chat room.

        Takes up to 100 robot accounts out of a chat room. The result, inside `desc`,
        tells which were removed and which failed; each list is itself JSON text.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accids: Robot accounts to remove, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomRemoveRobotResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/removeRobot.action``
        (operation ``chatroomRemoveRobot`` in the spec).
        """
        return _cast(
            "ChatroomRemoveRobotResponse",
            self._client._call(
                _REMOVE_ROBOT,
                {
                    "roomid": roomid,
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def request_addr(
        self,
        *,
        roomid: int | str,
        accid: str,
        clienttype: Literal[1, 2, 3] | None = None,
        clientip: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomRequestAddrResponse:
        """Get chat room connection addresses.

        Returns the addresses a client must connect to in order to enter a chat room as
        the given account. The kind of link depends on the client platform; passing the
        client's IP lets the server pick addresses near the user.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accid: Account that will enter the room. 1 to 32 characters.
            clienttype: Kind of link; 1 web (weblink), 2 native apps (commonlink), 3
                WeChat mini program (wechatlink). One of 1, 2, 3. The server's default
                is 1.
            clientip: The client's IP address, used to return addresses close to the
                user.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomRequestAddrResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/requestAddr.action``
        (operation ``chatroomRequestAddr`` in the spec).
        """
        return _cast(
            "ChatroomRequestAddrResponse",
            self._client._call(
                _REQUEST_ADDR,
                {
                    "roomid": roomid,
                    "accid": accid,
                    "clienttype": clienttype,
                    "clientip": clientip,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_msg(
        self,
        *,
        roomid: int | str,
        msg_id: str,
        from_accid: str,
        msg_type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        resend_flag: Literal[0, 1] | bool | None = None,
        attach: str | None = None,
        ext: str | None = None,
        skip_history: Literal[0, 1] | bool | None = None,
        abandon_ratio: int | None = None,
        high_priority: bool | None = None,
        need_high_priority_msg_resend: bool | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        ignore_mute: bool | None = None,
        sub_type: int | None = None,
        route: Literal[0, 1] | bool | None = None,
        notify_target_tags: str | None = None,
        chat_msg_priority: int | None = None,
        forbidden_if_high_priority_msg_freq: int | None = None,
        loc_x: float | None = None,
        loc_y: float | None = None,
        loc_z: float | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomSendMsgResponse:
        """Send a message into a chat room.

        Sends one message on behalf of an account into a chat room; the server answers
        with the message as it was accepted. Each member receives at most 20 normal
        messages per second and the excess is dropped at random, so a message that must
        arrive should be sent with `high_priority` (at most 10 high-priority messages
        per second reach a member).

        Args:
            roomid: Id of the chat room.
            msg_id: Client message id, such as a UUID; clients drop a message whose id
                they have already received.
            from_accid: Account that sends the message. 1 to 32 characters.
            msg_type: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4
                location, 6 file, 10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            resend_flag: 0 for a new message, 1 for a resend of an earlier `msg_id`. One
                of 0, 1.
            attach: Message content: the text itself for a text message (type 0); for
                every other type JSON text whose shape depends on the type (see
                `ChatroomAttach`). At most 4096 characters.
            ext: App-defined extension of the message; JSON text is usual. At most 4096
                characters.
            skip_history: 1 to keep the message out of the cloud history, 0 to store it.
                One of 0, 1. The server's default is 0.
            abandon_ratio: Chance, in units of 0.01 %, that the server drops this
                message instead of delivering it (0 never, 9999 almost always); used to
                thin out low-value traffic in busy rooms. At least 0; at most 9999.
            high_priority: Deliver the message as a high-priority message. The server's
                default is False.
            need_high_priority_msg_resend: With `high_priority`, deliver the message
                again to members who rejoin the room within its validity window. The
                server's default is True.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            antispam: For a custom message, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive this message.
            ignore_mute: Send even though the sender or the whole room is muted. The
                server's default is False.
            sub_type: App-defined sub-type of a custom message. At least 1.
            route: 1 to deliver a copy to the app's message-copy address, 0 not to. One
                of 0, 1.
            notify_target_tags: Tag expression choosing which members receive the
                message, such as `{"tag":"vip"}`; without it every member receives it.
                At most 128 characters.
            chat_msg_priority: Priority of the message on the CDN delivery channel.
            forbidden_if_high_priority_msg_freq: Chooses what happens to a high-priority
                message over the high-priority rate: downgraded to a normal message, or
                rejected with an error.
            loc_x: X coordinate of the message in a spatial (virtual-space) room.
            loc_y: Y coordinate of the message in a spatial room.
            loc_z: Z coordinate of the message in a spatial room.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/sendMsg.action``
        (operation ``chatroomSendMsg`` in the spec).
        """
        return _cast(
            "ChatroomSendMsgResponse",
            self._client._call(
                _SEND_MSG,
                {
                    "roomid": roomid,
                    "msgId": msg_id,
                    "fromAccid": from_accid,
                    "msgType": msg_type,
                    "resendFlag": resend_flag,
                    "attach": attach,
                    "ext": ext,
                    "skipHistory": skip_history,
                    "abandonRatio": abandon_ratio,
                    "highPriority": high_priority,
                    "needHighPriorityMsgResend": need_high_priority_msg_resend,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "env": env,
                    "ignoreMute": ignore_mute,
                    "subType": sub_type,
                    "route": route,
                    "notifyTargetTags": notify_target_tags,
                    "chatMsgPriority": chat_msg_priority,
                    "forbiddenIfHighPriorityMsgFreq": forbidden_if_high_priority_msg_freq,
                    "locX": loc_x,
                    "locY": loc_y,
                    "locZ": loc_z,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_msg_to_someone(
        self,
        *,
        roomid: int | str,
        msg_id: str,
        from_accid: str,
        to_accids: list[str],
        msg_type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        attach: str | None = None,
        sub_type: int | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        route: Literal[0, 1] | bool | None = None,
        ext: str | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomSendMsgToSomeoneResponse:
        """Send a chat room message to chosen members.

        Sends one message into a chat room that only the listed members (at most 100)
        receive. Such targeted messages are not stored in the cloud history. The server
        answers with the message as it was accepted.

        Args:
            roomid: Id of the chat room.
            msg_id: Client message id, such as a UUID; clients drop a message whose id
                they have already received.
            from_accid: Account that sends the message. 1 to 32 characters.
            to_accids: Members of the room who receive the message, at most 100. At
                least 1 items; at most 100 items; each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            msg_type: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4
                location, 6 file, 10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            attach: Message content: the text itself for a text message (type 0); for
                every other type JSON text whose shape depends on the type (see
                `ChatroomAttach`). At most 4096 characters.
            sub_type: App-defined sub-type of a custom message. At least 1.
            resend_flag: 0 for a new message, 1 for a resend of an earlier `msg_id`. One
                of 0, 1.
            route: 1 to deliver a copy to the app's message-copy address, 0 not to. One
                of 0, 1.
            ext: App-defined extension of the message; JSON text is usual. At most 4096
                characters.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            antispam: For a custom message, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive this message.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomSendMsgToSomeoneResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/sendMsgToSomeone.action``
        (operation ``chatroomSendMsgToSomeone`` in the spec).
        """
        return _cast(
            "ChatroomSendMsgToSomeoneResponse",
            self._client._call(
                _SEND_MSG_TO_SOMEONE,
                {
                    "roomid": roomid,
                    "msgId": msg_id,
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "msgType": msg_type,
                    "attach": attach,
                    "subType": sub_type,
                    "resendFlag": resend_flag,
                    "route": route,
                    "ext": ext,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "env": env,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def set_member_role(
        self,
        *,
        roomid: int | str,
        operator: str,
        target: str,
        opt: Literal[1, 2, -1, -2],
        optvalue: bool,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomSetMemberRoleResponse:
        """Set or revoke a member's role.

        Makes a member a manager, a normal (fixed) member, blacklisted or muted, or
        revokes that role. Only the creator may appoint managers; the other roles may be
        set by the creator or a manager. After a revocation a member that is neither
        muted nor blacklisted becomes a guest.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change; the creator, or a manager for roles
                other than manager. 1 to 32 characters.
            target: Member whose role changes. 1 to 32 characters.
            opt: Role concerned; 1 manager, 2 normal member, -1 blacklisted, -2 muted.
                One of 1, 2, -1, -2.
            optvalue: true to give the role, false to take it away.
            notify_ext: Extension carried by the role-change notification; JSON text is
                recommended. At most 2048 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomSetMemberRoleResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/setMemberRole.action``
        (operation ``chatroomSetMemberRole`` in the spec).
        """
        return _cast(
            "ChatroomSetMemberRoleResponse",
            self._client._call(
                _SET_MEMBER_ROLE,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "target": target,
                    "opt": opt,
                    "optvalue": optvalue,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def tag_members_count(
        self,
        *,
        roomid: int | str | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTagMembersCountResponse:
        """Count online members with a tag.

        Returns how many members carrying the given tag are online in a chat room now.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            tag: The tag to count. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTagMembersCountResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/tagMembersCount.action``
        (operation ``chatroomTagMembersCount`` in the spec).
        """
        return _cast(
            "ChatroomTagMembersCountResponse",
            self._client._call(
                _TAG_MEMBERS_COUNT,
                {
                    "roomid": roomid,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def tag_members_query(
        self,
        *,
        roomid: int | str | None = None,
        tag: str | None = None,
        end_time: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTagMembersQueryResponse:
        """Page through online members with a tag.

        Lists the online members of a chat room that carry the given tag, newest first.
        To get the next page pass the `enterTime` of the last member received as
        `end_time`. The members come back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            tag: The tag to list. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            end_time: Time (ms) to page back from, in reverse order; 0 means now.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            limit: Page size, at most 100. At least 1; at most 100. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTagMembersQueryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/tagMembersQuery.action``
        (operation ``chatroomTagMembersQuery`` in the spec).
        """
        return _cast(
            "ChatroomTagMembersQueryResponse",
            self._client._call(
                _TAG_MEMBERS_QUERY,
                {
                    "roomid": roomid,
                    "tag": tag,
                    "endTime": end_time,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def tag_temporary_mute(
        self,
        *,
        roomid: int | str,
        operator: str,
        target_tag: str,
        mute_duration: int,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        notify_target_tags: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTagTemporaryMuteResponse:
        """Mute every member with a tag for a while.

        Mutes all members of a chat room that carry the given tag for a number of
        seconds (at most 30 days), or lifts that mute when the duration is 0. Only the
        creator or a manager may do this. By default the notification goes to the
        members with the tag.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change; must be the creator or a manager. 1 to
                32 characters.
            target_tag: Tag whose members are muted.
            mute_duration: Mute length in seconds, at most 2592000 (30 days); 0 lifts
                the mute. At least 0; at most 2592000.
            need_notify: Send a mute notification. The server's default is True.
            notify_ext: Extension carried by the mute notification.
            notify_target_tags: Tag expression choosing who receives the notification;
                when omitted, the members carrying `target_tag` receive it.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTagTemporaryMuteResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/tagTemporaryMute.action``
        (operation ``chatroomTagTemporaryMute`` in the spec).
        """
        return _cast(
            "ChatroomTagTemporaryMuteResponse",
            self._client._call(
                _TAG_TEMPORARY_MUTE,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "targetTag": target_tag,
                    "muteDuration": mute_duration,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "notifyTargetTags": notify_target_tags,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def temporary_mute(
        self,
        *,
        roomid: int | str,
        operator: str,
        target: str,
        mute_duration: int | str,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTemporaryMuteResponse:
        """Mute a member for a while.

        Mutes one member of a chat room for a number of seconds (at most 30 days), or
        lifts the mute when the duration is 0.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change (the creator or a manager). 1 to 32
                characters.
            target: Member to mute. 1 to 32 characters.
            mute_duration: Mute length in seconds, at most 2592000 (30 days); 0 lifts
                the mute.
            need_notify: Broadcast a notification to the room afterwards. The server's
                default is True.
            notify_ext: Extension carried by the notification. At most 2048 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTemporaryMuteResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/temporaryMute.action``
        (operation ``chatroomTemporaryMute`` in the spec).
        """
        return _cast(
            "ChatroomTemporaryMuteResponse",
            self._client._call(
                _TEMPORARY_MUTE,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "target": target,
                    "muteDuration": mute_duration,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def toggle_close_stat(
        self,
        *,
        roomid: int | str,
        operator: str,
        valid: bool,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomToggleCloseStatResponse:
        """Open or close a chat room.

        Closes a chat room or opens it again. Only the room's creator may do this. The
        room comes back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account doing the change; must be the room's creator. 1 to 32
                characters.
            valid: true to open the room, false to close it.
            delay_close_policy: Scheduled closing mode to apply when the room is opened;
                0 off, 1 fixed time, 2 when idle. One of 0, 1, 2.
            delay_seconds: Delay in seconds for `delay_close_policy`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomToggleCloseStatResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/toggleCloseStat.action``
        (operation ``chatroomToggleCloseStat`` in the spec).
        """
        return _cast(
            "ChatroomToggleCloseStatResponse",
            self._client._call(
                _TOGGLE_CLOSE_STAT,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "valid": valid,
                    "delayClosePolicy": delay_close_policy,
                    "delaySeconds": delay_seconds,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update(
        self,
        *,
        roomid: int | str,
        name: str | None = None,
        announcement: str | None = None,
        broadcasturl: str | None = None,
        ext: str | None = None,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        queuelevel: Literal[0, 1] | bool | None = None,
        bid: AntispamBidIds | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomUpdateResponse:
        """Update a chat room.

        Changes the name, announcement, live-stream URL, extension, queue permission or
        anti-spam ids of a chat room. Only the fields sent change. By default the room's
        members are notified of the update.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            name: New room name. At most 128 characters.
            announcement: New announcement text. At most 4096 characters.
            broadcasturl: New live-stream URL. At most 1024 characters.
            ext: New app-defined room extension. At most 4096 characters.
            need_notify: Send an update notification to the room. The server's default
                is True.
            notify_ext: Extension carried by the update notification. At most 2048
                characters.
            queuelevel: New queue permission; 0 every member, 1 only the anchor and
                managers. One of 0, 1. The server's default is 0.
            bid: Anti-spam business ids for text and images, as JSON; when omitted the
                app's existing anti-spam configuration applies. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomUpdateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/update.action``
        (operation ``chatroomUpdate`` in the spec).
        """
        return _cast(
            "ChatroomUpdateResponse",
            self._client._call(
                _UPDATE,
                {
                    "roomid": roomid,
                    "name": name,
                    "announcement": announcement,
                    "broadcasturl": broadcasturl,
                    "ext": ext,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "queuelevel": queuelevel,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_chat_room_role_tag(
        self,
        *,
        room_id: int | str | None = None,
        tags: list[str] | None = None,
        accid: str | None = None,
        notify_target_tags: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Replace an online member's tags.

        Replaces the tags of a member who is online in a chat room; a tag expression can
        choose who is notified of the change.

        Args:
            room_id: Chat room id, as returned by `chatroom/create`. If the server
                ignores it, send the other spelling with `call_extra_fields={"roomid":
                ...}`. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            tags: The member's new tags, as a JSON array of strings; they replace the
                old ones. Sent as compact JSON; JSON text given as a str is checked and
                sent as is. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Online member whose tags are replaced. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notify_target_tags: Tag expression choosing who receives the change
                notification.
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

        Calls ``POST /nimserver/chatroom/updateChatRoomRoleTag.action``
        (operation ``chatroomUpdateChatRoomRoleTag`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_CHAT_ROOM_ROLE_TAG,
                {
                    "roomId": room_id,
                    "tags": tags,
                    "accid": accid,
                    "notifyTargetTags": notify_target_tags,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_delay_close_policy(
        self,
        *,
        roomid: int | str,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomUpdateDelayClosePolicyResponse:
        """Set a chat room's scheduled closing.

        Configures automatic closing of a chat room: either at a fixed time after the
        call, whether or not anyone is inside, or once the room has stayed empty for the
        given delay. Policy 0 switches it off.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            delay_close_policy: Scheduled closing mode: 0 off, 1 close at a fixed time
                after the policy is set whether or not anyone is inside, 2 close once
                the room has stayed empty for `delay_seconds`. One of 0, 1, 2.
            delay_seconds: Delay in seconds for `delay_close_policy`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomUpdateDelayClosePolicyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/updateDelayClosePolicy.action``
        (operation ``chatroomUpdateDelayClosePolicy`` in the spec).
        """
        return _cast(
            "ChatroomUpdateDelayClosePolicyResponse",
            self._client._call(
                _UPDATE_DELAY_CLOSE_POLICY,
                {
                    "roomid": roomid,
                    "delayClosePolicy": delay_close_policy,
                    "delaySeconds": delay_seconds,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_in_out_notification(
        self,
        *,
        roomid: int | str,
        close: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Switch enter and leave notifications.

        Turns off, or back on, the notifications a chat room sends when members enter or
        leave it.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            close: true to stop enter and leave notifications, false to send them again.
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

        Calls ``POST /nimserver/chatroom/updateInOutNotification.action``
        (operation ``chatroomUpdateInOutNotification`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_IN_OUT_NOTIFICATION,
                {
                    "roomid": roomid,
                    "close": close,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_my_room_role(
        self,
        *,
        roomid: int | str,
        accid: str,
        save: bool | None = None,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        nick: str | None = None,
        avator: str | None = None,
        ext: str | None = None,
        bid: ChatroomUpdateMyRoomRoleBid | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a member's in-room profile.

        Changes the nickname, avatar or extension that an account shows inside one chat
        room, optionally telling the room about the change. With `save` the change is
        kept for a fixed member beyond the current visit.

        Args:
            roomid: Id of the chat room.
            accid: Member whose in-room profile changes. 1 to 32 characters.
            save: Keep the change permanently; applies only to fixed members (not to
                temporary visitors). The server's default is False.
            need_notify: Send a notification about the change to the room's members.
            notify_ext: App-defined extension carried by that notification. At most 2048
                characters.
            nick: Nickname inside the room. At most 64 characters.
            avator: Avatar URL inside the room.
            ext: App-defined extension of the member inside the room.
            bid: Anti-spam business ids to use for this change instead of the app's
                defaults. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
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

        Calls ``POST /nimserver/chatroom/updateMyRoomRole.action``
        (operation ``chatroomUpdateMyRoomRole`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_MY_ROOM_ROLE,
                {
                    "roomid": roomid,
                    "accid": accid,
                    "save": save,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "nick": nick,
                    "avator": avator,
                    "ext": ext,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncChatroomGroup:
    """Operations under ``chatroom/``, reached as ``client.chatroom`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_robot(
        self,
        *,
        roomid: int | str,
        accids: list[str],
        role_ext: str | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomAddRobotResponse:
        """Add robots to a chat room.

        Puts up to 100 existing IM accounts into a chat room as robot (virtual) members.
        The result, inside `desc`, tells which accounts were added, which failed and
        which were already robots of the room; each of those lists is itself JSON text.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accids: Robot accounts, which must be valid IM accounts; at most 100. At
                least 1 items; at most 100 items; each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            role_ext: App-defined profile extension of the robots; JSON text is
                recommended.
            notify_ext: Extension carried by the notification of the robots entering.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomAddRobotResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/addRobot.action``
        (operation ``chatroomAddRobot`` in the spec).
        """
        return _cast(
            "ChatroomAddRobotResponse",
            await self._client._call(
                _ADD_ROBOT,
                {
                    "roomid": roomid,
                    "accids": accids,
                    "roleExt": role_ext,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_send_msg(
        self,
        *,
        roomid: int | str | None = None,
        msg_list: list[ChatroomBatchMessage] | None = None,
        from_accid: str | None = None,
        ignore_mute: bool | None = None,
        skip_history: Literal[0, 1] | bool | None = None,
        route: Literal[0, 1] | bool | None = None,
        abandon_ratio: int | None = None,
        high_priority: bool | None = None,
        need_high_priority_msg_resend: bool | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        notify_target_tags: str | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        chat_msg_priority: int | None = None,
        forbidden_if_high_priority_msg_freq: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomBatchSendMsgResponse:
        """Send several messages into a chat room.

        Sends a list of messages from one account into a chat room in a single call. The
        options apply to every message of the list. The answer reports, per `msgId`,
        which messages were sent and which failed.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            msg_list: The messages to send, at most 10. At least 1 items; at most 10
                items. Sent as compact JSON; JSON text given as a str is checked and
                sent as is. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            from_accid: Account that sends the messages. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ignore_mute: Send even though the sender or the whole room is muted. The
                server's default is False.
            skip_history: 1 to keep the messages out of the cloud history, 0 to store
                them. One of 0, 1. The server's default is 0.
            route: 1 to deliver copies to the app's message-copy address, 0 not to. One
                of 0, 1.
            abandon_ratio: Chance, in units of 0.01 %, that the server drops each
                message instead of delivering it (0 never, 9999 almost always). At least
                0; at most 9999.
            high_priority: Deliver the messages as high-priority messages. The server's
                default is False.
            need_high_priority_msg_resend: With `high_priority`, deliver the messages
                again to members who rejoin the room within their validity window. The
                server's default is True.
            use_yidun: Send 0 to check these messages with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for these messages instead of the app's
                default.
            antispam: For custom messages, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            notify_target_tags: Tag expression choosing which members receive the
                messages, such as `{"tag":"vip"}`; without it every member receives
                them. At most 128 characters.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive these messages.
            chat_msg_priority: Priority of the messages on the CDN delivery channel.
            forbidden_if_high_priority_msg_freq: Chooses what happens to high-priority
                messages over the high-priority rate: downgraded to normal messages, or
                rejected with an error.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomBatchSendMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/batchSendMsg.action``
        (operation ``chatroomBatchSendMsg`` in the spec).
        """
        return _cast(
            "ChatroomBatchSendMsgResponse",
            await self._client._call(
                _BATCH_SEND_MSG,
                {
                    "roomid": roomid,
                    "msgList": msg_list,
                    "fromAccid": from_accid,
                    "ignoreMute": ignore_mute,
                    "skipHistory": skip_history,
                    "route": route,
                    "abandonRatio": abandon_ratio,
                    "highPriority": high_priority,
                    "needHighPriorityMsgResend": need_high_priority_msg_resend,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "notifyTargetTags": notify_target_tags,
                    "antispamCustom": antispam_custom,
                    "env": env,
                    "chatMsgPriority": chat_msg_priority,
                    "forbiddenIfHighPriorityMsgFreq": forbidden_if_high_priority_msg_freq,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_send_msg_to_someone(
        self,
        *,
        roomid: int | str | None = None,
        msg_list: list[ChatroomTargetBatchMessage] | None = None,
        from_accid: str | None = None,
        to_accids: list[str] | None = None,
        route: Literal[0, 1] | bool | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomBatchSendMsgToSomeoneResponse:
        """Send several chat room messages to chosen members.

        Sends a list of messages from one account into a chat room that only the listed
        members receive, in a single call. Like single targeted messages they are not
        stored in the cloud history. The answer reports, per `msgId`, which messages
        were sent and which failed.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            msg_list: The messages to send. At least 1 items. Sent as compact JSON; JSON
                text given as a str is checked and sent as is. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            from_accid: Account that sends the messages. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            to_accids: Members of the room who receive the messages. At least 1 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            route: 1 to deliver copies to the app's message-copy address, 0 not to. One
                of 0, 1.
            use_yidun: Send 0 to check these messages with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for these messages instead of the app's
                default.
            antispam: For custom messages, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive these messages.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomBatchSendMsgToSomeoneResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/batchSendMsgToSomeone.action``
        (operation ``chatroomBatchSendMsgToSomeone`` in the spec).
        """
        return _cast(
            "ChatroomBatchSendMsgToSomeoneResponse",
            await self._client._call(
                _BATCH_SEND_MSG_TO_SOMEONE,
                {
                    "roomid": roomid,
                    "msgList": msg_list,
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "route": route,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "env": env,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def broadcast(
        self,
        *,
        msg_id: str,
        from_accid: str,
        msg_type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        attach: str | None = None,
        sub_type: int | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        route: Literal[0, 1] | bool | None = None,
        ext: str | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        notify_target_tags: str | None = None,
        env: str | None = None,
        high_priority: bool | None = None,
        need_high_priority_msg_resend: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomBroadcastResponse:
        """Broadcast a message to every chat room of the app.

        Sends one message to the online members of all chat rooms of the app at once.
        The message reaches only members who are online and is not stored. The feature
        must be enabled for the app by NetEase first. The server answers with the
        message as it was accepted.

        Args:
            msg_id: Client message id, such as a UUID; clients drop a message whose id
                they have already received.
            from_accid: Account shown as the sender. 1 to 32 characters.
            msg_type: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4
                location, 6 file, 10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            attach: Message content: the text itself for a text message (type 0); for
                every other type JSON text whose shape depends on the type (see
                `ChatroomAttach`). At most 4096 characters.
            sub_type: App-defined sub-type of a custom message. At least 1.
            resend_flag: 0 for a new message, 1 for a resend of an earlier `msg_id`. One
                of 0, 1.
            route: 1 to deliver a copy to the app's message-copy address, 0 not to. One
                of 0, 1.
            ext: App-defined extension of the message; JSON text is usual. At most 4096
                characters.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            antispam: For a custom message, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            notify_target_tags: Tag expression choosing which members receive the
                message, such as `{"tag":"vip"}`; without it every member receives it.
                At most 128 characters.
            env: Environment name that selects which configured message-copy and
                callback addresses receive this message.
            high_priority: Deliver the message as a high-priority message. The server's
                default is False.
            need_high_priority_msg_resend: With `high_priority`, deliver the message
                again to members who rejoin a room within its validity window. The
                server's default is True.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomBroadcastResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 10 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/chatroom/broadcast.action``
        (operation ``chatroomBroadcast`` in the spec).
        """
        return _cast(
            "ChatroomBroadcastResponse",
            await self._client._call(
                _BROADCAST,
                {
                    "msgId": msg_id,
                    "fromAccid": from_accid,
                    "msgType": msg_type,
                    "attach": attach,
                    "subType": sub_type,
                    "resendFlag": resend_flag,
                    "route": route,
                    "ext": ext,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "notifyTargetTags": notify_target_tags,
                    "env": env,
                    "highPriority": high_priority,
                    "needHighPriorityMsgResend": need_high_priority_msg_resend,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def clean_robot(
        self,
        *,
        roomid: int | str,
        notify: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomCleanRobotResponse:
        """Remove all robots from a chat room.

        Takes every robot account out of a chat room and reports how many were removed,
        inside `desc`. Leave notifications are not sent unless asked for.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            notify: Send a leave notification for each robot. The server's default is
                False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomCleanRobotResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/cleanRobot.action``
        (operation ``chatroomCleanRobot`` in the spec).
        """
        return _cast(
            "ChatroomCleanRobotResponse",
            await self._client._call(
                _CLEAN_ROBOT,
                {
                    "roomid": roomid,
                    "notify": notify,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create(
        self,
        *,
        creator: str,
        name: str,
        announcement: str | None = None,
        broadcasturl: str | None = None,
        ext: str | None = None,
        queuelevel: Literal[0, 1] | bool | None = None,
        bid: AntispamBidIds | None = None,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        in_out_notification: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomCreateResponse:
        """Create a chat room.

        Creates a chat room owned by the given account and returns it with its new room
        id. Chat rooms are a paid add-on and can only be created from the app server.
        Scheduled closing can be configured at creation time or later with
        `chatroom/updateDelayClosePolicy`.

        Args:
            creator: Account that will own the room. 1 to 32 characters.
            name: Room name. At most 128 characters.
            announcement: Announcement text. At most 4096 characters.
            broadcasturl: Live-stream URL tied to the room. At most 1024 characters.
            ext: App-defined room extension. At most 4096 characters.
            queuelevel: Who may change the room's queue; 0 every member, 1 only the
                anchor and managers. One of 0, 1. The server's default is 0.
            bid: Anti-spam business ids for text and images, as JSON; when omitted the
                app's existing anti-spam configuration applies. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            delay_close_policy: Scheduled closing mode: 0 off, 1 close at a fixed time
                after the policy is set whether or not anyone is inside, 2 close once
                the room has stayed empty for `delay_seconds`. One of 0, 1, 2.
            delay_seconds: Delay in seconds for `delay_close_policy`.
            in_out_notification: Switch for member enter and leave notifications in the
                new room; the sources give no value table (1 on, 0 off assumed).
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/create.action``
        (operation ``chatroomCreate`` in the spec).
        """
        return _cast(
            "ChatroomCreateResponse",
            await self._client._call(
                _CREATE,
                {
                    "creator": creator,
                    "name": name,
                    "announcement": announcement,
                    "broadcasturl": broadcasturl,
                    "ext": ext,
                    "queuelevel": queuelevel,
                    "bid": bid,
                    "delayClosePolicy": delay_close_policy,
                    "delaySeconds": delay_seconds,
                    "inOutNotification": in_out_notification,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_history_message(
        self,
        *,
        roomid: int | str,
        from_acc: str,
        msg_timetag: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a message from a chat room's cloud history.

        Removes one message from the cloud history of a chat room. The message is
        identified by its sender and its server timestamp.

        Args:
            roomid: Id of the chat room.
            from_acc: Account that sent the message. 1 to 32 characters.
            msg_timetag: Server timestamp of the message to delete, epoch milliseconds.
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

        Calls ``POST /nimserver/chatroom/deleteHistoryMessage.action``
        (operation ``chatroomDeleteHistoryMessage`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE_HISTORY_MESSAGE,
                {
                    "roomid": roomid,
                    "fromAcc": from_acc,
                    "msgTimetag": msg_timetag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get(
        self,
        *,
        roomid: int | str,
        need_online_user_count: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomGetResponse:
        """Get a chat room.

        Returns the settings and state of one chat room, optionally with the number of
        members online now.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            need_online_user_count: Also return the number of members online now. The
                server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomGetResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/get.action``
        (operation ``chatroomGet`` in the spec).
        """
        return _cast(
            "ChatroomGetResponse",
            await self._client._call(
                _GET,
                {
                    "roomid": roomid,
                    "needOnlineUserCount": need_online_user_count,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_batch(
        self,
        *,
        roomids: list[int],
        need_online_user_count: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomGetBatchResponse:
        """Get several chat rooms.

        Returns up to 20 chat rooms in one call. Rooms that do not exist and rooms that
        could not be read are listed separately from the ones found.

        Args:
            roomids: Rooms to fetch, at most 20; a list that cannot be parsed is
                rejected with 414. At least 1 items; at most 20 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            need_online_user_count: Also return the number of members online in each
                room. The server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomGetBatchResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/getBatch.action``
        (operation ``chatroomGetBatch`` in the spec).
        """
        return _cast(
            "ChatroomGetBatchResponse",
            await self._client._call(
                _GET_BATCH,
                {
                    "roomids": roomids,
                    "needOnlineUserCount": need_online_user_count,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def kick_member(
        self,
        *,
        roomid: int | str | None = None,
        target_accid: str | None = None,
        accid: str | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Kick a member out of a chat room.

        Removes a member from a chat room, with an optional extension on the kick
        notification.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            target_accid: Member to kick. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            accid: Account doing the kick. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            notify_ext: Extension carried by the kick notification.
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

        Calls ``POST /nimserver/chatroom/kickMember.action``
        (operation ``chatroomKickMember`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _KICK_MEMBER,
                {
                    "roomid": roomid,
                    "targetAccid": target_accid,
                    "accid": accid,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def members_by_page(
        self,
        *,
        roomid: int | str,
        type: Literal[0, 1, 2],
        endtime: int | str,
        limit: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomMembersByPageResponse:
        """Page through chat room members.

        Lists fixed members, non-fixed (temporary) members or only the fixed members
        online now, newest first. To get the next page pass the `enterTime` of the last
        member received as `endtime`. The members come back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            type: Which members; 0 fixed members, 1 non-fixed members, 2 fixed members
                that are online. One of 0, 1, 2.
            endtime: Time (ms) to page back from, in reverse order; 0 means now.
            limit: Page size, at most 100.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomMembersByPageResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/membersByPage.action``
        (operation ``chatroomMembersByPage`` in the spec).
        """
        return _cast(
            "ChatroomMembersByPageResponse",
            await self._client._call(
                _MEMBERS_BY_PAGE,
                {
                    "roomid": roomid,
                    "type": type,
                    "endtime": endtime,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute_room(
        self,
        *,
        roomid: int | str,
        operator: str,
        mute: bool,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomMuteRoomResponse:
        """Mute or unmute a whole chat room.

        Mutes every member of a chat room, or lifts that mute. While the room is muted
        only its creator and managers can speak.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change (the creator or a manager). 1 to 32
                characters.
            mute: true to mute the room, false to lift the mute.
            need_notify: Send a notification to the room. The server's default is True.
            notify_ext: Extension carried by the notification.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomMuteRoomResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/muteRoom.action``
        (operation ``chatroomMuteRoom`` in the spec).
        """
        return _cast(
            "ChatroomMuteRoomResponse",
            await self._client._call(
                _MUTE_ROOM,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "mute": mute,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_members(
        self,
        *,
        roomid: int | str,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueryMembersResponse:
        """Get chat room members by account.

        Returns the in-room information of up to 200 given accounts. The members come
        back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accids: Accounts to look up, at most 200. At least 1 items; at most 200
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueryMembersResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queryMembers.action``
        (operation ``chatroomQueryMembers`` in the spec).
        """
        return _cast(
            "ChatroomQueryMembersResponse",
            await self._client._call(
                _QUERY_MEMBERS,
                {
                    "roomid": roomid,
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_members_by_role(
        self,
        *,
        roomid: int | str | None = None,
        roles: ChatroomQueryMembersByRoleRoles | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueryMembersByRoleResponse:
        """List chat room members by role.

        Lists the members that hold the selected roles: the creator, managers,
        blacklisted members and muted members. The members come back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            roles: The roles to list, as a JSON object of switches. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueryMembersByRoleResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queryMembersByRole.action``
        (operation ``chatroomQueryMembersByRole`` in the spec).
        """
        return _cast(
            "ChatroomQueryMembersByRoleResponse",
            await self._client._call(
                _QUERY_MEMBERS_BY_ROLE,
                {
                    "roomid": roomid,
                    "roles": roles,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_user_room_ids(
        self,
        *,
        creator: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueryUserRoomIdsResponse:
        """List the open chat rooms of a creator.

        Returns the ids of the chat rooms created by an account that are open now. The
        list comes back inside `desc`.

        Args:
            creator: Creator whose open rooms are listed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueryUserRoomIdsResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queryUserRoomIds.action``
        (operation ``chatroomQueryUserRoomIds`` in the spec).
        """
        return _cast(
            "ChatroomQueryUserRoomIdsResponse",
            await self._client._call(
                _QUERY_USER_ROOM_IDS,
                {
                    "creator": creator,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_batch_offer(
        self,
        *,
        roomid: int | str | None = None,
        operator: str | None = None,
        transient: bool | None = None,
        elements: list[QueueElementInput] | None = None,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueBatchOfferResponse:
        """Add or update several queue elements.

        Adds several elements to a chat room's queue, or updates those whose keys
        already exist, in one call. Keys that could not be written are reported back.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            operator: Account that writes the elements. 1 to 32 characters.
            transient: Remove the elements automatically when their owner leaves or
                drops out of the room.
            elements: The elements to add or update. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            need_notify: Send a notification about the change to the room's members.
            notify_ext: App-defined extension carried by that notification.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueBatchOfferResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueBatchOffer.action``
        (operation ``chatroomQueueBatchOffer`` in the spec).
        """
        return _cast(
            "ChatroomQueueBatchOfferResponse",
            await self._client._call(
                _QUEUE_BATCH_OFFER,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "transient": transient,
                    "elements": elements,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_batch_update_elements(
        self,
        *,
        roomid: int | str,
        operator: str,
        elements: dict[str, str],
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueBatchUpdateElementsResponse:
        """Update the values of existing queue elements.

        Replaces the values of up to 200 elements that already exist in a chat room's
        queue; keys that do not exist are reported back and not added. The operator must
        be a manager or the creator of the room.

        Args:
            roomid: Id of the chat room.
            operator: Account that performs the update; a manager or the creator of the
                room. 1 to 32 characters.
            elements: Object from element key to its new value, at most 200 entries.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            need_notify: Send a notification about the change to the room's members. The
                server's default is True.
            notify_ext: App-defined extension carried by that notification. At most 2048
                characters.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueBatchUpdateElementsResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueBatchUpdateElements.action``
        (operation ``chatroomQueueBatchUpdateElements`` in the spec).
        """
        return _cast(
            "ChatroomQueueBatchUpdateElementsResponse",
            await self._client._call(
                _QUEUE_BATCH_UPDATE_ELEMENTS,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "elements": elements,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_drop(
        self,
        *,
        roomid: int | str,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueDropResponse:
        """Delete the whole queue.

        Removes a chat room's queue together with all its elements.

        Args:
            roomid: Id of the chat room.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueDropResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueDrop.action``
        (operation ``chatroomQueueDrop`` in the spec).
        """
        return _cast(
            "ChatroomQueueDropResponse",
            await self._client._call(
                _QUEUE_DROP,
                {
                    "roomid": roomid,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_init(
        self,
        *,
        roomid: int | str,
        size_limit: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueInitResponse:
        """Initialise a chat room queue.

        Sets up the queue of a chat room with the largest number of elements it may
        hold.

        Args:
            roomid: Id of the chat room.
            size_limit: Largest number of elements the queue may hold.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueInitResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueInit.action``
        (operation ``chatroomQueueInit`` in the spec).
        """
        return _cast(
            "ChatroomQueueInitResponse",
            await self._client._call(
                _QUEUE_INIT,
                {
                    "roomid": roomid,
                    "sizeLimit": size_limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_list(
        self,
        *,
        roomid: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueListResponse:
        """List all queue elements.

        Returns every element of a chat room's queue, in queue order.

        Args:
            roomid: Id of the chat room.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueListResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueList.action``
        (operation ``chatroomQueueList`` in the spec).
        """
        return _cast(
            "ChatroomQueueListResponse",
            await self._client._call(
                _QUEUE_LIST,
                {
                    "roomid": roomid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_multi_get(
        self,
        *,
        roomid: int | str | None = None,
        keys: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueMultiGetResponse:
        """Read queue elements by key.

        Returns the elements with the given keys from a chat room's queue without
        removing them.

        Args:
            roomid: Id of the chat room. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            keys: Keys of the elements to read. At least 1 items; each at most 128
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueMultiGetResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueMultiGet.action``
        (operation ``chatroomQueueMultiGet`` in the spec).
        """
        return _cast(
            "ChatroomQueueMultiGetResponse",
            await self._client._call(
                _QUEUE_MULTI_GET,
                {
                    "roomid": roomid,
                    "keys": keys,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_offer(
        self,
        *,
        roomid: int | str,
        key: str,
        value: str,
        operator: str | None = None,
        transient: bool | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueueOfferResponse:
        """Add or update a queue element.

        Adds an element to the end of a chat room's queue, or replaces the value of the
        element with the same key; the account that writes an element last becomes its
        owner. An operator who is not in the room must be the room's creator (otherwise
        403); an unknown operator gives 404; and a `transient` element needs an operator
        who is in the room (otherwise 403).

        Args:
            roomid: Id of the chat room.
            key: Unique key of the element. At most 128 characters.
            value: Content of the element. At most 4096 characters.
            operator: Account that writes the element; the room's creator when omitted.
                1 to 32 characters.
            transient: Remove the element automatically when the operator leaves the
                room or all of its connections to the room drop. The server's default is
                False.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueueOfferResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queueOffer.action``
        (operation ``chatroomQueueOffer`` in the spec).
        """
        return _cast(
            "ChatroomQueueOfferResponse",
            await self._client._call(
                _QUEUE_OFFER,
                {
                    "roomid": roomid,
                    "key": key,
                    "value": value,
                    "operator": operator,
                    "transient": transient,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def queue_poll(
        self,
        *,
        roomid: int | str,
        key: str | None = None,
        high_priority: Literal[0, 1] | bool | None = None,
        high_priority_policy: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomQueuePollResponse:
        """Take an element out of the queue.

        Removes one element from a chat room's queue and returns it: the element with
        the given key, or the head of the queue when no key is given.

        Args:
            roomid: Id of the chat room.
            key: Key of the element to take; the head of the queue when omitted. At most
                128 characters.
            high_priority: 1 sends the room notification about this queue change as a
                high-priority notification, 0 (the default) as an ordinary one. Members
                receive at most 10 high-priority room notifications a second and about
                20 ordinary ones, beyond which ordinary notifications may be dropped.
                One of 0, 1. The server's default is 0. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            high_priority_policy: What happens to a high-priority notification once the
                high-priority rate is exceeded: 0 (the default) sends it as an ordinary
                notification, 1 fails the call with code 416. One of 0, 1. The server's
                default is 0. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomQueuePollResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/queuePoll.action``
        (operation ``chatroomQueuePoll`` in the spec).
        """
        return _cast(
            "ChatroomQueuePollResponse",
            await self._client._call(
                _QUEUE_POLL,
                {
                    "roomid": roomid,
                    "key": key,
                    "highPriority": high_priority,
                    "highPriorityPolicy": high_priority_policy,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def recall(
        self,
        *,
        roomid: int | str,
        msg_timetag: int | str,
        msg_id: str,
        from_acc: str,
        operator_acc: str,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a chat room message.

        Withdraws a message that was sent into a chat room and removes it from the cloud
        history as well. The message is identified by its client id, its server time and
        its sender. Members' clients need IM SDK 8.7.0 or later to handle the recall.

        Args:
            roomid: Id of the chat room.
            msg_timetag: Server time of the message to recall, epoch milliseconds.
            msg_id: Client message id of the message to recall.
            from_acc: Account that sent the message. 1 to 32 characters.
            operator_acc: Account that performs the recall. 1 to 32 characters.
            notify_ext: App-defined extension carried by the recall notification. At
                most 1024 characters.
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

        Calls ``POST /nimserver/chatroom/recall.action``
        (operation ``chatroomRecall`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _RECALL,
                {
                    "roomid": roomid,
                    "msgTimetag": msg_timetag,
                    "msgId": msg_id,
                    "fromAcc": from_acc,
                    "operatorAcc": operator_acc,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_robot(
        self,
        *,
        roomid: int | str,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomRemoveRobotResponse:
        """Remove robots from a chat room.

        Takes up to 100 robot accounts out of a chat room. The result, inside `desc`,
        tells which were removed and which failed; each list is itself JSON text.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accids: Robot accounts to remove, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomRemoveRobotResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/removeRobot.action``
        (operation ``chatroomRemoveRobot`` in the spec).
        """
        return _cast(
            "ChatroomRemoveRobotResponse",
            await self._client._call(
                _REMOVE_ROBOT,
                {
                    "roomid": roomid,
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def request_addr(
        self,
        *,
        roomid: int | str,
        accid: str,
        clienttype: Literal[1, 2, 3] | None = None,
        clientip: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomRequestAddrResponse:
        """Get chat room connection addresses.

        Returns the addresses a client must connect to in order to enter a chat room as
        the given account. The kind of link depends on the client platform; passing the
        client's IP lets the server pick addresses near the user.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            accid: Account that will enter the room. 1 to 32 characters.
            clienttype: Kind of link; 1 web (weblink), 2 native apps (commonlink), 3
                WeChat mini program (wechatlink). One of 1, 2, 3. The server's default
                is 1.
            clientip: The client's IP address, used to return addresses close to the
                user.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomRequestAddrResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/requestAddr.action``
        (operation ``chatroomRequestAddr`` in the spec).
        """
        return _cast(
            "ChatroomRequestAddrResponse",
            await self._client._call(
                _REQUEST_ADDR,
                {
                    "roomid": roomid,
                    "accid": accid,
                    "clienttype": clienttype,
                    "clientip": clientip,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_msg(
        self,
        *,
        roomid: int | str,
        msg_id: str,
        from_accid: str,
        msg_type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        resend_flag: Literal[0, 1] | bool | None = None,
        attach: str | None = None,
        ext: str | None = None,
        skip_history: Literal[0, 1] | bool | None = None,
        abandon_ratio: int | None = None,
        high_priority: bool | None = None,
        need_high_priority_msg_resend: bool | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        ignore_mute: bool | None = None,
        sub_type: int | None = None,
        route: Literal[0, 1] | bool | None = None,
        notify_target_tags: str | None = None,
        chat_msg_priority: int | None = None,
        forbidden_if_high_priority_msg_freq: int | None = None,
        loc_x: float | None = None,
        loc_y: float | None = None,
        loc_z: float | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomSendMsgResponse:
        """Send a message into a chat room.

        Sends one message on behalf of an account into a chat room; the server answers
        with the message as it was accepted. Each member receives at most 20 normal
        messages per second and the excess is dropped at random, so a message that must
        arrive should be sent with `high_priority` (at most 10 high-priority messages
        per second reach a member).

        Args:
            roomid: Id of the chat room.
            msg_id: Client message id, such as a UUID; clients drop a message whose id
                they have already received.
            from_accid: Account that sends the message. 1 to 32 characters.
            msg_type: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4
                location, 6 file, 10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            resend_flag: 0 for a new message, 1 for a resend of an earlier `msg_id`. One
                of 0, 1.
            attach: Message content: the text itself for a text message (type 0); for
                every other type JSON text whose shape depends on the type (see
                `ChatroomAttach`). At most 4096 characters.
            ext: App-defined extension of the message; JSON text is usual. At most 4096
                characters.
            skip_history: 1 to keep the message out of the cloud history, 0 to store it.
                One of 0, 1. The server's default is 0.
            abandon_ratio: Chance, in units of 0.01 %, that the server drops this
                message instead of delivering it (0 never, 9999 almost always); used to
                thin out low-value traffic in busy rooms. At least 0; at most 9999.
            high_priority: Deliver the message as a high-priority message. The server's
                default is False.
            need_high_priority_msg_resend: With `high_priority`, deliver the message
                again to members who rejoin the room within its validity window. The
                server's default is True.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            antispam: For a custom message, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive this message.
            ignore_mute: Send even though the sender or the whole room is muted. The
                server's default is False.
            sub_type: App-defined sub-type of a custom message. At least 1.
            route: 1 to deliver a copy to the app's message-copy address, 0 not to. One
                of 0, 1.
            notify_target_tags: Tag expression choosing which members receive the
                message, such as `{"tag":"vip"}`; without it every member receives it.
                At most 128 characters.
            chat_msg_priority: Priority of the message on the CDN delivery channel.
            forbidden_if_high_priority_msg_freq: Chooses what happens to a high-priority
                message over the high-priority rate: downgraded to a normal message, or
                rejected with an error.
            loc_x: X coordinate of the message in a spatial (virtual-space) room.
            loc_y: Y coordinate of the message in a spatial room.
            loc_z: Z coordinate of the message in a spatial room.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/sendMsg.action``
        (operation ``chatroomSendMsg`` in the spec).
        """
        return _cast(
            "ChatroomSendMsgResponse",
            await self._client._call(
                _SEND_MSG,
                {
                    "roomid": roomid,
                    "msgId": msg_id,
                    "fromAccid": from_accid,
                    "msgType": msg_type,
                    "resendFlag": resend_flag,
                    "attach": attach,
                    "ext": ext,
                    "skipHistory": skip_history,
                    "abandonRatio": abandon_ratio,
                    "highPriority": high_priority,
                    "needHighPriorityMsgResend": need_high_priority_msg_resend,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "env": env,
                    "ignoreMute": ignore_mute,
                    "subType": sub_type,
                    "route": route,
                    "notifyTargetTags": notify_target_tags,
                    "chatMsgPriority": chat_msg_priority,
                    "forbiddenIfHighPriorityMsgFreq": forbidden_if_high_priority_msg_freq,
                    "locX": loc_x,
                    "locY": loc_y,
                    "locZ": loc_z,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_msg_to_someone(
        self,
        *,
        roomid: int | str,
        msg_id: str,
        from_accid: str,
        to_accids: list[str],
        msg_type: Literal[0, 1, 2, 3, 4, 6, 10, 100],
        attach: str | None = None,
        sub_type: int | None = None,
        resend_flag: Literal[0, 1] | bool | None = None,
        route: Literal[0, 1] | bool | None = None,
        ext: str | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        antispam: bool | None = None,
        antispam_custom: ChatroomAntispamCustom | None = None,
        env: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomSendMsgToSomeoneResponse:
        """Send a chat room message to chosen members.

        Sends one message into a chat room that only the listed members (at most 100)
        receive. Such targeted messages are not stored in the cloud history. The server
        answers with the message as it was accepted.

        Args:
            roomid: Id of the chat room.
            msg_id: Client message id, such as a UUID; clients drop a message whose id
                they have already received.
            from_accid: Account that sends the message. 1 to 32 characters.
            to_accids: Members of the room who receive the message, at most 100. At
                least 1 items; at most 100 items; each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            msg_type: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4
                location, 6 file, 10 tip, 100 custom. One of 0, 1, 2, 3, 4, 6, 10, 100.
            attach: Message content: the text itself for a text message (type 0); for
                every other type JSON text whose shape depends on the type (see
                `ChatroomAttach`). At most 4096 characters.
            sub_type: App-defined sub-type of a custom message. At least 1.
            resend_flag: 0 for a new message, 1 for a resend of an earlier `msg_id`. One
                of 0, 1.
            route: 1 to deliver a copy to the app's message-copy address, 0 not to. One
                of 0, 1.
            ext: App-defined extension of the message; JSON text is usual. At most 4096
                characters.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Anti-cheating parameters passed through to Yidun, as a
                JSON object. At most 1024 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extra anti-spam parameters passed through to Yidun, as
                a JSON object. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            antispam: For a custom message, check only `antispam_custom` with the
                anti-spam service instead of the message content. The server's default
                is False.
            antispam_custom: Content to check with the anti-spam service when `antispam`
                is true. At most 5000 characters of JSON text. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy and
                callback addresses receive this message.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomSendMsgToSomeoneResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/sendMsgToSomeone.action``
        (operation ``chatroomSendMsgToSomeone`` in the spec).
        """
        return _cast(
            "ChatroomSendMsgToSomeoneResponse",
            await self._client._call(
                _SEND_MSG_TO_SOMEONE,
                {
                    "roomid": roomid,
                    "msgId": msg_id,
                    "fromAccid": from_accid,
                    "toAccids": to_accids,
                    "msgType": msg_type,
                    "attach": attach,
                    "subType": sub_type,
                    "resendFlag": resend_flag,
                    "route": route,
                    "ext": ext,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "env": env,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def set_member_role(
        self,
        *,
        roomid: int | str,
        operator: str,
        target: str,
        opt: Literal[1, 2, -1, -2],
        optvalue: bool,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomSetMemberRoleResponse:
        """Set or revoke a member's role.

        Makes a member a manager, a normal (fixed) member, blacklisted or muted, or
        revokes that role. Only the creator may appoint managers; the other roles may be
        set by the creator or a manager. After a revocation a member that is neither
        muted nor blacklisted becomes a guest.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change; the creator, or a manager for roles
                other than manager. 1 to 32 characters.
            target: Member whose role changes. 1 to 32 characters.
            opt: Role concerned; 1 manager, 2 normal member, -1 blacklisted, -2 muted.
                One of 1, 2, -1, -2.
            optvalue: true to give the role, false to take it away.
            notify_ext: Extension carried by the role-change notification; JSON text is
                recommended. At most 2048 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomSetMemberRoleResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/setMemberRole.action``
        (operation ``chatroomSetMemberRole`` in the spec).
        """
        return _cast(
            "ChatroomSetMemberRoleResponse",
            await self._client._call(
                _SET_MEMBER_ROLE,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "target": target,
                    "opt": opt,
                    "optvalue": optvalue,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def tag_members_count(
        self,
        *,
        roomid: int | str | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTagMembersCountResponse:
        """Count online members with a tag.

        Returns how many members carrying the given tag are online in a chat room now.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            tag: The tag to count. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTagMembersCountResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/tagMembersCount.action``
        (operation ``chatroomTagMembersCount`` in the spec).
        """
        return _cast(
            "ChatroomTagMembersCountResponse",
            await self._client._call(
                _TAG_MEMBERS_COUNT,
                {
                    "roomid": roomid,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def tag_members_query(
        self,
        *,
        roomid: int | str | None = None,
        tag: str | None = None,
        end_time: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTagMembersQueryResponse:
        """Page through online members with a tag.

        Lists the online members of a chat room that carry the given tag, newest first.
        To get the next page pass the `enterTime` of the last member received as
        `end_time`. The members come back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            tag: The tag to list. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            end_time: Time (ms) to page back from, in reverse order; 0 means now.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            limit: Page size, at most 100. At least 1; at most 100. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTagMembersQueryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/tagMembersQuery.action``
        (operation ``chatroomTagMembersQuery`` in the spec).
        """
        return _cast(
            "ChatroomTagMembersQueryResponse",
            await self._client._call(
                _TAG_MEMBERS_QUERY,
                {
                    "roomid": roomid,
                    "tag": tag,
                    "endTime": end_time,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def tag_temporary_mute(
        self,
        *,
        roomid: int | str,
        operator: str,
        target_tag: str,
        mute_duration: int,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        notify_target_tags: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTagTemporaryMuteResponse:
        """Mute every member with a tag for a while.

        Mutes all members of a chat room that carry the given tag for a number of
        seconds (at most 30 days), or lifts that mute when the duration is 0. Only the
        creator or a manager may do this. By default the notification goes to the
        members with the tag.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change; must be the creator or a manager. 1 to
                32 characters.
            target_tag: Tag whose members are muted.
            mute_duration: Mute length in seconds, at most 2592000 (30 days); 0 lifts
                the mute. At least 0; at most 2592000.
            need_notify: Send a mute notification. The server's default is True.
            notify_ext: Extension carried by the mute notification.
            notify_target_tags: Tag expression choosing who receives the notification;
                when omitted, the members carrying `target_tag` receive it.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTagTemporaryMuteResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/tagTemporaryMute.action``
        (operation ``chatroomTagTemporaryMute`` in the spec).
        """
        return _cast(
            "ChatroomTagTemporaryMuteResponse",
            await self._client._call(
                _TAG_TEMPORARY_MUTE,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "targetTag": target_tag,
                    "muteDuration": mute_duration,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "notifyTargetTags": notify_target_tags,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def temporary_mute(
        self,
        *,
        roomid: int | str,
        operator: str,
        target: str,
        mute_duration: int | str,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomTemporaryMuteResponse:
        """Mute a member for a while.

        Mutes one member of a chat room for a number of seconds (at most 30 days), or
        lifts the mute when the duration is 0.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account making the change (the creator or a manager). 1 to 32
                characters.
            target: Member to mute. 1 to 32 characters.
            mute_duration: Mute length in seconds, at most 2592000 (30 days); 0 lifts
                the mute.
            need_notify: Broadcast a notification to the room afterwards. The server's
                default is True.
            notify_ext: Extension carried by the notification. At most 2048 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomTemporaryMuteResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/temporaryMute.action``
        (operation ``chatroomTemporaryMute`` in the spec).
        """
        return _cast(
            "ChatroomTemporaryMuteResponse",
            await self._client._call(
                _TEMPORARY_MUTE,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "target": target,
                    "muteDuration": mute_duration,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def toggle_close_stat(
        self,
        *,
        roomid: int | str,
        operator: str,
        valid: bool,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomToggleCloseStatResponse:
        """Open or close a chat room.

        Closes a chat room or opens it again. Only the room's creator may do this. The
        room comes back inside `desc`.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            operator: Account doing the change; must be the room's creator. 1 to 32
                characters.
            valid: true to open the room, false to close it.
            delay_close_policy: Scheduled closing mode to apply when the room is opened;
                0 off, 1 fixed time, 2 when idle. One of 0, 1, 2.
            delay_seconds: Delay in seconds for `delay_close_policy`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomToggleCloseStatResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/toggleCloseStat.action``
        (operation ``chatroomToggleCloseStat`` in the spec).
        """
        return _cast(
            "ChatroomToggleCloseStatResponse",
            await self._client._call(
                _TOGGLE_CLOSE_STAT,
                {
                    "roomid": roomid,
                    "operator": operator,
                    "valid": valid,
                    "delayClosePolicy": delay_close_policy,
                    "delaySeconds": delay_seconds,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update(
        self,
        *,
        roomid: int | str,
        name: str | None = None,
        announcement: str | None = None,
        broadcasturl: str | None = None,
        ext: str | None = None,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        queuelevel: Literal[0, 1] | bool | None = None,
        bid: AntispamBidIds | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomUpdateResponse:
        """Update a chat room.

        Changes the name, announcement, live-stream URL, extension, queue permission or
        anti-spam ids of a chat room. Only the fields sent change. By default the room's
        members are notified of the update.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            name: New room name. At most 128 characters.
            announcement: New announcement text. At most 4096 characters.
            broadcasturl: New live-stream URL. At most 1024 characters.
            ext: New app-defined room extension. At most 4096 characters.
            need_notify: Send an update notification to the room. The server's default
                is True.
            notify_ext: Extension carried by the update notification. At most 2048
                characters.
            queuelevel: New queue permission; 0 every member, 1 only the anchor and
                managers. One of 0, 1. The server's default is 0.
            bid: Anti-spam business ids for text and images, as JSON; when omitted the
                app's existing anti-spam configuration applies. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomUpdateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/update.action``
        (operation ``chatroomUpdate`` in the spec).
        """
        return _cast(
            "ChatroomUpdateResponse",
            await self._client._call(
                _UPDATE,
                {
                    "roomid": roomid,
                    "name": name,
                    "announcement": announcement,
                    "broadcasturl": broadcasturl,
                    "ext": ext,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "queuelevel": queuelevel,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_chat_room_role_tag(
        self,
        *,
        room_id: int | str | None = None,
        tags: list[str] | None = None,
        accid: str | None = None,
        notify_target_tags: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Replace an online member's tags.

        Replaces the tags of a member who is online in a chat room; a tag expression can
        choose who is notified of the change.

        Args:
            room_id: Chat room id, as returned by `chatroom/create`. If the server
                ignores it, send the other spelling with `call_extra_fields={"roomid":
                ...}`. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            tags: The member's new tags, as a JSON array of strings; they replace the
                old ones. Sent as compact JSON; JSON text given as a str is checked and
                sent as is. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Online member whose tags are replaced. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notify_target_tags: Tag expression choosing who receives the change
                notification.
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

        Calls ``POST /nimserver/chatroom/updateChatRoomRoleTag.action``
        (operation ``chatroomUpdateChatRoomRoleTag`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_CHAT_ROOM_ROLE_TAG,
                {
                    "roomId": room_id,
                    "tags": tags,
                    "accid": accid,
                    "notifyTargetTags": notify_target_tags,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_delay_close_policy(
        self,
        *,
        roomid: int | str,
        delay_close_policy: Literal[0, 1, 2] | None = None,
        delay_seconds: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> ChatroomUpdateDelayClosePolicyResponse:
        """Set a chat room's scheduled closing.

        Configures automatic closing of a chat room: either at a fixed time after the
        call, whether or not anyone is inside, or once the room has stayed empty for the
        given delay. Policy 0 switches it off.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            delay_close_policy: Scheduled closing mode: 0 off, 1 close at a fixed time
                after the policy is set whether or not anyone is inside, 2 close once
                the room has stayed empty for `delay_seconds`. One of 0, 1, 2.
            delay_seconds: Delay in seconds for `delay_close_policy`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            ChatroomUpdateDelayClosePolicyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/chatroom/updateDelayClosePolicy.action``
        (operation ``chatroomUpdateDelayClosePolicy`` in the spec).
        """
        return _cast(
            "ChatroomUpdateDelayClosePolicyResponse",
            await self._client._call(
                _UPDATE_DELAY_CLOSE_POLICY,
                {
                    "roomid": roomid,
                    "delayClosePolicy": delay_close_policy,
                    "delaySeconds": delay_seconds,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_in_out_notification(
        self,
        *,
        roomid: int | str,
        close: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Switch enter and leave notifications.

        Turns off, or back on, the notifications a chat room sends when members enter or
        leave it.

        Args:
            roomid: Chat room id, as returned by `chatroom/create`.
            close: true to stop enter and leave notifications, false to send them again.
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

        Calls ``POST /nimserver/chatroom/updateInOutNotification.action``
        (operation ``chatroomUpdateInOutNotification`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_IN_OUT_NOTIFICATION,
                {
                    "roomid": roomid,
                    "close": close,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_my_room_role(
        self,
        *,
        roomid: int | str,
        accid: str,
        save: bool | None = None,
        need_notify: bool | None = None,
        notify_ext: str | None = None,
        nick: str | None = None,
        avator: str | None = None,
        ext: str | None = None,
        bid: ChatroomUpdateMyRoomRoleBid | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a member's in-room profile.

        Changes the nickname, avatar or extension that an account shows inside one chat
        room, optionally telling the room about the change. With `save` the change is
        kept for a fixed member beyond the current visit.

        Args:
            roomid: Id of the chat room.
            accid: Member whose in-room profile changes. 1 to 32 characters.
            save: Keep the change permanently; applies only to fixed members (not to
                temporary visitors). The server's default is False.
            need_notify: Send a notification about the change to the room's members.
            notify_ext: App-defined extension carried by that notification. At most 2048
                characters.
            nick: Nickname inside the room. At most 64 characters.
            avator: Avatar URL inside the room.
            ext: App-defined extension of the member inside the room.
            bid: Anti-spam business ids to use for this change instead of the app's
                defaults. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
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

        Calls ``POST /nimserver/chatroom/updateMyRoomRole.action``
        (operation ``chatroomUpdateMyRoomRole`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_MY_ROOM_ROLE,
                {
                    "roomid": roomid,
                    "accid": accid,
                    "save": save,
                    "needNotify": need_notify,
                    "notifyExt": notify_ext,
                    "nick": nick,
                    "avator": avator,
                    "ext": ext,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
