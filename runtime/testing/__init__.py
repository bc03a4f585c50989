"""A test double of the Yunxin IM server, built from the same spec as the client.

Needs the ``testing`` extra (``pip install "nimserver[testing]"``, which adds
``jsonschema``)::

    from nimserver.testing import FakeNim

    fake = FakeNim()
    with fake.client() as client:  # in process, no socket
        client.user.create(accid="zhangsan")
    with fake.serve() as base_url:  # a real HTTP server on loopback
        ...

The pytest plugin (``nimserver.testing.pytest_plugin``, loaded automatically
when the package is installed) adds the fixtures ``nim_fake`` and
``nim_client``.
"""

from __future__ import annotations

from .._doubts import DoubtMet
from ._checks import CURTIME_WINDOW, RefusedError
from ._fake import Answer, FakeNim, Fault, MessageCopy, RecordedRequest

__all__ = [
    "CURTIME_WINDOW",
    "Answer",
    "DoubtMet",
    "FakeNim",
    "Fault",
    "MessageCopy",
    "RecordedRequest",
    "RefusedError",
]
