"""What a run may reuse from an earlier one: values of pure work, and the last run's state.

Everything here is keyed by content, never by time stamps:

- **The memo** (`Memo`): the value of a piece of pure work by its kind and
  the content it was computed from; generator/pipeline.py says which stages
  it wraps and what their values depend on. Large values are pickles, one a
  file (the tree the loader made of each spec file, by the file's bytes and
  the path it is shown as); small ones are JSON in one file per kind
  (`Table`: validation's verdicts on the slow checks, keyed by the JSON of
  what was checked with every $ref resolved, so that an edit to a referenced
  file changes the key of everything that uses it; a verdict holds no spec
  line: its problems are placed again in the document at hand). Pickles: the
  cache directory is as trusted as the generator's own sources, and one that
  fails to load is computed again.
- **The last run**: the digest of every input (each spec file, the releases,
  the templates and runtime, the generator's sources, the versions of the
  tools it runs) and of the tree it wrote. When both match, `generate` and
  `check` have nothing to do; a hand-edited file of generated/ changes the
  tree's digest, so `check` still finds it.

All live in one directory that git ignores (by default `.cache/generator`
beside generated/). A cache file that cannot be read, is not of this shape
or was written by another generator (its stamp differs) is ignored and
replaced, never trusted; deleting the directory is always safe.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from generator.errors import Location, SpecProblem
from generator.installed import installed_version

FORMAT = 1
GENERATOR = Path(__file__).resolve().parent
TEMPLATES = GENERATOR.parent / "templates"
RUNTIME = GENERATOR.parent / "runtime"
LICENSE = GENERATOR.parent / "LICENSE"
RELEASES = "releases"  # beside spec/: the API of each published version (generator/diff/releases.py)
# The distributions whose behaviour shapes the output or the verdicts.
TOOLS = (
    "black",
    "jinja2",
    "markupsafe",
    "pyyaml",
    "jsonschema",
    "jsonschema-specifications",
    "referencing",
    "openapi-spec-validator",
    "openapi-schema-validator",
    "jsonschema-path",
    "jsonschema-rs",
)
T = TypeVar("T")
_IGNORED_PARTS = {"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache"}


def releases_dir(spec: Path) -> Path:
    """Where the releases of the spec whose root file is `spec` are recorded: beside its folder."""
    return spec.resolve().parent.parent / RELEASES


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and not _IGNORED_PARTS.intersection(path.relative_to(root).parts)
    )


def _add_tree(hasher: Any, label: str, root: Path) -> None:
    """Each file under `root`: its path and its bytes, in a fixed order."""
    hasher.update(f"\0tree {label}\0".encode())
    for path in _files(root):
        data = path.read_bytes()
        hasher.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        hasher.update(data)


@cache
def generator_stamp() -> str:
    """The generator itself: its sources, Python's version and the versions of the tools it runs."""
    hasher = hashlib.sha256(f"format {FORMAT}\0python {sys.version}\0".encode())
    for name in TOOLS:
        hasher.update(f"{name} {installed_version(name) or 'absent'}\0".encode())
    _add_tree(hasher, "generator", GENERATOR)
    return hasher.hexdigest()


def input_digest(spec: Path) -> str:
    """Everything a generation reads: the generator, its templates, the spec's folder and the releases."""
    spec = spec.resolve()
    hasher = hashlib.sha256(f"{generator_stamp()}\0root {spec.name}\0".encode())
    _add_tree(hasher, "templates", TEMPLATES)
    _add_tree(hasher, "runtime", RUNTIME)
    hasher.update(b"\0license\0" + (LICENSE.read_bytes() if LICENSE.is_file() else b""))
    _add_tree(hasher, "spec", spec.parent)
    _add_tree(hasher, "releases", releases_dir(spec))
    return hasher.hexdigest()


def tree_digest(tree: Mapping[str, bytes]) -> str:
    """The digest of a generated tree (paths and bytes)."""
    hasher = hashlib.sha256()
    for path in sorted(tree):
        hasher.update(f"{path}\0{digest(tree[path])}\0".encode())
    return hasher.hexdigest()


def _read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in `path` when it is one of ours and of this generator, else None."""
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    if document.get("stamp") != generator_stamp():
        return None
    return document


def _write_json(path: Path, document: dict[str, Any]) -> None:
    """Written beside and renamed into place, so that a reader never sees half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}")
        temporary.write_text(json.dumps(document, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        pass  # a cache that cannot be written is only a slower next run


# What a content key is made of: per object or list of a run, by identity (the object is held, so that its
# id is not reused): the object, its fingerprint as written, and its fingerprint with the text under the
# blank keys counted as empty (the same string when it holds no such text).
Fingerprints = dict[int, tuple[Any, str, str]]


def content_key(
    kind: str,
    content: Any,
    memo: Fingerprints | None = None,
    blank: frozenset[str] = frozenset(),
    blanked: bool = False,
) -> str | None:
    """The key of `kind` of work on `content`, or None when it is not JSON (then it is not kept).

    A tree hash: each object or list is hashed from its members' hashes, so a
    schema shared by many operations is hashed once per run when `memo` is
    given (for one set of `blank` keys). With `blanked`, text under a key in
    `blank` counts as empty: the key of the content with that text emptied,
    without making that copy. Both keys of a node are made in one pass.
    """
    try:
        as_written, emptied = _fingerprints(content, {} if memo is None else memo, 0, blank)
    except (TypeError, ValueError, RecursionError):
        return None
    return f"{kind}:{emptied if blanked else as_written}"


_MAX_DEPTH = 256  # deeper content is not cached (the loader refuses far less deep specs anyway)


def _fingerprints(value: Any, memo: Fingerprints, depth: int, blank: frozenset[str]) -> tuple[str, str]:
    """The fingerprint of `value` as written, and with the text under `blank` keys counted as empty."""
    if isinstance(value, str):
        text = _json_string(value)
        return text, text
    if isinstance(value, (dict, list)):
        known = memo.get(id(value))
        if known is not None:
            return known[1], known[2]
        if depth > _MAX_DEPTH:
            raise RecursionError("content nested too deeply to key")
        written: list[str] = []
        emptied: list[str] = []
        if isinstance(value, dict):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise TypeError(f"a key that is not text: {key!r}")
                name = _json_string(key) + ":"
                item_written, item_emptied = (
                    (_json_string(item), '""')
                    if key in blank and isinstance(item, str)
                    else _fingerprints(item, memo, depth + 1, blank)
                )
                written.append(name + item_written)
                emptied.append(name + item_emptied)
            opening, closing = "{", "}"
        else:
            for item in value:
                item_written, item_emptied = _fingerprints(item, memo, depth + 1, blank)
                written.append(item_written)
                emptied.append(item_emptied)
            opening, closing = "[", "]"
        fingerprint = digest((opening + ",".join(written) + closing).encode("utf-8"))
        fingerprint_emptied = (
            fingerprint if emptied == written else digest((opening + ",".join(emptied) + closing).encode("utf-8"))
        )
        memo[id(value)] = (value, fingerprint, fingerprint_emptied)
        return fingerprint, fingerprint_emptied
    if value is None or isinstance(value, (bool, int, float)):
        text = _json_scalar(value)
        return text, text
    raise TypeError(f"not JSON: {type(value).__name__}")


# What json.dumps(value, ensure_ascii=False) gives, without building an encoder for each of the
# tens of thousands of values keyed in a run.
_json_string: Callable[[str], str] = json.encoder.encode_basestring
_json_scalar = json.JSONEncoder(ensure_ascii=False, allow_nan=True).encode


class Memo:
    """The generator's one memo: values of pure work, each kept by its kind and the content it came from.

    What a value depends on is the caller's to say (the pipeline wraps a stage
    with it, generator/pipeline.py); the key is a digest of the kind, that
    content and the generator itself (`generator_stamp`), so a value made by
    another generator is never found. Two ways to keep a value, one key:

    - `get`: one pickle per value, under `<directory>/<kind>/`, for a few large
      values (the tree of a spec file); `prune(kind)` drops the values of a
      kind this run did not ask for.
    - `table(kind)`: small JSON values of one kind in one file,
      `<directory>/<kind>.json`, read once and written once (validation's
      verdicts: thousands of small files would cost a warm run more than
      the checks they spare).

    Without a directory nothing is read or written: a table still spares a run
    from computing the same content twice. A value that cannot be read back is
    computed again and replaced.
    """

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory
        self.used: dict[str, set[str]] = {}  # by kind: the pickles this run asked for

    def get(
        self, kind: str, content: bytes, compute: Callable[[], T], keep: Callable[[T], bool] = lambda value: True
    ) -> T:
        """The value kept for `kind` and `content`, or `compute()`, which is kept when `keep(value)`."""
        try:
            kept: T = self.find(kind, content)
            return kept
        except KeyError:
            pass
        value = compute()
        if keep(value):
            self.keep(kind, content, value)
        return value

    def find(self, kind: str, content: bytes) -> Any:
        """The value kept for `kind` and `content`; KeyError when there is none this generator can read."""
        path = self._path(kind, content)
        if path is None:
            raise KeyError(kind)
        try:
            with path.open("rb") as stream:
                return pickle.load(stream)
        except Exception:  # missing, truncated or foreign: a miss
            raise KeyError(kind) from None

    def keep(self, kind: str, content: bytes, value: Any) -> None:
        """Keep `value` for `kind` and `content` (a value that cannot be written is only a miss next time)."""
        path = self._path(kind, content)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}")
            temporary.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
        except (OSError, pickle.PicklingError, RecursionError):
            pass

    def _path(self, kind: str, content: bytes) -> Path | None:
        name = digest(f"{generator_stamp()}\0{kind}\0".encode() + content)[:40] + ".pickle"
        self.used.setdefault(kind, set()).add(name)
        return None if self.directory is None else self.directory / kind / name

    def prune(self, kind: str) -> None:
        """Remove the values of `kind` this run did not ask for (inputs edited since, or gone), and any half-written one."""
        if self.directory is None:
            return
        used = self.used.get(kind, set())
        try:
            for entry in (self.directory / kind).iterdir():
                if entry.name not in used and (entry.suffix == ".pickle" or entry.name.startswith(".")):
                    entry.unlink(missing_ok=True)
        except OSError:
            pass

    def table(self, kind: str, blank: frozenset[str] = frozenset()) -> Table:
        """The JSON values of `kind`, kept together in one file (see `Table`)."""
        return Table(None if self.directory is None else self.directory / f"{kind}.json", blank)


class Table:
    """Small JSON values of one kind of pure work, in one file, each by the kind of work and the content it was
    computed from (`content_key`: the content's JSON, every $ref already resolved in a loaded document).

    Values are JSON (lists, text, numbers), the same whether computed now or read; `save()` keeps the ones this
    run used, so the file does not grow. A value may be asked for `blanked`: by its content with the text under
    the `blank` keys counted as empty, a value that holds for any such text.
    """

    def __init__(self, path: Path | None, blank: frozenset[str] = frozenset()) -> None:
        self.path = path
        self.blank = blank
        self.entries: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        self.hits = 0
        self.misses = 0
        self.fingerprints: Fingerprints = {}  # of the objects of this run
        if path is not None:
            document = _read_json(path)
            entries = document.get("values") if document is not None else None
            if isinstance(entries, dict):
                self.entries = entries

    def get(self, kind: str, content: Any, compute: Callable[[], Any], blanked: bool = False) -> Any:
        """The value kept for `kind` and `content` (`blanked`: the text under `blank` keys counted as empty), or
        `compute()`; content that is not JSON is not kept."""
        key = content_key(kind, content, self.fingerprints, self.blank, blanked)
        if key is None:
            return compute()
        if key in self.used:
            return self.used[key]
        if key in self.entries:
            self.hits += 1
            value = self.entries[key]
        else:
            self.misses += 1
            value = json.loads(json.dumps(compute()))  # the same shape as a value read back
        self.used[key] = value
        return value

    def save(self) -> None:
        """Keep the values this run used (older ones are dropped)."""
        if self.path is not None and (self.misses or len(self.used) != len(self.entries)):
            _write_json(self.path, {"format": FORMAT, "stamp": generator_stamp(), "values": self.used})


@dataclass(frozen=True)
class LastRun:
    """What a generation that wrote `out` found, to be told again when nothing changed since."""

    inputs: str  # input_digest of the spec
    tree: str  # tree_digest of the tree written
    operations: int
    groups: int
    files: int
    warnings: tuple[SpecProblem, ...]

    @staticmethod
    def path(directory: Path, spec: Path, out: Path) -> Path:
        where = f"{spec.resolve()}\0{out.resolve()}".encode()
        return directory / f"run-{digest(where)[:20]}.json"

    @classmethod
    def read(cls, directory: Path, spec: Path, out: Path) -> LastRun | None:
        document = _read_json(cls.path(directory, spec, out))
        if document is None:
            return None
        try:
            return cls(
                inputs=str(document["inputs"]),
                tree=str(document["tree"]),
                operations=int(document["operations"]),
                groups=int(document["groups"]),
                files=int(document["files"]),
                warnings=tuple(_problem(entry) for entry in document["warnings"]),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def write(self, directory: Path, spec: Path, out: Path) -> None:
        _write_json(
            self.path(directory, spec, out),
            {
                "format": FORMAT,
                "stamp": generator_stamp(),
                "inputs": self.inputs,
                "tree": self.tree,
                "operations": self.operations,
                "groups": self.groups,
                "files": self.files,
                "warnings": [_entry(warning) for warning in self.warnings],
            },
        )


def unchanged_since(directory: Path, spec: Path, out: Path, tree: Mapping[str, bytes], inputs: str) -> LastRun | None:
    """The last run, when neither the inputs (`input_digest`) nor the tree in `out` changed since it wrote that tree."""
    last = LastRun.read(directory, spec, out)
    if last is None or last.inputs != inputs or last.tree != tree_digest(tree):
        return None
    return last


def _entry(problem: SpecProblem) -> list[Any]:
    """A warning as JSON (its place names the file the same way from any working directory), with its rule."""
    where = problem.location
    return [where.file.as_posix() if where else None, where.line if where else 0, problem.message, problem.rule]


def _problem(entry: Any) -> SpecProblem:
    file, line, message, rule = entry
    where = None if file is None else Location(PurePosixPath(str(file)), int(line))
    return SpecProblem(where, str(message), warning=True, rule=None if rule is None else str(rule))
