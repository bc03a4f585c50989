# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``team`` operations, reached as ``client.v2.team``: Advanced teams and super
teams: create, update, disband, look up, managers and member lists.
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
    V2AntispamConfiguration,
    V2TeamBatchQueryTeamInfoData,
    V2TeamBatchQueryTeamOnlineMembersCountData,
    V2TeamConfiguration,
    V2TeamConfigurationWithMute,
    V2TeamCreateTeamData,
    V2TeamGetTeamInfoData,
    V2TeamListOnlineTeamMembersData,
    V2TeamListTeamMembersData,
    V2TeamMember,
    V2TeamUpdateTeamData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2TeamOperations", "V2TeamOperations"]

_ADD_MANAGERS = Endpoint(
    "im/v2/teams/{team_id}/actions/add_manager",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "managers",
            "managers",
            ListOf(Str(min_length=1, max_length=32), min_items=1),
            required=True,
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_BATCH_QUERY_TEAM_INFO = Endpoint(
    "im/v2.1/teams",
    (
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field(
            "team_ids",
            "team_ids",
            JsonText(
                ListOf(Number(integral=True, format="int64", digits=True), min_items=1)
            ),
            required=True,
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_BATCH_QUERY_TEAM_ONLINE_MEMBERS_COUNT = Endpoint(
    "im/v2/teams/actions/online_members_count",
    (
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field(
            "team_ids",
            "team_ids",
            ListOf(Number(integral=True, format="int64", digits=True), min_items=1),
            required=True,
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_CREATE_TEAM = Endpoint(
    "im/v2.1/teams",
    (
        Field(
            "owner_account_id",
            "owner_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field(
            "name",
            "name",
            Str(min_length=1, max_length=64),
            required=True,
            where="body",
        ),
        Field("icon", "icon", Str(max_length=1024), where="body"),
        Field("announcement", "announcement", Str(max_length=1024), where="body"),
        Field("intro", "intro", Str(max_length=512), where="body"),
        Field(
            "members_limit",
            "members_limit",
            Number(integral=True, minimum=2),
            where="body",
        ),
        Field("server_extension", "server_extension", Str(), where="body"),
        Field("customer_extension", "customer_extension", Str(), where="body"),
        Field(
            "invite_account_ids",
            "invite_account_ids",
            ListOf(Str(min_length=1, max_length=32)),
            where="body",
        ),
        Field("invite_msg", "invite_msg", Str(), where="body"),
        Field("extension", "extension", Str(), where="body"),
        Field(
            "configuration", "configuration", _shapes.V2TeamConfiguration, where="body"
        ),
        Field(
            "antispam_configuration",
            "antispam_configuration",
            _shapes.V2AntispamConfiguration,
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_DISBAND_TEAM = Endpoint(
    "im/v2.1/teams/{team_id}",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field("extension", "extension", Str(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_GET_TEAM_INFO = Endpoint(
    "im/v2.1/teams/{team_id}",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_ONLINE_TEAM_MEMBERS = Endpoint(
    "im/v2/teams/{team_id}/actions/list_online_members",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_TEAM_MEMBERS = Endpoint(
    "im/v2.1/teams/{team_id}/actions/list_members",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="query"),
        Field(
            "member_type",
            "member_type",
            Doubted(
                OneOf((0, 1, 2)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Which values `member_type` takes (0, 1, 2 as read here); not in the SDK, inferred.",
                        "One list with each value and with 3: which are refused.",
                    ),
                ),
            ),
            where="query",
        ),
        Field(
            "chat_banned_type",
            "chat_banned_type",
            Doubted(
                OneOf((0, 1, 2)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Which values `chat_banned_type` takes (0, 1, 2 as read here); not in the SDK, inferred.",
                        "One list with each value and with 3: which are refused.",
                    ),
                ),
            ),
            where="query",
        ),
        Field("descending", "descending", Bool(), where="query"),
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
                        "Whether `limit` may be at most 100 on the team member list; 100 is the limit of the other v2 lists, not read on this page.",
                        "One call with limit 101: refused (or capped at 100 items) means the limit holds.",
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

_REMOVE_MANAGERS = Endpoint(
    "im/v2/teams/{team_id}/actions/remove_manager",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field(
            "operator_id",
            "operator_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "managers",
            "managers",
            ListOf(Str(min_length=1, max_length=32), min_items=1),
            required=True,
            where="body",
        ),
        Field("extension", "extension", Str(), where="body"),
    ),
    method="DELETE",
    rest=True,
    has_body=True,
)

_TRANSFER_OWNER = Endpoint(
    "im/v2/teams/{team_id}/actions/transfer_owner",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field(
            "new_owner_account_id",
            "new_owner_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field("leave", "leave", OneOf((1, 2)), required=True, where="body"),
        Field("extension", "extension", Str(max_length=512), where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_UPDATE_TEAM = Endpoint(
    "im/v2.1/teams/{team_id}",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
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
        Field("team_type", "team_type", OneOf((1, 2)), required=True, where="body"),
        Field("name", "name", Str(max_length=64), where="body"),
        Field("icon", "icon", Str(max_length=1024), where="body"),
        Field("announcement", "announcement", Str(max_length=1024), where="body"),
        Field("intro", "intro", Str(max_length=512), where="body"),
        Field(
            "members_limit",
            "members_limit",
            Number(integral=True, minimum=2),
            where="body",
        ),
        Field("server_extension", "server_extension", Str(), where="body"),
        Field("customer_extension", "customer_extension", Str(), where="body"),
        Field("extension", "extension", Str(), where="body"),
        Field(
            "configuration",
            "configuration",
            _shapes.V2TeamConfigurationWithMute,
            where="body",
        ),
        Field(
            "antispam_configuration",
            "antispam_configuration",
            _shapes.V2AntispamConfiguration,
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2TeamOperations:
    """The v2 ``team`` operations, reached as ``client.v2.team``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_managers(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        operator_id: str,
        managers: list[str],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Make members managers of a team.

        Gives the listed members the manager role, on behalf of the owner
        (`operator_id`).

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            operator_id: The account that makes the change, the team's owner. 1 to 32
                characters.
            managers: The members who become managers. At least 1 items; each 1 to 32
                characters.
            extension: Extension text carried with the notification; not stored.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/teams/{team_id}/actions/add_manager``
        (operation ``v2.team.addManagers`` in the spec).
        """
        self._client._call(
            _ADD_MANAGERS,
            {
                "team_id": team_id,
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def batch_query_team_info(
        self,
        *,
        team_type: Literal[1, 2],
        team_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamBatchQueryTeamInfoData:
        """Look up several teams.

        Returns the profiles and settings of several teams of one kind. Ids that name no
        team of that kind come back in `invalid_tids`.

        Args:
            team_type: The kind of the teams: 1 advanced team, 2 super team. One of 1,
                2.
            team_ids: The teams to look up, sent as a JSON array. At least 1 items. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamBatchQueryTeamInfoData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/teams``
        (operation ``v2.team.batchQueryTeamInfo`` in the spec).
        """
        return _cast(
            "V2TeamBatchQueryTeamInfoData",
            _answer_data(
                self._client._call(
                    _BATCH_QUERY_TEAM_INFO,
                    {
                        "team_type": team_type,
                        "team_ids": team_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def batch_query_team_online_members_count(
        self,
        *,
        team_type: Literal[1, 2],
        team_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamBatchQueryTeamOnlineMembersCountData:
        """Count the online members of several teams.

        Returns, for each advanced team listed, how many members are online and how many
        are not; teams that could not be counted come back in `failed_list`.

        Args:
            team_type: The kind of the teams; the doc page names advanced teams (1)
                only. One of 1, 2.
            team_ids: The teams to count. At least 1 items.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamBatchQueryTeamOnlineMembersCountData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/teams/actions/online_members_count``
        (operation ``v2.team.batchQueryTeamOnlineMembersCount`` in the spec).
        """
        return _cast(
            "V2TeamBatchQueryTeamOnlineMembersCountData",
            _answer_data(
                self._client._call(
                    _BATCH_QUERY_TEAM_ONLINE_MEMBERS_COUNT,
                    {
                        "team_type": team_type,
                        "team_ids": team_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def create_team(
        self,
        *,
        owner_account_id: str,
        team_type: Literal[1, 2],
        name: str,
        icon: str | None = None,
        announcement: str | None = None,
        intro: str | None = None,
        members_limit: int | None = None,
        server_extension: str | None = None,
        customer_extension: str | None = None,
        invite_account_ids: list[str] | None = None,
        invite_msg: str | None = None,
        extension: str | None = None,
        configuration: V2TeamConfiguration | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamCreateTeamData:
        """Create a team.

        Creates an advanced team or a super team (super teams must be enabled in the
        console first) with its owner, profile and settings, inviting the accounts in
        `invite_account_ids`, and returns the team. Keep the `team_id` it returns for
        every later call. Invitees who are already in too many teams come back in
        `failed_list`; how many teams one account may create is set by the IM package.

        Args:
            owner_account_id: The account that creates and owns the team. 1 to 32
                characters.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            name: The team's name. 1 to 64 characters.
            icon: The URL of the team's avatar. At most 1024 characters.
            announcement: The team's announcement. At most 1024 characters.
            intro: The team's introduction. At most 512 characters.
            members_limit: The largest number of members, the owner included; 200 when
                left out. Above 200 only up to the limit set in the console. At least 2.
            server_extension: The app server's extension data on the team, JSON text
                recommended.
            customer_extension: The clients' extension data on the team.
            invite_account_ids: Accounts invited into the team when it is created. Each
                1 to 32 characters.
            invite_msg: The message the invitees see with the invitation.
            extension: Extension text carried with the notification of the creation; not
                stored.
            configuration: Who may join the team and who may change what. The values
                follow the v1 team calls' modes; only the keys sent change.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamCreateTeamData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/teams``
        (operation ``v2.team.createTeam`` in the spec).
        """
        return _cast(
            "V2TeamCreateTeamData",
            _answer_data(
                self._client._call(
                    _CREATE_TEAM,
                    {
                        "owner_account_id": owner_account_id,
                        "team_type": team_type,
                        "name": name,
                        "icon": icon,
                        "announcement": announcement,
                        "intro": intro,
                        "members_limit": members_limit,
                        "server_extension": server_extension,
                        "customer_extension": customer_extension,
                        "invite_account_ids": invite_account_ids,
                        "invite_msg": invite_msg,
                        "extension": extension,
                        "configuration": configuration,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def disband_team(
        self,
        *,
        team_id: int | str,
        operator_id: str,
        team_type: Literal[1, 2],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Disband a team.

        Dissolves a team on behalf of its owner; every member is notified and the team
        id can no longer be used.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            operator_id: The account that disbands the team, its owner. 1 to 32
                characters.
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

        Calls ``DELETE /im/v2.1/teams/{team_id}``
        (operation ``v2.team.disbandTeam`` in the spec).
        """
        self._client._call(
            _DISBAND_TEAM,
            {
                "team_id": team_id,
                "operator_id": operator_id,
                "team_type": team_type,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def get_team_info(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamGetTeamInfoData:
        """Get a team.

        Returns one team's profile and settings.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamGetTeamInfoData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/teams/{team_id}``
        (operation ``v2.team.getTeamInfo`` in the spec).
        """
        return _cast(
            "V2TeamGetTeamInfoData",
            _answer_data(
                self._client._call(
                    _GET_TEAM_INFO,
                    {
                        "team_id": team_id,
                        "team_type": team_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_online_team_members(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamListOnlineTeamMembersData:
        """List a team's online members.

        Returns the members of an advanced team who are online now, each with the
        devices they are logged in on.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of the team; the doc page names advanced teams (1) only.
                One of 1, 2.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamListOnlineTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/teams/{team_id}/actions/list_online_members``
        (operation ``v2.team.listOnlineTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamListOnlineTeamMembersData",
            _answer_data(
                self._client._call(
                    _LIST_ONLINE_TEAM_MEMBERS,
                    {
                        "team_id": team_id,
                        "team_type": team_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_team_members(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        member_type: Literal[0, 1, 2] | None = None,
        chat_banned_type: Literal[0, 1, 2] | None = None,
        descending: bool | None = None,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2TeamListTeamMembersData, V2TeamMember]:
        """List a team's members.

        Returns one page of a team's members, optionally only those of one role or mute
        state. Pass the `next_token` of a page as `page_token` to get the next one while
        `has_more` is true.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            member_type: Which members: 0 all, 1 the owner and managers, 2 ordinary
                members. One of 0, 1, 2. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            chat_banned_type: Which members by mute state: 0 all, 1 muted only, 2 not
                muted only. One of 0, 1, 2. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            descending: List the members newest first (by join time).
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: The largest number of members in the page. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2TeamListTeamMembersData), `.items`
                its `items`; iterating the page yields every item (V2TeamMember) of it
                and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/teams/{team_id}/actions/list_members``
        (operation ``v2.team.listTeamMembers`` in the spec).
        """
        return _cast(
            "Page[V2TeamListTeamMembersData, V2TeamMember]",
            self._client._page(
                _LIST_TEAM_MEMBERS,
                {
                    "team_id": team_id,
                    "team_type": team_type,
                    "member_type": member_type,
                    "chat_banned_type": chat_banned_type,
                    "descending": descending,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_managers(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        operator_id: str,
        managers: list[str],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Take the manager role from members of a team.

        Makes the listed managers ordinary members again, on behalf of the owner
        (`operator_id`). The values go in a JSON body, although the verb is DELETE.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            operator_id: The account that makes the change, the team's owner. 1 to 32
                characters.
            managers: The managers who become ordinary members. At least 1 items; each 1
                to 32 characters.
            extension: Extension text carried with the notification; not stored.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/teams/{team_id}/actions/remove_manager``
        (operation ``v2.team.removeManagers`` in the spec).
        """
        self._client._call(
            _REMOVE_MANAGERS,
            {
                "team_id": team_id,
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def transfer_owner(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        new_owner_account_id: str,
        leave: Literal[1, 2],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Hand a team over to a new owner.

        Makes another member the team's owner. With `leave` 1 the old owner leaves the
        team, with 2 they stay as an ordinary member.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            new_owner_account_id: The member who becomes the owner. 1 to 32 characters.
            leave: 1 the old owner leaves the team, 2 the old owner stays as an ordinary
                member. One of 1, 2.
            extension: Extension text carried with the notification; not stored,
                advanced teams only. At most 512 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/teams/{team_id}/actions/transfer_owner``
        (operation ``v2.team.transferOwner`` in the spec).
        """
        self._client._call(
            _TRANSFER_OWNER,
            {
                "team_id": team_id,
                "team_type": team_type,
                "new_owner_account_id": new_owner_account_id,
                "leave": leave,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def update_team(
        self,
        *,
        team_id: int | str,
        operator_id: str,
        team_type: Literal[1, 2],
        name: str | None = None,
        icon: str | None = None,
        announcement: str | None = None,
        intro: str | None = None,
        members_limit: int | None = None,
        server_extension: str | None = None,
        customer_extension: str | None = None,
        extension: str | None = None,
        configuration: V2TeamConfigurationWithMute | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamUpdateTeamData:
        """Update a team.

        Changes a team's profile, member limit, extension data or settings on behalf of
        `operator_id`, who must be allowed to (see `update_team_info_mode`); only the
        keys sent change. Returns the team as it is now.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            operator_id: The account that makes the change, usually the owner or a
                manager. 1 to 32 characters.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            name: The team's new name. At most 64 characters.
            icon: The URL of the team's new avatar. At most 1024 characters.
            announcement: The team's new announcement. At most 1024 characters.
            intro: The team's new introduction. At most 512 characters.
            members_limit: The new member limit, the owner included. At least 2.
            server_extension: The app server's new extension data on the team.
            customer_extension: The clients' new extension data on the team.
            extension: Extension text carried with the notification of the change; not
                stored.
            configuration: The team settings with the whole-team mute: what an update
                may change and what the team's answers carry. Creation takes only the
                settings of V2TeamConfiguration.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamUpdateTeamData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2.1/teams/{team_id}``
        (operation ``v2.team.updateTeam`` in the spec).
        """
        return _cast(
            "V2TeamUpdateTeamData",
            _answer_data(
                self._client._call(
                    _UPDATE_TEAM,
                    {
                        "team_id": team_id,
                        "operator_id": operator_id,
                        "team_type": team_type,
                        "name": name,
                        "icon": icon,
                        "announcement": announcement,
                        "intro": intro,
                        "members_limit": members_limit,
                        "server_extension": server_extension,
                        "customer_extension": customer_extension,
                        "extension": extension,
                        "configuration": configuration,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2TeamOperations:
    """The v2 ``team`` operations, reached as ``client.v2.team`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_managers(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        operator_id: str,
        managers: list[str],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Make members managers of a team.

        Gives the listed members the manager role, on behalf of the owner
        (`operator_id`).

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            operator_id: The account that makes the change, the team's owner. 1 to 32
                characters.
            managers: The members who become managers. At least 1 items; each 1 to 32
                characters.
            extension: Extension text carried with the notification; not stored.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/teams/{team_id}/actions/add_manager``
        (operation ``v2.team.addManagers`` in the spec).
        """
        await self._client._call(
            _ADD_MANAGERS,
            {
                "team_id": team_id,
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def batch_query_team_info(
        self,
        *,
        team_type: Literal[1, 2],
        team_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamBatchQueryTeamInfoData:
        """Look up several teams.

        Returns the profiles and settings of several teams of one kind. Ids that name no
        team of that kind come back in `invalid_tids`.

        Args:
            team_type: The kind of the teams: 1 advanced team, 2 super team. One of 1,
                2.
            team_ids: The teams to look up, sent as a JSON array. At least 1 items. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamBatchQueryTeamInfoData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/teams``
        (operation ``v2.team.batchQueryTeamInfo`` in the spec).
        """
        return _cast(
            "V2TeamBatchQueryTeamInfoData",
            _answer_data(
                await self._client._call(
                    _BATCH_QUERY_TEAM_INFO,
                    {
                        "team_type": team_type,
                        "team_ids": team_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def batch_query_team_online_members_count(
        self,
        *,
        team_type: Literal[1, 2],
        team_ids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamBatchQueryTeamOnlineMembersCountData:
        """Count the online members of several teams.

        Returns, for each advanced team listed, how many members are online and how many
        are not; teams that could not be counted come back in `failed_list`.

        Args:
            team_type: The kind of the teams; the doc page names advanced teams (1)
                only. One of 1, 2.
            team_ids: The teams to count. At least 1 items.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamBatchQueryTeamOnlineMembersCountData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/teams/actions/online_members_count``
        (operation ``v2.team.batchQueryTeamOnlineMembersCount`` in the spec).
        """
        return _cast(
            "V2TeamBatchQueryTeamOnlineMembersCountData",
            _answer_data(
                await self._client._call(
                    _BATCH_QUERY_TEAM_ONLINE_MEMBERS_COUNT,
                    {
                        "team_type": team_type,
                        "team_ids": team_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def create_team(
        self,
        *,
        owner_account_id: str,
        team_type: Literal[1, 2],
        name: str,
        icon: str | None = None,
        announcement: str | None = None,
        intro: str | None = None,
        members_limit: int | None = None,
        server_extension: str | None = None,
        customer_extension: str | None = None,
        invite_account_ids: list[str] | None = None,
        invite_msg: str | None = None,
        extension: str | None = None,
        configuration: V2TeamConfiguration | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamCreateTeamData:
        """Create a team.

        Creates an advanced team or a super team (super teams must be enabled in the
        console first) with its owner, profile and settings, inviting the accounts in
        `invite_account_ids`, and returns the team. Keep the `team_id` it returns for
        every later call. Invitees who are already in too many teams come back in
        `failed_list`; how many teams one account may create is set by the IM package.

        Args:
            owner_account_id: The account that creates and owns the team. 1 to 32
                characters.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            name: The team's name. 1 to 64 characters.
            icon: The URL of the team's avatar. At most 1024 characters.
            announcement: The team's announcement. At most 1024 characters.
            intro: The team's introduction. At most 512 characters.
            members_limit: The largest number of members, the owner included; 200 when
                left out. Above 200 only up to the limit set in the console. At least 2.
            server_extension: The app server's extension data on the team, JSON text
                recommended.
            customer_extension: The clients' extension data on the team.
            invite_account_ids: Accounts invited into the team when it is created. Each
                1 to 32 characters.
            invite_msg: The message the invitees see with the invitation.
            extension: Extension text carried with the notification of the creation; not
                stored.
            configuration: Who may join the team and who may change what. The values
                follow the v1 team calls' modes; only the keys sent change.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamCreateTeamData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/teams``
        (operation ``v2.team.createTeam`` in the spec).
        """
        return _cast(
            "V2TeamCreateTeamData",
            _answer_data(
                await self._client._call(
                    _CREATE_TEAM,
                    {
                        "owner_account_id": owner_account_id,
                        "team_type": team_type,
                        "name": name,
                        "icon": icon,
                        "announcement": announcement,
                        "intro": intro,
                        "members_limit": members_limit,
                        "server_extension": server_extension,
                        "customer_extension": customer_extension,
                        "invite_account_ids": invite_account_ids,
                        "invite_msg": invite_msg,
                        "extension": extension,
                        "configuration": configuration,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def disband_team(
        self,
        *,
        team_id: int | str,
        operator_id: str,
        team_type: Literal[1, 2],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Disband a team.

        Dissolves a team on behalf of its owner; every member is notified and the team
        id can no longer be used.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            operator_id: The account that disbands the team, its owner. 1 to 32
                characters.
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

        Calls ``DELETE /im/v2.1/teams/{team_id}``
        (operation ``v2.team.disbandTeam`` in the spec).
        """
        await self._client._call(
            _DISBAND_TEAM,
            {
                "team_id": team_id,
                "operator_id": operator_id,
                "team_type": team_type,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def get_team_info(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamGetTeamInfoData:
        """Get a team.

        Returns one team's profile and settings.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamGetTeamInfoData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/teams/{team_id}``
        (operation ``v2.team.getTeamInfo`` in the spec).
        """
        return _cast(
            "V2TeamGetTeamInfoData",
            _answer_data(
                await self._client._call(
                    _GET_TEAM_INFO,
                    {
                        "team_id": team_id,
                        "team_type": team_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_online_team_members(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamListOnlineTeamMembersData:
        """List a team's online members.

        Returns the members of an advanced team who are online now, each with the
        devices they are logged in on.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of the team; the doc page names advanced teams (1) only.
                One of 1, 2.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamListOnlineTeamMembersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/teams/{team_id}/actions/list_online_members``
        (operation ``v2.team.listOnlineTeamMembers`` in the spec).
        """
        return _cast(
            "V2TeamListOnlineTeamMembersData",
            _answer_data(
                await self._client._call(
                    _LIST_ONLINE_TEAM_MEMBERS,
                    {
                        "team_id": team_id,
                        "team_type": team_type,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_team_members(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        member_type: Literal[0, 1, 2] | None = None,
        chat_banned_type: Literal[0, 1, 2] | None = None,
        descending: bool | None = None,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2TeamListTeamMembersData, V2TeamMember]:
        """List a team's members.

        Returns one page of a team's members, optionally only those of one role or mute
        state. Pass the `next_token` of a page as `page_token` to get the next one while
        `has_more` is true.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of the team: 1 advanced team, 2 super team. One of 1, 2.
            member_type: Which members: 0 all, 1 the owner and managers, 2 ordinary
                members. One of 0, 1, 2. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            chat_banned_type: Which members by mute state: 0 all, 1 muted only, 2 not
                muted only. One of 0, 1, 2. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            descending: List the members newest first (by join time).
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: The largest number of members in the page. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2TeamListTeamMembersData), `.items`
                its `items`; iterating the page yields every item (V2TeamMember) of it
                and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/teams/{team_id}/actions/list_members``
        (operation ``v2.team.listTeamMembers`` in the spec).
        """
        return _cast(
            "AsyncPage[V2TeamListTeamMembersData, V2TeamMember]",
            await self._client._page(
                _LIST_TEAM_MEMBERS,
                {
                    "team_id": team_id,
                    "team_type": team_type,
                    "member_type": member_type,
                    "chat_banned_type": chat_banned_type,
                    "descending": descending,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_managers(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        operator_id: str,
        managers: list[str],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Take the manager role from members of a team.

        Makes the listed managers ordinary members again, on behalf of the owner
        (`operator_id`). The values go in a JSON body, although the verb is DELETE.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            operator_id: The account that makes the change, the team's owner. 1 to 32
                characters.
            managers: The managers who become ordinary members. At least 1 items; each 1
                to 32 characters.
            extension: Extension text carried with the notification; not stored.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/teams/{team_id}/actions/remove_manager``
        (operation ``v2.team.removeManagers`` in the spec).
        """
        await self._client._call(
            _REMOVE_MANAGERS,
            {
                "team_id": team_id,
                "team_type": team_type,
                "operator_id": operator_id,
                "managers": managers,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def transfer_owner(
        self,
        *,
        team_id: int | str,
        team_type: Literal[1, 2],
        new_owner_account_id: str,
        leave: Literal[1, 2],
        extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Hand a team over to a new owner.

        Makes another member the team's owner. With `leave` 1 the old owner leaves the
        team, with 2 they stay as an ordinary member.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            new_owner_account_id: The member who becomes the owner. 1 to 32 characters.
            leave: 1 the old owner leaves the team, 2 the old owner stays as an ordinary
                member. One of 1, 2.
            extension: Extension text carried with the notification; not stored,
                advanced teams only. At most 512 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/teams/{team_id}/actions/transfer_owner``
        (operation ``v2.team.transferOwner`` in the spec).
        """
        await self._client._call(
            _TRANSFER_OWNER,
            {
                "team_id": team_id,
                "team_type": team_type,
                "new_owner_account_id": new_owner_account_id,
                "leave": leave,
                "extension": extension,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def update_team(
        self,
        *,
        team_id: int | str,
        operator_id: str,
        team_type: Literal[1, 2],
        name: str | None = None,
        icon: str | None = None,
        announcement: str | None = None,
        intro: str | None = None,
        members_limit: int | None = None,
        server_extension: str | None = None,
        customer_extension: str | None = None,
        extension: str | None = None,
        configuration: V2TeamConfigurationWithMute | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2TeamUpdateTeamData:
        """Update a team.

        Changes a team's profile, member limit, extension data or settings on behalf of
        `operator_id`, who must be allowed to (see `update_team_info_mode`); only the
        keys sent change. Returns the team as it is now.

        Args:
            team_id: The team id (an advanced team or a super team, as `team_type`
                says).
            operator_id: The account that makes the change, usually the owner or a
                manager. 1 to 32 characters.
            team_type: The kind of team: 1 advanced team (高级群), 2 super team (超大群,
                enabled separately in the console). One of 1, 2.
            name: The team's new name. At most 64 characters.
            icon: The URL of the team's new avatar. At most 1024 characters.
            announcement: The team's new announcement. At most 1024 characters.
            intro: The team's new introduction. At most 512 characters.
            members_limit: The new member limit, the owner included. At least 2.
            server_extension: The app server's new extension data on the team.
            customer_extension: The clients' new extension data on the team.
            extension: Extension text carried with the notification of the change; not
                stored.
            configuration: The team settings with the whole-team mute: what an update
                may change and what the team's answers carry. Creation takes only the
                settings of V2TeamConfiguration.
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2TeamUpdateTeamData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2.1/teams/{team_id}``
        (operation ``v2.team.updateTeam`` in the spec).
        """
        return _cast(
            "V2TeamUpdateTeamData",
            _answer_data(
                await self._client._call(
                    _UPDATE_TEAM,
                    {
                        "team_id": team_id,
                        "operator_id": operator_id,
                        "team_type": team_type,
                        "name": name,
                        "icon": icon,
                        "announcement": announcement,
                        "intro": intro,
                        "members_limit": members_limit,
                        "server_extension": server_extension,
                        "customer_extension": customer_extension,
                        "extension": extension,
                        "configuration": configuration,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
