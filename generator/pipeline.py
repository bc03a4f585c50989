"""The stages in order: load, validate, model, render, format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.diff import Report, diff, judge, snapshot
from generator.diff.snapshot import without_locations
from generator.errors import Problems, SpecProblem
from generator.format import format_files
from generator.load import read_spec
from generator.manifest import Manifest
from generator.model import Api, build_api
from generator.render import render
from generator.validate import validate_spec


@dataclass(frozen=True)
class Generation:
    api: Api
    files: dict[str, bytes]  # the whole generated tree, manifest included
    formatted: int  # files that went through black (the others came from the cache)
    api_changes: Report | None  # against the client now in the output directory (None: no baseline)
    warnings: list[SpecProblem]


def load_api(spec: Path, problems: Problems | None = None) -> Api:
    """The model of the spec at `spec`, or SpecError with every problem.

    Problems of all stages are reported together where the spec can still be
    read: a broken $ref does not hide a bad version. The model is built only
    from a document that validated, so its problems come on their own.
    """
    problems = Problems() if problems is None else problems
    loaded = read_spec(spec, problems)
    if loaded.document is None:
        problems.raise_errors()
    assert loaded.document is not None
    validate_spec(loaded.document, problems)
    problems.raise_errors()
    api = build_api(loaded.document, problems)
    problems.raise_errors()
    return api


def generate(spec: Path, current: dict[str, bytes]) -> Generation:
    """The generated tree for `spec`, reusing black's work from `current`."""
    problems = Problems()
    api = load_api(spec, problems)
    rendered = render(api)
    manifest = Manifest.read(current)
    output, formatted = format_files(rendered, manifest.cached(current), api)
    new_snapshot = snapshot(api, spec)
    changes = None
    if manifest.api is not None:
        changes = judge(diff(manifest.api, new_snapshot), manifest.api.get("info", {}).get("version"), api.version)
    output[Manifest.PATH] = Manifest.of(rendered, output, without_locations(new_snapshot)).to_bytes()
    return Generation(api, output, formatted, changes, problems.warnings)
