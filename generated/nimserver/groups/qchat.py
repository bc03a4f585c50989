"""Operations under ``qchat/``: Joining, leaving, inviting, banning and listing the members
of QChat servers. QChat channel categories and their whitelists and blacklists. QChat
channels and their member whitelists and blacklists. Custom sort weights of QChat
servers and channels. QChat (圈组) servers, the communities that hold members and
channels. The addresses a client connects to when it logs in to QChat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._fields import Endpoint, Field, Kind
from ..types import (
    Envelope,
    QchatApplyServerResponse,
    QchatBatchGetCategoryWhiteBlackIdentifyResponse,
    QchatBatchGetCategoryWhiteBlackIdentifyUserResponse,
    QchatBatchGetWhiteBlackIdentifyResponse,
    QchatBatchGetWhiteBlackIdentifyUserResponse,
    QchatBatchUpdateChannelReorderWeightReorderInfosItem,
    QchatBatchUpdateServerReorderWeightReorderInfosItem,
    QchatCreateChannelCategoryResponse,
    QchatCreateChannelResponse,
    QchatCreateServerResponse,
    QchatGenerateInviteCodeResponse,
    QchatGetChannelCategoryListByServerPageResponse,
    QchatGetChannelCategorysResponse,
    QchatGetChannelListByChannelCategoryPageResponse,
    QchatGetChannelListPageResponse,
    QchatGetChannelMemberListPageResponse,
    QchatGetChannelsResponse,
    QchatGetServerListPageResponse,
    QchatGetServerMemberBanListPageResponse,
    QchatGetServerMemberListPageResponse,
    QchatGetServerMembersResponse,
    QchatGetServersResponse,
    QchatInviteServerMemberResponse,
    QchatQueryCategoryWhiteBlackIdentifyPageResponse,
    QchatQueryCategoryWhiteBlackIdentifyUserPageResponse,
    QchatQueryInviteApplyHistoryByServerResponse,
    QchatQueryInviteApplyHistoryByUserResponse,
    QchatQueryWhiteBlackIdentifyResponse,
    QchatQueryWhiteBlackIdentifyUserResponse,
    QchatRequestAddrResponse,
    QchatUpdateCategoryInfoOfChannelResponse,
    QchatUpdateChannelCategoryResponse,
    QchatUpdateChannelResponse,
    QchatUpdateOtherServerMemberResponse,
    QchatUpdateServerMemberResponse,
    QchatUpdateServerResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncQchatGroup", "QchatGroup"]

_ACCEPT_SERVER_APPLY = Endpoint(
    "qchat/acceptServerApply.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field(
            "applyAccid",
            "apply_accid",
            Kind.STR,
            required=True,
            min_length=1,
            max_length=32,
        ),
        Field("requestId", "request_id", Kind.INT, required=True),
    ),
)

_ACCEPT_SERVER_INVITE = Endpoint(
    "qchat/acceptServerInvite.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field(
            "inviter", "inviter", Kind.STR, required=True, min_length=1, max_length=32
        ),
        Field("requestId", "request_id", Kind.INT, required=True),
    ),
)

_APPLY_SERVER = Endpoint(
    "qchat/applyServer.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("ps", "ps", Kind.STR, max_length=5000),
        Field("ttl", "ttl", Kind.INT, minimum=1),
    ),
)

_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/batchGetCategoryWhiteBlackIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("roleids", "roleids", Kind.JSON, required=True, json_type=list),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/batchGetCategoryWhiteBlackIdentifyUser.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("accids", "accids", Kind.JSON, required=True, json_type=list),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_BATCH_GET_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/batchGetWhiteBlackIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("roleids", "roleids", Kind.JSON, required=True, json_type=list),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_BATCH_GET_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/batchGetWhiteBlackIdentifyUser.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("accids", "accids", Kind.JSON, required=True, json_type=list),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_BATCH_UPDATE_CHANNEL_REORDER_WEIGHT = Endpoint(
    "qchat/batchUpdateChannelReorderWeight.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field(
            "reorderInfos", "reorder_infos", Kind.JSON, required=True, json_type=list
        ),
    ),
)

_BATCH_UPDATE_SERVER_REORDER_WEIGHT = Endpoint(
    "qchat/batchUpdateServerReorderWeight.action",
    (Field("reorderInfos", "reorder_infos", Kind.JSON, required=True, json_type=list),),
)

_CREATE_CHANNEL = Endpoint(
    "qchat/createChannel.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("name", "name", Kind.STR, required=True, max_length=64),
        Field("type", "type", Kind.INT, enum=(0, 1, 100)),
        Field("topic", "topic", Kind.STR, max_length=128),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("viewMode", "view_mode", Kind.INT, enum=(0, 1)),
        Field("categoryId", "category_id", Kind.INT),
        Field("syncMode", "sync_mode", Kind.INT, enum=(0, 1)),
        Field("bid", "bid", Kind.STR),
    ),
)

_CREATE_CHANNEL_CATEGORY = Endpoint(
    "qchat/createChannelCategory.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("name", "name", Kind.STR, max_length=64),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("viewMode", "view_mode", Kind.INT, enum=(0, 1)),
    ),
)

_CREATE_SERVER = Endpoint(
    "qchat/createServer.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("name", "name", Kind.STR, max_length=64),
        Field("icon", "icon", Kind.STR, max_length=1024),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("inviteMode", "invite_mode", Kind.INT, enum=(0, 1)),
        Field("applyMode", "apply_mode", Kind.INT, enum=(0, 1)),
        Field("bid", "bid", Kind.STR),
    ),
)

_GENERATE_INVITE_CODE = Endpoint(
    "qchat/generateInviteCode.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("ps", "ps", Kind.STR, max_length=5000),
        Field("ttl", "ttl", Kind.INT, minimum=1),
    ),
)

_GET_CHANNEL_CATEGORY_LIST_BY_SERVER_PAGE = Endpoint(
    "qchat/getChannelCategoryListByServerPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
        Field("sortField", "sort_field", Kind.INT),
        Field("pageToken", "page_token", Kind.STR),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_CATEGORYS = Endpoint(
    "qchat/getChannelCategorys.action",
    (Field("categoryIds", "category_ids", Kind.JSON, required=True, json_type=list),),
    safe_to_repeat=True,
)

_GET_CHANNEL_LIST_BY_CHANNEL_CATEGORY_PAGE = Endpoint(
    "qchat/getChannelListByChannelCategoryPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=200),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_LIST_PAGE = Endpoint(
    "qchat/getChannelListPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=200),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_MEMBER_LIST_PAGE = Endpoint(
    "qchat/getChannelMemberListPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=200),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_CHANNELS = Endpoint(
    "qchat/getChannels.action",
    (Field("channelIds", "channel_ids", Kind.JSON, required=True, json_type=list),),
    safe_to_repeat=True,
)

_GET_SERVER_LIST_PAGE = Endpoint(
    "qchat/getServerListPage.action",
    (
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=100),
        Field("sortField", "sort_field", Kind.INT),
        Field("pageToken", "page_token", Kind.STR),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_MEMBER_BAN_LIST_PAGE = Endpoint(
    "qchat/getServerMemberBanListPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=200),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_MEMBER_LIST_PAGE = Endpoint(
    "qchat/getServerMemberListPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=200),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_MEMBERS = Endpoint(
    "qchat/getServerMembers.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accids", "accids", Kind.JSON, required=True, json_type=list),
    ),
    safe_to_repeat=True,
)

_GET_SERVERS = Endpoint(
    "qchat/getServers.action",
    (Field("serverIds", "server_ids", Kind.JSON, required=True, json_type=list),),
    safe_to_repeat=True,
)

_INVITE_SERVER_MEMBER = Endpoint(
    "qchat/inviteServerMember.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("accids", "accids", Kind.JSON, required=True, json_type=list),
        Field("ps", "ps", Kind.STR, max_length=5000),
        Field("ttl", "ttl", Kind.INT, minimum=1),
    ),
)

_JOIN_SERVER_BY_INVITE_CODE = Endpoint(
    "qchat/joinServerByInviteCode.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("inviteCode", "invite_code", Kind.STR, required=True),
        Field("ps", "ps", Kind.STR, max_length=5000),
    ),
)

_KICK_SERVER_MEMBER = Endpoint(
    "qchat/kickServerMember.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("kickAccids", "kick_accids", Kind.JSON, required=True, json_type=list),
    ),
)

_LEAVE_SERVER = Endpoint(
    "qchat/leaveServer.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_PAGE = Endpoint(
    "qchat/queryCategoryWhiteBlackIdentifyPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_USER_PAGE = Endpoint(
    "qchat/queryCategoryWhiteBlackIdentifyUserPage.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_QUERY_INVITE_APPLY_HISTORY_BY_SERVER = Endpoint(
    "qchat/queryInviteApplyHistoryByServer.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("fromTime", "from_time", Kind.INT, minimum=0),
        Field("toTime", "to_time", Kind.INT, minimum=0),
        Field("excludeRecordId", "exclude_record_id", Kind.INT),
        Field("limit", "limit", Kind.INT, minimum=1, maximum=100),
        Field("reverse", "reverse", Kind.INT, enum=(0, 1)),
    ),
    safe_to_repeat=True,
)

_QUERY_INVITE_APPLY_HISTORY_BY_USER = Endpoint(
    "qchat/queryInviteApplyHistoryByUser.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("fromTime", "from_time", Kind.INT, minimum=0),
        Field("toTime", "to_time", Kind.INT, minimum=0),
        Field("excludeRecordId", "exclude_record_id", Kind.INT),
        Field("limit", "limit", Kind.INT, minimum=1, maximum=100),
        Field("reverse", "reverse", Kind.INT, enum=(0, 1)),
    ),
    safe_to_repeat=True,
)

_QUERY_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/queryWhiteBlackIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_QUERY_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/queryWhiteBlackIdentifyUser.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_REJECT_SERVER_APPLY = Endpoint(
    "qchat/rejectServerApply.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field(
            "applyAccid",
            "apply_accid",
            Kind.STR,
            required=True,
            min_length=1,
            max_length=32,
        ),
        Field("requestId", "request_id", Kind.INT, required=True),
        Field("ps", "ps", Kind.STR, max_length=5000),
    ),
)

_REJECT_SERVER_INVITE = Endpoint(
    "qchat/rejectServerInvite.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field(
            "inviter", "inviter", Kind.STR, required=True, min_length=1, max_length=32
        ),
        Field("requestId", "request_id", Kind.INT, required=True),
        Field("ps", "ps", Kind.STR, max_length=5000),
    ),
)

_REMOVE_CHANNEL = Endpoint(
    "qchat/removeChannel.action",
    (
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_REMOVE_CHANNEL_CATEGORY = Endpoint(
    "qchat/removeChannelCategory.action",
    (
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_REMOVE_SERVER = Endpoint(
    "qchat/removeServer.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_REQUEST_ADDR = Endpoint(
    "qchat/requestAddr.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("clienttype", "clienttype", Kind.INT, enum=(1, 2)),
        Field("clientip", "clientip", Kind.STR),
    ),
    safe_to_repeat=True,
)

_UPDATE_CATEGORY_INFO_OF_CHANNEL = Endpoint(
    "qchat/updateCategoryInfoOfChannel.action",
    (
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("categoryId", "category_id", Kind.INT),
        Field("syncMode", "sync_mode", Kind.INT, enum=(0, 1)),
    ),
)

_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/updateCategoryWhiteBlackIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("opeType", "ope_type", Kind.INT, required=True, enum=(1, 2)),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("roleId", "role_id", Kind.INT, required=True),
    ),
)

_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/updateCategoryWhiteBlackIdentifyUser.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("opeType", "ope_type", Kind.INT, required=True, enum=(1, 2)),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("toAccids", "to_accids", Kind.JSON, required=True, json_type=list),
    ),
)

_UPDATE_CHANNEL = Endpoint(
    "qchat/updateChannel.action",
    (
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("name", "name", Kind.STR, max_length=64),
        Field("topic", "topic", Kind.STR, max_length=128),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("viewMode", "view_mode", Kind.INT, enum=(0, 1)),
        Field("bid", "bid", Kind.STR),
    ),
)

_UPDATE_CHANNEL_CATEGORY = Endpoint(
    "qchat/updateChannelCategory.action",
    (
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("name", "name", Kind.STR, max_length=64),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("viewMode", "view_mode", Kind.INT, enum=(0, 1)),
    ),
)

_UPDATE_OTHER_SERVER_MEMBER = Endpoint(
    "qchat/updateOtherServerMember.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field(
            "toAccid", "to_accid", Kind.STR, required=True, min_length=1, max_length=32
        ),
        Field("nick", "nick", Kind.STR, max_length=64),
        Field("avatar", "avatar", Kind.STR, max_length=1024),
        Field("bid", "bid", Kind.STR),
    ),
)

_UPDATE_SERVER = Endpoint(
    "qchat/updateServer.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("name", "name", Kind.STR, max_length=64),
        Field("icon", "icon", Kind.STR, max_length=1024),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("inviteMode", "invite_mode", Kind.INT, enum=(0, 1)),
        Field("applyMode", "apply_mode", Kind.INT, enum=(0, 1)),
        Field("bid", "bid", Kind.STR),
    ),
)

_UPDATE_SERVER_MEMBER = Endpoint(
    "qchat/updateServerMember.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("nick", "nick", Kind.STR, max_length=64),
        Field("avatar", "avatar", Kind.STR, max_length=1024),
        Field("custom", "custom", Kind.STR, max_length=1024),
        Field("bid", "bid", Kind.STR),
    ),
)

_UPDATE_SERVER_MEMBER_BAN = Endpoint(
    "qchat/updateServerMemberBan.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field(
            "targetAccid",
            "target_accid",
            Kind.STR,
            required=True,
            min_length=1,
            max_length=32,
        ),
        Field("opeType", "ope_type", Kind.INT, required=True, enum=(1, 2)),
        Field("custom", "custom", Kind.STR, max_length=1024),
    ),
)

_UPDATE_WHITE_BLACK_IDENTIFY = Endpoint(
    "qchat/updateWhiteBlackIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("opeType", "ope_type", Kind.INT, required=True, enum=(1, 2)),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("roleId", "role_id", Kind.INT, required=True),
    ),
)

_UPDATE_WHITE_BLACK_IDENTIFY_USER = Endpoint(
    "qchat/updateWhiteBlackIdentifyUser.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(1, 2)),
        Field("opeType", "ope_type", Kind.INT, required=True, enum=(1, 2)),
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("toAccids", "to_accids", Kind.JSON, required=True, json_type=list),
    ),
)


class QchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def accept_server_apply(
        self,
        *,
        server_id: int,
        accid: str,
        apply_accid: str,
        request_id: int,
    ) -> Envelope:
        """Accept an application to join a QChat server.

        Accepts the application `requestId` of `applyAccid` on behalf of `accid`, who
        needs the permission to handle applications; the applicant joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that accepts; needs the permission to handle applications.
                Not empty; at most 32 characters.
            apply_accid: Account that applied. Not empty; at most 32 characters.
            request_id: Id of the application.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the
        applicant's field name `applyAccid` is a guess; the web SDK's acceptServerApply
        takes serverId, the applicant's account and requestId
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/).

        Calls ``POST qchat/acceptServerApply.action`` (operation ``qchatAcceptServerApply`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "applyAccid": apply_accid,
            "requestId": request_id,
        }
        return cast("Envelope", self._client._call(_ACCEPT_SERVER_APPLY, values))

    def accept_server_invite(
        self,
        *,
        server_id: int,
        accid: str,
        inviter: str,
        request_id: int,
    ) -> Envelope:
        """Accept an invitation into a QChat server.

        Makes the invited account `accid` accept the invitation `requestId` sent by
        `inviter`, so it joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: The invited account. Not empty; at most 32 characters.
            inviter: Account that sent the invitation. Not empty; at most 32 characters.
            request_id: Id of the invitation, from the invitation notification or the
                invite answer.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's acceptServerInvite (serverId, inviter account, requestId) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/acceptServerInvite.action`` (operation ``qchatAcceptServerInvite`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "inviter": inviter,
            "requestId": request_id,
        }
        return cast("Envelope", self._client._call(_ACCEPT_SERVER_INVITE, values))

    def apply_server(
        self,
        *,
        server_id: int,
        accid: str,
        ps: str | None = None,
        ttl: int | None = None,
    ) -> QchatApplyServerResponse:
        """Apply to join a QChat server.

        Makes `accid` apply to join a server. With the server's application mode 0 the
        account joins at once; with mode 1 members with the permission to handle
        applications are notified and one of them must accept. A banned account is
        refused with 403.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that applies. Not empty; at most 32 characters.
            ps: Message shown with the application. At most 5000 characters.
            ttl: How long the application stays valid, in milliseconds. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer follow the web SDK's applyServerJoin (ps, ttl; recordInfo) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/applyServer.action`` (operation ``qchatApplyServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "ps": ps,
            "ttl": ttl,
        }
        return cast(
            "QchatApplyServerResponse", self._client._call(_APPLY_SERVER, values)
        )

    def batch_get_category_white_black_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        roleids: list[int] | str,
        accid: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat category's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel category's
        whitelist or blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            roleids: Server identity groups to look up, at most 100. Sent as JSON; a str
                is taken as JSON text and sent as is. Note: Spelled `roleids` in lower
                case by
                https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server,
                whose request example quotes the ids as strings (`["10"]`).
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server.

        Calls ``POST qchat/batchGetCategoryWhiteBlackIdentify.action`` (operation ``qchatBatchGetCategoryWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "roleids": roleids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyResponse",
            self._client._call(_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY, values),
        )

    def batch_get_category_white_black_identify_user(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        accids: list[str] | str,
        accid: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat category's whitelist or blacklist.

        Returns those of the given accounts that are on a channel category's whitelist
        or blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            accids: Accounts to look up, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/TU1Njk0MDc?platform=server.

        Calls ``POST qchat/batchGetCategoryWhiteBlackIdentifyUser.action`` (operation ``qchatBatchGetCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "accids": accids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyUserResponse",
            self._client._call(_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY_USER, values),
        )

    def batch_get_white_black_identify(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        roleids: list[int] | str,
        accid: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat channel's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel's whitelist or
        blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            roleids: Server identity groups to look up, at most 100. Sent as JSON; a str
                is taken as JSON text and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version batchGetCategoryWhiteBlackIdentify
        (https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server),
        including its lower-case `roleids`.

        Calls ``POST qchat/batchGetWhiteBlackIdentify.action`` (operation ``qchatBatchGetWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "roleids": roleids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetWhiteBlackIdentifyResponse",
            self._client._call(_BATCH_GET_WHITE_BLACK_IDENTIFY, values),
        )

    def batch_get_white_black_identify_user(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        accids: list[str] | str,
        accid: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat channel's whitelist or blacklist.

        Returns those of the given accounts that are on a channel's whitelist or
        blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            accids: Accounts to look up, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version batchGetCategoryWhiteBlackIdentifyUser
        (https://doc.commsease.com/messaging/server-apis/TU1Njk0MDc?platform=server)
        with channelId for categoryId.

        Calls ``POST qchat/batchGetWhiteBlackIdentifyUser.action`` (operation ``qchatBatchGetWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "accids": accids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetWhiteBlackIdentifyUserResponse",
            self._client._call(_BATCH_GET_WHITE_BLACK_IDENTIFY_USER, values),
        )

    def batch_update_channel_reorder_weight(
        self,
        *,
        server_id: int,
        reorder_infos: list[QchatBatchUpdateChannelReorderWeightReorderInfosItem] | str,
    ) -> Envelope:
        """Set the custom sort weights of QChat channels.

        Sets the custom sort weight of several channels of one server at once. Channel
        lists read with `sortField` 1 follow these weights.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            reorder_infos: The channels and their new weights. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the field
        names and the shape of the items are guesses mirroring
        batchUpdateServerReorderWeight.

        Calls ``POST qchat/batchUpdateChannelReorderWeight.action`` (operation ``qchatBatchUpdateChannelReorderWeight`` in the spec).
        """
        values = {
            "serverId": server_id,
            "reorderInfos": reorder_infos,
        }
        return cast(
            "Envelope", self._client._call(_BATCH_UPDATE_CHANNEL_REORDER_WEIGHT, values)
        )

    def batch_update_server_reorder_weight(
        self,
        *,
        reorder_infos: list[QchatBatchUpdateServerReorderWeightReorderInfosItem] | str,
    ) -> Envelope:
        """Set the custom sort weights of QChat servers.

        Sets the custom sort weight of several servers at once. Server lists and
        searches read with `sortField` 1 follow these weights.

        Args:
            reorder_infos: The servers and their new weights. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the field
        name `reorderInfos` and the shape of its items are guesses; only the operation
        and the weight key (`reorderWeight` in the C++ SDK's server struct) are
        attested.

        Calls ``POST qchat/batchUpdateServerReorderWeight.action`` (operation ``qchatBatchUpdateServerReorderWeight`` in the spec).
        """
        values = {
            "reorderInfos": reorder_infos,
        }
        return cast(
            "Envelope", self._client._call(_BATCH_UPDATE_SERVER_REORDER_WEIGHT, values)
        )

    def create_channel(
        self,
        *,
        server_id: int,
        accid: str,
        name: str,
        type: int | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
        category_id: int | None = None,
        sync_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatCreateChannelResponse:
        """Create a channel in a QChat server.

        Creates a channel in a server on behalf of `accid`, who needs the permission to
        manage channels, and returns it. A public channel (`viewMode` 0) is visible to
        every member not on its blacklist; a private one (1) only to those on its
        whitelist. With `categoryId` the channel is put in that category, and with
        `syncMode` 1 it takes its permissions from the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that creates the channel; needs the permission to manage
                channels. Not empty; at most 32 characters.
            name: Channel name. At most 64 characters. Confidence: low; the 64-character
                limit is assumed from the server name.
            type: Kind of channel; 0 message channel, 1 real-time audio/video channel,
                100 custom channel. One of 0, 1, 100. Confidence: low; values from the
                web SDK's ChannelInfo type
                (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/),
                assumed the same on the server API.
            topic: Channel topic. At most 128 characters. Confidence: low; the
                128-character limit is assumed.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            category_id: Category to put the channel in. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's createChannel (serverId, name, type, topic, ext sent as custom,
        viewMode, anti-spam business) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/,
        the operator `accid` of every QChat write, and categoryId/syncMode of
        updateCategoryInfoOfChannel.

        Calls ``POST qchat/createChannel.action`` (operation ``qchatCreateChannel`` in the spec).
        """
        values = {
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
        }
        return cast(
            "QchatCreateChannelResponse", self._client._call(_CREATE_CHANNEL, values)
        )

    def create_channel_category(
        self,
        *,
        server_id: int,
        accid: str,
        name: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
    ) -> QchatCreateChannelCategoryResponse:
        """Create a channel category in a QChat server.

        Creates a channel category (a folder of channels whose visibility and
        permissions its channels can follow) in a server on behalf of `accid`, who needs
        the permission to manage channels, and returns it.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that creates the category; needs the permission to manage
                channels. Not empty; at most 32 characters.
            name: Category name. At most 64 characters. Confidence: low; the
                64-character limit is assumed from the server name.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's createChannelCategory (serverId, name, custom, viewMode) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/;
        answer key `categoryInfo` inferred from `categoryInfos` of
        https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server.

        Calls ``POST qchat/createChannelCategory.action`` (operation ``qchatCreateChannelCategory`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "name": name,
            "custom": custom,
            "viewMode": view_mode,
        }
        return cast(
            "QchatCreateChannelCategoryResponse",
            self._client._call(_CREATE_CHANNEL_CATEGORY, values),
        )

    def create_server(
        self,
        *,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: int | None = None,
        apply_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatCreateServerResponse:
        """Create a QChat server.

        Creates a QChat server (a community that holds members and channels) owned by
        `accid` and returns it. An account may own or belong to at most 100 servers
        unless the limit was raised in the console. Name, icon and extension are checked
        by content moderation, with the business in `bid` when given.

        Args:
            accid: Account that creates and owns the server. Not empty; at most 32
                characters.
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
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Request fields from
        https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server; the
        answer keys come from the createServer example of
        https://doc.yunxin.163.com/docs/TM5MzM5Njk/jE5MjM1MDQ?platformId=60353.

        Calls ``POST qchat/createServer.action`` (operation ``qchatCreateServer`` in the spec).
        """
        values = {
            "accid": accid,
            "name": name,
            "icon": icon,
            "custom": custom,
            "inviteMode": invite_mode,
            "applyMode": apply_mode,
            "bid": bid,
        }
        return cast(
            "QchatCreateServerResponse", self._client._call(_CREATE_SERVER, values)
        )

    def generate_invite_code(
        self,
        *,
        server_id: int,
        accid: str,
        ps: str | None = None,
        ttl: int | None = None,
    ) -> QchatGenerateInviteCodeResponse:
        """Generate an invite code for a QChat server.

        Creates an invite code for a server on behalf of `accid`, who needs the
        permission to invite. Anyone may join the server with the code (see
        `joinServerByInviteCode`) until it expires; without `ttl` it stays valid for 30
        days.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that creates the code. Not empty; at most 32 characters.
            ps: Message stored with the code. At most 5000 characters.
            ttl: How long the code stays valid, in milliseconds; 30 days when left out.
                At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the 30-day
        default and the fields come from the web SDK's generateInviteCode
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/);
        answer keys follow its result object.

        Calls ``POST qchat/generateInviteCode.action`` (operation ``qchatGenerateInviteCode`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "ps": ps,
            "ttl": ttl,
        }
        return cast(
            "QchatGenerateInviteCodeResponse",
            self._client._call(_GENERATE_INVITE_CODE, values),
        )

    def get_channel_category_list_by_server_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
        sort_field: int | None = None,
        page_token: str | None = None,
    ) -> QchatGetChannelCategoryListByServerPageResponse:
        """List the channel categories of a QChat server page by page.

        Returns one page of a server's channel categories, newest first, or by custom
        weight when `sortField` is 1. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` (with the custom order, `pageInfo.nextPageToken` as
        `pageToken`) until `hasMore` is false. With `accid` only the categories that
        account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose visible categories to list; all categories when left
                out. Not empty; at most 32 characters.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `pageToken`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sortField` is 1; leave it out for the
                first page.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server.

        Calls ``POST qchat/getChannelCategoryListByServerPage.action`` (operation ``qchatGetChannelCategoryListByServerPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
            "sortField": sort_field,
            "pageToken": page_token,
        }
        return cast(
            "QchatGetChannelCategoryListByServerPageResponse",
            self._client._call(_GET_CHANNEL_CATEGORY_LIST_BY_SERVER_PAGE, values),
        )

    def get_channel_categorys(
        self,
        *,
        category_ids: list[int] | str,
    ) -> QchatGetChannelCategorysResponse:
        """Get QChat channel categories by id.

        Returns the channel categories with the given ids; ids that do not exist are
        left out of the answer.

        Args:
            category_ids: Ids of the categories to read. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: field name
        inferred from the other batch queries; answer key from
        https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server.

        Calls ``POST qchat/getChannelCategorys.action`` (operation ``qchatGetChannelCategorys`` in the spec).
        """
        values = {
            "categoryIds": category_ids,
        }
        return cast(
            "QchatGetChannelCategorysResponse",
            self._client._call(_GET_CHANNEL_CATEGORYS, values),
        )

    def get_channel_list_by_channel_category_page(
        self,
        *,
        server_id: int,
        category_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelListByChannelCategoryPageResponse:
        """List the channels of a QChat channel category page by page.

        Returns one page of the channels in a category, newest first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. With `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
                Confidence: low; the maximum is assumed from getChannelListPage.
            accid: Account whose visible channels to list; all channels when left out.
                Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        getChannelCategoryListByServerPage
        (https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server) and
        getChannelListPage
        (https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server).

        Calls ``POST qchat/getChannelListByChannelCategoryPage.action`` (operation ``qchatGetChannelListByChannelCategoryPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelListByChannelCategoryPageResponse",
            self._client._call(_GET_CHANNEL_LIST_BY_CHANNEL_CATEGORY_PAGE, values),
        )

    def get_channel_list_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelListPageResponse:
        """List the channels of a QChat server page by page.

        Returns one page of a server's channels, newest first. Start with `timetag` 0
        and pass the returned `pageInfo.nextTimetag` until `hasMore` is false. With
        `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account whose visible channels to list; all channels when left out.
                Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server.

        Calls ``POST qchat/getChannelListPage.action`` (operation ``qchatGetChannelListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelListPageResponse",
            self._client._call(_GET_CHANNEL_LIST_PAGE, values),
        )

    def get_channel_member_list_page(
        self,
        *,
        server_id: int,
        channel_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelMemberListPageResponse:
        """List the members of a QChat channel page by page.

        Returns one page of the server members who can see a channel: for a public
        channel everyone not on its blacklist, for a private one those on its whitelist.
        Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the call fails with 403 unless that account is
        a member of both the server and the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server and the channel for the
                call to succeed. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/jU0ODM3MTM?platform=server.

        Calls ``POST qchat/getChannelMemberListPage.action`` (operation ``qchatGetChannelMemberListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelMemberListPageResponse",
            self._client._call(_GET_CHANNEL_MEMBER_LIST_PAGE, values),
        )

    def get_channels(
        self,
        *,
        channel_ids: list[int] | str,
    ) -> QchatGetChannelsResponse:
        """Get QChat channels by id.

        Returns the channels with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            channel_ids: Ids of the channels to read. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: field name
        inferred from `accids`/`roleids` of the batch pages
        (https://doc.commsease.com/messaging/server-apis/TU1Njk0MDc?platform=server);
        answer key from
        https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server.

        Calls ``POST qchat/getChannels.action`` (operation ``qchatGetChannels`` in the spec).
        """
        values = {
            "channelIds": channel_ids,
        }
        return cast(
            "QchatGetChannelsResponse", self._client._call(_GET_CHANNELS, values)
        )

    def get_server_list_page(
        self,
        *,
        timetag: int,
        limit: int,
        sort_field: int | None = None,
        page_token: str | None = None,
    ) -> QchatGetServerListPageResponse:
        """List QChat servers page by page.

        Returns one page of the app's servers, newest first by creation time, or by
        custom weight when `sortField` is 1. Start with `timetag` 0 and pass the
        returned `pageInfo.nextTimetag` (or `nextPageToken`) until `hasMore` is false.

        Args:
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 100.
                Confidence: low; the maximum of 100 is assumed.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `pageToken`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sortField` is 1; leave it out for the
                first page.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: paging fields
        follow getServerMemberListPage
        (https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server)
        and, for the custom order, getChannelCategoryListByServerPage
        (https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server).

        Calls ``POST qchat/getServerListPage.action`` (operation ``qchatGetServerListPage`` in the spec).
        """
        values = {
            "timetag": timetag,
            "limit": limit,
            "sortField": sort_field,
            "pageToken": page_token,
        }
        return cast(
            "QchatGetServerListPageResponse",
            self._client._call(_GET_SERVER_LIST_PAGE, values),
        )

    def get_server_member_ban_list_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerMemberBanListPageResponse:
        """List the banned members of a QChat server page by page.

        Returns one page of a server's banned accounts, most recent ban first. Start
        with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account on whose behalf the list is read; needs the permission to ban
                members. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: paging fields
        follow getServerMemberListPage
        (https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server);
        the answer key `banMembers` is a guess.

        Calls ``POST qchat/getServerMemberBanListPage.action`` (operation ``qchatGetServerMemberBanListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerMemberBanListPageResponse",
            self._client._call(_GET_SERVER_MEMBER_BAN_LIST_PAGE, values),
        )

    def get_server_member_list_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerMemberListPageResponse:
        """List the members of a QChat server page by page.

        Returns one page of a server's members, latest joiner first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. Banned members are not listed. With `accid` the server first checks that
        this account is a member.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server for the call to succeed.
                Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server.

        Calls ``POST qchat/getServerMemberListPage.action`` (operation ``qchatGetServerMemberListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerMemberListPageResponse",
            self._client._call(_GET_SERVER_MEMBER_LIST_PAGE, values),
        )

    def get_server_members(
        self,
        *,
        server_id: int,
        accids: list[str] | str,
    ) -> QchatGetServerMembersResponse:
        """Get members of a QChat server by account.

        Returns the member cards of the given accounts in one server; accounts that are
        not members are left out.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accids: Accounts to look up, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from getServerMemberListPage
        (https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server)
        and the web SDK's getServerMembers; the limit of 100 accounts is assumed.

        Calls ``POST qchat/getServerMembers.action`` (operation ``qchatGetServerMembers`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accids": accids,
        }
        return cast(
            "QchatGetServerMembersResponse",
            self._client._call(_GET_SERVER_MEMBERS, values),
        )

    def get_servers(
        self,
        *,
        server_ids: list[int] | str,
    ) -> QchatGetServersResponse:
        """Get QChat servers by id.

        Returns the servers with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            server_ids: Ids of the servers to read. Sent as JSON; a str is taken as JSON
                text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: field name
        and answer key inferred from the other QChat batch queries and the web SDK's
        getServers.

        Calls ``POST qchat/getServers.action`` (operation ``qchatGetServers`` in the spec).
        """
        values = {
            "serverIds": server_ids,
        }
        return cast("QchatGetServersResponse", self._client._call(_GET_SERVERS, values))

    def invite_server_member(
        self,
        *,
        server_id: int,
        accid: str,
        accids: list[str] | str,
        ps: str | None = None,
        ttl: int | None = None,
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
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that sends the invitation. Not empty; at most 32 characters.
            accids: Accounts to invite. Sent as JSON; a str is taken as JSON text and
                sent as is.
            ps: Message shown with the invitation. At most 5000 characters.
            ttl: How long the invitation stays valid, in milliseconds. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer follow the web SDK's inviteServerMembers (accids, ps at most 5000
        characters, ttl in milliseconds; failByOverAccids, failByBanAccids, recordInfo)
        from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/inviteServerMember.action`` (operation ``qchatInviteServerMember`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "accids": accids,
            "ps": ps,
            "ttl": ttl,
        }
        return cast(
            "QchatInviteServerMemberResponse",
            self._client._call(_INVITE_SERVER_MEMBER, values),
        )

    def join_server_by_invite_code(
        self,
        *,
        server_id: int,
        accid: str,
        invite_code: str,
        ps: str | None = None,
    ) -> Envelope:
        """Join a QChat server with an invite code.

        Makes `accid` join a server with an invite code made by `generateInviteCode`. An
        expired code is refused.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that joins. Not empty; at most 32 characters.
            invite_code: The invite code.
            ps: Message shown to the server with the join. At most 5000 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's joinByInviteCode (serverId, inviteCode, ps) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/joinServerByInviteCode.action`` (operation ``qchatJoinServerByInviteCode`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "inviteCode": invite_code,
            "ps": ps,
        }
        return cast("Envelope", self._client._call(_JOIN_SERVER_BY_INVITE_CODE, values))

    def kick_server_member(
        self,
        *,
        server_id: int,
        accid: str,
        kick_accids: list[str] | str,
    ) -> Envelope:
        """Remove members from a QChat server.

        Removes accounts from a server on behalf of `accid`, who needs the permission to
        kick members. The owner cannot be removed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that removes the members; needs the permission to kick. Not
                empty; at most 32 characters.
            kick_accids: Accounts to remove. Sent as JSON; a str is taken as JSON text
                and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the list
        field name `kickAccids` is a guess after the web SDK's kickServerMembers
        (serverId, accids).

        Calls ``POST qchat/kickServerMember.action`` (operation ``qchatKickServerMember`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "kickAccids": kick_accids,
        }
        return cast("Envelope", self._client._call(_KICK_SERVER_MEMBER, values))

    def leave_server(
        self,
        *,
        server_id: int,
        accid: str,
    ) -> Envelope:
        """Leave a QChat server.

        Makes `accid` leave a server. The owner cannot leave its own server; delete it
        instead.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that leaves. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from the other QChat operations and the web SDK's leaveServer.

        Calls ``POST qchat/leaveServer.action`` (operation ``qchatLeaveServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
        }
        return cast("Envelope", self._client._call(_LEAVE_SERVER, values))

    def query_category_white_black_identify_page(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyPageResponse:
        """List a QChat category's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel category's whitelist or
        blacklist, newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server.

        Calls ``POST qchat/queryCategoryWhiteBlackIdentifyPage.action`` (operation ``qchatQueryCategoryWhiteBlackIdentifyPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryCategoryWhiteBlackIdentifyPageResponse",
            self._client._call(_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_PAGE, values),
        )

    def query_category_white_black_identify_user_page(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyUserPageResponse:
        """List a QChat category's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel category's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/TQxMjEwNDg?platform=server.

        Calls ``POST qchat/queryCategoryWhiteBlackIdentifyUserPage.action`` (operation ``qchatQueryCategoryWhiteBlackIdentifyUserPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryCategoryWhiteBlackIdentifyUserPageResponse",
            self._client._call(_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_USER_PAGE, values),
        )

    def query_invite_apply_history_by_server(
        self,
        *,
        accid: str,
        server_id: int,
        from_time: int | None = None,
        to_time: int | None = None,
        exclude_record_id: int | None = None,
        limit: int | None = None,
        reverse: int | None = None,
    ) -> QchatQueryInviteApplyHistoryByServerResponse:
        """List a QChat server's invitation and application records.

        Returns the invitations, applications, invite codes and joins by invite code
        recorded for a server within a time range, newest first unless `reverse` is 1.
        `accid` needs the permission to view this history; otherwise the call fails with
        403. To page, pass the last record's `recordId` as `excludeRecordId` and its
        time as the new bound.

        Args:
            accid: Account that reads the history; needs the permission to view
                invitation and application history. Not empty; at most 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when left out. At
                least 0.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zkzMjY4MjU?platform=server.

        Calls ``POST qchat/queryInviteApplyHistoryByServer.action`` (operation ``qchatQueryInviteApplyHistoryByServer`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "fromTime": from_time,
            "toTime": to_time,
            "excludeRecordId": exclude_record_id,
            "limit": limit,
            "reverse": reverse,
        }
        return cast(
            "QchatQueryInviteApplyHistoryByServerResponse",
            self._client._call(_QUERY_INVITE_APPLY_HISTORY_BY_SERVER, values),
        )

    def query_invite_apply_history_by_user(
        self,
        *,
        accid: str,
        from_time: int | None = None,
        to_time: int | None = None,
        exclude_record_id: int | None = None,
        limit: int | None = None,
        reverse: int | None = None,
    ) -> QchatQueryInviteApplyHistoryByUserResponse:
        """List an account's QChat invitation and application records.

        Returns the applications `accid` made, its answers to invitations and its joins
        by invite code, across servers, within a time range, newest first unless
        `reverse` is 1. The account needs the permission to view this history. To page,
        pass the last record's `recordId` as `excludeRecordId` and its time as the new
        bound.

        Args:
            accid: Account whose records to read. Not empty; at most 32 characters.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when left out. At
                least 0.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields from
        https://doc.yunxin.163.com/messaging/server-apis/DY1OTcyMTk?platform=server; its
        answer table lists the record keys without naming the list, taken to be `data`
        as on the server-wide page
        (https://doc.yunxin.163.com/messaging/server-apis/zkzMjY4MjU?platform=server).

        Calls ``POST qchat/queryInviteApplyHistoryByUser.action`` (operation ``qchatQueryInviteApplyHistoryByUser`` in the spec).
        """
        values = {
            "accid": accid,
            "fromTime": from_time,
            "toTime": to_time,
            "excludeRecordId": exclude_record_id,
            "limit": limit,
            "reverse": reverse,
        }
        return cast(
            "QchatQueryInviteApplyHistoryByUserResponse",
            self._client._call(_QUERY_INVITE_APPLY_HISTORY_BY_USER, values),
        )

    def query_white_black_identify(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyResponse:
        """List a QChat channel's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version queryCategoryWhiteBlackIdentifyPage
        (https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server)
        with channelId for categoryId.

        Calls ``POST qchat/queryWhiteBlackIdentify.action`` (operation ``qchatQueryWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryWhiteBlackIdentifyResponse",
            self._client._call(_QUERY_WHITE_BLACK_IDENTIFY, values),
        )

    def query_white_black_identify_user(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyUserResponse:
        """List a QChat channel's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel's whitelist or blacklist, newest
        first. Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the server first checks that this account may
        see the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version queryCategoryWhiteBlackIdentifyUserPage
        (https://doc.yunxin.163.com/messaging/server-apis/TQxMjEwNDg?platform=server)
        with channelId for categoryId.

        Calls ``POST qchat/queryWhiteBlackIdentifyUser.action`` (operation ``qchatQueryWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryWhiteBlackIdentifyUserResponse",
            self._client._call(_QUERY_WHITE_BLACK_IDENTIFY_USER, values),
        )

    def reject_server_apply(
        self,
        *,
        server_id: int,
        accid: str,
        apply_accid: str,
        request_id: int,
        ps: str | None = None,
    ) -> Envelope:
        """Reject an application to join a QChat server.

        Declines the application `requestId` of `applyAccid` on behalf of `accid`, who
        needs the permission to handle applications, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that rejects; needs the permission to handle applications.
                Not empty; at most 32 characters.
            apply_accid: Account that applied. Not empty; at most 32 characters.
            request_id: Id of the application.
            ps: Message sent back to the applicant. At most 5000 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the
        applicant's field name `applyAccid` is a guess, mirroring acceptServerApply.

        Calls ``POST qchat/rejectServerApply.action`` (operation ``qchatRejectServerApply`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "applyAccid": apply_accid,
            "requestId": request_id,
            "ps": ps,
        }
        return cast("Envelope", self._client._call(_REJECT_SERVER_APPLY, values))

    def reject_server_invite(
        self,
        *,
        server_id: int,
        accid: str,
        inviter: str,
        request_id: int,
        ps: str | None = None,
    ) -> Envelope:
        """Reject an invitation into a QChat server.

        Makes the invited account `accid` decline the invitation `requestId` sent by
        `inviter`, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: The invited account. Not empty; at most 32 characters.
            inviter: Account that sent the invitation. Not empty; at most 32 characters.
            request_id: Id of the invitation.
            ps: Message sent back to the inviter. At most 5000 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's rejectServerInvite from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/rejectServerInvite.action`` (operation ``qchatRejectServerInvite`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "inviter": inviter,
            "requestId": request_id,
            "ps": ps,
        }
        return cast("Envelope", self._client._call(_REJECT_SERVER_INVITE, values))

    def remove_channel(
        self,
        *,
        channel_id: int,
        accid: str,
    ) -> Envelope:
        """Delete a QChat channel.

        Deletes a channel on behalf of `accid`, who needs the permission to manage
        channels.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            accid: Account that deletes the channel; needs the permission to manage
                channels. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from the other QChat channel operations and the web SDK's
        deleteChannel.

        Calls ``POST qchat/removeChannel.action`` (operation ``qchatRemoveChannel`` in the spec).
        """
        values = {
            "channelId": channel_id,
            "accid": accid,
        }
        return cast("Envelope", self._client._call(_REMOVE_CHANNEL, values))

    def remove_channel_category(
        self,
        *,
        category_id: int,
        accid: str,
    ) -> Envelope:
        """Delete a QChat channel category.

        Deletes a channel category on behalf of `accid`, who needs the permission to
        manage channels.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            accid: Account that deletes the category; needs the permission to manage
                channels. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from removeChannel and the web SDK's removeChannelCategory.

        Calls ``POST qchat/removeChannelCategory.action`` (operation ``qchatRemoveChannelCategory`` in the spec).
        """
        values = {
            "categoryId": category_id,
            "accid": accid,
        }
        return cast("Envelope", self._client._call(_REMOVE_CHANNEL_CATEGORY, values))

    def remove_server(
        self,
        *,
        server_id: int,
        accid: str,
    ) -> Envelope:
        """Delete a QChat server.

        Deletes a server with its channels and memberships. Only the server's owner may
        do it, so `accid` must be the owner.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: The server's owner. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low;
        https://doc.yunxin.163.com/docs/TM5MzM5Njk/jE5MjM1MDQ?platformId=60353 lists the
        operation right after createServer but only its beginning is stored; fields
        inferred from the web SDK's deleteServer and the owner-only rule it states.

        Calls ``POST qchat/removeServer.action`` (operation ``qchatRemoveServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
        }
        return cast("Envelope", self._client._call(_REMOVE_SERVER, values))

    def request_addr(
        self,
        *,
        accid: str,
        clienttype: int | None = None,
        clientip: str | None = None,
    ) -> QchatRequestAddrResponse:
        """Get QChat connection addresses.

        Returns the addresses a client must pass when it logs in to QChat as the given
        account. Call it from the app server and hand the addresses to the client;
        passing the client's IP lets the server pick addresses near the user.

        Args:
            accid: Account that will log in to QChat. Not empty; at most 32 characters.
            clienttype: Kind of link; 1 web (weblink), 2 native apps (commonlink). One
                of 1, 2.
            clientip: The client's IP address, used to return addresses close to the
                user.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low;
        https://doc.commsease.com/messaging/server-apis/Dg2NDQ2NTU?platform=server names
        the operation and its purpose only: fields and answer mirror
        chatroom/requestAddr.action (accid, clienttype, clientip; addr list).

        Calls ``POST qchat/requestAddr.action`` (operation ``qchatRequestAddr`` in the spec).
        """
        values = {
            "accid": accid,
            "clienttype": clienttype,
            "clientip": clientip,
        }
        return cast(
            "QchatRequestAddrResponse", self._client._call(_REQUEST_ADDR, values)
        )

    def update_category_info_of_channel(
        self,
        *,
        channel_id: int,
        accid: str,
        category_id: int | None = None,
        sync_mode: int | None = None,
    ) -> QchatUpdateCategoryInfoOfChannelResponse:
        """Move a QChat channel to a category.

        Puts a channel in a category, or changes whether it follows the category's
        permissions, on behalf of `accid`, who needs the permission to manage channels.
        Returns the updated channel.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            accid: Account that makes the change; needs the permission to manage
                channels. Not empty; at most 32 characters.
            category_id: Category to put the channel in. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's updateCategoryInfoOfChannel (channelId, categoryId, syncMode) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/updateCategoryInfoOfChannel.action`` (operation ``qchatUpdateCategoryInfoOfChannel`` in the spec).
        """
        values = {
            "channelId": channel_id,
            "accid": accid,
            "categoryId": category_id,
            "syncMode": sync_mode,
        }
        return cast(
            "QchatUpdateCategoryInfoOfChannelResponse",
            self._client._call(_UPDATE_CATEGORY_INFO_OF_CHANNEL, values),
        )

    def update_category_white_black_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        ope_type: int,
        accid: str,
        role_id: int,
    ) -> Envelope:
        """Add or remove an identity group on a QChat category's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel category's
        whitelist (private category) or blacklist (public category) on behalf of
        `accid`, who needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            role_id: Server identity group to add or remove. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server
                types roleId as Integer in answers;
                https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server
                sends role ids as a JSON array. Described as int64 like the other QChat
                ids.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields mirror
        the channel version
        (https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server)
        with categoryId and a single `roleId`.

        Calls ``POST qchat/updateCategoryWhiteBlackIdentify.action`` (operation ``qchatUpdateCategoryWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "roleId": role_id,
        }
        return cast(
            "Envelope",
            self._client._call(_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY, values),
        )

    def update_category_white_black_identify_user(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        ope_type: int,
        accid: str,
        to_accids: list[str] | str,
    ) -> Envelope:
        """Add or remove accounts on a QChat category's whitelist or blacklist.

        Adds server members to, or removes them from, a channel category's whitelist
        (private category) or blacklist (public category) on behalf of `accid`, who
        needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            to_accids: Accounts to add or remove, at most 100. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields mirror
        the channel version updateWhiteBlackIdentifyUser
        (https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server)
        with categoryId for channelId.

        Calls ``POST qchat/updateCategoryWhiteBlackIdentifyUser.action`` (operation ``qchatUpdateCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "toAccids": to_accids,
        }
        return cast(
            "Envelope",
            self._client._call(_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY_USER, values),
        )

    def update_channel(
        self,
        *,
        channel_id: int,
        accid: str,
        name: str | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatUpdateChannelResponse:
        """Update a QChat channel.

        Changes the name, topic, extension or view mode of a channel on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        channel. Fields left out keep their values. Use `updateCategoryInfoOfChannel` to
        move the channel to another category.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            accid: Account that makes the change; needs the permission to manage
                channels. Not empty; at most 32 characters.
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
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here
        (https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server
        points to it for the channelInfo keys): fields follow the web SDK's
        updateChannel
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/).

        Calls ``POST qchat/updateChannel.action`` (operation ``qchatUpdateChannel`` in the spec).
        """
        values = {
            "channelId": channel_id,
            "accid": accid,
            "name": name,
            "topic": topic,
            "custom": custom,
            "viewMode": view_mode,
            "bid": bid,
        }
        return cast(
            "QchatUpdateChannelResponse", self._client._call(_UPDATE_CHANNEL, values)
        )

    def update_channel_category(
        self,
        *,
        category_id: int,
        accid: str,
        name: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
    ) -> QchatUpdateChannelCategoryResponse:
        """Update a QChat channel category.

        Changes the name, extension or view mode of a channel category on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        category. Fields left out keep their values.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            accid: Account that makes the change; needs the permission to manage
                channels. Not empty; at most 32 characters.
            name: New category name. At most 64 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's updateChannelCategory from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/updateChannelCategory.action`` (operation ``qchatUpdateChannelCategory`` in the spec).
        """
        values = {
            "categoryId": category_id,
            "accid": accid,
            "name": name,
            "custom": custom,
            "viewMode": view_mode,
        }
        return cast(
            "QchatUpdateChannelCategoryResponse",
            self._client._call(_UPDATE_CHANNEL_CATEGORY, values),
        )

    def update_other_server_member(
        self,
        *,
        accid: str,
        server_id: int,
        to_accid: str,
        nick: str | None = None,
        avatar: str | None = None,
        bid: str | None = None,
    ) -> QchatUpdateOtherServerMemberResponse:
        """Update another member's card in a QChat server.

        Changes the nickname or avatar that `toAccid` shows inside a server, on behalf
        of `accid`, who needs the permission to manage other members' cards, and returns
        the updated member.

        Args:
            accid: Account that makes the change. Not empty; at most 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            to_accid: Member whose card changes. Not empty; at most 32 characters.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the target's
        field name `toAccid` is a guess after `toAccids` of
        https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server; the
        other fields mirror updateServerMember
        (https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server).

        Calls ``POST qchat/updateOtherServerMember.action`` (operation ``qchatUpdateOtherServerMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "toAccid": to_accid,
            "nick": nick,
            "avatar": avatar,
            "bid": bid,
        }
        return cast(
            "QchatUpdateOtherServerMemberResponse",
            self._client._call(_UPDATE_OTHER_SERVER_MEMBER, values),
        )

    def update_server(
        self,
        *,
        server_id: int,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: int | None = None,
        apply_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatUpdateServerResponse:
        """Update a QChat server.

        Changes the name, icon, extension, invitation mode or application mode of a
        server on behalf of `accid`, who needs the permission to manage the server, and
        returns the updated server. Fields left out keep their values.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that makes the change; needs the permission to manage the
                server. Not empty; at most 32 characters.
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
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the fields
        are those of createServer
        (https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server)
        plus serverId, as the web SDK's updateServer takes them.

        Calls ``POST qchat/updateServer.action`` (operation ``qchatUpdateServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "name": name,
            "icon": icon,
            "custom": custom,
            "inviteMode": invite_mode,
            "applyMode": apply_mode,
            "bid": bid,
        }
        return cast(
            "QchatUpdateServerResponse", self._client._call(_UPDATE_SERVER, values)
        )

    def update_server_member(
        self,
        *,
        accid: str,
        server_id: int,
        nick: str | None = None,
        avatar: str | None = None,
        custom: str | None = None,
        bid: str | None = None,
    ) -> QchatUpdateServerMemberResponse:
        """Update one's own member card in a QChat server.

        Changes the nickname, avatar or extension that `accid` shows inside a server,
        and returns the updated member. The account receives a server-member-update
        system notification; other members receive it only if Yunxin enabled that for
        the app.

        Args:
            accid: Member whose card changes. Not empty; at most 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server.

        Calls ``POST qchat/updateServerMember.action`` (operation ``qchatUpdateServerMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "nick": nick,
            "avatar": avatar,
            "custom": custom,
            "bid": bid,
        }
        return cast(
            "QchatUpdateServerMemberResponse",
            self._client._call(_UPDATE_SERVER_MEMBER, values),
        )

    def update_server_member_ban(
        self,
        *,
        server_id: int,
        accid: str,
        target_accid: str,
        ope_type: int,
        custom: str | None = None,
    ) -> Envelope:
        """Ban or unban a member of a QChat server.

        Bans `targetAccid` from a server, or lifts the ban, on behalf of `accid`, who
        needs the permission to ban members. A banned account is removed from the server
        and cannot apply to join again until unbanned.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that bans or unbans; needs the permission to ban members. Not
                empty; at most 32 characters.
            target_accid: Account to ban or unban. Not empty; at most 32 characters.
            ope_type: 1 ban, 2 lift the ban. One of 1, 2.
            custom: App-defined extension stored with the ban. At most 1024 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the names
        `targetAccid` and `opeType` (1 ban, 2 unban) are guesses after the
        banServerMember/unbanServerMember pair of the web SDK and `opeType` of
        https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server.

        Calls ``POST qchat/updateServerMemberBan.action`` (operation ``qchatUpdateServerMemberBan`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "targetAccid": target_accid,
            "opeType": ope_type,
            "custom": custom,
        }
        return cast("Envelope", self._client._call(_UPDATE_SERVER_MEMBER_BAN, values))

    def update_white_black_identify(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        ope_type: int,
        accid: str,
        role_id: int,
    ) -> Envelope:
        """Add or remove an identity group on a QChat channel's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel's whitelist or
        blacklist, so that all of its members gain or lose sight of the channel, on
        behalf of `accid`, who needs the permission to manage the lists. A channel's
        lists hold at most 20 identity groups unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            role_id: Server identity group to add or remove. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server
                types roleId as Integer in answers;
                https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server
                sends role ids as a JSON array. Described as int64 like the other QChat
                ids.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields mirror
        updateWhiteBlackIdentifyUser
        (https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server)
        with the single `roleId` of the web SDK's updateWhiteBlackRole; the 20-group
        limit is from the web SDK guide
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/).

        Calls ``POST qchat/updateWhiteBlackIdentify.action`` (operation ``qchatUpdateWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "roleId": role_id,
        }
        return cast(
            "Envelope", self._client._call(_UPDATE_WHITE_BLACK_IDENTIFY, values)
        )

    def update_white_black_identify_user(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        ope_type: int,
        accid: str,
        to_accids: list[str] | str,
    ) -> Envelope:
        """Add or remove accounts on a QChat channel's whitelist or blacklist.

        Adds server members to, or removes them from, a channel's whitelist (for a
        private channel) or blacklist (for a public one), on behalf of `accid`, who
        needs the permission to manage the lists; otherwise the call fails with 403. A
        channel's lists hold at most 1000 accounts unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            to_accids: Accounts to add or remove, at most 100. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields from
        https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server; its
        success answer was cut off in the stored copy, so the answer is assumed to carry
        no payload.

        Calls ``POST qchat/updateWhiteBlackIdentifyUser.action`` (operation ``qchatUpdateWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "toAccids": to_accids,
        }
        return cast(
            "Envelope", self._client._call(_UPDATE_WHITE_BLACK_IDENTIFY_USER, values)
        )


class AsyncQchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def accept_server_apply(
        self,
        *,
        server_id: int,
        accid: str,
        apply_accid: str,
        request_id: int,
    ) -> Envelope:
        """Accept an application to join a QChat server.

        Accepts the application `requestId` of `applyAccid` on behalf of `accid`, who
        needs the permission to handle applications; the applicant joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that accepts; needs the permission to handle applications.
                Not empty; at most 32 characters.
            apply_accid: Account that applied. Not empty; at most 32 characters.
            request_id: Id of the application.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the
        applicant's field name `applyAccid` is a guess; the web SDK's acceptServerApply
        takes serverId, the applicant's account and requestId
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/).

        Calls ``POST qchat/acceptServerApply.action`` (operation ``qchatAcceptServerApply`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "applyAccid": apply_accid,
            "requestId": request_id,
        }
        return cast("Envelope", await self._client._call(_ACCEPT_SERVER_APPLY, values))

    async def accept_server_invite(
        self,
        *,
        server_id: int,
        accid: str,
        inviter: str,
        request_id: int,
    ) -> Envelope:
        """Accept an invitation into a QChat server.

        Makes the invited account `accid` accept the invitation `requestId` sent by
        `inviter`, so it joins the server.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: The invited account. Not empty; at most 32 characters.
            inviter: Account that sent the invitation. Not empty; at most 32 characters.
            request_id: Id of the invitation, from the invitation notification or the
                invite answer.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's acceptServerInvite (serverId, inviter account, requestId) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/acceptServerInvite.action`` (operation ``qchatAcceptServerInvite`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "inviter": inviter,
            "requestId": request_id,
        }
        return cast("Envelope", await self._client._call(_ACCEPT_SERVER_INVITE, values))

    async def apply_server(
        self,
        *,
        server_id: int,
        accid: str,
        ps: str | None = None,
        ttl: int | None = None,
    ) -> QchatApplyServerResponse:
        """Apply to join a QChat server.

        Makes `accid` apply to join a server. With the server's application mode 0 the
        account joins at once; with mode 1 members with the permission to handle
        applications are notified and one of them must accept. A banned account is
        refused with 403.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that applies. Not empty; at most 32 characters.
            ps: Message shown with the application. At most 5000 characters.
            ttl: How long the application stays valid, in milliseconds. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer follow the web SDK's applyServerJoin (ps, ttl; recordInfo) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/applyServer.action`` (operation ``qchatApplyServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "ps": ps,
            "ttl": ttl,
        }
        return cast(
            "QchatApplyServerResponse", await self._client._call(_APPLY_SERVER, values)
        )

    async def batch_get_category_white_black_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        roleids: list[int] | str,
        accid: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat category's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel category's
        whitelist or blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            roleids: Server identity groups to look up, at most 100. Sent as JSON; a str
                is taken as JSON text and sent as is. Note: Spelled `roleids` in lower
                case by
                https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server,
                whose request example quotes the ids as strings (`["10"]`).
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server.

        Calls ``POST qchat/batchGetCategoryWhiteBlackIdentify.action`` (operation ``qchatBatchGetCategoryWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "roleids": roleids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyResponse",
            await self._client._call(_BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY, values),
        )

    async def batch_get_category_white_black_identify_user(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        accids: list[str] | str,
        accid: str | None = None,
    ) -> QchatBatchGetCategoryWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat category's whitelist or blacklist.

        Returns those of the given accounts that are on a channel category's whitelist
        or blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            accids: Accounts to look up, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/TU1Njk0MDc?platform=server.

        Calls ``POST qchat/batchGetCategoryWhiteBlackIdentifyUser.action`` (operation ``qchatBatchGetCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "accids": accids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetCategoryWhiteBlackIdentifyUserResponse",
            await self._client._call(
                _BATCH_GET_CATEGORY_WHITE_BLACK_IDENTIFY_USER, values
            ),
        )

    async def batch_get_white_black_identify(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        roleids: list[int] | str,
        accid: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyResponse:
        """Check which identity groups are on a QChat channel's whitelist or blacklist.

        Returns those of the given identity groups that are on a channel's whitelist or
        blacklist; groups not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            roleids: Server identity groups to look up, at most 100. Sent as JSON; a str
                is taken as JSON text and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version batchGetCategoryWhiteBlackIdentify
        (https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server),
        including its lower-case `roleids`.

        Calls ``POST qchat/batchGetWhiteBlackIdentify.action`` (operation ``qchatBatchGetWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "roleids": roleids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetWhiteBlackIdentifyResponse",
            await self._client._call(_BATCH_GET_WHITE_BLACK_IDENTIFY, values),
        )

    async def batch_get_white_black_identify_user(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        accids: list[str] | str,
        accid: str | None = None,
    ) -> QchatBatchGetWhiteBlackIdentifyUserResponse:
        """Check which accounts are on a QChat channel's whitelist or blacklist.

        Returns those of the given accounts that are on a channel's whitelist or
        blacklist; accounts not on the list are left out of the answer.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            accids: Accounts to look up, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version batchGetCategoryWhiteBlackIdentifyUser
        (https://doc.commsease.com/messaging/server-apis/TU1Njk0MDc?platform=server)
        with channelId for categoryId.

        Calls ``POST qchat/batchGetWhiteBlackIdentifyUser.action`` (operation ``qchatBatchGetWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "accids": accids,
            "accid": accid,
        }
        return cast(
            "QchatBatchGetWhiteBlackIdentifyUserResponse",
            await self._client._call(_BATCH_GET_WHITE_BLACK_IDENTIFY_USER, values),
        )

    async def batch_update_channel_reorder_weight(
        self,
        *,
        server_id: int,
        reorder_infos: list[QchatBatchUpdateChannelReorderWeightReorderInfosItem] | str,
    ) -> Envelope:
        """Set the custom sort weights of QChat channels.

        Sets the custom sort weight of several channels of one server at once. Channel
        lists read with `sortField` 1 follow these weights.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            reorder_infos: The channels and their new weights. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the field
        names and the shape of the items are guesses mirroring
        batchUpdateServerReorderWeight.

        Calls ``POST qchat/batchUpdateChannelReorderWeight.action`` (operation ``qchatBatchUpdateChannelReorderWeight`` in the spec).
        """
        values = {
            "serverId": server_id,
            "reorderInfos": reorder_infos,
        }
        return cast(
            "Envelope",
            await self._client._call(_BATCH_UPDATE_CHANNEL_REORDER_WEIGHT, values),
        )

    async def batch_update_server_reorder_weight(
        self,
        *,
        reorder_infos: list[QchatBatchUpdateServerReorderWeightReorderInfosItem] | str,
    ) -> Envelope:
        """Set the custom sort weights of QChat servers.

        Sets the custom sort weight of several servers at once. Server lists and
        searches read with `sortField` 1 follow these weights.

        Args:
            reorder_infos: The servers and their new weights. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the field
        name `reorderInfos` and the shape of its items are guesses; only the operation
        and the weight key (`reorderWeight` in the C++ SDK's server struct) are
        attested.

        Calls ``POST qchat/batchUpdateServerReorderWeight.action`` (operation ``qchatBatchUpdateServerReorderWeight`` in the spec).
        """
        values = {
            "reorderInfos": reorder_infos,
        }
        return cast(
            "Envelope",
            await self._client._call(_BATCH_UPDATE_SERVER_REORDER_WEIGHT, values),
        )

    async def create_channel(
        self,
        *,
        server_id: int,
        accid: str,
        name: str,
        type: int | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
        category_id: int | None = None,
        sync_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatCreateChannelResponse:
        """Create a channel in a QChat server.

        Creates a channel in a server on behalf of `accid`, who needs the permission to
        manage channels, and returns it. A public channel (`viewMode` 0) is visible to
        every member not on its blacklist; a private one (1) only to those on its
        whitelist. With `categoryId` the channel is put in that category, and with
        `syncMode` 1 it takes its permissions from the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that creates the channel; needs the permission to manage
                channels. Not empty; at most 32 characters.
            name: Channel name. At most 64 characters. Confidence: low; the 64-character
                limit is assumed from the server name.
            type: Kind of channel; 0 message channel, 1 real-time audio/video channel,
                100 custom channel. One of 0, 1, 100. Confidence: low; values from the
                web SDK's ChannelInfo type
                (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/),
                assumed the same on the server API.
            topic: Channel topic. At most 128 characters. Confidence: low; the
                128-character limit is assumed.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.
            category_id: Category to put the channel in. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's createChannel (serverId, name, type, topic, ext sent as custom,
        viewMode, anti-spam business) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/,
        the operator `accid` of every QChat write, and categoryId/syncMode of
        updateCategoryInfoOfChannel.

        Calls ``POST qchat/createChannel.action`` (operation ``qchatCreateChannel`` in the spec).
        """
        values = {
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
        }
        return cast(
            "QchatCreateChannelResponse",
            await self._client._call(_CREATE_CHANNEL, values),
        )

    async def create_channel_category(
        self,
        *,
        server_id: int,
        accid: str,
        name: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
    ) -> QchatCreateChannelCategoryResponse:
        """Create a channel category in a QChat server.

        Creates a channel category (a folder of channels whose visibility and
        permissions its channels can follow) in a server on behalf of `accid`, who needs
        the permission to manage channels, and returns it.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that creates the category; needs the permission to manage
                channels. Not empty; at most 32 characters.
            name: Category name. At most 64 characters. Confidence: low; the
                64-character limit is assumed from the server name.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's createChannelCategory (serverId, name, custom, viewMode) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/;
        answer key `categoryInfo` inferred from `categoryInfos` of
        https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server.

        Calls ``POST qchat/createChannelCategory.action`` (operation ``qchatCreateChannelCategory`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "name": name,
            "custom": custom,
            "viewMode": view_mode,
        }
        return cast(
            "QchatCreateChannelCategoryResponse",
            await self._client._call(_CREATE_CHANNEL_CATEGORY, values),
        )

    async def create_server(
        self,
        *,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: int | None = None,
        apply_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatCreateServerResponse:
        """Create a QChat server.

        Creates a QChat server (a community that holds members and channels) owned by
        `accid` and returns it. An account may own or belong to at most 100 servers
        unless the limit was raised in the console. Name, icon and extension are checked
        by content moderation, with the business in `bid` when given.

        Args:
            accid: Account that creates and owns the server. Not empty; at most 32
                characters.
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
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Request fields from
        https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server; the
        answer keys come from the createServer example of
        https://doc.yunxin.163.com/docs/TM5MzM5Njk/jE5MjM1MDQ?platformId=60353.

        Calls ``POST qchat/createServer.action`` (operation ``qchatCreateServer`` in the spec).
        """
        values = {
            "accid": accid,
            "name": name,
            "icon": icon,
            "custom": custom,
            "inviteMode": invite_mode,
            "applyMode": apply_mode,
            "bid": bid,
        }
        return cast(
            "QchatCreateServerResponse",
            await self._client._call(_CREATE_SERVER, values),
        )

    async def generate_invite_code(
        self,
        *,
        server_id: int,
        accid: str,
        ps: str | None = None,
        ttl: int | None = None,
    ) -> QchatGenerateInviteCodeResponse:
        """Generate an invite code for a QChat server.

        Creates an invite code for a server on behalf of `accid`, who needs the
        permission to invite. Anyone may join the server with the code (see
        `joinServerByInviteCode`) until it expires; without `ttl` it stays valid for 30
        days.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that creates the code. Not empty; at most 32 characters.
            ps: Message stored with the code. At most 5000 characters.
            ttl: How long the code stays valid, in milliseconds; 30 days when left out.
                At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the 30-day
        default and the fields come from the web SDK's generateInviteCode
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/);
        answer keys follow its result object.

        Calls ``POST qchat/generateInviteCode.action`` (operation ``qchatGenerateInviteCode`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "ps": ps,
            "ttl": ttl,
        }
        return cast(
            "QchatGenerateInviteCodeResponse",
            await self._client._call(_GENERATE_INVITE_CODE, values),
        )

    async def get_channel_category_list_by_server_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
        sort_field: int | None = None,
        page_token: str | None = None,
    ) -> QchatGetChannelCategoryListByServerPageResponse:
        """List the channel categories of a QChat server page by page.

        Returns one page of a server's channel categories, newest first, or by custom
        weight when `sortField` is 1. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` (with the custom order, `pageInfo.nextPageToken` as
        `pageToken`) until `hasMore` is false. With `accid` only the categories that
        account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose visible categories to list; all categories when left
                out. Not empty; at most 32 characters.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `pageToken`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sortField` is 1; leave it out for the
                first page.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server.

        Calls ``POST qchat/getChannelCategoryListByServerPage.action`` (operation ``qchatGetChannelCategoryListByServerPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
            "sortField": sort_field,
            "pageToken": page_token,
        }
        return cast(
            "QchatGetChannelCategoryListByServerPageResponse",
            await self._client._call(_GET_CHANNEL_CATEGORY_LIST_BY_SERVER_PAGE, values),
        )

    async def get_channel_categorys(
        self,
        *,
        category_ids: list[int] | str,
    ) -> QchatGetChannelCategorysResponse:
        """Get QChat channel categories by id.

        Returns the channel categories with the given ids; ids that do not exist are
        left out of the answer.

        Args:
            category_ids: Ids of the categories to read. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: field name
        inferred from the other batch queries; answer key from
        https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server.

        Calls ``POST qchat/getChannelCategorys.action`` (operation ``qchatGetChannelCategorys`` in the spec).
        """
        values = {
            "categoryIds": category_ids,
        }
        return cast(
            "QchatGetChannelCategorysResponse",
            await self._client._call(_GET_CHANNEL_CATEGORYS, values),
        )

    async def get_channel_list_by_channel_category_page(
        self,
        *,
        server_id: int,
        category_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelListByChannelCategoryPageResponse:
        """List the channels of a QChat channel category page by page.

        Returns one page of the channels in a category, newest first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. With `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
                Confidence: low; the maximum is assumed from getChannelListPage.
            accid: Account whose visible channels to list; all channels when left out.
                Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        getChannelCategoryListByServerPage
        (https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server) and
        getChannelListPage
        (https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server).

        Calls ``POST qchat/getChannelListByChannelCategoryPage.action`` (operation ``qchatGetChannelListByChannelCategoryPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelListByChannelCategoryPageResponse",
            await self._client._call(
                _GET_CHANNEL_LIST_BY_CHANNEL_CATEGORY_PAGE, values
            ),
        )

    async def get_channel_list_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelListPageResponse:
        """List the channels of a QChat server page by page.

        Returns one page of a server's channels, newest first. Start with `timetag` 0
        and pass the returned `pageInfo.nextTimetag` until `hasMore` is false. With
        `accid` only the channels that account can see are listed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account whose visible channels to list; all channels when left out.
                Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server.

        Calls ``POST qchat/getChannelListPage.action`` (operation ``qchatGetChannelListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelListPageResponse",
            await self._client._call(_GET_CHANNEL_LIST_PAGE, values),
        )

    async def get_channel_member_list_page(
        self,
        *,
        server_id: int,
        channel_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelMemberListPageResponse:
        """List the members of a QChat channel page by page.

        Returns one page of the server members who can see a channel: for a public
        channel everyone not on its blacklist, for a private one those on its whitelist.
        Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the call fails with 403 unless that account is
        a member of both the server and the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server and the channel for the
                call to succeed. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/jU0ODM3MTM?platform=server.

        Calls ``POST qchat/getChannelMemberListPage.action`` (operation ``qchatGetChannelMemberListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelMemberListPageResponse",
            await self._client._call(_GET_CHANNEL_MEMBER_LIST_PAGE, values),
        )

    async def get_channels(
        self,
        *,
        channel_ids: list[int] | str,
    ) -> QchatGetChannelsResponse:
        """Get QChat channels by id.

        Returns the channels with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            channel_ids: Ids of the channels to read. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: field name
        inferred from `accids`/`roleids` of the batch pages
        (https://doc.commsease.com/messaging/server-apis/TU1Njk0MDc?platform=server);
        answer key from
        https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server.

        Calls ``POST qchat/getChannels.action`` (operation ``qchatGetChannels`` in the spec).
        """
        values = {
            "channelIds": channel_ids,
        }
        return cast(
            "QchatGetChannelsResponse", await self._client._call(_GET_CHANNELS, values)
        )

    async def get_server_list_page(
        self,
        *,
        timetag: int,
        limit: int,
        sort_field: int | None = None,
        page_token: str | None = None,
    ) -> QchatGetServerListPageResponse:
        """List QChat servers page by page.

        Returns one page of the app's servers, newest first by creation time, or by
        custom weight when `sortField` is 1. Start with `timetag` 0 and pass the
        returned `pageInfo.nextTimetag` (or `nextPageToken`) until `hasMore` is false.

        Args:
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 100.
                Confidence: low; the maximum of 100 is assumed.
            sort_field: Ordering of the page: 1 orders by the custom reorder weight set
                with the reorder operations (then page with `pageToken`); any other
                value, or leaving it out, orders by creation time (then page with
                `timetag`).
            page_token: Paging cursor for the custom ordering: the `nextPageToken` of
                the previous page. Only used when `sortField` is 1; leave it out for the
                first page.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: paging fields
        follow getServerMemberListPage
        (https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server)
        and, for the custom order, getChannelCategoryListByServerPage
        (https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server).

        Calls ``POST qchat/getServerListPage.action`` (operation ``qchatGetServerListPage`` in the spec).
        """
        values = {
            "timetag": timetag,
            "limit": limit,
            "sortField": sort_field,
            "pageToken": page_token,
        }
        return cast(
            "QchatGetServerListPageResponse",
            await self._client._call(_GET_SERVER_LIST_PAGE, values),
        )

    async def get_server_member_ban_list_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerMemberBanListPageResponse:
        """List the banned members of a QChat server page by page.

        Returns one page of a server's banned accounts, most recent ban first. Start
        with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account on whose behalf the list is read; needs the permission to ban
                members. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: paging fields
        follow getServerMemberListPage
        (https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server);
        the answer key `banMembers` is a guess.

        Calls ``POST qchat/getServerMemberBanListPage.action`` (operation ``qchatGetServerMemberBanListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerMemberBanListPageResponse",
            await self._client._call(_GET_SERVER_MEMBER_BAN_LIST_PAGE, values),
        )

    async def get_server_member_list_page(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerMemberListPageResponse:
        """List the members of a QChat server page by page.

        Returns one page of a server's members, latest joiner first. Start with
        `timetag` 0 and pass the returned `pageInfo.nextTimetag` until `hasMore` is
        false. Banned members are not listed. With `accid` the server first checks that
        this account is a member.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1; at most 200.
            accid: Account that must be a member of the server for the call to succeed.
                Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server.

        Calls ``POST qchat/getServerMemberListPage.action`` (operation ``qchatGetServerMemberListPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerMemberListPageResponse",
            await self._client._call(_GET_SERVER_MEMBER_LIST_PAGE, values),
        )

    async def get_server_members(
        self,
        *,
        server_id: int,
        accids: list[str] | str,
    ) -> QchatGetServerMembersResponse:
        """Get members of a QChat server by account.

        Returns the member cards of the given accounts in one server; accounts that are
        not members are left out.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accids: Accounts to look up, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from getServerMemberListPage
        (https://doc.yunxin.163.com/messaging/server-apis/jAxMzQ5NjA?platform=server)
        and the web SDK's getServerMembers; the limit of 100 accounts is assumed.

        Calls ``POST qchat/getServerMembers.action`` (operation ``qchatGetServerMembers`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accids": accids,
        }
        return cast(
            "QchatGetServerMembersResponse",
            await self._client._call(_GET_SERVER_MEMBERS, values),
        )

    async def get_servers(
        self,
        *,
        server_ids: list[int] | str,
    ) -> QchatGetServersResponse:
        """Get QChat servers by id.

        Returns the servers with the given ids; ids that do not exist are left out of
        the answer.

        Args:
            server_ids: Ids of the servers to read. Sent as JSON; a str is taken as JSON
                text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: field name
        and answer key inferred from the other QChat batch queries and the web SDK's
        getServers.

        Calls ``POST qchat/getServers.action`` (operation ``qchatGetServers`` in the spec).
        """
        values = {
            "serverIds": server_ids,
        }
        return cast(
            "QchatGetServersResponse", await self._client._call(_GET_SERVERS, values)
        )

    async def invite_server_member(
        self,
        *,
        server_id: int,
        accid: str,
        accids: list[str] | str,
        ps: str | None = None,
        ttl: int | None = None,
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
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that sends the invitation. Not empty; at most 32 characters.
            accids: Accounts to invite. Sent as JSON; a str is taken as JSON text and
                sent as is.
            ps: Message shown with the invitation. At most 5000 characters.
            ttl: How long the invitation stays valid, in milliseconds. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer follow the web SDK's inviteServerMembers (accids, ps at most 5000
        characters, ttl in milliseconds; failByOverAccids, failByBanAccids, recordInfo)
        from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/inviteServerMember.action`` (operation ``qchatInviteServerMember`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "accids": accids,
            "ps": ps,
            "ttl": ttl,
        }
        return cast(
            "QchatInviteServerMemberResponse",
            await self._client._call(_INVITE_SERVER_MEMBER, values),
        )

    async def join_server_by_invite_code(
        self,
        *,
        server_id: int,
        accid: str,
        invite_code: str,
        ps: str | None = None,
    ) -> Envelope:
        """Join a QChat server with an invite code.

        Makes `accid` join a server with an invite code made by `generateInviteCode`. An
        expired code is refused.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that joins. Not empty; at most 32 characters.
            invite_code: The invite code.
            ps: Message shown to the server with the join. At most 5000 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's joinByInviteCode (serverId, inviteCode, ps) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/joinServerByInviteCode.action`` (operation ``qchatJoinServerByInviteCode`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "inviteCode": invite_code,
            "ps": ps,
        }
        return cast(
            "Envelope", await self._client._call(_JOIN_SERVER_BY_INVITE_CODE, values)
        )

    async def kick_server_member(
        self,
        *,
        server_id: int,
        accid: str,
        kick_accids: list[str] | str,
    ) -> Envelope:
        """Remove members from a QChat server.

        Removes accounts from a server on behalf of `accid`, who needs the permission to
        kick members. The owner cannot be removed.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that removes the members; needs the permission to kick. Not
                empty; at most 32 characters.
            kick_accids: Accounts to remove. Sent as JSON; a str is taken as JSON text
                and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the list
        field name `kickAccids` is a guess after the web SDK's kickServerMembers
        (serverId, accids).

        Calls ``POST qchat/kickServerMember.action`` (operation ``qchatKickServerMember`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "kickAccids": kick_accids,
        }
        return cast("Envelope", await self._client._call(_KICK_SERVER_MEMBER, values))

    async def leave_server(
        self,
        *,
        server_id: int,
        accid: str,
    ) -> Envelope:
        """Leave a QChat server.

        Makes `accid` leave a server. The owner cannot leave its own server; delete it
        instead.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that leaves. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from the other QChat operations and the web SDK's leaveServer.

        Calls ``POST qchat/leaveServer.action`` (operation ``qchatLeaveServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
        }
        return cast("Envelope", await self._client._call(_LEAVE_SERVER, values))

    async def query_category_white_black_identify_page(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyPageResponse:
        """List a QChat category's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel category's whitelist or
        blacklist, newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server.

        Calls ``POST qchat/queryCategoryWhiteBlackIdentifyPage.action`` (operation ``qchatQueryCategoryWhiteBlackIdentifyPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryCategoryWhiteBlackIdentifyPageResponse",
            await self._client._call(_QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_PAGE, values),
        )

    async def query_category_white_black_identify_user_page(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryCategoryWhiteBlackIdentifyUserPageResponse:
        """List a QChat category's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel category's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false. With `accid` the server first
        checks that account's rights on the category.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose rights on the category are checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/TQxMjEwNDg?platform=server.

        Calls ``POST qchat/queryCategoryWhiteBlackIdentifyUserPage.action`` (operation ``qchatQueryCategoryWhiteBlackIdentifyUserPage`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryCategoryWhiteBlackIdentifyUserPageResponse",
            await self._client._call(
                _QUERY_CATEGORY_WHITE_BLACK_IDENTIFY_USER_PAGE, values
            ),
        )

    async def query_invite_apply_history_by_server(
        self,
        *,
        accid: str,
        server_id: int,
        from_time: int | None = None,
        to_time: int | None = None,
        exclude_record_id: int | None = None,
        limit: int | None = None,
        reverse: int | None = None,
    ) -> QchatQueryInviteApplyHistoryByServerResponse:
        """List a QChat server's invitation and application records.

        Returns the invitations, applications, invite codes and joins by invite code
        recorded for a server within a time range, newest first unless `reverse` is 1.
        `accid` needs the permission to view this history; otherwise the call fails with
        403. To page, pass the last record's `recordId` as `excludeRecordId` and its
        time as the new bound.

        Args:
            accid: Account that reads the history; needs the permission to view
                invitation and application history. Not empty; at most 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when left out. At
                least 0.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zkzMjY4MjU?platform=server.

        Calls ``POST qchat/queryInviteApplyHistoryByServer.action`` (operation ``qchatQueryInviteApplyHistoryByServer`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "fromTime": from_time,
            "toTime": to_time,
            "excludeRecordId": exclude_record_id,
            "limit": limit,
            "reverse": reverse,
        }
        return cast(
            "QchatQueryInviteApplyHistoryByServerResponse",
            await self._client._call(_QUERY_INVITE_APPLY_HISTORY_BY_SERVER, values),
        )

    async def query_invite_apply_history_by_user(
        self,
        *,
        accid: str,
        from_time: int | None = None,
        to_time: int | None = None,
        exclude_record_id: int | None = None,
        limit: int | None = None,
        reverse: int | None = None,
    ) -> QchatQueryInviteApplyHistoryByUserResponse:
        """List an account's QChat invitation and application records.

        Returns the applications `accid` made, its answers to invitations and its joins
        by invite code, across servers, within a time range, newest first unless
        `reverse` is 1. The account needs the permission to view this history. To page,
        pass the last record's `recordId` as `excludeRecordId` and its time as the new
        bound.

        Args:
            accid: Account whose records to read. Not empty; at most 32 characters.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when left out. At
                least 0.
            exclude_record_id: Record to leave out, normally the last one of the
                previous page.
            limit: Most entries to return in this page. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields from
        https://doc.yunxin.163.com/messaging/server-apis/DY1OTcyMTk?platform=server; its
        answer table lists the record keys without naming the list, taken to be `data`
        as on the server-wide page
        (https://doc.yunxin.163.com/messaging/server-apis/zkzMjY4MjU?platform=server).

        Calls ``POST qchat/queryInviteApplyHistoryByUser.action`` (operation ``qchatQueryInviteApplyHistoryByUser`` in the spec).
        """
        values = {
            "accid": accid,
            "fromTime": from_time,
            "toTime": to_time,
            "excludeRecordId": exclude_record_id,
            "limit": limit,
            "reverse": reverse,
        }
        return cast(
            "QchatQueryInviteApplyHistoryByUserResponse",
            await self._client._call(_QUERY_INVITE_APPLY_HISTORY_BY_USER, values),
        )

    async def query_white_black_identify(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyResponse:
        """List a QChat channel's whitelisted or blacklisted identity groups page by page.

        Returns one page of the identity groups on a channel's whitelist or blacklist,
        newest first. Start with `timetag` 0 and pass the returned
        `pageInfo.nextTimetag` until `hasMore` is false.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version queryCategoryWhiteBlackIdentifyPage
        (https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server)
        with channelId for categoryId.

        Calls ``POST qchat/queryWhiteBlackIdentify.action`` (operation ``qchatQueryWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryWhiteBlackIdentifyResponse",
            await self._client._call(_QUERY_WHITE_BLACK_IDENTIFY, values),
        )

    async def query_white_black_identify_user(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatQueryWhiteBlackIdentifyUserResponse:
        """List a QChat channel's whitelisted or blacklisted accounts page by page.

        Returns one page of the accounts on a channel's whitelist or blacklist, newest
        first. Start with `timetag` 0 and pass the returned `pageInfo.nextTimetag` until
        `hasMore` is false. With `accid` the server first checks that this account may
        see the channel.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            timetag: Paging cursor, a time in epoch milliseconds. Pass 0 for the first
                (newest) page, then the `nextTimetag` of the previous page; entries come
                back newest first. At least 0.
            limit: Most entries to return in this page. At least 1.
            accid: Account whose right to see the channel is checked; no check when left
                out. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields and
        answer mirror the category version queryCategoryWhiteBlackIdentifyUserPage
        (https://doc.yunxin.163.com/messaging/server-apis/TQxMjEwNDg?platform=server)
        with channelId for categoryId.

        Calls ``POST qchat/queryWhiteBlackIdentifyUser.action`` (operation ``qchatQueryWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatQueryWhiteBlackIdentifyUserResponse",
            await self._client._call(_QUERY_WHITE_BLACK_IDENTIFY_USER, values),
        )

    async def reject_server_apply(
        self,
        *,
        server_id: int,
        accid: str,
        apply_accid: str,
        request_id: int,
        ps: str | None = None,
    ) -> Envelope:
        """Reject an application to join a QChat server.

        Declines the application `requestId` of `applyAccid` on behalf of `accid`, who
        needs the permission to handle applications, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that rejects; needs the permission to handle applications.
                Not empty; at most 32 characters.
            apply_accid: Account that applied. Not empty; at most 32 characters.
            request_id: Id of the application.
            ps: Message sent back to the applicant. At most 5000 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the
        applicant's field name `applyAccid` is a guess, mirroring acceptServerApply.

        Calls ``POST qchat/rejectServerApply.action`` (operation ``qchatRejectServerApply`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "applyAccid": apply_accid,
            "requestId": request_id,
            "ps": ps,
        }
        return cast("Envelope", await self._client._call(_REJECT_SERVER_APPLY, values))

    async def reject_server_invite(
        self,
        *,
        server_id: int,
        accid: str,
        inviter: str,
        request_id: int,
        ps: str | None = None,
    ) -> Envelope:
        """Reject an invitation into a QChat server.

        Makes the invited account `accid` decline the invitation `requestId` sent by
        `inviter`, optionally with a message.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: The invited account. Not empty; at most 32 characters.
            inviter: Account that sent the invitation. Not empty; at most 32 characters.
            request_id: Id of the invitation.
            ps: Message sent back to the inviter. At most 5000 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's rejectServerInvite from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/rejectServerInvite.action`` (operation ``qchatRejectServerInvite`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "inviter": inviter,
            "requestId": request_id,
            "ps": ps,
        }
        return cast("Envelope", await self._client._call(_REJECT_SERVER_INVITE, values))

    async def remove_channel(
        self,
        *,
        channel_id: int,
        accid: str,
    ) -> Envelope:
        """Delete a QChat channel.

        Deletes a channel on behalf of `accid`, who needs the permission to manage
        channels.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            accid: Account that deletes the channel; needs the permission to manage
                channels. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from the other QChat channel operations and the web SDK's
        deleteChannel.

        Calls ``POST qchat/removeChannel.action`` (operation ``qchatRemoveChannel`` in the spec).
        """
        values = {
            "channelId": channel_id,
            "accid": accid,
        }
        return cast("Envelope", await self._client._call(_REMOVE_CHANNEL, values))

    async def remove_channel_category(
        self,
        *,
        category_id: int,
        accid: str,
    ) -> Envelope:
        """Delete a QChat channel category.

        Deletes a channel category on behalf of `accid`, who needs the permission to
        manage channels.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            accid: Account that deletes the category; needs the permission to manage
                channels. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields
        inferred from removeChannel and the web SDK's removeChannelCategory.

        Calls ``POST qchat/removeChannelCategory.action`` (operation ``qchatRemoveChannelCategory`` in the spec).
        """
        values = {
            "categoryId": category_id,
            "accid": accid,
        }
        return cast(
            "Envelope", await self._client._call(_REMOVE_CHANNEL_CATEGORY, values)
        )

    async def remove_server(
        self,
        *,
        server_id: int,
        accid: str,
    ) -> Envelope:
        """Delete a QChat server.

        Deletes a server with its channels and memberships. Only the server's owner may
        do it, so `accid` must be the owner.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: The server's owner. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low;
        https://doc.yunxin.163.com/docs/TM5MzM5Njk/jE5MjM1MDQ?platformId=60353 lists the
        operation right after createServer but only its beginning is stored; fields
        inferred from the web SDK's deleteServer and the owner-only rule it states.

        Calls ``POST qchat/removeServer.action`` (operation ``qchatRemoveServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
        }
        return cast("Envelope", await self._client._call(_REMOVE_SERVER, values))

    async def request_addr(
        self,
        *,
        accid: str,
        clienttype: int | None = None,
        clientip: str | None = None,
    ) -> QchatRequestAddrResponse:
        """Get QChat connection addresses.

        Returns the addresses a client must pass when it logs in to QChat as the given
        account. Call it from the app server and hand the addresses to the client;
        passing the client's IP lets the server pick addresses near the user.

        Args:
            accid: Account that will log in to QChat. Not empty; at most 32 characters.
            clienttype: Kind of link; 1 web (weblink), 2 native apps (commonlink). One
                of 1, 2.
            clientip: The client's IP address, used to return addresses close to the
                user.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low;
        https://doc.commsease.com/messaging/server-apis/Dg2NDQ2NTU?platform=server names
        the operation and its purpose only: fields and answer mirror
        chatroom/requestAddr.action (accid, clienttype, clientip; addr list).

        Calls ``POST qchat/requestAddr.action`` (operation ``qchatRequestAddr`` in the spec).
        """
        values = {
            "accid": accid,
            "clienttype": clienttype,
            "clientip": clientip,
        }
        return cast(
            "QchatRequestAddrResponse", await self._client._call(_REQUEST_ADDR, values)
        )

    async def update_category_info_of_channel(
        self,
        *,
        channel_id: int,
        accid: str,
        category_id: int | None = None,
        sync_mode: int | None = None,
    ) -> QchatUpdateCategoryInfoOfChannelResponse:
        """Move a QChat channel to a category.

        Puts a channel in a category, or changes whether it follows the category's
        permissions, on behalf of `accid`, who needs the permission to manage channels.
        Returns the updated channel.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            accid: Account that makes the change; needs the permission to manage
                channels. Not empty; at most 32 characters.
            category_id: Category to put the channel in. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            sync_mode: 0 the channel keeps its own permissions, 1 it follows its
                category's. One of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's updateCategoryInfoOfChannel (channelId, categoryId, syncMode) from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/updateCategoryInfoOfChannel.action`` (operation ``qchatUpdateCategoryInfoOfChannel`` in the spec).
        """
        values = {
            "channelId": channel_id,
            "accid": accid,
            "categoryId": category_id,
            "syncMode": sync_mode,
        }
        return cast(
            "QchatUpdateCategoryInfoOfChannelResponse",
            await self._client._call(_UPDATE_CATEGORY_INFO_OF_CHANNEL, values),
        )

    async def update_category_white_black_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        ope_type: int,
        accid: str,
        role_id: int,
    ) -> Envelope:
        """Add or remove an identity group on a QChat category's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel category's
        whitelist (private category) or blacklist (public category) on behalf of
        `accid`, who needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            role_id: Server identity group to add or remove. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server
                types roleId as Integer in answers;
                https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server
                sends role ids as a JSON array. Described as int64 like the other QChat
                ids.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields mirror
        the channel version
        (https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server)
        with categoryId and a single `roleId`.

        Calls ``POST qchat/updateCategoryWhiteBlackIdentify.action`` (operation ``qchatUpdateCategoryWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "roleId": role_id,
        }
        return cast(
            "Envelope",
            await self._client._call(_UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY, values),
        )

    async def update_category_white_black_identify_user(
        self,
        *,
        server_id: int,
        category_id: int,
        type: int,
        ope_type: int,
        accid: str,
        to_accids: list[str] | str,
    ) -> Envelope:
        """Add or remove accounts on a QChat category's whitelist or blacklist.

        Adds server members to, or removes them from, a channel category's whitelist
        (private category) or blacklist (public category) on behalf of `accid`, who
        needs the permission to manage the lists.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            to_accids: Accounts to add or remove, at most 100. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields mirror
        the channel version updateWhiteBlackIdentifyUser
        (https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server)
        with categoryId for channelId.

        Calls ``POST qchat/updateCategoryWhiteBlackIdentifyUser.action`` (operation ``qchatUpdateCategoryWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "toAccids": to_accids,
        }
        return cast(
            "Envelope",
            await self._client._call(
                _UPDATE_CATEGORY_WHITE_BLACK_IDENTIFY_USER, values
            ),
        )

    async def update_channel(
        self,
        *,
        channel_id: int,
        accid: str,
        name: str | None = None,
        topic: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatUpdateChannelResponse:
        """Update a QChat channel.

        Changes the name, topic, extension or view mode of a channel on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        channel. Fields left out keep their values. Use `updateCategoryInfoOfChannel` to
        move the channel to another category.

        Args:
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            accid: Account that makes the change; needs the permission to manage
                channels. Not empty; at most 32 characters.
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
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here
        (https://doc.commsease.com/messaging/server-apis/zQ2OTU4NjA?platform=server
        points to it for the channelInfo keys): fields follow the web SDK's
        updateChannel
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/).

        Calls ``POST qchat/updateChannel.action`` (operation ``qchatUpdateChannel`` in the spec).
        """
        values = {
            "channelId": channel_id,
            "accid": accid,
            "name": name,
            "topic": topic,
            "custom": custom,
            "viewMode": view_mode,
            "bid": bid,
        }
        return cast(
            "QchatUpdateChannelResponse",
            await self._client._call(_UPDATE_CHANNEL, values),
        )

    async def update_channel_category(
        self,
        *,
        category_id: int,
        accid: str,
        name: str | None = None,
        custom: str | None = None,
        view_mode: int | None = None,
    ) -> QchatUpdateChannelCategoryResponse:
        """Update a QChat channel category.

        Changes the name, extension or view mode of a channel category on behalf of
        `accid`, who needs the permission to manage channels, and returns the updated
        category. Fields left out keep their values.

        Args:
            category_id: Id of a channel category, assigned when the category is
                created. Note: Typed Long by
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server;
                responses carry it as a number.
            accid: Account that makes the change; needs the permission to manage
                channels. Not empty; at most 32 characters.
            name: New category name. At most 64 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            view_mode: Who can see it: 0 public, visible to every server member except
                those on its blacklist (the default); 1 private, visible only to those
                on its whitelist. One of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields follow
        the web SDK's updateChannelCategory from
        https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/.

        Calls ``POST qchat/updateChannelCategory.action`` (operation ``qchatUpdateChannelCategory`` in the spec).
        """
        values = {
            "categoryId": category_id,
            "accid": accid,
            "name": name,
            "custom": custom,
            "viewMode": view_mode,
        }
        return cast(
            "QchatUpdateChannelCategoryResponse",
            await self._client._call(_UPDATE_CHANNEL_CATEGORY, values),
        )

    async def update_other_server_member(
        self,
        *,
        accid: str,
        server_id: int,
        to_accid: str,
        nick: str | None = None,
        avatar: str | None = None,
        bid: str | None = None,
    ) -> QchatUpdateOtherServerMemberResponse:
        """Update another member's card in a QChat server.

        Changes the nickname or avatar that `toAccid` shows inside a server, on behalf
        of `accid`, who needs the permission to manage other members' cards, and returns
        the updated member.

        Args:
            accid: Account that makes the change. Not empty; at most 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            to_accid: Member whose card changes. Not empty; at most 32 characters.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the target's
        field name `toAccid` is a guess after `toAccids` of
        https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server; the
        other fields mirror updateServerMember
        (https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server).

        Calls ``POST qchat/updateOtherServerMember.action`` (operation ``qchatUpdateOtherServerMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "toAccid": to_accid,
            "nick": nick,
            "avatar": avatar,
            "bid": bid,
        }
        return cast(
            "QchatUpdateOtherServerMemberResponse",
            await self._client._call(_UPDATE_OTHER_SERVER_MEMBER, values),
        )

    async def update_server(
        self,
        *,
        server_id: int,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        custom: str | None = None,
        invite_mode: int | None = None,
        apply_mode: int | None = None,
        bid: str | None = None,
    ) -> QchatUpdateServerResponse:
        """Update a QChat server.

        Changes the name, icon, extension, invitation mode or application mode of a
        server on behalf of `accid`, who needs the permission to manage the server, and
        returns the updated server. Fields left out keep their values.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that makes the change; needs the permission to manage the
                server. Not empty; at most 32 characters.
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
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the fields
        are those of createServer
        (https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server)
        plus serverId, as the web SDK's updateServer takes them.

        Calls ``POST qchat/updateServer.action`` (operation ``qchatUpdateServer`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "name": name,
            "icon": icon,
            "custom": custom,
            "inviteMode": invite_mode,
            "applyMode": apply_mode,
            "bid": bid,
        }
        return cast(
            "QchatUpdateServerResponse",
            await self._client._call(_UPDATE_SERVER, values),
        )

    async def update_server_member(
        self,
        *,
        accid: str,
        server_id: int,
        nick: str | None = None,
        avatar: str | None = None,
        custom: str | None = None,
        bid: str | None = None,
    ) -> QchatUpdateServerMemberResponse:
        """Update one's own member card in a QChat server.

        Changes the nickname, avatar or extension that `accid` shows inside a server,
        and returns the updated member. The account receives a server-member-update
        system notification; other members receive it only if Yunxin enabled that for
        the app.

        Args:
            accid: Member whose card changes. Not empty; at most 32 characters.
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            nick: Nickname inside the server. At most 64 characters.
            avatar: Avatar URL inside the server. At most 1024 characters.
            custom: App-defined extension, at most 1024 characters; JSON text is a
                common choice. At most 1024 characters.
            bid: Custom content-moderation (anti-spam) business to check the text and
                images of this call with, instead of the app's default one. It is set up
                by Yunxin support on request. Either one business id, or JSON text
                naming one for text and one for pictures, such as
                `{"textbid":"tb1","picbid":"pb1"}`. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TE5ODM0MTk?platform=server
                and
                https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server
                describe bid as a String that "can be converted to JSON" with
                textbid/picbid keys; kept a plain string because a single id is also
                accepted by the description.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/DQyMDI4ODE?platform=server.

        Calls ``POST qchat/updateServerMember.action`` (operation ``qchatUpdateServerMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "nick": nick,
            "avatar": avatar,
            "custom": custom,
            "bid": bid,
        }
        return cast(
            "QchatUpdateServerMemberResponse",
            await self._client._call(_UPDATE_SERVER_MEMBER, values),
        )

    async def update_server_member_ban(
        self,
        *,
        server_id: int,
        accid: str,
        target_accid: str,
        ope_type: int,
        custom: str | None = None,
    ) -> Envelope:
        """Ban or unban a member of a QChat server.

        Bans `targetAccid` from a server, or lifts the ban, on behalf of `accid`, who
        needs the permission to ban members. A banned account is removed from the server
        and cannot apply to join again until unbanned.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            accid: Account that bans or unbans; needs the permission to ban members. Not
                empty; at most 32 characters.
            target_accid: Account to ban or unban. Not empty; at most 32 characters.
            ope_type: 1 ban, 2 lift the ban. One of 1, 2.
            custom: App-defined extension stored with the ban. At most 1024 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: the names
        `targetAccid` and `opeType` (1 ban, 2 unban) are guesses after the
        banServerMember/unbanServerMember pair of the web SDK and `opeType` of
        https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server.

        Calls ``POST qchat/updateServerMemberBan.action`` (operation ``qchatUpdateServerMemberBan`` in the spec).
        """
        values = {
            "serverId": server_id,
            "accid": accid,
            "targetAccid": target_accid,
            "opeType": ope_type,
            "custom": custom,
        }
        return cast(
            "Envelope", await self._client._call(_UPDATE_SERVER_MEMBER_BAN, values)
        )

    async def update_white_black_identify(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        ope_type: int,
        accid: str,
        role_id: int,
    ) -> Envelope:
        """Add or remove an identity group on a QChat channel's whitelist or blacklist.

        Adds a server identity group to, or removes it from, a channel's whitelist or
        blacklist, so that all of its members gain or lose sight of the channel, on
        behalf of `accid`, who needs the permission to manage the lists. A channel's
        lists hold at most 20 identity groups unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            role_id: Server identity group to add or remove. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server
                types roleId as Integer in answers;
                https://doc.commsease.com/messaging/server-apis/zk3NDUxNzg?platform=server
                sends role ids as a JSON array. Described as int64 like the other QChat
                ids.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Confidence: low; the page of this operation was not readable here: fields mirror
        updateWhiteBlackIdentifyUser
        (https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server)
        with the single `roleId` of the web SDK's updateWhiteBlackRole; the 20-group
        limit is from the web SDK guide
        (https://doc.yunxin.163.com/messaging-enhanced/api-refer/web/typedoc/Latest/zh/QChat/).

        Calls ``POST qchat/updateWhiteBlackIdentify.action`` (operation ``qchatUpdateWhiteBlackIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "roleId": role_id,
        }
        return cast(
            "Envelope", await self._client._call(_UPDATE_WHITE_BLACK_IDENTIFY, values)
        )

    async def update_white_black_identify_user(
        self,
        *,
        server_id: int,
        channel_id: int,
        type: int,
        ope_type: int,
        accid: str,
        to_accids: list[str] | str,
    ) -> Envelope:
        """Add or remove accounts on a QChat channel's whitelist or blacklist.

        Adds server members to, or removes them from, a channel's whitelist (for a
        private channel) or blacklist (for a public one), on behalf of `accid`, who
        needs the permission to manage the lists; otherwise the call fails with 403. A
        channel's lists hold at most 1000 accounts unless the limit was raised in the
        console.

        Args:
            server_id: Id of a QChat server (serverId), assigned when the server is
                created. Note: The documentation tables type serverId as String on most
                server pages and as Long on some (for example
                https://doc.commsease.com/messaging/server-apis/TU5NTM3MTc?platform=server);
                every response carries it as a number. Described as int64 because the
                value is always a decimal number on the wire.
            channel_id: Id of a channel, assigned when the channel is created. Note:
                Typed Long by
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server;
                responses carry it as a number.
            type: Which list: 1 the whitelist (used by private channels and categories),
                2 the blacklist (used by public ones). One of 1, 2. Note:
                https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server
                types it String with the values 1 white and 2 black.
            ope_type: What to do with the list: 1 add, 2 remove. One of 1, 2.
            accid: Account that changes the list; needs the permission to manage
                whitelists and blacklists. Not empty; at most 32 characters.
            to_accids: Accounts to add or remove, at most 100. Sent as JSON; a str is
                taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation; blocked for 10 s when
        exceeded.

        Note: Fields from
        https://doc.yunxin.163.com/messaging/server-apis/TUyNzkxOTU?platform=server; its
        success answer was cut off in the stored copy, so the answer is assumed to carry
        no payload.

        Calls ``POST qchat/updateWhiteBlackIdentifyUser.action`` (operation ``qchatUpdateWhiteBlackIdentifyUser`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "opeType": ope_type,
            "accid": accid,
            "toAccids": to_accids,
        }
        return cast(
            "Envelope",
            await self._client._call(_UPDATE_WHITE_BLACK_IDENTIFY_USER, values),
        )
