# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``team/``: Advanced teams (groups of up to a few thousand members)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import ANY, Bool, JsonText, ListOf, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from ..types import (
    Envelope,
    TeamAddResponse,
    TeamCreateResponse,
    TeamGetMarkReadInfoResponse,
    TeamJoinTeamsResponse,
    TeamKickResponse,
    TeamListMemberInfoResponse,
    TeamListOnlineUserCountResponse,
    TeamListOnlineUsersResponse,
    TeamListTeamMuteResponse,
    TeamQueryDetailResponse,
    TeamQueryResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncTeamGroup", "TeamGroup"]

_ADD = Endpoint(
    "team/add.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "members",
            "members",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200)
            ),
            required=True,
        ),
        Field("msg", "msg", Str(max_length=150), required=True),
        Field("magree", "magree", OneOf((0, 1))),
        Field("attach", "attach", Str(max_length=512)),
    ),
)

_ADD_MANAGER = Endpoint(
    "team/addManager.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "members",
            "members",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=10),
                max_length=1024,
            ),
            required=True,
        ),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/addManager is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/addManager call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_CHANGE_OWNER = Endpoint(
    "team/changeOwner.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("newowner", "newowner", Str(min_length=1, max_length=32), required=True),
        Field("leave", "leave", OneOf((1, 2)), required=True),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/changeOwner is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/changeOwner call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_CREATE = Endpoint(
    "team/create.action",
    (
        Field("tname", "tname", Str(max_length=64), required=True),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "members",
            "members",
            JsonText(ListOf(Str(min_length=1, max_length=32))),
            required=True,
        ),
        Field("msg", "msg", Str(max_length=150), required=True),
        Field("joinmode", "joinmode", OneOf((0, 1, 2)), required=True),
        Field("announcement", "announcement", Str(max_length=1024)),
        Field("intro", "intro", Str(max_length=512)),
        Field("magree", "magree", OneOf((0, 1))),
        Field("custom", "custom", Str(max_length=1024)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("beinvitemode", "beinvitemode", OneOf((0, 1))),
        Field("invitemode", "invitemode", OneOf((0, 1))),
        Field("uptinfomode", "uptinfomode", OneOf((0, 1))),
        Field("upcustommode", "upcustommode", OneOf((0, 1))),
        Field("teamMemberLimit", "team_member_limit", Number(integral=True, minimum=2)),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/create is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/create call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
        Field("bid", "bid", Str()),
        Field("isNotifyCloseOnline", "is_notify_close_online", OneOf((0, 1))),
        Field("isNotifyClosePersistent", "is_notify_close_persistent", OneOf((0, 1))),
    ),
)

_GET_MARK_READ_INFO = Endpoint(
    "team/getMarkReadInfo.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "msgid",
            "msgid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field("snapshot", "snapshot", Bool()),
    ),
    safe_to_repeat=True,
)

_JOIN_TEAMS = Endpoint(
    "team/joinTeams.action",
    (Field("accid", "accid", Str(min_length=1, max_length=32), required=True),),
    safe_to_repeat=True,
)

_KICK = Endpoint(
    "team/kick.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("member", "member", Str(min_length=1, max_length=32)),
        Field(
            "members",
            "members",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200)
            ),
        ),
        Field("attach", "attach", Str(max_length=512)),
    ),
)

_LEAVE = Endpoint(
    "team/leave.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/leave is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/leave call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_LIST_MEMBER_INFO = Endpoint(
    "team/listMemberInfo.action",
    (
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `accid` must be sent to team/listMemberInfo: assumed because it names the account looked up, no table states it.",
                    "One team/listMemberInfo call without `accid`: 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_LIST_ONLINE_USER_COUNT = Endpoint(
    "team/listOnlineUserCount.action",
    (
        Field(
            "tids",
            "tids",
            Doubted(
                JsonText(
                    ListOf(
                        Number(integral=True, format="int64", digits=True), min_items=1
                    )
                ),
                JsonText(ANY),
                (
                    SpecDoubt(
                        "type",
                        "Whether the server accepts team id lists as JSON numbers (`[6273881893]`): the official SDKs send numbers, older documentation examples quote the ids as strings.",
                        "One team/query call with tids as JSON numbers and one with quoted ids: code 200 for both means either form is accepted.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `tids` must be sent to team/listOnlineUserCount: assumed because it names the teams counted, no table states it.",
                    "One team/listOnlineUserCount call without `tids`: 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_LIST_ONLINE_USERS = Endpoint(
    "team/listOnlineUsers.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `tid` must be sent to team/listOnlineUsers: assumed because it names the team looked up, no table states it.",
                    "One team/listOnlineUsers call without `tid`: 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_LIST_TEAM_MUTE = Endpoint(
    "team/listTeamMute.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
    ),
    safe_to_repeat=True,
)

_MUTE_TEAM = Endpoint(
    "team/muteTeam.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("ope", "ope", OneOf((1, 2)), required=True),
    ),
)

_MUTE_TLIST = Endpoint(
    "team/muteTlist.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("mute", "mute", OneOf((0, 1)), required=True),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/muteTlist is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/muteTlist call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_MUTE_TLIST_ALL = Endpoint(
    "team/muteTlistAll.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("mute", "mute", Bool()),
        Field("muteType", "mute_type", OneOf((0, 1, 3))),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/muteTlistAll is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/muteTlistAll call with a 513-character attach: 414 confirms the limit.",
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
            Doubted(
                JsonText(
                    ListOf(
                        Number(integral=True, format="int64", digits=True), min_items=1
                    )
                ),
                JsonText(ANY),
                (
                    SpecDoubt(
                        "type",
                        "Whether the server accepts team id lists as JSON numbers (`[6273881893]`): the official SDKs send numbers, older documentation examples quote the ids as strings.",
                        "One team/query call with tids as JSON numbers and one with quoted ids: code 200 for both means either form is accepted.",
                    ),
                ),
            ),
            required=True,
        ),
        Field("ope", "ope", OneOf((0, 1)), required=True),
        Field("ignoreInvalid", "ignore_invalid", Bool()),
    ),
    safe_to_repeat=True,
)

_QUERY_DETAIL = Endpoint(
    "team/queryDetail.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_REMOVE = Endpoint(
    "team/remove.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/remove is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/remove call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_REMOVE_MANAGER = Endpoint(
    "team/removeManager.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "members",
            "members",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=10),
                max_length=1024,
            ),
            required=True,
        ),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/removeManager is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/removeManager call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_UPDATE = Endpoint(
    "team/update.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("tname", "tname", Str(max_length=64)),
        Field("announcement", "announcement", Str(max_length=1024)),
        Field("intro", "intro", Str(max_length=512)),
        Field("joinmode", "joinmode", OneOf((0, 1, 2))),
        Field("custom", "custom", Str(max_length=1024)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("beinvitemode", "beinvitemode", OneOf((0, 1))),
        Field("invitemode", "invitemode", OneOf((0, 1))),
        Field("uptinfomode", "uptinfomode", OneOf((0, 1))),
        Field("upcustommode", "upcustommode", OneOf((0, 1))),
        Field("teamMemberLimit", "team_member_limit", Number(integral=True, minimum=2)),
        Field("bid", "bid", Str()),
        Field(
            "attach",
            "attach",
            Doubted(
                Str(max_length=512),
                Str(),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `attach` of team/update is limited to 512 characters: the current table gives 512, as the 2021 tables do for the attach of team/add and team/kick.",
                        "One team/update call with a 513-character attach: 414 confirms the limit.",
                    ),
                ),
            ),
        ),
    ),
)

_UPDATE_TEAM_NICK = Endpoint(
    "team/updateTeamNick.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("nick", "nick", Str(max_length=32)),
        Field("custom", "custom", Str(max_length=1024)),
    ),
)


class TeamGroup:
    """Operations under ``team/``, reached as ``client.team``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add(
        self,
        *,
        tid: int | str,
        owner: str,
        members: list[str],
        msg: str,
        magree: Literal[0, 1] | bool | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamAddResponse:
        """Invite accounts into a team.

        Pulls up to 200 accounts into an existing advanced team in the name of the owner
        or a manager (whether managers may do it depends on the team's `invitemode`).
        With `magree` set to 0 the accounts join at once; with 1 each receives an
        invitation it has to accept. If the team would exceed its member limit the whole
        call is refused with code 801. Accounts that could not be added are listed in
        `faccid`.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who sends the invitation. 1 to 32 characters.
            members: Accounts to invite, at most 200. At least 1 items; at most 200
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            msg: Invitation text shown to the invited accounts. At most 150 characters.
            magree: Whether the invited accounts must accept: 0 adds them at once, 1
                sends each an invitation to accept. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            attach: App-defined extension carried by the team notification about the
                invitation. At most 512 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamAddResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/add.action``
        (operation ``teamAdd`` in the spec).
        """
        return _cast(
            "TeamAddResponse",
            self._client._call(
                _ADD,
                {
                    "tid": tid,
                    "owner": owner,
                    "members": members,
                    "msg": msg,
                    "magree": magree,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def add_manager(
        self,
        *,
        tid: int | str,
        owner: str,
        members: list[str],
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Make members managers.

        Promotes up to 10 members of an advanced team to managers, in the name of the
        team owner.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            members: Members to promote, at most 10 (and at most 1024 characters of JSON
                text). At most 1024 characters of JSON text; at least 1 items; at most
                10 items; each 1 to 32 characters. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            attach: App-defined extension carried by the team notification about the
                promotion. At most 512 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/addManager.action``
        (operation ``teamAddManager`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _ADD_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "members": members,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def change_owner(
        self,
        *,
        tid: int | str,
        owner: str,
        newowner: str,
        leave: Literal[1, 2],
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Transfer team ownership.

        Makes another member the owner of an advanced team. The former owner either
        leaves the team or stays on as a normal member, as `leave` says.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Current owner of the team. 1 to 32 characters.
            newowner: Member who becomes the owner. 1 to 32 characters.
            leave: What happens to the former owner; 1 leaves the team, 2 stays as a
                normal member. One of 1, 2.
            attach: App-defined extension carried by the team notification about the
                transfer. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/changeOwner.action``
        (operation ``teamChangeOwner`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _CHANGE_OWNER,
                {
                    "tid": tid,
                    "owner": owner,
                    "newowner": newowner,
                    "leave": leave,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create(
        self,
        *,
        tname: str,
        owner: str,
        members: list[str],
        msg: str,
        joinmode: Literal[0, 1, 2],
        announcement: str | None = None,
        intro: str | None = None,
        magree: Literal[0, 1] | bool | None = None,
        custom: str | None = None,
        icon: str | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        team_member_limit: int | None = None,
        attach: str | None = None,
        bid: str | None = None,
        is_notify_close_online: Literal[0, 1] | bool | None = None,
        is_notify_close_persistent: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamCreateResponse:
        """Create an advanced team.

        Creates an advanced team owned by `owner` and invites the accounts in `members`,
        then returns the new team id. Whether the invited accounts join at once or first
        receive an invitation depends on `magree`. The owner and the invited accounts
        together must fit within the team's member limit (200 unless `team_member_limit`
        says otherwise). Accounts that could not be added, for example because they
        already belong to as many teams as allowed, come back in `faccid`.

        Args:
            tname: Team name. At most 64 characters.
            owner: Account that creates and owns the team. 1 to 32 characters.
            members: Accounts invited into the new team; together with the owner they
                must not exceed the member limit. Each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            msg: Invitation text shown to the invited accounts. At most 150 characters.
            joinmode: How others may apply to join: 0 anyone joins without approval, 1
                an application needs a manager's approval, 2 nobody may apply. Any other
                value is rejected with 414. One of 0, 1, 2.
            announcement: Team announcement. At most 1024 characters.
            intro: Short introduction of the team. At most 512 characters.
            magree: Whether the invited accounts must accept: 0 adds them at once, 1
                sends each an invitation to accept. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            custom: App-defined team extension; JSON text is recommended. At most 1024
                characters.
            icon: Team avatar URL. At most 1024 characters.
            beinvitemode: Whether an invited account has to agree before it joins: 0 it
                must agree (the default), 1 it joins without agreeing. Any other value
                is rejected with 414. One of 0, 1. The server's default is 0.
            invitemode: Who may invite new members: 0 only the owner and managers (the
                default), 1 every member. Any other value is rejected with 414. One of
                0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 only the owner and managers
                (the default), 1 every member. Any other value is rejected with 414. One
                of 0, 1. The server's default is 0.
            upcustommode: Who may change the team's `custom` field: 0 only the owner and
                managers (the default), 1 every member. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            team_member_limit: Largest number of members the team may hold, owner
                included; from 2 up to the app's own ceiling, 200 when not given. Values
                outside that range are rejected with 414. At least 2. The server's
                default is 200.
            attach: App-defined extension carried by the team notification about the
                creation. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            is_notify_close_online: Switch for delivering team notifications to online
                members; by its name, 1 turns that delivery off and 0 keeps it. One of
                0, 1.
            is_notify_close_persistent: Switch for storing team notifications for later
                delivery; by its name, 1 turns the storing off and 0 keeps it. One of 0,
                1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

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
                    "msg": msg,
                    "joinmode": joinmode,
                    "announcement": announcement,
                    "intro": intro,
                    "magree": magree,
                    "custom": custom,
                    "icon": icon,
                    "beinvitemode": beinvitemode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "teamMemberLimit": team_member_limit,
                    "attach": attach,
                    "bid": bid,
                    "isNotifyCloseOnline": is_notify_close_online,
                    "isNotifyClosePersistent": is_notify_close_persistent,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_mark_read_info(
        self,
        *,
        tid: int | str,
        msgid: int | str,
        from_accid: str,
        snapshot: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamGetMarkReadInfoResponse:
        """Get the read status of a team message.

        For a team message that was sent with read receipts, returns how many members
        have and have not read it, and on request the account ids on each side.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            msgid: Server-side id of the team message.
            from_accid: Account that sent the message. 1 to 32 characters.
            snapshot: Also return the lists of accounts that have and have not read the
                message. The server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamGetMarkReadInfoResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/getMarkReadInfo.action``
        (operation ``teamGetMarkReadInfo`` in the spec).
        """
        return _cast(
            "TeamGetMarkReadInfoResponse",
            self._client._call(
                _GET_MARK_READ_INFO,
                {
                    "tid": tid,
                    "msgid": msgid,
                    "fromAccid": from_accid,
                    "snapshot": snapshot,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def join_teams(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamJoinTeamsResponse:
        """List the teams an account belongs to.

        Returns a short profile of every advanced team the account has joined.

        Args:
            accid: Account whose teams are listed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamJoinTeamsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/joinTeams.action``
        (operation ``teamJoinTeams`` in the spec).
        """
        return _cast(
            "TeamJoinTeamsResponse",
            self._client._call(
                _JOIN_TEAMS,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def kick(
        self,
        *,
        tid: int | str,
        owner: str,
        member: str | None = None,
        members: list[str] | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamKickResponse:
        """Remove members from a team.

        Removes one or more members from an advanced team in the name of the owner or a
        manager. Give either `member` for a single account or `members` for a list; when
        both are sent, `member` is used.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who removes the members. 1 to 32 characters.
            member: A single account to remove; takes precedence over `members`. 1 to 32
                characters.
            members: Accounts to remove, at most 200; ignored when `member` is given. At
                least 1 items; at most 200 items; each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            attach: App-defined extension carried by the team notification about the
                removal. At most 512 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamKickResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/kick.action``
        (operation ``teamKick`` in the spec).
        """
        return _cast(
            "TeamKickResponse",
            self._client._call(
                _KICK,
                {
                    "tid": tid,
                    "owner": owner,
                    "member": member,
                    "members": members,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def leave(
        self,
        *,
        tid: int | str,
        accid: str,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Leave a team.

        Makes a member leave an advanced team.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            accid: Member who leaves. 1 to 32 characters.
            attach: App-defined extension carried by the team notification about the
                departure. At most 512 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/leave.action``
        (operation ``teamLeave`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _LEAVE,
                {
                    "tid": tid,
                    "accid": accid,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_member_info(
        self,
        *,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListMemberInfoResponse:
        """List an account's member records in all its teams.

        Returns the account's member record (nickname, mute and push switches, times) in
        every advanced team it belongs to.

        Args:
            accid: Account whose member records are listed. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListMemberInfoResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listMemberInfo.action``
        (operation ``teamListMemberInfo`` in the spec).
        """
        return _cast(
            "TeamListMemberInfoResponse",
            self._client._call(
                _LIST_MEMBER_INFO,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_online_user_count(
        self,
        *,
        tids: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListOnlineUserCountResponse:
        """Count the online members of several teams.

        Returns, for each of the given advanced teams, how many members are online and
        how many are offline. Not available in private (on-premise) deployments, which
        answer 404.

        Args:
            tids: Teams to count. At least 1 items. Sent as compact JSON; JSON text
                given as a str is checked and sent as is. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListOnlineUserCountResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listOnlineUserCount.action``
        (operation ``teamListOnlineUserCount`` in the spec).
        """
        return _cast(
            "TeamListOnlineUserCountResponse",
            self._client._call(
                _LIST_ONLINE_USER_COUNT,
                {
                    "tids": tids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_online_users(
        self,
        *,
        tid: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListOnlineUsersResponse:
        """List the online members of a team.

        Returns the members of an advanced team that are online now, with the client
        types they are logged in on.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListOnlineUsersResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listOnlineUsers.action``
        (operation ``teamListOnlineUsers`` in the spec).
        """
        return _cast(
            "TeamListOnlineUsersResponse",
            self._client._call(
                _LIST_ONLINE_USERS,
                {
                    "tid": tid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_team_mute(
        self,
        *,
        tid: int | str,
        owner: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListTeamMuteResponse:
        """List the muted members of a team.

        Returns the members of an advanced team that are muted.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListTeamMuteResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listTeamMute.action``
        (operation ``teamListTeamMute`` in the spec).
        """
        return _cast(
            "TeamListTeamMuteResponse",
            self._client._call(
                _LIST_TEAM_MUTE,
                {
                    "tid": tid,
                    "owner": owner,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute_team(
        self,
        *,
        tid: int | str,
        accid: str,
        ope: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Turn a member's team notifications on or off.

        Switches the message notifications of one advanced team off or back on for one
        of its members.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            accid: Member whose notifications change. 1 to 32 characters.
            ope: 1 turns the notifications off, 2 turns them on. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/muteTeam.action``
        (operation ``teamMuteTeam`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _MUTE_TEAM,
                {
                    "tid": tid,
                    "accid": accid,
                    "ope": ope,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute_tlist(
        self,
        *,
        tid: int | str,
        owner: str,
        accid: str,
        mute: Literal[0, 1] | bool,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute a team member.

        Stops one member of an advanced team from speaking in it, or lets them speak
        again.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who mutes the member. 1 to 32 characters.
            accid: Member to mute or unmute. 1 to 32 characters.
            mute: 1 to mute, 0 to lift the mute. One of 0, 1.
            attach: App-defined extension carried by the team notification about the
                mute. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/muteTlist.action``
        (operation ``teamMuteTlist`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _MUTE_TLIST,
                {
                    "tid": tid,
                    "owner": owner,
                    "accid": accid,
                    "mute": mute,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute_tlist_all(
        self,
        *,
        tid: int | str,
        owner: str,
        mute: bool | None = None,
        mute_type: Literal[0, 1, 3] | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute a whole team.

        Mutes an entire advanced team or lifts that mute. Give `mute` or `mute_type`;
        when both are sent, `mute` decides. `mute_type` also allows muting the owner and
        managers, not just normal members.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who changes the team mute. 1 to 32 characters.
            mute: true to mute the team, false to lift the mute; takes precedence over
                `mute_type`.
            mute_type: 0 lifts the mute, 1 mutes the normal members, 3 mutes everyone
                including the owner. One of 0, 1, 3.
            attach: App-defined extension carried by the team notification about the
                mute. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/muteTlistAll.action``
        (operation ``teamMuteTlistAll`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _MUTE_TLIST_ALL,
                {
                    "tid": tid,
                    "owner": owner,
                    "mute": mute,
                    "muteType": mute_type,
                    "attach": attach,
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
        ignore_invalid: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamQueryResponse:
        """Query several teams.

        Returns the profile and settings of several advanced teams in one call,
        optionally with the account ids of their managers and members.

        Args:
            tids: Teams to query. At least 1 items. Sent as compact JSON; JSON text
                given as a str is checked and sent as is. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            ope: 1 to include the manager and member lists, 0 for the team profiles
                only. One of 0, 1.
            ignore_invalid: Skip team ids that are invalid instead of failing the whole
                call. The server's default is False.
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

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

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
                    "ignoreInvalid": ignore_invalid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_detail(
        self,
        *,
        tid: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamQueryDetailResponse:
        """Get the full details of a team.

        Returns everything about one advanced team: its profile and settings together
        with the member records of the owner, the managers and the normal members.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamQueryDetailResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/queryDetail.action``
        (operation ``teamQueryDetail`` in the spec).
        """
        return _cast(
            "TeamQueryDetailResponse",
            self._client._call(
                _QUERY_DETAIL,
                {
                    "tid": tid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove(
        self,
        *,
        tid: int | str,
        owner: str,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Dismiss a team.

        Dismisses an advanced team in the name of its owner; the team and its membership
        are gone afterwards.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            attach: App-defined extension carried by the team notification about the
                dismissal. At most 512 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/remove.action``
        (operation ``teamRemove`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE,
                {
                    "tid": tid,
                    "owner": owner,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def remove_manager(
        self,
        *,
        tid: int | str,
        owner: str,
        members: list[str],
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Demote managers.

        Turns up to 10 managers of an advanced team back into normal members, in the
        name of the team owner.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            members: Managers to demote, at most 10 (and at most 1024 characters of JSON
                text). At most 1024 characters of JSON text; at least 1 items; at most
                10 items; each 1 to 32 characters. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            attach: App-defined extension carried by the team notification about the
                demotion. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/removeManager.action``
        (operation ``teamRemoveManager`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "members": members,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update(
        self,
        *,
        tid: int | str,
        owner: str,
        tname: str | None = None,
        announcement: str | None = None,
        intro: str | None = None,
        joinmode: Literal[0, 1, 2] | None = None,
        custom: str | None = None,
        icon: str | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        team_member_limit: int | None = None,
        bid: str | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Edit a team's profile and settings.

        Changes the name, texts, avatar, custom field, member limit and permission
        settings of an advanced team. Only the fields that are sent change. The call is
        made in the name of the owner or of a manager, as the team's `uptinfomode` and
        `upcustommode` allow.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who makes the change. 1 to 32 characters.
            tname: New team name. At most 64 characters.
            announcement: New announcement. At most 1024 characters.
            intro: New introduction. At most 512 characters.
            joinmode: How others may apply to join: 0 anyone joins without approval, 1
                an application needs a manager's approval, 2 nobody may apply. Any other
                value is rejected with 414. One of 0, 1, 2.
            custom: New app-defined team extension; JSON text is recommended. At most
                1024 characters.
            icon: New team avatar URL. At most 1024 characters.
            beinvitemode: Whether an invited account has to agree before it joins: 0 it
                must agree (the default), 1 it joins without agreeing. Any other value
                is rejected with 414. One of 0, 1. The server's default is 0.
            invitemode: Who may invite new members: 0 only the owner and managers (the
                default), 1 every member. Any other value is rejected with 414. One of
                0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 only the owner and managers
                (the default), 1 every member. Any other value is rejected with 414. One
                of 0, 1. The server's default is 0.
            upcustommode: Who may change the team's `custom` field: 0 only the owner and
                managers (the default), 1 every member. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            team_member_limit: Largest number of members the team may hold, owner
                included; from 2 up to the app's own ceiling, 200 when not given. Values
                outside that range are rejected with 414. At least 2. The server's
                default is 200.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            attach: App-defined extension carried by the team notification about the
                change. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/update.action``
        (operation ``teamUpdate`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE,
                {
                    "tid": tid,
                    "owner": owner,
                    "tname": tname,
                    "announcement": announcement,
                    "intro": intro,
                    "joinmode": joinmode,
                    "custom": custom,
                    "icon": icon,
                    "beinvitemode": beinvitemode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "teamMemberLimit": team_member_limit,
                    "bid": bid,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_team_nick(
        self,
        *,
        tid: int | str,
        owner: str,
        accid: str,
        nick: str | None = None,
        custom: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set a member's team nickname and custom field.

        Changes the nickname a member uses inside an advanced team and the member-level
        custom field, in the name of the team owner.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            accid: Member whose nickname changes. 1 to 32 characters.
            nick: Nickname inside the team. At most 32 characters.
            custom: Member-level custom field (at most 1024 bytes); JSON text is
                recommended. At most 1024 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/updateTeamNick.action``
        (operation ``teamUpdateTeamNick`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_TEAM_NICK,
                {
                    "tid": tid,
                    "owner": owner,
                    "accid": accid,
                    "nick": nick,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncTeamGroup:
    """Operations under ``team/``, reached as ``client.team`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add(
        self,
        *,
        tid: int | str,
        owner: str,
        members: list[str],
        msg: str,
        magree: Literal[0, 1] | bool | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamAddResponse:
        """Invite accounts into a team.

        Pulls up to 200 accounts into an existing advanced team in the name of the owner
        or a manager (whether managers may do it depends on the team's `invitemode`).
        With `magree` set to 0 the accounts join at once; with 1 each receives an
        invitation it has to accept. If the team would exceed its member limit the whole
        call is refused with code 801. Accounts that could not be added are listed in
        `faccid`.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who sends the invitation. 1 to 32 characters.
            members: Accounts to invite, at most 200. At least 1 items; at most 200
                items; each 1 to 32 characters. Sent as compact JSON; JSON text given as
                a str is checked and sent as is.
            msg: Invitation text shown to the invited accounts. At most 150 characters.
            magree: Whether the invited accounts must accept: 0 adds them at once, 1
                sends each an invitation to accept. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            attach: App-defined extension carried by the team notification about the
                invitation. At most 512 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamAddResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/add.action``
        (operation ``teamAdd`` in the spec).
        """
        return _cast(
            "TeamAddResponse",
            await self._client._call(
                _ADD,
                {
                    "tid": tid,
                    "owner": owner,
                    "members": members,
                    "msg": msg,
                    "magree": magree,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def add_manager(
        self,
        *,
        tid: int | str,
        owner: str,
        members: list[str],
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Make members managers.

        Promotes up to 10 members of an advanced team to managers, in the name of the
        team owner.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            members: Members to promote, at most 10 (and at most 1024 characters of JSON
                text). At most 1024 characters of JSON text; at least 1 items; at most
                10 items; each 1 to 32 characters. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            attach: App-defined extension carried by the team notification about the
                promotion. At most 512 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/addManager.action``
        (operation ``teamAddManager`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _ADD_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "members": members,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def change_owner(
        self,
        *,
        tid: int | str,
        owner: str,
        newowner: str,
        leave: Literal[1, 2],
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Transfer team ownership.

        Makes another member the owner of an advanced team. The former owner either
        leaves the team or stays on as a normal member, as `leave` says.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Current owner of the team. 1 to 32 characters.
            newowner: Member who becomes the owner. 1 to 32 characters.
            leave: What happens to the former owner; 1 leaves the team, 2 stays as a
                normal member. One of 1, 2.
            attach: App-defined extension carried by the team notification about the
                transfer. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/changeOwner.action``
        (operation ``teamChangeOwner`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _CHANGE_OWNER,
                {
                    "tid": tid,
                    "owner": owner,
                    "newowner": newowner,
                    "leave": leave,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create(
        self,
        *,
        tname: str,
        owner: str,
        members: list[str],
        msg: str,
        joinmode: Literal[0, 1, 2],
        announcement: str | None = None,
        intro: str | None = None,
        magree: Literal[0, 1] | bool | None = None,
        custom: str | None = None,
        icon: str | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        team_member_limit: int | None = None,
        attach: str | None = None,
        bid: str | None = None,
        is_notify_close_online: Literal[0, 1] | bool | None = None,
        is_notify_close_persistent: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamCreateResponse:
        """Create an advanced team.

        Creates an advanced team owned by `owner` and invites the accounts in `members`,
        then returns the new team id. Whether the invited accounts join at once or first
        receive an invitation depends on `magree`. The owner and the invited accounts
        together must fit within the team's member limit (200 unless `team_member_limit`
        says otherwise). Accounts that could not be added, for example because they
        already belong to as many teams as allowed, come back in `faccid`.

        Args:
            tname: Team name. At most 64 characters.
            owner: Account that creates and owns the team. 1 to 32 characters.
            members: Accounts invited into the new team; together with the owner they
                must not exceed the member limit. Each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            msg: Invitation text shown to the invited accounts. At most 150 characters.
            joinmode: How others may apply to join: 0 anyone joins without approval, 1
                an application needs a manager's approval, 2 nobody may apply. Any other
                value is rejected with 414. One of 0, 1, 2.
            announcement: Team announcement. At most 1024 characters.
            intro: Short introduction of the team. At most 512 characters.
            magree: Whether the invited accounts must accept: 0 adds them at once, 1
                sends each an invitation to accept. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            custom: App-defined team extension; JSON text is recommended. At most 1024
                characters.
            icon: Team avatar URL. At most 1024 characters.
            beinvitemode: Whether an invited account has to agree before it joins: 0 it
                must agree (the default), 1 it joins without agreeing. Any other value
                is rejected with 414. One of 0, 1. The server's default is 0.
            invitemode: Who may invite new members: 0 only the owner and managers (the
                default), 1 every member. Any other value is rejected with 414. One of
                0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 only the owner and managers
                (the default), 1 every member. Any other value is rejected with 414. One
                of 0, 1. The server's default is 0.
            upcustommode: Who may change the team's `custom` field: 0 only the owner and
                managers (the default), 1 every member. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            team_member_limit: Largest number of members the team may hold, owner
                included; from 2 up to the app's own ceiling, 200 when not given. Values
                outside that range are rejected with 414. At least 2. The server's
                default is 200.
            attach: App-defined extension carried by the team notification about the
                creation. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            is_notify_close_online: Switch for delivering team notifications to online
                members; by its name, 1 turns that delivery off and 0 keeps it. One of
                0, 1.
            is_notify_close_persistent: Switch for storing team notifications for later
                delivery; by its name, 1 turns the storing off and 0 keeps it. One of 0,
                1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

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
                    "msg": msg,
                    "joinmode": joinmode,
                    "announcement": announcement,
                    "intro": intro,
                    "magree": magree,
                    "custom": custom,
                    "icon": icon,
                    "beinvitemode": beinvitemode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "teamMemberLimit": team_member_limit,
                    "attach": attach,
                    "bid": bid,
                    "isNotifyCloseOnline": is_notify_close_online,
                    "isNotifyClosePersistent": is_notify_close_persistent,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_mark_read_info(
        self,
        *,
        tid: int | str,
        msgid: int | str,
        from_accid: str,
        snapshot: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamGetMarkReadInfoResponse:
        """Get the read status of a team message.

        For a team message that was sent with read receipts, returns how many members
        have and have not read it, and on request the account ids on each side.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            msgid: Server-side id of the team message.
            from_accid: Account that sent the message. 1 to 32 characters.
            snapshot: Also return the lists of accounts that have and have not read the
                message. The server's default is False.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamGetMarkReadInfoResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/getMarkReadInfo.action``
        (operation ``teamGetMarkReadInfo`` in the spec).
        """
        return _cast(
            "TeamGetMarkReadInfoResponse",
            await self._client._call(
                _GET_MARK_READ_INFO,
                {
                    "tid": tid,
                    "msgid": msgid,
                    "fromAccid": from_accid,
                    "snapshot": snapshot,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def join_teams(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamJoinTeamsResponse:
        """List the teams an account belongs to.

        Returns a short profile of every advanced team the account has joined.

        Args:
            accid: Account whose teams are listed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamJoinTeamsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/joinTeams.action``
        (operation ``teamJoinTeams`` in the spec).
        """
        return _cast(
            "TeamJoinTeamsResponse",
            await self._client._call(
                _JOIN_TEAMS,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def kick(
        self,
        *,
        tid: int | str,
        owner: str,
        member: str | None = None,
        members: list[str] | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamKickResponse:
        """Remove members from a team.

        Removes one or more members from an advanced team in the name of the owner or a
        manager. Give either `member` for a single account or `members` for a list; when
        both are sent, `member` is used.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who removes the members. 1 to 32 characters.
            member: A single account to remove; takes precedence over `members`. 1 to 32
                characters.
            members: Accounts to remove, at most 200; ignored when `member` is given. At
                least 1 items; at most 200 items; each 1 to 32 characters. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            attach: App-defined extension carried by the team notification about the
                removal. At most 512 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamKickResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/kick.action``
        (operation ``teamKick`` in the spec).
        """
        return _cast(
            "TeamKickResponse",
            await self._client._call(
                _KICK,
                {
                    "tid": tid,
                    "owner": owner,
                    "member": member,
                    "members": members,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def leave(
        self,
        *,
        tid: int | str,
        accid: str,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Leave a team.

        Makes a member leave an advanced team.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            accid: Member who leaves. 1 to 32 characters.
            attach: App-defined extension carried by the team notification about the
                departure. At most 512 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/leave.action``
        (operation ``teamLeave`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _LEAVE,
                {
                    "tid": tid,
                    "accid": accid,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_member_info(
        self,
        *,
        accid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListMemberInfoResponse:
        """List an account's member records in all its teams.

        Returns the account's member record (nickname, mute and push switches, times) in
        every advanced team it belongs to.

        Args:
            accid: Account whose member records are listed. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListMemberInfoResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listMemberInfo.action``
        (operation ``teamListMemberInfo`` in the spec).
        """
        return _cast(
            "TeamListMemberInfoResponse",
            await self._client._call(
                _LIST_MEMBER_INFO,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_online_user_count(
        self,
        *,
        tids: list[int] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListOnlineUserCountResponse:
        """Count the online members of several teams.

        Returns, for each of the given advanced teams, how many members are online and
        how many are offline. Not available in private (on-premise) deployments, which
        answer 404.

        Args:
            tids: Teams to count. At least 1 items. Sent as compact JSON; JSON text
                given as a str is checked and sent as is. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListOnlineUserCountResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listOnlineUserCount.action``
        (operation ``teamListOnlineUserCount`` in the spec).
        """
        return _cast(
            "TeamListOnlineUserCountResponse",
            await self._client._call(
                _LIST_ONLINE_USER_COUNT,
                {
                    "tids": tids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_online_users(
        self,
        *,
        tid: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListOnlineUsersResponse:
        """List the online members of a team.

        Returns the members of an advanced team that are online now, with the client
        types they are logged in on.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListOnlineUsersResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listOnlineUsers.action``
        (operation ``teamListOnlineUsers`` in the spec).
        """
        return _cast(
            "TeamListOnlineUsersResponse",
            await self._client._call(
                _LIST_ONLINE_USERS,
                {
                    "tid": tid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_team_mute(
        self,
        *,
        tid: int | str,
        owner: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamListTeamMuteResponse:
        """List the muted members of a team.

        Returns the members of an advanced team that are muted.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamListTeamMuteResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/listTeamMute.action``
        (operation ``teamListTeamMute`` in the spec).
        """
        return _cast(
            "TeamListTeamMuteResponse",
            await self._client._call(
                _LIST_TEAM_MUTE,
                {
                    "tid": tid,
                    "owner": owner,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute_team(
        self,
        *,
        tid: int | str,
        accid: str,
        ope: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Turn a member's team notifications on or off.

        Switches the message notifications of one advanced team off or back on for one
        of its members.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            accid: Member whose notifications change. 1 to 32 characters.
            ope: 1 turns the notifications off, 2 turns them on. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/muteTeam.action``
        (operation ``teamMuteTeam`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _MUTE_TEAM,
                {
                    "tid": tid,
                    "accid": accid,
                    "ope": ope,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute_tlist(
        self,
        *,
        tid: int | str,
        owner: str,
        accid: str,
        mute: Literal[0, 1] | bool,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute a team member.

        Stops one member of an advanced team from speaking in it, or lets them speak
        again.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who mutes the member. 1 to 32 characters.
            accid: Member to mute or unmute. 1 to 32 characters.
            mute: 1 to mute, 0 to lift the mute. One of 0, 1.
            attach: App-defined extension carried by the team notification about the
                mute. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/muteTlist.action``
        (operation ``teamMuteTlist`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _MUTE_TLIST,
                {
                    "tid": tid,
                    "owner": owner,
                    "accid": accid,
                    "mute": mute,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute_tlist_all(
        self,
        *,
        tid: int | str,
        owner: str,
        mute: bool | None = None,
        mute_type: Literal[0, 1, 3] | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute a whole team.

        Mutes an entire advanced team or lifts that mute. Give `mute` or `mute_type`;
        when both are sent, `mute` decides. `mute_type` also allows muting the owner and
        managers, not just normal members.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who changes the team mute. 1 to 32 characters.
            mute: true to mute the team, false to lift the mute; takes precedence over
                `mute_type`.
            mute_type: 0 lifts the mute, 1 mutes the normal members, 3 mutes everyone
                including the owner. One of 0, 1, 3.
            attach: App-defined extension carried by the team notification about the
                mute. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/muteTlistAll.action``
        (operation ``teamMuteTlistAll`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _MUTE_TLIST_ALL,
                {
                    "tid": tid,
                    "owner": owner,
                    "mute": mute,
                    "muteType": mute_type,
                    "attach": attach,
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
        ignore_invalid: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamQueryResponse:
        """Query several teams.

        Returns the profile and settings of several advanced teams in one call,
        optionally with the account ids of their managers and members.

        Args:
            tids: Teams to query. At least 1 items. Sent as compact JSON; JSON text
                given as a str is checked and sent as is. The spec doubts some of these
                rules: a value that breaks only those is sent, with a SpecDoubtWarning.
            ope: 1 to include the manager and member lists, 0 for the team profiles
                only. One of 0, 1.
            ignore_invalid: Skip team ids that are invalid instead of failing the whole
                call. The server's default is False.
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

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

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
                    "ignoreInvalid": ignore_invalid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_detail(
        self,
        *,
        tid: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TeamQueryDetailResponse:
        """Get the full details of a team.

        Returns everything about one advanced team: its profile and settings together
        with the member records of the owner, the managers and the normal members.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TeamQueryDetailResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/queryDetail.action``
        (operation ``teamQueryDetail`` in the spec).
        """
        return _cast(
            "TeamQueryDetailResponse",
            await self._client._call(
                _QUERY_DETAIL,
                {
                    "tid": tid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove(
        self,
        *,
        tid: int | str,
        owner: str,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Dismiss a team.

        Dismisses an advanced team in the name of its owner; the team and its membership
        are gone afterwards.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            attach: App-defined extension carried by the team notification about the
                dismissal. At most 512 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/remove.action``
        (operation ``teamRemove`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE,
                {
                    "tid": tid,
                    "owner": owner,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def remove_manager(
        self,
        *,
        tid: int | str,
        owner: str,
        members: list[str],
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Demote managers.

        Turns up to 10 managers of an advanced team back into normal members, in the
        name of the team owner.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            members: Managers to demote, at most 10 (and at most 1024 characters of JSON
                text). At most 1024 characters of JSON text; at least 1 items; at most
                10 items; each 1 to 32 characters. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            attach: App-defined extension carried by the team notification about the
                demotion. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/removeManager.action``
        (operation ``teamRemoveManager`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "members": members,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update(
        self,
        *,
        tid: int | str,
        owner: str,
        tname: str | None = None,
        announcement: str | None = None,
        intro: str | None = None,
        joinmode: Literal[0, 1, 2] | None = None,
        custom: str | None = None,
        icon: str | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        team_member_limit: int | None = None,
        bid: str | None = None,
        attach: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Edit a team's profile and settings.

        Changes the name, texts, avatar, custom field, member limit and permission
        settings of an advanced team. Only the fields that are sent change. The call is
        made in the name of the owner or of a manager, as the team's `uptinfomode` and
        `upcustommode` allow.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner or manager who makes the change. 1 to 32 characters.
            tname: New team name. At most 64 characters.
            announcement: New announcement. At most 1024 characters.
            intro: New introduction. At most 512 characters.
            joinmode: How others may apply to join: 0 anyone joins without approval, 1
                an application needs a manager's approval, 2 nobody may apply. Any other
                value is rejected with 414. One of 0, 1, 2.
            custom: New app-defined team extension; JSON text is recommended. At most
                1024 characters.
            icon: New team avatar URL. At most 1024 characters.
            beinvitemode: Whether an invited account has to agree before it joins: 0 it
                must agree (the default), 1 it joins without agreeing. Any other value
                is rejected with 414. One of 0, 1. The server's default is 0.
            invitemode: Who may invite new members: 0 only the owner and managers (the
                default), 1 every member. Any other value is rejected with 414. One of
                0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 only the owner and managers
                (the default), 1 every member. Any other value is rejected with 414. One
                of 0, 1. The server's default is 0.
            upcustommode: Who may change the team's `custom` field: 0 only the owner and
                managers (the default), 1 every member. Any other value is rejected with
                414. One of 0, 1. The server's default is 0.
            team_member_limit: Largest number of members the team may hold, owner
                included; from 2 up to the app's own ceiling, 200 when not given. Values
                outside that range are rejected with 414. At least 2. The server's
                default is 200.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            attach: App-defined extension carried by the team notification about the
                change. At most 512 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/update.action``
        (operation ``teamUpdate`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE,
                {
                    "tid": tid,
                    "owner": owner,
                    "tname": tname,
                    "announcement": announcement,
                    "intro": intro,
                    "joinmode": joinmode,
                    "custom": custom,
                    "icon": icon,
                    "beinvitemode": beinvitemode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "teamMemberLimit": team_member_limit,
                    "bid": bid,
                    "attach": attach,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_team_nick(
        self,
        *,
        tid: int | str,
        owner: str,
        accid: str,
        nick: str | None = None,
        custom: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set a member's team nickname and custom field.

        Changes the nickname a member uses inside an advanced team and the member-level
        custom field, in the name of the team owner.

        Args:
            tid: Id of an advanced team (tid), assigned by the server when the team is
                created.
            owner: Owner of the team. 1 to 32 characters.
            accid: Member whose nickname changes. 1 to 32 characters.
            nick: Nickname inside the team. At most 32 characters.
            custom: Member-level custom field (at most 1024 bytes); JSON text is
                recommended. At most 1024 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: All advanced-team management operations together share 100 calls/s
        per app, blocked for 10 s when exceeded (older documentation also limits one IP
        to 6000 team operations per minute).

        Calls ``POST /nimserver/team/updateTeamNick.action``
        (operation ``teamUpdateTeamNick`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_TEAM_NICK,
                {
                    "tid": tid,
                    "owner": owner,
                    "accid": accid,
                    "nick": nick,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
