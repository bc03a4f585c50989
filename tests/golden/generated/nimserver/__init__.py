# Generated from spec/ by `python -m generator`; do not edit.
"""Golden API: a typed Python client.

Create a :class:`NimClient` (or :class:`AsyncNimClient`) and call
``client.<group>.<operation>(...)`` (v1) or ``client.v2.<module>.<operation>(...)``
(the v2 REST API). To receive message copies and
third-party callbacks, ``from nimserver import callbacks`` (loaded on demand,
like ``nimserver.types``).
"""

from ._base_client import ResponseCapture, capture_responses
from ._callbacks import InvalidCallback
from ._client import AsyncNimClient, NimClient, Region
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
    "STATUS_CODES",
    "StatusCode",
    "TimeoutError",
    "TransportError",
]
