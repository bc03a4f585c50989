"""Small specs for the generator's tests: the base mini-spec with edits kept as data,
and inline specs run through the stages.

An edit names a file of the spec (relative to its root folder) and either
replaces one text in it (`replace` / `with`; the text must occur exactly once)
or writes the whole file (`write`). `fill` expands markers in the new text
(`{"@DEEP@": ["[", 100000]}` writes 100000 brackets), and `encoding` says how
the file is saved (`latin-1` makes non-ASCII text undecodable, `utf-8-sig`
adds a byte-order mark).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problems
from generator.load import read_spec
from generator.model import Api, build_api
from generator.validate import validate_spec

SPECS = Path(__file__).resolve().parent / "specs"
BASE = SPECS / "base"


def load_table(name: str) -> dict[str, dict[str, Any]]:
    """The cases of `tests/specs/<name>`, by id."""
    table = yaml.safe_load((SPECS / name).read_text(encoding="utf-8"))
    assert isinstance(table, dict) and table, name
    return table


def edits_of(case: dict[str, Any]) -> list[dict[str, Any]]:
    """A case holds one edit inline (`file` and `replace`/`write`) or a list under `edits`."""
    return list(case["edits"]) if "edits" in case else [case]


def _filled(text: str, fill: dict[str, list[Any]] | None) -> str:
    for marker, (piece, times) in (fill or {}).items():
        text = text.replace(marker, piece * times)
    return text


def apply_edit(root: Path, edit: dict[str, Any]) -> None:
    target = root / edit["file"]
    if "write" in edit:
        text = _filled(edit["write"], edit.get("fill"))
    else:
        text = target.read_text(encoding="utf-8")
        old = edit["replace"]
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {edit['file']}, not once"
        text = text.replace(old, _filled(edit["with"], edit.get("fill")))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(text.encode(edit.get("encoding", "utf-8"), "surrogatepass"))


def make_spec(folder: Path, edits: list[dict[str, Any]] | None = None) -> Path:
    """A copy of the base mini-spec in `folder` with `edits` applied; its root file."""
    shutil.copytree(BASE, folder)
    for edit in edits or []:
        apply_edit(folder, edit)
    return folder / "openapi.yaml"


def shown(path: Path) -> str:
    """`path` as the generator prints it (relative to the working directory)."""
    return os.path.relpath(path)


def snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under `root` with its bytes, mtime and inode."""
    return {
        path.relative_to(root).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_ino)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


MINI_ROOT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Mini API", "version": "1.0.0"},
    "servers": [{"url": "https://mini.example/api", "x-region": "home"}],
    "tags": [{"name": "demo", "description": "Demo operations."}],
    "x-status-codes": [{"code": 200, "name": "ok", "description": "Success."}],
}


def operation(
    operation_id: str,
    fields: dict[str, Any] | None = None,
    response: dict[str, Any] | None = None,
    required: list[str] | None = None,
    media: str = "application/x-www-form-urlencoded",
    **extra: Any,
) -> dict[str, Any]:
    """A path item with one POST operation: form `fields` and a `response` schema."""
    post: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["demo"],
        "summary": f"Run {operation_id}",
        "description": f"Runs {operation_id}.",
        **extra,
    }
    if fields:
        post["requestBody"] = {
            "required": True,
            "content": {
                media: {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": required or [],
                        "properties": fields,
                    }
                }
            },
        }
    schema = response or {"type": "object", "properties": {"code": {"type": "integer"}}}
    post["responses"] = {"200": {"description": "Done.", "content": {"application/json": {"schema": schema}}}}
    return {"post": post}


class _Dumper(yaml.SafeDumper):
    """Writes shared data out in full: the loader refuses YAML aliases of mappings."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True)


def write_spec(folder: Path, paths: dict[str, Any], files: dict[str, Any] | None = None, **root: Any) -> Path:
    """A spec in `folder`: the mini root with `paths` (and `root` keys), plus `files` (YAML text or data)."""
    folder.mkdir(parents=True, exist_ok=True)
    document = {**MINI_ROOT, "paths": paths, **root}
    (folder / "openapi.yaml").write_text(_dump(document), encoding="utf-8")
    for name, content in (files or {}).items():
        text = content if isinstance(content, str) else _dump(content)
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder / "openapi.yaml"


def build(root: Path) -> tuple[Api | None, Problems]:
    """read_spec -> validate_spec -> build_api, as the pipeline runs them; the model is None on errors."""
    problems = Problems()
    loaded = read_spec(root, problems)
    if loaded.document is None:
        return None, problems
    validate_spec(loaded.document, problems)
    if problems.errors:
        return None, problems
    return build_api(loaded.document), problems


def build_ok(root: Path) -> Api:
    api, problems = build(root)
    assert api is not None, "\n".join(str(problem) for problem in problems.found)
    return api
