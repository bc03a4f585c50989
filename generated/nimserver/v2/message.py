# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``message`` operations, reached as ``client.v2.message``: Sending, changing,
recalling and reading one-to-one and team messages, read receipts, history, threads and
quick comments.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, JsonText, ListOf, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2AntispamConfig,
    V2MessageAddQuickCommentData,
    V2MessageAiParams,
    V2MessageBatchQueryMessagesData,
    V2MessageBatchQueryQuickCommentsData,
    V2MessageBatchSendP2pMessageData,
    V2MessageBody,
    V2MessageConfig,
    V2MessageDeleteQuickCommentData,
    V2MessageItem,
    V2MessageModification,
    V2MessageModifyMessageData,
    V2MessageModifyMessageMessageConfig,
    V2MessageP2pOption,
    V2MessageQueryMessagesByPageData,
    V2MessageQueryTeamReadReceiptData,
    V2MessageQueryThreadMessagesData,
    V2MessageQuickCommentTarget,
    V2MessageRagInfo,
    V2MessageRef,
    V2MessageRobotConfig,
    V2MessageSearchMessagesData,
    V2MessageSendP2pReadReceiptData,
    V2MessageSendTeamReadReceiptData,
    V2MessageSent,
    V2MessageStream,
    V2MessageStreamMessageData,
    V2MessageStreamMessageMessageConfig,
    V2MessageSuperTeamOption,
    V2MessageTargetOption,
    V2MessageTeamOption,
    V2MessageThreadConfig,
    V2PushConfig,
    V2PushContent,
    V2RouteConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2MessageOperations", "V2MessageOperations"]

_ADD_QUICK_COMMENT = Endpoint(
    "im/v2/messages/actions/quick_comment",
    (
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_id` must be given.",
                    "One quick comment without `operator_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "index",
            "index",
            Number(integral=True, minimum=1, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `index` must be given.",
                    "One quick comment without `index`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
        Field(
            "message",
            "message",
            _shapes.V2MessageQuickCommentTarget,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given.",
                    "One quick comment without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_BATCH_QUERY_MESSAGES = Endpoint(
    "im/v2.1/conversations/{conversation_id}/batch_messages",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "messages",
            "messages",
            ListOf(_shapes.V2MessageRef, min_items=1),
            required=True,
            where="body",
        ),
    ),
    safe_to_repeat=True,
    method="POST",
    rest=True,
    has_body=True,
)

_BATCH_QUERY_QUICK_COMMENTS = Endpoint(
    "im/v2/messages/actions/quick_comment",
    (
        Field(
            "messages",
            "messages",
            ListOf(_shapes.V2MessageQuickCommentTarget, min_items=1),
            required=True,
            where="body",
        ),
    ),
    safe_to_repeat=True,
    method="POST",
    rest=True,
    has_body=True,
)

_BATCH_SEND_P2P_MESSAGE = Endpoint(
    "im/v2/conversations/messages",
    (
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `sender_id` must be given.",
                    "One batch send without `sender_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "receiver_ids",
            "receiver_ids",
            ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `receiver_ids` must be given.",
                    "One batch send without `receiver_ids`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message",
            "message",
            _shapes.V2MessageBody,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given.",
                    "One batch send without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_config", "message_config", _shapes.V2MessageConfig, where="body"
        ),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
        Field(
            "antispam_config", "antispam_config", _shapes.V2AntispamConfig, where="body"
        ),
        Field("need_message_detail", "need_message_detail", Bool(), where="body"),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
        Field("p2p_option", "p2p_option", _shapes.V2MessageP2pOption, where="body"),
        Field("sender_no_sense", "sender_no_sense", Bool(), where="body"),
        Field("receiver_no_sense", "receiver_no_sense", Bool(), where="body"),
        Field("extension", "extension", Str(max_length=1024), where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_DELETE_CONVERSATION_MESSAGES = Endpoint(
    "im/v2/conversations/{conversation_id}/messages",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field("type", "type", OneOf((1, 2, 3)), required=True, where="query"),
    ),
    method="DELETE",
    rest=True,
)

_DELETE_QUICK_COMMENT = Endpoint(
    "im/v2/messages/actions/quick_comment",
    (
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_id` must be given.",
                    "One quick-comment removal without `operator_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "index",
            "index",
            Number(integral=True, minimum=1, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `index` must be given.",
                    "One quick-comment removal without `index`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
        Field(
            "message",
            "message",
            _shapes.V2MessageQuickCommentTarget,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given.",
                    "One quick-comment removal without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
    ),
    method="DELETE",
    rest=True,
    has_body=True,
)

_MODIFY_MESSAGE = Endpoint(
    "im/v2/messages/actions/modifyMsg",
    (
        Field(
            "operator",
            "operator",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator` must be given.",
                    "One modifyMsg call without `operator`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "type",
            "type",
            OneOf((1, 2, 3)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `type` must be given.",
                    "One modifyMsg call without `type`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("extension", "extension", Str(max_length=1024), where="body"),
        Field(
            "message",
            "message",
            _shapes.V2MessageModification,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given.",
                    "One modifyMsg call without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_config",
            "message_config",
            _shapes.V2MessageModifyMessageMessageConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
        Field(
            "antispam_config", "antispam_config", _shapes.V2AntispamConfig, where="body"
        ),
        Field("p2p_option", "p2p_option", _shapes.V2MessageP2pOption, where="body"),
        Field("team_option", "team_option", _shapes.V2MessageTeamOption, where="body"),
        Field(
            "superteam_option",
            "superteam_option",
            _shapes.V2MessageSuperTeamOption,
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_QUERY_MESSAGE = Endpoint(
    "im/v2.1/conversations/{conversation_id}/messages/{message_server_id}",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "message_server_id",
            "message_server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "message_time",
            "message_time",
            Number(integral=True, format="int64", digits=True),
            where="query",
        ),
        Field("check_team_valid", "check_team_valid", Bool(), where="query"),
        Field(
            "check_team_member_valid", "check_team_member_valid", Bool(), where="query"
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_MESSAGES_BY_PAGE = Endpoint(
    "im/v2.1/conversations/{conversation_id}/messages",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "begin_time",
            "begin_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `begin_time` must be given: required in the Java SDK's comment and always sent by it, optional on the Apifox copy of the page.",
                    "One history query without `begin_time`: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field(
            "end_time",
            "end_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `end_time` must be given: required in the Java SDK's comment and always sent by it, optional on the Apifox copy of the page.",
                    "One history query without `end_time`: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `limit` must be given: required in the Java SDK's comment and always sent by it, optional on the Apifox copy of the page.",
                    "One history query without `limit`: code 414 means required.",
                ),
            ),
            where="query",
        ),
        Field("page_token", "page_token", Str(), where="query"),
        Field("descending", "descending", Bool(), where="query"),
        Field(
            "message_type",
            "message_type",
            ListOf(Number(integral=True)),
            where="query",
            comma_list=True,
        ),
        Field("check_team_valid", "check_team_valid", Bool(), where="query"),
        Field("include_no_sense_msg", "include_no_sense_msg", Bool(), where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_TEAM_READ_RECEIPT = Endpoint(
    "im/v2/messages/actions/team_read_receipt",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field("team_type", "team_type", OneOf((1,)), required=True, where="query"),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "message_server_id",
            "message_server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field("snapshot", "snapshot", Bool(), where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_QUERY_THREAD_MESSAGES = Endpoint(
    "im/v2.1/messages/actions/thread_messages",
    (
        Field(
            "begin_time",
            "begin_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field(
            "end_time",
            "end_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
            where="query",
        ),
        Field(
            "conversation_type",
            "conversation_type",
            OneOf((1, 2, 3)),
            required=True,
            where="query",
        ),
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "receiver_id",
            "receiver_id",
            Str(min_length=1),
            required=True,
            where="query",
        ),
        Field(
            "message_server_id",
            "message_server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field(
            "message_client_id",
            "message_client_id",
            Str(),
            required=True,
            where="query",
        ),
        Field(
            "create_time",
            "create_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field("page_token", "page_token", Str(), where="query"),
        Field("descending", "descending", Bool(), where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_SEARCH_MESSAGES = Endpoint(
    "im/v2.1/messages/actions/search_messages",
    (
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field("conversation_id", "conversation_id", Str(), where="query"),
        Field(
            "sender_account_ids",
            "sender_account_ids",
            ListOf(Str(), max_items=5),
            where="query",
            comma_list=True,
        ),
        Field(
            "message_types",
            "message_types",
            ListOf(Number(integral=True)),
            where="query",
            comma_list=True,
        ),
        Field(
            "message_sub_types",
            "message_sub_types",
            ListOf(Number(integral=True)),
            where="query",
            comma_list=True,
        ),
        Field(
            "start_time",
            "start_time",
            Number(integral=True, format="int64", digits=True),
            where="query",
        ),
        Field(
            "time_period",
            "time_period",
            Number(integral=True, minimum=0, format="int64", digits=True),
            where="query",
        ),
        Field(
            "keyword_list",
            "keyword_list",
            JsonText(ListOf(Str(), max_items=5)),
            where="query",
        ),
        Field("keyword_match_type", "keyword_match_type", OneOf((0, 1)), where="query"),
        Field("page_token", "page_token", Str(), where="query"),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_SEND_MESSAGE = Endpoint(
    "im/v2/conversations/{conversation_id}/messages",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "message",
            "message",
            _shapes.V2MessageBody,
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message` must be given; it is the only key without which nothing can be sent, the doc page's required column was not readable.",
                    "One send without `message`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_config", "message_config", _shapes.V2MessageConfig, where="body"
        ),
        Field(
            "target_option",
            "target_option",
            _shapes.V2MessageTargetOption,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
        Field(
            "antispam_config", "antispam_config", _shapes.V2AntispamConfig, where="body"
        ),
        Field("p2p_option", "p2p_option", _shapes.V2MessageP2pOption, where="body"),
        Field("team_option", "team_option", _shapes.V2MessageTeamOption, where="body"),
        Field(
            "superteam_option",
            "superteam_option",
            _shapes.V2MessageSuperTeamOption,
            where="body",
        ),
        Field(
            "robot_config", "robot_config", _shapes.V2MessageRobotConfig, where="body"
        ),
        Field(
            "thread_config",
            "thread_config",
            _shapes.V2MessageThreadConfig,
            where="body",
        ),
        Field("sender_no_sense", "sender_no_sense", Bool(), where="body"),
        Field("receiver_no_sense", "receiver_no_sense", Bool(), where="body"),
        Field("extension", "extension", Str(max_length=1024), where="body"),
        Field("ai_params", "ai_params", _shapes.V2MessageAiParams, where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_SEND_P2P_READ_RECEIPT = Endpoint(
    "im/v2/messages/actions/p2p_read_receipt",
    (
        Field(
            "from_account_id",
            "from_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `from_account_id` must be given; a receipt needs it and both SDKs' constructors take it.",
                    "One receipt without `from_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "to_account_id",
            "to_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `to_account_id` must be given; a receipt needs it and both SDKs' constructors take it.",
                    "One receipt without `to_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_server_id",
            "message_server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message_server_id` must be given; a receipt needs it and both SDKs' constructors take it.",
                    "One receipt without `message_server_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_SEND_TEAM_READ_RECEIPT = Endpoint(
    "im/v2/messages/actions/team_read_receipt",
    (
        Field(
            "from_account_id",
            "from_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `from_account_id` must be given; inferred from the Java SDK's constructor.",
                    "One receipt without `from_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `team_id` must be given; inferred from the Java SDK's constructor.",
                    "One receipt without `team_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "message_server_ids",
            "message_server_ids",
            ListOf(
                Number(integral=True, format="int64", digits=True),
                min_items=1,
                max_items=50,
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `message_server_ids` must be given; inferred from the Java SDK's constructor.",
                    "One receipt without `message_server_ids`: code 414 means required.",
                ),
            ),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_STREAM_MESSAGE = Endpoint(
    "im/v2/conversations/{conversation_id}/messages/actions/stream_message",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "message", "message", _shapes.V2MessageStream, required=True, where="body"
        ),
        Field(
            "rag_info_list",
            "rag_info_list",
            ListOf(_shapes.V2MessageRagInfo),
            where="body",
        ),
        Field("team_option", "team_option", _shapes.V2MessageTeamOption, where="body"),
        Field(
            "target_option",
            "target_option",
            _shapes.V2MessageTargetOption,
            where="body",
        ),
        Field(
            "message_config",
            "message_config",
            _shapes.V2MessageStreamMessageMessageConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
        Field("p2p_option", "p2p_option", _shapes.V2MessageP2pOption, where="body"),
        Field("push_config", "push_config", _shapes.V2PushContent, where="body"),
        Field("extension", "extension", Str(max_length=1024), where="body"),
        Field(
            "thread_config",
            "thread_config",
            _shapes.V2MessageThreadConfig,
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_WITHDRAW_MESSAGE = Endpoint(
    "im/v2/conversations/{conversation_id}/messages/{message_server_id}",
    (
        Field(
            "conversation_id",
            "conversation_id",
            Str(min_length=5, pattern="^[^|]+\\|[123]\\|[^|]+$"),
            required=True,
            where="path",
        ),
        Field(
            "message_server_id",
            "message_server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("type", "type", OneOf((1, 2, 3)), required=True, where="query"),
        Field("description", "description", Str(), where="query"),
        Field("push_content", "push_content", Str(max_length=500), where="query"),
        Field("push_payload", "push_payload", Str(max_length=2048), where="query"),
        Field("route_environment", "route_environment", Str(), where="query"),
        Field("attach", "attach", Str(), where="query"),
        Field(
            "check_team_member_valid", "check_team_member_valid", Bool(), where="query"
        ),
        Field(
            "message_time",
            "message_time",
            Number(integral=True, format="int64", digits=True),
            where="query",
        ),
        Field(
            "ignore_revoke_time",
            "ignore_revoke_time",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `ignore_revoke_time` takes 0 and 1; an Integer in the Java SDK without a comment.",
                        "One recall of an old message with 1: accepted means 1 ignores the time limit.",
                    ),
                ),
            ),
            where="query",
        ),
    ),
    method="DELETE",
    rest=True,
)


class V2MessageOperations:
    """The v2 ``message`` operations, reached as ``client.v2.message``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_quick_comment(
        self,
        *,
        operator_id: str | None = None,
        index: int | str | None = None,
        extension: str | None = None,
        message: V2MessageQuickCommentTarget | None = None,
        push_config: V2PushConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageAddQuickCommentData:
        """Add a quick comment to a message.

        Adds a quick comment, such as an emoji reaction, to a one-to-one or team message
        on behalf of an account. `index` is the app's number for the kind of comment
        (greater than 0). The devices in the conversation are notified, with a push
        notification when `push_config` asks for one.

        Args:
            operator_id: The account adding the comment. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            index: The app-defined kind of comment, greater than 0. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            extension: Extension of the comment, JSON text.
            message: The message a quick comment belongs to. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            push_config: The push notification about the comment; the Java SDK sends
                only `push_enabled`, `push_content` and `push_payload` here.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageAddQuickCommentData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/messages/actions/quick_comment``
        (operation ``v2.message.addQuickComment`` in the spec).
        """
        return _cast(
            "V2MessageAddQuickCommentData",
            _answer_data(
                self._client._call(
                    _ADD_QUICK_COMMENT,
                    {
                        "operator_id": operator_id,
                        "index": index,
                        "extension": extension,
                        "message": message,
                        "push_config": push_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def batch_query_messages(
        self,
        *,
        conversation_id: str,
        messages: list[V2MessageRef],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageBatchQueryMessagesData:
        """Get several messages of a conversation by id.

        Returns the stored messages of a one-to-one, advanced team or super team
        conversation named by server id and send time; those not found come back in
        `failed_list` with the reason. It only reads, although it is a POST.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            messages: The messages to fetch. At least 1 items.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageBatchQueryMessagesData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/conversations/{conversation_id}/batch_messages``
        (operation ``v2.message.batchQueryMessages`` in the spec).
        """
        return _cast(
            "V2MessageBatchQueryMessagesData",
            _answer_data(
                self._client._call(
                    _BATCH_QUERY_MESSAGES,
                    {
                        "conversation_id": conversation_id,
                        "messages": messages,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def batch_query_quick_comments(
        self,
        *,
        messages: list[V2MessageQuickCommentTarget],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageBatchQueryQuickCommentsData:
        """Get the quick comments of several messages.

        Returns the quick comments of each message listed; messages whose comments could
        not be read come back in `failed_list` with the reason. It only reads, although
        it is a POST.

        Args:
            messages: The messages whose quick comments are wanted. At least 1 items.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageBatchQueryQuickCommentsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/quick_comment``
        (operation ``v2.message.batchQueryQuickComments`` in the spec).
        """
        return _cast(
            "V2MessageBatchQueryQuickCommentsData",
            _answer_data(
                self._client._call(
                    _BATCH_QUERY_QUICK_COMMENTS,
                    {
                        "messages": messages,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def batch_send_p2p_message(
        self,
        *,
        sender_id: str | None = None,
        receiver_ids: list[str] | None = None,
        message: V2MessageBody | None = None,
        message_config: V2MessageConfig | None = None,
        push_config: V2PushConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        need_message_detail: bool | None = None,
        route_config: V2RouteConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        sender_no_sense: bool | None = None,
        receiver_no_sense: bool | None = None,
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageBatchSendP2pMessageData:
        """Send one message to many accounts one-to-one.

        Sends the same one-to-one message from one sender to up to 100 receivers. The
        answer lists a message per receiver that got it (with details only when
        `need_message_detail` is true) and the receivers it could not be sent to, with
        the reason.

        Args:
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            receiver_ids: The receiving accounts, at most 100. At least 1 items; at most
                100 items; each 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            message: The message to send: its type, its text and, for every type but
                text and tip, its attachment. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            message_config: Where the message is stored and counted. Every switch is
                `true` when left out.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            need_message_detail: Return each sent message's details in `success_list`;
                `false` when left out.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            p2p_option: Options of a one-to-one message.
            sender_no_sense: The sender does not see the messages; `false` when left
                out.
            receiver_no_sense: The receivers' devices do not show the messages; `false`
                when left out.
            extension: Developer extension of the messages, JSON text recommended. At
                most 1024 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageBatchSendP2pMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app by default (200/min on the flagship package,
        2000/min on the dedicated package); blocked for a while when exceeded.

        Calls ``POST /im/v2/conversations/messages``
        (operation ``v2.message.batchSendP2pMessage`` in the spec).
        """
        return _cast(
            "V2MessageBatchSendP2pMessageData",
            _answer_data(
                self._client._call(
                    _BATCH_SEND_P2P_MESSAGE,
                    {
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "message": message,
                        "message_config": message_config,
                        "push_config": push_config,
                        "antispam_config": antispam_config,
                        "need_message_detail": need_message_detail,
                        "route_config": route_config,
                        "p2p_option": p2p_option,
                        "sender_no_sense": sender_no_sense,
                        "receiver_no_sense": receiver_no_sense,
                        "extension": extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def delete_conversation_messages(
        self,
        *,
        conversation_id: str,
        type: Literal[1, 2, 3],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a conversation's roaming or history messages.

        Deletes every message of the conversation from the roaming store (what devices
        fetch when they log in), from the cloud history, or from both, as `type` says.
        Devices are not notified; messages they already hold stay on them.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            type: What to delete: 1 the roaming messages, 2 the history messages, 3
                both. One of 1, 2, 3.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/conversations/{conversation_id}/messages``
        (operation ``v2.message.deleteConversationMessages`` in the spec).
        """
        self._client._call(
            _DELETE_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "type": type,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def delete_quick_comment(
        self,
        *,
        operator_id: str | None = None,
        index: int | str | None = None,
        extension: str | None = None,
        message: V2MessageQuickCommentTarget | None = None,
        push_config: V2PushConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageDeleteQuickCommentData:
        """Remove a quick comment from a message.

        Removes the quick comment of kind `index` that an account put on a message. The
        body names the message exactly as when the comment was added; the devices in the
        conversation are notified.

        Args:
            operator_id: The account whose comment is removed. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            index: The kind of comment to remove, greater than 0. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            extension: Extension carried in the removal notice, JSON text.
            message: The message a quick comment belongs to. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            push_config: The push notification about the removal.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageDeleteQuickCommentData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/messages/actions/quick_comment``
        (operation ``v2.message.deleteQuickComment`` in the spec).
        """
        return _cast(
            "V2MessageDeleteQuickCommentData",
            _answer_data(
                self._client._call(
                    _DELETE_QUICK_COMMENT,
                    {
                        "operator_id": operator_id,
                        "index": index,
                        "extension": extension,
                        "message": message,
                        "push_config": push_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def modify_message(
        self,
        *,
        operator: str | None = None,
        type: Literal[1, 2, 3] | None = None,
        extension: str | None = None,
        message: V2MessageModification | None = None,
        message_config: V2MessageModifyMessageMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        push_config: V2PushConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        team_option: V2MessageTeamOption | None = None,
        superteam_option: V2MessageSuperTeamOption | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageModifyMessageData:
        """Change a sent message.

        Replaces the text, attachment, subtype or extension of a one-to-one, team or
        super team message sent in the last 7 days; devices receive the changed message.
        By default only the sender and the team owner may change a message, and one
        message can be changed at most once a second (code 107449 otherwise). `operator`
        is the account making the change.

        Args:
            operator: The account making the change (the sender or, in a team, the owner
                by default). 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            type: The conversation type of the message: 1 one-to-one, 2 advanced team, 3
                super team. One of 1, 2, 3. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            extension: The new developer extension of the message, JSON text
                recommended. At most 1024 characters.
            message: The message to change, named by its server id, send time, sender
                and receiver, and its new content. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            message_config: Storage switches of the changed message.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            p2p_option: Options of a one-to-one message.
            team_option: Options of a changed advanced team message (`mark_as_read` does
                not apply; `check_team_member_valid` is `true` when left out).
            superteam_option: Options of a message to a super team.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageModifyMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/modifyMsg``
        (operation ``v2.message.modifyMessage`` in the spec).
        """
        return _cast(
            "V2MessageModifyMessageData",
            _answer_data(
                self._client._call(
                    _MODIFY_MESSAGE,
                    {
                        "operator": operator,
                        "type": type,
                        "extension": extension,
                        "message": message,
                        "message_config": message_config,
                        "route_config": route_config,
                        "push_config": push_config,
                        "antispam_config": antispam_config,
                        "p2p_option": p2p_option,
                        "team_option": team_option,
                        "superteam_option": superteam_option,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_message(
        self,
        *,
        conversation_id: str,
        message_server_id: int | str,
        message_time: int | str | None = None,
        check_team_valid: bool | None = None,
        check_team_member_valid: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageItem:
        """Get one message of a conversation.

        Returns one stored message of a one-to-one, advanced team or super team
        conversation by its server id: sender, receiver, type, text, attachment,
        extension, change and thread details. Give `message_time` when known, so the
        server finds the message faster.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: The server id of the message.
            message_time: When the message was sent, in epoch milliseconds.
            check_team_valid: For a team message, check that the team still exists.
            check_team_member_valid: For a team message, check that the conversation's
                owner is still a member.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageItem: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/{conversation_id}/messages/{message_server_id}``
        (operation ``v2.message.queryMessage`` in the spec).
        """
        return _cast(
            "V2MessageItem",
            _answer_data(
                self._client._call(
                    _QUERY_MESSAGE,
                    {
                        "conversation_id": conversation_id,
                        "message_server_id": message_server_id,
                        "message_time": message_time,
                        "check_team_valid": check_team_valid,
                        "check_team_member_valid": check_team_member_valid,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_messages_by_page(
        self,
        *,
        conversation_id: str,
        begin_time: int | str | None = None,
        end_time: int | str | None = None,
        limit: int | None = None,
        page_token: str | None = None,
        descending: bool | None = None,
        message_type: list[int] | None = None,
        check_team_valid: bool | None = None,
        include_no_sense_msg: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2MessageQueryMessagesByPageData, V2MessageItem]:
        """List a conversation's history messages.

        Returns the stored messages of a one-to-one, advanced team or super team
        conversation between two times, at most 100 per page, newest first unless
        `descending` is true (which, despite its name, gives the oldest first).

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            begin_time: The start of the time range, in epoch milliseconds. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            end_time: The end of the time range, in epoch milliseconds. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            limit: How many messages per page, 1 to 100 (other values are refused with
                code 414). At least 1; at most 100. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            descending: `true` gives the oldest messages first, `false` (the default)
                the newest first.
            message_type: Only these message types, comma-joined (0 text, 1 image, 2
                audio, 3 video, 4 location, 5 notification, 6 file, 10 tip, 11 robot,
                100 custom); all when left out.
            check_team_valid: For an advanced team, check only that the team exists, not
                that the owner is a member.
            include_no_sense_msg: Include messages the owner is not meant to see (sent
                with `sender_no_sense` or `receiver_no_sense`, or recalled or deleted
                one-sidedly); `false` when left out.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2MessageQueryMessagesByPageData),
                `.items` its `items`; iterating the page yields every item
                (V2MessageItem) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/{conversation_id}/messages``
        (operation ``v2.message.queryMessagesByPage`` in the spec).
        """
        return _cast(
            "Page[V2MessageQueryMessagesByPageData, V2MessageItem]",
            self._client._page(
                _QUERY_MESSAGES_BY_PAGE,
                {
                    "conversation_id": conversation_id,
                    "begin_time": begin_time,
                    "end_time": end_time,
                    "limit": limit,
                    "page_token": page_token,
                    "descending": descending,
                    "message_type": message_type,
                    "check_team_valid": check_team_valid,
                    "include_no_sense_msg": include_no_sense_msg,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_team_read_receipt(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1],
        sender_id: str,
        message_server_id: int | str,
        snapshot: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageQueryTeamReadReceiptData:
        """Get who has read an advanced team message.

        Returns how many members have read one message of an advanced team and how many
        have not, and with `snapshot` the lists of their account ids. Only advanced
        teams are supported, and the team read receipt feature must be switched on in
        the console.

        Args:
            team_id: The advanced team.
            team_type: The team type; only 1 (advanced team) is supported. One of 1.
            sender_id: The sender of the message. 1 to 32 characters.
            message_server_id: The server id of the message.
            snapshot: Also return the account ids of the members who have and have not
                read it.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageQueryTeamReadReceiptData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/messages/actions/team_read_receipt``
        (operation ``v2.message.queryTeamReadReceipt`` in the spec).
        """
        return _cast(
            "V2MessageQueryTeamReadReceiptData",
            _answer_data(
                self._client._call(
                    _QUERY_TEAM_READ_RECEIPT,
                    {
                        "team_id": team_id,
                        "team_type": team_type,
                        "sender_id": sender_id,
                        "message_server_id": message_server_id,
                        "snapshot": snapshot,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_thread_messages(
        self,
        *,
        begin_time: int | str,
        end_time: int | str,
        limit: int,
        conversation_type: Literal[1, 2, 3],
        sender_id: str,
        receiver_id: str,
        message_server_id: int | str,
        message_client_id: str,
        create_time: int | str,
        page_token: str | None = None,
        descending: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2MessageQueryThreadMessagesData, V2MessageItem]:
        """List the replies of a thread.

        Returns the root message of a thread and its replies between two times, at most
        100 per page. The thread is named by its root message: conversation type,
        sender, receiver, server id, client id and send time. `descending` true gives
        the oldest replies first.

        Args:
            begin_time: The start of the time range, in epoch milliseconds.
            end_time: The end of the time range, in epoch milliseconds.
            limit: How many replies per page, 1 to 100 (other values are refused with
                code 414). At least 1; at most 100.
            conversation_type: The conversation type of the root message: 1 one-to-one,
                2 advanced team, 3 super team. One of 1, 2, 3.
            sender_id: The sender of the root message. 1 to 32 characters.
            receiver_id: The receiver of the root message (an account id, or the team
                id). Not empty.
            message_server_id: The server id of the root message.
            message_client_id: The client id of the root message.
            create_time: When the root message was sent, in epoch milliseconds.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            descending: `true` gives the oldest replies first, `false` (the default) the
                newest first.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2MessageQueryThreadMessagesData),
                `.items` its `messages`; iterating the page yields every item
                (V2MessageItem) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/messages/actions/thread_messages``
        (operation ``v2.message.queryThreadMessages`` in the spec).
        """
        return _cast(
            "Page[V2MessageQueryThreadMessagesData, V2MessageItem]",
            self._client._page(
                _QUERY_THREAD_MESSAGES,
                {
                    "begin_time": begin_time,
                    "end_time": end_time,
                    "limit": limit,
                    "conversation_type": conversation_type,
                    "sender_id": sender_id,
                    "receiver_id": receiver_id,
                    "message_server_id": message_server_id,
                    "message_client_id": message_client_id,
                    "create_time": create_time,
                    "page_token": page_token,
                    "descending": descending,
                },
                "messages",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def search_messages(
        self,
        *,
        operator_id: str,
        conversation_id: str | None = None,
        sender_account_ids: list[str] | None = None,
        message_types: list[int] | None = None,
        message_sub_types: list[int] | None = None,
        start_time: int | str | None = None,
        time_period: int | str | None = None,
        keyword_list: list[str] | None = None,
        keyword_match_type: Literal[0, 1] | bool | None = None,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2MessageSearchMessagesData, V2MessageItem]:
        """Search an account's message history.

        Finds messages an account can see by keyword, sender, type and time, in one
        conversation or in all of them, at most 100 per page. Notification messages
        (type 5) are not found by keyword; for other non-text messages only their `text`
        is searched, so put searchable words there when sending.

        Args:
            operator_id: The account whose messages are searched. 1 to 32 characters.
            conversation_id: Search only this conversation (`<owner>|<type>|<other or
                team id>`).
            sender_account_ids: Only messages from these senders, at most 5. At most 5
                items.
            message_types: Only these message types (0 text, 1 image, 2 audio, 3 video,
                4 location, 6 file, 10 tip, 100 custom).
            message_sub_types: Only these app-defined subtypes.
            start_time: The start of the time range, in epoch milliseconds.
            time_period: The length of the time range from `start_time`, in
                milliseconds.
            keyword_list: The keywords, at most 5, sent as a JSON array. At most 5
                items. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            keyword_match_type: 0 a message matches when it holds any keyword, 1 when it
                holds all of them. One of 0, 1.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: How many messages per page, at most 100. At least 1; at most 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2MessageSearchMessagesData),
                `.items` its `items`; iterating the page yields every item
                (V2MessageItem) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/messages/actions/search_messages``
        (operation ``v2.message.searchMessages`` in the spec).
        """
        return _cast(
            "Page[V2MessageSearchMessagesData, V2MessageItem]",
            self._client._page(
                _SEARCH_MESSAGES,
                {
                    "operator_id": operator_id,
                    "conversation_id": conversation_id,
                    "sender_account_ids": sender_account_ids,
                    "message_types": message_types,
                    "message_sub_types": message_sub_types,
                    "start_time": start_time,
                    "time_period": time_period,
                    "keyword_list": keyword_list,
                    "keyword_match_type": keyword_match_type,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_message(
        self,
        *,
        conversation_id: str,
        message: V2MessageBody | None = None,
        message_config: V2MessageConfig | None = None,
        target_option: V2MessageTargetOption | None = None,
        route_config: V2RouteConfig | None = None,
        push_config: V2PushConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        team_option: V2MessageTeamOption | None = None,
        superteam_option: V2MessageSuperTeamOption | None = None,
        robot_config: V2MessageRobotConfig | None = None,
        thread_config: V2MessageThreadConfig | None = None,
        sender_no_sense: bool | None = None,
        receiver_no_sense: bool | None = None,
        extension: str | None = None,
        ai_params: V2MessageAiParams | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageSent:
        """Send a message to a one-to-one, team or super team conversation.

        Sends a message from the conversation's owner to the other account or to the
        team the conversation id names, and returns the stored message with its server
        id. Besides the message itself, the body sets where the message is stored and
        counted, its push notification, content moderation, copying to the app server,
        team options such as targeted delivery, a thread reply, and a robot or AI
        account that should answer. Send `message.message_client_id` to make a retried
        send recognisable as the same message.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message: The message to send: its type, its text and, for every type but
                text and tip, its attachment. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            message_config: Where the message is stored and counted. Every switch is
                `true` when left out.
            target_option: Makes a team message a targeted message (定向消息), seen only by
                some of the members.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            p2p_option: Options of a one-to-one message.
            team_option: Options of a message to an advanced team.
            superteam_option: Options of a message to a super team.
            robot_config: Routes the message to a chat robot account.
            thread_config: Makes the message a reply in a thread.
            sender_no_sense: The sender does not see the message: it is not synchronised
                to the sender's devices nor kept in the sender's history.
            receiver_no_sense: The receiver's devices do not show the message (it is not
                counted or stored for them).
            extension: Developer extension of the message, JSON text recommended. At
                most 1024 characters.
            ai_params: Asks an AI account (数字人) to answer the message. The text values
                carry JSON as the AI feature's documentation describes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageSent: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversations/{conversation_id}/messages``
        (operation ``v2.message.sendMessage`` in the spec).
        """
        return _cast(
            "V2MessageSent",
            _answer_data(
                self._client._call(
                    _SEND_MESSAGE,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "message_config": message_config,
                        "target_option": target_option,
                        "route_config": route_config,
                        "push_config": push_config,
                        "antispam_config": antispam_config,
                        "p2p_option": p2p_option,
                        "team_option": team_option,
                        "superteam_option": superteam_option,
                        "robot_config": robot_config,
                        "thread_config": thread_config,
                        "sender_no_sense": sender_no_sense,
                        "receiver_no_sense": receiver_no_sense,
                        "extension": extension,
                        "ai_params": ai_params,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def send_p2p_read_receipt(
        self,
        *,
        from_account_id: str | None = None,
        to_account_id: str | None = None,
        message_server_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageSendP2pReadReceiptData:
        """Mark a one-to-one message as read.

        Sends a read receipt on behalf of the receiver of a one-to-one message to its
        sender, so the sender's devices show the message, and those before it, as read.

        Args:
            from_account_id: The account sending the receipt (the receiver of the
                message). 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            to_account_id: The account getting the receipt (the sender of the message).
                1 to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            message_server_id: The server id of the message read. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageSendP2pReadReceiptData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/p2p_read_receipt``
        (operation ``v2.message.sendP2pReadReceipt`` in the spec).
        """
        return _cast(
            "V2MessageSendP2pReadReceiptData",
            _answer_data(
                self._client._call(
                    _SEND_P2P_READ_RECEIPT,
                    {
                        "from_account_id": from_account_id,
                        "to_account_id": to_account_id,
                        "message_server_id": message_server_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def send_team_read_receipt(
        self,
        *,
        from_account_id: str | None = None,
        team_id: int | str | None = None,
        message_server_ids: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageSendTeamReadReceiptData:
        """Mark advanced team messages as read.

        Marks up to 50 messages of an advanced team as read by one member. The team read
        receipt feature must be switched on in the console; it works for teams of up to
        200 members by default (up to 500 when raised in the console). The answer lists
        the message ids accepted and those refused.

        Args:
            from_account_id: The member who read the messages. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            team_id: The advanced team. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            message_server_ids: The server ids of the messages read, at most 50. At
                least 1 items; at most 50 items. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageSendTeamReadReceiptData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/team_read_receipt``
        (operation ``v2.message.sendTeamReadReceipt`` in the spec).
        """
        return _cast(
            "V2MessageSendTeamReadReceiptData",
            _answer_data(
                self._client._call(
                    _SEND_TEAM_READ_RECEIPT,
                    {
                        "from_account_id": from_account_id,
                        "team_id": team_id,
                        "message_server_ids": message_server_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def stream_message(
        self,
        *,
        conversation_id: str,
        message: V2MessageStream,
        rag_info_list: list[V2MessageRagInfo] | None = None,
        team_option: V2MessageTeamOption | None = None,
        target_option: V2MessageTargetOption | None = None,
        message_config: V2MessageStreamMessageMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        push_config: V2PushContent | None = None,
        extension: str | None = None,
        thread_config: V2MessageThreadConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageStreamMessageData:
        """Send one piece of a streamed message.

        Sends a text in pieces, as a language model produces it: every call carries the
        next piece in `message.attachment` with its `index`, the pieces share one
        `message.message_client_id`, and the last piece has `finish` 1. Devices show the
        text growing. `rag_info_list` names the sources the answer drew on.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message: One piece of a streamed message (a text sent in several parts, such
                as a model's answer).
            rag_info_list: The sources the streamed answer drew on, shown with the
                message.
            team_option: Options of a message to an advanced team.
            target_option: Makes a team message a targeted message (定向消息), seen only by
                some of the members.
            message_config: Where the message is stored and counted; every switch is
                `true` when left out.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            p2p_option: Options of a one-to-one message.
            push_config: The push notification of the message; the stream takes no
                forced-push keys.
            extension: Developer extension of the message, JSON text recommended. At
                most 1024 characters.
            thread_config: Makes the message a reply in a thread.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageStreamMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversations/{conversation_id}/messages/actions/stream_message``
        (operation ``v2.message.streamMessage`` in the spec).
        """
        return _cast(
            "V2MessageStreamMessageData",
            _answer_data(
                self._client._call(
                    _STREAM_MESSAGE,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "rag_info_list": rag_info_list,
                        "team_option": team_option,
                        "target_option": target_option,
                        "message_config": message_config,
                        "route_config": route_config,
                        "p2p_option": p2p_option,
                        "push_config": push_config,
                        "extension": extension,
                        "thread_config": thread_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def withdraw_message(
        self,
        *,
        conversation_id: str,
        message_server_id: int | str,
        type: Literal[1, 2, 3],
        description: str | None = None,
        push_content: str | None = None,
        push_payload: str | None = None,
        route_environment: str | None = None,
        attach: str | None = None,
        check_team_member_valid: bool | None = None,
        message_time: int | str | None = None,
        ignore_revoke_time: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Recall or delete a message.

        Takes a message back, as `type` says. 1, a one-sided recall: a one-to-one or
        advanced team message up to 30 days old disappears for the receivers, who get a
        recall notice, while the sender keeps it. 2, a two-sided recall: a one-to-one,
        advanced team or super team message disappears for everyone and both sides get a
        notice; allowed within the app's recall window (2 minutes by default, at most 7
        days) unless `ignore_revoke_time` lifts it. 3, a silent delete: a one-to-one or
        advanced team message up to 30 days old is removed from the offline, roaming and
        history stores without notice. By default only the sender may recall a message.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: The server id of the message.
            type: 1 one-sided recall, 2 two-sided recall, 3 silent delete. One of 1, 2,
                3.
            description: A note on why the message was recalled, carried in the recall
                notice.
            push_content: The push text of the recall notice (two-sided recall only). At
                most 500 characters.
            push_payload: The push payload of the recall notice, as JSON text (two-sided
                recall only). At most 2048 characters.
            route_environment: The copy environment that receives the recall event
                (two-sided recall only).
            attach: Extension text carried in the recall notice (two-sided recall only).
            check_team_member_valid: For a team message, check that the recalling
                account is still a member.
            message_time: When the message was sent, in epoch milliseconds; helps the
                server find it.
            ignore_revoke_time: 1 recall even after the app's recall window has passed
                (two-sided recall), 0 keep the window. One of 0, 1. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/conversations/{conversation_id}/messages/{message_server_id}``
        (operation ``v2.message.withdrawMessage`` in the spec).
        """
        self._client._call(
            _WITHDRAW_MESSAGE,
            {
                "conversation_id": conversation_id,
                "message_server_id": message_server_id,
                "type": type,
                "description": description,
                "push_content": push_content,
                "push_payload": push_payload,
                "route_environment": route_environment,
                "attach": attach,
                "check_team_member_valid": check_team_member_valid,
                "message_time": message_time,
                "ignore_revoke_time": ignore_revoke_time,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )


class AsyncV2MessageOperations:
    """The v2 ``message`` operations, reached as ``client.v2.message`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_quick_comment(
        self,
        *,
        operator_id: str | None = None,
        index: int | str | None = None,
        extension: str | None = None,
        message: V2MessageQuickCommentTarget | None = None,
        push_config: V2PushConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageAddQuickCommentData:
        """Add a quick comment to a message.

        Adds a quick comment, such as an emoji reaction, to a one-to-one or team message
        on behalf of an account. `index` is the app's number for the kind of comment
        (greater than 0). The devices in the conversation are notified, with a push
        notification when `push_config` asks for one.

        Args:
            operator_id: The account adding the comment. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            index: The app-defined kind of comment, greater than 0. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            extension: Extension of the comment, JSON text.
            message: The message a quick comment belongs to. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            push_config: The push notification about the comment; the Java SDK sends
                only `push_enabled`, `push_content` and `push_payload` here.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageAddQuickCommentData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/messages/actions/quick_comment``
        (operation ``v2.message.addQuickComment`` in the spec).
        """
        return _cast(
            "V2MessageAddQuickCommentData",
            _answer_data(
                await self._client._call(
                    _ADD_QUICK_COMMENT,
                    {
                        "operator_id": operator_id,
                        "index": index,
                        "extension": extension,
                        "message": message,
                        "push_config": push_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def batch_query_messages(
        self,
        *,
        conversation_id: str,
        messages: list[V2MessageRef],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageBatchQueryMessagesData:
        """Get several messages of a conversation by id.

        Returns the stored messages of a one-to-one, advanced team or super team
        conversation named by server id and send time; those not found come back in
        `failed_list` with the reason. It only reads, although it is a POST.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            messages: The messages to fetch. At least 1 items.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageBatchQueryMessagesData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/conversations/{conversation_id}/batch_messages``
        (operation ``v2.message.batchQueryMessages`` in the spec).
        """
        return _cast(
            "V2MessageBatchQueryMessagesData",
            _answer_data(
                await self._client._call(
                    _BATCH_QUERY_MESSAGES,
                    {
                        "conversation_id": conversation_id,
                        "messages": messages,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def batch_query_quick_comments(
        self,
        *,
        messages: list[V2MessageQuickCommentTarget],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageBatchQueryQuickCommentsData:
        """Get the quick comments of several messages.

        Returns the quick comments of each message listed; messages whose comments could
        not be read come back in `failed_list` with the reason. It only reads, although
        it is a POST.

        Args:
            messages: The messages whose quick comments are wanted. At least 1 items.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageBatchQueryQuickCommentsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/quick_comment``
        (operation ``v2.message.batchQueryQuickComments`` in the spec).
        """
        return _cast(
            "V2MessageBatchQueryQuickCommentsData",
            _answer_data(
                await self._client._call(
                    _BATCH_QUERY_QUICK_COMMENTS,
                    {
                        "messages": messages,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def batch_send_p2p_message(
        self,
        *,
        sender_id: str | None = None,
        receiver_ids: list[str] | None = None,
        message: V2MessageBody | None = None,
        message_config: V2MessageConfig | None = None,
        push_config: V2PushConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        need_message_detail: bool | None = None,
        route_config: V2RouteConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        sender_no_sense: bool | None = None,
        receiver_no_sense: bool | None = None,
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageBatchSendP2pMessageData:
        """Send one message to many accounts one-to-one.

        Sends the same one-to-one message from one sender to up to 100 receivers. The
        answer lists a message per receiver that got it (with details only when
        `need_message_detail` is true) and the receivers it could not be sent to, with
        the reason.

        Args:
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            receiver_ids: The receiving accounts, at most 100. At least 1 items; at most
                100 items; each 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            message: The message to send: its type, its text and, for every type but
                text and tip, its attachment. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            message_config: Where the message is stored and counted. Every switch is
                `true` when left out.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            need_message_detail: Return each sent message's details in `success_list`;
                `false` when left out.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            p2p_option: Options of a one-to-one message.
            sender_no_sense: The sender does not see the messages; `false` when left
                out.
            receiver_no_sense: The receivers' devices do not show the messages; `false`
                when left out.
            extension: Developer extension of the messages, JSON text recommended. At
                most 1024 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageBatchSendP2pMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app by default (200/min on the flagship package,
        2000/min on the dedicated package); blocked for a while when exceeded.

        Calls ``POST /im/v2/conversations/messages``
        (operation ``v2.message.batchSendP2pMessage`` in the spec).
        """
        return _cast(
            "V2MessageBatchSendP2pMessageData",
            _answer_data(
                await self._client._call(
                    _BATCH_SEND_P2P_MESSAGE,
                    {
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "message": message,
                        "message_config": message_config,
                        "push_config": push_config,
                        "antispam_config": antispam_config,
                        "need_message_detail": need_message_detail,
                        "route_config": route_config,
                        "p2p_option": p2p_option,
                        "sender_no_sense": sender_no_sense,
                        "receiver_no_sense": receiver_no_sense,
                        "extension": extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def delete_conversation_messages(
        self,
        *,
        conversation_id: str,
        type: Literal[1, 2, 3],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Delete a conversation's roaming or history messages.

        Deletes every message of the conversation from the roaming store (what devices
        fetch when they log in), from the cloud history, or from both, as `type` says.
        Devices are not notified; messages they already hold stay on them.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            type: What to delete: 1 the roaming messages, 2 the history messages, 3
                both. One of 1, 2, 3.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/conversations/{conversation_id}/messages``
        (operation ``v2.message.deleteConversationMessages`` in the spec).
        """
        await self._client._call(
            _DELETE_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "type": type,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def delete_quick_comment(
        self,
        *,
        operator_id: str | None = None,
        index: int | str | None = None,
        extension: str | None = None,
        message: V2MessageQuickCommentTarget | None = None,
        push_config: V2PushConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageDeleteQuickCommentData:
        """Remove a quick comment from a message.

        Removes the quick comment of kind `index` that an account put on a message. The
        body names the message exactly as when the comment was added; the devices in the
        conversation are notified.

        Args:
            operator_id: The account whose comment is removed. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            index: The kind of comment to remove, greater than 0. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            extension: Extension carried in the removal notice, JSON text.
            message: The message a quick comment belongs to. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            push_config: The push notification about the removal.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageDeleteQuickCommentData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/messages/actions/quick_comment``
        (operation ``v2.message.deleteQuickComment`` in the spec).
        """
        return _cast(
            "V2MessageDeleteQuickCommentData",
            _answer_data(
                await self._client._call(
                    _DELETE_QUICK_COMMENT,
                    {
                        "operator_id": operator_id,
                        "index": index,
                        "extension": extension,
                        "message": message,
                        "push_config": push_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def modify_message(
        self,
        *,
        operator: str | None = None,
        type: Literal[1, 2, 3] | None = None,
        extension: str | None = None,
        message: V2MessageModification | None = None,
        message_config: V2MessageModifyMessageMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        push_config: V2PushConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        team_option: V2MessageTeamOption | None = None,
        superteam_option: V2MessageSuperTeamOption | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageModifyMessageData:
        """Change a sent message.

        Replaces the text, attachment, subtype or extension of a one-to-one, team or
        super team message sent in the last 7 days; devices receive the changed message.
        By default only the sender and the team owner may change a message, and one
        message can be changed at most once a second (code 107449 otherwise). `operator`
        is the account making the change.

        Args:
            operator: The account making the change (the sender or, in a team, the owner
                by default). 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            type: The conversation type of the message: 1 one-to-one, 2 advanced team, 3
                super team. One of 1, 2, 3. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            extension: The new developer extension of the message, JSON text
                recommended. At most 1024 characters.
            message: The message to change, named by its server id, send time, sender
                and receiver, and its new content. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            message_config: Storage switches of the changed message.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            p2p_option: Options of a one-to-one message.
            team_option: Options of a changed advanced team message (`mark_as_read` does
                not apply; `check_team_member_valid` is `true` when left out).
            superteam_option: Options of a message to a super team.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageModifyMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/modifyMsg``
        (operation ``v2.message.modifyMessage`` in the spec).
        """
        return _cast(
            "V2MessageModifyMessageData",
            _answer_data(
                await self._client._call(
                    _MODIFY_MESSAGE,
                    {
                        "operator": operator,
                        "type": type,
                        "extension": extension,
                        "message": message,
                        "message_config": message_config,
                        "route_config": route_config,
                        "push_config": push_config,
                        "antispam_config": antispam_config,
                        "p2p_option": p2p_option,
                        "team_option": team_option,
                        "superteam_option": superteam_option,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_message(
        self,
        *,
        conversation_id: str,
        message_server_id: int | str,
        message_time: int | str | None = None,
        check_team_valid: bool | None = None,
        check_team_member_valid: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageItem:
        """Get one message of a conversation.

        Returns one stored message of a one-to-one, advanced team or super team
        conversation by its server id: sender, receiver, type, text, attachment,
        extension, change and thread details. Give `message_time` when known, so the
        server finds the message faster.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: The server id of the message.
            message_time: When the message was sent, in epoch milliseconds.
            check_team_valid: For a team message, check that the team still exists.
            check_team_member_valid: For a team message, check that the conversation's
                owner is still a member.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageItem: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/{conversation_id}/messages/{message_server_id}``
        (operation ``v2.message.queryMessage`` in the spec).
        """
        return _cast(
            "V2MessageItem",
            _answer_data(
                await self._client._call(
                    _QUERY_MESSAGE,
                    {
                        "conversation_id": conversation_id,
                        "message_server_id": message_server_id,
                        "message_time": message_time,
                        "check_team_valid": check_team_valid,
                        "check_team_member_valid": check_team_member_valid,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_messages_by_page(
        self,
        *,
        conversation_id: str,
        begin_time: int | str | None = None,
        end_time: int | str | None = None,
        limit: int | None = None,
        page_token: str | None = None,
        descending: bool | None = None,
        message_type: list[int] | None = None,
        check_team_valid: bool | None = None,
        include_no_sense_msg: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2MessageQueryMessagesByPageData, V2MessageItem]:
        """List a conversation's history messages.

        Returns the stored messages of a one-to-one, advanced team or super team
        conversation between two times, at most 100 per page, newest first unless
        `descending` is true (which, despite its name, gives the oldest first).

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            begin_time: The start of the time range, in epoch milliseconds. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            end_time: The end of the time range, in epoch milliseconds. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            limit: How many messages per page, 1 to 100 (other values are refused with
                code 414). At least 1; at most 100. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            descending: `true` gives the oldest messages first, `false` (the default)
                the newest first.
            message_type: Only these message types, comma-joined (0 text, 1 image, 2
                audio, 3 video, 4 location, 5 notification, 6 file, 10 tip, 11 robot,
                100 custom); all when left out.
            check_team_valid: For an advanced team, check only that the team exists, not
                that the owner is a member.
            include_no_sense_msg: Include messages the owner is not meant to see (sent
                with `sender_no_sense` or `receiver_no_sense`, or recalled or deleted
                one-sidedly); `false` when left out.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2MessageQueryMessagesByPageData),
                `.items` its `items`; iterating the page yields every item
                (V2MessageItem) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/conversations/{conversation_id}/messages``
        (operation ``v2.message.queryMessagesByPage`` in the spec).
        """
        return _cast(
            "AsyncPage[V2MessageQueryMessagesByPageData, V2MessageItem]",
            await self._client._page(
                _QUERY_MESSAGES_BY_PAGE,
                {
                    "conversation_id": conversation_id,
                    "begin_time": begin_time,
                    "end_time": end_time,
                    "limit": limit,
                    "page_token": page_token,
                    "descending": descending,
                    "message_type": message_type,
                    "check_team_valid": check_team_valid,
                    "include_no_sense_msg": include_no_sense_msg,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_team_read_receipt(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1],
        sender_id: str,
        message_server_id: int | str,
        snapshot: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageQueryTeamReadReceiptData:
        """Get who has read an advanced team message.

        Returns how many members have read one message of an advanced team and how many
        have not, and with `snapshot` the lists of their account ids. Only advanced
        teams are supported, and the team read receipt feature must be switched on in
        the console.

        Args:
            team_id: The advanced team.
            team_type: The team type; only 1 (advanced team) is supported. One of 1.
            sender_id: The sender of the message. 1 to 32 characters.
            message_server_id: The server id of the message.
            snapshot: Also return the account ids of the members who have and have not
                read it.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageQueryTeamReadReceiptData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/messages/actions/team_read_receipt``
        (operation ``v2.message.queryTeamReadReceipt`` in the spec).
        """
        return _cast(
            "V2MessageQueryTeamReadReceiptData",
            _answer_data(
                await self._client._call(
                    _QUERY_TEAM_READ_RECEIPT,
                    {
                        "team_id": team_id,
                        "team_type": team_type,
                        "sender_id": sender_id,
                        "message_server_id": message_server_id,
                        "snapshot": snapshot,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_thread_messages(
        self,
        *,
        begin_time: int | str,
        end_time: int | str,
        limit: int,
        conversation_type: Literal[1, 2, 3],
        sender_id: str,
        receiver_id: str,
        message_server_id: int | str,
        message_client_id: str,
        create_time: int | str,
        page_token: str | None = None,
        descending: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2MessageQueryThreadMessagesData, V2MessageItem]:
        """List the replies of a thread.

        Returns the root message of a thread and its replies between two times, at most
        100 per page. The thread is named by its root message: conversation type,
        sender, receiver, server id, client id and send time. `descending` true gives
        the oldest replies first.

        Args:
            begin_time: The start of the time range, in epoch milliseconds.
            end_time: The end of the time range, in epoch milliseconds.
            limit: How many replies per page, 1 to 100 (other values are refused with
                code 414). At least 1; at most 100.
            conversation_type: The conversation type of the root message: 1 one-to-one,
                2 advanced team, 3 super team. One of 1, 2, 3.
            sender_id: The sender of the root message. 1 to 32 characters.
            receiver_id: The receiver of the root message (an account id, or the team
                id). Not empty.
            message_server_id: The server id of the root message.
            message_client_id: The client id of the root message.
            create_time: When the root message was sent, in epoch milliseconds.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            descending: `true` gives the oldest replies first, `false` (the default) the
                newest first.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2MessageQueryThreadMessagesData),
                `.items` its `messages`; iterating the page yields every item
                (V2MessageItem) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/messages/actions/thread_messages``
        (operation ``v2.message.queryThreadMessages`` in the spec).
        """
        return _cast(
            "AsyncPage[V2MessageQueryThreadMessagesData, V2MessageItem]",
            await self._client._page(
                _QUERY_THREAD_MESSAGES,
                {
                    "begin_time": begin_time,
                    "end_time": end_time,
                    "limit": limit,
                    "conversation_type": conversation_type,
                    "sender_id": sender_id,
                    "receiver_id": receiver_id,
                    "message_server_id": message_server_id,
                    "message_client_id": message_client_id,
                    "create_time": create_time,
                    "page_token": page_token,
                    "descending": descending,
                },
                "messages",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def search_messages(
        self,
        *,
        operator_id: str,
        conversation_id: str | None = None,
        sender_account_ids: list[str] | None = None,
        message_types: list[int] | None = None,
        message_sub_types: list[int] | None = None,
        start_time: int | str | None = None,
        time_period: int | str | None = None,
        keyword_list: list[str] | None = None,
        keyword_match_type: Literal[0, 1] | bool | None = None,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2MessageSearchMessagesData, V2MessageItem]:
        """Search an account's message history.

        Finds messages an account can see by keyword, sender, type and time, in one
        conversation or in all of them, at most 100 per page. Notification messages
        (type 5) are not found by keyword; for other non-text messages only their `text`
        is searched, so put searchable words there when sending.

        Args:
            operator_id: The account whose messages are searched. 1 to 32 characters.
            conversation_id: Search only this conversation (`<owner>|<type>|<other or
                team id>`).
            sender_account_ids: Only messages from these senders, at most 5. At most 5
                items.
            message_types: Only these message types (0 text, 1 image, 2 audio, 3 video,
                4 location, 6 file, 10 tip, 100 custom).
            message_sub_types: Only these app-defined subtypes.
            start_time: The start of the time range, in epoch milliseconds.
            time_period: The length of the time range from `start_time`, in
                milliseconds.
            keyword_list: The keywords, at most 5, sent as a JSON array. At most 5
                items. Sent as compact JSON; JSON text given as a str is checked and
                sent as is.
            keyword_match_type: 0 a message matches when it holds any keyword, 1 when it
                holds all of them. One of 0, 1.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: How many messages per page, at most 100. At least 1; at most 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2MessageSearchMessagesData),
                `.items` its `items`; iterating the page yields every item
                (V2MessageItem) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/messages/actions/search_messages``
        (operation ``v2.message.searchMessages`` in the spec).
        """
        return _cast(
            "AsyncPage[V2MessageSearchMessagesData, V2MessageItem]",
            await self._client._page(
                _SEARCH_MESSAGES,
                {
                    "operator_id": operator_id,
                    "conversation_id": conversation_id,
                    "sender_account_ids": sender_account_ids,
                    "message_types": message_types,
                    "message_sub_types": message_sub_types,
                    "start_time": start_time,
                    "time_period": time_period,
                    "keyword_list": keyword_list,
                    "keyword_match_type": keyword_match_type,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_message(
        self,
        *,
        conversation_id: str,
        message: V2MessageBody | None = None,
        message_config: V2MessageConfig | None = None,
        target_option: V2MessageTargetOption | None = None,
        route_config: V2RouteConfig | None = None,
        push_config: V2PushConfig | None = None,
        antispam_config: V2AntispamConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        team_option: V2MessageTeamOption | None = None,
        superteam_option: V2MessageSuperTeamOption | None = None,
        robot_config: V2MessageRobotConfig | None = None,
        thread_config: V2MessageThreadConfig | None = None,
        sender_no_sense: bool | None = None,
        receiver_no_sense: bool | None = None,
        extension: str | None = None,
        ai_params: V2MessageAiParams | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageSent:
        """Send a message to a one-to-one, team or super team conversation.

        Sends a message from the conversation's owner to the other account or to the
        team the conversation id names, and returns the stored message with its server
        id. Besides the message itself, the body sets where the message is stored and
        counted, its push notification, content moderation, copying to the app server,
        team options such as targeted delivery, a thread reply, and a robot or AI
        account that should answer. Send `message.message_client_id` to make a retried
        send recognisable as the same message.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message: The message to send: its type, its text and, for every type but
                text and tip, its attachment. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            message_config: Where the message is stored and counted. Every switch is
                `true` when left out.
            target_option: Makes a team message a targeted message (定向消息), seen only by
                some of the members.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            antispam_config: Content moderation (反垃圾) of the message this call sends.
            p2p_option: Options of a one-to-one message.
            team_option: Options of a message to an advanced team.
            superteam_option: Options of a message to a super team.
            robot_config: Routes the message to a chat robot account.
            thread_config: Makes the message a reply in a thread.
            sender_no_sense: The sender does not see the message: it is not synchronised
                to the sender's devices nor kept in the sender's history.
            receiver_no_sense: The receiver's devices do not show the message (it is not
                counted or stored for them).
            extension: Developer extension of the message, JSON text recommended. At
                most 1024 characters.
            ai_params: Asks an AI account (数字人) to answer the message. The text values
                carry JSON as the AI feature's documentation describes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageSent: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversations/{conversation_id}/messages``
        (operation ``v2.message.sendMessage`` in the spec).
        """
        return _cast(
            "V2MessageSent",
            _answer_data(
                await self._client._call(
                    _SEND_MESSAGE,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "message_config": message_config,
                        "target_option": target_option,
                        "route_config": route_config,
                        "push_config": push_config,
                        "antispam_config": antispam_config,
                        "p2p_option": p2p_option,
                        "team_option": team_option,
                        "superteam_option": superteam_option,
                        "robot_config": robot_config,
                        "thread_config": thread_config,
                        "sender_no_sense": sender_no_sense,
                        "receiver_no_sense": receiver_no_sense,
                        "extension": extension,
                        "ai_params": ai_params,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def send_p2p_read_receipt(
        self,
        *,
        from_account_id: str | None = None,
        to_account_id: str | None = None,
        message_server_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageSendP2pReadReceiptData:
        """Mark a one-to-one message as read.

        Sends a read receipt on behalf of the receiver of a one-to-one message to its
        sender, so the sender's devices show the message, and those before it, as read.

        Args:
            from_account_id: The account sending the receipt (the receiver of the
                message). 1 to 32 characters. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            to_account_id: The account getting the receipt (the sender of the message).
                1 to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            message_server_id: The server id of the message read. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageSendP2pReadReceiptData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/p2p_read_receipt``
        (operation ``v2.message.sendP2pReadReceipt`` in the spec).
        """
        return _cast(
            "V2MessageSendP2pReadReceiptData",
            _answer_data(
                await self._client._call(
                    _SEND_P2P_READ_RECEIPT,
                    {
                        "from_account_id": from_account_id,
                        "to_account_id": to_account_id,
                        "message_server_id": message_server_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def send_team_read_receipt(
        self,
        *,
        from_account_id: str | None = None,
        team_id: int | str | None = None,
        message_server_ids: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageSendTeamReadReceiptData:
        """Mark advanced team messages as read.

        Marks up to 50 messages of an advanced team as read by one member. The team read
        receipt feature must be switched on in the console; it works for teams of up to
        200 members by default (up to 500 when raised in the console). The answer lists
        the message ids accepted and those refused.

        Args:
            from_account_id: The member who read the messages. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            team_id: The advanced team. Required by the spec, which doubts it: left out,
                the call is sent with a SpecDoubtWarning.
            message_server_ids: The server ids of the messages read, at most 50. At
                least 1 items; at most 50 items. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageSendTeamReadReceiptData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/messages/actions/team_read_receipt``
        (operation ``v2.message.sendTeamReadReceipt`` in the spec).
        """
        return _cast(
            "V2MessageSendTeamReadReceiptData",
            _answer_data(
                await self._client._call(
                    _SEND_TEAM_READ_RECEIPT,
                    {
                        "from_account_id": from_account_id,
                        "team_id": team_id,
                        "message_server_ids": message_server_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def stream_message(
        self,
        *,
        conversation_id: str,
        message: V2MessageStream,
        rag_info_list: list[V2MessageRagInfo] | None = None,
        team_option: V2MessageTeamOption | None = None,
        target_option: V2MessageTargetOption | None = None,
        message_config: V2MessageStreamMessageMessageConfig | None = None,
        route_config: V2RouteConfig | None = None,
        p2p_option: V2MessageP2pOption | None = None,
        push_config: V2PushContent | None = None,
        extension: str | None = None,
        thread_config: V2MessageThreadConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2MessageStreamMessageData:
        """Send one piece of a streamed message.

        Sends a text in pieces, as a language model produces it: every call carries the
        next piece in `message.attachment` with its `index`, the pieces share one
        `message.message_client_id`, and the last piece has `finish` 1. Devices show the
        text growing. `rag_info_list` names the sources the answer drew on.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message: One piece of a streamed message (a text sent in several parts, such
                as a model's answer).
            rag_info_list: The sources the streamed answer drew on, shown with the
                message.
            team_option: Options of a message to an advanced team.
            target_option: Makes a team message a targeted message (定向消息), seen only by
                some of the members.
            message_config: Where the message is stored and counted; every switch is
                `true` when left out.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            p2p_option: Options of a one-to-one message.
            push_config: The push notification of the message; the stream takes no
                forced-push keys.
            extension: Developer extension of the message, JSON text recommended. At
                most 1024 characters.
            thread_config: Makes the message a reply in a thread.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2MessageStreamMessageData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/conversations/{conversation_id}/messages/actions/stream_message``
        (operation ``v2.message.streamMessage`` in the spec).
        """
        return _cast(
            "V2MessageStreamMessageData",
            _answer_data(
                await self._client._call(
                    _STREAM_MESSAGE,
                    {
                        "conversation_id": conversation_id,
                        "message": message,
                        "rag_info_list": rag_info_list,
                        "team_option": team_option,
                        "target_option": target_option,
                        "message_config": message_config,
                        "route_config": route_config,
                        "p2p_option": p2p_option,
                        "push_config": push_config,
                        "extension": extension,
                        "thread_config": thread_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def withdraw_message(
        self,
        *,
        conversation_id: str,
        message_server_id: int | str,
        type: Literal[1, 2, 3],
        description: str | None = None,
        push_content: str | None = None,
        push_payload: str | None = None,
        route_environment: str | None = None,
        attach: str | None = None,
        check_team_member_valid: bool | None = None,
        message_time: int | str | None = None,
        ignore_revoke_time: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Recall or delete a message.

        Takes a message back, as `type` says. 1, a one-sided recall: a one-to-one or
        advanced team message up to 30 days old disappears for the receivers, who get a
        recall notice, while the sender keeps it. 2, a two-sided recall: a one-to-one,
        advanced team or super team message disappears for everyone and both sides get a
        notice; allowed within the app's recall window (2 minutes by default, at most 7
        days) unless `ignore_revoke_time` lifts it. 3, a silent delete: a one-to-one or
        advanced team message up to 30 days old is removed from the offline, roaming and
        history stores without notice. By default only the sender may recall a message.

        Args:
            conversation_id: The conversation id, `<owner account>|<type>|<other account
                or team id>` with type 1 for one-to-one, 2 for a team and 3 for a super
                team (`zhangsan|1|lisi`). The client percent-encodes it, `|` included.
                At least 5 characters; matching `^[^|]+\\|[123]\\|[^|]+$`.
            message_server_id: The server id of the message.
            type: 1 one-sided recall, 2 two-sided recall, 3 silent delete. One of 1, 2,
                3.
            description: A note on why the message was recalled, carried in the recall
                notice.
            push_content: The push text of the recall notice (two-sided recall only). At
                most 500 characters.
            push_payload: The push payload of the recall notice, as JSON text (two-sided
                recall only). At most 2048 characters.
            route_environment: The copy environment that receives the recall event
                (two-sided recall only).
            attach: Extension text carried in the recall notice (two-sided recall only).
            check_team_member_valid: For a team message, check that the recalling
                account is still a member.
            message_time: When the message was sent, in epoch milliseconds; helps the
                server find it.
            ignore_revoke_time: 1 recall even after the app's recall window has passed
                (two-sided recall), 0 keep the window. One of 0, 1. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/conversations/{conversation_id}/messages/{message_server_id}``
        (operation ``v2.message.withdrawMessage`` in the spec).
        """
        await self._client._call(
            _WITHDRAW_MESSAGE,
            {
                "conversation_id": conversation_id,
                "message_server_id": message_server_id,
                "type": type,
                "description": description,
                "push_content": push_content,
                "push_payload": push_payload,
                "route_environment": route_environment,
                "attach": attach,
                "check_team_member_valid": check_team_member_valid,
                "message_time": message_time,
                "ignore_revoke_time": ignore_revoke_time,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )
