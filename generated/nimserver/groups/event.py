# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``event/``: Subscriptions to other users' online-status events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import JsonText, ListOf, Number, OneOf, Str
from .._fields import Endpoint, Field
from ..types import (
    Envelope,
    EventSubscribeAddResponse,
    EventSubscribeDeleteResponse,
    EventSubscribeQueryResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncEventGroup", "EventGroup"]

_SUBSCRIBE_ADD = Endpoint(
    "event/subscribe/add.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("eventType", "event_type", OneOf((1,)), required=True),
        Field(
            "publisherAccids",
            "publisher_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
        Field(
            "ttl",
            "ttl",
            Number(
                integral=True, minimum=60, maximum=2592000, format="int64", digits=True
            ),
            required=True,
        ),
    ),
)

_SUBSCRIBE_BATCHDEL = Endpoint(
    "event/subscribe/batchdel.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("eventType", "event_type", OneOf((1,)), required=True),
    ),
)

_SUBSCRIBE_DELETE = Endpoint(
    "event/subscribe/delete.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("eventType", "event_type", OneOf((1,)), required=True),
        Field(
            "publisherAccids",
            "publisher_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
)

_SUBSCRIBE_QUERY = Endpoint(
    "event/subscribe/query.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("eventType", "event_type", OneOf((1,)), required=True),
        Field(
            "publisherAccids",
            "publisher_accids",
            JsonText(
                ListOf(Str(min_length=1, max_length=32), min_items=1, max_items=100)
            ),
            required=True,
        ),
    ),
    safe_to_repeat=True,
)


class EventGroup:
    """Operations under ``event/``, reached as ``client.event``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def subscribe_add(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        publisher_accids: list[str],
        ttl: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> EventSubscribeAddResponse:
        """Subscribe to other users' online status.

        Subscribes an account to the online-status events of up to 100 publisher
        accounts for `ttl` seconds; the subscriber's clients are then told when those
        accounts log in or out. Publishers that could not be subscribed are listed in
        `failedAccid`.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
            publisher_accids: Accounts whose online status is subscribed, at most 100,
                as a JSON array. At least 1 items; at most 100 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            ttl: How long the subscription lasts, in seconds (60 s to 30 days).
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            EventSubscribeAddResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/event/subscribe/add.action``
        (operation ``eventSubscribeAdd`` in the spec).
        """
        return _cast(
            "EventSubscribeAddResponse",
            self._client._call(
                _SUBSCRIBE_ADD,
                {
                    "accid": accid,
                    "eventType": event_type,
                    "publisherAccids": publisher_accids,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def subscribe_batchdel(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Cancel all online-status subscriptions.

        Cancels every online-status subscription that an account holds.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
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

        Calls ``POST /nimserver/event/subscribe/batchdel.action``
        (operation ``eventSubscribeBatchdel`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _SUBSCRIBE_BATCHDEL,
                {
                    "accid": accid,
                    "eventType": event_type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def subscribe_delete(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        publisher_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> EventSubscribeDeleteResponse:
        """Unsubscribe from some users' online status.

        Cancels an account's online-status subscriptions to the given publishers.
        Publishers whose subscription could not be cancelled are listed in
        `failedAccid`.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
            publisher_accids: Publisher accounts to unsubscribe from, at most 100, as a
                JSON array. At least 1 items; at most 100 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            EventSubscribeDeleteResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/event/subscribe/delete.action``
        (operation ``eventSubscribeDelete`` in the spec).
        """
        return _cast(
            "EventSubscribeDeleteResponse",
            self._client._call(
                _SUBSCRIBE_DELETE,
                {
                    "accid": accid,
                    "eventType": event_type,
                    "publisherAccids": publisher_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def subscribe_query(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        publisher_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> EventSubscribeQueryResponse:
        """Query online-status subscriptions.

        Returns the online-status subscriptions an account holds to the given
        publishers, with when each was made and when it expires.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
            publisher_accids: Publisher accounts to look up, at most 100, as a JSON
                array. At least 1 items; at most 100 items; each 1 to 32 characters.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            EventSubscribeQueryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/event/subscribe/query.action``
        (operation ``eventSubscribeQuery`` in the spec).
        """
        return _cast(
            "EventSubscribeQueryResponse",
            self._client._call(
                _SUBSCRIBE_QUERY,
                {
                    "accid": accid,
                    "eventType": event_type,
                    "publisherAccids": publisher_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncEventGroup:
    """Operations under ``event/``, reached as ``client.event`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def subscribe_add(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        publisher_accids: list[str],
        ttl: int | str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> EventSubscribeAddResponse:
        """Subscribe to other users' online status.

        Subscribes an account to the online-status events of up to 100 publisher
        accounts for `ttl` seconds; the subscriber's clients are then told when those
        accounts log in or out. Publishers that could not be subscribed are listed in
        `failedAccid`.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
            publisher_accids: Accounts whose online status is subscribed, at most 100,
                as a JSON array. At least 1 items; at most 100 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            ttl: How long the subscription lasts, in seconds (60 s to 30 days).
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            EventSubscribeAddResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/event/subscribe/add.action``
        (operation ``eventSubscribeAdd`` in the spec).
        """
        return _cast(
            "EventSubscribeAddResponse",
            await self._client._call(
                _SUBSCRIBE_ADD,
                {
                    "accid": accid,
                    "eventType": event_type,
                    "publisherAccids": publisher_accids,
                    "ttl": ttl,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def subscribe_batchdel(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Cancel all online-status subscriptions.

        Cancels every online-status subscription that an account holds.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
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

        Calls ``POST /nimserver/event/subscribe/batchdel.action``
        (operation ``eventSubscribeBatchdel`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _SUBSCRIBE_BATCHDEL,
                {
                    "accid": accid,
                    "eventType": event_type,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def subscribe_delete(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        publisher_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> EventSubscribeDeleteResponse:
        """Unsubscribe from some users' online status.

        Cancels an account's online-status subscriptions to the given publishers.
        Publishers whose subscription could not be cancelled are listed in
        `failedAccid`.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
            publisher_accids: Publisher accounts to unsubscribe from, at most 100, as a
                JSON array. At least 1 items; at most 100 items; each 1 to 32
                characters. Sent as compact JSON; JSON text given as a str is checked
                and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            EventSubscribeDeleteResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/event/subscribe/delete.action``
        (operation ``eventSubscribeDelete`` in the spec).
        """
        return _cast(
            "EventSubscribeDeleteResponse",
            await self._client._call(
                _SUBSCRIBE_DELETE,
                {
                    "accid": accid,
                    "eventType": event_type,
                    "publisherAccids": publisher_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def subscribe_query(
        self,
        *,
        accid: str,
        event_type: Literal[1],
        publisher_accids: list[str],
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> EventSubscribeQueryResponse:
        """Query online-status subscriptions.

        Returns the online-status subscriptions an account holds to the given
        publishers, with when each was made and when it expires.

        Args:
            accid: Subscribing account. 1 to 32 characters.
            event_type: Event type; only 1 (online status) is supported. One of 1.
            publisher_accids: Publisher accounts to look up, at most 100, as a JSON
                array. At least 1 items; at most 100 items; each 1 to 32 characters.
                Sent as compact JSON; JSON text given as a str is checked and sent as
                is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            EventSubscribeQueryResponse: the response body (`code` 200) with its
                payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/event/subscribe/query.action``
        (operation ``eventSubscribeQuery`` in the spec).
        """
        return _cast(
            "EventSubscribeQueryResponse",
            await self._client._call(
                _SUBSCRIBE_QUERY,
                {
                    "accid": accid,
                    "eventType": event_type,
                    "publisherAccids": publisher_accids,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
