"""Writing the output: the generator replaces and removes only the files its
manifest says it wrote, reports every removal by name (even with -q), and
leaves every other file under the output directory where it is: the tools'
caches (`.mypy_cache/`, `__pycache__/`), a user's notes, a link. `check`
names a file the generator did not write unless git ignores it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.__main__ import main
from generator.manifest import Manifest
from generator.write import read_tree, write_tree
from tests.specutil import BASE, snapshot

# Files a user or a tool puts under the output: none of them is the generator's.
FOREIGN = {
    ".mypy_cache/3.11/nimserver/types.data.json": b"{}",
    "nimserver/__pycache__/types.cpython-311.pyc": b"\x00bytecode",
    "notes.md": "# 我的笔记\nwhat to ask the vendor\n".encode(),
    "nimserver/groups/scratch.py": b"print('trying things')\n",
    "docs/drafts/plan.txt": b"a draft\n",
}


def claim(out: Path, path: str) -> None:
    """Lists `path` in the manifest under `out`, as if an earlier generation had written that file."""
    manifest = out / Manifest.PATH
    document = json.loads(manifest.read_text(encoding="utf-8"))
    document["format_cache"]["files"][path] = {"source": "earlier", "output": "earlier"}
    manifest.write_text(json.dumps(document), encoding="utf-8")


def _generate(out: Path, *options: str, command: str = "generate") -> int:
    return main([command, "--no-cache", "--spec", str(BASE / "openapi.yaml"), "--out", str(out), *options])


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The base mini-spec's output, with files of a user and of tools put beside the generator's."""
    out = tmp_path / "generated"
    assert _generate(out, "-q") == 0
    for path, content in FOREIGN.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(content)
    os.symlink("notes.md", out / "notes-link.md")
    return out


@pytest.mark.parametrize("command", ["generate", "docs"])
def test_files_the_generator_did_not_write_stay_where_they_are(
    command: str, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (out / "docs" / "index.html").write_text("edited by hand\n")  # so that the command writes something
    foreign = {path: state for path, state in snapshot(out).items() if path in FOREIGN}
    capsys.readouterr()

    assert _generate(out, command=command) == 0

    printed = capsys.readouterr().out
    assert "updated" in printed and "docs/index.html" in printed and "  removed" not in printed
    assert {path: state for path, state in snapshot(out).items() if path in FOREIGN} == foreign
    assert os.readlink(out / "notes-link.md") == "notes.md"
    # `docs` writes docs/ alone, so only there does it meet files it did not write.
    strays = ["docs/drafts/plan.txt"] + (["notes.md", "nimserver/groups/scratch.py"] if command == "generate" else [])
    for path in strays:
        assert f"  left {os.path.relpath(out)}/{path} (not written by the generator)\n" in printed


def test_only_files_the_manifest_lists_are_removed_and_each_removal_is_reported(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in ("nimserver/groups/retired.py", "docs/retired.md"):
        (out / path).write_text("from an earlier spec\n")
        claim(out, path)
    capsys.readouterr()

    assert _generate(out, "-q") == 0  # quiet, and still every removal is named

    printed = capsys.readouterr().out
    assert "removed" in printed
    for path in ("nimserver/groups/retired.py", "docs/retired.md"):
        assert not (out / path).exists()
        assert f"  removed {os.path.relpath(out)}/{path}\n" in printed
    assert all((out / path).read_bytes() == content for path, content in FOREIGN.items())
    fresh = out.parent / "fresh"
    assert _generate(fresh, "-q") == 0
    assert Manifest.read(read_tree(out)).written() == set(read_tree(fresh))  # docs/ and the manifest included


def test_check_names_a_file_it_did_not_write_unless_git_ignores_it(
    out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert _generate(out, command="check") == 1
    printed = capsys.readouterr().out
    assert "notes.md: not generated (generate leaves files it did not write" in printed
    assert "scratch.py: not generated" in printed
    assert "pycache" not in printed and "mypy_cache" not in printed

    subprocess.run(["git", "init", "-q", str(out.parent)], check=True)
    (out.parent / ".gitignore").write_text("generated/notes*.md\nscratch.py\ndrafts/\n")
    assert _generate(out, command="check") == 0


def test_a_file_in_the_way_of_the_new_output_stops_the_write_and_loses_nothing(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write_tree(root, {"a.txt": b"one"}, {}, owned=())
    (root / "docs").write_text("a user's file where the output needs a folder\n")
    before = snapshot(root)
    with pytest.raises(OSError):
        write_tree(root, {"a.txt": b"two", "docs/index.html": b"x"}, read_tree(root), owned={"a.txt"})
    assert snapshot(root) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


def test_a_folder_left_empty_by_removals_goes_and_an_empty_folder_of_the_user_stays(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write_tree(root, {"old/a.txt": b"1", "keep.txt": b"k"}, {}, owned=())
    (root / "mine").mkdir()
    changes = write_tree(root, {"keep.txt": b"k2"}, read_tree(root), owned={"old/a.txt", "keep.txt"})
    assert changes.removed == ["old/a.txt"]
    assert sorted(path.relative_to(root).as_posix() for path in root.rglob("*")) == ["keep.txt", "mine"]
    shutil.rmtree(root)
