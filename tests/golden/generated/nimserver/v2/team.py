# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``team`` operations, reached as ``client.v2.team``: v2: teams."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, ListOf, Number, Object, OneOf, Str, Variants
from .._doubts import Doubted, SpecDoubt, doubted_keys
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2Department,
    V2Team,
    V2TeamListTeamsData,
    V2TeamUpdateTeamConfiguration,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2TeamOperations", "V2TeamOperations"]

_LIST_TEAMS = Endpoint(
    "im/v2/teams",
    (
        Field(
            "account_id",
            "account_id",
            Doubted(
                Str(min_length=1, max_length=32),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether an account id may be longer than 32 characters here.",
                        "One listTeams call with a 33-character account_id.",
                    ),
                ),
            ),
            required=True,
            where="query",
        ),
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

_UPDATE_TEAM = Endpoint(
    "im/v2/teams/{team_id}",
    (
        Field(
            "team_id",
            "team_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("operator_id", "operator_id", Str(), required=True, where="body"),
        Field("notify", "notify", Bool(), where="query"),
        Field("name", "name", Str(), where="body"),
        Field(
            "managers",
            "managers",
            ListOf(Number(integral=True, format="int64", digits=True)),
            where="body",
        ),
        Field("answer_data", "answer_data", Str(), where="body"),
        Field("departments", "departments", _shapes.V2Department, where="body"),
        Field(
            "configuration",
            "configuration",
            _shapes.V2TeamUpdateTeamConfiguration,
            where="body",
        ),
        Field("announcement_type", "announcement_type", OneOf((0, 1)), where="body"),
        Field("announcement", "announcement", Str(max_length=100), where="body"),
        Field(
            "announcement_title", "announcement_title", Str(max_length=20), where="body"
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
    variants=Variants(
        "announcement_type",
        {
            1: doubted_keys(
                Object(
                    {
                        "announcement": Doubted(
                            Str(max_length=50),
                            Str(),
                            (
                                SpecDoubt(
                                    "limit",
                                    "Whether the text of an announcement of type 1 is limited to 50 characters.",
                                    "One updateTeam call with announcement_type 1 and a 51-character announcement.",
                                ),
                            ),
                        ),
                        "announcement_title": Str(max_length=20),
                    },
                    required=("announcement", "announcement_title"),
                ),
                {
                    "announcement_title": (
                        SpecDoubt(
                            "required",
                            "Whether an announcement of type 1 without a title is refused.",
                            "One updateTeam call with announcement_type 1 and no announcement_title.",
                        ),
                    ),
                },
            )
        },
    ),
)


class V2TeamOperations:
    """The v2 ``team`` operations, reached as ``client.v2.team``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def list_teams(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2TeamListTeamsData, V2Team]:
        """List an account's teams.

        Returns one page of the teams `account_id` belongs to.

        Args:
            account_id: The account whose teams to list. 1 to 32 characters. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            limit: The most teams in one page. At least 1; at most 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2TeamListTeamsData), `.items` its
                `items`; iterating the page yields every item (V2Team) of it and of the
                pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Calls ``GET /im/v2/teams``
        (operation ``v2.team.listTeams`` in the spec).
        """
        return _cast(
            "Page[V2TeamListTeamsData, V2Team]",
            self._client._page(
                _LIST_TEAMS,
                {
                    "account_id": account_id,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_team(
        self,
        *,
        team_id: int | str,
        operator_id: str,
        notify: bool | None = None,
        name: str | None = None,
        managers: list[int] | None = None,
        answer_data: str | None = None,
        departments: V2Department | None = None,
        configuration: V2TeamUpdateTeamConfiguration | None = None,
        announcement_type: Literal[0, 1] | bool | None = None,
        announcement: str | None = None,
        announcement_title: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2Team:
        """Update a team.

        Changes a team's name or members' roles and returns the team.

        Args:
            team_id: The team to change.
            operator_id: The account making the change.
            notify: Tell the members about the change.
            name: New team name.
            managers: Members who become managers, by member id.
            answer_data: A body key named like a helper of the generated code.
            departments: The team's departments, under one top department.
            configuration: How the team works.
            announcement_type: 0 no announcement, 1 a text announcement (then
                `announcement` is required). One of 0, 1.
            announcement: The announcement text. At most 100 characters.
            announcement_title: The announcement's title. At most 20 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2Team: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``PATCH /im/v2/teams/{team_id}``
        (operation ``v2.team.updateTeam`` in the spec).
        """
        return _cast(
            "V2Team",
            _answer_data(
                self._client._call(
                    _UPDATE_TEAM,
                    {
                        "team_id": team_id,
                        "operator_id": operator_id,
                        "notify": notify,
                        "name": name,
                        "managers": managers,
                        "answer_data": answer_data,
                        "departments": departments,
                        "configuration": configuration,
                        "announcement_type": announcement_type,
                        "announcement": announcement,
                        "announcement_title": announcement_title,
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

    async def list_teams(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2TeamListTeamsData, V2Team]:
        """List an account's teams.

        Returns one page of the teams `account_id` belongs to.

        Args:
            account_id: The account whose teams to list. 1 to 32 characters. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            limit: The most teams in one page. At least 1; at most 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2TeamListTeamsData), `.items` its
                `items`; iterating the page yields every item (V2Team) of it and of the
                pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Calls ``GET /im/v2/teams``
        (operation ``v2.team.listTeams`` in the spec).
        """
        return _cast(
            "AsyncPage[V2TeamListTeamsData, V2Team]",
            await self._client._page(
                _LIST_TEAMS,
                {
                    "account_id": account_id,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_team(
        self,
        *,
        team_id: int | str,
        operator_id: str,
        notify: bool | None = None,
        name: str | None = None,
        managers: list[int] | None = None,
        answer_data: str | None = None,
        departments: V2Department | None = None,
        configuration: V2TeamUpdateTeamConfiguration | None = None,
        announcement_type: Literal[0, 1] | bool | None = None,
        announcement: str | None = None,
        announcement_title: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2Team:
        """Update a team.

        Changes a team's name or members' roles and returns the team.

        Args:
            team_id: The team to change.
            operator_id: The account making the change.
            notify: Tell the members about the change.
            name: New team name.
            managers: Members who become managers, by member id.
            answer_data: A body key named like a helper of the generated code.
            departments: The team's departments, under one top department.
            configuration: How the team works.
            announcement_type: 0 no announcement, 1 a text announcement (then
                `announcement` is required). One of 0, 1.
            announcement: The announcement text. At most 100 characters.
            announcement_title: The announcement's title. At most 20 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2Team: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``PATCH /im/v2/teams/{team_id}``
        (operation ``v2.team.updateTeam`` in the spec).
        """
        return _cast(
            "V2Team",
            _answer_data(
                await self._client._call(
                    _UPDATE_TEAM,
                    {
                        "team_id": team_id,
                        "operator_id": operator_id,
                        "notify": notify,
                        "name": name,
                        "managers": managers,
                        "answer_data": answer_data,
                        "departments": departments,
                        "configuration": configuration,
                        "announcement_type": announcement_type,
                        "announcement": announcement,
                        "announcement_title": announcement_title,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
