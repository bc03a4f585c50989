"""Where a spec comes from: a root file, a directory holding openapi.yaml, or a git revision of this repository."""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT_FILE = "openapi.yaml"


class SourceError(Exception):
    """A spec that cannot be found: neither a path nor a revision."""


@contextmanager
def spec_at(source: str, repository: Path) -> Iterator[Path]:
    """The root spec file for `source`: a path as it is, or a revision's spec/ unpacked into a temporary directory."""
    path = Path(source)
    if path.is_file():
        yield path
        return
    if path.is_dir():
        root = path / ROOT_FILE
        if not root.is_file():
            raise SourceError(f"{source}: no {ROOT_FILE} in this directory")
        yield root
        return
    commit = _git(repository, "rev-parse", "--verify", "--quiet", f"{source}^{{commit}}")
    if commit is None:
        raise SourceError(f"{source}: neither a spec file or directory nor a git revision of {repository}")
    archive = _git_bytes(repository, "archive", "--format=tar", commit.strip(), "spec")
    if archive is None:
        raise SourceError(f"{source}: the revision has no spec/ directory")
    with tempfile.TemporaryDirectory(prefix="nimserver-spec-") as scratch:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(scratch, filter="data")
        root = Path(scratch) / "spec" / ROOT_FILE
        if not root.is_file():
            raise SourceError(f"{source}: the revision has no spec/{ROOT_FILE}")
        yield root


def _git(repository: Path, *args: str) -> str | None:
    output = _git_bytes(repository, *args)
    return output.decode("utf-8") if output is not None else None


def _git_bytes(repository: Path, *args: str) -> bytes | None:
    try:
        done = subprocess.run(["git", "-C", str(repository), *args], capture_output=True, check=False)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None
