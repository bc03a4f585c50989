# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``ai`` operations, reached as ``client.v2.ai``: The AI chat assistant that
suggests replies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import ListOf, Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2AiChatAssistData,
    V2AiChatAssistHistoryItem,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2AiOperations", "V2AiOperations"]

_CHAT_ASSIST = Endpoint(
    "ai/chat_assistant/v1/chat_assist",
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
                    "One chat-assist call without `sender_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("sender_tag_list", "sender_tag_list", ListOf(Str()), where="body"),
        Field(
            "receiver_id",
            "receiver_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `receiver_id` must be given.",
                    "One chat-assist call without `receiver_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("receiver_tag_list", "receiver_tag_list", ListOf(Str()), where="body"),
        Field("receiver_last_message", "receiver_last_message", Str(), where="body"),
        Field(
            "style_list",
            "style_list",
            ListOf(Str(), min_items=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `style_list` must be given.",
                    "One chat-assist call without `style_list`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "history",
            "history",
            ListOf(_shapes.V2AiChatAssistHistoryItem),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)


class V2AiOperations:
    """The v2 ``ai`` operations, reached as ``client.v2.ai``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def chat_assist(
        self,
        *,
        sender_id: str | None = None,
        sender_tag_list: list[str] | None = None,
        receiver_id: str | None = None,
        receiver_tag_list: list[str] | None = None,
        receiver_last_message: str | None = None,
        style_list: list[str] | None = None,
        history: list[V2AiChatAssistHistoryItem] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AiChatAssistData:
        """Suggest replies to a conversation.

        Asks the AI chat assistant for reply suggestions that the sender could send to
        the receiver, one per style in `style_list`, based on the receiver's last
        message, the recent history and tags describing both people. Nothing is sent to
        anyone; the app shows the suggestions.

        Args:
            sender_id: The account the suggestions are for. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            sender_tag_list: Tags describing the sender, which shape the suggestions.
            receiver_id: The account the reply would go to. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            receiver_tag_list: Tags describing the receiver.
            receiver_last_message: The receiver's last message, which the reply answers.
            style_list: The styles wanted; one suggestion comes back per style. At least
                1 items. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            history: Recent messages of the conversation, oldest first, as context.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AiChatAssistData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /ai/chat_assistant/v1/chat_assist``
        (operation ``v2.ai.chatAssist`` in the spec).
        """
        return _cast(
            "V2AiChatAssistData",
            _answer_data(
                self._client._call(
                    _CHAT_ASSIST,
                    {
                        "sender_id": sender_id,
                        "sender_tag_list": sender_tag_list,
                        "receiver_id": receiver_id,
                        "receiver_tag_list": receiver_tag_list,
                        "receiver_last_message": receiver_last_message,
                        "style_list": style_list,
                        "history": history,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2AiOperations:
    """The v2 ``ai`` operations, reached as ``client.v2.ai`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def chat_assist(
        self,
        *,
        sender_id: str | None = None,
        sender_tag_list: list[str] | None = None,
        receiver_id: str | None = None,
        receiver_tag_list: list[str] | None = None,
        receiver_last_message: str | None = None,
        style_list: list[str] | None = None,
        history: list[V2AiChatAssistHistoryItem] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AiChatAssistData:
        """Suggest replies to a conversation.

        Asks the AI chat assistant for reply suggestions that the sender could send to
        the receiver, one per style in `style_list`, based on the receiver's last
        message, the recent history and tags describing both people. Nothing is sent to
        anyone; the app shows the suggestions.

        Args:
            sender_id: The account the suggestions are for. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            sender_tag_list: Tags describing the sender, which shape the suggestions.
            receiver_id: The account the reply would go to. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            receiver_tag_list: Tags describing the receiver.
            receiver_last_message: The receiver's last message, which the reply answers.
            style_list: The styles wanted; one suggestion comes back per style. At least
                1 items. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            history: Recent messages of the conversation, oldest first, as context.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AiChatAssistData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /ai/chat_assistant/v1/chat_assist``
        (operation ``v2.ai.chatAssist`` in the spec).
        """
        return _cast(
            "V2AiChatAssistData",
            _answer_data(
                await self._client._call(
                    _CHAT_ASSIST,
                    {
                        "sender_id": sender_id,
                        "sender_tag_list": sender_tag_list,
                        "receiver_id": receiver_id,
                        "receiver_tag_list": receiver_tag_list,
                        "receiver_last_message": receiver_last_message,
                        "style_list": style_list,
                        "history": history,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
