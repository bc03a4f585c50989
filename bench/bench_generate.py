"""Time the generator on the current spec: each stage, cold and warm.

    python bench/bench_generate.py [--repeat N]

Cold: an empty output directory, so black formats every file. Warm: the
output of the cold run is present, so the manifest lets black skip every file.
Prints the best of N runs for each figure, and the warm/cold ratio measured in
this same run (the figure that matters on a shared, noisy machine).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from generator.errors import Problems  # noqa: E402
from generator.format import format_files  # noqa: E402
from generator.load import load_spec  # noqa: E402
from generator.model import build_api  # noqa: E402
from generator.pipeline import generate  # noqa: E402
from generator.reference import render_docs  # noqa: E402
from generator.render import render  # noqa: E402
from generator.validate import validate_spec  # noqa: E402
from generator.write import read_tree, write_tree  # noqa: E402

SPEC = REPOSITORY / "spec" / "openapi.yaml"


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat

    document = load_spec(SPEC)
    validate_spec(document, Problems())
    api = build_api(document, Problems())
    files = render(api)
    docs = render_docs(api, SPEC.parent)
    python_lines = sum(file.text.count("\n") for file in files if file.python)

    load_s = best_of(repeat, lambda: load_spec(SPEC))
    validate_s = best_of(repeat, lambda: validate_spec(load_spec(SPEC), Problems())) - load_s
    model_s = best_of(repeat, lambda: build_api(document, Problems()))
    render_s = best_of(repeat, lambda: render(api))
    docs_s = best_of(repeat, lambda: render_docs(api, SPEC.parent))
    format_s = best_of(repeat, lambda: format_files(files, lambda file: None, api))

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "generated"

        def cold() -> None:
            shutil.rmtree(out, ignore_errors=True)
            write_tree(out, generate(SPEC, {}).files, {})

        def warm() -> None:
            current = read_tree(out)
            write_tree(out, generate(SPEC, current).files, current)

        cold_s = best_of(repeat, cold)
        warm_s = best_of(repeat, warm)

    print(f"spec: {len(api.operations)} operations, {python_lines} lines of Python rendered")
    print(f"load {load_s:.3f} s | validate {validate_s:.3f} s | model {model_s:.3f} s | render {render_s:.3f} s")
    docs_bytes = sum(len(file.text.encode()) for file in docs)
    print(f"docs (the reference, {len(docs)} files, {docs_bytes / 1e6:.1f} MB) {docs_s:.3f} s")
    print(f"format (black, all files) {format_s:.3f} s = {python_lines / format_s:.0f} lines/s")
    print(f"generate cold (end to end, empty output) {cold_s:.3f} s")
    print(f"generate warm (end to end, nothing changed) {warm_s:.3f} s")
    print(f"warm/cold ratio {warm_s / cold_s:.2f}")


if __name__ == "__main__":
    main()
