"""python -m generator validate | generate | check [--since REV] | diff OLD NEW | docs | release"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import jinja2

from generator.diff import FORMATS, Report, diff, judge, render_report, snapshot
from generator.diff.formatters import insert_section, markdown, summary, text_lines
from generator.diff.releases import record
from generator.diff.sources import SourceError, spec_at
from generator.diff.versioning import version_problem
from generator.errors import Problems, SpecError, SpecProblem
from generator.format import GeneratorBugError
from generator.load import display_path
from generator.pipeline import generate, load_api, with_docs
from generator.reference import DOCS, RELEASES
from generator.write import diff_trees, read_tree, write_tree

REPOSITORY = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=["validate", "generate", "check", "diff", "docs", "release"])
    parser.add_argument(
        "sources", nargs="*", metavar="OLD NEW", help="diff: two spec roots, directories or git revisions"
    )
    parser.add_argument("--spec", type=Path, default=REPOSITORY / "spec" / "openapi.yaml", help="root spec file")
    parser.add_argument("--out", type=Path, default=REPOSITORY / "generated", help="generated package directory")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text", help="diff: how to print the report")
    parser.add_argument(
        "--changelog",
        type=Path,
        help="diff: also write the Markdown section into this changelog, first after its title",
    )
    parser.add_argument(
        "--since", metavar="REV", help="check: fail when the spec changed since REV by more than info.version allows"
    )
    args = parser.parse_args(argv)
    if (args.command == "diff") != bool(args.sources) or (args.command == "diff" and len(args.sources) != 2):
        parser.error("diff takes OLD and NEW (spec roots, directories or git revisions); the other commands take none")
    started = time.perf_counter()
    try:
        if args.command == "diff":
            report = compare_specs(args.sources[0], args.sources[1])
            print(render_report(report, args.format), end="")
            if args.changelog is not None:
                existing = args.changelog.read_text(encoding="utf-8") if args.changelog.exists() else "# Changelog\n"
                args.changelog.write_text(insert_section(existing, markdown(report)), encoding="utf-8")
            return 0
        if args.command == "check" and args.since:
            return _check_version(args.since, str(args.spec))
        if args.command == "release":
            # releases/ beside spec/: the API of each published version, which the review view compares with.
            api = load_api(args.spec)
            recorded, written = record(api, args.spec, args.spec.resolve().parent.parent / RELEASES)
            print(f"{display_path(recorded)}: {'recorded' if written else 'already recorded'} version {api.version}")
            return 0
        if args.command == "validate":
            problems = Problems()
            api = load_api(args.spec, problems)
            _print_warnings(problems.warnings)
            print(
                f"{display_path(args.spec)}: valid ({len(api.operations)} operations){_warning_count(problems.warnings)}"
            )
            return 0
        current = read_tree(args.out)
        if args.command == "docs":
            return _write_docs(args.spec, args.out, current, started)
        generation = generate(args.spec, current)
    except (SourceError, ValueError) as error:
        print(error, file=sys.stderr)
        return 1
    except SpecError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
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
    changes = diff_trees(current, generation.files)
    out = display_path(args.out)
    _print_warnings(generation.warnings)
    if args.command == "check":
        stale = changes.written + changes.removed
        for path in stale:
            state = "missing" if path not in current else "stale" if path in generation.files else "not generated"
            print(f"{out}/{path}: {state}")
        if stale:
            print(
                f"{len(stale)} file(s) in {out} differ from the spec; run: python -m generator generate",
                file=sys.stderr,
            )
            return 1
        print(f"{out} matches the spec ({len(generation.files)} files){_warning_count(generation.warnings)}")
        return 0
    write_tree(args.out, generation.files, current)
    if not args.quiet:
        for path in changes.written:
            print(f"  {'added' if path not in current else 'updated'} {out}/{path}")
        for path in changes.removed:
            print(f"  removed {out}/{path}")
        if generation.api_changes is not None:
            for line in text_lines(generation.api_changes, "  "):
                print(line)
    seconds = time.perf_counter() - started
    print(
        f"{len(generation.api.operations)} operations in {len(generation.api.groups)} groups: "
        f"{len(changes.written)} files written, {len(changes.unchanged)} unchanged, "
        f"{len(changes.removed)} removed; {_api_summary(generation.api_changes)}; "
        f"black ran on {generation.formatted}{_warning_count(generation.warnings)}; {seconds:.2f} s"
    )
    return 0


def _write_docs(spec: Path, out: Path, current: dict[str, bytes], started: float) -> int:
    api, files, warnings = with_docs(spec, current)
    changes = write_tree(out, files, current)
    _print_warnings(warnings)
    shown = display_path(out)
    for path in changes.written:
        print(f"  {'added' if path not in current else 'updated'} {shown}/{path}")
    for path in changes.removed:
        print(f"  removed {shown}/{path}")
    documented = sum(path.startswith(DOCS + "/") for path in files)
    print(
        f"{len(api.operations)} operations documented in {documented} files: {len(changes.written)} written, "
        f"{len(changes.removed)} removed{_warning_count(warnings)}; {time.perf_counter() - started:.2f} s"
    )
    return 0


def _print_warnings(warnings: list[SpecProblem]) -> None:
    for warning in warnings:
        print(warning, file=sys.stderr)


def _warning_count(problems: list[SpecProblem]) -> str:
    count = sum(problem.warning for problem in problems)
    return f", {count} warning{'s' if count != 1 else ''}" if count else ""


def _api_summary(changes: Report | None) -> str:
    if changes is None:
        return "no earlier API baseline to compare with"
    return summary(changes)


def compare_specs(old: str, new: str, repository: Path = REPOSITORY) -> Report:
    """The change report from spec `old` to spec `new` (each a root file, a directory or a git revision)."""
    with spec_at(old, repository) as old_root:
        old_api = load_api(old_root)
        old_snapshot = snapshot(old_api, old_root)
    with spec_at(new, repository) as new_root:
        new_api = load_api(new_root)
        new_snapshot = snapshot(new_api, new_root)
    return judge(diff(old_snapshot, new_snapshot), old_api.version, new_api.version)


def _check_version(since: str, spec: str) -> int:
    """The version rule: the spec may change since `since` only as much as its info.version change allows."""
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


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
