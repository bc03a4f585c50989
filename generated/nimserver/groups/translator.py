# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``translator/``: Machine translation of text messages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from ..types import (
    TranslatorTextMsgResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncTranslatorGroup", "TranslatorGroup"]

_TEXT_MSG = Endpoint(
    "translator/textMsg.action",
    (
        Field(
            "accid",
            "accid",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether accid is required.",
                    "One translator/textMsg call without accid: code 414 means required.",
                ),
            ),
        ),
        Field(
            "text",
            "text",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether text is required.",
                    "One translator/textMsg call without text: code 414 means required.",
                ),
            ),
        ),
        Field(
            "to",
            "to",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether to is required.",
                    "One translator/textMsg call without to: code 414 means required.",
                ),
            ),
        ),
        Field("from", "from_", Str()),
    ),
    safe_to_repeat=True,
)


class TranslatorGroup:
    """Operations under ``translator/``, reached as ``client.translator``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def text_msg(
        self,
        *,
        accid: str | None = None,
        text: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TranslatorTextMsgResponse:
        """Translate a text.

        Machine-translates a piece of text into a target language on behalf of an IM
        account. When no source language is given, the server detects it.

        Args:
            accid: Account on whose behalf the text is translated. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            text: The text to translate. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            to: Code of the language to translate into. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            from_: Code of the language of `text`; detected automatically when omitted.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TranslatorTextMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/translator/textMsg.action``
        (operation ``translatorTextMsg`` in the spec).
        """
        return _cast(
            "TranslatorTextMsgResponse",
            self._client._call(
                _TEXT_MSG,
                {
                    "accid": accid,
                    "text": text,
                    "to": to,
                    "from": from_,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncTranslatorGroup:
    """Operations under ``translator/``, reached as ``client.translator`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def text_msg(
        self,
        *,
        accid: str | None = None,
        text: str | None = None,
        to: str | None = None,
        from_: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> TranslatorTextMsgResponse:
        """Translate a text.

        Machine-translates a piece of text into a target language on behalf of an IM
        account. When no source language is given, the server detects it.

        Args:
            accid: Account on whose behalf the text is translated. 1 to 32 characters.
                Required by the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            text: The text to translate. Required by the spec, which doubts it: left
                out, the call is sent with a SpecDoubtWarning.
            to: Code of the language to translate into. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            from_: Code of the language of `text`; detected automatically when omitted.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            TranslatorTextMsgResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Safe to repeat: it only reads, so timeouts are retried too.

        Rate limit: 100 calls/s per app; blocked for 10 s when exceeded.

        Calls ``POST /nimserver/translator/textMsg.action``
        (operation ``translatorTextMsg`` in the spec).
        """
        return _cast(
            "TranslatorTextMsgResponse",
            await self._client._call(
                _TEXT_MSG,
                {
                    "accid": accid,
                    "text": text,
                    "to": to,
                    "from": from_,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
