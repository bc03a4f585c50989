# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``friend`` operations, reached as ``client.v2.friend``: Friends of an account,
friend requests and what an account keeps about each friend.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal
from typing import cast as _cast
from .._checks import Bool, Number, OneOf, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from ..types import (
    V2FriendInfo,
    V2FriendListFriendsData,
    V2FriendListItem,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2FriendOperations", "V2FriendOperations"]

_ADD_FRIEND = Endpoint(
    "im/v2.1/friends",
    (
        Field(
            "type",
            "type",
            Doubted(
                OneOf((1, 2)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether `type` takes 1 and 2 with the Go comment's meanings; the add-friend page was not readable, and the default is not known.",
                        "One add call with each value and one with 3: which are refused; one without it: what happens.",
                    ),
                ),
            ),
            where="query",
        ),
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `account_id` must be given.",
                    "One add call without `account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "friend_account_id",
            "friend_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `friend_account_id` must be given.",
                    "One add call without `friend_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("alias", "alias", Str(max_length=128), where="body"),
        Field("extension", "extension", Str(max_length=256), where="body"),
        Field("customer_extension", "customer_extension", Str(), where="body"),
        Field("postscript", "postscript", Str(), where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_DELETE_FRIEND = Endpoint(
    "im/v2/friends/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "friend_account_id",
            "friend_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field("delete_alias", "delete_alias", Bool(), where="query"),
    ),
    method="DELETE",
    rest=True,
)

_GET_FRIEND = Endpoint(
    "im/v2.1/friends/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "friend_account_id",
            "friend_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_HANDLE_FRIEND_ADDITION = Endpoint(
    "im/v2.1/friends/actions/handle_friend_addition",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field(
            "friend_account_id",
            "friend_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="body",
        ),
        Field("type", "type", OneOf((3, 4)), where="query"),
        Field("alias", "alias", Str(max_length=128), where="body"),
        Field("extension", "extension", Str(max_length=256), where="body"),
        Field("customer_extension", "customer_extension", Str(), where="body"),
        Field("postscript", "postscript", Str(), where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_LIST_FRIENDS = Endpoint(
    "im/v2.1/friends",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
        Field("page_token", "page_token", Str(), where="query"),
        Field(
            "limit",
            "limit",
            Number(integral=True, minimum=1, maximum=100),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_UPDATE_FRIEND = Endpoint(
    "im/v2.1/friends/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "friend_account_id",
            "friend_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `friend_account_id` must be given.",
                    "One update without `friend_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("alias", "alias", Str(max_length=128), where="body"),
        Field("extension", "extension", Str(max_length=256), where="body"),
        Field("customer_extension", "customer_extension", Str(), where="body"),
    ),
    method="PATCH",
    rest=True,
    has_body=True,
)


class V2FriendOperations:
    """The v2 ``friend`` operations, reached as ``client.v2.friend``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_friend(
        self,
        *,
        type: Literal[1, 2] | None = None,
        account_id: str | None = None,
        friend_account_id: str | None = None,
        alias: str | None = None,
        extension: str | None = None,
        customer_extension: str | None = None,
        postscript: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Add a friend or send a friend request.

        Makes `friend_account_id` a friend of `account_id` at once (`type` 1), or sends
        it a friend request that it can accept or decline (`type` 2, answered with
        `handleFriendAddition`). The alias and extensions are what `account_id` keeps
        about the new friend.

        Args:
            type: 1 adds the friend directly, 2 sends a friend request that needs an
                answer. One of 1, 2. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            account_id: The account that adds the friend. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            friend_account_id: The account to add as a friend. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            alias: The name `account_id` gives the friend (备注名). At most 128 characters.
            extension: Extension text of the friendship that clients and the server may
                both read and write. At most 256 characters.
            customer_extension: Extension text that only the server API writes; clients
                pass it through unread.
            postscript: Text shown to `friend_account_id` with the request.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/friends``
        (operation ``v2.friend.addFriend`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                self._client._call(
                    _ADD_FRIEND,
                    {
                        "type": type,
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                        "alias": alias,
                        "extension": extension,
                        "customer_extension": customer_extension,
                        "postscript": postscript,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def delete_friend(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        delete_alias: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Remove a friend.

        Ends the friendship between `account_id` and `friend_account_id`. With
        `delete_alias` true the name `account_id` gave that friend is removed as well;
        otherwise it is kept.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            friend_account_id: The friend to remove. 1 to 32 characters.
            delete_alias: Also remove the name the account gave that friend.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/friends/{account_id}``
        (operation ``v2.friend.deleteFriend`` in the spec).
        """
        self._client._call(
            _DELETE_FRIEND,
            {
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "delete_alias": delete_alias,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def get_friend(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Get what an account keeps about one friend.

        Returns the alias and extensions that `account_id` keeps about one of its
        friends.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            friend_account_id: The friend to look up. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/friends/{account_id}``
        (operation ``v2.friend.getFriend`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                self._client._call(
                    _GET_FRIEND,
                    {
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def handle_friend_addition(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Literal[3, 4] | None = None,
        alias: str | None = None,
        extension: str | None = None,
        customer_extension: str | None = None,
        postscript: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Accept or decline a friend request.

        Answers a friend request that `friend_account_id` sent to `account_id`: `type` 3
        (the default) accepts it and makes them friends, 4 declines it. On acceptance
        the alias and extensions are what `account_id` keeps about the new friend;
        `postscript` is shown to the requester.

        Args:
            account_id: The account that received the request and answers it. 1 to 32
                characters.
            friend_account_id: The account that sent the request. 1 to 32 characters.
            type: 3 accepts the request (the default), 4 declines it. One of 3, 4. The
                server's default is 3.
            alias: The name `account_id` gives the new friend. At most 128 characters.
            extension: Extension text of the friendship that clients and the server may
                both read and write. At most 256 characters.
            customer_extension: Extension text that only the server API writes; clients
                pass it through unread.
            postscript: Text shown to the requester with the answer.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/friends/actions/handle_friend_addition``
        (operation ``v2.friend.handleFriendAddition`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                self._client._call(
                    _HANDLE_FRIEND_ADDITION,
                    {
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                        "type": type,
                        "alias": alias,
                        "extension": extension,
                        "customer_extension": customer_extension,
                        "postscript": postscript,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def list_friends(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2FriendListFriendsData, V2FriendListItem]:
        """List an account's friends.

        Returns one page of the friends of an account with the alias and extensions it
        keeps about each. Pass the `next_token` of a page as `page_token` to get the
        next one while `has_more` is true.

        Args:
            account_id: The account whose friends to list. 1 to 32 characters.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            limit: The most friends to return in one page; 100 when left out. At least
                1; at most 100. The server's default is 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2FriendListFriendsData), `.items`
                its `items`; iterating the page yields every item (V2FriendListItem) of
                it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/friends``
        (operation ``v2.friend.listFriends`` in the spec).
        """
        return _cast(
            "Page[V2FriendListFriendsData, V2FriendListItem]",
            self._client._page(
                _LIST_FRIENDS,
                {
                    "account_id": account_id,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    def update_friend(
        self,
        *,
        account_id: str,
        friend_account_id: str | None = None,
        alias: str | None = None,
        extension: str | None = None,
        customer_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Change what an account keeps about a friend.

        Changes the alias and extensions that `account_id` keeps about one of its
        friends and returns them as they are now. Only the keys sent change.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            friend_account_id: The friend to change. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            alias: The new name the account gives the friend. At most 128 characters.
            extension: New extension text that clients and the server may both read and
                write. At most 256 characters.
            customer_extension: New extension text that only the server API writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2.1/friends/{account_id}``
        (operation ``v2.friend.updateFriend`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                self._client._call(
                    _UPDATE_FRIEND,
                    {
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                        "alias": alias,
                        "extension": extension,
                        "customer_extension": customer_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2FriendOperations:
    """The v2 ``friend`` operations, reached as ``client.v2.friend`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_friend(
        self,
        *,
        type: Literal[1, 2] | None = None,
        account_id: str | None = None,
        friend_account_id: str | None = None,
        alias: str | None = None,
        extension: str | None = None,
        customer_extension: str | None = None,
        postscript: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Add a friend or send a friend request.

        Makes `friend_account_id` a friend of `account_id` at once (`type` 1), or sends
        it a friend request that it can accept or decline (`type` 2, answered with
        `handleFriendAddition`). The alias and extensions are what `account_id` keeps
        about the new friend.

        Args:
            type: 1 adds the friend directly, 2 sends a friend request that needs an
                answer. One of 1, 2. The spec doubts some of these rules: a value that
                breaks only those is sent, with a SpecDoubtWarning.
            account_id: The account that adds the friend. 1 to 32 characters. Required
                by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            friend_account_id: The account to add as a friend. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            alias: The name `account_id` gives the friend (备注名). At most 128 characters.
            extension: Extension text of the friendship that clients and the server may
                both read and write. At most 256 characters.
            customer_extension: Extension text that only the server API writes; clients
                pass it through unread.
            postscript: Text shown to `friend_account_id` with the request.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/friends``
        (operation ``v2.friend.addFriend`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                await self._client._call(
                    _ADD_FRIEND,
                    {
                        "type": type,
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                        "alias": alias,
                        "extension": extension,
                        "customer_extension": customer_extension,
                        "postscript": postscript,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def delete_friend(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        delete_alias: bool | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Remove a friend.

        Ends the friendship between `account_id` and `friend_account_id`. With
        `delete_alias` true the name `account_id` gave that friend is removed as well;
        otherwise it is kept.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            friend_account_id: The friend to remove. 1 to 32 characters.
            delete_alias: Also remove the name the account gave that friend.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            None: the answer (`code` 200) carries no data.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``DELETE /im/v2/friends/{account_id}``
        (operation ``v2.friend.deleteFriend`` in the spec).
        """
        await self._client._call(
            _DELETE_FRIEND,
            {
                "account_id": account_id,
                "friend_account_id": friend_account_id,
                "delete_alias": delete_alias,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def get_friend(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Get what an account keeps about one friend.

        Returns the alias and extensions that `account_id` keeps about one of its
        friends.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            friend_account_id: The friend to look up. 1 to 32 characters.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/friends/{account_id}``
        (operation ``v2.friend.getFriend`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                await self._client._call(
                    _GET_FRIEND,
                    {
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def handle_friend_addition(
        self,
        *,
        account_id: str,
        friend_account_id: str,
        type: Literal[3, 4] | None = None,
        alias: str | None = None,
        extension: str | None = None,
        customer_extension: str | None = None,
        postscript: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Accept or decline a friend request.

        Answers a friend request that `friend_account_id` sent to `account_id`: `type` 3
        (the default) accepts it and makes them friends, 4 declines it. On acceptance
        the alias and extensions are what `account_id` keeps about the new friend;
        `postscript` is shown to the requester.

        Args:
            account_id: The account that received the request and answers it. 1 to 32
                characters.
            friend_account_id: The account that sent the request. 1 to 32 characters.
            type: 3 accepts the request (the default), 4 declines it. One of 3, 4. The
                server's default is 3.
            alias: The name `account_id` gives the new friend. At most 128 characters.
            extension: Extension text of the friendship that clients and the server may
                both read and write. At most 256 characters.
            customer_extension: Extension text that only the server API writes; clients
                pass it through unread.
            postscript: Text shown to the requester with the answer.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2.1/friends/actions/handle_friend_addition``
        (operation ``v2.friend.handleFriendAddition`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                await self._client._call(
                    _HANDLE_FRIEND_ADDITION,
                    {
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                        "type": type,
                        "alias": alias,
                        "extension": extension,
                        "customer_extension": customer_extension,
                        "postscript": postscript,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def list_friends(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2FriendListFriendsData, V2FriendListItem]:
        """List an account's friends.

        Returns one page of the friends of an account with the alias and extensions it
        keeps about each. Pass the `next_token` of a page as `page_token` to get the
        next one while `has_more` is true.

        Args:
            account_id: The account whose friends to list. 1 to 32 characters.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            limit: The most friends to return in one page; 100 when left out. At least
                1; at most 100. The server's default is 100.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2FriendListFriendsData), `.items`
                its `items`; iterating the page yields every item (V2FriendListItem) of
                it and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2.1/friends``
        (operation ``v2.friend.listFriends`` in the spec).
        """
        return _cast(
            "AsyncPage[V2FriendListFriendsData, V2FriendListItem]",
            await self._client._page(
                _LIST_FRIENDS,
                {
                    "account_id": account_id,
                    "page_token": page_token,
                    "limit": limit,
                },
                "items",
                "cursor",
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )

    async def update_friend(
        self,
        *,
        account_id: str,
        friend_account_id: str | None = None,
        alias: str | None = None,
        extension: str | None = None,
        customer_extension: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2FriendInfo:
        """Change what an account keeps about a friend.

        Changes the alias and extensions that `account_id` keeps about one of its
        friends and returns them as they are now. Only the keys sent change.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            friend_account_id: The friend to change. 1 to 32 characters. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            alias: The new name the account gives the friend. At most 128 characters.
            extension: New extension text that clients and the server may both read and
                write. At most 256 characters.
            customer_extension: New extension text that only the server API writes.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2FriendInfo: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``PATCH /im/v2.1/friends/{account_id}``
        (operation ``v2.friend.updateFriend`` in the spec).
        """
        return _cast(
            "V2FriendInfo",
            _answer_data(
                await self._client._call(
                    _UPDATE_FRIEND,
                    {
                        "account_id": account_id,
                        "friend_account_id": friend_account_id,
                        "alias": alias,
                        "extension": extension,
                        "customer_extension": customer_extension,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
