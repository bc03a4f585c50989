"""The generated client's cost against hand-written httpx code, measured in one run.

    python bench/bench_client.py [--calls N] [--rounds R]

1. Per-call CPU overhead: `client.user.create(...)` on an httpx.MockTransport
   (no network) against a minimal hand-written call (hashlib signing,
   urlencode, httpx post, json) on the same transport. Target: at most 1.25x.
2. Async throughput on loopback: 64 concurrent calls through AsyncNimClient
   against the same requests through a raw httpx.AsyncClient, both to a small
   keep-alive server in another process. Target: at least 0.9x.
3. `import nimserver` time against `import httpx` (its only dependency),
   each in a fresh interpreter.

Rounds alternate between the two sides so that machine noise hits both; the
best round of each side is compared.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import secrets
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

REPOSITORY = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPOSITORY / "generated"))

import nimserver  # noqa: E402

APP_KEY, APP_SECRET = "bench-key", "bench-secret"
ANSWER = {"code": 200, "info": {"accid": "zhangsan", "token": "t"}}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=ANSWER)


def hand_signed_request() -> tuple[dict[str, str], bytes]:
    """Headers and body as a careful person would write them without a client library."""
    nonce = secrets.token_hex(16)
    cur_time = str(int(time.time()))
    headers = {
        "AppKey": APP_KEY,
        "Nonce": nonce,
        "CurTime": cur_time,
        "CheckSum": hashlib.sha1((APP_SECRET + nonce + cur_time).encode()).hexdigest(),
        "Content-Type": "application/x-www-form-urlencoded;charset=utf-8",
    }
    return headers, urlencode({"accid": "zhangsan", "name": "张三"}).encode()


def hand_checked(content: bytes) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(content)
    if result["code"] != 200:
        raise RuntimeError(result)
    return result


def hand_written_call(http: httpx.Client, base_url: str) -> dict[str, Any]:
    headers, body = hand_signed_request()
    return hand_checked(http.post(f"{base_url}/user/create.action", content=body, headers=headers).content)


def best_round(rounds: int, sides: dict[str, Callable[[], None]]) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(rounds):
        for name, work in sides.items():
            started = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - started)
    return {name: min(values) for name, values in times.items()}


def per_call_overhead(calls: int, rounds: int) -> None:
    base_url = "http://nim.test/nimserver"
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = nimserver.NimClient(APP_KEY, APP_SECRET, base_url=base_url, http_client=http)

    def generated() -> None:
        for _ in range(calls):
            client.user.create(accid="zhangsan", name="张三")

    def hand() -> None:
        for _ in range(calls):
            hand_written_call(http, base_url)

    best = best_round(rounds, {"generated": generated, "hand": hand})
    per_call = {name: seconds / calls * 1e6 for name, seconds in best.items()}
    ratio = per_call["generated"] / per_call["hand"]
    print(
        f"per call (MockTransport): generated {per_call['generated']:.1f} us, "
        f"hand-written {per_call['hand']:.1f} us, ratio {ratio:.2f}x (target <= 1.25x)"
    )


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


def async_throughput(calls: int, rounds: int, concurrency: int = 64) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(Path(__file__).parent / "loopback_server.py"), str(port)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    base_url = f"http://127.0.0.1:{port}/nimserver"
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    # httpx writes a request's head and body separately; without TCP_NODELAY,
    # Nagle's algorithm and delayed ACKs stall every request by ~40 ms.
    no_delay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]

    def pool() -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(limits=limits, socket_options=no_delay))

    async def measure() -> dict[str, list[float]]:
        raw = pool()
        client = nimserver.AsyncNimClient(APP_KEY, APP_SECRET, base_url=base_url, http_client=pool())

        async def raw_call() -> None:
            headers, body = hand_signed_request()
            hand_checked((await raw.post(f"{base_url}/user/create.action", content=body, headers=headers)).content)

        async def generated_call() -> None:
            await client.user.create(accid="zhangsan", name="张三")

        sides = {"generated": generated_call, "raw": raw_call}
        for one in sides.values():  # warm the pools: connections are opened once
            await gather_bounded(concurrency, concurrency, one)
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(rounds):
            for name, one in sides.items():
                started = time.perf_counter()
                await gather_bounded(calls, concurrency, one)
                times[name].append(time.perf_counter() - started)
        await raw.aclose()
        await client._http.aclose()
        return times

    try:
        times = asyncio.run(measure())
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
    rate = {name: calls / min(values) for name, values in times.items()}
    ratio = rate["generated"] / rate["raw"]
    print(
        f"async throughput ({concurrency} concurrent, loopback): generated {rate['generated']:.0f}/s, "
        f"raw httpx {rate['raw']:.0f}/s, ratio {ratio:.2f}x (target >= 0.9x)"
    )


def import_time(repeat: int) -> None:
    env_path = str(REPOSITORY / "generated")

    def seconds(statement: str) -> float:
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", statement], check=True, env={"PYTHONPATH": env_path})
            samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    bare = seconds("pass")
    httpx_s = seconds("import httpx") - bare
    nim_s = seconds("import nimserver") - bare
    print(
        f"import (median, interpreter start subtracted): nimserver {nim_s * 1000:.0f} ms, "
        f"httpx alone {httpx_s * 1000:.0f} ms, ratio {nim_s / httpx_s:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    per_call_overhead(args.calls, args.rounds)
    async_throughput(args.calls, args.rounds)
    import_time(args.rounds * 2)


if __name__ == "__main__":
    main()
