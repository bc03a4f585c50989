"""The defects found by fault, load and security runs (issue 22), each held on
real parts: paging with offsets given as text and with cursors that cycle,
credentials in base URLs, signing headers on errors and captures, the CLI's
usage errors, the fake under 64 clients at once, slow and deep callback
bodies, the log volume of refusals, a full local pool, transport messages and
the raw v2 call's path check; and a short run of the soak benchmark."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import pickle
import re
import socket
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import nimserver
from nimserver import PagingError, _call, callbacks
from nimserver._callbacks import _RefusalLog
from nimserver._cli import main as cli_main
from nimserver.testing import FakeNim as ShippedFake
from tests.conftest import REPOSITORY
from tests.fakenim import FakeNim
from tests.test_callbacks import COPY, SECRET, decide, encode, now_signed, uvicorn_server, wsgi_server
from tests.v2server import RecordingServer

Call = Callable[[Any], Any]


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_call, "INITIAL_RETRY_DELAY", 0.001)


def on(base_url: str, kind: str) -> Callable[..., Any]:
    """run(call, **options): `call(client)` on a fresh sync or async client of `base_url`."""

    def sync(call: Call, **options: Any) -> Any:
        with nimserver.NimClient("test-key", "test-secret", base_url=base_url, **options) as client:
            return call(client)

    def asynchronous(call: Call, **options: Any) -> Any:
        async def main() -> Any:
            async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=base_url, **options) as client:
                return await call(client)

        return asyncio.run(main())

    return sync if kind == "sync" else asynchronous


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as running:
        yield running


# ---------------------------------------------------------------- paging


def walk(page_of: Call, kind: str) -> Call:
    """A call that fetches the first page and returns every item of the walk (sync or async)."""
    if kind == "sync":
        return lambda client: list(page_of(client))

    async def items(client: Any) -> list[Any]:
        first = await page_of(client)
        return [item async for item in first]

    return items


def members(names: list[str], **data: Any) -> dict[str, Any]:
    return {"code": 200, "msg": "success", "data": {"items": [{"account_id": n} for n in names], **data}}


@pytest.mark.parametrize("offset", [40, "40", "0040"], ids=["int", "text", "zero-padded-text"])
def test_an_offset_given_as_text_counts_as_its_number(kind: str, server: RecordingServer, offset: int | str) -> None:
    # The answers leave `offset` out (the spec allows it): the next page starts after the items so far.
    pages = [[f"m{start + index}" for index in range(20)] for start in (40, 60, 80)]
    for number, names in enumerate(pages):
        server.reply(members(names, has_more=number < 2))
    items = on(server.base_url, kind)(
        walk(
            lambda client: client.v2.chatroom_member.list_tagged_members(room_id=1, tag="t", limit=20, offset=offset),
            kind,
        )
    )
    assert [item["account_id"] for item in items] == [name for names in pages for name in names]
    assert [int(dict(arrived.query)["offset"]) for arrived in server.arrived] == [40, 60, 80]


def friends(names: list[str], token: str | None) -> dict[str, Any]:
    data = {"items": [{"friend_account_id": n} for n in names], "has_more": token is not None}
    return {"code": 200, "msg": "success", "data": {**data, "next_token": token or ""}}


@pytest.mark.parametrize(
    "tokens",
    [["A", "B", "A"], ["A", "B", "C", "B"], ["A", "B", "C", "D", "A"]],
    ids=["A-B-A", "A-B-C-B", "A-B-C-D-A"],
)
def test_a_cursor_that_cycles_raises_when_it_comes_round(kind: str, server: RecordingServer, tokens: list[str]) -> None:
    for number, token in enumerate(tokens):
        server.reply(friends([f"f{number}"], token))
    with pytest.raises(PagingError, match="next_token it sent before"):
        on(server.base_url, kind)(walk(lambda client: client.v2.friend.list_friends(account_id="zhangsan"), kind))
    # One request per distinct position: the walk stops before asking for a page it has had.
    assert len(server.arrived) == len(tokens)


def test_an_offset_that_goes_back_raises(kind: str, server: RecordingServer) -> None:
    for names, offset in ((["a", "b"], 2), (["c", "d"], 4), (["a", "b"], 2)):
        server.reply(members(names, has_more=True, offset=offset))
    with pytest.raises(PagingError, match="where an earlier page started"):
        on(server.base_url, kind)(
            walk(lambda client: client.v2.chatroom_member.list_tagged_members(room_id=1, tag="t", limit=2), kind)
        )
    assert len(server.arrived) == 3


# ---------------------------------------------------------------- credentials in base URLs

USER_INFO_URLS = [
    "http://user:hunter2pass@127.0.0.1:9/nimserver",
    "https://:hunter2pass@api.netease.im/nimserver",
    "http://api.test@evil.test/nimserver",
    "http://hunter2pass@[::1]:8080/nimserver",
    "http://a:hunter2@pass@evil.test/nimserver",
]


@pytest.mark.parametrize("url", USER_INFO_URLS)
def test_a_base_url_with_user_info_is_refused_without_showing_it(url: str) -> None:
    for client_class in (nimserver.NimClient, nimserver.AsyncNimClient):
        for options in ({"base_url": url}, {"backup_base_urls": [url]}):
            with pytest.raises(ValueError, match="user-info") as raised:
                client_class("test-key", "test-secret", **options)
            message = str(raised.value)
            assert "hunter2" not in message and "pass@" not in message and "api.test@" not in message


def test_the_cli_refuses_a_base_url_with_user_info(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli_main(["--dry-run", "--base-url", USER_INFO_URLS[0], "user", "create", "--accid", "zhangsan"])
    out, err = capsys.readouterr()
    assert code == 2 and "user-info" in err
    assert "hunter2" not in out + err


# ---------------------------------------------------------------- signing headers on errors and captures


def exposed(error: BaseException) -> bytes:
    """Everything an application could log, pickle or send on about an error, as bytes."""
    record = logging.LogRecord("app", logging.ERROR, __file__, 1, "failed", (), (type(error), error, None))
    parts = [
        pickle.dumps(error),
        str(error).encode(),
        repr(error).encode(),
        "".join(traceback.format_exception(error)).encode(),
        logging.Formatter().format(record).encode(),
    ]
    chained: BaseException | None = error
    while chained is not None:  # the error, its __context__, theirs ...
        for holder in (chained, getattr(chained, "response", None)):
            try:
                request = getattr(holder, "request", None)
            except RuntimeError:  # an httpx error without a request
                request = None
            if isinstance(request, httpx.Request):
                parts.append(b"".join(name + b": " + value for name, value in request.headers.raw))
        chained = chained.__context__
    return b"\n".join(parts)


def signatures(fake: FakeNim) -> list[bytes]:
    return [received.headers[name].encode() for received in fake.received for name in ("checksum", "nonce")]


FAILURES: dict[str, Callable[[FakeNim], None]] = {
    "api-error": lambda fake: fake.reply_json({"code": 414, "desc": "bad"}),
    "http-502": lambda fake: fake.reply_raw(502, b"bad gateway", times=3),
    "reset": lambda fake: fake.reply_reset(),
    "read-timeout": lambda fake: fake.reply_late(1.0),
}


@pytest.mark.parametrize("failure", FAILURES)
def test_no_error_exposes_the_signing_headers(kind: str, fake_nim: FakeNim, failure: str) -> None:
    FAILURES[failure](fake_nim)
    with pytest.raises(nimserver.NimError) as raised:
        on(fake_nim.base_url, kind)(
            lambda client: client.user.create(accid="zhangsan"), timeout=httpx.Timeout(5.0, read=0.3)
        )
    blob = exposed(raised.value)
    assert fake_nim.received and b"(redacted)" in blob  # the request is shown, its signature is not
    for value in signatures(fake_nim):
        assert value not in blob
    assert b"test-secret" not in blob


def test_captured_responses_do_not_carry_the_signing_headers(kind: str, fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(502, b"bad gateway")
    with nimserver.capture_responses() as captured:
        on(fake_nim.base_url, kind)(lambda client: client.user.create(accid="zhangsan"))
    assert len(captured.responses) == 2
    for response in captured.responses:
        headers = response.request.headers
        assert [headers[name] for name in ("CheckSum", "Nonce", "CurTime")] == ["(redacted)"] * 3
        assert headers["AppKey"] == "test-key" and headers["RequestId"]
        raw = b"".join(name + value for name, value in headers.raw)
        assert not any(value in raw for value in signatures(fake_nim))
        assert response.request.content  # the body is still there to read


def test_a_transport_that_keeps_its_requests_keeps_them_signed() -> None:
    kept: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        kept.append(request)
        return httpx.Response(200, json={"code": 414, "desc": "bad"})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with nimserver.NimClient("k", "s", http_client=http) as client, pytest.raises(nimserver.ApiError) as raised:
        client.user.create(accid="zhangsan")
    assert raised.value.response is not None
    assert raised.value.response.request.headers["CheckSum"] == "(redacted)"
    assert len(kept[0].headers["CheckSum"]) == 40  # what the transport saw is left alone


# ---------------------------------------------------------------- the command line


@pytest.mark.parametrize(
    "words",
    [
        ["--app-secret", "S3cretValue", "user", "create", "--accid", "a"],
        ["user", "create", "--app-secret", "S3cretValue", "--accid", "a"],
        ["user", "create", "--accid", "a", "--app-secret=S3cretValue"],
        ["-s", "S3cretValue", "user", "create", "--accid", "a"],
        ["v2", "account", "create-account", "--account-id", "a", "--secret", "S3cretValue"],
        ["call", "user/create.action", "accid=a", "--token", "S3cretValue"],
    ],
)
def test_the_cli_never_prints_the_value_of_an_unknown_option(
    words: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli_main(words)
    out, err = capsys.readouterr()
    assert code == 2
    assert "S3cretValue" not in out + err
    assert re.search(r"unknown option -", err)


def test_the_cli_still_names_a_mistyped_group(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["usre", "create", "--accid", "a"]) == 2
    assert "invalid choice: 'usre'" in capsys.readouterr().err


# ---------------------------------------------------------------- the shipped fake under load


def test_the_fake_serves_64_clients_connecting_at_once() -> None:
    fake = ShippedFake()
    errors: list[BaseException] = []
    with fake.serve() as url:
        start = threading.Barrier(64)

        def create(number: int) -> None:
            with fake_client(url) as client:
                start.wait(timeout=30)
                try:
                    client.user.create(accid=f"user{number}")
                except nimserver.NimError as error:
                    errors.append(error)

        threads = [threading.Thread(target=create, args=(number,)) for number in range(64)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert errors == []
    assert len(fake.requests_to("user/create")) == 64


def fake_client(url: str) -> nimserver.NimClient:
    # Not retried: a reset connection must show, not be papered over.
    return nimserver.NimClient("test-app-key", "test-app-secret", base_url=url, max_retries=0, timeout=20)


# ---------------------------------------------------------------- callback apps: slow and deep bodies

SLOW_BODY_TIMEOUT = 0.3  # seconds; the sender below needs 50 ms a byte, about 5 s for the whole copy


def drip(port: int, body: bytes, headers: dict[str, str], interval: float = 0.05) -> tuple[int, int]:
    """Send the head, then the body a byte every `interval` s until the server answers: (status, bytes sent)."""
    head = f"POST /nim HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {len(body)}\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
    sent = 0
    answered = threading.Event()
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(head.encode())

        def trickle() -> None:
            nonlocal sent
            for index in range(len(body)):
                if answered.is_set():
                    return
                try:
                    sock.send(body[index : index + 1])
                except OSError:  # the server answered and closed
                    return
                sent += 1
                answered.wait(interval)

        sender = threading.Thread(target=trickle)
        sender.start()
        try:
            reply = sock.recv(65536)
        finally:
            answered.set()
            sender.join(30)
    return int(reply.split(b" ", 2)[1]), sent


@pytest.mark.parametrize("server_of", [wsgi_server, uvicorn_server], ids=["wsgiref", "uvicorn"])
def test_a_body_sent_too_slowly_is_answered_408_and_the_server_goes_on(server_of: Any) -> None:
    factory = callbacks.wsgi_app if server_of is wsgi_server else callbacks.asgi_app
    app = factory(decide, app_secret=SECRET, body_timeout=SLOW_BODY_TIMEOUT)
    with server_of(app) as url:
        port = httpx.URL(url).port
        assert port is not None
        status, sent = drip(port, COPY, now_signed(COPY))
        assert status == 408
        assert sent < len(COPY)  # answered before the body was in
        with httpx.Client(timeout=10) as client:  # a copy sent in one go is served as before
            answer = client.post(url, content=COPY, headers=now_signed(COPY))
        assert (answer.status_code, answer.json()) == (200, {})


def test_a_body_timeout_must_be_positive() -> None:
    for factory in (callbacks.wsgi_app, callbacks.asgi_app):
        for bad in (0, -1.0, float("nan")):
            with pytest.raises(ValueError, match="body_timeout"):
                factory(decide, app_secret=SECRET, body_timeout=bad)


def nested(depth: int, shape: str) -> bytes:
    opener, closer = {"array": (b"[", b"]"), "object": (b'{"a":', b"}"), "mixed": (b'[{"a":', b"}]")}[shape]
    return b'{"x":' + opener * depth + b"1" + closer * depth + b"}"


@pytest.mark.parametrize("shape", ["array", "object", "mixed"])
@pytest.mark.parametrize("depth", [sys.getrecursionlimit() + 10, 100_000])
def test_a_deeply_nested_signed_body_is_refused_not_a_crash(shape: str, depth: int) -> None:
    body = nested(depth, shape)
    with pytest.raises(callbacks.InvalidCallback) as raised:
        callbacks.verify(now_signed(body), body, app_secret=SECRET)
    assert raised.value.reason == "body_not_json"
    for factory in (callbacks.wsgi_app, callbacks.asgi_app):
        status, reply = call_app(factory(decide, app_secret=SECRET, max_body=len(body) + 1), body, now_signed(body))
        assert (status, json.loads(reply)) == (400, {"error": "body_not_json"})


def call_app(app: Any, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    """One POST to a WSGI or ASGI app in process: (status, body)."""
    if not asyncio.iscoroutinefunction(app):
        environ = {
            "REQUEST_METHOD": "POST",
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body),
            **{"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()},
        }
        statuses: list[str] = []
        reply = b"".join(app(environ, lambda status, _headers: statuses.append(status)))
        return int(statuses[0].split()[0]), reply
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    raw = [(name.lower().encode(), value.encode()) for name, value in headers.items()]
    asyncio.run(app({"type": "http", "method": "POST", "headers": raw}, receive, send))
    return sent[0]["status"], sent[1]["body"]


# ---------------------------------------------------------------- log volume of refusals


@pytest.mark.parametrize("factory", [callbacks.wsgi_app, callbacks.asgi_app], ids=["wsgi", "asgi"])
def test_a_thousand_forged_requests_make_one_warning(factory: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="nimserver")
    app = factory(decide, app_secret=SECRET)
    for number in range(1000):
        body = encode({"eventType": "1", "n": number})
        status, _ = call_app(app, body, now_signed(body, secret="guess"))
        assert status == 401
    records = [record for record in caplog.records if record.name == "nimserver"]
    warnings = [record.getMessage() for record in records if record.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "1 request refused" in warnings[0]
    refusals = [record.getMessage() for record in records if record.levelno == logging.DEBUG]
    assert len(refusals) == 1000
    assert all(message.count("refused") == 1 for message in refusals)  # no "callback refused: callback refused"
    assert "refused: callback refused" not in warnings[0]


def test_the_refusal_warning_counts_what_it_held_back(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="nimserver")
    now = [0.0]
    log = _RefusalLog(interval=60.0, clock=lambda: now[0])
    for second in range(300):  # 5 refusals a second for 5 minutes
        now[0] = float(second)
        for _ in range(5):
            log.refused("callback refused: checksum_mismatch")
    counts = [int(record.getMessage().split(": ", 1)[1].split()[0]) for record in caplog.records]
    assert counts == [1, 300, 300, 300, 300]  # at 0 s, 60 s, 120 s, ...: each refusal counted once
    assert all(record.levelno == logging.WARNING for record in caplog.records)


# ---------------------------------------------------------------- transport


class _CountingServer(ThreadingHTTPServer):
    """Answers POSTs with {"code": 200} on keep-alive connections, 64 at a time (each waits until
    64 are in, so that 64 calls are truly at once), and counts the connections."""

    daemon_threads = True
    request_queue_size = 128
    connections = 0
    together = threading.Barrier(64)

    def get_request(self) -> tuple[socket.socket, Any]:
        self.connections += 1
        return super().get_request()


class _Ok(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        assert isinstance(self.server, _CountingServer)
        self.server.together.wait(timeout=20)
        body = b'{"code":200,"uinfos":[]}'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_64_concurrent_async_calls_reuse_their_connections() -> None:
    counting = _CountingServer(("127.0.0.1", 0), _Ok)
    thread = threading.Thread(target=counting.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{counting.server_address[1]}/nimserver"

    async def rounds() -> None:
        async with nimserver.AsyncNimClient("k", "s", base_url=url) as client:
            for _ in range(4):
                await asyncio.gather(*(client.user.get_uinfos(accids=[f"u{n}"]) for n in range(64)))

    try:
        asyncio.run(rounds())
    finally:
        counting.shutdown()
        counting.server_close()
    # Each of the 64 calls at a time keeps its connection for the next round.
    assert counting.connections <= 64


def test_a_full_local_pool_is_not_a_server_fault(
    kind: str, fake_nim: FakeNim, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="nimserver")
    with socket.socket() as sock:  # a backup that is never to be tried
        sock.bind(("127.0.0.1", 0))
        backup = f"http://127.0.0.1:{sock.getsockname()[1]}/nimserver"
    fake_nim.reply_late(1.0)  # the first call holds the pool's only connection for a second
    options: dict[str, Any] = {
        "base_url": fake_nim.base_url,
        "backup_base_urls": [backup],
        "limits": httpx.Limits(max_connections=1),
        "timeout": httpx.Timeout(5.0, pool=0.2),
        "max_retries": 0,
    }

    def first_arrived() -> None:
        for _ in range(500):
            if fake_nim.received:
                return
            threading.Event().wait(0.01)
        raise AssertionError("the first call never arrived")

    error: BaseException | None = None
    if kind == "sync":
        with nimserver.NimClient("test-key", "test-secret", **options) as client:
            holder = threading.Thread(target=client.user.get_uinfos, kwargs={"accids": ["a"]})
            holder.start()
            first_arrived()
            try:
                client.user.get_uinfos(accids=["b"])
            except nimserver.NimError as raised:
                error = raised
            holder.join(10)
            base_url = client.base_url
    else:

        async def main() -> tuple[BaseException | None, str]:
            async with nimserver.AsyncNimClient("test-key", "test-secret", **options) as client:
                holder = asyncio.create_task(client.user.get_uinfos(accids=["a"]))
                await asyncio.to_thread(first_arrived)
                try:
                    await client.user.get_uinfos(accids=["b"])
                except nimserver.NimError as raised:
                    caught: BaseException | None = raised
                else:
                    caught = None
                await holder
                return caught, client.base_url

        error, base_url = asyncio.run(main())
    assert isinstance(error, nimserver.TimeoutError)
    assert re.search(r"PoolTimeout: no connection of the client's own pool came free within 0.2 s", str(error))
    assert base_url == fake_nim.base_url
    assert not any("unreachable" in record.getMessage() for record in caplog.records)
    assert len(fake_nim.received) == 1


TRANSPORT_FAILURES = [
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.CloseError,
    httpx.RemoteProtocolError,
    httpx.LocalProtocolError,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
]


@pytest.mark.parametrize("failure", TRANSPORT_FAILURES, ids=lambda failure: failure.__name__)
def test_a_transport_failure_with_an_empty_message_says_what_happened(failure: type[httpx.TransportError]) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise failure("", request=request)

    http = httpx.Client(transport=httpx.MockTransport(fail))
    only = {"base_url": "http://127.0.0.1:9/nimserver"}  # no backup: one attempt, with the whole 7 s
    with nimserver.NimClient("k", "s", http_client=http, max_retries=0, timeout=7, **only) as client:
        with pytest.raises(nimserver.TransportError) as raised:
            client.user.create(accid="zhangsan")
    message = str(raised.value)
    assert re.search(rf"{failure.__name__}: \w+", message), message
    assert not message.rstrip().endswith(":")
    if issubclass(failure, httpx.TimeoutException):
        assert "7 s" in message


@pytest.mark.parametrize(
    "path", ["im/v2/%2e%2e/secret", "im/v2/%2E%2E/secret", "im/v2/.%2e/x", "im/v2/a/%2e", "im/v2/%2e%2E"]
)
def test_the_raw_v2_call_refuses_escaped_dot_segments(kind: str, server: RecordingServer, path: str) -> None:
    with pytest.raises(ValueError, match=r"'\.\.' segments"):
        on(server.base_url, kind)(lambda client: client.v2.request("GET", path))
    assert server.arrived == []


def test_the_raw_v2_call_still_takes_escaped_ids(kind: str, server: RecordingServer) -> None:
    on(server.base_url, kind)(lambda client: client.v2.request("GET", "im/v2/accounts/a%2Eb%7C%2e%2e%2Fx"))
    assert server.arrived[0].raw_path == "/nimserver/im/v2/accounts/a%2Eb%7C%2e%2e%2Fx"


# ---------------------------------------------------------------- the soak benchmark, short


@pytest.mark.parametrize("mode", ["async", "threads"])
def test_a_short_soak_loses_and_repeats_no_write(mode: str) -> None:
    finished = subprocess.run(
        [sys.executable, str(REPOSITORY / "bench" / "soak.py"), "--calls", "400", "--mode", mode, "--json"],
        capture_output=True,
        text=True,
        timeout=240,
        check=True,
    )
    report = json.loads(finished.stdout.strip().splitlines()[-1])
    assert report["calls"] == 400
    assert report["lost"] == 0 and report["repeated"] == 0
    assert report["retries"] > 0  # the faults did happen and were retried
    assert report["succeeded"] + report["failed"] == 400
