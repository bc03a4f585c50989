# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``team_member`` operations, reached as ``client.v2.team_member``: Team members:
invite, remove, leave, mute, update and the teams an account has joined.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, ListOf, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from ..types import (
    V2JoinedTeamInfo,
    V2TeamMemberBatchMuteTeamMembersData,
    V2TeamMemberInviteTeamMembersData,
    V2TeamMemberKickTeamMembersData,
    V2TeamMemberQueryJoinedTeamsData,
    V2TeamMemberUpdateTeamMemberData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2TeamMemberOperations", "V2TeamMemberOperations"]

_BATCH_MUTE_TEAM_MEMBERS = Endpoint(
    "im/v2/team_members/actions/batch_mute",
    (
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="body",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field(
            "chat_ban_account_ids",
            "chat_ban_account_ids",
            ListOf(Str(min_length=1, max_length=32), min_items=1),
            required=True,
            where="body",
        ),
        Field("chat_banned", "chat_banned", Bool(), required=True, where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_INVITE_TEAM_MEMBERS = Endpoint(
    "im/v2/team_members",
    (
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="body",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field(
            "invite_account_ids",
            "invite_account_ids",
            ListOf(Str(min_length=1, max_length=32), min_items=1),
            required=True,
            where="body",
        ),
        Field("msg", "msg", Str(), where="body"),
        Field("extension", "extension", Str(), where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_KICK_TEAM_MEMBERS = Endpoint(
    "im/v2/team_members/actions/kick_member",
    (
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field(
            "kick_account_ids",
            "kick_account_ids",
            ListOf(Str(min_length=1, max_length=32), min_items=1),
            required=True,
            where="query",
            comma_list=True,
        ),
        Field("extension", "extension", Str(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_LEAVE_TEAM = Endpoint(
    "im/v2/team_members/actions/leave",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="query",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field("extension", "extension", Str(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_QUERY_JOINED_TEAMS = Endpoint(
    "im/v2.1/team_members/{account_id}/actions/joined_teams",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field("page_token", "page_token", Str(), where="query"),
        Field(
            "limit",
            "limit",
            Doubted(
                Number(integral=True, minimum=1, maximum=100),
                Number(integral=True),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `limit` may be at most 100 on the joined-teams list; 100 is the limit of the other v2 lists, not read on this page.",
                        "One call with limit 101: refused (or capped at 100 items) means the limit holds.",
                    ),
                ),
            ),
            where="query",
        ),
        Field(
            "need_return_member_info",
            "need_return_member_info",
            Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `need_return_member_info` takes 0 and 1; an integer in the Java SDK, the values are inferred.",
                        "One query with 1: member info back means 1 asks for it.",
                    ),
                ),
            ),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_UPDATE_TEAM_MEMBER = Endpoint(
    "im/v2.1/team_members/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="body",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field("team_nick", "team_nick", Str(), where="body"),
        Field("chat_banned", "chat_banned", Bool(), where="body"),
        Field(
            "message_notify_state",
            "message_notify_state",
            Number(integral=True),
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
        Field("server_extension", "server_extension", Str(), where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2TeamMemberOperations:
    """The v2 ``team_member`` operations, reached as ``client.v2.team_member``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_mute_team_members(
        self,
        *,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        chat_ban_account_ids: list[str],
        chat_banned: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberBatchMuteTeamMembersData:
        """Mute or unmute several team members.

        Mutes (`chat_banned` true) or unmutes several members of a team at once on
        behalf of the owner or a manager; the members that could not be changed come
        back in `failed_list`.

        Args:
            operator_id: The owner or manager who makes the change. 1 to 32 characters.
            team_id: The team.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            chat_ban_account_ids: The members to mute or unmute. At least 1 items; each
                1 to 32 characters.
            chat_banned: `true` mutes the members, `false` lifts the mute.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberBatchMuteTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/team_members/actions/batch_mute``
        (operation ``v2.team_member.batchMuteTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamMemberBatchMuteTeamMembersData",
            _answer_data(
                self._client._call(
                    _BATCH_MUTE_TEAM_MEMBERS,
                    {
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "chat_ban_account_ids": chat_ban_account_ids,
                        "chat_banned": chat_banned,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def invite_team_members(
        self,
        *,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        invite_account_ids: list[str],
        msg: str | None = None,
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberInviteTeamMembersData:
        """Invite accounts into a team.

        Invites accounts into a team on behalf of `operator_id`. Depending on the team's
        `agree_mode` they join at once or after accepting; the accounts that could not
        be invited come back in `failed_list`.

        Args:
            operator_id: The member who invites, allowed to by the team's `invite_mode`.
                1 to 32 characters.
            team_id: The team.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            invite_account_ids: The accounts invited. At least 1 items; each 1 to 32
                characters.
            msg: The message the invitees see with the invitation.
            extension: Extension text carried with the invitation; not stored.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberInviteTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/team_members``
        (operation ``v2.team_member.inviteTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamMemberInviteTeamMembersData",
            _answer_data(
                self._client._call(
                    _INVITE_TEAM_MEMBERS,
                    {
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "invite_account_ids": invite_account_ids,
                        "msg": msg,
                        "extension": extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def kick_team_members(
        self,
        *,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        kick_account_ids: list[str],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberKickTeamMembersData:
        """Remove members from a team.

        Removes members from a team on behalf of the owner or a manager (`operator_id`);
        the members that could not be removed come back in `failed_list`.

        Args:
            operator_id: The owner or manager who removes the members. 1 to 32
                characters.
            team_id: The team.
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            kick_account_ids: The members to remove. At least 1 items; each 1 to 32
                characters.
            extension: Extension text carried with the notification; not stored.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberKickTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/team_members/actions/kick_member``
        (operation ``v2.team_member.kickTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamMemberKickTeamMembersData",
            _answer_data(
                self._client._call(
                    _KICK_TEAM_MEMBERS,
                    {
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "kick_account_ids": kick_account_ids,
                        "extension": extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def leave_team(
        self,
        *,
        account_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Make an account leave a team.

        Takes an account out of a team as if it had left by itself. The owner cannot
        leave this way; hand the team over first.

        Args:
            account_id: The account that leaves. 1 to 32 characters.
            team_id: The team.
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            extension: Extension text carried with the notification; not stored.
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

        Calls ``DELETE /im/v2/team_members/actions/leave``
        (operation ``v2.team_member.leaveTeam`` in the spec).
        """
        self._client._call(
            _LEAVE_TEAM,
            {
                "account_id": account_id,
                "team_id": team_id,
                "team_type": team_type,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def query_joined_teams(
        self,
        *,
        account_id: str,
        team_type: Literal[1, 2],
        page_token: str | None = None,
        limit: int | None = None,
        need_return_member_info: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2TeamMemberQueryJoinedTeamsData, V2JoinedTeamInfo]:
        """List the teams an account has joined.

        Returns one page of the teams of one kind that an account is a member of,
        optionally with the account's own membership in each. Pass the `next_token` of a
        page as `page_token` to get the next one while `has_more` is true.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            team_type: The kind of teams: 1 advanced teams, 2 super teams. One of 1, 2.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: The largest number of teams in the page. At least 1; at most 100. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            need_return_member_info: 1 adds the account's own membership (`member_info`)
                to each team, 0 leaves it out. One of 0, 1. The spec doubts some of
                these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2TeamMemberQueryJoinedTeamsData),
                `.items` its `team_info_list`; iterating the page yields every item
                (V2JoinedTeamInfo) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/team_members/{account_id}/actions/joined_teams``
        (operation ``v2.team_member.queryJoinedTeams`` in the spec).
        """
        return _cast(
            "Page[V2TeamMemberQueryJoinedTeamsData, V2JoinedTeamInfo]",
            self._client._page(
                _QUERY_JOINED_TEAMS,
                {
                    "account_id": account_id,
                    "team_type": team_type,
                    "page_token": page_token,
                    "limit": limit,
                    "need_return_member_info": need_return_member_info,
                },
                "team_info_list",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_team_member(
        self,
        *,
        account_id: str,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        team_nick: str | None = None,
        chat_banned: bool | None = None,
        message_notify_state: int | None = None,
        extension: str | None = None,
        server_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberUpdateTeamMemberData:
        """Update a team member.

        Changes one member's nickname, mute state, notification setting or extension
        data in a team on behalf of `operator_id` (the member, or the owner or a
        manager); only the keys sent change. Returns the member as it is now.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            operator_id: The account that makes the change. 1 to 32 characters.
            team_id: The team.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            team_nick: The member's new nickname in the team.
            chat_banned: Mute the member in the team (`true`) or lift the mute
                (`false`).
            message_notify_state: How the member is notified of the team's messages.
            extension: Extension text carried with the notification; not stored.
            server_extension: The app server's new extension data on the member.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberUpdateTeamMemberData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2.1/team_members/{account_id}``
        (operation ``v2.team_member.updateTeamMember`` in the spec).
        """
        return _cast(
            "V2TeamMemberUpdateTeamMemberData",
            _answer_data(
                self._client._call(
                    _UPDATE_TEAM_MEMBER,
                    {
                        "account_id": account_id,
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "team_nick": team_nick,
                        "chat_banned": chat_banned,
                        "message_notify_state": message_notify_state,
                        "extension": extension,
                        "server_extension": server_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2TeamMemberOperations:
    """The v2 ``team_member`` operations, reached as ``client.v2.team_member`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_mute_team_members(
        self,
        *,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        chat_ban_account_ids: list[str],
        chat_banned: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberBatchMuteTeamMembersData:
        """Mute or unmute several team members.

        Mutes (`chat_banned` true) or unmutes several members of a team at once on
        behalf of the owner or a manager; the members that could not be changed come
        back in `failed_list`.

        Args:
            operator_id: The owner or manager who makes the change. 1 to 32 characters.
            team_id: The team.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            chat_ban_account_ids: The members to mute or unmute. At least 1 items; each
                1 to 32 characters.
            chat_banned: `true` mutes the members, `false` lifts the mute.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberBatchMuteTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/team_members/actions/batch_mute``
        (operation ``v2.team_member.batchMuteTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamMemberBatchMuteTeamMembersData",
            _answer_data(
                await self._client._call(
                    _BATCH_MUTE_TEAM_MEMBERS,
                    {
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "chat_ban_account_ids": chat_ban_account_ids,
                        "chat_banned": chat_banned,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def invite_team_members(
        self,
        *,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        invite_account_ids: list[str],
        msg: str | None = None,
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberInviteTeamMembersData:
        """Invite accounts into a team.

        Invites accounts into a team on behalf of `operator_id`. Depending on the team's
        `agree_mode` they join at once or after accepting; the accounts that could not
        be invited come back in `failed_list`.

        Args:
            operator_id: The member who invites, allowed to by the team's `invite_mode`.
                1 to 32 characters.
            team_id: The team.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            invite_account_ids: The accounts invited. At least 1 items; each 1 to 32
                characters.
            msg: The message the invitees see with the invitation.
            extension: Extension text carried with the invitation; not stored.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberInviteTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/team_members``
        (operation ``v2.team_member.inviteTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamMemberInviteTeamMembersData",
            _answer_data(
                await self._client._call(
                    _INVITE_TEAM_MEMBERS,
                    {
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "invite_account_ids": invite_account_ids,
                        "msg": msg,
                        "extension": extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def kick_team_members(
        self,
        *,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        kick_account_ids: list[str],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberKickTeamMembersData:
        """Remove members from a team.

        Removes members from a team on behalf of the owner or a manager (`operator_id`);
        the members that could not be removed come back in `failed_list`.

        Args:
            operator_id: The owner or manager who removes the members. 1 to 32
                characters.
            team_id: The team.
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            kick_account_ids: The members to remove. At least 1 items; each 1 to 32
                characters.
            extension: Extension text carried with the notification; not stored.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberKickTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/team_members/actions/kick_member``
        (operation ``v2.team_member.kickTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamMemberKickTeamMembersData",
            _answer_data(
                await self._client._call(
                    _KICK_TEAM_MEMBERS,
                    {
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "kick_account_ids": kick_account_ids,
                        "extension": extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def leave_team(
        self,
        *,
        account_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Make an account leave a team.

        Takes an account out of a team as if it had left by itself. The owner cannot
        leave this way; hand the team over first.

        Args:
            account_id: The account that leaves. 1 to 32 characters.
            team_id: The team.
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            extension: Extension text carried with the notification; not stored.
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

        Calls ``DELETE /im/v2/team_members/actions/leave``
        (operation ``v2.team_member.leaveTeam`` in the spec).
        """
        await self._client._call(
            _LEAVE_TEAM,
            {
                "account_id": account_id,
                "team_id": team_id,
                "team_type": team_type,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def query_joined_teams(
        self,
        *,
        account_id: str,
        team_type: Literal[1, 2],
        page_token: str | None = None,
        limit: int | None = None,
        need_return_member_info: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2TeamMemberQueryJoinedTeamsData, V2JoinedTeamInfo]:
        """List the teams an account has joined.

        Returns one page of the teams of one kind that an account is a member of,
        optionally with the account's own membership in each. Pass the `next_token` of a
        page as `page_token` to get the next one while `has_more` is true.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            team_type: The kind of teams: 1 advanced teams, 2 super teams. One of 1, 2.
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: The largest number of teams in the page. At least 1; at most 100. The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning.
            need_return_member_info: 1 adds the account's own membership (`member_info`)
                to each team, 0 leaves it out. One of 0, 1. The spec doubts some of
                these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2TeamMemberQueryJoinedTeamsData),
                `.items` its `team_info_list`; iterating the page yields every item
                (V2JoinedTeamInfo) of it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/team_members/{account_id}/actions/joined_teams``
        (operation ``v2.team_member.queryJoinedTeams`` in the spec).
        """
        return _cast(
            "AsyncPage[V2TeamMemberQueryJoinedTeamsData, V2JoinedTeamInfo]",
            await self._client._page(
                _QUERY_JOINED_TEAMS,
                {
                    "account_id": account_id,
                    "team_type": team_type,
                    "page_token": page_token,
                    "limit": limit,
                    "need_return_member_info": need_return_member_info,
                },
                "team_info_list",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_team_member(
        self,
        *,
        account_id: str,
        operator_id: str,
        team_id: int | str,
        team_type: Literal[1, 2],
        team_nick: str | None = None,
        chat_banned: bool | None = None,
        message_notify_state: int | None = None,
        extension: str | None = None,
        server_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamMemberUpdateTeamMemberData:
        """Update a team member.

        Changes one member's nickname, mute state, notification setting or extension
        data in a team on behalf of `operator_id` (the member, or the owner or a
        manager); only the keys sent change. Returns the member as it is now.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            operator_id: The account that makes the change. 1 to 32 characters.
            team_id: The team.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            team_nick: The member's new nickname in the team.
            chat_banned: Mute the member in the team (`true`) or lift the mute
                (`false`).
            message_notify_state: How the member is notified of the team's messages.
            extension: Extension text carried with the notification; not stored.
            server_extension: The app server's new extension data on the member.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamMemberUpdateTeamMemberData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2.1/team_members/{account_id}``
        (operation ``v2.team_member.updateTeamMember`` in the spec).
        """
        return _cast(
            "V2TeamMemberUpdateTeamMemberData",
            _answer_data(
                await self._client._call(
                    _UPDATE_TEAM_MEMBER,
                    {
                        "account_id": account_id,
                        "operator_id": operator_id,
                        "team_id": team_id,
                        "team_type": team_type,
                        "team_nick": team_nick,
                        "chat_banned": chat_banned,
                        "message_notify_state": message_notify_state,
                        "extension": extension,
                        "server_extension": server_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
