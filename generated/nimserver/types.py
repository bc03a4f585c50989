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
    "ChatroomHistoryMessageText",
    "ChatroomHistoryMessageImage",
    "ChatroomHistoryMessageAudio",
    "ChatroomHistoryMessageVideo",
    "ChatroomHistoryMessageLocation",
    "ChatroomHistoryMessageFile",
    "ChatroomHistoryMessageTip",
    "ChatroomHistoryMessageOther",
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
    "CopyChatroomMessagePayloadText",
    "CopyChatroomMessagePayloadPicture",
    "CopyChatroomMessagePayloadAudio",
    "CopyChatroomMessagePayloadVideo",
    "CopyChatroomMessagePayloadLocation",
    "CopyChatroomMessagePayloadFile",
    "CopyChatroomMessagePayloadOther",
    "CopyChatroomMessagePayload",
    "CopyConversationMessagePayloadText",
    "CopyConversationMessagePayloadPicture",
    "CopyConversationMessagePayloadAudio",
    "CopyConversationMessagePayloadVideo",
    "CopyConversationMessagePayloadLocation",
    "CopyConversationMessagePayloadFile",
    "CopyConversationMessagePayloadOther",
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
    "HistoryMessageText",
    "HistoryMessageImage",
    "HistoryMessageAudio",
    "HistoryMessageVideo",
    "HistoryMessageLocation",
    "HistoryMessageFile",
    "HistoryMessageTip",
    "HistoryMessageOther",
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
    "V2AiChatAssistData",
    "V2AiChatAssistDataItemsItem",
    "V2AiChatAssistHistoryItem",
    "V2AntispamBusinessId",
    "V2AntispamConfig",
    "V2AntispamConfiguration",
    "V2BlockListBlockContactsData",
    "V2BroadcastChatroomMessage",
    "V2BroadcastChatroomMessageConfig",
    "V2BroadcastNotification",
    "V2BroadcastQueryBroadcastNotificationListData",
    "V2BroadcastSendChatroomBroadcastNotificationData",
    "V2ChatroomAiParams",
    "V2ChatroomDelayInfo",
    "V2ChatroomGetChatroomAddressData",
    "V2ChatroomInfo",
    "V2ChatroomGetChatroomInfoData",
    "V2ChatroomListFixedMembersData",
    "V2ChatroomListOnlineMembersData",
    "V2ChatroomMemberAddVirtualMembersData",
    "V2ChatroomMemberBatchQueryChatroomMembersData",
    "V2ChatroomMemberClearVirtualMembersData",
    "V2ChatroomMemberDeleteVirtualMembersData",
    "V2ChatroomMemberInfo",
    "V2ChatroomMemberListTaggedMembersData",
    "V2ChatroomMemberQueryChatBannedData",
    "V2ChatroomMemberQueryChatroomBlacklistData",
    "V2ChatroomMemberQueryTaggedMembersCountData",
    "V2ChatroomMemberQueryVirtualMembersData",
    "V2ChatroomMemberToggleTaggedMembersChatBanData",
    "V2ChatroomMemberToggleTempChatBanData",
    "V2ChatroomMessageBatchSendChatroomMessagesData",
    "V2ChatroomMessageBatchSendChatroomMessagesDataFailedListItem",
    "V2ChatroomMessageBatchSendChatroomMessagesDataFailedListItemFailedMessagesItem",
    "V2ChatroomMessageBody",
    "V2ChatroomMessageConfig",
    "V2ChatroomMessageItem",
    "V2ChatroomMessageQueryChatroomHistoryMessagesData",
    "V2ChatroomMessageSendChatroomMessageData",
    "V2ChatroomOnlineInfo",
    "V2ChatroomQueryOpenChatroomsData",
    "V2ChatroomQueueDeleteChatroomQueueData",
    "V2ChatroomQueueElement",
    "V2ChatroomQueueElementInfo",
    "V2ChatroomQueueFailedElement",
    "V2ChatroomQueueNotificationConfig",
    "V2ChatroomQueuePollChatroomQueueElementData",
    "V2ChatroomQueueQueryChatroomQueueElementsData",
    "V2ChatroomQueueUpdateChatroomQueueData",
    "V2ChatroomSentMessage",
    "V2ConversationBatchDeleteConversationsData",
    "V2ConversationBatchGetConversationsData",
    "V2ConversationGroup",
    "V2ConversationGroupBatchGetConversationGroupsData",
    "V2ConversationGroupChanges",
    "V2ConversationGroupCreateConversationGroupData",
    "V2ConversationGroupFailItem",
    "V2ConversationGroupListAllConversationGroupsData",
    "V2ConversationGroupUpdateConversationGroupData",
    "V2ConversationInfo",
    "V2ConversationLastMessage",
    "V2ConversationListConversationsData",
    "V2ConversationRevokeNotification",
    "V2ConversationStickTopConversationData",
    "V2ConversationUnreadGetConversationOverviewData",
    "V2CustomNotificationConfig",
    "V2FailedAccount",
    "V2FailedConversation",
    "V2FailedConversationGroup",
    "V2FailedDevice",
    "V2FailedTeam",
    "V2FriendInfo",
    "V2FriendListFriendsData",
    "V2FriendListItem",
    "V2JoinedTeamInfo",
    "V2JoinedTeamMemberInfo",
    "V2KickedDevice",
    "V2MessageAddQuickCommentData",
    "V2MessageAiParams",
    "V2MessageBatchQueryMessagesData",
    "V2MessageBatchQueryQuickCommentsData",
    "V2MessageBatchSendP2pMessageData",
    "V2MessageBatchSendP2pMessageDataFailedListItem",
    "V2MessageBody",
    "V2MessageConfig",
    "V2MessageDeleteQuickCommentData",
    "V2MessageFailedLookup",
    "V2MessageItem",
    "V2MessageModification",
    "V2MessageModifyMessageData",
    "V2MessageModifyMessageMessageConfig",
    "V2MessageP2pOption",
    "V2MessageQueryMessagesByPageData",
    "V2MessageQueryTeamReadReceiptData",
    "V2MessageQueryThreadMessagesData",
    "V2MessageQuickComment",
    "V2MessageQuickCommentFailure",
    "V2MessageQuickCommentList",
    "V2MessageQuickCommentTarget",
    "V2MessageRagInfo",
    "V2MessageRef",
    "V2MessageRobotConfig",
    "V2MessageSearchMessagesData",
    "V2MessageSendP2pReadReceiptData",
    "V2MessageSendTeamReadReceiptData",
    "V2MessageSent",
    "V2MessageStream",
    "V2MessageStreamAttachment",
    "V2MessageStreamMessageData",
    "V2MessageStreamMessageMessageConfig",
    "V2MessageSuperTeamOption",
    "V2MessageTargetOption",
    "V2MessageTeamOption",
    "V2MessageThreadConfig",
    "V2MessageThreadInfo",
    "V2MessageThreadRef",
    "V2MuteListMuteContactsData",
    "V2OnlineTeamMember",
    "V2OnlineTeamMemberOnlineStatusItem",
    "V2PushContent",
    "V2PushConfig",
    "V2RoomMemberBlocked",
    "V2RoomMemberInfo",
    "V2RoomMemberMuted",
    "V2RoomMemberOnlineDevice",
    "V2RoomMemberVirtual",
    "V2RoomMemberVirtualNew",
    "V2RouteConfig",
    "V2SignalPushConfig",
    "V2SignalRoomInfo",
    "V2SignalRoomMember",
    "V2SignalRouteConfig",
    "V2SubscriptionDetail",
    "V2SubscriptionQueryUserStatusSubscriptionData",
    "V2SubscriptionSubscribeUserStatusData",
    "V2SubscriptionUnsubscribeUserStatusData",
    "V2SystemNotificationSendBatchCustomNotificationData",
    "V2SystemPushListPushNotificationsData",
    "V2SystemPushNotification",
    "V2SystemPushSendPushNotificationPushConfig",
    "V2TeamBatchQueryTeamInfoData",
    "V2TeamBatchQueryTeamOnlineMembersCountData",
    "V2TeamConfiguration",
    "V2TeamConfigurationWithMute",
    "V2TeamCreateTeamData",
    "V2TeamGetTeamInfoData",
    "V2TeamInfo",
    "V2TeamListOnlineTeamMembersData",
    "V2TeamListTeamMembersData",
    "V2TeamMember",
    "V2TeamMemberBatchMuteTeamMembersData",
    "V2TeamMemberInviteTeamMembersData",
    "V2TeamMemberKickTeamMembersData",
    "V2TeamMemberQueryJoinedTeamsData",
    "V2TeamMemberUpdateTeamMemberData",
    "V2TeamOnlineCount",
    "V2TeamUpdateTeamData",
    "V2ToolAsrData",
    "V2ToolTranslateTextData",
    "V2ToolTranslateTextTranslatorConfig",
    "V2UserCard",
    "V2UserClientStatus",
    "V2UserInformation",
    "V2UserOnlineStatus",
    "V2UsersBatchGetUsersData",
    "V2UsersGetUsersOnlineStatusData",
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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

    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The chat room message as the server accepted it. The documented sample sends the numeric fields as decimal text; the official SDKs read them as numbers, so both are allowed.
    desc: ChatroomMessageEcho


class ChatroomCleanRobotDesc(TypedDict):
    """The result."""

    #: Number of robots removed.
    size: NotRequired[int]


class ChatroomCleanRobotResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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


ChatroomHistoryMessageText = TypedDict(
    "ChatroomHistoryMessageText",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[0]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | TextBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 0."""


ChatroomHistoryMessageImage = TypedDict(
    "ChatroomHistoryMessageImage",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[1]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | ImageBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 1."""


ChatroomHistoryMessageAudio = TypedDict(
    "ChatroomHistoryMessageAudio",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[2]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | AudioBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 2."""


ChatroomHistoryMessageVideo = TypedDict(
    "ChatroomHistoryMessageVideo",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[3]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | VideoBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 3."""


ChatroomHistoryMessageLocation = TypedDict(
    "ChatroomHistoryMessageLocation",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[4]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | LocationBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 4."""


ChatroomHistoryMessageFile = TypedDict(
    "ChatroomHistoryMessageFile",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[6]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | FileBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 6."""


ChatroomHistoryMessageTip = TypedDict(
    "ChatroomHistoryMessageTip",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[10]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | TipsBody]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape when `type` is 10."""


ChatroomHistoryMessageOther = TypedDict(
    "ChatroomHistoryMessageOther",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[str | int]",
        "sendtime": "NotRequired[int]",
        "type": "NotRequired[Literal[100]]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | dict[str, Any]]",
    },
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

The shape of the other values of `type`."""


ChatroomHistoryMessage = (
    ChatroomHistoryMessageText
    | ChatroomHistoryMessageImage
    | ChatroomHistoryMessageAudio
    | ChatroomHistoryMessageVideo
    | ChatroomHistoryMessageLocation
    | ChatroomHistoryMessageFile
    | ChatroomHistoryMessageTip
    | ChatroomHistoryMessageOther
)
"""One stored chat room message, as returned by the chat room history queries. Only the
commonly present keys are listed; others may appear.

One TypedDict per value of `type`: compare it to narrow the others."""


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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The result.
    desc: ChatroomMuteRoomDesc


class ChatroomQueryMembersByRoleResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: A list of chat room members.
    desc: ChatroomMemberList


class ChatroomQueryUserRoomIdsDesc(TypedDict):
    """The result."""

    #: Ids of the open rooms, as decimal strings.
    roomids: list[str]


class ChatroomQueryUserRoomIdsResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: Result details.
    desc: ChatroomQueueBatchUpdateElementsDesc


class ChatroomQueueDropDesc(TypedDict):
    """Details of the notification that was sent."""

    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueueDropResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: Details of the notification that was sent.
    desc: ChatroomQueueDropDesc


class ChatroomQueueInitResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: Empty on success.
    desc: NotRequired[dict[str, Any]]


class ChatroomQueueListDesc(TypedDict):
    """The queue contents."""

    #: The elements, head first.
    list: NotRequired[list[QueueListEntry]]


class ChatroomQueueListResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The queue contents.
    desc: ChatroomQueueListDesc


class ChatroomQueueMultiGetDesc(TypedDict):
    """The elements read."""

    #: The elements found.
    list: NotRequired[list[QueueListEntry]]


class ChatroomQueueMultiGetResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The elements read.
    desc: ChatroomQueueMultiGetDesc


class ChatroomQueueOfferDesc(TypedDict):
    """Details of the notification that was sent."""

    #: Whether the resulting room notification was sent with high priority.
    highPriority: NotRequired[bool]


class ChatroomQueueOfferResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The outcome per account.
    desc: ChatroomRemoveRobotDesc


class ChatroomRequestAddrResponse(Envelope):
    #: Addresses (host:port) the client may connect to.
    addr: list[str]


class ChatroomSendMsgResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The chat room message as the server accepted it. The documented sample sends the numeric fields as decimal text; the official SDKs read them as numbers, so both are allowed.
    desc: ChatroomMessageEcho


class ChatroomSendMsgToSomeoneResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: A list of chat room members.
    desc: ChatroomMemberList


class ChatroomTagTemporaryMuteDesc(TypedDict):
    """The result."""

    #: Mute length in seconds; when the mute is lifted, the time that was left on the previous one.
    muteDuration: NotRequired[int]


class ChatroomTagTemporaryMuteResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
    code: int
    #: The result.
    desc: ChatroomTemporaryMuteDesc


class ChatroomToggleCloseStatResponse(TypedDict):
    #: Outcome of the call; 200 means success, any other value is a business error (see the status codes).
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


class CopyChatroomMessagePayloadText(TypedDict):
    """The shape when `msgType` is 'TEXT'."""

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
    msgType: Literal["TEXT"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyChatroomMessagePayloadPicture(TypedDict):
    """The shape when `msgType` is 'PICTURE'."""

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
    msgType: Literal["PICTURE"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyChatroomMessagePayloadAudio(TypedDict):
    """The shape when `msgType` is 'AUDIO'."""

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
    msgType: Literal["AUDIO"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyChatroomMessagePayloadVideo(TypedDict):
    """The shape when `msgType` is 'VIDEO'."""

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
    msgType: Literal["VIDEO"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyChatroomMessagePayloadLocation(TypedDict):
    """The shape when `msgType` is 'LOCATION'."""

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
    msgType: Literal["LOCATION"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyChatroomMessagePayloadFile(TypedDict):
    """The shape when `msgType` is 'FILE'."""

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
    msgType: Literal["FILE"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyChatroomMessagePayloadOther(TypedDict):
    """The shape of the other values of `msgType`."""

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
        "NOTIFICATION",
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


CopyChatroomMessagePayload = (
    CopyChatroomMessagePayloadText
    | CopyChatroomMessagePayloadPicture
    | CopyChatroomMessagePayloadAudio
    | CopyChatroomMessagePayloadVideo
    | CopyChatroomMessagePayloadLocation
    | CopyChatroomMessagePayloadFile
    | CopyChatroomMessagePayloadOther
)


class CopyConversationMessagePayloadText(TypedDict):
    """The shape when `msgType` is 'TEXT'."""

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
    msgType: Literal["TEXT"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: str
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


class CopyConversationMessagePayloadPicture(TypedDict):
    """The shape when `msgType` is 'PICTURE'."""

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
    msgType: Literal["PICTURE"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyConversationMessagePayloadAudio(TypedDict):
    """The shape when `msgType` is 'AUDIO'."""

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
    msgType: Literal["AUDIO"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyConversationMessagePayloadVideo(TypedDict):
    """The shape when `msgType` is 'VIDEO'."""

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
    msgType: Literal["VIDEO"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyConversationMessagePayloadLocation(TypedDict):
    """The shape when `msgType` is 'LOCATION'."""

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
    msgType: Literal["LOCATION"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyConversationMessagePayloadFile(TypedDict):
    """The shape when `msgType` is 'FILE'."""

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
    msgType: Literal["FILE"]
    #: The message content as text: the text itself for a text message, the app's own payload for a custom notification. Chat room copies carry no `body`; their content is in `attach`.
    body: NotRequired[str]
    #: The attachment as JSON text (image, audio, video, file or location details, the custom payload of a custom message, or the details of a team notification or call record).
    attach: str
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


class CopyConversationMessagePayloadOther(TypedDict):
    """The shape of the other values of `msgType`."""

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
        "NOTIFICATION",
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


CopyConversationMessagePayload = (
    CopyConversationMessagePayloadText
    | CopyConversationMessagePayloadPicture
    | CopyConversationMessagePayloadAudio
    | CopyConversationMessagePayloadVideo
    | CopyConversationMessagePayloadLocation
    | CopyConversationMessagePayloadFile
    | CopyConversationMessagePayloadOther
)


class CopyLoginPayload(TypedDict):
    #: Account id that logged in or out.
    accid: NotRequired[str]
    #: IP address of the client; can be empty.
    clientIp: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    clientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Result code of the login as decimal text; `200` is a successful login.
    code: NotRequired[str]
    #: Version number of the client SDK, as text.
    sdkVersion: NotRequired[str]
    #: The custom login tag the client set; absent when it set none.
    customTag: NotRequired[str]
    #: Device id of the client.
    deviceId: NotRequired[str]
    #: Time of the event in epoch milliseconds, as decimal text.
    timestamp: NotRequired[str]
    #: Always `2` for this copy.
    eventType: Literal["2"]


class CopyLogoutPayload(TypedDict):
    #: Account id that logged in or out.
    accid: NotRequired[str]
    #: IP address of the client; can be empty.
    clientIp: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    clientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Result code of the login as decimal text; `200` is a successful login.
    code: NotRequired[str]
    #: Version number of the client SDK, as text.
    sdkVersion: NotRequired[str]
    #: The custom login tag the client set; absent when it set none.
    customTag: NotRequired[str]
    #: Device id of the client.
    deviceId: NotRequired[str]
    #: Time of the event in epoch milliseconds, as decimal text.
    timestamp: NotRequired[str]
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


HistoryMessageText = TypedDict(
    "HistoryMessageText",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[0]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | TextBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 0."""


HistoryMessageImage = TypedDict(
    "HistoryMessageImage",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[1]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | ImageBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 1."""


HistoryMessageAudio = TypedDict(
    "HistoryMessageAudio",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[2]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | AudioBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 2."""


HistoryMessageVideo = TypedDict(
    "HistoryMessageVideo",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[3]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | VideoBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 3."""


HistoryMessageLocation = TypedDict(
    "HistoryMessageLocation",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[4]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | LocationBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 4."""


HistoryMessageFile = TypedDict(
    "HistoryMessageFile",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[6]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | FileBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 6."""


HistoryMessageTip = TypedDict(
    "HistoryMessageTip",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "Literal[10]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | TipsBody]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape when `type` is 10."""


HistoryMessageOther = TypedDict(
    "HistoryMessageOther",
    {
        "from": "NotRequired[str]",
        "msgid": "NotRequired[int]",
        "msgidclient": "NotRequired[str]",
        "sendtime": "NotRequired[int]",
        "type": "NotRequired[Literal[100]]",
        "fromclienttype": "NotRequired[int]",
        "body": "NotRequired[str | dict[str, Any]]",
    },
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

The shape of the other values of `type`."""


HistoryMessage = (
    HistoryMessageText
    | HistoryMessageImage
    | HistoryMessageAudio
    | HistoryMessageVideo
    | HistoryMessageLocation
    | HistoryMessageFile
    | HistoryMessageTip
    | HistoryMessageOther
)
"""One stored message of a one-to-one or team conversation, as returned by the history
queries. Only the commonly present keys are listed; others may appear.

One TypedDict per value of `type`: compare it to narrow the others."""


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
    eventType: NotRequired[str]
    #: Account id that logged in or out.
    accid: NotRequired[str]
    #: IP address of the client; can be empty.
    clientIp: NotRequired[str]
    #: Kind of client that acted: `AOS` Android, `IOS` iOS, `PC` Windows desktop, `WINPHONE` Windows Phone, `WEB` web browser, `REST` the server API, `MAC` macOS desktop, `HARMONY` HarmonyOS. Treat an unknown value as a newer client kind rather than as an error.
    clientType: NotRequired[
        Literal["AOS", "IOS", "PC", "WINPHONE", "WEB", "REST", "MAC", "HARMONY"]
    ]
    #: Result code of the login as decimal text; `200` is a successful login.
    code: NotRequired[str]
    #: Version number of the client SDK, as text.
    sdkVersion: NotRequired[str]
    #: The custom login tag the client set; absent when it set none.
    customTag: NotRequired[str]
    #: Device id of the client.
    deviceId: NotRequired[str]
    #: Time of the event in epoch milliseconds, as decimal text.
    timestamp: NotRequired[str]


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
    msg: NotRequired[str]


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


class V2AiChatAssistData(TypedDict):
    #: The suggested replies.
    items: NotRequired[list[V2AiChatAssistDataItemsItem]]


class V2AiChatAssistDataItemsItem(TypedDict):
    """One suggestion."""

    #: The style asked for.
    style: NotRequired[str]
    #: The style's display name.
    style_name: NotRequired[str]
    #: The suggested reply.
    answer: NotRequired[str]


class V2AiChatAssistHistoryItem(TypedDict):
    """One earlier message."""

    #: Who sent it.
    sender_id: str
    #: Its text.
    text: str


class V2AntispamBusinessId(TypedDict):
    """The content-moderation business to use for one kind of content."""

    #: The kind of content: 1 text, 2 image (as the docs number them).
    type: NotRequired[int]
    #: The moderation business id configured in the console.
    business_id: NotRequired[str]


class V2AntispamConfig(TypedDict):
    """Content moderation (反垃圾) of the message this call sends."""

    #: Check the message with the moderation service configured for the app.
    antispam_enabled: NotRequired[bool]
    #: The moderation business id to use instead of the app's default.
    antispam_business_id: NotRequired[str]
    #: Extra data passed to the moderation service, as JSON text.
    antispam_extension: NotRequired[str]
    #: Anti-cheating data passed to the moderation service, as JSON text.
    antispam_cheating: NotRequired[str]
    #: Have the moderation service check `antispam_custom_message` instead of the message body.
    antispam_custom_message_enabled: NotRequired[bool]
    #: The text the moderation service checks when `antispam_custom_message_enabled` is true.
    antispam_custom_message: NotRequired[str]


class V2AntispamConfiguration(TypedDict):
    """Content moderation (反垃圾) of the profile or room data this call writes."""

    #: Check the content with the moderation service.
    enabled: NotRequired[bool]
    #: The moderation business per kind of content; the app's default when left out.
    business_id_map: NotRequired[list[V2AntispamBusinessId]]


class V2BlockListBlockContactsData(TypedDict):
    #: More contacts follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The blocked account ids on this page.
    items: NotRequired[list[str]]


class V2BroadcastChatroomMessage(TypedDict):
    """The message broadcast to every chat room of the app."""

    #: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
    message_type: Literal[0, 1, 2, 3, 4, 6, 10, 100]
    #: An app-defined subtype of the message.
    sub_type: NotRequired[int]
    #: The text of a text or tip message; an optional description for other types.
    text: NotRequired[str]
    #: The attachment, whose keys depend on `message_type` (file URL and size, location, or any JSON object for a custom message).
    attachment: NotRequired[dict[str, Any]]


class V2BroadcastChatroomMessageConfig(TypedDict):
    """How chat rooms treat the broadcast message."""

    #: Deliver as a high-priority message, which the server drops last under load.
    high_priority: NotRequired[bool]
    #: A tag expression choosing which room members receive it; everyone when left out.
    notify_target_tags: NotRequired[str]


class V2BroadcastNotification(TypedDict):
    """An app-wide broadcast (广播消息) as the server keeps it."""

    #: The broadcast's id.
    broadcast_id: NotRequired[int]
    #: The account shown as the sender, when one was given.
    from_account_id: NotRequired[str]
    #: The broadcast text.
    content: NotRequired[str]
    #: Whether the broadcast is kept for users who are offline.
    offline_enabled: NotRequired[bool]
    #: The client platforms it reaches (`ios`, `aos`, `pc`, `web`, `mac`); all when empty.
    target_os: NotRequired[list[str]]
    #: When it was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When an offline broadcast stops being delivered, in epoch milliseconds.
    expire_time: NotRequired[int]


class V2BroadcastQueryBroadcastNotificationListData(TypedDict):
    #: The broadcasts of this page.
    items: NotRequired[list[V2BroadcastNotification]]
    #: Whether more pages follow.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]


class V2BroadcastSendChatroomBroadcastNotificationData(TypedDict):
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The broadcast id sent.
    client_broadcast_id: NotRequired[str]
    #: The sending account.
    sender_id: NotRequired[str]
    #: The sender's nickname shown in the rooms.
    from_nick: NotRequired[str]
    #: The sender's avatar URL shown in the rooms.
    from_avatar: NotRequired[str]
    #: The message type.
    message_type: NotRequired[int]
    #: The text of the message.
    text: NotRequired[str]
    #: The attachment, shaped by `message_type`.
    attachment: NotRequired[dict[str, Any]]
    #: The sender's client type (32 REST API).
    sender_client_type: NotRequired[int]
    #: Whether it was sent as a high-priority message.
    high_priority: NotRequired[bool]
    #: The app-defined subtype.
    sub_type: NotRequired[int]


class V2ChatroomAiParams(TypedDict):
    """Have an AI digital person (数字人) answer this message in the room. The JSON-text
    fields are passed to the configured model as they are."""

    #: The account of the AI digital person that answers.
    account: NotRequired[str]
    #: The request content for the model, as JSON text.
    content: NotRequired[str]
    #: The context messages for the model, as JSON text.
    messages: NotRequired[str]
    #: Values for the variables of the model's prompt template, as JSON text.
    prompt_variables: NotRequired[str]
    #: Model settings that override the configured ones, as JSON text.
    config: NotRequired[str]
    #: Deliver the original message to the room as well.
    send_original: NotRequired[bool]


class V2ChatroomDelayInfo(TypedDict):
    """The room's scheduled closing (自动关闭) state."""

    #: Whether scheduled closing is switched on.
    delay_close_enable: NotRequired[bool]
    #: The closing mode: 0 off, 1 close a fixed time after it was set, 2 close once the room has stayed empty that long.
    delay_close_policy: NotRequired[int]
    #: The delay of the scheduled closing, in seconds.
    delay_seconds: NotRequired[int]
    #: The state of the scheduled closing as the server reports it.
    status: NotRequired[int]
    #: When the scheduled closing started counting, in epoch milliseconds.
    start_time: NotRequired[int]


class V2ChatroomGetChatroomAddressData(TypedDict):
    #: Addresses (host:port) the client may connect to.
    items: NotRequired[list[str]]


class V2ChatroomInfo(TypedDict):
    """A chat room's settings and state."""

    #: The chat room id.
    room_id: NotRequired[int]
    #: `true` while the room is open, `false` once it is closed.
    valid: NotRequired[bool]
    #: The account that created and owns the room.
    creator: NotRequired[str]
    #: The room name.
    room_name: NotRequired[str]
    #: The room announcement.
    announcement: NotRequired[str]
    #: The live-stream URL tied to the room.
    live_url: NotRequired[str]
    #: The app-defined room extension.
    extension: NotRequired[str]
    #: Whether the whole room is muted.
    chat_banned: NotRequired[bool]
    #: Who may change the room queue: 0 every member, 1 only the creator and managers.
    queue_level: NotRequired[int]
    #: The room's scheduled closing (自动关闭) state.
    delay_info: NotRequired[V2ChatroomDelayInfo]


class V2ChatroomGetChatroomInfoData(V2ChatroomInfo):
    #: 1 when members entering and leaving are announced, 0 when not.
    in_out_notification: NotRequired[int]
    #: Whether messages of the room are also delivered over the CDN channel.
    cdn_message_enable: NotRequired[bool]
    #: Members online now, with `need_online_user_count`.
    online_user_count: NotRequired[int]
    #: Members online on iOS, with `online_user_count_by_type`.
    ios_online_user_count: NotRequired[int]
    #: Members online on Android, with `online_user_count_by_type`.
    android_online_user_count: NotRequired[int]
    #: Members online on Windows, with `online_user_count_by_type`.
    pc_online_user_count: NotRequired[int]
    #: Members online on the web, with `online_user_count_by_type`.
    web_online_user_count: NotRequired[int]
    #: Members online on macOS, with `online_user_count_by_type`.
    mac_online_user_count: NotRequired[int]
    #: Members online on HarmonyOS, with `online_user_count_by_type`.
    harmony_online_user_count: NotRequired[int]


class V2ChatroomListFixedMembersData(TypedDict):
    #: The fixed members.
    items: NotRequired[list[V2ChatroomMemberInfo]]


class V2ChatroomListOnlineMembersData(TypedDict):
    #: Whether more members follow.
    has_more: NotRequired[bool]
    #: The `offset` to send for the next page.
    offset: NotRequired[int]
    #: The members of this page.
    items: NotRequired[list[V2ChatroomMemberInfo]]


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


class V2ChatroomMemberInfo(TypedDict):
    """A chat room member as a member list returns it."""

    #: The member's account id.
    account_id: NotRequired[str]
    #: The member's nickname in the room.
    room_nick: NotRequired[str]
    #: The member's avatar URL in the room.
    room_avatar: NotRequired[str]
    #: The app-defined extension of the member.
    extension: NotRequired[str]
    #: The member's role in the room: 0 normal (fixed) member, 1 creator, 2 manager, 3 guest, 4 anonymous guest.
    member_role: NotRequired[int]
    #: The member's app-defined level.
    member_level: NotRequired[int]
    #: Whether the member is in the room now.
    is_online: NotRequired[bool]
    #: When the member entered the room, in epoch milliseconds.
    enter_time: NotRequired[int]
    #: Whether the member is on the room's block list.
    blocked: NotRequired[bool]
    #: Whether the member is muted in the room.
    chat_banned: NotRequired[bool]
    #: Whether the member is muted for a limited time.
    temp_chat_banned: NotRequired[bool]
    #: How long the temporary mute still lasts, in seconds.
    temp_chat_banned_time: NotRequired[int]
    #: The member's tags, as JSON text of a list of strings.
    tags: NotRequired[str]
    #: The tag expression that chooses who is notified when this member enters or leaves.
    notify_target_tags: NotRequired[str]
    #: The member's connections to the room (a member may be in it from several devices).
    online_info_list: NotRequired[list[V2ChatroomOnlineInfo]]
    #: The number of the member's connections to the room.
    online_count: NotRequired[int]


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


class V2ChatroomMessageBatchSendChatroomMessagesData(TypedDict):
    #: The messages sent.
    success_list: NotRequired[list[V2ChatroomSentMessage]]
    #: What failed, as groups of failed receivers and failed messages.
    failed_list: NotRequired[
        list[V2ChatroomMessageBatchSendChatroomMessagesDataFailedListItem]
    ]


class V2ChatroomMessageBatchSendChatroomMessagesDataFailedListItem(TypedDict):
    #: Targeted receivers the messages could not reach, and why.
    failed_account_ids: NotRequired[list[V2FailedAccount]]
    #: Messages that could not be sent, and why.
    failed_messages: NotRequired[
        list[
            V2ChatroomMessageBatchSendChatroomMessagesDataFailedListItemFailedMessagesItem
        ]
    ]


class V2ChatroomMessageBatchSendChatroomMessagesDataFailedListItemFailedMessagesItem(
    TypedDict
):
    #: The app's id of the message.
    message_client_id: NotRequired[str]
    #: The status code for this message.
    error_code: NotRequired[int]
    #: The error text for this message.
    error_msg: NotRequired[str]


class V2ChatroomMessageBody(TypedDict):
    """One chat room message to send. A text message carries `text`; every other type
    carries its content in `attachment`."""

    #: The app's own id of the message, unique per sender (a UUID works); a resend (`resend_flag` 1) with the same id is recognised as the same message.
    message_client_id: NotRequired[str]
    #: The message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
    message_type: NotRequired[Literal[0, 1, 2, 3, 4, 6, 10, 100]]
    #: The app-defined subtype of the message.
    sub_type: NotRequired[int]
    #: The text of a text message (type 0), or the text shown for a tip.
    text: NotRequired[str]
    #: The content of a non-text message, as a JSON object whose shape depends on `message_type`: for an image `name`, `md5`, `url`, `ext`, `w`/`width`, `h`/`height` and `size`; for a location `title`, `lng`, `lat`; for a custom message any object the app defines.
    attachment: NotRequired[dict[str, Any]]
    #: The x coordinate of the message in a spatial (virtual-space) room; not for targeted messages.
    location_x: NotRequired[float]
    #: The y coordinate of the message in a spatial room.
    location_y: NotRequired[float]
    #: The z coordinate of the message in a spatial room.
    location_z: NotRequired[float]


class V2ChatroomMessageConfig(TypedDict):
    """How the server treats a chat room message. Targeted messages (with `receiver_ids`)
    do not take these options."""

    #: Send even when the sender is temporarily muted in the room.
    ignore_chat_banned: NotRequired[bool]
    #: Store the message in the room's cloud history; `true` when left out.
    history_enabled: NotRequired[bool]
    #: Deliver the message with high priority. Members receive at most 10 high-priority messages a second; ordinary messages above 20 a second may be dropped.
    high_priority: NotRequired[bool]
    #: With `high_priority`, deliver the message again to members who come back into the room soon after.
    need_high_priority_msg_resend: NotRequired[bool]
    #: The chance, in units of 0.01 %, that the server drops the message instead of delivering it (0 never); thins out low-value traffic in busy rooms.
    abandon_ratio: NotRequired[int]
    #: A tag expression choosing which members receive the message, such as `{"tag":"vip"}`; every member when left out.
    notify_target_tags: NotRequired[str]
    #: The priority of the message on the CDN delivery channel.
    chat_msg_priority: NotRequired[int]
    #: What happens to a high-priority message over the high-priority rate: sent as an ordinary message, or refused with an error.
    forbidden_if_high_priority_msg_freq: NotRequired[int]


class V2ChatroomMessageItem(TypedDict):
    """A message from a chat room's cloud history."""

    #: The app's id of the message.
    message_client_id: NotRequired[str]
    #: The sender's account.
    sender_id: NotRequired[str]
    #: The sender's client type: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    sender_client_type: NotRequired[int]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 5 room notification, 6 file, 10 tip, 11 robot, 100 custom.
    message_type: NotRequired[int]
    #: The app-defined subtype.
    sub_type: NotRequired[int]
    #: The text of a text message.
    text: NotRequired[str]
    #: The content of a non-text message, shaped by its type; a room notification (type 5) carries its notification id and data here.
    attachment: NotRequired[dict[str, Any]]
    #: The extension sent with the message.
    extension: NotRequired[str]


class V2ChatroomMessageQueryChatroomHistoryMessagesData(TypedDict):
    #: Whether more messages follow.
    has_more: NotRequired[bool]
    #: The `page_token` to send for the next page.
    next_token: NotRequired[str]
    #: The messages of this page.
    items: NotRequired[list[V2ChatroomMessageItem]]


class V2ChatroomMessageSendChatroomMessageData(TypedDict):
    #: A chat room message as the server accepted it.
    message: NotRequired[V2ChatroomSentMessage]
    #: The targeted receivers the message could not reach, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2ChatroomOnlineInfo(TypedDict):
    """One connection of a member to the room."""

    #: The nickname used on this connection.
    room_nick: NotRequired[str]
    #: The avatar URL used on this connection.
    room_avatar: NotRequired[str]
    #: When this connection entered the room, in epoch milliseconds.
    enter_time: NotRequired[int]
    #: The client type: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    client_type: NotRequired[int]
    #: Whether the connection belongs to a robot.
    robot: NotRequired[bool]


class V2ChatroomQueryOpenChatroomsData(TypedDict):
    #: The ids of the open rooms, as text.
    items: NotRequired[list[str]]


class V2ChatroomQueueDeleteChatroomQueueData(TypedDict):
    #: The chat room id.
    room_id: NotRequired[int]
    #: The number of elements the queue held before it was cleared.
    queue_size: NotRequired[int]
    #: 1 when the room notification about it went out with high priority.
    high_priority: NotRequired[Literal[0, 1]]


class V2ChatroomQueueElement(TypedDict):
    """An element to add to the queue or to update in it."""

    #: The element's unique key; an existing key is updated, a new one is added at the end of the queue.
    element_key: NotRequired[str]
    #: The element's content.
    element_value: NotRequired[str]
    #: The account that owns the element; the operator when left out.
    element_account_id: NotRequired[str]
    #: Remove the element automatically when its owner leaves the room or loses all its connections to it.
    element_transient: NotRequired[bool]
    #: How the element is written (added and updated, or only updated when the key exists).
    element_add_policy: NotRequired[int]


class V2ChatroomQueueElementInfo(TypedDict):
    """An element of the queue as it is stored."""

    #: The element's key.
    element_key: NotRequired[str]
    #: The element's content.
    element_value: NotRequired[str]
    #: The account that owns the element.
    element_account_id: NotRequired[str]
    #: Whether the element goes away when its owner leaves the room.
    element_transient: NotRequired[bool]
    #: When the element was added, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the element was last changed, in epoch milliseconds.
    update_time: NotRequired[int]


class V2ChatroomQueueFailedElement(TypedDict):
    """An element that could not be written, and why."""

    #: The element's key.
    element_key: NotRequired[str]
    #: The status code for this element.
    error_code: NotRequired[int]
    #: The error text for this element.
    error_msg: NotRequired[str]


class V2ChatroomQueueNotificationConfig(TypedDict):
    """The room notification that tells the members about this queue change. Members
    receive at most 10 high-priority room notifications a second and about 20 ordinary
    ones, beyond which ordinary notifications may be dropped."""

    #: Send the room notification; `true` when left out.
    notification_enabled: NotRequired[bool]
    #: App-defined extension carried by the notification.
    notification_extension: NotRequired[str]
    #: 1 sends the notification with high priority, 0 (the default) as an ordinary one.
    high_priority: NotRequired[Literal[0, 1]]
    #: What happens when the high-priority rate is exceeded: 0 (the default) sends the notification as an ordinary one, 1 fails the call with code 416.
    high_priority_policy: NotRequired[Literal[0, 1]]


class V2ChatroomQueuePollChatroomQueueElementData(TypedDict):
    #: The element's key.
    element_key: NotRequired[str]
    #: The element's content.
    element_value: NotRequired[str]
    #: The account that owned the element.
    element_account_id: NotRequired[str]
    #: Whether the element was to go away when its owner left the room.
    element_transient: NotRequired[bool]


class V2ChatroomQueueQueryChatroomQueueElementsData(TypedDict):
    #: The chat room id.
    room_id: NotRequired[int]
    #: The largest number of elements the queue may hold.
    queue_size_limit: NotRequired[int]
    #: The number of elements in the queue now.
    queue_size: NotRequired[int]
    #: The elements, in queue order.
    element_list: NotRequired[list[V2ChatroomQueueElementInfo]]


class V2ChatroomQueueUpdateChatroomQueueData(TypedDict):
    #: The chat room id.
    room_id: NotRequired[int]
    #: The largest number of elements the queue may hold.
    queue_size_limit: NotRequired[int]
    #: The number of elements in the queue now.
    queue_size: NotRequired[int]
    #: The keys that were added.
    insert_element_list: NotRequired[list[str]]
    #: The keys that were updated.
    update_element_list: NotRequired[list[str]]
    #: The elements that could not be written.
    failed_element_list: NotRequired[list[V2ChatroomQueueFailedElement]]


class V2ChatroomSentMessage(TypedDict):
    """A chat room message as the server accepted it."""

    #: The app's id of the message.
    message_client_id: NotRequired[str]
    #: The chat room id.
    room_id: NotRequired[int]
    #: The sender's account.
    sender_id: NotRequired[str]
    #: The sender's nickname in the room.
    sender_nick: NotRequired[str]
    #: The sender's avatar URL in the room.
    sender_avatar: NotRequired[str]
    #: When the server accepted the message, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The message type (see `message_type` of the request).
    message_type: NotRequired[int]
    #: The app-defined subtype.
    sub_type: NotRequired[int]
    #: The text of a text message.
    text: NotRequired[str]
    #: The content of a non-text message, shaped by its type.
    attachment: NotRequired[dict[str, Any]]
    #: The extension sent with the message.
    extension: NotRequired[str]
    #: Whether the message went out with high priority.
    high_priority: NotRequired[bool]
    #: Whether the message was dropped by `abandon_ratio` and not delivered.
    msg_abandon: NotRequired[bool]


class V2ConversationBatchDeleteConversationsData(TypedDict):
    #: The ids of the conversations deleted.
    success_list: NotRequired[list[str]]
    #: The conversations that could not be deleted.
    failed_list: NotRequired[list[V2FailedConversation]]


class V2ConversationBatchGetConversationsData(TypedDict):
    #: The conversations found.
    success_list: NotRequired[list[V2ConversationInfo]]
    #: The conversations that could not be read.
    failed_list: NotRequired[list[V2FailedConversation]]


class V2ConversationGroup(TypedDict):
    """One conversation group (会话分组) of an account."""

    #: The group id the server gave the group.
    group_id: NotRequired[int]
    #: The account that owns the group.
    account_id: NotRequired[str]
    #: The group's name.
    name: NotRequired[str]
    #: The app's extension data on the group.
    server_extension: NotRequired[str]
    #: The conversations in the group.
    conversation_ids: NotRequired[list[str]]
    #: When the group was created, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the group last changed, in epoch milliseconds.
    update_time: NotRequired[int]


class V2ConversationGroupBatchGetConversationGroupsData(TypedDict):
    #: The groups found.
    success_list: NotRequired[list[V2ConversationGroup]]
    #: The groups that could not be read (the key the Go SDK reads).
    failed_list: NotRequired[list[V2FailedConversationGroup]]
    #: The groups that could not be read (the key the Java SDK reads).
    fail_list: NotRequired[list[V2ConversationGroupFailItem]]


class V2ConversationGroupChanges(TypedDict):
    """Conversations to add to the group or to take out of it."""

    #: 1 adds the conversations in `conversation_ids` to the group, 2 takes them out.
    type: Literal[1, 2]
    #: The conversations to add or take out, each `<owner>|<type>|<other id>`.
    conversation_ids: NotRequired[list[str]]


class V2ConversationGroupCreateConversationGroupData(TypedDict):
    #: One conversation group (会话分组) of an account.
    conversation_group: NotRequired[V2ConversationGroup]
    #: The conversations put in the group.
    success_list: NotRequired[list[str]]
    #: The conversations that could not be put in the group.
    failed_list: NotRequired[list[V2FailedConversation]]


class V2ConversationGroupFailItem(TypedDict):
    """A group a batch read could not return, and why (the Java SDK's shape)."""

    #: The group id.
    group_id: NotRequired[int]
    #: The status code for this group (see the status-code table).
    code: NotRequired[int]
    #: The error text for this group.
    msg: NotRequired[str]


class V2ConversationGroupListAllConversationGroupsData(TypedDict):
    #: The account's groups.
    conversation_groups: NotRequired[list[V2ConversationGroup]]


class V2ConversationGroupUpdateConversationGroupData(TypedDict):
    #: One conversation group (会话分组) of an account.
    conversation_group: NotRequired[V2ConversationGroup]
    #: The conversations added or taken out.
    success_list: NotRequired[list[str]]
    #: The conversations that could not be added or taken out.
    failed_list: NotRequired[list[V2FailedConversation]]


class V2ConversationInfo(TypedDict):
    """One cloud conversation as the server keeps it for its owner."""

    #: The conversation id, `<owner>|<type>|<other account or team id>`.
    conversation_id: NotRequired[str]
    #: The account that owns the conversation (our side).
    sender_id: NotRequired[str]
    #: The other side, an account id in a one-to-one conversation or a team id in a team conversation.
    receiver_id: NotRequired[str]
    #: The conversation type: 1 one-to-one, 2 advanced team, 3 super team.
    type: NotRequired[Literal[1, 2, 3]]
    #: The conversation is pinned to the top of the owner's list.
    stick_top: NotRequired[bool]
    #: The conversation groups (会话分组) the conversation belongs to.
    group_ids: NotRequired[list[int]]
    #: The app's extension data on the conversation.
    server_extension: NotRequired[str]
    #: The state of the last message in the conversation.
    message_state: NotRequired[int]
    #: The last message of the conversation, as far as the conversation list needs it.
    last_message: NotRequired[V2ConversationLastMessage]
    #: The notice of the last message revoked in the conversation.
    revoke_notification: NotRequired[V2ConversationRevokeNotification]
    #: The number of unread messages in the conversation.
    unread_count: NotRequired[int]
    #: The key the client sorts the conversation list by.
    sort_order: NotRequired[int]
    #: When the conversation was created, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the conversation last changed, in epoch milliseconds.
    update_time: NotRequired[int]
    #: When the owner last read the conversation, in epoch milliseconds.
    last_read_time: NotRequired[int]


class V2ConversationLastMessage(TypedDict):
    """The last message of the conversation, as far as the conversation list needs it."""

    #: The message's server id.
    message_server_id: NotRequired[int]
    #: The message's client id.
    message_client_id: NotRequired[str]
    #: The account that sent it.
    sender_id: NotRequired[str]
    #: The conversation type: 1 one-to-one, 2 advanced team, 3 super team.
    conversation_type: NotRequired[int]
    #: The client type it was sent from: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    sender_client_type: NotRequired[int]
    #: The receiving account in a one-to-one conversation.
    receiver_id: NotRequired[str]
    #: The team in a team conversation.
    team_id: NotRequired[int]
    #: The message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom, among others.
    message_type: NotRequired[int]
    #: The app-defined message subtype.
    sub_type: NotRequired[int]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The text of a text message.
    text: NotRequired[str]
    #: The body of a non-text message; its keys depend on `message_type` (an image's URL and size, a file's name, a custom message's JSON).
    attachment: NotRequired[dict[str, Any]]
    #: The message's extension data.
    extension: NotRequired[str]


class V2ConversationListConversationsData(TypedDict):
    #: More conversations follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The conversations of this page.
    items: NotRequired[list[V2ConversationInfo]]


class V2ConversationRevokeNotification(TypedDict):
    """The notice of the last message revoked in the conversation."""

    #: The server id of the revoked message.
    server_id: NotRequired[int]
    #: The extension text the revoker attached.
    attach: NotRequired[str]
    #: The account that revoked the message.
    revoke_id: NotRequired[str]
    #: App-defined text carried with the revoke.
    custom_info: NotRequired[str]
    #: The kind of revoke, as the v1 revoke call numbers it (such as 7 one-to-one, 8 team).
    revoke_type: NotRequired[int]


class V2ConversationStickTopConversationData(TypedDict):
    #: The conversation id.
    conversation_id: NotRequired[str]
    #: The conversation type: 1 one-to-one, 2 advanced team, 3 super team.
    type: NotRequired[Literal[1, 2, 3]]
    #: The account that owns the conversation.
    sender_id: NotRequired[str]
    #: The other account or the team id.
    receiver_id: NotRequired[str]
    #: The conversation is pinned now.
    stick_top: NotRequired[bool]
    #: The key the client sorts the conversation list by.
    sort_order: NotRequired[int]
    #: When the conversation changed, in epoch milliseconds.
    update_time: NotRequired[int]


class V2ConversationUnreadGetConversationOverviewData(TypedDict):
    #: The account id.
    account_id: NotRequired[str]
    #: The unread messages over all of the account's cloud conversations.
    unread_count: NotRequired[int]


class V2CustomNotificationConfig(TypedDict):
    """How a custom system notification is delivered."""

    #: Keep the notification for receivers who are offline and deliver it when they log in.
    offline_enabled: NotRequired[bool]
    #: The notification counts towards the receiver's unread count.
    unread_enabled: NotRequired[bool]


class V2FailedAccount(TypedDict):
    """An account a batch call could not handle, and why."""

    #: The account.
    account_id: NotRequired[str]
    #: The status code for this account (see the status-code table).
    error_code: NotRequired[int]
    #: The error text for this account.
    error_msg: NotRequired[str]


class V2FailedConversation(TypedDict):
    """A conversation a batch call could not handle, and why."""

    #: The conversation.
    conversation_id: NotRequired[str]
    #: The status code for this conversation (see the status-code table).
    error_code: NotRequired[int]
    #: The error text for this conversation.
    error_msg: NotRequired[str]


class V2FailedConversationGroup(TypedDict):
    """A group a batch read could not return, and why (the Go SDK's shape)."""

    #: The group id.
    group_id: NotRequired[int]
    #: The status code for this group (see the status-code table).
    error_code: NotRequired[int]
    #: The error text for this group.
    error_msg: NotRequired[str]


class V2FailedDevice(TypedDict):
    """A device that could not be logged out, and why."""

    #: The device id.
    device_id: NotRequired[str]
    #: The status code for this device.
    error_code: NotRequired[int]
    #: The error text for this device.
    error_msg: NotRequired[str]


class V2FailedTeam(TypedDict):
    """A team a batch call could not handle, and why."""

    #: The team id.
    team_id: NotRequired[int]
    #: The status code for this team (see the status-code table).
    error_code: NotRequired[int]
    #: The error text for this team.
    error_msg: NotRequired[str]


class V2FriendInfo(TypedDict):
    """One friend of the account, with the data the account keeps about that friend."""

    #: The friend's account id.
    friend_account_id: NotRequired[str]
    #: The name the account gave the friend (备注名).
    alias: NotRequired[str]
    #: Extension text that clients and the server may both read and write.
    extension: NotRequired[str]
    #: Extension text that only the server API writes; clients pass it through unread.
    customer_extension: NotRequired[str]


class V2FriendListFriendsData(TypedDict):
    #: More friends follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The friends on this page.
    items: NotRequired[list[V2FriendListItem]]
    #: How many friends the account has in all.
    total: NotRequired[int]


class V2FriendListItem(TypedDict):
    """One entry of an account's friend list."""

    #: The friend's account id.
    friend_account_id: NotRequired[str]
    #: The name the account gave the friend (备注名).
    alias: NotRequired[str]
    #: Extension text that clients and the server may both read and write.
    extension: NotRequired[str]
    #: Extension text that only the server API writes; clients pass it through unread.
    customer_extension: NotRequired[str]
    #: When the friendship was made, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the entry last changed, in epoch milliseconds.
    update_time: NotRequired[int]


class V2JoinedTeamInfo(TypedDict):
    """A team the account has joined."""

    #: The team id.
    team_id: NotRequired[int]
    #: The owner's account id.
    owner_account_id: NotRequired[str]
    #: The team's name.
    name: NotRequired[str]
    #: The URL of the team's avatar.
    icon: NotRequired[str]
    #: The number of members, the owner included.
    member_count: NotRequired[int]
    #: The largest number of members.
    members_limit: NotRequired[int]
    #: When the team was created, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the team last changed, in epoch milliseconds.
    update_time: NotRequired[int]
    #: The team settings with the whole-team mute: what an update may change and what the team's answers carry. Creation takes only the settings of V2TeamConfiguration.
    configuration: NotRequired[V2TeamConfigurationWithMute]
    #: The account's own membership in a team it joined.
    member_info: NotRequired[V2JoinedTeamMemberInfo]


class V2JoinedTeamMemberInfo(TypedDict):
    """The account's own membership in a team it joined."""

    #: The account id.
    account_id: NotRequired[str]
    #: The account's role in the team: 0 ordinary member, 1 owner, 2 manager (as the Java SDK names it).
    member_role: NotRequired[int]
    #: The account's role in the team (as the Go SDK names it).
    team_member_type: NotRequired[int]
    #: The account's nickname in the team.
    team_nick: NotRequired[str]
    #: The account is muted in the team.
    chat_banned: NotRequired[bool]
    #: How the account is notified of the team's messages.
    message_notify_state: NotRequired[int]
    #: When the account joined, in epoch milliseconds.
    join_time: NotRequired[int]
    #: When the membership last changed, in epoch milliseconds.
    update_time: NotRequired[int]
    #: The members the account follows specially in the team.
    follow_account_ids: NotRequired[list[str]]
    #: The account that invited it.
    invitor_account_id: NotRequired[str]
    #: The member's extension data.
    extension: NotRequired[str]
    #: The app server's extension data on the member.
    server_extension: NotRequired[str]


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


class V2MessageAddQuickCommentData(TypedDict):
    #: When the comment was added, in epoch milliseconds.
    time: NotRequired[int]


class V2MessageAiParams(TypedDict):
    """Asks an AI account (数字人) to answer the message. The text values carry JSON as the AI
    feature's documentation describes."""

    #: The AI account that answers.
    account: NotRequired[str]
    #: The request content passed to the model, as JSON text.
    content: NotRequired[str]
    #: The context messages passed to the model, as JSON text.
    messages: NotRequired[str]
    #: Values of the prompt template's variables, as JSON text.
    prompt_variables: NotRequired[str]
    #: Model settings that override the AI account's, as JSON text.
    config: NotRequired[str]
    #: Deliver the original message to the AI account as well.
    send_original: NotRequired[bool]


class V2MessageBatchQueryMessagesData(TypedDict):
    #: The messages found.
    success_list: NotRequired[list[V2MessageItem]]
    #: The messages that could not be fetched.
    failed_list: NotRequired[list[V2MessageFailedLookup]]


class V2MessageBatchQueryQuickCommentsData(TypedDict):
    #: Each message found, with its quick comments.
    success_list: NotRequired[list[V2MessageQuickCommentList]]
    #: The messages whose comments could not be read.
    failed_list: NotRequired[list[V2MessageQuickCommentFailure]]
    #: Each message with its quick comments (the Go SDK's name for the list).
    items: NotRequired[list[V2MessageQuickCommentList]]


class V2MessageBatchSendP2pMessageData(TypedDict):
    #: One message per receiver that got it.
    success_list: NotRequired[list[V2MessageSent]]
    #: The receivers the message could not be sent to.
    failed_list: NotRequired[list[V2MessageBatchSendP2pMessageDataFailedListItem]]


class V2MessageBatchSendP2pMessageDataFailedListItem(TypedDict):
    """A receiver that failed, and why."""

    #: The receiver's account id (Java SDK reading).
    account_id: NotRequired[str]
    #: The receiver's account id (Go SDK reading).
    receiver_id: NotRequired[str]
    #: The status code for this receiver.
    error_code: NotRequired[int]
    #: The error text for this receiver.
    error_msg: NotRequired[str]


class V2MessageBody(TypedDict):
    """The message to send: its type, its text and, for every type but text and tip, its
    attachment."""

    #: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
    message_type: Literal[0, 1, 2, 3, 4, 6, 10, 100]
    #: An app-defined subtype of the message, for filtering and search.
    sub_type: NotRequired[int]
    #: The text of a text or tip message (required for those two types, at most 5000 characters); for other types an optional description of at most 500 characters that message search can find.
    text: NotRequired[str]
    #: The attachment, whose keys depend on `message_type`: the file's URL, size, MD5 and name for image, audio, video and file messages (plus width, height or duration), the coordinates and title for a location, and any JSON object for a custom message. Required for every type but text and tip.
    attachment: NotRequired[dict[str, Any]]
    #: The client-side id of the message, used to drop duplicates when a send is retried; the server makes one when it is left out.
    message_client_id: NotRequired[str]


class V2MessageConfig(TypedDict):
    """Where the message is stored and counted. Every switch is `true` when left out."""

    #: The message counts towards the receiver's unread count.
    unread_enabled: NotRequired[bool]
    #: The message is synchronised to the sender's other logged-in devices (the key is spelt `mutil` on the wire).
    mutil_sync_enabled: NotRequired[bool]
    #: The message is kept as an offline message for receivers who are not logged in.
    offline_enabled: NotRequired[bool]
    #: The message is stored in the cloud history.
    history_enabled: NotRequired[bool]
    #: The message roams to devices that log in later.
    roaming_enabled: NotRequired[bool]
    #: The message becomes the conversation's last message in the conversation list.
    conversation_update_enabled: NotRequired[bool]


class V2MessageDeleteQuickCommentData(TypedDict):
    #: When the comment was removed, in epoch milliseconds.
    time: NotRequired[int]


class V2MessageFailedLookup(TypedDict):
    """A message that could not be looked up, and why."""

    #: The server id asked for.
    message_server_id: NotRequired[int]
    #: The send time given for it.
    create_time: NotRequired[int]
    #: The status code for this message.
    error_code: NotRequired[int]
    #: The error text for this message.
    error_msg: NotRequired[str]


class V2MessageItem(TypedDict):
    """A message found in the history."""

    #: The server id of the message (may exceed 2^53).
    message_server_id: NotRequired[int]
    #: The client id of the message.
    message_client_id: NotRequired[str]
    #: The conversation the message belongs to.
    conversation_id: NotRequired[str]
    #: The sender's account id.
    sender_id: NotRequired[str]
    #: The receiver's account id, or the team id.
    receiver_id: NotRequired[str]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: 0 text, 1 image, 2 audio, 3 video, 4 location, 5 notification, 6 file, 10 tip, 11 robot, 100 custom.
    message_type: NotRequired[int]
    #: The app-defined subtype.
    sub_type: NotRequired[int]
    #: The text of the message.
    text: NotRequired[str]
    #: The attachment, shaped by `message_type`.
    attachment: NotRequired[dict[str, Any]]
    #: 1 one-to-one, 2 advanced team, 3 super team; where the call returns it.
    conversation_type: NotRequired[int]
    #: The team id, for team messages; where the call returns it.
    team_id: NotRequired[int]
    #: The sender's client type: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    sender_client_type: NotRequired[int]
    #: The developer extension of the message.
    extension: NotRequired[str]
    #: The server extension of the message.
    server_extension: NotRequired[str]
    #: The account that last changed the message, when it was changed.
    modify_account_id: NotRequired[str]
    #: When the message was last changed, in epoch milliseconds.
    modify_time: NotRequired[int]
    #: For a targeted team message, the members its target list names.
    receiver_account_ids: NotRequired[list[str]]
    #: For a targeted team message, whether only the listed members (`true`) or everyone but them (`false`) see it.
    inclusive: NotRequired[bool]
    #: For a targeted team message, whether members who joined later see it.
    new_member_visible: NotRequired[bool]
    #: The thread a message belongs to, as the server returns it.
    thread_config: NotRequired[V2MessageThreadInfo]


class V2MessageModification(TypedDict):
    """The message to change, named by its server id, send time, sender and receiver, and
    its new content."""

    #: The server id of the message to change.
    message_server_id: NotRequired[int]
    #: The receiver of the original message (an account id, or the team id).
    receiver_id: NotRequired[str]
    #: When the original message was sent, in epoch milliseconds.
    time: NotRequired[int]
    #: The sender of the original message.
    sender_id: NotRequired[str]
    #: The type of the original message: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file, 10 tip, 100 custom.
    message_type: NotRequired[Literal[0, 1, 2, 3, 4, 6, 10, 100]]
    #: The new app-defined subtype (custom messages).
    sub_type: NotRequired[int]
    #: The new text: at most 5000 characters for text and tip messages, a description of at most 500 characters for other types.
    text: NotRequired[str]
    #: The new attachment, shaped by `message_type`.
    attachment: NotRequired[dict[str, Any]]


class V2MessageModifyMessageData(TypedDict):
    #: The account that made the change.
    modify_account_id: NotRequired[str]
    #: When the change was made, in epoch milliseconds.
    modify_time: NotRequired[int]
    #: The server id of the message.
    message_server_id: NotRequired[int]
    #: The sender of the message.
    sender_id: NotRequired[str]
    #: The receiver of the message, or the team id.
    receiver_id: NotRequired[str]
    #: When the message was first sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The message type.
    message_type: NotRequired[int]
    #: The app-defined subtype.
    sub_type: NotRequired[int]
    #: The text now.
    text: NotRequired[str]
    #: The attachment now, shaped by `message_type`.
    attachment: NotRequired[dict[str, Any]]
    #: The developer extension now.
    extension: NotRequired[str]


class V2MessageModifyMessageMessageConfig(TypedDict):
    """Storage switches of the changed message."""

    #: The changed message becomes the conversation's last message; `true` when left out.
    conversation_update_enabled: NotRequired[bool]


class V2MessageP2pOption(TypedDict):
    """Options of a one-to-one message."""

    #: Deliver the message only when the receiver is the sender's friend; `false` when left out.
    check_friend: NotRequired[bool]


class V2MessageQueryMessagesByPageData(TypedDict):
    #: The messages of this page.
    items: NotRequired[list[V2MessageItem]]
    #: Whether more pages follow.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]


class V2MessageQueryTeamReadReceiptData(TypedDict):
    #: How many members have read the message.
    read_size: NotRequired[int]
    #: How many members have not read it.
    unread_size: NotRequired[int]
    #: The members who have read it (with `snapshot`).
    read_account_ids: NotRequired[list[str]]
    #: The members who have not read it (with `snapshot`).
    unread_account_ids: NotRequired[list[str]]


class V2MessageQueryThreadMessagesData(TypedDict):
    #: The root message of the thread.
    thread_root: NotRequired[V2MessageItem]
    #: How many replies the thread has.
    total: NotRequired[int]
    #: The replies of this page.
    messages: NotRequired[list[V2MessageItem]]
    #: Whether more pages follow.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The server time of the answer, in epoch milliseconds.
    timestamp: NotRequired[int]


class V2MessageQuickComment(TypedDict):
    """One quick comment (such as an emoji reaction) on a message."""

    #: The account that added the comment.
    operator_id: NotRequired[str]
    #: The app-defined comment type it was added with.
    index: NotRequired[int]
    #: The extension sent with the comment.
    extension: NotRequired[str]
    #: When the comment was added, in epoch milliseconds.
    time: NotRequired[int]


class V2MessageQuickCommentFailure(TypedDict):
    """A message whose quick comments could not be read, and why."""

    #: 1 one-to-one, 2 advanced team, 3 super team.
    conversation_type: NotRequired[int]
    #: The sender of the message.
    sender_id: NotRequired[str]
    #: The receiver of the message.
    receiver_id: NotRequired[str]
    #: The server id of the message.
    message_server_id: NotRequired[int]
    #: The client id of the message.
    message_client_id: NotRequired[str]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The status code for this message.
    error_code: NotRequired[int]
    #: The error text for this message.
    error_msg: NotRequired[str]


class V2MessageQuickCommentList(TypedDict):
    """A message and its quick comments."""

    #: 1 one-to-one, 2 advanced team, 3 super team.
    conversation_type: NotRequired[int]
    #: The sender of the message.
    sender_id: NotRequired[str]
    #: The receiver of the message.
    receiver_id: NotRequired[str]
    #: The server id of the message.
    message_server_id: NotRequired[int]
    #: The client id of the message.
    message_client_id: NotRequired[str]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The quick comments on the message.
    comments: NotRequired[list[V2MessageQuickComment]]


class V2MessageQuickCommentTarget(TypedDict):
    """The message a quick comment belongs to."""

    #: 1 one-to-one, 2 advanced team, 3 super team.
    conversation_type: NotRequired[Literal[1, 2, 3]]
    #: The sender of the message.
    sender_id: NotRequired[str]
    #: The receiver of the message (an account id, or the team id).
    receiver_id: NotRequired[str]
    #: The server id of the message.
    message_server_id: NotRequired[int]
    #: The client id of the message.
    message_client_id: NotRequired[str]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]


class V2MessageRagInfo(TypedDict):
    """A source the streamed answer drew on (retrieval-augmented generation), shown with
    the message."""

    #: The source's name.
    name: NotRequired[str]
    #: The source's icon URL.
    icon: NotRequired[str]
    #: The title of the cited document.
    title: NotRequired[str]
    #: The document's time, in epoch milliseconds.
    time: NotRequired[int]
    #: The document's URL.
    url: NotRequired[str]
    #: A short description of the document.
    description: NotRequired[str]


class V2MessageRef(TypedDict):
    """Identifies a stored message by its server id and send time."""

    #: The server id of the message.
    message_server_id: NotRequired[int]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]


class V2MessageRobotConfig(TypedDict):
    """Routes the message to a chat robot account."""

    #: The robot's account id.
    robot_account_id: NotRequired[str]
    #: The topic passed to the robot.
    robot_topic: NotRequired[str]
    #: The robot function to call.
    robot_function: NotRequired[str]
    #: App-defined content passed to the robot.
    robot_custom_content: NotRequired[str]


class V2MessageSearchMessagesData(TypedDict):
    #: How many messages match in all.
    count: NotRequired[int]
    #: The messages of this page.
    items: NotRequired[list[V2MessageItem]]
    #: Whether more pages follow.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]


class V2MessageSendP2pReadReceiptData(TypedDict):
    #: When the receipt was recorded, in epoch milliseconds.
    timestamp: NotRequired[int]


class V2MessageSendTeamReadReceiptData(TypedDict):
    #: The server ids of the messages marked as read.
    success_list: NotRequired[list[int]]
    #: The server ids of the messages that could not be marked.
    failed_list: NotRequired[list[int]]


class V2MessageSent(TypedDict):
    """A message as the server stored it."""

    #: The server id of the message (may exceed 2^53).
    message_server_id: NotRequired[int]
    #: The client id of the message.
    message_client_id: NotRequired[str]
    #: The sender's account id.
    sender_id: NotRequired[str]
    #: 1 one-to-one, 2 advanced team, 3 super team.
    conversation_type: NotRequired[int]
    #: The receiver's account id, or the team id.
    receiver_id: NotRequired[str]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: 0 text, 1 image, 2 audio, 3 video, 4 location, 5 notification, 6 file, 10 tip, 11 robot, 100 custom.
    message_type: NotRequired[int]
    #: The app-defined subtype.
    sub_type: NotRequired[int]
    #: The text of the message.
    text: NotRequired[str]
    #: The attachment, shaped by `message_type` (see the request's `message.attachment`).
    attachment: NotRequired[dict[str, Any]]
    #: The thread a message belongs to, as the server returns it.
    thread_config: NotRequired[V2MessageThreadInfo]


class V2MessageStream(TypedDict):
    """One piece of a streamed message (a text sent in several parts, such as a model's
    answer)."""

    #: The message type; 0 (text) is the default and the usual value.
    message_type: NotRequired[int]
    #: The client id that ties the pieces of one streamed message together.
    message_client_id: NotRequired[str]
    #: The server id of the streamed message, on the pieces after the first.
    message_server_id: NotRequired[int]
    #: One piece of a streamed text.
    attachment: NotRequired[V2MessageStreamAttachment]


class V2MessageStreamAttachment(TypedDict):
    """One piece of a streamed text."""

    #: The text of this piece.
    text: NotRequired[str]
    #: The number of this piece, from 0.
    index: NotRequired[int]
    #: 0 more pieces follow (the default), 1 this is the last piece.
    finish: NotRequired[Literal[0, 1]]


class V2MessageStreamMessageData(TypedDict):
    #: The server id of the streamed message.
    message_server_id: NotRequired[int]
    #: The client id of the streamed message.
    message_client_id: NotRequired[str]
    #: The sender's account id.
    sender_id: NotRequired[str]
    #: 1 one-to-one, 2 advanced team, 3 super team.
    conversation_type: NotRequired[int]
    #: The receiver's account id, or the team id.
    receiver_id: NotRequired[str]
    #: When the message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The message type (0 text).
    message_type: NotRequired[int]
    #: One piece of a streamed text.
    attachment: NotRequired[V2MessageStreamAttachment]


class V2MessageStreamMessageMessageConfig(TypedDict):
    """Where the message is stored and counted; every switch is `true` when left out."""

    #: The message counts towards the unread count.
    unread_enabled: NotRequired[bool]
    #: The message is synchronised to the sender's other devices.
    mutil_sync_enabled: NotRequired[bool]
    #: The message is stored in the cloud history.
    history_enabled: NotRequired[bool]
    #: The message becomes the conversation's last message.
    conversation_update_enabled: NotRequired[bool]


class V2MessageSuperTeamOption(TypedDict):
    """Options of a message to a super team."""

    #: Send even though the whole super team is muted.
    ignore_chat_banned: NotRequired[bool]
    #: Send even though the sender is muted in the super team.
    ignore_member_chat_banned: NotRequired[bool]
    #: Check that the sender is a member of the super team.
    check_team_member_valid: NotRequired[bool]


class V2MessageTargetOption(TypedDict):
    """Makes a team message a targeted message (定向消息), seen only by some of the members."""

    #: The members the list is about.
    receiver_account_ids: NotRequired[list[str]]
    #: `true`: only the members in `receiver_account_ids` see the message; `false`: everyone except them sees it.
    inclusive: NotRequired[bool]
    #: Check that every account in `receiver_account_ids` is a member of the team.
    check_team_member_valid: NotRequired[bool]
    #: Members who join later may see the message too.
    visible_to_new_member: NotRequired[bool]


class V2MessageTeamOption(TypedDict):
    """Options of a message to an advanced team."""

    #: The message asks for team read receipts.
    mark_as_read: NotRequired[bool]
    #: Send even though the whole team is muted.
    ignore_chat_banned: NotRequired[bool]
    #: Send even though the sender is muted in the team.
    ignore_member_chat_banned: NotRequired[bool]
    #: Check that the sender is a member of the team.
    check_team_member_valid: NotRequired[bool]


class V2MessageThreadConfig(TypedDict):
    """Makes the message a reply in a thread."""

    #: The first message of the thread.
    thread_root: NotRequired[V2MessageThreadRef]
    #: The message this one replies to.
    thread_reply: NotRequired[V2MessageThreadRef]


class V2MessageThreadInfo(TypedDict):
    """The thread a message belongs to, as the server returns it."""

    #: The first message of the thread.
    thread_root: NotRequired[V2MessageThreadRef]
    #: The message this one replies to.
    thread_reply: NotRequired[V2MessageThreadRef]


class V2MessageThreadRef(TypedDict):
    """Identifies one message of a thread (its root or the message replied to)."""

    #: The sender of that message.
    sender_id: NotRequired[str]
    #: The receiver of that message (an account id, or a team id for team messages).
    receiver_id: NotRequired[str]
    #: When that message was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The server id of that message.
    message_server_id: NotRequired[int]
    #: The client id of that message.
    message_client_id: NotRequired[str]


class V2MuteListMuteContactsData(TypedDict):
    #: More contacts follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The muted account ids on this page.
    items: NotRequired[list[str]]


class V2OnlineTeamMember(TypedDict):
    """A team member who is online, with the devices they are logged in on."""

    #: The member's account id.
    account_id: NotRequired[str]
    #: One entry per logged-in device.
    online_status: NotRequired[list[V2OnlineTeamMemberOnlineStatusItem]]


class V2OnlineTeamMemberOnlineStatusItem(TypedDict):
    #: When the device logged in, in epoch milliseconds.
    login_time: NotRequired[int]
    #: The client type: 1 Android, 2 iOS, 4 PC, 16 Web, 32 REST API, 64 macOS, 65 HarmonyOS.
    client_type: NotRequired[int]


class V2PushContent(TypedDict):
    """Whether an offline push notification is sent for this event and how it reads."""

    #: Send an offline push notification; `true` when left out.
    push_enabled: NotRequired[bool]
    #: Put the sender's nickname in front of the push text.
    push_nick_enabled: NotRequired[bool]
    #: The push text shown to the receiver.
    push_content: NotRequired[str]
    #: JSON text handed to the receiving app with the push (vendor options included).
    push_payload: NotRequired[str]


class V2PushConfig(V2PushContent):
    """How the offline push notification for this event looks and whom it reaches."""

    #: In a team message, force the push to every member, even those who muted the team.
    push_forcepush_all: NotRequired[bool]
    #: In a team message, the members who get the push even when they muted the team.
    push_forcepush_ids: NotRequired[list[str]]
    #: The push text for the members in `push_forcepush_ids`.
    push_forcepush_content: NotRequired[str]
    #: Turn forced push on for this message.
    push_forcepush_enable: NotRequired[bool]


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


class V2RouteConfig(TypedDict):
    """Whether the event is copied to the app server (消息抄送), and to which environment."""

    #: Copy this event to the app server's copy address; `true` when left out.
    route_enabled: NotRequired[bool]
    #: The copy environment, as configured in the console, that receives this event.
    route_environment: NotRequired[str]


class V2SignalPushConfig(TypedDict):
    """The offline push notification sent to the invited account."""

    #: Send a push notification; `false` when left out.
    push_enabled: NotRequired[bool]
    #: Title of the push notification.
    push_title: NotRequired[str]
    #: Text of the push notification.
    push_content: NotRequired[str]
    #: JSON text handed to the receiving app with the push.
    push_payload: NotRequired[str]


class V2SignalRoomInfo(TypedDict):
    """A signalling room and its current members."""

    #: The room's name.
    channel_name: NotRequired[str]
    #: The room id the server gave the room.
    channel_id: NotRequired[str]
    #: The account that created the room.
    creator_account_id: NotRequired[str]
    #: App-defined extension stored with the room.
    channel_extension: NotRequired[str]
    #: The kind of room: 1 audio, 2 video, 3 custom.
    channel_type: NotRequired[Literal[1, 2, 3]]
    #: When the room was created, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the room lapses unless extended, in epoch milliseconds.
    expire_time: NotRequired[int]
    #: The members in the room now.
    member_list: NotRequired[list[V2SignalRoomMember]]


class V2SignalRoomMember(TypedDict):
    """An account that has joined the signalling room, on one device."""

    #: The member's account id.
    account_id: NotRequired[str]
    #: The member's numeric id in the room, as given when joining.
    uid: NotRequired[int]
    #: The device the member joined from.
    device_id: NotRequired[str]
    #: When the member joined, in epoch milliseconds.
    join_time: NotRequired[int]
    #: When the member's place in the room lapses, in epoch milliseconds.
    expire_time: NotRequired[int]


class V2SignalRouteConfig(TypedDict):
    """Whether this signalling event is copied to the app server (消息抄送)."""

    #: Copy the event to the app server's copy address; `false` when left out.
    route_enabled: NotRequired[bool]


class V2SubscriptionDetail(TypedDict):
    """One online-status subscription of the subscriber."""

    #: The account whose online status is subscribed.
    account_id: NotRequired[str]
    #: The subscribed event type; 1 is the built-in online-status event.
    event_type: NotRequired[int]
    #: When the subscription was made, in epoch milliseconds.
    subscribe_time: NotRequired[int]
    #: When the subscription ends, in epoch milliseconds.
    expire_time: NotRequired[int]


class V2SubscriptionQueryUserStatusSubscriptionData(TypedDict):
    #: One entry per subscription found.
    subscribes: NotRequired[list[V2SubscriptionDetail]]
    #: The accounts that could not be looked up, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2SubscriptionSubscribeUserStatusData(TypedDict):
    #: The accounts that could not be subscribed, and why; empty when all were.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2SubscriptionUnsubscribeUserStatusData(TypedDict):
    #: The accounts whose subscription could not be ended, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2SystemNotificationSendBatchCustomNotificationData(TypedDict):
    #: The accounts the notification was sent to.
    success_list: NotRequired[list[str]]
    #: The accounts it could not be sent to.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2SystemPushListPushNotificationsData(TypedDict):
    #: The push notifications of this page.
    items: NotRequired[list[V2SystemPushNotification]]
    #: Whether more pages follow.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]


class V2SystemPushNotification(TypedDict):
    """A push notification sent to every user, as the server keeps it."""

    #: The push notification's id.
    push_id: NotRequired[int]
    #: The account shown as the sender.
    sender_account_id: NotRequired[str]
    #: The push text.
    content: NotRequired[str]
    #: The target code it was sent with.
    target_type: NotRequired[int]
    #: The client platforms it was sent to.
    target_os: NotRequired[list[str]]
    #: Whether it is kept for devices that come online later.
    roam_enabled: NotRequired[bool]
    #: When a kept notification stops being delivered, in epoch milliseconds.
    roam_expire_time: NotRequired[int]
    #: When it was sent, in epoch milliseconds.
    create_time: NotRequired[int]
    #: The push settings it was sent with (`push_nick_enabled`, `push_badge_enabled`, `push_content`, `push_payload`).
    push_config: NotRequired[dict[str, Any]]


class V2SystemPushSendPushNotificationPushConfig(TypedDict):
    """How the push notification looks."""

    #: Put the sender's nickname in front of the text.
    push_nick_enabled: NotRequired[bool]
    #: Count the notification in the app icon's badge.
    push_badge_enabled: NotRequired[bool]
    #: The text shown instead of `content`.
    push_content: NotRequired[str]
    #: JSON text handed to the app with the push (vendor options included).
    push_payload: NotRequired[str]


class V2TeamBatchQueryTeamInfoData(TypedDict):
    #: The teams found.
    team_info_list: NotRequired[list[V2TeamInfo]]
    #: The ids that name no team of this kind.
    invalid_tids: NotRequired[list[int]]


class V2TeamBatchQueryTeamOnlineMembersCountData(TypedDict):
    #: The teams counted.
    success_list: NotRequired[list[V2TeamOnlineCount]]
    #: The teams that could not be counted.
    failed_list: NotRequired[list[V2FailedTeam]]


class V2TeamConfiguration(TypedDict):
    """Who may join the team and who may change what. The values follow the v1 team calls'
    modes; only the keys sent change."""

    #: How users join: 0 freely, 1 after a manager approves the request, 2 no requests accepted (invitation only).
    join_mode: NotRequired[Literal[0, 1, 2]]
    #: Whether an invited user must accept: 0 the invitee must accept, 1 the invitee joins at once.
    agree_mode: NotRequired[Literal[0, 1]]
    #: Who may invite: 0 the owner and managers, 1 every member.
    invite_mode: NotRequired[Literal[0, 1]]
    #: Who may change the team profile: 0 the owner and managers, 1 every member.
    update_team_info_mode: NotRequired[Literal[0, 1]]
    #: Who may change the client extension (`customer_extension`): 0 the owner and managers, 1 every member.
    update_extension_mode: NotRequired[Literal[0, 1]]


class V2TeamConfigurationWithMute(V2TeamConfiguration):
    """The team settings with the whole-team mute: what an update may change and what the
    team's answers carry. Creation takes only the settings of V2TeamConfiguration."""

    #: Muting of the whole team: 0 nobody muted, 1 everyone except the owner and managers muted, 3 everyone muted.
    chat_banned_mode: NotRequired[Literal[0, 1, 3]]


class V2TeamCreateTeamData(TypedDict):
    #: One team's profile and settings.
    team_info: NotRequired[V2TeamInfo]
    #: The invitees that could not be added, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2TeamGetTeamInfoData(TypedDict):
    #: One team's profile and settings.
    team_info: NotRequired[V2TeamInfo]


class V2TeamInfo(TypedDict):
    """One team's profile and settings."""

    #: The kind of team: 1 advanced team (高级群), 2 super team (超大群, enabled separately in the console).
    team_type: NotRequired[Literal[1, 2]]
    #: The team id.
    team_id: NotRequired[int]
    #: The owner's account id.
    owner_account_id: NotRequired[str]
    #: The number of members, the owner included.
    member_count: NotRequired[int]
    #: The team's name.
    name: NotRequired[str]
    #: The URL of the team's avatar.
    icon: NotRequired[str]
    #: The team's announcement.
    announcement: NotRequired[str]
    #: The team's introduction.
    intro: NotRequired[str]
    #: The largest number of members, the owner included.
    members_limit: NotRequired[int]
    #: The app server's extension data on the team.
    server_extension: NotRequired[str]
    #: The clients' extension data on the team.
    customer_extension: NotRequired[str]
    #: When the team was created, in epoch milliseconds.
    create_time: NotRequired[int]
    #: When the team last changed, in epoch milliseconds.
    update_time: NotRequired[int]
    #: The team settings with the whole-team mute: what an update may change and what the team's answers carry. Creation takes only the settings of V2TeamConfiguration.
    configuration: NotRequired[V2TeamConfigurationWithMute]


class V2TeamListOnlineTeamMembersData(TypedDict):
    #: The members online now.
    items: NotRequired[list[V2OnlineTeamMember]]


class V2TeamListTeamMembersData(TypedDict):
    #: More members follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The members of this page.
    items: NotRequired[list[V2TeamMember]]


class V2TeamMember(TypedDict):
    """One member of a team."""

    #: The team id.
    team_id: NotRequired[int]
    #: The member's account id.
    account_id: NotRequired[str]
    #: The member's role: 0 ordinary member, 1 owner, 2 manager.
    member_role: NotRequired[Literal[0, 1, 2]]
    #: The member's nickname in the team.
    team_nick: NotRequired[str]
    #: The app server's extension data on the member.
    server_extension: NotRequired[str]
    #: The member is muted in the team.
    chat_banned: NotRequired[bool]
    #: When the member joined, in epoch milliseconds.
    join_time: NotRequired[int]
    #: When the member's data last changed, in epoch milliseconds.
    update_time: NotRequired[int]
    #: The account that invited the member, where there was one.
    invitor_account_id: NotRequired[str]


class V2TeamMemberBatchMuteTeamMembersData(TypedDict):
    #: The members changed.
    success_list: NotRequired[list[str]]
    #: The members that could not be changed, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2TeamMemberInviteTeamMembersData(TypedDict):
    #: The accounts invited.
    success_list: NotRequired[list[str]]
    #: The accounts that could not be invited, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2TeamMemberKickTeamMembersData(TypedDict):
    #: The members removed.
    success_list: NotRequired[list[str]]
    #: The members that could not be removed, and why.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2TeamMemberQueryJoinedTeamsData(TypedDict):
    #: More teams follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The teams of this page.
    team_info_list: NotRequired[list[V2JoinedTeamInfo]]


class V2TeamMemberUpdateTeamMemberData(V2TeamMember):
    #: One member of a team.
    member_info: NotRequired[V2TeamMember]


class V2TeamOnlineCount(TypedDict):
    """How many members of one team are online and offline."""

    #: The team id.
    team_id: NotRequired[int]
    #: Members logged in on at least one device.
    online_count: NotRequired[int]
    #: Members not logged in.
    offline_count: NotRequired[int]


class V2TeamUpdateTeamData(TypedDict):
    #: One team's profile and settings.
    team_info: NotRequired[V2TeamInfo]


class V2ToolAsrData(TypedDict):
    #: The text recognised in the audio.
    text: NotRequired[str]


class V2ToolTranslateTextData(TypedDict):
    #: The translated text.
    translated_text: NotRequired[str]
    #: The language the text was taken to be in.
    source_language: NotRequired[str]
    #: The language translated into.
    target_language: NotRequired[str]


class V2ToolTranslateTextTranslatorConfig(TypedDict):
    """How the translation is made."""

    #: Use exactly the given source and target languages instead of adjusting them.
    strict: NotRequired[bool]
    #: The translation vendor to use.
    vendor: NotRequired[str]


class V2UserCard(TypedDict):
    """One account's profile card (用户名片) as stored on the server. Keys whose value was
    never set may be missing or empty."""

    #: The account id.
    account_id: NotRequired[str]
    #: Display name.
    name: NotRequired[str]
    #: Avatar URL.
    avatar: NotRequired[str]
    #: Signature line.
    sign: NotRequired[str]
    #: Email address.
    email: NotRequired[str]
    #: Birthday as text, such as `1990-01-01`.
    birthday: NotRequired[str]
    #: Mobile number.
    mobile: NotRequired[str]
    #: 0 unknown, 1 male, 2 female.
    gender: NotRequired[Literal[0, 1, 2]]
    #: App-defined extension text.
    extension: NotRequired[str]


class V2UserClientStatus(TypedDict):
    """One client through which the account is logged in now."""

    #: The client type: 1 Android, 2 iOS, 4 PC (Windows), 16 Web, 64 macOS, 65 HarmonyOS.
    client_type: NotRequired[int]
    #: When the client logged in, in epoch milliseconds.
    login_time: NotRequired[int]


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
    #: How `email` is checked when written: 0 by the default rules, 1 by the extended rules, 2 not at all.
    email_validation_mode: NotRequired[Literal[0, 1, 2]]


class V2UserOnlineStatus(TypedDict):
    """The clients an account is logged in on. An empty `online_status` means the account
    is offline."""

    #: The account id.
    account_id: NotRequired[str]
    #: One entry per logged-in client.
    online_status: NotRequired[list[V2UserClientStatus]]


class V2UsersBatchGetUsersData(TypedDict):
    #: The profile cards read.
    success_list: NotRequired[list[V2UserCard]]
    #: The accounts whose cards could not be read.
    failed_list: NotRequired[list[V2FailedAccount]]


class V2UsersGetUsersOnlineStatusData(TypedDict):
    #: One entry per account read.
    success_list: NotRequired[list[V2UserOnlineStatus]]
    #: The accounts whose status could not be read.
    failed_list: NotRequired[list[V2FailedAccount]]


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
