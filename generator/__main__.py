"""python -m generator validate | generate | check | docs"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import jinja2

from generator.changes import ApiChange
from generator.errors import Problems, SpecError, SpecProblem
from generator.format import GeneratorBugError
from generator.load import display_path
from generator.pipeline import generate, load_api, with_docs
from generator.reference import DOCS
from generator.write import diff_trees, read_tree, write_tree

REPOSITORY = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument(
        "command",
        choices=["validate", "generate", "check", "docs"],
        help="docs: write only generated/docs/ (the reference), as generate writes it",
    )
    parser.add_argument("--spec", type=Path, default=REPOSITORY / "spec" / "openapi.yaml", help="root spec file")
    parser.add_argument("--out", type=Path, default=REPOSITORY / "generated", help="generated package directory")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
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
        for api_change in generation.api_changes or []:
            print(f"  {api_change}")
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


def _api_summary(changes: list[ApiChange] | None) -> str:
    if changes is None:
        return "no earlier API baseline to compare with"
    breaking = sum(change.breaking for change in changes)
    return f"{len(changes)} API changes ({breaking} breaking)" if changes else "no API changes"


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
