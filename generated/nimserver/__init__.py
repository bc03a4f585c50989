"""NetEase Yunxin IM server API (nimserver v1): a typed Python client.

Create a :class:`NimClient` and call ``client.<group>.<operation>(...)``.
"""

from ._client import NimClient, Region
from ._errors import ApiError, NimError, TransportError
from ._fields import FileInput
from ._status import STATUS_CODES, StatusCode
from ._version import __version__

__all__ = [
    "ApiError",
    "FileInput",
    "NimClient",
    "NimError",
    "Region",
    "STATUS_CODES",
    "StatusCode",
    "TransportError",
    "__version__",
]
