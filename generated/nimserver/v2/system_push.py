# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``system_push`` operations, reached as ``client.v2.system_push``: Push
notifications to every user of the app (Java SDK only).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Bool, ListOf, Number, Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2SystemPushListPushNotificationsData,
    V2SystemPushNotification,
    V2SystemPushSendPushNotificationPushConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2SystemPushOperations", "V2SystemPushOperations"]

_GET_PUSH_NOTIFICATION = Endpoint(
    "im/v2/push_notification/{push_id}",
    (
        Field(
            "push_id",
            "push_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_LIST_PUSH_NOTIFICATIONS = Endpoint(
    "im/v2/push_notification",
    (
        Field("page_token", "page_token", Str(), where="query"),
        Field("limit", "limit", Number(integral=True, minimum=1), where="query"),
        Field("type", "type", Number(integral=True), where="query"),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_SEND_PUSH_NOTIFICATION = Endpoint(
    "im/v2/push_notification",
    (
        Field(
            "content",
            "content",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `content` must be given; inferred, nothing can be pushed without it.",
                    "One push without `content`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "push_config",
            "push_config",
            _shapes.V2SystemPushSendPushNotificationPushConfig,
            where="body",
        ),
        Field(
            "sender_account_id", "sender_account_id", Str(max_length=32), where="body"
        ),
        Field("target_type", "target_type", Number(integral=True), where="body"),
        Field("target_os", "target_os", ListOf(Str()), where="body"),
        Field("roam_enabled", "roam_enabled", Bool(), where="body"),
        Field(
            "roam_expire_after",
            "roam_expire_after",
            Number(integral=True, minimum=0, format="int64", digits=True),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)


class V2SystemPushOperations:
    """The v2 ``system_push`` operations, reached as ``client.v2.system_push``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def get_push_notification(
        self,
        *,
        push_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SystemPushNotification:
        """Get a push notification sent to every user.

        Returns one push notification sent to every user, by its id.

        Args:
            push_id: The push notification's id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SystemPushNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not documented; the standard limit of 100 calls/s per app is
        assumed.

        Calls ``GET /im/v2/push_notification/{push_id}``
        (operation ``v2.system_push.getPushNotification`` in the spec).
        """
        return _cast(
            "V2SystemPushNotification",
            _answer_data(
                self._client._call(
                    _GET_PUSH_NOTIFICATION,
                    {
                        "push_id": push_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_push_notifications(
        self,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        type: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2SystemPushListPushNotificationsData, V2SystemPushNotification]:
        """List the app's push notifications to every user.

        Returns the push notifications sent to every user, page by page.

        Args:
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: How many push notifications per page. At least 1.
            type: A filter on the kind of push notification, as an integer code the
                sources do not explain.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2SystemPushListPushNotificationsData), `.items` its `items`; iterating
                the page yields every item (V2SystemPushNotification) of it and of the
                pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not documented; the standard limit of 100 calls/s per app is
        assumed.

        Calls ``GET /im/v2/push_notification``
        (operation ``v2.system_push.listPushNotifications`` in the spec).
        """
        return _cast(
            "Page[V2SystemPushListPushNotificationsData, V2SystemPushNotification]",
            self._client._page(
                _LIST_PUSH_NOTIFICATIONS,
                {
                    "page_token": page_token,
                    "limit": limit,
                    "type": type,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def send_push_notification(
        self,
        *,
        content: str | None = None,
        push_config: V2SystemPushSendPushNotificationPushConfig | None = None,
        sender_account_id: str | None = None,
        target_type: int | None = None,
        target_os: list[str] | None = None,
        roam_enabled: bool | None = None,
        roam_expire_after: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SystemPushNotification:
        """Send a push notification to every user.

        Sends a push notification to all users of the app, or to those on some
        platforms, and returns it with its id. With `roam_enabled` the notification is
        also kept for devices that come online later, for `roam_expire_after` (a
        duration the sources do not give a unit for).

        Args:
            content: The push text. Not empty. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            push_config: How the push notification looks.
            sender_account_id: The account shown as the sender. At most 32 characters.
            target_type: Which users the push is for, as an integer code the sources do
                not explain.
            target_os: The client platforms to reach (such as `ios`, `aos`); all when
                left out.
            roam_enabled: Keep the notification for devices that come online later.
            roam_expire_after: How long a kept notification stays deliverable (unit not
                documented).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SystemPushNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not documented; the standard limit of 100 calls/s per app is
        assumed.

        Calls ``POST /im/v2/push_notification``
        (operation ``v2.system_push.sendPushNotification`` in the spec).
        """
        return _cast(
            "V2SystemPushNotification",
            _answer_data(
                self._client._call(
                    _SEND_PUSH_NOTIFICATION,
                    {
                        "content": content,
                        "push_config": push_config,
                        "sender_account_id": sender_account_id,
                        "target_type": target_type,
                        "target_os": target_os,
                        "roam_enabled": roam_enabled,
                        "roam_expire_after": roam_expire_after,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2SystemPushOperations:
    """The v2 ``system_push`` operations, reached as ``client.v2.system_push`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def get_push_notification(
        self,
        *,
        push_id: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SystemPushNotification:
        """Get a push notification sent to every user.

        Returns one push notification sent to every user, by its id.

        Args:
            push_id: The push notification's id.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SystemPushNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not documented; the standard limit of 100 calls/s per app is
        assumed.

        Calls ``GET /im/v2/push_notification/{push_id}``
        (operation ``v2.system_push.getPushNotification`` in the spec).
        """
        return _cast(
            "V2SystemPushNotification",
            _answer_data(
                await self._client._call(
                    _GET_PUSH_NOTIFICATION,
                    {
                        "push_id": push_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_push_notifications(
        self,
        *,
        page_token: str | None = None,
        limit: int | None = None,
        type: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2SystemPushListPushNotificationsData, V2SystemPushNotification]:
        """List the app's push notifications to every user.

        Returns the push notifications sent to every user, page by page.

        Args:
            page_token: The `next_token` of the previous page; left out for the first
                page.
            limit: How many push notifications per page. At least 1.
            type: A filter on the kind of push notification, as an integer code the
                sources do not explain.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data`
                (V2SystemPushListPushNotificationsData), `.items` its `items`; iterating
                the page yields every item (V2SystemPushNotification) of it and of the
                pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: Not documented; the standard limit of 100 calls/s per app is
        assumed.

        Calls ``GET /im/v2/push_notification``
        (operation ``v2.system_push.listPushNotifications`` in the spec).
        """
        return _cast(
            "AsyncPage[V2SystemPushListPushNotificationsData, V2SystemPushNotification]",
            await self._client._page(
                _LIST_PUSH_NOTIFICATIONS,
                {
                    "page_token": page_token,
                    "limit": limit,
                    "type": type,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def send_push_notification(
        self,
        *,
        content: str | None = None,
        push_config: V2SystemPushSendPushNotificationPushConfig | None = None,
        sender_account_id: str | None = None,
        target_type: int | None = None,
        target_os: list[str] | None = None,
        roam_enabled: bool | None = None,
        roam_expire_after: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SystemPushNotification:
        """Send a push notification to every user.

        Sends a push notification to all users of the app, or to those on some
        platforms, and returns it with its id. With `roam_enabled` the notification is
        also kept for devices that come online later, for `roam_expire_after` (a
        duration the sources do not give a unit for).

        Args:
            content: The push text. Not empty. Required by the spec, which doubts it:
                left out, the call is sent with a SpecDoubtWarning.
            push_config: How the push notification looks.
            sender_account_id: The account shown as the sender. At most 32 characters.
            target_type: Which users the push is for, as an integer code the sources do
                not explain.
            target_os: The client platforms to reach (such as `ios`, `aos`); all when
                left out.
            roam_enabled: Keep the notification for devices that come online later.
            roam_expire_after: How long a kept notification stays deliverable (unit not
                documented).
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SystemPushNotification: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: Not documented; the standard limit of 100 calls/s per app is
        assumed.

        Calls ``POST /im/v2/push_notification``
        (operation ``v2.system_push.sendPushNotification`` in the spec).
        """
        return _cast(
            "V2SystemPushNotification",
            _answer_data(
                await self._client._call(
                    _SEND_PUSH_NOTIFICATION,
                    {
                        "content": content,
                        "push_config": push_config,
                        "sender_account_id": sender_account_id,
                        "target_type": target_type,
                        "target_os": target_os,
                        "roam_enabled": roam_enabled,
                        "roam_expire_after": roam_expire_after,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
