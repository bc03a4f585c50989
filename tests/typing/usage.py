"""Type-checked by tests/test_package.py against the installed package.

Every line must pass `mypy --strict`, except the ones marked as expected errors,
which mypy must flag.
"""

import nimserver
from nimserver.types import UserCreateResponse, UserGetUinfosResponse


def use(client: nimserver.NimClient) -> str:
    created: UserCreateResponse = client.user.create(accid="zhangsan", name="张三", gender=1)
    token: str = created["info"]["token"]
    cards: UserGetUinfosResponse = client.user.get_uinfos(accids=["a", "b"], mute_status=True)
    names = [card.get("name", "") for card in cards["uinfos"]]
    client.user.block(accid="a", needkick=True)
    client.user.block(accid="a", needkick="yes")  # expect-error: a str is not a bool
    client.user.create(name="no accid")  # expect-error: accid is required
    client.user.create(accid="a", nickname="x")  # expect-error: no such argument
    return token + ",".join(names)
