"""Faults injected on loopback, sync and async: what is retried, what is
raised, how many attempts it took; failover, typed errors, request ids, raw
responses, options, logging and the cost of importing the package."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import nimserver
from nimserver import _base_client, _call
from nimserver.groups.user import _CREATE
from tests.conftest import GENERATED
from tests.fakenim import FakeNim

Call = Callable[[Any], Any]


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_call, "INITIAL_RETRY_DELAY", 0.001)


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, fake_nim: FakeNim) -> Callable[..., Any]:
    """run(call, **client_options): `call(client)` on a fresh sync or async client."""

    def sync(call: Call, **options: Any) -> Any:
        options.setdefault("base_url", fake_nim.base_url)
        with nimserver.NimClient("test-key", "test-secret", **options) as client:
            return call(client)

    def asynchronous(call: Call, **options: Any) -> Any:
        options.setdefault("base_url", fake_nim.base_url)

        async def main() -> Any:
            async with nimserver.AsyncNimClient("test-key", "test-secret", **options) as client:
                return await call(client)

        return asyncio.run(main())

    return sync if request.param == "sync" else asynchronous


def create(client: Any) -> Any:  # not safe to repeat: it creates an account
    return client.user.create(accid="zhangsan")


def get_uinfos(client: Any) -> Any:  # x-safe-to-repeat: it only reads
    return client.user.get_uinfos(accids=["zhangsan"])


@pytest.fixture
def closed_port() -> Iterator[str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    yield f"http://127.0.0.1:{port}/nimserver"


def test_connection_refused_is_retried_then_raised(
    run: Callable[..., Any], closed_port: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="nimserver")
    with pytest.raises(nimserver.TransportError, match="ConnectError") as raised:
        run(create, base_url=closed_port)
    assert not isinstance(raised.value, nimserver.TimeoutError)
    retries = [record for record in caplog.records if "retry" in record.getMessage()]
    assert [r.getMessage().split("; ")[-1].split(" in ")[0] for r in retries] == ["retry 1 of 2", "retry 2 of 2"]


def test_connection_refused_fails_over_to_a_backup(
    run: Callable[..., Any], fake_nim: FakeNim, closed_port: str
) -> None:
    def call_twice(client: Any) -> Any:
        async def both() -> tuple[Any, Any]:
            return await create(client), await create(client)

        if isinstance(client, nimserver.AsyncNimClient):
            return both()
        return create(client), create(client)

    first, second = run(call_twice, base_url=closed_port, backup_base_urls=[fake_nim.base_url], max_retries=0)
    assert first["code"] == second["code"] == 200
    assert len(fake_nim.received) == 2  # the second call went straight to the backup


def test_reset_mid_response_is_not_repeated_for_unsafe_operations(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_reset()
    with pytest.raises(nimserver.TransportError, match="RemoteProtocolError"):
        run(create)
    assert len(fake_nim.received) == 1


def test_reset_mid_response_is_retried_for_safe_operations(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_reset()
    assert run(get_uinfos)["code"] == 200
    assert len(fake_nim.received) == 2


def test_read_timeout_is_not_repeated_for_unsafe_operations(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_late(1.0)
    with pytest.raises(nimserver.TimeoutError, match="ReadTimeout"):
        run(create, timeout=0.2)
    assert len(fake_nim.received) == 1


def test_read_timeout_is_retried_for_safe_operations(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_late(1.0)
    # Each read waits at most 0.2 s; the whole call has 3 s.
    assert run(get_uinfos, timeout=httpx.Timeout(3.0, read=0.2))["code"] == 200
    assert len(fake_nim.received) == 2


def test_a_retry_needs_time_left_before_the_deadline(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_late(1.0)
    with pytest.raises(nimserver.TimeoutError, match="ReadTimeout"):
        run(get_uinfos, timeout=0.2)  # safe to repeat, but the first attempt used the whole deadline
    assert len(fake_nim.received) == 1


def test_http_502_then_200(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(502, b"<html>Bad Gateway</html>")
    assert run(create)["code"] == 200
    assert len(fake_nim.received) == 2


def test_http_503_three_times_exhausts_the_retries(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(503, b"Service Unavailable", times=3)
    with pytest.raises(nimserver.TransportError, match="HTTP status 503: Service Unavailable") as raised:
        run(create)
    assert raised.value.status_code == 503
    assert raised.value.response is not None and raised.value.response.status_code == 503
    assert len(fake_nim.received) == 3


@pytest.mark.parametrize(
    ("body", "message"),
    [(b"<html><body>Internal error</body></html>", "not JSON"), (b'{"code": 200, "info": {', "not JSON")],
    ids=["html-page", "truncated-json"],
)
def test_unusable_bodies_are_raised_at_once(
    run: Callable[..., Any], fake_nim: FakeNim, body: bytes, message: str
) -> None:
    fake_nim.reply_raw(200, body)
    with pytest.raises(nimserver.TransportError, match=message):
        run(create)
    assert len(fake_nim.received) == 1


def test_http_504_is_retried_only_for_safe_operations(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(504, b"Gateway Timeout")
    with pytest.raises(nimserver.TransportError, match="HTTP status 504"):
        run(create)  # the gateway gave up waiting: the account may have been created
    assert len(fake_nim.received) == 1

    fake_nim.reset()
    fake_nim.reply_raw(504, b"Gateway Timeout")
    assert run(get_uinfos)["code"] == 200
    assert len(fake_nim.received) == 2


def test_invalid_parameter_is_raised_at_once(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_json({"code": 414, "desc": "accid too long"})
    with pytest.raises(nimserver.InvalidParameterError) as raised:
        run(create)
    error = raised.value
    assert isinstance(error, nimserver.ApiError)
    assert (error.code, error.desc, error.endpoint) == (414, "accid too long", "user/create.action")
    assert error.request_id == fake_nim.received[0].headers["requestid"]
    assert len(fake_nim.received) == 1


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (403, nimserver.ForbiddenError),
        (404, nimserver.NotFoundError),
        (405, nimserver.InvalidParameterError),
        (417, nimserver.DuplicateError),
        (431, nimserver.DuplicateError),
        (500, nimserver.ServerError),
        (514, nimserver.ServerError),
        (803, nimserver.ApiError),
        (12345, nimserver.ApiError),
    ],
)
def test_codes_raise_their_error_class(fake_nim: FakeNim, code: int, error: type[nimserver.ApiError]) -> None:
    fake_nim.reply_json({"code": code, "desc": "nope"})
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
        with pytest.raises(nimserver.ApiError) as raised:
            create(client)
    assert type(raised.value) is error
    assert raised.value.code == code
    assert len(fake_nim.received) == 1


def test_server_busy_is_retried(fake_nim: FakeNim) -> None:
    fake_nim.reply_json({"code": 503, "desc": "busy"}, times=3)
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
        with pytest.raises(nimserver.ServerError):
            create(client)
    assert len(fake_nim.received) == 3


def test_max_retries_per_client_and_per_call(fake_nim: FakeNim) -> None:
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url, max_retries=5) as client:
        fake_nim.reply_raw(502, b"", times=5)
        assert create(client)["code"] == 200
        assert len(fake_nim.received) == 6

        fake_nim.reset()
        fake_nim.reply_raw(502, b"")
        with pytest.raises(nimserver.TransportError):
            create(client.with_options(max_retries=0))
        assert len(fake_nim.received) == 1


def test_each_attempt_is_signed_afresh_under_one_request_id(fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(502, b"", times=2)
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
        create(client)
    attempts = fake_nim.received
    assert len(attempts) == 3
    assert len({attempt.headers["nonce"] for attempt in attempts}) == 3
    assert len({attempt.headers["checksum"] for attempt in attempts}) == 3
    assert len({attempt.headers["requestid"] for attempt in attempts}) == 1


def test_backoff_grows_exponentially_with_jitter(monkeypatch: pytest.MonkeyPatch, fake_nim: FakeNim) -> None:
    monkeypatch.setattr(_call, "INITIAL_RETRY_DELAY", 0.5)
    slept: list[float] = []
    monkeypatch.setattr(_base_client.time, "sleep", slept.append)
    fake_nim.reply_raw(502, b"", times=4)
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url, max_retries=4) as client:
        create(client)
    assert len(slept) == 4
    for retry, delay in enumerate(slept):
        assert 0.5 * 2**retry * 0.5 <= delay <= 0.5 * 2**retry


def test_raw_responses_can_be_captured(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(502, b"")
    with nimserver.capture_responses() as captured:
        run(create)
    assert [response.status_code for response in captured.responses] == [502, 200]
    assert captured.response.json()["code"] == 200
    assert captured.response.request.headers["RequestId"] == fake_nim.received[-1].headers["requestid"]


def test_with_options_shares_the_pool(fake_nim: FakeNim) -> None:
    client = nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url)
    quick = client.with_options(timeout=0.2, max_retries=0)
    assert quick._http is client._http
    assert (quick.timeout, quick.max_retries) == (0.2, 0)
    assert (client.timeout, client.max_retries) == (15.0, 2)
    assert quick.user is not client.user
    fake_nim.reply_late(1.0)
    with pytest.raises(nimserver.TimeoutError):
        create(quick)
    quick.close()  # does not close the shared pool
    assert create(client)["code"] == 200
    client.close()
    assert client._http.is_closed


def test_pool_limits_are_configurable() -> None:
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1)
    client = nimserver.NimClient("k", "s", limits=limits)
    assert client._http._transport._pool._max_connections == 3  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="limits apply to the client's own pool"):
        nimserver.NimClient("k", "s", limits=limits, http_client=httpx.Client())


def test_regions_carry_backups() -> None:
    assert nimserver.NimClient("k", "s").base_urls[0] == "https://api.netease.im/nimserver"
    assert len(nimserver.NimClient("k", "s", region="sg").base_urls) > 1
    assert nimserver.NimClient("k", "s", base_url="http://x/nimserver").base_urls == ("http://x/nimserver",)


def test_debug_log_never_shows_secrets(fake_nim: FakeNim, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake_nim.reply_raw(502, b"")
    fake_nim.reply_json({"code": 414, "desc": "bad"})
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
        with pytest.raises(nimserver.ApiError) as raised:
            client.user.create(accid="zhangsan", token="user-token-value")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "user/create.action" in logged and "request_id=" in logged
    checksums = [attempt.headers["checksum"] for attempt in fake_nim.received]
    for secret in ["test-secret", "user-token-value", *checksums]:
        assert secret not in logged
        assert secret not in str(raised.value) + repr(raised.value)


def test_nim_log_environment_variable_switches_logging_on(fake_nim: FakeNim) -> None:
    code = (
        "import nimserver\n"
        f"c = nimserver.NimClient('test-key', 'test-secret', base_url={fake_nim.base_url!r})\n"
        "c.user.unblock(accid='a')\n"
    )
    env = {**os.environ, "NIM_LOG": "debug", "PYTHONPATH": str(GENERATED)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "nimserver DEBUG POST" in run.stderr
    assert "test-secret" not in run.stderr
    assert fake_nim.received[0].headers["checksum"] not in run.stderr


# What loads only with a program's first call (or first use of a name it exports), not with `import nimserver`.
CALL_MODULES = ["nimserver._call", "nimserver._checks", "nimserver._doubts", "nimserver._fields", "nimserver._paging"]


def loaded_after(statements: str) -> list[str]:
    """The nimserver modules a fresh interpreter has loaded after `statements`."""
    code = f"{statements}\nimport json, sys\nprint(json.dumps(sorted(m for m in sys.modules if m.startswith('nimserver'))))"
    env = {**os.environ, "PYTHONPATH": str(GENERATED)}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    loaded: list[str] = json.loads(run.stdout)
    return loaded


def test_import_is_cheap() -> None:
    loaded = loaded_after("import nimserver\nnimserver.NimClient('k', 's'), nimserver.AsyncNimClient('k', 's')")
    assert "nimserver._client" in loaded
    assert not [name for name in loaded if name.startswith("nimserver.groups.") or name == "nimserver.types"]
    assert not set(CALL_MODULES) & set(loaded)


@pytest.mark.parametrize(
    ("first_use", "loads"),
    [
        ("nimserver.NimClient('k', 's').user", "nimserver._fields"),  # a group's endpoints and checks
        ("nimserver.AsyncNimClient('k', 's').v2.account", "nimserver._checks"),
        ("nimserver.Page", "nimserver._paging"),
        ("nimserver.capture_responses", "nimserver._call"),
        ("from nimserver import FileInput", "nimserver._fields"),
        (
            "nimserver.NimClient('test-key', 'test-secret', base_url=BASE_URL).user.unblock(accid='a')",
            "nimserver._call",
        ),
    ],
)
def test_what_a_call_needs_loads_with_its_first_use(fake_nim: FakeNim, first_use: str, loads: str) -> None:
    assert loads in loaded_after(f"import nimserver\nBASE_URL = {fake_nim.base_url!r}\n{first_use}")


def test_each_name_loaded_on_use_is_its_module_s_own() -> None:
    from importlib import import_module

    for name, module in nimserver._LOADED_ON_USE.items():
        assert getattr(nimserver, name) is getattr(import_module(f"nimserver.{module}"), name), name
    with pytest.raises(AttributeError, match="no attribute 'Pager'"):
        nimserver.Pager  # noqa: B018


# --- The deadline, rate limits, request ids (fake clock where time matters) ---


class FakeClock:
    """A monotonic clock that only moves when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def calling(self, call: Call) -> Call:
        """`call`, made on a client whose clock and sleep are this one's."""

        def installed(client: Any) -> Any:
            client._clock = self.clock
            client._sleep = self.async_sleep if isinstance(client, nimserver.AsyncNimClient) else self.sleep
            return call(client)

        return installed


def test_a_dripping_answer_is_cut_at_the_deadline(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_dripping(0.4)  # about 16 s to send the whole body
    started = time.monotonic()
    with pytest.raises(nimserver.TimeoutError, match="timeout of 1 s") as raised:
        run(get_uinfos, timeout=1)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 1.9, elapsed
    assert isinstance(raised.value, TimeoutError)  # the builtin
    assert len(fake_nim.received) == 1  # no time was left for a retry


def test_retry_backoff_counts_against_the_deadline(
    run: Callable[..., Any], fake_nim: FakeNim, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_call, "INITIAL_RETRY_DELAY", 0.8)
    clock = FakeClock()
    fake_nim.reply_raw(502, b"", times=5)
    with pytest.raises(nimserver.TransportError, match="HTTP status 502"):
        run(clock.calling(create), timeout=1, max_retries=5)
    # The first wait (0.4 to 0.8 s) fits in 1 s; the second (0.8 to 1.6 s) would not.
    assert len(clock.slept) == 1 and 0.4 <= clock.slept[0] <= 0.8
    assert len(fake_nim.received) == 2


def test_rate_limited_call_waits_out_the_penalty(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    clock = FakeClock()
    fake_nim.reply_json({"code": 416, "desc": "api frequently"})
    assert run(clock.calling(create))["code"] == 200  # default timeout 15 s, rate_limit_wait 10 s
    assert len(clock.slept) == 1 and 10.0 <= clock.slept[0] <= 12.5
    assert len(fake_nim.received) == 2
    assert len({attempt.headers["requestid"] for attempt in fake_nim.received}) == 1


def test_rate_limit_wait_is_settable(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    clock = FakeClock()
    fake_nim.reply_json({"code": 416, "desc": "api frequently"}, times=2)
    assert run(clock.calling(create), rate_limit_wait=2, timeout=30)["code"] == 200
    assert len(clock.slept) == 2 and all(2.0 <= seconds <= 2.5 for seconds in clock.slept)


def test_rate_limited_call_is_not_retried_past_the_deadline(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    clock = FakeClock()
    fake_nim.reply_json({"code": 416, "desc": "api frequently"})
    with pytest.raises(nimserver.RateLimitedError) as raised:
        run(clock.calling(create), timeout=5)
    assert clock.slept == []
    assert raised.value.code == 416
    assert len(fake_nim.received) == 1


def test_a_callers_request_id_is_sent_on_every_attempt(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(502, b"", times=2)
    body = run(lambda client: client._call(_CREATE, {"accid": "zhangsan"}, request_id="order-42:create"))
    assert body["code"] == 200
    assert [attempt.headers["requestid"] for attempt in fake_nim.received] == ["order-42:create"] * 3


def test_the_request_id_of_a_failed_call_is_on_its_error(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_json({"code": 414, "desc": "bad"})
    with pytest.raises(nimserver.InvalidParameterError) as raised:
        run(lambda client: client.request("user/create.action", {"accid": "a"}, call_request_id="retry-me-1"))
    assert raised.value.request_id == "retry-me-1" == fake_nim.received[0].headers["requestid"]


@pytest.mark.parametrize(
    ("request_id", "error"),
    [("", ValueError), ("x" * 129, ValueError), ("has space", ValueError), ("ключ", ValueError), (42, TypeError)],
    ids=["empty", "too-long", "space", "non-ascii", "int"],
)
def test_bad_request_ids_fail_before_sending(
    run: Callable[..., Any], fake_nim: FakeNim, request_id: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match="request_id"):
        run(lambda client: client._call(_CREATE, {"accid": "a"}, request_id=request_id))
    assert fake_nim.received == []


@pytest.mark.parametrize(
    "body",
    [b'{"code": true}', b'{"code": "200"}', b'{"code": 2.5}', b'{"desc": "no code"}', b"[200]", b'"ok"', b"null"],
    ids=["bool", "str", "float", "missing", "array", "string", "null"],
)
def test_codes_that_are_not_integers_are_transport_errors(
    run: Callable[..., Any], fake_nim: FakeNim, body: bytes
) -> None:
    fake_nim.reply_raw(200, body)
    with pytest.raises(nimserver.TransportError, match=r"^user/create\.action: .*integer code") as raised:
        run(create)
    assert raised.value.endpoint == "user/create.action"
    assert len(fake_nim.received) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"[" * 600 + b"]" * 600, "nests deeper than 512 levels"),
        (b'{"code": 200, "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nests deeper than 512 levels"),
        (b'{"code": 200, "x": ' + b"[" * 100_000, "nests deeper than 512 levels"),
        (b"\xff\xfe{}", "not JSON"),
    ],
    ids=["600-levels", "100000-levels", "unclosed", "not-utf8"],
)
def test_undecodable_bodies_are_transport_errors(
    run: Callable[..., Any], fake_nim: FakeNim, body: bytes, message: str
) -> None:
    fake_nim.reply_raw(200, body)
    with pytest.raises(nimserver.TransportError, match=message):
        run(create)


def test_brackets_inside_strings_do_not_count_as_nesting(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    deep_text = "[{" * 5000
    fake_nim.reply_raw(200, json.dumps({"code": 200, "text": deep_text, "list": [[1]] * 600}).encode())
    body = run(create)
    assert body["text"] == deep_text and len(body["list"]) == 600


def test_a_body_over_max_response_size_is_refused(run: Callable[..., Any], fake_nim: FakeNim) -> None:
    fake_nim.reply_raw(200, json.dumps({"code": 200, "padding": "x" * 5000}).encode())
    with pytest.raises(nimserver.TransportError, match=r"larger than max_response_size \(4096 bytes\)"):
        run(create, max_response_size=4096)


def test_a_streamed_body_over_max_response_size_is_cut_off() -> None:
    sent: list[int] = []

    def endless(request: httpx.Request) -> httpx.Response:
        def chunks() -> Iterator[bytes]:
            for index in range(1000):  # bounded: the client must stop long before
                sent.append(index)
                yield b"x" * 1024

        return httpx.Response(200, content=chunks())  # no Content-Length: chunked

    http = httpx.Client(transport=httpx.MockTransport(endless))
    with nimserver.NimClient("k", "s", base_url="http://nim.test/nimserver", http_client=http) as client:
        with pytest.raises(nimserver.TransportError, match="larger than max_response_size"):
            client.with_options(max_response_size=10_000).user.create(accid="a")
    assert len(sent) <= 11


def test_a_raw_call_uses_retries_and_logging(
    run: Callable[..., Any], fake_nim: FakeNim, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="nimserver")
    fake_nim.reply_raw(502, b"")
    body = run(lambda client: client.request("user/create.action", {"accid": "zhangsan", "name": "张三"}))
    assert body == fake_nim.operations["/user/create.action"].success
    assert [attempt.fields for attempt in fake_nim.received] == [{"accid": "zhangsan", "name": "张三"}] * 2
    assert any("retry 1 of 2" in record.getMessage() for record in caplog.records)


def test_a_raw_call_repeats_a_timed_out_read_only_when_told_it_is_safe(
    run: Callable[..., Any], fake_nim: FakeNim
) -> None:
    timeout = httpx.Timeout(3.0, read=0.2)
    fake_nim.reply_late(1.0)
    with pytest.raises(nimserver.TimeoutError):
        run(lambda client: client.request("user/getUinfos.action", {"accids": ["a"]}), timeout=timeout)
    assert len(fake_nim.received) == 1

    fake_nim.reset()
    fake_nim.reply_late(1.0)
    raw = run(
        lambda client: client.request("user/getUinfos.action", {"accids": ["a"]}, safe_to_repeat=True),
        timeout=timeout,
    )
    assert raw["code"] == 200 and len(fake_nim.received) == 2


@pytest.mark.parametrize("scope", ["asyncio", "anyio"])
def test_async_calls_also_cut_a_dripping_head_at_the_deadline(
    fake_nim: FakeNim, monkeypatch: pytest.MonkeyPatch, scope: str
) -> None:
    """Under asyncio the client keeps the call's deadline on the loop; anyio's cancel scope, which other
    loops (trio) get, is run on asyncio here."""
    if scope == "anyio":
        monkeypatch.setattr(
            _base_client.AsyncBaseClient,
            "_cancelled_after",
            lambda client, seconds: _base_client._anyio_cancelled_after(seconds),
        )
    fake_nim.reply_dripping_head(0.2)  # about 8 s for the head alone

    async def main() -> Any:
        async with nimserver.AsyncNimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
            return await client.with_options(timeout=1).user.get_uinfos(accids=["a"])

    started = time.monotonic()
    with pytest.raises(nimserver.TimeoutError, match="timeout of 1 s"):
        asyncio.run(main())
    assert time.monotonic() - started < 1.9
