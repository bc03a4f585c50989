"""`./dev publish` against a real package index (pypiserver) on loopback, as a release runs it.

Each publish runs in a copy of the repository (it records releases/ and reads git tags), against an index
that asks for credentials to read and to upload, as private indexes do; the first one finds the password in
a keyring, the others in TWINE_PASSWORD, and no output may show it. The index serves nimserver's
dependencies from a folder filled once by `pip download` with the pinned constraints (from the package
registry, as every build here gets hatchling), so that pip installs everything from that index alone.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import pytest
from readme_renderer.markdown import render

from tests import package_release
from tests.conftest import REPOSITORY
from tests.package_release import (
    PublishRefusedError,
    files_on_index,
    index_url_for,
    refuse_if_published,
    uploads_needed,
)

USERNAME = "releaser"
# Characters that URLs and shells treat specially, so that a leak in any encoding would show.
PASSWORD = "pw-Publish/9%+&:@ s3cret"
CONSTRAINTS = REPOSITORY / "constraints.txt"
GIT = ["git", "-c", "user.name=Release test", "-c", "user.email=release@localhost", "-c", "commit.gpgsign=false"]

# Runs in a fresh environment where pip installed nimserver by name: its metadata, and one call to the fake.
PROBE = """
import json, sys
from importlib import metadata, resources
import nimserver
meta = metadata.metadata("nimserver").json
with nimserver.NimClient(sys.argv[2], sys.argv[3], base_url=sys.argv[1]) as client:
    answer = client.user.create(accid="installed-by-name", name="Installed by name")
print(json.dumps({"metadata": meta, "typed": resources.files("nimserver").joinpath("py.typed").is_file(),
                  "file": nimserver.__file__, "code": answer["code"]}))
"""


@dataclass
class Index:
    url: str  # where twine uploads (pypiserver takes uploads at its root)
    uploads: Path
    log: Path

    @property
    def simple(self) -> str:
        return index_url_for(self.url)

    def files(self) -> dict[str, int]:
        """The uploaded files and their modification times."""
        return {path.name: path.stat().st_mtime_ns for path in self.uploads.iterdir()}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def _index_server(root: Path, dependencies: Path, authenticate: str = "download,list,update") -> Iterator[Index]:
    """pypiserver on loopback: uploads into root/uploads, dependencies read-only, no fallback to another index.

    `authenticate`: the actions that need the password; by default all, as on a private index.
    """
    uploads = root / "uploads"
    uploads.mkdir()
    passwords = root / "htpasswd"
    digest = base64.b64encode(hashlib.sha1(PASSWORD.encode()).digest()).decode()
    passwords.write_text(f"{USERNAME}:{{SHA}}{digest}\n")
    port = _free_port()
    log = root / "server.log"
    command = [
        *(sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1", "--port", str(port)),
        *("--authenticate", authenticate, "--passwords", str(passwords), "--disable-fallback"),
        *("--hash-algo", "sha256", "-v", "--log-file", str(log), "--log-stream", "none", str(uploads)),
        str(dependencies),
    ]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as server:
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5):
                        break
                except (urllib.error.URLError, OSError):
                    assert server.poll() is None, log.read_text() if log.exists() else "pypiserver exited"
                    assert time.monotonic() < deadline, "pypiserver did not answer within 60 s"
                    time.sleep(0.2)
            yield Index(f"http://127.0.0.1:{port}/", uploads, log)
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.fixture(scope="module")
def dependencies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Wheels of nimserver's dependencies at their pinned versions, for the index to serve."""
    folder = tmp_path_factory.mktemp("dependencies")
    subprocess.run(
        [
            *(sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check"),
            *("--only-binary", ":all:", "-c", str(CONSTRAINTS), "-d", str(folder), "httpx"),
        ],
        check=True,
    )
    return folder


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory, dependencies: Path) -> Iterator[Index]:
    with _index_server(tmp_path_factory.mktemp("index"), dependencies) as server:
        yield server


def _copy_repository(target: Path) -> Path:
    """The repository's files as they are now (committed or not, ignored ones left out), in a new git repository."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPOSITORY,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPOSITORY / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    subprocess.run(["git", "init", "--quiet"], cwd=target, check=True)
    _commit(target, "the repository as it is")
    return target


def _commit(repository: Path, message: str) -> None:
    subprocess.run(["git", "add", "--all"], cwd=repository, check=True)
    subprocess.run([*GIT, "commit", "--quiet", "--no-verify", "-m", message], cwd=repository, check=True)


def _publish(
    repository: Path, index: Index, *options: str, password: str = PASSWORD, in_keyring: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run the publish command in `repository`; its output, checked to show the password in no form.

    The password is in TWINE_PASSWORD, or with `in_keyring` in a keyring under the upload URL, as twine reads it.
    """
    environment = {name: value for name, value in os.environ.items() if not name.startswith("TWINE_")}
    environment["TWINE_USERNAME"] = USERNAME
    if in_keyring:
        keyring = repository.parent / f"{repository.name}-keyring.json"
        keyring.write_text(json.dumps({index.url: {USERNAME: password}}), encoding="utf-8")
        environment.update(
            PYTHON_KEYRING_BACKEND="tests.keyring_for_tests.FileKeyring", NIMSERVER_TEST_KEYRING=str(keyring)
        )
    else:
        environment["TWINE_PASSWORD"] = password
    done = subprocess.run(
        [sys.executable, "-m", "tests.package_release", "publish", "--repository-url", index.url, *options],
        cwd=repository,
        env=environment,
        capture_output=True,
        timeout=900,
        check=False,
    )
    output = done.stdout + done.stderr
    for secret in {password, PASSWORD}:
        for shown in {secret, quote(secret, safe=""), quote(secret)}:
            assert shown.encode() not in output, "the password appears in the output"
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def _version() -> str:
    match = re.search(r'^version = "([^"]+)"$', (REPOSITORY / "generated" / "pyproject.toml").read_text(), re.M)
    assert match
    return match[1]


def _built_names(version: str) -> list[str]:
    return [f"nimserver-{version}-py3-none-any.whl", f"nimserver-{version}.tar.gz"]


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, index: Index) -> tuple[Path, subprocess.CompletedProcess[str]]:
    repository = _copy_repository(tmp_path_factory.mktemp("repository"))
    return repository, _publish(repository, index, in_keyring=True)


def test_publish_checks_uploads_installs_by_name_and_records(
    published: tuple[Path, subprocess.CompletedProcess[str]], index: Index
) -> None:
    repository, done = published
    assert done.returncode == 0, done.stdout + done.stderr
    version = _version()
    wheel, sdist = _built_names(version)
    assert sorted(index.files()) == sorted([wheel, sdist])
    lines = done.stdout.splitlines()
    steps = [
        "ok generated/ is what the spec gives",
        "ok no earlier release tag",
        f"ok nimserver {version} on {index.simple}: not there yet",
        "ok build wheel and sdist",
        "ok twine check --strict",
        f"ok upload {wheel}",
        f"ok upload {sdist}",
        f"ok install nimserver=={version} by name from {index.simple}",
        "ok import and call the installed package",
        "ok record the release in releases/",
        "ok rewrite the reference (generated/docs/)",
        f"published nimserver {version} to {index.url}; commit releases/{version}.json and generated/docs/ and tag",
    ]
    at = [next((n for n, line in enumerate(lines) if line.startswith(step)), -1) for step in steps]
    assert -1 not in at and at == sorted(at), done.stdout
    assert (repository / "releases" / f"{version}.json").is_file()
    # The repository is left consistent: generated/ (its review view) is what the spec and the new record give.
    check = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=repository, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    # pip fetched nimserver, and its dependencies, from this index.
    log = index.log.read_text()
    assert f"/packages/{wheel}" in log and "/packages/httpx-" in log, log


def test_installed_by_name_from_that_index_only(
    published: tuple[Path, subprocess.CompletedProcess[str]], index: Index, tmp_path: Path
) -> None:
    """What a user of the private index gets: pip with that index alone, no configuration file."""
    assert published[1].returncode == 0
    version = _version()
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(tmp_path / "venv")], check=True)
    python = tmp_path / "venv" / "bin" / "python"
    authenticated = index.simple.replace("://", f"://{USERNAME}:{quote(PASSWORD, safe='')}@")
    environment = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
    environment.update(PIP_CONFIG_FILE=os.devnull, PIP_INDEX_URL=authenticated)
    install = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check", "--no-input"),
            *("install", "--no-cache-dir", f"nimserver=={version}"),
        ],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    looked = [line for line in install.stdout.splitlines() if line.startswith("Looking in indexes")]
    assert looked == [f"Looking in indexes: {index.simple.replace('://', f'://{USERNAME}:****@')}"], install.stdout

    from tests.fakenim import FakeNim
    from tests.package_release import APP_KEY, APP_SECRET, SPEC, load_spec

    with FakeNim(load_spec(SPEC), app_key=APP_KEY, app_secret=APP_SECRET) as server:
        probe = subprocess.run(
            [str(python), "-I", "-c", PROBE, server.base_url, APP_KEY, APP_SECRET],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        received = list(server.received)
    assert probe.returncode == 0, probe.stderr
    result = json.loads(probe.stdout)
    assert Path(result["file"]).is_relative_to(tmp_path / "venv")
    assert result["code"] == 200 and len(received) == 1
    metadata = result["metadata"]
    assert metadata["version"] == version
    assert metadata["license_expression"] == "Apache-2.0"
    assert metadata["requires_python"] == ">=3.11"
    assert "Typing :: Typed" in metadata["classifier"] and result["typed"]
    assert metadata["description_content_type"].startswith("text/markdown")
    html = render(metadata["description"], variant="GFM")
    readme = (REPOSITORY / "generated" / "README.md").read_text(encoding="utf-8")
    title = next(line[2:].strip() for line in readme.splitlines() if line.startswith("# "))
    # Rendered as the index shows it: the title a heading, the tables of the README tables.
    assert html is not None and re.search(rf"<h1[^>]*>\s*{re.escape(title)}\W", html), html[:500]
    delimiter_rows = re.findall(r"^\|(?:\s*:?-+:?\s*\|)+\s*$", readme, re.M)
    assert html.count("<table>") == len(delimiter_rows) > 0


def test_a_second_publish_of_the_version_is_refused_before_uploading(
    published: tuple[Path, subprocess.CompletedProcess[str]], index: Index
) -> None:
    repository, first = published
    assert first.returncode == 0
    before = index.files()
    again = _publish(repository, index, in_keyring=True)
    assert again.returncode == 1
    assert "refused: version already published: the index holds" in again.stderr
    assert "ok upload" not in again.stdout and "build wheel" not in again.stdout
    assert index.files() == before


def test_a_breaking_change_without_a_new_version_is_refused_with_the_reason(tmp_path: Path, index: Index) -> None:
    repository = _copy_repository(tmp_path)
    version = _version()
    subprocess.run(["git", "tag", f"v{version}"], cwd=repository, check=True)
    # The first operation of the spec removed (a breaking change), generated/ regenerated, info.version kept.
    root = repository / "spec" / "openapi.yaml"
    text = root.read_text(encoding="utf-8")
    entry = re.compile(r"^  (/\S+):\n    \$ref: \S+\n", re.M).search(text, text.index("\npaths:\n"))
    assert entry is not None
    root.write_text(text[: entry.start()] + text[entry.end() :], encoding="utf-8")
    subprocess.run([sys.executable, "-m", "generator", "generate", "-q"], cwd=repository, check=True)
    _commit(repository, "remove an operation")
    before = index.files()

    done = _publish(repository, index)

    assert done.returncode == 1
    assert "ok generated/ is what the spec gives" in done.stdout
    assert "BREAKING" in done.stdout + done.stderr and "[operation-removed]" in done.stdout + done.stderr
    major, minor, _ = version.split(".")
    wanted = f"{int(major) + 1}.0.0" if major != "0" else f"0.{int(minor) + 1}.0"
    assert f"but info.version went from {version} to {version}; set it to {wanted}" in done.stderr
    assert f"refused: the version rule refuses info.version {version} after the changes since v{version}" in done.stderr
    assert "ok upload" not in done.stdout and index.files() == before


def test_wrong_credentials_are_refused_at_the_first_read(tmp_path: Path, index: Index) -> None:
    repository = _copy_repository(tmp_path)
    before = index.files()
    done = _publish(repository, index, password="not-the-" + PASSWORD)  # checks that no password shows
    assert done.returncode == 1
    assert f"refused: cannot read {index.simple}nimserver/: HTTP 403" in done.stderr
    assert "it refused the credentials" in done.stderr and "build wheel" not in done.stdout
    assert index.files() == before


def test_a_failed_upload_is_retried_without_tripping_over_what_it_left(
    tmp_path: Path, dependencies: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    repository = _copy_repository(tmp_path / "repository")
    version = _version()
    wheel, sdist = _built_names(version)
    # An index that anyone may read, as the public one: a wrong password shows only at the upload.
    with _index_server(tmp_path_factory.mktemp("index"), dependencies, authenticate="update") as index:
        work = tmp_path / "work"
        wrong = _publish(repository, index, "--keep", str(work), password="not-the-" + PASSWORD)
        assert wrong.returncode == 1
        assert f"ok nimserver {version} on {index.simple}: not there yet" in wrong.stdout
        assert f"FAILED upload {wheel}" in wrong.stderr and index.files() == {}
        assert not (repository / "releases" / f"{version}.json").exists()

        # A publish that stopped between its two uploads: the wheel is there, the sdist is not.
        subprocess.run(
            [
                *(sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar"),
                *("--repository-url", index.url, str(work / "dist" / wheel)),
            ],
            env={**os.environ, "TWINE_USERNAME": USERNAME, "TWINE_PASSWORD": PASSWORD},
            capture_output=True,
            check=True,
        )
        left = index.files()

        done = _publish(repository, index)

        assert done.returncode == 0, done.stdout + done.stderr
        assert f"ok nimserver {version} on {index.simple}: {wheel} already there" in done.stdout
        assert f"ok {wheel} on the index is this build's" in done.stdout
        assert f"ok upload {wheel}" not in done.stdout and f"ok upload {sdist}" in done.stdout
        assert index.files()[wheel] == left[wheel] and sorted(index.files()) == sorted([wheel, sdist])


def test_credentials_in_a_url_are_refused_before_anything_runs() -> None:
    for option in ("--repository-url", "--index-url"):
        urls = {
            "--repository-url": "http://127.0.0.1:9/",
            option: f"http://{USERNAME}:{quote(PASSWORD, safe='')}@127.0.0.1:9/",
        }
        done = subprocess.run(
            [sys.executable, "-m", "tests.package_release", "publish", *(x for pair in urls.items() for x in pair)],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 1 and done.stdout == ""
        assert f"refused: {option} carries credentials" in done.stderr
        assert PASSWORD not in done.stderr and quote(PASSWORD, safe="") not in done.stderr


def _digests(tmp_path: Path) -> tuple[list[Path], dict[str, tuple[str, str]]]:
    """Two built files, and their digests as an index gives them (sha256 or another algorithm)."""
    built = [tmp_path / "a-1.0-py3-none-any.whl", tmp_path / "a-1.0.tar.gz"]
    for number, path in enumerate(built):
        path.write_bytes(f"build {number}".encode())
    wheel, sdist = built
    return built, {
        "wheel": ("sha256", hashlib.sha256(wheel.read_bytes()).hexdigest()),
        "sdist": ("md5", hashlib.md5(sdist.read_bytes()).hexdigest()),
        "other": ("sha256", hashlib.sha256(b"another build").hexdigest()),
    }


@pytest.mark.parametrize(
    ("listed", "uploads"),
    [
        ({}, [0, 1]),  # a new version: the wheel first
        ({0: "wheel"}, [1]),  # stopped between the uploads
        ({1: "sdist"}, [0]),
    ],
)
def test_files_of_this_very_build_are_not_uploaded_again(
    tmp_path: Path, listed: dict[int, str], uploads: list[int]
) -> None:
    built, digests = _digests(tmp_path)
    on_index = {built[number].name: digests[digest] for number, digest in listed.items()}
    refuse_if_published(on_index)
    assert uploads_needed(built, on_index) == [built[number] for number in uploads]


@pytest.mark.parametrize(
    "listed",
    [
        {"a-1.0-py3-none-any.whl": "other"},  # another build's wheel
        {"a-1.0-py3-none-any.whl": None},  # an index that gives no digest: cannot tell
        {"a-1.0-py2-none-any.whl": "wheel"},  # a file this build did not make
        {"a-1.0-py3-none-any.whl": "wheel", "a-1.0.tar.gz": "other"},
    ],
)
def test_other_files_of_the_version_are_refused(tmp_path: Path, listed: dict[str, str | None]) -> None:
    built, digests = _digests(tmp_path)
    on_index = {name: None if digest is None else digests[digest] for name, digest in listed.items()}
    with pytest.raises(PublishRefusedError, match="which this build did not make"):
        uploads_needed(built, on_index)


@pytest.mark.parametrize(
    "on_index",
    [
        {"a-1.0-py3-none-any.whl": None, "a-1.0.tar.gz": None},  # whatever their digests
        {"a-1.0-py3-none-any.whl": None, "a-1.0-cp311-cp311-linux_x86_64.whl": None, "a-1.0.zip": None},
    ],
)
def test_a_wheel_and_an_sdist_on_the_index_are_a_published_version(on_index: dict[str, None]) -> None:
    with pytest.raises(PublishRefusedError, match="version already published"):
        refuse_if_published(on_index)


@pytest.mark.parametrize(
    ("upload", "listing"),
    [
        ("https://upload.pypi.org/legacy/", "https://pypi.org/simple/"),
        ("https://test.pypi.org/legacy/", "https://test.pypi.org/simple/"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080/simple/"),
        ("https://repo.example/api/pypi/sdk", "https://repo.example/api/pypi/sdk/simple/"),
    ],
)
def test_where_an_index_lists_its_files(upload: str, listing: str) -> None:
    assert index_url_for(upload) == listing


@dataclass
class Pages:
    """A loopback HTTP server that answers each path as told, and keeps what it was asked."""

    url: str
    answers: dict[str, tuple[int, dict[str, str], str]] = field(default_factory=dict)
    asked: list[tuple[str, str | None]] = field(default_factory=list)


@pytest.fixture
def pages() -> Iterator[Pages]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.asked.append((self.path, self.headers.get("Authorization")))
            status, headers, body = site.answers.get(self.path, (404, {}, "not found"))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body.encode())))
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site = Pages(f"http://127.0.0.1:{server.server_address[1]}/simple/")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


LISTING = """<!DOCTYPE html><html><body>
<a href="../../packages/nimserver-0.1.0-py3-none-any.whl#sha256=AB12">nimserver-0.1.0-py3-none-any.whl</a>
<a href="/packages/nimserver-0.1.0.tar.gz#md5=cd34">nimserver-0.1.0.tar.gz</a>
<a href="https://files.example/nimserver-0.1.0-py2.py3-none-any.whl">no digest</a>
<a href="/packages/nimserver-0.1.0.zip#whirlpool=ef">an algorithm hashlib may lack</a>
<a href="/packages/nimserver-0.1.1-py3-none-any.whl#sha256=99">another version</a>
<a href="/packages/nimserver-0.1.0rc1.tar.gz#sha256=98">a pre-release</a>
<a href="/packages/README.txt">not a distribution</a>
</body></html>"""


def test_the_files_of_the_version_are_read_from_the_listing(pages: Pages) -> None:
    pages.answers["/simple/nimserver/"] = (200, {"Content-Type": "text/html"}, LISTING)
    assert files_on_index(pages.url, "0.1.0", None) == {
        "nimserver-0.1.0-py3-none-any.whl": ("sha256", "ab12"),
        "nimserver-0.1.0.tar.gz": ("md5", "cd34"),
        "nimserver-0.1.0-py2.py3-none-any.whl": None,
        "nimserver-0.1.0.zip": None,
    }
    assert files_on_index(pages.url, "0.2.0", None) == {}
    assert pages.asked == [("/simple/nimserver/", None)] * 2


def test_an_unknown_project_has_no_files(pages: Pages) -> None:
    assert files_on_index(pages.url, "0.1.0", (USERNAME, PASSWORD)) == {}
    ((path, authorization),) = pages.asked
    assert path == "/simple/nimserver/"
    assert authorization == "Basic " + base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()


def test_credentials_follow_redirects_on_the_same_host_only(pages: Pages) -> None:
    port = pages.url.split(":")[2].split("/")[0]
    pages.answers["/simple/nimserver/"] = (302, {"Location": "/moved/nimserver/"}, "")
    pages.answers["/moved/nimserver/"] = (302, {"Location": f"http://localhost:{port}/elsewhere/nimserver/"}, "")
    pages.answers["/elsewhere/nimserver/"] = (200, {}, LISTING)
    # A fallback to another host (as pypiserver's to PyPI) is not this index: nothing of it is there.
    assert files_on_index(pages.url, "0.1.0", (USERNAME, PASSWORD)) == {}
    assert [path for path, _ in pages.asked] == ["/simple/nimserver/", "/moved/nimserver/"]
    assert all(authorization is not None for _, authorization in pages.asked)


@pytest.mark.parametrize(
    ("status", "credentials", "reason"),
    [
        (401, None, "HTTP 401 Unauthorized; set TWINE_USERNAME and TWINE_PASSWORD"),
        (403, (USERNAME, PASSWORD), "HTTP 403 Forbidden; it refused the credentials"),
        (500, None, "HTTP 500 Internal Server Error"),
    ],
)
def test_an_index_that_does_not_answer_is_a_refusal(
    pages: Pages, status: int, credentials: tuple[str, str] | None, reason: str
) -> None:
    pages.answers["/simple/nimserver/"] = (status, {}, f"no, {PASSWORD}")
    with pytest.raises(PublishRefusedError) as refusal:
        files_on_index(pages.url, "0.1.0", credentials)
    assert str(refusal.value) == f"cannot read {pages.url}nimserver/: {reason}"


def test_an_unreachable_index_is_a_refusal() -> None:
    url = f"http://127.0.0.1:{_free_port()}/simple/"
    with pytest.raises(PublishRefusedError, match=f"cannot reach {re.escape(url)}nimserver/: .*refused"):
        files_on_index(url, "0.1.0", (USERNAME, PASSWORD))


def test_the_last_release_tag_is_the_newest_version_before_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package_release, "REPOSITORY", tmp_path)
    with pytest.raises(PublishRefusedError, match=r"not a git repository.*; the version rule needs the release tags"):
        package_release.release_tags("0.1.0")

    steps = itertools.count()

    def commit(*tags: str) -> None:
        message = f"step {next(steps)}"  # two commits alike in the same second would be one
        subprocess.run([*GIT, "commit", "--quiet", "--allow-empty", "-m", message], cwd=tmp_path, check=True)
        for tag in tags:
            subprocess.run(["git", "tag", tag], cwd=tmp_path, check=True)

    subprocess.run(["git", "init", "--quiet", "--initial-branch=main"], cwd=tmp_path, check=True)
    commit()
    assert package_release.release_tags("0.1.0") == (None, False)  # the first release
    commit("v0.0.9", "vnext", "v0.0.10rc1")
    commit("v0.0.10", "release-0.0.11")  # newer by version, older by name
    subprocess.run(["git", "switch", "--quiet", "-c", "side"], cwd=tmp_path, check=True)
    commit("v0.3.0")  # on another branch: not before HEAD of main
    subprocess.run(["git", "switch", "--quiet", "main"], cwd=tmp_path, check=True)
    commit()
    assert package_release.release_tags("0.1.0") == ("v0.0.10", False)
    subprocess.run(["git", "tag", "v0.1.0"], cwd=tmp_path, check=True)
    assert package_release.release_tags("0.1.0") == ("v0.0.10", True)  # HEAD's own tag is the release being made
    subprocess.run(["git", "tag", "v0.2.0"], cwd=tmp_path, check=True)
    with pytest.raises(
        PublishRefusedError, match=re.escape("HEAD is tagged v0.1.0, v0.2.0, but info.version is 0.1.0")
    ):
        package_release.release_tags("0.1.0")
