"""Where calls go and with which credentials, for the command line (``_cli``) and the MCP server (``_mcp``).

The options that choose the service, the test double or a dry run, the client they give, and a
request shown as it would be sent, its signature hidden unless asked for.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._client import NimClient
    from .testing import FakeNim

EXIT_OK, EXIT_API_ERROR, EXIT_USAGE, EXIT_TRANSPORT = 0, 1, 2, 3


class _UsageError(Exception):
    """A usage error found after parsing (exit code 2)."""


class _DryRunError(Exception):
    """Raised by the dry-run transport with the request that would have been sent."""

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        super().__init__("dry run")


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    """The options that choose where calls go and with which credentials (never the secret itself)."""
    from ._client import _SERVERS

    parser.add_argument("--region", choices=list(_SERVERS), default=next(iter(_SERVERS)), help="data centre")
    parser.add_argument("--base-url", metavar="URL", help="a base URL ending in /nimserver, instead of the region's")
    parser.add_argument("--app-key", metavar="KEY", help="the app key (default: NIM_APP_KEY)")
    parser.add_argument(
        "--app-secret-file",
        metavar="PATH",
        type=Path,
        help="read the app secret from this file (default: NIM_APP_SECRET)",
    )
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="deadline of each call")
    parser.add_argument("--max-retries", type=int, metavar="N", help="retries when they are safe (default 2)")
    parser.add_argument(
        "--fake", action="store_true", help="call a fresh in-process test double instead (needs nimserver[testing])"
    )


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    key = args.app_key or os.environ.get("NIM_APP_KEY")
    if args.app_secret_file is not None:
        try:
            secret: str | None = args.app_secret_file.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise _UsageError(f"cannot read --app-secret-file: {error}") from None
    else:
        secret = os.environ.get("NIM_APP_SECRET")
    if args.fake or args.fake_state is not None:
        return key or "test-app-key", secret or "test-app-secret"
    if args.dry_run:
        return key or "NIM_APP_KEY-unset", secret or "NIM_APP_SECRET-unset"
    missing = [name for name, value in (("NIM_APP_KEY", key), ("NIM_APP_SECRET", secret)) if not value]
    if missing:
        raise _UsageError(f"set {' and '.join(missing)} in the environment (or use --app-secret-file)")
    assert key is not None and secret is not None
    return key, secret


def _dry_run_client() -> httpx.Client:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise _DryRunError(request)

    return httpx.Client(transport=httpx.MockTransport(refuse))


def _fake(args: argparse.Namespace, key: str, secret: str) -> FakeNim:
    """The test double, holding what the state file holds when there is one."""
    try:
        from .testing import FakeNim
    except ImportError as error:
        raise _UsageError(f"--fake needs the testing extra (pip install 'nimserver[testing]'): {error}") from None
    fake = FakeNim(key, secret)
    if args.fake_state is not None:
        try:
            fake.load_state(args.fake_state)
        except ValueError as error:
            raise _UsageError(f"--fake-state: {error}") from None
    return fake


def connect(args: argparse.Namespace) -> tuple[NimClient, FakeNim | None]:
    """The client the options ask for (the service, the test double, or a dry run), and the double if any.

    `args` holds the global options (region, base_url, app_key,
    app_secret_file, timeout, max_retries, fake, fake_state, dry_run), as the
    command line and ``nimserver mcp`` both parse them.
    """
    from ._client import NimClient

    key, secret = _credentials(args)
    options: dict[str, Any] = {"region": args.region, "base_url": args.base_url}
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.max_retries is not None:
        options["max_retries"] = args.max_retries
    if args.dry_run:
        options["max_retries"] = 0
    fake = None if args.dry_run or not (args.fake or args.fake_state) else _fake(args, key, secret)
    http_client = _dry_run_client() if args.dry_run else None if fake is None else fake.http_client()
    return NimClient(key, secret, http_client=http_client, **options), fake


def _describe(
    request: httpx.Request, show_signature: bool, hidden: str = "(hidden; --show-signature shows it)"
) -> dict[str, Any]:
    headers = dict(request.headers.items())
    if not show_signature:
        for name in ("nonce", "curtime", "checksum"):
            if name in headers:
                headers[name] = hidden
    content = request.read()
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        from urllib.parse import parse_qsl

        body: Any = dict(parse_qsl(content.decode("ascii"), keep_blank_values=True))
    elif content_type.startswith("application/json") or (not content and not request.url.path.endswith(".action")):
        # A v2 call: the JSON body as sent (None when there is none).
        json_body = json.loads(content) if content else None
        return {"method": request.method, "url": str(request.url), "headers": headers, "json": json_body}
    else:
        body = f"({len(content)} bytes of {content_type.split(';')[0]})"
    return {"method": request.method, "url": str(request.url), "headers": headers, "fields": body}
