"""The stages in order: load, validate, model, render, format; and the one place for speed.

Each stage is a function from value to value and knows nothing of what
follows. What makes a run fast lives here only:

- one content-keyed memo (`Memo` of generator/cache.py) wraps the loader's
  reading of a file (`_remembered`); validation's verdicts are kept by content
  in the same cache directory;
- one executor, `Forked` (generator/forked.py): work done in a child process
  beside this one, or here when there is no fork or one core;
- one speculative step (`_while_validating`): the stages after validation
  start on the loaded document while validation runs in a child; what they
  make is used only once the document has validated.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

import jinja2

from generator.cache import PARSED_DIR, Memo, Verdicts, releases_dir
from generator.diff import Report, diff, judge, snapshot
from generator.diff.releases import since_release
from generator.diff.snapshot import without_locations
from generator.errors import Problems, SpecError, SpecProblem
from generator.forked import Forked
from generator.format import Formatting
from generator.load import SpecDict, parse_file, read_spec
from generator.manifest import Manifest
from generator.model import Api, build_api
from generator.reference import DOCS, render_docs
from generator.reference import environment as docs_environment
from generator.render import RenderedFile, render
from generator.render import environment as package_environment

T = TypeVar("T")


@dataclass(frozen=True)
class Generation:
    api: Api
    files: dict[str, bytes]  # the whole generated tree, manifest and docs/ included
    formatted: int  # files that went through black (the others came from the cache)
    api_changes: Report | None  # against the client now in the output directory (None: no baseline)
    since_release: Report | None  # against the newest recorded release (None: none recorded)
    warnings: list[SpecProblem]


def load_api(spec: Path, problems: Problems | None = None, cache: Path | None = None) -> Api:
    """The model of the spec at `spec`, or SpecError with every problem.

    Problems of all stages are reported together where the spec can still be
    read: a broken $ref does not hide a bad version. The model is built only
    from a document that validated, so its problems come on their own.
    With a `cache` directory, reading and validation reuse the work of earlier
    runs on the same content (generator/cache.py) and keep this run's.
    """
    problems = Problems() if problems is None else problems
    document = read(spec, problems, cache)
    _validated(document, cache, problems)
    api = build_api(document, problems)
    problems.raise_errors()
    return api


def read(spec: Path, problems: Problems, cache: Path | None = None) -> SpecDict:
    """Stage 1: the document at `spec`, or SpecError; with a `cache`, each file's tree is remembered by content."""
    if cache is None:
        loaded = read_spec(spec, problems)
    else:
        memo = Memo(cache / PARSED_DIR)
        loaded = read_spec(spec, problems, partial(_remembered, memo))
        memo.prune()
    if loaded.document is None:
        problems.raise_errors()
    assert loaded.document is not None
    return loaded.document


def _remembered(memo: Memo, path: Path, name: PurePosixPath, problems: Problems) -> Any:
    """parse_file through the memo: by the file's bytes and the name its nodes are placed at; only
    a tree read without a problem is kept (the problems of a file are found again when it is read)."""
    try:
        content = name.as_posix().encode() + b"\0" + path.read_bytes()
    except OSError:
        return parse_file(path, name, problems)  # the reader reports it
    before = len(problems.found)
    return memo.get(
        content,
        lambda: parse_file(path, name, problems),
        keep=lambda tree: tree is not None and len(problems.found) == before,
    )


def _validation(document: SpecDict, cache: Path | None) -> list[SpecProblem]:
    """Stage 2: every problem validation finds in the document; the verdicts it used are kept in `cache`."""
    from generator.validate import validate_spec  # with the validators: generate imports them in its child

    problems = Problems()
    verdicts = Verdicts(cache)
    validate_spec(document, problems, verdicts)
    verdicts.save()  # problems or not: a verdict is about content, and content that failed may come back
    return problems.found


def _validated(document: SpecDict, cache: Path | None, problems: Problems) -> None:
    """Stage 2 on a document that is already known to be broken, or outside `generate`: its problems join the rest."""
    problems.found.extend(_validation(document, cache))
    problems.raise_errors()


def _while_validating(document: SpecDict, cache: Path | None, problems: Problems, work: Callable[[], T]) -> T:
    """`work()` on `document` while validation runs beside it; its result once the document validated.

    The only speculative step of a run: `work` runs on a document not yet
    validated. On one that does not validate it may fail in any way, and
    the problems of reading and validation are what is raised (SpecError);
    on one that validates, its own errors are raised as they are.
    """
    validation = Forked(partial(_validation, document, cache))
    try:
        try:
            done = work()
        except Exception as error:
            problems.found.extend(validation.result())
            problems.raise_errors()
            if isinstance(error, SpecError):  # the model's own problems, with validation's warnings
                raise SpecError(problems.found + error.problems) from None
            raise
        problems.found.extend(validation.result())
    finally:
        validation.cancel()
    problems.raise_errors()
    return done


@dataclass
class _Started:
    """The stages after validation, started: the model, the reference in a child, black in workers."""

    api: Api
    problems: Problems  # the model's warnings
    snapshot: dict[str, Any]
    since_release: Report | None  # what changed for callers since the newest recorded release
    rendered: list[RenderedFile]
    formatting: Formatting
    docs: Forked[dict[str, bytes]]


def _start(
    document: SpecDict, spec: Path, cached: Callable[[RenderedFile], bytes | None], stack: contextlib.ExitStack
) -> _Started:
    problems = Problems()
    api = build_api(document, problems)
    problems.raise_errors()
    api_snapshot = snapshot(api)
    releases = since_release(api_snapshot, api.version, releases_dir(spec))
    docs = Forked(partial(docs_files, api, releases))
    stack.callback(docs.cancel)
    rendered = render(api)
    formatting = stack.enter_context(Formatting(rendered, cached, api))
    return _Started(api, problems, api_snapshot, releases, rendered, formatting, docs)


def generate(spec: Path, current: dict[str, bytes], cache: Path | None = None) -> Generation:
    """The generated tree for `spec`, reusing black's work from `current` (and verdicts from `cache`)."""
    problems = Problems()
    document = read(spec, problems, cache)
    if problems.errors:  # a $ref that could not be followed: nothing is worth starting ahead
        _validated(document, cache, problems)
    _compiled_templates(cache)
    manifest = Manifest.read(current)
    with contextlib.ExitStack() as stack:
        started = _while_validating(
            document, cache, problems, partial(_start, document, spec, manifest.cached(current), stack)
        )
        problems.found.extend(started.problems.found)
        api = started.api
        changes = None
        if manifest.api is not None:
            old_version = manifest.api.get("info", {}).get("version")
            changes = judge(diff(manifest.api, started.snapshot), old_version, api.version)
        output, formatted = started.formatting.result()
        # docs/ is plain text that black never sees: the manifest lists its files, but keeps no cache of them.
        docs_tree = started.docs.result()
    output.update(docs_tree)
    output[Manifest.PATH] = Manifest.of(started.rendered, output, without_locations(started.snapshot)).to_bytes()
    return Generation(api, output, formatted, changes, started.since_release, problems.warnings)


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, for which a file it cannot read or write is only a miss."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a corrupt file: compile again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_templates(cache: Path | None) -> None:
    """Jinja keeps the templates it compiled in the cache directory; it checks each against its source."""
    bytecode = None
    if cache is not None:
        try:
            (cache / "templates").mkdir(parents=True, exist_ok=True)
            bytecode = _CompiledTemplates(str(cache / "templates"))
        except OSError:
            pass
    for environment in (package_environment(), docs_environment()):
        environment.bytecode_cache = bytecode


def docs_files(api: Api, releases: Report | None) -> dict[str, bytes]:
    """The files of generated/docs/ (the reference), from the model and the changes since the last release."""
    return {file.path: file.text.encode("utf-8") for file in render_docs(api, releases)}


def with_docs(
    spec: Path, current: dict[str, bytes], cache: Path | None = None
) -> tuple[Api, dict[str, bytes], list[SpecProblem]]:
    """`current` with docs/ rendered afresh and everything else as it is (`python -m generator docs`)."""
    problems = Problems()
    api = load_api(spec, problems, cache)
    _compiled_templates(cache)
    releases = since_release(snapshot(api), api.version, releases_dir(spec))
    kept = {path: data for path, data in current.items() if not path.startswith(DOCS + "/")}
    return api, {**kept, **docs_files(api, releases)}, problems.warnings
