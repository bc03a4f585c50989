"""Type-checked by tests/test_package.py: an app's everyday flow, each call fed
with what the previous one returned, under `mypy --strict`.

Every line must pass, except the ones marked as expected errors, which mypy
must flag.
"""

import nimserver
from nimserver.types import SendOption


def team_flow(client: nimserver.NimClient) -> int:
    owner = client.user.create(accid="zhangsan", name="张三")["info"]["accid"]
    created = client.team.create(tname="Hikers", owner=owner, members=["lisi"], msg="Join us", magree=0, joinmode=0)
    tid = created["tid"]  # text or a number: either goes into the next calls unchanged
    client.team.add(tid=tid, owner=owner, members=["wangwu"], magree=False, msg="Welcome")
    option: SendOption = {"push": False, "roam": True}
    client.msg.send_msg(from_=owner, ope=1, to=tid, type=0, body={"msg": "hello team"}, option=option)
    teams = client.team.query(tids=[int(tid)], ope=1)
    for team in teams["tinfos"]:
        client.team.kick(tid=team.get("tid", tid), owner=owner, member="lisi")
    history = client.history.query_team_msg(tid=tid, accid=owner, begintime=0, endtime="1700000000000", limit=10)
    client.team.add(tid=tid, owner=owner, members=["x"], magree=2, msg="")  # expect-error: magree is 0 or 1
    client.user.get_uinfos(accids="lisi")  # expect-error: accids is a list, not text
    client.msg.send_msg(from_=owner, ope=1, to=tid, type=0, body={"msg": "x"}, option={"psh": False})  # expect-error
    return len(history)


async def async_flow(client: nimserver.AsyncNimClient) -> str:
    created = await client.team.create(tname="T", owner="zhangsan", members=["lisi"], msg="", magree=1, joinmode=2)
    await client.team.add(tid=created["tid"], owner="zhangsan", members=["wangwu"], magree=True, msg="hi")
    return str(created["tid"])


def v2_team_flow(client: nimserver.NimClient) -> list[str]:
    account = client.v2.account.create_account(account_id="zhangsan", user_information={"name": "张三", "gender": 1})
    owner = account["account_id"]
    created = client.v2.team.create_team(
        owner_account_id=owner, team_type=1, name="Hikers", invite_account_ids=["lisi"]
    )
    team_id = created["team_info"]["team_id"]  # an int: every digit kept, straight into the next calls
    client.v2.team_member.invite_team_members(
        operator_id=owner, team_id=team_id, team_type=1, invite_account_ids=["wangwu"]
    )
    client.v2.team.get_team_info(team_id=str(team_id), team_type=1)  # or as its decimal text
    page = client.v2.friend.list_friends(account_id=owner, limit=100)
    names = [friend["friend_account_id"] for friend in page]  # every page, typed items
    client.v2.account.disable_account(account_id=owner, enabled="false")  # expect-error: enabled is a bool
    client.v2.team.get_team_info(team_id=team_id, team_type=3)  # expect-error: team_type is 1 or 2
    return names + [item["friend_account_id"] for item in page.items]


async def v2_async_flow(client: nimserver.AsyncNimClient) -> list[str]:
    page = await client.v2.friend.list_friends(account_id="zhangsan")
    return [friend["friend_account_id"] async for friend in page]
