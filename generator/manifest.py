"""The manifest, generated/.manifest.json: its only reader and writer.

It holds the list of every file the generator wrote (the next run removes
only those, see generator/write.py) and two things kept apart: black's cache
(for each file, the hash of its unformatted text and of its final bytes, so
that a fresh clone does not format again what did not change) and the API
baseline (the snapshot of the model, generator/diff/snapshot.py, which the
next generation compares with to report what changed).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from generator.diff.snapshot import SNAPSHOT_FORMAT
from generator.format import FORMATTER, digest, source_key
from generator.jsontext import indented_json
from generator.render import RenderedFile

# The shape of the API baseline; a baseline of another shape is not compared.
SURFACE_FORMAT = SNAPSHOT_FORMAT


@dataclass(frozen=True)
class Manifest:
    PATH: ClassVar[str] = ".manifest.json"

    formatter: str = ""
    files: dict[str, dict[str, str]] = field(default_factory=dict)  # black's cache
    api: dict[str, Any] | None = None  # the API baseline
    paths: tuple[str, ...] = ()  # every file of the output, the manifest and docs/ included

    @classmethod
    def read(cls, tree: Mapping[str, bytes]) -> Manifest:
        """The manifest in `tree`, or an empty one when it is missing or unreadable."""
        try:
            document = json.loads(tree.get(cls.PATH, b"{}"))
        except ValueError:
            return cls()
        if not isinstance(document, dict):
            return cls()
        cache = document.get("format_cache", {})
        baseline = document.get("api_baseline")
        paths = document.get("written", [])
        return cls(
            paths=tuple(path for path in paths if isinstance(path, str)) if isinstance(paths, list) else (),
            formatter=str(cache.get("formatter", "")) if isinstance(cache, dict) else "",
            files=cache.get("files", {}) if isinstance(cache, dict) and isinstance(cache.get("files"), dict) else {},
            api=(
                baseline.get("snapshot")
                if isinstance(baseline, dict) and baseline.get("format") == SURFACE_FORMAT
                else None
            ),
        )

    def written(self) -> frozenset[str]:
        """The paths the generator wrote when it made this manifest: the files it lists, and itself.

        Only these may be removed by the next run; any other file under the output is not the generator's.
        """
        return frozenset(self.paths) | frozenset(self.files) | {self.PATH}

    def cached(self, current: Mapping[str, bytes]) -> Callable[[RenderedFile], bytes | None]:
        """Looks up the bytes black made earlier from the same unformatted text, if they are still in place."""

        def lookup(file: RenderedFile) -> bytes | None:
            entry = self.files.get(file.path)
            previous = current.get(file.path)
            if (
                self.formatter == FORMATTER
                and isinstance(entry, dict)
                and previous is not None
                and entry.get("source") == source_key(file)
                and entry.get("output") == digest(previous)
            ):
                return previous
            return None

        return lookup

    @classmethod
    def of(cls, files: list[RenderedFile], output: Mapping[str, bytes], api: dict[str, Any]) -> Manifest:
        """The manifest of `output`, every file the generator writes but the manifest itself."""
        entries = {file.path: {"source": source_key(file), "output": digest(output[file.path])} for file in files}
        return cls(FORMATTER, entries, api, tuple(sorted({*output, cls.PATH})))

    def to_bytes(self) -> bytes:
        document = {
            "comment": "Written by `python -m generator generate`; do not edit.",
            "written": list(self.paths),
            "format_cache": {
                "comment": "The hash of each file's unformatted text and of its bytes: black runs only on what changed.",
                "formatter": self.formatter,
                "files": self.files,
            },
            "api_baseline": {
                "comment": "The snapshot of the API, compared with by the next generation to report what changed.",
                "format": SURFACE_FORMAT,
                "snapshot": self.api,
            },
        }
        return (indented_json(document, sort_keys=True) + "\n").encode("utf-8")
