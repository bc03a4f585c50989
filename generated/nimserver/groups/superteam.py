# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``superteam/``: Super teams (large groups with lighter semantics)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal
from typing import cast as _cast
from .._checks import (
    ANY,
    AnyOf,
    Bool,
    JsonText,
    ListOf,
    MapOf,
    Number,
    Object,
    OneOf,
    Str,
    Variants,
)
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .. import _shapes
from ..types import (
    AudioBody,
    Envelope,
    FileBody,
    ImageBody,
    LocationBody,
    SendOption,
    SuperteamCreateResponse,
    SuperteamGetMuteTlistsResponse,
    SuperteamGetTinfosResponse,
    SuperteamGetTlistsResponse,
    SuperteamInviteResponse,
    SuperteamJoinTeamsResponse,
    SuperteamQueryHistoryMsgByIdsMsgsItem,
    SuperteamQueryHistoryMsgByIdsResponse,
    SuperteamQueryHistoryMsgResponse,
    SuperteamSendAttachMsgOption,
    SuperteamSendMsgAntispamCustom,
    SuperteamSendMsgResponse,
    TextBody,
    TipsBody,
    VideoBody,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncSuperteamGroup", "SuperteamGroup"]

_ADD_MANAGER = Endpoint(
    "superteam/addManager.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "managerAccids",
            "manager_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=10)
            ),
            required=True,
        ),
    ),
)

_CHANGE_LEVEL = Endpoint(
    "superteam/changeLevel.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "tlevel",
            "tlevel",
            Number(integral=True, minimum=2, maximum=200),
            required=True,
        ),
    ),
)

_CHANGE_OWNER = Endpoint(
    "superteam/changeOwner.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("leave", "leave", OneOf((1, 2)), required=True),
    ),
)

_CREATE = Endpoint(
    "superteam/create.action",
    (
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "inviteAccids",
            "invite_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=199)
            ),
            required=True,
        ),
        Field("tname", "tname", Str(max_length=64), required=True),
        Field("msg", "msg", Str(max_length=150), required=True),
        Field("joinmode", "joinmode", OneOf((0, 1, 2)), required=True),
        Field("intro", "intro", Str(max_length=512)),
        Field("announcement", "announcement", Str(max_length=1024)),
        Field("serverCustom", "server_custom", Str(max_length=1024)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("beinvitemode", "beinvitemode", OneOf((0, 1))),
        Field("invitemode", "invitemode", OneOf((0, 1))),
        Field("uptinfomode", "uptinfomode", OneOf((0, 1))),
        Field("upcustommode", "upcustommode", OneOf((0, 1))),
        Field("tlevel", "tlevel", Number(integral=True, minimum=2, maximum=200)),
        Field("magree", "magree", OneOf((0, 1))),
        Field("bid", "bid", Str()),
    ),
)

_DISMISS = Endpoint(
    "superteam/dismiss.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
    ),
)

_GET_MUTE_TLISTS = Endpoint(
    "superteam/getMuteTlists.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of superteam/getMuteTlists are required: inferred from each field's role (team and time anchor required, the rest optional), no table states it.",
                    "One superteam/getMuteTlists call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of superteam/getMuteTlists are required: inferred from each field's role (team and time anchor required, the rest optional), no table states it.",
                    "One superteam/getMuteTlists call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field("limit", "limit", Number(integral=True, minimum=1)),
        Field("reverse", "reverse", OneOf((1, 2))),
    ),
    safe_to_repeat=True,
)

_GET_TINFOS = Endpoint(
    "superteam/getTinfos.action",
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
                        "Whether the server accepts super team id lists as JSON numbers: the official SDKs send numbers, the old documentation example quotes the ids as strings.",
                        "One superteam/getTinfos call with tids as JSON numbers and one with quoted ids: code 200 for both means either form is accepted.",
                    ),
                ),
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)

_GET_TLISTS = Endpoint(
    "superteam/getTlists.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, minimum=0, format="int64", digits=True),
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

_INVITE = Endpoint(
    "superteam/invite.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "inviteAccids",
            "invite_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200)
            ),
            required=True,
        ),
        Field("msg", "msg", Str(max_length=150), required=True),
        Field("magree", "magree", OneOf((0, 1))),
    ),
)

_JOIN_TEAMS = Endpoint(
    "superteam/joinTeams.action",
    (Field("accid", "accid", Str(min_length=1, max_length=32), required=True),),
    safe_to_repeat=True,
)

_KICK = Endpoint(
    "superteam/kick.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "kickAccids",
            "kick_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200)
            ),
            required=True,
        ),
    ),
)

_LEAVE = Endpoint(
    "superteam/leave.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
    ),
)

_MUTE = Endpoint(
    "superteam/mute.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("muteType", "mute_type", OneOf((0, 1, 3)), required=True),
    ),
)

_MUTE_TLIST = Endpoint(
    "superteam/muteTlist.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "muteAccids",
            "mute_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=10)
            ),
            required=True,
        ),
        Field("mute", "mute", OneOf((0, 1)), required=True),
    ),
)

_QUERY_HISTORY_MSG = Endpoint(
    "superteam/queryHistoryMsg.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
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
        Field("type", "type", Str()),
        Field("excludeMsgid", "exclude_msgid", Str()),
    ),
    safe_to_repeat=True,
)

_QUERY_HISTORY_MSG_BY_IDS = Endpoint(
    "superteam/queryHistoryMsgByIds.action",
    (
        Field(
            "msgs",
            "msgs",
            JsonText(
                ListOf(_shapes.SuperteamQueryHistoryMsgByIdsMsgsItem, min_items=1)
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `msgs` must be sent to superteam/queryHistoryMsgByIds: inferred (the call looks nothing up without it), no table states it.",
                    "One superteam/queryHistoryMsgByIds call without `msgs`: 414 means required.",
                ),
            ),
        ),
    ),
    safe_to_repeat=True,
)

_RECALL_MSG = Endpoint(
    "superteam/recallMsg.action",
    (
        Field(
            "deleteMsgid",
            "delete_msgid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "timetag",
            "timetag",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field(
            "to",
            "to",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("msg", "msg", Str()),
        Field("ignoreTime", "ignore_time", OneOf((0, 1))),
        Field("pushContent", "push_content", Str(max_length=500)),
        Field("pushPayload", "push_payload", JsonText(MapOf(ANY), max_length=2048)),
    ),
)

_REMOVE_MANAGER = Endpoint(
    "superteam/removeManager.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field(
            "managerAccids",
            "manager_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=10)
            ),
            required=True,
        ),
    ),
)

_SEND_ATTACH_MSG = Endpoint(
    "superteam/sendAttachMsg.action",
    (
        Field("from", "from_", Str(min_length=1, max_length=32), required=True),
        Field(
            "to",
            "to",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("attach", "attach", Str(max_length=4096), required=True),
        Field("pushContent", "push_content", Str(max_length=500)),
        Field("pushPayload", "push_payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("sound", "sound", Str(max_length=30)),
        Field(
            "save",
            "save",
            Doubted(
                OneOf((1, 2)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `save` of superteam/sendAttachMsg takes 1 (online only) and 2 (kept for offline members) as msg/sendAttachMsg does: assumed, no source gives the values for super teams.",
                        "One superteam/sendAttachMsg call with save=3: a 414 means only 1/2 are allowed; one with save=1 to an offline member shows the meaning.",
                    ),
                ),
            ),
        ),
        Field("option", "option", JsonText(_shapes.SuperteamSendAttachMsgOption)),
        Field("isForcePush", "is_force_push", Bool()),
        Field("forcePushContent", "force_push_content", Str(max_length=500)),
        Field("forcePushAll", "force_push_all", Bool()),
        Field(
            "forcePushList",
            "force_push_list",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
        ),
    ),
)

_SEND_MSG = Endpoint(
    "superteam/sendMsg.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "fromAccid", "from_accid", Str(min_length=1, max_length=32), required=True
        ),
        Field("type", "type", OneOf((0, 1, 2, 3, 4, 6, 100)), required=True),
        Field(
            "body",
            "body",
            JsonText(
                AnyOf(
                    (
                        _shapes.TextBody,
                        _shapes.ImageBody,
                        _shapes.AudioBody,
                        _shapes.VideoBody,
                        _shapes.LocationBody,
                        _shapes.FileBody,
                        _shapes.TipsBody,
                        MapOf(ANY),
                    )
                ),
                max_length=5000,
            ),
            required=True,
        ),
        Field("antispam", "antispam", Bool()),
        Field(
            "antispamCustom",
            "antispam_custom",
            JsonText(_shapes.SuperteamSendMsgAntispamCustom, max_length=5000),
        ),
        Field("useYidun", "use_yidun", OneOf((0,))),
        Field(
            "yidunAntiCheating",
            "yidun_anti_cheating",
            JsonText(MapOf(ANY), max_length=1024),
        ),
        Field("yidunAntiSpamExt", "yidun_anti_spam_ext", JsonText(MapOf(ANY))),
        Field("bid", "bid", Str()),
        Field("option", "option", JsonText(_shapes.SendOption)),
        Field("ext", "ext", Str(max_length=1024)),
        Field("pushContent", "push_content", Str(max_length=500)),
        Field("pushPayload", "push_payload", JsonText(MapOf(ANY), max_length=2048)),
        Field("isForcePush", "is_force_push", Bool()),
        Field("forcePushContent", "force_push_content", Str()),
        Field("forcePushAll", "force_push_all", Bool()),
        Field(
            "forcePushList",
            "force_push_list",
            JsonText(ListOf(Str(min_length=1, max_length=32), min_items=1)),
        ),
        Field("env", "env", Str()),
        Field("msgDesc", "msg_desc", Str()),
        Field("subType", "sub_type", Number(integral=True, minimum=1)),
        Field("isCheckMute", "is_check_mute", Bool()),
    ),
    variants=Variants(
        "type",
        {
            0: Object(
                {
                    "body": JsonText(_shapes.TextBody),
                }
            ),
            1: Object(
                {
                    "body": JsonText(_shapes.ImageBody),
                }
            ),
            2: Object(
                {
                    "body": JsonText(_shapes.AudioBody),
                }
            ),
            3: Object(
                {
                    "body": JsonText(_shapes.VideoBody),
                }
            ),
            4: Object(
                {
                    "body": JsonText(_shapes.LocationBody),
                }
            ),
            6: Object(
                {
                    "body": JsonText(_shapes.FileBody),
                }
            ),
        },
    ),
)

_UPDATE_TEAM_NICK = Endpoint(
    "superteam/updateTeamNick.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of superteam/updateTeamNick are required: inferred from each field's role (team, operator and member required, the rest optional), no table states it.",
                    "One superteam/updateTeamNick call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "owner",
            "owner",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of superteam/updateTeamNick are required: inferred from each field's role (team, operator and member required, the rest optional), no table states it.",
                    "One superteam/updateTeamNick call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Which fields of superteam/updateTeamNick are required: inferred from each field's role (team, operator and member required, the rest optional), no table states it.",
                    "One superteam/updateTeamNick call per field with that field left out: 414 means required, 200 optional.",
                ),
            ),
        ),
        Field("nick", "nick", Str()),
    ),
)

_UPDATE_TINFO = Endpoint(
    "superteam/updateTinfo.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("owner", "owner", Str(min_length=1, max_length=32), required=True),
        Field("tname", "tname", Str(max_length=64)),
        Field("intro", "intro", Str(max_length=512)),
        Field("announcement", "announcement", Str(max_length=1024)),
        Field("serverCustom", "server_custom", Str(max_length=1024)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("joinmode", "joinmode", OneOf((0, 1, 2))),
        Field("invitemode", "invitemode", OneOf((0, 1))),
        Field("uptinfomode", "uptinfomode", OneOf((0, 1))),
        Field("upcustommode", "upcustommode", OneOf((0, 1))),
        Field("beinvitemode", "beinvitemode", OneOf((0, 1))),
        Field("bid", "bid", Str()),
    ),
)

_UPDATE_TLIST = Endpoint(
    "superteam/updateTlist.action",
    (
        Field(
            "tid",
            "tid",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("silentType", "silent_type", OneOf((0, 1))),
        Field("nick", "nick", Str(max_length=32)),
        Field("custom", "custom", Str(max_length=32)),
    ),
)


class SuperteamGroup:
    """Operations under ``superteam/``, reached as ``client.superteam``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_manager(
        self,
        *,
        tid: int | str,
        owner: str,
        manager_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Promote members to managers.

        Makes up to 10 members of a super team managers; only the owner may do this.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            manager_accids: Members to promote, at most 10 per call. At least 1 items;
                at most 10 items; each 1 to 32 characters. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/addManager.action``
        (operation ``superteamAddManager`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _ADD_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "managerAccids": manager_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def change_level(
        self,
        *,
        tid: int | str,
        owner: str,
        tlevel: int,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Change the capacity level of a super team.

        Sets the member-count level (capacity) of a super team.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            tlevel: New capacity level, from 2 to 200. At least 2; at most 200.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/changeLevel.action``
        (operation ``superteamChangeLevel`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _CHANGE_LEVEL,
                {
                    "tid": tid,
                    "owner": owner,
                    "tlevel": tlevel,
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
        accid: str,
        leave: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Hand a super team to a new owner.

        Transfers ownership of a super team to another member; the previous owner either
        leaves the team or stays as an ordinary member.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Current owner. 1 to 32 characters.
            accid: Member who becomes the new owner. 1 to 32 characters.
            leave: What happens to the previous owner: 1 leaves the team, 2 stays as an
                ordinary member. Other values give 414. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/changeOwner.action``
        (operation ``superteamChangeOwner`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _CHANGE_OWNER,
                {
                    "tid": tid,
                    "owner": owner,
                    "accid": accid,
                    "leave": leave,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create(
        self,
        *,
        owner: str,
        invite_accids: list[str],
        tname: str,
        msg: str,
        joinmode: Literal[0, 1, 2],
        intro: str | None = None,
        announcement: str | None = None,
        server_custom: str | None = None,
        icon: str | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        tlevel: int | None = None,
        magree: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamCreateResponse:
        """Create a super team.

        Creates a super team owned by the given account, invites the first members and
        returns the new team id. The owner and the invitees together may number at most
        200. Invitees that cannot join are reported in `faccid`.

        Args:
            owner: Account that will own the team. 1 to 32 characters.
            invite_accids: Accounts invited into the new team; together with the owner
                at most 200. At least 1 items; at most 199 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            tname: Team name. At most 64 characters.
            msg: Invitation text shown to the invitees. At most 150 characters.
            joinmode: How users may apply to join: 0 without approval, 1 only with
                approval, 2 applications are not accepted. Any other value is rejected
                with 414. One of 0, 1, 2.
            intro: Introduction text. At most 512 characters.
            announcement: Announcement text. At most 1024 characters.
            server_custom: Custom team field that only the app server writes and clients
                can read. At most 1024 characters.
            icon: Team avatar URL. At most 1024 characters.
            beinvitemode: Whether an invitee has to accept: 0 the invitee must agree
                (default), 1 the invitee joins without consent. Other values give 414.
                One of 0, 1. The server's default is 0.
            invitemode: Who may invite others: 0 managers only (default), 1 every
                member. Other values give 414. One of 0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 managers only (default), 1
                every member. Other values give 414. One of 0, 1. The server's default
                is 0.
            upcustommode: Who may change the team's custom field: 0 managers only
                (default), 1 every member. Other values give 414. One of 0, 1. The
                server's default is 0.
            tlevel: Capacity level of the super team, from 2 to 200. At least 2; at most
                200.
            magree: Whether invitees must agree before they join; 0 no consent needed, 1
                they must agree. One of 0, 1.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/create.action``
        (operation ``superteamCreate`` in the spec).
        """
        return _cast(
            "SuperteamCreateResponse",
            self._client._call(
                _CREATE,
                {
                    "owner": owner,
                    "inviteAccids": invite_accids,
                    "tname": tname,
                    "msg": msg,
                    "joinmode": joinmode,
                    "intro": intro,
                    "announcement": announcement,
                    "serverCustom": server_custom,
                    "icon": icon,
                    "beinvitemode": beinvitemode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "tlevel": tlevel,
                    "magree": magree,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def dismiss(
        self,
        *,
        tid: int | str,
        owner: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Dismiss a super team.

        Dissolves a super team; only its owner may do this.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/dismiss.action``
        (operation ``superteamDismiss`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DISMISS,
                {
                    "tid": tid,
                    "owner": owner,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_mute_tlists(
        self,
        *,
        tid: int | str | None = None,
        timetag: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamGetMuteTlistsResponse:
        """Page through the muted members of a super team.

        Returns the members of a super team that are muted individually, one page at a
        time starting from a time anchor.

        Args:
            tid: Id of the super team, as returned by `superteam/create`. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            timetag: Time anchor of the page in epoch milliseconds; 0 starts from now.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            limit: Maximum number of members to return. At least 1.
            reverse: Order by time, 1 ascending or 2 descending. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamGetMuteTlistsResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/getMuteTlists.action``
        (operation ``superteamGetMuteTlists`` in the spec).
        """
        return _cast(
            "SuperteamGetMuteTlistsResponse",
            self._client._call(
                _GET_MUTE_TLISTS,
                {
                    "tid": tid,
                    "timetag": timetag,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_tinfos(
        self,
        *,
        tids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamGetTinfosResponse:
        """Fetch super team profiles.

        Returns the profile and settings of each of the given super teams.

        Args:
            tids: Ids of the super teams to fetch. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamGetTinfosResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/getTinfos.action``
        (operation ``superteamGetTinfos`` in the spec).
        """
        return _cast(
            "SuperteamGetTinfosResponse",
            self._client._call(
                _GET_TINFOS,
                {
                    "tids": tids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_tlists(
        self,
        *,
        tid: int | str,
        timetag: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamGetTlistsResponse:
        """Page through the members of a super team.

        Returns up to 100 members of a super team, ordered by join time, starting from a
        time anchor. To read the next page, pass the time of the last member returned.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            timetag: Time anchor of the page in epoch milliseconds.
            limit: Maximum number of members to return, 1 to 100; other values give 414.
                At least 1; at most 100.
            reverse: Order by time, 1 ascending (default) or 2 descending; other values
                give 414. One of 1, 2. The server's default is 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamGetTlistsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/getTlists.action``
        (operation ``superteamGetTlists`` in the spec).
        """
        return _cast(
            "SuperteamGetTlistsResponse",
            self._client._call(
                _GET_TLISTS,
                {
                    "tid": tid,
                    "timetag": timetag,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def invite(
        self,
        *,
        tid: int | str,
        owner: str,
        invite_accids: list[str],
        msg: str,
        magree: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamInviteResponse:
        """Invite accounts into a super team.

        Invites up to 200 accounts into a super team on behalf of its owner or a
        manager. Whether the invitees must accept depends on the team's `beinvitemode`.
        Accounts that cannot join are reported in `faccid`.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager who sends the invitation. 1 to 32 characters.
            invite_accids: Accounts to invite, at most 200 per call. At least 1 items;
                at most 200 items; each 1 to 32 characters. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            msg: Invitation text shown to the invitees. At most 150 characters.
            magree: Whether invitees must agree before they join; 0 no consent needed, 1
                they must agree. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamInviteResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/invite.action``
        (operation ``superteamInvite`` in the spec).
        """
        return _cast(
            "SuperteamInviteResponse",
            self._client._call(
                _INVITE,
                {
                    "tid": tid,
                    "owner": owner,
                    "inviteAccids": invite_accids,
                    "msg": msg,
                    "magree": magree,
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
    ) -> SuperteamJoinTeamsResponse:
        """List the super teams an account has joined.

        Returns the profile and settings of every super team the account belongs to.

        Args:
            accid: Account whose teams are listed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamJoinTeamsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/joinTeams.action``
        (operation ``superteamJoinTeams`` in the spec).
        """
        return _cast(
            "SuperteamJoinTeamsResponse",
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
        kick_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove members from a super team.

        Removes up to 200 members from a super team on behalf of its owner or a manager.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager who removes the members. 1 to 32 characters.
            kick_accids: Members to remove, at most 200 per call. At least 1 items; at
                most 200 items; each 1 to 32 characters. Sent as compact JSON; JSON text
                given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/kick.action``
        (operation ``superteamKick`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _KICK,
                {
                    "tid": tid,
                    "owner": owner,
                    "kickAccids": kick_accids,
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
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Make a member leave a super team.

        Takes an account out of a super team as if it had left on its own.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            accid: Member who leaves. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/leave.action``
        (operation ``superteamLeave`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _LEAVE,
                {
                    "tid": tid,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute(
        self,
        *,
        tid: int | str,
        owner: str,
        mute_type: Literal[0, 1, 3],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute a whole super team.

        Mutes the ordinary members or everyone in a super team, or lifts the team-wide
        mute.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            mute_type: 0 lifts the mute, 1 mutes ordinary members, 3 mutes everyone
                including the owner. One of 0, 1, 3.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/mute.action``
        (operation ``superteamMute`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _MUTE,
                {
                    "tid": tid,
                    "owner": owner,
                    "muteType": mute_type,
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
        mute_accids: list[str],
        mute: Literal[0, 1] | bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute members of a super team.

        Mutes up to 10 members of a super team, or lifts their mute, on behalf of the
        owner or a manager.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager making the change. 1 to 32 characters.
            mute_accids: Members to mute or unmute, at most 10 per call. At least 1
                items; at most 10 items; each 1 to 32 characters. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            mute: 1 mutes the members, 0 lifts their mute. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/muteTlist.action``
        (operation ``superteamMuteTlist`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _MUTE_TLIST,
                {
                    "tid": tid,
                    "owner": owner,
                    "muteAccids": mute_accids,
                    "mute": mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_history_msg(
        self,
        *,
        tid: int | str,
        accid: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        exclude_msgid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamQueryHistoryMsgResponse:
        """Query a super team's message history.

        Returns up to 100 messages of a super team's cloud history sent within a time
        range, as seen by one member, optionally limited to some message types.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            accid: Member on whose behalf the history is read. 1 to 32 characters.
            begintime: Start of the time range in epoch milliseconds.
            endtime: End of the time range in epoch milliseconds.
            limit: Maximum number of messages, 1 to 100; other values give 414. At least
                1; at most 100.
            reverse: Order by time, 1 ascending or 2 descending (default); other values
                give 414. One of 1, 2. The server's default is 2.
            type: Comma-separated message types to include (1 image, 2 audio, 3 video, 4
                location, 5 notification, 6 file, 10 tip, 100 custom); all types when
                omitted.
            exclude_msgid: Server id of a message to leave out, used when paging from
                the last message of the previous page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamQueryHistoryMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/queryHistoryMsg.action``
        (operation ``superteamQueryHistoryMsg`` in the spec).
        """
        return _cast(
            "SuperteamQueryHistoryMsgResponse",
            self._client._call(
                _QUERY_HISTORY_MSG,
                {
                    "tid": tid,
                    "accid": accid,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                    "excludeMsgid": exclude_msgid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def query_history_msg_by_ids(
        self,
        *,
        msgs: list[SuperteamQueryHistoryMsgByIdsMsgsItem] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamQueryHistoryMsgByIdsResponse:
        """Fetch super team messages by id.

        Returns specific messages of a super team's cloud history, each named by its id,
        sender, team and send time.

        Args:
            msgs: The messages to fetch, each identified by id, sender, team and send
                time. At least 1 items. Sent as compact JSON; JSON text given as a str
                is checked and sent as is. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamQueryHistoryMsgByIdsResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/queryHistoryMsgByIds.action``
        (operation ``superteamQueryHistoryMsgByIds`` in the spec).
        """
        return _cast(
            "SuperteamQueryHistoryMsgByIdsResponse",
            self._client._call(
                _QUERY_HISTORY_MSG_BY_IDS,
                {
                    "msgs": msgs,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def recall_msg(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        from_: str,
        to: int | str,
        msg: str | None = None,
        ignore_time: Literal[0, 1] | bool | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a super team message.

        Withdraws a message sent to a super team so that members no longer see it. By
        default only recent messages may be recalled; `ignore_time` skips that check.

        Args:
            delete_msgid: Server id (msgid) of the message to recall.
            timetag: Server send time of that message in epoch milliseconds.
            from_: Sender of the message. 1 to 32 characters.
            to: Super team the message was sent to.
            msg: Description delivered with the recall.
            ignore_time: 1 skips the recall time-window check, 0 keeps it (default);
                other values give 414. One of 0, 1. The server's default is 0.
            push_content: Text shown in the push notification. At most 500 characters.
            push_payload: JSON object delivered with the push notification, at most
                about 2K characters. At most 2048 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/recallMsg.action``
        (operation ``superteamRecallMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _RECALL_MSG,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "from": from_,
                    "to": to,
                    "msg": msg,
                    "ignoreTime": ignore_time,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
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
        manager_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Demote managers to ordinary members.

        Takes the manager role away from up to 10 members of a super team; only the
        owner may do this.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            manager_accids: Managers to demote, at most 10 per call. At least 1 items;
                at most 10 items; each 1 to 32 characters. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/removeManager.action``
        (operation ``superteamRemoveManager`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _REMOVE_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "managerAccids": manager_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_attach_msg(
        self,
        *,
        from_: str,
        to: int | str,
        attach: str,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        sound: str | None = None,
        save: Literal[1, 2] | None = None,
        option: SuperteamSendAttachMsgOption | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        force_push_all: bool | None = None,
        force_push_list: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Send a custom notification to a super team.

        Delivers an app-defined notification to the members of a super team.
        Notifications are not kept in the message history.

        Args:
            from_: Sender account. 1 to 32 characters.
            to: Super team that receives the notification.
            attach: Content of the notification, app-defined; JSON text is expected. At
                most 4096 characters.
            push_content: Text shown in the push notification. At most 500 characters.
            push_payload: JSON object delivered with the push notification, at most
                about 2K characters. At most 2048 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            sound: Name of a sound file on the device to play with the push. At most 30
                characters.
            save: 1 delivers only to online members, 2 also keeps it for offline
                members. One of 1, 2. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            option: JSON switches for unread counting, push nickname and message copy.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            is_force_push: Force a push to the members in `force_push_list` (or to all
                members when `force_push_all` is true).
            force_push_content: Push text used for the forced push. At most 500
                characters.
            force_push_all: Force the push to every valid member except the sender
                instead of `force_push_list`.
            force_push_list: Members who get a forced push (an @-mention) even when they
                have silenced the team. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/sendAttachMsg.action``
        (operation ``superteamSendAttachMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _SEND_ATTACH_MSG,
                {
                    "from": from_,
                    "to": to,
                    "attach": attach,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "sound": sound,
                    "save": save,
                    "option": option,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "forcePushAll": force_push_all,
                    "forcePushList": force_push_list,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_msg(
        self,
        *,
        tid: int | str,
        from_accid: str,
        type: Literal[0, 1, 2, 3, 4, 6, 100],
        body: (
            TextBody
            | ImageBody
            | AudioBody
            | VideoBody
            | LocationBody
            | FileBody
            | TipsBody
            | dict[str, Any]
        ),
        antispam: bool | None = None,
        antispam_custom: SuperteamSendMsgAntispamCustom | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        option: SendOption | None = None,
        ext: str | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        force_push_all: bool | None = None,
        force_push_list: list[str] | None = None,
        env: str | None = None,
        msg_desc: str | None = None,
        sub_type: int | None = None,
        is_check_mute: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamSendMsgResponse:
        """Send a message to a super team.

        Sends a text, media, location, file or custom message into a super team on
        behalf of a member. The body's shape depends on `type`. Messages sent through
        the API do not trigger the app's third-party callbacks.

        Args:
            tid: Super team that receives the message.
            from_accid: Sender; must be a member of the team. 1 to 32 characters.
            type: Message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                100 custom. One of 0, 1, 2, 3, 4, 6, 100.
            body: Message body as JSON text, at most 5000 characters; its shape depends
                on `type` (for text, `{"msg":"..."}`). At most 5000 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            antispam: For custom messages (type 100) only: check `antispam_custom` with
                anti-spam instead of the body. The server's default is False.
            antispam_custom: Content to submit to the anti-spam check in place of the
                body, used when `antispam` is true. At most 5000 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Extra fields for Yidun's anti-cheating check, as JSON
                text. At most 1024 characters of JSON text. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extension fields passed to the Yidun anti-spam check,
                as JSON text. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            option: JSON switches that change how the message is roamed, stored, synced,
                pushed, counted and copied. Sent as compact JSON; JSON text given as a
                str is checked and sent as is.
            ext: App-defined extension delivered with the message. At most 1024
                characters.
            push_content: Text shown in the push notification. At most 500 characters.
            push_payload: JSON object delivered with the push notification, at most
                about 2K characters. At most 2048 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            is_force_push: Force a push to the members in `force_push_list` (or to all
                members when `force_push_all` is true).
            force_push_content: Push text used for the forced push.
            force_push_all: Force the push to every valid member except the sender
                instead of `force_push_list`.
            force_push_list: Members who get a forced push (an @-mention) even when they
                have silenced the team. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy address
                receives this message.
            msg_desc: Short description of the message, such as a summary of a custom
                message.
            sub_type: App-defined sub-type of the message, greater than 0. At least 1.
            is_check_mute: Check whether the sender is muted before sending.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/sendMsg.action``
        (operation ``superteamSendMsg`` in the spec).
        """
        return _cast(
            "SuperteamSendMsgResponse",
            self._client._call(
                _SEND_MSG,
                {
                    "tid": tid,
                    "fromAccid": from_accid,
                    "type": type,
                    "body": body,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "option": option,
                    "ext": ext,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "forcePushAll": force_push_all,
                    "forcePushList": force_push_list,
                    "env": env,
                    "msgDesc": msg_desc,
                    "subType": sub_type,
                    "isCheckMute": is_check_mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_team_nick(
        self,
        *,
        tid: int | str | None = None,
        owner: str | None = None,
        accid: str | None = None,
        nick: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set a member's nickname in a super team.

        Changes the nickname a member shows inside a super team, on behalf of the owner
        or a manager.

        Args:
            tid: Id of the super team, as returned by `superteam/create`. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            owner: Owner or manager making the change. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Member whose nickname changes. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            nick: New nickname inside the team.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/updateTeamNick.action``
        (operation ``superteamUpdateTeamNick`` in the spec).
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
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_tinfo(
        self,
        *,
        tid: int | str,
        owner: str,
        tname: str | None = None,
        intro: str | None = None,
        announcement: str | None = None,
        server_custom: str | None = None,
        icon: str | None = None,
        joinmode: Literal[0, 1, 2] | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a super team's profile and permissions.

        Changes the name, texts, avatar, custom field and permission modes of a super
        team. Only the fields that are sent change.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager making the change. 1 to 32 characters.
            tname: New team name. At most 64 characters.
            intro: New introduction text. At most 512 characters.
            announcement: New announcement text. At most 1024 characters.
            server_custom: New custom team field that only the app server writes and
                clients can read. At most 1024 characters.
            icon: New team avatar URL. At most 1024 characters.
            joinmode: How users may apply to join: 0 without approval, 1 only with
                approval, 2 applications are not accepted. Any other value is rejected
                with 414. One of 0, 1, 2.
            invitemode: Who may invite others: 0 managers only (default), 1 every
                member. Other values give 414. One of 0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 managers only (default), 1
                every member. Other values give 414. One of 0, 1. The server's default
                is 0.
            upcustommode: Who may change the team's custom field: 0 managers only
                (default), 1 every member. Other values give 414. One of 0, 1. The
                server's default is 0.
            beinvitemode: Whether an invitee has to accept: 0 the invitee must agree
                (default), 1 the invitee joins without consent. Other values give 414.
                One of 0, 1. The server's default is 0.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/updateTinfo.action``
        (operation ``superteamUpdateTinfo`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_TINFO,
                {
                    "tid": tid,
                    "owner": owner,
                    "tname": tname,
                    "intro": intro,
                    "announcement": announcement,
                    "serverCustom": server_custom,
                    "icon": icon,
                    "joinmode": joinmode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "beinvitemode": beinvitemode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_tlist(
        self,
        *,
        tid: int | str,
        accid: str,
        silent_type: Literal[0, 1] | bool | None = None,
        nick: str | None = None,
        custom: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a member's team settings.

        Changes a member's nickname, custom field or notification switch inside a super
        team. Only the fields that are sent change.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            accid: Member whose settings change. 1 to 32 characters.
            silent_type: Message notifications for this team: 1 off, 0 on. One of 0, 1.
            nick: Nickname inside the team. At most 32 characters.
            custom: Member custom field. At most 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/updateTlist.action``
        (operation ``superteamUpdateTlist`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_TLIST,
                {
                    "tid": tid,
                    "accid": accid,
                    "silentType": silent_type,
                    "nick": nick,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncSuperteamGroup:
    """Operations under ``superteam/``, reached as ``client.superteam`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_manager(
        self,
        *,
        tid: int | str,
        owner: str,
        manager_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Promote members to managers.

        Makes up to 10 members of a super team managers; only the owner may do this.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            manager_accids: Members to promote, at most 10 per call. At least 1 items;
                at most 10 items; each 1 to 32 characters. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/addManager.action``
        (operation ``superteamAddManager`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _ADD_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "managerAccids": manager_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def change_level(
        self,
        *,
        tid: int | str,
        owner: str,
        tlevel: int,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Change the capacity level of a super team.

        Sets the member-count level (capacity) of a super team.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            tlevel: New capacity level, from 2 to 200. At least 2; at most 200.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/changeLevel.action``
        (operation ``superteamChangeLevel`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _CHANGE_LEVEL,
                {
                    "tid": tid,
                    "owner": owner,
                    "tlevel": tlevel,
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
        accid: str,
        leave: Literal[1, 2],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Hand a super team to a new owner.

        Transfers ownership of a super team to another member; the previous owner either
        leaves the team or stays as an ordinary member.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Current owner. 1 to 32 characters.
            accid: Member who becomes the new owner. 1 to 32 characters.
            leave: What happens to the previous owner: 1 leaves the team, 2 stays as an
                ordinary member. Other values give 414. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/changeOwner.action``
        (operation ``superteamChangeOwner`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _CHANGE_OWNER,
                {
                    "tid": tid,
                    "owner": owner,
                    "accid": accid,
                    "leave": leave,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create(
        self,
        *,
        owner: str,
        invite_accids: list[str],
        tname: str,
        msg: str,
        joinmode: Literal[0, 1, 2],
        intro: str | None = None,
        announcement: str | None = None,
        server_custom: str | None = None,
        icon: str | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        tlevel: int | None = None,
        magree: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamCreateResponse:
        """Create a super team.

        Creates a super team owned by the given account, invites the first members and
        returns the new team id. The owner and the invitees together may number at most
        200. Invitees that cannot join are reported in `faccid`.

        Args:
            owner: Account that will own the team. 1 to 32 characters.
            invite_accids: Accounts invited into the new team; together with the owner
                at most 200. At least 1 items; at most 199 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            tname: Team name. At most 64 characters.
            msg: Invitation text shown to the invitees. At most 150 characters.
            joinmode: How users may apply to join: 0 without approval, 1 only with
                approval, 2 applications are not accepted. Any other value is rejected
                with 414. One of 0, 1, 2.
            intro: Introduction text. At most 512 characters.
            announcement: Announcement text. At most 1024 characters.
            server_custom: Custom team field that only the app server writes and clients
                can read. At most 1024 characters.
            icon: Team avatar URL. At most 1024 characters.
            beinvitemode: Whether an invitee has to accept: 0 the invitee must agree
                (default), 1 the invitee joins without consent. Other values give 414.
                One of 0, 1. The server's default is 0.
            invitemode: Who may invite others: 0 managers only (default), 1 every
                member. Other values give 414. One of 0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 managers only (default), 1
                every member. Other values give 414. One of 0, 1. The server's default
                is 0.
            upcustommode: Who may change the team's custom field: 0 managers only
                (default), 1 every member. Other values give 414. One of 0, 1. The
                server's default is 0.
            tlevel: Capacity level of the super team, from 2 to 200. At least 2; at most
                200.
            magree: Whether invitees must agree before they join; 0 no consent needed, 1
                they must agree. One of 0, 1.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/create.action``
        (operation ``superteamCreate`` in the spec).
        """
        return _cast(
            "SuperteamCreateResponse",
            await self._client._call(
                _CREATE,
                {
                    "owner": owner,
                    "inviteAccids": invite_accids,
                    "tname": tname,
                    "msg": msg,
                    "joinmode": joinmode,
                    "intro": intro,
                    "announcement": announcement,
                    "serverCustom": server_custom,
                    "icon": icon,
                    "beinvitemode": beinvitemode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "tlevel": tlevel,
                    "magree": magree,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def dismiss(
        self,
        *,
        tid: int | str,
        owner: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Dismiss a super team.

        Dissolves a super team; only its owner may do this.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/dismiss.action``
        (operation ``superteamDismiss`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DISMISS,
                {
                    "tid": tid,
                    "owner": owner,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_mute_tlists(
        self,
        *,
        tid: int | str | None = None,
        timetag: int | str | None = None,
        limit: int | None = None,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamGetMuteTlistsResponse:
        """Page through the muted members of a super team.

        Returns the members of a super team that are muted individually, one page at a
        time starting from a time anchor.

        Args:
            tid: Id of the super team, as returned by `superteam/create`. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            timetag: Time anchor of the page in epoch milliseconds; 0 starts from now.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            limit: Maximum number of members to return. At least 1.
            reverse: Order by time, 1 ascending or 2 descending. One of 1, 2.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamGetMuteTlistsResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/getMuteTlists.action``
        (operation ``superteamGetMuteTlists`` in the spec).
        """
        return _cast(
            "SuperteamGetMuteTlistsResponse",
            await self._client._call(
                _GET_MUTE_TLISTS,
                {
                    "tid": tid,
                    "timetag": timetag,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_tinfos(
        self,
        *,
        tids: list[int],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamGetTinfosResponse:
        """Fetch super team profiles.

        Returns the profile and settings of each of the given super teams.

        Args:
            tids: Ids of the super teams to fetch. At least 1 items. Sent as compact
                JSON; JSON text given as a str is checked and sent as is. The spec
                doubts some of these rules: a value that breaks only those is sent, with
                a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamGetTinfosResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/getTinfos.action``
        (operation ``superteamGetTinfos`` in the spec).
        """
        return _cast(
            "SuperteamGetTinfosResponse",
            await self._client._call(
                _GET_TINFOS,
                {
                    "tids": tids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_tlists(
        self,
        *,
        tid: int | str,
        timetag: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamGetTlistsResponse:
        """Page through the members of a super team.

        Returns up to 100 members of a super team, ordered by join time, starting from a
        time anchor. To read the next page, pass the time of the last member returned.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            timetag: Time anchor of the page in epoch milliseconds.
            limit: Maximum number of members to return, 1 to 100; other values give 414.
                At least 1; at most 100.
            reverse: Order by time, 1 ascending (default) or 2 descending; other values
                give 414. One of 1, 2. The server's default is 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamGetTlistsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/getTlists.action``
        (operation ``superteamGetTlists`` in the spec).
        """
        return _cast(
            "SuperteamGetTlistsResponse",
            await self._client._call(
                _GET_TLISTS,
                {
                    "tid": tid,
                    "timetag": timetag,
                    "limit": limit,
                    "reverse": reverse,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def invite(
        self,
        *,
        tid: int | str,
        owner: str,
        invite_accids: list[str],
        msg: str,
        magree: Literal[0, 1] | bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamInviteResponse:
        """Invite accounts into a super team.

        Invites up to 200 accounts into a super team on behalf of its owner or a
        manager. Whether the invitees must accept depends on the team's `beinvitemode`.
        Accounts that cannot join are reported in `faccid`.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager who sends the invitation. 1 to 32 characters.
            invite_accids: Accounts to invite, at most 200 per call. At least 1 items;
                at most 200 items; each 1 to 32 characters. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            msg: Invitation text shown to the invitees. At most 150 characters.
            magree: Whether invitees must agree before they join; 0 no consent needed, 1
                they must agree. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamInviteResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/invite.action``
        (operation ``superteamInvite`` in the spec).
        """
        return _cast(
            "SuperteamInviteResponse",
            await self._client._call(
                _INVITE,
                {
                    "tid": tid,
                    "owner": owner,
                    "inviteAccids": invite_accids,
                    "msg": msg,
                    "magree": magree,
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
    ) -> SuperteamJoinTeamsResponse:
        """List the super teams an account has joined.

        Returns the profile and settings of every super team the account belongs to.

        Args:
            accid: Account whose teams are listed. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamJoinTeamsResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/joinTeams.action``
        (operation ``superteamJoinTeams`` in the spec).
        """
        return _cast(
            "SuperteamJoinTeamsResponse",
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
        kick_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove members from a super team.

        Removes up to 200 members from a super team on behalf of its owner or a manager.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager who removes the members. 1 to 32 characters.
            kick_accids: Members to remove, at most 200 per call. At least 1 items; at
                most 200 items; each 1 to 32 characters. Sent as compact JSON; JSON text
                given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/kick.action``
        (operation ``superteamKick`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _KICK,
                {
                    "tid": tid,
                    "owner": owner,
                    "kickAccids": kick_accids,
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
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Make a member leave a super team.

        Takes an account out of a super team as if it had left on its own.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            accid: Member who leaves. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/leave.action``
        (operation ``superteamLeave`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _LEAVE,
                {
                    "tid": tid,
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute(
        self,
        *,
        tid: int | str,
        owner: str,
        mute_type: Literal[0, 1, 3],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute a whole super team.

        Mutes the ordinary members or everyone in a super team, or lifts the team-wide
        mute.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            mute_type: 0 lifts the mute, 1 mutes ordinary members, 3 mutes everyone
                including the owner. One of 0, 1, 3.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/mute.action``
        (operation ``superteamMute`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _MUTE,
                {
                    "tid": tid,
                    "owner": owner,
                    "muteType": mute_type,
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
        mute_accids: list[str],
        mute: Literal[0, 1] | bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute members of a super team.

        Mutes up to 10 members of a super team, or lifts their mute, on behalf of the
        owner or a manager.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager making the change. 1 to 32 characters.
            mute_accids: Members to mute or unmute, at most 10 per call. At least 1
                items; at most 10 items; each 1 to 32 characters. Sent as compact JSON;
                JSON text given as a str is checked and sent as is.
            mute: 1 mutes the members, 0 lifts their mute. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/muteTlist.action``
        (operation ``superteamMuteTlist`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _MUTE_TLIST,
                {
                    "tid": tid,
                    "owner": owner,
                    "muteAccids": mute_accids,
                    "mute": mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_history_msg(
        self,
        *,
        tid: int | str,
        accid: str,
        begintime: int | str,
        endtime: int | str,
        limit: int,
        reverse: Literal[1, 2] | None = None,
        type: str | None = None,
        exclude_msgid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamQueryHistoryMsgResponse:
        """Query a super team's message history.

        Returns up to 100 messages of a super team's cloud history sent within a time
        range, as seen by one member, optionally limited to some message types.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            accid: Member on whose behalf the history is read. 1 to 32 characters.
            begintime: Start of the time range in epoch milliseconds.
            endtime: End of the time range in epoch milliseconds.
            limit: Maximum number of messages, 1 to 100; other values give 414. At least
                1; at most 100.
            reverse: Order by time, 1 ascending or 2 descending (default); other values
                give 414. One of 1, 2. The server's default is 2.
            type: Comma-separated message types to include (1 image, 2 audio, 3 video, 4
                location, 5 notification, 6 file, 10 tip, 100 custom); all types when
                omitted.
            exclude_msgid: Server id of a message to leave out, used when paging from
                the last message of the previous page.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamQueryHistoryMsgResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/queryHistoryMsg.action``
        (operation ``superteamQueryHistoryMsg`` in the spec).
        """
        return _cast(
            "SuperteamQueryHistoryMsgResponse",
            await self._client._call(
                _QUERY_HISTORY_MSG,
                {
                    "tid": tid,
                    "accid": accid,
                    "begintime": begintime,
                    "endtime": endtime,
                    "limit": limit,
                    "reverse": reverse,
                    "type": type,
                    "excludeMsgid": exclude_msgid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def query_history_msg_by_ids(
        self,
        *,
        msgs: list[SuperteamQueryHistoryMsgByIdsMsgsItem] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamQueryHistoryMsgByIdsResponse:
        """Fetch super team messages by id.

        Returns specific messages of a super team's cloud history, each named by its id,
        sender, team and send time.

        Args:
            msgs: The messages to fetch, each identified by id, sender, team and send
                time. At least 1 items. Sent as compact JSON; JSON text given as a str
                is checked and sent as is. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamQueryHistoryMsgByIdsResponse: the response body (`code` 200) with
                its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/queryHistoryMsgByIds.action``
        (operation ``superteamQueryHistoryMsgByIds`` in the spec).
        """
        return _cast(
            "SuperteamQueryHistoryMsgByIdsResponse",
            await self._client._call(
                _QUERY_HISTORY_MSG_BY_IDS,
                {
                    "msgs": msgs,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def recall_msg(
        self,
        *,
        delete_msgid: int | str,
        timetag: int | str,
        from_: str,
        to: int | str,
        msg: str | None = None,
        ignore_time: Literal[0, 1] | bool | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Recall a super team message.

        Withdraws a message sent to a super team so that members no longer see it. By
        default only recent messages may be recalled; `ignore_time` skips that check.

        Args:
            delete_msgid: Server id (msgid) of the message to recall.
            timetag: Server send time of that message in epoch milliseconds.
            from_: Sender of the message. 1 to 32 characters.
            to: Super team the message was sent to.
            msg: Description delivered with the recall.
            ignore_time: 1 skips the recall time-window check, 0 keeps it (default);
                other values give 414. One of 0, 1. The server's default is 0.
            push_content: Text shown in the push notification. At most 500 characters.
            push_payload: JSON object delivered with the push notification, at most
                about 2K characters. At most 2048 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/recallMsg.action``
        (operation ``superteamRecallMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _RECALL_MSG,
                {
                    "deleteMsgid": delete_msgid,
                    "timetag": timetag,
                    "from": from_,
                    "to": to,
                    "msg": msg,
                    "ignoreTime": ignore_time,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
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
        manager_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Demote managers to ordinary members.

        Takes the manager role away from up to 10 members of a super team; only the
        owner may do this.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner of the team. 1 to 32 characters.
            manager_accids: Managers to demote, at most 10 per call. At least 1 items;
                at most 10 items; each 1 to 32 characters. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/removeManager.action``
        (operation ``superteamRemoveManager`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _REMOVE_MANAGER,
                {
                    "tid": tid,
                    "owner": owner,
                    "managerAccids": manager_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_attach_msg(
        self,
        *,
        from_: str,
        to: int | str,
        attach: str,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        sound: str | None = None,
        save: Literal[1, 2] | None = None,
        option: SuperteamSendAttachMsgOption | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        force_push_all: bool | None = None,
        force_push_list: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Send a custom notification to a super team.

        Delivers an app-defined notification to the members of a super team.
        Notifications are not kept in the message history.

        Args:
            from_: Sender account. 1 to 32 characters.
            to: Super team that receives the notification.
            attach: Content of the notification, app-defined; JSON text is expected. At
                most 4096 characters.
            push_content: Text shown in the push notification. At most 500 characters.
            push_payload: JSON object delivered with the push notification, at most
                about 2K characters. At most 2048 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            sound: Name of a sound file on the device to play with the push. At most 30
                characters.
            save: 1 delivers only to online members, 2 also keeps it for offline
                members. One of 1, 2. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            option: JSON switches for unread counting, push nickname and message copy.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            is_force_push: Force a push to the members in `force_push_list` (or to all
                members when `force_push_all` is true).
            force_push_content: Push text used for the forced push. At most 500
                characters.
            force_push_all: Force the push to every valid member except the sender
                instead of `force_push_list`.
            force_push_list: Members who get a forced push (an @-mention) even when they
                have silenced the team. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/sendAttachMsg.action``
        (operation ``superteamSendAttachMsg`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _SEND_ATTACH_MSG,
                {
                    "from": from_,
                    "to": to,
                    "attach": attach,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "sound": sound,
                    "save": save,
                    "option": option,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "forcePushAll": force_push_all,
                    "forcePushList": force_push_list,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_msg(
        self,
        *,
        tid: int | str,
        from_accid: str,
        type: Literal[0, 1, 2, 3, 4, 6, 100],
        body: (
            TextBody
            | ImageBody
            | AudioBody
            | VideoBody
            | LocationBody
            | FileBody
            | TipsBody
            | dict[str, Any]
        ),
        antispam: bool | None = None,
        antispam_custom: SuperteamSendMsgAntispamCustom | None = None,
        use_yidun: Literal[0] | None = None,
        yidun_anti_cheating: dict[str, Any] | None = None,
        yidun_anti_spam_ext: dict[str, Any] | None = None,
        bid: str | None = None,
        option: SendOption | None = None,
        ext: str | None = None,
        push_content: str | None = None,
        push_payload: dict[str, Any] | None = None,
        is_force_push: bool | None = None,
        force_push_content: str | None = None,
        force_push_all: bool | None = None,
        force_push_list: list[str] | None = None,
        env: str | None = None,
        msg_desc: str | None = None,
        sub_type: int | None = None,
        is_check_mute: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> SuperteamSendMsgResponse:
        """Send a message to a super team.

        Sends a text, media, location, file or custom message into a super team on
        behalf of a member. The body's shape depends on `type`. Messages sent through
        the API do not trigger the app's third-party callbacks.

        Args:
            tid: Super team that receives the message.
            from_accid: Sender; must be a member of the team. 1 to 32 characters.
            type: Message type: 0 text, 1 image, 2 audio, 3 video, 4 location, 6 file,
                100 custom. One of 0, 1, 2, 3, 4, 6, 100.
            body: Message body as JSON text, at most 5000 characters; its shape depends
                on `type` (for text, `{"msg":"..."}`). At most 5000 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            antispam: For custom messages (type 100) only: check `antispam_custom` with
                anti-spam instead of the body. The server's default is False.
            antispam_custom: Content to submit to the anti-spam check in place of the
                body, used when `antispam` is true. At most 5000 characters of JSON
                text. Sent as compact JSON; JSON text given as a str is checked and sent
                as is.
            use_yidun: Send 0 to check this message with the generic anti-spam instead
                of Yidun. One of 0.
            yidun_anti_cheating: Extra fields for Yidun's anti-cheating check, as JSON
                text. At most 1024 characters of JSON text. Sent as compact JSON; JSON
                text given as a str is checked and sent as is.
            yidun_anti_spam_ext: Extension fields passed to the Yidun anti-spam check,
                as JSON text. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            bid: Anti-spam business id to use for this message instead of the app's
                default.
            option: JSON switches that change how the message is roamed, stored, synced,
                pushed, counted and copied. Sent as compact JSON; JSON text given as a
                str is checked and sent as is.
            ext: App-defined extension delivered with the message. At most 1024
                characters.
            push_content: Text shown in the push notification. At most 500 characters.
            push_payload: JSON object delivered with the push notification, at most
                about 2K characters. At most 2048 characters of JSON text. Sent as
                compact JSON; JSON text given as a str is checked and sent as is.
            is_force_push: Force a push to the members in `force_push_list` (or to all
                members when `force_push_all` is true).
            force_push_content: Push text used for the forced push.
            force_push_all: Force the push to every valid member except the sender
                instead of `force_push_list`.
            force_push_list: Members who get a forced push (an @-mention) even when they
                have silenced the team. At least 1 items; each 1 to 32 characters. Sent
                as compact JSON; JSON text given as a str is checked and sent as is.
            env: Environment name that selects which configured message-copy address
                receives this message.
            msg_desc: Short description of the message, such as a summary of a custom
                message.
            sub_type: App-defined sub-type of the message, greater than 0. At least 1.
            is_check_mute: Check whether the sender is muted before sending.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            SuperteamSendMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app, counted separately for this call; blocked for
        10 s when exceeded.

        Calls ``POST /nimserver/superteam/sendMsg.action``
        (operation ``superteamSendMsg`` in the spec).
        """
        return _cast(
            "SuperteamSendMsgResponse",
            await self._client._call(
                _SEND_MSG,
                {
                    "tid": tid,
                    "fromAccid": from_accid,
                    "type": type,
                    "body": body,
                    "antispam": antispam,
                    "antispamCustom": antispam_custom,
                    "useYidun": use_yidun,
                    "yidunAntiCheating": yidun_anti_cheating,
                    "yidunAntiSpamExt": yidun_anti_spam_ext,
                    "bid": bid,
                    "option": option,
                    "ext": ext,
                    "pushContent": push_content,
                    "pushPayload": push_payload,
                    "isForcePush": is_force_push,
                    "forcePushContent": force_push_content,
                    "forcePushAll": force_push_all,
                    "forcePushList": force_push_list,
                    "env": env,
                    "msgDesc": msg_desc,
                    "subType": sub_type,
                    "isCheckMute": is_check_mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_team_nick(
        self,
        *,
        tid: int | str | None = None,
        owner: str | None = None,
        accid: str | None = None,
        nick: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set a member's nickname in a super team.

        Changes the nickname a member shows inside a super team, on behalf of the owner
        or a manager.

        Args:
            tid: Id of the super team, as returned by `superteam/create`. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            owner: Owner or manager making the change. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            accid: Member whose nickname changes. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            nick: New nickname inside the team.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/updateTeamNick.action``
        (operation ``superteamUpdateTeamNick`` in the spec).
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
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_tinfo(
        self,
        *,
        tid: int | str,
        owner: str,
        tname: str | None = None,
        intro: str | None = None,
        announcement: str | None = None,
        server_custom: str | None = None,
        icon: str | None = None,
        joinmode: Literal[0, 1, 2] | None = None,
        invitemode: Literal[0, 1] | bool | None = None,
        uptinfomode: Literal[0, 1] | bool | None = None,
        upcustommode: Literal[0, 1] | bool | None = None,
        beinvitemode: Literal[0, 1] | bool | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a super team's profile and permissions.

        Changes the name, texts, avatar, custom field and permission modes of a super
        team. Only the fields that are sent change.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            owner: Owner or manager making the change. 1 to 32 characters.
            tname: New team name. At most 64 characters.
            intro: New introduction text. At most 512 characters.
            announcement: New announcement text. At most 1024 characters.
            server_custom: New custom team field that only the app server writes and
                clients can read. At most 1024 characters.
            icon: New team avatar URL. At most 1024 characters.
            joinmode: How users may apply to join: 0 without approval, 1 only with
                approval, 2 applications are not accepted. Any other value is rejected
                with 414. One of 0, 1, 2.
            invitemode: Who may invite others: 0 managers only (default), 1 every
                member. Other values give 414. One of 0, 1. The server's default is 0.
            uptinfomode: Who may edit the team profile: 0 managers only (default), 1
                every member. Other values give 414. One of 0, 1. The server's default
                is 0.
            upcustommode: Who may change the team's custom field: 0 managers only
                (default), 1 every member. Other values give 414. One of 0, 1. The
                server's default is 0.
            beinvitemode: Whether an invitee has to accept: 0 the invitee must agree
                (default), 1 the invitee joins without consent. Other values give 414.
                One of 0, 1. The server's default is 0.
            bid: Anti-spam business id to use for this call instead of the app's
                default.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/updateTinfo.action``
        (operation ``superteamUpdateTinfo`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_TINFO,
                {
                    "tid": tid,
                    "owner": owner,
                    "tname": tname,
                    "intro": intro,
                    "announcement": announcement,
                    "serverCustom": server_custom,
                    "icon": icon,
                    "joinmode": joinmode,
                    "invitemode": invitemode,
                    "uptinfomode": uptinfomode,
                    "upcustommode": upcustommode,
                    "beinvitemode": beinvitemode,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_tlist(
        self,
        *,
        tid: int | str,
        accid: str,
        silent_type: Literal[0, 1] | bool | None = None,
        nick: str | None = None,
        custom: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a member's team settings.

        Changes a member's nickname, custom field or notification switch inside a super
        team. Only the fields that are sent change.

        Args:
            tid: Id of the super team, as returned by `superteam/create`.
            accid: Member whose settings change. 1 to 32 characters.
            silent_type: Message notifications for this team: 1 off, 0 on. One of 0, 1.
            nick: Nickname inside the team. At most 32 characters.
            custom: Member custom field. At most 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Shares one budget of 100 calls/s per app with all other super team
        management calls; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/superteam/updateTlist.action``
        (operation ``superteamUpdateTlist`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_TLIST,
                {
                    "tid": tid,
                    "accid": accid,
                    "silentType": silent_type,
                    "nick": nick,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
