"""Runs the Python blocks of a README against the shipped test double, as a reader pastes them.

    python -m tests.readme_blocks README.md [MORE.md ...]

Each file's blocks run in order in one namespace, so a block may use what an
earlier one defined (as a reader who pastes them in order would). Every
client the blocks make, `NimClient(app_key="...", ...)` or `NimClient()`, calls
one `nimserver.testing.FakeNim` in process, whose credentials are the README's
`"..."`; one made with `limits=` sizes its own pool and is left unbound (a
block that called it would fail). Names the README leaves to the reader are
given: `client` (an open client, made again before each block), `headers` and `raw_body` (a message
copy signed by the fake), `APP_SECRET`, and small stand-ins for the reader's
own functions (`store_copy`, `is_spam`, `async_handle`). A block that defines
`test_*` functions gets them called with the package's pytest fixtures
(`nim_fake`, `nim_client`, `nim_async_client`), made afresh. A block with
top-level `await` runs in an event loop.

Exits 1 naming the file and line of the first block that fails, with its
traceback; the `nimserver` it imports is whichever comes first on sys.path,
so a package generated elsewhere is run by putting its folder first.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import json
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CREDENTIAL = "..."  # what the READMEs write for the app key and secret
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the block's first line of code
    source: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


def python_blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    return [Block(path, text.count("\n", 0, found.start(1)) + 1, found.group(1)) for found in _BLOCK.finditer(text)]


@contextmanager
def clients_call(fake: Any) -> Iterator[list[Any]]:
    """Every NimClient and AsyncNimClient made meanwhile calls `fake` unless given an http_client; yields them."""
    import nimserver

    made: list[Any] = []
    originals = {cls: cls.__init__ for cls in (nimserver.NimClient, nimserver.AsyncNimClient)}

    def bound(cls: type, transport: Callable[[], Any]) -> Callable[..., None]:
        def init(self: Any, *args: Any, **options: Any) -> None:
            if "limits" not in options:  # limits size the client's own pool: such a client is only made, not called
                options.setdefault("http_client", transport())
            originals[cls](self, *args, **options)
            made.append(self)

        return init

    nimserver.NimClient.__init__ = bound(nimserver.NimClient, fake.http_client)  # type: ignore[method-assign]
    nimserver.AsyncNimClient.__init__ = bound(  # type: ignore[method-assign]
        nimserver.AsyncNimClient, fake.async_http_client
    )
    saved = {name: os.environ.get(name) for name in ("NIM_APP_KEY", "NIM_APP_SECRET")}
    os.environ.update(NIM_APP_KEY=CREDENTIAL, NIM_APP_SECRET=CREDENTIAL)
    try:
        yield made
    finally:
        for cls, original in originals.items():
            cls.__init__ = original  # type: ignore[method-assign]
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def signed_copy(fake: Any) -> tuple[dict[str, str], bytes]:
    """A text message copy as the IM server sends it (every value as text), signed by the fake."""
    payload = {
        "eventType": "1",
        "convType": "PERSON",
        "to": "lisi",
        "fromAccount": "zhangsan",
        "fromClientType": "REST",
        "msgTimestamp": "1700000000000",
        "msgType": "TEXT",
        "msgidClient": "c0ffee",
        "msgidServer": "1234567890123",
        "resendFlag": "0",
        "body": "hi",
    }
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return fake.sign_copy(body), body


def _reader_names(fake: Any) -> dict[str, Any]:
    headers, raw_body = signed_copy(fake)

    def store_copy(event: Any) -> None:
        pass

    def is_spam(text: str) -> bool:
        return "spam" in text

    async def async_handle(event: Any) -> None:
        return None

    return {
        "__name__": "readme",
        "APP_SECRET": CREDENTIAL,
        "headers": headers,
        "raw_body": raw_body,
        "store_copy": store_copy,
        "is_spam": is_spam,
        "async_handle": async_handle,
    }


def _run_tests(namespace: dict[str, Any], before: set[str]) -> None:
    """Calls each `test_*` function the block defined with the package's fixtures, made afresh."""
    from nimserver.testing import FakeNim

    for name in sorted(set(namespace) - before):
        test = namespace[name]
        if not (name.startswith("test_") and inspect.isfunction(test)):
            continue
        fake = FakeNim()
        with ExitStack() as stack:
            fixtures = {
                "nim_fake": fake,
                "nim_client": stack.enter_context(fake.client(max_retries=0)),
                "nim_async_client": fake.async_client(max_retries=0),
            }
            arguments = {parameter: fixtures[parameter] for parameter in inspect.signature(test).parameters}
            result = test(**arguments)
            if inspect.iscoroutine(result):
                asyncio.run(result)


def run_block(block: Block, namespace: dict[str, Any]) -> None:
    code = compile(block.source, str(block), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
    before = set(namespace)
    result = eval(code, namespace)  # a block with top-level await gives a coroutine
    if inspect.iscoroutine(result):
        asyncio.run(result)
    _run_tests(namespace, before)


def run_readme(path: Path) -> dict[str, Any]:
    """Runs every Python block of `path` in order; the namespace they leave. Raises at the first failure."""
    import nimserver
    from nimserver.testing import FakeNim

    fake = FakeNim(CREDENTIAL, CREDENTIAL)
    namespace = _reader_names(fake)
    with clients_call(fake) as made:
        try:
            for block in python_blocks(path):
                namespace["client"] = nimserver.NimClient()
                try:
                    run_block(block, namespace)
                except BaseException as error:
                    raise BlockError(block) from error
        finally:
            for client in made:
                if isinstance(client, nimserver.NimClient):
                    client.close()
    return namespace


class BlockError(Exception):
    def __init__(self, block: Block) -> None:
        super().__init__(f"the Python block at {block} failed")
        self.block = block


def main(argv: list[str]) -> int:
    for name in argv:
        try:
            run_readme(Path(name))
        except BlockError as failed:
            print(failed, file=sys.stderr)
            traceback.print_exception(failed.__cause__, file=sys.stderr)
            return 1
        print(f"{name}: {len(python_blocks(Path(name)))} Python blocks ran")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
