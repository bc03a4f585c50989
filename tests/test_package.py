"""The generated package as a user gets it: built, installed, imported, typed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import GENERATED, REPOSITORY


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(out), str(GENERATED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    return out


@pytest.fixture(scope="module")
def installed(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    site = tmp_path_factory.mktemp("site")
    (wheel,) = dist.glob("*.whl")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
    )
    yield site


def _version() -> str:
    text = (GENERATED / "nimserver" / "_version.py").read_text()
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match
    return match.group(1)


def test_wheel_holds_the_typed_package(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    assert wheel.name == f"nimserver-{_version()}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"nimserver-{_version()}.dist-info/METADATA").decode()
    expected = {
        path.relative_to(GENERATED).as_posix()
        for path in (GENERATED / "nimserver").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected <= names
    assert "nimserver/py.typed" in names
    assert not any(".manifest" in name for name in names)
    assert "Requires-Dist: httpx" in metadata
    assert "Requires-Python: >=3.11" in metadata
    assert "# nimserver" in metadata  # the README is the long description
    assert "License-Expression: Apache-2.0" in metadata and "License-File: LICENSE" in metadata
    assert "Classifier: Typing :: Typed" in metadata
    assert f"nimserver-{_version()}.dist-info/licenses/LICENSE" in names


def test_sdist_builds_with_the_whole_reference(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    assert sdist.name == f"nimserver-{_version()}.tar.gz"
    top = f"nimserver-{_version()}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(top) for name in archive.getnames()}
    docs = {path.relative_to(GENERATED).as_posix() for path in (GENERATED / "docs").iterdir()}
    assert docs <= names  # every page of the reference, not only docs/README.md
    assert not any(".manifest" in name for name in names)


def _run_installed(site: Path, code: str) -> str:
    # The installed copy only: not generated/, not the repository.
    env = {**os.environ, "PYTHONPATH": str(site)}
    run = subprocess.run([sys.executable, "-c", code], cwd=site, env=env, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_installed_package_imports_and_calls(installed: Path) -> None:
    out = _run_installed(
        installed,
        "import httpx, nimserver\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={'code': 200, 'info': {'accid': 'a', 'token': 't'}}))\n"
        "c = nimserver.NimClient('k', 's', http_client=httpx.Client(transport=t))\n"
        "print(nimserver.__file__); print(c.user.create(accid='a')['info']['token'])",
    )
    location, token = out.splitlines()
    assert location.startswith(str(installed))
    assert token == "t"


@pytest.mark.parametrize(("name", "errors"), [("usage.py", 8), ("flow.py", 5), ("frameworks.py", 0), ("bodies.py", 5)])
def test_installed_package_is_typed(installed: Path, name: str, errors: int) -> None:
    """Every line passes `mypy --strict`, and each line marked `# expect-error` is flagged."""
    usage = REPOSITORY / "tests" / "typing" / name
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", os.devnull, str(usage)],
        env={**os.environ, "MYPYPATH": str(installed)},
        capture_output=True,
        text=True,
        check=False,
    )
    flagged = {int(line.split(":")[1]) for line in run.stdout.splitlines() if ": error:" in line}
    lines = usage.read_text().splitlines()
    expected = {number for number, line in enumerate(lines, 1) if "# expect-error" in line}
    assert len(expected) == errors
    assert flagged == expected, run.stdout


def test_wheel_declares_the_command_the_plugin_and_the_testing_extra(dist: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"nimserver-{_version()}.dist-info/METADATA").decode()
        entry_points = archive.read(f"nimserver-{_version()}.dist-info/entry_points.txt").decode()
        names = set(archive.namelist())
    assert {
        "nimserver/_commands.json",
        "nimserver/_tools.json",
        "nimserver/_answers.json",
        "nimserver/testing/_spec.json",
    } <= names
    assert "nimserver/__main__.py" in names
    requirements = [line for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    assert requirements[0].startswith("Requires-Dist: httpx")
    # The core needs httpx alone; the fake and the MCP server are extras.
    assert all("extra == 'testing'" in line or "extra == 'mcp'" in line for line in requirements[1:])
    assert "Provides-Extra: testing" in metadata and any("jsonschema" in line for line in requirements)
    assert "Provides-Extra: mcp" in metadata and any(line.startswith("Requires-Dist: mcp") for line in requirements)
    assert "[console_scripts]\nnimserver = nimserver._cli:run" in entry_points
    assert "[pytest11]\nnimserver = nimserver.testing.pytest_plugin" in entry_points
