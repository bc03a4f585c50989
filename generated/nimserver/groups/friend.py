# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``friend/``: Friend relations between accounts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, Number, OneOf, Str
from .._fields import Endpoint, Field
from ..types import (
    Envelope,
    FriendGetByAccidResponse,
    FriendGetResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncFriendGroup", "FriendGroup"]

_ADD = Endpoint(
    "friend/add.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
        Field("type", "type", OneOf((1, 2, 3, 4)), required=True),
        Field("msg", "msg", Str(max_length=256)),
        Field("serverex", "serverex", Str(max_length=256)),
    ),
)

_DELETE = Endpoint(
    "friend/delete.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
        Field("isDeleteAlias", "is_delete_alias", Bool()),
    ),
)

_GET = Endpoint(
    "friend/get.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field(
            "updatetime",
            "updatetime",
            Number(integral=True, minimum=0, format="int64", digits=True),
            required=True,
        ),
        Field(
            "createtime",
            "createtime",
            Number(integral=True, minimum=0, format="int64", digits=True),
        ),
    ),
    safe_to_repeat=True,
)

_GET_BY_ACCID = Endpoint(
    "friend/getByAccid.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
    ),
    safe_to_repeat=True,
)

_UPDATE = Endpoint(
    "friend/update.action",
    (
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("faccid", "faccid", Str(min_length=1, max_length=32), required=True),
        Field("alias", "alias", Str(max_length=128)),
        Field("ex", "ex", Str(max_length=256)),
        Field("serverex", "serverex", Str(max_length=256)),
    ),
)


class FriendGroup:
    """Operations under ``friend/``, reached as ``client.friend``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add(
        self,
        *,
        accid: str,
        faccid: str,
        type: Literal[1, 2, 3, 4],
        msg: str | None = None,
        serverex: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add a friend or answer a friend request.

        Depending on `type`, makes two accounts friends at once, sends a friend request
        from `accid` to `faccid`, or lets `accid` accept or decline a request that
        `faccid` sent earlier.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            faccid: The other account, which receives the request or the answer. 1 to 32
                characters.
            type: What to do: 1 add as friend directly, 2 send a friend request, 3
                accept a request, 4 decline a request. One of 1, 2, 3, 4.
            msg: Text sent along with the request or the answer. At most 256 characters.
            serverex: Server-side extension of the relation; clients can read it but
                only the server API can write it. At most 256 characters.
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

        Calls ``POST /nimserver/friend/add.action``
        (operation ``friendAdd`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _ADD,
                {
                    "accid": accid,
                    "faccid": faccid,
                    "type": type,
                    "msg": msg,
                    "serverex": serverex,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def delete(
        self,
        *,
        accid: str,
        faccid: str,
        is_delete_alias: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a friend.

        Ends the friend relation between two accounts. By default the remark name is
        kept; set `is_delete_alias` to drop it as well.

        Args:
            accid: Account that removes the friend. 1 to 32 characters.
            faccid: The friend to remove. 1 to 32 characters.
            is_delete_alias: Also delete the remark name given to the friend. The
                server's default is False.
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

        Calls ``POST /nimserver/friend/delete.action``
        (operation ``friendDelete`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _DELETE,
                {
                    "accid": accid,
                    "faccid": faccid,
                    "isDeleteAlias": is_delete_alias,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get(
        self,
        *,
        accid: str,
        updatetime: int | str,
        createtime: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> FriendGetResponse:
        """List friends changed since a time.

        Returns the friends of an account whose relation was created or changed after
        `updatetime`. Send 0 to fetch the whole list; keep the newest time seen for the
        next incremental call.

        Args:
            accid: Owner of the friend list. 1 to 32 characters.
            updatetime: Only friends changed after this time (epoch milliseconds) are
                returned.
            createtime: Older name of `updatetime`; send `updatetime` instead.
                Deprecated.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            FriendGetResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/friend/get.action``
        (operation ``friendGet`` in the spec).
        """
        return _cast(
            "FriendGetResponse",
            self._client._call(
                _GET,
                {
                    "accid": accid,
                    "updatetime": updatetime,
                    "createtime": createtime,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def get_by_accid(
        self,
        *,
        accid: str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> FriendGetByAccidResponse:
        """Get the relation with one friend.

        Returns the friend relation record that an account holds for one other account.

        Args:
            accid: Owner of the friend list. 1 to 32 characters.
            faccid: The friend to look up. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            FriendGetByAccidResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/friend/getByAccid.action``
        (operation ``friendGetByAccid`` in the spec).
        """
        return _cast(
            "FriendGetByAccidResponse",
            self._client._call(
                _GET_BY_ACCID,
                {
                    "accid": accid,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update(
        self,
        *,
        accid: str,
        faccid: str,
        alias: str | None = None,
        ex: str | None = None,
        serverex: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a friend's alias and extensions.

        Changes the remark name or the extension fields that an account keeps for one of
        its friends. Only the fields sent change; an empty string clears a field.

        Args:
            accid: Owner of the friend list. 1 to 32 characters.
            faccid: The friend whose entry changes. 1 to 32 characters.
            alias: Remark name for the friend; an empty string removes it. At most 128
                characters.
            ex: App-defined extension of the relation; JSON text is recommended. At most
                256 characters.
            serverex: Server-side extension; read-only for clients. At most 256
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

        Calls ``POST /nimserver/friend/update.action``
        (operation ``friendUpdate`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _UPDATE,
                {
                    "accid": accid,
                    "faccid": faccid,
                    "alias": alias,
                    "ex": ex,
                    "serverex": serverex,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncFriendGroup:
    """Operations under ``friend/``, reached as ``client.friend`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add(
        self,
        *,
        accid: str,
        faccid: str,
        type: Literal[1, 2, 3, 4],
        msg: str | None = None,
        serverex: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Add a friend or answer a friend request.

        Depending on `type`, makes two accounts friends at once, sends a friend request
        from `accid` to `faccid`, or lets `accid` accept or decline a request that
        `faccid` sent earlier.

        Args:
            accid: Account that performs the operation. 1 to 32 characters.
            faccid: The other account, which receives the request or the answer. 1 to 32
                characters.
            type: What to do: 1 add as friend directly, 2 send a friend request, 3
                accept a request, 4 decline a request. One of 1, 2, 3, 4.
            msg: Text sent along with the request or the answer. At most 256 characters.
            serverex: Server-side extension of the relation; clients can read it but
                only the server API can write it. At most 256 characters.
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

        Calls ``POST /nimserver/friend/add.action``
        (operation ``friendAdd`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _ADD,
                {
                    "accid": accid,
                    "faccid": faccid,
                    "type": type,
                    "msg": msg,
                    "serverex": serverex,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def delete(
        self,
        *,
        accid: str,
        faccid: str,
        is_delete_alias: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Remove a friend.

        Ends the friend relation between two accounts. By default the remark name is
        kept; set `is_delete_alias` to drop it as well.

        Args:
            accid: Account that removes the friend. 1 to 32 characters.
            faccid: The friend to remove. 1 to 32 characters.
            is_delete_alias: Also delete the remark name given to the friend. The
                server's default is False.
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

        Calls ``POST /nimserver/friend/delete.action``
        (operation ``friendDelete`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _DELETE,
                {
                    "accid": accid,
                    "faccid": faccid,
                    "isDeleteAlias": is_delete_alias,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get(
        self,
        *,
        accid: str,
        updatetime: int | str,
        createtime: int | str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> FriendGetResponse:
        """List friends changed since a time.

        Returns the friends of an account whose relation was created or changed after
        `updatetime`. Send 0 to fetch the whole list; keep the newest time seen for the
        next incremental call.

        Args:
            accid: Owner of the friend list. 1 to 32 characters.
            updatetime: Only friends changed after this time (epoch milliseconds) are
                returned.
            createtime: Older name of `updatetime`; send `updatetime` instead.
                Deprecated.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            FriendGetResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/friend/get.action``
        (operation ``friendGet`` in the spec).
        """
        return _cast(
            "FriendGetResponse",
            await self._client._call(
                _GET,
                {
                    "accid": accid,
                    "updatetime": updatetime,
                    "createtime": createtime,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def get_by_accid(
        self,
        *,
        accid: str,
        faccid: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> FriendGetByAccidResponse:
        """Get the relation with one friend.

        Returns the friend relation record that an account holds for one other account.

        Args:
            accid: Owner of the friend list. 1 to 32 characters.
            faccid: The friend to look up. 1 to 32 characters.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            FriendGetByAccidResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/friend/getByAccid.action``
        (operation ``friendGetByAccid`` in the spec).
        """
        return _cast(
            "FriendGetByAccidResponse",
            await self._client._call(
                _GET_BY_ACCID,
                {
                    "accid": accid,
                    "faccid": faccid,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update(
        self,
        *,
        accid: str,
        faccid: str,
        alias: str | None = None,
        ex: str | None = None,
        serverex: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Update a friend's alias and extensions.

        Changes the remark name or the extension fields that an account keeps for one of
        its friends. Only the fields sent change; an empty string clears a field.

        Args:
            accid: Owner of the friend list. 1 to 32 characters.
            faccid: The friend whose entry changes. 1 to 32 characters.
            alias: Remark name for the friend; an empty string removes it. At most 128
                characters.
            ex: App-defined extension of the relation; JSON text is recommended. At most
                256 characters.
            serverex: Server-side extension; read-only for clients. At most 256
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

        Calls ``POST /nimserver/friend/update.action``
        (operation ``friendUpdate`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _UPDATE,
                {
                    "accid": accid,
                    "faccid": faccid,
                    "alias": alias,
                    "ex": ex,
                    "serverex": serverex,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
