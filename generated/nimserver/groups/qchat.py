"""Operations under ``qchat/``: Messages, threads and quick comments in QChat channels.
QChat (圈组) roles, per-member permission customisations and custom permission items.
Custom QChat system notifications sent to server or channel members.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from .._fields import Endpoint, Field, Kind
from ..types import (
    Envelope,
    QchatBatchQueryThreadTalkMetaResponse,
    QchatBatchUpdateServerIdentifyPriorityResponse,
    QchatCreateChannelCategoryIdentifyResponse,
    QchatCreateChannelCategoryUserIdentifyResponse,
    QchatCreateChannelIdentifyResponse,
    QchatCreateCustomAuthResponse,
    QchatCreateServerIdentifyMemberResponse,
    QchatCreateServerIdentifyResponse,
    QchatCreateUserIdentifyResponse,
    QchatDeleteServerIdentifyMemberResponse,
    QchatGetChannelCategoryIdentifyResponse,
    QchatGetChannelCategoryUserIdentifyResponse,
    QchatGetChannelIdentifyPagesResponse,
    QchatGetServerIdentifyMemberPagesResponse,
    QchatGetServerIdentifyPagesResponse,
    QchatGetUserIdentifyPagesResponse,
    QchatGetUserServerIdentifyResponse,
    QchatListAllCustomAuthResponse,
    QchatListCustomAuthByAuthBitsResponse,
    QchatMessageKey,
    QchatQueryChannelUnReadMentionedMsgPageResponse,
    QchatQueryHistoryMsgResponse,
    QchatQueryIdentifyResourcesResponse,
    QchatQueryQuickCommentResponse,
    QchatQueryThreadTalkHistoryResponse,
    QchatSendAttachMsgResponse,
    QchatSendMsgResponse,
    QchatUpdateChannelCategoryIdentifyResponse,
    QchatUpdateChannelCategoryUserIdentifyResponse,
    QchatUpdateChannelIdentifyResponse,
    QchatUpdateMsgResponse,
    QchatUpdateServerIdentifyResponse,
    QchatUpdateUserIdentifyResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncQchatGroup", "QchatGroup"]

_BATCH_QUERY_THREAD_TALK_META = Endpoint(
    "qchat/batchQueryThreadTalkMeta.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("queryMsgs", "query_msgs", Kind.JSON, required=True, json_type=list),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_BATCH_UPDATE_SERVER_IDENTIFY_PRIORITY = Endpoint(
    "qchat/batchUpdateServerIdentifyPriority.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("priorities", "priorities", Kind.JSON, required=True, json_type=dict),
    ),
)

_CREATE_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/createChannelCategoryIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("serverRoleId", "server_role_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
    ),
)

_CREATE_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/createChannelCategoryUserIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("faccid", "faccid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_CREATE_CHANNEL_IDENTIFY = Endpoint(
    "qchat/createChannelIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("serverRoleId", "server_role_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
    ),
)

_CREATE_CUSTOM_AUTH = Endpoint(
    "qchat/createCustomAuth.action",
    (
        Field("name", "name", Kind.STR, required=True),
        Field("ext", "ext", Kind.STR),
    ),
)

_CREATE_SERVER_IDENTIFY = Endpoint(
    "qchat/createServerIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True, enum=(2,)),
        Field("name", "name", Kind.STR, required=True),
        Field("icon", "icon", Kind.STR),
        Field("ext", "ext", Kind.STR, max_length=1024),
        Field("priority", "priority", Kind.INT, minimum=1),
    ),
)

_CREATE_SERVER_IDENTIFY_MEMBER = Endpoint(
    "qchat/createServerIdentifyMember.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
        Field("faccids", "faccids", Kind.JSON, required=True, json_type=list),
    ),
)

_CREATE_USER_IDENTIFY = Endpoint(
    "qchat/createUserIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("faccid", "faccid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_DELETE_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/deleteChannelCategoryIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
    ),
)

_DELETE_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/deleteChannelCategoryUserIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("faccid", "faccid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_DELETE_CHANNEL_IDENTIFY = Endpoint(
    "qchat/deleteChannelIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
    ),
)

_DELETE_CUSTOM_AUTH = Endpoint(
    "qchat/deleteCustomAuth.action",
    (Field("authBit", "auth_bit", Kind.INT, required=True),),
)

_DELETE_SERVER_IDENTIFY_MEMBER = Endpoint(
    "qchat/deleteServerIdentifyMember.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
        Field("faccids", "faccids", Kind.JSON, required=True, json_type=list),
    ),
)

_DELETE_USER_IDENTIFY = Endpoint(
    "qchat/deleteUserIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("faccid", "faccid", Kind.STR, required=True, min_length=1, max_length=32),
    ),
)

_GET_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/getChannelCategoryIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/getChannelCategoryUserIdentify.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_CHANNEL_IDENTIFY_PAGES = Endpoint(
    "qchat/getChannelIdentifyPages.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_IDENTIFY_MEMBER_PAGES = Endpoint(
    "qchat/getServerIdentifyMemberPages.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1, maximum=200),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_SERVER_IDENTIFY_PAGES = Endpoint(
    "qchat/getServerIdentifyPages.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_USER_IDENTIFY_PAGES = Endpoint(
    "qchat/getUserIdentifyPages.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, required=True, minimum=0),
        Field("limit", "limit", Kind.INT, required=True, minimum=1),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
    ),
    safe_to_repeat=True,
)

_GET_USER_SERVER_IDENTIFY = Endpoint(
    "qchat/getUserServerIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("timetag", "timetag", Kind.INT, minimum=0),
        Field("limit", "limit", Kind.INT, minimum=1),
    ),
    safe_to_repeat=True,
)

_LIST_ALL_CUSTOM_AUTH = Endpoint(
    "qchat/listAllCustomAuth.action",
    (),
    safe_to_repeat=True,
)

_LIST_CUSTOM_AUTH_BY_AUTH_BITS = Endpoint(
    "qchat/listCustomAuthByAuthBits.action",
    (Field("authBits", "auth_bits", Kind.JSON, required=True, json_type=list),),
    safe_to_repeat=True,
)

_QUERY_CHANNEL_UN_READ_MENTIONED_MSG_PAGE = Endpoint(
    "qchat/queryChannelUnReadMentionedMsgPage.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("timeTag", "time_tag", Kind.INT),
        Field("limit", "limit", Kind.INT, minimum=1, maximum=200),
    ),
    safe_to_repeat=True,
)

_QUERY_HISTORY_MSG = Endpoint(
    "qchat/queryHistoryMsg.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("fromTime", "from_time", Kind.INT, minimum=0),
        Field("toTime", "to_time", Kind.INT),
        Field("excludeMsgId", "exclude_msg_id", Kind.INT),
        Field("limit", "limit", Kind.INT, minimum=1, maximum=100),
        Field("reverse", "reverse", Kind.INT, enum=(0, 1)),
    ),
    safe_to_repeat=True,
)

_QUERY_IDENTIFY_RESOURCES = Endpoint(
    "qchat/queryIdentifyResources.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT),
    ),
    safe_to_repeat=True,
)

_QUERY_QUICK_COMMENT = Endpoint(
    "qchat/queryQuickComment.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("queryMsgs", "query_msgs", Kind.JSON, required=True, json_type=list),
    ),
    safe_to_repeat=True,
)

_QUERY_THREAD_TALK_HISTORY = Endpoint(
    "qchat/queryThreadTalkHistory.action",
    (
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("msgIdServer", "msg_id_server", Kind.INT, required=True),
        Field("msgTime", "msg_time", Kind.INT, required=True),
        Field("accid", "accid", Kind.STR, min_length=1, max_length=32),
        Field("excludeMsgId", "exclude_msg_id", Kind.INT),
        Field("fromTime", "from_time", Kind.INT, minimum=0),
        Field("toTime", "to_time", Kind.INT),
        Field("limit", "limit", Kind.INT, minimum=1, maximum=100),
        Field("reverse", "reverse", Kind.BOOL),
    ),
    safe_to_repeat=True,
)

_REMOVE_SERVER_IDENTIFY = Endpoint(
    "qchat/removeServerIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
    ),
)

_SEND_ATTACH_MSG = Endpoint(
    "qchat/sendAttachMsg.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT),
        Field("toAccids", "to_accids", Kind.JSON, json_type=list),
        Field("body", "body", Kind.STR),
        Field("attach", "attach", Kind.STR),
        Field("ext", "ext", Kind.STR),
        Field("persistEnable", "persist_enable", Kind.BOOL),
        Field("pushEnable", "push_enable", Kind.BOOL),
        Field("pushContent", "push_content", Kind.STR),
        Field("needBadge", "need_badge", Kind.BOOL),
    ),
)

_SEND_MSG = Endpoint(
    "qchat/sendMsg.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True),
        Field("body", "body", Kind.STR),
        Field("attach", "attach", Kind.JSON, json_type=dict),
        Field("ext", "ext", Kind.STR),
    ),
)

_UPDATE_ATTACH_MSG = Endpoint(
    "qchat/updateAttachMsg.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("msgIdServer", "msg_id_server", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True),
        Field("body", "body", Kind.STR),
        Field("ext", "ext", Kind.STR),
        Field("status", "status", Kind.INT, minimum=10000),
    ),
)

_UPDATE_CHANNEL_CATEGORY_IDENTIFY = Endpoint(
    "qchat/updateChannelCategoryIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
        Field("auths", "auths", Kind.JSON, required=True, json_type=dict),
    ),
)

_UPDATE_CHANNEL_CATEGORY_USER_IDENTIFY = Endpoint(
    "qchat/updateChannelCategoryUserIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("categoryId", "category_id", Kind.INT, required=True),
        Field("faccid", "faccid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("auths", "auths", Kind.JSON, required=True, json_type=dict),
    ),
)

_UPDATE_CHANNEL_IDENTIFY = Endpoint(
    "qchat/updateChannelIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
        Field("auths", "auths", Kind.JSON, required=True, json_type=dict),
    ),
)

_UPDATE_MSG = Endpoint(
    "qchat/updateMsg.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("msgIdServer", "msg_id_server", Kind.INT, required=True),
        Field("msgTime", "msg_time", Kind.INT, required=True),
        Field("body", "body", Kind.STR),
        Field("ext", "ext", Kind.STR),
    ),
)

_UPDATE_QUICK_COMMENT = Endpoint(
    "qchat/updateQuickComment.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("msgIdServer", "msg_id_server", Kind.INT, required=True),
        Field("msgTime", "msg_time", Kind.INT, required=True),
        Field("type", "type", Kind.INT, required=True),
        Field("operateType", "operate_type", Kind.INT, required=True, enum=(1, 2)),
    ),
)

_UPDATE_SERVER_IDENTIFY = Endpoint(
    "qchat/updateServerIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("roleId", "role_id", Kind.INT, required=True),
        Field("name", "name", Kind.STR),
        Field("icon", "icon", Kind.STR),
        Field("ext", "ext", Kind.STR, max_length=1024),
        Field("auths", "auths", Kind.JSON, json_type=dict),
        Field("priority", "priority", Kind.INT, minimum=1),
    ),
)

_UPDATE_USER_IDENTIFY = Endpoint(
    "qchat/updateUserIdentify.action",
    (
        Field("accid", "accid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("serverId", "server_id", Kind.INT, required=True),
        Field("channelId", "channel_id", Kind.INT, required=True),
        Field("faccid", "faccid", Kind.STR, required=True, min_length=1, max_length=32),
        Field("auths", "auths", Kind.JSON, required=True, json_type=dict),
    ),
)


class QchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_query_thread_talk_meta(
        self,
        *,
        server_id: int,
        channel_id: int,
        query_msgs: list[QchatMessageKey] | str,
        accid: str | None = None,
    ) -> QchatBatchQueryThreadTalkMetaResponse:
        """Query the reply counts of several threads.

        For up to 100 root messages of one channel, returns the number of replies and
        the time of the last reply of each thread.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            query_msgs: Root messages to look up, at most 100, each as its server id and
                send time. Sent as JSON; a str is taken as JSON text and sent as is.
            accid: Account on whose behalf the threads are read. Not empty; at most 32
                characters. Required-ness confidence: low; the required column of the
                table was not preserved.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/jk0MjIyMjg?platform=server
        (2024-03-15). The stored copy lost the required column; `accid` is described as
        optional as in the thread history query. The answer example quotes msgIdServer
        as a string.

        Calls ``POST qchat/batchQueryThreadTalkMeta.action`` (operation ``qchatBatchQueryThreadTalkMeta`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "queryMsgs": query_msgs,
            "accid": accid,
        }
        return cast(
            "QchatBatchQueryThreadTalkMetaResponse",
            self._client._call(_BATCH_QUERY_THREAD_TALK_META, values),
        )

    def batch_update_server_identify_priority(
        self,
        *,
        accid: str,
        server_id: int,
        priorities: dict[str, Any] | str,
    ) -> QchatBatchUpdateServerIdentifyPriorityResponse:
        """Change the ranks of several server roles.

        Sets the rank of several custom server roles in one call. A smaller number ranks
        higher; a member may move only roles ranked below the highest role it holds, and
        the @everyone role keeps rank 0.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            priorities: New ranks as JSON text, an object from role id (as a string) to
                rank. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation. The wire name `priorities` and its shape (an object from
        role id to rank, as the client SDKs' updateServerRolePriorities returns) are a
        guess; check them against the page before relying on them.

        Calls ``POST qchat/batchUpdateServerIdentifyPriority.action`` (operation ``qchatBatchUpdateServerIdentifyPriority`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "priorities": priorities,
        }
        return cast(
            "QchatBatchUpdateServerIdentifyPriorityResponse",
            self._client._call(_BATCH_UPDATE_SERVER_IDENTIFY_PRIORITY, values),
        )

    def create_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int,
        server_role_id: int,
        category_id: int,
    ) -> QchatCreateChannelCategoryIdentifyResponse:
        """Create a channel-category role.

        Creates a role for a channel category, derived from a server role. It serves as
        the role template of the category's channels that synchronise with the category.
        Its switches start as "inherit" (0). Anyone but the server's creator needs the
        role-management permission in the category.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            server_role_id: Server role the category role derives from. Note: Typed
                String in the documentation tables; every example and response carries a
                decimal number, so it is described as int64.
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server
        (2024-07-17); the stored copy of the answer example stops after `serverRoleId`,
        the remaining keys follow the channel role.

        Calls ``POST qchat/createChannelCategoryIdentify.action`` (operation ``qchatCreateChannelCategoryIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "serverRoleId": server_role_id,
            "categoryId": category_id,
        }
        return cast(
            "QchatCreateChannelCategoryIdentifyResponse",
            self._client._call(_CREATE_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    def create_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        faccid: str,
    ) -> QchatCreateChannelCategoryUserIdentifyResponse:
        """Customise one member's permissions in a channel category.

        Creates a per-member permission customisation for one member in a channel
        category. Its switches start as "inherit", so the member keeps the permissions
        of its roles until updateChannelCategoryUserIdentify changes them.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            faccid: Member whose permissions are customised. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields inferred from the channel counterpart createUserIdentify
        (https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server)
        with categoryId in place of channelId.

        Calls ``POST qchat/createChannelCategoryUserIdentify.action`` (operation ``qchatCreateChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "faccid": faccid,
        }
        return cast(
            "QchatCreateChannelCategoryUserIdentifyResponse",
            self._client._call(_CREATE_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    def create_channel_identify(
        self,
        *,
        accid: str,
        server_id: int,
        server_role_id: int,
        channel_id: int,
    ) -> QchatCreateChannelIdentifyResponse:
        """Create a channel role.

        Creates a channel role derived from a server role, so that the permissions of
        that server role's members can differ inside one channel. Every switch of the
        new channel role starts as "inherit" (0), so nothing changes until
        updateChannelIdentify sets them. The caller needs the role-management and
        channel-management permissions and must be a member of the channel.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            server_role_id: Server role the channel role derives from. Note: Typed
                String in the documentation tables; every example and response carries a
                decimal number, so it is described as int64.
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server
        (2024-07-17); the stored copy of the answer example stops after `auths`, the
        remaining keys come from the client SDKs' channel role definition.

        Calls ``POST qchat/createChannelIdentify.action`` (operation ``qchatCreateChannelIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "serverRoleId": server_role_id,
            "channelId": channel_id,
        }
        return cast(
            "QchatCreateChannelIdentifyResponse",
            self._client._call(_CREATE_CHANNEL_IDENTIFY, values),
        )

    def create_custom_auth(
        self,
        *,
        name: str,
        ext: str | None = None,
    ) -> QchatCreateCustomAuthResponse:
        """Create a custom permission item.

        Adds an app-defined permission item (自定义权限项), for example "may send images" or
        "may post", next to the built-in ones. Once created, its code can be switched on
        or off in the `auths` of any role or member customisation like a built-in
        permission; the app enforces what it means.

        Args:
            name: Name of the permission item.
            ext: App-defined extension of the permission item.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds only the introduction of the page, not its field tables. The fields `name`
        and `ext` and the answer are a plausible reading, not documented.

        Calls ``POST qchat/createCustomAuth.action`` (operation ``qchatCreateCustomAuth`` in the spec).
        """
        values = {
            "name": name,
            "ext": ext,
        }
        return cast(
            "QchatCreateCustomAuthResponse",
            self._client._call(_CREATE_CUSTOM_AUTH, values),
        )

    def create_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        type: int,
        name: str,
        icon: str | None = None,
        ext: str | None = None,
        priority: int | None = None,
    ) -> QchatCreateServerIdentifyResponse:
        """Create a custom server role.

        Creates a custom role (身份组) in a QChat server and returns it. A new role starts
        with the union of the permissions the existing roles grant; change them
        afterwards with updateServerIdentify. A server holds at most 20 roles unless the
        limit was raised in the console. Anyone but the server's creator needs the
        role-management permission.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            type: Kind of role; only 2 (a custom role) can be created. One of 2.
            name: Name of the role.
            icon: Icon URL of the role.
            ext: App-defined extension of the role. At most 1024 characters.
            priority: Rank of the role: the smaller the number, the higher the rank, 1
                being the highest. Members with role-management permission may edit only
                roles ranked below their own. At least 1. Confidence: low; listed only
                on the retired role page (typed String there), cut off in the stored
                copy of the current page. Required-ness confidence: low; optional on the
                retired page.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
        (2024-07-17) and the retired page
        https://doc.yunxin.163.com/messaging/server-apis/DYzOTQzMzI?platform=server,
        which also lists `priority`.

        Calls ``POST qchat/createServerIdentify.action`` (operation ``qchatCreateServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "type": type,
            "name": name,
            "icon": icon,
            "ext": ext,
            "priority": priority,
        }
        return cast(
            "QchatCreateServerIdentifyResponse",
            self._client._call(_CREATE_SERVER_IDENTIFY, values),
        )

    def create_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
        faccids: list[str] | str,
    ) -> QchatCreateServerIdentifyMemberResponse:
        """Add members to a server role.

        Puts up to 100 server members into a server role. The caller needs the
        role-management permission (the server's creator has it). The answer lists the
        accounts that were added and those that were not.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to add the members to. Note: Typed String in the
                documentation tables; every example and response carries a decimal
                number, so it is described as int64.
            faccids: Accounts to add, at most 100. Sent as JSON; a str is taken as JSON
                text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
        (2024-07-17).

        Calls ``POST qchat/createServerIdentifyMember.action`` (operation ``qchatCreateServerIdentifyMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
            "faccids": faccids,
        }
        return cast(
            "QchatCreateServerIdentifyMemberResponse",
            self._client._call(_CREATE_SERVER_IDENTIFY_MEMBER, values),
        )

    def create_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        faccid: str,
    ) -> QchatCreateUserIdentifyResponse:
        """Customise one member's permissions in a channel.

        Creates a per-member permission customisation (定制权限) for one member of a
        channel. Its switches start as "inherit", so the member keeps the permissions of
        its channel roles until updateUserIdentify changes them. Anyone but the server's
        creator needs the role-management and channel-management permissions and must be
        a member of the channel.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            faccid: Member whose permissions are customised. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server
        (2024-07-17).

        Calls ``POST qchat/createUserIdentify.action`` (operation ``qchatCreateUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "faccid": faccid,
        }
        return cast(
            "QchatCreateUserIdentifyResponse",
            self._client._call(_CREATE_USER_IDENTIFY, values),
        )

    def delete_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        role_id: int,
    ) -> Envelope:
        """Delete a channel-category role.

        Deletes a role of a channel category.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            role_id: Category role to delete. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server ends
        before this operation; fields inferred from the other category role operations.

        Calls ``POST qchat/deleteChannelCategoryIdentify.action`` (operation ``qchatDeleteChannelCategoryIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "roleId": role_id,
        }
        return cast(
            "Envelope", self._client._call(_DELETE_CHANNEL_CATEGORY_IDENTIFY, values)
        )

    def delete_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        faccid: str,
    ) -> Envelope:
        """Remove a member's channel-category permission customisation.

        Deletes the permission customisation of one member in a channel category; the
        member goes back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            faccid: Member whose customisation is removed. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields inferred from deleteUserIdentify with categoryId in place of channelId.

        Calls ``POST qchat/deleteChannelCategoryUserIdentify.action`` (operation ``qchatDeleteChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "faccid": faccid,
        }
        return cast(
            "Envelope",
            self._client._call(_DELETE_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    def delete_channel_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        role_id: int,
    ) -> Envelope:
        """Delete a channel role.

        Deletes a channel role; inside that channel its members fall back to the
        permissions of the server role.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            role_id: Channel role to delete. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server ends
        before this operation; fields inferred from the other channel role operations.

        Calls ``POST qchat/deleteChannelIdentify.action`` (operation ``qchatDeleteChannelIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "roleId": role_id,
        }
        return cast("Envelope", self._client._call(_DELETE_CHANNEL_IDENTIFY, values))

    def delete_custom_auth(
        self,
        *,
        auth_bit: int,
    ) -> Envelope:
        """Delete a custom permission item.

        Deletes an app-defined permission item by its code.

        Args:
            auth_bit: Code of the permission item to delete.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds no field tables; the field `authBit` is inferred from the name of
        listCustomAuthByAuthBits.

        Calls ``POST qchat/deleteCustomAuth.action`` (operation ``qchatDeleteCustomAuth`` in the spec).
        """
        values = {
            "authBit": auth_bit,
        }
        return cast("Envelope", self._client._call(_DELETE_CUSTOM_AUTH, values))

    def delete_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
        faccids: list[str] | str,
    ) -> QchatDeleteServerIdentifyMemberResponse:
        """Remove members from a server role.

        Takes up to 100 accounts out of a server role; they stay members of the server.
        The caller needs the role-management permission (the server's creator has it).
        The answer lists the accounts removed and those that were not.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to remove the members from. Note: Typed String in the
                documentation tables; every example and response carries a decimal
                number, so it is described as int64.
            faccids: Accounts to remove, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server ends
        at the start of this operation; fields and answer assumed to mirror
        createServerIdentifyMember.

        Calls ``POST qchat/deleteServerIdentifyMember.action`` (operation ``qchatDeleteServerIdentifyMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
            "faccids": faccids,
        }
        return cast(
            "QchatDeleteServerIdentifyMemberResponse",
            self._client._call(_DELETE_SERVER_IDENTIFY_MEMBER, values),
        )

    def delete_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        faccid: str,
    ) -> Envelope:
        """Remove a member's channel permission customisation.

        Deletes the permission customisation of one member in a channel; the member goes
        back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            faccid: Member whose customisation is removed. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server ends
        before this operation; fields assumed to mirror createUserIdentify.

        Calls ``POST qchat/deleteUserIdentify.action`` (operation ``qchatDeleteUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "faccid": faccid,
        }
        return cast("Envelope", self._client._call(_DELETE_USER_IDENTIFY, values))

    def get_channel_category_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelCategoryIdentifyResponse:
        """List the roles of a channel category, page by page.

        Returns one page of the roles of a channel category. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server ends
        before this operation; fields and answer follow the other paged role queries.

        Calls ``POST qchat/getChannelCategoryIdentify.action`` (operation ``qchatGetChannelCategoryIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelCategoryIdentifyResponse",
            self._client._call(_GET_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    def get_channel_category_user_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelCategoryUserIdentifyResponse:
        """List the members with customised permissions in a channel category.

        Returns one page of the per-member permission customisations of a channel
        category. Pass `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. Not empty; at
                most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields and answer follow the other paged role queries.

        Calls ``POST qchat/getChannelCategoryUserIdentify.action`` (operation ``qchatGetChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelCategoryUserIdentifyResponse",
            self._client._call(_GET_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    def get_channel_identify_pages(
        self,
        *,
        server_id: int,
        channel_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelIdentifyPagesResponse:
        """List the roles of a channel, page by page.

        Returns one page of the channel roles of a channel. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server ends
        before this operation; fields and answer follow the other paged role queries
        (https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server).

        Calls ``POST qchat/getChannelIdentifyPages.action`` (operation ``qchatGetChannelIdentifyPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelIdentifyPagesResponse",
            self._client._call(_GET_CHANNEL_IDENTIFY_PAGES, values),
        )

    def get_server_identify_member_pages(
        self,
        *,
        server_id: int,
        role_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerIdentifyMemberPagesResponse:
        """List the members of a server role, page by page.

        Returns one page of the members of a server role, newest first. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role whose members are listed. Note: Typed String in the
                documentation tables; every example and response carries a decimal
                number, so it is described as int64.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of members on the page. At least 1; at most 200.
            accid: Account on whose behalf the members are read. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server ends
        before this operation; fields follow the other paged QChat queries (timetag,
        limit, pageInfo) and the answer key `members` follows
        https://doc.yunxin.163.com/messaging/server-apis/TQxMjEwNDg?platform=server.

        Calls ``POST qchat/getServerIdentifyMemberPages.action`` (operation ``qchatGetServerIdentifyMemberPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "roleId": role_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerIdentifyMemberPagesResponse",
            self._client._call(_GET_SERVER_IDENTIFY_MEMBER_PAGES, values),
        )

    def get_server_identify_pages(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerIdentifyPagesResponse:
        """List the roles of a server, page by page.

        Returns one page of a server's roles, ordered by rank. The first page always
        includes the @everyone role, so it may hold one more role than `limit`. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read; when given, its
                permission to see them is checked. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation. Fields and answer follow the other paged role query,
        https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server
        (pageInfo and identifies).

        Calls ``POST qchat/getServerIdentifyPages.action`` (operation ``qchatGetServerIdentifyPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerIdentifyPagesResponse",
            self._client._call(_GET_SERVER_IDENTIFY_PAGES, values),
        )

    def get_user_identify_pages(
        self,
        *,
        server_id: int,
        channel_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetUserIdentifyPagesResponse:
        """List the members with customised permissions in a channel.

        Returns one page of the per-member permission customisations of a channel. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. Not empty; at
                most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server ends
        before this operation; fields and answer follow the other paged role queries.

        Calls ``POST qchat/getUserIdentifyPages.action`` (operation ``qchatGetUserIdentifyPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetUserIdentifyPagesResponse",
            self._client._call(_GET_USER_IDENTIFY_PAGES, values),
        )

    def get_user_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        timetag: int | None = None,
        limit: int | None = None,
    ) -> QchatGetUserServerIdentifyResponse:
        """List the server roles a member holds.

        Returns one page of the server roles held by one member of a server. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            accid: Member whose roles are listed. Not empty; at most 32 characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server ends
        before this operation (titled "page through the roles a user belongs to");
        fields inferred from the title and the other paged role queries.

        Calls ``POST qchat/getUserServerIdentify.action`` (operation ``qchatGetUserServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
        }
        return cast(
            "QchatGetUserServerIdentifyResponse",
            self._client._call(_GET_USER_SERVER_IDENTIFY, values),
        )

    def list_all_custom_auth(
        self,
    ) -> QchatListAllCustomAuthResponse:
        """List every custom permission item.

        Returns all app-defined permission items of the app.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds no field tables; described as taking no fields and answering the items
        under `data`.

        Calls ``POST qchat/listAllCustomAuth.action`` (operation ``qchatListAllCustomAuth`` in the spec).
        """
        return cast(
            "QchatListAllCustomAuthResponse",
            self._client._call(_LIST_ALL_CUSTOM_AUTH, {}),
        )

    def list_custom_auth_by_auth_bits(
        self,
        *,
        auth_bits: list[int] | str,
    ) -> QchatListCustomAuthByAuthBitsResponse:
        """Look up custom permission items by code.

        Returns the app-defined permission items with the given codes.

        Args:
            auth_bits: Codes of the permission items to look up, as a JSON array. Sent
                as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds no field tables; the field `authBits` is inferred from the operation name.

        Calls ``POST qchat/listCustomAuthByAuthBits.action`` (operation ``qchatListCustomAuthByAuthBits`` in the spec).
        """
        values = {
            "authBits": auth_bits,
        }
        return cast(
            "QchatListCustomAuthByAuthBitsResponse",
            self._client._call(_LIST_CUSTOM_AUTH_BY_AUTH_BITS, values),
        )

    def query_channel_un_read_mentioned_msg_page(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        time_tag: int | None = None,
        limit: int | None = None,
    ) -> QchatQueryChannelUnReadMentionedMsgPageResponse:
        """Query the unread messages that mention a member.

        Returns the unread messages of a channel that mention `accid`: by account,
        through a role it holds (other than @everyone) or by mentioning everyone. The
        search runs backwards from `timeTag` to the last message the member has read, up
        to 200 messages.

        Args:
            accid: Member whose mentions are looked up. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            time_tag: Where the backward search starts, epoch milliseconds; now when
                omitted.
            limit: Maximum number of messages to return. At least 1; at most 200.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zYzNTM4MTQ?platform=server
        (2024-07-17). The stored copy lost the required column; the fields with a stated
        default are described as optional. The keys inside pageInfo are not listed there
        and are assumed to match the other paged QChat queries.

        Calls ``POST qchat/queryChannelUnReadMentionedMsgPage.action`` (operation ``qchatQueryChannelUnReadMentionedMsgPage`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "timeTag": time_tag,
            "limit": limit,
        }
        return cast(
            "QchatQueryChannelUnReadMentionedMsgPageResponse",
            self._client._call(_QUERY_CHANNEL_UN_READ_MENTIONED_MSG_PAGE, values),
        )

    def query_history_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        from_time: int | None = None,
        to_time: int | None = None,
        exclude_msg_id: int | None = None,
        limit: int | None = None,
        reverse: int | None = None,
    ) -> QchatQueryHistoryMsgResponse:
        """Query a channel's cloud message history.

        Returns up to 100 messages of a channel sent between `fromTime` and `toTime`,
        newest first unless `reverse` is 1. To page, send the id of the last message of
        the previous page as `excludeMsgId` and move the time bound to its send time;
        this skips messages sharing that timestamp correctly.

        Args:
            accid: Account on whose behalf the history is read. Not empty; at most 32
                characters. Required-ness confidence: low; the required column of the
                table was not preserved.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            exclude_msg_id: Server id of a message to leave out, normally the last
                message of the previous page.
            limit: Maximum number of messages to return. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zE5NjI2NDM?platform=server
        (2024-07-17). The stored copy lost the required column; the fields with a stated
        default are described as optional.

        Calls ``POST qchat/queryHistoryMsg.action`` (operation ``qchatQueryHistoryMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "fromTime": from_time,
            "toTime": to_time,
            "excludeMsgId": exclude_msg_id,
            "limit": limit,
            "reverse": reverse,
        }
        return cast(
            "QchatQueryHistoryMsgResponse",
            self._client._call(_QUERY_HISTORY_MSG, values),
        )

    def query_identify_resources(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int | None = None,
    ) -> QchatQueryIdentifyResourcesResponse:
        """Query the permissions a member has.

        Returns the permissions one member actually has in a server or, when `channelId`
        is given, in one channel, after combining its roles, channel roles and personal
        customisations.

        Args:
            accid: Member whose permissions are queried. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Channel to evaluate the permissions in; the server level when
                omitted. Note: Typed String in most documentation tables and Long in the
                newer message pages; every example is a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/TM4MjQ2NTI?platform=server ("query the
        permissions a user has") was found; fields and answer are inferred from the
        title and the client SDKs' checkPermission options (serverId, optional
        channelId).

        Calls ``POST qchat/queryIdentifyResources.action`` (operation ``qchatQueryIdentifyResources`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
        }
        return cast(
            "QchatQueryIdentifyResourcesResponse",
            self._client._call(_QUERY_IDENTIFY_RESOURCES, values),
        )

    def query_quick_comment(
        self,
        *,
        server_id: int,
        channel_id: int,
        query_msgs: list[QchatMessageKey] | str,
    ) -> QchatQueryQuickCommentResponse:
        """Query the quick comments of messages.

        Returns the quick comments (reactions) on up to 100 messages of one channel,
        grouped by comment number.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            query_msgs: Messages to look up, at most 100, each as its server id and send
                time. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/DQ0MTQ0OTE?platform=server was found.
        The request follows batchQueryThreadTalkMeta (a JSON list of message keys); the
        answer's shape is a guess.

        Calls ``POST qchat/queryQuickComment.action`` (operation ``qchatQueryQuickComment`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "queryMsgs": query_msgs,
        }
        return cast(
            "QchatQueryQuickCommentResponse",
            self._client._call(_QUERY_QUICK_COMMENT, values),
        )

    def query_thread_talk_history(
        self,
        *,
        server_id: int,
        channel_id: int,
        msg_id_server: int,
        msg_time: int,
        accid: str | None = None,
        exclude_msg_id: int | None = None,
        from_time: int | None = None,
        to_time: int | None = None,
        limit: int | None = None,
        reverse: bool | None = None,
    ) -> QchatQueryThreadTalkHistoryResponse:
        """Query the replies of a thread.

        Returns the root message of a thread (a message and the tree of replies to it),
        the number of replies, the time of the last reply and up to 100 replies. The
        thread is identified by the server id and send time of its root message. Page
        with `excludeMsgId` as in queryHistoryMsg.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            msg_id_server: Server-side id of the thread's root message.
            msg_time: Send time of the thread's root message, epoch milliseconds.
            accid: Account on whose behalf the thread is read. Not empty; at most 32
                characters.
            exclude_msg_id: Server id of a reply to leave out, normally the last reply
                of the previous page.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            limit: Maximum number of replies to return. At least 1; at most 100.
            reverse: false walks from now into the past (newest first), true the other
                way.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/jQ2NDMzNzA?platform=server
        (2025-11-13).

        Calls ``POST qchat/queryThreadTalkHistory.action`` (operation ``qchatQueryThreadTalkHistory`` in the spec).
        """
        values = {
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
        }
        return cast(
            "QchatQueryThreadTalkHistoryResponse",
            self._client._call(_QUERY_THREAD_TALK_HISTORY, values),
        )

    def remove_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
    ) -> Envelope:
        """Delete a server role.

        Deletes a custom server role; its members lose the permissions it granted. The
        @everyone role cannot be deleted.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to delete. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation; fields inferred from the other role operations.

        Calls ``POST qchat/removeServerIdentify.action`` (operation ``qchatRemoveServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
        }
        return cast("Envelope", self._client._call(_REMOVE_SERVER_IDENTIFY, values))

    def send_attach_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int | None = None,
        to_accids: list[str] | str | None = None,
        body: str | None = None,
        attach: str | None = None,
        ext: str | None = None,
        persist_enable: bool | None = None,
        push_enable: bool | None = None,
        push_content: str | None = None,
        need_badge: bool | None = None,
    ) -> QchatSendAttachMsgResponse:
        """Send a custom QChat system notification.

        Sends an app-defined system notification, which is not stored in the message
        history, to the members of a server or of a channel, or only to the accounts in
        `toAccids`. With `persistEnable` a notification to listed accounts is also kept
        for those offline until they log in.

        Args:
            accid: Account that sends the notification. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Channel whose members receive the notification; the whole server
                when omitted. Note: Typed String in most documentation tables and Long
                in the newer message pages; every example is a decimal number, so it is
                described as int64.
            to_accids: Accounts to notify instead of every member of the server or
                channel. Sent as JSON; a str is taken as JSON text and sent as is.
            body: Text of the notification.
            attach: App-defined payload of the notification; JSON text is recommended.
            ext: App-defined extension of the notification.
            persist_enable: Keep the notification for offline accounts until they log
                in; only with `toAccids`.
            push_enable: Also send a mobile push for the notification.
            push_content: Text of the mobile push.
            need_badge: Count the notification in the app badge.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jQ2MjQwNDg?platform=server was found.
        Fields follow the client SDKs' QChatSendSystemNotificationParam (serverId,
        channelId, toAccids, body, attach, persistEnable, pushEnable, pushContent,
        needBadge;
        https://pub.dev/documentation/nim_core/latest/nim_core/QChatSendSystemNotificationParam-class.html)
        plus the sender; wire names and boolean encoding are not confirmed.

        Calls ``POST qchat/sendAttachMsg.action`` (operation ``qchatSendAttachMsg`` in the spec).
        """
        values = {
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
        }
        return cast(
            "QchatSendAttachMsgResponse", self._client._call(_SEND_ATTACH_MSG, values)
        )

    def send_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        type: int,
        body: str | None = None,
        attach: dict[str, Any] | str | None = None,
        ext: str | None = None,
    ) -> QchatSendMsgResponse:
        """Send a message to a QChat channel.

        Sends a message into a channel of a QChat server in the name of `accid`, who
        must be allowed to send messages there. The message is kept in the channel's
        cloud history.

        Args:
            accid: Account that sends the message. Not empty; at most 32 characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            type: Message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom.
            body: Text of the message (the content of a text message).
            attach: Attachment of a media or custom message, as JSON text. Sent as JSON;
                a str is taken as JSON text and sent as is.
            ext: App-defined extension of the message; JSON text is recommended.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/zI5ODE5MzY?platform=server was found.
        The fields are the message fields the history queries return
        (https://doc.yunxin.163.com/messaging/server-apis/zE5NjI2NDM?platform=server:
        type, body, attach, ext) plus the sender and the channel; the type codes and the
        answer are assumed to follow the IM message conventions.

        Calls ``POST qchat/sendMsg.action`` (operation ``qchatSendMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "body": body,
            "attach": attach,
            "ext": ext,
        }
        return cast("QchatSendMsgResponse", self._client._call(_SEND_MSG, values))

    def update_attach_msg(
        self,
        *,
        accid: str,
        msg_id_server: int,
        type: int,
        body: str | None = None,
        ext: str | None = None,
        status: int | None = None,
    ) -> Envelope:
        """Update a custom QChat system notification.

        Changes the text, extension or status of a QChat system notification already
        sent, identified by its server id and its notification type.

        Args:
            accid: Account that performs the update. Not empty; at most 32 characters.
            msg_id_server: Server-side id of the notification to update.
            type: Type of the notification to update (the custom notification type for
                notifications sent with sendAttachMsg).
            body: New text of the notification.
            ext: New app-defined extension of the notification.
            status: New app-defined status of the notification (10000 and above). At
                least 10000.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jU0ODU4Nzc?platform=server was found.
        Fields follow the client SDKs' QChatUpdateSystemNotificationParam
        (msg_server_id, msg_type, status, msg_body, msg_ext;
        https://github.com/netease-im/node-nim/wiki/qchat_def.system_notification_def.QChatUpdateSystemNotificationParam)
        with the wire names of sendAttachMsg; not confirmed.

        Calls ``POST qchat/updateAttachMsg.action`` (operation ``qchatUpdateAttachMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "msgIdServer": msg_id_server,
            "type": type,
            "body": body,
            "ext": ext,
            "status": status,
        }
        return cast("Envelope", self._client._call(_UPDATE_ATTACH_MSG, values))

    def update_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        role_id: int,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateChannelCategoryIdentifyResponse:
        """Change the permissions of a channel-category role.

        Sets permission switches of a category role: 1 grants, -1 denies and 0 goes back
        to the server role's setting. Switches not sent keep their value. Returns the
        updated category role.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            role_id: Category role to update. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server ends
        before this operation; fields inferred from createChannelCategoryIdentify and
        the client SDKs' updateChannelCategoryRole options.

        Calls ``POST qchat/updateChannelCategoryIdentify.action`` (operation ``qchatUpdateChannelCategoryIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "roleId": role_id,
            "auths": auths,
        }
        return cast(
            "QchatUpdateChannelCategoryIdentifyResponse",
            self._client._call(_UPDATE_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    def update_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        faccid: str,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateChannelCategoryUserIdentifyResponse:
        """Change a member's customised channel-category permissions.

        Sets permission switches of one member's customisation in a channel category: 1
        grants, -1 denies and 0 goes back to the setting of the member's roles. Switches
        not sent keep their value.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            faccid: Member whose customisation is changed. Not empty; at most 32
                characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields inferred from updateUserIdentify with categoryId in place of channelId.

        Calls ``POST qchat/updateChannelCategoryUserIdentify.action`` (operation ``qchatUpdateChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "faccid": faccid,
            "auths": auths,
        }
        return cast(
            "QchatUpdateChannelCategoryUserIdentifyResponse",
            self._client._call(_UPDATE_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    def update_channel_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        role_id: int,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateChannelIdentifyResponse:
        """Change the permissions of a channel role.

        Sets permission switches of a channel role: 1 grants, -1 denies and 0 goes back
        to inheriting the server role's setting. Switches not sent keep their value.
        Returns the updated channel role.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            role_id: Channel role to update. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server ends
        before this operation; fields inferred from createChannelIdentify and the client
        SDKs' updateChannelRole options (serverId, channelId, roleId, auths).

        Calls ``POST qchat/updateChannelIdentify.action`` (operation ``qchatUpdateChannelIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "roleId": role_id,
            "auths": auths,
        }
        return cast(
            "QchatUpdateChannelIdentifyResponse",
            self._client._call(_UPDATE_CHANNEL_IDENTIFY, values),
        )

    def update_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        msg_id_server: int,
        msg_time: int,
        body: str | None = None,
        ext: str | None = None,
    ) -> QchatUpdateMsgResponse:
        """Update a QChat channel message.

        Changes the text or extension of a message already sent to a channel; the
        clients receive the updated message. The message is identified by its server id
        and send time.

        Args:
            accid: Account that performs the update. Not empty; at most 32 characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            msg_id_server: Server-side id of the message to update.
            msg_time: Send time of the message, epoch milliseconds.
            body: New text of the message.
            ext: New app-defined extension of the message.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/zI2MDUzNzk?platform=server was found.
        Fields inferred from the message key the thread queries use (msgIdServer,
        msgTime) and the client SDKs' updateMessage (body, ext).

        Calls ``POST qchat/updateMsg.action`` (operation ``qchatUpdateMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "msgIdServer": msg_id_server,
            "msgTime": msg_time,
            "body": body,
            "ext": ext,
        }
        return cast("QchatUpdateMsgResponse", self._client._call(_UPDATE_MSG, values))

    def update_quick_comment(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        msg_id_server: int,
        msg_time: int,
        type: int,
        operate_type: int,
    ) -> Envelope:
        """Add or remove a quick comment on a message.

        Adds or removes a quick comment (a reaction: an app-defined number, not a
        message) on a channel message in the name of `accid`. Quick comments must be
        enabled for the app on top of QChat.

        Args:
            accid: Account that adds or removes the comment. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            msg_id_server: Server-side id of the commented message.
            msg_time: Send time of the commented message, epoch milliseconds.
            type: The comment, an app-defined number (for example the code of an emoji).
            operate_type: 1 adds the comment, 2 removes it. One of 1, 2.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/DUxNDg0OTA?platform=server was found.
        The message key follows the thread queries; `type` (the comment number) follows
        the client SDKs' addQuickComment; `operateType` and its values are a guess.

        Calls ``POST qchat/updateQuickComment.action`` (operation ``qchatUpdateQuickComment`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "msgIdServer": msg_id_server,
            "msgTime": msg_time,
            "type": type,
            "operateType": operate_type,
        }
        return cast("Envelope", self._client._call(_UPDATE_QUICK_COMMENT, values))

    def update_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
        name: str | None = None,
        icon: str | None = None,
        ext: str | None = None,
        auths: dict[str, Any] | str | None = None,
        priority: int | None = None,
    ) -> QchatUpdateServerIdentifyResponse:
        """Update a server role.

        Changes the name, icon, extension, rank or permission switches of a server role
        and returns the updated role. Only the fields sent are changed. The permissions
        of the @everyone role can be changed only by the server's creator, and its other
        attributes not at all.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to update. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.
            name: New name of the role.
            icon: New icon URL of the role.
            ext: New app-defined extension of the role. At most 1024 characters.
            auths: Permission switches to change, as JSON text keyed by permission item
                code; on a server role use 1 to grant and -1 to deny. Sent as JSON; a
                str is taken as JSON text and sent as is.
            priority: New rank of the role; the smaller, the higher. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation, so its fields are inferred from createServerIdentify and
        from the client SDKs' updateServerRole options (serverId, roleId, name, icon,
        ext, auths, priority).

        Calls ``POST qchat/updateServerIdentify.action`` (operation ``qchatUpdateServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
            "name": name,
            "icon": icon,
            "ext": ext,
            "auths": auths,
            "priority": priority,
        }
        return cast(
            "QchatUpdateServerIdentifyResponse",
            self._client._call(_UPDATE_SERVER_IDENTIFY, values),
        )

    def update_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        faccid: str,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateUserIdentifyResponse:
        """Change a member's customised channel permissions.

        Sets permission switches of one member's customisation in a channel: 1 grants,
        -1 denies and 0 goes back to the setting of the member's roles. Switches not
        sent keep their value. Returns the updated customisation.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            faccid: Member whose customisation is changed. Not empty; at most 32
                characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server ends
        before this operation; fields inferred from createUserIdentify and the client
        SDKs' updateMemberRole options (serverId, channelId, accid, auths).

        Calls ``POST qchat/updateUserIdentify.action`` (operation ``qchatUpdateUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "faccid": faccid,
            "auths": auths,
        }
        return cast(
            "QchatUpdateUserIdentifyResponse",
            self._client._call(_UPDATE_USER_IDENTIFY, values),
        )


class AsyncQchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_query_thread_talk_meta(
        self,
        *,
        server_id: int,
        channel_id: int,
        query_msgs: list[QchatMessageKey] | str,
        accid: str | None = None,
    ) -> QchatBatchQueryThreadTalkMetaResponse:
        """Query the reply counts of several threads.

        For up to 100 root messages of one channel, returns the number of replies and
        the time of the last reply of each thread.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            query_msgs: Root messages to look up, at most 100, each as its server id and
                send time. Sent as JSON; a str is taken as JSON text and sent as is.
            accid: Account on whose behalf the threads are read. Not empty; at most 32
                characters. Required-ness confidence: low; the required column of the
                table was not preserved.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/jk0MjIyMjg?platform=server
        (2024-03-15). The stored copy lost the required column; `accid` is described as
        optional as in the thread history query. The answer example quotes msgIdServer
        as a string.

        Calls ``POST qchat/batchQueryThreadTalkMeta.action`` (operation ``qchatBatchQueryThreadTalkMeta`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "queryMsgs": query_msgs,
            "accid": accid,
        }
        return cast(
            "QchatBatchQueryThreadTalkMetaResponse",
            await self._client._call(_BATCH_QUERY_THREAD_TALK_META, values),
        )

    async def batch_update_server_identify_priority(
        self,
        *,
        accid: str,
        server_id: int,
        priorities: dict[str, Any] | str,
    ) -> QchatBatchUpdateServerIdentifyPriorityResponse:
        """Change the ranks of several server roles.

        Sets the rank of several custom server roles in one call. A smaller number ranks
        higher; a member may move only roles ranked below the highest role it holds, and
        the @everyone role keeps rank 0.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            priorities: New ranks as JSON text, an object from role id (as a string) to
                rank. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation. The wire name `priorities` and its shape (an object from
        role id to rank, as the client SDKs' updateServerRolePriorities returns) are a
        guess; check them against the page before relying on them.

        Calls ``POST qchat/batchUpdateServerIdentifyPriority.action`` (operation ``qchatBatchUpdateServerIdentifyPriority`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "priorities": priorities,
        }
        return cast(
            "QchatBatchUpdateServerIdentifyPriorityResponse",
            await self._client._call(_BATCH_UPDATE_SERVER_IDENTIFY_PRIORITY, values),
        )

    async def create_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int,
        server_role_id: int,
        category_id: int,
    ) -> QchatCreateChannelCategoryIdentifyResponse:
        """Create a channel-category role.

        Creates a role for a channel category, derived from a server role. It serves as
        the role template of the category's channels that synchronise with the category.
        Its switches start as "inherit" (0). Anyone but the server's creator needs the
        role-management permission in the category.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            server_role_id: Server role the category role derives from. Note: Typed
                String in the documentation tables; every example and response carries a
                decimal number, so it is described as int64.
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server
        (2024-07-17); the stored copy of the answer example stops after `serverRoleId`,
        the remaining keys follow the channel role.

        Calls ``POST qchat/createChannelCategoryIdentify.action`` (operation ``qchatCreateChannelCategoryIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "serverRoleId": server_role_id,
            "categoryId": category_id,
        }
        return cast(
            "QchatCreateChannelCategoryIdentifyResponse",
            await self._client._call(_CREATE_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    async def create_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        faccid: str,
    ) -> QchatCreateChannelCategoryUserIdentifyResponse:
        """Customise one member's permissions in a channel category.

        Creates a per-member permission customisation for one member in a channel
        category. Its switches start as "inherit", so the member keeps the permissions
        of its roles until updateChannelCategoryUserIdentify changes them.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            faccid: Member whose permissions are customised. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields inferred from the channel counterpart createUserIdentify
        (https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server)
        with categoryId in place of channelId.

        Calls ``POST qchat/createChannelCategoryUserIdentify.action`` (operation ``qchatCreateChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "faccid": faccid,
        }
        return cast(
            "QchatCreateChannelCategoryUserIdentifyResponse",
            await self._client._call(_CREATE_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    async def create_channel_identify(
        self,
        *,
        accid: str,
        server_id: int,
        server_role_id: int,
        channel_id: int,
    ) -> QchatCreateChannelIdentifyResponse:
        """Create a channel role.

        Creates a channel role derived from a server role, so that the permissions of
        that server role's members can differ inside one channel. Every switch of the
        new channel role starts as "inherit" (0), so nothing changes until
        updateChannelIdentify sets them. The caller needs the role-management and
        channel-management permissions and must be a member of the channel.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            server_role_id: Server role the channel role derives from. Note: Typed
                String in the documentation tables; every example and response carries a
                decimal number, so it is described as int64.
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server
        (2024-07-17); the stored copy of the answer example stops after `auths`, the
        remaining keys come from the client SDKs' channel role definition.

        Calls ``POST qchat/createChannelIdentify.action`` (operation ``qchatCreateChannelIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "serverRoleId": server_role_id,
            "channelId": channel_id,
        }
        return cast(
            "QchatCreateChannelIdentifyResponse",
            await self._client._call(_CREATE_CHANNEL_IDENTIFY, values),
        )

    async def create_custom_auth(
        self,
        *,
        name: str,
        ext: str | None = None,
    ) -> QchatCreateCustomAuthResponse:
        """Create a custom permission item.

        Adds an app-defined permission item (自定义权限项), for example "may send images" or
        "may post", next to the built-in ones. Once created, its code can be switched on
        or off in the `auths` of any role or member customisation like a built-in
        permission; the app enforces what it means.

        Args:
            name: Name of the permission item.
            ext: App-defined extension of the permission item.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds only the introduction of the page, not its field tables. The fields `name`
        and `ext` and the answer are a plausible reading, not documented.

        Calls ``POST qchat/createCustomAuth.action`` (operation ``qchatCreateCustomAuth`` in the spec).
        """
        values = {
            "name": name,
            "ext": ext,
        }
        return cast(
            "QchatCreateCustomAuthResponse",
            await self._client._call(_CREATE_CUSTOM_AUTH, values),
        )

    async def create_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        type: int,
        name: str,
        icon: str | None = None,
        ext: str | None = None,
        priority: int | None = None,
    ) -> QchatCreateServerIdentifyResponse:
        """Create a custom server role.

        Creates a custom role (身份组) in a QChat server and returns it. A new role starts
        with the union of the permissions the existing roles grant; change them
        afterwards with updateServerIdentify. A server holds at most 20 roles unless the
        limit was raised in the console. Anyone but the server's creator needs the
        role-management permission.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            type: Kind of role; only 2 (a custom role) can be created. One of 2.
            name: Name of the role.
            icon: Icon URL of the role.
            ext: App-defined extension of the role. At most 1024 characters.
            priority: Rank of the role: the smaller the number, the higher the rank, 1
                being the highest. Members with role-management permission may edit only
                roles ranked below their own. At least 1. Confidence: low; listed only
                on the retired role page (typed String there), cut off in the stored
                copy of the current page. Required-ness confidence: low; optional on the
                retired page.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
        (2024-07-17) and the retired page
        https://doc.yunxin.163.com/messaging/server-apis/DYzOTQzMzI?platform=server,
        which also lists `priority`.

        Calls ``POST qchat/createServerIdentify.action`` (operation ``qchatCreateServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "type": type,
            "name": name,
            "icon": icon,
            "ext": ext,
            "priority": priority,
        }
        return cast(
            "QchatCreateServerIdentifyResponse",
            await self._client._call(_CREATE_SERVER_IDENTIFY, values),
        )

    async def create_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
        faccids: list[str] | str,
    ) -> QchatCreateServerIdentifyMemberResponse:
        """Add members to a server role.

        Puts up to 100 server members into a server role. The caller needs the
        role-management permission (the server's creator has it). The answer lists the
        accounts that were added and those that were not.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to add the members to. Note: Typed String in the
                documentation tables; every example and response carries a decimal
                number, so it is described as int64.
            faccids: Accounts to add, at most 100. Sent as JSON; a str is taken as JSON
                text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
        (2024-07-17).

        Calls ``POST qchat/createServerIdentifyMember.action`` (operation ``qchatCreateServerIdentifyMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
            "faccids": faccids,
        }
        return cast(
            "QchatCreateServerIdentifyMemberResponse",
            await self._client._call(_CREATE_SERVER_IDENTIFY_MEMBER, values),
        )

    async def create_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        faccid: str,
    ) -> QchatCreateUserIdentifyResponse:
        """Customise one member's permissions in a channel.

        Creates a per-member permission customisation (定制权限) for one member of a
        channel. Its switches start as "inherit", so the member keeps the permissions of
        its channel roles until updateUserIdentify changes them. Anyone but the server's
        creator needs the role-management and channel-management permissions and must be
        a member of the channel.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            faccid: Member whose permissions are customised. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server
        (2024-07-17).

        Calls ``POST qchat/createUserIdentify.action`` (operation ``qchatCreateUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "faccid": faccid,
        }
        return cast(
            "QchatCreateUserIdentifyResponse",
            await self._client._call(_CREATE_USER_IDENTIFY, values),
        )

    async def delete_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        role_id: int,
    ) -> Envelope:
        """Delete a channel-category role.

        Deletes a role of a channel category.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            role_id: Category role to delete. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server ends
        before this operation; fields inferred from the other category role operations.

        Calls ``POST qchat/deleteChannelCategoryIdentify.action`` (operation ``qchatDeleteChannelCategoryIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "roleId": role_id,
        }
        return cast(
            "Envelope",
            await self._client._call(_DELETE_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    async def delete_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        faccid: str,
    ) -> Envelope:
        """Remove a member's channel-category permission customisation.

        Deletes the permission customisation of one member in a channel category; the
        member goes back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            faccid: Member whose customisation is removed. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields inferred from deleteUserIdentify with categoryId in place of channelId.

        Calls ``POST qchat/deleteChannelCategoryUserIdentify.action`` (operation ``qchatDeleteChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "faccid": faccid,
        }
        return cast(
            "Envelope",
            await self._client._call(_DELETE_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    async def delete_channel_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        role_id: int,
    ) -> Envelope:
        """Delete a channel role.

        Deletes a channel role; inside that channel its members fall back to the
        permissions of the server role.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            role_id: Channel role to delete. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server ends
        before this operation; fields inferred from the other channel role operations.

        Calls ``POST qchat/deleteChannelIdentify.action`` (operation ``qchatDeleteChannelIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "roleId": role_id,
        }
        return cast(
            "Envelope", await self._client._call(_DELETE_CHANNEL_IDENTIFY, values)
        )

    async def delete_custom_auth(
        self,
        *,
        auth_bit: int,
    ) -> Envelope:
        """Delete a custom permission item.

        Deletes an app-defined permission item by its code.

        Args:
            auth_bit: Code of the permission item to delete.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds no field tables; the field `authBit` is inferred from the name of
        listCustomAuthByAuthBits.

        Calls ``POST qchat/deleteCustomAuth.action`` (operation ``qchatDeleteCustomAuth`` in the spec).
        """
        values = {
            "authBit": auth_bit,
        }
        return cast("Envelope", await self._client._call(_DELETE_CUSTOM_AUTH, values))

    async def delete_server_identify_member(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
        faccids: list[str] | str,
    ) -> QchatDeleteServerIdentifyMemberResponse:
        """Remove members from a server role.

        Takes up to 100 accounts out of a server role; they stay members of the server.
        The caller needs the role-management permission (the server's creator has it).
        The answer lists the accounts removed and those that were not.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to remove the members from. Note: Typed String in the
                documentation tables; every example and response carries a decimal
                number, so it is described as int64.
            faccids: Accounts to remove, at most 100. Sent as JSON; a str is taken as
                JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server ends
        at the start of this operation; fields and answer assumed to mirror
        createServerIdentifyMember.

        Calls ``POST qchat/deleteServerIdentifyMember.action`` (operation ``qchatDeleteServerIdentifyMember`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
            "faccids": faccids,
        }
        return cast(
            "QchatDeleteServerIdentifyMemberResponse",
            await self._client._call(_DELETE_SERVER_IDENTIFY_MEMBER, values),
        )

    async def delete_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        faccid: str,
    ) -> Envelope:
        """Remove a member's channel permission customisation.

        Deletes the permission customisation of one member in a channel; the member goes
        back to the permissions of its roles.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            faccid: Member whose customisation is removed. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server ends
        before this operation; fields assumed to mirror createUserIdentify.

        Calls ``POST qchat/deleteUserIdentify.action`` (operation ``qchatDeleteUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "faccid": faccid,
        }
        return cast("Envelope", await self._client._call(_DELETE_USER_IDENTIFY, values))

    async def get_channel_category_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelCategoryIdentifyResponse:
        """List the roles of a channel category, page by page.

        Returns one page of the roles of a channel category. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server ends
        before this operation; fields and answer follow the other paged role queries.

        Calls ``POST qchat/getChannelCategoryIdentify.action`` (operation ``qchatGetChannelCategoryIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelCategoryIdentifyResponse",
            await self._client._call(_GET_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    async def get_channel_category_user_identify(
        self,
        *,
        server_id: int,
        category_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelCategoryUserIdentifyResponse:
        """List the members with customised permissions in a channel category.

        Returns one page of the per-member permission customisations of a channel
        category. Pass `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. Not empty; at
                most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields and answer follow the other paged role queries.

        Calls ``POST qchat/getChannelCategoryUserIdentify.action`` (operation ``qchatGetChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "serverId": server_id,
            "categoryId": category_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelCategoryUserIdentifyResponse",
            await self._client._call(_GET_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    async def get_channel_identify_pages(
        self,
        *,
        server_id: int,
        channel_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetChannelIdentifyPagesResponse:
        """List the roles of a channel, page by page.

        Returns one page of the channel roles of a channel. Pass `nextTimetag` from
        `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server ends
        before this operation; fields and answer follow the other paged role queries
        (https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server).

        Calls ``POST qchat/getChannelIdentifyPages.action`` (operation ``qchatGetChannelIdentifyPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetChannelIdentifyPagesResponse",
            await self._client._call(_GET_CHANNEL_IDENTIFY_PAGES, values),
        )

    async def get_server_identify_member_pages(
        self,
        *,
        server_id: int,
        role_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerIdentifyMemberPagesResponse:
        """List the members of a server role, page by page.

        Returns one page of the members of a server role, newest first. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role whose members are listed. Note: Typed String in the
                documentation tables; every example and response carries a decimal
                number, so it is described as int64.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of members on the page. At least 1; at most 200.
            accid: Account on whose behalf the members are read. Not empty; at most 32
                characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server ends
        before this operation; fields follow the other paged QChat queries (timetag,
        limit, pageInfo) and the answer key `members` follows
        https://doc.yunxin.163.com/messaging/server-apis/TQxMjEwNDg?platform=server.

        Calls ``POST qchat/getServerIdentifyMemberPages.action`` (operation ``qchatGetServerIdentifyMemberPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "roleId": role_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerIdentifyMemberPagesResponse",
            await self._client._call(_GET_SERVER_IDENTIFY_MEMBER_PAGES, values),
        )

    async def get_server_identify_pages(
        self,
        *,
        server_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetServerIdentifyPagesResponse:
        """List the roles of a server, page by page.

        Returns one page of a server's roles, ordered by rank. The first page always
        includes the @everyone role, so it may hold one more role than `limit`. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.
            accid: Account on whose behalf the roles are read; when given, its
                permission to see them is checked. Not empty; at most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation. Fields and answer follow the other paged role query,
        https://doc.yunxin.163.com/messaging/server-apis/TAxMDQ5MDM?platform=server
        (pageInfo and identifies).

        Calls ``POST qchat/getServerIdentifyPages.action`` (operation ``qchatGetServerIdentifyPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetServerIdentifyPagesResponse",
            await self._client._call(_GET_SERVER_IDENTIFY_PAGES, values),
        )

    async def get_user_identify_pages(
        self,
        *,
        server_id: int,
        channel_id: int,
        timetag: int,
        limit: int,
        accid: str | None = None,
    ) -> QchatGetUserIdentifyPagesResponse:
        """List the members with customised permissions in a channel.

        Returns one page of the per-member permission customisations of a channel. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of customisations on the page. At least 1.
            accid: Account on whose behalf the customisations are read. Not empty; at
                most 32 characters.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server ends
        before this operation; fields and answer follow the other paged role queries.

        Calls ``POST qchat/getUserIdentifyPages.action`` (operation ``qchatGetUserIdentifyPages`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "timetag": timetag,
            "limit": limit,
            "accid": accid,
        }
        return cast(
            "QchatGetUserIdentifyPagesResponse",
            await self._client._call(_GET_USER_IDENTIFY_PAGES, values),
        )

    async def get_user_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        timetag: int | None = None,
        limit: int | None = None,
    ) -> QchatGetUserServerIdentifyResponse:
        """List the server roles a member holds.

        Returns one page of the server roles held by one member of a server. Pass
        `nextTimetag` from `pageInfo` as `timetag` for the next page.

        Args:
            accid: Member whose roles are listed. Not empty; at most 32 characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            timetag: Paging anchor in epoch milliseconds: 0 asks for the newest page,
                and the `nextTimetag` of the previous page asks for the next one. At
                least 0.
            limit: Maximum number of roles on the page. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server ends
        before this operation (titled "page through the roles a user belongs to");
        fields inferred from the title and the other paged role queries.

        Calls ``POST qchat/getUserServerIdentify.action`` (operation ``qchatGetUserServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "timetag": timetag,
            "limit": limit,
        }
        return cast(
            "QchatGetUserServerIdentifyResponse",
            await self._client._call(_GET_USER_SERVER_IDENTIFY, values),
        )

    async def list_all_custom_auth(
        self,
    ) -> QchatListAllCustomAuthResponse:
        """List every custom permission item.

        Returns all app-defined permission items of the app.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds no field tables; described as taking no fields and answering the items
        under `data`.

        Calls ``POST qchat/listAllCustomAuth.action`` (operation ``qchatListAllCustomAuth`` in the spec).
        """
        return cast(
            "QchatListAllCustomAuthResponse",
            await self._client._call(_LIST_ALL_CUSTOM_AUTH, {}),
        )

    async def list_custom_auth_by_auth_bits(
        self,
        *,
        auth_bits: list[int] | str,
    ) -> QchatListCustomAuthByAuthBitsResponse:
        """Look up custom permission items by code.

        Returns the app-defined permission items with the given codes.

        Args:
            auth_bits: Codes of the permission items to look up, as a JSON array. Sent
                as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zk3MzE0MjA?platform=server
        holds no field tables; the field `authBits` is inferred from the operation name.

        Calls ``POST qchat/listCustomAuthByAuthBits.action`` (operation ``qchatListCustomAuthByAuthBits`` in the spec).
        """
        values = {
            "authBits": auth_bits,
        }
        return cast(
            "QchatListCustomAuthByAuthBitsResponse",
            await self._client._call(_LIST_CUSTOM_AUTH_BY_AUTH_BITS, values),
        )

    async def query_channel_un_read_mentioned_msg_page(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        time_tag: int | None = None,
        limit: int | None = None,
    ) -> QchatQueryChannelUnReadMentionedMsgPageResponse:
        """Query the unread messages that mention a member.

        Returns the unread messages of a channel that mention `accid`: by account,
        through a role it holds (other than @everyone) or by mentioning everyone. The
        search runs backwards from `timeTag` to the last message the member has read, up
        to 200 messages.

        Args:
            accid: Member whose mentions are looked up. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            time_tag: Where the backward search starts, epoch milliseconds; now when
                omitted.
            limit: Maximum number of messages to return. At least 1; at most 200.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zYzNTM4MTQ?platform=server
        (2024-07-17). The stored copy lost the required column; the fields with a stated
        default are described as optional. The keys inside pageInfo are not listed there
        and are assumed to match the other paged QChat queries.

        Calls ``POST qchat/queryChannelUnReadMentionedMsgPage.action`` (operation ``qchatQueryChannelUnReadMentionedMsgPage`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "timeTag": time_tag,
            "limit": limit,
        }
        return cast(
            "QchatQueryChannelUnReadMentionedMsgPageResponse",
            await self._client._call(_QUERY_CHANNEL_UN_READ_MENTIONED_MSG_PAGE, values),
        )

    async def query_history_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        from_time: int | None = None,
        to_time: int | None = None,
        exclude_msg_id: int | None = None,
        limit: int | None = None,
        reverse: int | None = None,
    ) -> QchatQueryHistoryMsgResponse:
        """Query a channel's cloud message history.

        Returns up to 100 messages of a channel sent between `fromTime` and `toTime`,
        newest first unless `reverse` is 1. To page, send the id of the last message of
        the previous page as `excludeMsgId` and move the time bound to its send time;
        this skips messages sharing that timestamp correctly.

        Args:
            accid: Account on whose behalf the history is read. Not empty; at most 32
                characters. Required-ness confidence: low; the required column of the
                table was not preserved.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            exclude_msg_id: Server id of a message to leave out, normally the last
                message of the previous page.
            limit: Maximum number of messages to return. At least 1; at most 100.
            reverse: 0 walks from now into the past (newest first), 1 the other way. One
                of 0, 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.yunxin.163.com/messaging/server-apis/zE5NjI2NDM?platform=server
        (2024-07-17). The stored copy lost the required column; the fields with a stated
        default are described as optional.

        Calls ``POST qchat/queryHistoryMsg.action`` (operation ``qchatQueryHistoryMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "fromTime": from_time,
            "toTime": to_time,
            "excludeMsgId": exclude_msg_id,
            "limit": limit,
            "reverse": reverse,
        }
        return cast(
            "QchatQueryHistoryMsgResponse",
            await self._client._call(_QUERY_HISTORY_MSG, values),
        )

    async def query_identify_resources(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int | None = None,
    ) -> QchatQueryIdentifyResourcesResponse:
        """Query the permissions a member has.

        Returns the permissions one member actually has in a server or, when `channelId`
        is given, in one channel, after combining its roles, channel roles and personal
        customisations.

        Args:
            accid: Member whose permissions are queried. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Channel to evaluate the permissions in; the server level when
                omitted. Note: Typed String in most documentation tables and Long in the
                newer message pages; every example is a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/TM4MjQ2NTI?platform=server ("query the
        permissions a user has") was found; fields and answer are inferred from the
        title and the client SDKs' checkPermission options (serverId, optional
        channelId).

        Calls ``POST qchat/queryIdentifyResources.action`` (operation ``qchatQueryIdentifyResources`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
        }
        return cast(
            "QchatQueryIdentifyResourcesResponse",
            await self._client._call(_QUERY_IDENTIFY_RESOURCES, values),
        )

    async def query_quick_comment(
        self,
        *,
        server_id: int,
        channel_id: int,
        query_msgs: list[QchatMessageKey] | str,
    ) -> QchatQueryQuickCommentResponse:
        """Query the quick comments of messages.

        Returns the quick comments (reactions) on up to 100 messages of one channel,
        grouped by comment number.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            query_msgs: Messages to look up, at most 100, each as its server id and send
                time. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/DQ0MTQ0OTE?platform=server was found.
        The request follows batchQueryThreadTalkMeta (a JSON list of message keys); the
        answer's shape is a guess.

        Calls ``POST qchat/queryQuickComment.action`` (operation ``qchatQueryQuickComment`` in the spec).
        """
        values = {
            "serverId": server_id,
            "channelId": channel_id,
            "queryMsgs": query_msgs,
        }
        return cast(
            "QchatQueryQuickCommentResponse",
            await self._client._call(_QUERY_QUICK_COMMENT, values),
        )

    async def query_thread_talk_history(
        self,
        *,
        server_id: int,
        channel_id: int,
        msg_id_server: int,
        msg_time: int,
        accid: str | None = None,
        exclude_msg_id: int | None = None,
        from_time: int | None = None,
        to_time: int | None = None,
        limit: int | None = None,
        reverse: bool | None = None,
    ) -> QchatQueryThreadTalkHistoryResponse:
        """Query the replies of a thread.

        Returns the root message of a thread (a message and the tree of replies to it),
        the number of replies, the time of the last reply and up to 100 replies. The
        thread is identified by the server id and send time of its root message. Page
        with `excludeMsgId` as in queryHistoryMsg.

        Args:
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            msg_id_server: Server-side id of the thread's root message.
            msg_time: Send time of the thread's root message, epoch milliseconds.
            accid: Account on whose behalf the thread is read. Not empty; at most 32
                characters.
            exclude_msg_id: Server id of a reply to leave out, normally the last reply
                of the previous page.
            from_time: Start of the time range, epoch milliseconds. At least 0.
            to_time: End of the time range, epoch milliseconds; now when omitted.
            limit: Maximum number of replies to return. At least 1; at most 100.
            reverse: false walks from now into the past (newest first), true the other
                way.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Note: Fields and answer from
        https://doc.commsease.com/messaging/server-apis/jQ2NDMzNzA?platform=server
        (2025-11-13).

        Calls ``POST qchat/queryThreadTalkHistory.action`` (operation ``qchatQueryThreadTalkHistory`` in the spec).
        """
        values = {
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
        }
        return cast(
            "QchatQueryThreadTalkHistoryResponse",
            await self._client._call(_QUERY_THREAD_TALK_HISTORY, values),
        )

    async def remove_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
    ) -> Envelope:
        """Delete a server role.

        Deletes a custom server role; its members lose the permissions it granted. The
        @everyone role cannot be deleted.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to delete. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation; fields inferred from the other role operations.

        Calls ``POST qchat/removeServerIdentify.action`` (operation ``qchatRemoveServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
        }
        return cast(
            "Envelope", await self._client._call(_REMOVE_SERVER_IDENTIFY, values)
        )

    async def send_attach_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int | None = None,
        to_accids: list[str] | str | None = None,
        body: str | None = None,
        attach: str | None = None,
        ext: str | None = None,
        persist_enable: bool | None = None,
        push_enable: bool | None = None,
        push_content: str | None = None,
        need_badge: bool | None = None,
    ) -> QchatSendAttachMsgResponse:
        """Send a custom QChat system notification.

        Sends an app-defined system notification, which is not stored in the message
        history, to the members of a server or of a channel, or only to the accounts in
        `toAccids`. With `persistEnable` a notification to listed accounts is also kept
        for those offline until they log in.

        Args:
            accid: Account that sends the notification. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Channel whose members receive the notification; the whole server
                when omitted. Note: Typed String in most documentation tables and Long
                in the newer message pages; every example is a decimal number, so it is
                described as int64.
            to_accids: Accounts to notify instead of every member of the server or
                channel. Sent as JSON; a str is taken as JSON text and sent as is.
            body: Text of the notification.
            attach: App-defined payload of the notification; JSON text is recommended.
            ext: App-defined extension of the notification.
            persist_enable: Keep the notification for offline accounts until they log
                in; only with `toAccids`.
            push_enable: Also send a mobile push for the notification.
            push_content: Text of the mobile push.
            need_badge: Count the notification in the app badge.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jQ2MjQwNDg?platform=server was found.
        Fields follow the client SDKs' QChatSendSystemNotificationParam (serverId,
        channelId, toAccids, body, attach, persistEnable, pushEnable, pushContent,
        needBadge;
        https://pub.dev/documentation/nim_core/latest/nim_core/QChatSendSystemNotificationParam-class.html)
        plus the sender; wire names and boolean encoding are not confirmed.

        Calls ``POST qchat/sendAttachMsg.action`` (operation ``qchatSendAttachMsg`` in the spec).
        """
        values = {
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
        }
        return cast(
            "QchatSendAttachMsgResponse",
            await self._client._call(_SEND_ATTACH_MSG, values),
        )

    async def send_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        type: int,
        body: str | None = None,
        attach: dict[str, Any] | str | None = None,
        ext: str | None = None,
    ) -> QchatSendMsgResponse:
        """Send a message to a QChat channel.

        Sends a message into a channel of a QChat server in the name of `accid`, who
        must be allowed to send messages there. The message is kept in the channel's
        cloud history.

        Args:
            accid: Account that sends the message. Not empty; at most 32 characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            type: Message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                10 tip, 100 custom.
            body: Text of the message (the content of a text message).
            attach: Attachment of a media or custom message, as JSON text. Sent as JSON;
                a str is taken as JSON text and sent as is.
            ext: App-defined extension of the message; JSON text is recommended.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/zI5ODE5MzY?platform=server was found.
        The fields are the message fields the history queries return
        (https://doc.yunxin.163.com/messaging/server-apis/zE5NjI2NDM?platform=server:
        type, body, attach, ext) plus the sender and the channel; the type codes and the
        answer are assumed to follow the IM message conventions.

        Calls ``POST qchat/sendMsg.action`` (operation ``qchatSendMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "type": type,
            "body": body,
            "attach": attach,
            "ext": ext,
        }
        return cast("QchatSendMsgResponse", await self._client._call(_SEND_MSG, values))

    async def update_attach_msg(
        self,
        *,
        accid: str,
        msg_id_server: int,
        type: int,
        body: str | None = None,
        ext: str | None = None,
        status: int | None = None,
    ) -> Envelope:
        """Update a custom QChat system notification.

        Changes the text, extension or status of a QChat system notification already
        sent, identified by its server id and its notification type.

        Args:
            accid: Account that performs the update. Not empty; at most 32 characters.
            msg_id_server: Server-side id of the notification to update.
            type: Type of the notification to update (the custom notification type for
                notifications sent with sendAttachMsg).
            body: New text of the notification.
            ext: New app-defined extension of the notification.
            status: New app-defined status of the notification (10000 and above). At
                least 10000.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jU0ODU4Nzc?platform=server was found.
        Fields follow the client SDKs' QChatUpdateSystemNotificationParam
        (msg_server_id, msg_type, status, msg_body, msg_ext;
        https://github.com/netease-im/node-nim/wiki/qchat_def.system_notification_def.QChatUpdateSystemNotificationParam)
        with the wire names of sendAttachMsg; not confirmed.

        Calls ``POST qchat/updateAttachMsg.action`` (operation ``qchatUpdateAttachMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "msgIdServer": msg_id_server,
            "type": type,
            "body": body,
            "ext": ext,
            "status": status,
        }
        return cast("Envelope", await self._client._call(_UPDATE_ATTACH_MSG, values))

    async def update_channel_category_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        role_id: int,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateChannelCategoryIdentifyResponse:
        """Change the permissions of a channel-category role.

        Sets permission switches of a category role: 1 grants, -1 denies and 0 goes back
        to the server role's setting. Switches not sent keep their value. Returns the
        updated category role.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            role_id: Category role to update. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/zQzODk3NjA?platform=server ends
        before this operation; fields inferred from createChannelCategoryIdentify and
        the client SDKs' updateChannelCategoryRole options.

        Calls ``POST qchat/updateChannelCategoryIdentify.action`` (operation ``qchatUpdateChannelCategoryIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "roleId": role_id,
            "auths": auths,
        }
        return cast(
            "QchatUpdateChannelCategoryIdentifyResponse",
            await self._client._call(_UPDATE_CHANNEL_CATEGORY_IDENTIFY, values),
        )

    async def update_channel_category_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        category_id: int,
        faccid: str,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateChannelCategoryUserIdentifyResponse:
        """Change a member's customised channel-category permissions.

        Sets permission switches of one member's customisation in a channel category: 1
        grants, -1 denies and 0 goes back to the setting of the member's roles. Switches
        not sent keep their value.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            category_id: Id of a channel category inside a QChat server. Note: Typed
                String in the channel-category role tables and Long in the
                channel-category pages; every example is a decimal number.
            faccid: Member whose customisation is changed. Not empty; at most 32
                characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/jYyMDU1MTI?platform=server was found;
        fields inferred from updateUserIdentify with categoryId in place of channelId.

        Calls ``POST qchat/updateChannelCategoryUserIdentify.action`` (operation ``qchatUpdateChannelCategoryUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "categoryId": category_id,
            "faccid": faccid,
            "auths": auths,
        }
        return cast(
            "QchatUpdateChannelCategoryUserIdentifyResponse",
            await self._client._call(_UPDATE_CHANNEL_CATEGORY_USER_IDENTIFY, values),
        )

    async def update_channel_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        role_id: int,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateChannelIdentifyResponse:
        """Change the permissions of a channel role.

        Sets permission switches of a channel role: 1 grants, -1 denies and 0 goes back
        to inheriting the server role's setting. Switches not sent keep their value.
        Returns the updated channel role.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            role_id: Channel role to update. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/Dg1NDY3NTU?platform=server ends
        before this operation; fields inferred from createChannelIdentify and the client
        SDKs' updateChannelRole options (serverId, channelId, roleId, auths).

        Calls ``POST qchat/updateChannelIdentify.action`` (operation ``qchatUpdateChannelIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "roleId": role_id,
            "auths": auths,
        }
        return cast(
            "QchatUpdateChannelIdentifyResponse",
            await self._client._call(_UPDATE_CHANNEL_IDENTIFY, values),
        )

    async def update_msg(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        msg_id_server: int,
        msg_time: int,
        body: str | None = None,
        ext: str | None = None,
    ) -> QchatUpdateMsgResponse:
        """Update a QChat channel message.

        Changes the text or extension of a message already sent to a channel; the
        clients receive the updated message. The message is identified by its server id
        and send time.

        Args:
            accid: Account that performs the update. Not empty; at most 32 characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            msg_id_server: Server-side id of the message to update.
            msg_time: Send time of the message, epoch milliseconds.
            body: New text of the message.
            ext: New app-defined extension of the message.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/zI2MDUzNzk?platform=server was found.
        Fields inferred from the message key the thread queries use (msgIdServer,
        msgTime) and the client SDKs' updateMessage (body, ext).

        Calls ``POST qchat/updateMsg.action`` (operation ``qchatUpdateMsg`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "msgIdServer": msg_id_server,
            "msgTime": msg_time,
            "body": body,
            "ext": ext,
        }
        return cast(
            "QchatUpdateMsgResponse", await self._client._call(_UPDATE_MSG, values)
        )

    async def update_quick_comment(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        msg_id_server: int,
        msg_time: int,
        type: int,
        operate_type: int,
    ) -> Envelope:
        """Add or remove a quick comment on a message.

        Adds or removes a quick comment (a reaction: an app-defined number, not a
        message) on a channel message in the name of `accid`. Quick comments must be
        enabled for the app on top of QChat.

        Args:
            accid: Account that adds or removes the comment. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            msg_id_server: Server-side id of the commented message.
            msg_time: Send time of the commented message, epoch milliseconds.
            type: The comment, an app-defined number (for example the code of an emoji).
            operate_type: 1 adds the comment, 2 removes it. One of 1, 2.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; no stored copy of
        https://doc.yunxin.163.com/messaging/docs/DUxNDg0OTA?platform=server was found.
        The message key follows the thread queries; `type` (the comment number) follows
        the client SDKs' addQuickComment; `operateType` and its values are a guess.

        Calls ``POST qchat/updateQuickComment.action`` (operation ``qchatUpdateQuickComment`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "msgIdServer": msg_id_server,
            "msgTime": msg_time,
            "type": type,
            "operateType": operate_type,
        }
        return cast("Envelope", await self._client._call(_UPDATE_QUICK_COMMENT, values))

    async def update_server_identify(
        self,
        *,
        accid: str,
        server_id: int,
        role_id: int,
        name: str | None = None,
        icon: str | None = None,
        ext: str | None = None,
        auths: dict[str, Any] | str | None = None,
        priority: int | None = None,
    ) -> QchatUpdateServerIdentifyResponse:
        """Update a server role.

        Changes the name, icon, extension, rank or permission switches of a server role
        and returns the updated role. Only the fields sent are changed. The permissions
        of the @everyone role can be changed only by the server's creator, and its other
        attributes not at all.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            role_id: Server role to update. Note: Typed String in the documentation
                tables; every example and response carries a decimal number, so it is
                described as int64.
            name: New name of the role.
            icon: New icon URL of the role.
            ext: New app-defined extension of the role. At most 1024 characters.
            auths: Permission switches to change, as JSON text keyed by permission item
                code; on a server role use 1 to grant and -1 to deny. Sent as JSON; a
                str is taken as JSON text and sent as is.
            priority: New rank of the role; the smaller, the higher. At least 1.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server ends
        before this operation, so its fields are inferred from createServerIdentify and
        from the client SDKs' updateServerRole options (serverId, roleId, name, icon,
        ext, auths, priority).

        Calls ``POST qchat/updateServerIdentify.action`` (operation ``qchatUpdateServerIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "roleId": role_id,
            "name": name,
            "icon": icon,
            "ext": ext,
            "auths": auths,
            "priority": priority,
        }
        return cast(
            "QchatUpdateServerIdentifyResponse",
            await self._client._call(_UPDATE_SERVER_IDENTIFY, values),
        )

    async def update_user_identify(
        self,
        *,
        accid: str,
        server_id: int,
        channel_id: int,
        faccid: str,
        auths: dict[str, Any] | str,
    ) -> QchatUpdateUserIdentifyResponse:
        """Change a member's customised channel permissions.

        Sets permission switches of one member's customisation in a channel: 1 grants,
        -1 denies and 0 goes back to the setting of the member's roles. Switches not
        sent keep their value. Returns the updated customisation.

        Args:
            accid: Account that performs the operation. Not empty; at most 32
                characters.
            server_id: Id of a QChat server, assigned when the server is created. Note:
                The newer documentation tables type serverId as Long, older ones as
                String ("unique identifier of the server"); every example and response
                carries a decimal number, so it is described as int64. Sources:
                https://doc.commsease.com/messaging/server-apis/DI4NzcyMTc?platform=server
                (Long) and
                https://doc.yunxin.163.com/messaging/server-apis/jg5NDM3ODE?platform=server
                (String).
            channel_id: Id of a channel inside a QChat server. Note: Typed String in
                most documentation tables and Long in the newer message pages; every
                example is a decimal number, so it is described as int64.
            faccid: Member whose customisation is changed. Not empty; at most 32
                characters.
            auths: Permission switches to change, as JSON text; 1 grant, -1 deny, 0
                inherit. Sent as JSON; a str is taken as JSON text and sent as is.

        Returns:
            The response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app for each QChat operation by default; blocked for
        10 s when exceeded.

        Confidence: low; the stored copy of
        https://doc.yunxin.163.com/messaging/server-apis/Tc2MjEzMTk?platform=server ends
        before this operation; fields inferred from createUserIdentify and the client
        SDKs' updateMemberRole options (serverId, channelId, accid, auths).

        Calls ``POST qchat/updateUserIdentify.action`` (operation ``qchatUpdateUserIdentify`` in the spec).
        """
        values = {
            "accid": accid,
            "serverId": server_id,
            "channelId": channel_id,
            "faccid": faccid,
            "auths": auths,
        }
        return cast(
            "QchatUpdateUserIdentifyResponse",
            await self._client._call(_UPDATE_USER_IDENTIFY, values),
        )
