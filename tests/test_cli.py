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
from urllib.parse import parse_qs

import pytest

import nimserver
from generator.load import SpecDict
from generator.model import Operation
from nimserver.testing import FakeNim
from tests.conftest import GENERATED
from tests.examples import form_properties, v1_operations, v2_operations

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
    for operation in v1_operations():
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
    plugin_examples = [block for block in python_blocks if "def test_" in block]
    assert len(plugin_examples) == 2 and "nim_async_client" in plugin_examples[1]
    run = _pytest(tmp_path, "\n\n".join([PLUGIN_USER, *plugin_examples]))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "4 passed" in run.stdout


def test_the_readmes_testing_examples_run() -> None:
    first, second = [
        b for b in _code_blocks(_readme_section("Testing your integration"), "python") if "def test_" not in b
    ]
    namespace: dict[str, Any] = {}
    exec(compile(first, "README.md", "exec"), namespace)  # the example asserts what it shows
    assert len(namespace["fake"].faults) == 3  # the faults it queued, not yet used
    namespace = {}
    exec(compile(second, "README.md", "exec"), namespace)
    calls = [request.operation for request in namespace["fake"].requests if request.code == 200]
    assert calls.count("GET im/v2.1/teams/{team_id}/actions/list_members") == 2  # two pages
    assert calls.count("GET im/v2/room_members/{room_id}/actions/list_tag_members") == 2


def test_the_readme_names_each_v2_operation_the_fake_remembers() -> None:
    from nimserver.testing._state import World

    section = _readme_section("Testing your integration")
    named = set(re.findall(r"`(?:client\.v2\.\w+\.)?(\w+)`", section))
    remembered = [op for op in v2_operations() if f"{op.http_method.upper()} {op.path}" in World().rest_handlers]
    assert len(remembered) == len(World().rest_handlers)
    assert [op.method for op in remembered if op.method not in named] == []


def test_the_readmes_v2_example_runs_against_the_fake() -> None:
    (example,) = _code_blocks(_readme_section("The v2 REST API"), "python")
    # The example as written, its client pointed at the test double instead of the live service.
    code = example.replace("nimserver.NimClient()", "fake.client()")
    assert code != example
    fake, printed = FakeNim(), []
    exec(compile(code, "README.md", "exec"), {"nimserver": nimserver, "fake": fake, "print": printed.append})
    calls = [(request.operation, request.json) for request in fake.requests]
    assert calls == [
        ("POST im/v2/accounts", {"account_id": "wangwu", "user_information": {"name": "王五"}}),
        ("PATCH im/v2/accounts/{account_id}/actions/disable", {"enabled": False, "need_kick": True}),
        ("GET im/v2.1/friends", None),  # an unscripted listing is one page: the loop ends
    ]
    assert printed == []  # the fake remembers: the account it just made has no friends


def test_the_readmes_fake_state_example_runs(tmp_path: Path) -> None:
    _, block = _code_blocks(_readme_section("Command line"), "")
    commands = [shlex.split(line) for line in block.splitlines() if line.strip().startswith("nimserver ")]
    assert len(commands) == 4 and all(command[1:3] == ["--fake-state", "world.json"] for command in commands)
    state = str(tmp_path / "world.json")
    for command in commands:
        code, out, err = _run([command[1], state, *command[3:]], env=_env(NIM_APP_KEY="", NIM_APP_SECRET=""))
        assert code == 0, (command, err)
    assert [friend["friend_account_id"] for friend in json.loads(out)] == ["lisi"]


def test_the_readmes_command_line_examples_run(tmp_path: Path) -> None:
    block, _ = _code_blocks(_readme_section("Command line"), "")
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


# v2: nimserver v2 GROUP OPERATION, in process (main() is what the console script runs).


def _v2_options(operation: Operation) -> list[str]:
    """Options for a v2 operation's required arguments, from the spec's examples (objects and lists as JSON)."""
    argv: list[str] = []
    for field in operation.fields:
        if not field.required:
            continue
        option = "--" + field.python_name.rstrip("_").replace("_", "-")
        example = field.examples[0]
        if isinstance(example, bool):
            argv.append(option if example else "--no-" + option[2:])
        elif isinstance(example, (list, dict)):
            argv += [option, json.dumps(example, ensure_ascii=False)]
        else:
            argv += [option, str(example)]
    return argv


def _main(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from nimserver._cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_every_v2_operation_from_the_command_line(
    served: tuple[FakeNim, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, url = served
    fake.reset()
    monkeypatch.setenv("NIM_APP_KEY", KEY)
    monkeypatch.setenv("NIM_APP_SECRET", SECRET)
    for operation in v2_operations():
        words = ["v2", operation.group.replace("_", "-"), operation.method.replace("_", "-"), *_v2_options(operation)]
        code, out, err = _main(["--base-url", url, *words], capsys)
        assert code == 0, (words, err)
        request = fake.last_request
        assert (request.operation, request.code) == (operation.key, 200), request.answer
        assert json.loads(out) == request.answer.get("data") if request.answer else None
    assert len(fake.requests) == len(v2_operations())


def test_v2_dry_run_shows_verb_encoded_url_and_json_body(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _main(["--dry-run", "v2", "account", "get-account-details", "--account-id", "a|b/c"], capsys)
    assert code == 0, err
    shown = json.loads(out)
    assert (shown["method"], shown["url"]) == ("GET", "https://api.netease.im/nimserver/im/v2/accounts/a%7Cb%2Fc")
    assert shown["json"] is None and len(shown["headers"]["x-custom-traceid"]) == 32

    words = ["--dry-run", "v2", "account", "batch-query-accounts", "--account-ids", '["zhangsan", "lisi"]']
    shown = json.loads(_main(words, capsys)[1])
    url, _, query = shown["url"].partition("?")
    assert url.endswith("/nimserver/im/v2/accounts")
    assert parse_qs(query) == {"account_ids": ["zhangsan,lisi"]}  # one comma-joined value

    words = ["--dry-run", "v2", "account", "create-account", "--account-id", "zhangsan"]
    words += ["--user-information", '{"name": "张三", "gender": 1}', "--configuration", '{"enabled": false}']
    shown = json.loads(_main(words, capsys)[1])
    assert shown["method"] == "POST" and shown["headers"]["content-type"].startswith("application/json")
    assert shown["json"] == {
        "account_id": "zhangsan",
        "configuration": {"enabled": False},
        "user_information": {"name": "张三", "gender": 1},
    }

    words = ["--dry-run", "v2", "chatroom-member", "kick-member", "--account-id", "zhangsan"]
    shown = json.loads(_main([*words, "--room-id", str(2**60 + 1)], capsys)[1])
    assert (shown["method"], shown["json"]) == ("PATCH", {"room_id": 2**60 + 1})  # every digit kept
    assert "/im/v2.1/room_members/zhangsan/actions/kicked" in shown["url"]


def test_v2_fake_runs_keep_state_and_show_pages(capsys: pytest.CaptureFixture[str]) -> None:
    words = ["--fake", "v2", "account", "create-account", "--account-id", "zhangsan", "--user-information"]
    code, out, err = _main([*words, '{"name": "张三"}'], capsys)
    assert code == 0, err
    assert json.loads(out)["user_information"] == {"name": "张三"}
    code, out, err = _main(["--fake", "v2", "account", "get-account-details", "--account-id", "nobody"], capsys)
    assert code == 1 and "code 414" in err and "account nobody does not exist" in err and "request id: " in err
    words = ["--fake", "v2", "chatroom-member", "list-tagged-members", "--room-id", "1", "--tag", "vip", "--limit", "2"]
    code, out, err = _main([*words, "--limit", "2"], capsys)
    assert code == 0, err
    page = json.loads(out)  # the page's data, as the server answered it
    assert isinstance(page["items"], list) and "has_more" in page


def test_v2_help_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _main(["v2", "account", "update-account", "--help"], capsys)
    assert code == 0
    assert "Calls PATCH /im/v2/accounts/{account_id}." in out
    assert "--configuration JSON" in out and "Give it as JSON." in out and "--need-kick, --no-need-kick" in out
    code, _, err = _main(["v2", "account", "create-account", "--account-id", "a", "--configuration", "{no"], capsys)
    assert code == 2 and "not JSON" in err
    code, _, err = _main(["v2", "chatroom_member", "kick-member", "--account-id", "a", "--room-id", "x"], capsys)
    assert code == 2 and "invalid int value" in err
    code, out, _ = _main(["--dry-run", "user", "block", "--accid", "zhangsan"], capsys)
    assert code == 0 and '"fields": {' in out and '"json"' not in out  # v1 output as before


# The fake's state from one command to the next; every page; the version; usage errors.


def test_fake_state_carries_the_world_from_one_command_to_the_next(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    state = tmp_path / "world.json"

    def nim(*words: str) -> Any:
        code, out, err = _main(["--fake-state", str(state), *words], capsys)
        assert code == 0, err
        return json.loads(out)

    for accid in ("alice", "bob", "carol"):
        nim("user", "create", "--accid", accid)
    nim("friend", "add", "--accid", "alice", "--faccid", "bob", "--type", "1")
    nim("v2", "friend", "add-friend", "--account-id", "alice", "--friend-account-id", "carol", "--type", "1")
    first = nim("v2", "friend", "list-friends", "--account-id", "alice", "--limit", "1")
    assert [f["friend_account_id"] for f in first["items"]] == ["bob"] and first["has_more"] is True
    rest = nim(
        "v2", "friend", "list-friends", "--account-id", "alice", "--limit", "1", "--page-token", first["next_token"]
    )
    assert [f["friend_account_id"] for f in rest["items"]] == ["carol"]
    every = nim("--all-pages", "v2", "friend", "list-friends", "--account-id", "alice", "--limit", "1")
    assert [f["friend_account_id"] for f in every] == ["bob", "carol"]
    tid = nim(
        "team",
        "create",
        "--tname",
        "T",
        "--owner",
        "alice",
        "--members",
        '["bob","carol"]',
        "--msg",
        "hi",
        "--magree",
        "0",
        "--joinmode",
        "0",
    )["tid"]
    members = nim(
        "--all-pages", "v2", "team", "list-team-members", "--team-id", tid, "--team-type", "1", "--limit", "2"
    )
    assert [m["account_id"] for m in members] == ["alice", "bob", "carol"]
    # A separate process finds the same world.
    code, out, err = _run(["--fake-state", str(state), "team", "query", "--tids", f"[{tid}]", "--ope", "0"])
    assert code == 0, err
    assert json.loads(out)["tinfos"][0]["size"] == 3
    # Without the state file each command starts from nothing.
    code, _, err = _main(["--fake", "team", "query", "--tids", f"[{tid}]", "--ope", "0"], capsys)
    assert code == 1 and "code 803" in err


def test_a_file_that_is_not_a_fake_state_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark"}', encoding="utf-8")
    code, out, err = _main(["--fake-state", str(other), "user", "create", "--accid", "a"], capsys)
    assert (code, out) == (2, "")
    assert "settings.json" in err and "left as it is" in err
    assert other.read_text(encoding="utf-8") == '{"theme": "dark"}'
    code, _, err = _main(["--fake-state", str(tmp_path / "no" / "dir.json"), "user", "create", "--accid", "a"], capsys)
    assert code == 2 and "cannot write" in err


def test_all_pages_is_for_listings_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = tmp_path / "world.json"
    code, out, err = _main(["--fake-state", str(state), "--all-pages", "user", "create", "--accid", "a"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("usage: nimserver user create") and "--all-pages is for v2 listings" in err
    code, _, err = _main(["--fake-state", str(state), "user", "create", "--accid", "a"], capsys)
    assert code == 0, err  # the refused command created nothing
    # A listing the fake does not remember is its example, one page.
    words = [
        "--fake",
        "--all-pages",
        "v2",
        "chatroom-member",
        "list-tagged-members",
        "--room-id",
        "1",
        "--tag",
        "vip",
        "--limit",
        "2",
    ]
    code, out, err = _main(words, capsys)
    assert code == 0, err
    assert isinstance(json.loads(out), list)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _main(["--version"], capsys)
    assert (code, out) == (0, f"nimserver {nimserver.__version__}\n")


@pytest.mark.parametrize(
    ("words", "meant", "listed"),
    [
        (["user", "creat"], "create", "get-uinfos"),
        (["user", "get_uinfo"], "get-uinfos", "update-uinfo"),
        (["v2", "friend", "list_friend"], "list-friends", "add-friend"),
        (["v2", "team_membr", "x"], "team-member", "account"),
        (["usr", "create"], "user", "team"),
    ],
)
def test_an_unknown_name_is_told_with_each_choice_once(
    words: list[str], meant: str, listed: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _main(words, capsys)
    assert code == 2
    assert f"did you mean {meant}" in err
    choices = err.split("(one of: ")[1].rstrip(")\n").split(", ")
    assert listed in choices and len(choices) == len(set(choices))
    assert not any("_" in choice for choice in choices)  # no second spelling of a name


@pytest.mark.parametrize(
    ("words", "usage", "problem"),
    [
        (["user", "create", "--accid", "a" * 40], "nimserver user create", "argument --accid: must have at most 32"),
        (
            ["v2", "friend", "list-friends", "--account-id", "a", "--limit", "0"],
            "nimserver v2 friend list-friends",
            "argument --limit: must be at least 1",
        ),
        (["user", "create", "--accid", "a", "--gender", "7"], "nimserver user create", "argument --gender"),
    ],
)
def test_a_bad_value_is_told_with_the_commands_usage(
    words: list[str], usage: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _main(["--fake", *words], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"usage: {usage} ") and f"{usage}: error: {problem}" in err
