# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``chatroom_queue`` operations, reached as ``client.v2.chatroom_queue``: The
ordered key-value queue of a chat room (seats on a stage and the like).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import ListOf, Number, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2ChatroomQueueDeleteChatroomQueueData,
    V2ChatroomQueueElement,
    V2ChatroomQueueNotificationConfig,
    V2ChatroomQueuePollChatroomQueueElementData,
    V2ChatroomQueueQueryChatroomQueueElementsData,
    V2ChatroomQueueUpdateChatroomQueueData,
    V2RouteConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ChatroomQueueOperations", "V2ChatroomQueueOperations"]

_DELETE_CHATROOM_QUEUE = Endpoint(
    "im/v2/room_queues/{room_id}",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "notification_config",
            "notification_config",
            _shapes.V2ChatroomQueueNotificationConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    method="DELETE",
    rest=True,
    has_body=True,
)

_INITIALIZE_CHATROOM_QUEUE = Endpoint(
    "im/v2/room_queues/{room_id}",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "queue_size_limit",
            "queue_size_limit",
            Doubted(
                Number(integral=True, minimum=0, maximum=1000),
                Number(integral=True),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `queue_size_limit` ranges over 0 to 1000, the range of the v1 endpoint.",
                        "One init with 1001: refused means the range holds.",
                    ),
                ),
            ),
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_POLL_CHATROOM_QUEUE_ELEMENT = Endpoint(
    "im/v2/room_queues/{room_id}/actions/poll",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field("element_key", "element_key", Str(max_length=128), where="body"),
        Field(
            "notification_config",
            "notification_config",
            _shapes.V2ChatroomQueueNotificationConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)

_QUERY_CHATROOM_QUEUE_ELEMENTS = Endpoint(
    "im/v2/room_queues/{room_id}/actions/query",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "element_key_list",
            "element_key_list",
            ListOf(Str(max_length=128)),
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    safe_to_repeat=True,
    method="POST",
    rest=True,
    has_body=True,
)

_UPDATE_CHATROOM_QUEUE = Endpoint(
    "im/v2/room_queues/{room_id}",
    (
        Field(
            "room_id",
            "room_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
            where="path",
        ),
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given; the Apifox page marks every field optional.",
                    "One queue update without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "element_list",
            "element_list",
            ListOf(_shapes.V2ChatroomQueueElement, min_items=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `element_list` must be given; the Apifox page marks every field optional.",
                    "One queue update without `element_list`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "notification_config",
            "notification_config",
            _shapes.V2ChatroomQueueNotificationConfig,
            where="body",
        ),
        Field("route_config", "route_config", _shapes.V2RouteConfig, where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2ChatroomQueueOperations:
    """The v2 ``chatroom_queue`` operations, reached as ``client.v2.chatroom_queue``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def delete_chatroom_queue(
        self,
        *,
        room_id: int | str,
        notification_config: V2ChatroomQueueNotificationConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueueDeleteChatroomQueueData:
        """Clear a chat room queue.

        Removes every element of the room's queue. The request carries a JSON body (the
        notification and copy settings) although it is a DELETE.

        Args:
            room_id: The chat room id.
            notification_config: The room notification that tells the members about this
                queue change. Members receive at most 10 high-priority room
                notifications a second and about 20 ordinary ones, beyond which ordinary
                notifications may be dropped.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueueDeleteChatroomQueueData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/room_queues/{room_id}``
        (operation ``v2.chatroom_queue.deleteChatroomQueue`` in the spec).
        """
        return _cast(
            "V2ChatroomQueueDeleteChatroomQueueData",
            _answer_data(
                self._client._call(
                    _DELETE_CHATROOM_QUEUE,
                    {
                        "room_id": room_id,
                        "notification_config": notification_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def initialize_chatroom_queue(
        self,
        *,
        room_id: int | str,
        queue_size_limit: int | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Initialise a chat room queue.

        Sets up the room's queue with the largest number of elements it may hold. Call
        it before the queue is used, or again to change the limit.

        Args:
            room_id: The chat room id.
            queue_size_limit: The largest number of elements the queue may hold. At
                least 0; at most 1000. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
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

        Calls ``POST /im/v2/room_queues/{room_id}``
        (operation ``v2.chatroom_queue.initializeChatroomQueue`` in the spec).
        """
        self._client._call(
            _INITIALIZE_CHATROOM_QUEUE,
            {
                "room_id": room_id,
                "queue_size_limit": queue_size_limit,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def poll_chatroom_queue_element(
        self,
        *,
        room_id: int | str,
        element_key: str | None = None,
        notification_config: V2ChatroomQueueNotificationConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueuePollChatroomQueueElementData:
        """Take an element out of a chat room queue.

        Removes one element from the room's queue and returns it: the element with
        `element_key`, or the first element when the key is left out.

        Args:
            room_id: The chat room id.
            element_key: The key of the element to take; the first element when left
                out. At most 128 characters.
            notification_config: The room notification that tells the members about this
                queue change. Members receive at most 10 high-priority room
                notifications a second and about 20 ordinary ones, beyond which ordinary
                notifications may be dropped.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueuePollChatroomQueueElementData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_queues/{room_id}/actions/poll``
        (operation ``v2.chatroom_queue.pollChatroomQueueElement`` in the spec).
        """
        return _cast(
            "V2ChatroomQueuePollChatroomQueueElementData",
            _answer_data(
                self._client._call(
                    _POLL_CHATROOM_QUEUE_ELEMENT,
                    {
                        "room_id": room_id,
                        "element_key": element_key,
                        "notification_config": notification_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def query_chatroom_queue_elements(
        self,
        *,
        room_id: int | str,
        element_key_list: list[str] | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueueQueryChatroomQueueElementsData:
        """Read chat room queue elements.

        Returns the elements with the keys given, or the whole queue in its order when
        `element_key_list` is left out. It only reads, although it is a POST.

        Args:
            room_id: The chat room id.
            element_key_list: The keys to read; the whole queue when left out. Each at
                most 128 characters.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueueQueryChatroomQueueElementsData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/room_queues/{room_id}/actions/query``
        (operation ``v2.chatroom_queue.queryChatroomQueueElements`` in the spec).
        """
        return _cast(
            "V2ChatroomQueueQueryChatroomQueueElementsData",
            _answer_data(
                self._client._call(
                    _QUERY_CHATROOM_QUEUE_ELEMENTS,
                    {
                        "room_id": room_id,
                        "element_key_list": element_key_list,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def update_chatroom_queue(
        self,
        *,
        room_id: int | str,
        operator_account_id: str | None = None,
        element_list: list[V2ChatroomQueueElement] | None = None,
        notification_config: V2ChatroomQueueNotificationConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueueUpdateChatroomQueueData:
        """Add or update chat room queue elements.

        Writes elements into the room's queue: an element whose key exists is updated, a
        new key is added at the end. The account that writes an element last becomes its
        owner. Elements that could not be written come back in `failed_element_list`.

        Args:
            room_id: The chat room id.
            operator_account_id: The account writing the elements. One who is not in the
                room must be the room's creator. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            element_list: The elements to add or update. At least 1 items. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_config: The room notification that tells the members about this
                queue change. Members receive at most 10 high-priority room
                notifications a second and about 20 ordinary ones, beyond which ordinary
                notifications may be dropped.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueueUpdateChatroomQueueData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_queues/{room_id}``
        (operation ``v2.chatroom_queue.updateChatroomQueue`` in the spec).
        """
        return _cast(
            "V2ChatroomQueueUpdateChatroomQueueData",
            _answer_data(
                self._client._call(
                    _UPDATE_CHATROOM_QUEUE,
                    {
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "element_list": element_list,
                        "notification_config": notification_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ChatroomQueueOperations:
    """The v2 ``chatroom_queue`` operations, reached as ``client.v2.chatroom_queue`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def delete_chatroom_queue(
        self,
        *,
        room_id: int | str,
        notification_config: V2ChatroomQueueNotificationConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueueDeleteChatroomQueueData:
        """Clear a chat room queue.

        Removes every element of the room's queue. The request carries a JSON body (the
        notification and copy settings) although it is a DELETE.

        Args:
            room_id: The chat room id.
            notification_config: The room notification that tells the members about this
                queue change. Members receive at most 10 high-priority room
                notifications a second and about 20 ordinary ones, beyond which ordinary
                notifications may be dropped.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueueDeleteChatroomQueueData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/room_queues/{room_id}``
        (operation ``v2.chatroom_queue.deleteChatroomQueue`` in the spec).
        """
        return _cast(
            "V2ChatroomQueueDeleteChatroomQueueData",
            _answer_data(
                await self._client._call(
                    _DELETE_CHATROOM_QUEUE,
                    {
                        "room_id": room_id,
                        "notification_config": notification_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def initialize_chatroom_queue(
        self,
        *,
        room_id: int | str,
        queue_size_limit: int | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Initialise a chat room queue.

        Sets up the room's queue with the largest number of elements it may hold. Call
        it before the queue is used, or again to change the limit.

        Args:
            room_id: The chat room id.
            queue_size_limit: The largest number of elements the queue may hold. At
                least 0; at most 1000. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
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

        Calls ``POST /im/v2/room_queues/{room_id}``
        (operation ``v2.chatroom_queue.initializeChatroomQueue`` in the spec).
        """
        await self._client._call(
            _INITIALIZE_CHATROOM_QUEUE,
            {
                "room_id": room_id,
                "queue_size_limit": queue_size_limit,
                "route_config": route_config,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def poll_chatroom_queue_element(
        self,
        *,
        room_id: int | str,
        element_key: str | None = None,
        notification_config: V2ChatroomQueueNotificationConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueuePollChatroomQueueElementData:
        """Take an element out of a chat room queue.

        Removes one element from the room's queue and returns it: the element with
        `element_key`, or the first element when the key is left out.

        Args:
            room_id: The chat room id.
            element_key: The key of the element to take; the first element when left
                out. At most 128 characters.
            notification_config: The room notification that tells the members about this
                queue change. Members receive at most 10 high-priority room
                notifications a second and about 20 ordinary ones, beyond which ordinary
                notifications may be dropped.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueuePollChatroomQueueElementData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_queues/{room_id}/actions/poll``
        (operation ``v2.chatroom_queue.pollChatroomQueueElement`` in the spec).
        """
        return _cast(
            "V2ChatroomQueuePollChatroomQueueElementData",
            _answer_data(
                await self._client._call(
                    _POLL_CHATROOM_QUEUE_ELEMENT,
                    {
                        "room_id": room_id,
                        "element_key": element_key,
                        "notification_config": notification_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def query_chatroom_queue_elements(
        self,
        *,
        room_id: int | str,
        element_key_list: list[str] | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueueQueryChatroomQueueElementsData:
        """Read chat room queue elements.

        Returns the elements with the keys given, or the whole queue in its order when
        `element_key_list` is left out. It only reads, although it is a POST.

        Args:
            room_id: The chat room id.
            element_key_list: The keys to read; the whole queue when left out. Each at
                most 128 characters.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueueQueryChatroomQueueElementsData: the answer's `data` (`code`
                200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/room_queues/{room_id}/actions/query``
        (operation ``v2.chatroom_queue.queryChatroomQueueElements`` in the spec).
        """
        return _cast(
            "V2ChatroomQueueQueryChatroomQueueElementsData",
            _answer_data(
                await self._client._call(
                    _QUERY_CHATROOM_QUEUE_ELEMENTS,
                    {
                        "room_id": room_id,
                        "element_key_list": element_key_list,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def update_chatroom_queue(
        self,
        *,
        room_id: int | str,
        operator_account_id: str | None = None,
        element_list: list[V2ChatroomQueueElement] | None = None,
        notification_config: V2ChatroomQueueNotificationConfig | None = None,
        route_config: V2RouteConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ChatroomQueueUpdateChatroomQueueData:
        """Add or update chat room queue elements.

        Writes elements into the room's queue: an element whose key exists is updated, a
        new key is added at the end. The account that writes an element last becomes its
        owner. Elements that could not be written come back in `failed_element_list`.

        Args:
            room_id: The chat room id.
            operator_account_id: The account writing the elements. One who is not in the
                room must be the room's creator. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            element_list: The elements to add or update. At least 1 items. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            notification_config: The room notification that tells the members about this
                queue change. Members receive at most 10 high-priority room
                notifications a second and about 20 ordinary ones, beyond which ordinary
                notifications may be dropped.
            route_config: Whether the event is copied to the app server (消息抄送), and to
                which environment.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ChatroomQueueUpdateChatroomQueueData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2/room_queues/{room_id}``
        (operation ``v2.chatroom_queue.updateChatroomQueue`` in the spec).
        """
        return _cast(
            "V2ChatroomQueueUpdateChatroomQueueData",
            _answer_data(
                await self._client._call(
                    _UPDATE_CHATROOM_QUEUE,
                    {
                        "room_id": room_id,
                        "operator_account_id": operator_account_id,
                        "element_list": element_list,
                        "notification_config": notification_config,
                        "route_config": route_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
