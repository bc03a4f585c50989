"""``nimserver mcp`` as an assistant meets it: the MCP SDK's own client over stdio, the server in a subprocess.

The server calls either its own in-process fake (``--fake``) or a FakeNim on
loopback in this process, whose records show what was sent; the same
arguments given to the Python client show what should have been.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import anyio
import httpx
import jsonschema
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.streamable_http import streamable_http_client

from generator.load import SpecDict
from generator.model import ApiStyle, Operation
from nimserver._mcp import Catalog, load_tools
from nimserver.testing import FakeNim, RecordedRequest
from tests.conftest import GENERATED
from tests.examples import example_arguments, spec_operations
from tests.specutil import build_ok, operation, write_spec

KEY, SECRET = "mcp-key", "mcp-secret-4f7d2a9c1b"
LOGIN_TOKEN = "login-token-8e1f0c"
TOOLS = load_tools()
READS = {tool["name"] for tool in TOOLS if tool["annotations"]["readOnlyHint"]}
T = TypeVar("T")


def _env(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("NIM_")}
    return {**env, "PYTHONPATH": str(GENERATED), "NIM_APP_KEY": KEY, "NIM_APP_SECRET": SECRET, **extra}


@asynccontextmanager
async def _session(args: Sequence[str], log: Path | None = None, **env: str) -> AsyncIterator[ClientSession]:
    """An initialised client session with ``nimserver mcp ARGS`` (stderr into `log`, or discarded)."""
    server = StdioServerParameters(command=sys.executable, args=["-m", "nimserver", "mcp", *args], env=_env(**env))
    with open(log or os.devnull, "w", encoding="utf-8") as errlog:
        async with stdio_client(server, errlog=errlog) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                yield session


def _with_session(args: Sequence[str], use: Callable[[ClientSession], Awaitable[T]], **env: str) -> T:
    async def run() -> T:
        async with _session(args, **env) as session:
            return await use(session)

    return anyio.run(run)


async def _call(session: ClientSession, name: str, arguments: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
    """A tool's result: whether it is an error, and the JSON of its text (which is also its structured content)."""
    result = await session.call_tool(name, arguments)
    payload = json.loads(result.content[0].text)  # type: ignore[union-attr]
    assert result.structured_content == payload
    return result.is_error, payload


async def _names(session: ClientSession) -> set[str]:
    return {tool.name for tool in (await session.list_tools()).tools}


@pytest.fixture
def served() -> Iterator[tuple[FakeNim, str]]:
    fake = FakeNim(KEY, SECRET)
    with fake.serve() as url:
        yield fake, url


def _tool_name(operation: Operation) -> str:
    prefix = "v2-" if operation.api == ApiStyle.V2 else ""
    return f"{prefix}{operation.group}-{operation.method}"


# Listing.


def test_only_reading_tools_are_listed_unless_writes_are_allowed() -> None:
    default = _with_session(["--fake"], _names)
    assert default == READS
    some = _with_session(["--fake", "--allow-write", "user,v2-team"], _names)
    writes = {tool["name"] for tool in TOOLS if tool["group"] in ("user", "v2-team")}
    assert some == READS | writes and "user-create" in some and "v2-team-create_team" in some
    assert "team-create" not in some and "v2-account-create_account" not in some
    assert _with_session(["--fake", "--allow-write", "all"], _names) == {tool["name"] for tool in TOOLS}
    only = _with_session(["--fake", "--groups", "user,v2-friend", "--allow-write", "user"], _names)
    assert only == {tool["name"] for tool in TOOLS if tool["group"] == "user" or tool["name"] in READS} & {
        tool["name"] for tool in TOOLS if tool["group"] in ("user", "v2-friend")
    }


def test_listed_tools_carry_descriptions_schemas_and_annotations() -> None:
    async def tools(session: ClientSession) -> dict[str, Any]:
        return {tool.name: tool for tool in (await session.list_tools()).tools}

    listed = _with_session(["--fake", "--allow-write", "all"], tools)
    create = listed["user-create"]
    assert create.title == "Create an IM account"
    assert create.description is not None and create.description.startswith("Create an IM account.")
    assert "注册 IM 账号" in create.description and "Calls POST /nimserver/user/create.action." in create.description
    assert create.input_schema["required"] == ["accid"]
    assert "1 to 32 characters" in create.input_schema["properties"]["accid"]["description"]
    assert create.annotations is not None and create.annotations.read_only_hint is False
    block = listed["user-block"]
    assert block.annotations is not None and block.annotations.destructive_hint is True
    assert "kick_notify_ext" in block.input_schema["properties"]  # Python names, as the client takes them
    get = listed["v2-account-get_account_details"]
    assert get.annotations is not None and get.annotations.read_only_hint and get.annotations.idempotent_hint
    # A JSON-text field is the JSON value it holds.
    assert listed["msg-mark_read_team_msg"].input_schema["properties"]["msgids"]["type"] == "array"


def test_a_bad_option_stops_the_server_before_it_serves() -> None:
    for args, expected in (
        (["--allow-write", "nosuch"], "--allow-write: no group nosuch"),
        (["--groups", "user,v2-nosuch"], "--groups: no group v2-nosuch"),
        (["--app-secret", SECRET], "unknown option --app-secret (values are not shown)"),
        (["--app-secret=" + SECRET], "unknown option --app-secret (values are not shown)"),
    ):
        process = subprocess.run(
            [sys.executable, "-m", "nimserver", "mcp", "--fake", *args],
            env=_env(),
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        assert process.returncode == 2 and expected in process.stderr
        assert SECRET not in process.stderr + process.stdout
    missing = {name: value for name, value in _env().items() if name != "NIM_APP_SECRET"}
    process = subprocess.run(
        [sys.executable, "-m", "nimserver", "mcp"], env=missing, capture_output=True, text=True, timeout=60
    )
    assert process.returncode == 2 and "NIM_APP_SECRET" in process.stderr


def test_without_the_sdk_it_says_which_extra_to_install() -> None:
    blocked = (
        "import sys; sys.modules['mcp'] = None; from nimserver._cli import main; sys.exit(main(['mcp', '--fake']))"
    )
    process = subprocess.run(
        [sys.executable, "-c", blocked],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert process.returncode == 2 and "pip install 'nimserver[mcp]'" in process.stderr


# Calls.


def _sent(request: RecordedRequest) -> dict[str, Any]:
    """What a request carried, apart from what differs on every call (nonce, time, checksum, request id, host)."""
    varying = {"nonce", "curtime", "checksum", "requestid", "x-custom-traceid", "host"}
    return {
        "operation": request.operation,
        "method": request.method,
        "fields": request.fields,
        "query": request.query,
        "path_values": request.path_values,
        "json": request.json,
        "headers": {name: value for name, value in request.headers.items() if name not in varying},
    }


def test_a_read_and_a_write_send_what_the_python_client_sends(served: tuple[FakeNim, str]) -> None:
    fake, url = served
    calls = [
        ("user-create", ["user", "create"], {"accid": "zhangsan", "name": "张三", "gender": 1}),
        ("user-get_uinfos", ["user", "get_uinfos"], {"accids": ["zhangsan"]}),
        ("user-block", ["user", "block"], {"accid": "zhangsan", "needkick": True, "kick_notify_ext": "bye"}),
        ("v2-account-get_account_details", ["v2", "account", "get_account_details"], {"account_id": "zhangsan"}),
        (
            "v2-account-update_account",
            ["v2", "account", "update_account"],
            {"account_id": "zhangsan", "token": "t1", "configuration": {"p2p_chat_banned": True}},
        ),
    ]

    async def use(session: ClientSession) -> list[dict[str, Any]]:
        results = []
        for name, _, arguments in calls:
            error, payload = await _call(session, name, arguments)
            assert not error, payload
            results.append(payload)
        return results

    results = _with_session(["--base-url", url, "--allow-write", "user,v2-account"], use)
    assert results[1]["answer"]["uinfos"][0]["name"] == "张三"
    mirror = FakeNim(KEY, SECRET)
    with mirror.client() as client:
        for _, path, arguments in calls:
            method: Any = client
            for part in path:
                method = getattr(method, part)
            method(**arguments)
    assert [request.code for request in fake.requests] == [200] * len(calls)
    assert [_sent(request) for request in fake.requests] == [_sent(request) for request in mirror.requests]


def test_against_the_servers_own_fake_a_write_is_seen_by_a_read() -> None:
    async def use(session: ClientSession) -> tuple[Any, ...]:
        created = await _call(session, "v2-account-create_account", {"account_id": "lisi"})
        read = await _call(session, "v2-account-get_account_details", {"account_id": "lisi"})
        return created, read

    created, read = _with_session(["--fake", "--allow-write", "v2-account"], use)
    assert created[0] is False and read[0] is False
    assert read[1]["answer"]["account_id"] == "lisi"


def test_a_listing_answers_page_by_page_with_the_next_page_argument(served: tuple[FakeNim, str]) -> None:
    fake, url = served
    with fake.client() as client:
        for account in ("owner", "f1", "f2", "f3"):
            client.v2.account.create_account(account_id=account)
        for friend in ("f1", "f2", "f3"):
            client.v2.friend.add_friend(account_id="owner", friend_account_id=friend)

    async def use(session: ClientSession) -> list[dict[str, Any]]:
        pages, arguments = [], {"account_id": "owner", "limit": 2}
        while True:
            error, payload = await _call(session, "v2-friend-list_friends", arguments)
            assert not error, payload
            pages.append(payload)
            if payload["next_page"] is None:
                return pages
            arguments = {**arguments, **payload["next_page"]}

    pages = _with_session(["--base-url", url], use)
    assert len(pages) == 2 and set(pages[0]["next_page"]) == {"page_token"}
    seen = [item["friend_account_id"] for page in pages for item in page["answer"]["items"]]
    assert sorted(seen) == ["f1", "f2", "f3"]


def test_refused_wrong_and_failed_calls_come_back_as_documented_errors(served: tuple[FakeNim, str]) -> None:
    fake, url = served
    fake.fail_next("user/getUinfos", code=414, desc="parameter error: accids")

    async def use(session: ClientSession) -> dict[str, Any]:
        return {
            "refused": await _call(session, "team-create", {"tname": "t", "owner": "a", "members": ["b"], "msg": "hi"}),
            "too_long": await _call(session, "user-create", {"accid": "x" * 40}),
            "wrong_type": await _call(session, "v2-account-get_account_details", {"account_id": 7}),
            "unknown_argument": await _call(session, "user-get_uinfos", {"accids": ["a"], "app_secret": "x"}),
            "missing": await _call(session, "user-get_uinfos", {}),
            "not_a_tool": await _call(session, "user-nosuch", {}),
            "api": await _call(session, "user-get_uinfos", {"accids": ["a"]}),
        }

    got = _with_session(["--base-url", url, "--allow-write", "user"], use)
    assert all(error for error, _ in got.values())
    errors = {name: payload["error"] for name, (_, payload) in got.items()}
    assert errors["refused"]["kind"] == "refused" and errors["refused"]["group"] == "team"
    assert "--allow-write team" in errors["refused"]["message"]
    for case, argument in (("too_long", "accid"), ("wrong_type", "account_id"), ("missing", "accids")):
        assert errors[case]["kind"] == "argument" and errors[case]["argument"] == argument, errors[case]
    assert "at most 32 characters" in errors["too_long"]["message"]
    assert errors["unknown_argument"]["argument"] == "app_secret"
    assert errors["not_a_tool"]["kind"] == "unknown"
    api = errors["api"]
    (sent,) = fake.requests  # nothing was sent for the refused and wrong calls
    assert api["kind"] == "api" and api["code"] == 414 and api["message"] == "parameter error: accids"
    assert api["request_id"] == sent.request_id and api["request_id"]


def test_dry_run_answers_with_the_signed_request_and_sends_nothing() -> None:
    async def use(session: ClientSession) -> list[tuple[bool, dict[str, Any]]]:
        return [
            await _call(session, "user-block", {"accid": "zhangsan", "needkick": True}),
            await _call(
                session,
                "v2-account-update_account",
                {"account_id": "li si", "configuration": {"p2p_chat_banned": True}},
            ),
        ]

    (v1_error, v1), (v2_error, v2) = _with_session(["--dry-run", "--allow-write", "user,v2-account"], use)
    assert not v1_error and not v2_error and v1["dry_run"] is True and v2["dry_run"] is True
    assert v1["request"]["url"] == "https://api.netease.im/nimserver/user/block.action"
    assert v1["request"]["fields"] == {"accid": "zhangsan", "needkick": "true"}
    assert v2["request"]["method"] == "PATCH" and v2["request"]["url"].endswith("/im/v2/accounts/li%20si")
    assert v2["request"]["json"] == {"configuration": {"p2p_chat_banned": True}}
    for request in (v1["request"], v2["request"]):
        assert {request["headers"][name] for name in ("checksum", "nonce", "curtime")} == {"(hidden)"}
        assert request["headers"]["appkey"] == KEY


# The compact mode.


def test_compact_mode_finds_operations_by_english_and_chinese_words_and_calls_them() -> None:
    async def use(session: ClientSession) -> dict[str, Any]:
        found = {}
        for query in ("create account", "创建账号", "recall a message", "撤回消息", "账号禁言", "list friends"):
            error, payload = await _call(session, "find_operations", {"query": query, "limit": 5})
            assert not error, payload
            found[query] = payload["operations"]
        return {
            "names": await _names(session),
            "found": found,
            "create": await _call(session, "call_operation", {"name": "user-create", "arguments": {"accid": "wangwu"}}),
            "team": await _call(session, "call_operation", {"name": "team-create", "arguments": {}}),
            "read": await _call(
                session, "call_operation", {"name": "user-get_uinfos", "arguments": {"accids": ["wangwu"]}}
            ),
            "bad": await _call(session, "call_operation", {"name": "user-get_uinfos", "arguments": {"accids": "x"}}),
            "empty": await _call(session, "find_operations", {"query": ""}),
        }

    got = _with_session(["--fake", "--compact", "--allow-write", "user"], use)
    assert got["names"] == {"find_operations", "call_operation"}
    names = {query: [item["name"] for item in items] for query, items in got["found"].items()}
    assert "user-create" in names["create account"] and "user-create" in names["创建账号"]
    assert "v2-account-create_account" in names["创建账号"]
    assert "msg-recall" in names["recall a message"] and "msg-recall" in names["撤回消息"]
    assert "user-mute" in names["账号禁言"] and "v2-friend-list_friends" in names["list friends"]
    create = next(item for item in got["found"]["create account"] if item["name"] == "user-create")
    assert create["allowed"] is True and create["input_schema"]["required"] == ["accid"]
    assert got["create"][0] is False and got["read"][1]["answer"]["uinfos"][0]["accid"] == "wangwu"
    assert got["team"][0] is True and got["team"][1]["error"]["kind"] == "refused"
    assert got["bad"][1]["error"] == {
        "kind": "argument",
        "argument": "accids",
        "message": got["bad"][1]["error"]["message"],
    }
    assert got["empty"][1]["error"]["argument"] == "query"


def test_search_ranks_by_name_summary_and_title() -> None:
    catalog = Catalog(TOOLS)
    assert [tool["name"] for tool in catalog.find("user create", 1)] == ["user-create"]
    assert catalog.find("zzzz qqqq", 5) == []
    assert all(tool["group"] == "team" for tool in Catalog(TOOLS, groups=["team"]).find("create", 20))


# Secrets.


def test_no_secret_in_any_result_error_or_log_line(served: tuple[FakeNim, str], tmp_path: Path) -> None:
    fake, url = served
    secret_file = tmp_path / "secret"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    log = tmp_path / "server.log"
    fake.fail_next("user/getUinfos", code=414, desc="parameter error")
    texts: list[str] = []

    async def run() -> None:
        args = [
            "--base-url",
            url,
            "--app-secret-file",
            str(secret_file),
            "--allow-write",
            "all",
            "--log-level",
            "debug",
        ]
        async with _session(args, log=log, NIM_LOG="debug", NIM_APP_SECRET="") as session:
            for name, arguments in (
                ("user-create", {"accid": "zhaoliu", "token": LOGIN_TOKEN}),
                ("user-get_uinfos", {"accids": ["zhaoliu"]}),
                ("user-get_uinfos", {"accids": ["zhaoliu"]}),
                ("user-create", {"accid": "x" * 40}),
                ("v2-account-get_account_details", {"account_id": "zhaoliu"}),
                ("user-nosuch", {}),
            ):
                result = await session.call_tool(name, arguments)
                texts.append(result.model_dump_json())
            texts.append((await session.list_tools()).model_dump_json())

    anyio.run(run)
    logged = log.read_bytes()
    assert b"DEBUG" in logged and b"nimserver" in logged  # a debug session did log
    checksums = {request.headers["checksum"] for request in fake.requests}
    assert len(fake.requests) == 4 and [request.code for request in fake.requests] == [200, 414, 200, 200]
    for secret in (SECRET, *checksums):
        assert secret.encode() not in logged
        assert all(secret not in text for text in texts)
    assert LOGIN_TOKEN.encode() not in logged  # an account's token is in the answer, and only there
    assert LOGIN_TOKEN in texts[0]


# Schemas.


def test_every_operation_but_file_uploads_is_a_tool() -> None:
    operations = {_tool_name(operation): operation for operation in spec_operations()}
    assert {tool["name"] for tool in TOOLS} == {name for name, op in operations.items() if not op.multipart}
    for tool in TOOLS:
        operation = operations[tool["name"]]
        hints = tool["annotations"]
        assert hints["readOnlyHint"] == (operation.safe_to_repeat or operation.http_method == "GET")
        assert hints["idempotentHint"] == operation.safe_to_repeat
        if operation.http_method == "DELETE":
            assert hints["destructiveHint"], tool["name"]
        if hints["readOnlyHint"] or operation.method.split("_")[0] in ("create", "send"):
            assert not hints["destructiveHint"], tool["name"]  # reading, creating and sending destroy nothing


@pytest.mark.parametrize(
    "words",
    [("kick",), ("recall",), ("mute",), ("delete", "del"), ("block", "ban"), ("remove",)],
)
def test_deletes_kicks_bans_recalls_and_mutes_are_destructive(words: tuple[str, ...]) -> None:
    named = [tool for tool in TOOLS if any(word in tool["call"][-1].split("_") for word in words)]
    assert named and all(tool["annotations"]["destructiveHint"] for tool in named if tool["name"] not in READS)


def test_tool_schemas_are_json_schemas_that_take_the_specs_own_examples(spec_document: SpecDict) -> None:
    operations = {_tool_name(operation): operation for operation in spec_operations()}
    for tool in TOOLS:
        schema = tool["input_schema"]
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["type"] == "object" and schema["additionalProperties"] is False
        operation = operations[tool["name"]]
        assert set(schema.get("properties", {})) == {field.python_name for field in operation.fields}
        validator = jsonschema.Draft202012Validator(schema)
        for everything in (False, True):
            arguments = example_arguments(spec_document, operation, everything=everything, decode_json=True)
            problems = [error.message for error in validator.iter_errors(arguments)]
            assert not problems, (tool["name"], arguments, problems)


def test_a_body_discriminated_by_a_key_keeps_its_rules_under_python_names(tmp_path: Path) -> None:
    fields = {
        "msgType": {"type": "integer", "enum": [0, 1], "description": "Kind.", "examples": [0]},
        "textBody": {"type": "string", "description": "Text.", "examples": ["hi"]},
        "picBody": {
            "type": "string",
            "contentMediaType": "application/json",
            "contentSchema": {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}},
            "description": "Picture.",
            "examples": ['{"url": "u"}'],
        },
    }
    path_item = operation("msgSend", fields, required=["msgType"])
    form = path_item["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]
    form.update(
        {
            "if": {"properties": {"msgType": {"const": 1}}},
            "then": {"required": ["picBody"]},
            "else": {"required": ["textBody"]},
        }
    )
    (built,) = build_ok(write_spec(tmp_path, {"/msg/send.action": path_item})).operations
    schema = built.argument_schema
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid({"msg_type": 0, "text_body": "hi"})
    assert validator.is_valid({"msg_type": 1, "pic_body": {"url": "u"}})
    assert not validator.is_valid({"msg_type": 1, "text_body": "hi"})  # then: pic_body is required
    assert not validator.is_valid({"msg_type": 0, "pic_body": {"url": "u"}})  # else: text_body is
    assert not validator.is_valid({"msg_type": 1, "pic_body": '{"url": "u"}'})  # the JSON value, not its text


def test_a_v2_body_of_alternatives_keeps_them_beside_the_path_parameter(tmp_path: Path) -> None:
    text = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string", "maxLength": 5}}}
    picture = {"type": "object", "required": ["url"], "properties": {"url": {"type": "string"}}}
    patch = {
        "operationId": "v2.demo.updateNote",
        "tags": ["v2-demo"],
        "summary": "Update a note",
        "description": "Updates a note.",
        "parameters": [
            {
                "name": "note_id",
                "in": "path",
                "required": True,
                "description": "The note.",
                "schema": {"type": "string", "minLength": 1},
                "examples": {"one": {"value": "n1"}},
            }
        ],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "required": ["kind"],
                        "properties": {
                            "kind": {"type": "integer", "enum": [1, 2], "description": "Kind.", "examples": [1]},
                            "content": {"type": "object", "description": "What.", "examples": [{"text": "hi"}]},
                        },
                        "oneOf": [
                            {"properties": {"kind": {"const": 1}, "content": text}},
                            {"properties": {"kind": {"const": 2}, "content": picture}},
                        ],
                    }
                }
            },
        },
        "responses": {"200": {"description": "Done.", "content": {"application/json": {"schema": {"type": "object"}}}}},
    }
    root = write_spec(
        tmp_path, {"/im/v2/notes/{note_id}": {"patch": patch}}, tags=[{"name": "v2-demo", "description": "v2: demos."}]
    )
    (built,) = build_ok(root).operations
    validator = jsonschema.Draft202012Validator(built.argument_schema)
    assert validator.is_valid({"note_id": "n1", "kind": 1, "content": {"text": "hi"}})
    assert validator.is_valid({"note_id": "n1", "kind": 2, "content": {"url": "u"}})
    assert not validator.is_valid({"note_id": "n1", "kind": 2, "content": {"text": "hi"}})  # the second branch's
    assert not validator.is_valid({"kind": 1, "content": {"text": "hi"}})  # the path parameter is required
    assert not validator.is_valid({"note_id": "n1", "kind": 1, "content": {"text": "longer"}})  # a branch's limit


# Streamable HTTP.


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_streamable_http_on_loopback() -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "nimserver", "mcp", "--fake", "--http", str(port)],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr
                time.sleep(0.1)

        async def run() -> tuple[set[str], tuple[bool, dict[str, Any]]]:
            async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write):
                async with ClientSession(read, write) as session:
                    await session.initialize()
                    return await _names(session), await _call(session, "user-get_uinfos", {"accids": ["a"]})

        names, (error, payload) = anyio.run(run)
        assert names == READS and not error and payload["answer"]["code"] == 200
        # A page of another site that a browser runs cannot reach it (DNS rebinding, cross-origin requests).
        message = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
        headers = {"Accept": "application/json, text/event-stream"}
        url = f"http://127.0.0.1:{port}/mcp"
        rebound = httpx.post(url, json=message, headers={**headers, "Host": f"attacker.example:{port}"})
        assert rebound.status_code == 421
        foreign = httpx.post(url, json=message, headers={**headers, "Origin": "http://attacker.example"})
        assert foreign.status_code == 403
    finally:
        server.terminate()
        server.wait(timeout=30)
        assert server.stderr is not None
        server.stderr.close()


# The package README.


def test_the_readmes_client_configuration_starts_a_server_that_lists_what_it_says() -> None:
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Tools for AI assistants (MCP)", 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"^```json\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    server = json.loads(block)["mcpServers"]["nimserver"]
    assert server["command"] == "nimserver" and server["args"][0] == "mcp"
    assert set(server["env"]) == {"NIM_APP_KEY", "NIM_APP_SECRET"}
    listed = _with_session(["--fake", *server["args"][1:]], _names)
    groups = {"user", "team", "v2-account"}
    expected = {
        tool["name"] for tool in TOOLS if tool["group"] in groups and (tool["name"] in READS or tool["group"] == "team")
    }
    assert listed == expected and "team-create" in listed and "user-create" not in listed
