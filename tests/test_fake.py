"""nimserver.testing.FakeNim: every operation with the real client, the stateful flows,
faults, message copies, and its checks against the spec-driven tests/fakenim.py."""

from __future__ import annotations

import asyncio
import hashlib
import json
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
from nimserver.testing import FakeNim
from tests import fakenim
from tests.examples import example_arguments, form_properties, spec_operations

OPERATIONS = spec_operations()
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
    new = FakeNim(KEY, SECRET, stateful=False)
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
    tid = int(created["tid"])
    client.team.add(tid=tid, owner="zhangsan", members=["wangwu"], magree=0, msg="join")
    (info,) = client.team.query(tids=[tid], ope=1)["tinfos"]
    assert (info["owner"], info["size"], info["members"]) == ("zhangsan", 3, ["lisi", "wangwu"])
    client.team.kick(tid=tid, owner="zhangsan", member="lisi")
    detail = client.team.query_detail(tid=tid)["tinfo"]
    assert [m["accid"] for m in detail["members"]] == ["wangwu"]
    assert _codes(lambda: client.team.kick(tid=tid, owner="zhangsan", member="lisi")) == 804
    assert _codes(lambda: client.team.add(tid=tid, owner="wangwu", members=["lisi"], magree=0, msg="x")) == 802
    assert _codes(lambda: client.team.query(tids=[1], ope=0)) == 803
    client.msg.send_msg(from_="wangwu", ope=1, to=str(tid), type=0, body={"msg": "Saturday?"})
    assert _codes(lambda: client.msg.send_msg(from_="lisi", ope=1, to=str(tid), type=0, body={"msg": "x"})) == 804
    history = client.history.query_team_msg(tid=tid, accid="zhangsan", begintime=0, endtime=2**62, limit=10)
    assert [(m["from"], m["body"]) for m in history["msgs"]] == [("wangwu", "Saturday?")]
    assert [t["tid"] for t in client.team.join_teams(accid="wangwu")["infos"]] == [tid]
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
