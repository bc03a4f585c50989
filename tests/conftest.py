"""Shared fixtures: the repository on sys.path, the spec, the fake server."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
SPEC = REPOSITORY / "spec" / "openapi.yaml"
GENERATED = REPOSITORY / "generated"

for entry in (REPOSITORY, GENERATED):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

from generator.load import SpecDict, load_spec  # noqa: E402
from tests.fakenim import FakeNim  # noqa: E402


@pytest.fixture(scope="session")
def spec_document() -> SpecDict:
    return load_spec(SPEC)


@pytest.fixture(scope="session")
def fake_nim_server(spec_document: SpecDict) -> Iterator[FakeNim]:
    with FakeNim(spec_document, app_key="test-key", app_secret="test-secret") as server:
        yield server


@pytest.fixture
def fake_nim(fake_nim_server: FakeNim) -> FakeNim:
    fake_nim_server.reset()
    return fake_nim_server
