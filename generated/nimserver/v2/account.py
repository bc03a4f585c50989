# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``account`` operations, reached as ``client.v2.account``: IM accounts, their
switches, tokens and logged-in devices.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, ListOf, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2AccountBatchQueryAccountsData,
    V2AccountConfiguration,
    V2AccountDisableAccountData,
    V2AccountInfo,
    V2AccountKickAccountData,
    V2AccountRefreshTokenData,
    V2AccountSetPushConfigData,
    V2AntispamConfiguration,
    V2UserInformation,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2AccountOperations", "V2AccountOperations"]

_BATCH_QUERY_ACCOUNTS = Endpoint(
    "im/v2/accounts",
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
                        "Whether one lookup may name at most 200 accounts; 200 is the v1 batch limit, the v2 page was not readable.",
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

_CREATE_ACCOUNT = Endpoint(
    "im/v2/accounts",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field("token", "token", Str(max_length=128), where="body"),
        Field(
            "configuration",
            "configuration",
            _shapes.V2AccountConfiguration,
            where="body",
        ),
        Field(
            "user_information",
            "user_information",
            _shapes.V2UserInformation,
            where="body",
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

_DISABLE_ACCOUNT = Endpoint(
    "im/v2/accounts/{account_id}/actions/disable",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field("enabled", "enabled", Bool(), required=True, where="body"),
        Field("need_kick", "need_kick", Bool(), where="body"),
        Field(
            "kick_notify_extension",
            "kick_notify_extension",
            Str(max_length=256),
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_GET_ACCOUNT_DETAILS = Endpoint(
    "im/v2/accounts/{account_id}",
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

_KICK_ACCOUNT = Endpoint(
    "im/v2/accounts/{account_id}/actions/kick",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field("type", "type", OneOf((1, 2, 3)), required=True, where="body"),
        Field(
            "device_id_list",
            "device_id_list",
            ListOf(Str(), max_items=20),
            where="body",
        ),
        Field(
            "kick_notify_extension",
            "kick_notify_extension",
            Str(max_length=256),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_REFRESH_TOKEN = Endpoint(
    "im/v2/accounts/{account_id}/actions/refresh_token",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
    ),
    method="PATCH",
    rest=True,
)

_SET_PUSH_CONFIG = Endpoint(
    "im/v2/accounts/{account_id}/actions/push_config",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "push_enabled_when_desktop_online",
            "push_enabled_when_desktop_online",
            Bool(),
            required=True,
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_UPDATE_ACCOUNT = Endpoint(
    "im/v2/accounts/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field("token", "token", Str(max_length=128), where="body"),
        Field(
            "configuration",
            "configuration",
            _shapes.V2AccountConfiguration,
            where="body",
        ),
        Field(
            "user_information",
            "user_information",
            _shapes.V2UserInformation,
            where="body",
        ),
        Field("need_kick", "need_kick", Bool(), where="body"),
        Field(
            "kick_notify_extension",
            "kick_notify_extension",
            Str(max_length=256),
            where="body",
        ),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2AccountOperations:
    """The v2 ``account`` operations, reached as ``client.v2.account``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def batch_query_accounts(
        self,
        *,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountBatchQueryAccountsData:
        """Look up several accounts.

        Returns the switches of up to 200 accounts; ids that do not exist come back in
        `failed_list` with their error.

        Args:
            account_ids: The accounts to look up. At least 1 items; at most 200 items;
                each 1 to 32 characters. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountBatchQueryAccountsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/accounts``
        (operation ``v2.account.batchQueryAccounts`` in the spec).
        """
        return _cast(
            "V2AccountBatchQueryAccountsData",
            _answer_data(
                self._client._call(
                    _BATCH_QUERY_ACCOUNTS,
                    {
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def create_account(
        self,
        *,
        account_id: str,
        token: str | None = None,
        configuration: V2AccountConfiguration | None = None,
        user_information: V2UserInformation | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountInfo:
        """Create an IM account.

        Registers a new IM account with its login token, its switches and its profile
        card in one call, and returns them. When no token is given the server makes one.
        An id that already exists is refused with code 414.

        Args:
            account_id: The new account's id. 1 to 32 characters.
            token: The login token; the server makes one when left out. At most 128
                characters.
            configuration: The account's switches. Only the keys sent change.
            user_information: The account's profile card (user information).
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/accounts``
        (operation ``v2.account.createAccount`` in the spec).
        """
        return _cast(
            "V2AccountInfo",
            _answer_data(
                self._client._call(
                    _CREATE_ACCOUNT,
                    {
                        "account_id": account_id,
                        "token": token,
                        "configuration": configuration,
                        "user_information": user_information,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def disable_account(
        self,
        *,
        account_id: str,
        enabled: bool,
        need_kick: bool | None = None,
        kick_notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountDisableAccountData:
        """Ban or unban an account.

        Sets whether an account may log in. A banned account's devices stay online
        unless `need_kick` is true.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            enabled: `false` bans the account, `true` lifts the ban.
            need_kick: Log the account's devices out as well.
            kick_notify_extension: Extension text the logged-out devices receive with
                the notice. At most 256 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountDisableAccountData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}/actions/disable``
        (operation ``v2.account.disableAccount`` in the spec).
        """
        return _cast(
            "V2AccountDisableAccountData",
            _answer_data(
                self._client._call(
                    _DISABLE_ACCOUNT,
                    {
                        "account_id": account_id,
                        "enabled": enabled,
                        "need_kick": need_kick,
                        "kick_notify_extension": kick_notify_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def get_account_details(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountInfo:
        """Get an account's details.

        Returns one account's switches (and, per the Go SDK, its token).

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/accounts/{account_id}``
        (operation ``v2.account.getAccountDetails`` in the spec).
        """
        return _cast(
            "V2AccountInfo",
            _answer_data(
                self._client._call(
                    _GET_ACCOUNT_DETAILS,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def kick_account(
        self,
        *,
        account_id: str,
        type: Literal[1, 2, 3],
        device_id_list: list[str] | None = None,
        kick_notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountKickAccountData:
        """Log an account out of its devices.

        Logs the account out of all its devices, of the devices listed, or of every
        device except those listed, as `type` says. Each device gets a notice carrying
        `kick_notify_extension`.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            type: 1 every device, 2 the devices in `device_id_list`, 3 every device
                except those in `device_id_list`. One of 1, 2, 3.
            device_id_list: The devices meant by `type` 2 and 3. At most 20 items.
            kick_notify_extension: Extension text the logged-out devices receive with
                the notice. At most 256 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountKickAccountData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/accounts/{account_id}/actions/kick``
        (operation ``v2.account.kickAccount`` in the spec).
        """
        return _cast(
            "V2AccountKickAccountData",
            _answer_data(
                self._client._call(
                    _KICK_ACCOUNT,
                    {
                        "account_id": account_id,
                        "type": type,
                        "device_id_list": device_id_list,
                        "kick_notify_extension": kick_notify_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def refresh_token(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountRefreshTokenData:
        """Give an account a new token.

        Replaces the account's login token with a new one the server makes and returns
        it. Devices logged in with the old token stay online.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountRefreshTokenData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}/actions/refresh_token``
        (operation ``v2.account.refreshToken`` in the spec).
        """
        return _cast(
            "V2AccountRefreshTokenData",
            _answer_data(
                self._client._call(
                    _REFRESH_TOKEN,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def set_push_config(
        self,
        *,
        account_id: str,
        push_enabled_when_desktop_online: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountSetPushConfigData:
        """Set whether mobile devices get pushes while a desktop client is online.

        Sets the account's switch that decides whether its mobile devices still receive
        push notifications while it is logged in on a desktop client.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            push_enabled_when_desktop_online: Mobile devices get pushes while a desktop
                client is online.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountSetPushConfigData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}/actions/push_config``
        (operation ``v2.account.setPushConfig`` in the spec).
        """
        return _cast(
            "V2AccountSetPushConfigData",
            _answer_data(
                self._client._call(
                    _SET_PUSH_CONFIG,
                    {
                        "account_id": account_id,
                        "push_enabled_when_desktop_online": push_enabled_when_desktop_online,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_account(
        self,
        *,
        account_id: str,
        token: str | None = None,
        configuration: V2AccountConfiguration | None = None,
        user_information: V2UserInformation | None = None,
        need_kick: bool | None = None,
        kick_notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountInfo:
        """Update an account.

        Changes an account's token, switches or profile card; only the keys sent change.
        With `need_kick` the account's devices are logged out, so that a new token or a
        ban takes effect at once.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            token: The new login token. At most 128 characters.
            configuration: The account's switches. Only the keys sent change.
            user_information: The account's profile card (user information).
            need_kick: Log the account's devices out after the change.
            kick_notify_extension: Extension text the logged-out devices receive with
                the notice. At most 256 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}``
        (operation ``v2.account.updateAccount`` in the spec).
        """
        return _cast(
            "V2AccountInfo",
            _answer_data(
                self._client._call(
                    _UPDATE_ACCOUNT,
                    {
                        "account_id": account_id,
                        "token": token,
                        "configuration": configuration,
                        "user_information": user_information,
                        "need_kick": need_kick,
                        "kick_notify_extension": kick_notify_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2AccountOperations:
    """The v2 ``account`` operations, reached as ``client.v2.account`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def batch_query_accounts(
        self,
        *,
        account_ids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountBatchQueryAccountsData:
        """Look up several accounts.

        Returns the switches of up to 200 accounts; ids that do not exist come back in
        `failed_list` with their error.

        Args:
            account_ids: The accounts to look up. At least 1 items; at most 200 items;
                each 1 to 32 characters. The spec doubts some of these rules: a value
                that breaks only those is sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountBatchQueryAccountsData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/accounts``
        (operation ``v2.account.batchQueryAccounts`` in the spec).
        """
        return _cast(
            "V2AccountBatchQueryAccountsData",
            _answer_data(
                await self._client._call(
                    _BATCH_QUERY_ACCOUNTS,
                    {
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def create_account(
        self,
        *,
        account_id: str,
        token: str | None = None,
        configuration: V2AccountConfiguration | None = None,
        user_information: V2UserInformation | None = None,
        antispam_configuration: V2AntispamConfiguration | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountInfo:
        """Create an IM account.

        Registers a new IM account with its login token, its switches and its profile
        card in one call, and returns them. When no token is given the server makes one.
        An id that already exists is refused with code 414.

        Args:
            account_id: The new account's id. 1 to 32 characters.
            token: The login token; the server makes one when left out. At most 128
                characters.
            configuration: The account's switches. Only the keys sent change.
            user_information: The account's profile card (user information).
            antispam_configuration: Content moderation (反垃圾) of the profile or room data
                this call writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/accounts``
        (operation ``v2.account.createAccount`` in the spec).
        """
        return _cast(
            "V2AccountInfo",
            _answer_data(
                await self._client._call(
                    _CREATE_ACCOUNT,
                    {
                        "account_id": account_id,
                        "token": token,
                        "configuration": configuration,
                        "user_information": user_information,
                        "antispam_configuration": antispam_configuration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def disable_account(
        self,
        *,
        account_id: str,
        enabled: bool,
        need_kick: bool | None = None,
        kick_notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountDisableAccountData:
        """Ban or unban an account.

        Sets whether an account may log in. A banned account's devices stay online
        unless `need_kick` is true.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            enabled: `false` bans the account, `true` lifts the ban.
            need_kick: Log the account's devices out as well.
            kick_notify_extension: Extension text the logged-out devices receive with
                the notice. At most 256 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountDisableAccountData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}/actions/disable``
        (operation ``v2.account.disableAccount`` in the spec).
        """
        return _cast(
            "V2AccountDisableAccountData",
            _answer_data(
                await self._client._call(
                    _DISABLE_ACCOUNT,
                    {
                        "account_id": account_id,
                        "enabled": enabled,
                        "need_kick": need_kick,
                        "kick_notify_extension": kick_notify_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def get_account_details(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountInfo:
        """Get an account's details.

        Returns one account's switches (and, per the Go SDK, its token).

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/accounts/{account_id}``
        (operation ``v2.account.getAccountDetails`` in the spec).
        """
        return _cast(
            "V2AccountInfo",
            _answer_data(
                await self._client._call(
                    _GET_ACCOUNT_DETAILS,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def kick_account(
        self,
        *,
        account_id: str,
        type: Literal[1, 2, 3],
        device_id_list: list[str] | None = None,
        kick_notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountKickAccountData:
        """Log an account out of its devices.

        Logs the account out of all its devices, of the devices listed, or of every
        device except those listed, as `type` says. Each device gets a notice carrying
        `kick_notify_extension`.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            type: 1 every device, 2 the devices in `device_id_list`, 3 every device
                except those in `device_id_list`. One of 1, 2, 3.
            device_id_list: The devices meant by `type` 2 and 3. At most 20 items.
            kick_notify_extension: Extension text the logged-out devices receive with
                the notice. At most 256 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountKickAccountData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/accounts/{account_id}/actions/kick``
        (operation ``v2.account.kickAccount`` in the spec).
        """
        return _cast(
            "V2AccountKickAccountData",
            _answer_data(
                await self._client._call(
                    _KICK_ACCOUNT,
                    {
                        "account_id": account_id,
                        "type": type,
                        "device_id_list": device_id_list,
                        "kick_notify_extension": kick_notify_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def refresh_token(
        self,
        *,
        account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountRefreshTokenData:
        """Give an account a new token.

        Replaces the account's login token with a new one the server makes and returns
        it. Devices logged in with the old token stay online.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountRefreshTokenData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}/actions/refresh_token``
        (operation ``v2.account.refreshToken`` in the spec).
        """
        return _cast(
            "V2AccountRefreshTokenData",
            _answer_data(
                await self._client._call(
                    _REFRESH_TOKEN,
                    {
                        "account_id": account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def set_push_config(
        self,
        *,
        account_id: str,
        push_enabled_when_desktop_online: bool,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountSetPushConfigData:
        """Set whether mobile devices get pushes while a desktop client is online.

        Sets the account's switch that decides whether its mobile devices still receive
        push notifications while it is logged in on a desktop client.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            push_enabled_when_desktop_online: Mobile devices get pushes while a desktop
                client is online.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountSetPushConfigData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}/actions/push_config``
        (operation ``v2.account.setPushConfig`` in the spec).
        """
        return _cast(
            "V2AccountSetPushConfigData",
            _answer_data(
                await self._client._call(
                    _SET_PUSH_CONFIG,
                    {
                        "account_id": account_id,
                        "push_enabled_when_desktop_online": push_enabled_when_desktop_online,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_account(
        self,
        *,
        account_id: str,
        token: str | None = None,
        configuration: V2AccountConfiguration | None = None,
        user_information: V2UserInformation | None = None,
        need_kick: bool | None = None,
        kick_notify_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2AccountInfo:
        """Update an account.

        Changes an account's token, switches or profile card; only the keys sent change.
        With `need_kick` the account's devices are logged out, so that a new token or a
        ban takes effect at once.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            token: The new login token. At most 128 characters.
            configuration: The account's switches. Only the keys sent change.
            user_information: The account's profile card (user information).
            need_kick: Log the account's devices out after the change.
            kick_notify_extension: Extension text the logged-out devices receive with
                the notice. At most 256 characters.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2AccountInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/accounts/{account_id}``
        (operation ``v2.account.updateAccount`` in the spec).
        """
        return _cast(
            "V2AccountInfo",
            _answer_data(
                await self._client._call(
                    _UPDATE_ACCOUNT,
                    {
                        "account_id": account_id,
                        "token": token,
                        "configuration": configuration,
                        "user_information": user_information,
                        "need_kick": need_kick,
                        "kick_notify_extension": kick_notify_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
