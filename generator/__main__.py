"""python -m generator validate | generate | check [--since REV] | diff OLD NEW | docs | release | rules | evidence REPORT..."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from generator.cache import LastRun, input_digest, releases_dir, tree_digest, unchanged_since
from generator.errors import SpecProblem, display_path
from generator.write import Changes, read_tree

if TYPE_CHECKING:
    from generator.diff import Report
    from generator.model import Api
    from generator.pipeline import Generation

# The stages (jinja2, black, the validators) are imported only when a run
# needs them: with nothing changed since the last run, generate and check
# answer from the cache without them.

REPOSITORY = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    # A run makes millions of objects and almost no cycles: the collector only walked them (a
    # one-edit run's peak memory is the same without it).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if was_enabled:
            gc.enable()


def _main(argv: list[str] | None) -> int:
    words = sys.argv[1:] if argv is None else argv
    if words[:1] == ["evidence"]:  # reads reports, not the generator's options
        from generator.evidence import main as evidence

        return evidence(words[1:])
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["validate", "generate", "check", "diff", "docs", "release", "rules"])
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="OLD [NEW]",
        help="diff: two spec roots, directories or git revisions (NEW defaults to --spec, the work tree)",
    )
    parser.add_argument("--spec", type=Path, default=REPOSITORY / "spec" / "openapi.yaml", help="root spec file")
    parser.add_argument("--out", type=Path, default=REPOSITORY / "generated", help="generated package directory")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")
    parser.add_argument(
        "--cache",
        type=Path,
        help="where validation verdicts and the last run are kept (default: .cache/generator beside --out)",
    )
    parser.add_argument("--no-cache", action="store_true", help="neither read nor write the cache: check everything")
    parser.add_argument("--format", default="text", help="diff: how to print the report (text, markdown or json)")
    parser.add_argument(
        "--changelog",
        type=Path,
        help="diff: also write the Markdown section into this changelog, first after its title",
    )
    parser.add_argument(
        "--since", metavar="REV", help="check: fail when the spec changed since REV by more than info.version allows"
    )
    args = parser.parse_args(argv)
    if (args.command == "diff") != bool(args.sources) or len(args.sources) > 2:
        parser.error("diff takes OLD and NEW (spec roots, directories or git revisions); the other commands take none")
    if args.command == "diff" and len(args.sources) == 1:
        args.sources.append(str(args.spec))
    if args.command == "rules":
        return _print_rules()
    started = time.perf_counter()
    cache = None if args.no_cache else args.cache or args.out.resolve().parent / ".cache" / "generator"
    current: dict[str, bytes] = {}
    inputs = None
    if args.command in ("generate", "check") and not args.since:
        current = read_tree(args.out)
        try:
            inputs = input_digest(args.spec)  # before reading the spec: an edit made meanwhile is seen next time
        except OSError:
            inputs = None  # an input that cannot be read: no fast path, and the stages report it
        last = None if cache is None or inputs is None else unchanged_since(cache, args.spec, args.out, current, inputs)
        if last is not None:
            return _unchanged(args.command, args.spec, args.out, last, started)
    return _run(parser, args, started, cache, current, inputs)


def _run(
    parser: argparse.ArgumentParser,
    args: argparse.Namespace,
    started: float,
    cache: Path | None,
    current: dict[str, bytes],
    inputs: str | None,
) -> int:
    import jinja2

    from generator.diff import FORMATS, render_report
    from generator.diff.formatters import insert_section, markdown, text_lines
    from generator.diff.releases import record
    from generator.diff.sources import SourceError
    from generator.errors import Problems, SpecError
    from generator.format import GeneratorBugError
    from generator.manifest import Manifest
    from generator.pipeline import generate, load_api
    from generator.write import diff_trees, git_ignored, write_tree

    if args.command == "diff" and args.format not in FORMATS:
        parser.error(f"--format must be one of {', '.join(sorted(FORMATS))}")
    try:
        if args.command == "diff":
            report = compare_specs(args.sources[0], args.sources[1])
            print(render_report(report, args.format), end="")
            if args.changelog is not None:
                existing = args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else "# Changelog\n"
                section = markdown(report)
                updated = insert_section(existing, section)
                args.changelog.write_text(updated, encoding="utf-8")
                heading = section.splitlines()[0]
                done = "replaced" if heading.split(" (")[0] in existing else "added"
                # On stderr: stdout holds the report, which may be JSON.
                print(f"{display_path(args.changelog)}: {done} the section {heading!r}", file=sys.stderr)
            return 0
        if args.command == "check" and args.since:
            return _check_version(args.since, str(args.spec))
        if args.command == "release":
            # releases/ beside spec/: the API of each published version, which the review view compares with.
            api = load_api(args.spec)
            recorded, written = record(api, releases_dir(args.spec))
            print(f"{display_path(recorded)}: {'recorded' if written else 'already recorded'} version {api.version}")
            return 0
        if args.command == "validate":
            problems = Problems()
            api = load_api(args.spec, problems, cache)
            _print_warnings(problems.warnings, args.spec)
            print(
                f"{display_path(args.spec)}: valid ({len(api.operations)} operations){_warning_count(problems.warnings)}"
            )
            return 0
        if args.command == "docs":
            return _write_docs(args.spec, args.out, read_tree(args.out), started, cache)
        generation = generate(args.spec, current, cache)
    except (SourceError, ValueError) as error:
        print(error, file=sys.stderr)
        return 1
    except SpecError as error:
        for problem in error.problems:
            print(problem.shown(error.spec or args.spec), file=sys.stderr)
        count = len(error.errors)
        print(
            f"{count} problem{'s' if count != 1 else ''} in the spec{_warning_count(error.problems)}; nothing was written.",
            file=sys.stderr,
        )
        return 1
    except GeneratorBugError as error:
        print(f"{error}; nothing was written.", file=sys.stderr)
        return 2
    except jinja2.TemplateError as error:
        where = f"{error.filename}:{error.lineno}: " if isinstance(error, jinja2.TemplateSyntaxError) else ""
        print(f"{where}generator bug in the templates: {error}; nothing was written.", file=sys.stderr)
        return 2
    out = display_path(args.out)
    _print_warnings(generation.warnings, args.spec)
    if args.command == "check":
        changes = diff_trees(current, generation.files)
        ignored = git_ignored(args.out, changes.removed)
        stale = changes.written + [path for path in changes.removed if path not in ignored]
        owned = Manifest.read(current).written()
        for path in stale:
            state = "missing" if path not in current else "stale" if path in generation.files else "not generated"
            if path not in owned and state == "not generated":
                state += " (generate leaves files it did not write: delete it, or have git ignore it)"
            print(f"{out}/{path}: {state}")
        if stale:
            print(
                f"{len(stale)} file(s) in {out} differ from the spec; run: python -m generator generate",
                file=sys.stderr,
            )
            return 1
        print(f"{out} matches the spec ({len(generation.files)} files){_warning_count(generation.warnings)}")
        _remember(cache, args.spec, args.out, inputs, generation)
        return 0
    changes = write_tree(args.out, generation.files, current, Manifest.read(current).written())
    _remember(cache, args.spec, args.out, inputs, generation)
    _print_removed(changes, out)
    if not args.quiet:
        _print_written(changes, current, out)
        if generation.api_changes is not None:
            for line in text_lines(generation.api_changes, "  "):
                print(line)
    _print_version_advice(generation.since_release, generation.api.version)
    seconds = time.perf_counter() - started
    print(
        f"{len(generation.api.operations)} operations in {len(generation.api.groups)} groups: "
        f"{len(changes.written)} files written, {len(changes.unchanged)} unchanged, "
        f"{len(changes.removed)} removed; {_api_summary(generation.api_changes)}; "
        f"black ran on {generation.formatted}{_warning_count(generation.warnings)}; {seconds:.2f} s"
    )
    return 0


def _print_version_advice(since_release: Report | None, version: str) -> None:
    """When the API changed since the newest recorded release more than info.version allows, say so."""
    from generator.diff.versioning import version_problem

    if since_release is None or since_release.old_version is None:
        return  # nothing released yet: the changes go into the first release, whatever its version
    problem = version_problem(since_release, since_release.old_version, version)
    if problem is not None:
        print(f"info.version must move before the next release: since {since_release.old_version}, {problem}")


def _print_written(changes: Changes, current: dict[str, bytes], out: Path) -> None:
    for path in changes.written:
        print(f"  {'added' if path not in current else 'updated'} {out}/{path}")
    for path in changes.kept:
        print(f"  left {out}/{path} (not written by the generator)")


def _print_removed(changes: Changes, out: Path) -> None:
    """Every removal by name, quiet or not: a file that disappears is never a surprise."""
    for path in changes.removed:
        print(f"  removed {out}/{path}")


def _remember(cache: Path | None, spec: Path, out: Path, inputs: str | None, generation: Generation) -> None:
    """Record that `out` now holds what these inputs give, for the next run's fast path."""
    if cache is None or inputs is None:
        return
    last = LastRun(
        inputs=inputs,
        tree=tree_digest(generation.files),
        operations=len(generation.api.operations),
        groups=len(generation.api.groups),
        files=len(generation.files),
        warnings=tuple(generation.warnings),
    )
    last.write(cache, spec, out)


def _unchanged(command: str, spec: Path, out_dir: Path, last: LastRun, started: float) -> int:
    """What generate or check print when neither the inputs nor the tree changed since the last run."""
    _print_warnings(list(last.warnings), spec)
    out = display_path(out_dir)
    if command == "check":
        print(f"{out} matches the spec ({last.files} files){_warning_count(list(last.warnings))}")
        return 0
    print(
        f"{last.operations} operations in {last.groups} groups: 0 files written, {last.files} unchanged, 0 removed; "
        f"no API changes; black ran on 0, nothing to do: the inputs and {out} are as the last run left them"
        f"{_warning_count(list(last.warnings))}; {time.perf_counter() - started:.2f} s"
    )
    return 0


def _write_docs(spec: Path, out: Path, current: dict[str, bytes], started: float, cache: Path | None) -> int:
    from generator.manifest import Manifest
    from generator.pipeline import with_docs
    from generator.reference import DOCS
    from generator.write import write_tree

    api, files, warnings = with_docs(spec, current, cache)
    changes = write_tree(out, files, current, Manifest.read(current).written())
    _print_warnings(warnings, spec)
    shown = display_path(out)
    _print_removed(changes, shown)
    _print_written(changes, current, shown)
    documented = sum(path.startswith(DOCS + "/") for path in files)
    print(
        f"{len(api.operations)} operations documented in {documented} files: {len(changes.written)} written, "
        f"{len(changes.removed)} removed{_warning_count(warnings)}; {time.perf_counter() - started:.2f} s"
    )
    return 0


def _print_rules() -> int:
    """Every spec rule: its id (what a problem ends with), its level and what it asks."""
    from generator.rules import RULES

    width = max(len(rule_id) for rule_id in RULES)
    for rule in RULES.values():
        print(f"{rule.id:<{width}}  {rule.level:<7}  {rule.summary}")
    return 0


def _print_warnings(warnings: list[SpecProblem], spec: Path) -> None:
    for warning in warnings:
        print(warning.shown(spec), file=sys.stderr)


def _warning_count(problems: list[SpecProblem]) -> str:
    count = sum(problem.warning for problem in problems)
    return f", {count} warning{'s' if count != 1 else ''}" if count else ""


def _api_summary(changes: Report | None) -> str:
    from generator.diff.formatters import summary

    if changes is None:
        return "no earlier API baseline to compare with"
    return summary(changes)


def compare_specs(old: str, new: str, repository: Path = REPOSITORY) -> Report:
    """The change report from spec `old` to spec `new` (each a root file, a directory or a git revision)."""
    from generator.diff import diff, judge, snapshot

    old_api = _api_at(old, repository)
    new_api = _api_at(new, repository)
    return judge(diff(snapshot(old_api), snapshot(new_api)), old_api.version, new_api.version)


def _api_at(source: str, repository: Path) -> Api:
    """The model of the spec at `source` (a root file, a directory or a git revision), or SpecError
    that knows where its places are."""
    from generator.diff.sources import ROOT_FILE, spec_at
    from generator.errors import SpecError
    from generator.pipeline import load_api

    with spec_at(source, repository) as root:
        try:
            return load_api(root)
        except SpecError as error:
            # A revision's spec/ was unpacked into a folder that is gone now: its places are the repository's spec/.
            revision = not Path(source).exists()
            raise SpecError(error.problems, repository / "spec" / ROOT_FILE if revision else root) from None


def _check_version(since: str, spec: str) -> int:
    """The version rule: the spec may change since `since` only as much as its info.version change allows."""
    from generator.diff.formatters import summary, text_lines
    from generator.diff.versioning import version_problem

    report = compare_specs(since, spec)
    assert report.old_version is not None and report.new_version is not None
    for line in text_lines(report, "  "):
        print(line)
    problem = version_problem(report, report.old_version, report.new_version)
    if problem is not None:
        print(f"since {since}: {summary(report)}; {problem}", file=sys.stderr)
        return 1
    print(f"since {since}: {summary(report)}; info.version {report.old_version} -> {report.new_version} allows it")
    return 0


def _missing_dependency(error: ImportError) -> str:
    """What to do when this Python lacks one of the generator's dependencies."""
    name = error.name
    return (
        f"python -m generator: this Python ({sys.executable}) lacks {name!r}, which the generator needs. "
        "Run it as ./dev generate (a private environment with the pinned dependencies), or install them "
        "into this Python first: pip install -c constraints.txt -r requirements.txt"
    )


if __name__ == "__main__":
    try:
        code = main()
        # Everything the run made is garbage now: without this, the collection at exit walks it all,
        # a tenth of a second or more of a one-edit run.
        gc.freeze()
        sys.exit(code)
    except KeyboardInterrupt:
        sys.exit(130)
    except ImportError as error:
        if (error.name or "generator").startswith("generator"):
            raise  # our own module: a bug, not a missing dependency
        print(_missing_dependency(error), file=sys.stderr)
        sys.exit(2)
