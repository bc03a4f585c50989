# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``qchat/``: QChat servers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import JsonText, MapOf, Number, Str
from .._fields import Endpoint, Field
from ..types import (
    QchatUpdateServerResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncQchatGroup", "QchatGroup"]

_UPDATE_SERVER = Endpoint(
    "qchat/updateServer.action",
    (
        Field(
            "serverId",
            "server_id",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("accid", "accid", Str(min_length=1, max_length=32), required=True),
        Field("name", "name", Str(max_length=64)),
        Field("custom", "custom", JsonText(MapOf(Str()))),
    ),
)


class QchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def update_server(
        self,
        *,
        server_id: int | str,
        accid: str,
        name: str | None = None,
        custom: dict[str, str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerResponse:
        """Update a QChat server.

        Changes the name or the custom fields of a QChat server and returns it.

        Args:
            server_id: The server to change.
            accid: Account id. 1 to 32 characters.
            name: New server name. At most 64 characters.
            custom: Custom fields of the server. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``POST /nimserver/qchat/updateServer.action``
        (operation ``qchatUpdateServer`` in the spec).
        """
        return _cast(
            "QchatUpdateServerResponse",
            self._client._call(
                _UPDATE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncQchatGroup:
    """Operations under ``qchat/``, reached as ``client.qchat`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def update_server(
        self,
        *,
        server_id: int | str,
        accid: str,
        name: str | None = None,
        custom: dict[str, str] | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> QchatUpdateServerResponse:
        """Update a QChat server.

        Changes the name or the custom fields of a QChat server and returns it.

        Args:
            server_id: The server to change.
            accid: Account id. 1 to 32 characters.
            name: New server name. At most 64 characters.
            custom: Custom fields of the server. Sent as compact JSON; JSON text given
                as a str is checked and sent as is.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            QchatUpdateServerResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``POST /nimserver/qchat/updateServer.action``
        (operation ``qchatUpdateServer`` in the spec).
        """
        return _cast(
            "QchatUpdateServerResponse",
            await self._client._call(
                _UPDATE_SERVER,
                {
                    "serverId": server_id,
                    "accid": accid,
                    "name": name,
                    "custom": custom,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
