"""Every Python block of both READMEs runs against the test double, and keeps running after the spec changes."""

from __future__ import annotations

import ast
import asyncio
import shutil
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from generator.render import render
from tests.conftest import GENERATED, REPOSITORY, SPEC
from tests.readme_blocks import python_blocks, run_readme
from tests.specutil import build_ok, make_spec


@pytest.mark.parametrize("readme", [REPOSITORY / "README.md", GENERATED / "README.md"], ids=["root", "package"])
def test_every_python_block_runs(readme: Path) -> None:
    assert python_blocks(readme), f"{readme} has no Python block"
    run_readme(readme)


def test_the_callback_apps_of_the_package_readme_answer_a_signed_copy() -> None:
    # The blocks only define the apps; a copy posted to each shows they are wired as the README says.
    namespace = run_readme(GENERATED / "README.md")
    headers, body = namespace["headers"], namespace["raw_body"]
    asgi = httpx.ASGITransport(app=namespace["app"])  # the FastAPI block's app, the last one defined

    async def post_copy() -> httpx.Response:
        async with httpx.AsyncClient(transport=asgi, base_url="http://app") as client:
            return await client.post("/nim/copy", headers=headers, content=body)

    assert asyncio.run(post_copy()).status_code == 200
    wsgi = httpx.Client(transport=httpx.WSGITransport(app=namespace["application"]), base_url="http://app")
    with wsgi:
        assert wsgi.post("/", headers=headers, content=body).status_code == 200
        assert wsgi.post("/", headers={**headers, "CheckSum": "0" * 40}, content=body).status_code != 200


# A listing's position (x-paging's request keys): the first page is asked for without one.
_PAGE_POSITIONS = ("page_token", "offset")


def _every_argument_required(document: Any) -> None:
    """Every property of every inline request body and every parameter of the path items becomes required,
    but a listing's position."""
    if isinstance(document, dict):
        if isinstance(document.get("properties"), dict) and "required" in document:
            document["required"] = list(document["properties"])
        if document.get("in") in ("query", "path") and document.get("name") not in _PAGE_POSITIONS:
            document["required"] = True
        for value in document.values():
            _every_argument_required(value)
    elif isinstance(document, list):
        for item in document:
            _every_argument_required(item)


def _changed_spec(root: Path) -> Path:
    """A copy of the spec where every argument is required, `needkick` is gone and the version is 0.2.0."""
    shutil.copytree(SPEC.parent, root)
    for path in sorted((root / "paths").glob("*.yaml")):
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        _every_argument_required(document)
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    user = root / "paths" / "user.yaml"
    document = yaml.load(user.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    block = document["userBlock"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    del block["properties"]["needkick"]
    block["required"].remove("needkick")
    user.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    openapi = root / "openapi.yaml"
    text = openapi.read_text(encoding="utf-8")
    assert text.count("version: 0.1.0") == 1
    openapi.write_text(text.replace("version: 0.1.0", "version: 0.2.0"), encoding="utf-8")
    return openapi


def test_the_package_readme_follows_the_spec(tmp_path: Path) -> None:
    spec = _changed_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--no-cache"]
    generated = subprocess.run(command, cwd=REPOSITORY, capture_output=True, text=True, timeout=600)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    readme = out / "README.md"
    text = readme.read_text(encoding="utf-8")
    assert "needkick" not in python_blocks(readme)[0].source  # the first example drops the removed argument
    assert "`nimserver>=0.2.0,<0.3`" in text
    ran = subprocess.run(
        [sys.executable, "-m", "tests.readme_blocks", str(readme)],
        cwd=REPOSITORY,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{out}:{REPOSITORY}"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stderr[-4000:]
    assert "Python blocks ran" in ran.stdout


def test_the_package_readme_compiles_for_a_spec_without_its_example_operations(tmp_path: Path) -> None:
    # The base mini-spec has none of user/create, user/block, team/create ...: each example call is `...`.
    api = build_ok(make_spec(tmp_path / "spec"))
    readme = next(file for file in render(api) if file.path == "README.md")
    path = tmp_path / "README.md"
    path.write_text(readme.text, encoding="utf-8")
    blocks = python_blocks(path)
    assert blocks
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)  # `...["tid"]`: compiles, though it would not run
        for block in blocks:
            compile(block.source, str(block), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
