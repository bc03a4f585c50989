# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``history/``: App-wide broadcast messages to every user. Cloud message
history, recent sessions and user events.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, JsonText, ListOf, Number, OneOf, Str
from .._doubts import Doubted, LOOSE, SpecDoubt
from .._fields import Endpoint, Field
from ..types import (
    HistoryDelBroadcastMsgByIdResponse,
    HistoryQueryBroadcastMsgByIdResponse,
    HistoryQueryBroadcastMsgResponse,
    HistoryQueryChatroomMsgResponse,
    HistoryQuerySessionListResponse,
    HistoryQuerySessionMsgResponse,
    HistoryQueryTagHistoryMsgResponse,
    HistoryQueryTeamMsgResponse,
    HistoryQueryUserEventsResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncHistoryGroup", "HistoryGroup"]

_DEL_BROADCAST_MSG_BY_ID = Endpoint(
    "history/delBroadcastMsgById.action",
    (
        Field(
            "broadcastId",
            "broadcast_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether broadcastId is required by history/delBroadcastMsgById.",
                    "One history/delBroadcastMsgById call without broadcastId: code 414 means required.",
                ),
            ),
        ),
    ),
)

_QUERY_BROADCAST_MSG = Endpoint(
    "history/queryBroadcastMsg.action",
    (
        Field(
            "broadcastId",
            "broadcast_id",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
        Field("limit", "limit", Number(integral=True, minimum=1, maximum=100)),
        Field("type", "type", OneOf((1, 2, 3))),
    ),
    safe_to_repeat=True,
)

_QUERY_BROADCAST_MSG_BY_ID = Endpoint(
    "history/queryBroadcastMsgById.action",
    (
        Field(
            "broadcastId",
            "broadcast_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_CHATROOM_MSG = Endpoint(
    "history/queryChatroomMsg.action",
    (
        Field(
            "roomid",
            "roomid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=200),
            required=True,
        ),
        Field("reverse", "reverse", OneOf((1, 2))),
        Field("type", "type", Str(pattern="^[0-9]+(,[0-9]+)*$")),
    ),
    safe_to_repeat=True,
)

_QUERY_SESSION_LIST = Endpoint(
    "history/querySessionList.action",
    (
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether accid is the only required field of history/querySessionList.",
                    "One history/querySessionList call with accid alone: code 200 means the others are optional; one without accid: 414.",
                ),
            ),
        ),
        Field(
            "minTimestamp",
            "min_timestamp",
            Number(integral=True, format="int64", digits=True),
        ),
        Field(
            "maxTimestamp",
            "max_timestamp",
            Number(integral=True, format="int64", digits=True),
        ),
        Field("limit", "limit", Number(integral=True)),
        Field(
            "needLastMsg",
            "need_last_msg",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether needLastMsg takes 0 (no, the default) and 1 (yes).",
                        "history/querySessionList calls with needLastMsg 0, 1 and 2: which answer code 200, and which include last messages.",
                    ),
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_QUERY_SESSION_MSG = Endpoint(
    "history/querySessionMsg.action",
    (
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field("to", "to", Str(min_length=1, max_length=32), required=True),
        Field(
            "begintime",
            "begintime",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "endtime",
            "endtime",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
        ),
        Field("reverse", "reverse", OneOf((1, 2))),
        Field("type", "type", Str(pattern="^[0-9]+(,[0-9]+)*$")),
        Field("includeNoSenseMsg", "include_no_sense_msg", Bool()),
        Field("excludeMsgid", "exclude_msgid", Str()),
    ),
    safe_to_repeat=True,
)

_QUERY_TAG_HISTORY_MSG = Endpoint(
    "history/queryTagHistoryMsg.action",
    (
        Field(
            "roomId",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomId and tags are the only required fields of the tag query.",
                    "One tag query without tags and one without roomId: code 414 means required; one with only these two: code 200.",
                ),
            ),
        ),
        Field(
            "tags",
            "tags",
            JsonText(ListOf(Str(), min_items=1)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether roomId and tags are the only required fields of the tag query.",
                    "One tag query without tags and one without roomId: code 414 means required; one with only these two: code 200.",
                ),
            ),
        ),
        Field("types", "types", Str(pattern="^[0-9]+(,[0-9]+)*$")),
        Field(
            "fromTime", "from_time", Number(integral=True, format="int64", digits=True)
        ),
        Field("toTime", "to_time", Number(integral=True, format="int64", digits=True)),
        Field("limit", "limit", Number(integral=True)),
        Field("reverse", "reverse", OneOf((1, 2))),
    ),
    safe_to_repeat=True,
)

_QUERY_TEAM_MSG = Endpoint(
    "history/queryTeamMsg.action",
    (
        Field(
            "tid",
            "tid",
            Doubted(
                Number(integral=True, format="int64", digits=True),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether tid is a 64-bit number or text of up to 128 characters.",
                        "One history/queryTeamMsg call with tid sent as a number and one with a non-numeric tid: the error of the second names the type.",
                    ),
                ),
            ),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "begintime",
            "begintime",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "endtime",
            "endtime",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
        ),
        Field("reverse", "reverse", OneOf((1, 2))),
        Field("type", "type", Str(pattern="^[0-9]+(,[0-9]+)*$")),
        Field("checkTeamValid", "check_team_valid", Bool()),
        Field("includeNoSenseMsg", "include_no_sense_msg", Bool()),
        Field("excludeMsgid", "exclude_msgid", Str()),
    ),
    safe_to_repeat=True,
)

_QUERY_USER_EVENTS = Endpoint(
    "history/queryUserEvents.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "begintime",
            "begintime",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "endtime",
            "endtime",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            required=True,
        ),
        Field("reverse", "reverse", OneOf((1, 2))),
    ),
    safe_to_repeat=True,
)


class HistoryGroup:
    """Operations under ``history/``, reached as ``client.history``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def del_broadcast_msg_by_id(
        self,
        *,
        broadcast_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryDelBroadcastMsgByIdResponse:
        """Delete a broadcast message.

        Deletes one broadcast the app has sent, by its id.

        Args:
            broadcast_id: Id of the broadcast to delete. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryDelBroadcastMsgByIdResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/delBroadcastMsgById.action``
        (operation ``historyDelBroadcastMsgById`` in the spec).
        """
        return _cast(
            "HistoryDelBroadcastMsgByIdResponse",
            self._client._call(
                _DEL_BROADCAST_MSG_BY_ID,
                {
                    "broadcastId": broadcast_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_broadcast_msg(
        self,
        *,
        broadcast_id: int | str | None = None,
        limit: int | None = None,
        type: Literal[1, 2, 3] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryBroadcastMsgResponse:
        """List sent broadcast messages.

        Pages backwards through the broadcasts the app has sent, newest first. Start
        with `broadcast_id` 0 and pass the id of the last record received to fetch the
        next page.

        Args:
            broadcast_id: Id to start paging from; 0 starts at the most recent
                broadcast. The server's default is 0.
            limit: Number of records to return, at most 100. At least 1; at most 100.
                The server's default is 100.
            type: Which broadcasts to list; 1 all, 2 only those kept for offline users,
                3 only those not kept. One of 1, 2, 3. The server's default is 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryBroadcastMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryBroadcastMsg.action``
        (operation ``historyQueryBroadcastMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryBroadcastMsgResponse",
            self._client._call(
                _QUERY_BROADCAST_MSG,
                {
                    "broadcastId": broadcast_id,
                    "limit": limit,
                    "type": type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_broadcast_msg_by_id(
        self,
        *,
        broadcast_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryBroadcastMsgByIdResponse:
        """Get one broadcast message.

        Returns a single broadcast the app has sent, by its id.

        Args:
            broadcast_id: Id of the broadcast.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryBroadcastMsgByIdResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryBroadcastMsgById.action``
        (operation ``historyQueryBroadcastMsgById`` in the spec).
        """
        return _cast(
            "HistoryQueryBroadcastMsgByIdResponse",
            self._client._call(
                _QUERY_BROADCAST_MSG_BY_ID,
                {
                    "broadcastId": broadcast_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_chatroom_msg(
        self,
        *,
        roomid: int | str,
        accid: str,
        timetag: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryChatroomMsgResponse:
        """Query a chat room's cloud history.

        Returns stored messages of a chat room, walking in time from an anchor
        timestamp. With `reverse` 1 the anchor is the start and messages come oldest
        first; with `reverse` 2 (the default) it is the end and they come newest first.
        Up to 200 messages per call.

        Args:
            roomid: Id of the chat room.
            accid: Account on whose behalf the history is read. 1 to 32 characters.
            timetag: Anchor time in epoch milliseconds (13 digits): the start of the
                walk when `reverse` is 1, its end when `reverse` is 2.
            limit: Maximum number of messages to return; 0, negative values or more than
                200 are rejected with 414. At least 1; at most 200.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            type: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryChatroomMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 1200 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/history/queryChatroomMsg.action``
        (operation ``historyQueryChatroomMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryChatroomMsgResponse",
            self._client._call(
                _QUERY_CHATROOM_MSG,
                {
                    "roomid": roomid,
                    "accid": accid,
                    "timetag": timetag,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_session_list(
        self,
        *,
        accid: str | None = None,
        min_timestamp: int | str | None = None,
        max_timestamp: int | str | None = None,
        limit: int | None = None,
        need_last_msg: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQuerySessionListResponse:
        """List an account's server-side conversations.

        Returns the conversations (sessions) of an account whose last update falls in a
        time window, optionally with the last message of each. The server-side session
        feature must be switched on in the console first; otherwise the call fails with
        code 403.

        Args:
            accid: Account whose conversations are listed. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            min_timestamp: Lower bound of the time window, epoch milliseconds.
            max_timestamp: Upper bound of the time window, epoch milliseconds.
            limit: Maximum number of conversations to return.
            need_last_msg: 1 to include the last message of each conversation, 0 (the
                default) to leave it out. One of 0, 1. The server's default is 0. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQuerySessionListResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/querySessionList.action``
        (operation ``historyQuerySessionList`` in the spec).
        """
        return _cast(
            "HistoryQuerySessionListResponse",
            self._client._call(
                _QUERY_SESSION_LIST,
                {
                    "accid": accid,
                    "minTimestamp": min_timestamp,
                    "maxTimestamp": max_timestamp,
                    "limit": limit,
                    "needLastMsg": need_last_msg,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_session_msg(
        self,
        *,
        from_: str,
        to: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        include_no_sense_msg: bool | None = None,
        exclude_msgid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQuerySessionMsgResponse:
        """Query one-to-one cloud history.

        Returns stored messages exchanged between two accounts within a time range, at
        most 100 per call. There is no paging cursor: to read further, query again with
        a time range that continues where the last result ended (optionally excluding
        the boundary message with `exclude_msgid`). Only messages still within the
        storage period are returned.

        Args:
            from_: One side of the conversation (the sender side). 1 to 32 characters.
            to: The other side of the conversation. 1 to 32 characters.
            begintime: Start of the time range, epoch milliseconds.
            endtime: End of the time range, epoch milliseconds.
            limit: Maximum number of messages to return; 0, negative values or more than
                100 are rejected with 414. At least 1; at most 100.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            type: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            include_no_sense_msg: Also return messages that were sent flagged as
                invisible to one side.
            exclude_msgid: Server id of a message to leave out of the result, typically
                the boundary message of the previous page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQuerySessionMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/querySessionMsg.action``
        (operation ``historyQuerySessionMsg`` in the spec).
        """
        return _cast(
            "HistoryQuerySessionMsgResponse",
            self._client._call(
                _QUERY_SESSION_MSG,
                {
                    "from": from_,
                    "to": to,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                    "includeNoSenseMsg": include_no_sense_msg,
                    "excludeMsgid": exclude_msgid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_tag_history_msg(
        self,
        *,
        room_id: int | str | None = None,
        tags: list[str] | None = None,
        types: str | None = None,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryTagHistoryMsgResponse:
        """Query chat room history by message tag.

        Returns stored chat room messages that carry any of the given tags, optionally
        limited to some message types and a time range.

        Args:
            room_id: Id of the chat room. If the server ignores it, send the other
                spelling with `call_extra_fields={"roomid": ...}`. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            tags: Message tags to match, as a JSON array of strings. At least 1 items.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            types: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            from_time: Start of the time range, epoch milliseconds.
            to_time: End of the time range, epoch milliseconds.
            limit: Maximum number of messages to return.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryTagHistoryMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryTagHistoryMsg.action``
        (operation ``historyQueryTagHistoryMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryTagHistoryMsgResponse",
            self._client._call(
                _QUERY_TAG_HISTORY_MSG,
                {
                    "roomId": room_id,
                    "tags": tags,
                    "types": types,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_team_msg(
        self,
        *,
        tid: int | str,
        accid: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        check_team_valid: bool | None = None,
        include_no_sense_msg: bool | None = None,
        exclude_msgid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryTeamMsgResponse:
        """Query advanced team cloud history.

        Returns stored messages of an advanced team within a time range, at most 100 per
        call, as seen by one account. By default the team must still be valid and the
        account a current member; with `check_team_valid` false it is enough that the
        team exists and the account was once a member.

        Args:
            tid: Id of the team, as returned when it was created. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            accid: Account on whose behalf the history is read. 1 to 32 characters.
            begintime: Start of the time range, epoch milliseconds.
            endtime: End of the time range, epoch milliseconds.
            limit: Maximum number of messages to return; 0, negative values or more than
                100 are rejected with 414. At least 1; at most 100.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            type: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            check_team_valid: true to require a valid team and a current member; false
                to also serve former members of a team that still exists. The server's
                default is True.
            include_no_sense_msg: Also return messages that were sent flagged as
                invisible to some members.
            exclude_msgid: Server id of a message to leave out of the result, typically
                the boundary message of the previous page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryTeamMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryTeamMsg.action``
        (operation ``historyQueryTeamMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryTeamMsgResponse",
            self._client._call(
                _QUERY_TEAM_MSG,
                {
                    "tid": tid,
                    "accid": accid,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                    "checkTeamValid": check_team_valid,
                    "includeNoSenseMsg": include_no_sense_msg,
                    "excludeMsgid": exclude_msgid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_user_events(
        self,
        *,
        accid: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryUserEventsResponse:
        """Query an account's login and logout events.

        Returns the login and logout records of one account within a time range, at most
        100 per call.

        Args:
            accid: Account whose events are listed. 1 to 32 characters.
            begintime: Start of the time range, epoch milliseconds.
            endtime: End of the time range, epoch milliseconds.
            limit: Maximum number of events to return; 0, negative values or more than
                100 are rejected with 414. At least 1; at most 100.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryUserEventsResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryUserEvents.action``
        (operation ``historyQueryUserEvents`` in the spec).
        """
        return _cast(
            "HistoryQueryUserEventsResponse",
            self._client._call(
                _QUERY_USER_EVENTS,
                {
                    "accid": accid,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncHistoryGroup:
    """Operations under ``history/``, reached as ``client.history`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def del_broadcast_msg_by_id(
        self,
        *,
        broadcast_id: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryDelBroadcastMsgByIdResponse:
        """Delete a broadcast message.

        Deletes one broadcast the app has sent, by its id.

        Args:
            broadcast_id: Id of the broadcast to delete. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryDelBroadcastMsgByIdResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/delBroadcastMsgById.action``
        (operation ``historyDelBroadcastMsgById`` in the spec).
        """
        return _cast(
            "HistoryDelBroadcastMsgByIdResponse",
            await self._client._call(
                _DEL_BROADCAST_MSG_BY_ID,
                {
                    "broadcastId": broadcast_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_broadcast_msg(
        self,
        *,
        broadcast_id: int | str | None = None,
        limit: int | None = None,
        type: Literal[1, 2, 3] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryBroadcastMsgResponse:
        """List sent broadcast messages.

        Pages backwards through the broadcasts the app has sent, newest first. Start
        with `broadcast_id` 0 and pass the id of the last record received to fetch the
        next page.

        Args:
            broadcast_id: Id to start paging from; 0 starts at the most recent
                broadcast. The server's default is 0.
            limit: Number of records to return, at most 100. At least 1; at most 100.
                The server's default is 100.
            type: Which broadcasts to list; 1 all, 2 only those kept for offline users,
                3 only those not kept. One of 1, 2, 3. The server's default is 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryBroadcastMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryBroadcastMsg.action``
        (operation ``historyQueryBroadcastMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryBroadcastMsgResponse",
            await self._client._call(
                _QUERY_BROADCAST_MSG,
                {
                    "broadcastId": broadcast_id,
                    "limit": limit,
                    "type": type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_broadcast_msg_by_id(
        self,
        *,
        broadcast_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryBroadcastMsgByIdResponse:
        """Get one broadcast message.

        Returns a single broadcast the app has sent, by its id.

        Args:
            broadcast_id: Id of the broadcast.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryBroadcastMsgByIdResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryBroadcastMsgById.action``
        (operation ``historyQueryBroadcastMsgById`` in the spec).
        """
        return _cast(
            "HistoryQueryBroadcastMsgByIdResponse",
            await self._client._call(
                _QUERY_BROADCAST_MSG_BY_ID,
                {
                    "broadcastId": broadcast_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_chatroom_msg(
        self,
        *,
        roomid: int | str,
        accid: str,
        timetag: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryChatroomMsgResponse:
        """Query a chat room's cloud history.

        Returns stored messages of a chat room, walking in time from an anchor
        timestamp. With `reverse` 1 the anchor is the start and messages come oldest
        first; with `reverse` 2 (the default) it is the end and they come newest first.
        Up to 200 messages per call.

        Args:
            roomid: Id of the chat room.
            accid: Account on whose behalf the history is read. 1 to 32 characters.
            timetag: Anchor time in epoch milliseconds (13 digits): the start of the
                walk when `reverse` is 1, its end when `reverse` is 2.
            limit: Maximum number of messages to return; 0, negative values or more than
                200 are rejected with 414. At least 1; at most 200.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            type: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryChatroomMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 1200 calls/min per app; blocked for 1 min when exceeded.

        Calls ``POST /nimserver/history/queryChatroomMsg.action``
        (operation ``historyQueryChatroomMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryChatroomMsgResponse",
            await self._client._call(
                _QUERY_CHATROOM_MSG,
                {
                    "roomid": roomid,
                    "accid": accid,
                    "timetag": timetag,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_session_list(
        self,
        *,
        accid: str | None = None,
        min_timestamp: int | str | None = None,
        max_timestamp: int | str | None = None,
        limit: int | None = None,
        need_last_msg: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQuerySessionListResponse:
        """List an account's server-side conversations.

        Returns the conversations (sessions) of an account whose last update falls in a
        time window, optionally with the last message of each. The server-side session
        feature must be switched on in the console first; otherwise the call fails with
        code 403.

        Args:
            accid: Account whose conversations are listed. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            min_timestamp: Lower bound of the time window, epoch milliseconds.
            max_timestamp: Upper bound of the time window, epoch milliseconds.
            limit: Maximum number of conversations to return.
            need_last_msg: 1 to include the last message of each conversation, 0 (the
                default) to leave it out. One of 0, 1. The server's default is 0. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQuerySessionListResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/querySessionList.action``
        (operation ``historyQuerySessionList`` in the spec).
        """
        return _cast(
            "HistoryQuerySessionListResponse",
            await self._client._call(
                _QUERY_SESSION_LIST,
                {
                    "accid": accid,
                    "minTimestamp": min_timestamp,
                    "maxTimestamp": max_timestamp,
                    "limit": limit,
                    "needLastMsg": need_last_msg,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_session_msg(
        self,
        *,
        from_: str,
        to: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        include_no_sense_msg: bool | None = None,
        exclude_msgid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQuerySessionMsgResponse:
        """Query one-to-one cloud history.

        Returns stored messages exchanged between two accounts within a time range, at
        most 100 per call. There is no paging cursor: to read further, query again with
        a time range that continues where the last result ended (optionally excluding
        the boundary message with `exclude_msgid`). Only messages still within the
        storage period are returned.

        Args:
            from_: One side of the conversation (the sender side). 1 to 32 characters.
            to: The other side of the conversation. 1 to 32 characters.
            begintime: Start of the time range, epoch milliseconds.
            endtime: End of the time range, epoch milliseconds.
            limit: Maximum number of messages to return; 0, negative values or more than
                100 are rejected with 414. At least 1; at most 100.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            type: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            include_no_sense_msg: Also return messages that were sent flagged as
                invisible to one side.
            exclude_msgid: Server id of a message to leave out of the result, typically
                the boundary message of the previous page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQuerySessionMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/querySessionMsg.action``
        (operation ``historyQuerySessionMsg`` in the spec).
        """
        return _cast(
            "HistoryQuerySessionMsgResponse",
            await self._client._call(
                _QUERY_SESSION_MSG,
                {
                    "from": from_,
                    "to": to,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                    "includeNoSenseMsg": include_no_sense_msg,
                    "excludeMsgid": exclude_msgid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_tag_history_msg(
        self,
        *,
        room_id: int | str | None = None,
        tags: list[str] | None = None,
        types: str | None = None,
        from_time: int | str | None = None,
        to_time: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryTagHistoryMsgResponse:
        """Query chat room history by message tag.

        Returns stored chat room messages that carry any of the given tags, optionally
        limited to some message types and a time range.

        Args:
            room_id: Id of the chat room. If the server ignores it, send the other
                spelling with `call_extra_fields={"roomid": ...}`. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            tags: Message tags to match, as a JSON array of strings. At least 1 items.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is. Required by the spec, which doubts it: left out, the call is sent
                with a SpecDoubtWarning.
            types: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            from_time: Start of the time range, epoch milliseconds.
            to_time: End of the time range, epoch milliseconds.
            limit: Maximum number of messages to return.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryTagHistoryMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryTagHistoryMsg.action``
        (operation ``historyQueryTagHistoryMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryTagHistoryMsgResponse",
            await self._client._call(
                _QUERY_TAG_HISTORY_MSG,
                {
                    "roomId": room_id,
                    "tags": tags,
                    "types": types,
                    "fromTime": from_time,
                    "toTime": to_time,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_team_msg(
        self,
        *,
        tid: int | str,
        accid: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        check_team_valid: bool | None = None,
        include_no_sense_msg: bool | None = None,
        exclude_msgid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryTeamMsgResponse:
        """Query advanced team cloud history.

        Returns stored messages of an advanced team within a time range, at most 100 per
        call, as seen by one account. By default the team must still be valid and the
        account a current member; with `check_team_valid` false it is enough that the
        team exists and the account was once a member.

        Args:
            tid: Id of the team, as returned when it was created. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            accid: Account on whose behalf the history is read. 1 to 32 characters.
            begintime: Start of the time range, epoch milliseconds.
            endtime: End of the time range, epoch milliseconds.
            limit: Maximum number of messages to return; 0, negative values or more than
                100 are rejected with 414. At least 1; at most 100.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            type: Comma-separated message type codes to include (0 text, 1 image, 2
                audio, 3 video, 4 location, 6 file, 10 tip, 100 custom); all types when
                omitted. Matching `^[0-9]+(,[0-9]+)*$`.
            check_team_valid: true to require a valid team and a current member; false
                to also serve former members of a team that still exists. The server's
                default is True.
            include_no_sense_msg: Also return messages that were sent flagged as
                invisible to some members.
            exclude_msgid: Server id of a message to leave out of the result, typically
                the boundary message of the previous page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryTeamMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryTeamMsg.action``
        (operation ``historyQueryTeamMsg`` in the spec).
        """
        return _cast(
            "HistoryQueryTeamMsgResponse",
            await self._client._call(
                _QUERY_TEAM_MSG,
                {
                    "tid": tid,
                    "accid": accid,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                    "checkTeamValid": check_team_valid,
                    "includeNoSenseMsg": include_no_sense_msg,
                    "excludeMsgid": exclude_msgid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_user_events(
        self,
        *,
        accid: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> HistoryQueryUserEventsResponse:
        """Query an account's login and logout events.

        Returns the login and logout records of one account within a time range, at most
        100 per call.

        Args:
            accid: Account whose events are listed. 1 to 32 characters.
            begintime: Start of the time range, epoch milliseconds.
            endtime: End of the time range, epoch milliseconds.
            limit: Maximum number of events to return; 0, negative values or more than
                100 are rejected with 414. At least 1; at most 100.
            reverse: Order of the result; 1 oldest first, 2 newest first. One of 1, 2.
                The server's default is 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            HistoryQueryUserEventsResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/history/queryUserEvents.action``
        (operation ``historyQueryUserEvents`` in the spec).
        """
        return _cast(
            "HistoryQueryUserEventsResponse",
            await self._client._call(
                _QUERY_USER_EVENTS,
                {
                    "accid": accid,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
