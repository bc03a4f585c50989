# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``qchat/``: Joining, leaving, inviting, banning and listing the members
of QChat servers. QChat channel categories and their whitelists and blacklists. QChat
channels and their member whitelists and blacklists. Messages, threads and quick
comments in QChat channels. Custom sort weights of QChat servers and channels. QChat
(圈组) roles, per-member permission customisations and custom permission items. QChat (圈组)
servers, the communities that hold members and channels. The addresses a client connects
to when it logs in to QChat. Custom QChat system notifications sent to server or channel
members.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast
from .._checks import ANY, Bool, JsonText, ListOf, MapOf, Number, OneOf, Str
from .._doubts import Doubted, LOOSE, SpecDoubt
from .._fields import Endpoint, Field
from .. import _shapes
from ..types import (
    Envelope,
    QChatMessageKey,
    QchatApplyServerResponse,
    QchatBatchGetCategoryWhiteBlackIdentifyResponse,
    QchatBatchGetCategoryWhiteBlackIdentifyUserResponse,
    QchatBatchGetWhiteBlackIdentifyResponse,
    QchatBatchGetWhiteBlackIdentifyUserResponse,
    QchatBatchQueryThreadTalkMetaResponse,
    QchatBatchUpdateChannelReorderWeightReorderInfosItem,
    QchatBatchUpdateServerIdentifyPriorityResponse,
    QchatBatchUpdateServerReorderWeightReorderInfosItem,
    QchatCreateChannelCategoryIdentifyResponse,
    QchatCreateChannelCategoryResponse,
    QchatCreateChannelCategoryUserIdentifyResponse,
    QchatCreateChannelIdentifyResponse,
    QchatCreateChannelResponse,
    QchatCreateCustomAuthResponse,
    QchatCreateServerIdentifyMemberResponse,
    QchatCreateServerIdentifyResponse,
    QchatCreateServerResponse,
    QchatCreateUserIdentifyResponse,
    QchatDeleteServerIdentifyMemberResponse,
    QchatGenerateInviteCodeResponse,
    QchatGetChannelCategoryIdentifyResponse,
    QchatGetChannelCategoryListByServerPageResponse,
    QchatGetChannelCategoryUserIdentifyResponse,
    QchatGetChannelCategorysResponse,
    QchatGetChannelIdentifyPagesResponse,
    QchatGetChannelListByChannelCategoryPageResponse,
    QchatGetChannelListPageResponse,
    QchatGetChannelMemberListPageResponse,
    QchatGetChannelsResponse,
    QchatGetServerIdentifyMemberPagesResponse,
    QchatGetServerIdentifyPagesResponse,
    QchatGetServerListPageResponse,
    QchatGetServerMemberBanListPageResponse,
    QchatGetServerMemberListPageResponse,
    QchatGetServerMembersResponse,
    QchatGetServersResponse,
    QchatGetUserIdentifyPagesResponse,
    QchatGetUserServerIdentifyResponse,
    QchatInviteServerMemberResponse,
    QchatListAllCustomAuthResponse,
    QchatListCustomAuthByAuthBitsResponse,
    QchatQueryCategoryWhiteBlackIdentifyPageResponse,
    QchatQueryCategoryWhiteBlackIdentifyUserPageResponse,
    QchatQueryChannelUnReadMentionedMsgPageResponse,
    QchatQueryHistoryMsgResponse,
    QchatQueryIdentifyResourcesResponse,
    QchatQueryInviteApplyHistoryByServerResponse,
    QchatQueryInviteApplyHistoryByUserResponse,
    QchatQueryQuickCommentResponse,
    QchatQueryThreadTalkHistoryResponse,
    QchatQueryWhiteBlackIdentifyResponse,
    QchatQueryWhiteBlackIdentifyUserResponse,
    QchatRequestAddrResponse,
    QchatSendAttachMsgResponse,
    QchatSendMsgResponse,
    QchatUpdateCategoryInfoOfChannelResponse,
    QchatUpdateChannelCategoryIdentifyResponse,
    QchatUpdateChannelCategoryResponse,
    QchatUpdateChannelCategoryUserIdentifyResponse,
    QchatUpdateChannelIdentifyResponse,
    QchatUpdateChannelResponse,
    QchatUpdateMsgResponse,
    QchatUpdateOtherServerMemberResponse,
    QchatUpdateServerIdentifyResponse,
    QchatUpdateServerMemberResponse,
    QchatUpdateServerResponse,
    QchatUpdateUserIdentifyResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncQchatGroup", "QchatGroup"]

_ACCEPT_SERVER_APPLY = Endpoint(
    "qchat/acceptServerApply.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerApply.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerApply.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "applyAccid",
            "apply_accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `applyAccid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerApply.action call without `applyAccid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "requestId",
            "request_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `requestId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerApply.action call without `requestId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_ACCEPT_SERVER_INVITE = Endpoint(
    "qchat/acceptServerInvite.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerInvite.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerInvite.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "inviter",
            "inviter",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `inviter` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerInvite.action call without `inviter`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "requestId",
            "request_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `requestId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/acceptServerInvite.action call without `requestId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_APPLY_SERVER = Endpoint(
    "qchat/applyServer.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/applyServer.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/applyServer.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("ps", "ps", Str(max_length=5000)),
        Field(
            "ttl", "ttl", Number(integral=True, minimum=1, format="int64", digits=True)
        ),
    ),
)

_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/batchGetCategoryWhiteBlackIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "roleids",
            "roleids",
            JsonText(
                ListOf(
                    Number(integral=True, format="int64", digits=True),
                    min_items=1,
                    max_items=100,
                )
            ),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/batchGetCategoryWhiteBlackIdentifyUser.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_BATCH_GET_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/batchGetWhiteBlackIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "roleids",
            "roleids",
            JsonText(
                ListOf(
                    Number(integral=True, format="int64", digits=True),
                    min_items=1,
                    max_items=100,
                )
            ),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_BATCH_GET_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/batchGetWhiteBlackIdentifyUser.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_BATCH_QUERY_THREAD_TALK_META = Endpoint(
    "qchat/batchQueryThreadTalkMeta.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
        Field(
            "queryMsgs",
            "query_msgs",
            JsonText(ListOf(_shapes.QChatMessageKey, min_items=1, max_items=100)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `queryMsgs` must be given: the page marks it optional, but the call looks up the threads of the messages it lists and names nothing else to look up, so the spec reads the mark as a slip and requires it.",
                    "One qchat/batchQueryThreadTalkMeta.action call with serverId and channelId but no queryMsgs: code 414 means it is required; 200 with an empty data list means it is optional (and useless when left out).",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_BATCH_UPDATE_CHANNEL_REORDER_WEIGHT = Endpoint(
    "qchat/batchUpdateChannelReorderWeight.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "reorderInfos",
            "reorder_infos",
            JsonText(
                ListOf(
                    _shapes.QchatBatchUpdateChannelReorderWeightReorderInfosItem,
                    min_items=1,
                )
            ),
            required=True,
        ),
    ),
)

_BATCH_UPDATE_SERVER_IDENTIFY_PRIORITY = Endpoint(
    "qchat/batchUpdateServerIdentifyPriority.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "priorities",
            "priorities",
            JsonText(MapOf(Number(integral=True, minimum=1))),
            required=True,
        ),
    ),
)

_BATCH_UPDATE_SERVER_REORDER_WEIGHT = Endpoint(
    "qchat/batchUpdateServerReorderWeight.action",
    (
        Field(
            "reorderInfos",
            "reorder_infos",
            JsonText(
                ListOf(
                    _shapes.QchatBatchUpdateServerReorderWeightReorderInfosItem,
                    min_items=1,
                )
            ),
            required=True,
        ),
    ),
)

_CREATE_CHANNEL = Endpoint(
    "qchat/createChannel.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/createChannel.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/createChannel.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "name",
            "name",
            Doubted(
                Str(max_length=64),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "The limit on `name` (maxLength 64) is assumed, not read from the operation's page: the 64-character limit is assumed from the server name.",
                        "One qchat/createChannel.action call with `name` just over the limit: 414 confirms it, 200 shows the limit is higher or absent.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `name` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/createChannel.action call without `name`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "type",
            "type",
            Doubted(
                OneOf((0, 1, 100)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "The channel kinds 0, 1 and 100 come from the web SDK's ChannelInfo type and are assumed to be the codes the server API takes and returns.",
                        "One qchat/createChannel.action call with type 1 and one with 100 that succeed, and one with 2 refused with 414.",
                    ),
                ),
            ),
        ),
        Field(
            "topic",
            "topic",
            Doubted(
                Str(max_length=128),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "The limit on `topic` (maxLength 128) is assumed, not read from the operation's page: the 128-character limit is assumed.",
                        "One qchat/createChannel.action call with `topic` just over the limit: 414 confirms it, 200 shows the limit is higher or absent.",
                    ),
                ),
            ),
        ),
        Field("custom", "custom", Str(max_length=1024)),
        Field("viewMode", "view_mode", OneOf((0, 1))),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field("syncMode", "sync_mode", OneOf((0, 1))),
        Field("bid", "bid", Str()),
    ),
)

_CREATE_CHANNEL_CATEGORY = Endpoint(
    "qchat/createChannelCategory.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/createChannelCategory.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/createChannelCategory.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "name",
            "name",
            Doubted(
                Str(max_length=64),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "The limit on `name` (maxLength 64) is assumed, not read from the operation's page: the 64-character limit is assumed from the server name.",
                        "One qchat/createChannelCategory.action call with `name` just over the limit: 414 confirms it, 200 shows the limit is higher or absent.",
                    ),
                ),
            ),
        ),
        Field("custom", "custom", Str(max_length=1024)),
        Field("viewMode", "view_mode", OneOf((0, 1))),
    ),
)

_CREATE_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/createChannelCategoryIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "serverRoleId",
            "server_role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_CREATE_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/createChannelCategoryUserIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
    ),
)

_CREATE_CHANNEL_IDENTIFY = Endpoint(
    "qchat/createChannelIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "serverRoleId",
            "server_role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_CREATE_CUSTOM_AUTH = Endpoint(
    "qchat/createCustomAuth.action",
    (
        Field("name", "name", Str(), required=True),
        Field("ext", "ext", Str()),
    ),
)

_CREATE_SERVER = Endpoint(
    "qchat/createServer.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("name", "name", Str(max_length=64)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("custom", "custom", Str(max_length=1024)),
        Field("inviteMode", "invite_mode", OneOf((0, 1))),
        Field("applyMode", "apply_mode", OneOf((0, 1))),
        Field("bid", "bid", Str()),
    ),
)

_CREATE_SERVER_IDENTIFY = Endpoint(
    "qchat/createServerIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((2,)), required=True),
        Field("name", "name", Str(), required=True),
        Field("icon", "icon", Str()),
        Field("ext", "ext", Str(max_length=1024)),
        Field(
            "priority",
            "priority",
            Doubted(
                Number(integral=True, minimum=1),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether `priority` is a number: the retired page types it String; described as an integer rank because its meaning is a rank.",
                        "One call with a non-numeric priority: 414 means a number is expected.",
                    ),
                ),
            ),
        ),
    ),
)

_CREATE_SERVER_IDENTIFY_MEMBER = Endpoint(
    "qchat/createServerIdentifyMember.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "faccids",
            "faccids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
)

_CREATE_USER_IDENTIFY = Endpoint(
    "qchat/createUserIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
    ),
)

_DELETE_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/deleteChannelCategoryIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_DELETE_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/deleteChannelCategoryUserIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
    ),
)

_DELETE_CHANNEL_IDENTIFY = Endpoint(
    "qchat/deleteChannelIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_DELETE_CUSTOM_AUTH = Endpoint(
    "qchat/deleteCustomAuth.action",
    (
        Field(
            "authBit",
            "auth_bit",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_DELETE_SERVER_IDENTIFY_MEMBER = Endpoint(
    "qchat/deleteServerIdentifyMember.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "faccids",
            "faccids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
)

_DELETE_USER_IDENTIFY = Endpoint(
    "qchat/deleteUserIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
    ),
)

_GENERATE_INVITE_CODE = Endpoint(
    "qchat/generateInviteCode.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/generateInviteCode.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/generateInviteCode.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("ps", "ps", Str(max_length=5000)),
        Field(
            "ttl", "ttl", Number(integral=True, minimum=1, format="int64", digits=True)
        ),
    ),
)

_GET_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/getChannelCategoryIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_CATEGORY_LIST_BY_SERVER_PAGE = Endpoint(
    "qchat/getChannelCategoryListByServerPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
        Field("sortField", "sort_field", Number(integral=True)),
        Field("pageToken", "page_token", Str()),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/getChannelCategoryUserIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_CATEGORYS = Endpoint(
    "qchat/getChannelCategorys.action",
    (
        Field(
            "categoryIds",
            "category_ids",
            JsonText(
                ListOf(Number(integral=True, format="int64", digits=True), min_items=1)
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_IDENTIFY_PAGES = Endpoint(
    "qchat/getChannelIdentifyPages.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_LIST_BY_CHANNEL_CATEGORY_PAGE = Endpoint(
    "qchat/getChannelListByChannelCategoryPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Doubted(
                Number(integral=True, minimum=1, maximum=200),
                Number(integral=True),
                (
                    SpecDoubt(
                        "limit",
                        "The limit on `limit` (maximum 200) is assumed, not read from the operation's page: the maximum is assumed from getChannelListPage.",
                        "One qchat/getChannelListByChannelCategoryPage.action call with `limit` just over the limit: 414 confirms it, 200 shows the limit is higher or absent.",
                    ),
                ),
            ),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_LIST_PAGE = Endpoint(
    "qchat/getChannelListPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=200),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_MEMBER_LIST_PAGE = Endpoint(
    "qchat/getChannelMemberListPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=200),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_CHANNELS = Endpoint(
    "qchat/getChannels.action",
    (
        Field(
            "channelIds",
            "channel_ids",
            JsonText(
                ListOf(Number(integral=True, format="int64", digits=True), min_items=1)
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_IDENTIFY_MEMBER_PAGES = Endpoint(
    "qchat/getServerIdentifyMemberPages.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=200),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_IDENTIFY_PAGES = Endpoint(
    "qchat/getServerIdentifyPages.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_LIST_PAGE = Endpoint(
    "qchat/getServerListPage.action",
    (
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
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
                        "The limit on `limit` (maximum 100) is assumed, not read from the operation's page: the maximum of 100 is assumed.",
                        "One qchat/getServerListPage.action call with `limit` just over the limit: 414 confirms it, 200 shows the limit is higher or absent.",
                    ),
                ),
            ),
            required=True,
        ),
        Field("sortField", "sort_field", Number(integral=True)),
        Field("pageToken", "page_token", Str()),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_MEMBER_BAN_LIST_PAGE = Endpoint(
    "qchat/getServerMemberBanListPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=200),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_MEMBER_LIST_PAGE = Endpoint(
    "qchat/getServerMemberListPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=200),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_MEMBERS = Endpoint(
    "qchat/getServerMembers.action",
    (
        Field(
            "serverId",
            "server_id",
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
    safe_to_repeat=True,
)

_GET_SERVERS = Endpoint(
    "qchat/getServers.action",
    (
        Field(
            "serverIds",
            "server_ids",
            JsonText(
                ListOf(Number(integral=True, format="int64", digits=True), min_items=1)
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_GET_USER_IDENTIFY_PAGES = Endpoint(
    "qchat/getUserIdentifyPages.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_GET_USER_SERVER_IDENTIFY = Endpoint(
    "qchat/getUserServerIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field("limit", "limit", Number(integral=True, minimum=1)),
    ),
    safe_to_repeat=True,
)

_INVITE_SERVER_MEMBER = Endpoint(
    "qchat/inviteServerMember.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/inviteServerMember.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/inviteServerMember.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "accids",
            "accids",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `accids` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/inviteServerMember.action call without `accids`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("ps", "ps", Str(max_length=5000)),
        Field(
            "ttl", "ttl", Number(integral=True, minimum=1, format="int64", digits=True)
        ),
    ),
)

_JOIN_SERVER_BY_INVITE_CODE = Endpoint(
    "qchat/joinServerByInviteCode.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/joinServerByInviteCode.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/joinServerByInviteCode.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "inviteCode",
            "invite_code",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `inviteCode` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/joinServerByInviteCode.action call without `inviteCode`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("ps", "ps", Str(max_length=5000)),
    ),
)

_KICK_SERVER_MEMBER = Endpoint(
    "qchat/kickServerMember.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/kickServerMember.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/kickServerMember.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "kickAccids",
            "kick_accids",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `kickAccids` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/kickServerMember.action call without `kickAccids`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_LEAVE_SERVER = Endpoint(
    "qchat/leaveServer.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/leaveServer.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/leaveServer.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_LIST_ALL_CUSTOM_AUTH = Endpoint(
    "qchat/listAllCustomAuth.action",
    (),
    safe_to_repeat=True,
)

_LIST_CUSTOM_AUTH_BY_AUTH_BITS = Endpoint(
    "qchat/listCustomAuthByAuthBits.action",
    (
        Field(
            "authBits",
            "auth_bits",
            JsonText(ListOf(Number(integral=True), min_items=1)),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_PAGE = Endpoint(
    "qchat/queryCategoryWhiteBlackIdentifyPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_USER_PAGE = Endpoint(
    "qchat/queryCategoryWhiteBlackIdentifyUserPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_QUERY_CHANNEL_UN_READ_MENTIONED_MSG_PAGE = Endpoint(
    "qchat/queryChannelUnReadMentionedMsgPage.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `accid` must be given: the stored copy of the page lost its required column; the operation looks up one member's mentions, so it is described as required.",
                    "One qchat/queryChannelUnReadMentionedMsgPage.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "timeTag", "time_tag", Number(integral=True, format="int64", digits=True)
        ),
        Field("limit", "limit", Number(integral=True, minimum=1, maximum=200)),
    ),
    safe_to_repeat=True,
)

_QUERY_HISTORY_MSG = Endpoint(
    "qchat/queryHistoryMsg.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `accid` must be given: the stored copies of the page lost its required column, and its cURL example sends accid, so it is described as required.",
                    "One qchat/queryHistoryMsg.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "fromTime",
            "from_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field("toTime", "to_time", Number(integral=True, format="int64", digits=True)),
        Field(
            "excludeMsgId",
            "exclude_msg_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field("limit", "limit", Number(integral=True, minimum=1, maximum=100)),
        Field("reverse", "reverse", OneOf((0, 1))),
    ),
    safe_to_repeat=True,
)

_QUERY_IDENTIFY_RESOURCES = Endpoint(
    "qchat/queryIdentifyResources.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_INVITE_APPLY_HISTORY_BY_SERVER = Endpoint(
    "qchat/queryInviteApplyHistoryByServer.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "fromTime",
            "from_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field(
            "toTime",
            "to_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field(
            "excludeRecordId",
            "exclude_record_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field("limit", "limit", Number(integral=True, minimum=1, maximum=100)),
        Field("reverse", "reverse", OneOf((0, 1))),
    ),
    safe_to_repeat=True,
)

_QUERY_INVITE_APPLY_HISTORY_BY_USER = Endpoint(
    "qchat/queryInviteApplyHistoryByUser.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "fromTime",
            "from_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field(
            "toTime",
            "to_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field(
            "excludeRecordId",
            "exclude_record_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field("limit", "limit", Number(integral=True, minimum=1, maximum=100)),
        Field("reverse", "reverse", OneOf((0, 1))),
    ),
    safe_to_repeat=True,
)

_QUERY_QUICK_COMMENT = Endpoint(
    "qchat/queryQuickComment.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "queryMsgs",
            "query_msgs",
            JsonText(ListOf(_shapes.QChatMessageKey, min_items=1, max_items=100)),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_THREAD_TALK_HISTORY = Endpoint(
    "qchat/queryThreadTalkHistory.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgIdServer",
            "msg_id_server",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgTime",
            "msg_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
        Field(
            "excludeMsgId",
            "exclude_msg_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field(
            "fromTime",
            "from_time",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field("toTime", "to_time", Number(integral=True, format="int64", digits=True)),
        Field("limit", "limit", Number(integral=True, minimum=1, maximum=100)),
        Field("reverse", "reverse", Bool()),
    ),
    safe_to_repeat=True,
)

_QUERY_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/queryWhiteBlackIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_QUERY_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/queryWhiteBlackIdentifyUser.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field("limit", "limit", Number(integral=True, minimum=1), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32)),
    ),
    safe_to_repeat=True,
)

_REJECT_SERVER_APPLY = Endpoint(
    "qchat/rejectServerApply.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerApply.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerApply.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "applyAccid",
            "apply_accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `applyAccid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerApply.action call without `applyAccid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "requestId",
            "request_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `requestId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerApply.action call without `requestId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("ps", "ps", Str(max_length=5000)),
    ),
)

_REJECT_SERVER_INVITE = Endpoint(
    "qchat/rejectServerInvite.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerInvite.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerInvite.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "inviter",
            "inviter",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `inviter` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerInvite.action call without `inviter`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "requestId",
            "request_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `requestId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/rejectServerInvite.action call without `requestId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("ps", "ps", Str(max_length=5000)),
    ),
)

_REMOVE_CHANNEL = Endpoint(
    "qchat/removeChannel.action",
    (
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channelId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/removeChannel.action call without `channelId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/removeChannel.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_REMOVE_CHANNEL_CATEGORY = Endpoint(
    "qchat/removeChannelCategory.action",
    (
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `categoryId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/removeChannelCategory.action call without `categoryId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/removeChannelCategory.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_REMOVE_SERVER = Endpoint(
    "qchat/removeServer.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/removeServer.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/removeServer.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_REMOVE_SERVER_IDENTIFY = Endpoint(
    "qchat/removeServerIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
)

_REQUEST_ADDR = Endpoint(
    "qchat/requestAddr.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("clienttype", "clienttype", OneOf((1, 2))),
        Field("clientip", "clientip", Str()),
    ),
    safe_to_repeat=True,
)

_SEND_ATTACH_MSG = Endpoint(
    "qchat/sendAttachMsg.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field(
            "toAccids", "to_accids", JsonText(ListOf(Str(min_length=1, max_length=32)))
        ),
        Field("body", "body", Str()),
        Field("attach", "attach", Str()),
        Field("ext", "ext", Str()),
        Field("persistEnable", "persist_enable", Bool()),
        Field("pushEnable", "push_enable", Bool()),
        Field("pushContent", "push_content", Str()),
        Field("needBadge", "need_badge", Bool()),
    ),
)

_SEND_MSG = Endpoint(
    "qchat/sendMsg.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", Number(integral=True), required=True),
        Field("body", "body", Str()),
        Field("attach", "attach", JsonText(MapOf(ANY))),
        Field("ext", "ext", Str()),
    ),
)

_UPDATE_ATTACH_MSG = Endpoint(
    "qchat/updateAttachMsg.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "msgIdServer",
            "msg_id_server",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", Number(integral=True), required=True),
        Field("body", "body", Str()),
        Field("ext", "ext", Str()),
        Field("status", "status", Number(integral=True, minimum=10000)),
    ),
)

_UPDATE_CATEGORY_INFO_OF_CHANNEL = Endpoint(
    "qchat/updateCategoryInfoOfChannel.action",
    (
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channelId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateCategoryInfoOfChannel.action call without `channelId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateCategoryInfoOfChannel.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
        ),
        Field("syncMode", "sync_mode", OneOf((0, 1))),
    ),
)

_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/updateCategoryWhiteBlackIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentify.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `categoryId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentify.action call without `categoryId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "type",
            "type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `type` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentify.action call without `type`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "opeType",
            "ope_type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `opeType` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentify.action call without `opeType`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentify.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `roleId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentify.action call without `roleId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/updateCategoryWhiteBlackIdentifyUser.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentifyUser.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `categoryId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentifyUser.action call without `categoryId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "type",
            "type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `type` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentifyUser.action call without `type`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "opeType",
            "ope_type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `opeType` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentifyUser.action call without `opeType`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentifyUser.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "toAccids",
            "to_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `toAccids` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateCategoryWhiteBlackIdentifyUser.action call without `toAccids`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_UPDATE_CHANNEL = Endpoint(
    "qchat/updateChannel.action",
    (
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channelId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateChannel.action call without `channelId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateChannel.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("name", "name", Str(max_length=64)),
        Field("topic", "topic", Str(max_length=128)),
        Field("custom", "custom", Str(max_length=1024)),
        Field("viewMode", "view_mode", OneOf((0, 1))),
        Field("bid", "bid", Str()),
    ),
)

_UPDATE_CHANNEL_CATEGORY = Endpoint(
    "qchat/updateChannelCategory.action",
    (
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `categoryId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateChannelCategory.action call without `categoryId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateChannelCategory.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("name", "name", Str(max_length=64)),
        Field("custom", "custom", Str(max_length=1024)),
        Field("viewMode", "view_mode", OneOf((0, 1))),
    ),
)

_UPDATE_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/updateChannelCategoryIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("auths", "auths", JsonText(MapOf(OneOf((-1, 0, 1)))), required=True),
    ),
)

_UPDATE_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/updateChannelCategoryUserIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "categoryId",
            "category_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
        Field("auths", "auths", JsonText(MapOf(OneOf((-1, 0, 1)))), required=True),
    ),
)

_UPDATE_CHANNEL_IDENTIFY = Endpoint(
    "qchat/updateChannelIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("auths", "auths", JsonText(MapOf(OneOf((-1, 0, 1)))), required=True),
    ),
)

_UPDATE_MSG = Endpoint(
    "qchat/updateMsg.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgIdServer",
            "msg_id_server",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgTime",
            "msg_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("body", "body", Str()),
        Field("ext", "ext", Str()),
    ),
)

_UPDATE_OTHER_SERVER_MEMBER = Endpoint(
    "qchat/updateOtherServerMember.action",
    (
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `accid` must be given: the required list of this body is copied from updateServerMember, not from the operation's page.",
                    "One qchat/updateOtherServerMember.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is copied from updateServerMember, not from the operation's page.",
                    "One qchat/updateOtherServerMember.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "toAccid",
            "to_accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `toAccid` must be given: the required list of this body is copied from updateServerMember, not from the operation's page.",
                    "One qchat/updateOtherServerMember.action call without `toAccid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("nick", "nick", Str(max_length=64)),
        Field("avatar", "avatar", Str(max_length=1024)),
        Field("bid", "bid", Str()),
    ),
)

_UPDATE_QUICK_COMMENT = Endpoint(
    "qchat/updateQuickComment.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgIdServer",
            "msg_id_server",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgTime",
            "msg_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "type",
            "type",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "operateType",
            "operate_type",
            Doubted(
                OneOf((1, 2)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "The values of the add/remove switch are a guess.",
                        "One call with each value: the comment appears after one and disappears after the other.",
                    ),
                ),
            ),
            required=True,
        ),
    ),
)

_UPDATE_SERVER = Endpoint(
    "qchat/updateServer.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateServer.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is inferred from the other QChat operations, not from the operation's page.",
                    "One qchat/updateServer.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("name", "name", Str(max_length=64)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("custom", "custom", Str(max_length=1024)),
        Field("inviteMode", "invite_mode", OneOf((0, 1))),
        Field("applyMode", "apply_mode", OneOf((0, 1))),
        Field("bid", "bid", Str()),
    ),
)

_UPDATE_SERVER_IDENTIFY = Endpoint(
    "qchat/updateServerIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("name", "name", Str()),
        Field("icon", "icon", Str()),
        Field("ext", "ext", Str(max_length=1024)),
        Field("auths", "auths", JsonText(MapOf(OneOf((-1, 0, 1))))),
        Field("priority", "priority", Number(integral=True, minimum=1)),
    ),
)

_UPDATE_SERVER_MEMBER = Endpoint(
    "qchat/updateServerMember.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("nick", "nick", Str(max_length=64)),
        Field("avatar", "avatar", Str(max_length=1024)),
        Field("custom", "custom", Str(max_length=1024)),
        Field("bid", "bid", Str()),
    ),
)

_UPDATE_SERVER_MEMBER_BAN = Endpoint(
    "qchat/updateServerMemberBan.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/updateServerMemberBan.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/updateServerMemberBan.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `targetAccid` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/updateServerMemberBan.action call without `targetAccid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "opeType",
            "ope_type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `opeType` must be given: the required list of this body is taken from the options the web SDK requires, not from the operation's page.",
                    "One qchat/updateServerMemberBan.action call without `opeType`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field("custom", "custom", Str(max_length=1024)),
    ),
)

_UPDATE_USER_IDENTIFY = Endpoint(
    "qchat/updateUserIdentify.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
        Field("auths", "auths", JsonText(MapOf(OneOf((-1, 0, 1)))), required=True),
    ),
)

_UPDATE_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/updateWhiteBlackIdentify.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `serverId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateWhiteBlackIdentify.action call without `serverId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `channelId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateWhiteBlackIdentify.action call without `channelId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "type",
            "type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `type` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateWhiteBlackIdentify.action call without `type`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "opeType",
            "ope_type",
            OneOf((1, 2)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `opeType` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateWhiteBlackIdentify.action call without `opeType`: code 414 means it is required, 200 that it may be left out.",
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
                    "Whether `accid` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateWhiteBlackIdentify.action call without `accid`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
        Field(
            "roleId",
            "role_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `roleId` must be given: the required list of this body is copied from updateWhiteBlackIdentifyUser, not from the operation's page.",
                    "One qchat/updateWhiteBlackIdentify.action call without `roleId`: code 414 means it is required, 200 that it may be left out.",
                ),
            ),
        ),
    ),
)

_UPDATE_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/updateWhiteBlackIdentifyUser.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "channelId",
            "channel_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("type", "type", OneOf((1, 2)), required=True),
        Field("opeType", "ope_type", OneOf((1, 2)), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "toAccids",
            "to_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
)


class QchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def accept_server_apply(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        apply_accid: str | None = None,
        request_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Accept an application to join a QChat server.

        Accepts the application `request_id` of `apply_accid` on behalf of `accid`, who
        needs the permission to handle applications; the applicant joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that accepts; needs the permission to handle applications. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            apply_accid: Account that applied. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Id of the application. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/acceptServerApply.action``
        (operation ``qchatAcceptServerApply`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _ACCEPT_SERVER_APPLY,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "applyAccid": apply_accid,
                    "requestId": request_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def accept_server_invite(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        inviter: str | None = None,
        request_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Accept an invitation into a QChat server.

        Makes the invited account `accid` accept the invitation `request_id` sent by
        `inviter`, so it joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: The invited account. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter: Account that sent the invitation. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: Id of the invitation, from the invitation notification or the
                invite answer. Required by the spec, which doubts it: left out, the call
                is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/acceptServerInvite.action``
        (operation ``qchatAcceptServerInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _ACCEPT_SERVER_INVITE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "inviter": inviter,
                    "requestId": request_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def apply_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        ps: str | None = None,
        ttl: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatApplyServerResponse:
        """Apply to join a QChat server.

        Makes `accid` apply to join a server. With the server's application mode 0 the
        account joins at once; with mode 1 members with the permission to handle
        applications are notified and one of them must accept. A banned account is
        refused with 403.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that applies. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            ps: Message shown with the application. At most 5000 characters.
            ttl: How long the application stays valid, in milliseconds.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatApplyServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/applyServer.action``
        (operation ``qchatApplyServer`` in the spec).
        """
        return _cast(
            "QchatApplyServerResponse",
            self._client._call(
                _APPLY_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "ps": ps,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_get_category_white_black_identify(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        roleids: list[int],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat category's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel category's
        whitelist or blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            roleids: Server identity groups to look up, at most 100. At least 1 items;
                at most 100 items. Sent as compact JSON; JSON text given as a str is
                checked and sent as is.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetCategoryWhiteBlackIdentifyResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetCategoryWhiteBlackIdentify.action``
        (operation ``qchatBatchGetCategoryWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyResponse",
            self._client._call(
                _BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "roleids": roleids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_get_category_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        accids: list[str],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat category's whitelist or blacklist.

        Returns those of the given accounts that are on a channel category's whitelist
        or blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            accids: Accounts to look up, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetCategoryWhiteBlackIdentifyUserResponse: the response body
                (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetCategoryWhiteBlackIdentifyUser.action``
        (operation ``qchatBatchGetCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyUserResponse",
            self._client._call(
                _BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "accids": accids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_get_white_black_identify(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        roleids: list[int],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat channel's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel's whitelist or
        blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            roleids: Server identity groups to look up, at most 100. At least 1 items;
                at most 100 items. Sent as compact JSON; JSON text given as a str is
                checked and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetWhiteBlackIdentifyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetWhiteBlackIdentify.action``
        (operation ``qchatBatchGetWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "QchatBatchGetWhiteBlackIdentifyResponse",
            self._client._call(
                _BATCH_GET_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "roleids": roleids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_get_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        accids: list[str],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat channel's whitelist or blacklist.

        Returns those of the given accounts that are on a channel's whitelist or
        blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            accids: Accounts to look up, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetWhiteBlackIdentifyUserResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetWhiteBlackIdentifyUser.action``
        (operation ``qchatBatchGetWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "QchatBatchGetWhiteBlackIdentifyUserResponse",
            self._client._call(
                _BATCH_GET_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "accids": accids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_query_thread_talk_meta(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        accid: str | None = None,
        query_msgs: list[QChatMessageKey] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchQueryThreadTalkMetaResponse:
        """Query the reply counts of several threads.

        For up to 100 root messages of one channel, returns the number of replies and
        the time of the last reply of each thread.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            accid: Account on whose behalf the threads are read. 1 to 32 characters.
            query_msgs: Root messages to look up, at most 100, each as its server id and
                send time. At least 1 items; at most 100 items. Sent as compact JSON;
                JSON text given as a str is checked and sent as is. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchQueryThreadTalkMetaResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/batchQueryThreadTalkMeta.action``
        (operation ``qchatBatchQueryThreadTalkMeta`` in the spec).
        """
        return _cast(
            "QchatBatchQueryThreadTalkMetaResponse",
            self._client._call(
                _BATCH_QUERY_THREAD_TALK_META,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "accid": accid,
                    "queryMsgs": query_msgs,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_update_channel_reorder_weight(
        self,
        *,
        server_id: int | str,
        reorder_infos: list[QchatBatchUpdateChannelReorderWeightReorderInfosItem],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set the custom sort weights of QChat channels.

        Sets the custom sort weight of several channels of one server at once. Channel
        lists read with `sortField` 1 follow these weights.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            reorder_infos: The channels and their new weights. At least 1 items. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchUpdateChannelReorderWeight.action``
        (operation ``qchatBatchUpdateChannelReorderWeight`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _BATCH_UPDATE_CHANNEL_REORDER_WEIGHT,
                {
                    "serverId": server_id,
                    "reorderInfos": reorder_infos,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_update_server_identify_priority(
        self,
        *,
        accid: str,
        server_id: int | str,
        priorities: dict[str, int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchUpdateServerIdentifyPriorityResponse:
        """Change the ranks of several server roles.

        Sets the rank of several custom server roles in one call. A smaller number ranks
        higher; a member may move only roles ranked below the highest role it holds, and
        the @everyone role keeps rank 0.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            priorities: New ranks as JSON text, an object from role id (as a string) to
                rank. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchUpdateServerIdentifyPriorityResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/batchUpdateServerIdentifyPriority.action``
        (operation ``qchatBatchUpdateServerIdentifyPriority`` in the spec).
        """
        return _cast(
            "QchatBatchUpdateServerIdentifyPriorityResponse",
            self._client._call(
                _BATCH_UPDATE_SERVER_IDENTIFY_PRIORITY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "priorities": priorities,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def batch_update_server_reorder_weight(
        self,
        *,
        reorder_infos: list[QchatBatchUpdateServerReorderWeightReorderInfosItem],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set the custom sort weights of QChat servers.

        Sets the custom sort weight of several servers at once. Server lists and
        searches read with `sortField` 1 follow these weights.

        Args:
            reorder_infos: The servers and their new weights. At least 1 items. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchUpdateServerReorderWeight.action``
        (operation ``qchatBatchUpdateServerReorderWeight`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _BATCH_UPDATE_SERVER_REORDER_WEIGHT,
                {
                    "reorderInfos": reorder_infos,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_channel(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        type: Literal[0, 1, 100] | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        category_id: int | str | None = None,
        sync_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelResponse:
        """Create a channel in a QChat server.

        Creates a channel in a server on behalf of `accid`, who needs the permission to
        manage channels, and returns it. A public channel (`view_mode` 0) is visible to
        every member not on its blacklist; a private one (1) only to those on its
        whitelist. With `category_id` the channel is put in that category, and with
        `sync_mode` 1 it takes its permissions from the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that creates the channel; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: Channel name. At most 64 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            type: Kind of channel; 0 message channel, 1 real-time audio/video channel,
                100 custom channel. One of 0, 1, 100. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            topic: Channel topic. At most 128 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            category_id: Category to put the channel in.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/createChannel.action``
        (operation ``qchatCreateChannel`` in the spec).
        """
        return _cast(
            "QchatCreateChannelResponse",
            self._client._call(
                _CREATE_CHANNEL,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "type": type,
                    "topic": topic,
                    "custom": custom,
                    "viewMode": view_mode,
                    "categoryId": category_id,
                    "syncMode": sync_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_channel_category(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelCategoryResponse:
        """Create a channel category in a QChat server.

        Creates a channel category (a folder of channels whose visibility and
        permissions its channels can follow) in a server on behalf of `accid`, who needs
        the permission to manage channels, and returns it.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that creates the category; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: Category name. At most 64 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelCategoryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/createChannelCategory.action``
        (operation ``qchatCreateChannelCategory`` in the spec).
        """
        return _cast(
            "QchatCreateChannelCategoryResponse",
            self._client._call(
                _CREATE_CHANNEL_CATEGORY,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "custom": custom,
                    "viewMode": view_mode,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        server_role_id: int | str,
        category_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelCategoryIdentifyResponse:
        """Create a channel-category role.

        Creates a role for a channel category, derived from a server role. It serves as
        the role template of the category's channels that synchronise with the category.
        Its switches start as "inherit" (0). Anyone but the server's creator needs the
        role-management permission in the category.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            server_role_id: Server role the category role derives from.
            category_id: Id of a channel category inside a QChat server.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelCategoryIdentifyResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createChannelCategoryIdentify.action``
        (operation ``qchatCreateChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateChannelCategoryIdentifyResponse",
            self._client._call(
                _CREATE_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "serverRoleId": server_role_id,
                    "categoryId": category_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelCategoryUserIdentifyResponse:
        """Customise one member's permissions in a channel category.

        Creates a per-member permission customisation for one member in a channel
        category. Its switches start as "inherit", so the member keeps the permissions
        of its roles until updateChannelCategoryUserIdentify changes them.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            faccid: Member whose permissions are customised. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelCategoryUserIdentifyResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createChannelCategoryUserIdentify.action``
        (operation ``qchatCreateChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateChannelCategoryUserIdentifyResponse",
            self._client._call(
                _CREATE_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_channel_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        server_role_id: int | str,
        channel_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelIdentifyResponse:
        """Create a channel role.

        Creates a channel role derived from a server role, so that the permissions of
        that server role's members can differ inside one channel. Every switch of the
        new channel role starts as "inherit" (0), so nothing changes until
        updateChannelIdentify sets them. The caller needs the role-management and
        channel-management permissions and must be a member of the channel.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            server_role_id: Server role the channel role derives from.
            channel_id: Id of a channel inside a QChat server.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createChannelIdentify.action``
        (operation ``qchatCreateChannelIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateChannelIdentifyResponse",
            self._client._call(
                _CREATE_CHANNEL_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "serverRoleId": server_role_id,
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_custom_auth(
        self,
        *,
        name: str,
        ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateCustomAuthResponse:
        """Create a custom permission item.

        Adds an app-defined permission item (自定义权限项), for example "may send images" or
        "may post", next to the built-in ones. Once created, its code can be switched on
        or off in the `auths` of any role or member customisation like a built-in
        permission; the app enforces what it means.

        Args:
            name: Name of the permission item.
            ext: App-defined extension of the permission item.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateCustomAuthResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createCustomAuth.action``
        (operation ``qchatCreateCustomAuth`` in the spec).
        """
        return _cast(
            "QchatCreateCustomAuthResponse",
            self._client._call(
                _CREATE_CUSTOM_AUTH,
                {
                    "name": name,
                    "ext": ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_server(
        self,
        *,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: Literal[0, 1] | bool | None = None,
        apply_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateServerResponse:
        """Create a QChat server.

        Creates a QChat server (a community that holds members and channels) owned by
        `accid` and returns it. An account may own or belong to at most 100 servers
        unless the limit was raised in the console. Name, icon and extension are checked
        by content moderation, with the business in `bid` when given.

        Args:
            accid: Account that creates and owns the server. 1 to 32 characters.
            name: Server name. At most 64 characters.
            icon: Server icon URL. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            invite_mode: Whether an invited account must accept: 0 it must accept the
                invitation (the default), 1 it joins at once. Any other value is
                rejected with 414. One of 0, 1.
            apply_mode: Whether an application to join needs approval: 0 the applicant
                joins at once (the default), 1 the owner or a member with the right
                permission must approve. Any other value is rejected with 414. One of 0,
                1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/createServer.action``
        (operation ``qchatCreateServer`` in the spec).
        """
        return _cast(
            "QchatCreateServerResponse",
            self._client._call(
                _CREATE_SERVER,
                {
                    "accid": accid,
                    "name": name,
                    "icon": icon,
                    "custom": custom,
                    "inviteMode": invite_mode,
                    "applyMode": apply_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        type: Literal[2],
        name: str,
        icon: str | None = None,
        ext: str | None = None,
        priority: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateServerIdentifyResponse:
        """Create a custom server role.

        Creates a custom role (身份组) in a QChat server and returns it. A new role starts
        with the union of the permissions the existing roles grant; change them
        afterwards with updateServerIdentify. A server holds at most 20 roles unless the
        limit was raised in the console. Anyone but the server's creator needs the
        role-management permission.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            type: Kind of role; only 2 (a custom role) can be created. One of 2.
            name: Name of the role.
            icon: Icon URL of the role.
            ext: App-defined extension of the role. At most 1024 characters.
            priority: Rank of the role: the smaller the number, the higher the rank, 1
                being the highest. Members with role-management permission may edit only
                roles ranked below their own. At least 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateServerIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createServerIdentify.action``
        (operation ``qchatCreateServerIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateServerIdentifyResponse",
            self._client._call(
                _CREATE_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "type": type,
                    "name": name,
                    "icon": icon,
                    "ext": ext,
                    "priority": priority,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        faccids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateServerIdentifyMemberResponse:
        """Add members to a server role.

        Puts up to 100 server members into a server role. The caller needs the
        role-management permission (the server's creator has it). The answer lists the
        accounts that were added and those that were not.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to add the members to.
            faccids: Accounts to add, at most 100. At least 1 items; at most 100 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateServerIdentifyMemberResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createServerIdentifyMember.action``
        (operation ``qchatCreateServerIdentifyMember`` in the spec).
        """
        return _cast(
            "QchatCreateServerIdentifyMemberResponse",
            self._client._call(
                _CREATE_SERVER_IDENTIFY_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                    "faccids": faccids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateUserIdentifyResponse:
        """Customise one member's permissions in a channel.

        Creates a per-member permission customisation (定制权限) for one member of a
        channel. Its switches start as "inherit", so the member keeps the permissions of
        its channel roles until updateUserIdentify changes them. Anyone but the server's
        creator needs the role-management and channel-management permissions and must be
        a member of the channel.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            faccid: Member whose permissions are customised. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateUserIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createUserIdentify.action``
        (operation ``qchatCreateUserIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateUserIdentifyResponse",
            self._client._call(
                _CREATE_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        role_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a channel-category role.

        Deletes a role of a channel category.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            role_id: Category role to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteChannelCategoryIdentify.action``
        (operation ``qchatDeleteChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a member's channel-category permission customisation.

        Deletes the permission customisation of one member in a channel category; the
        member goes back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            faccid: Member whose customisation is removed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteChannelCategoryUserIdentify.action``
        (operation ``qchatDeleteChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_channel_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        role_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a channel role.

        Deletes a channel role; inside that channel its members fall back to the
        permissions of the server role.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            role_id: Channel role to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteChannelIdentify.action``
        (operation ``qchatDeleteChannelIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE_CHANNEL_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_custom_auth(
        self,
        *,
        auth_bit: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a custom permission item.

        Deletes an app-defined permission item by its code.

        Args:
            auth_bit: Code of the permission item to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteCustomAuth.action``
        (operation ``qchatDeleteCustomAuth`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE_CUSTOM_AUTH,
                {
                    "authBit": auth_bit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        faccids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatDeleteServerIdentifyMemberResponse:
        """Remove members from a server role.

        Takes up to 100 accounts out of a server role; they stay members of the server.
        The caller needs the role-management permission (the server's creator has it).
        The answer lists the accounts removed and those that were not.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to remove the members from.
            faccids: Accounts to remove, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatDeleteServerIdentifyMemberResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteServerIdentifyMember.action``
        (operation ``qchatDeleteServerIdentifyMember`` in the spec).
        """
        return _cast(
            "QchatDeleteServerIdentifyMemberResponse",
            self._client._call(
                _DELETE_SERVER_IDENTIFY_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                    "faccids": faccids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a member's channel permission customisation.

        Deletes the permission customisation of one member in a channel; the member goes
        back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            faccid: Member whose customisation is removed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteUserIdentify.action``
        (operation ``qchatDeleteUserIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def generate_invite_code(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        ps: str | None = None,
        ttl: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGenerateInviteCodeResponse:
        """Generate an invite code for a QChat server.

        Creates an invite code for a server on behalf of `accid`, who needs the
        permission to invite. Anyone may join the server with the code (see
        `joinServerByInviteCode`) until it expires; without `ttl` it stays valid for 30
        days.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that creates the code. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ps: Message stored with the code. At most 5000 characters.
            ttl: How long the code stays valid, in milliseconds; 30 days when left out.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGenerateInviteCodeResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/generateInviteCode.action``
        (operation ``qchatGenerateInviteCode`` in the spec).
        """
        return _cast(
            "QchatGenerateInviteCodeResponse",
            self._client._call(
                _GENERATE_INVITE_CODE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "ps": ps,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_category_identify(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategoryIdentifyResponse:
        """List the roles of a channel category, page by page.

        Returns one page of the roles of a channel category. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategoryIdentifyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategoryIdentify.action``
        (operation ``qchatGetChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategoryIdentifyResponse",
            self._client._call(
                _GET_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_category_list_by_server_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        sort_field: int | None = None,
        page_token: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategoryListByServerPageResponse:
        """List the channel categories of a QChat server page by page.

        Returns one page of a server's channel categories, newest first, or by custom
        weight when `sort_field` is 1. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` (with the custom order, `pageInfo.nextPageToken` as
        `page_token`) until `hasMore` is false. With `accid` only the categories that
        account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose visible categories to list; all categories when left
                out. 1 to 32 characters.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `page_token`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sort_field` is 1; leave it out for
                the first page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategoryListByServerPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategoryListByServerPage.action``
        (operation ``qchatGetChannelCategoryListByServerPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategoryListByServerPageResponse",
            self._client._call(
                _GET_CHANNEL_CATEGORY_LIST_BY_SERVER_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                    "sortField": sort_field,
                    "pageToken": page_token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_category_user_identify(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategoryUserIdentifyResponse:
        """List the members with customised permissions in a channel category.

        Returns one page of the per-member permission customisations of a channel
        category. Pass `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategoryUserIdentifyResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategoryUserIdentify.action``
        (operation ``qchatGetChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategoryUserIdentifyResponse",
            self._client._call(
                _GET_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_categorys(
        self,
        *,
        category_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategorysResponse:
        """Get QChat channel categories by id.

        Returns the channel categories with the given ids; ids that do not exist are
        left out of the answer.

        Args:
            category_ids: Ids of the categories to read. At least 1 items. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategorysResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategorys.action``
        (operation ``qchatGetChannelCategorys`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategorysResponse",
            self._client._call(
                _GET_CHANNEL_CATEGORYS,
                {
                    "categoryIds": category_ids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_identify_pages(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelIdentifyPagesResponse:
        """List the roles of a channel, page by page.

        Returns one page of the channel roles of a channel. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelIdentifyPagesResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getChannelIdentifyPages.action``
        (operation ``qchatGetChannelIdentifyPages`` in the spec).
        """
        return _cast(
            "QchatGetChannelIdentifyPagesResponse",
            self._client._call(
                _GET_CHANNEL_IDENTIFY_PAGES,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_list_by_channel_category_page(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelListByChannelCategoryPageResponse:
        """List the channels of a QChat channel category page by page.

        Returns one page of the channels in a category, newest first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. With `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            accid: Account whose visible channels to list; all channels when left out. 1
                to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelListByChannelCategoryPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelListByChannelCategoryPage.action``
        (operation ``qchatGetChannelListByChannelCategoryPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelListByChannelCategoryPageResponse",
            self._client._call(
                _GET_CHANNEL_LIST_BY_CHANNEL_CATEGORY_PAGE,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_list_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelListPageResponse:
        """List the channels of a QChat server page by page.

        Returns one page of a server's channels, newest first. Start with `timetag` 0
        and pass the returned `pageInfo.nextTimetag` until `hasMore` is false. With
        `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account whose visible channels to list; all channels when left out. 1
                to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelListPageResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelListPage.action``
        (operation ``qchatGetChannelListPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelListPageResponse",
            self._client._call(
                _GET_CHANNEL_LIST_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channel_member_list_page(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelMemberListPageResponse:
        """List the members of a QChat channel page by page.

        Returns one page of the server members who can see a channel: for a public
        channel everyone not on its blacklist, for a private one those on its whitelist.
        Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the call fails with 403 unless that account is
        a member of both the server and the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server and the channel for the
                call to succeed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelMemberListPageResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelMemberListPage.action``
        (operation ``qchatGetChannelMemberListPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelMemberListPageResponse",
            self._client._call(
                _GET_CHANNEL_MEMBER_LIST_PAGE,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_channels(
        self,
        *,
        channel_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelsResponse:
        """Get QChat channels by id.

        Returns the channels with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            channel_ids: Ids of the channels to read. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannels.action``
        (operation ``qchatGetChannels`` in the spec).
        """
        return _cast(
            "QchatGetChannelsResponse",
            self._client._call(
                _GET_CHANNELS,
                {
                    "channelIds": channel_ids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_server_identify_member_pages(
        self,
        *,
        server_id: int | str,
        role_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerIdentifyMemberPagesResponse:
        """List the members of a server role, page by page.

        Returns one page of the members of a server role, newest first. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role whose members are listed.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of members on the page. At least 1; at most 200.
            accid: Account on whose behalf the members are read. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerIdentifyMemberPagesResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getServerIdentifyMemberPages.action``
        (operation ``qchatGetServerIdentifyMemberPages`` in the spec).
        """
        return _cast(
            "QchatGetServerIdentifyMemberPagesResponse",
            self._client._call(
                _GET_SERVER_IDENTIFY_MEMBER_PAGES,
                {
                    "serverId": server_id,
                    "roleId": role_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_server_identify_pages(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerIdentifyPagesResponse:
        """List the roles of a server, page by page.

        Returns one page of a server's roles, ordered by rank. The first page always
        includes the @everyone role, so it may hold one more role than `limit`. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read; when given, its
                permission to see them is checked. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerIdentifyPagesResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getServerIdentifyPages.action``
        (operation ``qchatGetServerIdentifyPages`` in the spec).
        """
        return _cast(
            "QchatGetServerIdentifyPagesResponse",
            self._client._call(
                _GET_SERVER_IDENTIFY_PAGES,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_server_list_page(
        self,
        *,
        timetag: int | str,
        limit: int,
        sort_field: int | None = None,
        page_token: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerListPageResponse:
        """List QChat servers page by page.

        Returns one page of the app's servers, newest first by creation time, or by
        custom weight when `sort_field` is 1. Start with `timetag` 0 and pass the
        returned `pageInfo.nextTimetag` (or `nextPageToken`) until `hasMore` is false.

        Args:
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 100. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `page_token`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sort_field` is 1; leave it out for
                the first page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerListPageResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerListPage.action``
        (operation ``qchatGetServerListPage`` in the spec).
        """
        return _cast(
            "QchatGetServerListPageResponse",
            self._client._call(
                _GET_SERVER_LIST_PAGE,
                {
                    "timetag": timetag,
                    "limit": limit,
                    "sortField": sort_field,
                    "pageToken": page_token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_server_member_ban_list_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerMemberBanListPageResponse:
        """List the banned members of a QChat server page by page.

        Returns one page of a server's banned accounts, most recent ban first. Start
        with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account on whose behalf the list is read; needs the permission to ban
                members. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerMemberBanListPageResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerMemberBanListPage.action``
        (operation ``qchatGetServerMemberBanListPage`` in the spec).
        """
        return _cast(
            "QchatGetServerMemberBanListPageResponse",
            self._client._call(
                _GET_SERVER_MEMBER_BAN_LIST_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_server_member_list_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerMemberListPageResponse:
        """List the members of a QChat server page by page.

        Returns one page of a server's members, latest joiner first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. Banned members are not listed. With `accid` the server first checks that
        this account is a member.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server for the call to succeed.
                1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerMemberListPageResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerMemberListPage.action``
        (operation ``qchatGetServerMemberListPage`` in the spec).
        """
        return _cast(
            "QchatGetServerMemberListPageResponse",
            self._client._call(
                _GET_SERVER_MEMBER_LIST_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_server_members(
        self,
        *,
        server_id: int | str,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerMembersResponse:
        """Get members of a QChat server by account.

        Returns the member cards of the given accounts in one server; accounts that are
        not members are left out.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            accids: Accounts to look up, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerMembersResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerMembers.action``
        (operation ``qchatGetServerMembers`` in the spec).
        """
        return _cast(
            "QchatGetServerMembersResponse",
            self._client._call(
                _GET_SERVER_MEMBERS,
                {
                    "serverId": server_id,
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_servers(
        self,
        *,
        server_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServersResponse:
        """Get QChat servers by id.

        Returns the servers with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            server_ids: Ids of the servers to read. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServersResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServers.action``
        (operation ``qchatGetServers`` in the spec).
        """
        return _cast(
            "QchatGetServersResponse",
            self._client._call(
                _GET_SERVERS,
                {
                    "serverIds": server_ids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_user_identify_pages(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetUserIdentifyPagesResponse:
        """List the members with customised permissions in a channel.

        Returns one page of the per-member permission customisations of a channel. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetUserIdentifyPagesResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getUserIdentifyPages.action``
        (operation ``qchatGetUserIdentifyPages`` in the spec).
        """
        return _cast(
            "QchatGetUserIdentifyPagesResponse",
            self._client._call(
                _GET_USER_IDENTIFY_PAGES,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_user_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        timetag: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetUserServerIdentifyResponse:
        """List the server roles a member holds.

        Returns one page of the server roles held by one member of a server. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            accid: Member whose roles are listed. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetUserServerIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getUserServerIdentify.action``
        (operation ``qchatGetUserServerIdentify`` in the spec).
        """
        return _cast(
            "QchatGetUserServerIdentifyResponse",
            self._client._call(
                _GET_USER_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def invite_server_member(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        accids: list[str] | None = None,
        ps: str | None = None,
        ttl: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatInviteServerMemberResponse:
        """Invite accounts into a QChat server.

        Invites accounts into a server on behalf of `accid`, who needs the permission to
        invite. With the server's invitation mode 0 each invited account receives an
        invitation to accept; with mode 1 they join at once. Accounts that already
        belong to as many servers as allowed, or that are banned from this server, are
        returned in the two failure lists; the invitation record comes back in
        `recordInfo`.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that sends the invitation. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accids: Accounts to invite. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ps: Message shown with the invitation. At most 5000 characters.
            ttl: How long the invitation stays valid, in milliseconds.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatInviteServerMemberResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/inviteServerMember.action``
        (operation ``qchatInviteServerMember`` in the spec).
        """
        return _cast(
            "QchatInviteServerMemberResponse",
            self._client._call(
                _INVITE_SERVER_MEMBER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "accids": accids,
                    "ps": ps,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def join_server_by_invite_code(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        invite_code: str | None = None,
        ps: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Join a QChat server with an invite code.

        Makes `accid` join a server with an invite code made by `generateInviteCode`. An
        expired code is refused.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that joins. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            invite_code: The invite code. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            ps: Message shown to the server with the join. At most 5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/joinServerByInviteCode.action``
        (operation ``qchatJoinServerByInviteCode`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _JOIN_SERVER_BY_INVITE_CODE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "inviteCode": invite_code,
                    "ps": ps,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def kick_server_member(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        kick_accids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove members from a QChat server.

        Removes accounts from a server on behalf of `accid`, who needs the permission to
        kick members. The owner cannot be removed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that removes the members; needs the permission to kick. 1 to
                32 characters. Required by the spec, which doubts it: left out, the call
                is sent with a SpecDoubtWarning.
            kick_accids: Accounts to remove. At least 1 items; each 1 to 32 characters.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/kickServerMember.action``
        (operation ``qchatKickServerMember`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _KICK_SERVER_MEMBER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "kickAccids": kick_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def leave_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Leave a QChat server.

        Makes `accid` leave a server. The owner cannot leave its own server; delete it
        instead.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that leaves. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/leaveServer.action``
        (operation ``qchatLeaveServer`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _LEAVE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_all_custom_auth(
        self,
        *,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatListAllCustomAuthResponse:
        """List every custom permission item.

        Returns all app-defined permission items of the app.

        Args:
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatListAllCustomAuthResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/listAllCustomAuth.action``
        (operation ``qchatListAllCustomAuth`` in the spec).
        """
        return _cast(
            "QchatListAllCustomAuthResponse",
            self._client._call(
                _LIST_ALL_CUSTOM_AUTH,
                {},
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_custom_auth_by_auth_bits(
        self,
        *,
        auth_bits: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatListCustomAuthByAuthBitsResponse:
        """Look up custom permission items by code.

        Returns the app-defined permission items with the given codes.

        Args:
            auth_bits: Codes of the permission items to look up, as a JSON array. At
                least 1 items. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatListCustomAuthByAuthBitsResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/listCustomAuthByAuthBits.action``
        (operation ``qchatListCustomAuthByAuthBits`` in the spec).
        """
        return _cast(
            "QchatListCustomAuthByAuthBitsResponse",
            self._client._call(
                _LIST_CUSTOM_AUTH_BY_AUTH_BITS,
                {
                    "authBits": auth_bits,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_category_white_black_identify_page(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyPageResponse:
        """List a QChat category's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel category's whitelist or
        blacklist, newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryCategoryWhiteBlackIdentifyPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryCategoryWhiteBlackIdentifyPage.action``
        (operation ``qchatQueryCategoryWhiteBlackIdentifyPage`` in the spec).
        """
        return _cast(
            "QchatQueryCategoryWhiteBlackIdentifyPageResponse",
            self._client._call(
                _QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_PAGE,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_category_white_black_identify_user_page(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyUserPageResponse:
        """List a QChat category's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel category's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryCategoryWhiteBlackIdentifyUserPageResponse: the response body
                (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryCategoryWhiteBlackIdentifyUserPage.action``
        (operation ``qchatQueryCategoryWhiteBlackIdentifyUserPage`` in the spec).
        """
        return _cast(
            "QchatQueryCategoryWhiteBlackIdentifyUserPageResponse",
            self._client._call(
                _QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_USER_PAGE,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_channel_un_read_mentioned_msg_page(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        accid: str | None = None,
        time_tag: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryChannelUnReadMentionedMsgPageResponse:
        """Query the unread messages that mention a member.

        Returns the unread messages of a channel that mention `accid`: by account,
        through a role it holds (other than @everyone) or by mentioning everyone. The
        search runs backwards from `time_tag` to the last message the member has read,
        up to 200 messages.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            accid: Member whose mentions are looked up. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            time_tag: Where the backward search starts, epoch milliseconds; now when
                omitted.
            limit: Maximum number of messages to return. At least 1; at most 200. The
                server's default is 200.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryChannelUnReadMentionedMsgPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryChannelUnReadMentionedMsgPage.action``
        (operation ``qchatQueryChannelUnReadMentionedMsgPage`` in the spec).
        """
        return _cast(
            "QchatQueryChannelUnReadMentionedMsgPageResponse",
            self._client._call(
                _QUERY_CHANNEL_UN_READ_MENTIONED_MSG_PAGE,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "accid": accid,
                    "timeTag": time_tag,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_history_msg(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        accid: str | None = None,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        exclude_msg_id: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryHistoryMsgResponse:
        """Query a channel's cloud message history.

        Returns up to 100 messages of a channel sent between `from_time` and `to_time`,
        newest first unless `reverse` is 1. To page, send the id of the last message of
        the previous page as `exclude_msg_id` and move the time bound to its send time;
        this skips messages sharing that timestamp correctly.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            accid: Account on whose behalf the history is read. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            exclude_msg_id: Server id of a message to leave out, normally the last
                message of the previous page.
            limit: Maximum number of messages to return. At least 1; at most 100. The
                server's default is 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1. The server's default is 0.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryHistoryMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryHistoryMsg.action``
        (operation ``qchatQueryHistoryMsg`` in the spec).
        """
        return _cast(
            "QchatQueryHistoryMsgResponse",
            self._client._call(
                _QUERY_HISTORY_MSG,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "accid": accid,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "excludeMsgId": exclude_msg_id,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_identify_resources(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryIdentifyResourcesResponse:
        """Query the permissions a member has.

        Returns the permissions one member actually has in a server or, when
        `channel_id` is given, in one channel, after combining its roles, channel roles
        and personal customisations.

        Args:
            accid: Member whose permissions are queried. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Channel to evaluate the permissions in; the server level when
                omitted.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryIdentifyResourcesResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryIdentifyResources.action``
        (operation ``qchatQueryIdentifyResources`` in the spec).
        """
        return _cast(
            "QchatQueryIdentifyResourcesResponse",
            self._client._call(
                _QUERY_IDENTIFY_RESOURCES,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_invite_apply_history_by_server(
        self,
        *,
        accid: str,
        server_id: int | str,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        exclude_record_id: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryInviteApplyHistoryByServerResponse:
        """List a QChat server's invitation and application records.

        Returns the invitations, applications, invite codes and joins by invite code
        recorded for a server within a time range, newest first unless `reverse` is 1.
        `accid` needs the permission to view this history; otherwise the call fails with
        403. To page, pass the last record's `recordId` as `exclude_record_id` and its
        time as the new bound.

        Args:
            accid: Account that reads the history; needs the permission to view
                invitation and application history. 1 to 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when left out.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1. The server's default is 0.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryInviteApplyHistoryByServerResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryInviteApplyHistoryByServer.action``
        (operation ``qchatQueryInviteApplyHistoryByServer`` in the spec).
        """
        return _cast(
            "QchatQueryInviteApplyHistoryByServerResponse",
            self._client._call(
                _QUERY_INVITE_APPLY_HISTORY_BY_SERVER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "excludeRecordId": exclude_record_id,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_invite_apply_history_by_user(
        self,
        *,
        accid: str,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        exclude_record_id: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryInviteApplyHistoryByUserResponse:
        """List an account's QChat invitation and application records.

        Returns the applications `accid` made, its answers to invitations and its joins
        by invite code, across servers, within a time range, newest first unless
        `reverse` is 1. The account needs the permission to view this history. To page,
        pass the last record's `recordId` as `exclude_record_id` and its time as the new
        bound.

        Args:
            accid: Account whose records to read. 1 to 32 characters.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when left out.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1. The server's default is 0.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryInviteApplyHistoryByUserResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryInviteApplyHistoryByUser.action``
        (operation ``qchatQueryInviteApplyHistoryByUser`` in the spec).
        """
        return _cast(
            "QchatQueryInviteApplyHistoryByUserResponse",
            self._client._call(
                _QUERY_INVITE_APPLY_HISTORY_BY_USER,
                {
                    "accid": accid,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "excludeRecordId": exclude_record_id,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_quick_comment(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        query_msgs: list[QChatMessageKey],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryQuickCommentResponse:
        """Query the quick comments of messages.

        Returns the quick comments (reactions) on up to 100 messages of one channel,
        grouped by comment number.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            query_msgs: Messages to look up, at most 100, each as its server id and send
                time. At least 1 items; at most 100 items. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryQuickCommentResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryQuickComment.action``
        (operation ``qchatQueryQuickComment`` in the spec).
        """
        return _cast(
            "QchatQueryQuickCommentResponse",
            self._client._call(
                _QUERY_QUICK_COMMENT,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "queryMsgs": query_msgs,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_thread_talk_history(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        msg_id_server: int | str,
        msg_time: int | str,
        accid: str | None = None,
        exclude_msg_id: int | str | None = None,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        limit: int | None = None,
        reverse: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryThreadTalkHistoryResponse:
        """Query the replies of a thread.

        Returns the root message of a thread (a message and the tree of replies to it),
        the number of replies, the time of the last reply and up to 100 replies. The
        thread is identified by the server id and send time of its root message. Page
        with `exclude_msg_id` as in queryHistoryMsg.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            msg_id_server: Server-side id of the thread's root message.
            msg_time: Send time of the thread's root message, epoch milliseconds.
            accid: Account on whose behalf the thread is read. 1 to 32 characters.
            exclude_msg_id: Server id of a reply to leave out, normally the last reply
                of the previous page.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            limit: Maximum number of replies to return. At least 1; at most 100. The
                server's default is 100.
            reverse: false walks from now into the past (newest first), true the other
                way. The server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryThreadTalkHistoryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryThreadTalkHistory.action``
        (operation ``qchatQueryThreadTalkHistory`` in the spec).
        """
        return _cast(
            "QchatQueryThreadTalkHistoryResponse",
            self._client._call(
                _QUERY_THREAD_TALK_HISTORY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "msgIdServer": msg_id_server,
                    "msgTime": msg_time,
                    "accid": accid,
                    "excludeMsgId": exclude_msg_id,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_white_black_identify(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyResponse:
        """List a QChat channel's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryWhiteBlackIdentifyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryWhiteBlackIdentify.action``
        (operation ``qchatQueryWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "QchatQueryWhiteBlackIdentifyResponse",
            self._client._call(
                _QUERY_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyUserResponse:
        """List a QChat channel's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel's whitelist or blacklist, newest
        first. Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the server first checks that this account may
        see the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryWhiteBlackIdentifyUserResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryWhiteBlackIdentifyUser.action``
        (operation ``qchatQueryWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "QchatQueryWhiteBlackIdentifyUserResponse",
            self._client._call(
                _QUERY_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def reject_server_apply(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        apply_accid: str | None = None,
        request_id: int | str | None = None,
        ps: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Reject an application to join a QChat server.

        Declines the application `request_id` of `apply_accid` on behalf of `accid`, who
        needs the permission to handle applications, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that rejects; needs the permission to handle applications. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            apply_accid: Account that applied. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Id of the application. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            ps: Message sent back to the applicant. At most 5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/rejectServerApply.action``
        (operation ``qchatRejectServerApply`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REJECT_SERVER_APPLY,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "applyAccid": apply_accid,
                    "requestId": request_id,
                    "ps": ps,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def reject_server_invite(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        inviter: str | None = None,
        request_id: int | str | None = None,
        ps: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Reject an invitation into a QChat server.

        Makes the invited account `accid` decline the invitation `request_id` sent by
        `inviter`, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: The invited account. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter: Account that sent the invitation. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: Id of the invitation. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            ps: Message sent back to the inviter. At most 5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/rejectServerInvite.action``
        (operation ``qchatRejectServerInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REJECT_SERVER_INVITE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "inviter": inviter,
                    "requestId": request_id,
                    "ps": ps,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_channel(
        self,
        *,
        channel_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a QChat channel.

        Deletes a channel on behalf of `accid`, who needs the permission to manage
        channels.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that deletes the channel; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/removeChannel.action``
        (operation ``qchatRemoveChannel`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE_CHANNEL,
                {
                    "channelId": channel_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_channel_category(
        self,
        *,
        category_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a QChat channel category.

        Deletes a channel category on behalf of `accid`, who needs the permission to
        manage channels.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that deletes the category; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/removeChannelCategory.action``
        (operation ``qchatRemoveChannelCategory`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE_CHANNEL_CATEGORY,
                {
                    "categoryId": category_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a QChat server.

        Deletes a server with its channels and memberships. Only the server's owner may
        do it, so `accid` must be the owner.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: The server's owner. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/removeServer.action``
        (operation ``qchatRemoveServer`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a server role.

        Deletes a custom server role; its members lose the permissions it granted. The
        @everyone role cannot be deleted.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/removeServerIdentify.action``
        (operation ``qchatRemoveServerIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def request_addr(
        self,
        *,
        accid: str,
        clienttype: Literal[1, 2] | None = None,
        clientip: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatRequestAddrResponse:
        """Get QChat connection addresses.

        Returns the addresses a client must pass when it logs in to QChat as the given
        account. Call it from the app server and hand the addresses to the client;
        passing the client's IP lets the server pick addresses near the user.

        Args:
            accid: Account that will log in to QChat. 1 to 32 characters.
            clienttype: Kind of link; 1 web (weblink), 2 native apps (commonlink). One
                of 1, 2. The server's default is 1.
            clientip: The client's IP address, used to return addresses close to the
                user.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatRequestAddrResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/requestAddr.action``
        (operation ``qchatRequestAddr`` in the spec).
        """
        return _cast(
            "QchatRequestAddrResponse",
            self._client._call(
                _REQUEST_ADDR,
                {
                    "accid": accid,
                    "clienttype": clienttype,
                    "clientip": clientip,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_attach_msg(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str | None = None,
        to_accids: list[str] | None = None,
        body: str | None = None,
        attach: str | None = None,
        ext: str | None = None,
        persist_enable: bool | None = None,
        push_enable: bool | None = None,
        push_content: str | None = None,
        need_badge: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatSendAttachMsgResponse:
        """Send a custom QChat system notification.

        Sends an app-defined system notification, which is not stored in the message
        history, to the members of a server or of a channel, or only to the accounts in
        `to_accids`. With `persist_enable` a notification to listed accounts is also
        kept for those offline until they log in.

        Args:
            accid: Account that sends the notification. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Channel whose members receive the notification; the whole server
                when omitted.
            to_accids: Accounts to notify instead of every member of the server or
                channel. Each 1 to 32 characters. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            body: Text of the notification.
            attach: App-defined payload of the notification; JSON text is recommended.
            ext: App-defined extension of the notification.
            persist_enable: Keep the notification for offline accounts until they log
                in; only with `to_accids`. The server's default is False.
            push_enable: Also send a mobile push for the notification. The server's
                default is False.
            push_content: Text of the mobile push.
            need_badge: Count the notification in the app badge. The server's default is
                True.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatSendAttachMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/sendAttachMsg.action``
        (operation ``qchatSendAttachMsg`` in the spec).
        """
        return _cast(
            "QchatSendAttachMsgResponse",
            self._client._call(
                _SEND_ATTACH_MSG,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "toAccids": to_accids,
                    "body": body,
                    "attach": attach,
                    "ext": ext,
                    "persistEnable": persist_enable,
                    "pushEnable": push_enable,
                    "pushContent": push_content,
                    "needBadge": need_badge,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_msg(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        type: int,
        body: str | None = None,
        attach: dict[str, Any] | None = None,
        ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatSendMsgResponse:
        """Send a message to a QChat channel.

        Sends a message into a channel of a QChat server in the name of `accid`, who
        must be allowed to send messages there. The message is kept in the channel's
        cloud history.

        Args:
            accid: Account that sends the message. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            type: Message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom.
            body: Text of the message (the content of a text message).
            attach: Attachment of a media or custom message, as JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            ext: App-defined extension of the message; JSON text is recommended.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/sendMsg.action``
        (operation ``qchatSendMsg`` in the spec).
        """
        return _cast(
            "QchatSendMsgResponse",
            self._client._call(
                _SEND_MSG,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "body": body,
                    "attach": attach,
                    "ext": ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_attach_msg(
        self,
        *,
        accid: str,
        msg_id_server: int | str,
        type: int,
        body: str | None = None,
        ext: str | None = None,
        status: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a custom QChat system notification.

        Changes the text, extension or status of a QChat system notification already
        sent, identified by its server id and its notification type.

        Args:
            accid: Account that performs the update. 1 to 32 characters.
            msg_id_server: Server-side id of the notification to update.
            type: Type of the notification to update (the custom notification type for
                notifications sent with sendAttachMsg).
            body: New text of the notification.
            ext: New app-defined extension of the notification.
            status: New app-defined status of the notification (10000 and above). At
                least 10000.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateAttachMsg.action``
        (operation ``qchatUpdateAttachMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_ATTACH_MSG,
                {
                    "accid": accid,
                    "msgIdServer": msg_id_server,
                    "type": type,
                    "body": body,
                    "ext": ext,
                    "status": status,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_category_info_of_channel(
        self,
        *,
        channel_id: int | str | None = None,
        accid: str | None = None,
        category_id: int | str | None = None,
        sync_mode: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateCategoryInfoOfChannelResponse:
        """Move a QChat channel to a category.

        Puts a channel in a category, or changes whether it follows the category's
        permissions, on behalf of `accid`, who needs the permission to manage channels.
        Returns the updated channel.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            category_id: Category to put the channel in.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateCategoryInfoOfChannelResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateCategoryInfoOfChannel.action``
        (operation ``qchatUpdateCategoryInfoOfChannel`` in the spec).
        """
        return _cast(
            "QchatUpdateCategoryInfoOfChannelResponse",
            self._client._call(
                _UPDATE_CATEGORY_INFO_OF_CHANNEL,
                {
                    "channelId": channel_id,
                    "accid": accid,
                    "categoryId": category_id,
                    "syncMode": sync_mode,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_category_white_black_identify(
        self,
        *,
        server_id: int | str | None = None,
        category_id: int | str | None = None,
        type: Literal[1, 2] | None = None,
        ope_type: Literal[1, 2] | None = None,
        accid: str | None = None,
        role_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove an identity group on a QChat category's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel category's
        whitelist (private category) or blacklist (public category) on behalf of
        `accid`, who needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            role_id: Server identity group to add or remove. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateCategoryWhiteBlackIdentify.action``
        (operation ``qchatUpdateCategoryWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_category_white_black_identify_user(
        self,
        *,
        server_id: int | str | None = None,
        category_id: int | str | None = None,
        type: Literal[1, 2] | None = None,
        ope_type: Literal[1, 2] | None = None,
        accid: str | None = None,
        to_accids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove accounts on a QChat category's whitelist or blacklist.

        Adds server members to, or removes them from, a channel category's whitelist
        (private category) or blacklist (public category) on behalf of `accid`, who
        needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            to_accids: Accounts to add or remove, at most 100. At least 1 items; at most
                100 items; each 1 to 32 characters. Sent as compact JSON; JSON text
                given as a str is checked and sent as is. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateCategoryWhiteBlackIdentifyUser.action``
        (operation ``qchatUpdateCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "toAccids": to_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_channel(
        self,
        *,
        channel_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelResponse:
        """Update a QChat channel.

        Changes the name, topic, extension or view mode of a channel on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        channel. Fields left out keep their values. Use `updateCategoryInfoOfChannel` to
        move the channel to another category.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: New channel name. At most 64 characters.
            topic: New channel topic. At most 128 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateChannel.action``
        (operation ``qchatUpdateChannel`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelResponse",
            self._client._call(
                _UPDATE_CHANNEL,
                {
                    "channelId": channel_id,
                    "accid": accid,
                    "name": name,
                    "topic": topic,
                    "custom": custom,
                    "viewMode": view_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_channel_category(
        self,
        *,
        category_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelCategoryResponse:
        """Update a QChat channel category.

        Changes the name, extension or view mode of a channel category on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        category. Fields left out keep their values.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: New category name. At most 64 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelCategoryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateChannelCategory.action``
        (operation ``qchatUpdateChannelCategory`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelCategoryResponse",
            self._client._call(
                _UPDATE_CHANNEL_CATEGORY,
                {
                    "categoryId": category_id,
                    "accid": accid,
                    "name": name,
                    "custom": custom,
                    "viewMode": view_mode,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        role_id: int | str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelCategoryIdentifyResponse:
        """Change the permissions of a channel-category role.

        Sets permission switches of a category role: 1 grants, -1 denies and 0 goes back
        to the server role's setting. Switches not sent keep their value. Returns the
        updated category role.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            role_id: Category role to update.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelCategoryIdentifyResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateChannelCategoryIdentify.action``
        (operation ``qchatUpdateChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelCategoryIdentifyResponse",
            self._client._call(
                _UPDATE_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "roleId": role_id,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        faccid: str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelCategoryUserIdentifyResponse:
        """Change a member's customised channel-category permissions.

        Sets permission switches of one member's customisation in a channel category: 1
        grants, -1 denies and 0 goes back to the setting of the member's roles. Switches
        not sent keep their value.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            faccid: Member whose customisation is changed. 1 to 32 characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelCategoryUserIdentifyResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateChannelCategoryUserIdentify.action``
        (operation ``qchatUpdateChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelCategoryUserIdentifyResponse",
            self._client._call(
                _UPDATE_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "faccid": faccid,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_channel_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        role_id: int | str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelIdentifyResponse:
        """Change the permissions of a channel role.

        Sets permission switches of a channel role: 1 grants, -1 denies and 0 goes back
        to inheriting the server role's setting. Switches not sent keep their value.
        Returns the updated channel role.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            role_id: Channel role to update.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateChannelIdentify.action``
        (operation ``qchatUpdateChannelIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelIdentifyResponse",
            self._client._call(
                _UPDATE_CHANNEL_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "roleId": role_id,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_msg(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        msg_id_server: int | str,
        msg_time: int | str,
        body: str | None = None,
        ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateMsgResponse:
        """Update a QChat channel message.

        Changes the text or extension of a message already sent to a channel; the
        clients receive the updated message. The message is identified by its server id
        and send time.

        Args:
            accid: Account that performs the update. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            msg_id_server: Server-side id of the message to update.
            msg_time: Send time of the message, epoch milliseconds.
            body: New text of the message.
            ext: New app-defined extension of the message.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateMsg.action``
        (operation ``qchatUpdateMsg`` in the spec).
        """
        return _cast(
            "QchatUpdateMsgResponse",
            self._client._call(
                _UPDATE_MSG,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "msgIdServer": msg_id_server,
                    "msgTime": msg_time,
                    "body": body,
                    "ext": ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_other_server_member(
        self,
        *,
        accid: str | None = None,
        server_id: int | str | None = None,
        to_accid: str | None = None,
        nick: str | None = None,
        avatar: str | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateOtherServerMemberResponse:
        """Update another member's card in a QChat server.

        Changes the nickname or avatar that `to_accid` shows inside a server, on behalf
        of `accid`, who needs the permission to manage other members' cards, and returns
        the updated member.

        Args:
            accid: Account that makes the change. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            to_accid: Member whose card changes. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateOtherServerMemberResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateOtherServerMember.action``
        (operation ``qchatUpdateOtherServerMember`` in the spec).
        """
        return _cast(
            "QchatUpdateOtherServerMemberResponse",
            self._client._call(
                _UPDATE_OTHER_SERVER_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "toAccid": to_accid,
                    "nick": nick,
                    "avatar": avatar,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_quick_comment(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        msg_id_server: int | str,
        msg_time: int | str,
        type: int | str,
        operate_type: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove a quick comment on a message.

        Adds or removes a quick comment (a reaction: an app-defined number, not a
        message) on a channel message in the name of `accid`. Quick comments must be
        enabled for the app on top of QChat.

        Args:
            accid: Account that adds or removes the comment. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            msg_id_server: Server-side id of the commented message.
            msg_time: Send time of the commented message, epoch milliseconds.
            type: The comment, an app-defined number (for example the code of an emoji).
            operate_type: 1 adds the comment, 2 removes it. One of 1, 2. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateQuickComment.action``
        (operation ``qchatUpdateQuickComment`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_QUICK_COMMENT,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "msgIdServer": msg_id_server,
                    "msgTime": msg_time,
                    "type": type,
                    "operateType": operate_type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: Literal[0, 1] | bool | None = None,
        apply_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerResponse:
        """Update a QChat server.

        Changes the name, icon, extension, invitation mode or application mode of a
        server on behalf of `accid`, who needs the permission to manage the server, and
        returns the updated server. Fields left out keep their values.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage the
                server. 1 to 32 characters. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            name: New server name. At most 64 characters.
            icon: New server icon URL. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            invite_mode: Whether an invited account must accept: 0 it must accept the
                invitation (the default), 1 it joins at once. Any other value is
                rejected with 414. One of 0, 1.
            apply_mode: Whether an application to join needs approval: 0 the applicant
                joins at once (the default), 1 the owner or a member with the right
                permission must approve. Any other value is rejected with 414. One of 0,
                1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateServer.action``
        (operation ``qchatUpdateServer`` in the spec).
        """
        return _cast(
            "QchatUpdateServerResponse",
            self._client._call(
                _UPDATE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "icon": icon,
                    "custom": custom,
                    "inviteMode": invite_mode,
                    "applyMode": apply_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        name: str | None = None,
        icon: str | None = None,
        ext: str | None = None,
        auths: dict[str, Literal[-1, 0, 1]] | None = None,
        priority: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerIdentifyResponse:
        """Update a server role.

        Changes the name, icon, extension, rank or permission switches of a server role
        and returns the updated role. Only the fields sent are changed. The permissions
        of the @everyone role can be changed only by the server's creator, and its other
        attributes not at all.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to update.
            name: New name of the role.
            icon: New icon URL of the role.
            ext: New app-defined extension of the role. At most 1024 characters.
            auths: Permission switches to change, as JSON text keyed by permission item
                code; on a server role use 1 to grant and -1 to deny. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            priority: New rank of the role; the smaller, the higher. At least 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateServerIdentify.action``
        (operation ``qchatUpdateServerIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateServerIdentifyResponse",
            self._client._call(
                _UPDATE_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                    "name": name,
                    "icon": icon,
                    "ext": ext,
                    "auths": auths,
                    "priority": priority,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_server_member(
        self,
        *,
        accid: str,
        server_id: int | str,
        nick: str | None = None,
        avatar: str | None = None,
        custom: str | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerMemberResponse:
        """Update one's own member card in a QChat server.

        Changes the nickname, avatar or extension that `accid` shows inside a server,
        and returns the updated member. The account receives a server-member-update
        system notification; other members receive it only if Yunxin enabled that for
        the app.

        Args:
            accid: Member whose card changes. 1 to 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerMemberResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateServerMember.action``
        (operation ``qchatUpdateServerMember`` in the spec).
        """
        return _cast(
            "QchatUpdateServerMemberResponse",
            self._client._call(
                _UPDATE_SERVER_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "nick": nick,
                    "avatar": avatar,
                    "custom": custom,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_server_member_ban(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        target_accid: str | None = None,
        ope_type: Literal[1, 2] | None = None,
        custom: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Ban or unban a member of a QChat server.

        Bans `target_accid` from a server, or lifts the ban, on behalf of `accid`, who
        needs the permission to ban members. A banned account is removed from the server
        and cannot apply to join again until unbanned.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that bans or unbans; needs the permission to ban members. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            target_accid: Account to ban or unban. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: 1 ban, 2 lift the ban. One of 1, 2. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            custom: App-defined extension stored with the ban. At most 1024 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateServerMemberBan.action``
        (operation ``qchatUpdateServerMemberBan`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_SERVER_MEMBER_BAN,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "targetAccid": target_accid,
                    "opeType": ope_type,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        faccid: str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateUserIdentifyResponse:
        """Change a member's customised channel permissions.

        Sets permission switches of one member's customisation in a channel: 1 grants,
        -1 denies and 0 goes back to the setting of the member's roles. Switches not
        sent keep their value. Returns the updated customisation.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            faccid: Member whose customisation is changed. 1 to 32 characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateUserIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateUserIdentify.action``
        (operation ``qchatUpdateUserIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateUserIdentifyResponse",
            self._client._call(
                _UPDATE_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "faccid": faccid,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_white_black_identify(
        self,
        *,
        server_id: int | str | None = None,
        channel_id: int | str | None = None,
        type: Literal[1, 2] | None = None,
        ope_type: Literal[1, 2] | None = None,
        accid: str | None = None,
        role_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove an identity group on a QChat channel's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel's whitelist or
        blacklist, so that all of its members gain or lose sight of the channel, on
        behalf of `accid`, who needs the permission to manage the lists. A channel's
        lists hold at most 20 identity groups unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            role_id: Server identity group to add or remove. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateWhiteBlackIdentify.action``
        (operation ``qchatUpdateWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        ope_type: Literal[1, 2],
        accid: str,
        to_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove accounts on a QChat channel's whitelist or blacklist.

        Adds server members to, or removes them from, a channel's whitelist (for a
        private channel) or blacklist (for a public one), on behalf of `accid`, who
        needs the permission to manage the lists; otherwise the call fails with 403. A
        channel's lists hold at most 1000 accounts unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters.
            to_accids: Accounts to add or remove, at most 100. At least 1 items; at most
                100 items; each 1 to 32 characters. Sent as compact JSON; JSON text
                given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateWhiteBlackIdentifyUser.action``
        (operation ``qchatUpdateWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "toAccids": to_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncQchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def accept_server_apply(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        apply_accid: str | None = None,
        request_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Accept an application to join a QChat server.

        Accepts the application `request_id` of `apply_accid` on behalf of `accid`, who
        needs the permission to handle applications; the applicant joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that accepts; needs the permission to handle applications. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            apply_accid: Account that applied. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Id of the application. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/acceptServerApply.action``
        (operation ``qchatAcceptServerApply`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _ACCEPT_SERVER_APPLY,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "applyAccid": apply_accid,
                    "requestId": request_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def accept_server_invite(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        inviter: str | None = None,
        request_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Accept an invitation into a QChat server.

        Makes the invited account `accid` accept the invitation `request_id` sent by
        `inviter`, so it joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: The invited account. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter: Account that sent the invitation. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: Id of the invitation, from the invitation notification or the
                invite answer. Required by the spec, which doubts it: left out, the call
                is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/acceptServerInvite.action``
        (operation ``qchatAcceptServerInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _ACCEPT_SERVER_INVITE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "inviter": inviter,
                    "requestId": request_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def apply_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        ps: str | None = None,
        ttl: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatApplyServerResponse:
        """Apply to join a QChat server.

        Makes `accid` apply to join a server. With the server's application mode 0 the
        account joins at once; with mode 1 members with the permission to handle
        applications are notified and one of them must accept. A banned account is
        refused with 403.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that applies. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            ps: Message shown with the application. At most 5000 characters.
            ttl: How long the application stays valid, in milliseconds.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatApplyServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/applyServer.action``
        (operation ``qchatApplyServer`` in the spec).
        """
        return _cast(
            "QchatApplyServerResponse",
            await self._client._call(
                _APPLY_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "ps": ps,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_get_category_white_black_identify(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        roleids: list[int],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat category's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel category's
        whitelist or blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            roleids: Server identity groups to look up, at most 100. At least 1 items;
                at most 100 items. Sent as compact JSON; JSON text given as a str is
                checked and sent as is.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetCategoryWhiteBlackIdentifyResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetCategoryWhiteBlackIdentify.action``
        (operation ``qchatBatchGetCategoryWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyResponse",
            await self._client._call(
                _BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "roleids": roleids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_get_category_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        accids: list[str],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat category's whitelist or blacklist.

        Returns those of the given accounts that are on a channel category's whitelist
        or blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            accids: Accounts to look up, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetCategoryWhiteBlackIdentifyUserResponse: the response body
                (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetCategoryWhiteBlackIdentifyUser.action``
        (operation ``qchatBatchGetCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyUserResponse",
            await self._client._call(
                _BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "accids": accids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_get_white_black_identify(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        roleids: list[int],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat channel's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel's whitelist or
        blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            roleids: Server identity groups to look up, at most 100. At least 1 items;
                at most 100 items. Sent as compact JSON; JSON text given as a str is
                checked and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetWhiteBlackIdentifyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetWhiteBlackIdentify.action``
        (operation ``qchatBatchGetWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "QchatBatchGetWhiteBlackIdentifyResponse",
            await self._client._call(
                _BATCH_GET_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "roleids": roleids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_get_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        accids: list[str],
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat channel's whitelist or blacklist.

        Returns those of the given accounts that are on a channel's whitelist or
        blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            accids: Accounts to look up, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchGetWhiteBlackIdentifyUserResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchGetWhiteBlackIdentifyUser.action``
        (operation ``qchatBatchGetWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "QchatBatchGetWhiteBlackIdentifyUserResponse",
            await self._client._call(
                _BATCH_GET_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "accids": accids,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_query_thread_talk_meta(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        accid: str | None = None,
        query_msgs: list[QChatMessageKey] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchQueryThreadTalkMetaResponse:
        """Query the reply counts of several threads.

        For up to 100 root messages of one channel, returns the number of replies and
        the time of the last reply of each thread.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            accid: Account on whose behalf the threads are read. 1 to 32 characters.
            query_msgs: Root messages to look up, at most 100, each as its server id and
                send time. At least 1 items; at most 100 items. Sent as compact JSON;
                JSON text given as a str is checked and sent as is. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchQueryThreadTalkMetaResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/batchQueryThreadTalkMeta.action``
        (operation ``qchatBatchQueryThreadTalkMeta`` in the spec).
        """
        return _cast(
            "QchatBatchQueryThreadTalkMetaResponse",
            await self._client._call(
                _BATCH_QUERY_THREAD_TALK_META,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "accid": accid,
                    "queryMsgs": query_msgs,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_update_channel_reorder_weight(
        self,
        *,
        server_id: int | str,
        reorder_infos: list[QchatBatchUpdateChannelReorderWeightReorderInfosItem],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set the custom sort weights of QChat channels.

        Sets the custom sort weight of several channels of one server at once. Channel
        lists read with `sortField` 1 follow these weights.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            reorder_infos: The channels and their new weights. At least 1 items. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchUpdateChannelReorderWeight.action``
        (operation ``qchatBatchUpdateChannelReorderWeight`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _BATCH_UPDATE_CHANNEL_REORDER_WEIGHT,
                {
                    "serverId": server_id,
                    "reorderInfos": reorder_infos,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_update_server_identify_priority(
        self,
        *,
        accid: str,
        server_id: int | str,
        priorities: dict[str, int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatBatchUpdateServerIdentifyPriorityResponse:
        """Change the ranks of several server roles.

        Sets the rank of several custom server roles in one call. A smaller number ranks
        higher; a member may move only roles ranked below the highest role it holds, and
        the @everyone role keeps rank 0.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            priorities: New ranks as JSON text, an object from role id (as a string) to
                rank. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatBatchUpdateServerIdentifyPriorityResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/batchUpdateServerIdentifyPriority.action``
        (operation ``qchatBatchUpdateServerIdentifyPriority`` in the spec).
        """
        return _cast(
            "QchatBatchUpdateServerIdentifyPriorityResponse",
            await self._client._call(
                _BATCH_UPDATE_SERVER_IDENTIFY_PRIORITY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "priorities": priorities,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def batch_update_server_reorder_weight(
        self,
        *,
        reorder_infos: list[QchatBatchUpdateServerReorderWeightReorderInfosItem],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set the custom sort weights of QChat servers.

        Sets the custom sort weight of several servers at once. Server lists and
        searches read with `sortField` 1 follow these weights.

        Args:
            reorder_infos: The servers and their new weights. At least 1 items. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/batchUpdateServerReorderWeight.action``
        (operation ``qchatBatchUpdateServerReorderWeight`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _BATCH_UPDATE_SERVER_REORDER_WEIGHT,
                {
                    "reorderInfos": reorder_infos,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_channel(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        type: Literal[0, 1, 100] | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        category_id: int | str | None = None,
        sync_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelResponse:
        """Create a channel in a QChat server.

        Creates a channel in a server on behalf of `accid`, who needs the permission to
        manage channels, and returns it. A public channel (`view_mode` 0) is visible to
        every member not on its blacklist; a private one (1) only to those on its
        whitelist. With `category_id` the channel is put in that category, and with
        `sync_mode` 1 it takes its permissions from the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that creates the channel; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: Channel name. At most 64 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            type: Kind of channel; 0 message channel, 1 real-time audio/video channel,
                100 custom channel. One of 0, 1, 100. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            topic: Channel topic. At most 128 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            category_id: Category to put the channel in.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/createChannel.action``
        (operation ``qchatCreateChannel`` in the spec).
        """
        return _cast(
            "QchatCreateChannelResponse",
            await self._client._call(
                _CREATE_CHANNEL,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "type": type,
                    "topic": topic,
                    "custom": custom,
                    "viewMode": view_mode,
                    "categoryId": category_id,
                    "syncMode": sync_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_channel_category(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelCategoryResponse:
        """Create a channel category in a QChat server.

        Creates a channel category (a folder of channels whose visibility and
        permissions its channels can follow) in a server on behalf of `accid`, who needs
        the permission to manage channels, and returns it.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that creates the category; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: Category name. At most 64 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelCategoryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/createChannelCategory.action``
        (operation ``qchatCreateChannelCategory`` in the spec).
        """
        return _cast(
            "QchatCreateChannelCategoryResponse",
            await self._client._call(
                _CREATE_CHANNEL_CATEGORY,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "custom": custom,
                    "viewMode": view_mode,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        server_role_id: int | str,
        category_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelCategoryIdentifyResponse:
        """Create a channel-category role.

        Creates a role for a channel category, derived from a server role. It serves as
        the role template of the category's channels that synchronise with the category.
        Its switches start as "inherit" (0). Anyone but the server's creator needs the
        role-management permission in the category.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            server_role_id: Server role the category role derives from.
            category_id: Id of a channel category inside a QChat server.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelCategoryIdentifyResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createChannelCategoryIdentify.action``
        (operation ``qchatCreateChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateChannelCategoryIdentifyResponse",
            await self._client._call(
                _CREATE_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "serverRoleId": server_role_id,
                    "categoryId": category_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelCategoryUserIdentifyResponse:
        """Customise one member's permissions in a channel category.

        Creates a per-member permission customisation for one member in a channel
        category. Its switches start as "inherit", so the member keeps the permissions
        of its roles until updateChannelCategoryUserIdentify changes them.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            faccid: Member whose permissions are customised. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelCategoryUserIdentifyResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createChannelCategoryUserIdentify.action``
        (operation ``qchatCreateChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateChannelCategoryUserIdentifyResponse",
            await self._client._call(
                _CREATE_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_channel_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        server_role_id: int | str,
        channel_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateChannelIdentifyResponse:
        """Create a channel role.

        Creates a channel role derived from a server role, so that the permissions of
        that server role's members can differ inside one channel. Every switch of the
        new channel role starts as "inherit" (0), so nothing changes until
        updateChannelIdentify sets them. The caller needs the role-management and
        channel-management permissions and must be a member of the channel.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            server_role_id: Server role the channel role derives from.
            channel_id: Id of a channel inside a QChat server.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateChannelIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createChannelIdentify.action``
        (operation ``qchatCreateChannelIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateChannelIdentifyResponse",
            await self._client._call(
                _CREATE_CHANNEL_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "serverRoleId": server_role_id,
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_custom_auth(
        self,
        *,
        name: str,
        ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateCustomAuthResponse:
        """Create a custom permission item.

        Adds an app-defined permission item (自定义权限项), for example "may send images" or
        "may post", next to the built-in ones. Once created, its code can be switched on
        or off in the `auths` of any role or member customisation like a built-in
        permission; the app enforces what it means.

        Args:
            name: Name of the permission item.
            ext: App-defined extension of the permission item.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateCustomAuthResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createCustomAuth.action``
        (operation ``qchatCreateCustomAuth`` in the spec).
        """
        return _cast(
            "QchatCreateCustomAuthResponse",
            await self._client._call(
                _CREATE_CUSTOM_AUTH,
                {
                    "name": name,
                    "ext": ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_server(
        self,
        *,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: Literal[0, 1] | bool | None = None,
        apply_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateServerResponse:
        """Create a QChat server.

        Creates a QChat server (a community that holds members and channels) owned by
        `accid` and returns it. An account may own or belong to at most 100 servers
        unless the limit was raised in the console. Name, icon and extension are checked
        by content moderation, with the business in `bid` when given.

        Args:
            accid: Account that creates and owns the server. 1 to 32 characters.
            name: Server name. At most 64 characters.
            icon: Server icon URL. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            invite_mode: Whether an invited account must accept: 0 it must accept the
                invitation (the default), 1 it joins at once. Any other value is
                rejected with 414. One of 0, 1.
            apply_mode: Whether an application to join needs approval: 0 the applicant
                joins at once (the default), 1 the owner or a member with the right
                permission must approve. Any other value is rejected with 414. One of 0,
                1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/createServer.action``
        (operation ``qchatCreateServer`` in the spec).
        """
        return _cast(
            "QchatCreateServerResponse",
            await self._client._call(
                _CREATE_SERVER,
                {
                    "accid": accid,
                    "name": name,
                    "icon": icon,
                    "custom": custom,
                    "inviteMode": invite_mode,
                    "applyMode": apply_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        type: Literal[2],
        name: str,
        icon: str | None = None,
        ext: str | None = None,
        priority: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateServerIdentifyResponse:
        """Create a custom server role.

        Creates a custom role (身份组) in a QChat server and returns it. A new role starts
        with the union of the permissions the existing roles grant; change them
        afterwards with updateServerIdentify. A server holds at most 20 roles unless the
        limit was raised in the console. Anyone but the server's creator needs the
        role-management permission.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            type: Kind of role; only 2 (a custom role) can be created. One of 2.
            name: Name of the role.
            icon: Icon URL of the role.
            ext: App-defined extension of the role. At most 1024 characters.
            priority: Rank of the role: the smaller the number, the higher the rank, 1
                being the highest. Members with role-management permission may edit only
                roles ranked below their own. At least 1. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateServerIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createServerIdentify.action``
        (operation ``qchatCreateServerIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateServerIdentifyResponse",
            await self._client._call(
                _CREATE_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "type": type,
                    "name": name,
                    "icon": icon,
                    "ext": ext,
                    "priority": priority,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        faccids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateServerIdentifyMemberResponse:
        """Add members to a server role.

        Puts up to 100 server members into a server role. The caller needs the
        role-management permission (the server's creator has it). The answer lists the
        accounts that were added and those that were not.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to add the members to.
            faccids: Accounts to add, at most 100. At least 1 items; at most 100 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateServerIdentifyMemberResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createServerIdentifyMember.action``
        (operation ``qchatCreateServerIdentifyMember`` in the spec).
        """
        return _cast(
            "QchatCreateServerIdentifyMemberResponse",
            await self._client._call(
                _CREATE_SERVER_IDENTIFY_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                    "faccids": faccids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatCreateUserIdentifyResponse:
        """Customise one member's permissions in a channel.

        Creates a per-member permission customisation (定制权限) for one member of a
        channel. Its switches start as "inherit", so the member keeps the permissions of
        its channel roles until updateUserIdentify changes them. Anyone but the server's
        creator needs the role-management and channel-management permissions and must be
        a member of the channel.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            faccid: Member whose permissions are customised. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatCreateUserIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/createUserIdentify.action``
        (operation ``qchatCreateUserIdentify`` in the spec).
        """
        return _cast(
            "QchatCreateUserIdentifyResponse",
            await self._client._call(
                _CREATE_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        role_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a channel-category role.

        Deletes a role of a channel category.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            role_id: Category role to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteChannelCategoryIdentify.action``
        (operation ``qchatDeleteChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a member's channel-category permission customisation.

        Deletes the permission customisation of one member in a channel category; the
        member goes back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            faccid: Member whose customisation is removed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteChannelCategoryUserIdentify.action``
        (operation ``qchatDeleteChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_channel_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        role_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a channel role.

        Deletes a channel role; inside that channel its members fall back to the
        permissions of the server role.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            role_id: Channel role to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteChannelIdentify.action``
        (operation ``qchatDeleteChannelIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE_CHANNEL_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_custom_auth(
        self,
        *,
        auth_bit: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a custom permission item.

        Deletes an app-defined permission item by its code.

        Args:
            auth_bit: Code of the permission item to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteCustomAuth.action``
        (operation ``qchatDeleteCustomAuth`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE_CUSTOM_AUTH,
                {
                    "authBit": auth_bit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        faccids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatDeleteServerIdentifyMemberResponse:
        """Remove members from a server role.

        Takes up to 100 accounts out of a server role; they stay members of the server.
        The caller needs the role-management permission (the server's creator has it).
        The answer lists the accounts removed and those that were not.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to remove the members from.
            faccids: Accounts to remove, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatDeleteServerIdentifyMemberResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteServerIdentifyMember.action``
        (operation ``qchatDeleteServerIdentifyMember`` in the spec).
        """
        return _cast(
            "QchatDeleteServerIdentifyMemberResponse",
            await self._client._call(
                _DELETE_SERVER_IDENTIFY_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                    "faccids": faccids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a member's channel permission customisation.

        Deletes the permission customisation of one member in a channel; the member goes
        back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            faccid: Member whose customisation is removed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/deleteUserIdentify.action``
        (operation ``qchatDeleteUserIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def generate_invite_code(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        ps: str | None = None,
        ttl: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGenerateInviteCodeResponse:
        """Generate an invite code for a QChat server.

        Creates an invite code for a server on behalf of `accid`, who needs the
        permission to invite. Anyone may join the server with the code (see
        `joinServerByInviteCode`) until it expires; without `ttl` it stays valid for 30
        days.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that creates the code. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ps: Message stored with the code. At most 5000 characters.
            ttl: How long the code stays valid, in milliseconds; 30 days when left out.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGenerateInviteCodeResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/generateInviteCode.action``
        (operation ``qchatGenerateInviteCode`` in the spec).
        """
        return _cast(
            "QchatGenerateInviteCodeResponse",
            await self._client._call(
                _GENERATE_INVITE_CODE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "ps": ps,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_category_identify(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategoryIdentifyResponse:
        """List the roles of a channel category, page by page.

        Returns one page of the roles of a channel category. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategoryIdentifyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategoryIdentify.action``
        (operation ``qchatGetChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategoryIdentifyResponse",
            await self._client._call(
                _GET_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_category_list_by_server_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        sort_field: int | None = None,
        page_token: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategoryListByServerPageResponse:
        """List the channel categories of a QChat server page by page.

        Returns one page of a server's channel categories, newest first, or by custom
        weight when `sort_field` is 1. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` (with the custom order, `pageInfo.nextPageToken` as
        `page_token`) until `hasMore` is false. With `accid` only the categories that
        account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose visible categories to list; all categories when left
                out. 1 to 32 characters.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `page_token`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sort_field` is 1; leave it out for
                the first page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategoryListByServerPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategoryListByServerPage.action``
        (operation ``qchatGetChannelCategoryListByServerPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategoryListByServerPageResponse",
            await self._client._call(
                _GET_CHANNEL_CATEGORY_LIST_BY_SERVER_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                    "sortField": sort_field,
                    "pageToken": page_token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_category_user_identify(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategoryUserIdentifyResponse:
        """List the members with customised permissions in a channel category.

        Returns one page of the per-member permission customisations of a channel
        category. Pass `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategoryUserIdentifyResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategoryUserIdentify.action``
        (operation ``qchatGetChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategoryUserIdentifyResponse",
            await self._client._call(
                _GET_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_categorys(
        self,
        *,
        category_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelCategorysResponse:
        """Get QChat channel categories by id.

        Returns the channel categories with the given ids; ids that do not exist are
        left out of the answer.

        Args:
            category_ids: Ids of the categories to read. At least 1 items. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelCategorysResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelCategorys.action``
        (operation ``qchatGetChannelCategorys`` in the spec).
        """
        return _cast(
            "QchatGetChannelCategorysResponse",
            await self._client._call(
                _GET_CHANNEL_CATEGORYS,
                {
                    "categoryIds": category_ids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_identify_pages(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelIdentifyPagesResponse:
        """List the roles of a channel, page by page.

        Returns one page of the channel roles of a channel. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelIdentifyPagesResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getChannelIdentifyPages.action``
        (operation ``qchatGetChannelIdentifyPages`` in the spec).
        """
        return _cast(
            "QchatGetChannelIdentifyPagesResponse",
            await self._client._call(
                _GET_CHANNEL_IDENTIFY_PAGES,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_list_by_channel_category_page(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelListByChannelCategoryPageResponse:
        """List the channels of a QChat channel category page by page.

        Returns one page of the channels in a category, newest first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. With `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            accid: Account whose visible channels to list; all channels when left out. 1
                to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelListByChannelCategoryPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelListByChannelCategoryPage.action``
        (operation ``qchatGetChannelListByChannelCategoryPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelListByChannelCategoryPageResponse",
            await self._client._call(
                _GET_CHANNEL_LIST_BY_CHANNEL_CATEGORY_PAGE,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_list_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelListPageResponse:
        """List the channels of a QChat server page by page.

        Returns one page of a server's channels, newest first. Start with `timetag` 0
        and pass the returned `pageInfo.nextTimetag` until `hasMore` is false. With
        `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account whose visible channels to list; all channels when left out. 1
                to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelListPageResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelListPage.action``
        (operation ``qchatGetChannelListPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelListPageResponse",
            await self._client._call(
                _GET_CHANNEL_LIST_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channel_member_list_page(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelMemberListPageResponse:
        """List the members of a QChat channel page by page.

        Returns one page of the server members who can see a channel: for a public
        channel everyone not on its blacklist, for a private one those on its whitelist.
        Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the call fails with 403 unless that account is
        a member of both the server and the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server and the channel for the
                call to succeed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelMemberListPageResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannelMemberListPage.action``
        (operation ``qchatGetChannelMemberListPage`` in the spec).
        """
        return _cast(
            "QchatGetChannelMemberListPageResponse",
            await self._client._call(
                _GET_CHANNEL_MEMBER_LIST_PAGE,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_channels(
        self,
        *,
        channel_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetChannelsResponse:
        """Get QChat channels by id.

        Returns the channels with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            channel_ids: Ids of the channels to read. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetChannelsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getChannels.action``
        (operation ``qchatGetChannels`` in the spec).
        """
        return _cast(
            "QchatGetChannelsResponse",
            await self._client._call(
                _GET_CHANNELS,
                {
                    "channelIds": channel_ids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_server_identify_member_pages(
        self,
        *,
        server_id: int | str,
        role_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerIdentifyMemberPagesResponse:
        """List the members of a server role, page by page.

        Returns one page of the members of a server role, newest first. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role whose members are listed.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of members on the page. At least 1; at most 200.
            accid: Account on whose behalf the members are read. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerIdentifyMemberPagesResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getServerIdentifyMemberPages.action``
        (operation ``qchatGetServerIdentifyMemberPages`` in the spec).
        """
        return _cast(
            "QchatGetServerIdentifyMemberPagesResponse",
            await self._client._call(
                _GET_SERVER_IDENTIFY_MEMBER_PAGES,
                {
                    "serverId": server_id,
                    "roleId": role_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_server_identify_pages(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerIdentifyPagesResponse:
        """List the roles of a server, page by page.

        Returns one page of a server's roles, ordered by rank. The first page always
        includes the @everyone role, so it may hold one more role than `limit`. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read; when given, its
                permission to see them is checked. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerIdentifyPagesResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getServerIdentifyPages.action``
        (operation ``qchatGetServerIdentifyPages`` in the spec).
        """
        return _cast(
            "QchatGetServerIdentifyPagesResponse",
            await self._client._call(
                _GET_SERVER_IDENTIFY_PAGES,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_server_list_page(
        self,
        *,
        timetag: int | str,
        limit: int,
        sort_field: int | None = None,
        page_token: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerListPageResponse:
        """List QChat servers page by page.

        Returns one page of the app's servers, newest first by creation time, or by
        custom weight when `sort_field` is 1. Start with `timetag` 0 and pass the
        returned `pageInfo.nextTimetag` (or `nextPageToken`) until `hasMore` is false.

        Args:
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 100. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `page_token`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sort_field` is 1; leave it out for
                the first page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerListPageResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerListPage.action``
        (operation ``qchatGetServerListPage`` in the spec).
        """
        return _cast(
            "QchatGetServerListPageResponse",
            await self._client._call(
                _GET_SERVER_LIST_PAGE,
                {
                    "timetag": timetag,
                    "limit": limit,
                    "sortField": sort_field,
                    "pageToken": page_token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_server_member_ban_list_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerMemberBanListPageResponse:
        """List the banned members of a QChat server page by page.

        Returns one page of a server's banned accounts, most recent ban first. Start
        with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account on whose behalf the list is read; needs the permission to ban
                members. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerMemberBanListPageResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerMemberBanListPage.action``
        (operation ``qchatGetServerMemberBanListPage`` in the spec).
        """
        return _cast(
            "QchatGetServerMemberBanListPageResponse",
            await self._client._call(
                _GET_SERVER_MEMBER_BAN_LIST_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_server_member_list_page(
        self,
        *,
        server_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerMemberListPageResponse:
        """List the members of a QChat server page by page.

        Returns one page of a server's members, latest joiner first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. Banned members are not listed. With `accid` the server first checks that
        this account is a member.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server for the call to succeed.
                1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerMemberListPageResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerMemberListPage.action``
        (operation ``qchatGetServerMemberListPage`` in the spec).
        """
        return _cast(
            "QchatGetServerMemberListPageResponse",
            await self._client._call(
                _GET_SERVER_MEMBER_LIST_PAGE,
                {
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_server_members(
        self,
        *,
        server_id: int | str,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServerMembersResponse:
        """Get members of a QChat server by account.

        Returns the member cards of the given accounts in one server; accounts that are
        not members are left out.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            accids: Accounts to look up, at most 100. At least 1 items; at most 100
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServerMembersResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServerMembers.action``
        (operation ``qchatGetServerMembers`` in the spec).
        """
        return _cast(
            "QchatGetServerMembersResponse",
            await self._client._call(
                _GET_SERVER_MEMBERS,
                {
                    "serverId": server_id,
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_servers(
        self,
        *,
        server_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetServersResponse:
        """Get QChat servers by id.

        Returns the servers with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            server_ids: Ids of the servers to read. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetServersResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/getServers.action``
        (operation ``qchatGetServers`` in the spec).
        """
        return _cast(
            "QchatGetServersResponse",
            await self._client._call(
                _GET_SERVERS,
                {
                    "serverIds": server_ids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_user_identify_pages(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetUserIdentifyPagesResponse:
        """List the members with customised permissions in a channel.

        Returns one page of the per-member permission customisations of a channel. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetUserIdentifyPagesResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getUserIdentifyPages.action``
        (operation ``qchatGetUserIdentifyPages`` in the spec).
        """
        return _cast(
            "QchatGetUserIdentifyPagesResponse",
            await self._client._call(
                _GET_USER_IDENTIFY_PAGES,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_user_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        timetag: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatGetUserServerIdentifyResponse:
        """List the server roles a member holds.

        Returns one page of the server roles held by one member of a server. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            accid: Member whose roles are listed. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. The
                server's default is 0.
            limit: Maximum number of roles on the page. At least 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatGetUserServerIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/getUserServerIdentify.action``
        (operation ``qchatGetUserServerIdentify`` in the spec).
        """
        return _cast(
            "QchatGetUserServerIdentifyResponse",
            await self._client._call(
                _GET_USER_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "timetag": timetag,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def invite_server_member(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        accids: list[str] | None = None,
        ps: str | None = None,
        ttl: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatInviteServerMemberResponse:
        """Invite accounts into a QChat server.

        Invites accounts into a server on behalf of `accid`, who needs the permission to
        invite. With the server's invitation mode 0 each invited account receives an
        invitation to accept; with mode 1 they join at once. Accounts that already
        belong to as many servers as allowed, or that are banned from this server, are
        returned in the two failure lists; the invitation record comes back in
        `recordInfo`.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that sends the invitation. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accids: Accounts to invite. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ps: Message shown with the invitation. At most 5000 characters.
            ttl: How long the invitation stays valid, in milliseconds.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatInviteServerMemberResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/inviteServerMember.action``
        (operation ``qchatInviteServerMember`` in the spec).
        """
        return _cast(
            "QchatInviteServerMemberResponse",
            await self._client._call(
                _INVITE_SERVER_MEMBER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "accids": accids,
                    "ps": ps,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def join_server_by_invite_code(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        invite_code: str | None = None,
        ps: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Join a QChat server with an invite code.

        Makes `accid` join a server with an invite code made by `generateInviteCode`. An
        expired code is refused.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that joins. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            invite_code: The invite code. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            ps: Message shown to the server with the join. At most 5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/joinServerByInviteCode.action``
        (operation ``qchatJoinServerByInviteCode`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _JOIN_SERVER_BY_INVITE_CODE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "inviteCode": invite_code,
                    "ps": ps,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def kick_server_member(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        kick_accids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove members from a QChat server.

        Removes accounts from a server on behalf of `accid`, who needs the permission to
        kick members. The owner cannot be removed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that removes the members; needs the permission to kick. 1 to
                32 characters. Required by the spec, which doubts it: left out, the call
                is sent with a SpecDoubtWarning.
            kick_accids: Accounts to remove. At least 1 items; each 1 to 32 characters.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/kickServerMember.action``
        (operation ``qchatKickServerMember`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _KICK_SERVER_MEMBER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "kickAccids": kick_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def leave_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Leave a QChat server.

        Makes `accid` leave a server. The owner cannot leave its own server; delete it
        instead.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that leaves. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/leaveServer.action``
        (operation ``qchatLeaveServer`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _LEAVE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_all_custom_auth(
        self,
        *,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatListAllCustomAuthResponse:
        """List every custom permission item.

        Returns all app-defined permission items of the app.

        Args:
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatListAllCustomAuthResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/listAllCustomAuth.action``
        (operation ``qchatListAllCustomAuth`` in the spec).
        """
        return _cast(
            "QchatListAllCustomAuthResponse",
            await self._client._call(
                _LIST_ALL_CUSTOM_AUTH,
                {},
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_custom_auth_by_auth_bits(
        self,
        *,
        auth_bits: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatListCustomAuthByAuthBitsResponse:
        """Look up custom permission items by code.

        Returns the app-defined permission items with the given codes.

        Args:
            auth_bits: Codes of the permission items to look up, as a JSON array. At
                least 1 items. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatListCustomAuthByAuthBitsResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/listCustomAuthByAuthBits.action``
        (operation ``qchatListCustomAuthByAuthBits`` in the spec).
        """
        return _cast(
            "QchatListCustomAuthByAuthBitsResponse",
            await self._client._call(
                _LIST_CUSTOM_AUTH_BY_AUTH_BITS,
                {
                    "authBits": auth_bits,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_category_white_black_identify_page(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyPageResponse:
        """List a QChat category's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel category's whitelist or
        blacklist, newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryCategoryWhiteBlackIdentifyPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryCategoryWhiteBlackIdentifyPage.action``
        (operation ``qchatQueryCategoryWhiteBlackIdentifyPage`` in the spec).
        """
        return _cast(
            "QchatQueryCategoryWhiteBlackIdentifyPageResponse",
            await self._client._call(
                _QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_PAGE,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_category_white_black_identify_user_page(
        self,
        *,
        server_id: int | str,
        category_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyUserPageResponse:
        """List a QChat category's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel category's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            category_id: Id of a channel category, assigned when the category is
                created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryCategoryWhiteBlackIdentifyUserPageResponse: the response body
                (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryCategoryWhiteBlackIdentifyUserPage.action``
        (operation ``qchatQueryCategoryWhiteBlackIdentifyUserPage`` in the spec).
        """
        return _cast(
            "QchatQueryCategoryWhiteBlackIdentifyUserPageResponse",
            await self._client._call(
                _QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_USER_PAGE,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_channel_un_read_mentioned_msg_page(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        accid: str | None = None,
        time_tag: int | str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryChannelUnReadMentionedMsgPageResponse:
        """Query the unread messages that mention a member.

        Returns the unread messages of a channel that mention `accid`: by account,
        through a role it holds (other than @everyone) or by mentioning everyone. The
        search runs backwards from `time_tag` to the last message the member has read,
        up to 200 messages.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            accid: Member whose mentions are looked up. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            time_tag: Where the backward search starts, epoch milliseconds; now when
                omitted.
            limit: Maximum number of messages to return. At least 1; at most 200. The
                server's default is 200.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryChannelUnReadMentionedMsgPageResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryChannelUnReadMentionedMsgPage.action``
        (operation ``qchatQueryChannelUnReadMentionedMsgPage`` in the spec).
        """
        return _cast(
            "QchatQueryChannelUnReadMentionedMsgPageResponse",
            await self._client._call(
                _QUERY_CHANNEL_UN_READ_MENTIONED_MSG_PAGE,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "accid": accid,
                    "timeTag": time_tag,
                    "limit": limit,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_history_msg(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        accid: str | None = None,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        exclude_msg_id: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryHistoryMsgResponse:
        """Query a channel's cloud message history.

        Returns up to 100 messages of a channel sent between `from_time` and `to_time`,
        newest first unless `reverse` is 1. To page, send the id of the last message of
        the previous page as `exclude_msg_id` and move the time bound to its send time;
        this skips messages sharing that timestamp correctly.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            accid: Account on whose behalf the history is read. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            exclude_msg_id: Server id of a message to leave out, normally the last
                message of the previous page.
            limit: Maximum number of messages to return. At least 1; at most 100. The
                server's default is 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1. The server's default is 0.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryHistoryMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryHistoryMsg.action``
        (operation ``qchatQueryHistoryMsg`` in the spec).
        """
        return _cast(
            "QchatQueryHistoryMsgResponse",
            await self._client._call(
                _QUERY_HISTORY_MSG,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "accid": accid,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "excludeMsgId": exclude_msg_id,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_identify_resources(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryIdentifyResourcesResponse:
        """Query the permissions a member has.

        Returns the permissions one member actually has in a server or, when
        `channel_id` is given, in one channel, after combining its roles, channel roles
        and personal customisations.

        Args:
            accid: Member whose permissions are queried. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Channel to evaluate the permissions in; the server level when
                omitted.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryIdentifyResourcesResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryIdentifyResources.action``
        (operation ``qchatQueryIdentifyResources`` in the spec).
        """
        return _cast(
            "QchatQueryIdentifyResourcesResponse",
            await self._client._call(
                _QUERY_IDENTIFY_RESOURCES,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_invite_apply_history_by_server(
        self,
        *,
        accid: str,
        server_id: int | str,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        exclude_record_id: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryInviteApplyHistoryByServerResponse:
        """List a QChat server's invitation and application records.

        Returns the invitations, applications, invite codes and joins by invite code
        recorded for a server within a time range, newest first unless `reverse` is 1.
        `accid` needs the permission to view this history; otherwise the call fails with
        403. To page, pass the last record's `recordId` as `exclude_record_id` and its
        time as the new bound.

        Args:
            accid: Account that reads the history; needs the permission to view
                invitation and application history. 1 to 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when left out.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1. The server's default is 0.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryInviteApplyHistoryByServerResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryInviteApplyHistoryByServer.action``
        (operation ``qchatQueryInviteApplyHistoryByServer`` in the spec).
        """
        return _cast(
            "QchatQueryInviteApplyHistoryByServerResponse",
            await self._client._call(
                _QUERY_INVITE_APPLY_HISTORY_BY_SERVER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "excludeRecordId": exclude_record_id,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_invite_apply_history_by_user(
        self,
        *,
        accid: str,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        exclude_record_id: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryInviteApplyHistoryByUserResponse:
        """List an account's QChat invitation and application records.

        Returns the applications `accid` made, its answers to invitations and its joins
        by invite code, across servers, within a time range, newest first unless
        `reverse` is 1. The account needs the permission to view this history. To page,
        pass the last record's `recordId` as `exclude_record_id` and its time as the new
        bound.

        Args:
            accid: Account whose records to read. 1 to 32 characters.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when left out.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1. The server's default is 0.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryInviteApplyHistoryByUserResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryInviteApplyHistoryByUser.action``
        (operation ``qchatQueryInviteApplyHistoryByUser`` in the spec).
        """
        return _cast(
            "QchatQueryInviteApplyHistoryByUserResponse",
            await self._client._call(
                _QUERY_INVITE_APPLY_HISTORY_BY_USER,
                {
                    "accid": accid,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "excludeRecordId": exclude_record_id,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_quick_comment(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        query_msgs: list[QChatMessageKey],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryQuickCommentResponse:
        """Query the quick comments of messages.

        Returns the quick comments (reactions) on up to 100 messages of one channel,
        grouped by comment number.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            query_msgs: Messages to look up, at most 100, each as its server id and send
                time. At least 1 items; at most 100 items. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryQuickCommentResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryQuickComment.action``
        (operation ``qchatQueryQuickComment`` in the spec).
        """
        return _cast(
            "QchatQueryQuickCommentResponse",
            await self._client._call(
                _QUERY_QUICK_COMMENT,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "queryMsgs": query_msgs,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_thread_talk_history(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        msg_id_server: int | str,
        msg_time: int | str,
        accid: str | None = None,
        exclude_msg_id: int | str | None = None,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        limit: int | None = None,
        reverse: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryThreadTalkHistoryResponse:
        """Query the replies of a thread.

        Returns the root message of a thread (a message and the tree of replies to it),
        the number of replies, the time of the last reply and up to 100 replies. The
        thread is identified by the server id and send time of its root message. Page
        with `exclude_msg_id` as in queryHistoryMsg.

        Args:
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            msg_id_server: Server-side id of the thread's root message.
            msg_time: Send time of the thread's root message, epoch milliseconds.
            accid: Account on whose behalf the thread is read. 1 to 32 characters.
            exclude_msg_id: Server id of a reply to leave out, normally the last reply
                of the previous page.
            from_time: Start of the time range, epoch milliseconds. The server's default
                is 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            limit: Maximum number of replies to return. At least 1; at most 100. The
                server's default is 100.
            reverse: false walks from now into the past (newest first), true the other
                way. The server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryThreadTalkHistoryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/queryThreadTalkHistory.action``
        (operation ``qchatQueryThreadTalkHistory`` in the spec).
        """
        return _cast(
            "QchatQueryThreadTalkHistoryResponse",
            await self._client._call(
                _QUERY_THREAD_TALK_HISTORY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "msgIdServer": msg_id_server,
                    "msgTime": msg_time,
                    "accid": accid,
                    "excludeMsgId": exclude_msg_id,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_white_black_identify(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyResponse:
        """List a QChat channel's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryWhiteBlackIdentifyResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryWhiteBlackIdentify.action``
        (operation ``qchatQueryWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "QchatQueryWhiteBlackIdentifyResponse",
            await self._client._call(
                _QUERY_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        timetag: int | str,
        limit: int,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyUserResponse:
        """List a QChat channel's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel's whitelist or blacklist, newest
        first. Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the server first checks that this account may
        see the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatQueryWhiteBlackIdentifyUserResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/queryWhiteBlackIdentifyUser.action``
        (operation ``qchatQueryWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "QchatQueryWhiteBlackIdentifyUserResponse",
            await self._client._call(
                _QUERY_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "timetag": timetag,
                    "limit": limit,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def reject_server_apply(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        apply_accid: str | None = None,
        request_id: int | str | None = None,
        ps: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Reject an application to join a QChat server.

        Declines the application `request_id` of `apply_accid` on behalf of `accid`, who
        needs the permission to handle applications, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that rejects; needs the permission to handle applications. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            apply_accid: Account that applied. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            request_id: Id of the application. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            ps: Message sent back to the applicant. At most 5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/rejectServerApply.action``
        (operation ``qchatRejectServerApply`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REJECT_SERVER_APPLY,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "applyAccid": apply_accid,
                    "requestId": request_id,
                    "ps": ps,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def reject_server_invite(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        inviter: str | None = None,
        request_id: int | str | None = None,
        ps: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Reject an invitation into a QChat server.

        Makes the invited account `accid` decline the invitation `request_id` sent by
        `inviter`, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: The invited account. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            inviter: Account that sent the invitation. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            request_id: Id of the invitation. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            ps: Message sent back to the inviter. At most 5000 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/rejectServerInvite.action``
        (operation ``qchatRejectServerInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REJECT_SERVER_INVITE,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "inviter": inviter,
                    "requestId": request_id,
                    "ps": ps,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_channel(
        self,
        *,
        channel_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a QChat channel.

        Deletes a channel on behalf of `accid`, who needs the permission to manage
        channels.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that deletes the channel; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/removeChannel.action``
        (operation ``qchatRemoveChannel`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE_CHANNEL,
                {
                    "channelId": channel_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_channel_category(
        self,
        *,
        category_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a QChat channel category.

        Deletes a channel category on behalf of `accid`, who needs the permission to
        manage channels.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that deletes the category; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/removeChannelCategory.action``
        (operation ``qchatRemoveChannelCategory`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE_CHANNEL_CATEGORY,
                {
                    "categoryId": category_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a QChat server.

        Deletes a server with its channels and memberships. Only the server's owner may
        do it, so `accid` must be the owner.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: The server's owner. 1 to 32 characters. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/removeServer.action``
        (operation ``qchatRemoveServer`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Delete a server role.

        Deletes a custom server role; its members lose the permissions it granted. The
        @everyone role cannot be deleted.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to delete.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/removeServerIdentify.action``
        (operation ``qchatRemoveServerIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def request_addr(
        self,
        *,
        accid: str,
        clienttype: Literal[1, 2] | None = None,
        clientip: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatRequestAddrResponse:
        """Get QChat connection addresses.

        Returns the addresses a client must pass when it logs in to QChat as the given
        account. Call it from the app server and hand the addresses to the client;
        passing the client's IP lets the server pick addresses near the user.

        Args:
            accid: Account that will log in to QChat. 1 to 32 characters.
            clienttype: Kind of link; 1 web (weblink), 2 native apps (commonlink). One
                of 1, 2. The server's default is 1.
            clientip: The client's IP address, used to return addresses close to the
                user.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatRequestAddrResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/requestAddr.action``
        (operation ``qchatRequestAddr`` in the spec).
        """
        return _cast(
            "QchatRequestAddrResponse",
            await self._client._call(
                _REQUEST_ADDR,
                {
                    "accid": accid,
                    "clienttype": clienttype,
                    "clientip": clientip,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_attach_msg(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str | None = None,
        to_accids: list[str] | None = None,
        body: str | None = None,
        attach: str | None = None,
        ext: str | None = None,
        persist_enable: bool | None = None,
        push_enable: bool | None = None,
        push_content: str | None = None,
        need_badge: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatSendAttachMsgResponse:
        """Send a custom QChat system notification.

        Sends an app-defined system notification, which is not stored in the message
        history, to the members of a server or of a channel, or only to the accounts in
        `to_accids`. With `persist_enable` a notification to listed accounts is also
        kept for those offline until they log in.

        Args:
            accid: Account that sends the notification. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Channel whose members receive the notification; the whole server
                when omitted.
            to_accids: Accounts to notify instead of every member of the server or
                channel. Each 1 to 32 characters. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            body: Text of the notification.
            attach: App-defined payload of the notification; JSON text is recommended.
            ext: App-defined extension of the notification.
            persist_enable: Keep the notification for offline accounts until they log
                in; only with `to_accids`. The server's default is False.
            push_enable: Also send a mobile push for the notification. The server's
                default is False.
            push_content: Text of the mobile push.
            need_badge: Count the notification in the app badge. The server's default is
                True.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatSendAttachMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/sendAttachMsg.action``
        (operation ``qchatSendAttachMsg`` in the spec).
        """
        return _cast(
            "QchatSendAttachMsgResponse",
            await self._client._call(
                _SEND_ATTACH_MSG,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "toAccids": to_accids,
                    "body": body,
                    "attach": attach,
                    "ext": ext,
                    "persistEnable": persist_enable,
                    "pushEnable": push_enable,
                    "pushContent": push_content,
                    "needBadge": need_badge,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_msg(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        type: int,
        body: str | None = None,
        attach: dict[str, Any] | None = None,
        ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatSendMsgResponse:
        """Send a message to a QChat channel.

        Sends a message into a channel of a QChat server in the name of `accid`, who
        must be allowed to send messages there. The message is kept in the channel's
        cloud history.

        Args:
            accid: Account that sends the message. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            type: Message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom.
            body: Text of the message (the content of a text message).
            attach: Attachment of a media or custom message, as JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            ext: App-defined extension of the message; JSON text is recommended.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/sendMsg.action``
        (operation ``qchatSendMsg`` in the spec).
        """
        return _cast(
            "QchatSendMsgResponse",
            await self._client._call(
                _SEND_MSG,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "body": body,
                    "attach": attach,
                    "ext": ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_attach_msg(
        self,
        *,
        accid: str,
        msg_id_server: int | str,
        type: int,
        body: str | None = None,
        ext: str | None = None,
        status: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a custom QChat system notification.

        Changes the text, extension or status of a QChat system notification already
        sent, identified by its server id and its notification type.

        Args:
            accid: Account that performs the update. 1 to 32 characters.
            msg_id_server: Server-side id of the notification to update.
            type: Type of the notification to update (the custom notification type for
                notifications sent with sendAttachMsg).
            body: New text of the notification.
            ext: New app-defined extension of the notification.
            status: New app-defined status of the notification (10000 and above). At
                least 10000.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateAttachMsg.action``
        (operation ``qchatUpdateAttachMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_ATTACH_MSG,
                {
                    "accid": accid,
                    "msgIdServer": msg_id_server,
                    "type": type,
                    "body": body,
                    "ext": ext,
                    "status": status,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_category_info_of_channel(
        self,
        *,
        channel_id: int | str | None = None,
        accid: str | None = None,
        category_id: int | str | None = None,
        sync_mode: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateCategoryInfoOfChannelResponse:
        """Move a QChat channel to a category.

        Puts a channel in a category, or changes whether it follows the category's
        permissions, on behalf of `accid`, who needs the permission to manage channels.
        Returns the updated channel.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            category_id: Category to put the channel in.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateCategoryInfoOfChannelResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateCategoryInfoOfChannel.action``
        (operation ``qchatUpdateCategoryInfoOfChannel`` in the spec).
        """
        return _cast(
            "QchatUpdateCategoryInfoOfChannelResponse",
            await self._client._call(
                _UPDATE_CATEGORY_INFO_OF_CHANNEL,
                {
                    "channelId": channel_id,
                    "accid": accid,
                    "categoryId": category_id,
                    "syncMode": sync_mode,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_category_white_black_identify(
        self,
        *,
        server_id: int | str | None = None,
        category_id: int | str | None = None,
        type: Literal[1, 2] | None = None,
        ope_type: Literal[1, 2] | None = None,
        accid: str | None = None,
        role_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove an identity group on a QChat category's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel category's
        whitelist (private category) or blacklist (public category) on behalf of
        `accid`, who needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            role_id: Server identity group to add or remove. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateCategoryWhiteBlackIdentify.action``
        (operation ``qchatUpdateCategoryWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_category_white_black_identify_user(
        self,
        *,
        server_id: int | str | None = None,
        category_id: int | str | None = None,
        type: Literal[1, 2] | None = None,
        ope_type: Literal[1, 2] | None = None,
        accid: str | None = None,
        to_accids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove accounts on a QChat category's whitelist or blacklist.

        Adds server members to, or removes them from, a channel category's whitelist
        (private category) or blacklist (public category) on behalf of `accid`, who
        needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            to_accids: Accounts to add or remove, at most 100. At least 1 items; at most
                100 items; each 1 to 32 characters. Sent as compact JSON; JSON text
                given as a str is checked and sent as is. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateCategoryWhiteBlackIdentifyUser.action``
        (operation ``qchatUpdateCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "categoryId": category_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "toAccids": to_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_channel(
        self,
        *,
        channel_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelResponse:
        """Update a QChat channel.

        Changes the name, topic, extension or view mode of a channel on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        channel. Fields left out keep their values. Use `updateCategoryInfoOfChannel` to
        move the channel to another category.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: New channel name. At most 64 characters.
            topic: New channel topic. At most 128 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateChannel.action``
        (operation ``qchatUpdateChannel`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelResponse",
            await self._client._call(
                _UPDATE_CHANNEL,
                {
                    "channelId": channel_id,
                    "accid": accid,
                    "name": name,
                    "topic": topic,
                    "custom": custom,
                    "viewMode": view_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_channel_category(
        self,
        *,
        category_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        custom: str | None = None,
        view_mode: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelCategoryResponse:
        """Update a QChat channel category.

        Changes the name, extension or view mode of a channel category on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        category. Fields left out keep their values.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage
                channels. 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            name: New category name. At most 64 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelCategoryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateChannelCategory.action``
        (operation ``qchatUpdateChannelCategory`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelCategoryResponse",
            await self._client._call(
                _UPDATE_CHANNEL_CATEGORY,
                {
                    "categoryId": category_id,
                    "accid": accid,
                    "name": name,
                    "custom": custom,
                    "viewMode": view_mode,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        role_id: int | str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelCategoryIdentifyResponse:
        """Change the permissions of a channel-category role.

        Sets permission switches of a category role: 1 grants, -1 denies and 0 goes back
        to the server role's setting. Switches not sent keep their value. Returns the
        updated category role.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            role_id: Category role to update.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelCategoryIdentifyResponse: the response body (`code` 200)
                with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateChannelCategoryIdentify.action``
        (operation ``qchatUpdateChannelCategoryIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelCategoryIdentifyResponse",
            await self._client._call(
                _UPDATE_CHANNEL_CATEGORY_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "roleId": role_id,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        category_id: int | str,
        faccid: str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelCategoryUserIdentifyResponse:
        """Change a member's customised channel-category permissions.

        Sets permission switches of one member's customisation in a channel category: 1
        grants, -1 denies and 0 goes back to the setting of the member's roles. Switches
        not sent keep their value.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            category_id: Id of a channel category inside a QChat server.
            faccid: Member whose customisation is changed. 1 to 32 characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelCategoryUserIdentifyResponse: the response body (`code`
                200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateChannelCategoryUserIdentify.action``
        (operation ``qchatUpdateChannelCategoryUserIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelCategoryUserIdentifyResponse",
            await self._client._call(
                _UPDATE_CHANNEL_CATEGORY_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "categoryId": category_id,
                    "faccid": faccid,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_channel_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        role_id: int | str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateChannelIdentifyResponse:
        """Change the permissions of a channel role.

        Sets permission switches of a channel role: 1 grants, -1 denies and 0 goes back
        to inheriting the server role's setting. Switches not sent keep their value.
        Returns the updated channel role.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            role_id: Channel role to update.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateChannelIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateChannelIdentify.action``
        (operation ``qchatUpdateChannelIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateChannelIdentifyResponse",
            await self._client._call(
                _UPDATE_CHANNEL_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "roleId": role_id,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_msg(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        msg_id_server: int | str,
        msg_time: int | str,
        body: str | None = None,
        ext: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateMsgResponse:
        """Update a QChat channel message.

        Changes the text or extension of a message already sent to a channel; the
        clients receive the updated message. The message is identified by its server id
        and send time.

        Args:
            accid: Account that performs the update. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            msg_id_server: Server-side id of the message to update.
            msg_time: Send time of the message, epoch milliseconds.
            body: New text of the message.
            ext: New app-defined extension of the message.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateMsg.action``
        (operation ``qchatUpdateMsg`` in the spec).
        """
        return _cast(
            "QchatUpdateMsgResponse",
            await self._client._call(
                _UPDATE_MSG,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "msgIdServer": msg_id_server,
                    "msgTime": msg_time,
                    "body": body,
                    "ext": ext,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_other_server_member(
        self,
        *,
        accid: str | None = None,
        server_id: int | str | None = None,
        to_accid: str | None = None,
        nick: str | None = None,
        avatar: str | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateOtherServerMemberResponse:
        """Update another member's card in a QChat server.

        Changes the nickname or avatar that `to_accid` shows inside a server, on behalf
        of `accid`, who needs the permission to manage other members' cards, and returns
        the updated member.

        Args:
            accid: Account that makes the change. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            to_accid: Member whose card changes. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateOtherServerMemberResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateOtherServerMember.action``
        (operation ``qchatUpdateOtherServerMember`` in the spec).
        """
        return _cast(
            "QchatUpdateOtherServerMemberResponse",
            await self._client._call(
                _UPDATE_OTHER_SERVER_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "toAccid": to_accid,
                    "nick": nick,
                    "avatar": avatar,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_quick_comment(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        msg_id_server: int | str,
        msg_time: int | str,
        type: int | str,
        operate_type: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove a quick comment on a message.

        Adds or removes a quick comment (a reaction: an app-defined number, not a
        message) on a channel message in the name of `accid`. Quick comments must be
        enabled for the app on top of QChat.

        Args:
            accid: Account that adds or removes the comment. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            msg_id_server: Server-side id of the commented message.
            msg_time: Send time of the commented message, epoch milliseconds.
            type: The comment, an app-defined number (for example the code of an emoji).
            operate_type: 1 adds the comment, 2 removes it. One of 1, 2. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateQuickComment.action``
        (operation ``qchatUpdateQuickComment`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_QUICK_COMMENT,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "msgIdServer": msg_id_server,
                    "msgTime": msg_time,
                    "type": type,
                    "operateType": operate_type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_server(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: Literal[0, 1] | bool | None = None,
        apply_mode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerResponse:
        """Update a QChat server.

        Changes the name, icon, extension, invitation mode or application mode of a
        server on behalf of `accid`, who needs the permission to manage the server, and
        returns the updated server. Fields left out keep their values.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that makes the change; needs the permission to manage the
                server. 1 to 32 characters. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            name: New server name. At most 64 characters.
            icon: New server icon URL. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            invite_mode: Whether an invited account must accept: 0 it must accept the
                invitation (the default), 1 it joins at once. Any other value is
                rejected with 414. One of 0, 1.
            apply_mode: Whether an application to join needs approval: 0 the applicant
                joins at once (the default), 1 the owner or a member with the right
                permission must approve. Any other value is rejected with 414. One of 0,
                1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateServer.action``
        (operation ``qchatUpdateServer`` in the spec).
        """
        return _cast(
            "QchatUpdateServerResponse",
            await self._client._call(
                _UPDATE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "icon": icon,
                    "custom": custom,
                    "inviteMode": invite_mode,
                    "applyMode": apply_mode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_server_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        role_id: int | str,
        name: str | None = None,
        icon: str | None = None,
        ext: str | None = None,
        auths: dict[str, Literal[-1, 0, 1]] | None = None,
        priority: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerIdentifyResponse:
        """Update a server role.

        Changes the name, icon, extension, rank or permission switches of a server role
        and returns the updated role. Only the fields sent are changed. The permissions
        of the @everyone role can be changed only by the server's creator, and its other
        attributes not at all.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            role_id: Server role to update.
            name: New name of the role.
            icon: New icon URL of the role.
            ext: New app-defined extension of the role. At most 1024 characters.
            auths: Permission switches to change, as JSON text keyed by permission item
                code; on a server role use 1 to grant and -1 to deny. Sent as compact
                JSON; JSON text given as a str is checked and sent as is.
            priority: New rank of the role; the smaller, the higher. At least 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateServerIdentify.action``
        (operation ``qchatUpdateServerIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateServerIdentifyResponse",
            await self._client._call(
                _UPDATE_SERVER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "roleId": role_id,
                    "name": name,
                    "icon": icon,
                    "ext": ext,
                    "auths": auths,
                    "priority": priority,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_server_member(
        self,
        *,
        accid: str,
        server_id: int | str,
        nick: str | None = None,
        avatar: str | None = None,
        custom: str | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerMemberResponse:
        """Update one's own member card in a QChat server.

        Changes the nickname, avatar or extension that `accid` shows inside a server,
        and returns the updated member. The account receives a server-member-update
        system notification; other members receive it only if Yunxin enabled that for
        the app.

        Args:
            accid: Member whose card changes. 1 to 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerMemberResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateServerMember.action``
        (operation ``qchatUpdateServerMember`` in the spec).
        """
        return _cast(
            "QchatUpdateServerMemberResponse",
            await self._client._call(
                _UPDATE_SERVER_MEMBER,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "nick": nick,
                    "avatar": avatar,
                    "custom": custom,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_server_member_ban(
        self,
        *,
        server_id: int | str | None = None,
        accid: str | None = None,
        target_accid: str | None = None,
        ope_type: Literal[1, 2] | None = None,
        custom: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Ban or unban a member of a QChat server.

        Bans `target_accid` from a server, or lifts the ban, on behalf of `accid`, who
        needs the permission to ban members. A banned account is removed from the server
        and cannot apply to join again until unbanned.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            accid: Account that bans or unbans; needs the permission to ban members. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            target_accid: Account to ban or unban. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: 1 ban, 2 lift the ban. One of 1, 2. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            custom: App-defined extension stored with the ban. At most 1024 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateServerMemberBan.action``
        (operation ``qchatUpdateServerMemberBan`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_SERVER_MEMBER_BAN,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "targetAccid": target_accid,
                    "opeType": ope_type,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_user_identify(
        self,
        *,
        accid: str,
        server_id: int | str,
        channel_id: int | str,
        faccid: str,
        auths: dict[str, Literal[-1, 0, 1]],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateUserIdentifyResponse:
        """Change a member's customised channel permissions.

        Sets permission switches of one member's customisation in a channel: 1 grants,
        -1 denies and 0 goes back to the setting of the member's roles. Switches not
        sent keep their value. Returns the updated customisation.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            server_id: Id of a QChat server, assigned when the server is created.
            channel_id: Id of a channel inside a QChat server.
            faccid: Member whose customisation is changed. 1 to 32 characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateUserIdentifyResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/qchat/updateUserIdentify.action``
        (operation ``qchatUpdateUserIdentify`` in the spec).
        """
        return _cast(
            "QchatUpdateUserIdentifyResponse",
            await self._client._call(
                _UPDATE_USER_IDENTIFY,
                {
                    "accid": accid,
                    "serverId": server_id,
                    "channelId": channel_id,
                    "faccid": faccid,
                    "auths": auths,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_white_black_identify(
        self,
        *,
        server_id: int | str | None = None,
        channel_id: int | str | None = None,
        type: Literal[1, 2] | None = None,
        ope_type: Literal[1, 2] | None = None,
        accid: str | None = None,
        role_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove an identity group on a QChat channel's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel's whitelist or
        blacklist, so that all of its members gain or lose sight of the channel, on
        behalf of `accid`, who needs the permission to manage the lists. A channel's
        lists hold at most 20 identity groups unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            channel_id: Id of a channel, assigned when the channel is created. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            role_id: Server identity group to add or remove. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateWhiteBlackIdentify.action``
        (operation ``qchatUpdateWhiteBlackIdentify`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_WHITE_BLACK_IDENTIFY,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "roleId": role_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_white_black_identify_user(
        self,
        *,
        server_id: int | str,
        channel_id: int | str,
        type: Literal[1, 2],
        ope_type: Literal[1, 2],
        accid: str,
        to_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add or remove accounts on a QChat channel's whitelist or blacklist.

        Adds server members to, or removes them from, a channel's whitelist (for a
        private channel) or blacklist (for a public one), on behalf of `accid`, who
        needs the permission to manage the lists; otherwise the call fails with 403. A
        channel's lists hold at most 1000 accounts unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created.
            channel_id: Id of a channel, assigned when the channel is created.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. 1 to 32 characters.
            to_accids: Accounts to add or remove, at most 100. At least 1 items; at most
                100 items; each 1 to 32 characters. Sent as compact JSON; JSON text
                given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Calls ``POST /nimserver/qchat/updateWhiteBlackIdentifyUser.action``
        (operation ``qchatUpdateWhiteBlackIdentifyUser`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_WHITE_BLACK_IDENTIFY_USER,
                {
                    "serverId": server_id,
                    "channelId": channel_id,
                    "type": type,
                    "opeType": ope_type,
                    "accid": accid,
                    "toAccids": to_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
