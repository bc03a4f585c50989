"""Type-checked by tests/test_package.py against the installed package.

Every line must pass `mypy --strict`, except the ones marked as expected errors,
which mypy must flag.
"""

import nimserver
from nimserver import callbacks
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


async def use_async(client: nimserver.AsyncNimClient) -> int:
    created: UserCreateResponse = await client.user.create(accid="zhangsan")
    quick = client.with_options(max_retries=0, timeout=1.0)
    strict: nimserver.AsyncNimClient = client.with_options(spec_doubts="refuse")
    client.with_options(spec_doubts="strict")  # expect-error: one of "warn", "refuse", "types-only"
    policy: nimserver.SpecDoubts = strict.spec_doubts
    await quick.user.mute(accid="a", mute=policy == "refuse")
    await client.user.mute(accid="a", mute="true")  # expect-error: a str is not a bool
    try:
        await client.user.unblock(accid="a")
    except nimserver.RateLimitedError as error:
        return error.code
    with nimserver.capture_responses() as captured:
        await client.user.unblock(accid="a")
    return captured.response.status_code + len(created["info"]["accid"])


def handle(event: callbacks.AnyEvent) -> callbacks.Answer:
    if isinstance(event, callbacks.CopyConversationMessage):
        receiver: str = event.payload["to"]
        nick: str = event.payload.get("fromNick", receiver)
        event.payload["toAccount"]  # expect-error: no such key in a conversation copy
        return callbacks.received() if nick else None
    if isinstance(event, callbacks.CallbackConversationMessage):
        return callbacks.block(response_code="20001")  # expect-error: response_code is an int
    if isinstance(event, callbacks.CallbackLogin):
        return callbacks.modify(body="x", extension="y")  # expect-error: no such field to replace
    return callbacks.allow(modify={"body": "x"}, callback_ext=event.dedup_key())


application = callbacks.wsgi_app(handle, app_secret="secret")
served = callbacks.asgi_app(handle, app_secret="secret", max_age=60)
