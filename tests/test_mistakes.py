"""Everyday mistakes and hostile arguments: each raises the documented error
before anything is sent (the loopback server receives nothing), in the sync
and the async client alike; the right calls beside them are accepted by the
spec-driven fake server, ids going from one call into the next."""

from __future__ import annotations

import asyncio
import inspect
import math
import re
from collections.abc import Callable
from typing import Any

import pytest

import nimserver
from tests.fakenim import FakeNim

Call = Callable[[Any], Any]

LONG = "x" * 10_000


def _mistakes() -> list[Any]:
    cases: list[tuple[str, Call, type[Exception], str]] = [
        # accounts
        ("empty-accid", lambda c: c.user.create(accid=""), ValueError, "accid must have at least 1 character, got 0"),
        ("long-accid", lambda c: c.user.create(accid="a" * 33), ValueError, "at most 32 characters, got 33"),
        ("int-accid", lambda c: c.user.create(accid=123), TypeError, "accid must be str, not int"),
        ("gender-out-of-range", lambda c: c.user.create(accid="a", gender=3), ValueError, "gender must be one of"),
        ("gender-as-text", lambda c: c.user.create(accid="a", gender="1"), ValueError, "got '1'"),
        ("gender-as-bool", lambda c: c.user.create(accid="a", gender=True), ValueError, "got True"),
        ("long-name", lambda c: c.user.create(accid="a", name="n" * 65), ValueError, "name must have at most 64"),
        ("lone-surrogate", lambda c: c.user.create(accid="a", name="ab\ud800"), ValueError, "name holds"),
        ("needkick-text", lambda c: c.user.block(accid="a", needkick="yes"), TypeError, "needkick must be bool"),
        ("needkick-int", lambda c: c.user.block(accid="a", needkick=1), TypeError, "needkick must be bool, not int"),
        ("unknown-argument", lambda c: c.user.create(accid="a", nickname="x"), TypeError, "nickname"),
        ("missing-required", lambda c: c.user.create(name="x"), TypeError, "accid"),
        ("required-as-none", lambda c: c.user.create(accid=None), TypeError, "accid is required"),
        # JSON-text lists
        ("accids-plain-text", lambda c: c.user.get_uinfos(accids="lisi"), ValueError, "accids is not JSON text"),
        ("accids-comma-text", lambda c: c.user.get_uinfos(accids="lisi,wangwu"), ValueError, "not JSON text"),
        (
            "accids-json-string",
            lambda c: c.user.get_uinfos(accids='"lisi"'),
            TypeError,
            "accids must be a list, not str",
        ),
        ("accids-empty", lambda c: c.user.get_uinfos(accids=[]), ValueError, "at least 1 item, got 0"),
        ("accids-too-many", lambda c: c.user.get_uinfos(accids=["a"] * 201), ValueError, "at most 200 items, got 201"),
        ("accids-30000", lambda c: c.user.get_uinfos(accids=["a"] * 30_000), ValueError, "got 30000"),
        ("accids-wrong-items", lambda c: c.user.get_uinfos(accids=[1, 2]), TypeError, "accids[0] must be str, not int"),
        ("accids-long-item", lambda c: c.user.get_uinfos(accids=["ok", "b" * 33]), ValueError, "accids[1] must have"),
        ("accids-dict", lambda c: c.user.get_uinfos(accids={"a": 1}), TypeError, "accids must be a list, not dict"),
        ("accids-set", lambda c: c.user.get_uinfos(accids={"a"}), TypeError, "accids cannot be sent as JSON: set"),
        ("accids-text-wrong-items", lambda c: c.user.get_uinfos(accids="[1]"), TypeError, "accids[0] must be str"),
        ("accids-deep", lambda c: c.user.get_uinfos(accids="[" * 5000 + "]" * 5000), ValueError, "nested"),
        # messages
        ("body-plain-text", lambda c: c.msg.send_msg(**_msg(body="hello")), ValueError, "body is not JSON text"),
        ("body-too-long", lambda c: c.msg.send_msg(**_msg(body={"msg": LONG})), ValueError, "at most 5000 characters"),
        ("body-nan", lambda c: c.msg.send_msg(**_msg(body={"x": math.nan})), ValueError, "must be a finite number"),
        ("body-object", lambda c: c.msg.send_msg(**_msg(body={"x": object()})), TypeError, "body.x cannot be sent"),
        ("option-js-style", lambda c: c.msg.send_msg(**_msg(option="{push:false}")), ValueError, "option is not JSON"),
        ("option-wrong-type", lambda c: c.msg.send_msg(**_msg(option={"push": "no"})), TypeError, "option.push must"),
        ("option-list", lambda c: c.msg.send_msg(**_msg(option=[1])), TypeError, "option must be a dict, not list"),
        ("msg-type-out-of-range", lambda c: c.msg.send_msg(**_msg(type=5)), ValueError, "type must be one of"),
        ("ope-out-of-range", lambda c: c.msg.send_msg(**_msg(ope=2)), ValueError, "ope must be one of 0, 1"),
        ("to-float", lambda c: c.msg.send_msg(**_msg(to=1.5)), ValueError, "to must be str or int"),
        ("batch-to-text", lambda c: c.msg.send_batch_msg(**_batch(to_accids="lisi,wangwu")), ValueError, "not JSON"),
        ("batch-to-many", lambda c: c.msg.send_batch_msg(**_batch(to_accids=["a"] * 501)), ValueError, "at most 500"),
        ("payload-too-long", lambda c: c.msg.send_batch_msg(**_batch(payload={"k": LONG})), ValueError, "at most 2048"),
        # teams and ids
        ("tid-letters", lambda c: c.team.add(**_add(tid="abc")), ValueError, "tid must be an int or its decimal text"),
        (
            "tid-float",
            lambda c: c.team.add(**_add(tid=1.5)),
            TypeError,
            "tid must be int or its decimal text, not float",
        ),
        ("tid-beyond-int64", lambda c: c.team.add(**_add(tid=2**64)), ValueError, "at most 9223372036854775807"),
        ("tid-text-beyond-int64", lambda c: c.team.add(**_add(tid="9" * 20)), ValueError, "at most"),
        (
            "tid-bool",
            lambda c: c.team.add(**_add(tid=True)),
            TypeError,
            "tid must be int or its decimal text, not bool",
        ),
        ("members-empty", lambda c: c.team.add(**_add(members=[])), ValueError, "members must have at least 1"),
        ("members-too-many", lambda c: c.team.add(**_add(members=["m"] * 201)), ValueError, "at most 200 items"),
        ("magree-2", lambda c: c.team.add(**_add(magree=2)), ValueError, "magree must be one of 0, 1"),
        ("invite-msg-long", lambda c: c.team.add(**_add(msg="m" * 151)), ValueError, "msg must have at most 150"),
        ("joinmode-3", lambda c: c.team.create(**_create(joinmode=3)), ValueError, "joinmode must be one of"),
        ("mute-2", lambda c: c.team.mute_tlist(tid=1, owner="o", accid="a", mute=2), ValueError, "mute must be one of"),
        ("friend-type-5", lambda c: c.friend.add(accid="a", faccid="b", type=5), ValueError, "type must be one of"),
        # history and times
        (
            "limit-over",
            lambda c: c.history.query_session_msg(**_history(limit=101)),
            ValueError,
            "limit must be at most",
        ),
        (
            "time-words",
            lambda c: c.history.query_session_msg(**_history(begintime="yesterday")),
            ValueError,
            "begintime",
        ),
        (
            "time-inf",
            lambda c: c.history.query_session_msg(**_history(endtime=math.inf)),
            TypeError,
            "endtime must be int",
        ),
        ("ttl-below", lambda c: c.event.subscribe_add(**_subscribe(ttl=5)), ValueError, "ttl must be at least 60"),
        (
            "ttl-text-below",
            lambda c: c.event.subscribe_add(**_subscribe(ttl="5")),
            ValueError,
            "ttl must be at least 60",
        ),
        # The spec doubts whether highPriority is 0/1 or true/false (x-doubt about its type): only the strict
        # policy refuses text for it; the default sends it with a SpecDoubtWarning (tests/test_doubts.py).
        (
            "queue-priority-text",
            lambda c: c.with_options(spec_doubts="refuse").chatroom.queue_offer(**_offer(high_priority="1")),
            ValueError,
            "got '1'",
        ),
        # escape hatches
        ("extra-collides", lambda c: c.user.create(accid="a", call_extra_fields={"accid": "b"}), ValueError, "accid"),
        (
            "extra-object",
            lambda c: c.user.create(accid="a", call_extra_fields={"x": object()}),
            TypeError,
            "call_extra_fields['x'] must be str, bool",
        ),
        (
            "extra-nan",
            lambda c: c.user.create(accid="a", call_extra_fields={"x": math.nan}),
            ValueError,
            "call_extra_fields['x'] must be a finite",
        ),
        ("request-id-empty", lambda c: c.user.create(accid="a", call_request_id=""), ValueError, "call_request_id"),
        ("request-id-space", lambda c: c.user.create(accid="a", call_request_id="a b"), ValueError, "call_request_id"),
        (
            "request-id-long",
            lambda c: c.user.create(accid="a", call_request_id="r" * 200),
            ValueError,
            "call_request_id",
        ),
        ("request-id-int", lambda c: c.user.create(accid="a", call_request_id=5), TypeError, "call_request_id"),
        ("raw-path-up", lambda c: c.request("../user/create.action", {}), ValueError, "path"),
        ("raw-path-url", lambda c: c.request("https://evil.example/x.action", {}), ValueError, "path"),
        ("raw-path-no-action", lambda c: c.request("user/create", {}), ValueError, ".action"),
        ("raw-value-object", lambda c: c.request("user/create.action", {"accid": object()}), TypeError, "accid"),
    ]
    return [pytest.param(call, error, message, id=name) for name, call, error, message in cases]


def _msg(**changes: Any) -> dict[str, Any]:
    return {"from_": "zhangsan", "ope": 0, "to": "lisi", "type": 0, "body": {"msg": "hi"}, **changes}


def _batch(**changes: Any) -> dict[str, Any]:
    return {"from_accid": "zhangsan", "to_accids": ["lisi"], "type": 0, "body": {"msg": "hi"}, **changes}


def _add(**changes: Any) -> dict[str, Any]:
    return {"tid": "6273881893", "owner": "o", "members": ["m"], "magree": 0, "msg": "hi", **changes}


def _create(**changes: Any) -> dict[str, Any]:
    return {"tname": "T", "owner": "o", "members": ["m"], "msg": "hi", "magree": 0, "joinmode": 0, **changes}


def _history(**changes: Any) -> dict[str, Any]:
    return {"from_": "a", "to": "b", "begintime": 0, "endtime": 1, "limit": 10, **changes}


def _subscribe(**changes: Any) -> dict[str, Any]:
    return {"accid": "a", "event_type": 1, "publisher_accids": ["b"], "ttl": 60, **changes}


def _offer(**changes: Any) -> dict[str, Any]:
    return {"roomid": 1, "key": "k", "value": "v", **changes}


def _run(asynchronous: bool, fake: FakeNim, call: Call) -> Any:
    if not asynchronous:
        with nimserver.NimClient("test-key", "test-secret", base_url=fake.base_url, max_retries=0) as client:
            return call(client)

    async def main() -> Any:
        async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake.base_url, max_retries=0) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("call", "error", "message"), _mistakes())
def test_mistake_raises_before_sending(
    fake_nim: FakeNim, asynchronous: bool, call: Call, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        _run(asynchronous, fake_nim, call)
    assert fake_nim.received == []


def _team_flow(client: Any) -> Any:
    """Each call fed with what the previous one returned (the fake answers with the spec's examples)."""
    owner = client.user.create(accid="zhangsan", name="张三")["info"]["accid"]
    tid = client.team.create(**_create(owner=owner))["tid"]
    client.team.add(**_add(tid=tid, owner=owner, magree=True))
    client.msg.send_msg(**_msg(from_=owner, ope=1, to=tid, option={"push": False}))
    client.history.query_team_msg(tid=tid, accid=owner, begintime=0, endtime="1700000000000", limit=10)
    return tid


async def _async_team_flow(client: Any) -> Any:
    owner = (await client.user.create(accid="zhangsan"))["info"]["accid"]
    tid = (await client.team.create(**_create(owner=owner)))["tid"]
    await client.team.add(**_add(tid=tid, owner=owner))
    await client.msg.send_msg(**_msg(from_=owner, ope=1, to=tid))
    return tid


RIGHT_CALLS = [
    pytest.param(lambda c: c.user.get_uinfos(accids='["lisi", "wangwu"]'), id="json-text-list"),
    pytest.param(lambda c: c.user.create(accid="a", name="张三😀", gender=2), id="non-ascii"),
    pytest.param(lambda c: c.chatroom.queue_offer(**_offer(high_priority=True)), id="flag-as-bool"),
    pytest.param(lambda c: c.chatroom.queue_offer(**_offer(roomid="3571337", high_priority=0)), id="id-as-text"),
    pytest.param(lambda c: c.user.create(accid="a", call_request_id="order-42-create"), id="own-request-id"),
    pytest.param(lambda c: c.request("user/create.action", {"accid": "a", "name": "张三"}), id="raw-call"),
]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("call", RIGHT_CALLS)
def test_right_call_is_accepted(fake_nim: FakeNim, asynchronous: bool, call: Call) -> None:
    body = _run(asynchronous, fake_nim, call)
    assert body["code"] == 200
    assert len(fake_nim.received) == 1


def test_team_flow_feeds_each_answer_into_the_next_call(fake_nim: FakeNim) -> None:
    tid = _run(False, fake_nim, _team_flow)
    assert tid == "6273881893"  # the spec's example answer: text
    sent = [
        (received.path.rsplit("/", 1)[-1], received.fields.get("tid") or received.fields.get("to"))
        for received in fake_nim.received
    ]
    assert sent[2:] == [("add.action", tid), ("sendMsg.action", tid), ("queryTeamMsg.action", tid)]
    assert fake_nim.received[2].fields["magree"] == "1"  # True for a 0/1 flag


def test_async_team_flow(fake_nim: FakeNim) -> None:
    assert asyncio.run(_in_async_client(fake_nim)) == "6273881893"
    assert [received.fields.get("tid") for received in fake_nim.received][2] == "6273881893"


async def _in_async_client(fake: FakeNim) -> Any:
    async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake.base_url) as client:
        return await _async_team_flow(client)


def test_extra_fields_go_out_coerced(fake_nim: FakeNim) -> None:
    """The strict fake refuses what the spec lacks, as the real server may: the field was sent, coerced."""
    with pytest.raises(nimserver.InvalidParameterError, match="unknown field pushContent"):
        _run(False, fake_nim, lambda c: c.msg.send_msg(**_msg(call_extra_fields={"pushContent": "hi", "n": True})))
    (received,) = fake_nim.received
    assert received.fields["pushContent"] == "hi" and received.fields["n"] == "true"
