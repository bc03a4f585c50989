"""The generated client's cost against hand-written httpx code, every kind of call, in one run.

    python bench/bench_client.py [--calls N] [--rounds R] [--async-calls N] [--async-rounds R] [--only KIND|PART ...] [--drift] [--profile]

Each kind of call (v1 form POST, v1 with JSON-text arguments, v2 POST with a
JSON body, v2 GET with a query, v2 PATCH with path parameters, one page of a
paged listing, a QChat call) is measured against its own hand-written
baseline: hashlib signing, the body or query encoded by hand, httpx, the JSON
decoded and its envelope code checked, as a careful person would write it
without a client library.

- sync: CPU cost per call on an httpx.MockTransport (no network; the answer
  comes as an unread stream, as from a connection), best round
  of each side, timed with this thread's CPU clock so that time spent
  waiting for a core of a busy machine is not counted. Targets: at most
  1.10x (v1 form POST: 1.05x).
- async: throughput of 64 concurrent calls through AsyncNimClient against a
  raw httpx.AsyncClient, both to a keep-alive server in another process on
  loopback. Target: at least 1.0x. At 64 connections httpcore's async pool
  costs far more CPU per call than either side's own work (measured here:
  about 1.4 ms per call at 1 connection, 8 ms at 64), so this ratio stays
  near 1.0x and mostly shows that nothing of ours serialises the calls.
- async CPU (no target; it shows the async path's own cost, which the
  throughput above hides under httpcore's pool): CPU per call of the same
  calls through AsyncNimClient and a hand-written httpx.AsyncClient on the
  MockTransport, awaited one at a time, best round of each side.
- import: `import nimserver` against `import httpx` (its only dependency),
  each in a fresh interpreter, by the CPU time the interpreter used (less
  that of an interpreter that imports nothing), as in an environment with
  only nimserver's dependencies (httpx's optional command-line packages
  hidden). Target: at most 1.05x.

`--drift` makes the generated side's clients check every answer against the
spec (the client option `drift=True`), to measure what that costs.
`--profile` prints only where a sync call's time goes, per kind: the
generated call's stages (arguments checked and encoded, signing, httpx
building the request, sending it, the body read, the answer decoded and
checked) and the whole of each side, in microseconds under cProfile.

Rounds alternate between the two sides so that machine noise hits both; the
best round of each side is compared, and the spread of the ratio over
rounds (each round's generated time against the same round's baseline)
shows how noisy the machine was.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import hashlib
import json
import pstats
import resource
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "generated"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from loopback_server import answer_for  # noqa: E402

import nimserver  # noqa: E402

APP_KEY, APP_SECRET = "bench-key", "bench-secret"
BASE = "/nimserver"  # the base URL's path (v1 and v2 paths alike are under it)
FORM_TYPE = "application/x-www-form-urlencoded;charset=utf-8"
JSON_TYPE = "application/json;charset=utf-8"
ACCOUNT_IDS = ["zhangsan", "lisi", "wangwu", "zhaoliu", "sunqi"]


@dataclass(frozen=True)
class HandRequest:
    method: str
    path: str
    params: dict[str, str] | None = None
    content: bytes | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Kind:
    """One kind of call: the generated client's call (sync and async) and the hand-written request."""

    name: str
    generated: Callable[[nimserver.NimClient], object]
    generated_async: Callable[[nimserver.AsyncNimClient], Awaitable[object]]
    hand: Callable[[], HandRequest]
    v2: bool  # a v2 call returns the envelope's data, a v1 call the whole answer


def hand_headers(content_type: str | None) -> dict[str, str]:
    nonce = secrets.token_hex(16)
    cur_time = str(int(time.time()))
    headers = {
        "AppKey": APP_KEY,
        "Nonce": nonce,
        "CurTime": cur_time,
        "CheckSum": hashlib.sha1((APP_SECRET + nonce + cur_time).encode()).hexdigest(),
    }
    if content_type is not None:
        headers["Content-Type"] = content_type
    return headers


def hand_form(path: str, fields: dict[str, str]) -> HandRequest:
    return HandRequest("POST", f"{BASE}/{path}", content=urlencode(fields).encode(), content_type=FORM_TYPE)


def hand_json(method: str, path: str, body: dict[str, Any]) -> HandRequest:
    content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return HandRequest(method, path, content=content, content_type=JSON_TYPE)


def hand_checked(content: bytes, v2: bool) -> Any:
    result: dict[str, Any] = json.loads(content)
    if result["code"] != 200:
        raise RuntimeError(result)
    return result["data"] if v2 else result


def hand_items(data: dict[str, Any]) -> list[Any]:
    if data.get("has_more"):
        raise RuntimeError("the bench answers one page")
    return list(data["items"])


async def all_items(first_page: Awaitable[Any]) -> list[Any]:
    return [item async for item in await first_page]


KINDS = [
    Kind(
        "v1 form POST",
        lambda client: client.user.create(accid="zhangsan", name="张三"),
        lambda client: client.user.create(accid="zhangsan", name="张三"),
        lambda: hand_form("user/create.action", {"accid": "zhangsan", "name": "张三"}),
        False,
    ),
    Kind(
        "v1 JSON-text args",
        lambda client: client.user.get_uinfos(accids=ACCOUNT_IDS),
        lambda client: client.user.get_uinfos(accids=ACCOUNT_IDS),
        lambda: hand_form(
            "user/getUinfos.action", {"accids": json.dumps(ACCOUNT_IDS, ensure_ascii=False, separators=(",", ":"))}
        ),
        False,
    ),
    Kind(
        "QChat call",
        lambda client: client.qchat.create_server(accid="zhangsan", name="开发者", invite_mode=1),
        lambda client: client.qchat.create_server(accid="zhangsan", name="开发者", invite_mode=1),
        lambda: hand_form("qchat/createServer.action", {"accid": "zhangsan", "name": "开发者", "inviteMode": "1"}),
        False,
    ),
    Kind(
        "v2 POST JSON body",
        lambda client: client.v2.account.create_account(account_id="zhangsan", token="t0ken"),
        lambda client: client.v2.account.create_account(account_id="zhangsan", token="t0ken"),
        lambda: hand_json("POST", f"{BASE}/im/v2/accounts", {"account_id": "zhangsan", "token": "t0ken"}),
        True,
    ),
    Kind(
        "v2 GET query",
        lambda client: client.v2.account.batch_query_accounts(account_ids=ACCOUNT_IDS),
        lambda client: client.v2.account.batch_query_accounts(account_ids=ACCOUNT_IDS),
        lambda: HandRequest("GET", f"{BASE}/im/v2/accounts", params={"account_ids": ",".join(ACCOUNT_IDS)}),
        True,
    ),
    Kind(
        "v2 PATCH path",
        lambda client: client.v2.account.disable_account(account_id="zhangsan", enabled=False),
        lambda client: client.v2.account.disable_account(account_id="zhangsan", enabled=False),
        lambda: hand_json(
            "PATCH", f"{BASE}/im/v2/accounts/{quote('zhangsan', safe='')}/actions/disable", {"enabled": False}
        ),
        True,
    ),
    Kind(
        "v2 one page",
        lambda client: list(client.v2.friend.list_friends(account_id="zhangsan", limit=10)),
        lambda client: all_items(client.v2.friend.list_friends(account_id="zhangsan", limit=10)),
        lambda: HandRequest("GET", f"{BASE}/im/v2.1/friends", params={"account_id": "zhangsan", "limit": "10"}),
        True,
    ),
]


def hand_call(http: httpx.Client, origin: str, kind: Kind) -> Any:
    request = kind.hand()
    response = http.request(
        request.method,
        origin + request.path,
        params=request.params,
        content=request.content,
        headers=hand_headers(request.content_type),
    )
    result = hand_checked(response.content, kind.v2)
    return hand_items(result) if kind.name == "v2 one page" else result


async def hand_call_async(http: httpx.AsyncClient, origin: str, kind: Kind) -> Any:
    request = kind.hand()
    response = await http.request(
        request.method,
        origin + request.path,
        params=request.params,
        content=request.content,
        headers=hand_headers(request.content_type),
    )
    result = hand_checked(response.content, kind.v2)
    return hand_items(result) if kind.name == "v2 one page" else result


@dataclass
class Row:
    sync_generated: float = 0.0  # microseconds per call
    sync_hand: float = 0.0
    sync_spread: tuple[float, float] = (0.0, 0.0)
    async_generated: float = 0.0  # calls per second
    async_raw: float = 0.0
    async_spread: tuple[float, float] = (0.0, 0.0)
    async_cpu_generated: float = 0.0  # microseconds per call
    async_cpu_hand: float = 0.0
    async_cpu_spread: tuple[float, float] = (0.0, 0.0)


def answer(request: httpx.Request) -> httpx.Response:
    # The body as a stream, as from a connection: both sides read it and close the response as they
    # would over the network (given as content=, httpx reads it ahead and one side skips that work).
    content = answer_for(request.url.path)
    return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=httpx.ByteStream(content))


def timed_rounds(rounds: int, sides: dict[str, Callable[[], None]]) -> dict[str, list[float]]:
    """The CPU seconds of each round of each side, the sides taking turns."""
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, work in sides.items():
            started = time.thread_time()
            work()
            times[name].append(time.thread_time() - started)
    return times


def spread(first: list[float], second: list[float]) -> tuple[float, float]:
    """The lowest and highest ratio of one round's first side to the same round's second side."""
    ratios = [a / b for a, b in zip(first, second, strict=True)]
    return min(ratios), max(ratios)


def measure_sync(kinds: list[Kind], rows: dict[str, Row], calls: int, rounds: int, drift: bool = False) -> None:
    origin = "http://nim.test"
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = nimserver.NimClient(APP_KEY, APP_SECRET, base_url=origin + BASE, http_client=http, drift=drift)
    for kind in kinds:
        if kind.generated(client) != hand_call(http, origin, kind):
            raise SystemExit(f"{kind.name}: the two sides do not return the same value")

        def generated(kind: Kind = kind) -> None:
            for _ in range(calls):
                kind.generated(client)

        def hand(kind: Kind = kind) -> None:
            for _ in range(calls):
                hand_call(http, origin, kind)

        times = timed_rounds(rounds, {"generated": generated, "hand": hand})
        row = rows[kind.name]
        print(f"sync {kind.name}: {times}", file=sys.stderr)
        row.sync_generated = min(times["generated"]) / calls * 1e6
        row.sync_hand = min(times["hand"]) / calls * 1e6
        row.sync_spread = spread(times["generated"], times["hand"])


# Where a sync call's time goes: each stage is the cumulative time of one function of the call, found by
# the end of its file's path and its name.
STAGES = [
    ("checks", "nimserver/_call.py", "__init__"),  # the arguments checked and encoded
    ("signing", "nimserver/_signing.py", "signed_headers"),
    ("build", "httpx/_client.py", "build_request"),  # httpx makes the request
    ("send", "httpx/_client.py", "send"),  # httpx sends it and takes the answer's head
    ("body", "httpx/_models.py", "iter_bytes"),
    ("answer", "nimserver/_call.py", "answered"),  # decoded, its envelope checked
]


def profiled(calls: int, call: Callable[[], object]) -> dict[tuple[str, int, str], tuple[Any, ...]]:
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(calls):
        call()
    profile.disable()
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return stats


def profile_sync(kinds: list[Kind], calls: int) -> None:
    """Microseconds per sync call in each stage of the generated client's call, and the whole of the
    hand-written one, under cProfile (which slows every Python function call: the shares matter more
    than the sums)."""
    origin = "http://nim.test"
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = nimserver.NimClient(APP_KEY, APP_SECRET, base_url=origin + BASE, http_client=http)
    print(f"{'profile (sync, us)':<20} {'hand':>7} {'ours':>7}" + "".join(f" {name:>7}" for name, _, _ in STAGES))
    for kind in kinds:
        kind.generated(client)  # the first call loads what calls need
        hand_call(http, origin, kind)
        hand = profiled(calls, partial(hand_call, http, origin, kind))
        ours = profiled(calls, partial(kind.generated, client))
        stages = [
            sum(
                cumulative
                for (path, _, name), (_, _, _, cumulative, _) in ours.items()
                if name == function and path.replace("\\", "/").endswith(path_end)
            )
            for _, path_end, function in STAGES
        ]
        line = f"{kind.name:<20}"
        for seconds in [sum(entry[2] for entry in side.values()) for side in (hand, ours)] + stages:
            line += f" {seconds / calls * 1e6:7.1f}"
        print(line)
    http.close()


def measure_async_cpu(kinds: list[Kind], rows: dict[str, Row], calls: int, rounds: int, drift: bool = False) -> None:
    asyncio.run(_async_cpu(kinds, rows, calls, rounds, drift))


async def _async_cpu(kinds: list[Kind], rows: dict[str, Row], calls: int, rounds: int, drift: bool) -> None:
    origin = "http://nim.test"
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    client = nimserver.AsyncNimClient(APP_KEY, APP_SECRET, base_url=origin + BASE, http_client=http, drift=drift)
    for kind in kinds:
        if await kind.generated_async(client) != await hand_call_async(http, origin, kind):
            raise SystemExit(f"async {kind.name}: the two sides do not return the same value")
        times: dict[str, list[float]] = {"generated": [], "hand": []}
        for _ in range(rounds):  # the sides take turns, as in timed_rounds
            started = time.thread_time()
            for _ in range(calls):
                await kind.generated_async(client)
            times["generated"].append(time.thread_time() - started)
            started = time.thread_time()
            for _ in range(calls):
                await hand_call_async(http, origin, kind)
            times["hand"].append(time.thread_time() - started)
        print(f"async CPU {kind.name}: {times}", file=sys.stderr)
        row = rows[kind.name]
        row.async_cpu_generated = min(times["generated"]) / calls * 1e6
        row.async_cpu_hand = min(times["hand"]) / calls * 1e6
        row.async_cpu_spread = spread(times["generated"], times["hand"])
    await http.aclose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def gather_bounded(calls: int, concurrency: int, one: Callable[[], Awaitable[object]]) -> None:
    limit = asyncio.Semaphore(concurrency)

    async def bounded() -> None:
        async with limit:
            await one()

    await asyncio.gather(*(bounded() for _ in range(calls)))


def measure_async(
    kinds: list[Kind], rows: dict[str, Row], calls: int, rounds: int, concurrency: int = 64, drift: bool = False
) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).parent / "loopback_server.py"), str(port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    origin = f"http://127.0.0.1:{port}"
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    # httpx writes a request's head and body separately; without TCP_NODELAY,
    # Nagle's algorithm and delayed ACKs stall every request by ~40 ms.
    no_delay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]

    # Deadlines far away on both sides: on a busy machine a round can stall for seconds.
    timeout = 600.0

    def pool() -> httpx.AsyncClient:
        transport = httpx.AsyncHTTPTransport(limits=limits, socket_options=no_delay)
        return httpx.AsyncClient(transport=transport, timeout=timeout)

    async def measure() -> None:
        raw = pool()
        client = nimserver.AsyncNimClient(
            APP_KEY, APP_SECRET, base_url=origin + BASE, http_client=pool(), timeout=timeout, drift=drift
        )
        for kind in kinds:
            if await kind.generated_async(client) != await hand_call_async(raw, origin, kind):
                raise SystemExit(f"{kind.name}: the two sides do not return the same value")

            async def raw_call(kind: Kind = kind) -> None:
                await hand_call_async(raw, origin, kind)

            async def generated_call(kind: Kind = kind) -> None:
                await kind.generated_async(client)

            sides = {"generated": generated_call, "raw": raw_call}
            for one in sides.values():  # warm the pools: connections are opened once
                await gather_bounded(concurrency, concurrency, one)
            times: dict[str, list[float]] = {name: [] for name in sides}
            for _ in range(rounds):
                for name, one in sides.items():
                    started = time.perf_counter()
                    await gather_bounded(calls, concurrency, one)
                    times[name].append(time.perf_counter() - started)
            row = rows[kind.name]
            print(f"async {kind.name}: {times}", file=sys.stderr)
            row.async_generated = calls / min(times["generated"])
            row.async_raw = calls / min(times["raw"])
            row.async_spread = spread(times["raw"], times["generated"])
        await raw.aclose()
        await client._http.aclose()

    try:
        asyncio.run(measure())
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# `import httpx` also loads httpx's command line (click, rich, pygments) where those are installed, as in
# this repository's environment (about 45 ms more). An app's environment with only nimserver's own
# dependencies has none of them, so every interpreter below is run as if they were not installed.
WITHOUT_HTTPX_CLI = """
import sys
class NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("click", "rich", "pygments"):
            raise ModuleNotFoundError(name)
sys.meta_path.insert(0, NotInstalled())
"""


def import_times(repeat: int) -> tuple[float, float, tuple[float, float]]:
    """Least CPU time of importing nimserver and httpx (interpreter start subtracted), and the spread."""
    env = {"PYTHONPATH": str(REPOSITORY / "generated")}
    statements = {
        name: WITHOUT_HTTPX_CLI + statement
        for name, statement in {"bare": "pass", "httpx": "import httpx", "nimserver": "import nimserver"}.items()
    }
    samples: dict[str, list[float]] = {name: [] for name in statements}
    for _ in range(repeat):
        for name, statement in statements.items():
            started = children_cpu()
            subprocess.run([sys.executable, "-c", statement], check=True, env=env)
            samples[name].append(children_cpu() - started)
    bare = min(samples["bare"])
    per_round = [
        (n - b) / (h - b) for n, h, b in zip(samples["nimserver"], samples["httpx"], samples["bare"], strict=True)
    ]
    return min(samples["nimserver"]) - bare, min(samples["httpx"]) - bare, (min(per_round), max(per_round))


def print_table(rows: dict[str, Row], imports: tuple[float, float, tuple[float, float]] | None) -> None:
    print(
        f"{'kind':<20} {'sync us':>8} {'hand us':>8} {'ratio':>6} {'(spread)':>12}"
        f" {'async/s':>8} {'raw/s':>8} {'ratio':>6} {'(spread)':>12}"
    )
    for name, row in rows.items():
        line = f"{name:<20}"
        if row.sync_hand:
            low, high = row.sync_spread
            line += (
                f" {row.sync_generated:8.1f} {row.sync_hand:8.1f} {row.sync_generated / row.sync_hand:5.2f}x"
                f" {f'({low:.2f}-{high:.2f})':>12}"
            )
        else:
            line += " " * 37
        if row.async_raw:
            low, high = row.async_spread
            line += (
                f" {row.async_generated:8.0f} {row.async_raw:8.0f} {row.async_generated / row.async_raw:5.2f}x"
                f" {f'({low:.2f}-{high:.2f})':>12}"
            )
        print(line)
    if any(row.async_cpu_hand for row in rows.values()):
        print(f"{'async CPU per call':<20} {'ours us':>8} {'hand us':>8} {'ratio':>6} {'(spread)':>12}  (no target)")
        for name, row in rows.items():
            if row.async_cpu_hand:
                low, high = row.async_cpu_spread
                print(
                    f"{name:<20} {row.async_cpu_generated:8.1f} {row.async_cpu_hand:8.1f}"
                    f" {row.async_cpu_generated / row.async_cpu_hand:5.2f}x {f'({low:.2f}-{high:.2f})':>12}"
                )
    if imports is not None:
        nim, bare_httpx, (low, high) = imports
        print(
            f"{'import':<20} {nim * 1000:6.0f}ms {bare_httpx * 1000:6.0f}ms {nim / bare_httpx:5.2f}x"
            f" {f'({low:.2f}-{high:.2f})':>12}"
        )
    print("targets: sync <= 1.10x (v1 form POST <= 1.05x), async >= 1.00x, import <= 1.05x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=500, help="sync calls per round")
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--async-calls", type=int, default=640, help="async calls per round")
    parser.add_argument("--async-rounds", type=int, default=7)
    parser.add_argument("--import-rounds", type=int, default=21)
    parser.add_argument(
        "--only", nargs="*", help="kinds to measure (a word of their name), or sync, async, async-cpu, import"
    )
    parser.add_argument("--drift", action="store_true", help="the generated clients check answers (drift=True)")
    parser.add_argument("--profile", action="store_true", help="only where a sync call's time goes, per kind")
    args = parser.parse_args()
    only = [word.lower() for word in args.only or []]
    parts = {"sync", "async", "async-cpu", "import"}
    wanted_parts = {word for word in only if word in parts} or parts
    words = [word for word in only if word not in parts]
    kinds = [kind for kind in KINDS if not words or any(word in kind.name.lower() for word in words)]
    if args.profile:
        profile_sync(kinds, args.calls)
        return
    rows = {kind.name: Row() for kind in kinds}
    if "sync" in wanted_parts:
        measure_sync(kinds, rows, args.calls, args.rounds, args.drift)
    if "async" in wanted_parts:
        measure_async(kinds, rows, args.async_calls, args.async_rounds, drift=args.drift)
    if "async-cpu" in wanted_parts:
        measure_async_cpu(kinds, rows, args.calls, args.rounds, args.drift)
    imports = import_times(args.import_rounds) if "import" in wanted_parts else None
    print_table(rows, imports)


if __name__ == "__main__":
    main()
