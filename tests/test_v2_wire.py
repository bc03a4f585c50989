"""What v2 calls put on the wire and make of the answers, on a real loopback
server, sync and async: JSON types, 64-bit ids both ways, percent-encoded path
ids, list query encodings, DELETE bodies, the trace header across retries,
errors from `code`/`msg`, and paging across pages."""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import nimserver
from nimserver import PagingError, _call
from tests.v2server import RecordingServer

BIG_ID = 2**63 - 1  # past 2**53: a float would lose its last digits
Call = Callable[[Any], Any]


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_call, "INITIAL_RETRY_DELAY", 0.001)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: RecordingServer) -> Callable[[Call], Any]:
    """run(call): `call(client)` on a fresh sync or async client of the recording server."""

    def sync(call: Call) -> Any:
        with nimserver.NimClient("test-key", "test-secret", base_url=server.base_url) as client:
            return call(client)

    def asynchronous(call: Call) -> Any:
        async def main() -> Any:
            async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=server.base_url) as client:
                return await call(client)

        return asyncio.run(main())

    return sync if request.param == "sync" else asynchronous


def answer(data: dict[str, Any] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"code": 200, "msg": "success"}
    if data is not None:
        body["data"] = data
    return body


def test_a_body_keeps_json_types_and_the_request_is_signed(run: Callable[[Call], Any], server: RecordingServer) -> None:
    server.reply(answer({"account_id": "zhangsan", "enabled": False}))
    result = run(lambda client: client.v2.account.disable_account(account_id="zhangsan", enabled=False, need_kick=True))
    assert result == {"account_id": "zhangsan", "enabled": False}
    (arrived,) = server.arrived
    assert arrived.method == "PATCH"
    assert arrived.path == "/nimserver/im/v2/accounts/zhangsan/actions/disable"
    assert arrived.json() == {"enabled": False, "need_kick": True}  # booleans, not "false"
    assert arrived.headers["Content-Type"] == "application/json;charset=utf-8"
    headers = arrived.headers
    expected = hashlib.sha1(("test-secret" + headers["Nonce"] + headers["CurTime"]).encode()).hexdigest()
    assert headers["AppKey"] == "test-key" and headers["CheckSum"] == expected
    assert len(headers["X-custom-traceid"]) == 32 and "RequestId" not in headers


def test_64_bit_ids_keep_every_digit_both_ways(run: Callable[[Call], Any], server: RecordingServer) -> None:
    raw = b'{"code":200,"msg":"success","data":{"group_id":%d,"name":"work"}}' % BIG_ID
    server.reply(raw)
    server.reply(answer())
    group = run(lambda client: client.v2.conversation_group.get_conversation_group(group_id=BIG_ID, account_id="a"))
    assert group["group_id"] == BIG_ID and type(group["group_id"]) is int
    # An id read back as text goes into the next call as the same number.
    run(
        lambda client: client.v2.chatroom_member.set_member_role(
            account_id="zhangsan", room_id=str(BIG_ID), member_role=2, operator_account_id="owner"
        )
    )
    first, second = server.arrived
    assert first.path.endswith(f"/conversation_groups/{BIG_ID}")
    assert str(BIG_ID).encode() in second.body and second.json()["room_id"] == BIG_ID


@pytest.mark.parametrize(
    ("conversation_id", "encoded"),
    [
        ("zhangsan|1|lisi", "zhangsan%7C1%7Clisi"),
        ("a/b?|2|#1", "a%2Fb%3F%7C2%7C%231"),
        ("张|1|李", "%E5%BC%A0%7C1%7C%E6%9D%8E"),
    ],
)
def test_path_ids_are_percent_encoded(
    run: Callable[[Call], Any], server: RecordingServer, conversation_id: str, encoded: str
) -> None:
    server.reply(answer({"conversation_id": conversation_id}))
    run(lambda client: client.v2.conversation.get_conversation(conversation_id=conversation_id))
    (arrived,) = server.arrived
    assert arrived.raw_path == f"/nimserver/im/v2.1/conversations/{encoded}"
    assert arrived.path.endswith("/" + conversation_id)


def test_list_query_parameters_comma_joined_or_json_text(run: Callable[[Call], Any], server: RecordingServer) -> None:
    run(lambda client: client.v2.account.batch_query_accounts(account_ids=["zhangsan", "lisi"]))
    run(lambda client: client.v2.team.batch_query_team_info(team_type=1, team_ids=[BIG_ID, 12]))
    run(lambda client: client.v2.team.batch_query_team_info(team_type=1, team_ids="[7,8]"))
    accounts, teams, teams_text = server.arrived
    assert accounts.method == "GET" and accounts.body == b""
    assert accounts.query == [("account_ids", "zhangsan,lisi")]
    assert dict(teams.query) == {"team_type": "1", "team_ids": f"[{BIG_ID},12]"}
    assert dict(teams_text.query)["team_ids"] == "[7,8]"


@pytest.mark.parametrize("client_params", [None, {"tenant": "a b"}])
def test_the_query_is_sent_as_httpx_encodes_it_with_or_without_the_http_clients_own_params(
    server: RecordingServer, client_params: dict[str, str] | None
) -> None:
    """The query goes into the URL text (one parse); an http_client's own params, which httpx would
    put in place of such a query, are sent beside it instead."""
    values = {"account_id": "张 三&=+%,/?#", "limit": "10"}
    http = httpx.Client(params=client_params)
    with nimserver.NimClient("test-key", "test-secret", base_url=server.base_url, http_client=http) as client:
        client.v2.friend.list_friends(account_id=values["account_id"], limit=10)
    (arrived,) = server.arrived
    expected = http.build_request("GET", server.base_url + "/im/v2.1/friends", params=values).url
    assert arrived.target == expected.raw_path.decode()
    assert dict(arrived.query) == {**(client_params or {}), **values}
    http.close()


def test_a_comma_inside_a_comma_joined_item_is_refused_before_sending(
    run: Callable[[Call], Any], server: RecordingServer
) -> None:
    with pytest.raises(ValueError, match=r"account_ids\[1\] holds a comma"):
        run(lambda client: client.v2.account.batch_query_accounts(account_ids=["zhangsan", "li,si"]))
    assert server.arrived == []


def test_delete_sends_its_json_body(run: Callable[[Call], Any], server: RecordingServer) -> None:
    result = run(
        lambda client: client.v2.team.remove_managers(
            team_id=6789012345, team_type=1, operator_id="owner", managers=["lisi"]
        )
    )
    assert result is None  # an answer without data
    (arrived,) = server.arrived
    assert arrived.method == "DELETE"
    assert arrived.path == "/nimserver/im/v2/teams/6789012345/actions/remove_manager"
    assert arrived.json() == {"team_type": 1, "operator_id": "owner", "managers": ["lisi"]}


def test_bodyless_patch_and_get_send_no_body(run: Callable[[Call], Any], server: RecordingServer) -> None:
    server.reply(answer({"account_id": "zhangsan", "token": "new"}))
    assert run(lambda client: client.v2.account.refresh_token(account_id="zhangsan"))["token"] == "new"
    run(lambda client: client.v2.account.get_account_details(account_id="zhangsan"))
    refresh, details = server.arrived
    assert (refresh.method, refresh.body, details.method, details.body) == ("PATCH", b"", "GET", b"")
    assert "Content-Type" not in refresh.headers


def test_the_trace_id_is_kept_across_retries(run: Callable[[Call], Any], server: RecordingServer) -> None:
    server.reply(b"bad gateway", status=502)
    server.reply(answer({"account_id": "zhangsan"}))
    run(lambda client: client.v2.account.get_account_details(account_id="zhangsan", call_request_id="trace-42"))
    first, second = server.arrived
    assert first.headers["X-custom-traceid"] == second.headers["X-custom-traceid"] == "trace-42"


@pytest.mark.parametrize("pool", ["own", "caller's"])
def test_every_request_names_the_client_in_its_user_agent(server: RecordingServer, pool: str) -> None:
    """The client's own pool and a caller's pool alike (and copies made by with_options); a caller's
    pool keeps its own headers otherwise, and is not changed."""
    http = httpx.Client(headers={"User-Agent": "theirs/1.0", "X-Team": "ops"}) if pool == "caller's" else None
    with nimserver.NimClient("test-key", "test-secret", base_url=server.base_url, http_client=http) as client:
        client.v2.account.get_account_details(account_id="zhangsan")
        client.with_options(max_retries=0).user.create(accid="zhangsan")
    expected = f"nimserver-python/{nimserver.__version__}"
    assert [arrived.headers["User-Agent"] for arrived in server.arrived] == [expected, expected]
    if http is not None:
        assert [arrived.headers["X-Team"] for arrived in server.arrived] == ["ops", "ops"]
        assert http.headers["User-Agent"] == "theirs/1.0"
        http.close()


def test_a_field_named_request_id_is_the_field_and_the_call_option_the_header(
    run: Callable[[Call], Any], server: RecordingServer
) -> None:
    """The API owns the argument names: `request_id=` is the signalling body key, `call_request_id=` the trace id."""
    people = {"channel_id": "c1", "inviter_account_id": "a", "invitee_account_id": "b"}
    run(lambda client: client.v2.signal.invite(**people, request_id="invite-7", call_request_id="trace-7"))
    (arrived,) = server.arrived
    assert arrived.json()["request_id"] == "invite-7"
    assert arrived.headers["X-custom-traceid"] == "trace-7"


def test_a_code_other_than_200_raises_its_error_with_msg(run: Callable[[Call], Any], server: RecordingServer) -> None:
    server.reply({"code": 414, "msg": "parameter error: account_id", "data": {}})
    with pytest.raises(nimserver.InvalidParameterError) as raised:
        run(lambda client: client.v2.account.get_account_details(account_id="zhangsan"))
    assert raised.value.code == 414 and raised.value.desc == "parameter error: account_id"
    assert raised.value.request_id == server.arrived[0].headers["X-custom-traceid"]
    # The error names the path sent, with its values, not the template.
    assert raised.value.endpoint == "im/v2/accounts/zhangsan"
    assert str(raised.value).startswith("im/v2/accounts/zhangsan failed with code 414")


def test_extra_fields_go_into_the_body_or_the_query(run: Callable[[Call], Any], server: RecordingServer) -> None:
    run(
        lambda client: client.v2.account.disable_account(
            account_id="a", enabled=True, call_extra_fields={"note": [1, True]}
        )
    )
    run(lambda client: client.v2.account.get_account_details(account_id="a", call_extra_fields={"verbose": True}))
    patch, get = server.arrived
    assert patch.json() == {"enabled": True, "note": [1, True]}
    assert get.query == [("verbose", "true")]
    with pytest.raises(ValueError, match="already an argument"):
        run(
            lambda client: client.v2.account.disable_account(
                account_id="a", enabled=True, call_extra_fields={"enabled": 1}
            )
        )


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda client: client.v2.account.get_account_details(account_id=""), "account_id must have at least 1"),
        (lambda client: client.v2.account.disable_account(account_id="a", enabled="false"), "enabled must be bool"),
        (
            lambda client: client.v2.team.remove_managers(team_id=2**64, team_type=1, operator_id="o", managers=[]),
            "team_id",
        ),
        (
            lambda client: client.v2.conversation.get_conversation(conversation_id="no-bars"),
            "conversation_id must match",
        ),
        (lambda client: client.v2.account.batch_query_accounts(account_ids="zhangsan"), "account_ids must be a list"),
        (lambda client: client.v2.account.get_account_details(account_id=".."), "account_id must not be '..'"),
        (lambda client: client.v2.account.refresh_token(account_id="."), "account_id must not be '.'"),
        (
            lambda client: client.v2.account.create_account(account_id="a", user_information={"name": "\ud800"}),
            r"user_information.name holds '\\ud800'",
        ),
        (lambda client: client.v2.request("POST", "im/v2/x", body={"k": ["ok", "\udfff"]}), r"body.k\[1\] holds"),
        (
            lambda client: client.v2.account.disable_account(
                account_id="a", enabled=True, call_extra_fields={"x": "\ud800"}
            ),
            r"call_extra_fields\['x'\] holds",
        ),
    ],
)
def test_wrong_arguments_are_refused_before_sending(
    run: Callable[[Call], Any], server: RecordingServer, call: Call, message: str
) -> None:
    with pytest.raises((TypeError, ValueError), match=message):
        run(call)
    assert server.arrived == []


def friends_page(names: list[str], token: str | None) -> dict[str, Any]:
    items = [{"friend_account_id": name} for name in names]
    return answer({"items": items, "has_more": token is not None, "next_token": token or ""})


def test_cursor_paging_walks_three_pages_sync(server: RecordingServer) -> None:
    for names, token in ((["a", "b"], "t1"), (["c"], "t2"), (["d"], None)):
        server.reply(friends_page(names, token))
    with nimserver.NimClient("k", "s", base_url=server.base_url) as client:
        page = client.v2.friend.list_friends(account_id="zhangsan", limit=2, call_request_id="first")
        assert [item["friend_account_id"] for item in page.items] == ["a", "b"] and page.has_more
        assert [item["friend_account_id"] for item in page] == ["a", "b", "c", "d"]
    tokens = [dict(arrived.query).get("page_token") for arrived in server.arrived]
    assert tokens == [None, "t1", "t2"]
    assert all(dict(arrived.query)["limit"] == "2" for arrived in server.arrived)
    trace_ids = [arrived.headers["X-custom-traceid"] for arrived in server.arrived]
    assert trace_ids[0] == "first" and len(set(trace_ids)) == 3  # each page is its own call


def test_cursor_paging_walks_three_pages_async(server: RecordingServer) -> None:
    for names, token in ((["a"], "t1"), (["b"], "t2"), (["c"], None)):
        server.reply(friends_page(names, token))

    async def main() -> list[str]:
        async with nimserver.AsyncNimClient("k", "s", base_url=server.base_url) as client:
            page = await client.v2.friend.list_friends(account_id="zhangsan")
            return [item["friend_account_id"] async for item in page]

    assert asyncio.run(main()) == ["a", "b", "c"]
    assert [dict(arrived.query).get("page_token") for arrived in server.arrived] == [None, "t1", "t2"]


def test_offset_paging_follows_the_answers_offset(server: RecordingServer) -> None:
    for names, offset, more in ((["a", "b"], 2, True), (["c", "d"], 4, True), (["e"], 5, False)):
        server.reply(answer({"items": [{"account_id": name} for name in names], "offset": offset, "has_more": more}))
    with nimserver.NimClient("k", "s", base_url=server.base_url) as client:
        page = client.v2.chatroom_member.list_tagged_members(room_id=1, tag="vip", limit=2)
        assert [item["account_id"] for item in page] == ["a", "b", "c", "d", "e"]
    assert [dict(arrived.query).get("offset") for arrived in server.arrived] == [None, "2", "4"]


def test_the_page_bound_and_a_stuck_cursor_raise_instead_of_stopping_short(server: RecordingServer) -> None:
    for _ in range(3):
        server.reply(friends_page(["x"], "again-and-again"))
    with nimserver.NimClient("k", "s", base_url=server.base_url) as client:
        page = client.v2.friend.list_friends(account_id="zhangsan")
        with pytest.raises(PagingError, match="max_pages=1"):
            list(page.iter_items(max_pages=1))
        with pytest.raises(PagingError, match="next_token it sent before"):
            list(page)
        with pytest.raises(ValueError, match="max_pages must be at least 1"):
            list(page.iter_items(max_pages=0))


def test_every_v2_method_names_its_verb_and_path() -> None:
    client = nimserver.NimClient("k", "s")
    methods = [
        getattr(getattr(client.v2, group), name)
        for group in dir(client.v2)
        if not group.startswith("_")
        for name in dir(getattr(client.v2, group))
        if not name.startswith("_")
    ]
    assert len(methods) > 100
    for method in methods:
        doc = method.__doc__ or ""
        line = doc[doc.index("Calls ``") :].split("``")[1]
        verb, path = line.split(" ", 1)
        assert verb in {"GET", "POST", "PATCH", "DELETE", "PUT"} and path.startswith(("/im/v2", "/ai/")), method
    assert json.dumps(client.v2.account.create_account.__doc__).count("POST /im/v2/accounts") == 1


def test_a_raw_v2_call_is_signed_retried_and_typed_like_the_rest(
    run: Callable[[Call], Any], server: RecordingServer
) -> None:
    server.reply(b"bad gateway", status=502)
    server.reply(answer({"ok": BIG_ID}))
    body = run(
        lambda client: client.v2.request(
            "patch",
            "im/v2/accounts/a%7Cb/actions/future",
            query={"dry": True, "ids": [1, 2]},
            body={"flag": False, "id": BIG_ID},
            call_request_id="raw-1",
        )
    )
    assert body == {"code": 200, "msg": "success", "data": {"ok": BIG_ID}}
    first, second = server.arrived
    assert (second.method, second.raw_path) == ("PATCH", "/nimserver/im/v2/accounts/a%7Cb/actions/future")
    assert second.query == [("dry", "true"), ("ids", "[1,2]")]
    assert second.json() == {"flag": False, "id": BIG_ID}
    assert first.headers["X-custom-traceid"] == second.headers["X-custom-traceid"] == "raw-1"
    server.reply({"code": 416, "msg": "api frequently"})
    with pytest.raises(nimserver.RateLimitedError):
        run(lambda client: client.with_options(rate_limit_wait=0, max_retries=0).v2.request("GET", "im/v2/accounts"))


@pytest.mark.parametrize(
    ("method", "path", "message"),
    [
        ("TRACE", "im/v2/accounts", "method must be one of"),
        ("GET", "/im/v2/accounts", "must be relative"),
        ("GET", "im/v2/../secret", "'..'"),
        ("GET", "im/v2/accounts?x=1", "pass query= instead"),
        ("POST", "user/create.action", "a v1 path"),
        ("GET", "im/v2/张", "percent-encode"),
    ],
)
def test_a_raw_v2_call_refuses_a_bad_verb_or_path_before_sending(
    run: Callable[[Call], Any], server: RecordingServer, method: str, path: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        run(lambda client: client.v2.request(method, path))
    assert server.arrived == []
