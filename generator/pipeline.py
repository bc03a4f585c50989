"""The stages in order: load, validate, model, render, format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.changes import ApiChange, compare, surface
from generator.format import FORMATTER, digest, format_files, manifest_entries, source_key
from generator.load import load_spec
from generator.model import Api, build_api
from generator.render import RenderedFile, render
from generator.validate import validate_spec
from generator.write import MANIFEST, manifest_bytes, read_manifest


@dataclass(frozen=True)
class Generation:
    api: Api
    files: dict[str, bytes]  # the whole generated tree, manifest included
    formatted: int  # files that went through black (the others came from the cache)
    api_changes: list[ApiChange]  # against the client now in the output directory


def load_api(spec: Path) -> Api:
    """The model of the spec at `spec`, or SpecError with every problem."""
    document = load_spec(spec)
    validate_spec(document)
    return build_api(document)


def generate(spec: Path, current: dict[str, bytes]) -> Generation:
    """The generated tree for `spec`, reusing black's work from `current`."""
    api = load_api(spec)
    rendered = render(api)
    manifest = read_manifest(current)
    known = manifest.get("files", {})

    def cached(file: RenderedFile) -> bytes | None:
        entry = known.get(file.path)
        previous = current.get(file.path)
        if (
            isinstance(entry, dict)
            and previous is not None
            and entry.get("source") == source_key(file)
            and entry.get("output") == digest(previous)
        ):
            return previous
        return None

    output, formatted = format_files(rendered, cached)
    new_surface = surface(api)
    changes = compare(manifest["api"], new_surface) if "api" in manifest else []
    output[MANIFEST] = manifest_bytes(FORMATTER, manifest_entries(rendered, output), new_surface)
    return Generation(api, output, formatted, changes)
