"""What FakeNim remembers, read and written through v2 as an app does (each flow sync and async),
v1 and v2 seeing one world, recalls and custom notification copies, and the world saved as JSON."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import nimserver
from generator.load import SpecDict
from generator.model import plain_schema
from nimserver._paging import AsyncPage, Page
from nimserver.testing import FakeNim
from nimserver.testing._state import World
from tests.examples import example_arguments, v2_operations

KEY, SECRET = "test-key", "test-secret"
EVER = 2**62


class Driver:
    """A client of the fake, sync or async, behind one way of calling it: `run` gives what a call
    returns (awaiting it when the client is async), `walk` every item of a listing across its pages."""

    def __init__(self, fake: FakeNim, use_async: bool) -> None:
        self.fake = fake
        self.loop = asyncio.new_event_loop() if use_async else None
        self.client: Any = fake.async_client(max_retries=0) if use_async else fake.client(max_retries=0)

    def run(self, result: Any) -> Any:
        return self.loop.run_until_complete(result) if self.loop is not None else result

    def walk(self, page: Page[Any, Any] | AsyncPage[Any, Any]) -> list[Any]:
        if isinstance(page, AsyncPage):
            assert self.loop is not None

            async def collect() -> list[Any]:
                return [item async for item in page]

            return self.loop.run_until_complete(collect())
        return list(page)

    def code(self, call: Callable[..., Any | Awaitable[Any]], /, **arguments: Any) -> int:
        """The code a call answers with: 200, or its error's."""
        try:
            self.run(call(**arguments))
        except nimserver.ApiError as error:
            return error.code
        return 200

    def close(self) -> None:
        if self.loop is not None:
            self.loop.run_until_complete(self.client.aclose())
            self.loop.close()
        else:
            self.client.close()


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> Iterator[Driver]:
    driver = Driver(FakeNim(KEY, SECRET), request.param)
    yield driver
    driver.close()


def _accounts(d: Driver, *accids: str) -> None:
    for accid in accids:
        d.run(d.client.user.create(accid=accid))


# Friends.


def friends_flow(d: Driver) -> None:
    v1, v2 = d.client, d.client.v2
    _accounts(d, "alice", "bob", "carol", "dave")
    d.run(v1.friend.add(accid="alice", faccid="bob", type=1))
    added = d.run(v2.friend.add_friend(account_id="alice", friend_account_id="carol", alias="Caz", type=1))
    assert added["friend_account_id"] == "carol" and added["alias"] == "Caz"
    d.run(v2.friend.add_friend(account_id="alice", friend_account_id="dave", type=2))  # a request only
    first = d.run(v2.friend.list_friends(account_id="alice", limit=1))
    assert len(first.items) == 1 and first.has_more and first.data["total"] == 2
    walked = d.walk(first)
    assert [f["friend_account_id"] for f in walked] == ["bob", "carol"]  # each once, then the walk ends
    # What the listing gave goes into the next calls.
    for friend in walked:
        got = d.run(v2.friend.get_friend(account_id="alice", friend_account_id=friend["friend_account_id"]))
        assert got["alias"] == friend["alias"]
    d.run(v2.friend.update_friend(account_id="alice", friend_account_id="bob", alias="Bobby", extension="{}"))
    assert d.run(v1.friend.get_by_accid(accid="alice", faccid="bob"))["friend"]["alias"] == "Bobby"
    assert d.run(v1.friend.get_by_accid(accid="carol", faccid="alice"))["friend"]["bidirection"] is True
    d.run(v2.friend.delete_friend(account_id="alice", friend_account_id=walked[0]["friend_account_id"]))
    assert [f["faccid"] for f in d.run(v1.friend.get(accid="alice", updatetime=0))["friends"]] == ["carol"]
    assert d.code(lambda: v2.friend.delete_friend(account_id="alice", friend_account_id="bob")) == 404
    assert d.code(lambda: v2.friend.get_friend(account_id="alice", friend_account_id="dave")) == 404
    d.run(v2.friend.handle_friend_addition(account_id="dave", friend_account_id="alice", alias="Al", type=3))
    assert [f["alias"] for f in d.walk(d.run(v2.friend.list_friends(account_id="alice", limit=1)))] == ["Caz", ""]
    empty = d.run(v2.friend.list_friends(account_id="bob"))
    assert (empty.items, empty.has_more, empty.data["total"]) == ([], False, 0)
    assert d.code(lambda: v2.friend.list_friends(account_id="alice", page_token="elsewhere")) == 414


def test_v2_friends_are_the_friends_v1_keeps(driver: Driver) -> None:
    friends_flow(driver)


# Accounts and profiles.


def accounts_flow(d: Driver) -> None:
    v1, v2 = d.client, d.client.v2
    d.run(v1.user.create(accid="zhangsan", name="张三"))
    made = d.run(v2.account.create_account(account_id="lisi", user_information={"name": "李四"}))
    found = d.run(v2.account.batch_query_accounts(account_ids=["zhangsan", made["account_id"], "nobody"]))
    assert [a["account_id"] for a in found["success_list"]] == ["zhangsan", "lisi"]
    assert [a["account_id"] for a in found["failed_list"]] == ["nobody"]
    for account in found["success_list"]:
        details = d.run(v2.account.get_account_details(account_id=account["account_id"]))
        assert details == account
    d.run(v2.account.update_account(account_id="zhangsan", configuration={"enabled": False}))
    assert [c["valid"] for c in d.run(v1.user.get_uinfos(accids=["zhangsan", "lisi"]))["uinfos"]] == [False, True]
    token = d.run(v2.account.refresh_token(account_id="lisi"))["token"]
    assert token != made["token"]


def test_v2_accounts_are_the_accounts_v1_keeps(driver: Driver) -> None:
    accounts_flow(driver)


def users_flow(d: Driver) -> None:
    v1, v2 = d.client, d.client.v2
    d.run(v1.user.create(accid="zhangsan", name="张三", gender=1))
    card = d.run(v2.users.get_user(account_id="zhangsan"))
    assert card == {"account_id": "zhangsan", "name": "张三", "gender": 1}
    d.run(v2.users.update_user(account_id=card["account_id"], sign="hi", avatar="https://x/a.png"))
    (v1_card,) = d.run(v1.user.get_uinfos(accids=["zhangsan"]))["uinfos"]
    assert (v1_card["sign"], v1_card["icon"]) == ("hi", "https://x/a.png")
    assert d.code(v2.users.get_user, account_id="nobody") == 414


def test_v2_profiles_are_the_accounts_v1_keeps(driver: Driver) -> None:
    users_flow(driver)


# Teams and their members.


def teams_flow(d: Driver) -> None:
    v1, v2 = d.client, d.client.v2
    _accounts(d, "zhangsan", "lisi", "wangwu", "zhaoliu", "other")
    v1_tid = int(
        d.run(v1.team.create(tname="Old", owner="other", members=["lisi"], msg="hi", magree=0, joinmode=0))["tid"]
    )
    created = d.run(
        v2.team.create_team(owner_account_id="zhangsan", team_type=1, name="Project A", invite_account_ids=["lisi"])
    )
    tid = created["team_info"]["team_id"]
    assert created["team_info"]["member_count"] == 2 and created["failed_list"] == []
    (info,) = d.run(v1.team.query(tids=[tid], ope=1))["tinfos"]  # v1 sees the team v2 made
    assert (info["tname"], info["owner"], info["members"]) == ("Project A", "zhangsan", ["lisi"])
    d.run(v1.team.add(tid=tid, owner="zhangsan", members=["wangwu"], magree=0, msg="join"))
    invited = d.run(
        v2.team_member.invite_team_members(
            operator_id="zhangsan", team_id=tid, team_type=1, invite_account_ids=["zhaoliu"]
        )
    )
    assert invited["success_list"] == ["zhaoliu"]
    first = d.run(v2.team.list_team_members(team_id=tid, team_type=1, limit=2))
    assert len(first.items) == 2 and first.has_more
    members = d.walk(first)
    assert [(m["account_id"], m["member_role"]) for m in members] == [
        ("zhangsan", 1),
        ("lisi", 0),
        ("wangwu", 0),
        ("zhaoliu", 0),
    ]
    assert {m["team_id"] for m in members} == {tid}  # only this team's members
    others = d.walk(d.run(v2.team.list_team_members(team_id=v1_tid, team_type=1)))
    assert [m["account_id"] for m in others] == ["other", "lisi"]
    ordinary = d.walk(d.run(v2.team.list_team_members(team_id=tid, team_type=1, member_type=2, limit=1)))
    kicked = [m["account_id"] for m in ordinary[1:]]
    assert kicked == ["wangwu", "zhaoliu"]
    gone = d.run(
        v2.team_member.kick_team_members(operator_id="zhangsan", team_id=tid, team_type=1, kick_account_ids=kicked)
    )
    assert gone["success_list"] == kicked
    assert [m["accid"] for m in d.run(v1.team.query_detail(tid=tid))["tinfo"]["members"]] == ["lisi"]
    assert (
        d.code(
            lambda: v2.team_member.kick_team_members(
                operator_id="lisi", team_id=tid, team_type=1, kick_account_ids=["zhangsan"]
            )
        )
        == 802
    )
    joined = d.run(v2.team_member.query_joined_teams(account_id="lisi", team_type=1, limit=1))
    assert len(joined.items) == 1 and joined.has_more
    teams = d.walk(joined)
    assert sorted(t["team_id"] for t in teams) == sorted([tid, v1_tid])
    for team in teams:
        got = d.run(v2.team.get_team_info(team_id=team["team_id"], team_type=1))["team_info"]
        assert (got["name"], got["member_count"]) == (team["name"], team["member_count"])
    d.run(v2.team.add_managers(team_id=tid, team_type=1, operator_id="zhangsan", managers=["lisi"]))
    assert d.run(v1.team.query(tids=[tid], ope=1))["tinfos"][0]["admins"] == ["lisi"]
    managers = d.walk(d.run(v2.team.list_team_members(team_id=tid, team_type=1, member_type=1)))
    assert [(m["account_id"], m["member_role"]) for m in managers] == [("zhangsan", 1), ("lisi", 2)]
    again = {"team_id": tid, "team_type": 1, "operator_id": "zhangsan", "managers": ["lisi"]}
    assert d.code(v2.team.add_managers, **again) == 804
    d.run(v2.team.update_team(team_id=tid, operator_id="lisi", team_type=1, name="Project B"))  # a manager may
    d.run(v2.team.remove_managers(**again))
    assert d.code(v2.team.update_team, team_id=tid, operator_id="lisi", team_type=1, name="C") == 802
    assert d.run(v1.team.query(tids=[tid], ope=0))["tinfos"][0]["tname"] == "Project B"
    found = d.run(v2.team.batch_query_team_info(team_type=1, team_ids=[tid, 1]))
    assert [t["name"] for t in found["team_info_list"]] == ["Project B"] and found["invalid_tids"] == [1]
    d.run(v2.team.transfer_owner(team_id=v1_tid, team_type=1, new_owner_account_id="lisi", leave=2))
    assert d.run(v1.team.query(tids=[v1_tid], ope=0))["tinfos"][0]["owner"] == "lisi"
    assert d.code(v2.team_member.leave_team, account_id="lisi", team_id=v1_tid, team_type=1) == 802  # the owner
    d.run(v2.team.transfer_owner(team_id=v1_tid, team_type=1, new_owner_account_id="other", leave=2))
    d.run(v2.team_member.leave_team(account_id="lisi", team_id=v1_tid, team_type=1))
    assert d.run(v1.team.query(tids=[v1_tid], ope=1))["tinfos"][0]["size"] == 1
    assert d.code(lambda: v2.team.get_team_info(team_id=tid, team_type=2)) == 805
    d.run(v2.team.disband_team(team_id=tid, operator_id="zhangsan", team_type=1))
    assert d.code(lambda: v1.team.query_detail(tid=tid)) == 803
    assert d.code(lambda: v2.team.list_team_members(team_id=tid, team_type=1)) == 803


def test_v2_teams_are_the_teams_v1_keeps(driver: Driver) -> None:
    teams_flow(driver)


# Messages.


def messages_flow(d: Driver) -> None:
    v1, v2 = d.client, d.client.v2
    _accounts(d, "zhangsan", "lisi", "wangwu")
    d.run(v1.msg.send_msg(from_="zhangsan", ope=0, to="lisi", type=0, body={"msg": "one"}))
    d.run(v1.msg.send_msg(from_="zhangsan", ope=0, to="wangwu", type=0, body={"msg": "elsewhere"}))
    sent = d.run(v2.message.send_message(conversation_id="lisi|1|zhangsan", message={"message_type": 0, "text": "two"}))
    assert (sent["sender_id"], sent["receiver_id"], sent["text"]) == ("lisi", "zhangsan", "two")
    first = d.run(
        v2.message.query_messages_by_page(conversation_id="zhangsan|1|lisi", begin_time=0, end_time=EVER, limit=1)
    )
    assert len(first.items) == 1 and first.has_more
    walked = d.walk(first)
    assert [m["text"] for m in walked] == ["one", "two"]
    for message in walked:  # what the listing gave finds the message through v1 too
        history = d.run(
            v1.history.query_session_msg(
                from_=message["sender_id"], to=message["receiver_id"], begintime=0, endtime=EVER, limit=10
            )
        )
        assert message["message_server_id"] in [m["msgid"] for m in history["msgs"]]
    tid = int(
        d.run(v1.team.create(tname="T", owner="zhangsan", members=["lisi"], msg="hi", magree=0, joinmode=0))["tid"]
    )
    d.run(v2.message.send_message(conversation_id=f"lisi|2|{tid}", message={"message_type": 0, "text": "team hello"}))
    history = d.run(v1.history.query_team_msg(tid=tid, accid="zhangsan", begintime=0, endtime=EVER, limit=10))
    assert [m["body"] for m in history["msgs"]] == ["team hello"]
    newest = d.walk(
        d.run(
            v2.message.query_messages_by_page(
                conversation_id=f"zhangsan|2|{tid}", begin_time=0, end_time=EVER, limit=5, descending=True
            )
        )
    )
    assert [m["text"] for m in newest] == ["team hello"]
    stranger = {"conversation_id": f"wangwu|2|{tid}", "message": {"message_type": 0, "text": "x"}}
    assert d.code(v2.message.send_message, **stranger) == 804
    # One message, read and withdrawn by the ids the listing gave.
    one, two = walked
    for conversation_id in ("zhangsan|1|lisi", "lisi|1|zhangsan"):  # either side names the conversation
        got = d.run(
            v2.message.query_message(conversation_id=conversation_id, message_server_id=two["message_server_id"])
        )
        assert got["text"] == "two"
    elsewhere = {"conversation_id": "zhangsan|1|wangwu", "message_server_id": one["message_server_id"]}
    assert d.code(v2.message.query_message, **elsewhere) == 404
    d.run(
        v2.message.withdraw_message(
            conversation_id="zhangsan|1|lisi", message_server_id=one["message_server_id"], type=1
        )
    )
    d.run(
        v2.message.withdraw_message(
            conversation_id="lisi|1|zhangsan", message_server_id=two["message_server_id"], type=2
        )
    )
    history = d.run(v1.history.query_session_msg(from_="zhangsan", to="lisi", begintime=0, endtime=EVER, limit=10))
    assert [m["body"] for m in history["msgs"]] == ["one"]  # a one-sided recall leaves it for the other side
    assert (
        d.code(v2.message.query_message, conversation_id="zhangsan|1|lisi", message_server_id=two["message_server_id"])
        == 404
    )


def test_v2_messages_are_the_messages_v1_keeps(driver: Driver) -> None:
    messages_flow(driver)


def chatroom_flow(d: Driver) -> None:
    v1, v2 = d.client, d.client.v2
    _accounts(d, "zhangsan", "lisi")
    roomid = d.run(v1.chatroom.create(creator="zhangsan", name="Live"))["chatroom"]["roomid"]
    d.run(v1.chatroom.send_msg(roomid=roomid, msg_id="m1", from_accid="zhangsan", msg_type=0, attach="first"))
    d.run(v1.chatroom.send_msg(roomid=roomid, msg_id="m2", from_accid="lisi", msg_type=0, attach="not mine"))
    message = {"message_client_id": "m3", "message_type": 100, "attachment": {"gift": "rose"}}
    sent = d.run(v2.chatroom_message.send_chatroom_message(room_id=roomid, sender_id="zhangsan", message=message))
    assert (sent["message"]["room_id"], sent["message"]["attachment"]) == (roomid, {"gift": "rose"})
    first = d.run(v2.chatroom_message.query_chatroom_history_messages(room_id=roomid, sender_id="zhangsan", limit=1))
    assert len(first.items) == 1 and first.has_more
    walked = d.walk(first)
    assert [(m["message_client_id"], m.get("text")) for m in walked] == [("m1", "first"), ("m3", None)]
    history = d.run(v1.history.query_chatroom_msg(roomid=roomid, accid="zhangsan", timetag=EVER, limit=10))
    assert {m["msgid_client"] for m in history["desc"]["msgs"]} == {"m1", "m2", "m3"}
    gone = {"room_id": 1, "sender_id": "zhangsan", "message": message}
    assert d.code(v2.chatroom_message.send_chatroom_message, **gone) == 404


def test_v2_chat_room_messages_are_the_ones_v1_keeps(driver: Driver) -> None:
    chatroom_flow(driver)


def test_v2_remembered_answers_match_the_response_schemas(spec_document: SpecDict) -> None:
    checked = set()
    for flow in (accounts_flow, users_flow, friends_flow, teams_flow, messages_flow, chatroom_flow):
        fake = FakeNim(KEY, SECRET)
        d = Driver(fake, use_async=False)
        flow(d)
        d.close()
        for request in fake.requests:
            if request.code != 200 or request.operation.endswith(".action"):
                continue
            verb, path = request.operation.split(" ")
            media = spec_document["paths"]["/" + path][verb.lower()]["responses"]["200"]["content"]
            schema = plain_schema(media["application/json"]["schema"])
            problems = [e.message for e in Draft202012Validator(schema).iter_errors(request.answer)]
            assert problems == [], request.operation
            checked.add(request.operation)
    assert checked == set(World().rest_handlers)  # each one answered, and its answer checked


# Listings the fake does not remember: the example, cut to `limit`.

UNREMEMBERED_LISTINGS = [
    operation
    for operation in v2_operations()
    if operation.paging is not None
    and any(f.python_name == "limit" for f in operation.fields)
    and f"{operation.http_method.upper()} {operation.path}" not in World().rest_handlers
]


def test_unremembered_listings_answer_no_more_than_limit(spec_document: SpecDict) -> None:
    assert UNREMEMBERED_LISTINGS
    fake = FakeNim(KEY, SECRET)
    longer = 0
    with fake.client(max_retries=0) as client:
        for operation in UNREMEMBERED_LISTINGS:
            arguments = example_arguments(spec_document, operation, everything=False, decode_json=True)
            arguments.pop("page_token", None)
            arguments.pop("offset", None)
            method = getattr(getattr(client.v2, operation.group), operation.method)
            full = method(**{**arguments, "limit": 100})
            one = method(**{**arguments, "limit": 1})
            assert len(one.items) == min(1, len(full.items)), operation.operation_id
            assert list(one) == one.items  # one page: walking it ends
            longer += len(full.items) > 1
    assert longer  # some example holds more than one item, so the cut is seen


# Recalls and custom system notifications.


def test_a_recall_names_the_kind_of_message_it_recalls(driver: Driver) -> None:
    d, msg = driver, driver.client.msg
    _accounts(d, "zhangsan", "lisi")
    tid = int(
        d.run(d.client.team.create(tname="T", owner="zhangsan", members=["lisi"], msg="hi", magree=0, joinmode=0))[
            "tid"
        ]
    )
    one = d.run(msg.send_msg(from_="zhangsan", ope=0, to="lisi", type=0, body={"msg": "p2p"}))["data"]
    team = d.run(msg.send_msg(from_="zhangsan", ope=1, to=str(tid), type=0, body={"msg": "team"}))["data"]
    kinds = {"p2p": (one, "lisi", 7, 8), "team": (team, str(tid), 8, 7)}
    for sent, to, right_type, wrong_type in kinds.values():
        recall = dict(delete_msgid=sent["msgid"], timetag=sent["timetag"], from_="zhangsan", to=to)
        assert d.code(msg.recall, **recall, type=wrong_type) == 414
        assert d.code(msg.recall, **{**recall, "from_": "lisi"}, type=right_type) == 414
        assert d.code(msg.recall, **recall, type=right_type) == 200
        assert d.code(msg.recall, **recall, type=right_type) == 404  # recalled already
    left = d.run(d.client.history.query_session_msg(from_="zhangsan", to="lisi", begintime=0, endtime=EVER, limit=9))
    assert left["msgs"] == []


def test_custom_system_notifications_are_copied(driver: Driver, spec_document: SpecDict) -> None:
    d, fake = driver, driver.fake
    received: list[dict[str, Any]] = []
    fake.send_copies_to(lambda headers, body: received.append(json.loads(body)))
    d.run(d.client.user.create(accid="zhangsan", name="张三"))
    d.run(d.client.user.create(accid="lisi"))
    tid = d.run(d.client.team.create(tname="T", owner="zhangsan", members=["lisi"], msg="hi", magree=0, joinmode=0))[
        "tid"
    ]
    send = d.client.msg.send_attach_msg
    d.run(send(from_="zhangsan", msgtype=0, to="lisi", attach='{"order":1}', pushcontent="New order", save=1))
    d.run(send(from_="lisi", msgtype=1, to=tid, attach="ping"))
    d.run(send(from_="zhangsan", msgtype=0, to="lisi", attach="quiet", option={"route": False}))
    batch = d.run(d.client.msg.send_batch_attach_msg(from_accid="lisi", to_accids=["zhangsan", "ghost"], attach="all"))
    assert batch["unregister"] == ["ghost"]
    assert d.code(lambda: send(from_="zhangsan", msgtype=0, to="nobody", attach="x")) == 414
    webhook = spec_document["webhooks"]["copyConversationMessage"]["post"]
    schema = plain_schema(webhook["requestBody"]["content"]["application/json"]["schema"])
    for payload in received:
        assert [e.message for e in Draft202012Validator(schema).iter_errors(payload)] == []
    kinds = [(p["convType"], p["msgType"], p["to"], p["body"], p["customSafeFlag"]) for p in received]
    assert kinds == [
        ("CUSTOM_PERSON", "CUSTOM_P2P_MSG", "lisi", '{"order":1}', "0"),
        ("CUSTOM_TEAM", "CUSTOM_TEAM_MSG", str(tid), "ping", "1"),
        ("CUSTOM_PERSON", "CUSTOM_P2P_MSG", "zhangsan", "all", "1"),
    ]
    assert (received[0]["fromNick"], received[0]["customApnsText"]) == ("张三", "New order")
    assert "msgidClient" not in received[0]  # a notification is not a message


# The world as JSON: what one process leaves, the next one finds.


def test_the_world_survives_json(tmp_path: Path) -> None:
    fake = FakeNim(KEY, SECRET)
    d = Driver(fake, use_async=False)
    for flow in (friends_flow, messages_flow):
        flow(d)
    d.run(d.client.chatroom.create(creator="lisi", name="Room"))
    d.run(d.client.event.subscribe_add(accid="lisi", event_type=1, publisher_accids=["zhangsan"], ttl=60))
    d.close()
    state = tmp_path / "fake.json"
    fake.save_state(state)
    again = FakeNim(KEY, SECRET)
    again.load_state(state)
    assert again.world.to_json() == fake.world.to_json()
    with again.client(max_retries=0) as client:
        assert [f["faccid"] for f in client.friend.get(accid="alice", updatetime=0)["friends"]] == ["carol", "dave"]
        tid = client.team.join_teams(accid="lisi")["infos"][0]["tid"]
        history = client.history.query_team_msg(tid=tid, accid="lisi", begintime=0, endtime=EVER, limit=9)
        assert [m["body"] for m in history["msgs"]] == ["team hello"]
        later = client.msg.send_msg(from_="lisi", ope=0, to="zhangsan", type=0, body={"msg": "new"})["data"]
    assert later["msgid"] > max(m.msgid for m in fake.world.messages)  # ids go on, never reused


@pytest.mark.parametrize("text", ['{"accounts": {}}', "not json", '{"format": "nimserver-fake-state/1"}', "[1, 2]"])
def test_a_file_that_is_not_a_state_is_neither_read_nor_written(tmp_path: Path, text: str) -> None:
    other = tmp_path / "other.json"
    other.write_text(text, encoding="utf-8")
    fake = FakeNim(KEY, SECRET)
    with pytest.raises(ValueError, match=r"other\.json: .*not read, and left as it is|damaged"):
        fake.load_state(other)
    with pytest.raises(ValueError, match=r"other\.json"):
        fake.save_state(other)
    assert other.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir()] == ["other.json"]


def test_an_absent_or_empty_state_file_is_a_fresh_world(tmp_path: Path) -> None:
    fake = FakeNim(KEY, SECRET)
    fake.load_state(tmp_path / "absent.json")
    (tmp_path / "empty.json").write_text("", encoding="utf-8")
    fake.load_state(tmp_path / "empty.json")
    assert fake.world.to_json() == World().to_json()
