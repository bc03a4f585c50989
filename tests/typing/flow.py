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
