# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``system_notification`` operations, reached as ``client.v2.system_notification``:
Custom system notifications to accounts and teams, which are not stored as messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import ListOf, OneOf, Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2CustomNotificationConfig,
    V2PushConfig,
    V2RouteConfig,
    V2SystemNotificationSendBatchCustomNotificationData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2SystemNotificationOperations", "V2SystemNotificationOperations"]

_SEND_BATCH_CUSTOM_NOTIFICATION = Endpoint(
    "im/v2/custom_notification/batch",
    (
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `sender_id` must be given; from the Go SDK's comments.",
                    "One batch custom notification without `sender_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "receiver_ids",
            "receiver_ids",
            ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=500),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `receiver_ids` must be given; from the Go SDK's comments.",
                    "One batch custom notification without `receiver_ids`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "content",
            "content",
            Str(min_length=1, max_length=4096),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `content` must be given; from the Go SDK's comments.",
                    "One batch custom notification without `content`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("sound", "sound", Str(max_length=30), where="body"),
        Field(
            "notification_config",
            "notification_config",
            _shapes.V2CustomNotificationConfig,
            where="body",
        ),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_SEND_CUSTOM_NOTIFICATION = Endpoint(
    "im/v2/custom_notification",
    (
        Field(
            "sender_id",
            "sender_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `sender_id` must be given; from the Go SDK's comments.",
                    "One custom notification without `sender_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "type",
            "type",
            OneOf((1, 2, 3)),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `type` must be given; from the Go SDK's comments.",
                    "One custom notification without `type`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "receiver_id",
            "receiver_id",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `receiver_id` must be given; from the Go SDK's comments.",
                    "One custom notification without `receiver_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "content",
            "content",
            Str(min_length=1, max_length=4096),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `content` must be given; from the Go SDK's comments.",
                    "One custom notification without `content`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("sound", "sound", Str(max_length=30), where="body"),
        Field(
            "notification_config",
            "notification_config",
            _shapes.V2CustomNotificationConfig,
            where="body",
        ),
        Field("push_config", "push_config", _shapes.V2PushConfig, where="body"),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)


class V2SystemNotificationOperations:
    """The v2 ``system_notification`` operations, reached as ``client.v2.system_notification``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def send_batch_custom_notification(
        self,
        *,
        sender_id: str | None = None,
        receiver_ids: list[str] | None = None,
        content: str | None = None,
        sound: str | None = None,
        notification_config: V2CustomNotificationConfig | None = None,
        push_config: V2PushConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SystemNotificationSendBatchCustomNotificationData:
        """Send a custom system notification to many accounts.

        Sends the same app-defined content to up to 500 accounts. The answer lists the
        accounts reached and those that were not, with the reason.

        Args:
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            receiver_ids: The receiving accounts, at most 500. At least 1 items; at most
                500 items; each 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            content: The notification content, JSON text of at most 4096 characters. 1
                to 4096 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            sound: The name of a sound file in the receiving app to play. At most 30
                characters.
            notification_config: How a custom system notification is delivered.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SystemNotificationSendBatchCustomNotificationData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app by default (200/min on the flagship package,
        2000/min on the dedicated package); blocked for a while when exceeded.

        Calls ``POST /im/v2/custom_notification/batch``
        (operation ``v2.system_notification.sendBatchCustomNotification`` in the spec).
        """
        return _cast(
            "V2SystemNotificationSendBatchCustomNotificationData",
            _answer_data(
                self._client._call(
                    _SEND_BATCH_CUSTOM_NOTIFICATION,
                    {
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "content": content,
                        "sound": sound,
                        "notification_config": notification_config,
                        "push_config": push_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def send_custom_notification(
        self,
        *,
        sender_id: str | None = None,
        type: Literal[1, 2, 3] | None = None,
        receiver_id: str | None = None,
        content: str | None = None,
        sound: str | None = None,
        notification_config: V2CustomNotificationConfig | None = None,
        push_config: V2PushConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Send a custom system notification to an account or a team.

        Sends app-defined content (JSON text of up to 4096 characters) to one account,
        or to every member of an advanced team or super team. The notification is not
        stored in any conversation; with `notification_config.offline_enabled` it waits
        for receivers who are offline.

        Args:
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            type: Who receives it: 1 one account, 2 an advanced team, 3 a super team.
                One of 1, 2, 3. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            receiver_id: The receiving account id (type 1) or team id (types 2 and 3).
                Not empty. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            content: The notification content, JSON text of at most 4096 characters. 1
                to 4096 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            sound: The name of a sound file in the receiving app to play. At most 30
                characters.
            notification_config: How a custom system notification is delivered.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/custom_notification``
        (operation ``v2.system_notification.sendCustomNotification`` in the spec).
        """
        self._client._call(
            _SEND_CUSTOM_NOTIFICATION,
            {
                "sender_id": sender_id,
                "type": type,
                "receiver_id": receiver_id,
                "content": content,
                "sound": sound,
                "notification_config": notification_config,
                "push_config": push_config,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )


class AsyncV2SystemNotificationOperations:
    """The v2 ``system_notification`` operations, reached as ``client.v2.system_notification`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def send_batch_custom_notification(
        self,
        *,
        sender_id: str | None = None,
        receiver_ids: list[str] | None = None,
        content: str | None = None,
        sound: str | None = None,
        notification_config: V2CustomNotificationConfig | None = None,
        push_config: V2PushConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2SystemNotificationSendBatchCustomNotificationData:
        """Send a custom system notification to many accounts.

        Sends the same app-defined content to up to 500 accounts. The answer lists the
        accounts reached and those that were not, with the reason.

        Args:
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            receiver_ids: The receiving accounts, at most 500. At least 1 items; at most
                500 items; each 1 to 32 characters. Required by the spec, which doubts
                it: left out, the call is sent with a SpecDoubtWarning.
            content: The notification content, JSON text of at most 4096 characters. 1
                to 4096 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            sound: The name of a sound file in the receiving app to play. At most 30
                characters.
            notification_config: How a custom system notification is delivered.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2SystemNotificationSendBatchCustomNotificationData: the answer's `data`
                (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 120 calls/min per app by default (200/min on the flagship package,
        2000/min on the dedicated package); blocked for a while when exceeded.

        Calls ``POST /im/v2/custom_notification/batch``
        (operation ``v2.system_notification.sendBatchCustomNotification`` in the spec).
        """
        return _cast(
            "V2SystemNotificationSendBatchCustomNotificationData",
            _answer_data(
                await self._client._call(
                    _SEND_BATCH_CUSTOM_NOTIFICATION,
                    {
                        "sender_id": sender_id,
                        "receiver_ids": receiver_ids,
                        "content": content,
                        "sound": sound,
                        "notification_config": notification_config,
                        "push_config": push_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def send_custom_notification(
        self,
        *,
        sender_id: str | None = None,
        type: Literal[1, 2, 3] | None = None,
        receiver_id: str | None = None,
        content: str | None = None,
        sound: str | None = None,
        notification_config: V2CustomNotificationConfig | None = None,
        push_config: V2PushConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Send a custom system notification to an account or a team.

        Sends app-defined content (JSON text of up to 4096 characters) to one account,
        or to every member of an advanced team or super team. The notification is not
        stored in any conversation; with `notification_config.offline_enabled` it waits
        for receivers who are offline.

        Args:
            sender_id: The sending account. 1 to 32 characters. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            type: Who receives it: 1 one account, 2 an advanced team, 3 a super team.
                One of 1, 2, 3. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            receiver_id: The receiving account id (type 1) or team id (types 2 and 3).
                Not empty. Required by the spec, which doubts it: left out, the call is
                sent with a SpecDoubtWarning.
            content: The notification content, JSON text of at most 4096 characters. 1
                to 4096 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            sound: The name of a sound file in the receiving app to play. At most 30
                characters.
            notification_config: How a custom system notification is delivered.
            push_config: How the offline push notification for this event looks and whom
                it reaches.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/custom_notification``
        (operation ``v2.system_notification.sendCustomNotification`` in the spec).
        """
        await self._client._call(
            _SEND_CUSTOM_NOTIFICATION,
            {
                "sender_id": sender_id,
                "type": type,
                "receiver_id": receiver_id,
                "content": content,
                "sound": sound,
                "notification_config": notification_config,
                "push_config": push_config,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )
