# Generated from spec/ by `python -m generator`; do not edit.
"""Typed shapes of the JSON the API returns and accepts.

Every response is a dict at run time; these TypedDicts describe its keys for
type checkers and editors.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

__all__ = [
    "CopyLoginPayload",
    "Envelope",
    "QchatUpdateServerData",
    "QchatUpdateServerResponse",
    "TeamCreateResponse",
    "TeamQueryResponse",
    "TeamQueryTinfosItem",
    "V2Department",
    "V2Team",
    "V2TeamListTeamsData",
    "V2TeamUpdateTeamConfiguration",
]


class CopyLoginPayload(TypedDict):
    #: Always `2` for this copy.
    eventType: Literal["2"]
    #: The account that logged in.
    accid: str
    #: When, as epoch milliseconds in decimal text.
    timestamp: NotRequired[str]


class Envelope(TypedDict):
    """The part every v1 response body shares."""

    #: 200 on success.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]


class QchatUpdateServerData(TypedDict):
    #: Server id.
    serverId: NotRequired[int]
    #: Server name.
    name: NotRequired[str]


class QchatUpdateServerResponse(Envelope):
    data: NotRequired[QchatUpdateServerData]


class TeamCreateResponse(Envelope):
    #: Id of the new team, as decimal text.
    tid: str


class TeamQueryResponse(Envelope):
    tinfos: NotRequired[list[TeamQueryTinfosItem]]


class TeamQueryTinfosItem(TypedDict):
    #: Id of a team.
    tid: NotRequired[int]
    #: Team name.
    tname: NotRequired[str]


class V2Department(TypedDict):
    """A department and the departments under it."""

    #: Its name.
    name: str
    #: The departments under it.
    children: NotRequired[list[V2Department]]


class V2Team(TypedDict):
    """A team."""

    #: Team id.
    team_id: NotRequired[int]
    #: Team name.
    name: NotRequired[str]
    #: Its departments.
    departments: NotRequired[V2Department]


class V2TeamListTeamsData(TypedDict):
    #: More teams follow this page.
    has_more: NotRequired[bool]
    #: The `page_token` of the next page.
    next_token: NotRequired[str]
    #: The teams on this page.
    items: NotRequired[list[V2Team]]


class V2TeamUpdateTeamConfiguration(TypedDict):
    """How the team works."""

    #: 0 managers invite, 1 anyone invites.
    invite_mode: NotRequired[Literal[0, 1]]
    #: 0 members may talk, 1 only managers may.
    chat_banned_mode: NotRequired[Literal[0, 1]]
