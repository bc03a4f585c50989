"""Recorded releases and the review view's list of API changes since the newest one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.diff.releases import latest, record, since_release
from generator.diff.rules import Report
from generator.diff.snapshot import snapshot
from generator.model import Api
from generator.reference import render_docs
from tests.specutil import BASE, build_ok


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository with the base mini-spec under spec/."""
    shutil.copytree(BASE, tmp_path / "spec")
    return tmp_path


def _since_release(api: Api, spec: Path) -> Report | None:
    return since_release(snapshot(api), api.version, spec.parent.parent / "releases")


def _review(spec: Path) -> str:
    api = build_ok(spec)
    files = {file.path: file.text for file in render_docs(api, _since_release(api, spec))}
    return files["docs/review.html"]


def test_no_release_recorded(repository: Path) -> None:
    spec = repository / "spec" / "openapi.yaml"
    assert _since_release(build_ok(spec), spec) is None
    assert "No release is recorded yet" in _review(spec)


def test_changes_since_the_newest_release_are_listed(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = repository / "spec" / "openapi.yaml"
    assert main(["release", "--spec", str(spec)]) == 0
    version = build_ok(spec).version
    assert f"recorded version {version}" in capsys.readouterr().out
    assert "None since" in _review(spec)

    root = spec.read_text(encoding="utf-8")
    first_path = next(line for line in root.splitlines() if line.startswith("  /") and line.endswith(".action:"))
    entry = root[root.index(first_path) :].split("\n", 2)
    spec.write_text(root.replace(entry[0] + "\n" + entry[1] + "\n", "", 1), encoding="utf-8")

    report = _since_release(build_ok(spec), spec)
    assert report is not None and report.old_version == version
    assert any(finding.severity == "breaking" and "removed" in finding.rule.id for finding in report.findings)
    review = _review(spec)
    assert f"Since {version}" in review and "breaking" in review


def test_the_newest_release_is_compared_and_a_version_is_recorded_once(repository: Path) -> None:
    spec = repository / "spec" / "openapi.yaml"
    api = build_ok(spec)
    releases = repository / "releases"
    path, written = record(api, releases)
    assert written and path.name == f"{api.version}.json"
    assert record(api, releases) == (path, False)  # the same API again: nothing to do
    (releases / "0.0.9.json").write_text(json.dumps({"operations": {}}), encoding="utf-8")
    (releases / "notes.json").write_text("{}", encoding="utf-8")  # not a version: ignored
    assert latest(releases) is not None and latest(releases)[0] == api.version  # type: ignore[index]
    changed = json.loads(path.read_text(encoding="utf-8"))
    changed["operations"] = {}
    path.write_text(json.dumps(changed), encoding="utf-8")
    with pytest.raises(ValueError, match="already records version"):
        record(api, releases)
