"""Answer checks against the spec (nimserver._answers) and the client option drift=, sync and async."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from typing import Any

import pytest

import nimserver
from nimserver._answers import SAFE_INTEGER, answer_table, check_answer, check_paging
from nimserver.testing import FakeNim


def _examples() -> dict[str, dict[str, Any]]:
    from importlib import resources

    text = resources.files("nimserver.testing").joinpath("_spec.json").read_text(encoding="utf-8")
    return {key: entry["success"] for key, entry in json.loads(text)["operations"].items()}


EXAMPLES = _examples()


def test_every_success_example_of_the_spec_agrees_with_its_own_answer_shape() -> None:
    assert len(EXAMPLES) == len(answer_table()["operations"])
    found = {key: check_answer(key, 200, body) for key, body in EXAMPLES.items()}
    assert {key: items for key, items in found.items() if items} == {}


def _required_paths(shape: dict[str, Any], where: str = "") -> list[str]:
    """Every required key of a shape that is an object at each level (arrays not entered)."""
    prefix = f"{where}." if where else ""
    paths = [f"{prefix}{name}" for name in shape.get("r", ())]
    for name, inner in shape.get("p", {}).items():
        paths += _required_paths(inner, f"{prefix}{name}")
    return paths


def _remove(body: Any, path: str) -> Any:
    copy = json.loads(json.dumps(body))
    *parents, last = path.split(".")
    node = copy
    for name in parents:
        node = node[name]
    del node[last]
    return copy


@pytest.mark.parametrize("operation", sorted(EXAMPLES)[::7])
def test_each_required_key_removed_is_found_missing_where_it_was(operation: str) -> None:
    shape = answer_table()["operations"][operation]["shape"]
    body = EXAMPLES[operation]
    for path in _required_paths(shape):
        try:
            changed = _remove(body, path)
        except (KeyError, TypeError):
            continue  # an optional parent the example leaves out
        if path == "code":
            assert [d.kind for d in check_answer(operation, 200, changed)] == ["envelope"]
            continue
        found = check_answer(operation, 200, changed)
        assert ("missing-key", path) in {(d.kind, d.where) for d in found}, (operation, path, found)


def test_a_renamed_key_is_unknown_and_its_old_name_missing() -> None:
    body = {"code": 200, "info": {"accid_": "a", "token": "t"}}
    found = {(d.kind, d.where) for d in check_answer("user/create.action", 200, body)}
    assert found == {("missing-key", "info.accid"), ("unknown-key", "info.accid_")}


@pytest.mark.parametrize(
    ("value", "detail"),
    [(5, "integer where the spec says string"), (None, "null where"), ([], "array where"), ({}, "object where")],
)
def test_a_value_of_another_type_is_named_by_type_never_by_value(value: Any, detail: str) -> None:
    body = {"code": 200, "info": {"accid": "a", "token": "secret-token-value", "name": value}}
    (difference,) = check_answer("user/create.action", 200, body)
    assert (difference.kind, difference.where) == ("type", "info.name")
    assert detail in difference.detail and "secret" not in str(difference)


def test_integers_past_2_to_the_53_need_int64() -> None:
    operation = "history/querySessionMsg.action"
    body = json.loads(json.dumps(EXAMPLES[operation]))
    body["size"] = SAFE_INTEGER + 1  # the spec says integer without int64
    kinds = {(d.kind, d.where) for d in check_answer(operation, 200, body)}
    assert ("type", "size") in kinds
    body = json.loads(json.dumps(EXAMPLES[operation]))
    body["msgs"][0]["msgid"] = SAFE_INTEGER * 4  # msgid is int64: fine
    assert check_answer(operation, 200, body) == []


def test_status_codes_and_envelopes() -> None:
    v1, v2 = "user/create.action", "GET im/v2/accounts"
    assert check_answer(v1, 200, {"code": 414, "desc": "bad"}) == []  # listed for it
    assert check_answer(v1, 200, {"code": 416, "desc": "slow down"}) == []  # any call may return it
    assert [d.detail for d in check_answer(v1, 200, {"code": 417, "desc": "dup"})] == [
        "code 417 is not listed for this operation"
    ]
    assert [d.kind for d in check_answer(v1, 200, {"code": 4999, "desc": "?"})] == ["status"]
    assert [d.kind for d in check_answer(v1, 502, None)] == ["status"]
    assert [d.kind for d in check_answer(v1, 200, ["code"])] == ["envelope"]
    assert [d.kind for d in check_answer(v1, 200, {"code": "200"})] == ["envelope"]
    assert [(d.kind, d.where) for d in check_answer(v2, 200, {"code": 414, "msg": 3})] == [("envelope", "msg")]
    assert check_answer("no/such.action", 200, {"weird": True}) == []


def test_a_cursor_that_does_not_advance() -> None:
    operation = next(key for key, entry in answer_table()["operations"].items() if entry["paging"])
    repeating = {"code": 200, "msg": "success", "data": {"has_more": True, "next_token": "T", "items": []}}
    assert [d.kind for d in check_paging(operation, {"page_token": "T"}, repeating)] == ["paging"]
    assert check_paging(operation, {"page_token": "S"}, repeating) == []
    ended = {"code": 200, "data": {"has_more": False, "next_token": "T"}}
    assert check_paging(operation, {"page_token": "T"}, ended) == []
    missing = {"code": 200, "data": {"has_more": True}}
    assert [d.where for d in check_paging(operation, {}, missing)] == ["data.next_token"]


class _Odd(FakeNim):
    """The shipped fake, answering user/getUinfos with a key the spec does not name, twice over."""

    def __init__(self) -> None:
        super().__init__()
        answer = {"code": 200, "uinfos": [], "surprise": 1}
        self.script("user/getUinfos.action", answer, answer, answer)


def test_drift_off_loads_nothing_and_checks_nothing(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("nimserver._drift", "nimserver._answers"):  # put back afterwards, as other modules hold them
        monkeypatch.delitem(sys.modules, module, raising=False)
    fake = _Odd()
    with caplog.at_level(logging.WARNING, logger="nimserver.drift"), fake.client() as client:
        assert client._drift is None
        client.user.get_uinfos(accids=["a"])
    assert "nimserver._drift" not in sys.modules and "nimserver._answers" not in sys.modules
    assert caplog.records == []


def test_drift_on_logs_each_difference_once_and_hands_it_to_the_hook(caplog: pytest.LogCaptureFixture) -> None:
    fake = _Odd()
    recorder = nimserver.DriftRecorder()
    client = nimserver.NimClient(fake.app_key, fake.app_secret, http_client=fake.http_client(), drift=recorder)
    with caplog.at_level(logging.WARNING, logger="nimserver.drift"), client:
        for _ in range(3):
            client.user.get_uinfos(accids=["a"])
    assert [(d.kind, d.where) for d in recorder.differences] == [("unknown-key", "surprise")]
    assert [record.name for record in caplog.records] == ["nimserver.drift"]
    report = recorder.report("cn")
    assert report["calls"][0]["operation"] == "user/getUinfos.action"


def test_drift_on_async_and_on_business_errors() -> None:
    fake = FakeNim()
    fake.script("user/block.action", {"code": 4999, "desc": "new"})
    seen: list[nimserver.Difference] = []

    async def run() -> None:
        transport = fake.async_transport()
        import httpx

        async with nimserver.AsyncNimClient(
            fake.app_key, fake.app_secret, http_client=httpx.AsyncClient(transport=transport), drift=seen.append
        ) as client:
            with pytest.raises(nimserver.ApiError):
                await client.user.block(accid="a")

    asyncio.run(run())
    assert [(d.operation, d.kind) for d in seen] == [("user/block.action", "status")]


@pytest.mark.parametrize("value", [None, 1, "yes", [print]])
def test_drift_option_refuses_what_is_neither_a_flag_nor_a_callable(value: Any) -> None:
    with pytest.raises(TypeError, match="drift must be"):
        nimserver.NimClient("k", "s", drift=value)
