# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``block`` operations, reached as ``client.v2.block``: The contacts an account
blocked (黑名单): their messages are not delivered.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Number, Str
from .._doubts import Doubted, SpecDoubt
from .._fields import Endpoint, Field
from .._paging import AsyncPage, Page
from .._paging import answer_data as _answer_data
from ..types import (
    V2BlockListBlockContactsData,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2BlockOperations", "V2BlockOperations"]

_ADD_BLOCK_CONTACT = Endpoint(
    "im/v2/block_contacts",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `account_id` must be given.",
                    "One block call without `account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "contact_account_id",
            "contact_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `contact_account_id` must be given.",
                    "One block call without `contact_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_LIST_BLOCK_CONTACTS = Endpoint(
    "im/v2/block_contacts",
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
            Doubted(
                Number(integral=True, minimum=1, maximum=100),
                Number(integral=True),
                (
                    SpecDoubt(
                        "limit",
                        "Whether `limit` may be at most 100 on the block list; 100 is the limit of the other v2 lists, not read on this page.",
                        "One call with limit 101: refused (or capped at 100 items) means the limit holds.",
                    ),
                ),
            ),
            where="query",
        ),
    ),
    safe_to_repeat=True,
    method="GET",
    rest=True,
)

_REMOVE_BLOCK_CONTACT = Endpoint(
    "im/v2/block_contacts/{account_id}",
    (
        Field(
            "account_id",
            "account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="path",
        ),
        Field(
            "contact_account_id",
            "contact_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            where="query",
        ),
    ),
    method="DELETE",
    rest=True,
)


class V2BlockOperations:
    """The v2 ``block`` operations, reached as ``client.v2.block``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def add_block_contact(
        self,
        *,
        account_id: str | None = None,
        contact_account_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Block a contact for an account.

        Puts `contact_account_id` on the blocklist of `account_id`: messages the blocked
        account sends to `account_id` are no longer delivered. An account can block at
        most 3000 contacts.

        Args:
            account_id: The account whose blocklist changes. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            contact_account_id: The account to block. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
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

        Calls ``POST /im/v2/block_contacts``
        (operation ``v2.block.addBlockContact`` in the spec).
        """
        self._client._call(
            _ADD_BLOCK_CONTACT,
            {
                "account_id": account_id,
                "contact_account_id": contact_account_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    def list_block_contacts(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Page[V2BlockListBlockContactsData, str]:
        """List the contacts an account blocked.

        Returns one page of the account ids on the blocklist of an account. Pass the
        `next_token` of a page as `page_token` to get the next one while `has_more` is
        true.

        Args:
            account_id: The account whose blocklist to return. 1 to 32 characters.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            limit: The most account ids to return in one page. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2BlockListBlockContactsData),
                `.items` its `items`; iterating the page yields every item (str) of it
                and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/block_contacts``
        (operation ``v2.block.listBlockContacts`` in the spec).
        """
        return _cast(
            "Page[V2BlockListBlockContactsData, str]",
            self._client._page(
                _LIST_BLOCK_CONTACTS,
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

    def remove_block_contact(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Unblock a contact for an account.

        Takes `contact_account_id` off the blocklist of the account in the path, so that
        its messages are delivered again.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            contact_account_id: The account to unblock. 1 to 32 characters.
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

        Calls ``DELETE /im/v2/block_contacts/{account_id}``
        (operation ``v2.block.removeBlockContact`` in the spec).
        """
        self._client._call(
            _REMOVE_BLOCK_CONTACT,
            {
                "account_id": account_id,
                "contact_account_id": contact_account_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )


class AsyncV2BlockOperations:
    """The v2 ``block`` operations, reached as ``client.v2.block`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def add_block_contact(
        self,
        *,
        account_id: str | None = None,
        contact_account_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Block a contact for an account.

        Puts `contact_account_id` on the blocklist of `account_id`: messages the blocked
        account sends to `account_id` are no longer delivered. An account can block at
        most 3000 contacts.

        Args:
            account_id: The account whose blocklist changes. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            contact_account_id: The account to block. 1 to 32 characters. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
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

        Calls ``POST /im/v2/block_contacts``
        (operation ``v2.block.addBlockContact`` in the spec).
        """
        await self._client._call(
            _ADD_BLOCK_CONTACT,
            {
                "account_id": account_id,
                "contact_account_id": contact_account_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )

    async def list_block_contacts(
        self,
        *,
        account_id: str,
        page_token: str | None = None,
        limit: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> AsyncPage[V2BlockListBlockContactsData, str]:
        """List the contacts an account blocked.

        Returns one page of the account ids on the blocklist of an account. Pass the
        `next_token` of a page as `page_token` to get the next one while `has_more` is
        true.

        Args:
            account_id: The account whose blocklist to return. 1 to 32 characters.
            page_token: The `next_token` of the previous page; the first page when left
                out.
            limit: The most account ids to return in one page. At least 1; at most 100.
                The spec doubts some of these rules: a value that breaks only those is
                sent, with a SpecDoubtWarning.
            call_extra_fields: Query parameters the spec does not describe, by wire name, sent
                along as text; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            The first page: `.data` is its `data` (V2BlockListBlockContactsData),
                `.items` its `items`; iterating the page yields every item (str) of it
                and of the pages after it.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``GET /im/v2/block_contacts``
        (operation ``v2.block.listBlockContacts`` in the spec).
        """
        return _cast(
            "AsyncPage[V2BlockListBlockContactsData, str]",
            await self._client._page(
                _LIST_BLOCK_CONTACTS,
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

    async def remove_block_contact(
        self,
        *,
        account_id: str,
        contact_account_id: str,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> None:
        """Unblock a contact for an account.

        Takes `contact_account_id` off the blocklist of the account in the path, so that
        its messages are delivered again.

        Args:
            account_id: The IM account id. 1 to 32 characters.
            contact_account_id: The account to unblock. 1 to 32 characters.
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

        Calls ``DELETE /im/v2/block_contacts/{account_id}``
        (operation ``v2.block.removeBlockContact`` in the spec).
        """
        await self._client._call(
            _REMOVE_BLOCK_CONTACT,
            {
                "account_id": account_id,
                "contact_account_id": contact_account_id,
            },
            extra_fields=call_extra_fields,
            request_id=call_request_id,
        )
