"""A minimal HTTP/1.1 keep-alive server for the benchmarks: answers every request with a
successful envelope of its kind (v1 or v2, see `answer_for`). Run as
`python bench/loopback_server.py PORT`; it prints "ready" once listening and
stops when its stdin closes."""

from __future__ import annotations

import asyncio
import json
import socket
import sys

_FRIENDS = [{"account_id": f"friend{index}", "alias": f"朋友{index}"} for index in range(10)]
_V1 = json.dumps(
    {
        "code": 200,
        "info": {"accid": "zhangsan", "token": "t"},
        "uinfos": [{"accid": "zhangsan", "name": "张三"}],
        "data": {"server": {"serverId": 1, "name": "开发者"}},
    },
    ensure_ascii=False,
).encode()
_V2 = json.dumps(
    {"code": 200, "msg": "success", "data": {"account_id": "zhangsan", "items": _FRIENDS, "has_more": False}},
    ensure_ascii=False,
).encode()


def answer_for(path: str) -> bytes:
    """The JSON answer to a request for `path`: v2 envelopes for paths under im/v2, v1 ones elsewhere."""
    return _V2 if "/im/v2" in path else _V1


def _response(content: bytes) -> bytes:
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(content)}\r\n\r\n"
    return head.encode() + content


_RESPONSES = {content: _response(content) for content in (_V1, _V2)}


async def serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.split(b"\r\n")
            path = lines[0].split(b" ")[1].decode()
            length = 0
            for line in lines[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            writer.write(_RESPONSES[answer_for(path)])
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def main(port: int) -> None:
    server = await asyncio.start_server(serve_connection, "127.0.0.1", port, backlog=512)
    print("ready", flush=True)
    async with server:
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
