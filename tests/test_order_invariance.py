"""Order invariance: shuffling the root's paths entries and the top-level keys of
the paths, webhooks and components files of the real spec (path items,
operations, schemas) changes nothing in the generated package and nothing in
the change report; the review view changes only in the spec lines it points at."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.write import read_tree
from tests.conftest import GENERATED, SPEC

_TOP_KEY = re.compile(r"^[^\s#]")


def _blocks(lines: list[str], starts: re.Pattern[str]) -> tuple[list[str], list[list[str]]]:
    """The lines before the first block, and the blocks: each begins at a line matching `starts`,
    with the comments and blank lines just above it."""
    head: list[str] = []
    blocks: list[list[str]] = []
    pending: list[str] = []
    for line in lines:
        if starts.match(line):
            blocks.append([*pending, line])
            pending = []
        elif not line.strip() or line.lstrip().startswith("#"):
            pending.append(line)
        elif blocks:
            blocks[-1].extend([*pending, line])
            pending = []
        else:
            head.extend([*pending, line])
            pending = []
    if blocks:
        blocks[-1].extend(pending)
    else:
        head.extend(pending)
    return head, blocks


def _shuffled(blocks: list[list[str]], rng: random.Random) -> list[str]:
    order = blocks[:]
    while len(order) > 1 and order == blocks:
        rng.shuffle(order)
    # Each block ends with a line break, whatever its place.
    return [line if line.endswith("\n") else line + "\n" for block in order for line in block]


def permute_root_paths(root: Path, rng: random.Random) -> None:
    lines = root.read_text(encoding="utf-8").splitlines(keepends=True)
    start = lines.index("paths:\n") + 1
    end = next(index for index in range(start, len(lines)) if _TOP_KEY.match(lines[index]))
    head, blocks = _blocks(lines[start:end], re.compile(r"^  /"))
    assert not [line for line in head if line.strip()] and len(blocks) > 100
    root.write_text("".join([*lines[:start], *_shuffled(blocks, rng), *lines[end:]]), encoding="utf-8")


def permute_top_keys(path: Path, rng: random.Random) -> None:
    head, blocks = _blocks(path.read_text(encoding="utf-8").splitlines(keepends=True), _TOP_KEY)
    path.write_text("".join([*head, *_shuffled(blocks, rng)]), encoding="utf-8")


REVIEW = "docs/review.html"
_SPEC_LINE = re.compile(rb"(#L|\.yaml:)[0-9]+")


def without_lines(page: bytes) -> bytes:
    """The review view with every spec line it points at blanked out."""
    return _SPEC_LINE.sub(rb"\1", page)


def _generate(spec: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["generate", "--spec", str(spec / "openapi.yaml"), "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    return stdout


def test_order_of_paths_and_components_does_not_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    # Each copy in a folder spec/: the review view names spec files from the folder above the root's.
    original = tmp_path / "original" / "spec"
    shutil.copytree(SPEC.parent, original)
    _generate(original, out, capsys)  # formatted once: every later run reuses black's work
    expected = read_tree(out)

    for seed in (1, 2, 3):
        rng = random.Random(seed)
        spec = tmp_path / f"seed{seed}" / "spec"
        shutil.copytree(SPEC.parent, spec)
        permute_root_paths(spec / "openapi.yaml", rng)
        for folder in ("paths", "webhooks", "components"):
            for path in sorted((spec / folder).glob("*.yaml")):
                permute_top_keys(path, rng)
        assert (spec / "openapi.yaml").read_bytes() != (original / "openapi.yaml").read_bytes()

        summary = _generate(spec, out, capsys)

        # The review view points at spec lines, which moving blocks changes; it alone may differ, there only.
        made = read_tree(out)
        assert without_lines(made[REVIEW]) == without_lines(expected[REVIEW]), f"seed {seed}"
        moved = {REVIEW: b""}
        assert {**made, **moved} == {**expected, **moved}, f"seed {seed}"
        listed = [line for line in summary.splitlines() if not line.endswith(f"/{REVIEW}")]
        written = 1 if len(listed) < len(summary.splitlines()) else 0
        assert f" {written} files written" in summary and " 0 removed; no API changes;" in summary, summary
        assert len(listed) == 1, summary  # nothing but the summary line: no other file and no API change listed
