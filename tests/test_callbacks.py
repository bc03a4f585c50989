"""nimserver.callbacks: verifying what the IM server posts, the typed events, the answers and the wiring.

Every signature here is computed in the test with hashlib, independently of
the runtime, over known bodies: the spec's own webhook examples and literal
bodies.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib
import io
import json
import pickle
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest
import uvicorn

import nimserver
from generator.errors import SpecError
from generator.load import SpecDict
from generator.pipeline import load_api
from generator.render import render
from nimserver import callbacks
from nimserver._callbacks import classify

SECRET = "0123456789ab"
KEY = "go9dnk49bkd9jd9vmel1kglw0803mgq3"
NOW = 1_700_000_000.0  # epoch seconds the tests pretend it is
NOW_MS = str(int(NOW * 1000))


def md5_hex(body: bytes) -> str:
    return hashlib.md5(body).hexdigest()


def sign(body: bytes, *, secret: str = SECRET, cur_time: str = NOW_MS, md5: str | None = None) -> dict[str, str]:
    md5 = md5_hex(body) if md5 is None else md5
    checksum = hashlib.sha1((secret + md5 + cur_time).encode()).hexdigest()
    return {"AppKey": KEY, "CurTime": cur_time, "MD5": md5, "CheckSum": checksum}


def encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def check(headers: Any, body: bytes, **options: Any) -> callbacks.AnyEvent:
    options.setdefault("now", NOW)
    return callbacks.verify(headers, body, app_secret=SECRET, **options)


def webhook_examples(spec_document: SpecDict) -> list[tuple[str, str, Any]]:
    """(webhook name, example name, body) for every named body example of every webhook in the spec."""
    found = []
    for name, item in spec_document["webhooks"].items():
        for media in item["post"]["requestBody"]["content"].values():
            for example_name, example in media.get("examples", {}).items():
                found.append((name, example_name, example["value"]))
    return found


# ---------------------------------------------------------------- known vectors


def test_literal_vector_of_the_probe() -> None:
    body = b"{}"
    assert md5_hex(body) == "99914b932bd37a50b983c5e7c90ae93b"  # the MD5 the console's address check sends
    headers = {
        "AppKey": KEY,
        "CurTime": "1700000000000",
        "MD5": "99914b932bd37a50b983c5e7c90ae93b",
        "CheckSum": hashlib.sha1(b"0123456789ab99914b932bd37a50b983c5e7c90ae93b1700000000000").hexdigest(),
    }
    event = check(headers, body)
    assert isinstance(event, callbacks.Probe)
    assert (event.payload, event.app_key, event.cur_time) == ({}, KEY, 1_700_000_000_000)


def test_every_documented_kind_verifies_to_its_event_class(spec_document: SpecDict) -> None:
    examples = webhook_examples(spec_document)
    seen = set()
    for name, example_name, payload in examples:
        body = encode(payload)
        event = check(sign(body), body)
        assert event.kind == name, (name, example_name)
        assert type(event).__name__ == name[0].upper() + name[1:]
        assert event.payload == payload
        assert event.is_callback == name.startswith("callback")
        seen.add(name)
    assert seen == set(spec_document["webhooks"]) == {kind.kind for _, kind in callbacks.KINDS}


def test_copy_vector_with_text_event_type() -> None:
    body = '{"eventType":"1","convType":"PERSON","to":"lisi","fromAccount":"zhangsan","msgType":"TEXT","body":"你好","msgidServer":"184409700039655569","msgTimestamp":"1608877682237"}'.encode()
    event = check(sign(body), body)
    assert isinstance(event, callbacks.CopyConversationMessage)
    assert event.payload["body"] == "你好"
    assert event.family == "message-copy"
    assert not event.is_callback


def test_json_types_tell_copies_and_callbacks_apart() -> None:
    fields = {"convType": "PERSON", "to": "lisi", "fromAccount": "zhangsan", "msgType": "TEXT"}
    assert isinstance(
        classify({"eventType": "1", **fields}, KEY, 0, callbacks.KINDS), callbacks.CopyConversationMessage
    )
    assert isinstance(
        classify({"eventType": 1, **fields}, KEY, 0, callbacks.KINDS), callbacks.CallbackConversationMessage
    )
    for odd in (True, 1.0, "01", "36", None, [1]):
        event = classify({"eventType": odd, **fields}, KEY, 0, callbacks.KINDS)
        assert isinstance(event, callbacks.UnknownEvent), odd


def test_an_unknown_kind_keeps_every_field() -> None:
    payload = {"eventType": "9", "roomId": "36517093", "accid": "anchor", "nested": {"a": [1, 2]}}
    body = encode(payload)
    event = check(sign(body), body)
    assert isinstance(event, callbacks.UnknownEvent)
    assert event.payload == payload and event.event_type == "9" and not event.is_callback
    number = encode({"eventType": 99, "x": 1})
    unknown_callback = check(sign(number), number)
    assert isinstance(unknown_callback, callbacks.UnknownEvent) and unknown_callback.is_callback


def test_headers_in_any_form_and_case() -> None:
    body = encode({"eventType": "2", "accid": "t3", "clientType": "AOS", "timestamp": "1608877682237"})
    signed = sign(body)
    forms: list[Any] = [
        {name.lower(): value for name, value in signed.items()},
        {name.upper(): value for name, value in signed.items()},
        list(signed.items()),
        [(name.encode(), value.encode()) for name, value in signed.items()],  # ASGI raw headers
        httpx.Headers(signed),
        {name: [value, value] for name, value in signed.items()},  # the same value twice is fine
        {name: f" {value} " for name, value in signed.items()},
    ]
    for headers in forms:
        assert isinstance(check(headers, body), callbacks.CopyLogin)


def test_md5_header_in_upper_case_is_accepted_and_signed_as_sent() -> None:
    body = b'{"eventType":"3","accid":"t3","clientType":"AOS","timestamp":"1608877699010"}'
    headers = sign(body, md5=md5_hex(body).upper())
    assert isinstance(check(headers, body), callbacks.CopyLogout)


def test_cur_time_in_seconds_is_tolerated() -> None:
    body = b'{"eventType":"5","channelId":"1"}'
    event = check(sign(body, cur_time="1700000000"), body)
    assert isinstance(event, callbacks.CopyCallDuration)
    assert event.cur_time == 1_700_000_000_000
    assert check(sign(body, cur_time=str(int(NOW * 1000) - 299_000)), body).cur_time == int(NOW * 1000) - 299_000


def test_the_repr_of_an_event_leaves_the_payload_out() -> None:
    body = LOGIN_BODY
    event = check(sign(body), body)
    assert isinstance(event, callbacks.CallbackLogin)
    assert repr(event) == f"CallbackLogin(app_key='{KEY}', cur_time={NOW_MS})"
    assert "secret-token" not in repr(event) and "secret-token" not in str(event)


LOGIN_BODY = encode(
    {
        "eventType": 36,
        "fromAccount": "wm1",
        "fromDeviceId": "d",
        "fromClientType": "AOS",
        "token": "secret-token",
        "authType": 0,
    }
)


def test_app_key_is_checked_when_given() -> None:
    body = b"{}"
    assert isinstance(check(sign(body), body, app_key=KEY), callbacks.Probe)
    with pytest.raises(callbacks.InvalidCallback) as caught:
        check(sign(body), body, app_key="another")
    assert caught.value.reason == "app_key_mismatch"


# ---------------------------------------------------------------- rejections

BODY = encode({"eventType": "1", "convType": "PERSON", "to": "lisi", "fromAccount": "zhangsan", "msgidServer": "7"})


def without(name: str) -> tuple[dict[str, str], bytes]:
    headers = sign(BODY)
    del headers[name]
    return headers, BODY


def changed(**values: str) -> tuple[dict[str, str], bytes]:
    return {**sign(BODY), **values}, BODY


def signed(body: bytes, **options: Any) -> tuple[dict[str, str], bytes]:
    return sign(body, **options), body


_GOOD = sign(BODY)
_BIG = b'{"eventType":"1","body":"' + b"x" * (1 << 20) + b'"}'

REJECTIONS: list[tuple[str, Callable[[], tuple[Any, bytes]], str]] = [
    ("AppKey missing", lambda: without("AppKey"), "header_missing"),
    ("CurTime missing", lambda: without("CurTime"), "header_missing"),
    ("MD5 missing", lambda: without("MD5"), "header_missing"),
    ("CheckSum missing", lambda: without("CheckSum"), "header_missing"),
    ("CheckSum empty", lambda: changed(CheckSum=""), "header_missing"),
    ("MD5 of another body", lambda: (sign(BODY, md5=md5_hex(b"{}")), BODY), "md5_mismatch"),
    ("body changed by one byte", lambda: (_GOOD, BODY.replace(b'"7"', b'"8"')), "md5_mismatch"),
    ("body with one byte more", lambda: (_GOOD, BODY + b" "), "md5_mismatch"),
    ("MD5 not hex", lambda: changed(MD5="z" * 32), "md5_malformed"),
    ("MD5 truncated", lambda: changed(MD5=_GOOD["MD5"][:31]), "md5_malformed"),
    ("CheckSum of another secret", lambda: signed(BODY, secret="another-secret"), "checksum_mismatch"),
    ("CheckSum of an empty secret", lambda: signed(BODY, secret=""), "checksum_mismatch"),
    ("CheckSum in upper case", lambda: changed(CheckSum=_GOOD["CheckSum"].upper()), "checksum_malformed"),
    ("CheckSum truncated", lambda: changed(CheckSum=_GOOD["CheckSum"][:39]), "checksum_malformed"),
    ("CheckSum with a prefix", lambda: changed(CheckSum="0x" + _GOOD["CheckSum"][:38]), "checksum_malformed"),
    ("CurTime changed after signing", lambda: changed(CurTime=str(int(NOW_MS) + 1)), "checksum_mismatch"),
    ("CurTime too old", lambda: signed(BODY, cur_time=str(int(NOW_MS) - 301_000)), "curtime_expired"),
    ("CurTime in seconds too old", lambda: signed(BODY, cur_time=str(int(NOW) - 3600)), "curtime_expired"),
    ("CurTime in the future", lambda: signed(BODY, cur_time=str(int(NOW_MS) + 301_000)), "curtime_in_future"),
    ("CurTime not numeric", lambda: signed(BODY, cur_time="17e11"), "curtime_malformed"),
    ("CurTime negative", lambda: signed(BODY, cur_time="-1700000000000"), "curtime_malformed"),
    ("CurTime in Arabic-Indic digits", lambda: signed(BODY, cur_time="١٧٠٠٠٠٠٠٠٠"), "curtime_malformed"),
    ("body not JSON", lambda: signed(b"eventType=1&to=lisi"), "body_not_json"),
    ("body cut short", lambda: signed(BODY[:-1]), "body_not_json"),
    ("body not UTF-8", lambda: signed(b'{"body":"\xff"}'), "body_not_json"),
    ("body a JSON array", lambda: signed(b'[{"eventType":"1"}]'), "body_not_object"),
    ("body a JSON string", lambda: signed(b'"{}"'), "body_not_object"),
    ("body JSON null", lambda: signed(b"null"), "body_not_object"),
    ("body empty", lambda: signed(b""), "body_not_json"),
    ("body over 1 MiB", lambda: signed(_BIG), "body_too_large"),
    ("MD5 twice, different", lambda: ([*_GOOD.items(), ("md5", md5_hex(b"{}"))], BODY), "header_repeated"),
    (
        "CheckSum twice in httpx.Headers",
        lambda: (httpx.Headers([*_GOOD.items(), ("CheckSum", "0" * 40)]), BODY),
        "header_repeated",
    ),
    ("CurTime as a list of two", lambda: ({**_GOOD, "CurTime": [NOW_MS, "1"]}, BODY), "header_repeated"),
]


@pytest.mark.parametrize(("case", "request_of", "reason"), REJECTIONS, ids=[case for case, _, _ in REJECTIONS])
def test_rejections_name_the_failed_check(case: str, request_of: Callable[[], tuple[Any, bytes]], reason: str) -> None:
    headers, body = request_of()
    with pytest.raises(callbacks.InvalidCallback) as caught:
        check(headers, body)
    error = caught.value
    assert error.reason == reason, case
    expected_checksum = hashlib.sha1((SECRET + md5_hex(body) + NOW_MS).encode()).hexdigest()
    for text in (str(error), repr(error), *map(str, error.args)):
        assert SECRET not in text
        assert expected_checksum not in text
        assert md5_hex(body) not in text


def test_invalid_callback_is_a_nim_error_and_pickles() -> None:
    error = callbacks.InvalidCallback("md5_mismatch", "MD5 does not match the body")
    assert isinstance(error, nimserver.NimError)
    assert nimserver.InvalidCallback is callbacks.InvalidCallback
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.reason, copy.detail, str(copy)) == (type(error), error.reason, error.detail, str(error))


def test_body_must_be_bytes_and_secret_set() -> None:
    with pytest.raises(TypeError):
        check(sign(BODY), BODY.decode())  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        callbacks.verify(sign(BODY), BODY, app_secret="")


def test_max_age_and_max_body_are_options() -> None:
    old = str(int(NOW_MS) - 3_600_000)
    assert isinstance(check(sign(BODY, cur_time=old), BODY, max_age=7200), callbacks.CopyConversationMessage)
    with pytest.raises(callbacks.InvalidCallback, match="body_too_large"):
        check(sign(BODY), BODY, max_body=len(BODY) - 1)


# ---------------------------------------------------------------- answers and de-duplication


def test_answer_helpers() -> None:
    assert callbacks.allow() == {"errCode": 0}
    assert callbacks.allow(callback_ext="ok") == {"errCode": 0, "callbackExt": "ok"}
    assert callbacks.modify(body="Hello ***") == {"errCode": 0, "modifyResponse": {"body": "Hello ***"}}
    assert callbacks.allow(modify={"ext": "{}"}) == {"errCode": 0, "modifyResponse": {"ext": "{}"}}
    assert callbacks.modify(attach='{"type":1}', ext="e", callback_ext="masked") == {
        "errCode": 0,
        "modifyResponse": {"attach": '{"type":1}', "ext": "e"},
        "callbackExt": "masked",
    }
    assert callbacks.block() == {"errCode": 1}
    assert callbacks.block(response_code=20001) == {"errCode": 1, "responseCode": 20001}
    assert callbacks.block(response_code=callbacks.RESPONSE_CODE_MAX) == {"errCode": 1, "responseCode": 20099}
    assert callbacks.received() == {}
    for code in (19999, 20100, 403):
        with pytest.raises(ValueError, match=r"20000\.\.20099"):
            callbacks.block(response_code=code)
    with pytest.raises(TypeError):
        callbacks.block(response_code=True)
    with pytest.raises(ValueError):
        callbacks.modify()
    with pytest.raises(ValueError):
        callbacks.allow(callback_ext="x" * 1025)


def test_dedup_keys() -> None:
    stored = {"eventType": "1", "fromAccount": "zhangsan", "msgidClient": "c1", "msgidServer": "184409700039655569"}
    unstored = {**stored, "msgidServer": "0"}
    notification = {"eventType": "1", "msgType": "NOTIFICATION", "msgidServer": "0", "to": "1"}
    login = {"eventType": "2", "accid": "t3", "clientType": "AOS", "timestamp": "1"}

    def key(payload: dict[str, Any]) -> str:
        body = encode(payload)
        return check(sign(body), body).dedup_key()

    assert key(stored) == "copyConversationMessage:msgidServer:184409700039655569"
    assert key(unstored) == "copyConversationMessage:msgidClient:zhangsan:c1"
    digest = hashlib.sha256(json.dumps(notification, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    assert key(notification) == f"copyConversationMessage:sha256:{digest}"
    assert key(dict(reversed(list(notification.items())))) == key(notification)  # same fields, other order
    assert key(login) == key(dict(login)) != key({**login, "timestamp": "2"})
    assert key(login).startswith("copyLogin:sha256:")


# ---------------------------------------------------------------- the wiring, through real servers

COPY = encode({"eventType": "1", "convType": "PERSON", "to": "lisi", "fromAccount": "zhangsan", "msgidServer": "7"})
CALLBACK = encode({"eventType": 1, "convType": "PERSON", "to": "lisi", "fromAccount": "zhangsan", "body": "bad"})
LOGIN = encode({"eventType": 36, "fromAccount": "wm1", "fromDeviceId": "d", "fromClientType": "AOS", "token": "t"})


def now_signed(body: bytes, **options: Any) -> dict[str, str]:
    return sign(body, cur_time=str(int(time.time() * 1000)), **options)


def decide(event: callbacks.AnyEvent) -> callbacks.Answer:
    if isinstance(event, callbacks.CallbackConversationMessage):
        if event.payload.get("body") == "bad":
            return callbacks.block(response_code=20001)
        return callbacks.modify(body="***")
    if isinstance(event, callbacks.CallbackLogin):
        return callbacks.allow()
    if isinstance(event, callbacks.UnknownEvent) and event.payload.get("fail"):
        raise RuntimeError("handler bug")
    if isinstance(event, callbacks.UnknownEvent) and event.payload.get("odd"):
        return cast(callbacks.Answer, ["not", "a", "mapping"])
    return None


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def wsgi_server(app: Any) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/nim"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@contextmanager
def uvicorn_server(app: Any) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}/nim"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def exercise(url: str) -> None:
    """What both factories must do, checked over HTTP."""
    with httpx.Client(timeout=10) as client:
        copy = client.post(url, content=COPY, headers=now_signed(COPY))
        assert (copy.status_code, copy.json()) == (200, {})
        assert copy.headers["content-type"].startswith("application/json")

        probe = client.post(url, content=b"{}", headers=now_signed(b"{}"))
        assert (probe.status_code, probe.content) == (200, b"{}")

        blocked = client.post(url, content=CALLBACK, headers=now_signed(CALLBACK))
        assert (blocked.status_code, blocked.json()) == (200, {"errCode": 1, "responseCode": 20001})
        good = CALLBACK.replace(b'"bad"', b'"fine"')
        modified = client.post(url, content=good, headers=now_signed(good))
        assert modified.json() == {"errCode": 0, "modifyResponse": {"body": "***"}}
        allowed = client.post(url, content=LOGIN, headers=now_signed(LOGIN))
        assert allowed.json() == {"errCode": 0}

        forged = client.post(url, content=COPY, headers=now_signed(COPY, secret="guess"))
        assert (forged.status_code, forged.json()) == (401, {"error": "checksum_mismatch"})
        altered = client.post(url, content=COPY + b" ", headers=now_signed(COPY))
        assert (altered.status_code, altered.json()) == (401, {"error": "md5_mismatch"})
        unsigned = client.post(url, content=COPY)
        assert (unsigned.status_code, unsigned.json()) == (401, {"error": "header_missing"})
        stale = client.post(url, content=COPY, headers=sign(COPY, cur_time="1600000000000"))
        assert (stale.status_code, stale.json()) == (401, {"error": "curtime_expired"})

        array = b"[1]"
        assert client.post(url, content=array, headers=now_signed(array)).status_code == 400
        big = b"{" + b" " * 2048 + b"}"
        assert client.post(url, content=big, headers=now_signed(big)).status_code == 413
        assert client.get(url).status_code == 405

        failing = encode({"eventType": "77", "fail": True})
        assert client.post(url, content=failing, headers=now_signed(failing)).status_code == 500
        odd = encode({"eventType": "78", "odd": True})
        assert client.post(url, content=odd, headers=now_signed(odd)).status_code == 500
        undecided = encode({"eventType": 77})
        assert client.post(url, content=undecided, headers=now_signed(undecided)).status_code == 500


def test_wsgi_app_through_wsgiref() -> None:
    app = callbacks.wsgi_app(decide, app_secret=SECRET, max_body=1024)
    with wsgi_server(app) as url:
        exercise(url)


def test_asgi_app_through_uvicorn_with_an_async_handler() -> None:
    seen: list[str] = []

    async def handler(event: callbacks.AnyEvent) -> callbacks.Answer:
        await asyncio.sleep(0)
        seen.append(event.kind)
        return decide(event)

    with uvicorn_server(callbacks.asgi_app(handler, app_secret=SECRET, max_body=1024)) as url:
        exercise(url)
    assert "copyConversationMessage" in seen and "probe" not in seen


def test_asgi_app_through_uvicorn_with_a_plain_handler() -> None:
    threads: set[str] = set()

    def handler(event: callbacks.AnyEvent) -> callbacks.Answer:
        threads.add(threading.current_thread().name)
        return decide(event)

    with uvicorn_server(callbacks.asgi_app(handler, app_secret=SECRET, max_body=1024, app_key=KEY)) as url:
        exercise(url)
        with httpx.Client() as client:
            other_app = client.post(url, content=COPY, headers={**now_signed(COPY), "AppKey": "other"})
            assert (other_app.status_code, other_app.json()) == (401, {"error": "app_key_mismatch"})
    assert threading.main_thread().name not in threads


def test_wiring_refuses_an_empty_secret() -> None:
    with pytest.raises(ValueError):
        callbacks.wsgi_app(decide, app_secret="")
    with pytest.raises(ValueError):
        callbacks.asgi_app(decide, app_secret="")


# ---------------------------------------------------------------- the model and the template, from a tiny spec

INLINE_WEBHOOKS = """
webhooks:
  copyThing:
    post:
      operationId: copyThing
      tags: [message-copy]
      summary: Receive a thing
      description: A copy of a thing.
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [eventType, scope]
              properties:
                eventType: {type: string, const: '1', description: Kind.}
                scope: {type: integer, const: 2, description: Scope.}
                msgidClient: {type: string, description: Client id.}
      responses:
        '200': {description: Receipt.}
  callbackThing:
    post:
      operationId: callbackThing
      tags: [third-party-callback]
      summary: Decide a thing
      description: A question about a thing.
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [eventType]
              properties:
                eventType: {type: integer, const: 1, description: Kind.}
      responses:
        '200':
          description: Decision.
          content:
            application/json:
              schema:
                type: object
                required: [errCode]
                properties:
                  errCode: {type: integer, enum: [0, 1], description: Decision.}
                  responseCode: {type: integer, minimum: 30000, maximum: 30009, description: Code.}
                  modifyResponse:
                    type: object
                    description: Changes.
                    properties:
                      msgBody: {type: string, description: New body.}
                  callbackExt: {type: string, description: Note.}
"""


def _inline_api(tmp_path: Path, webhooks: str) -> Any:
    from tests.test_generator import INLINE_PATHS, INLINE_ROOT

    tags = "  - {name: message-copy, description: Copies.}\n  - {name: third-party-callback, description: Callbacks.}\n"
    root = INLINE_ROOT.replace("tags:\n", "tags:\n" + tags, 1)
    (tmp_path / "openapi.yaml").write_text(root + webhooks)
    (tmp_path / "demo.yaml").write_text(INLINE_PATHS)
    return load_api(tmp_path / "openapi.yaml")


def test_model_and_template_follow_the_spec(tmp_path: Path) -> None:
    api = _inline_api(tmp_path, INLINE_WEBHOOKS)
    copy, callback = sorted(api.webhooks, key=lambda webhook: webhook.name, reverse=True)
    assert (copy.event_class, copy.discriminators, copy.id_keys, copy.is_callback) == (
        "CopyThing",
        (("eventType", "1"), ("scope", 2)),
        ("msgidClient",),
        False,
    )
    assert callback.is_callback and callback.discriminators == (("eventType", 1),)
    shape = api.callback_answer
    assert shape.response_code_range == (30000, 30009)
    assert shape.modify_keys == (("msgBody", "msg_body", "str"),)
    assert shape.callback_ext_max_length is None

    # The rendered package under another name, imported beside the real one.
    for file in render(api):
        target = tmp_path / "package" / file.path.replace("nimserver/", "demo_nim/", 1)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(file.text, encoding="utf-8")
    sys.path.insert(0, str(tmp_path / "package"))
    try:
        namespace = vars(importlib.import_module("demo_nim.callbacks"))
    finally:
        sys.path.remove(str(tmp_path / "package"))
        for name in [name for name in sys.modules if name == "demo_nim" or name.startswith("demo_nim.")]:
            del sys.modules[name]
    assert namespace["block"](response_code=30009) == {"errCode": 1, "responseCode": 30009}
    with pytest.raises(ValueError):
        namespace["block"](response_code=20001)
    assert namespace["modify"](msg_body="x") == {"errCode": 0, "modifyResponse": {"msgBody": "x"}}
    assert "CALLBACK_EXT_MAX_LENGTH" not in namespace
    kinds = namespace["KINDS"]
    assert type(classify({"eventType": "1", "scope": 2}, KEY, 0, kinds)).__name__ == "CopyThing"
    assert type(classify({"eventType": "1", "scope": "2"}, KEY, 0, kinds)).__name__ == "UnknownEvent"
    assert type(classify({"eventType": 1}, KEY, 0, kinds)).__name__ == "CallbackThing"


def test_an_answer_schema_without_the_decision_keys_is_a_spec_error(tmp_path: Path) -> None:
    broken = INLINE_WEBHOOKS.replace("errCode: {type: integer, enum: [0, 1]", "errCode: {type: integer, enum: [0, 2]")
    with pytest.raises(SpecError) as caught:
        _inline_api(tmp_path, broken)
    assert "needs errCode (enum 0, 1)" in str(caught.value)


def test_wsgi_app_reads_a_chunked_body_only_when_the_server_ends_it() -> None:
    app = callbacks.wsgi_app(decide, app_secret=SECRET)
    signed_now = now_signed(COPY)
    base = {"REQUEST_METHOD": "POST", **{f"HTTP_{name.upper()}": value for name, value in signed_now.items()}}
    statuses: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        statuses.append(status)

    terminated = b"".join(app({**base, "wsgi.input": io.BytesIO(COPY), "wsgi.input_terminated": True}, start_response))
    unterminated = b"".join(app({**base, "wsgi.input": io.BytesIO(COPY)}, start_response))
    assert (statuses, terminated, json.loads(unterminated)) == (
        ["200 OK", "401 Unauthorized"],
        b"{}",
        {"error": "md5_mismatch"},
    )


def test_the_callback_checks_load_when_first_used() -> None:
    """`import nimserver` alone leaves them out (a program that only calls the API never pays for
    them); `nimserver.InvalidCallback` loads them and is the class `nimserver.callbacks` raises."""
    program = (
        "import sys, nimserver\n"
        "assert 'nimserver._callbacks' not in sys.modules\n"
        "from nimserver import InvalidCallback, callbacks\n"
        "assert InvalidCallback is callbacks.InvalidCallback is nimserver.InvalidCallback\n"
        "try:\n"
        "    nimserver.NoSuchName\n"
        "except AttributeError as error:\n"
        "    assert 'NoSuchName' in str(error)\n"
        "else:\n"
        "    raise AssertionError('a missing name was found')\n"
    )
    generated = Path(nimserver.__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", program], check=True, env={"PYTHONPATH": str(generated)})
