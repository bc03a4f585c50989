"""The generated client against the fake Yunxin server on loopback, for every
operation in the spec, plus the behaviours the issue pins down."""

from __future__ import annotations

import asyncio
import inspect
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

import nimserver
from generator.load import SpecDict
from generator.model import Operation
from nimserver._checks import Str
from nimserver._fields import Endpoint, Field
from nimserver.groups.msg import _SEND_MSG
from tests.examples import example_arguments, v1_operations
from tests.fakenim import FakeNim

OPERATIONS = v1_operations()  # v2 operations: tests/test_fake.py (both fakes)


@pytest.fixture
def client(fake_nim: FakeNim) -> nimserver.NimClient:
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
        yield client


def _call(client: nimserver.NimClient, operation: Operation, arguments: dict[str, Any]) -> Any:
    return getattr(getattr(client, operation.group), operation.method)(**arguments)


def _expected_wire(operation: Operation, arguments: dict[str, Any]) -> dict[str, Any]:
    """What the server must receive: JSON compared by value, the rest as text."""
    expected: dict[str, Any] = {}
    for field in operation.fields:
        if field.python_name not in arguments or field.kind == "FILE":
            continue
        value = arguments[field.python_name]
        if field.kind == "JSON":
            expected[field.wire_name] = json.loads(value) if isinstance(value, str) else value
        elif isinstance(value, bool):
            expected[field.wire_name] = "true" if value else "false"
        else:
            expected[field.wire_name] = str(value)
    return expected


@pytest.mark.parametrize("everything", [False, True], ids=["required", "all"])
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: f"{op.group}.{op.method}")
@pytest.mark.parametrize("decode_json", [True, False], ids=["python-values", "json-text"])
def test_every_operation_round_trips(
    client: nimserver.NimClient,
    fake_nim: FakeNim,
    spec_document: SpecDict,
    operation: Operation,
    everything: bool,
    decode_json: bool,
) -> None:
    arguments = example_arguments(spec_document, operation, everything=everything, decode_json=decode_json)
    body = _call(client, operation, arguments)

    assert body == fake_nim.operations["/" + operation.path].success
    (received,) = fake_nim.received
    assert received.path == f"/nimserver/{operation.path}"
    sent = {
        name: json.loads(text) if isinstance(expected, (list, dict)) else text
        for name, text in received.fields.items()
        for expected in [_expected_wire(operation, arguments).get(name)]
    }
    assert sent == _expected_wire(operation, arguments)


def test_create_posts_exactly_accid_and_name_in_utf8(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    client.user.create(accid="zhangsan", name="张三")

    (received,) = fake_nim.received
    assert received.path == "/nimserver/user/create.action"
    assert received.content_type == "application/x-www-form-urlencoded;charset=utf-8"
    assert received.raw_body == b"accid=zhangsan&name=%E5%BC%A0%E4%B8%89"
    assert received.fields == {"accid": "zhangsan", "name": "张三"}


def test_booleans_travel_as_lowercase_words(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    client.user.block(accid="a", needkick=True)
    client.user.block(accid="a", needkick=False)

    assert [r.raw_body for r in fake_nim.received] == [b"accid=a&needkick=true", b"accid=a&needkick=false"]


def test_lists_travel_as_compact_json(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    client.user.get_uinfos(accids=["a", "b"])
    client.user.get_uinfos(accids='["c", "d"]')  # JSON text is sent as given

    assert [r.fields["accids"] for r in fake_nim.received] == ['["a","b"]', '["c", "d"]']


def test_non_ascii_json_is_not_escaped(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    client.user.get_uinfos(accids=["张三"])

    assert fake_nim.received[0].fields["accids"] == '["张三"]'


def test_optional_arguments_left_out_are_not_sent(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    client.user.update_uinfo(accid="a", name="")  # an empty string is a value: it clears the name

    assert fake_nim.received[0].fields == {"accid": "a", "name": ""}


def test_each_request_is_signed_afresh(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    client.user.unblock(accid="a")
    client.user.unblock(accid="a")

    first, second = fake_nim.received
    assert first.headers["nonce"] != second.headers["nonce"]
    assert first.headers["checksum"] != second.headers["checksum"]


def test_business_error_raises_api_error(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    fake_nim.reply_json({"code": 414, "desc": "accid too long"})

    with pytest.raises(nimserver.ApiError) as raised:
        client.user.create(accid="zhangsan")

    error = raised.value
    assert isinstance(error, nimserver.NimError)
    assert (error.code, error.desc, error.endpoint) == (414, "accid too long", "user/create.action")
    assert error.body == {"code": 414, "desc": "accid too long"}
    assert "Invalid parameter" in str(error)
    assert "test-secret" not in str(error) + repr(error)


def test_wrong_secret_is_refused_by_the_server(fake_nim: FakeNim) -> None:
    client = nimserver.NimClient("test-key", "other-secret", base_url=fake_nim.base_url)
    with client, pytest.raises(nimserver.ApiError, match="CheckSum mismatch"):
        client.user.unblock(accid="a")


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ({"accid": "a", "needkick": "yes"}, TypeError),
        ({"accid": "a", "needkick": 1}, TypeError),
        ({"accid": 42}, TypeError),
        ({"accid": None}, TypeError),
        ({"accid": "x" * 33}, ValueError),
        ({"accid": ""}, ValueError),
        ({"needkick": True}, TypeError),
        ({"accid": "a", "unknown": 1}, TypeError),
    ],
    ids=[
        "bool-as-text",
        "bool-as-int",
        "int-for-str",
        "none-for-required",
        "too-long",
        "empty",
        "missing-required",
        "unknown-argument",
    ],
)
def test_bad_arguments_fail_before_sending(
    client: nimserver.NimClient, fake_nim: FakeNim, arguments: dict[str, Any], error: type[Exception]
) -> None:
    with pytest.raises(error):
        client.user.block(**arguments)

    assert fake_nim.received == []


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda c: c.user.create(accid="a", gender=3), "gender must be one of 0, 1, 2"),
        (lambda c: c.user.create(accid="a", gender=True), "gender must be one of 0, 1, 2, got True"),
        (lambda c: c.user.get_uinfos(accids={"a": 1}), "accids must be a list, not dict"),
        (lambda c: c.user.get_uinfos(accids=[object()]), "cannot be sent as JSON: object"),
    ],
    ids=["enum", "bool-for-int", "dict-for-list", "not-serialisable"],
)
def test_bad_values_name_the_argument(client: nimserver.NimClient, fake_nim: FakeNim, call: Any, error: str) -> None:
    with pytest.raises((TypeError, ValueError), match=error):
        call(client)
    assert fake_nim.received == []


def test_file_upload_is_multipart(client: nimserver.NimClient, fake_nim: FakeNim, tmp_path: Path) -> None:
    upload = tmp_path / "photo.png"
    upload.write_bytes(b"\x89PNG fake")
    client.msg.file_upload(content=upload, type="image")
    with upload.open("rb") as stream:
        client.msg.file_upload(content=stream)
    client.msg.file_upload(content=b"raw bytes")

    first, second, third = fake_nim.received
    assert first.content_type.startswith("multipart/form-data")
    assert first.files == {"content": ("photo.png", b"\x89PNG fake")}
    assert first.fields == {"type": "image"}
    assert second.files == {"content": ("photo.png", b"\x89PNG fake")}
    assert third.files["content"][1] == b"raw bytes"


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, fake_nim: FakeNim) -> None:
    monkeypatch.setenv("NIM_APP_KEY", "test-key")
    monkeypatch.setenv("NIM_APP_SECRET", "test-secret")
    with nimserver.NimClient(base_url=fake_nim.base_url) as client:
        client.user.unblock(accid="a")
    assert fake_nim.received[0].headers["appkey"] == "test-key"


@pytest.mark.parametrize("missing", ["NIM_APP_KEY", "NIM_APP_SECRET"])
def test_missing_credentials_are_a_clear_error(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setenv("NIM_APP_KEY", "k")
    monkeypatch.setenv("NIM_APP_SECRET", "s")
    monkeypatch.delenv(missing)
    with pytest.raises(ValueError, match=missing):
        nimserver.NimClient()


def test_region_picks_the_data_centre() -> None:
    assert nimserver.NimClient("k", "s").base_url == "https://api.netease.im/nimserver"
    assert nimserver.NimClient("k", "s", region="sg").base_url == "https://api-sg.netease.im/nimserver"
    with pytest.raises(ValueError, match="region must be one of 'cn', 'sg'"):
        nimserver.NimClient("k", "s", region="us")  # type: ignore[arg-type]


def test_repr_never_shows_the_secret() -> None:
    client = nimserver.NimClient("the-key", "the-secret")
    assert "the-secret" not in repr(client)
    assert "the-key" in repr(client)


def test_callers_http_client_is_used_and_left_open(fake_nim: FakeNim) -> None:
    http = httpx.Client(headers={"X-Caller": "yes"})
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url, http_client=http) as client:
        client.user.unblock(accid="a")
    assert fake_nim.received[0].headers["x-caller"] == "yes"
    assert not http.is_closed
    http.close()


def test_own_http_client_is_closed() -> None:
    client = nimserver.NimClient("k", "s")
    client.close()
    assert client._http.is_closed


def test_async_client_mirrors_the_sync_client() -> None:
    sync = nimserver.NimClient("k", "s")
    asynchronous = nimserver.AsyncNimClient("k", "s")
    assert inspect.signature(nimserver.NimClient.__init__).parameters.keys() == (
        inspect.signature(nimserver.AsyncNimClient.__init__).parameters.keys()
    )
    for operation in OPERATIONS:
        sync_method = getattr(getattr(sync, operation.group), operation.method)
        async_method = getattr(getattr(asynchronous, operation.group), operation.method)
        assert not inspect.iscoroutinefunction(sync_method)
        assert inspect.iscoroutinefunction(async_method)
        assert inspect.signature(sync_method) == inspect.signature(async_method)
        assert sync_method.__doc__ == async_method.__doc__


def test_every_operation_round_trips_async(fake_nim: FakeNim, spec_document: SpecDict) -> None:
    async def main() -> None:
        async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
            for operation in OPERATIONS:
                arguments = example_arguments(spec_document, operation, everything=True, decode_json=True)
                body = await _call(client, operation, arguments)
                assert body == fake_nim.operations["/" + operation.path].success, operation.path

    asyncio.run(main())
    assert len(fake_nim.received) == len(OPERATIONS)


def test_async_callers_http_client_is_left_open(fake_nim: FakeNim) -> None:
    async def main() -> httpx.AsyncClient:
        http = httpx.AsyncClient()
        async with nimserver.AsyncNimClient(
            "test-key", "test-secret", base_url=fake_nim.base_url, http_client=http
        ) as c:
            await c.user.unblock(accid="a")
        assert not http.is_closed
        await http.aclose()
        own = nimserver.AsyncNimClient("k", "s")
        await own.aclose()
        return own._http

    assert asyncio.run(main()).is_closed


# --- Escape hatches: extra fields and raw calls ---

_CREATE_WITH_ACCID_ONLY = Endpoint("user/create.action", (Field("accid", "accid", Str(), required=True),))


def test_extra_fields_are_sent_and_coerced(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    # As if the spec knew only accid: the other fields ride along as extra fields.
    extra = {"name": "张三", "gender": 1, "ex": {"vip": True, "tags": ["a"]}, "birth": "2000-01-01"}
    client._call(_CREATE_WITH_ACCID_ONLY, {"accid": "zhangsan"}, extra_fields=extra)

    (received,) = fake_nim.received
    assert received.fields == {
        "accid": "zhangsan",
        "name": "张三",
        "gender": "1",
        "ex": '{"vip":true,"tags":["a"]}',
        "birth": "2000-01-01",
    }


def test_extra_fields_that_are_arguments_are_refused(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    values = {"from": "a", "ope": 0, "to": "b", "type": 0, "body": {"msg": "hi"}}
    with pytest.raises(
        ValueError, match=r"call_extra_fields\['from'\] is already an argument of .*: pass from_= instead"
    ):
        client._call(_SEND_MSG, values, extra_fields={"from": "c"})
    with pytest.raises(
        TypeError, match=r"call_extra_fields\['bodyExtra'\] must be str, bool, int, float, list or dict"
    ):
        client._call(_SEND_MSG, values, extra_fields={"bodyExtra": object()})
    with pytest.raises(TypeError, match="call_extra_fields must be a mapping"):
        client._call(_SEND_MSG, values, extra_fields=[("x", "y")])  # type: ignore[arg-type]
    assert fake_nim.received == []


def test_raw_call_end_to_end(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    fields = {"from": "zhangsan", "ope": 0, "to": "lisi", "type": 0, "body": {"msg": "你好"}, "antispam": False}
    body = client.request("msg/sendMsg.action", fields)

    assert body == fake_nim.operations["/msg/sendMsg.action"].success
    (received,) = fake_nim.received
    assert received.path == "/nimserver/msg/sendMsg.action"
    assert received.content_type == "application/x-www-form-urlencoded;charset=utf-8"
    assert received.fields == {
        "from": "zhangsan",
        "ope": "0",
        "to": "lisi",
        "type": "0",
        "body": '{"msg":"你好"}',
        "antispam": "false",
    }
    assert len(received.headers["requestid"]) == 32


def test_raw_call_errors_are_typed(client: nimserver.NimClient, fake_nim: FakeNim) -> None:
    with pytest.raises(nimserver.InvalidParameterError, match="from is required"):
        client.request("msg/sendMsg.action", {"to": "lisi"})  # the fake server checks like the real one


def test_raw_call_end_to_end_async(fake_nim: FakeNim) -> None:
    async def main() -> Any:
        async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
            return await client.request("user/create.action", {"accid": "zhangsan"}, call_request_id="async-raw-1")

    assert asyncio.run(main()) == fake_nim.operations["/user/create.action"].success
    assert fake_nim.received[0].headers["requestid"] == "async-raw-1"
