# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``user/``: Create, ban, mute and update IM accounts and their profile
cards. A user's blacklist and mute list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, JsonText, ListOf, OneOf, Str
from .._fields import Endpoint, Field
from ..types import (
    Envelope,
    UserCreateResponse,
    UserGetUinfosResponse,
    UserListBlackAndMuteListResponse,
    UserMuteModuleResponse,
    UserRefreshTokenResponse,
    UserUserOnlineStatusResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncUserGroup", "UserGroup"]

_BLOCK = Endpoint(
    "user/block.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("needkick", "needkick", Bool()),
        Field("kickNotifyExt", "kick_notify_ext", Str()),
        Field("needUnbindPushToken", "need_unbind_push_token", Bool()),
    ),
)

_CREATE = Endpoint(
    "user/create.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("name", "name", Str(max_length=64)),
        Field("props", "props", Str(max_length=1024)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("token", "token", Str(max_length=128)),
        Field("sign", "sign", Str(max_length=256)),
        Field("email", "email", Str(max_length=64)),
        Field("birth", "birth", Str(max_length=16)),
        Field("mobile", "mobile", Str(max_length=32)),
        Field("gender", "gender", OneOf((0, 1, 2))),
        Field("ex", "ex", Str(max_length=1024)),
    ),
)

_GET_UINFOS = Endpoint(
    "user/getUinfos.action",
    (
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200)
            ),
            required=True,
        ),
        Field("muteStatus", "mute_status", Bool()),
    ),
    safe_to_repeat=True,
)

_LIST_BLACK_AND_MUTE_LIST = Endpoint(
    "user/listBlackAndMuteList.action",
    (Field("accid", "accid", Str(min_length=1, max_length=32), required=True),),
    safe_to_repeat=True,
)

_MUTE = Endpoint(
    "user/mute.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("mute", "mute", Bool(), required=True),
    ),
)

_MUTE_MODULE = Endpoint(
    "user/muteModule.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("muteP2P", "mute_p2_p", Bool()),
        Field("muteTeam", "mute_team", Bool()),
        Field("muteRoom", "mute_room", Bool()),
        Field("muteQChat", "mute_qchat", Bool()),
    ),
)

_REFRESH_TOKEN = Endpoint(
    "user/refreshToken.action",
    (Field("accid", "accid", Str(min_length=1, max_length=32), required=True),),
)

_SET_DONNOP = Endpoint(
    "user/setDonnop.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("donnopOpen", "donnop_open", Bool(), required=True),
    ),
)

_SET_SPECIAL_RELATION = Endpoint(
    "user/setSpecialRelation.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "targetAcc", "target_acc", Str(min_length=1, max_length=32), required=True
        ),
        Field("relationType", "relation_type", OneOf((1, 2)), required=True),
        Field("value", "value", OneOf((0, 1)), required=True),
    ),
)

_UNBLOCK = Endpoint(
    "user/unblock.action",
    (Field("accid", "accid", Str(min_length=1, max_length=32), required=True),),
)

_UPDATE = Endpoint(
    "user/update.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("props", "props", Str(max_length=1024)),
        Field("token", "token", Str(max_length=128)),
    ),
)

_UPDATE_UINFO = Endpoint(
    "user/updateUinfo.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("name", "name", Str(max_length=64)),
        Field("icon", "icon", Str(max_length=1024)),
        Field("sign", "sign", Str(max_length=256)),
        Field("email", "email", Str(max_length=64)),
        Field("birth", "birth", Str(max_length=16)),
        Field("mobile", "mobile", Str(max_length=32)),
        Field("gender", "gender", OneOf((0, 1, 2))),
        Field("ex", "ex", Str(max_length=1024)),
        Field("bid", "bid", Str()),
    ),
)

_USER_ONLINE_STATUS = Endpoint(
    "user/userOnlineStatus.action",
    (
        Field(
            "accids",
            "accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)


class UserGroup:
    """Operations under ``user/``, reached as ``client.user``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def block(
        self,
        *,
        accid: str,
        needkick: bool | None = None,
        kick_notify_ext: str | None = None,
        need_unbind_push_token: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Ban an account.

        Disables an account so that it can no longer log in, optionally kicking its
        devices that are online now.

        Args:
            accid: Account to ban. 1 to 32 characters.
            needkick: Also kick the account's online devices. The server's default is
                False.
            kick_notify_ext: Extension delivered to the kicked devices with the kick
                notice.
            need_unbind_push_token: Also unbind the push tokens of the account's
                devices.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/block.action``
        (operation ``userBlock`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _BLOCK,
                {
                    "accid": accid,
                    "needkick": needkick,
                    "kickNotifyExt": kick_notify_ext,
                    "needUnbindPushToken": need_unbind_push_token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def create(
        self,
        *,
        accid: str,
        name: str | None = None,
        props: str | None = None,
        icon: str | None = None,
        token: str | None = None,
        sign: str | None = None,
        email: str | None = None,
        birth: str | None = None,
        mobile: str | None = None,
        gender: Literal[0, 1, 2] | None = None,
        ex: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserCreateResponse:
        """Create an IM account.

        Registers one of the app's users as an IM account and returns its login token.
        When no token is given the server generates one. The server stores the account
        id in lower case, so use the `accid` it returns. Accounts created through the
        API are not listed in the console.

        Args:
            accid: Id of the new account. 1 to 32 characters.
            name: Display name. At most 64 characters.
            props: Legacy JSON property field; use `ex` instead. At most 1024
                characters. Deprecated.
            icon: Avatar URL. At most 1024 characters.
            token: Login token to set; the server generates one when omitted. At most
                128 characters.
            sign: Personal signature. At most 256 characters.
            email: Email address. At most 64 characters.
            birth: Birthday, free-form text such as `1990-01-01`. At most 16 characters.
            mobile: Mobile number; numbers outside mainland China need a country code
                prefix such as `+1-`. At most 32 characters.
            gender: 0 unknown, 1 male, 2 female; any other value is rejected with 414.
                One of 0, 1, 2.
            ex: App-defined profile extension; JSON text is recommended. At most 1024
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/create.action``
        (operation ``userCreate`` in the spec).
        """
        return _cast(
            "UserCreateResponse",
            self._client._call(
                _CREATE,
                {
                    "accid": accid,
                    "name": name,
                    "props": props,
                    "icon": icon,
                    "token": token,
                    "sign": sign,
                    "email": email,
                    "birth": birth,
                    "mobile": mobile,
                    "gender": gender,
                    "ex": ex,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_uinfos(
        self,
        *,
        accids: list[str],
        mute_status: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserGetUinfosResponse:
        """Fetch profile cards.

        Returns the profile cards of up to 200 accounts in one call.

        Args:
            accids: Accounts to fetch, at most 200. At least 1 items; at most 200 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is.
            mute_status: Also return each account's mute switches.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserGetUinfosResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/getUinfos.action``
        (operation ``userGetUinfos`` in the spec).
        """
        return _cast(
            "UserGetUinfosResponse",
            self._client._call(
                _GET_UINFOS,
                {
                    "accids": accids,
                    "muteStatus": mute_status,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def list_black_and_mute_list(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserListBlackAndMuteListResponse:
        """List the blacklist and mute list.

        Returns the accounts on a user's blacklist and on its mute list.

        Args:
            accid: Owner of the lists. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserListBlackAndMuteListResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/listBlackAndMuteList.action``
        (operation ``userListBlackAndMuteList`` in the spec).
        """
        return _cast(
            "UserListBlackAndMuteListResponse",
            self._client._call(
                _LIST_BLACK_AND_MUTE_LIST,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute(
        self,
        *,
        accid: str,
        mute: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute an account everywhere.

        Globally mutes an account so it cannot send messages anywhere, or lifts that
        mute.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            mute: true to mute, false to lift the mute.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/mute.action``
        (operation ``userMute`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _MUTE,
                {
                    "accid": accid,
                    "mute": mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def mute_module(
        self,
        *,
        accid: str,
        mute_p2_p: bool | None = None,
        mute_team: bool | None = None,
        mute_room: bool | None = None,
        mute_qchat: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserMuteModuleResponse:
        """Mute an account per module.

        Mutes or unmutes an account separately for one-to-one chat, teams, chat rooms
        and QChat. Switches that are not sent keep their current value; the response
        reports all four.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            mute_p2_p: Mute one-to-one chat.
            mute_team: Mute team chat.
            mute_room: Mute chat rooms.
            mute_qchat: Mute QChat.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserMuteModuleResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/muteModule.action``
        (operation ``userMuteModule`` in the spec).
        """
        return _cast(
            "UserMuteModuleResponse",
            self._client._call(
                _MUTE_MODULE,
                {
                    "accid": accid,
                    "muteP2P": mute_p2_p,
                    "muteTeam": mute_team,
                    "muteRoom": mute_room,
                    "muteQChat": mute_qchat,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def refresh_token(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserRefreshTokenResponse:
        """Generate a new login token.

        Has the server generate a fresh login token for an account and returns it; the
        previous token stops working.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserRefreshTokenResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/refreshToken.action``
        (operation ``userRefreshToken`` in the spec).
        """
        return _cast(
            "UserRefreshTokenResponse",
            self._client._call(
                _REFRESH_TOKEN,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def set_donnop(
        self,
        *,
        accid: str,
        donnop_open: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Choose mobile push while the desktop is online.

        Chooses whether the account's mobile devices still receive push notifications
        while the same account is online on a desktop client.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            donnop_open: true to stop mobile push while a desktop client is online;
                false to keep pushing.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/setDonnop.action``
        (operation ``userSetDonnop`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _SET_DONNOP,
                {
                    "accid": accid,
                    "donnopOpen": donnop_open,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def set_special_relation(
        self,
        *,
        accid: str,
        target_acc: str,
        relation_type: Literal[1, 2],
        value: Literal[0, 1] | bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add to or remove from the blacklist or mute list.

        Puts a target account on a user's blacklist or mute list, or takes it off again.

        Args:
            accid: Owner of the list. 1 to 32 characters.
            target_acc: Account added to or removed from the list. 1 to 32 characters.
            relation_type: Which list; 1 the blacklist, 2 the mute list. One of 1, 2.
            value: 1 to add the target to the list, 0 to remove it. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/setSpecialRelation.action``
        (operation ``userSetSpecialRelation`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _SET_SPECIAL_RELATION,
                {
                    "accid": accid,
                    "targetAcc": target_acc,
                    "relationType": relation_type,
                    "value": value,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def unblock(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Lift the ban on an account.

        Re-enables an account that was banned with `user/block`.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/unblock.action``
        (operation ``userUnblock`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UNBLOCK,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update(
        self,
        *,
        accid: str,
        props: str | None = None,
        token: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set an account's login token.

        Replaces the login token of an existing account with a value chosen by the
        caller. Only the newest token is valid: logging in with an older one fails with
        code 302.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            props: Legacy JSON property field; use `user.update_uinfo`'s `ex` instead.
                At most 1024 characters. Deprecated.
            token: New login token. At most 128 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/update.action``
        (operation ``userUpdate`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE,
                {
                    "accid": accid,
                    "props": props,
                    "token": token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_uinfo(
        self,
        *,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        sign: str | None = None,
        email: str | None = None,
        birth: str | None = None,
        mobile: str | None = None,
        gender: Literal[0, 1, 2] | None = None,
        ex: str | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a profile card.

        Updates the public profile card of an account. Only the fields that are sent
        change; a text field may be cleared by sending an empty string.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            name: Display name. At most 64 characters.
            icon: Avatar URL (the limit is 1024 bytes). At most 1024 characters.
            sign: Personal signature. At most 256 characters.
            email: Email address. At most 64 characters.
            birth: Birthday, free-form text such as `1990-01-01`. At most 16 characters.
            mobile: Mobile number; numbers outside mainland China need a country code
                prefix such as `+1-`. At most 32 characters.
            gender: 0 unknown, 1 male, 2 female; any other value is rejected with 414.
                One of 0, 1, 2.
            ex: App-defined profile extension; JSON text is recommended. At most 1024
                characters.
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

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/updateUinfo.action``
        (operation ``userUpdateUinfo`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE_UINFO,
                {
                    "accid": accid,
                    "name": name,
                    "icon": icon,
                    "sign": sign,
                    "email": email,
                    "birth": birth,
                    "mobile": mobile,
                    "gender": gender,
                    "ex": ex,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def user_online_status(
        self,
        *,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserUserOnlineStatusResponse:
        """Query online status.

        Returns, per client type, whether each of the given accounts is online now.

        Args:
            accids: Accounts to check, at most 100. At least 1 items; at most 100 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserUserOnlineStatusResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/user/userOnlineStatus.action``
        (operation ``userUserOnlineStatus`` in the spec).
        """
        return _cast(
            "UserUserOnlineStatusResponse",
            self._client._call(
                _USER_ONLINE_STATUS,
                {
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncUserGroup:
    """Operations under ``user/``, reached as ``client.user`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def block(
        self,
        *,
        accid: str,
        needkick: bool | None = None,
        kick_notify_ext: str | None = None,
        need_unbind_push_token: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Ban an account.

        Disables an account so that it can no longer log in, optionally kicking its
        devices that are online now.

        Args:
            accid: Account to ban. 1 to 32 characters.
            needkick: Also kick the account's online devices. The server's default is
                False.
            kick_notify_ext: Extension delivered to the kicked devices with the kick
                notice.
            need_unbind_push_token: Also unbind the push tokens of the account's
                devices.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/block.action``
        (operation ``userBlock`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _BLOCK,
                {
                    "accid": accid,
                    "needkick": needkick,
                    "kickNotifyExt": kick_notify_ext,
                    "needUnbindPushToken": need_unbind_push_token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def create(
        self,
        *,
        accid: str,
        name: str | None = None,
        props: str | None = None,
        icon: str | None = None,
        token: str | None = None,
        sign: str | None = None,
        email: str | None = None,
        birth: str | None = None,
        mobile: str | None = None,
        gender: Literal[0, 1, 2] | None = None,
        ex: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserCreateResponse:
        """Create an IM account.

        Registers one of the app's users as an IM account and returns its login token.
        When no token is given the server generates one. The server stores the account
        id in lower case, so use the `accid` it returns. Accounts created through the
        API are not listed in the console.

        Args:
            accid: Id of the new account. 1 to 32 characters.
            name: Display name. At most 64 characters.
            props: Legacy JSON property field; use `ex` instead. At most 1024
                characters. Deprecated.
            icon: Avatar URL. At most 1024 characters.
            token: Login token to set; the server generates one when omitted. At most
                128 characters.
            sign: Personal signature. At most 256 characters.
            email: Email address. At most 64 characters.
            birth: Birthday, free-form text such as `1990-01-01`. At most 16 characters.
            mobile: Mobile number; numbers outside mainland China need a country code
                prefix such as `+1-`. At most 32 characters.
            gender: 0 unknown, 1 male, 2 female; any other value is rejected with 414.
                One of 0, 1, 2.
            ex: App-defined profile extension; JSON text is recommended. At most 1024
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserCreateResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/create.action``
        (operation ``userCreate`` in the spec).
        """
        return _cast(
            "UserCreateResponse",
            await self._client._call(
                _CREATE,
                {
                    "accid": accid,
                    "name": name,
                    "props": props,
                    "icon": icon,
                    "token": token,
                    "sign": sign,
                    "email": email,
                    "birth": birth,
                    "mobile": mobile,
                    "gender": gender,
                    "ex": ex,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_uinfos(
        self,
        *,
        accids: list[str],
        mute_status: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserGetUinfosResponse:
        """Fetch profile cards.

        Returns the profile cards of up to 200 accounts in one call.

        Args:
            accids: Accounts to fetch, at most 200. At least 1 items; at most 200 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is.
            mute_status: Also return each account's mute switches.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserGetUinfosResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/getUinfos.action``
        (operation ``userGetUinfos`` in the spec).
        """
        return _cast(
            "UserGetUinfosResponse",
            await self._client._call(
                _GET_UINFOS,
                {
                    "accids": accids,
                    "muteStatus": mute_status,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def list_black_and_mute_list(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserListBlackAndMuteListResponse:
        """List the blacklist and mute list.

        Returns the accounts on a user's blacklist and on its mute list.

        Args:
            accid: Owner of the lists. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserListBlackAndMuteListResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/listBlackAndMuteList.action``
        (operation ``userListBlackAndMuteList`` in the spec).
        """
        return _cast(
            "UserListBlackAndMuteListResponse",
            await self._client._call(
                _LIST_BLACK_AND_MUTE_LIST,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute(
        self,
        *,
        accid: str,
        mute: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Mute or unmute an account everywhere.

        Globally mutes an account so it cannot send messages anywhere, or lifts that
        mute.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            mute: true to mute, false to lift the mute.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/mute.action``
        (operation ``userMute`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _MUTE,
                {
                    "accid": accid,
                    "mute": mute,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def mute_module(
        self,
        *,
        accid: str,
        mute_p2_p: bool | None = None,
        mute_team: bool | None = None,
        mute_room: bool | None = None,
        mute_qchat: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserMuteModuleResponse:
        """Mute an account per module.

        Mutes or unmutes an account separately for one-to-one chat, teams, chat rooms
        and QChat. Switches that are not sent keep their current value; the response
        reports all four.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            mute_p2_p: Mute one-to-one chat.
            mute_team: Mute team chat.
            mute_room: Mute chat rooms.
            mute_qchat: Mute QChat.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserMuteModuleResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/muteModule.action``
        (operation ``userMuteModule`` in the spec).
        """
        return _cast(
            "UserMuteModuleResponse",
            await self._client._call(
                _MUTE_MODULE,
                {
                    "accid": accid,
                    "muteP2P": mute_p2_p,
                    "muteTeam": mute_team,
                    "muteRoom": mute_room,
                    "muteQChat": mute_qchat,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def refresh_token(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserRefreshTokenResponse:
        """Generate a new login token.

        Has the server generate a fresh login token for an account and returns it; the
        previous token stops working.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserRefreshTokenResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/refreshToken.action``
        (operation ``userRefreshToken`` in the spec).
        """
        return _cast(
            "UserRefreshTokenResponse",
            await self._client._call(
                _REFRESH_TOKEN,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def set_donnop(
        self,
        *,
        accid: str,
        donnop_open: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Choose mobile push while the desktop is online.

        Chooses whether the account's mobile devices still receive push notifications
        while the same account is online on a desktop client.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            donnop_open: true to stop mobile push while a desktop client is online;
                false to keep pushing.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/setDonnop.action``
        (operation ``userSetDonnop`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _SET_DONNOP,
                {
                    "accid": accid,
                    "donnopOpen": donnop_open,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def set_special_relation(
        self,
        *,
        accid: str,
        target_acc: str,
        relation_type: Literal[1, 2],
        value: Literal[0, 1] | bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add to or remove from the blacklist or mute list.

        Puts a target account on a user's blacklist or mute list, or takes it off again.

        Args:
            accid: Owner of the list. 1 to 32 characters.
            target_acc: Account added to or removed from the list. 1 to 32 characters.
            relation_type: Which list; 1 the blacklist, 2 the mute list. One of 1, 2.
            value: 1 to add the target to the list, 0 to remove it. One of 0, 1.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/setSpecialRelation.action``
        (operation ``userSetSpecialRelation`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _SET_SPECIAL_RELATION,
                {
                    "accid": accid,
                    "targetAcc": target_acc,
                    "relationType": relation_type,
                    "value": value,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def unblock(
        self,
        *,
        accid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Lift the ban on an account.

        Re-enables an account that was banned with `user/block`.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/unblock.action``
        (operation ``userUnblock`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UNBLOCK,
                {
                    "accid": accid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update(
        self,
        *,
        accid: str,
        props: str | None = None,
        token: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Set an account's login token.

        Replaces the login token of an existing account with a value chosen by the
        caller. Only the newest token is valid: logging in with an older one fails with
        code 302.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            props: Legacy JSON property field; use `user.update_uinfo`'s `ex` instead.
                At most 1024 characters. Deprecated.
            token: New login token. At most 128 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/update.action``
        (operation ``userUpdate`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE,
                {
                    "accid": accid,
                    "props": props,
                    "token": token,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_uinfo(
        self,
        *,
        accid: str,
        name: str | None = None,
        icon: str | None = None,
        sign: str | None = None,
        email: str | None = None,
        birth: str | None = None,
        mobile: str | None = None,
        gender: Literal[0, 1, 2] | None = None,
        ex: str | None = None,
        bid: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a profile card.

        Updates the public profile card of an account. Only the fields that are sent
        change; a text field may be cleared by sending an empty string.

        Args:
            accid: IM account id: letters, digits and `_ @ . -`, at most 32 characters,
                case-insensitive (the server stores it in lower case). 1 to 32
                characters.
            name: Display name. At most 64 characters.
            icon: Avatar URL (the limit is 1024 bytes). At most 1024 characters.
            sign: Personal signature. At most 256 characters.
            email: Email address. At most 64 characters.
            birth: Birthday, free-form text such as `1990-01-01`. At most 16 characters.
            mobile: Mobile number; numbers outside mainland China need a country code
                prefix such as `+1-`. At most 32 characters.
            gender: 0 unknown, 1 male, 2 female; any other value is rejected with 414.
                One of 0, 1, 2.
            ex: App-defined profile extension; JSON text is recommended. At most 1024
                characters.
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

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/user/updateUinfo.action``
        (operation ``userUpdateUinfo`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE_UINFO,
                {
                    "accid": accid,
                    "name": name,
                    "icon": icon,
                    "sign": sign,
                    "email": email,
                    "birth": birth,
                    "mobile": mobile,
                    "gender": gender,
                    "ex": ex,
                    "bid": bid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def user_online_status(
        self,
        *,
        accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> UserUserOnlineStatusResponse:
        """Query online status.

        Returns, per client type, whether each of the given accounts is online now.

        Args:
            accids: Accounts to check, at most 100. At least 1 items; at most 100 items;
                each 1 to 32 characters. Sent as compact JSON; JSON text given as a str
                is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            UserUserOnlineStatusResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not listed in the published rate-limit table.

        Calls ``POST /nimserver/user/userOnlineStatus.action``
        (operation ``userUserOnlineStatus`` in the spec).
        """
        return _cast(
            "UserUserOnlineStatusResponse",
            await self._client._call(
                _USER_ONLINE_STATUS,
                {
                    "accids": accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
