"""The stages in order: load, validate, model, render, format."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import jinja2

from generator.cache import Verdicts
from generator.diff import Report, diff, judge, snapshot
from generator.diff.snapshot import without_locations
from generator.errors import Problems, SpecProblem
from generator.forked import Forked
from generator.format import Formatting
from generator.load import SpecDict, read_spec
from generator.manifest import Manifest
from generator.model import Api, build_api
from generator.reference import DOCS, render_docs
from generator.reference import environment as docs_environment
from generator.render import environment as package_environment
from generator.render import render


@dataclass(frozen=True)
class Generation:
    api: Api
    files: dict[str, bytes]  # the whole generated tree, manifest and docs/ included
    formatted: int  # files that went through black (the others came from the cache)
    api_changes: Report | None  # against the client now in the output directory (None: no baseline)
    warnings: list[SpecProblem]


def load_api(spec: Path, problems: Problems | None = None, cache: Path | None = None) -> Api:
    """The model of the spec at `spec`, or SpecError with every problem.

    Problems of all stages are reported together where the spec can still be
    read: a broken $ref does not hide a bad version. The model is built only
    from a document that validated, so its problems come on their own.
    With a `cache` directory, validation reuses the verdicts of earlier runs
    on the same content (generator/cache.py) and keeps this run's.
    """
    problems = Problems() if problems is None else problems
    document = _read(spec, problems, cache)
    _validate(document, problems, cache)
    api = build_api(document, problems)
    problems.raise_errors()
    return api


def _read(spec: Path, problems: Problems, cache: Path | None) -> SpecDict:
    loaded = read_spec(spec, problems, cache)
    if loaded.document is None:
        problems.raise_errors()
    assert loaded.document is not None
    return loaded.document


def _validate(document: SpecDict, problems: Problems, cache: Path | None) -> None:
    problems.found.extend(_validation(document, cache))
    problems.raise_errors()


def _validation(document: SpecDict, cache: Path | None) -> list[SpecProblem]:
    """Every problem validation finds in the document; the verdicts it used are kept in `cache`."""
    from generator.validate import validate_spec  # with the validators: generate imports them in its child

    problems = Problems()
    verdicts = Verdicts(cache)
    validate_spec(document, problems, verdicts)
    verdicts.save()  # problems or not: a verdict is about content, and content that failed may come back
    return problems.found


def _model_ahead(document: SpecDict) -> tuple[Api, Problems] | None:
    """The model of a document not validated yet, or None where it cannot be built.

    Only so that black can start while validation runs: it is used only once
    the document has validated, and dropped otherwise.
    """
    problems = Problems()
    try:
        return build_api(document, problems), problems
    except Exception:  # an invalid document: validation will say why
        return None


def generate(spec: Path, current: dict[str, bytes], cache: Path | None = None) -> Generation:
    """The generated tree for `spec`, reusing black's work from `current` (and verdicts from `cache`).

    Validation runs beside the rest, in a forked child (generator/forked.py);
    meanwhile black and the reference start on a model built ahead of it.
    What they make is used only once the document has validated.
    """
    problems = Problems()
    document = _read(spec, problems, cache)
    _compiled_templates(cache)
    manifest = Manifest.read(current)
    with contextlib.ExitStack() as stack:
        validation = Forked(partial(_validation, document, cache))
        stack.callback(validation.cancel)
        ahead = _model_ahead(document) if not problems.errors else None
        formatting, docs = None, None
        if ahead is not None:
            api, model_problems = ahead
            docs = Forked(partial(docs_files, api, spec))
            stack.callback(docs.cancel)
            try:
                rendered = render(api)
            except Exception:  # the model of an invalid document: validation will say why
                ahead = None
            else:
                formatting = stack.enter_context(Formatting(rendered, manifest.cached(current), api))
        problems.found.extend(validation.result())
        problems.raise_errors()
        if ahead is None:
            api = build_api(document, problems)
        else:
            problems.found.extend(model_problems.found)
        problems.raise_errors()
        if formatting is None:
            rendered = render(api)
            formatting = stack.enter_context(Formatting(rendered, manifest.cached(current), api))
        new_snapshot = snapshot(api, spec)
        changes = None
        if manifest.api is not None:
            changes = judge(diff(manifest.api, new_snapshot), manifest.api.get("info", {}).get("version"), api.version)
        # docs/ is plain text that black never sees: the manifest lists its files, but keeps no cache of them.
        docs_tree = docs.result() if docs is not None and ahead is not None else docs_files(api, spec)
        output, formatted = formatting.result()
    output.update(docs_tree)
    output[Manifest.PATH] = Manifest.of(rendered, output, without_locations(new_snapshot)).to_bytes()
    return Generation(api, output, formatted, changes, problems.warnings)


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


def docs_files(api: Api, spec: Path) -> dict[str, bytes]:
    """The files of generated/docs/ (the reference), from the model."""
    return {file.path: file.text.encode("utf-8") for file in render_docs(api, spec.parent)}


def with_docs(
    spec: Path, current: dict[str, bytes], cache: Path | None = None
) -> tuple[Api, dict[str, bytes], list[SpecProblem]]:
    """`current` with docs/ rendered afresh and everything else as it is (`python -m generator docs`)."""
    problems = Problems()
    api = load_api(spec, problems, cache)
    _compiled_templates(cache)
    kept = {path: data for path, data in current.items() if not path.startswith(DOCS + "/")}
    return api, {**kept, **docs_files(api, spec)}, problems.warnings
