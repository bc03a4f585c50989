# Generated from spec/ by `python -m generator`; do not edit.
"""Operations under ``job/``: Uploading files to NetEase storage and cleaning them up."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from typing import cast as _cast
from .._checks import Number, Str
from .._fields import Endpoint, Field
from ..types import (
    JobNosDelResponse,
)

if TYPE_CHECKING:
    from .._base_client import AsyncBaseClient, SyncBaseClient

__all__ = ["AsyncJobGroup", "JobGroup"]

_NOS_DEL = Endpoint(
    "job/nos/del.action",
    (
        Field(
            "startTime",
            "start_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field(
            "endTime",
            "end_time",
            Number(integral=True, format="int64", digits=True),
            required=True,
        ),
        Field("contentType", "content_type", Str()),
        Field("tag", "tag", Str()),
    ),
)


class JobGroup:
    """Operations under ``job/``, reached as ``client.job``."""

    def __init__(self, client: SyncBaseClient) -> None:
        self._client = client

    def nos_del(
        self,
        *,
        start_time: int | str,
        end_time: int | str,
        content_type: str | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> JobNosDelResponse:
        """Submit a cleanup job for uploaded files.

        Starts a background job that deletes the files uploaded to NetEase storage
        within a time range, optionally only those of a MIME type or a scene tag, and
        returns the job's id. The limit is very low (5 calls a day), so plan cleanups in
        advance.

        Args:
            start_time: Start of the upload-time range of the files to delete, in
                milliseconds since the epoch.
            end_time: End of the upload-time range of the files to delete, in
                milliseconds since the epoch.
            content_type: Only delete files whose MIME type contains this text, such as
                `image`.
            tag: Only delete files uploaded with exactly this scene tag.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            JobNosDelResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 5 calls/day per app; blocked for 1 day when exceeded.

        Calls ``POST /nimserver/job/nos/del.action``
        (operation ``jobNosDel`` in the spec).
        """
        return _cast(
            "JobNosDelResponse",
            self._client._call(
                _NOS_DEL,
                {
                    "startTime": start_time,
                    "endTime": end_time,
                    "contentType": content_type,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )


class AsyncJobGroup:
    """Operations under ``job/``, reached as ``client.job`` of an AsyncNimClient."""

    def __init__(self, client: AsyncBaseClient) -> None:
        self._client = client

    async def nos_del(
        self,
        *,
        start_time: int | str,
        end_time: int | str,
        content_type: str | None = None,
        tag: str | None = None,
        call_extra_fields: Mapping[str, object] | None = None,
        call_request_id: str | None = None,
    ) -> JobNosDelResponse:
        """Submit a cleanup job for uploaded files.

        Starts a background job that deletes the files uploaded to NetEase storage
        within a time range, optionally only those of a MIME type or a scene tag, and
        returns the job's id. The limit is very low (5 calls a day), so plan cleanups in
        advance.

        Args:
            start_time: Start of the upload-time range of the files to delete, in
                milliseconds since the epoch.
            end_time: End of the upload-time range of the files to delete, in
                milliseconds since the epoch.
            content_type: Only delete files whose MIME type contains this text, such as
                `image`.
            tag: Only delete files uploaded with exactly this scene tag.
            call_extra_fields: Form fields the spec does not describe, by wire name, sent
                along (coerced like any field); a field this method has is refused.
            call_request_id: The call's RequestId, kept across retries; give your own to
                repeat a write safely (the server drops a repeated id).

        Returns:
            JobNosDelResponse: the response body (`code` 200) with its payload.

        Raises:
            ApiError: The server answered with another `code`.
            TransportError: No usable answer came back.

        Rate limit: 5 calls/day per app; blocked for 1 day when exceeded.

        Calls ``POST /nimserver/job/nos/del.action``
        (operation ``jobNosDel`` in the spec).
        """
        return _cast(
            "JobNosDelResponse",
            await self._client._call(
                _NOS_DEL,
                {
                    "startTime": start_time,
                    "endTime": end_time,
                    "contentType": content_type,
                    "tag": tag,
                },
                extra_fields=call_extra_fields,
                request_id=call_request_id,
            ),
        )
