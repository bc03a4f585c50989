"""nimserver.testing.FakeNim: every operation with the real client, the stateful flows,
faults, message copies, and its checks against the spec-driven tests/fakenim.py."""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import re
import threading
import time
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from jsonschema import Draft202012Validator

import nimserver
from generator.load import SpecDict
from generator.model import Operation, plain_schema
from nimserver._paging import AsyncPage, Page
from nimserver.testing import FakeNim
from tests import fakenim
from tests.examples import example_arguments, fake_key, form_properties, v1_operations, v2_operations

OPERATIONS = v1_operations()
V2_OPERATIONS = v2_operations()
KEY, SECRET = "test-key", "test-secret"


def _call(client: Any, operation: Operation, arguments: dict[str, Any]) -> Any:
    return getattr(getattr(client, operation.group), operation.method)(**arguments)


@pytest.fixture
def fake() -> FakeNim:
    return FakeNim(KEY, SECRET)


@pytest.fixture
def client(fake: FakeNim) -> Iterator[nimserver.NimClient]:
    with fake.client(max_retries=0) as client:
        yield client


# Every operation, answered from the spec's examples.


@pytest.mark.parametrize("everything", [False, True], ids=["required", "all"])
def test_every_operation_passes_the_fakes_checks(spec_document: SpecDict, everything: bool) -> None:
    fake = FakeNim(KEY, SECRET, stateful=False)
    with fake.client(max_retries=0) as client:
        for operation in OPERATIONS:
            arguments = example_arguments(spec_document, operation, everything=everything, decode_json=True)
            body = _call(client, operation, arguments)
            request = fake.last_request
            assert request.operation == operation.path
            assert body == request.answer, operation.path
            sent = set(request.fields) | set(request.files)
            assert sent == {f.wire_name for f in operation.fields if f.python_name in arguments}, operation.path
    assert len(fake.requests) == len(OPERATIONS)


def test_async_transport_and_loopback_reach_the_same_fake(spec_document: SpecDict) -> None:
    fake = FakeNim(KEY, SECRET)

    async def main() -> None:
        async with fake.async_client() as client:
            await client.user.create(accid="zhangsan")
            assert (await client.user.get_uinfos(accids=["zhangsan"]))["uinfos"][0]["accid"] == "zhangsan"

    asyncio.run(main())
    with fake.serve() as url, nimserver.NimClient(KEY, SECRET, base_url=url) as client:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/nimserver")
        with pytest.raises(nimserver.DuplicateError):
            client.user.create(accid="zhangsan")
    assert [r.code for r in fake.requests] == [200, 200, 417]


# The two oracles agree on the same requests, good and bad.


def _example_form(document: SpecDict, operation: Operation) -> dict[str, str]:
    properties = form_properties(document, operation)
    form = {}
    for field in operation.fields:
        if field.required:
            example = properties[field.wire_name]["examples"][0]
            form[field.wire_name] = ("true" if example else "false") if isinstance(example, bool) else str(example)
    return form


def _bad_forms(document: SpecDict, operation: Operation) -> Iterator[tuple[str, dict[str, str]]]:
    form = _example_form(document, operation)
    properties = form_properties(document, operation)
    yield "good", form
    yield "unknown-field", {**form, "zzzUnknown": "1"}
    for field in operation.fields:
        schema = properties[field.wire_name]
        if field.required:
            yield f"missing-{field.wire_name}", {k: v for k, v in form.items() if k != field.wire_name}
        wire_type = schema.get("type")
        if wire_type == "integer":
            yield f"not-int-{field.wire_name}", {**form, field.wire_name: "12abc"}
            if "maximum" in schema:
                yield f"above-{field.wire_name}", {**form, field.wire_name: str(schema["maximum"] + 1)}
        if wire_type == "boolean":
            yield f"python-bool-{field.wire_name}", {**form, field.wire_name: "True"}
        if "enum" in schema:
            yield f"not-in-enum-{field.wire_name}", {**form, field.wire_name: "987654321"}
        if wire_type == "string" and field.kind == "TEXT" and "maxLength" in schema:
            yield f"too-long-{field.wire_name}", {**form, field.wire_name: "x" * (schema["maxLength"] + 1)}
        if field.kind == "JSON":
            yield f"not-json-{field.wire_name}", {**form, field.wire_name: "[not json"}
            yield f"wrong-json-{field.wire_name}", {**form, field.wire_name: '{"unexpected": true}'}


def _signed(key: str = KEY, secret: str = SECRET, cur_time: str | None = None) -> dict[str, str]:
    nonce = uuid.uuid4().hex
    cur_time = str(int(time.time())) if cur_time is None else cur_time
    return {
        "appkey": key,
        "nonce": nonce,
        "curtime": cur_time,
        "checksum": hashlib.sha1((secret + nonce + cur_time).encode()).hexdigest(),
        "content-type": "application/x-www-form-urlencoded;charset=utf-8",
    }


def _verdicts(old: fakenim.FakeNim, new: FakeNim, path: str, headers: dict[str, str], body: bytes) -> tuple[bool, bool]:
    old_reply = json.loads(old.handle(f"/nimserver/{path}", headers, body).body)
    new_reply = json.loads(new.answer(f"/nimserver/{path}", headers, body).body)
    return old_reply.get("code") == 414, new_reply.get("code") == 414


def test_the_fake_and_the_spec_driven_fake_agree(fake_nim: fakenim.FakeNim, spec_document: SpecDict) -> None:
    # The spec-driven fake enforces every fact; the shipped one does so under the strict policy.
    new = FakeNim(KEY, SECRET, stateful=False, spec_doubts="refuse")
    compared = refused = 0
    disagreements = []
    for operation in OPERATIONS:
        if operation.multipart:
            continue
        for case, form in _bad_forms(spec_document, operation):
            old_says, new_says = _verdicts(fake_nim, new, operation.path, _signed(), urlencode(form).encode())
            compared += 1
            refused += new_says
            # A JSON object where the schema allows free keys is no mistake: only agreement counts there.
            certain = not case.startswith("wrong-json")
            if old_says != new_says or (certain and (case == "good") == new_says):
                disagreements.append((operation.path, case, old_says, new_says))
        fake_nim.reset()
    assert disagreements == []
    assert compared > 2000 and refused > 1500


@pytest.mark.parametrize(
    ("parts", "refused"),
    [
        ({"content": ("photo.png", b"PNG"), "type": (None, "image")}, False),
        ({"type": (None, "image")}, True),
        ({"content": ("photo.png", b"PNG"), "zzzUnknown": (None, "1")}, True),
        ({"content": ("photo.png", b"PNG"), "ishttps": (None, "yes")}, True),
    ],
    ids=["good", "missing-file", "unknown-field", "bad-bool"],
)
def test_both_fakes_read_multipart_alike(fake_nim: fakenim.FakeNim, parts: dict[str, Any], refused: bool) -> None:
    request = httpx.Request("POST", "http://fake/nimserver/msg/fileUpload.action", files=parts)
    headers = {**_signed(), "content-type": request.headers["content-type"]}
    verdicts = _verdicts(fake_nim, FakeNim(KEY, SECRET), "msg/fileUpload.action", headers, request.read())
    assert verdicts == (refused, refused)


@pytest.mark.parametrize(
    "headers",
    [
        _signed(secret="other"),
        _signed(key="other"),
        _signed(cur_time=str(int(time.time()) - 3600)),
        _signed(cur_time=str(int(time.time() * 1000))),  # milliseconds: the callback unit, not the API's
        {**_signed(), "content-type": "application/json"},
        {**_signed(), "nonce": ""},
    ],
    ids=["wrong-secret", "wrong-key", "stale-curtime", "curtime-in-ms", "json-content-type", "empty-nonce"],
)
def test_both_fakes_refuse_bad_signing(fake_nim: fakenim.FakeNim, headers: dict[str, str]) -> None:
    verdicts = _verdicts(fake_nim, FakeNim(KEY, SECRET), "user/unblock.action", headers, b"accid=zhangsan")
    assert verdicts == (True, True)


def test_a_refusal_names_the_problem(fake: FakeNim, client: nimserver.NimClient) -> None:
    with pytest.raises(nimserver.InvalidParameterError, match=r"accids: .*is not of type 'array'"):
        client.request("user/getUinfos.action", {"accids": '{"a": 1}'})  # a raw call: only the server checks it
    assert fake.last_request.code == 414


# Stateful flows.


def _codes(call: Any) -> int:
    try:
        call()
    except nimserver.ApiError as error:
        return error.code
    return 200


def test_accounts(client: nimserver.NimClient) -> None:
    token = client.user.create(accid="ZhangSan", name="张三", token="t0")["info"]["token"]
    assert token == "t0"
    assert _codes(lambda: client.user.create(accid="zhangsan")) == 417
    client.user.update_uinfo(accid="zhangsan", name="Zhang San", gender=1)
    client.user.update(accid="zhangsan", token="t1")
    assert client.user.refresh_token(accid="zhangsan")["info"]["token"] not in ("t0", "t1")
    client.user.block(accid="zhangsan", needkick=True)
    (card,) = client.user.get_uinfos(accids=["zhangsan", "nobody"])["uinfos"]
    assert card == {"accid": "zhangsan", "name": "Zhang San", "gender": 1, "valid": False}
    client.user.unblock(accid="zhangsan")
    assert client.user.get_uinfos(accids=["zhangsan"])["uinfos"][0]["valid"] is True
    assert _codes(lambda: client.user.unblock(accid="nobody")) == 414


def test_friends(client: nimserver.NimClient) -> None:
    for accid in ("zhangsan", "lisi", "wangwu"):
        client.user.create(accid=accid)
    client.friend.add(accid="zhangsan", faccid="lisi", type=1)
    client.friend.add(accid="zhangsan", faccid="wangwu", type=2)  # only a request
    client.friend.update(accid="zhangsan", faccid="lisi", alias="Old Li")
    assert [f["faccid"] for f in client.friend.get(accid="zhangsan", updatetime=0)["friends"]] == ["lisi"]
    assert client.friend.get_by_accid(accid="zhangsan", faccid="lisi")["friend"]["alias"] == "Old Li"
    assert client.friend.get_by_accid(accid="lisi", faccid="zhangsan")["friend"]["bidirection"] is True
    client.friend.delete(accid="lisi", faccid="zhangsan")
    assert client.friend.get(accid="zhangsan", updatetime=0)["friends"] == []
    assert _codes(lambda: client.friend.delete(accid="lisi", faccid="zhangsan")) == 404


def test_teams_and_their_messages(client: nimserver.NimClient) -> None:
    for accid in ("zhangsan", "lisi", "wangwu"):
        client.user.create(accid=accid)
    created = client.team.create(tname="Badminton", owner="zhangsan", members=["lisi"], msg="hi", magree=0, joinmode=0)
    tid = created["tid"]  # decimal text, as the API answers it: every id argument takes it unchanged
    client.team.add(tid=tid, owner="zhangsan", members=["wangwu"], magree=0, msg="join")
    (info,) = client.team.query(tids=[tid], ope=1)["tinfos"]
    assert (info["owner"], info["size"], info["members"]) == ("zhangsan", 3, ["lisi", "wangwu"])
    client.team.kick(tid=tid, owner="zhangsan", member="lisi")
    detail = client.team.query_detail(tid=tid)["tinfo"]
    assert [m["accid"] for m in detail["members"]] == ["wangwu"]
    assert _codes(lambda: client.team.kick(tid=tid, owner="zhangsan", member="lisi")) == 804
    assert _codes(lambda: client.team.add(tid=tid, owner="wangwu", members=["lisi"], magree=0, msg="x")) == 802
    assert _codes(lambda: client.team.query(tids=[1], ope=0)) == 803
    client.msg.send_msg(from_="wangwu", ope=1, to=tid, type=0, body={"msg": "Saturday?"})
    assert _codes(lambda: client.msg.send_msg(from_="lisi", ope=1, to=tid, type=0, body={"msg": "x"})) == 804
    history = client.history.query_team_msg(tid=tid, accid="zhangsan", begintime=0, endtime=2**62, limit=10)
    assert [(m["from"], m["body"]) for m in history["msgs"]] == [("wangwu", "Saturday?")]
    assert [t["tid"] for t in client.team.join_teams(accid="wangwu")["infos"]] == [int(tid)]
    client.team.remove(tid=tid, owner="zhangsan")
    assert _codes(lambda: client.team.query_detail(tid=tid)) == 803


def test_one_to_one_messages_and_history(client: nimserver.NimClient) -> None:
    client.user.create(accid="zhangsan")
    client.user.create(accid="lisi")
    client.msg.send_msg(from_="zhangsan", ope=0, to="lisi", type=0, body={"msg": "Hi Li"})
    client.msg.send_msg(from_="lisi", ope=0, to="zhangsan", type=100, body={"kind": "gift"})
    batch = client.msg.send_batch_msg(
        from_accid="zhangsan", to_accids=["lisi", "ghost"], type=0, body={"msg": "all"}, return_msgid=True
    )
    assert batch["unregister"] == ["ghost"] and set(batch["msgids"]) == {"lisi"}
    assert _codes(lambda: client.msg.send_msg(from_="zhangsan", ope=0, to="ghost", type=0, body={"msg": "x"})) == 414
    history = client.history.query_session_msg(from_="lisi", to="zhangsan", begintime=0, endtime=2**62, limit=10)
    assert [m["body"] for m in history["msgs"]] == ["Hi Li", {"kind": "gift"}, "all"]
    newest = client.history.query_session_msg(
        from_="zhangsan", to="lisi", begintime=0, endtime=2**62, limit=1, reverse=2, type="0"
    )
    assert [m["body"] for m in newest["msgs"]] == ["all"]


def test_chat_rooms(client: nimserver.NimClient) -> None:
    client.user.create(accid="zhangsan")
    roomid = client.chatroom.create(creator="zhangsan", name="Friday live")["chatroom"]["roomid"]
    assert client.chatroom.get(roomid=roomid)["chatroom"]["name"] == "Friday live"
    sent = client.chatroom.send_msg(roomid=roomid, msg_id="m1", from_accid="zhangsan", msg_type=0, attach="hello")
    assert sent["desc"]["roomId"] == str(roomid)
    assert _codes(lambda: client.chatroom.get(roomid=1)) == 404


def test_event_subscriptions(client: nimserver.NimClient) -> None:
    client.user.create(accid="zhangsan")
    client.user.create(accid="lisi")
    added = client.event.subscribe_add(accid="zhangsan", event_type=1, publisher_accids=["lisi", "ghost"], ttl=3600)
    assert added["failedAccid"] == ["ghost"]
    found = client.event.subscribe_query(accid="zhangsan", event_type=1, publisher_accids=["lisi"])["subscribes"]
    assert [s["accid"] for s in found] == ["lisi"]
    client.event.subscribe_delete(accid="zhangsan", event_type=1, publisher_accids=["lisi"])
    assert client.event.subscribe_query(accid="zhangsan", event_type=1, publisher_accids=["lisi"])["subscribes"] == []


def test_stateful_answers_match_the_response_schemas(spec_document: SpecDict) -> None:
    flows = [
        test_accounts,
        test_friends,
        test_teams_and_their_messages,
        test_one_to_one_messages_and_history,
        test_chat_rooms,
        test_event_subscriptions,
    ]
    answered = []
    for flow in flows:
        fake = FakeNim(KEY, SECRET)
        with fake.client(max_retries=0) as client:
            flow(client)
        answered += [request for request in fake.requests if request.code == 200]
    checked = set()
    for request in answered:
        media = spec_document["paths"]["/" + request.operation]["post"]["responses"]["200"]["content"]
        schema = plain_schema(media["application/json"]["schema"])
        errors = [e.message for e in Draft202012Validator(schema).iter_errors(request.answer)]
        assert errors == [], request.operation
        checked.add(request.operation)
    assert len(checked) >= 25  # most of the stateful operations


# Faults and records.


def test_faults_by_operation_and_count(fake: FakeNim, client: nimserver.NimClient) -> None:
    client.user.create(accid="zhangsan")
    fake.fail_next("user/refreshToken", code=416, times=2)
    fake.fail_next(status=502)
    with pytest.raises(nimserver.TransportError) as raised:
        client.user.get_uinfos(accids=["zhangsan"])
    assert raised.value.status_code == 502
    for _ in range(2):
        with pytest.raises(nimserver.RateLimitedError, match="Rate limited"):
            client.user.refresh_token(accid="zhangsan")
    client.user.refresh_token(accid="zhangsan")
    fake.fail_next(drop=True)
    with pytest.raises(nimserver.TransportError, match="disconnected"):
        client.user.unblock(accid="zhangsan")
    assert [r.fields for r in fake.requests_to("user/refreshToken")] == [{"accid": "zhangsan"}] * 3
    assert [r.code for r in fake.requests_to("user/refreshToken")] == [416, 416, 200]
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("user/nothing", code=500)


def test_a_slow_answer_times_out_in_process(fake: FakeNim) -> None:
    fake.fail_next(delay=0.3)
    with fake.client(timeout=0.1, max_retries=0) as client, pytest.raises(nimserver.TimeoutError):
        client.user.unblock(accid="a")
    fake.fail_next(delay=0.05)
    with fake.client(max_retries=0) as client:
        assert _codes(lambda: client.user.unblock(accid="a")) == 414  # late, then the normal answer


def test_retries_recover_from_injected_faults_on_loopback(fake: FakeNim) -> None:
    fake.fail_next(drop=True)
    with fake.serve() as url, nimserver.NimClient(KEY, SECRET, base_url=url, max_retries=1) as client:
        client.user.get_uinfos(accids=["a"])  # reads only: retried after the dropped connection too
    assert [r.status for r in fake.requests] == [0, 200]


def test_the_curtime_window_follows_the_fakes_clock() -> None:
    fake = FakeNim(KEY, SECRET, clock=lambda: time.time() + 3600)
    with fake.client(max_retries=0) as client, pytest.raises(nimserver.ApiError, match="CurTime"):
        client.user.unblock(accid="a")


# Message copies.


def _verify(headers: dict[str, str], body: bytes) -> bool:
    md5 = hashlib.md5(body).hexdigest()
    expected = hashlib.sha1((SECRET + md5 + headers["CurTime"]).encode()).hexdigest()
    return headers["MD5"] == md5 and headers["CheckSum"] == expected and headers["AppKey"] == KEY


def test_message_copies_are_signed_and_follow_the_spec(
    fake: FakeNim, client: nimserver.NimClient, spec_document: SpecDict
) -> None:
    received: list[tuple[dict[str, str], bytes]] = []
    fake.send_copies_to(lambda headers, body: received.append((headers, body)))
    client.user.create(accid="zhangsan", name="张三")
    client.user.create(accid="lisi")
    client.msg.send_msg(from_="zhangsan", ope=0, to="lisi", type=0, body={"msg": "Hello"})
    client.msg.send_batch_msg(from_accid="zhangsan", to_accids=["lisi"], type=1, body={"url": "https://x/p.jpg"})
    webhook = spec_document["webhooks"]["copyConversationMessage"]["post"]
    schema = plain_schema(webhook["requestBody"]["content"]["application/json"]["schema"])
    assert len(received) == 2
    for headers, body in received:
        assert _verify(headers, body)
        assert abs(int(headers["CurTime"]) - time.time() * 1000) < 60_000  # milliseconds
        assert [e.message for e in Draft202012Validator(schema).iter_errors(json.loads(body))] == []
    first = json.loads(received[0][1])
    assert (first["fromAccount"], first["to"], first["body"], first["fromNick"]) == (
        "zhangsan",
        "lisi",
        "Hello",
        "张三",
    )
    assert json.loads(received[1][1])["msgType"] == "PICTURE"


def test_message_copies_reach_a_url(fake: FakeNim, client: nimserver.NimClient) -> None:
    got: list[tuple[dict[str, str], bytes]] = []

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            got.append((dict(self.headers.items()), body))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        fake.send_copies_to(f"http://127.0.0.1:{server.server_address[1]}/copies")
        client.user.create(accid="a")
        client.user.create(accid="b")
        client.msg.send_msg(from_="a", ope=0, to="b", type=0, body={"msg": "hi"})
    finally:
        server.shutdown()
        server.server_close()
    (copy,) = fake.copies
    assert copy.delivered == 200
    ((headers, body),) = got
    assert body == copy.body and _verify(headers, body)


def test_http_client_is_an_ordinary_httpx_client(fake: FakeNim) -> None:
    with fake.http_client() as http:
        assert isinstance(http, httpx.Client)
        response = http.post("https://api.netease.im/nimserver/user/create.action", data={"accid": "a"})
    assert response.json()["code"] == 414  # not signed


def test_message_copies_verify_with_nimserver_callbacks(fake: FakeNim, client: nimserver.NimClient) -> None:
    from nimserver import callbacks

    fake.send_copies_to(lambda headers, body: type(callbacks.verify(headers, body, app_secret=SECRET)).__name__)
    client.user.create(accid="a")
    client.user.create(accid="b")
    client.msg.send_msg(from_="a", ope=0, to="b", type=0, body={"msg": "hi"})
    assert [copy.delivered for copy in fake.copies] == ["CopyConversationMessage"]


# v2: every operation through the real client against both fakes, routing, checks, state, paging.


def _method(client: Any, operation: Operation) -> Any:
    return getattr(getattr(client.v2, operation.group), operation.method)


def _expected_request(operation: Operation, arguments: dict[str, Any]) -> tuple[set[str], set[str], set[str]]:
    """The names of the path, query and body values the call must carry."""
    sent = [field for field in operation.fields if field.python_name in arguments]
    return tuple(  # type: ignore[return-value]
        {field.wire_name for field in sent if field.where == where} for where in ("path", "query", "body")
    )


def _unscripted_answer(operation: Operation) -> dict[str, Any]:
    """The spec's example; for a listing, as its only page, so that walking it ends."""
    example = copy.deepcopy(operation.success_example)
    if operation.paging is not None and isinstance(example.get("data"), dict):
        example["data"]["has_more"] = False
        if operation.paging.style == "cursor":
            example["data"]["next_token"] = ""
    return example


def _data(answer: Any) -> Any:
    return answer.data if isinstance(answer, (Page, AsyncPage)) else answer


@pytest.mark.parametrize("everything", [False, True], ids=["required", "all"])
def test_every_v2_operation_passes_the_fakes_checks(spec_document: SpecDict, everything: bool) -> None:
    fake = FakeNim(KEY, SECRET, stateful=False)
    with fake.client(max_retries=0) as client:
        for operation in V2_OPERATIONS:
            arguments = example_arguments(spec_document, operation, everything=everything, decode_json=True)
            answer = _method(client, operation)(**arguments)
            request = fake.last_request
            assert (request.operation, request.method) == (operation.key, operation.http_method)
            assert request.code == 200, (operation.key, request.answer)
            expected = _unscripted_answer(operation)
            assert request.answer == expected
            if "data" in expected:
                assert _data(answer) == expected["data"], operation.key
            path, query, body = _expected_request(operation, arguments)
            assert (set(request.path_values), set(request.query), set(request.json or {})) == (path, query, body)
            assert request.path.startswith(("/nimserver/im/v2", "/nimserver/ai/"))
            assert len(request.request_id or "") == 32, "X-custom-traceid"
    assert len(fake.requests) == len(V2_OPERATIONS)


@pytest.mark.parametrize("everything", [False, True], ids=["required", "all"])
def test_every_v2_operation_passes_the_spec_driven_fakes_checks(
    fake_nim: fakenim.FakeNim, spec_document: SpecDict, everything: bool
) -> None:
    with nimserver.NimClient(KEY, SECRET, base_url=fake_nim.base_url, max_retries=0) as client:
        for operation in V2_OPERATIONS:
            arguments = example_arguments(spec_document, operation, everything=everything, decode_json=True)
            answer = _method(client, operation)(**arguments)
            received = fake_nim.received[-1]
            assert (received.operation, received.method) == (fake_key(operation), operation.http_method)
            success = fake_nim.operations[fake_key(operation)].success
            if "data" in success:
                assert _data(answer) == success["data"], operation.key
            path, query, body = _expected_request(operation, arguments)
            assert (set(received.path_values), set(received.query), set(received.json or {})) == (path, query, body)
            assert "x-custom-traceid" in received.headers
    assert len(fake_nim.received) == len(V2_OPERATIONS)


def test_every_v2_operation_async(spec_document: SpecDict) -> None:
    fake = FakeNim(KEY, SECRET, stateful=False)

    async def main() -> None:
        async with fake.async_client(max_retries=0) as client:
            for operation in V2_OPERATIONS:
                arguments = example_arguments(spec_document, operation, everything=True, decode_json=True)
                await _method(client, operation)(**arguments)
                assert fake.last_request.code == 200, (operation.key, fake.last_request.answer)

    asyncio.run(main())
    assert [request.operation for request in fake.requests] == [operation.key for operation in V2_OPERATIONS]


def _captured(spec_document: SpecDict, operation: Operation) -> httpx.Request:
    """The request the client sends for the operation's required example arguments."""
    captured: list[httpx.Request] = []

    def keep(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(200, json={"code": 200, "msg": "success", "data": {}})

    with nimserver.NimClient(KEY, SECRET, http_client=httpx.Client(transport=httpx.MockTransport(keep))) as client:
        _method(client, operation)(**example_arguments(spec_document, operation, everything=False, decode_json=True))
    return captured[0]


def _bad_rest_requests(operation: Operation, request: httpx.Request) -> Iterator[tuple[str, str, str, bytes]]:
    """Variations of a good v2 request, each one mistake away: (case, target, method, body)."""
    entry = nimserver.testing._checks.spec()["operations"][operation.key]
    path, query = request.url.raw_path.decode(), request.url.query.decode()
    body = request.read()
    document = json.loads(body) if body else None
    yield "good", path, request.method, body
    yield "unknown-query", f"{path}{'&' if '?' in path else '?'}zzzUnknown=1", request.method, body
    yield "wrong-verb", path, "PUT" if request.method != "PUT" else "POST", body
    for name, parameter in entry["parameters"].items():
        schema, where = parameter["schema"], parameter["in"]
        kind = schema.get("items", {}).get("type") if parameter["encoding"] == "comma" else schema.get("type")
        if where == "query" and parameter["required"]:
            kept = "&".join(pair for pair in query.split("&") if not pair.startswith(f"{name}="))
            yield f"missing-{name}", path.split("?")[0] + (f"?{kept}" if kept else ""), request.method, body
        if kind == "integer":
            bad = "12abc"
        elif kind == "string" and "maxLength" in schema:
            bad = "x" * (schema["maxLength"] + 1)
        elif kind == "string" and "maxLength" in schema.get("items", {}):
            bad = "x" * (schema["items"]["maxLength"] + 1)
        else:
            continue
        if where == "path":
            template = "/nimserver/" + entry["path"]
            segment = template.split("/").index("{" + name + "}")
            parts = path.split("?")[0].split("/")
            parts[segment] = bad
            yield f"bad-path-{name}", "/".join(parts) + (f"?{query}" if query else ""), request.method, body
        elif f"{name}=" in query:
            pairs = [f"{name}={bad}" if pair.startswith(f"{name}=") else pair for pair in query.split("&")]
            yield f"bad-query-{name}", path.split("?")[0] + "?" + "&".join(pairs), request.method, body
    if isinstance(document, dict):
        yield "unknown-body-key", path, request.method, json.dumps({**document, "zzzUnknown": 1}).encode()
        yield "not-json", path, request.method, b"{not json"
        for name in entry["body"].get("required", []):
            rest = {key: value for key, value in document.items() if key != name}
            yield f"missing-body-{name}", path, request.method, json.dumps(rest).encode()
            kind = entry["body"]["properties"][name].get("type")
            wrong = "text" if kind in ("integer", "boolean", "array", "object") else 12
            yield f"wrong-type-{name}", path, request.method, json.dumps({**document, name: wrong}).encode()


def test_both_fakes_judge_v2_requests_alike(fake_nim: fakenim.FakeNim, spec_document: SpecDict) -> None:
    # The spec-driven fake enforces every fact; the shipped one does so under the strict policy.
    new = FakeNim(KEY, SECRET, stateful=False, spec_doubts="refuse")
    disagreements = []
    compared = 0
    for operation in V2_OPERATIONS:
        request = _captured(spec_document, operation)
        headers = {name.lower(): value for name, value in request.headers.items()}
        for case, target, method, body in _bad_rest_requests(operation, request):
            old = json.loads(fake_nim.handle(target, headers, body, method).body)
            answer = json.loads(new.answer(target, headers, body, method).body)
            compared += 1
            refused = (old["code"] != 200, answer["code"] != 200)
            if refused != ((case != "good"),) * 2:
                disagreements.append((operation.key, case, old, answer))
            if case != "good":
                assert answer.get("msg"), (operation.key, case)
        fake_nim.reset()
    assert disagreements == []
    assert compared > 150


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.request_raw("POST", "im/v2/accounts", {"account_id": 5}),
            r"body\['account_id'\]: 5 is not of type 'string'",
        ),
        (lambda c: c.request_raw("POST", "im/v2/accounts", {}), r"body: 'account_id' is a required property"),
        (lambda c: c.request_raw("GET", "im/v2/accounts?account_ids=a,,b"), r"account_ids\[1\].*should be non-empty"),
        (lambda c: c.request_raw("GET", "im/v2/accounts/" + "x" * 33), r"account_id: '(x)+' is too long"),
        (lambda c: c.request_raw("GET", "im/v2/room_members/12a/actions/batch?account_ids=a"), r"room_id: '12a'"),
        (lambda c: c.request_raw("PUT", "im/v2/accounts"), r"PUT is not an operation of /im/v2/accounts"),
        (lambda c: c.request_raw("GET", "im/v2/nothing"), r"unknown path"),
    ],
    ids=["wrong-body-type", "missing-body-key", "empty-list-item", "path-too-long", "path-not-int", "verb", "path"],
)
def test_a_v2_refusal_names_the_problem(call: Any, message: str) -> None:
    fake = FakeNim(KEY, SECRET, spec_doubts="refuse")  # some of these facts are doubted: refused all the same

    class Raw:
        def request_raw(self, method: str, target: str, body: Any = None) -> dict[str, Any]:
            headers = {**_signed(), "content-type": "application/json;charset=utf-8"}
            content = b"" if body is None else json.dumps(body).encode()
            answer: dict[str, Any] = json.loads(fake.answer(f"/nimserver/{target}", headers, content, method).body)
            return answer

    answer = call(Raw())
    assert answer["code"] in (404, 405, 414)
    assert re.search(message, answer["msg"]), answer["msg"]


def test_v2_refusals_reach_the_caller_as_errors(fake: FakeNim, client: nimserver.NimClient) -> None:
    with pytest.raises(
        nimserver.InvalidParameterError, match=r"body: Additional properties are not allowed \('zzz' was unexpected\)"
    ):
        client.v2.account.update_account(account_id="a", call_extra_fields={"zzz": True})
    with pytest.raises(nimserver.InvalidParameterError, match="unknown query parameter zzz"):
        client.v2.account.get_account_details(account_id="a", call_extra_fields={"zzz": "1"})
    assert [request.code for request in fake.requests] == [414, 414]


def test_v2_routing_prefers_literal_segments_and_knows_v2_1(fake: FakeNim) -> None:
    from nimserver.testing._rest import route

    assert route("PATCH", "im/v2/room_members/actions/chat_banned_tagged_members")[0] == (
        "PATCH im/v2/room_members/actions/chat_banned_tagged_members"
    )
    assert route("PATCH", "im/v2/room_members/zhangsan/actions/chat_banned") == (
        "PATCH im/v2/room_members/{account_id}/actions/chat_banned",
        {"account_id": "zhangsan"},
    )
    assert (
        route("GET", "im/v2.1/room_members/42/actions/blocked")[0]
        == "GET im/v2.1/room_members/{room_id}/actions/blocked"
    )
    assert route("PATCH", "im/v2/room_members/42/actions/blocked")[0] == (
        "PATCH im/v2/room_members/{account_id}/actions/blocked"
    )
    assert route("GET", "im/v2/accounts/a%7Cb%2Fc")[1] == {"account_id": "a%7Cb%2Fc"}


def test_v2_path_values_are_percent_decoded(fake: FakeNim, client: nimserver.NimClient) -> None:
    fake_client = client
    fake_client.user.create(accid="a|b/c")  # v1 keeps ids as given: the fake does not check v1 id characters
    fake_client.v2.account.refresh_token(account_id="a|b/c")
    request = fake.last_request
    assert request.path == "/nimserver/im/v2/accounts/a%7Cb%2Fc/actions/refresh_token"
    assert request.path_values == {"account_id": "a|b/c"}
    assert request.code == 200


def test_v2_accounts_are_kept(fake: FakeNim, client: nimserver.NimClient) -> None:
    created = client.v2.account.create_account(
        account_id="ZhangSan", token="t0", user_information={"name": "张三", "gender": 1}
    )
    assert created == {
        "account_id": "zhangsan",
        "token": "t0",
        "configuration": {"enabled": True},
        "user_information": {"name": "张三", "gender": 1},
    }
    assert _codes(lambda: client.v2.account.create_account(account_id="zhangsan")) == 414
    assert _codes(lambda: client.user.create(accid="zhangsan")) == 417  # one set of accounts for v1 and v2
    client.v2.account.update_account(
        account_id="zhangsan",
        configuration={"enabled": False, "p2p_chat_banned": True},
        user_information={"sign": "hi"},
    )
    details = client.v2.account.get_account_details(account_id="zhangsan")
    assert details["configuration"] == {"enabled": False, "p2p_chat_banned": True}
    assert details["user_information"] == {"name": "张三", "sign": "hi", "gender": 1}
    token = client.v2.account.refresh_token(account_id="zhangsan")["token"]
    assert token != "t0"
    assert client.user.get_uinfos(accids=["zhangsan"])["uinfos"][0]["valid"] is False
    client.user.create(accid="lisi", name="李四")
    found = client.v2.account.batch_query_accounts(account_ids=["lisi", "nobody"])
    assert [a["account_id"] for a in found["success_list"]] == ["lisi"]
    assert [a["account_id"] for a in found["failed_list"]] == ["nobody"]
    assert _codes(lambda: client.v2.account.get_account_details(account_id="nobody")) == 414


def test_v2_stateful_answers_match_the_response_schemas(
    fake: FakeNim, client: nimserver.NimClient, spec_document: SpecDict
) -> None:
    test_v2_accounts_are_kept(fake, client)
    checked = set()
    for request in fake.requests:
        if request.code != 200 or request.operation.endswith(".action"):
            continue
        verb, path = request.operation.split(" ")
        media = spec_document["paths"]["/" + path][verb.lower()]["responses"]["200"]["content"]
        schema = plain_schema(media["application/json"]["schema"])
        assert [e.message for e in Draft202012Validator(schema).iter_errors(request.answer)] == [], request.operation
        checked.add(request.operation)
    assert len(checked) == 5


def _three_pages(fake: FakeNim) -> None:
    fake.script_pages(
        "GET im/v2/room_members/{room_id}/actions/list_tag_members",
        [[{"account_id": "a"}, {"account_id": "b"}], [{"account_id": "c"}], [{"account_id": "d"}]],
    )


def test_v2_pages_can_be_scripted(fake: FakeNim, client: nimserver.NimClient) -> None:
    _three_pages(fake)
    page = client.v2.chatroom_member.list_tagged_members(room_id=42, tag="vip", limit=2)
    assert [member["account_id"] for member in page] == ["a", "b", "c", "d"]
    requests = fake.requests_to("v2.chatroom_member.listTaggedMembers")
    assert [request.query.get("offset") for request in requests] == [None, "2", "3"]
    assert len({request.request_id for request in requests}) == 3  # each page is its own call
    _three_pages(fake)
    assert _codes(lambda: client.v2.chatroom_member.list_tagged_members(room_id=42, tag="vip", limit=2)) == 200
    with pytest.raises(nimserver.InvalidParameterError, match=r"offset '7' is not the position the previous page gave"):
        client.v2.chatroom_member.list_tagged_members(room_id=42, tag="vip", limit=2, offset=7)


def test_v2_pages_async(fake: FakeNim) -> None:
    _three_pages(fake)

    async def main() -> list[str]:
        async with fake.async_client(max_retries=0) as client:
            page = await client.v2.chatroom_member.list_tagged_members(room_id=42, tag="vip", limit=2)
            return [member["account_id"] async for member in page]

    assert asyncio.run(main()) == ["a", "b", "c", "d"]


def test_v2_scripted_answers_and_faults(fake: FakeNim, client: nimserver.NimClient) -> None:
    fake.script("v2.account.getAccountDetails", {"account_id": "scripted"})
    assert client.v2.account.get_account_details(account_id="x") == {"account_id": "scripted"}
    fake.fail_next(
        "PATCH /nimserver/im/v2/accounts/{account_id}/actions/refresh_token", code=414, desc="no such account"
    )
    with pytest.raises(nimserver.ApiError) as raised:
        client.v2.account.refresh_token(account_id="x")
    assert (raised.value.code, raised.value.desc) == (414, "no such account")
    assert fake.last_request.answer == {"code": 414, "msg": "no such account"}
    assert fake.last_request.path_values == {"account_id": "x"}  # recorded although the fault answered
    with pytest.raises(ValueError, match="unknown operation"):
        fake.fail_next("GET im/v2/nothing", code=500)
    with pytest.raises(ValueError, match="not a paged"):
        fake.script_pages("v2.account.getAccountDetails", [[]])


def test_v2_trace_id_is_kept_across_retries(fake: FakeNim) -> None:
    fake.stateful = False
    fake.fail_next("v2.account.getAccountDetails", status=503)
    with fake.client(max_retries=1) as client:
        client.v2.account.get_account_details(account_id="zhangsan", call_request_id="0" * 32)
    first, second = fake.requests
    assert first.headers["x-custom-traceid"] == second.headers["x-custom-traceid"] == "0" * 32
    assert (first.status, second.status) == (503, 200)


def test_v2_over_loopback(fake: FakeNim) -> None:
    with fake.serve() as url, nimserver.NimClient(KEY, SECRET, base_url=url, max_retries=0) as client:
        client.v2.account.create_account(account_id="zhangsan")
        client.v2.chatroom_member.delete_virtual_members(room_id=7, account_ids=["r1", "r2"])
        client.v2.chatroom_member.kick_member(account_id="a|b", room_id=7)
        assert client.v2.account.get_account_details(account_id="zhangsan")["account_id"] == "zhangsan"
    assert [r.method for r in fake.requests] == ["POST", "DELETE", "PATCH", "GET"]
    assert fake.requests[1].query == {"room_id": "7", "account_ids": "r1,r2"}
    assert (fake.requests[2].path_values, fake.requests[2].json) == ({"account_id": "a|b"}, {"room_id": 7})
