"""The publishing path, end to end: what a release would upload, installed and called as a user would.

    python -m tests.package_release [--keep DIR]

1. build the wheel and the sdist of generated/ (python -m build);
2. twine check --strict on both (the metadata PyPI would show);
3. install the wheel, with its dependencies from the pinned constraints, into
   a fresh virtual environment;
4. in that environment, isolated from the repository (python -I, another
   working directory), import nimserver, check that it is the installed copy,
   and make one call against the fake Yunxin server on loopback, which checks
   the signature and the form encoding.

Exit status 0 when every step passed; each step prints its time. The tox
environment `package` (./dev package) runs this; it is not a pytest module
because it builds and installs for real (about 20 s).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from generator.load import load_spec  # noqa: E402
from tests.fakenim import FakeNim  # noqa: E402

GENERATED = REPOSITORY / "generated"
SPEC = REPOSITORY / "spec" / "openapi.yaml"
CONSTRAINTS = REPOSITORY / "constraints.txt"
APP_KEY, APP_SECRET = "release-key", "release-secret"

# Runs inside the fresh environment: the installed package and nothing else.
SMOKE = """
import json, sys
import nimserver
with nimserver.NimClient(sys.argv[2], sys.argv[3], base_url=sys.argv[1]) as client:
    answer = client.user.create(accid="release-check", name="Release check")
print(json.dumps({"file": nimserver.__file__, "prefix": sys.prefix, "version": nimserver.__version__,
                  "code": answer["code"]}))
"""


def _run(step: str, command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(f"FAILED {step} ({seconds:.1f} s): {' '.join(command)}\n{done.stdout}{done.stderr}", file=sys.stderr)
        raise SystemExit(1)
    print(f"ok {step} ({seconds:.1f} s)")
    return done


def check(work: Path) -> None:
    dist = work / "dist"
    _run(
        "build wheel and sdist",
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(GENERATED)],
    )
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(dist.iterdir())
    _run("twine check --strict", [sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0])])

    started = time.perf_counter()
    environment = work / "venv"
    # Without its own pip (ensurepip is the slow part): this environment's pip installs into it.
    venv.EnvBuilder(with_pip=False, clear=True).create(environment)
    print(f"ok fresh virtual environment ({time.perf_counter() - started:.1f} s)")
    python = environment / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    install = [*pip, "install", "--quiet", "-c", str(CONSTRAINTS)]
    _run("install the wheel", [*install, str(wheels[0])])

    with FakeNim(load_spec(SPEC), app_key=APP_KEY, app_secret=APP_SECRET) as server:
        done = _run(
            "import and call the installed package",
            [str(python), "-I", "-c", SMOKE, server.base_url, APP_KEY, APP_SECRET],
            cwd=work,
        )
        received = list(server.received)
    result = json.loads(done.stdout)
    installed = Path(result["file"]).resolve()
    if not installed.is_relative_to(Path(result["prefix"]).resolve()) or installed.is_relative_to(REPOSITORY):
        raise SystemExit(f"imported {installed}, not the copy installed in {environment}")
    if result["code"] != 200 or len(received) != 1:
        raise SystemExit(f"the call did not go through: {result}, {len(received)} request(s) received")
    print(f"nimserver {result['version']}: {wheels[0].name} and {sdists[0].name} pass; called {received[0].path}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="build in this directory and keep the results (dist/, venv/)")
    args = parser.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        check(args.keep.resolve())
        return
    with tempfile.TemporaryDirectory(prefix="nimserver-release-") as scratch:
        check(Path(scratch))


if __name__ == "__main__":
    main()
