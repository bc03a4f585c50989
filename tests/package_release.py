"""The publishing path, end to end: what a release uploads, installed and called as a user would.

    python -m tests.package_release [--keep DIR]
    python -m tests.package_release publish --repository-url URL [--index-url URL] [--keep DIR]

Without `publish` (the tox environment `package`, ./dev package), nothing
leaves the machine:
1. build the wheel and the sdist of generated/ (python -m build);
2. twine check --strict on both (the metadata an index shows);
3. install the wheel, with its dependencies from the pinned constraints, into
   a fresh virtual environment;
4. in that environment, isolated from the repository (python -I, another
   working directory), import nimserver, check that it is the installed copy,
   and make one call against the fake Yunxin server on loopback, which checks
   the signature and the form encoding.

`publish` (./dev publish) releases the version in generated/ to a package
index, and refuses, before uploading anything, when generated/ is not what the
spec gives, when the spec changed since the last release tag (vX.Y.Z) by more
than info.version allows, or when the version is already published there.
It then builds and checks as above, uploads the wheel and then the sdist with
twine, installs nimserver==VERSION by name from the index into a fresh
virtual environment, calls the fake server, records the release
(python -m generator release) and rewrites the reference, whose review view
compares with the newest recorded release. Credentials are twine's: TWINE_USERNAME and
TWINE_PASSWORD, or a keyring; never the command line. A publish that stopped
between its uploads is resumed by running it again: a file of this very build
already on the index is not uploaded twice, and any other file of the version
there is a refusal.

Exit status 0 when every step passed; each step prints what it did and its
time. This is not a pytest module because it builds and installs for real;
tests/test_publish.py runs `publish` against a real index on loopback.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
import venv
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

from packaging.utils import InvalidSdistFilename, InvalidWheelFilename, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

REPOSITORY = Path(__file__).resolve().parent.parent
if str(REPOSITORY) not in sys.path:
    sys.path.insert(0, str(REPOSITORY))

from generator.diff.versioning import parse  # noqa: E402
from generator.load import load_spec  # noqa: E402
from generator.reference import RELEASES  # noqa: E402
from tests.fakenim import FakeNim  # noqa: E402

GENERATED = REPOSITORY / "generated"
SPEC = REPOSITORY / "spec" / "openapi.yaml"
CONSTRAINTS = REPOSITORY / "constraints.txt"
PROJECT = "nimserver"
APP_KEY, APP_SECRET = "release-key", "release-secret"
# The upload endpoints of the public index and its test instance, and where each lists its files.
KNOWN_INDEXES = {
    "https://upload.pypi.org/legacy/": "https://pypi.org/simple/",
    "https://test.pypi.org/legacy/": "https://test.pypi.org/simple/",
}
RELEASE_TAG = re.compile(r"v\d+\.\d+\.\d+")
INSTALL_ATTEMPTS, INSTALL_PAUSE = 3, 10.0  # an index may list a new file a few seconds after taking it

# Runs inside the fresh environment: the installed package and nothing else.
SMOKE = """
import json, sys
import nimserver
with nimserver.NimClient(sys.argv[2], sys.argv[3], base_url=sys.argv[1]) as client:
    answer = client.user.create(accid="release-check", name="Release check")
print(json.dumps({"file": nimserver.__file__, "prefix": sys.prefix, "version": nimserver.__version__,
                  "code": answer["code"]}))
"""


class PublishRefusedError(Exception):
    """A publish that must not go on; the message says why. Nothing was uploaded after it."""


# Values that output must never show (the password and its URL-quoted form), added as they are read.
_hidden: set[str] = set()


def _shown(text: str) -> str:
    for secret in sorted(_hidden, key=len, reverse=True):
        text = text.replace(secret, "****")
    return text


def _hide(secret: str) -> None:
    # Shorter strings are everywhere in ordinary text: masking them would garble every line, and hide nothing.
    if len(secret) >= 6:
        _hidden.update({secret, quote(secret, safe="")})


def _run(step: str, command: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(
            _shown(f"FAILED {step} ({seconds:.1f} s): {' '.join(command)}\n{done.stdout}{done.stderr}"), file=sys.stderr
        )
        raise SystemExit(1)
    print(f"ok {step} ({seconds:.1f} s)")
    return done


def _print_last_line(done: subprocess.CompletedProcess[str]) -> None:
    """The summary a command ends with, under the step that ran it."""
    lines = (done.stdout + done.stderr).strip().splitlines()
    if lines:
        print(f"  {_shown(lines[-1])}")


def build(work: Path) -> tuple[Path, Path]:
    """The wheel and the sdist of generated/, built and passed by twine check --strict."""
    dist = work / "dist"
    _run(
        "build wheel and sdist",
        [sys.executable, "-m", "build", "--sdist", "--wheel", "--outdir", str(dist), str(GENERATED)],
    )
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1, sorted(dist.iterdir())
    _run("twine check --strict", [sys.executable, "-m", "twine", "check", "--strict", str(wheels[0]), str(sdists[0])])
    return wheels[0], sdists[0]


def fresh_environment(path: Path) -> Path:
    """A new virtual environment at `path`; its python."""
    started = time.perf_counter()
    # Without its own pip (ensurepip is the slow part): this environment's pip installs into it.
    venv.EnvBuilder(with_pip=False, clear=True).create(path)
    print(f"ok fresh virtual environment ({time.perf_counter() - started:.1f} s)")
    return path / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def call_fake(python: Path, work: Path, version: str) -> None:
    """Import nimserver in `python`'s environment, away from the repository, and make one call to the fake."""
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
        raise SystemExit(f"imported {installed}, not the copy installed in {python.parent.parent}")
    if result["version"] != version:
        raise SystemExit(f"imported nimserver {result['version']}, not {version}")
    if result["code"] != 200 or len(received) != 1:
        raise SystemExit(f"the call did not go through: {result}, {len(received)} request(s) received")
    print(f"  nimserver {version} from {installed.parent} called {received[0].path} on the fake server")


def check(work: Path) -> None:
    wheel, sdist = build(work)
    python = fresh_environment(work / "venv")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    _run("install the wheel", [*pip, "install", "--quiet", "-c", str(CONSTRAINTS), str(wheel)])
    call_fake(python, work, package_version())
    print(f"{wheel.name} and {sdist.name} pass")


# Publishing.


def package_version() -> str:
    with (GENERATED / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def _sha256(path: Path) -> str:
    """The start of a file's SHA-256, to tell builds apart in what a step prints."""
    return f"sha256 {hashlib.sha256(path.read_bytes()).hexdigest()[:12]}..."


def index_url_for(repository_url: str) -> str:
    """Where the index that takes uploads at `repository_url` lists its files (PEP 503), unless told."""
    return KNOWN_INDEXES.get(repository_url, repository_url.rstrip("/") + "/simple/")


def refuse_credentials_in(url: str, option: str) -> None:
    if "@" in urlsplit(url).netloc:
        raise PublishRefusedError(
            f"{option} carries credentials; give them in TWINE_USERNAME and TWINE_PASSWORD or a keyring instead"
        )


def read_credentials(repository_url: str, index_url: str) -> tuple[str, str] | None:
    """twine's credentials for reading the index too, when it is the host that takes the uploads."""
    upload, index = urlsplit(repository_url), urlsplit(index_url)
    username = os.environ.get("TWINE_USERNAME")
    if (upload.scheme, upload.netloc) != (index.scheme, index.netloc) or not username:
        return None
    password = os.environ.get("TWINE_PASSWORD")
    if not password:
        try:
            import keyring

            password = keyring.get_password(repository_url, username)
        except Exception:  # no keyring backend, or a locked one: read without credentials
            password = None
    if not password:
        return None
    _hide(password)
    return username, password


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Credentials go to the index's host only: a redirect elsewhere (a fallback to another index) is not followed."""

    def redirect_request(
        self, req: urllib.request.Request, fp: object, code: int, msg: str, headers: object, newurl: str
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).netloc != urlsplit(req.full_url).netloc:
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


# A file's digest as an index gives it (PEP 503: #<algorithm>=<hex digest> after its URL), or None.
Digest = tuple[str, str] | None


def files_on_index(index_url: str, version: str, credentials: tuple[str, str] | None) -> dict[str, Digest]:
    """The files of `version` that the index lists, with their digests."""
    page = index_url.rstrip("/") + f"/{PROJECT}/"
    request = urllib.request.Request(page, headers={"Accept": "text/html"})
    if credentials is not None:
        token = base64.b64encode(":".join(credentials).encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.build_opener(_SameHostRedirects).open(request, timeout=60) as response:
            text = response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        if error.code == 404 or 300 <= error.code < 400:  # no such project on this index (a redirect: elsewhere)
            return {}
        hint = ""
        if error.code in (401, 403):
            hint = "; it refused the credentials" if credentials else "; set TWINE_USERNAME and TWINE_PASSWORD"
        raise PublishRefusedError(f"cannot read {page}: HTTP {error.code} {error.reason}{hint}") from None
    except (urllib.error.URLError, OSError) as error:
        raise PublishRefusedError(f"cannot reach {page}: {getattr(error, 'reason', error)}") from None
    links = _Links()
    links.feed(text)
    files: dict[str, Digest] = {}
    for href in links.hrefs:
        address = urlsplit(urljoin(page, href))
        name = unquote(address.path.rsplit("/", 1)[-1])
        if _version_of(name) == Version(version):
            algorithm, _, digest = address.fragment.partition("=")
            files[name] = (algorithm, digest.lower()) if algorithm in hashlib.algorithms_guaranteed and digest else None
    return files


def _version_of(filename: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        return parse_sdist_filename(filename)[1]
    except (InvalidWheelFilename, InvalidSdistFilename):
        return None


def refuse_if_published(on_index: Mapping[str, Digest]) -> None:
    """A version is published on an index once it holds both a wheel and an sdist of it."""
    if any(name.endswith(".whl") for name in on_index) and any(not name.endswith(".whl") for name in on_index):
        raise PublishRefusedError(
            f"version already published: the index holds {', '.join(sorted(on_index))};"
            " raise info.version for a new release (a publish that stopped after its uploads:"
            " python -m generator release records it, python -m generator docs rewrites the reference)"
        )


def uploads_needed(built: Sequence[Path], on_index: Mapping[str, Digest]) -> list[Path]:
    """Which of the built files (in upload order) to upload, or PublishRefusedError.

    Files of the version on the index that are byte for byte this build's are what an interrupted publish
    left: they are not uploaded again. Any other file of the version there belongs to another build, which
    a new upload must not join.
    """
    ours = {path.name: path for path in built}

    def same(name: str, digest: Digest) -> bool:
        return (
            name in ours
            and digest is not None
            and hashlib.new(digest[0], ours[name].read_bytes()).hexdigest() == digest[1]
        )

    foreign = sorted(name for name, digest in on_index.items() if not same(name, digest))
    if foreign:
        raise PublishRefusedError(
            f"the index already holds {', '.join(foreign)} for this version, which this build did not make"
            " (or whose digest the index does not give); raise info.version for a new release"
        )
    return [path for path in built if path.name not in on_index]


def release_tags(version: str) -> tuple[str | None, bool]:
    """The newest vX.Y.Z tag before HEAD, and whether HEAD is tagged v`version` (the release being made)."""
    on_head = {tag for tag in _git("tag", "--points-at", "HEAD").split() if RELEASE_TAG.fullmatch(tag)}
    if on_head - {f"v{version}"}:
        raise PublishRefusedError(f"HEAD is tagged {', '.join(sorted(on_head))}, but info.version is {version}")
    earlier = [
        tag
        for tag in _git("tag", "--merged", "HEAD", "--list", "v*").split()
        if RELEASE_TAG.fullmatch(tag) and tag not in on_head
    ]
    return max(earlier, key=lambda tag: parse(tag[1:]) or (0, 0, 0)) if earlier else None, bool(on_head)


def _git(*args: str) -> str:
    done = subprocess.run(["git", "-C", str(REPOSITORY), *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise PublishRefusedError(
            f"git {' '.join(args)}: {done.stderr.strip()}; the version rule needs the release tags"
        )
    return done.stdout


def _refuse_unless(step: str, refusal: str, command: list[str]) -> None:
    """Run a check of the repository; its output, and PublishRefusedError(`refusal`) when it fails."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPOSITORY)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(_shown(done.stdout + done.stderr), end="", file=sys.stderr)
        raise PublishRefusedError(f"{refusal} (python {' '.join(command[1:])}, {seconds:.1f} s)")
    print(f"ok {step} ({seconds:.1f} s)")
    _print_last_line(done)


def _pip_environment(index_url: str, credentials: tuple[str, str] | None) -> dict[str, str]:
    """pip's environment for installing from the index alone: no configuration files, no other index."""
    environment = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    environment["PIP_CONFIG_FILE"] = os.devnull
    address = urlsplit(index_url)
    if credentials is not None:  # in the environment, not argv; pip shows such URLs with the password masked
        userinfo = f"{quote(credentials[0], safe='')}:{quote(credentials[1], safe='')}@"
        address = address._replace(netloc=userinfo + address.netloc)
    environment["PIP_INDEX_URL"] = address.geturl()
    return environment


def install_by_name(python: Path, version: str, index_url: str, credentials: tuple[str, str] | None) -> None:
    command = [
        *(sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check", "--no-input"),
        *("install", "--quiet", "--no-cache-dir", f"{PROJECT}=={version}"),
    ]
    environment = _pip_environment(index_url, credentials)
    step = f"install {PROJECT}=={version} by name from {index_url}"
    started = time.perf_counter()
    for attempt in range(1, INSTALL_ATTEMPTS + 1):
        done = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
        if done.returncode == 0 or "No matching distribution" not in done.stderr or attempt == INSTALL_ATTEMPTS:
            break
        print(f"  {PROJECT}=={version} not listed yet; trying again in {INSTALL_PAUSE:.0f} s")
        time.sleep(INSTALL_PAUSE)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        print(_shown(f"FAILED {step} ({seconds:.1f} s)\n{done.stdout}{done.stderr}"), file=sys.stderr)
        raise SystemExit(1)
    print(f"ok {step} ({seconds:.1f} s)")


def publish(work: Path, repository_url: str, index_url: str) -> None:
    refuse_credentials_in(repository_url, "--repository-url")
    refuse_credentials_in(index_url, "--index-url")
    if os.environ.get("TWINE_PASSWORD"):
        _hide(os.environ["TWINE_PASSWORD"])
    version = package_version()
    python = sys.executable
    _refuse_unless(
        "generated/ is what the spec gives",
        "generated/ is not what the spec gives; run ./dev generate and commit",
        [python, "-m", "generator", "check"],
    )
    tag, head_tagged = release_tags(version)
    if tag is None:
        print("ok no earlier release tag (vX.Y.Z): the first release, nothing to compare with")
    else:
        _refuse_unless(
            f"the changes since {tag} allow info.version {version}",
            f"the version rule refuses info.version {version} after the changes since {tag}",
            [python, "-m", "generator", "check", "--since", tag],
        )

    credentials = read_credentials(repository_url, index_url)
    on_index = files_on_index(index_url, version, credentials)
    refuse_if_published(on_index)
    there = ", ".join(f"{name} already there" for name in sorted(on_index)) or "not there yet"
    print(f"ok {PROJECT} {version} on {index_url}: {there}")

    built = build(work)  # the wheel first: pip prefers it, so users can install once it is there
    to_upload = uploads_needed(built, on_index)
    for path in built:
        if path not in to_upload:
            print(f"ok {path.name} on the index is this build's ({_sha256(path)}): not uploaded again")
    for path in to_upload:
        _run(
            f"upload {path.name} ({_sha256(path)}) to {repository_url}",
            [
                *(python, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"),
                *("--repository-url", repository_url, str(path)),
            ],
        )

    environment = fresh_environment(work / "venv")
    install_by_name(environment, version, index_url, credentials)
    call_fake(environment, work, version)

    done = _run(f"record the release in {RELEASES}/", [python, "-m", "generator", "release"], cwd=REPOSITORY)
    _print_last_line(done)
    # The reference's review view lists the changes since the newest recorded release: now this one.
    done = _run("rewrite the reference (generated/docs/)", [python, "-m", "generator", "docs"], cwd=REPOSITORY)
    _print_last_line(done)
    tag_it = "" if head_tagged else f" and tag v{version}"
    print(
        f"published {PROJECT} {version} to {repository_url};"
        f" commit {RELEASES}/{version}.json and generated/docs/{tag_it}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", nargs="?", choices=["check", "publish"], default="check")
    parser.add_argument("--keep", type=Path, help="build in this directory and keep the results (dist/, venv/)")
    parser.add_argument(
        "--repository-url", help="publish: the index's upload URL (twine's), e.g. https://upload.pypi.org/legacy/"
    )
    parser.add_argument(
        "--index-url",
        help="publish: where the index lists its files for pip (PEP 503); default: pypi.org's for PyPI, else URL/simple/",
    )
    args = parser.parse_args()
    if (args.action == "publish") != (args.repository_url is not None) or (
        args.index_url is not None and args.repository_url is None
    ):
        parser.error("publish takes --repository-url, and --index-url if needed; check takes neither")

    def run(work: Path) -> None:
        if args.action == "check":
            check(work)
        else:
            publish(work, args.repository_url, args.index_url or index_url_for(args.repository_url))

    try:
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=True)
            run(args.keep.resolve())
            return
        with tempfile.TemporaryDirectory(prefix="nimserver-release-") as scratch:
            run(Path(scratch))
    except PublishRefusedError as refusal:
        print(_shown(f"refused: {refusal}; nothing was uploaded"), file=sys.stderr)
        raise SystemExit(1) from None


if __name__ == "__main__":
    main()
