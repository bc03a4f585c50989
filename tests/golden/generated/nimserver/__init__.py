# Generated from spec/ by `python -m generator`; do not edit.
"""Golden API: a typed Python client.

Create a :class:`NimClient` (or :class:`AsyncNimClient`) and call
``client.<group>.<operation>(...)`` (v1) or ``client.v2.<module>.<operation>(...)``
(the v2 REST API). To receive message copies and
third-party callbacks, ``from nimserver import callbacks`` (loaded on demand,
like ``nimserver.types``).
"""

from typing import TYPE_CHECKING, Any

from ._base_client import ResponseCapture, capture_responses
from ._client import AsyncNimClient, NimClient, Region
from ._doubts import SpecDoubts, SpecDoubtWarning
from ._errors import ApiError, NimError, TimeoutError, TransportError
from ._fields import FileInput
from ._paging import AsyncPage, Page, PagingError
from ._status import (
    InvalidParameterError,
    RateLimitedError,
    STATUS_CODES,
    StatusCode,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._callbacks import InvalidCallback


def __getattr__(name: str) -> Any:
    # The callback checks load when first used: a program that only calls the API never pays for them.
    if name == "InvalidCallback":
        from ._callbacks import InvalidCallback

        return InvalidCallback
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "__version__",
    "ApiError",
    "AsyncNimClient",
    "AsyncPage",
    "capture_responses",
    "FileInput",
    "InvalidCallback",
    "InvalidParameterError",
    "NimClient",
    "NimError",
    "Page",
    "PagingError",
    "RateLimitedError",
    "Region",
    "ResponseCapture",
    "SpecDoubts",
    "SpecDoubtWarning",
    "STATUS_CODES",
    "StatusCode",
    "TimeoutError",
    "TransportError",
]
