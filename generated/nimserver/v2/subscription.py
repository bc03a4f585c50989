# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``subscription`` operations, reached as ``client.v2.subscription``: Subscriptions
of an account to the online status of other accounts.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import ListOf, Number, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from ..types import (
    V2SubscriptionQueryUserStatusSubscriptionData,
    V2SubscriptionSubscribeUserStatusData,
    V2SubscriptionUnsubscribeUserStatusData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2SubscriptionOperations", "V2SubscriptionOperations"]

_QUERY_USER_STATUS_SUBSCRIPTION = Endpoint(
    "im/v2/subscription/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one call may name at most 100 accounts, the limit of the v1 counterpart (event/subscribe/query.action); not read on the v2 page.",
                        "One call with 101 accounts: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `account_ids` must be given; both SDKs always send the list.",
                    "One subscription query without `account_ids`: code 414 means required.",
                ),
            ),
            where="body",
        ),
    ),
    safe_to_repeat=True,
    method="PATCH",
    rest=True,
    has_body=True,
)

_SUBSCRIBE_USER_STATUS = Endpoint(
    "im/v2/subscription/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one call may name at most 100 accounts, the limit of the v1 counterpart (event/subscribe/add.action); not read on the v2 page.",
                        "One call with 101 accounts: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            where="body",
        ),
        Field(
            "duration",
            "duration",
            Doubted(
                Number(
                    integral=True,
                    minimum=60,
                    maximum=2592000,
                    format="int64",
                    digits=True,
                ),
                Number(integral=True, format="int64", digits=True),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `duration` ranges over 60 to 2592000 seconds; from the Apifox page only.",
                        "One subscription with 59 seconds: refused means the range holds.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `duration` must be given; the Apifox page marks it required.",
                    "One subscription without `duration`: code 414 means required.",
                ),
            ),
            where="query",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_UNSUBSCRIBE_USER_STATUS = Endpoint(
    "im/v2/subscription/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "account_ids",
            "account_ids",
            Doubted(
                ListOf(Str(min_length=1, max_length=32), max_items=100),
                ListOf(Str()),
                (
                    SpecDoubt(
                        "limit",
                        "Whether one call may name at most 100 accounts, the limit of the v1 counterpart (event/subscribe/delete.action); not read on the v2 page.",
                        "One call with 101 accounts: refused means the limit holds.",
                    ),
                ),
            ),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `account_ids` must be given; both SDKs always send the list.",
                    "One unsubscribe without `account_ids`: code 414 means required (or all subscriptions end).",
                ),
            ),
            where="body",
        ),
    ),
    method="DELETE",
    rest=True,
    has_body=True,
)


class V2SubscriptionOperations:
    """The v2 ``subscription`` operations, reached as ``client.v2.subscription``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def query_user_status_subscription(
        self,
        *,
        account_id: str,
        account_ids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SubscriptionQueryUserStatusSubscriptionData:
        """Look up an account's online-status subscriptions.

        Returns the subscriptions that the account in the path holds to the online
        status of the accounts listed, with when each was made and when it ends. This is
        a read sent as PATCH, so it is safe to repeat.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            account_ids: The subscribed accounts to look up. At least 1 items; at most
                100 items; each 1 to 32 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SubscriptionQueryUserStatusSubscriptionData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/subscription/{account_id}``
        (operation ``v2.subscription.queryUserStatusSubscription`` in the spec).
        """
        return _cast(
            "V2SubscriptionQueryUserStatusSubscriptionData",
            _answer_data(
                self._client._call(
                    _QUERY_USER_STATUS_SUBSCRIPTION,
                    {
                        "account_id": account_id,
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def subscribe_user_status(
        self,
        *,
        account_id: str,
        account_ids: list[str],
        duration: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SubscriptionSubscribeUserStatusData:
        """Subscribe an account to the online status of other accounts.

        Subscribes the account in the path to the online-status events of the accounts
        listed for `duration` seconds; its clients are then told when those accounts log
        in or out. Accounts that could not be subscribed come back in `failed_list`.
        Online-status subscription must be enabled for the app in the console.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            account_ids: The accounts whose online status to subscribe to. At least 1
                items; at most 100 items; each 1 to 32 characters. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            duration: How long the subscription lasts, in seconds (60 s to 30 days). The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SubscriptionSubscribeUserStatusData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/subscription/{account_id}``
        (operation ``v2.subscription.subscribeUserStatus`` in the spec).
        """
        return _cast(
            "V2SubscriptionSubscribeUserStatusData",
            _answer_data(
                self._client._call(
                    _SUBSCRIBE_USER_STATUS,
                    {
                        "account_id": account_id,
                        "account_ids": account_ids,
                        "duration": duration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def unsubscribe_user_status(
        self,
        *,
        account_id: str,
        account_ids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SubscriptionUnsubscribeUserStatusData:
        """End an account's online-status subscriptions.

        Ends the subscriptions of the account in the path to the online status of the
        accounts listed. Accounts whose subscription could not be ended come back in
        `failed_list`. The request has a JSON body although the verb is DELETE.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            account_ids: The accounts whose online status to stop following. At most 100
                items; each 1 to 32 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SubscriptionUnsubscribeUserStatusData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/subscription/{account_id}``
        (operation ``v2.subscription.unsubscribeUserStatus`` in the spec).
        """
        return _cast(
            "V2SubscriptionUnsubscribeUserStatusData",
            _answer_data(
                self._client._call(
                    _UNSUBSCRIBE_USER_STATUS,
                    {
                        "account_id": account_id,
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2SubscriptionOperations:
    """The v2 ``subscription`` operations, reached as ``client.v2.subscription`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def query_user_status_subscription(
        self,
        *,
        account_id: str,
        account_ids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SubscriptionQueryUserStatusSubscriptionData:
        """Look up an account's online-status subscriptions.

        Returns the subscriptions that the account in the path holds to the online
        status of the accounts listed, with when each was made and when it ends. This is
        a read sent as PATCH, so it is safe to repeat.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            account_ids: The subscribed accounts to look up. At least 1 items; at most
                100 items; each 1 to 32 characters. The spec doubts some of these rules:
                a value that breaks only those is sent, with a SpecDoubtWarning.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SubscriptionQueryUserStatusSubscriptionData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/subscription/{account_id}``
        (operation ``v2.subscription.queryUserStatusSubscription`` in the spec).
        """
        return _cast(
            "V2SubscriptionQueryUserStatusSubscriptionData",
            _answer_data(
                await self._client._call(
                    _QUERY_USER_STATUS_SUBSCRIPTION,
                    {
                        "account_id": account_id,
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def subscribe_user_status(
        self,
        *,
        account_id: str,
        account_ids: list[str],
        duration: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SubscriptionSubscribeUserStatusData:
        """Subscribe an account to the online status of other accounts.

        Subscribes the account in the path to the online-status events of the accounts
        listed for `duration` seconds; its clients are then told when those accounts log
        in or out. Accounts that could not be subscribed come back in `failed_list`.
        Online-status subscription must be enabled for the app in the console.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            account_ids: The accounts whose online status to subscribe to. At least 1
                items; at most 100 items; each 1 to 32 characters. The spec doubts some
                of these rules: a value that breaks only those is sent, with a
                SpecDoubtWarning.
            duration: How long the subscription lasts, in seconds (60 s to 30 days). The
                spec doubts some of these rules: a value that breaks only those is sent,
                with a SpecDoubtWarning. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SubscriptionSubscribeUserStatusData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/subscription/{account_id}``
        (operation ``v2.subscription.subscribeUserStatus`` in the spec).
        """
        return _cast(
            "V2SubscriptionSubscribeUserStatusData",
            _answer_data(
                await self._client._call(
                    _SUBSCRIBE_USER_STATUS,
                    {
                        "account_id": account_id,
                        "account_ids": account_ids,
                        "duration": duration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def unsubscribe_user_status(
        self,
        *,
        account_id: str,
        account_ids: list[str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SubscriptionUnsubscribeUserStatusData:
        """End an account's online-status subscriptions.

        Ends the subscriptions of the account in the path to the online status of the
        accounts listed. Accounts whose subscription could not be ended come back in
        `failed_list`. The request has a JSON body although the verb is DELETE.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            account_ids: The accounts whose online status to stop following. At most 100
                items; each 1 to 32 characters. The spec doubts some of these rules: a
                value that breaks only those is sent, with a SpecDoubtWarning. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SubscriptionUnsubscribeUserStatusData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/subscription/{account_id}``
        (operation ``v2.subscription.unsubscribeUserStatus`` in the spec).
        """
        return _cast(
            "V2SubscriptionUnsubscribeUserStatusData",
            _answer_data(
                await self._client._call(
                    _UNSUBSCRIBE_USER_STATUS,
                    {
                        "account_id": account_id,
                        "account_ids": account_ids,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
