# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``stats/``: Activity statistics of the app's chat rooms, by hour or by
day.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Number, OneOf
from .._fields import Endpoint, Field
from ..types import (
    StatsChatroomTopnResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncStatsGroup", "StatsGroup"]

_CHATROOM_TOPN = Endpoint(
    "stats/chatroom/topn.action",
    (
        Field("topn", "topn", Number(integral=True, minimum=1, maximum=500)),
        Field(
            "timestamp", "timestamp", Number(integral=True, format="int64", digits=True)
        ),
        Field("period", "period", OneOf(("hour", "day"))),
        Field("orderby", "orderby", OneOf(("active", "enter", "message"))),
    ),
    safe_to_repeat=True,
)


class StatsGroup:
    """Operations under ``stats/``, reached as ``client.stats``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def chatroom_topn(
        self,
        *,
        topn: int | None = None,
        timestamp: int | str | None = None,
        period: Literal["hour", "day"] | None = None,
        orderby: Literal["active", "enter", "message"] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> StatsChatroomTopnResponse:
        """List the top chat rooms by activity.

        Returns the chat rooms of the app that rank highest for one hour or one day,
        ordered by active members, entries or messages. A day's figures become available
        on the following day, and only the last 30 days can be queried.

        Args:
            topn: Number of rooms to return. At least 1; at most 500. The server's
                default is 100.
            timestamp: A moment inside the hour or day to report, epoch seconds or
                milliseconds; the current time when omitted.
            period: Length of the period to report. One of "hour", "day". The server's
                default is "hour".
            orderby: Ranking key: `active` by active members, `enter` by entries,
                `message` by messages. One of "active", "enter", "message". The server's
                default is "active".
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            StatsChatroomTopnResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/stats/chatroom/topn.action``
        (operation ``statsChatroomTopn`` in the spec).
        """
        return _cast(
            "StatsChatroomTopnResponse",
            self._client._call(
                _CHATROOM_TOPN,
                {
                    "topn": topn,
                    "timestamp": timestamp,
                    "period": period,
                    "orderby": orderby,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncStatsGroup:
    """Operations under ``stats/``, reached as ``client.stats`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def chatroom_topn(
        self,
        *,
        topn: int | None = None,
        timestamp: int | str | None = None,
        period: Literal["hour", "day"] | None = None,
        orderby: Literal["active", "enter", "message"] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> StatsChatroomTopnResponse:
        """List the top chat rooms by activity.

        Returns the chat rooms of the app that rank highest for one hour or one day,
        ordered by active members, entries or messages. A day's figures become available
        on the following day, and only the last 30 days can be queried.

        Args:
            topn: Number of rooms to return. At least 1; at most 500. The server's
                default is 100.
            timestamp: A moment inside the hour or day to report, epoch seconds or
                milliseconds; the current time when omitted.
            period: Length of the period to report. One of "hour", "day". The server's
                default is "hour".
            orderby: Ranking key: `active` by active members, `enter` by entries,
                `message` by messages. One of "active", "enter", "message". The server's
                default is "active".
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            StatsChatroomTopnResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/stats/chatroom/topn.action``
        (operation ``statsChatroomTopn`` in the spec).
        """
        return _cast(
            "StatsChatroomTopnResponse",
            await self._client._call(
                _CHATROOM_TOPN,
                {
                    "topn": topn,
                    "timestamp": timestamp,
                    "period": period,
                    "orderby": orderby,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
