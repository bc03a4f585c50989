"""The stages in order: load, validate, model, render, format; and the one place for speed.

Each stage is a function from value to value and knows nothing of what
follows. What makes a run fast lives here only:

- one content-keyed memo (`Memo` of generator/cache.py), made here once a
  run, wraps what pays to keep: the loader's reading of a file
  (`_remembered`, kind PARSED) and validation's slow checks (its verdicts,
  kind VERDICTS, one table); the stages know nothing of it;
- one executor, `Forked` (generator/forked.py): work done in a child process
  beside this one, or here when there is no fork or one core: validation,
  the reference, black (`_Formatting`, its files spread over the cores, each
  share in a `Prepared` child; the first is started with the run, so that it
  imports black while this process reads the spec, the one stage nothing
  else can run beside);
- one speculative step (`_while_validating`): the stages after validation
  start on the loaded document while validation runs in a child; what they
  make is used only once the document has validated.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

import jinja2

from generator.cache import Memo, releases_dir
from generator.diff import Report, diff, judge, snapshot
from generator.diff.releases import since_release
from generator.diff.snapshot import without_locations
from generator.errors import Problems, SpecError, SpecProblem
from generator.forked import Forked, Prepared
from generator.format import Plan, format_texts
from generator.load import SpecDict, parse_file, read_spec
from generator.manifest import Manifest
from generator.model import Api, build_api
from generator.reference import DOCS, render_docs
from generator.reference import environment as docs_environment
from generator.render import RenderedFile, render_data, render_modules
from generator.render import environment as package_environment

T = TypeVar("T")
# The kinds of work the memo keeps (each a folder or file of the cache directory).
PARSED = "parsed"  # the tree of one spec file, by the path it is shown as and its bytes
VERDICTS = "verdicts"  # validation's slow checks, by the content checked
TEMPLATES = "templates"  # Jinja's compiled templates, by template (Jinja checks them against their source)


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
    from a document that validated.
    With a `cache` directory, reading and validation reuse the work of earlier
    runs on the same content (generator/cache.py) and keep this run's.
    """
    return _load_api(spec, Problems() if problems is None else problems, Memo(cache))


def _load_api(spec: Path, problems: Problems, memo: Memo) -> Api:
    document = read(spec, problems, memo)
    _validated(document, memo, problems)
    return build_api(document)


def read(spec: Path, problems: Problems, memo: Memo | None = None) -> SpecDict:
    """Stage 1: the document at `spec`, or SpecError; through a `memo`, each file's tree is remembered by content."""
    if memo is None or memo.directory is None:
        loaded = read_spec(spec, problems)
    else:
        loaded = read_spec(spec, problems, partial(_remembered, memo))
        memo.prune(PARSED)
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
        PARSED,
        content,
        lambda: parse_file(path, name, problems),
        keep=lambda tree: tree is not None and len(problems.found) == before,
    )


def _validation(document: SpecDict, memo: Memo) -> list[SpecProblem]:
    """Stage 2: every problem validation finds in the document; the verdicts it used are kept in `memo`."""
    from generator.validate import PROSE, validate_spec  # with the validators: generate imports them in its child

    problems = Problems()
    verdicts = memo.table(VERDICTS, blank=PROSE)
    validate_spec(document, problems, verdicts)
    verdicts.save()  # problems or not: a verdict is about content, and content that failed may come back
    return problems.found


def _validated(document: SpecDict, memo: Memo, problems: Problems) -> None:
    """Stage 2 on a document that is already known to be broken, or outside `generate`: its problems join the rest."""
    problems.found.extend(_validation(document, memo))
    problems.raise_errors()


def _while_validating(document: SpecDict, memo: Memo, problems: Problems, work: Callable[[], T]) -> T:
    """`work()` on `document` while validation runs beside it; its result once the document validated.

    The only speculative step of a run: `work` runs on a document not yet
    validated. On one that does not validate it may fail in any way, and
    the problems of reading and validation are what is raised (SpecError);
    on one that validates, its own errors are raised as they are.
    """
    validation = Forked(partial(_validation, document, memo))
    try:
        try:
            done = work()
        except Exception as error:
            problems.found.extend(validation.result())
            problems.raise_errors()
            if isinstance(error, SpecError):  # the work's own problems, with validation's warnings
                raise SpecError(problems.found + error.problems) from None
            raise
        problems.found.extend(validation.result())
    finally:
        validation.cancel()
    problems.raise_errors()
    return done


@dataclass
class _Started:
    """The stages after validation, started: the model, the reference in a child, black in children."""

    api: Api
    snapshot: dict[str, Any]
    since_release: Report | None  # what changed for callers since the newest recorded release
    rendered: list[RenderedFile]
    formatting: _Formatting  # black on the modules
    data: Plan  # the files black does not see, rendered while it runs
    docs: Forked[dict[str, bytes]]


def _start(
    document: SpecDict,
    spec: Path,
    cached: Callable[[RenderedFile], bytes | None],
    black: Prepared[list[str], list[str | Exception]],
    stack: contextlib.ExitStack,
) -> _Started:
    api = build_api(document)
    api_snapshot = snapshot(api)
    releases = since_release(api_snapshot, api.version, releases_dir(spec))
    docs = Forked(partial(docs_files, api, releases))
    stack.callback(docs.cancel)
    modules = render_modules(api)
    formatting = _Formatting(Plan.of(modules, cached), black, stack)
    data = render_data(api)  # while black runs on the modules
    return _Started(api, api_snapshot, releases, modules + data, formatting, Plan.of(data, cached), docs)


# Below this much Python black is done in one child (the prepared one): more would cost more than they spare.
_WORTH_A_CHILD = 20_000  # characters


# Whether this process is a black child ready for its work (see _ready_for_black).
_black_child_ready = False


def _ready_for_black() -> None:
    """A black child's preparations: black imported (a tenth of a second), and what the child was forked
    with, black included, frozen, so that a collection walks only what the child makes after."""
    global _black_child_ready
    import black  # noqa: F401

    gc.freeze()
    _black_child_ready = True


def _format_in_child(texts: list[str]) -> list[str | Exception]:
    """format_texts, one text at a time; in a black child, each text's syntax trees (they hold cycles, and a
    run turns the collector off) collected after it, a walk over that garbage alone."""
    formatted: list[str | Exception] = []
    for text in texts:
        formatted += format_texts([text])
        if _black_child_ready:
            gc.collect()
    return formatted


def _black_child(stack: contextlib.ExitStack) -> Prepared[list[str], list[str | Exception]]:
    """A child ready to run black on the texts it is given."""
    child: Prepared[list[str], list[str | Exception]] = Prepared(_ready_for_black, _format_in_child)
    stack.callback(child.cancel)
    return child


class _Formatting:
    """black on the pending files of `plan`: in children beside this process, the texts spread over the cores,
    largest first, so that no core is left with a large file at the end; the first share in `prepared`, which
    has black imported already, the others in new children."""

    def __init__(
        self, plan: Plan, prepared: Prepared[list[str], list[str | Exception]], stack: contextlib.ExitStack
    ) -> None:
        self.plan = plan
        texts = [file.text for file in plan.pending]
        cores = 1 if sum(map(len, texts)) < _WORTH_A_CHILD else os.cpu_count() or 1
        self.shares: list[list[int]] = [[] for _ in range(min(len(texts), cores))]
        sizes = [0] * len(self.shares)
        for index in sorted(range(len(texts)), key=lambda index: -len(texts[index])):
            least = sizes.index(min(sizes))
            self.shares[least].append(index)
            sizes[least] += len(texts[index])
        self.children: list[Prepared[list[str], list[str | Exception]]] = []
        for number, share in enumerate(self.shares):
            share_texts = [texts[index] for index in share]
            child = prepared if number == 0 else _black_child(stack)
            child.give(share_texts)
            self.children.append(child)
        if not self.shares:
            prepared.cancel()  # nothing to format

    def result(self, api: Api, rest: Plan) -> tuple[dict[str, bytes], int]:
        """Plan.finish of `plan` and `rest` (files rendered since, black on them done here): every file's bytes
        and how many went through black."""
        by_index: dict[int, str | Exception] = {}
        for share, child in zip(self.shares, self.children, strict=True):
            by_index.update(zip(share, child.result(), strict=True))
        formatted = [by_index[index] for index in range(len(self.plan.pending))]
        return (self.plan + rest).finish(formatted + format_texts([file.text for file in rest.pending]), api)


def generate(spec: Path, current: dict[str, bytes], cache: Path | None = None) -> Generation:
    """The generated tree for `spec`, reusing black's work from `current` (and the memo's from `cache`)."""
    problems = Problems()
    memo = Memo(cache)
    with contextlib.ExitStack() as stack:
        # Started now, it imports black beside the reading of the spec, which nothing else can run beside.
        black = _black_child(stack)
        document = read(spec, problems, memo)
        if problems.errors:  # a $ref that could not be followed: nothing is worth starting ahead
            _validated(document, memo, problems)
        _compiled_templates(memo)
        manifest = Manifest.read(current)
        started = _while_validating(
            document, memo, problems, partial(_start, document, spec, manifest.cached(current), black, stack)
        )
        api = started.api
        changes = None
        if manifest.api is not None:
            old_version = manifest.api.get("info", {}).get("version")
            changes = judge(diff(manifest.api, started.snapshot), old_version, api.version)
        output, formatted = started.formatting.result(api, started.data)
        # docs/ is plain text that black never sees: the manifest lists its files, but keeps no cache of them.
        docs_tree = started.docs.result()
    output.update(docs_tree)
    output[Manifest.PATH] = Manifest.of(started.rendered, output, without_locations(started.snapshot)).to_bytes()
    return Generation(api, output, formatted, changes, started.since_release, problems.warnings)


class _CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept in the memo by template (kind TEMPLATES); Jinja checks each
    against its source and compiles it again when it changed, or when what was kept cannot be read."""

    def __init__(self, memo: Memo) -> None:
        self.memo = memo

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            bucket.bytecode_from_string(self.memo.find(TEMPLATES, bucket.key.encode()))
        except Exception:  # none kept, or not Jinja's: compiled again
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.memo.keep(TEMPLATES, bucket.key.encode(), bucket.bytecode_to_string())


def _compiled_templates(memo: Memo) -> None:
    """Jinja keeps the templates it compiled in the memo (none without a cache directory)."""
    bytecode = None if memo.directory is None else _CompiledTemplates(memo)
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
    memo = Memo(cache)
    api = _load_api(spec, problems, memo)
    _compiled_templates(memo)
    releases = since_release(snapshot(api), api.version, releases_dir(spec))
    kept = {path: data for path, data in current.items() if not path.startswith(DOCS + "/")}
    return api, {**kept, **docs_files(api, releases)}, problems.warnings
