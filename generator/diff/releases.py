"""The API of each released version, kept under releases/ at the repository root.

`python -m generator release` records the snapshot of the spec's
`info.version` (without spec line numbers) when that version is published;
the reference's review view then lists the API changes since the newest
recorded release, from the same facts and rules as `diff`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.diff.facts import diff
from generator.diff.rules import Report, judge
from generator.diff.snapshot import snapshot, without_locations
from generator.diff.versioning import parse
from generator.jsontext import indented_json
from generator.model import Api


def _text(data: Any) -> str:
    return indented_json(data, sort_keys=True) + "\n"


def record(api: Api, releases: Path) -> tuple[Path, bool]:
    """Write the snapshot of `api.version`; (its path, whether it was written now).

    Raises ValueError when that version is already recorded with another API.
    """
    target = releases / f"{api.version}.json"
    text = _text(without_locations(snapshot(api)))
    if target.exists():
        if target.read_text(encoding="utf-8") != text:
            raise ValueError(f"{target} already records version {api.version} with another API; raise info.version")
        return target, False
    releases.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target, True


def latest(releases: Path) -> tuple[str, dict[str, Any]] | None:
    """The newest recorded release (by version), or None."""
    versions = [(parse(path.stem), path) for path in releases.glob("*.json")] if releases.is_dir() else []
    known = [(version, path) for version, path in versions if version is not None]
    if not known:
        return None
    _, path = max(known)
    return path.stem, json.loads(path.read_text(encoding="utf-8"))


def since_release(current: dict[str, Any], version: str, releases: Path) -> Report | None:
    """What changed for callers since the newest recorded release, from the snapshot of the spec at
    `version`; None when none is recorded."""
    found = latest(releases)
    if found is None:
        return None
    released_version, released = found
    return judge(diff(released, current), released_version, version)
