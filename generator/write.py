"""Stage 6: put the generated tree in place, all at once or not at all.

The new tree is assembled beside generated/ (unchanged files hard-linked, so
they keep their timestamps) and swapped in with renames; any failure before
the swap leaves generated/ exactly as it was.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

# Made by tools run on the generated package, not by the generator.
IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"}


def _ignored(relative: Path) -> bool:
    return any(part in IGNORED_DIRS or part.endswith(".egg-info") for part in relative.parts)


def read_tree(root: Path) -> dict[str, bytes]:
    """The generator's files now under `root` (paths with forward slashes)."""
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not _ignored(relative):
            files[relative.as_posix()] = path.read_bytes()
    return files


@dataclass(frozen=True)
class Changes:
    written: list[str]
    unchanged: list[str]
    removed: list[str]


def diff_trees(old: dict[str, bytes], new: dict[str, bytes]) -> Changes:
    return Changes(
        written=sorted(path for path in new if old.get(path) != new[path]),
        unchanged=sorted(path for path in new if old.get(path) == new[path]),
        removed=sorted(path for path in old if path not in new),
    )


def write_tree(root: Path, new: dict[str, bytes], old: dict[str, bytes]) -> Changes:
    """Make `root` hold exactly `new`; files whose bytes are the same are not rewritten."""
    changes = diff_trees(old, new)
    if not changes.written and not changes.removed:
        return changes
    root = root.resolve()
    staging = root.with_name(f".{root.name}.new-{os.getpid()}")
    retired = root.with_name(f".{root.name}.old-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for relative, content in new.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            if old.get(relative) == content:
                try:
                    os.link(root / relative, target)
                    continue
                except OSError:
                    pass  # no hard links here: a copy will do
            target.write_bytes(content)
        if root.exists():
            root.rename(retired)
        staging.rename(root)
    except BaseException:
        if retired.exists() and not root.exists():
            retired.rename(root)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(retired, ignore_errors=True)
    return changes
