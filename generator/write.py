"""Stage 6: put the generated tree in place, all at once or not at all.

The new tree is assembled beside generated/ (unchanged files hard-linked, so
they keep their timestamps) and swapped in with renames; any failure before
the swap leaves generated/ exactly as it was.

Only the generator's own files are replaced or removed: those the previous
manifest lists (see `Manifest.written`). Every other file under the output
directory (a tool's cache such as `.mypy_cache/`, a user's notes) is carried
into the new tree as it is, and a removal is always reported by name.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

# Made by tools run on the generated package, not by the generator: neither read nor reported.
IGNORED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist"}


def _ignored(relative: Path) -> bool:
    return any(part in IGNORED_DIRS or part.endswith(".egg-info") for part in relative.parts)


def read_tree(root: Path) -> dict[str, bytes]:
    """The files now under `root` (paths with forward slashes), apart from the tools' caches."""
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
    kept: list[str]  # files the generator did not write, left where they are


def diff_trees(old: dict[str, bytes], new: dict[str, bytes], owned: Collection[str] | None = None) -> Changes:
    """What writing `new` over `old` does; only files in `owned` (all of `old` when None) are removed."""
    gone = sorted(path for path in old if path not in new)
    return Changes(
        written=sorted(path for path in new if old.get(path) != new[path]),
        unchanged=sorted(path for path in new if old.get(path) == new[path]),
        removed=[path for path in gone if owned is None or path in owned],
        kept=[path for path in gone if owned is not None and path not in owned],
    )


def git_ignored(root: Path, paths: list[str]) -> set[str]:
    """Those of `paths` (relative to `root`) that git ignores; none when `root` is not in a git work tree."""
    if not paths:
        return set()
    try:
        run = subprocess.run(
            ["git", "check-ignore", "--no-index", "--stdin", "-z"],
            cwd=root,
            input="\0".join(paths) + "\0",
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return set()
    return set(run.stdout.split("\0")) - {""} if run.returncode in (0, 1) else set()


def write_tree(root: Path, new: dict[str, bytes], old: dict[str, bytes], owned: Collection[str]) -> Changes:
    """Make `root` hold `new`: files whose bytes are the same are not rewritten, the files of `owned` (what
    the generator wrote before) that `new` lacks are removed, and every other file stays as it is."""
    changes = diff_trees(old, new, owned)
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
            if old.get(relative) == content and _link(root / relative, target):
                continue
            target.write_bytes(content)
        _carry_over(root, staging, set(new) | set(changes.removed))
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


def _link(source: Path, target: Path) -> bool:
    """Hard-links `source` (a symbolic link itself, not what it points at) as `target`; False where links fail."""
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        return False
    return True


def _carry_over(root: Path, staging: Path, replaced: set[str]) -> None:
    """Puts into `staging` every file of `root` that is not in `replaced` (and every empty folder), as it is."""
    if not root.is_dir():
        return
    for folder, folders, files in os.walk(root):
        here = Path(folder).relative_to(root)
        if not folders and not files:
            (staging / here).mkdir(parents=True, exist_ok=True)
        # A symbolic link to a folder is carried as the link; os.walk does not enter it.
        for name in files + [name for name in folders if (Path(folder) / name).is_symlink()]:
            relative = (here / name).as_posix()
            if relative in replaced:
                continue
            source, target = Path(folder) / name, staging / here / name
            if target.exists() or target.is_symlink():
                raise FileExistsError(f"{source} is not the generator's, and the new output needs its place")
            target.parent.mkdir(parents=True, exist_ok=True)
            if not _link(source, target):
                shutil.copy2(source, target, follow_symlinks=False)
