"""Time the generator on the current spec, each stage, and against openapi-python-client.

    python bench/bench_generate.py [--repeat N] [--no-peer]

Ours, each run the whole `python -m generator generate` (its main(), in this
process, and again as a command, imports and all): cold (no output directory
and no cache directory, so everything is validated and black formats every
file), nothing changed (the output and cache of the previous run are present:
the last run's record says there is nothing to do), and one operation edited
(one word of one summary changed since the last run, alternating between two
words so that every run sees an edit: one path item is validated again, the
rest comes from the cache's verdicts, and black formats the changed files).

The peer: openapi-python-client (pinned in requirements-dev.txt) generating a
client from the same spec bundled into one JSON file by Redocly (`npx
--no-install redocly bundle`, after `npm ci`), its fastest input, with its
default post-hooks (ruff check --fix and ruff format, which run only when
ruff is on PATH: this script puts its own interpreter's bin directory first).
Bundling is done once and not timed.

Prints the best of N runs for each figure and the three ratios against the
peer's cold generation measured in this same run (the figures that matter on
a shared, noisy machine). No test asserts a time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from generator.__main__ import main as generator_main  # noqa: E402
from generator.cache import Memo  # noqa: E402
from generator.errors import Problems  # noqa: E402
from generator.format import format_files  # noqa: E402
from generator.load import load_spec  # noqa: E402
from generator.model import build_api  # noqa: E402
from generator.pipeline import VERDICTS  # noqa: E402
from generator.reference import render_docs  # noqa: E402
from generator.render import render  # noqa: E402
from generator.validate import validate_spec  # noqa: E402

SPEC = REPOSITORY / "spec" / "openapi.yaml"
PEER = "openapi-python-client"
# The one edit: a word of this operation's summary, switched back and forth.
EDIT_FILE, EDIT_WORDS = Path("paths") / "user.yaml", (
    "summary: Create an IM account",
    "summary: Create a new IM account",
)


# As a user's shell runs it: Python keeps the generator's compiled modules in __pycache__ (a machine
# or a tox environment that sets PYTHONDONTWRITEBYTECODE would compile them again on every run).
COMMAND_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def forget_in_process_memos() -> None:
    """What a new process would not have: Jinja's environments and the generator's memos (the cache directory stays)."""
    from generator import cache, reference, render

    for memo in (render.environment, render._wrapped, reference.environment, cache.generator_stamp):
        memo.cache_clear()


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def stages(repeat: int) -> None:
    document = load_spec(SPEC)
    validate_spec(document, Problems())
    api = build_api(document)
    files = render(api)
    docs = render_docs(api, None)
    python_lines = sum(file.text.count("\n") for file in files if file.python)

    load_s = best_of(repeat, lambda: load_spec(SPEC))
    # As a run without a cache validates: each content checked once (a memo with no directory).
    validate_s = (
        best_of(repeat, lambda: validate_spec(load_spec(SPEC), Problems(), Memo(None).table(VERDICTS))) - load_s
    )
    model_s = best_of(repeat, lambda: build_api(document))
    render_s = best_of(repeat, lambda: render(api))
    docs_s = best_of(repeat, lambda: render_docs(api, None))
    format_s = best_of(repeat, lambda: format_files(files, lambda file: None, api))

    print(f"spec: {len(api.operations)} operations, {python_lines} lines of Python rendered")
    print(f"load {load_s:.3f} s | validate {validate_s:.3f} s | model {model_s:.3f} s | render {render_s:.3f} s")
    docs_bytes = sum(len(file.text.encode()) for file in docs)
    print(f"docs (the reference, {len(docs)} files, {docs_bytes / 1e6:.1f} MB) {docs_s:.3f} s")
    print(f"format (black, all files) {format_s:.3f} s = {python_lines / format_s:.0f} lines/s")


def ours(repeat: int, scratch: Path, command: bool) -> tuple[float, float, float]:
    """Cold, nothing changed, one operation edited: end to end, output written.

    `command`: run `python -m generator generate` as a new process (imports
    included) rather than its main() in this one.
    """
    spec_dir = scratch / "spec"
    shutil.rmtree(spec_dir, ignore_errors=True)
    shutil.copytree(SPEC.parent, spec_dir)
    spec = spec_dir / "openapi.yaml"
    out = scratch / "generated"
    cache = scratch / "cache"
    arguments = ["generate", "--spec", str(spec), "--out", str(out), "--cache", str(cache), "--quiet"]

    def run() -> None:
        if command:
            subprocess.run(
                [sys.executable, "-m", "generator", *arguments],
                cwd=REPOSITORY,
                env=COMMAND_ENVIRONMENT,
                check=True,
                capture_output=True,
            )
            return
        forget_in_process_memos()
        with contextlib.redirect_stdout(io.StringIO()):
            if generator_main(arguments) != 0:
                raise SystemExit("bench: generation failed")

    def cold() -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        run()

    def again() -> None:
        run()

    edited = spec_dir / EDIT_FILE
    if edited.read_text(encoding="utf-8").count(EDIT_WORDS[0]) != 1:
        raise SystemExit(f"bench: '{EDIT_WORDS[0]}' is not once in spec/{EDIT_FILE}; update EDIT_WORDS")

    def one_edit() -> None:
        text = edited.read_text(encoding="utf-8")
        old, new = EDIT_WORDS if EDIT_WORDS[0] in text else EDIT_WORDS[::-1]
        edited.write_text(text.replace(old, new, 1), encoding="utf-8")
        run()

    cold_s = best_of(repeat, cold)
    warm_s = best_of(repeat, again)
    edit_s = best_of(repeat, one_edit)
    return cold_s, warm_s, edit_s


def peer(repeat: int, scratch: Path) -> float | None:
    """openapi-python-client's cold generation from the bundled JSON spec, or None when it cannot run here."""
    bin_dir = Path(sys.executable).parent
    command = shutil.which(PEER, path=str(bin_dir)) or shutil.which(PEER)
    npx = shutil.which("npx")
    if command is None or npx is None or not (REPOSITORY / "node_modules" / ".bin" / "redocly").exists():
        print(f"peer: skipped ({PEER} from requirements-dev.txt and `npm ci` for Redocly are needed)")
        return None
    bundle = scratch / "bundle.json"
    subprocess.run(
        [npx, "--no-install", "redocly", "bundle", str(SPEC), "-o", str(bundle), "--ext", "json"],
        cwd=REPOSITORY,
        check=True,
        capture_output=True,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}  # ruff for its post-hooks
    if shutil.which("ruff", path=env["PATH"]) is None:
        print("peer: ruff is not on PATH, so its post-hooks would not run; skipped")
        return None
    out = scratch / "peer"
    work = scratch / "peer-cwd"
    work.mkdir()

    def cold() -> None:
        shutil.rmtree(out, ignore_errors=True)
        run = subprocess.run(
            [command, "generate", "--path", str(bundle), "--output-path", str(out)],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0 or not out.is_dir():
            raise SystemExit(f"{PEER} failed:\n{run.stdout}{run.stderr}")

    seconds = best_of(repeat, cold)
    files = sum(1 for _ in out.rglob("*.py"))
    print(f"peer: {PEER} cold (bundled JSON, ruff post-hooks) {seconds:.3f} s, {files} Python files")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-peer", action="store_true", help="skip openapi-python-client")
    args = parser.parse_args()
    stages(args.repeat)
    with tempfile.TemporaryDirectory() as scratch:
        cold_s, warm_s, edit_s = ours(args.repeat, Path(scratch), command=False)
        command_s = ours(args.repeat, Path(scratch) / "command", command=True)
        peer_s = None if args.no_peer else peer(args.repeat, Path(scratch))
    print(f"generate cold (end to end, no output, no cache) {cold_s:.3f} s")
    print(f"generate with nothing changed {warm_s:.3f} s")
    print(f"generate after one operation edited {edit_s:.3f} s")
    print(f"warm/cold ratio {warm_s / cold_s:.2f}")
    print("as a command (python -m generator generate, a new process each run): " + _figures(command_s))
    if peer_s is not None:
        print(f"ratios to {PEER}'s cold generation ({peer_s:.3f} s), lower is faster:")
        print(
            f"  nothing changed {warm_s / peer_s:.2f}x | one operation edited {edit_s / peer_s:.2f}x | cold {cold_s / peer_s:.2f}x"
        )
        ratios = " | ".join(f"{name} {seconds / peer_s:.2f}x" for name, seconds in zip(_NAMES, command_s, strict=True))
        print(f"  as a command: {ratios}")


_NAMES = ("cold", "nothing changed", "one operation edited")


def _figures(seconds: tuple[float, float, float]) -> str:
    return " | ".join(f"{name} {value:.3f} s" for name, value in zip(_NAMES, seconds, strict=True))


if __name__ == "__main__":
    main()
