# Generated from spec/ by `python -m generator`; do not edit.
"""NetEase Yunxin IM server API (nimserver v1): a typed Python client.

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
    DuplicateError,
    ForbiddenError,
    InvalidParameterError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    STATUS_CODES,
    StatusCode,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._answers import Difference, check_answer
    from ._callbacks import InvalidCallback
    from ._conform import run_conformance
    from ._drift import DriftRecorder


def __getattr__(name: str) -> Any:
    # The callback checks, the answer checks and the conformance run load when first used:
    # a program that only calls the API never pays for them.
    if name == "InvalidCallback":
        from ._callbacks import InvalidCallback

        return InvalidCallback
    if name in ("Difference", "check_answer"):
        from . import _answers

        return getattr(_answers, name)
    if name == "DriftRecorder":
        from ._drift import DriftRecorder

        return DriftRecorder
    if name == "run_conformance":
        from ._conform import run_conformance

        return run_conformance
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "__version__",
    "ApiError",
    "AsyncNimClient",
    "AsyncPage",
    "capture_responses",
    "check_answer",
    "Difference",
    "DriftRecorder",
    "DuplicateError",
    "FileInput",
    "ForbiddenError",
    "InvalidCallback",
    "InvalidParameterError",
    "NimClient",
    "NimError",
    "NotFoundError",
    "Page",
    "PagingError",
    "RateLimitedError",
    "Region",
    "ResponseCapture",
    "run_conformance",
    "ServerError",
    "SpecDoubts",
    "SpecDoubtWarning",
    "STATUS_CODES",
    "StatusCode",
    "TimeoutError",
    "TransportError",
]
