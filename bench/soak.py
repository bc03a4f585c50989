"""Soak: a fixed number of calls through the client against a loopback server
that injects faults, then what became of every write.

    python bench/soak.py [--calls 13500] [--mode async|threads] [--concurrency 64] [--seed 1] [--json]

The server (this file with --serve, in another process) answers
`user/create.action` (a write, not safe to repeat) and
`user/getUinfos.action` (a read) and, at random, instead:

- 3% HTTP 502 or 503 (the gateway did not pass the request on: not carried out);
- 1% a dropped connection, half before and half after carrying the write out;
- 1% a slow answer (the write carried out, the answer later than the
  client's read timeout);
- 1% truncated JSON (the write carried out);
- 1% code 416, rate limited (not carried out).

Each write creates its own account. At the end the server tells how often it
carried out each one:

- lost: the client reported success but the server never carried it out;
- repeated: the server carried one call's write out more than once;
- failed: the call raised (for a write, the caller then cannot know whether
  it was carried out: the documented case, counted apart as
  failed_writes_carried_out);
- retries: attempts that reached the server beyond one per call.

It prints those, calls/s, the peak RSS and the open file descriptors before
and after. No figure is asserted here; tests/test_abuse.py runs a short soak
and requires lost and repeated to be zero.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

REPOSITORY = Path(__file__).resolve().parent.parent
APP_KEY, APP_SECRET = "soak-key", "soak-secret"
READ_TIMEOUT = 1.0  # seconds; a slow answer comes later than this
SLOW_ANSWER = 1.5  # seconds
WRITE_SHARE = 0.7  # of the calls; the rest read

# ---------------------------------------------------------------- the server


class FaultyServer:
    """The server side: faults drawn from a seeded generator, writes counted by account id."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.carried_out: Counter[str] = Counter()
        self.attempts = 0

    def fault(self) -> str | None:
        roll = self.random.random()
        for name, share in (("gateway", 0.03), ("drop", 0.01), ("slow", 0.01), ("truncated", 0.01), ("416", 0.01)):
            if roll < share:
                return name
            roll -= share
        return None

    async def serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *lines = head.decode("latin-1").split("\r\n")
                headers = {}
                for line in lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length") or 0))
                path = request_line.split(" ")[1]
                if path == "/stats":
                    answer = json.dumps({"carried_out": self.carried_out, "attempts": self.attempts}).encode()
                    writer.write(_response(200, answer))
                    await writer.drain()
                    continue
                if not await self.answer(path, body, writer):
                    return
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        except asyncio.CancelledError:  # the server is closing under a slow answer
            pass
        finally:
            writer.close()

    async def answer(self, path: str, body: bytes, writer: asyncio.StreamWriter) -> bool:
        """Answer one API request; False when the connection is to be dropped."""
        self.attempts += 1
        fields = {name: values[0] for name, values in parse_qs(body.decode()).items()}
        write = path.endswith("/user/create.action")
        fault = self.fault()
        if fault == "gateway":
            writer.write(_response(self.random.choice((502, 503)), b"<html>bad gateway</html>"))
            await writer.drain()
            return True
        if fault == "416":
            writer.write(_response(200, b'{"code":416,"desc":"api frequently"}'))
            await writer.drain()
            return True
        carry_out = fault != "drop" or self.random.random() < 0.5
        if write and carry_out:
            self.carried_out[fields["accid"]] += 1
        if fault == "drop":
            writer.transport.abort()
            return False
        answer = b'{"code":200,"info":{"token":"t","accid":"a","name":""}}' if write else b'{"code":200,"uinfos":[]}'
        if fault == "slow":
            await asyncio.sleep(SLOW_ANSWER)
        if fault == "truncated":
            answer = answer[: len(answer) // 2]
        writer.write(_response(200, answer))
        await writer.drain()
        return True


def _response(status: int, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def serve(port: int, seed: int) -> None:
    server = FaultyServer(seed)
    listening = await asyncio.start_server(server.serve_connection, "127.0.0.1", port, backlog=512)
    print("ready", flush=True)
    async with listening:
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


# ---------------------------------------------------------------- the client


class Tally:
    def __init__(self) -> None:
        self.succeeded: set[str] = set()  # account ids of writes reported done
        self.ok = 0
        self.failed: Counter[str] = Counter()  # by error class
        self.failed_writes: set[str] = set()  # account ids
        self.lock = threading.Lock()

    def done(self, accid: str | None) -> None:
        with self.lock:
            self.ok += 1
            if accid is not None:
                self.succeeded.add(accid)

    def fail(self, accid: str | None, error: Exception) -> None:
        with self.lock:
            self.failed[type(error).__name__] += 1
            if accid is not None:
                self.failed_writes.add(accid)


def plan(calls: int, seed: int) -> list[str | None]:
    """For each call, the account id it creates, or None for a read."""
    chooser = random.Random(seed + 1)
    return [f"soak{number}" if chooser.random() < WRITE_SHARE else None for number in range(calls)]


def client_options(port: int) -> dict[str, Any]:
    import httpx

    return {
        "base_url": f"http://127.0.0.1:{port}/nimserver",
        "timeout": httpx.Timeout(10.0, read=READ_TIMEOUT),
        "rate_limit_wait": 0.05,
    }


def run_async(port: int, work: list[str | None], concurrency: int, tally: Tally) -> None:
    import nimserver

    async def main() -> None:
        async with nimserver.AsyncNimClient(APP_KEY, APP_SECRET, **client_options(port)) as client:
            queue = iter(work)

            async def worker() -> None:
                for accid in queue:
                    try:
                        if accid is None:
                            await client.user.get_uinfos(accids=["soak0"])
                        else:
                            await client.user.create(accid=accid)
                    except nimserver.NimError as error:
                        tally.fail(accid, error)
                    else:
                        tally.done(accid)

            await asyncio.gather(*(worker() for _ in range(concurrency)))

    asyncio.run(main())


def run_threads(port: int, work: list[str | None], concurrency: int, tally: Tally) -> None:
    import nimserver

    with nimserver.NimClient(APP_KEY, APP_SECRET, **client_options(port)) as client:

        def one(accid: str | None) -> None:
            try:
                if accid is None:
                    client.user.get_uinfos(accids=["soak0"])
                else:
                    client.user.create(accid=accid)
            except nimserver.NimError as error:
                tally.fail(accid, error)
            else:
                tally.done(accid)

        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(one, work))


def soak(calls: int, mode: str, concurrency: int, seed: int) -> dict[str, Any]:
    sys.path.insert(0, str(REPOSITORY / "generated"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), "--seed", str(seed)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        work = plan(calls, seed)
        tally = Tally()
        descriptors_before = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else -1
        started = time.perf_counter()
        (run_async if mode == "async" else run_threads)(port, work, concurrency, tally)
        elapsed = time.perf_counter() - started
        descriptors_after = len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else -1
        stats = _stats(port)
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(10)
    carried_out: dict[str, int] = stats["carried_out"]
    return {
        "mode": mode,
        "concurrency": concurrency,
        "calls": len(work),
        "writes": sum(accid is not None for accid in work),
        "succeeded": tally.ok,
        "failed": sum(tally.failed.values()),
        "failed_by_error": dict(tally.failed),
        "failed_writes": len(tally.failed_writes),
        # The documented case: the call raised, yet the server had carried the write out.
        "failed_writes_carried_out": sum(1 for accid in tally.failed_writes if carried_out.get(accid, 0)),
        "lost": sum(1 for accid in tally.succeeded if carried_out.get(accid, 0) == 0),
        "repeated": sum(1 for count in carried_out.values() if count > 1),
        "retries": stats["attempts"] - len(work),
        "calls_per_s": round(len(work) / elapsed, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "fds_before_after": [descriptors_before, descriptors_after],
    }


def _stats(port: int) -> dict[str, Any]:
    import httpx

    with httpx.Client() as client:
        answer: dict[str, Any] = client.post(f"http://127.0.0.1:{port}/stats").json()
    return answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=13_500)
    parser.add_argument("--mode", choices=("async", "threads"), default="async")
    parser.add_argument("--concurrency", type=int, default=64, help="tasks or threads calling at once")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the report as one JSON line")
    parser.add_argument("--serve", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        asyncio.run(serve(args.serve, args.seed))
        return
    report = soak(args.calls, args.mode, args.concurrency, args.seed)
    if args.json:
        print(json.dumps(report))
        return
    for name, value in report.items():
        print(f"{name:>25}: {value}")


if __name__ == "__main__":
    main()
