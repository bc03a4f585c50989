"""The command line as a user runs it: subprocesses against the loopback FakeNim;
the pytest plugin from a test file that imports nothing; the README's examples."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from generator.load import SpecDict
from generator.model import Operation
from nimserver.testing import FakeNim
from tests.conftest import GENERATED
from tests.examples import form_properties, spec_operations

KEY, SECRET = "cli-key", "cli-secret"
README = (GENERATED / "README.md").read_text(encoding="utf-8")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NIM_")}
    return {**env, "PYTHONPATH": str(GENERATED), "NIM_APP_KEY": KEY, "NIM_APP_SECRET": SECRET, **extra}


def _start(args: Sequence[str], env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "nimserver", *args],
        env=_env() if env is None else env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _run(args: Sequence[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    process = _start(args, env)
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeNim, str]]:
    fake = FakeNim(KEY, SECRET, stateful=False)
    with fake.serve() as url:
        yield fake, url


def _option_arguments(document: SpecDict, operation: Operation) -> list[str]:
    """Options for the operation's required fields, from the spec's examples."""
    properties = form_properties(document, operation)
    argv: list[str] = []
    for field in operation.fields:
        if not field.required:
            continue
        option = "--" + field.python_name.rstrip("_").replace("_", "-")
        example = properties[field.wire_name]["examples"][0]
        if isinstance(example, bool):
            argv.append(option if example else "--no-" + option[2:])
        else:
            argv += [option, str(example)]
    return argv


def test_a_call_of_each_group(served: tuple[FakeNim, str], spec_document: SpecDict) -> None:
    fake, url = served
    fake.reset()
    firsts: dict[str, Operation] = {}
    for operation in spec_operations():
        if not operation.multipart:
            firsts.setdefault(operation.group, operation)
    # Both cores: the subprocesses run side by side.
    started = {
        operation.path: _start(
            [
                "--base-url",
                url,
                operation.group,
                operation.method.replace("_", "-"),
                *_option_arguments(spec_document, operation),
            ]
        )
        for operation in firsts.values()
    }
    for path, process in started.items():
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, (path, err)
        assert json.loads(out) == fake.requests_to(path)[0].answer
    assert len(firsts) == 13
    assert {r.operation for r in fake.requests} == set(started)


def test_help_of_an_operation_lists_its_options() -> None:
    code, out, _ = _run(["team", "update", "--help"])
    assert code == 0
    assert "--team-member-limit N" in out and "--tid N" in out and "Calls POST /team/update.action" in out
    code, out, _ = _run(["team", "add", "--help"])
    assert "--magree {0,1}" in out and "--members JSON" in out and "Give JSON text." in out


def test_options_are_typed_and_sent_as_the_api_expects(served: tuple[FakeNim, str]) -> None:
    fake, url = served
    fake.reset()
    code, _, err = _run(["--base-url", url, "user", "block", "--accid", "zhangsan", "--needkick"])
    assert code == 0, err
    code, _, err = _run(["--base-url", url, "user", "get-uinfos", "--accids", '["zhangsan"]', "--no-mute-status"])
    assert code == 0, err
    assert [r.fields for r in fake.requests] == [
        {"accid": "zhangsan", "needkick": "true"},
        {"accids": '["zhangsan"]', "muteStatus": "false"},
    ]


def test_a_raw_call(served: tuple[FakeNim, str]) -> None:
    fake, url = served
    fake.reset()
    code, out, err = _run(["--base-url", url, "call", "user/create.action", "accid=zhangsan", "name=张三"])
    assert code == 0, err
    assert json.loads(out) == fake.last_request.answer
    assert fake.last_request.fields == {"accid": "zhangsan", "name": "张三"}


def test_dry_run_sends_nothing_and_hides_the_signature(served: tuple[FakeNim, str]) -> None:
    fake, url = served
    fake.reset()
    code, out, _ = _run(["--base-url", url, "--dry-run", "user", "block", "--accid", "zhangsan"])
    assert code == 0
    shown = json.loads(out)
    assert shown["url"] == f"{url}/user/block.action" and shown["fields"] == {"accid": "zhangsan"}
    assert "hidden" in shown["headers"]["checksum"] and SECRET not in out
    code, out, _ = _run(["--dry-run", "--show-signature", "user", "unblock", "--accid", "a"])
    headers = json.loads(out)["headers"]
    expected = hashlib.sha1((SECRET + headers["nonce"] + headers["curtime"]).encode()).hexdigest()
    assert headers["checksum"] == expected
    assert fake.requests == []


def test_exit_codes(served: tuple[FakeNim, str], tmp_path: Path) -> None:
    fake, url = served
    fake.fail_next("user/unblock", code=404, desc="no such account")
    api_error = _start(["--base-url", url, "user", "unblock", "--accid", "nobody"])
    usage = _start(["user", "create", "--accid", "a", "--gender", "7"])
    bad_json = _start(["user", "get-uinfos", "--accids", "[oops"])
    no_secret = _start(["user", "unblock", "--accid", "a"], env=_env(NIM_APP_SECRET=""))
    transport = _start(
        ["--base-url", "http://127.0.0.1:9/nimserver", "--max-retries", "0", "user", "unblock", "--accid", "a"]
    )
    secret_file = tmp_path / "secret"
    secret_file.write_text(SECRET + "\n")
    from_file = _start(
        ["--base-url", url, "--app-secret-file", str(secret_file), "user", "block", "--accid", "a"],
        env=_env(NIM_APP_SECRET=""),
    )
    results = {
        name: (p.wait(60), p.stderr.read() if p.stderr else "")
        for name, p in [
            ("api", api_error),
            ("usage", usage),
            ("json", bad_json),
            ("secret", no_secret),
            ("transport", transport),
            ("file", from_file),
        ]
    }
    assert {name: code for name, (code, _) in results.items()} == {
        "api": 1,
        "usage": 2,
        "json": 2,
        "secret": 2,
        "transport": 3,
        "file": 0,
    }
    assert re.search(r"code 404 .*: no such account\nrequest id: [0-9a-f]{32}", results["api"][1])
    assert "NIM_APP_SECRET" in results["secret"][1]
    assert "request id:" in results["transport"][1]


def test_fake_option_runs_against_the_test_double() -> None:
    code, out, err = _run(
        ["--fake", "user", "create", "--accid", "zhangsan", "--name", "张三"], env=_env(NIM_APP_KEY="")
    )
    assert code == 0, err
    assert json.loads(out)["info"]["name"] == "张三"


# The pytest plugin, from a test file that imports nothing.

PLUGIN_USER = """
def test_create_then_get(nim_client, nim_fake):
    nim_client.user.create(accid="zhangsan", name="Zhang")
    assert nim_client.user.get_uinfos(accids=["zhangsan"])["uinfos"][0]["name"] == "Zhang"
    assert nim_fake.requests_to("user/create")[0].fields == {"accid": "zhangsan", "name": "Zhang"}


def test_each_test_gets_a_fresh_fake(nim_client, nim_fake):
    assert nim_client.user.get_uinfos(accids=["zhangsan"])["uinfos"] == []
    assert len(nim_fake.requests) == 1
"""


def _pytest(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_app.py").write_text(source, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "nimserver.testing.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "test_app.py",
        ],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _readme_section(title: str) -> str:
    start = README.index(f"## {title}\n")
    return README[start : README.index("\n## ", start + 1)]


def _code_blocks(section: str, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)


def test_the_plugin_and_the_readmes_plugin_example(tmp_path: Path) -> None:
    python_blocks = _code_blocks(_readme_section("Testing your integration"), "python")
    plugin_example = next(block for block in python_blocks if "def test_" in block)
    run = _pytest(tmp_path, PLUGIN_USER + "\n\n" + plugin_example)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "3 passed" in run.stdout


def test_the_readmes_testing_example_runs() -> None:
    (example,) = [
        b for b in _code_blocks(_readme_section("Testing your integration"), "python") if "def test_" not in b
    ]
    namespace: dict[str, Any] = {}
    exec(compile(example, "README.md", "exec"), namespace)  # the example asserts what it shows
    fake = namespace["fake"]
    assert len(fake.faults) == 3  # the faults it queued, not yet used


def test_the_readmes_command_line_examples_run(tmp_path: Path) -> None:
    (block,) = _code_blocks(_readme_section("Command line"), "")
    fake = FakeNim(KEY, SECRET)
    commands = [shlex.split(line) for line in block.splitlines() if line.startswith("nimserver ")]
    assert len(commands) == 5
    with fake.serve() as url:
        for command in commands:
            code, _, err = _run(["--base-url", url, *command[1:]])
            assert code == 0, (command, err)
    assert [r.operation for r in fake.requests] == [
        "user/create.action",
        "user/block.action",
        "user/getUinfos.action",
        "user/unblock.action",
    ]
