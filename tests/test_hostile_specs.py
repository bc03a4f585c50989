"""Valid but hostile specs: quotes, backslashes, Jinja syntax, non-ASCII,
Markdown, awkward enum values, keys and wire names that are keywords, group
names that shadow client attributes. Each variant of the base mini-spec
(tests/specs/hostile.yaml) must generate a package that compiles with
warnings as errors, imports, carries the spec's text unchanged into its
docstrings, Literal types and pyproject.toml, and passes mypy --strict.
Beside them, edits that come close to a spec rule without breaking it must
still validate."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.docs import operation_description
from generator.model import Api
from generator.pipeline import load_api
from generator.pytypes import Enum
from tests.specutil import edits_of, load_table, make_spec

VARIANTS = load_table("hostile.yaml")


@dataclass(frozen=True)
class Generated:
    api: Api
    out: Path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Generated]:
    """Every variant generated once, into its own folder."""
    results = {}
    for name, case in VARIANTS.items():
        folder = tmp_path_factory.mktemp(name)
        root = make_spec(folder / "spec", edits_of(case))
        out = folder / "out"
        assert main(["generate", "-q", "--spec", str(root), "--out", str(out)]) == 0, name
        results[name] = Generated(load_api(root), out)
    return results


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


# Runs inside the generated package: what a user of it sees, as JSON.
_INTROSPECT = r"""
import importlib, inspect, json, sys, typing
import nimserver

def literals(hint):
    if typing.get_origin(hint) is typing.Literal:
        return list(typing.get_args(hint))
    return [value for arg in typing.get_args(hint) for value in literals(arg)]

wanted = json.loads(sys.argv[1])
seen = {"methods": {}, "types": {}, "client": {}}
for module, class_name, methods in wanted["groups"]:
    group = getattr(importlib.import_module("nimserver.groups." + module), class_name)
    for method in methods:
        function = getattr(group, method)
        hints = typing.get_type_hints(function)
        seen["methods"][module + "." + method] = {
            "doc": function.__doc__,
            "params": [
                name
                for name in inspect.signature(function).parameters
                if name not in ("self", "call_extra_fields", "call_request_id")
            ],
            "literals": {name: literals(hint) for name, hint in hints.items() if literals(hint)},
        }
import nimserver.types as types
for name in wanted["types"]:
    typed_dict = getattr(types, name)
    # The annotations are text (from __future__ import annotations), so
    # __optional_keys__ cannot see NotRequired: read it from the evaluated hints.
    hints = typing.get_type_hints(typed_dict, include_extras=True)
    optional = {key for key, hint in hints.items() if typing.get_origin(hint) is typing.NotRequired}
    seen["types"][name] = {
        "doc": typed_dict.__doc__,
        "required": sorted(set(hints) - optional),
        "optional": sorted(optional),
        "literals": {key: literals(hint) for key, hint in hints.items() if literals(hint)},
    }
with nimserver.NimClient("key", "secret") as client:
    for module, class_name, _ in wanted["groups"]:
        seen["client"][module] = type(getattr(client, module)).__name__
    seen["client"]["close"] = callable(client.close) and not hasattr(client.close, "_client")
print(json.dumps(seen))
"""


def _introspect(result: Generated) -> dict[str, Any]:
    wanted = {
        "groups": [
            [group.name, group.class_name, [op.method for op in group.operations]] for group in result.api.groups
        ],
        "types": [typed_dict.name for typed_dict in result.api.typed_dicts],
    }
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", _INTROSPECT, json.dumps(wanted)],
        cwd=result.out,
        env={**os.environ, "PYTHONPATH": str(result.out)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    seen: dict[str, Any] = json.loads(run.stdout)
    return seen


def test_there_are_enough_variants() -> None:
    assert len(VARIANTS) >= 8


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_every_python_file_compiles_with_warnings_as_errors(name: str, generated: dict[str, Generated]) -> None:
    out = generated[name].out
    files = sorted(out.rglob("*.py"))
    assert len(files) > 10
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for path in files:
            compile(path.read_bytes(), str(path), "exec", dont_inherit=True)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_spec_text_arrives_unchanged(name: str, generated: dict[str, Generated]) -> None:
    result = generated[name]
    api = result.api
    seen = _introspect(result)

    for group in api.groups:
        assert seen["client"][group.name] == group.class_name
        for op in group.operations:
            method = seen["methods"][f"{group.name}.{op.method}"]
            doc = _words(method["doc"])
            assert _words(op.summary + ".") in doc
            assert _words(operation_description(op)) in doc
            assert method["params"] == [field.python_name for field in op.fields]
            for field in op.fields:
                if isinstance(field.type, Enum):
                    assert method["literals"][field.python_name] == list(field.type.values)
    assert seen["client"]["close"] is True

    for typed_dict in api.typed_dicts:
        shown = seen["types"][typed_dict.name]
        own_required = {key.name for key in typed_dict.keys if key.required}
        own_optional = {key.name for key in typed_dict.keys if not key.required}
        assert own_required <= set(shown["required"])
        assert own_optional <= set(shown["optional"])
        if typed_dict.description and (typed_dict.bases or not typed_dict.needs_functional_syntax):
            assert _words(typed_dict.description) in _words(shown["doc"])
        for key in typed_dict.keys:
            if isinstance(key.type, Enum):
                assert shown["literals"][key.name] == list(key.type.values)

    pyproject = tomllib.loads((result.out / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["description"] == f"Typed Python client of the {api.title}"
    assert pyproject["project"]["version"] == api.version


def _cell_text(cell: str) -> str:
    """What a Markdown cell shows, for the escapes markdown_cell uses."""
    return cell.replace("\\|", "|").replace("&lt;", "<").replace("&amp;", "&").strip()


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_readme_shows_spec_text_as_text(name: str, generated: dict[str, Generated]) -> None:
    """Table rows keep their columns, spec text shows as written, and no HTML from the spec gets through."""
    api = generated[name].api
    readme = (generated[name].out / "README.md").read_text(encoding="utf-8")
    prose = re.sub(r"```.*?```|`[^`\n]*`", "", readme.split("\n", 1)[1], flags=re.S)
    assert "<" not in prose  # outside code, only the header comment is HTML
    rows = [line for line in readme.splitlines() if line.startswith("|")]
    cells = [re.split(r"(?<!\\)\|", row)[1:-1] for row in rows]
    assert all(len(row) in (3, 4) for row in cells), rows
    shown = {_cell_text(cell) for row in cells for cell in row}
    for op in api.operations:
        assert "".join(c for c in _words(op.summary) if c.isprintable()) in shown, op.summary
    for status in api.status_codes:
        assert _words(status.description) in shown


def test_mypy_strict_accepts_every_variant(generated: dict[str, Generated], tmp_path: Path) -> None:
    """One mypy run over all variants: each package copied under its own name (its imports are relative)."""
    packages = []
    for index, name in enumerate(sorted(generated)):
        package = f"nimserver_{index}"
        shutil.copytree(generated[name].out / "nimserver", tmp_path / package)
        packages.append(package)
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *(arg for p in packages for arg in ("-p", p))],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


# A valid v2 Path Item added to the base (as in the broken-spec corpus).
_V2_SETUP: list[dict[str, str]] = load_table("broken-v2.yaml")["setup"]  # type: ignore[assignment]
# Edits of the base that come close to a spec rule without breaking it: the rules must let each through.
_NEIGHBOURS: dict[str, list[dict[str, str]]] = {
    "enum of two types under a list of types": [
        {
            "file": "paths/demo.yaml",
            "replace": "                type: integer\n                enum: [0, 1, 2]\n",
            "with": "                type: [integer, string]\n                enum: [0, 1, 2, 'x']\n",
        }
    ],
    "integral number in an integer enum, default among the values": [
        {
            "file": "paths/demo.yaml",
            "replace": "                enum: [0, 1, 2]\n",
            "with": "                enum: [0, 1, 2.0]\n                default: 2\n",
        }
    ],
    "bounds at the ends of the int64 range": [
        {
            "file": "paths/demo.yaml",
            "replace": "                enum: [0, 1, 2]\n",
            "with": "                minimum: -9223372036854775808\n                maximum: 9223372036854775807\n",
        }
    ],
    "operationId with dots and underscores": [
        {"file": "paths/demo.yaml", "replace": "operationId: userCreate\n", "with": "operationId: user_create.v1\n"}
    ],
    "server URL with a port, percent-escapes and a query": [
        {
            "file": "openapi.yaml",
            "replace": "  - url: https://demo.example/api\n",
            "with": "  - url: http://demo.example:8080/a%20b/api?x=1&y=[2]\n",
        }
    ],
    "v2 module named like a soft keyword": [
        *_V2_SETUP,
        {
            "file": "paths/v2demo.yaml",
            "replace": "    operationId: v2.demo.listDemos\n    tags: [v2-demo]\n",
            "with": "    operationId: v2.match.listDemos\n    tags: [v2-match]\n",
        },
        {
            "file": "openapi.yaml",
            "replace": "  - name: v2-demo\n",
            "with": "  - name: v2-match\n    description: M.\n  - name: v2-demo\n",
        },
    ],
    "error class named like no built-in": [
        {"file": "openapi.yaml", "replace": "error: RateLimitedError", "with": "error: TimeoutRetryError"}
    ],
    "property named by a single space-free symbol": [
        {
            "file": "paths/demo.yaml",
            "replace": "                        token: {type: string, description: Its login token.}\n",
            "with": "                        token: {type: string, description: Its login token.}\n"
            "                        '-': {type: string, description: A dash.}\n",
        }
    ],
    "a card that may hold cards (a recursive schema, not a circular $ref)": [
        {
            "file": "components/demo.yaml",
            "replace": "    name: {type: string, description: Display name.}\n",
            "with": "    name: {type: string, description: Display name.}\n"
            "    friends: {type: array, items: {$ref: '#/Card'}, description: Cards of friends.}\n"
            "    best: {$ref: '#/Card', description: A friend's card.}\n",
        }
    ],
}


@pytest.mark.parametrize("name", sorted(_NEIGHBOURS))
def test_valid_neighbours_of_the_rules_pass(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_spec(tmp_path / "spec", _NEIGHBOURS[name])
    code = main(["validate", "--spec", str(root)])
    assert code == 0, capsys.readouterr().err
