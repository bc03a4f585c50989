# Generated from spec/ by `python -m generator`; do not edit.
"""Golden API: a typed Python client.

Create a :class:`NimClient` (or :class:`AsyncNimClient`) and call
``client.<group>.<operation>(...)`` (v1) or ``client.v2.<module>.<operation>(...)``
(the v2 REST API). To receive message copies and
third-party callbacks, ``from nimserver import callbacks`` (loaded on demand,
like ``nimserver.types``).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._client import AsyncNimClient, NimClient, Region
from ._errors import ApiError, NimError, TimeoutError, TransportError
from ._options import SpecDoubts
from ._status import (
    InvalidParameterError,
    RateLimitedError,
    STATUS_CODES,
    StatusCode,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._answers import Difference, check_answer
    from ._call import ResponseCapture, capture_responses
    from ._callbacks import InvalidCallback
    from ._conform import run_conformance
    from ._doubts import SpecDoubtWarning
    from ._drift import DriftRecorder
    from ._fields import FileInput
    from ._paging import AsyncPage, Page, PagingError

# Names whose modules load when first used: the call machinery, the argument checks and paging with a
# program's first call (or its first use of these names), the callback checks, the answer checks and
# the conformance run only in a program that uses them.
_LOADED_ON_USE = {
    "AsyncPage": "_paging",
    "Page": "_paging",
    "PagingError": "_paging",
    "FileInput": "_fields",
    "SpecDoubtWarning": "_doubts",
    "ResponseCapture": "_call",
    "capture_responses": "_call",
    "InvalidCallback": "_callbacks",
    "Difference": "_answers",
    "check_answer": "_answers",
    "DriftRecorder": "_drift",
    "run_conformance": "_conform",
}


def __getattr__(name: str) -> Any:
    module = _LOADED_ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


__all__ = [
    "__version__",
    "ApiError",
    "AsyncNimClient",
    "AsyncPage",
    "capture_responses",
    "check_answer",
    "Difference",
    "DriftRecorder",
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
    "run_conformance",
    "SpecDoubts",
    "SpecDoubtWarning",
    "STATUS_CODES",
    "StatusCode",
    "TimeoutError",
    "TransportError",
]
