"""installed_version reads what importlib.metadata reads, from the name of each .dist-info folder."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

from generator import installed
from generator.cache import TOOLS
from generator.installed import installed_version


def test_every_installed_distribution_has_the_version_importlib_metadata_gives() -> None:
    names = {distribution.metadata["Name"] for distribution in importlib.metadata.distributions()}
    assert set(TOOLS) - {"jsonschema-rs"} <= {name.lower() for name in names}  # the tools the stamp names
    for name in sorted(names):
        assert installed_version(name) == importlib.metadata.version(name), name


def test_names_compare_as_packaging_compares_them_and_the_first_on_the_path_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for folder in ("Some_Project-1.2.0.dist-info", "plain-3.0rc1.dist-info", "no_version.dist-info"):
        (first / folder).mkdir(parents=True)
    (second / "some.project-9.9.dist-info").mkdir(parents=True)
    (second / "other-0.1+local.dist-info").mkdir(parents=True)
    (second / "legacy-1.0.egg-info").mkdir(parents=True)
    monkeypatch.setattr(sys, "path", [str(tmp_path / "gone"), str(tmp_path / "a.zip"), str(first), str(second)])
    installed._versions.cache_clear()
    try:
        assert installed_version("some-project") == installed_version("SOME.PROJECT") == "1.2.0"
        assert installed_version("plain") == "3.0rc1"
        assert installed_version("other") == "0.1+local"
        assert installed_version("no-version") is None
        assert installed_version("legacy") is None  # not a .dist-info: absent, as the stamp then says
        assert installed_version("black") is None
    finally:
        installed._versions.cache_clear()
