# Generated from spec/ by `python -m generator`; do not edit.
"""The v2 ``tool`` operations, reached as ``client.v2.tool``: Speech-to-text and text
translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Number, Str
from .._doubts import SpecDoubt
from .._fields import Endpoint, Field
from .._paging import answer_data as _answer_data
from .. import _shapes
from ..types import (
    V2ToolAsrData,
    V2ToolTranslateTextData,
    V2ToolTranslateTextTranslatorConfig,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncV2ToolOperations", "V2ToolOperations"]

_ASR = Endpoint(
    "im/v2/tools/asr",
    (
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given; from the Go SDK's comments.",
                    "One speech-to-text call without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "format",
            "format",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `format` must be given; from the Go SDK's comments.",
                    "One speech-to-text call without `format`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "url",
            "url",
            Str(),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `url` must be given; from the Go SDK's comments.",
                    "One speech-to-text call without `url`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "sample_rate", "sample_rate", Number(integral=True, minimum=1), where="body"
        ),
        Field("duration", "duration", Number(integral=True, minimum=0), where="body"),
    ),
    method="POST",
    rest=True,
    has_body=True,
)

_TRANSLATE_TEXT = Endpoint(
    "im/v2/translations",
    (
        Field(
            "operator_account_id",
            "operator_account_id",
            Str(min_length=1, max_length=32),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `operator_account_id` must be given; from the Go SDK's comments.",
                    "One translation without `operator_account_id`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "source_text",
            "source_text",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `source_text` must be given; from the Go SDK's comments.",
                    "One translation without `source_text`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field("source_language", "source_language", Str(), where="body"),
        Field(
            "target_language",
            "target_language",
            Str(min_length=1),
            required=True,
            required_doubts=(
                SpecDoubt(
                    "required",
                    "Whether `target_language` must be given; from the Go SDK's comments.",
                    "One translation without `target_language`: code 414 means required.",
                ),
            ),
            where="body",
        ),
        Field(
            "translator_config",
            "translator_config",
            _shapes.V2ToolTranslateTextTranslatorConfig,
            where="body",
        ),
    ),
    method="POST",
    rest=True,
    has_body=True,
)


class V2ToolOperations:
    """The v2 ``tool`` operations, reached as ``client.v2.tool``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def asr(
        self,
        *,
        operator_account_id: str | None = None,
        format: str | None = None,
        url: str | None = None,
        sample_rate: int | None = None,
        duration: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ToolAsrData:
        """Turn a voice recording into text.

        Recognises the speech in an audio file reachable by URL (such as the file of an
        audio message) and returns the text. The speech-to-text feature must be enabled
        for the app.

        Args:
            operator_account_id: The account on whose behalf the audio is recognised. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            format: The audio format, such as `wav`, `opus`, `mp3` or `aac`. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            url: Where the server downloads the audio. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            sample_rate: The sample rate of the audio, in Hz. At least 1.
            duration: The length of the audio, in milliseconds. At least 0.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ToolAsrData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/tools/asr``
        (operation ``v2.tool.asr`` in the spec).
        """
        return _cast(
            "V2ToolAsrData",
            _answer_data(
                self._client._call(
                    _ASR,
                    {
                        "operator_account_id": operator_account_id,
                        "format": format,
                        "url": url,
                        "sample_rate": sample_rate,
                        "duration": duration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    def translate_text(
        self,
        *,
        operator_account_id: str | None = None,
        source_text: str | None = None,
        source_language: str | None = None,
        target_language: str | None = None,
        translator_config: V2ToolTranslateTextTranslatorConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ToolTranslateTextData:
        """Translate a text.

        Translates a text into the target language and returns the translation with the
        languages used. The source language is detected when left out.

        Args:
            operator_account_id: The account on whose behalf the text is translated. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            source_text: The text to translate. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            source_language: The language of the text; `auto` (the default) detects it.
                The server's default is "auto".
            target_language: The language to translate into. Not empty. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            translator_config: How the translation is made.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ToolTranslateTextData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/translations``
        (operation ``v2.tool.translateText`` in the spec).
        """
        return _cast(
            "V2ToolTranslateTextData",
            _answer_data(
                self._client._call(
                    _TRANSLATE_TEXT,
                    {
                        "operator_account_id": operator_account_id,
                        "source_text": source_text,
                        "source_language": source_language,
                        "target_language": target_language,
                        "translator_config": translator_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )


class AsyncV2ToolOperations:
    """The v2 ``tool`` operations, reached as ``client.v2.tool`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def asr(
        self,
        *,
        operator_account_id: str | None = None,
        format: str | None = None,
        url: str | None = None,
        sample_rate: int | None = None,
        duration: int | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ToolAsrData:
        """Turn a voice recording into text.

        Recognises the speech in an audio file reachable by URL (such as the file of an
        audio message) and returns the text. The speech-to-text feature must be enabled
        for the app.

        Args:
            operator_account_id: The account on whose behalf the audio is recognised. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            format: The audio format, such as `wav`, `opus`, `mp3` or `aac`. Required by
                the spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            url: Where the server downloads the audio. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            sample_rate: The sample rate of the audio, in Hz. At least 1.
            duration: The length of the audio, in milliseconds. At least 0.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ToolAsrData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/tools/asr``
        (operation ``v2.tool.asr`` in the spec).
        """
        return _cast(
            "V2ToolAsrData",
            _answer_data(
                await self._client._call(
                    _ASR,
                    {
                        "operator_account_id": operator_account_id,
                        "format": format,
                        "url": url,
                        "sample_rate": sample_rate,
                        "duration": duration,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )

    async def translate_text(
        self,
        *,
        operator_account_id: str | None = None,
        source_text: str | None = None,
        source_language: str | None = None,
        target_language: str | None = None,
        translator_config: V2ToolTranslateTextTranslatorConfig | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> V2ToolTranslateTextData:
        """Translate a text.

        Translates a text into the target language and returns the translation with the
        languages used. The source language is detected when left out.

        Args:
            operator_account_id: The account on whose behalf the text is translated. 1
                to 32 characters. Required by the spec, which doubts it: left out, the
                call is sent with a SpecDoubtWarning.
            source_text: The text to translate. Not empty. Required by the spec, which
                doubts it: left out, the call is sent with a SpecDoubtWarning.
            source_language: The language of the text; `auto` (the default) detects it.
                The server's default is "auto".
            target_language: The language to translate into. Not empty. Required by the
                spec, which doubts it: left out, the call is sent with a
                SpecDoubtWarning.
            translator_config: How the translation is made.
            call_extra_fields: Body keys the spec does not describe, by wire name, sent
                along as JSON values; a name this method has is refused.
            call_request_id: The call's trace id (the ``X-custom-traceid`` header), kept
                across retries; give your own to follow a call in the server's logs.

        Returns:
            V2ToolTranslateTextData: the answer's `data` (`code` 200).

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 100 calls/s per app on the standard package; blocked for a while
        when exceeded.

        Calls ``POST /im/v2/translations``
        (operation ``v2.tool.translateText`` in the spec).
        """
        return _cast(
            "V2ToolTranslateTextData",
            _answer_data(
                await self._client._call(
                    _TRANSLATE_TEXT,
                    {
                        "operator_account_id": operator_account_id,
                        "source_text": source_text,
                        "source_language": source_language,
                        "target_language": target_language,
                        "translator_config": translator_config,
                    },
                    extra_fields=call_extra_fields,
                    request_id=call_request_id,
                )
            ),
        )
