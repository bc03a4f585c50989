"""Time per operation at growing sizes: a synthetic spec shaped like this API, up to 2,000 operations.

    python bench/bench_scaling.py [--sizes 250,500,1000,2000] [--repeat 1]

The synthetic spec is the real one with its path items copied: copy k of a
module file (spec/paths/user.yaml -> paths/user__r2.yaml) holds the same
operations with `R2` after each operationId, and is reached from the root as
/user2/create.action and so on (so client.user2.create: groups of the same
size as the real ones, ten times as many). A v2 module is copied the same
way under /r2/im/v2/..., as module `account_r2` with its own tag
(client.v2.account_r2.create_account). Components, webhooks and the
status table are the real ones, shared by every copy, as in a larger API of
the same shape. A spec of N operations takes the first N of that list.

For each size: cold generation (no output, no cache: everything validated,
every file through black), nothing changed, and one operation's summary
edited; each figure end to end through the command's main() in this process,
printed with the time per operation. Time per operation that stays flat as
the size grows means linear time.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY))

from bench_generate import forget_in_process_memos  # noqa: E402

from generator.__main__ import main as generator_main  # noqa: E402

SPEC = REPOSITORY / "spec"
_OPERATION_ID = re.compile(r"^(\s*operationId:\s*)([A-Za-z][A-Za-z0-9]*)\s*$", re.MULTILINE)
_V2_OPERATION_ID = re.compile(r"^(\s*operationId:\s*v2\.[a-z][a-z0-9_]*)\.", re.MULTILINE)
_V2_TAGS = re.compile(r"^(\s*tags:\s*\[v2-[a-z0-9-]+)\]", re.MULTILINE)


class _Dumper(yaml.SafeDumper):
    """Writes shared data in full: the generator refuses YAML aliases of mappings."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def synthetic_spec(folder: Path, operations: int) -> Path:
    """A copy of spec/ with its path items copied until it has `operations` of them; its root file."""
    shutil.copytree(SPEC, folder)
    root = yaml.safe_load((SPEC / "openapi.yaml").read_text(encoding="utf-8"))
    real: list[tuple[str, str, str]] = []  # (path, module file, key in it)
    for path, item in root["paths"].items():
        file_part, _, pointer = item["$ref"].partition("#/")
        real.append((path, file_part, pointer))
    paths: dict[str, Any] = {}
    v2_tags = [tag for tag in root["tags"] if tag["name"].startswith("v2-")]
    copy = 1
    while len(paths) < operations:
        for path, file_part, pointer in real:
            if len(paths) == operations:
                break
            if copy == 1:
                paths[path] = {"$ref": f"{file_part}#/{pointer}"}
                continue
            v2 = not path.endswith(".action")
            copied = _copy_module(folder, file_part, copy, v2)
            group, _, rest = path.lstrip("/").partition("/")
            paths[f"/r{copy}{path}" if v2 else f"/{group}{copy}/{rest}"] = {"$ref": f"{copied}#/{pointer}"}
        if copy > 1:
            root["tags"] += [{**tag, "name": f"{tag['name']}-r{copy}"} for tag in v2_tags]
        copy += 1
    root["paths"] = paths
    text = yaml.dump(root, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000)
    (folder / "openapi.yaml").write_text(text, encoding="utf-8")
    return folder / "openapi.yaml"


def _copy_module(folder: Path, file_part: str, copy: int, v2: bool) -> str:
    """paths/<name>__r<copy>.yaml: the module file with `R<copy>` after each operationId (v1), or
    with module `<module>_r<copy>` in each operationId and tag `v2-<module>-r<copy>` (v2)."""
    source = folder / file_part
    name = f"{source.stem}__r{copy}{source.suffix}"
    target = source.with_name(name)
    if not target.exists():
        text = source.read_text(encoding="utf-8")
        if v2:
            text = _V2_OPERATION_ID.sub(lambda found: f"{found[1]}_r{copy}.", text)
            text = _V2_TAGS.sub(lambda found: f"{found[1]}-r{copy}]", text)
        else:
            text = _OPERATION_ID.sub(lambda found: f"{found[1]}{found[2]}R{copy}", text)
        target.write_text(text, encoding="utf-8")
    return str(Path(file_part).with_name(name).as_posix())


def best_of(repeat: int, work: Any) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(scratch: Path, operations: int, repeat: int) -> tuple[float, float, float]:
    spec = synthetic_spec(scratch / f"spec-{operations}", operations)
    out = scratch / f"generated-{operations}"
    cache = scratch / f"cache-{operations}"
    arguments = ["generate", "--spec", str(spec), "--out", str(out), "--cache", str(cache), "--quiet"]

    def run() -> None:
        forget_in_process_memos()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
            if generator_main(arguments) != 0:
                raise SystemExit(f"bench: generation of {operations} operations failed:\n{err.getvalue()}")

    def cold() -> None:
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        run()

    edited = spec.parent / "paths" / "user.yaml"
    words = ("summary: Create an IM account", "summary: Create a new IM account")

    def one_edit() -> None:
        text = edited.read_text(encoding="utf-8")
        old, new = words if words[0] in text else words[::-1]
        edited.write_text(text.replace(old, new, 1), encoding="utf-8")
        run()

    cold_s = best_of(repeat, cold)
    warm_s = best_of(repeat, run)
    edit_s = best_of(repeat, one_edit)
    return cold_s, warm_s, edit_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="250,500,1000,2000", help="operation counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print("| operations | cold | per operation | nothing changed | one edit | one edit per operation |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        for size in sizes:
            cold_s, warm_s, edit_s = measure(Path(scratch), size, args.repeat)
            print(
                f"| {size} | {cold_s:.2f} s | {cold_s / size * 1000:.1f} ms | {warm_s:.3f} s | {edit_s:.2f} s "
                f"| {edit_s / size * 1000:.2f} ms |",
                flush=True,
            )


if __name__ == "__main__":
    main()
