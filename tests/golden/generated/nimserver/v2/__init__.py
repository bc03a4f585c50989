# Generated from spec/ by `python -m generator`; do not edit.
"""The IM v2 REST API, reached as ``client.v2``: one attribute per module of operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient
    from .team import AsyncV2TeamOperations, V2TeamOperations

__all__ = ["AsyncV2", "V2"]


class V2:
    """The v2 modules of a NimClient: ``client.v2.<module>.<method>(...)``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        safe_to_repeat: bool = False,
        call_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Call any v2 path the client does not describe; returns the whole answer (``code``, ``msg``, ``data``).

        ``path`` is relative to the base URL (``"im/v2/accounts/zhangsan"``),
        with path values already percent-encoded; query values are sent as text
        (``true``/``false``, decimal numbers, lists and dicts as JSON); ``body``
        is sent as JSON, when given. Signing, retries, the timeout, errors and
        logging are those of the typed methods; set ``safe_to_repeat=True`` only
        for an operation that merely reads.
        """
        return self._client._request_v2(
            method, path, query, body, safe_to_repeat, call_request_id
        )

    @cached_property
    def team(self) -> V2TeamOperations:
        """The operations of the v2 ``team`` module."""
        from .team import V2TeamOperations

        return V2TeamOperations(self._client)


class AsyncV2:
    """The v2 modules of an AsyncNimClient: ``client.v2.<module>.<method>(...)``."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        safe_to_repeat: bool = False,
        call_request_id: str | None = None,
    ) -> dict[str, Any]:
        """Call any v2 path the client does not describe; returns the whole answer (``code``, ``msg``, ``data``).

        ``path`` is relative to the base URL (``"im/v2/accounts/zhangsan"``),
        with path values already percent-encoded; query values are sent as text
        (``true``/``false``, decimal numbers, lists and dicts as JSON); ``body``
        is sent as JSON, when given. Signing, retries, the timeout, errors and
        logging are those of the typed methods; set ``safe_to_repeat=True`` only
        for an operation that merely reads.
        """
        return await self._client._request_v2(
            method, path, query, body, safe_to_repeat, call_request_id
        )

    @cached_property
    def team(self) -> AsyncV2TeamOperations:
        """The operations of the v2 ``team`` module."""
        from .team import AsyncV2TeamOperations

        return AsyncV2TeamOperations(self._client)
