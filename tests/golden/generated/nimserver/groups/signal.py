# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``signal/``: Signalling."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from ..types import (
    Envelope,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncSignalGroup", "SignalGroup"]

_INVITE = Endpoint(
    "signal/invite.action",
    (
        Field("channelId", "channel_id", Str(), required=True),
        Field("account", "account", Str(min_length=1, max_length=32), required=True),
        Field(
            "requestId",
            "request_id",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether an invitation without requestId is refused; one SDK always sends one.",
                    "One signal/invite call without requestId.",
                ),
            ),
        ),
    ),
)


class SignalGroup:
    """Operations under ``signal/``, reached as ``client.signal``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def invite(
        self,
        *,
        channel_id: str,
        account: str,
        request_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Invite an account to a channel.

        Invites `account` to the channel; `request_id` names the invitation.

        Args:
            channel_id: The channel.
            account: Account id. 1 to 32 characters.
            request_id: Id of this invitation, to cancel it later. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``POST /nimserver/signal/invite.action``
        (operation ``signalInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            self._client._call(
                _INVITE,
                {
                    "channelId": channel_id,
                    "account": account,
                    "requestId": request_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncSignalGroup:
    """Operations under ``signal/``, reached as ``client.signal`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def invite(
        self,
        *,
        channel_id: str,
        account: str,
        request_id: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> Envelope:
        """Invite an account to a channel.

        Invites `account` to the channel; `request_id` names the invitation.

        Args:
            channel_id: The channel.
            account: Account id. 1 to 32 characters.
            request_id: Id of this invitation, to cancel it later. Required by the spec,
                which doubts it: left out, the call is sent with a SpecDoubtWarning.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            Envelope: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Calls ``POST /nimserver/signal/invite.action``
        (operation ``signalInvite`` in the spec).
        """
        return _cast(
            "Envelope",
            await self._client._call(
                _INVITE,
                {
                    "channelId": channel_id,
                    "account": account,
                    "requestId": request_id,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
