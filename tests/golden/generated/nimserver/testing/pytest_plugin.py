# Copied from runtime/testing/pytest_plugin.py by `python -m generator`; do not edit.
"""The pytest plugin of nimserver: fixtures bound to a fresh FakeNim.

Registered under the ``pytest11`` entry point, so pytest loads it whenever
the package is installed; it imports the test double (and jsonschema) only
when a test asks for one of its fixtures.

- ``nim_fake``: a fresh :class:`nimserver.testing.FakeNim` for each test.
- ``nim_client``: a :class:`nimserver.NimClient` that calls ``nim_fake`` in
  process (no socket), with retries off so that injected faults surface.
- ``nim_async_client``: the same as an :class:`nimserver.AsyncNimClient`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .._client import AsyncNimClient, NimClient
    from . import FakeNim


@pytest.fixture
def nim_fake() -> FakeNim:
    from . import FakeNim

    return FakeNim()


@pytest.fixture
def nim_client(nim_fake: FakeNim) -> Iterator[NimClient]:
    with nim_fake.client(max_retries=0) as client:
        yield client


@pytest.fixture
def nim_async_client(nim_fake: FakeNim) -> AsyncNimClient:
    return nim_fake.async_client(max_retries=0)
