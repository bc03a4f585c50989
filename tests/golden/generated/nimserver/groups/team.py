# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``team/``: Teams."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import JsonText, ListOf, Number, OneOf, Str
from .._doubts import Doubted, LOOSE, SpecDoubt
from .._fields import Endpoint, Field
from ..types import (
    TeamCreateResponse,
    TeamQueryResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncTeamGroup", "TeamGroup"]

_CREATE = Endpoint(
    "team/create.action",
    (
        Field(
            "tname",
            "tname",
            Doubted(
                Str(max_length=64),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether a team name may be 64 characters long, or only 32.",
                        "One team/create call with a 40-character tname.",
                    ),
                ),
            ),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "members",
            "members",
            Doubted(
                JsonText(ListOf(Str(min_length=1, max_length=32), max_items=200)),
                JsonText(ListOf(Str(min_length=1, max_length=32))),
                (
                    SpecDoubt(
                        "limit",
                        "Whether 200 accounts may be invited at once; inferred from the team size.",
                        "One team/create call inviting 201 accounts.",
                    ),
                ),
            ),
            required=True,
        ),
        Field(
            "joinmode",
            "joinmode",
            Doubted(
                OneOf((0, 1, 2)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether 3 (anyone may join without asking) is also accepted.",
                        "One team/create call with joinmode 3.",
                    ),
                ),
            ),
        ),
        Field(
            "cast",
            "cast",
            Doubted(
                Str(),
                LOOSE,
                (
                    SpecDoubt(
                        "type",
                        "Whether cast is text or a number of members.",
                        "One team/create call with cast 5.",
                    ),
                ),
            ),
        ),
    ),
)

_QUERY = Endpoint(
    "team/query.action",
    (
        Field(
            "tids",
            "tids",
            JsonText(ListOf(Number(integral=True, format="int64", digits=True))),
            required=True,
        ),
        Field("ope", "ope", OneOf((0, 1)), required=True),
        Field("mute", "mute", OneOf((True,))),
    ),
    safe_to_repeat=True,
)


class TeamGroup:
    """Operations under ``team/``, reached as ``client.team``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def create(
        self,
        *,
        tname: str,
        owner: str,
        members: list[str],
        joinmode: Literal[0, 1, 2] | None = None,
        cast: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamCreateResponse:
        """Create a team.

        Creates a team owned by `owner` and answers its id as decimal text.

        Args:
            tname: Team name. At most 64 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            owner: Account id. 1 to 32 characters.
            members: Accounts invited to the team. At most 200 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            joinmode: 0 anyone may join, 1 the owner approves, 2 nobody may join. One of
                0, 1, 2. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning.
            cast: A field named like a helper of the generated code. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``POST /nimserver/team/create.action``
        (operation ``teamCreate`` in the spec).
        """
        return _cast(
            "TeamCreateResponse",
            self._client._call(
                _CREATE,
                {
                    "tname": tname,
                    "owner": owner,
                    "members": members,
                    "joinmode": joinmode,
                    "cast": cast,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query(
        self,
        *,
        tids: list[int],
        ope: Literal[0, 1] | bool,
        mute: Literal[True] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamQueryResponse:
        """Read teams.

        Returns the teams of `tids`, with their members when `ope` is 1.

        Args:
            tids: The teams to read. Sent as compact JSON; JSON text given as a str is
                checked and sent as is.
            ope: 1 to include the members, 0 not to. One of 0, 1.
            mute: Only muted teams, when given. One of true.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamQueryResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Calls ``POST /nimserver/team/query.action``
        (operation ``teamQuery`` in the spec).
        """
        return _cast(
            "TeamQueryResponse",
            self._client._call(
                _QUERY,
                {
                    "tids": tids,
                    "ope": ope,
                    "mute": mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncTeamGroup:
    """Operations under ``team/``, reached as ``client.team`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        tname: str,
        owner: str,
        members: list[str],
        joinmode: Literal[0, 1, 2] | None = None,
        cast: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamCreateResponse:
        """Create a team.

        Creates a team owned by `owner` and answers its id as decimal text.

        Args:
            tname: Team name. At most 64 characters. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            owner: Account id. 1 to 32 characters.
            members: Accounts invited to the team. At most 200 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is. The spec doubts some of these rules: a value that breaks
                only those is sent, with a SpecDoubtWarning.
            joinmode: 0 anyone may join, 1 the owner approves, 2 nobody may join. One of
                0, 1, 2. The spec doubts some of these rules: a value that breaks only
                those is sent, with a SpecDoubtWarning.
            cast: A field named like a helper of the generated code. The spec doubts
                some of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``POST /nimserver/team/create.action``
        (operation ``teamCreate`` in the spec).
        """
        return _cast(
            "TeamCreateResponse",
            await self._client._call(
                _CREATE,
                {
                    "tname": tname,
                    "owner": owner,
                    "members": members,
                    "joinmode": joinmode,
                    "cast": cast,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query(
        self,
        *,
        tids: list[int],
        ope: Literal[0, 1] | bool,
        mute: Literal[True] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamQueryResponse:
        """Read teams.

        Returns the teams of `tids`, with their members when `ope` is 1.

        Args:
            tids: The teams to read. Sent as compact JSON; JSON text given as a str is
                checked and sent as is.
            ope: 1 to include the members, 0 not to. One of 0, 1.
            mute: Only muted teams, when given. One of true.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamQueryResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Calls ``POST /nimserver/team/query.action``
        (operation ``teamQuery`` in the spec).
        """
        return _cast(
            "TeamQueryResponse",
            await self._client._call(
                _QUERY,
                {
                    "tids": tids,
                    "ope": ope,
                    "mute": mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
