# Generated from spec/ by `python -m generator`; do not edit.
"""Typed shapes of the JSON the API returns and accepts.

Every response is a dict at run time; these TypedDicts describe its keys for
type checkers and editors.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired, TypedDict

__all__ = [
    "AntispamBidIds",
    "AttachMsgOption",
    "AudioBody",
    "BroadcastMsg",
    "CallbackAnswer",
    "CallbackAnswerModifyResponse",
    "CallbackConversationMessagePayload",
    "CallbackLoginPayload",
    "CallbackSuperTeamInvitePayload",
    "ChatroomAddRobotDesc",
    "ChatroomAddRobotResponse",
    "ChatroomAntispamCustom",
    "ChatroomBatchMessage",
    "Envelope",
    "ChatroomBatchSendMsgResponse",
    "ChatroomBatchSendMsgToSomeoneResponse",
    "ChatroomBroadcastResponse",
    "ChatroomCleanRobotDesc",
    "ChatroomCleanRobotResponse",
    "ChatroomCreateResponse",
    "ChatroomGetBatchResponse",
    "ChatroomGetResponse",
    "ChatroomHistoryMessage",
    "ChatroomInfo",
    "ChatroomMember",
    "ChatroomMemberList",
    "ChatroomMembersByPageResponse",
    "ChatroomMessageEcho",
    "ChatroomMuteRoomDesc",
    "ChatroomMuteRoomResponse",
    "ChatroomQueryMembersByRoleResponse",
    "ChatroomQueryMembersByRoleRoles",
    "ChatroomQueryMembersResponse",
    "ChatroomQueryUserRoomIdsDesc",
    "ChatroomQueryUserRoomIdsResponse",
    "ChatroomQueueBatchOfferDesc",
    "ChatroomQueueBatchOfferResponse",
    "ChatroomQueueBatchUpdateElementsDesc",
    "ChatroomQueueBatchUpdateElementsResponse",
    "ChatroomQueueDropDesc",
    "ChatroomQueueDropResponse",
    "ChatroomQueueInitResponse",
    "ChatroomQueueListDesc",
    "ChatroomQueueListResponse",
    "ChatroomQueueMultiGetDesc",
    "ChatroomQueueMultiGetResponse",
    "ChatroomQueueOfferDesc",
    "ChatroomQueueOfferResponse",
    "ChatroomQueuePollDesc",
    "ChatroomQueuePollResponse",
    "ChatroomRemoveRobotDesc",
    "ChatroomRemoveRobotResponse",
    "ChatroomRequestAddrResponse",
    "ChatroomSendMsgResponse",
    "ChatroomSendMsgToSomeoneResponse",
    "ChatroomSetMemberRoleDesc",
    "ChatroomSetMemberRoleResponse",
    "ChatroomTagMembersCountData",
    "ChatroomTagMembersCountResponse",
    "ChatroomTagMembersQueryResponse",
    "ChatroomTagTemporaryMuteDesc",
    "ChatroomTagTemporaryMuteResponse",
    "ChatroomTargetBatchMessage",
    "ChatroomTemporaryMuteDesc",
    "ChatroomTemporaryMuteResponse",
    "ChatroomToggleCloseStatResponse",
    "ChatroomUpdateDelayClosePolicyResponse",
    "ChatroomUpdateMyRoomRoleBid",
    "ChatroomUpdateResponse",
    "CopyCallDurationPayload",
    "CopyCallFileStoragePayload",
    "CopyChatroomMessagePayload",
    "CopyConversationMessagePayload",
    "CopyLoginPayload",
    "CopyLogoutPayload",
    "DelayInfo",
    "EventSubscribeAddResponse",
    "EventSubscribeDeleteResponse",
    "EventSubscribeQueryResponse",
    "EventSubscribeQuerySubscribesItem",
    "FailedAccids",
    "FailedInvitees",
    "FileBody",
    "Friend",
    "FriendGetByAccidResponse",
    "FriendGetResponse",
    "HistoryDelBroadcastMsgByIdResponse",
    "HistoryMessage",
    "HistoryQueryBroadcastMsgByIdResponse",
    "HistoryQueryBroadcastMsgResponse",
    "HistoryQueryChatroomMsgResponse",
    "HistoryQuerySessionListData",
    "HistoryQuerySessionListDataSessionsItem",
    "HistoryQuerySessionListResponse",
    "HistoryQuerySessionMsgResponse",
    "HistoryQueryTagHistoryMsgResponse",
    "HistoryQueryTeamMsgResponse",
    "HistoryQueryUserEventsEventsItem",
    "HistoryQueryUserEventsResponse",
    "ImageBody",
    "JobNosDelData",
    "JobNosDelResponse",
    "LocationBody",
    "MemberInfo",
    "MessageCopyFields",
    "MessageCopyTarget",
    "MsgBroadcastMsgResponse",
    "MsgFileUploadResponse",
    "MsgMarkReadMsgData",
    "MsgMarkReadMsgResponse",
    "MsgMarkReadTeamMsgData",
    "MsgMarkReadTeamMsgResponse",
    "MsgSendBatchAttachMsgResponse",
    "MsgSendBatchMsgResponse",
    "MsgSendMsgAntispamCustom",
    "MsgSendMsgData",
    "MsgSendMsgResponse",
    "MsgUploadResponse",
    "MutedMemberInfo",
    "QChatCategoryRole",
    "QChatChannelRole",
    "QChatCustomAuth",
    "QChatMemberPermission",
    "QChatMessage",
    "QChatMessageKey",
    "QChatServerRole",
    "QchatApplyServerRecordInfo",
    "QchatApplyServerResponse",
    "QchatBannedMember",
    "QchatBatchGetCategoryWhiteBlackIdentifyResponse",
    "QchatBatchGetCategoryWhiteBlackIdentifyUserResponse",
    "QchatBatchGetWhiteBlackIdentifyResponse",
    "QchatBatchGetWhiteBlackIdentifyUserResponse",
    "QchatBatchQueryThreadTalkMetaDataItem",
    "QchatBatchQueryThreadTalkMetaResponse",
    "QchatBatchUpdateChannelReorderWeightReorderInfosItem",
    "QchatBatchUpdateServerIdentifyPriorityResponse",
    "QchatBatchUpdateServerReorderWeightReorderInfosItem",
    "QchatChannelCategoryInfo",
    "QchatChannelInfo",
    "QchatCreateChannelCategoryIdentifyResponse",
    "QchatCreateChannelCategoryResponse",
    "QchatCreateChannelCategoryUserIdentifyResponse",
    "QchatCreateChannelIdentifyResponse",
    "QchatCreateChannelResponse",
    "QchatCreateCustomAuthResponse",
    "QchatCreateServerIdentifyMemberResponse",
    "QchatCreateServerIdentifyResponse",
    "QchatCreateServerResponse",
    "QchatCreateUserIdentifyResponse",
    "QchatDeleteServerIdentifyMemberResponse",
    "QchatGenerateInviteCodeResponse",
    "QchatGetChannelCategoryIdentifyResponse",
    "QchatGetChannelCategoryListByServerPageResponse",
    "QchatGetChannelCategoryUserIdentifyResponse",
    "QchatGetChannelCategorysResponse",
    "QchatGetChannelIdentifyPagesResponse",
    "QchatGetChannelListByChannelCategoryPageResponse",
    "QchatGetChannelListPageResponse",
    "QchatGetChannelMemberListPageResponse",
    "QchatGetChannelsResponse",
    "QchatGetServerIdentifyMemberPagesResponse",
    "QchatGetServerIdentifyPagesResponse",
    "QchatGetServerListPageResponse",
    "QchatGetServerMemberBanListPageResponse",
    "QchatGetServerMemberListPageResponse",
    "QchatGetServerMembersResponse",
    "QchatGetServersResponse",
    "QchatGetUserIdentifyPagesResponse",
    "QchatGetUserServerIdentifyResponse",
    "QchatIdentify",
    "QchatInviteApplyRecord",
    "QchatInviteServerMemberRecordInfo",
    "QchatInviteServerMemberResponse",
    "QchatListAllCustomAuthResponse",
    "QchatListCustomAuthByAuthBitsResponse",
    "QchatPageInfo",
    "QchatQueryCategoryWhiteBlackIdentifyPageResponse",
    "QchatQueryCategoryWhiteBlackIdentifyUserPageResponse",
    "QchatQueryChannelUnReadMentionedMsgPageData",
    "QchatQueryChannelUnReadMentionedMsgPageResponse",
    "QchatQueryHistoryMsgResponse",
    "QchatQueryIdentifyResourcesResponse",
    "QchatQueryInviteApplyHistoryByServerResponse",
    "QchatQueryInviteApplyHistoryByUserResponse",
    "QchatQueryQuickCommentDataItem",
    "QchatQueryQuickCommentDataItemCommentsItem",
    "QchatQueryQuickCommentResponse",
    "QchatQueryThreadTalkHistoryResponse",
    "QchatQueryWhiteBlackIdentifyResponse",
    "QchatQueryWhiteBlackIdentifyUserResponse",
    "QchatRequestAddrResponse",
    "QchatSendAttachMsgData",
    "QchatSendAttachMsgResponse",
    "QchatSendMsgResponse",
    "QchatServerInfo",
    "QchatServerMember",
    "QchatUpdateCategoryInfoOfChannelResponse",
    "QchatUpdateChannelCategoryIdentifyResponse",
    "QchatUpdateChannelCategoryResponse",
    "QchatUpdateChannelCategoryUserIdentifyResponse",
    "QchatUpdateChannelIdentifyResponse",
    "QchatUpdateChannelResponse",
    "QchatUpdateMsgResponse",
    "QchatUpdateOtherServerMemberResponse",
    "QchatUpdateServerIdentifyResponse",
    "QchatUpdateServerMemberResponse",
    "QchatUpdateServerResponse",
    "QchatUpdateUserIdentifyResponse",
    "QueueElementInput",
    "QueueListEntry",
    "SendOption",
    "SessionCopyFields",
    "SignalChannel",
    "SignalCreateRoomResponse",
    "SignalDelayRoomResponse",
    "SignalGetRoomInfoResponse",
    "SignalInviteResponse",
    "SignalMember",
    "StatsChatroomTopnDataItem",
    "StatsChatroomTopnResponse",
    "SuperTeamInfo",
    "SuperTeamMessage",
    "SuperteamCreateResponse",
    "SuperteamGetMuteTlistsResponse",
    "SuperteamGetTinfosResponse",
    "SuperteamGetTlistsResponse",
    "SuperteamInviteResponse",
    "SuperteamJoinTeamsResponse",
    "SuperteamQueryHistoryMsgByIdsMsgsItem",
    "SuperteamQueryHistoryMsgByIdsResponse",
    "SuperteamQueryHistoryMsgResponse",
    "SuperteamSendAttachMsgOption",
    "SuperteamSendMsgAntispamCustom",
    "SuperteamSendMsgData",
    "SuperteamSendMsgResponse",
    "TeamAddResponse",
    "TeamCreateResponse",
    "TeamDetail",
    "TeamGetMarkReadInfoData",
    "TeamGetMarkReadInfoResponse",
    "TeamInfo",
    "TeamJoinTeamsInfosItem",
    "TeamJoinTeamsResponse",
    "TeamKickResponse",
    "TeamListMemberInfoResponse",
    "TeamListOnlineUserCountDataItem",
    "TeamListOnlineUserCountResponse",
    "TeamListOnlineUsersData",
    "TeamListOnlineUsersDataStatusValueItem",
    "TeamListOnlineUsersResponse",
    "TeamListTeamMuteMutesItem",
    "TeamListTeamMuteResponse",
    "TeamMemberInfo",
    "TeamQueryDetailResponse",
    "TeamQueryResponse",
    "TextBody",
    "TipsBody",
    "TranslatorTextMsgData",
    "TranslatorTextMsgResponse",
    "UserCreateInfo",
    "UserCreateResponse",
    "UserGetUinfosResponse",
    "UserInfo",
    "UserListBlackAndMuteListResponse",
    "UserMuteModuleData",
    "UserMuteModuleResponse",
    "UserRefreshTokenInfo",
    "UserRefreshTokenResponse",
    "UserUserOnlineStatusData",
    "UserUserOnlineStatusDataStatusValueItem",
    "UserUserOnlineStatusResponse",
    "V2AccountBatchQueryAccountsData",
    "V2AccountConfiguration",
    "V2AccountDisableAccountData",
    "V2AccountInfo",
    "V2AccountKickAccountData",
    "V2AccountRefreshTokenData",
    "V2AccountSetPushConfigData",
    "V2AntispamBusinessId",
    "V2AntispamConfiguration",
    "V2ChatroomMemberAddVirtualMembersData",
    "V2ChatroomMemberBatchQueryChatroomMembersData",
    "V2ChatroomMemberClearVirtualMembersData",
    "V2ChatroomMemberDeleteVirtualMembersData",
    "V2ChatroomMemberListTaggedMembersData",
    "V2ChatroomMemberQueryChatBannedData",
    "V2ChatroomMemberQueryChatroomBlacklistData",
    "V2ChatroomMemberQueryTaggedMembersCountData",
    "V2ChatroomMemberQueryVirtualMembersData",
    "V2ChatroomMemberToggleTaggedMembersChatBanData",
    "V2ChatroomMemberToggleTempChatBanData",
    "V2FailedAccount",
    "V2FailedDevice",
    "V2KickedDevice",
    "V2RoomMemberBlocked",
    "V2RoomMemberInfo",
    "V2RoomMemberMuted",
    "V2RoomMemberOnlineDevice",
    "V2RoomMemberVirtual",
    "V2RoomMemberVirtualNew",
    "V2UserInformation",
    "VideoBody",
]


class AntispamBidIds(TypedDict):
    """Anti-spam business ids to use for this room instead of the app's defaults."""

    #: Business id for text checks.
    textbid: NotRequired[str]
    #: Business id for image checks.
    picbid: NotRequired[str]


class AttachMsgOption(TypedDict):
    """Behaviour switches of a custom system notification (the decoded `option` field).
    Every switch is optional; an omitted switch keeps its default."""

    #: Count the notification in the receiver's unread badge.
    badge: NotRequired[bool]
    #: Prefix the push text with the sender's nickname.
    needPushNick: NotRequired[bool]
    #: Deliver a copy to the app's message-copy (data sync) address.
    route: NotRequired[bool]


class AudioBody(TypedDict):
    """Body of an audio (voice) message (type 2)."""

    #: Duration in milliseconds.
    dur: NotRequired[int]
    #: Hex MD5 of the audio file.
    md5: NotRequired[str]
    #: Download URL of the audio file.
    url: str
    #: File extension, such as `aac`.
    ext: NotRequired[str]
    #: File size in bytes.
    size: NotRequired[int]


BroadcastMsg = TypedDict(
    "BroadcastMsg",
    {
        "broadcastId": "NotRequired[int]",
        "from": "NotRequired[str]",
        "body": "NotRequired[str]",
        "targetOs": "NotRequired[list[str]]",
        "isOffline": "NotRequired[bool]",
        "createTime": "NotRequired[int]",
        "expireTime": "NotRequired[int]",
    },
)
"""One app-wide broadcast message as stored by the server."""


class CallbackAnswer(TypedDict):
    """The decision of the app server. `errCode` 0 lets the event go ahead, optionally with
    changed message fields in `modifyResponse`; 1 blocks it, and the sending client
    receives `responseCode` as the error code. Keep the body small; only these fields
    are read."""

    #: 0 lets the event go ahead, 1 blocks it.
    errCode: Literal[0, 1]
    #: With `errCode` 1: the error code the sending client receives, chosen by the app in 20000 to 20099, so the client can tell the reason. Without it the client receives a generic rejection.
    responseCode: NotRequired[int]
    #: With `errCode` 0: message fields to replace before delivery, under their copy names (`body`, `attach`, `ext`). Fields left out keep their value.
    modifyResponse: NotRequired[CallbackAnswerModifyResponse]
    #: App-defined text handed back to the sending client with the result of its send call (the client SDKs expose it as the message's callback extension).
    callbackExt: NotRequired[str]


class CallbackAnswerModifyResponse(TypedDict):
    """With `errCode` 0: message fields to replace before delivery, under their copy names
    (`body`, `attach`, `ext`). Fields left out keep their value."""

    #: Replacement message content.
    body: NotRequired[str]
    #: Replacement attachment, JSON text.
    attach: NotRequired[str]
    #: Replacement extension field.
    ext: NotRequired[str]


class CallbackConversationMessagePayload(TypedDict):
    #: Account id of the sender.
    fromAccount: str
    #: Kind of client the message was sent from; `REST` for messages sent through the server API.
    fromClientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Device id of the sending client; absent or empty for messages sent through the server API.
    fromDeviceId: NotRequired[str]
    #: Display name of the sender when the message was sent. It can be missing, for example when the sender has no name set; fall back to the account id.
    fromNick: NotRequired[str]
    #: Time the message was sent, in epoch milliseconds as decimal text.
    msgTimestamp: NotRequired[str]
    #: Kind of message or notification. With `convType` PERSON, TEAM or SUPER_TEAM: `TEXT` text, `PICTURE` image, `AUDIO` voice, `VIDEO` video, `LOCATION` location, `NOTIFICATION` a team notification (team profile changed, team dismissed and similar), `FILE` file, `NETCALL_AUDIO` and `NETCALL_VEDIO` (spelled so by the server) legacy audio and video call records, `DATATUNNEL_NEW` a legacy data-channel request, `TIPS` a tip, `CUSTOM` a custom message, `NRTC_NETCALL` a call record of audio/video calling 2.0 (details in `attach`). With `CUSTOM_PERSON`: `FRIEND_ADD` someone asked to add or added the receiver as a friend, `FRIEND_DELETE` someone removed the receiver as a friend, `CUSTOM_P2P_MSG` a one-to-one custom system notification. With `CUSTOM_TEAM`: `TEAM_APPLY` a request to join, `TEAM_APPLY_REJECT` a rejected request, `TEAM_INVITE` an invitation, `TEAM_INVITE_REJECT` a declined invitation, `TLIST_UPDATE` a team member list update, `CUSTOM_TEAM_MSG` a team custom system notification, and the `SUPERTEAM_` counterparts for super teams plus `CUSTOM_SUPERTEAM_MSG`.
    msgType: Literal[
        "TEXT",
        "PICTURE",
        "AUDIO",
        "VIDEO",
        "LOCATION",
        "NOTIFICATION",
        "FILE",
        "NETCALL_AUDIO",
        "NETCALL_VEDIO",
        "DATATUNNEL_NEW",
        "TIPS",
        "CUSTOM",
        "NRTC_NETCALL",
        "FRIEND_ADD",
        "FRIEND_DELETE",
        "CUSTOM_P2P_MSG",
        "TEAM_APPLY",
        "TEAM_APPLY_REJECT",
        "TEAM_INVITE",
        "TEAM_INVITE_REJECT",
        "TLIST_UPDATE",
        "CUSTOM_TEAM_MSG",
        "SUPERTEAM_APPLY",
        "SUPERTEAM_APPLY_REJECT",
        "SUPERTEAM_INVITE",
        "SUPERTEAM_INVITE_REJECT",
        "CUSTOM_SUPERTEAM_MSG",
    ]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: NotRequired[str]
    #: The message's extension field as set by the sender, usually JSON text.
    ext: NotRequired[str]
    #: Message id made by the sending client; present only for messages (not for system notifications). Unique per sender, so usable to recognise a copy delivered twice.
    msgidClient: NotRequired[str]
    #: Message id given by the IM server, a 64-bit number as decimal text. It is `0` for notifications the server does not store (for example some team notifications), so do not use it alone as a unique key.
    msgidServer: NotRequired[str]
    #: `1` when the client resent the message after a failed attempt, `0` otherwise. Only on messages.
    resendFlag: NotRequired[Literal["0", "1"]]
    #: Present only when the message was caught by anti-spam; then it is `true`.
    antispam: NotRequired[Literal["true", "false"]]
    #: The raw result of 安全通 (NetEase content moderation, formerly 易盾) as JSON text. Present only when the app has 安全通 moderation enabled and the message was checked. New keys may appear; ignore the ones you do not know.
    yidunRes: NotRequired[str]
    #: Which conversation the event belongs to: `PERSON` a message in a one-to-one conversation, `TEAM` a message in an advanced team, `SUPER_TEAM` a message in a super team, `CUSTOM_PERSON` a one-to-one custom system notification or a built-in friend notification, `CUSTOM_TEAM` a team custom system notification or a built-in team notification.
    convType: Literal["PERSON", "TEAM", "SUPER_TEAM", "CUSTOM_PERSON", "CUSTOM_TEAM"]
    #: The receiver: an account id when `convType` is PERSON or CUSTOM_PERSON, a team id (a 64-bit number as decimal text) for TEAM, SUPER_TEAM and CUSTOM_TEAM.
    to: str
    #: Always 1 for this callback.
    eventType: Literal[1]


class CallbackLoginPayload(TypedDict):
    #: Always 36 for this callback.
    eventType: Literal[36]
    #: Account id logging in.
    fromAccount: str
    #: Device id of the client.
    fromDeviceId: str
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    fromClientType: Literal[
        "AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"
    ]
    #: IP address of the client; can be missing.
    fromClientIp: NotRequired[str]
    #: Port of the client as decimal text; can be missing.
    fromClientPort: NotRequired[str]
    #: The token the client presented.
    token: str
    #: How the client authenticates: 0 a static token, 1 a dynamic token, 2 through the app server (login authentication callback).
    authType: Literal[0, 1, 2]
    #: The app-defined client type the client set; 0 when none.
    customClientType: NotRequired[int]
    #: The custom login tag the client set; can be missing.
    customTag: NotRequired[str]
    #: Time of the login attempt in epoch milliseconds, as decimal text.
    timestamp: NotRequired[str]


class CallbackSuperTeamInvitePayload(TypedDict):
    #: Always 23 for this callback.
    eventType: Literal[23]
    #: Id of the super team.
    tid: NotRequired[int]
    #: Account id of the member who invites.
    fromAccount: NotRequired[str]
    #: Device id of the inviting client.
    fromDeviceId: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    fromClientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Whether the invited people must accept: 0 they must accept, 1 they join without accepting.
    beinvitemode: NotRequired[Literal[0, 1]]
    #: Account ids of the invited people.
    inviteList: NotRequired[list[str]]
    #: The invitation's message.
    msg: NotRequired[str]
    #: Time of the operation in epoch milliseconds, as decimal text.
    timestamp: NotRequired[str]


class ChatroomAddRobotDesc(TypedDict):
    """The outcome per account."""

    #: Accounts added as robots, as JSON text.
    successAccids: NotRequired[str]
    #: Accounts that could not be added, as JSON text.
    failAccids: NotRequired[str]
    #: Accounts that were already robots of the room, as JSON text.
    oldAccids: NotRequired[str]


class ChatroomAddRobotResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The outcome per account.
    desc: ChatroomAddRobotDesc


class ChatroomAntispamCustom(TypedDict):
    """Content to hand to the anti-spam check instead of the message itself."""

    #: 1 when `data` is text, 2 when `data` is an image URL.
    type: Literal[1, 2]
    #: The text, or the URL of the image, to check.
    data: str


class ChatroomBatchMessage(TypedDict):
    """One message of a `chatroom/batchSendMsg` call."""

    #: Client message id, such as a UUID; clients drop messages whose id they have already seen. Failures and successes are reported per msgId.
    msgId: str
    #: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
    msgType: Literal[0, 1, 2, 3, 4, 6, 10, 100]
    #: Message content: the text itself for a text message, otherwise JSON text shaped as `ChatroomAttach`.
    attach: NotRequired[str]
    #: App-defined extension of the message.
    ext: NotRequired[str]
    #: App-defined sub-type of a custom message.
    subType: NotRequired[int]
    #: 0 for a new message, 1 for a resend of an earlier msgId.
    resendFlag: NotRequired[Literal[0, 1]]
    #: X coordinate of the message in a spatial (virtual-space) room.
    locX: NotRequired[float]
    #: Y coordinate of the message in a spatial room.
    locY: NotRequired[float]
    #: Z coordinate of the message in a spatial room.
    locZ: NotRequired[float]


class Envelope(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]


class ChatroomBatchSendMsgResponse(Envelope):
    #: Messages that were not sent; each item is a one-entry object from the msgId to the reason text.
    fail: NotRequired[list[dict[str, str]]]
    #: Messages that were sent; each item is a one-entry object from the msgId to the accepted message.
    success: NotRequired[list[dict[str, ChatroomMessageEcho]]]


class ChatroomBatchSendMsgToSomeoneResponse(Envelope):
    #: Messages that were not sent; each item is a one-entry object from the msgId to the reason text.
    fail: NotRequired[list[dict[str, str]]]
    #: Messages that were sent; each item is a one-entry object from the msgId to the accepted message.
    success: NotRequired[list[dict[str, ChatroomMessageEcho]]]


class ChatroomBroadcastResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The chat room message as the server accepted it. The documented sample sends the numeric fields as decimal text; the official SDKs read them as numbers, so both are allowed.
    desc: ChatroomMessageEcho


class ChatroomCleanRobotDesc(TypedDict):
    """The result."""

    #: Number of robots removed.
    size: NotRequired[int]


class ChatroomCleanRobotResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The result.
    desc: ChatroomCleanRobotDesc


class ChatroomCreateResponse(Envelope):
    #: A chat room. Which properties come back depends on the operation; for example `onlineusercount` only when it was asked for and `delayInfo` only from the operations that deal with scheduled closing.
    chatroom: ChatroomInfo


class ChatroomGetBatchResponse(Envelope):
    #: The rooms that were found.
    succRooms: NotRequired[list[ChatroomInfo]]
    #: Ids of rooms that do not exist.
    noExistRooms: NotRequired[list[int]]
    #: Ids of rooms that could not be read (for example after an internal error).
    failRooms: NotRequired[list[int]]


class ChatroomGetResponse(Envelope):
    #: A chat room. Which properties come back depends on the operation; for example `onlineusercount` only when it was asked for and `delayInfo` only from the operations that deal with scheduled closing.
    chatroom: ChatroomInfo


ChatroomHistoryMessage = TypedDict(
    "ChatroomHistoryMessage",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "NotRequired[int]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | dict[str, Any]]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear."""


class ChatroomInfo(TypedDict):
    """A chat room. Which properties come back depends on the operation; for example
    `onlineusercount` only when it was asked for and `delayInfo` only from the
    operations that deal with scheduled closing."""

    #: Chat room id.
    roomid: NotRequired[int]
    #: true while the room is open, false once it is closed.
    valid: NotRequired[bool]
    #: Whether the whole room is muted (then only the creator and managers may speak).
    muted: NotRequired[bool]
    #: Announcement text.
    announcement: NotRequired[str]
    #: Room name.
    name: NotRequired[str]
    #: Live-stream URL tied to the room.
    broadcasturl: NotRequired[str]
    #: Number of members online now.
    onlineusercount: NotRequired[int]
    #: App-defined room extension.
    ext: NotRequired[str]
    #: Account that owns the room.
    creator: NotRequired[str]
    #: Who may change the queue; 0 every member, 1 only the anchor and managers.
    queuelevel: NotRequired[int]
    #: Whether enter and leave notifications are sent.
    ionotify: NotRequired[bool]
    #: The room's scheduled closing state.
    delayInfo: NotRequired[DelayInfo]


class ChatroomMember(TypedDict):
    """One member of a chat room. Flags such as `blacklisted`, `muted`, `tempMuted`,
    `isRobot` and `level` are left out when they do not apply."""

    #: Chat room id.
    roomid: NotRequired[int]
    #: Member account id.
    accid: NotRequired[str]
    #: Nickname inside the room.
    nick: NotRequired[str]
    #: Avatar URL inside the room (the wire name is spelled `avator`).
    avator: NotRequired[str]
    #: App-defined member extension.
    ext: NotRequired[str]
    #: Role of the member, such as CREATOR, MANAGER, COMMON (fixed member), TEMPORARY (non-fixed member), LIMITED (blacklisted or muted) or UNSET.
    type: NotRequired[str]
    #: Member level, when one was set.
    level: NotRequired[int]
    #: Whether the member is online in the room now.
    onlineStat: NotRequired[bool]
    #: Time (ms) the member entered the room.
    enterTime: NotRequired[int]
    #: Whether the member is on the room blacklist.
    blacklisted: NotRequired[bool]
    #: Whether the member is muted in the room.
    muted: NotRequired[bool]
    #: Whether the member is under a temporary mute.
    tempMuted: NotRequired[bool]
    #: Seconds left on the temporary mute.
    tempMuteTtl: NotRequired[int]
    #: Whether the member is a robot account.
    isRobot: NotRequired[bool]
    #: Seconds until the robot expires.
    robotExpirAt: NotRequired[int]
    #: The member's tags as JSON text (tag member query only).
    tags: NotRequired[str]
    #: Tag expression of the member's notification targets (tag member query only).
    notifyTargetTags: NotRequired[str]


class ChatroomMemberList(TypedDict):
    """A list of chat room members."""

    #: The members.
    data: list[ChatroomMember]


class ChatroomMembersByPageResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: A list of chat room members.
    desc: ChatroomMemberList


class ChatroomMessageEcho(TypedDict):
    """The chat room message as the server accepted it. The documented sample sends the
    numeric fields as decimal text; the official SDKs read them as numbers, so both are
    allowed."""

    #: Server time of the message, epoch milliseconds.
    time: NotRequired[str | int]
    #: Avatar URL of the sender (the API spells the key `fromAvator`).
    fromAvator: NotRequired[str]
    #: The client message id (`msgId`) of the message.
    msgid_client: NotRequired[str]
    #: Client type of the sender; `REST` for messages sent through this API.
    fromClientType: NotRequired[str]
    #: Chat room id.
    roomId: NotRequired[str | int]
    #: Account id of the sender.
    fromAccount: NotRequired[str]
    #: Nickname of the sender.
    fromNick: NotRequired[str]
    #: Message content as sent.
    attach: NotRequired[str]
    #: Message type (see `ChatroomMsgType`).
    type: NotRequired[str | int]
    #: App-defined extension as sent.
    ext: NotRequired[str]
    #: 1 when the message was delivered as a high-priority message.
    highPriorityFlag: NotRequired[str | int]
    #: 1 when the server dropped the message under `abandonRatio`.
    msgAbandonFlag: NotRequired[str | int]


class ChatroomMuteRoomDesc(TypedDict):
    """The result."""

    #: Whether the room's mute state was changed.
    success: NotRequired[bool]


class ChatroomMuteRoomResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The result.
    desc: ChatroomMuteRoomDesc


class ChatroomQueryMembersByRoleResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: A list of chat room members.
    desc: ChatroomMemberList


class ChatroomQueryMembersByRoleRoles(TypedDict):
    """Roles to list; a role set to false or left out is not returned."""

    #: Return the creator.
    creator: NotRequired[bool]
    #: Return the managers.
    manager: NotRequired[bool]
    #: Return the blacklisted members.
    blacklist: NotRequired[bool]
    #: Return the muted members.
    mute: NotRequired[bool]


class ChatroomQueryMembersResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: A list of chat room members.
    desc: ChatroomMemberList


class ChatroomQueryUserRoomIdsDesc(TypedDict):
    """The result."""

    #: Ids of the open rooms, as decimal strings.
    roomids: list[str]


class ChatroomQueryUserRoomIdsResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The result.
    desc: ChatroomQueryUserRoomIdsDesc


class ChatroomQueueBatchOfferDesc(TypedDict):
    """Result details."""

    #: Keys of the elements that could not be written.
    failedKeys: NotRequired[list[str]]
    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueueBatchOfferResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Result details.
    desc: ChatroomQueueBatchOfferDesc


class ChatroomQueueBatchUpdateElementsDesc(TypedDict):
    """Result details."""

    #: Keys that are not in the queue and were therefore not updated.
    noExistElementKey: NotRequired[list[str]]
    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueueBatchUpdateElementsResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Result details.
    desc: ChatroomQueueBatchUpdateElementsDesc


class ChatroomQueueDropDesc(TypedDict):
    """Details of the notification that was sent."""

    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueueDropResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Details of the notification that was sent.
    desc: ChatroomQueueDropDesc


class ChatroomQueueInitResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Empty on success.
    desc: NotRequired[dict[str, Any]]


class ChatroomQueueListDesc(TypedDict):
    """The queue contents."""

    #: The elements, head first.
    list: NotRequired[list[QueueListEntry]]


class ChatroomQueueListResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The queue contents.
    desc: ChatroomQueueListDesc


class ChatroomQueueMultiGetDesc(TypedDict):
    """The elements read."""

    #: The elements found.
    list: NotRequired[list[QueueListEntry]]


class ChatroomQueueMultiGetResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The elements read.
    desc: ChatroomQueueMultiGetDesc


class ChatroomQueueOfferDesc(TypedDict):
    """Details of the notification that was sent."""

    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueueOfferResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Details of the notification that was sent.
    desc: ChatroomQueueOfferDesc


class ChatroomQueuePollDesc(TypedDict):
    """The removed element."""

    #: Key of the element.
    key: NotRequired[str]
    #: Content of the element.
    value: NotRequired[str]
    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueuePollResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The removed element.
    desc: ChatroomQueuePollDesc


class ChatroomRemoveRobotDesc(TypedDict):
    """The outcome per account."""

    #: Robots removed, as JSON text.
    successAccids: NotRequired[str]
    #: Accounts that could not be removed, as JSON text.
    failAccids: NotRequired[str]


class ChatroomRemoveRobotResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The outcome per account.
    desc: ChatroomRemoveRobotDesc


class ChatroomRequestAddrResponse(Envelope):
    #: Addresses (host:port) the client may connect to.
    addr: list[str]


class ChatroomSendMsgResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The chat room message as the server accepted it. The documented sample sends the numeric fields as decimal text; the official SDKs read them as numbers, so both are allowed.
    desc: ChatroomMessageEcho


class ChatroomSendMsgToSomeoneResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The chat room message as the server accepted it. The documented sample sends the numeric fields as decimal text; the official SDKs read them as numbers, so both are allowed.
    desc: ChatroomMessageEcho


class ChatroomSetMemberRoleDesc(TypedDict):
    """The member after the change."""

    #: Chat room id.
    roomid: NotRequired[int]
    #: Member level.
    level: NotRequired[int]
    #: Member account id.
    accid: NotRequired[str]
    #: New role, such as MANAGER, COMMON, LIMITED or TEMPORARY.
    type: NotRequired[str]


class ChatroomSetMemberRoleResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The member after the change.
    desc: ChatroomSetMemberRoleDesc


class ChatroomTagMembersCountData(TypedDict):
    """The count for the tag."""

    #: The tag.
    tag: NotRequired[str]
    #: Members with the tag online now.
    onlineUserCount: NotRequired[int]


class ChatroomTagMembersCountResponse(Envelope):
    #: The count for the tag.
    data: ChatroomTagMembersCountData


class ChatroomTagMembersQueryResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: A list of chat room members.
    desc: ChatroomMemberList


class ChatroomTagTemporaryMuteDesc(TypedDict):
    """The result."""

    #: Mute length in seconds; when the mute is lifted, the time that was left on the previous one.
    muteDuration: NotRequired[int]


class ChatroomTagTemporaryMuteResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The result.
    desc: ChatroomTagTemporaryMuteDesc


class ChatroomTargetBatchMessage(TypedDict):
    """One message of a `chatroom/batchSendMsgToSomeone` call."""

    #: Client message id, such as a UUID; clients drop messages whose id they have already seen. Failures and successes are reported per msgId.
    msgId: str
    #: Chat room message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
    msgType: Literal[0, 1, 2, 3, 4, 6, 10, 100]
    #: Message content: the text itself for a text message, otherwise JSON text shaped as `ChatroomAttach`.
    attach: NotRequired[str]
    #: App-defined extension of the message.
    ext: NotRequired[str]
    #: App-defined sub-type of a custom message.
    subType: NotRequired[int]
    #: 0 for a new message, 1 for a resend of an earlier msgId.
    resendFlag: NotRequired[Literal[0, 1]]


class ChatroomTemporaryMuteDesc(TypedDict):
    """The result."""

    #: Mute length in seconds.
    muteDuration: NotRequired[int]


class ChatroomTemporaryMuteResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: The result.
    desc: ChatroomTemporaryMuteDesc


class ChatroomToggleCloseStatResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: A chat room. Which properties come back depends on the operation; for example `onlineusercount` only when it was asked for and `delayInfo` only from the operations that deal with scheduled closing.
    desc: ChatroomInfo


class ChatroomUpdateDelayClosePolicyResponse(Envelope):
    #: A chat room. Which properties come back depends on the operation; for example `onlineusercount` only when it was asked for and `delayInfo` only from the operations that deal with scheduled closing.
    chatroom: ChatroomInfo


class ChatroomUpdateMyRoomRoleBid(TypedDict):
    #: Anti-spam business id for the text fields.
    textbid: NotRequired[str]
    #: Anti-spam business id for the avatar image.
    picbid: NotRequired[str]


class ChatroomUpdateResponse(Envelope):
    #: A chat room. Which properties come back depends on the operation; for example `onlineusercount` only when it was asked for and `delayInfo` only from the operations that deal with scheduled closing.
    chatroom: ChatroomInfo


class CopyCallDurationPayload(TypedDict):
    #: Always `5` for this copy.
    eventType: Literal["5"]
    #: Id of the call channel, a 64-bit number as decimal text.
    channelId: NotRequired[str]
    #: Time the call was set up, in epoch milliseconds as decimal text.
    createtime: NotRequired[str]
    #: Length of the call in seconds, as decimal text.
    duration: NotRequired[str]
    #: `AUDIO` an audio call, `VEDIO` (spelled so) a video call, `DataTunnel` a whiteboard session.
    type: NotRequired[Literal["AUDIO", "VEDIO", "DataTunnel"]]
    #: Outcome of the call, such as `SUCCESS`.
    status: NotRequired[str]
    #: `1` when the call was an interactive live stream, `0` otherwise.
    live: NotRequired[Literal["0", "1"]]
    #: The members as JSON text.
    members: NotRequired[str]
    #: The custom field given when the call was started; absent when none was given.
    ext: NotRequired[str]


class CopyCallFileStoragePayload(TypedDict):
    #: Always `6` for this copy.
    eventType: Literal["6"]
    #: The stored files as JSON text.
    fileinfo: str


class CopyChatroomMessagePayload(TypedDict):
    #: Account id of the sender.
    fromAccount: str
    #: Kind of client the message was sent from; `REST` for messages sent through the server API.
    fromClientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Device id of the sending client; absent or empty for messages sent through the server API.
    fromDeviceId: NotRequired[str]
    #: Display name of the sender when the message was sent. It can be missing, for example when the sender has no name set; fall back to the account id.
    fromNick: NotRequired[str]
    #: Time the message was sent, in epoch milliseconds as decimal text.
    msgTimestamp: str
    #: Kind of message or notification. With `convType` PERSON, TEAM or SUPER_TEAM: `TEXT` text, `PICTURE` image, `AUDIO` voice, `VIDEO` video, `LOCATION` location, `NOTIFICATION` a team notification (team profile changed, team dismissed and similar), `FILE` file, `NETCALL_AUDIO` and `NETCALL_VEDIO` (spelled so by the server) legacy audio and video call records, `DATATUNNEL_NEW` a legacy data-channel request, `TIPS` a tip, `CUSTOM` a custom message, `NRTC_NETCALL` a call record of audio/video calling 2.0 (details in `attach`). With `CUSTOM_PERSON`: `FRIEND_ADD` someone asked to add or added the receiver as a friend, `FRIEND_DELETE` someone removed the receiver as a friend, `CUSTOM_P2P_MSG` a one-to-one custom system notification. With `CUSTOM_TEAM`: `TEAM_APPLY` a request to join, `TEAM_APPLY_REJECT` a rejected request, `TEAM_INVITE` an invitation, `TEAM_INVITE_REJECT` a declined invitation, `TLIST_UPDATE` a team member list update, `CUSTOM_TEAM_MSG` a team custom system notification, and the `SUPERTEAM_` counterparts for super teams plus `CUSTOM_SUPERTEAM_MSG`.
    msgType: Literal[
        "TEXT",
        "PICTURE",
        "AUDIO",
        "VIDEO",
        "LOCATION",
        "NOTIFICATION",
        "FILE",
        "NETCALL_AUDIO",
        "NETCALL_VEDIO",
        "DATATUNNEL_NEW",
        "TIPS",
        "CUSTOM",
        "NRTC_NETCALL",
        "FRIEND_ADD",
        "FRIEND_DELETE",
        "CUSTOM_P2P_MSG",
        "TEAM_APPLY",
        "TEAM_APPLY_REJECT",
        "TEAM_INVITE",
        "TEAM_INVITE_REJECT",
        "TLIST_UPDATE",
        "CUSTOM_TEAM_MSG",
        "SUPERTEAM_APPLY",
        "SUPERTEAM_APPLY_REJECT",
        "SUPERTEAM_INVITE",
        "SUPERTEAM_INVITE_REJECT",
        "CUSTOM_SUPERTEAM_MSG",
    ]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: NotRequired[str]
    #: The message's extension field as set by the sender, usually JSON text.
    ext: NotRequired[str]
    #: Message id made by the sending client; present only for messages (not for system notifications). Unique per sender, so usable to recognise a copy delivered twice.
    msgidClient: NotRequired[str]
    #: Message id given by the IM server, a 64-bit number as decimal text. It is `0` for notifications the server does not store (for example some team notifications), so do not use it alone as a unique key.
    msgidServer: NotRequired[str]
    #: `1` when the client resent the message after a failed attempt, `0` otherwise. Only on messages.
    resendFlag: NotRequired[Literal["0", "1"]]
    #: Present only when the message was caught by anti-spam; then it is `true`.
    antispam: NotRequired[Literal["true", "false"]]
    #: The raw result of 安全通 (NetEase content moderation, formerly 易盾) as JSON text. Present only when the app has 安全通 moderation enabled and the message was checked. New keys may appear; ignore the ones you do not know.
    yidunRes: NotRequired[str]
    #: Always `4` for this copy.
    eventType: Literal["4"]
    #: Id of the chat room, a 64-bit number as decimal text.
    roomId: str


class CopyConversationMessagePayload(TypedDict):
    #: Account id of the sender.
    fromAccount: str
    #: Kind of client the message was sent from; `REST` for messages sent through the server API.
    fromClientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Device id of the sending client; absent or empty for messages sent through the server API.
    fromDeviceId: NotRequired[str]
    #: Display name of the sender when the message was sent. It can be missing, for example when the sender has no name set; fall back to the account id.
    fromNick: NotRequired[str]
    #: Time the message was sent, in epoch milliseconds as decimal text.
    msgTimestamp: str
    #: Kind of message or notification. With `convType` PERSON, TEAM or SUPER_TEAM: `TEXT` text, `PICTURE` image, `AUDIO` voice, `VIDEO` video, `LOCATION` location, `NOTIFICATION` a team notification (team profile changed, team dismissed and similar), `FILE` file, `NETCALL_AUDIO` and `NETCALL_VEDIO` (spelled so by the server) legacy audio and video call records, `DATATUNNEL_NEW` a legacy data-channel request, `TIPS` a tip, `CUSTOM` a custom message, `NRTC_NETCALL` a call record of audio/video calling 2.0 (details in `attach`). With `CUSTOM_PERSON`: `FRIEND_ADD` someone asked to add or added the receiver as a friend, `FRIEND_DELETE` someone removed the receiver as a friend, `CUSTOM_P2P_MSG` a one-to-one custom system notification. With `CUSTOM_TEAM`: `TEAM_APPLY` a request to join, `TEAM_APPLY_REJECT` a rejected request, `TEAM_INVITE` an invitation, `TEAM_INVITE_REJECT` a declined invitation, `TLIST_UPDATE` a team member list update, `CUSTOM_TEAM_MSG` a team custom system notification, and the `SUPERTEAM_` counterparts for super teams plus `CUSTOM_SUPERTEAM_MSG`.
    msgType: Literal[
        "TEXT",
        "PICTURE",
        "AUDIO",
        "VIDEO",
        "LOCATION",
        "NOTIFICATION",
        "FILE",
        "NETCALL_AUDIO",
        "NETCALL_VEDIO",
        "DATATUNNEL_NEW",
        "TIPS",
        "CUSTOM",
        "NRTC_NETCALL",
        "FRIEND_ADD",
        "FRIEND_DELETE",
        "CUSTOM_P2P_MSG",
        "TEAM_APPLY",
        "TEAM_APPLY_REJECT",
        "TEAM_INVITE",
        "TEAM_INVITE_REJECT",
        "TLIST_UPDATE",
        "CUSTOM_TEAM_MSG",
        "SUPERTEAM_APPLY",
        "SUPERTEAM_APPLY_REJECT",
        "SUPERTEAM_INVITE",
        "SUPERTEAM_INVITE_REJECT",
        "CUSTOM_SUPERTEAM_MSG",
    ]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: NotRequired[str]
    #: The message's extension field as set by the sender, usually JSON text.
    ext: NotRequired[str]
    #: Message id made by the sending client; present only for messages (not for system notifications). Unique per sender, so usable to recognise a copy delivered twice.
    msgidClient: NotRequired[str]
    #: Message id given by the IM server, a 64-bit number as decimal text. It is `0` for notifications the server does not store (for example some team notifications), so do not use it alone as a unique key.
    msgidServer: str
    #: `1` when the client resent the message after a failed attempt, `0` otherwise. Only on messages.
    resendFlag: NotRequired[Literal["0", "1"]]
    #: Present only when the message was caught by anti-spam; then it is `true`.
    antispam: NotRequired[Literal["true", "false"]]
    #: The raw result of 安全通 (NetEase content moderation, formerly 易盾) as JSON text. Present only when the app has 安全通 moderation enabled and the message was checked. New keys may appear; ignore the ones you do not know.
    yidunRes: NotRequired[str]
    #: Which conversation the event belongs to: `PERSON` a message in a one-to-one conversation, `TEAM` a message in an advanced team, `SUPER_TEAM` a message in a super team, `CUSTOM_PERSON` a one-to-one custom system notification or a built-in friend notification, `CUSTOM_TEAM` a team custom system notification or a built-in team notification.
    convType: Literal["PERSON", "TEAM", "SUPER_TEAM", "CUSTOM_PERSON", "CUSTOM_TEAM"]
    #: The receiver: an account id when `convType` is PERSON or CUSTOM_PERSON, a team id (a 64-bit number as decimal text) for TEAM, SUPER_TEAM and CUSTOM_TEAM.
    to: str
    #: Always `1` for this copy.
    eventType: Literal["1"]
    #: Custom system notifications only: `1` when the notification is kept for offline receivers, `0` when it is not.
    customSafeFlag: NotRequired[Literal["0", "1"]]
    #: Custom system notifications only; the push text given by the sender.
    customApnsText: NotRequired[str]
    #: Team messages and team notifications of teams with at most 200 members only: the member account ids as a JSON array in text.
    tMembers: NotRequired[str]
    #: One-to-one messages only, and only when the receiver has blacklisted the sender: `true`.
    blacklist: NotRequired[Literal["true"]]
    #: IP address of the sending client; only for messages sent from a client SDK.
    ip: NotRequired[str]
    #: Port of the sending client; only for messages sent from a client SDK.
    port: NotRequired[str]


class CopyLoginPayload(TypedDict):
    #: Account id that logged in or out.
    accid: str
    #: IP address of the client; can be empty.
    clientIp: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    clientType: Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    #: Result code of the login as decimal text; `200` is a successful login.
    code: NotRequired[str]
    #: Version number of the client SDK, as text.
    sdkVersion: NotRequired[str]
    #: The custom login tag the client set; absent when it set none.
    customTag: NotRequired[str]
    #: Device id of the client.
    deviceId: NotRequired[str]
    #: Time of the event in epoch milliseconds, as decimal text.
    timestamp: str
    #: Always `2` for this copy.
    eventType: Literal["2"]


class CopyLogoutPayload(TypedDict):
    #: Account id that logged in or out.
    accid: str
    #: IP address of the client; can be empty.
    clientIp: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    clientType: Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    #: Result code of the login as decimal text; `200` is a successful login.
    code: NotRequired[str]
    #: Version number of the client SDK, as text.
    sdkVersion: NotRequired[str]
    #: The custom login tag the client set; absent when it set none.
    customTag: NotRequired[str]
    #: Device id of the client.
    deviceId: NotRequired[str]
    #: Time of the event in epoch milliseconds, as decimal text.
    timestamp: str
    #: Always `3` for this copy.
    eventType: Literal["3"]
    #: Why the session ended: 1 the user logged out, 2 the connection dropped, 3 the user's own other device kicked it, 4 it was kicked by the multi-device login policy.
    logOutReason: NotRequired[Literal[1, 2, 3, 4]]


class DelayInfo(TypedDict):
    """The room's scheduled closing state."""

    #: Whether scheduled closing is switched on.
    delayCloseEnable: NotRequired[bool]
    #: Scheduled closing mode; 0 off, 1 fixed time, 2 when idle.
    delayClosePolicy: NotRequired[int]
    #: Delay in seconds of the scheduled closing.
    delaySeconds: NotRequired[int]
    #: Current state of the scheduled closing, as reported by the server.
    status: NotRequired[int]
    #: Time (ms) from which the delay is counted.
    startTime: NotRequired[int]


class EventSubscribeAddResponse(Envelope):
    #: Publisher accounts that could not be subscribed.
    failedAccid: NotRequired[list[str]]


class EventSubscribeDeleteResponse(Envelope):
    #: Publisher accounts whose subscription could not be cancelled.
    failedAccid: NotRequired[list[str]]


class EventSubscribeQueryResponse(Envelope):
    #: One entry per publisher the account is subscribed to.
    subscribes: list[EventSubscribeQuerySubscribesItem]


class EventSubscribeQuerySubscribesItem(TypedDict):
    #: Publisher account.
    accid: NotRequired[str]
    #: Event type (1 online status).
    eventType: NotRequired[int]
    #: When the subscription expires, in epoch milliseconds.
    expireTime: NotRequired[int]
    #: When the subscription was made, in epoch milliseconds.
    subscribeTime: NotRequired[int]


class FailedAccids(TypedDict):
    """Returned only when some of the accounts could not be handled; lists them with the
    reason."""

    #: Accounts the operation did not apply to.
    accid: NotRequired[list[str]]
    #: Why those accounts were left out, for example a limit on the number of teams an account may join.
    msg: NotRequired[str]


class FailedInvitees(TypedDict):
    """Invitees that could not be added, for example because they already joined as many
    teams as they may."""

    #: Accounts that were not added.
    accidList: NotRequired[list[str]]
    #: Why those accounts were not added.
    msg: NotRequired[str]


class FileBody(TypedDict):
    """Body of a file message (type 6)."""

    #: File name shown to the receiver.
    name: NotRequired[str]
    #: Hex MD5 of the file.
    md5: NotRequired[str]
    #: Download URL of the file.
    url: str
    #: File extension.
    ext: NotRequired[str]
    #: File size in bytes.
    size: NotRequired[int]


class Friend(TypedDict):
    """One friend relation as seen from the querying account. `friend/get` returns
    `faccid`, `alias`, `bidirection` and `createtime`; `friend/getByAccid` also returns
    `ex`, `serverex` and `updatetime`."""

    #: Account id of the friend.
    faccid: NotRequired[str]
    #: Remark name the owner gave to this friend.
    alias: NotRequired[str]
    #: App-defined extension of the relation.
    ex: NotRequired[str]
    #: Server-side extension, writable only through the server API.
    serverex: NotRequired[str]
    #: Whether both accounts have each other as friends.
    bidirection: NotRequired[bool]
    #: When the relation was created, in epoch milliseconds.
    createtime: NotRequired[int]
    #: When the relation last changed, in epoch milliseconds.
    updatetime: NotRequired[int]


class FriendGetByAccidResponse(Envelope):
    #: One friend relation as seen from the querying account. `friend/get` returns `faccid`, `alias`, `bidirection` and `createtime`; `friend/getByAccid` also returns `ex`, `serverex` and `updatetime`.
    friend: Friend


class FriendGetResponse(Envelope):
    #: One entry per friend that changed.
    friends: list[Friend]


class HistoryDelBroadcastMsgByIdResponse(Envelope):
    #: Extra data the official SDKs read from the response; no fields of it are known.
    data: NotRequired[dict[str, Any]]


HistoryMessage = TypedDict(
    "HistoryMessage",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "NotRequired[int]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | dict[str, Any]]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear."""


class HistoryQueryBroadcastMsgByIdResponse(Envelope):
    #: One app-wide broadcast message as stored by the server.
    msg: BroadcastMsg


class HistoryQueryBroadcastMsgResponse(Envelope):
    #: The broadcasts of this page, newest first.
    msgs: list[BroadcastMsg]


class HistoryQueryChatroomMsgResponse(Envelope):
    #: Number of messages reported by the server.
    size: NotRequired[int]
    #: The messages, in the requested order.
    msgs: list[ChatroomHistoryMessage]


class HistoryQuerySessionListData(TypedDict):
    """The page of conversations."""

    #: Whether more conversations exist beyond this page.
    hasMore: NotRequired[bool]
    #: The conversations.
    sessions: NotRequired[list[HistoryQuerySessionListDataSessionsItem]]


class HistoryQuerySessionListDataSessionsItem(TypedDict):
    #: Numeric code of the conversation kind (one-to-one or team).
    sessionType: NotRequired[int]
    #: Peer account of a one-to-one conversation; null for a team.
    accid: NotRequired[str | None]
    #: Team id of a team conversation; null for a one-to-one conversation.
    tid: NotRequired[int | None]
    #: Last update of the conversation, epoch milliseconds.
    updateTime: NotRequired[int]
    #: App-defined extension of the conversation.
    ext: NotRequired[str]
    #: Kind of the last message, when it was asked for.
    lastMsgType: NotRequired[str]
    #: The last message as JSON text, when it was asked for.
    lastMsg: NotRequired[str]


class HistoryQuerySessionListResponse(Envelope):
    #: The page of conversations.
    data: HistoryQuerySessionListData


class HistoryQuerySessionMsgResponse(Envelope):
    #: Number of messages reported by the server.
    size: NotRequired[int]
    #: The messages, in the requested order.
    msgs: list[HistoryMessage]


class HistoryQueryTagHistoryMsgResponse(Envelope):
    #: The messages, in the requested order.
    msgs: list[ChatroomHistoryMessage]


class HistoryQueryTeamMsgResponse(Envelope):
    #: Number of messages reported by the server.
    size: NotRequired[int]
    #: The messages, in the requested order.
    msgs: list[HistoryMessage]


class HistoryQueryUserEventsEventsItem(TypedDict):
    #: Account id.
    accid: NotRequired[str]
    #: Time of the event, epoch milliseconds.
    timestamp: NotRequired[int]
    #: Kind of event (login or logout), as a numeric code.
    eventType: NotRequired[int]
    #: IP address of the client.
    clientIp: NotRequired[str]
    #: Version number of the client SDK.
    sdkVersion: NotRequired[int]
    #: Client platform, such as `AOS`, `IOS`, `PC` or `WEB`.
    clientType: NotRequired[str]
    #: Id of the device.
    deviceId: NotRequired[str]
    #: App-defined tag the client supplied at login.
    customTag: NotRequired[str]
    #: Result code of the login or logout.
    code: NotRequired[int]


class HistoryQueryUserEventsResponse(Envelope):
    #: Number of events reported by the server.
    size: NotRequired[int]
    #: The events, in the requested order.
    events: list[HistoryQueryUserEventsEventsItem]


class ImageBody(TypedDict):
    """Body of an image message (type 1); the image must already be uploaded, for example
    with `msg/upload.action`."""

    #: Display name of the image.
    name: NotRequired[str]
    #: Hex MD5 of the image file.
    md5: NotRequired[str]
    #: Download URL of the image.
    url: str
    #: File extension, such as `jpg` or `png`.
    ext: NotRequired[str]
    #: Width in pixels.
    w: NotRequired[int]
    #: Height in pixels.
    h: NotRequired[int]
    #: File size in bytes.
    size: NotRequired[int]


class JobNosDelData(TypedDict):
    """The job that was submitted."""

    #: Id of the cleanup job.
    taskid: NotRequired[str]


class JobNosDelResponse(Envelope):
    #: The job that was submitted.
    data: JobNosDelData


class LocationBody(TypedDict):
    """Body of a location message (type 4)."""

    #: Name or address of the place.
    title: NotRequired[str]
    #: Longitude in degrees.
    lng: float
    #: Latitude in degrees.
    lat: float


class MemberInfo(TypedDict):
    """One member of a super team."""

    #: Team id.
    tid: NotRequired[int]
    #: Internal numeric id of the member.
    uid: NotRequired[int]
    #: Account id of the member.
    accid: NotRequired[str]
    #: Role code of the member in the team (owner, manager or ordinary member).
    type: NotRequired[int]
    #: Nickname inside the team.
    nick: NotRequired[str]
    #: When the member joined, in epoch milliseconds.
    jointime: NotRequired[int]
    #: 1 when the member is muted, otherwise 0.
    mute: NotRequired[int]
    #: Internal numeric id of the member who invited this one.
    invitoruid: NotRequired[int]
    #: Account that invited this member.
    invitor: NotRequired[str]
    #: Whether the membership is valid (1) or not (0).
    validflag: NotRequired[int]
    #: Member custom field.
    custom: NotRequired[str]
    #: Membership state code.
    state: NotRequired[int]
    #: Bit flags of the member's settings, such as notification switches.
    bits: NotRequired[int]
    #: Creation time of the record in epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time of the record in epoch milliseconds.
    updatetime: NotRequired[int]


class MessageCopyFields(TypedDict):
    """Fields shared by the copies of conversation and chat room messages. Every value is
    text, numbers included. Fields that do not apply to a message are left out, so check
    each one before use."""

    #: Account id of the sender.
    fromAccount: NotRequired[str]
    #: Kind of client the message was sent from; `REST` for messages sent through the server API.
    fromClientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Device id of the sending client; absent or empty for messages sent through the server API.
    fromDeviceId: NotRequired[str]
    #: Display name of the sender when the message was sent. It can be missing, for example when the sender has no name set; fall back to the account id.
    fromNick: NotRequired[str]
    #: Time the message was sent, in epoch milliseconds as decimal text.
    msgTimestamp: NotRequired[str]
    #: Kind of message or notification. With `convType` PERSON, TEAM or SUPER_TEAM: `TEXT` text, `PICTURE` image, `AUDIO` voice, `VIDEO` video, `LOCATION` location, `NOTIFICATION` a team notification (team profile changed, team dismissed and similar), `FILE` file, `NETCALL_AUDIO` and `NETCALL_VEDIO` (spelled so by the server) legacy audio and video call records, `DATATUNNEL_NEW` a legacy data-channel request, `TIPS` a tip, `CUSTOM` a custom message, `NRTC_NETCALL` a call record of audio/video calling 2.0 (details in `attach`). With `CUSTOM_PERSON`: `FRIEND_ADD` someone asked to add or added the receiver as a friend, `FRIEND_DELETE` someone removed the receiver as a friend, `CUSTOM_P2P_MSG` a one-to-one custom system notification. With `CUSTOM_TEAM`: `TEAM_APPLY` a request to join, `TEAM_APPLY_REJECT` a rejected request, `TEAM_INVITE` an invitation, `TEAM_INVITE_REJECT` a declined invitation, `TLIST_UPDATE` a team member list update, `CUSTOM_TEAM_MSG` a team custom system notification, and the `SUPERTEAM_` counterparts for super teams plus `CUSTOM_SUPERTEAM_MSG`.
    msgType: NotRequired[
        Literal[
            "TEXT",
            "PICTURE",
            "AUDIO",
            "VIDEO",
            "LOCATION",
            "NOTIFICATION",
            "FILE",
            "NETCALL_AUDIO",
            "NETCALL_VEDIO",
            "DATATUNNEL_NEW",
            "TIPS",
            "CUSTOM",
            "NRTC_NETCALL",
            "FRIEND_ADD",
            "FRIEND_DELETE",
            "CUSTOM_P2P_MSG",
            "TEAM_APPLY",
            "TEAM_APPLY_REJECT",
            "TEAM_INVITE",
            "TEAM_INVITE_REJECT",
            "TLIST_UPDATE",
            "CUSTOM_TEAM_MSG",
            "SUPERTEAM_APPLY",
            "SUPERTEAM_APPLY_REJECT",
            "SUPERTEAM_INVITE",
            "SUPERTEAM_INVITE_REJECT",
            "CUSTOM_SUPERTEAM_MSG",
        ]
    ]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: NotRequired[str]
    #: The message's extension field as set by the sender, usually JSON text.
    ext: NotRequired[str]
    #: Message id made by the sending client; present only for messages (not for system notifications). Unique per sender, so usable to recognise a copy delivered twice.
    msgidClient: NotRequired[str]
    #: Message id given by the IM server, a 64-bit number as decimal text. It is `0` for notifications the server does not store (for example some team notifications), so do not use it alone as a unique key.
    msgidServer: NotRequired[str]
    #: `1` when the client resent the message after a failed attempt, `0` otherwise. Only on messages.
    resendFlag: NotRequired[Literal["0", "1"]]
    #: Present only when the message was caught by anti-spam; then it is `true`.
    antispam: NotRequired[Literal["true", "false"]]
    #: The raw result of 安全通 (NetEase content moderation, formerly 易盾) as JSON text. Present only when the app has 安全通 moderation enabled and the message was checked. New keys may appear; ignore the ones you do not know.
    yidunRes: NotRequired[str]


class MessageCopyTarget(TypedDict):
    """Addressing fields of a conversation copy."""

    #: Which conversation the event belongs to: `PERSON` a message in a one-to-one conversation, `TEAM` a message in an advanced team, `SUPER_TEAM` a message in a super team, `CUSTOM_PERSON` a one-to-one custom system notification or a built-in friend notification, `CUSTOM_TEAM` a team custom system notification or a built-in team notification.
    convType: NotRequired[
        Literal["PERSON", "TEAM", "SUPER_TEAM", "CUSTOM_PERSON", "CUSTOM_TEAM"]
    ]
    #: The receiver: an account id when `convType` is PERSON or CUSTOM_PERSON, a team id (a 64-bit number as decimal text) for TEAM, SUPER_TEAM and CUSTOM_TEAM.
    to: NotRequired[str]


class MsgBroadcastMsgResponse(Envelope):
    #: One app-wide broadcast message as stored by the server.
    msg: BroadcastMsg


class MsgFileUploadResponse(Envelope):
    #: Download URL of the uploaded file.
    url: str


class MsgMarkReadMsgData(TypedDict):
    """Receipt details."""

    #: Time of the read receipt, in milliseconds since the epoch.
    timestamp: NotRequired[int]


class MsgMarkReadMsgResponse(Envelope):
    #: Receipt details.
    data: MsgMarkReadMsgData


class MsgMarkReadTeamMsgData(TypedDict):
    """Outcome of the receipts."""

    #: Server message ids that could not be marked as read.
    errMsgIds: NotRequired[list[int]]


class MsgMarkReadTeamMsgResponse(Envelope):
    #: Outcome of the receipts.
    data: MsgMarkReadTeamMsgData


class MsgSendBatchAttachMsgResponse(Envelope):
    #: Receiving accounts that do not exist and got nothing.
    unregister: NotRequired[list[str]]


class MsgSendBatchMsgResponse(Envelope):
    #: Receiver account ids that do not exist; nothing was sent to them.
    unregister: list[str]
    #: Send time of the message, in milliseconds since the epoch.
    timetag: NotRequired[int]
    #: Message id per receiver account id; present when `returnMsgid` was true.
    msgids: NotRequired[dict[str, int]]


class MsgSendMsgAntispamCustom(TypedDict):
    #: 1 when `data` is text, 2 when it is an image URL.
    type: Literal[1, 2]
    #: The text or image URL to check.
    data: str


class MsgSendMsgData(TypedDict):
    """The message that was sent."""

    #: Server message id; needed to recall or delete the message.
    msgid: int
    #: Send time, in milliseconds since the epoch.
    timetag: int
    #: Whether the anti-spam check flagged the message.
    antispam: NotRequired[bool]


class MsgSendMsgResponse(Envelope):
    #: The message that was sent.
    data: MsgSendMsgData


class MsgUploadResponse(Envelope):
    #: Download URL of the uploaded file.
    url: str


class MutedMemberInfo(TypedDict):
    """One muted member of a super team."""

    #: Team id.
    tid: NotRequired[int]
    #: Account id of the member.
    accid: NotRequired[str]
    #: Nickname inside the team.
    nick: NotRequired[str]
    #: Role code of the member in the team.
    type: NotRequired[int]
    #: 1 while the member is muted.
    mute: NotRequired[int]
    #: Account that invited this member.
    invitor: NotRequired[str]
    #: Member custom field.
    custom: NotRequired[str]
    #: When the member joined, in epoch milliseconds.
    jointime: NotRequired[int]
    #: Creation time of the record in epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time of the record in epoch milliseconds.
    updatetime: NotRequired[int]


class QChatCategoryRole(TypedDict):
    """A channel-category role (频道分组身份组), the role template for the synchronised channels
    of a category."""

    #: Server of the category.
    serverId: NotRequired[int]
    #: Category the role applies to.
    categoryId: NotRequired[int]
    #: Id of the category role.
    roleId: NotRequired[int]
    #: Id of the server role it derives from.
    serverRoleId: NotRequired[int]
    #: Name, taken from the server role.
    name: NotRequired[str]
    #: Icon URL, taken from the server role.
    icon: NotRequired[str]
    #: App-defined extension.
    ext: NotRequired[str]
    #: Permission switches as JSON text: 1 granted, -1 denied, 0 inherited from the server role.
    auths: NotRequired[str]
    #: 1 the @everyone role, 2 a custom role.
    type: NotRequired[int]
    #: Creation time, epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time, epoch milliseconds.
    updatetime: NotRequired[int]


class QChatChannelRole(TypedDict):
    """A channel role (频道身份组), which overrides a server role inside one channel."""

    #: Server of the channel.
    serverId: NotRequired[int]
    #: Channel the role applies to.
    channelId: NotRequired[int]
    #: Id of the channel role.
    roleId: NotRequired[int]
    #: Id of the server role it derives from.
    parentRoleId: NotRequired[int]
    #: Name, taken from the server role.
    name: NotRequired[str]
    #: Icon URL, taken from the server role.
    icon: NotRequired[str]
    #: App-defined extension.
    ext: NotRequired[str]
    #: Permission switches as JSON text: 1 granted, -1 denied, 0 inherited from the server role.
    auths: NotRequired[str]
    #: 1 the @everyone role, 2 a custom role.
    type: NotRequired[int]
    #: Creation time, epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time, epoch milliseconds.
    updatetime: NotRequired[int]


class QChatCustomAuth(TypedDict):
    """An app-defined permission item."""

    #: Code of the item, used as a key in `auths`.
    authBit: NotRequired[int]
    #: Name of the item.
    name: NotRequired[str]
    #: App-defined extension of the item.
    ext: NotRequired[str]


class QChatMemberPermission(TypedDict):
    """Permissions customised for one member (定制权限), in a channel or in a channel category."""

    #: Server of the member.
    serverId: NotRequired[int]
    #: Channel the customisation applies to (channel customisations).
    channelId: NotRequired[int]
    #: Category the customisation applies to (category customisations).
    categoryId: NotRequired[int]
    #: Account the permissions are customised for.
    accid: NotRequired[str]
    #: Permission switches as JSON text: 1 granted, -1 denied, 0 inherited from the member's roles.
    auths: NotRequired[str]
    #: Nickname of the member in the server.
    nick: NotRequired[str]
    #: Avatar URL of the member in the server.
    avatar: NotRequired[str]
    #: Account that invited the member into the server.
    inviter: NotRequired[str]
    #: When the member joined the server, epoch milliseconds.
    joinTime: NotRequired[int]
    #: Creation time of the customisation, epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time of the customisation, epoch milliseconds.
    updatetime: NotRequired[int]


class QChatMessage(TypedDict):
    """A message of a QChat channel as the history queries return it."""

    #: Sender's account.
    fromAccount: NotRequired[str]
    #: Sender's nickname.
    fromNick: NotRequired[str]
    #: Kind of device the sender used, such as AOS, IOS, PC, WEB or REST (newer pages also give the numeric codes).
    fromClientType: NotRequired[str | int]
    #: Send time, epoch milliseconds.
    time: NotRequired[int]
    #: Last update time, epoch milliseconds.
    updateTime: NotRequired[int]
    #: 0 normal, 1 recalled, 2 deleted; 10000 and above are app-defined states.
    status: NotRequired[int]
    #: 1 when the message mentions everyone (mention queries only).
    mentionedAll: NotRequired[int]
    #: Message text.
    body: NotRequired[str]
    #: Attachment of the message (JSON text for media and custom messages).
    attach: NotRequired[str]
    #: App-defined extension of the message.
    ext: NotRequired[str]
    #: Message type, as given when the message was sent.
    type: NotRequired[int]
    #: Server-side id of the message.
    msgIdServer: NotRequired[int | str]
    #: Client-side id of the message.
    msgIdClient: NotRequired[int | str]


class QChatMessageKey(TypedDict):
    """Identifies one message of a channel."""

    #: Server-side id of the message.
    msgIdServer: int
    #: Send time of the message, epoch milliseconds.
    msgTime: int


class QChatServerRole(TypedDict):
    """A server role (服务器身份组)."""

    #: Server the role belongs to.
    serverId: NotRequired[int]
    #: Id of the role.
    roleId: NotRequired[int]
    #: Name of the role.
    name: NotRequired[str]
    #: Icon URL of the role.
    icon: NotRequired[str]
    #: App-defined extension of the role.
    ext: NotRequired[str]
    #: Permission switches as JSON text, keyed by permission item code; on a server role each value is 1 (granted) or -1 (denied).
    auths: NotRequired[str]
    #: 1 the @everyone role, 2 a custom role.
    type: NotRequired[int]
    #: Rank of the role: the smaller the number, the higher the rank; 1 is the highest custom rank and the @everyone role has 0, outside the ranking.
    priority: NotRequired[int]
    #: Number of members in the role.
    membercount: NotRequired[int]
    #: Creation time, epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time, epoch milliseconds.
    updatetime: NotRequired[int]


class QchatApplyServerRecordInfo(TypedDict):
    """The application record."""

    #: Id of the application; pass it when accepting or rejecting.
    requestId: NotRequired[int]
    #: When the application expires, epoch milliseconds.
    expireTime: NotRequired[int]


class QchatApplyServerResponse(Envelope):
    #: The application record.
    recordInfo: NotRequired[QchatApplyServerRecordInfo]


class QchatBannedMember(TypedDict):
    """A banned member of a server."""

    #: Server id.
    serverId: NotRequired[int]
    #: Banned account.
    accid: NotRequired[str]
    #: App-defined extension stored with the ban.
    custom: NotRequired[str]
    #: When the ban was set, epoch milliseconds.
    banTime: NotRequired[int]
    #: 1 the ban is in force, 0 lifted.
    validFlag: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createTime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updateTime: NotRequired[int]


class QchatBatchGetCategoryWhiteBlackIdentifyResponse(Envelope):
    identifies: list[QchatIdentify]


class QchatBatchGetCategoryWhiteBlackIdentifyUserResponse(Envelope):
    members: list[QchatServerMember]


class QchatBatchGetWhiteBlackIdentifyResponse(Envelope):
    identifies: NotRequired[list[QchatIdentify]]


class QchatBatchGetWhiteBlackIdentifyUserResponse(Envelope):
    members: NotRequired[list[QchatServerMember]]


class QchatBatchQueryThreadTalkMetaDataItem(TypedDict):
    #: Server-side id of the root message.
    msgIdServer: NotRequired[str | int]
    #: Send time of the root message, epoch milliseconds.
    msgTime: NotRequired[int]
    #: Number of replies.
    total: NotRequired[int]
    #: Time of the last reply, epoch milliseconds.
    timestamp: NotRequired[int]


class QchatBatchQueryThreadTalkMetaResponse(Envelope):
    #: One entry per root message found.
    data: NotRequired[list[QchatBatchQueryThreadTalkMetaDataItem]]


class QchatBatchUpdateChannelReorderWeightReorderInfosItem(TypedDict):
    #: Id of a channel, assigned when the channel is created.
    channelId: int
    #: Custom sort weight; lists ordered by the custom field (`sortField` 1) follow it.
    reorderWeight: int


class QchatBatchUpdateServerIdentifyPriorityResponse(Envelope):
    #: Rank of each updated role, keyed by role id.
    data: NotRequired[dict[str, int]]


class QchatBatchUpdateServerReorderWeightReorderInfosItem(TypedDict):
    #: Id of a QChat server (serverId), assigned when the server is created.
    serverId: int
    #: Custom sort weight; lists ordered by the custom field (`sortField` 1) follow it.
    reorderWeight: int


class QchatChannelCategoryInfo(TypedDict):
    """A channel category (频道分组), a folder of channels with shared visibility."""

    #: Category id.
    categoryId: NotRequired[int]
    #: Server id.
    serverId: NotRequired[int]
    #: Category name.
    name: NotRequired[str]
    #: App-defined extension.
    custom: NotRequired[str]
    #: Account id of the server owner.
    owner: NotRequired[str]
    #: 0 public, 1 private.
    viewMode: NotRequired[int]
    #: Number of channels in the category.
    channelNumber: NotRequired[int]
    #: 1 valid, 0 removed.
    validFlag: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createTime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updateTime: NotRequired[int]
    #: Custom sort weight.
    reorderweight: NotRequired[int]


class QchatChannelInfo(TypedDict):
    """A channel of a QChat server."""

    #: Channel id.
    channelId: NotRequired[int]
    #: Id of the server the channel belongs to.
    serverId: NotRequired[int]
    #: Id of the category the channel is in, if any.
    categoryId: NotRequired[int]
    #: Channel name.
    name: NotRequired[str]
    #: Channel topic.
    topic: NotRequired[str]
    #: App-defined extension.
    custom: NotRequired[str]
    #: 0 message channel, 1 real-time audio/video channel, 100 custom channel.
    type: NotRequired[int]
    #: Account id of the channel's creator.
    owner: NotRequired[str]
    #: 0 public, 1 private.
    viewMode: NotRequired[int]
    #: 0 visible to visitors, 1 not visible, 2 follows the view mode.
    visitorMode: NotRequired[int]
    #: 0 keeps its own permissions, 1 follows the category.
    syncMode: NotRequired[int]
    #: 1 valid, 0 removed.
    validFlag: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createTime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updateTime: NotRequired[int]
    #: Custom sort weight.
    reorderWeight: NotRequired[int]


class QchatCreateChannelCategoryIdentifyResponse(Envelope):
    #: A channel-category role (频道分组身份组), the role template for the synchronised channels of a category.
    identify: QChatCategoryRole


class QchatCreateChannelCategoryResponse(Envelope):
    #: A channel category (频道分组), a folder of channels with shared visibility.
    categoryInfo: NotRequired[QchatChannelCategoryInfo]


class QchatCreateChannelCategoryUserIdentifyResponse(Envelope):
    #: Permissions customised for one member (定制权限), in a channel or in a channel category.
    identify: NotRequired[QChatMemberPermission]


class QchatCreateChannelIdentifyResponse(Envelope):
    #: A channel role (频道身份组), which overrides a server role inside one channel.
    identify: QChatChannelRole


class QchatCreateChannelResponse(Envelope):
    #: A channel of a QChat server.
    channelInfo: NotRequired[QchatChannelInfo]


class QchatCreateCustomAuthResponse(Envelope):
    #: An app-defined permission item.
    data: NotRequired[QChatCustomAuth]


class QchatCreateServerIdentifyMemberResponse(Envelope):
    #: Accounts now in the role, as JSON text.
    successAccids: NotRequired[str]
    #: Accounts that could not be added, as JSON text.
    failAccids: NotRequired[str]


class QchatCreateServerIdentifyResponse(Envelope):
    #: A server role (服务器身份组).
    identify: QChatServerRole


class QchatCreateServerResponse(Envelope):
    #: A QChat server (圈组服务器), the community that holds members and channels.
    serverInfo: QchatServerInfo


class QchatCreateUserIdentifyResponse(Envelope):
    #: Permissions customised for one member (定制权限), in a channel or in a channel category.
    identify: QChatMemberPermission


class QchatDeleteServerIdentifyMemberResponse(Envelope):
    #: Accounts taken out of the role, as JSON text.
    successAccids: NotRequired[str]
    #: Accounts that could not be removed, as JSON text.
    failAccids: NotRequired[str]


class QchatGenerateInviteCodeResponse(Envelope):
    #: Server id.
    serverId: NotRequired[int]
    #: Id of the invite-code record.
    requestId: NotRequired[int]
    #: The code to hand out.
    inviteCode: NotRequired[str]
    #: When the code expires, epoch milliseconds.
    expireTime: NotRequired[int]


class QchatGetChannelCategoryIdentifyResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The category roles on this page.
    identifies: NotRequired[list[QChatCategoryRole]]


class QchatGetChannelCategoryListByServerPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: QchatPageInfo
    categoryInfos: list[QchatChannelCategoryInfo]


class QchatGetChannelCategoryUserIdentifyResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The customisations on this page.
    identifies: NotRequired[list[QChatMemberPermission]]


class QchatGetChannelCategorysResponse(Envelope):
    categoryInfos: NotRequired[list[QchatChannelCategoryInfo]]


class QchatGetChannelIdentifyPagesResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The channel roles on this page.
    identifies: NotRequired[list[QChatChannelRole]]


class QchatGetChannelListByChannelCategoryPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    channelInfos: NotRequired[list[QchatChannelInfo]]


class QchatGetChannelListPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: QchatPageInfo
    channelInfos: list[QchatChannelInfo]


class QchatGetChannelMemberListPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: QchatPageInfo
    #: The members; `validFlag` 0 marks one the channel is no longer visible to.
    members: list[QchatServerMember]


class QchatGetChannelsResponse(Envelope):
    channelInfos: NotRequired[list[QchatChannelInfo]]


class QchatGetServerIdentifyMemberPagesResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The members on this page.
    members: NotRequired[list[QchatServerMember]]


class QchatGetServerIdentifyPagesResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The roles on this page.
    identifies: NotRequired[list[QChatServerRole]]


class QchatGetServerListPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    serverInfos: NotRequired[list[QchatServerInfo]]


class QchatGetServerMemberBanListPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    banMembers: NotRequired[list[QchatBannedMember]]


class QchatGetServerMemberListPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: QchatPageInfo
    serverMembers: list[QchatServerMember]


class QchatGetServerMembersResponse(Envelope):
    serverMembers: NotRequired[list[QchatServerMember]]


class QchatGetServersResponse(Envelope):
    serverInfos: NotRequired[list[QchatServerInfo]]


class QchatGetUserIdentifyPagesResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The customisations on this page.
    identifies: NotRequired[list[QChatMemberPermission]]


class QchatGetUserServerIdentifyResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The roles on this page.
    identifies: NotRequired[list[QChatServerRole]]


class QchatIdentify(TypedDict):
    """An identity group (身份组) as listed on a whitelist or blacklist."""

    #: Identity-group id.
    roleId: NotRequired[int]
    #: Identity-group name.
    name: NotRequired[str]
    #: Icon URL.
    icon: NotRequired[str]
    #: App-defined extension.
    ext: NotRequired[str]
    #: Permissions of the group as JSON text: each key is a permission code, each value 1 (granted) or -1 (denied).
    auths: NotRequired[str]
    #: Number of members of the group.
    membercount: NotRequired[int]
    #: Priority among the server's groups: a positive number, smaller is stronger; the everyone group has 0 and is not compared.
    priority: NotRequired[int | str]
    #: 1 the server's @everyone group, 2 a custom group.
    type: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updatetime: NotRequired[int | str]


class QchatInviteApplyRecord(TypedDict):
    """One invitation, application or invite-code record of a server."""

    #: Server id.
    serverId: NotRequired[int]
    #: Account the record belongs to (the applicant or the inviter).
    accid: NotRequired[str]
    #: 1 application, 2 invitation, 3 answer to an invitation (accepted or rejected), 4 invite code generated, 5 joined with an invite code.
    type: NotRequired[int]
    #: 0 pending, 1 accepted, 2 rejected, 3 accepted through another request, 4 rejected through another request, 5 joined at once, 6 expired.
    status: NotRequired[int]
    #: Id of the application or invitation.
    requestId: NotRequired[int]
    #: Id of the record; pass it as excludeRecordId for the next page.
    recordId: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createTime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updateTime: NotRequired[int]
    #: When the request expires, epoch milliseconds.
    expireTime: NotRequired[int]
    #: Details as JSON text, by record type: applyMsg, updateAccid and updateMsg for an application; inviteMsg and updateMsg for an answer to an invitation; and so on.
    data: NotRequired[str]


class QchatInviteServerMemberRecordInfo(TypedDict):
    """The invitation record."""

    #: Id of the invitation; pass it when accepting or rejecting.
    requestId: NotRequired[int]
    #: When the invitation expires, epoch milliseconds.
    expireTime: NotRequired[int]


class QchatInviteServerMemberResponse(Envelope):
    #: Accounts not invited because they already belong to as many servers as allowed.
    failByOverAccids: NotRequired[list[str]]
    #: Accounts not invited because they are banned from the server.
    failByBanAccids: NotRequired[list[str]]
    #: The invitation record.
    recordInfo: NotRequired[QchatInviteServerMemberRecordInfo]


class QchatListAllCustomAuthResponse(Envelope):
    #: The permission items.
    data: NotRequired[list[QChatCustomAuth]]


class QchatListCustomAuthByAuthBitsResponse(Envelope):
    #: The permission items.
    data: NotRequired[list[QChatCustomAuth]]


class QchatPageInfo(TypedDict):
    """Where the next page starts."""

    #: Whether another page follows.
    hasMore: NotRequired[bool]
    #: The `timetag` to send for the next page.
    nextTimetag: NotRequired[int]
    #: The `pageToken` to send for the next page of a custom-ordered list.
    nextPageToken: NotRequired[str]


class QchatQueryCategoryWhiteBlackIdentifyPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: QchatPageInfo
    identifies: list[QchatIdentify]


class QchatQueryCategoryWhiteBlackIdentifyUserPageResponse(Envelope):
    #: Where the next page starts.
    pageInfo: QchatPageInfo
    members: list[QchatServerMember]


class QchatQueryChannelUnReadMentionedMsgPageData(TypedDict):
    """A page of mentioning messages."""

    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    #: The messages, newest first.
    msgList: NotRequired[list[QChatMessage]]


class QchatQueryChannelUnReadMentionedMsgPageResponse(Envelope):
    #: A page of mentioning messages.
    data: NotRequired[QchatQueryChannelUnReadMentionedMsgPageData]


class QchatQueryHistoryMsgResponse(Envelope):
    #: The messages, in the requested order.
    data: NotRequired[list[QChatMessage]]


class QchatQueryIdentifyResourcesResponse(Envelope):
    #: Effective permission switches as JSON text, keyed by permission item code; 1 granted, -1 denied.
    auths: NotRequired[str]


class QchatQueryInviteApplyHistoryByServerResponse(Envelope):
    data: NotRequired[list[QchatInviteApplyRecord]]


class QchatQueryInviteApplyHistoryByUserResponse(Envelope):
    data: NotRequired[list[QchatInviteApplyRecord]]


class QchatQueryQuickCommentDataItem(TypedDict):
    #: Server-side id of the message.
    msgIdServer: NotRequired[str | int]
    #: The comments on the message, one entry per comment number.
    comments: NotRequired[list[QchatQueryQuickCommentDataItemCommentsItem]]


class QchatQueryQuickCommentDataItemCommentsItem(TypedDict):
    #: The comment number.
    type: NotRequired[int]
    #: How many accounts left this comment.
    count: NotRequired[int]


class QchatQueryQuickCommentResponse(Envelope):
    #: One entry per message that has quick comments.
    data: NotRequired[list[QchatQueryQuickCommentDataItem]]


class QchatQueryThreadTalkHistoryResponse(Envelope):
    #: A message of a QChat channel as the history queries return it.
    threadMsg: NotRequired[QChatMessage]
    #: Number of replies in the thread.
    total: NotRequired[int]
    #: Time of the last reply, epoch milliseconds.
    timestamp: NotRequired[int]
    #: The replies, without the root message.
    msgs: NotRequired[list[QChatMessage]]


class QchatQueryWhiteBlackIdentifyResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    identifies: NotRequired[list[QchatIdentify]]


class QchatQueryWhiteBlackIdentifyUserResponse(Envelope):
    #: Where the next page starts.
    pageInfo: NotRequired[QchatPageInfo]
    members: NotRequired[list[QchatServerMember]]


class QchatRequestAddrResponse(Envelope):
    #: Addresses (host:port) the client may connect to.
    addr: list[str]


class QchatSendAttachMsgData(TypedDict):
    """Identifiers of the sent notification."""

    #: Server-side id of the notification, used by updateAttachMsg.
    msgIdServer: NotRequired[int | str]
    #: Send time, epoch milliseconds.
    time: NotRequired[int]


class QchatSendAttachMsgResponse(Envelope):
    #: Identifiers of the sent notification.
    data: NotRequired[QchatSendAttachMsgData]


class QchatSendMsgResponse(Envelope):
    #: A message of a QChat channel as the history queries return it.
    data: NotRequired[QChatMessage]


class QchatServerInfo(TypedDict):
    """A QChat server (圈组服务器), the community that holds members and channels."""

    #: Server id.
    serverId: NotRequired[int]
    #: Server name.
    name: NotRequired[str]
    #: Icon URL.
    icon: NotRequired[str]
    #: App-defined extension.
    custom: NotRequired[str]
    #: Account id of the owner.
    owner: NotRequired[str]
    #: Number of members.
    memberNumber: NotRequired[int]
    #: 0 invitations must be accepted, 1 invited accounts join at once.
    inviteMode: NotRequired[int]
    #: 0 applicants join at once, 1 applications need approval.
    applyMode: NotRequired[int]
    #: Number of channels.
    channelNumber: NotRequired[int]
    #: 1 valid, 0 removed.
    validFlag: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createTime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updateTime: NotRequired[int]
    #: Custom sort weight.
    reorderWeight: NotRequired[int]


class QchatServerMember(TypedDict):
    """A member of a QChat server as shown inside that server."""

    #: Server id.
    serverId: NotRequired[int]
    #: Account id of the member.
    accid: NotRequired[str]
    #: Nickname inside the server.
    nick: NotRequired[str]
    #: Avatar URL inside the server.
    avatar: NotRequired[str]
    #: App-defined extension of the member.
    custom: NotRequired[str]
    #: 0 ordinary member, 1 owner.
    type: NotRequired[int]
    #: When the member joined, epoch milliseconds.
    joinTime: NotRequired[int]
    #: Account that invited the member.
    inviter: NotRequired[str]
    #: 1 valid, 0 no longer a member.
    validFlag: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createTime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updateTime: NotRequired[int]


class QchatUpdateCategoryInfoOfChannelResponse(Envelope):
    #: A channel of a QChat server.
    channelInfo: NotRequired[QchatChannelInfo]


class QchatUpdateChannelCategoryIdentifyResponse(Envelope):
    #: A channel-category role (频道分组身份组), the role template for the synchronised channels of a category.
    identify: NotRequired[QChatCategoryRole]


class QchatUpdateChannelCategoryResponse(Envelope):
    #: A channel category (频道分组), a folder of channels with shared visibility.
    categoryInfo: NotRequired[QchatChannelCategoryInfo]


class QchatUpdateChannelCategoryUserIdentifyResponse(Envelope):
    #: Permissions customised for one member (定制权限), in a channel or in a channel category.
    identify: NotRequired[QChatMemberPermission]


class QchatUpdateChannelIdentifyResponse(Envelope):
    #: A channel role (频道身份组), which overrides a server role inside one channel.
    identify: NotRequired[QChatChannelRole]


class QchatUpdateChannelResponse(Envelope):
    #: A channel of a QChat server.
    channelInfo: NotRequired[QchatChannelInfo]


class QchatUpdateMsgResponse(Envelope):
    #: A message of a QChat channel as the history queries return it.
    data: NotRequired[QChatMessage]


class QchatUpdateOtherServerMemberResponse(Envelope):
    #: A member of a QChat server as shown inside that server.
    serverMember: NotRequired[QchatServerMember]


class QchatUpdateServerIdentifyResponse(Envelope):
    #: A server role (服务器身份组).
    identify: NotRequired[QChatServerRole]


class QchatUpdateServerMemberResponse(Envelope):
    #: A member of a QChat server as shown inside that server.
    serverMember: QchatServerMember


class QchatUpdateServerResponse(Envelope):
    #: A QChat server (圈组服务器), the community that holds members and channels.
    serverInfo: NotRequired[QchatServerInfo]


class QchatUpdateUserIdentifyResponse(Envelope):
    #: Permissions customised for one member (定制权限), in a channel or in a channel category.
    identify: NotRequired[QChatMemberPermission]


class QueueElementInput(TypedDict):
    """One element of a `chatroom/queueBatchOffer` call."""

    #: Unique key of the element; an existing key is updated.
    key: str
    #: Content of the element.
    value: str
    #: Account that owns the element.
    accid: NotRequired[str]
    #: Remove the element when its owner leaves or drops out of the room.
    transient: NotRequired[bool]


class QueueListEntry(TypedDict):
    """One queue element in a listing. The documented sample and both official SDKs show a
    one-entry object from the element key to its value; the catalog also names `key`,
    `value`, `accid` and `transient` fields, which are accepted too."""

    #: Element key.
    key: NotRequired[str]
    #: Element content.
    value: NotRequired[str]
    #: Account that owns the element.
    accid: NotRequired[str]
    #: Whether the element goes away when its owner leaves the room.
    transient: NotRequired[bool]


class SendOption(TypedDict):
    """Per-message behaviour switches of the send operations (the decoded `option` field).
    Every switch is optional; an omitted switch keeps its default."""

    #: Keep the message for roaming, so other devices that log in later receive it.
    roam: NotRequired[bool]
    #: Store the message in the cloud history.
    history: NotRequired[bool]
    #: Sync the message to the sender's other online devices.
    sendersync: NotRequired[bool]
    #: Send a push notification for the message to offline receivers.
    push: NotRequired[bool]
    #: Deliver a copy of the message to the app's message-copy (data sync) address.
    route: NotRequired[bool]
    #: Count the message in the receiver's unread badge.
    badge: NotRequired[bool]
    #: Prefix the push text with the sender's nickname.
    needPushNick: NotRequired[bool]
    #: Keep the message for offline delivery when the receiver is not online.
    persistent: NotRequired[bool]
    #: Let the message update the conversation's last message and timestamp.
    sessionUpdate: NotRequired[bool]


class SessionCopyFields(TypedDict):
    """Fields of the login and logout copies. Every value is text, numbers included."""

    #: `2` for a login, `3` for a logout.
    eventType: str
    #: Account id that logged in or out.
    accid: str
    #: IP address of the client; can be empty.
    clientIp: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    clientType: Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    #: Result code of the login as decimal text; `200` is a successful login.
    code: NotRequired[str]
    #: Version number of the client SDK, as text.
    sdkVersion: NotRequired[str]
    #: The custom login tag the client set; absent when it set none.
    customTag: NotRequired[str]
    #: Device id of the client.
    deviceId: NotRequired[str]
    #: Time of the event in epoch milliseconds, as decimal text.
    timestamp: str


class SignalChannel(TypedDict):
    """A signalling channel and its members."""

    #: Name of the channel.
    channelName: NotRequired[str]
    #: Kind of channel, `AUDIO`, `VIDEO` or `CUSTOM`.
    type: NotRequired[str]
    #: Server-generated id of the channel.
    channelId: NotRequired[str]
    #: When the channel was created, epoch milliseconds.
    channelCreateTime: NotRequired[int]
    #: When the channel expires, epoch milliseconds.
    channelExpireTime: NotRequired[int]
    #: Account that created the channel.
    creator: NotRequired[str]
    #: App-defined extension of the channel.
    ext: NotRequired[str]
    #: Members currently in the channel.
    members: NotRequired[list[SignalMember]]


class SignalCreateRoomResponse(Envelope):
    #: A signalling channel and its members.
    data: SignalChannel


class SignalDelayRoomResponse(Envelope):
    #: A signalling channel and its members.
    data: SignalChannel


class SignalGetRoomInfoResponse(Envelope):
    #: A signalling channel and its members.
    data: SignalChannel


class SignalInviteResponse(Envelope):
    #: Payload the catalog lists for this call; its keys are not documented.
    data: NotRequired[dict[str, Any]]


class SignalMember(TypedDict):
    """One member currently in a signalling channel."""

    #: Account id of the member.
    accid: NotRequired[str]
    #: Numeric member id inside the channel.
    uid: NotRequired[int]
    #: Device the member joined from.
    deviceId: NotRequired[str]
    #: When the member joined, epoch milliseconds.
    createTime: NotRequired[int]
    #: When the membership lapses, epoch milliseconds.
    expireTime: NotRequired[int]


class StatsChatroomTopnDataItem(TypedDict):
    #: Chat room id.
    roomId: NotRequired[int]
    #: Number of active members in the period.
    activeNums: NotRequired[int]
    #: Number of entries into the room in the period.
    enterNums: NotRequired[int]
    #: Number of messages in the room in the period.
    msgs: NotRequired[int]
    #: Start of the period, epoch seconds (midnight for a day, the full hour for an hour).
    datetime: NotRequired[int]
    #: `HOUR` or `DAY`.
    period: NotRequired[str]


class StatsChatroomTopnResponse(Envelope):
    #: The ranked rooms.
    data: list[StatsChatroomTopnDataItem]


class SuperTeamInfo(TypedDict):
    """Profile and settings of one super team."""

    #: Team id.
    tid: NotRequired[int]
    #: Team name.
    tname: NotRequired[str]
    #: Account that created the team.
    creator: NotRequired[str]
    #: Capacity level.
    tlevel: NotRequired[int]
    #: Current number of members.
    size: NotRequired[int]
    #: Introduction text.
    intro: NotRequired[str]
    #: Announcement text.
    announcement: NotRequired[str]
    #: Custom field written by clients.
    clientCustom: NotRequired[str]
    #: Custom field written by the app server.
    serverCustom: NotRequired[str]
    #: Team avatar URL.
    icon: NotRequired[str]
    #: Team-wide mute: 0 none, 1 ordinary members muted, 3 everyone muted.
    muteType: NotRequired[int]
    #: Join mode: 0 free, 1 approval needed, 2 no applications.
    joinmode: NotRequired[int]
    #: Invitee consent: 0 required, 1 not required.
    beinvitemode: NotRequired[int]
    #: Who may invite: 0 managers, 1 everyone.
    invitemode: NotRequired[int]
    #: Who may edit the profile: 0 managers, 1 everyone.
    uptinfomode: NotRequired[int]
    #: Who may edit the custom field: 0 managers, 1 everyone.
    upcustommode: NotRequired[int]
    #: Creation time in epoch milliseconds.
    createtime: NotRequired[int]
    #: Last update time in epoch milliseconds.
    updatetime: NotRequired[int]


SuperTeamMessage = TypedDict(
    "SuperTeamMessage",
    {
        "msgid": "NotRequired[int]",
        "sendtime": "NotRequired[int]",
        "from": "NotRequired[str]",
        "type": "NotRequired[int]",
        "ext": "NotRequired[str]",
        "body": "NotRequired[str]",
    },
)
"""One message from the super team's cloud history."""


class SuperteamCreateResponse(Envelope):
    #: Id of the new super team.
    tid: int
    #: Invitees that could not be added, for example because they already joined as many teams as they may.
    faccid: NotRequired[FailedInvitees]


class SuperteamGetMuteTlistsResponse(Envelope):
    #: The muted members on this page.
    muteTlists: list[MutedMemberInfo]


class SuperteamGetTinfosResponse(Envelope):
    #: One entry per existing team.
    tinfos: list[SuperTeamInfo]


class SuperteamGetTlistsResponse(Envelope):
    #: Members on this page.
    tlists: list[MemberInfo]


class SuperteamInviteResponse(Envelope):
    #: Invitees that could not be added, for example because they already joined as many teams as they may.
    faccid: NotRequired[FailedInvitees]


class SuperteamJoinTeamsResponse(Envelope):
    #: One entry per team.
    tinfos: list[SuperTeamInfo]


SuperteamQueryHistoryMsgByIdsMsgsItem = TypedDict(
    "SuperteamQueryHistoryMsgByIdsMsgsItem",
    {
        "msgid": "int",
        "from": "str",
        "to": "int",
        "time": "int",
    },
)


class SuperteamQueryHistoryMsgByIdsResponse(Envelope):
    #: The messages.
    msgs: list[SuperTeamMessage]


class SuperteamQueryHistoryMsgResponse(Envelope):
    #: Number of messages returned.
    size: NotRequired[int]
    #: The messages.
    msgs: list[SuperTeamMessage]


class SuperteamSendAttachMsgOption(TypedDict):
    """Switches for this notification; a switch that is left out keeps its default."""

    #: Count the notification in the unread badge.
    badge: NotRequired[bool]
    #: Prefix the push text with the sender's nickname.
    needPushNick: NotRequired[bool]
    #: Copy the notification to the app's message-copy address (when that feature is enabled).
    route: NotRequired[bool]


class SuperteamSendMsgAntispamCustom(TypedDict):
    #: 1 the data is text, 2 the data is an image URL.
    type: Literal[1, 2]
    #: The text or image URL to check.
    data: str


class SuperteamSendMsgData(TypedDict):
    #: Server id of the message.
    msgid: NotRequired[int]
    #: Send time in epoch milliseconds.
    timetag: NotRequired[int]
    #: Whether anti-spam flagged the message.
    antispam: NotRequired[bool]


class SuperteamSendMsgResponse(Envelope):
    data: SuperteamSendMsgData


class TeamAddResponse(Envelope):
    #: Returned only when some of the accounts could not be handled; lists them with the reason.
    faccid: NotRequired[FailedAccids]


class TeamCreateResponse(Envelope):
    #: Id of the new team.
    tid: str | int
    #: Returned only when some of the accounts could not be handled; lists them with the reason.
    faccid: NotRequired[FailedAccids]


class TeamDetail(TypedDict):
    """Full profile and settings of one team, with the owner, the managers and the members
    as member records."""

    #: Team id.
    tid: NotRequired[int]
    #: Team name.
    tname: NotRequired[str]
    #: Team avatar URL; may be null.
    icon: NotRequired[str | None]
    #: The owner's member record.
    owner: NotRequired[TeamMemberInfo]
    #: Member limit, owner included.
    maxusers: NotRequired[int]
    #: Current number of members.
    size: NotRequired[int]
    #: Announcement text; may be null.
    announcement: NotRequired[str | None]
    #: Introduction text; may be null.
    intro: NotRequired[str | None]
    #: 0 join freely, 1 approval needed, 2 nobody may apply.
    joinmode: NotRequired[int]
    #: 0 invitees must agree, 1 they join without agreeing.
    beinvitemode: NotRequired[int]
    #: 0 only the owner and managers invite, 1 every member may.
    invitemode: NotRequired[int]
    #: 0 only the owner and managers edit the profile, 1 every member may.
    uptinfomode: NotRequired[int]
    #: 0 only the owner and managers change `custom`, 1 every member may.
    upcustommode: NotRequired[int]
    #: Team-wide mute state; 0 none, 1 normal members muted, 3 everyone muted.
    muteType: NotRequired[int]
    #: Team notification switch for online members.
    isNotifyCloseOnline: NotRequired[bool]
    #: Team notification persistence switch.
    isNotifyClosePersistent: NotRequired[bool]
    #: Custom field set by the app server; may be null.
    custom: NotRequired[str | None]
    #: Custom field set from client SDKs; may be null.
    clientCustom: NotRequired[str | None]
    #: Whether the team is muted as a whole.
    mute: NotRequired[bool]
    #: Member records of the managers.
    admins: NotRequired[list[TeamMemberInfo]]
    #: Member records of the normal members.
    members: NotRequired[list[TeamMemberInfo]]
    #: Creation time in ms since the epoch.
    createtime: NotRequired[int]
    #: Last change in ms since the epoch.
    updatetime: NotRequired[int]


class TeamGetMarkReadInfoData(TypedDict):
    #: Number of members who have read the message.
    readSize: NotRequired[int]
    #: Number of members who have not read it yet.
    unreadSize: NotRequired[int]
    #: Accounts that have read it (only with `snapshot`).
    readAccids: NotRequired[list[str]]
    #: Accounts that have not read it (only with `snapshot`).
    unreadAccids: NotRequired[list[str]]


class TeamGetMarkReadInfoResponse(Envelope):
    data: TeamGetMarkReadInfoData


class TeamInfo(TypedDict):
    """Profile and settings of a team as returned by the batch query, where the owner,
    managers and members are plain account ids."""

    #: Team id.
    tid: NotRequired[int]
    #: Team name.
    tname: NotRequired[str]
    #: Team avatar URL; may be null.
    icon: NotRequired[str | None]
    #: Owner account id.
    owner: NotRequired[str]
    #: Member limit, owner included.
    maxusers: NotRequired[int]
    #: Current number of members.
    size: NotRequired[int]
    #: Announcement text; may be null.
    announcement: NotRequired[str | None]
    #: Introduction text; may be null.
    intro: NotRequired[str | None]
    #: 0 join freely, 1 approval needed, 2 nobody may apply.
    joinmode: NotRequired[int]
    #: 0 invitees must agree, 1 they join without agreeing.
    beinvitemode: NotRequired[int]
    #: 0 only the owner and managers invite, 1 every member may.
    invitemode: NotRequired[int]
    #: 0 only the owner and managers edit the profile, 1 every member may.
    uptinfomode: NotRequired[int]
    #: 0 only the owner and managers change `custom`, 1 every member may.
    upcustommode: NotRequired[int]
    #: Team-wide mute state; 0 none, 1 normal members muted, 3 everyone muted.
    muteType: NotRequired[int]
    #: Team notification switch for online members.
    isNotifyCloseOnline: NotRequired[bool]
    #: Team notification persistence switch.
    isNotifyClosePersistent: NotRequired[bool]
    #: Custom field set by the app server; may be null.
    custom: NotRequired[str | None]
    #: Custom field set from client SDKs; may be null.
    clientCustom: NotRequired[str | None]
    #: Whether the team is muted as a whole.
    mute: NotRequired[bool]
    #: Manager account ids (present when members were requested).
    admins: NotRequired[list[str]]
    #: Account ids of the normal members (present when members were requested).
    members: NotRequired[list[str]]
    #: Creation time in ms since the epoch.
    createtime: NotRequired[int]
    #: Last change in ms since the epoch.
    updatetime: NotRequired[int]


class TeamJoinTeamsInfosItem(TypedDict):
    #: Team id.
    tid: NotRequired[int]
    #: Team name.
    tname: NotRequired[str]
    #: Owner account id.
    owner: NotRequired[str]
    #: Member limit, owner included.
    maxusers: NotRequired[int]
    #: Current number of members.
    size: NotRequired[int]
    #: App-defined team extension; may be null.
    custom: NotRequired[str | None]


class TeamJoinTeamsResponse(Envelope):
    #: One entry per team.
    infos: list[TeamJoinTeamsInfosItem]


class TeamKickResponse(Envelope):
    #: Returned only when some of the accounts could not be handled; lists them with the reason.
    faccid: NotRequired[FailedAccids]


class TeamListMemberInfoResponse(Envelope):
    #: The account's record in each of its teams.
    data: list[TeamMemberInfo]


class TeamListOnlineUserCountDataItem(TypedDict):
    #: Team id.
    tid: NotRequired[int]
    #: Members online now.
    onlineUserCount: NotRequired[int]
    #: Members offline now.
    offlineUserCount: NotRequired[int]


class TeamListOnlineUserCountResponse(Envelope):
    #: One entry per team.
    data: list[TeamListOnlineUserCountDataItem]


class TeamListOnlineUsersData(TypedDict):
    #: Number of online members.
    count: NotRequired[int]
    #: Keyed by account id; each value lists the clients that account is logged in on.
    status: NotRequired[dict[str, list[TeamListOnlineUsersDataStatusValueItem]]]


class TeamListOnlineUsersDataStatusValueItem(TypedDict):
    #: Client type of the logged-in device.
    clientType: NotRequired[int]
    #: Login time in ms since the epoch.
    loginTime: NotRequired[int]


class TeamListOnlineUsersResponse(Envelope):
    data: TeamListOnlineUsersData


class TeamListTeamMuteMutesItem(TypedDict):
    #: Team id.
    tid: NotRequired[int]
    #: Muted account id.
    accid: NotRequired[str]
    #: Nickname in the team; may be empty or null.
    nick: NotRequired[str | None]
    #: Kind of mute as reported by the server (values not documented).
    type: NotRequired[int]


class TeamListTeamMuteResponse(Envelope):
    #: One entry per muted member.
    mutes: list[TeamListTeamMuteMutesItem]


class TeamMemberInfo(TypedDict):
    """One member's record in a team. Which keys are present depends on the operation that
    returns it."""

    #: Team id.
    tid: NotRequired[int]
    #: Member account id.
    accid: NotRequired[str]
    #: Nickname inside the team; may be empty or null.
    nick: NotRequired[str | None]
    #: Whether the member is muted in the team.
    mute: NotRequired[bool]
    #: Member-level custom field; may be null.
    custom: NotRequired[str | None]
    #: Whether the member receives push notifications for manager operations.
    managerPushEnable: NotRequired[bool]
    #: Whether the member receives push notifications for the team's messages.
    pushEnable: NotRequired[bool]
    #: When the member joined, in ms since the epoch.
    createtime: NotRequired[int]
    #: When the record last changed, in ms since the epoch.
    updatetime: NotRequired[int]


class TeamQueryDetailResponse(Envelope):
    #: Full profile and settings of one team, with the owner, the managers and the members as member records.
    tinfo: TeamDetail


class TeamQueryResponse(Envelope):
    #: The teams; `admins` and `members` are present only when `ope` is 1.
    tinfos: list[TeamInfo]


class TextBody(TypedDict):
    """Body of a text message (type 0)."""

    #: The text of the message.
    msg: str


class TipsBody(TypedDict):
    """Body of a tip message (type 10), a notice shown inside the conversation."""

    #: The text of the tip.
    msg: str


class TranslatorTextMsgData(TypedDict):
    #: The translated text.
    translation: NotRequired[str]
    #: Source and target language joined by the character `2`, for example `zh2en`.
    language: NotRequired[str]
    #: When the translation finished, as an epoch timestamp (milliseconds assumed; the unit is not documented).
    timestamp: NotRequired[int]


class TranslatorTextMsgResponse(Envelope):
    data: TranslatorTextMsgData


class UserCreateInfo(TypedDict):
    """The account that was created."""

    #: Account id as stored (lower case).
    accid: str
    #: Login token.
    token: str
    #: Display name.
    name: NotRequired[str]


class UserCreateResponse(Envelope):
    #: The account that was created.
    info: UserCreateInfo


class UserGetUinfosResponse(Envelope):
    #: One card per existing account.
    uinfos: list[UserInfo]


class UserInfo(TypedDict):
    """A profile card."""

    #: Account id.
    accid: NotRequired[str]
    #: Display name.
    name: NotRequired[str]
    #: Avatar URL.
    icon: NotRequired[str]
    #: Personal signature.
    sign: NotRequired[str]
    #: Email address.
    email: NotRequired[str]
    #: Birthday.
    birth: NotRequired[str]
    #: Mobile number.
    mobile: NotRequired[str]
    #: 0 unknown, 1 male, 2 female.
    gender: NotRequired[int]
    #: App-defined extension.
    ex: NotRequired[str]
    #: Whether the account is enabled (false once banned).
    valid: NotRequired[bool]
    #: Globally muted.
    mute: NotRequired[bool]
    #: Muted in one-to-one chat.
    muteP2P: NotRequired[bool]
    #: Muted in teams.
    muteTeam: NotRequired[bool]
    #: Muted in chat rooms.
    muteRoom: NotRequired[bool]
    #: Muted in QChat.
    muteQChat: NotRequired[bool]


class UserListBlackAndMuteListResponse(Envelope):
    #: Accounts on the blacklist.
    blacklist: list[str]
    #: Accounts on the mute list.
    mutelist: list[str]


class UserMuteModuleData(TypedDict):
    #: Muted in one-to-one chat.
    muteP2P: NotRequired[bool]
    #: Muted in teams.
    muteTeam: NotRequired[bool]
    #: Muted in chat rooms.
    muteRoom: NotRequired[bool]
    #: Muted in QChat.
    muteQChat: NotRequired[bool]


class UserMuteModuleResponse(Envelope):
    data: UserMuteModuleData


class UserRefreshTokenInfo(TypedDict):
    #: Account id.
    accid: str
    #: The new login token.
    token: str


class UserRefreshTokenResponse(Envelope):
    info: UserRefreshTokenInfo


class UserUserOnlineStatusData(TypedDict):
    #: Accounts that do not exist.
    invalidAccids: NotRequired[list[str]]
    #: Keyed by account id; each value lists the clients that account is logged in on (client type and login time).
    status: NotRequired[dict[str, list[UserUserOnlineStatusDataStatusValueItem]]]


class UserUserOnlineStatusDataStatusValueItem(TypedDict):
    #: Client type of the logged-in device.
    clientType: NotRequired[int]
    #: Login time in ms since the epoch.
    loginTime: NotRequired[int]


class UserUserOnlineStatusResponse(Envelope):
    data: UserUserOnlineStatusData


class V2AccountBatchQueryAccountsData(TypedDict):
    #: The accounts found.
    success_list: NotRequired[list[V2AccountInfo]]
    #: The ids that could not be looked up.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2AccountConfiguration(TypedDict):
    """The account's switches. Only the keys sent change."""

    #: The account may log in; `false` bans it.
    enabled: NotRequired[bool]
    #: The account may not send one-to-one messages.
    p2p_chat_banned: NotRequired[bool]
    #: The account may not send team messages.
    team_chat_banned: NotRequired[bool]
    #: The account may not send chat room messages.
    chatroom_chat_banned: NotRequired[bool]
    #: The account may not send QChat (圈组) messages.
    qchat_chat_banned: NotRequired[bool]
    #: Mobile devices still get push notifications while a desktop client is online.
    push_enabled_when_desktop_online: NotRequired[bool]


class V2AccountDisableAccountData(TypedDict):
    #: The account id.
    account_id: NotRequired[str]
    #: Whether the account may log in.
    enabled: NotRequired[bool]
    #: The account's switches. Only the keys sent change.
    configuration: NotRequired[V2AccountConfiguration]


class V2AccountInfo(TypedDict):
    """One account and its switches."""

    #: The account id.
    account_id: NotRequired[str]
    #: The account's login token, where the call returns it.
    token: NotRequired[str]
    #: The account's switches. Only the keys sent change.
    configuration: NotRequired[V2AccountConfiguration]
    #: The account's profile card (user information).
    user_information: NotRequired[V2UserInformation]


class V2AccountKickAccountData(TypedDict):
    #: The devices logged out.
    success_list: NotRequired[list[V2KickedDevice]]
    #: The devices that could not be logged out.
    failed_list: NotRequired[list[V2FailedDevice]]


class V2AccountRefreshTokenData(TypedDict):
    #: The account id.
    account_id: NotRequired[str]
    #: The new login token.
    token: NotRequired[str]
    #: The account's switches. Only the keys sent change.
    configuration: NotRequired[V2AccountConfiguration]


class V2AccountSetPushConfigData(TypedDict):
    #: The account id.
    account_id: NotRequired[str]
    #: The switch as set.
    push_enabled_when_desktop_online: NotRequired[bool]
    #: The account's switches. Only the keys sent change.
    configuration: NotRequired[V2AccountConfiguration]


class V2AntispamBusinessId(TypedDict):
    """The content-moderation business to use for one kind of content."""

    #: The kind of content: 1 text, 2 image (as the docs number them).
    type: NotRequired[int]
    #: The moderation business id configured in the console.
    business_id: NotRequired[str]


class V2AntispamConfiguration(TypedDict):
    """Content moderation (反垃圾) of the profile or room data this call writes."""

    #: Check the content with the moderation service.
    enabled: NotRequired[bool]
    #: The moderation business per kind of content; the app's default when left out.
    business_id_map: NotRequired[list[V2AntispamBusinessId]]


class V2ChatroomMemberAddVirtualMembersData(TypedDict):
    #: The accounts added as virtual members.
    success_list: NotRequired[list[str]]
    #: The accounts that could not be added.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2ChatroomMemberBatchQueryChatroomMembersData(TypedDict):
    #: The members found.
    success_list: NotRequired[list[V2RoomMemberInfo]]
    #: The accounts that could not be looked up.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2ChatroomMemberClearVirtualMembersData(TypedDict):
    #: The number of virtual members removed.
    count: NotRequired[int]


class V2ChatroomMemberDeleteVirtualMembersData(TypedDict):
    #: The virtual members removed.
    success_list: NotRequired[list[str]]
    #: The accounts that could not be removed.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2ChatroomMemberListTaggedMembersData(TypedDict):
    #: The offset to send for the next page.
    offset: NotRequired[int]
    #: More members follow.
    has_more: NotRequired[bool]
    #: The members on this page.
    items: NotRequired[list[V2RoomMemberInfo]]


class V2ChatroomMemberQueryChatBannedData(TypedDict):
    #: The muted members.
    items: NotRequired[list[V2RoomMemberMuted]]


class V2ChatroomMemberQueryChatroomBlacklistData(TypedDict):
    #: The members on the blacklist.
    items: NotRequired[list[V2RoomMemberBlocked]]


class V2ChatroomMemberQueryTaggedMembersCountData(TypedDict):
    #: The tag counted.
    tag: NotRequired[str]
    #: How many members with the tag are in the room now.
    online_user_count: NotRequired[int]


class V2ChatroomMemberQueryVirtualMembersData(TypedDict):
    #: The room's virtual members.
    items: NotRequired[list[V2RoomMemberVirtual]]


class V2ChatroomMemberToggleTaggedMembersChatBanData(TypedDict):
    #: The length of the mute in seconds; 0 after lifting it.
    mute_duration: NotRequired[int]


class V2ChatroomMemberToggleTempChatBanData(TypedDict):
    #: The length of the mute in seconds; 0 after lifting it.
    mute_duration: NotRequired[int]


class V2FailedAccount(TypedDict):
    """An account a batch call could not handle, and why."""

    #: The account.
    account_id: NotRequired[str]
    #: The status code for this account (see the status-code table).
    error_code: NotRequired[int]
    #: The error text for this account.
    error_msg: NotRequired[str]


class V2FailedDevice(TypedDict):
    """A device that could not be logged out, and why."""

    #: The device id.
    device_id: NotRequired[str]
    #: The status code for this device.
    error_code: NotRequired[int]
    #: The error text for this device.
    error_msg: NotRequired[str]


class V2KickedDevice(TypedDict):
    """A device that was logged out."""

    #: The device id.
    device_id: NotRequired[str]
    #: The client type: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    client_type: NotRequired[int]
    #: The id of the connection that was closed.
    consid: NotRequired[str]
    #: When the device logged in, in epoch milliseconds.
    login_time: NotRequired[int]


class V2RoomMemberBlocked(TypedDict):
    """A member on the room's blacklist."""

    #: The member's account id.
    account_id: NotRequired[str]
    #: The member's nickname in the room.
    room_nick: NotRequired[str]
    #: The member's avatar URL in the room.
    room_avatar: NotRequired[str]
    #: The member's app-defined extension.
    extension: NotRequired[str]
    #: When the member was put on the blacklist, in epoch milliseconds.
    block_time: NotRequired[int]


class V2RoomMemberInfo(TypedDict):
    """A member of a chat room with its room profile and its ban, mute and online state.
    Which keys come back depends on the call; keys the server does not fill are left
    out."""

    #: The member's account id.
    account_id: NotRequired[str]
    #: The chat room id.
    room_id: NotRequired[int]
    #: The member's nickname in the room.
    room_nick: NotRequired[str]
    #: The member's avatar URL in the room.
    room_avatar: NotRequired[str]
    #: App-defined extension of the member in the room.
    extension: NotRequired[str]
    #: The member's role in the room: 0 normal (fixed) member, 1 creator, 2 manager, 3 guest, 4 anonymous guest.
    member_role: NotRequired[int]
    #: The member's app-defined level (0 or more).
    member_level: NotRequired[int]
    #: The member is in the room now.
    is_online: NotRequired[bool]
    #: When the member entered the room, in epoch milliseconds.
    enter_time: NotRequired[int]
    #: The member is on the room's blacklist.
    blocked: NotRequired[bool]
    #: The member is muted in the room with no end time.
    chat_banned: NotRequired[bool]
    #: The member is muted for a while.
    temp_chat_banned: NotRequired[bool]
    #: How long the temporary mute still lasts, in seconds.
    temp_chat_banned_time: NotRequired[int]
    #: The member's tags as JSON array text, such as `["vip"]`.
    tags: NotRequired[str]
    #: The tag expression that chose who was told about the member's arrival.
    notify_target_tags: NotRequired[str]
    #: The connections through which the member is in the room.
    online_info_list: NotRequired[list[V2RoomMemberOnlineDevice]]
    #: How many connections the member has in the room.
    online_count: NotRequired[int]


class V2RoomMemberMuted(TypedDict):
    """A member who may not speak in the room."""

    #: The member's account id.
    account_id: NotRequired[str]
    #: The member's nickname in the room.
    room_nick: NotRequired[str]
    #: The member's avatar URL in the room.
    room_avatar: NotRequired[str]
    #: Muted with no end time.
    chat_banned: NotRequired[bool]
    #: Muted for a while.
    temp_chat_banned: NotRequired[bool]
    #: How long the temporary mute still lasts, in seconds.
    temp_chat_banned_time: NotRequired[int]


class V2RoomMemberOnlineDevice(TypedDict):
    """One connection through which the member is in the room."""

    #: The connection belongs to a virtual member added by the server API.
    robot: NotRequired[bool]
    #: The nickname shown in the room on this connection.
    room_nick: NotRequired[str]
    #: The avatar URL shown in the room on this connection.
    room_avatar: NotRequired[str]
    #: When this connection entered the room, in epoch milliseconds.
    enter_time: NotRequired[int]
    #: The client type: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    client_type: NotRequired[int]


class V2RoomMemberVirtual(TypedDict):
    """A virtual member of the room."""

    #: The virtual member's account id.
    account_id: NotRequired[str]
    #: Its nickname in the room.
    room_nick: NotRequired[str]
    #: Its avatar URL in the room.
    room_avatar: NotRequired[str]
    #: Its app-defined extension.
    extension: NotRequired[str]
    #: When it was put into the room, in epoch milliseconds.
    enter_time: NotRequired[int]


class V2RoomMemberVirtualNew(TypedDict):
    """A virtual member to put into the room."""

    #: An existing IM account that becomes the virtual member.
    account_id: str
    #: The nickname the virtual member shows in the room.
    room_nick: NotRequired[str]
    #: The avatar URL the virtual member shows in the room.
    room_avatar: NotRequired[str]
    #: App-defined extension of the virtual member; JSON text is recommended.
    extension: NotRequired[str]


class V2UserInformation(TypedDict):
    """The account's profile card (user information)."""

    #: Display name.
    name: NotRequired[str]
    #: Avatar URL.
    avatar: NotRequired[str]
    #: Signature line.
    sign: NotRequired[str]
    #: Email address; checked according to `email_validation_mode`.
    email: NotRequired[str]
    #: Birthday as text, such as `1990-01-01`.
    birthday: NotRequired[str]
    #: Mobile number, with a `+86-` style country prefix outside mainland China.
    mobile: NotRequired[str]
    #: 0 unknown, 1 male, 2 female.
    gender: NotRequired[Literal[0, 1, 2]]
    #: App-defined extension, JSON text recommended.
    extension: NotRequired[str]
    #: How `email` is checked when written: 0 by the default rules, 1 not at all, 2 by the stricter rules (as the v2 docs number them).
    email_validation_mode: NotRequired[Literal[0, 1, 2]]


class VideoBody(TypedDict):
    """Body of a video message (type 3)."""

    #: Duration in milliseconds.
    dur: NotRequired[int]
    #: Hex MD5 of the video file.
    md5: NotRequired[str]
    #: Download URL of the video file.
    url: str
    #: Width in pixels.
    w: NotRequired[int]
    #: Height in pixels.
    h: NotRequired[int]
    #: File extension, such as `mp4`.
    ext: NotRequired[str]
    #: File size in bytes.
    size: NotRequired[int]
