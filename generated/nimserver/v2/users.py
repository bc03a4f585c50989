# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``users`` operations, reached as ``client.v2.users``: Profile cards (用户名片) of
accounts and their online status.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import ListOf, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2AntispamConfiguration,
    V2UserCard,
    V2UsersBatchGetUsersData,
    V2UsersGetUsersOnlineStatusData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2UsersOperations", "V2UsersOperations"]

_BATCH_GET_USERS = Endpoint(
    "im/v2/users",
    (
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=200),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one lookup may name at most 200 accounts, the limit of v1 user/getUinfos.action; the v2 page was not readable.",
                        "One lookup with 201 ids: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            where="query",
            comma_list=True,
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_GET_USER = Endpoint(
    "im/v2/users/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_GET_USERS_ONLINE_STATUS = Endpoint(
    "im/v2/users/actions/online_status",
    (
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one call may name at most 100 accounts; from the Apifox page only.",
                        "One call with 101 ids: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            where="body",
        ),
    ),
    safe_to_repeat=True,
    method="POST",
    rest=True,
    has_body=True,
)

_UPDATE_USER = Endpoint(
    "im/v2/users/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field("name", "name", Str(max_length=64), where="body"),
        Field("avatar", "avatar", Str(max_length=1024), where="body"),
        Field("sign", "sign", Str(max_length=256), where="body"),
        Field("email", "email", Str(max_length=64), where="body"),
        Field("birthday", "birthday", Str(max_length=16), where="body"),
        Field("mobile", "mobile", Str(max_length=32), where="body"),
        Field("gender", "gender", OneOf((0, 1, 2)), where="body"),
        Field("extension", "extension", Str(max_length=1024), where="body"),
        Field(
            "email_validation_mode",
            "email_validation_mode",
            OneOf((0, 1, 2)),
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


class V2UsersOperations:
    """The v2 ``users`` operations, reached as ``client.v2.users``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_get_users(
        self,
        *,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UsersBatchGetUsersData:
        """Get the profile cards of several accounts.

        Returns the profile cards of the accounts listed; accounts that could not be
        read (such as ids that do not exist) come back in `failed_list` with their
        error.

        Args:
            account_ids: The accounts whose cards to return. At least 1 items; at most
                200 items; each 1 to 32 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UsersBatchGetUsersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/users``
        (operation ``v2.users.batchGetUsers`` in the spec).
        """
        return _cast(
            "V2UsersBatchGetUsersData",
            _answer_data(
                self._client._call(
                    _BATCH_GET_USERS,
                    {
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def get_user(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UserCard:
        """Get an account's profile card.

        Returns the profile card of one account.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UserCard: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/users/{account_id}``
        (operation ``v2.users.getUser`` in the spec).
        """
        return _cast(
            "V2UserCard",
            _answer_data(
                self._client._call(
                    _GET_USER,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def get_users_online_status(
        self,
        *,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UsersGetUsersOnlineStatusData:
        """Get the online status of several accounts.

        Returns, for each account listed, the clients it is logged in on now (client
        type and login time); an account with no entries is offline. Accounts that could
        not be read come back in `failed_list`. This is a read sent as POST, so it is
        safe to repeat.

        Args:
            account_ids: The accounts to look up. At least 1 items; at most 100 items;
                each 1 to 32 characters. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UsersGetUsersOnlineStatusData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/users/actions/online_status``
        (operation ``v2.users.getUsersOnlineStatus`` in the spec).
        """
        return _cast(
            "V2UsersGetUsersOnlineStatusData",
            _answer_data(
                self._client._call(
                    _GET_USERS_ONLINE_STATUS,
                    {
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_user(
        self,
        *,
        account_id: str,
        name: str | None = None,
        avatar: str | None = None,
        sign: str | None = None,
        email: str | None = None,
        birthday: str | None = None,
        mobile: str | None = None,
        gender: Literal[0, 1, 2] | None = None,
        extension: str | None = None,
        email_validation_mode: Literal[0, 1, 2] | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UserCard:
        """Update an account's profile card.

        Changes the profile card (name, avatar, signature, contact details, gender,
        extension) of one account and returns the card as it is now. Only the keys sent
        change; send an empty string to clear a text field. The card is visible to other
        users in teams and chat rooms, so keep private data out of it or encrypt it in
        `extension`. With `antispam_configuration` the new values are checked by content
        moderation first.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            name: Display name. At most 64 characters.
            avatar: Avatar URL. At most 1024 characters.
            sign: Signature line. At most 256 characters.
            email: Email address; checked as `email_validation_mode` says. At most 64
                characters.
            birthday: Birthday as text, such as `1990-01-01`. At most 16 characters.
            mobile: Mobile number; numbers outside mainland China carry their country or
                region code, such as `+1-5551234567`. At most 32 characters.
            gender: 0 unknown, 1 male, 2 female; any other value is refused with code
                414. One of 0, 1, 2.
            extension: App-defined extension of the card; JSON text is recommended. At
                most 1024 characters.
            email_validation_mode: How the written values are checked: 0 by the current
                default rules, 1 by the extended rules that also accept special and
                Latin characters, 2 not at all (not recommended: clients may show such
                values badly). One of 0, 1, 2.
            antispam_configuration: Content moderation of the new card values.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UserCard: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/users/{account_id}``
        (operation ``v2.users.updateUser`` in the spec).
        """
        return _cast(
            "V2UserCard",
            _answer_data(
                self._client._call(
                    _UPDATE_USER,
                    {
                        "account_id": account_id,
                        "name": name,
                        "avatar": avatar,
                        "sign": sign,
                        "email": email,
                        "birthday": birthday,
                        "mobile": mobile,
                        "gender": gender,
                        "extension": extension,
                        "email_validation_mode": email_validation_mode,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2UsersOperations:
    """The v2 ``users`` operations, reached as ``client.v2.users`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_get_users(
        self,
        *,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UsersBatchGetUsersData:
        """Get the profile cards of several accounts.

        Returns the profile cards of the accounts listed; accounts that could not be
        read (such as ids that do not exist) come back in `failed_list` with their
        error.

        Args:
            account_ids: The accounts whose cards to return. At least 1 items; at most
                200 items; each 1 to 32 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UsersBatchGetUsersData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/users``
        (operation ``v2.users.batchGetUsers`` in the spec).
        """
        return _cast(
            "V2UsersBatchGetUsersData",
            _answer_data(
                await self._client._call(
                    _BATCH_GET_USERS,
                    {
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def get_user(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UserCard:
        """Get an account's profile card.

        Returns the profile card of one account.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UserCard: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/users/{account_id}``
        (operation ``v2.users.getUser`` in the spec).
        """
        return _cast(
            "V2UserCard",
            _answer_data(
                await self._client._call(
                    _GET_USER,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def get_users_online_status(
        self,
        *,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UsersGetUsersOnlineStatusData:
        """Get the online status of several accounts.

        Returns, for each account listed, the clients it is logged in on now (client
        type and login time); an account with no entries is offline. Accounts that could
        not be read come back in `failed_list`. This is a read sent as POST, so it is
        safe to repeat.

        Args:
            account_ids: The accounts to look up. At least 1 items; at most 100 items;
                each 1 to 32 characters. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UsersGetUsersOnlineStatusData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/users/actions/online_status``
        (operation ``v2.users.getUsersOnlineStatus`` in the spec).
        """
        return _cast(
            "V2UsersGetUsersOnlineStatusData",
            _answer_data(
                await self._client._call(
                    _GET_USERS_ONLINE_STATUS,
                    {
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_user(
        self,
        *,
        account_id: str,
        name: str | None = None,
        avatar: str | None = None,
        sign: str | None = None,
        email: str | None = None,
        birthday: str | None = None,
        mobile: str | None = None,
        gender: Literal[0, 1, 2] | None = None,
        extension: str | None = None,
        email_validation_mode: Literal[0, 1, 2] | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2UserCard:
        """Update an account's profile card.

        Changes the profile card (name, avatar, signature, contact details, gender,
        extension) of one account and returns the card as it is now. Only the keys sent
        change; send an empty string to clear a text field. The card is visible to other
        users in teams and chat rooms, so keep private data out of it or encrypt it in
        `extension`. With `antispam_configuration` the new values are checked by content
        moderation first.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            name: Display name. At most 64 characters.
            avatar: Avatar URL. At most 1024 characters.
            sign: Signature line. At most 256 characters.
            email: Email address; checked as `email_validation_mode` says. At most 64
                characters.
            birthday: Birthday as text, such as `1990-01-01`. At most 16 characters.
            mobile: Mobile number; numbers outside mainland China carry their country or
                region code, such as `+1-5551234567`. At most 32 characters.
            gender: 0 unknown, 1 male, 2 female; any other value is refused with code
                414. One of 0, 1, 2.
            extension: App-defined extension of the card; JSON text is recommended. At
                most 1024 characters.
            email_validation_mode: How the written values are checked: 0 by the current
                default rules, 1 by the extended rules that also accept special and
                Latin characters, 2 not at all (not recommended: clients may show such
                values badly). One of 0, 1, 2.
            antispam_configuration: Content moderation of the new card values.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2UserCard: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/users/{account_id}``
        (operation ``v2.users.updateUser`` in the spec).
        """
        return _cast(
            "V2UserCard",
            _answer_data(
                await self._client._call(
                    _UPDATE_USER,
                    {
                        "account_id": account_id,
                        "name": name,
                        "avatar": avatar,
                        "sign": sign,
                        "email": email,
                        "birthday": birthday,
                        "mobile": mobile,
                        "gender": gender,
                        "extension": extension,
                        "email_validation_mode": email_validation_mode,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
