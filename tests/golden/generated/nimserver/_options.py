# Copied from runtime/_options.py by `python -m generator`; do not edit.
"""Checks of the client's options and of per-call settings, made before anything is sent.

Every check raises TypeError (wrong type) or ValueError (wrong value) naming
the option. A message never repeats the app secret.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import httpx

MAX_REQUEST_ID_LENGTH = 128
SpecDoubts = Literal["warn", "refuse", "types-only"]  # what the client does with a check the spec doubts
SPEC_DOUBT_POLICIES: tuple[SpecDoubts, ...] = ("warn", "refuse", "types-only")


def _type_name(value: object) -> str:
    return type(value).__name__


def check_credential(value: object, name: str, *, secret: bool = False) -> str:
    """A non-empty header-safe text: printable ASCII, no surrounding spaces."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str, not {_type_name(value)}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    for index, character in enumerate(value):
        if not (" " <= character <= "~"):
            shown = "" if secret else f" {character!r}"
            raise ValueError(
                f"{name} must be printable ASCII: character {index + 1}{shown} is a control or non-ASCII character"
            )
    if value != value.strip():
        raise ValueError(f"{name} must not start or end with a space")
    return value


def _positive_seconds(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds, not {_type_name(value)}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be more than 0 seconds and finite, got {value!r}")
    return float(value)


def check_timeout(value: object) -> tuple[float, tuple[float, float, float, float]]:
    """The whole call's deadline in seconds, and the connect, read, write and
    pool limits of each attempt (infinity where an httpx.Timeout sets none).

    A number is the deadline and the bound of every phase; an httpx.Timeout
    bounds each phase by its own value and the call by the largest of them.
    """
    if isinstance(value, httpx.Timeout):
        phases = []
        for phase in ("connect", "read", "write", "pool"):
            seconds = getattr(value, phase)
            phases.append(math.inf if seconds is None else _positive_seconds(seconds, f"timeout.{phase}"))
        deadline = max((seconds for seconds in phases if seconds != math.inf), default=None)
        if deadline is None:
            raise ValueError("timeout must set at least one limit: an httpx.Timeout of None everywhere has none")
        connect, read, write, pool = phases
        return deadline, (connect, read, write, pool)
    seconds = _positive_seconds(value, "timeout")
    return seconds, (seconds, seconds, seconds, seconds)


def check_max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_retries must be int, not {_type_name(value)}")
    if value < 0:
        raise ValueError(f"max_retries must be 0 or more, got {value}")
    return value


def check_rate_limit_wait(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"rate_limit_wait must be a number of seconds, not {_type_name(value)}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"rate_limit_wait must be 0 seconds or more and finite, got {value!r}")
    return float(value)


def check_max_response_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_response_size must be int (bytes), not {_type_name(value)}")
    if value < 1:
        raise ValueError(f"max_response_size must be at least 1 byte, got {value}")
    return value


def check_base_url(value: object, name: str) -> str:
    """An absolute http(s) URL without user-info, query or fragment; returned without its trailing slash."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be str, not {_type_name(value)}")
    scheme, slashes, rest = value.partition("://")
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if slashes and "@" in authority:
        # httpx would send user:password as Basic auth with every call, and the
        # host is what follows the @ ("http://api.test@evil.test" calls evil.test).
        # Shown without what precedes the @, which may be a password.
        shown = f"{scheme}://...@{rest[len(authority.rsplit('@', 1)[0]) + 1 :]}"
        raise ValueError(
            f"{name} {shown!r} is not usable: it must not have a user-info part (user:password@); "
            "the API is signed with app_key and app_secret"
        )
    problem = None
    if not value.isascii() or not value.isprintable() or " " in value:
        problem = "it holds spaces, control or non-ASCII characters (encode the host with IDNA)"
    else:
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 - raises ValueError for a port out of range
        except ValueError as error:
            problem = str(error)
        else:
            if parts.scheme not in ("http", "https") or not parts.hostname:
                problem = "it must be an absolute http:// or https:// URL"
            elif parts.query or parts.fragment or value.endswith(("?", "#")):
                problem = "it must not have a query or a fragment"
    if problem:
        raise ValueError(f"{name} {value!r} is not usable: {problem}")
    return value.rstrip("/")


def check_backup_base_urls(value: object) -> list[str]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"backup_base_urls must be a list of URLs, not {_type_name(value)}")
    return [check_base_url(url, f"backup_base_urls[{index}]") for index, url in enumerate(value)]


def check_request_id(value: object) -> str:
    """A caller's RequestId (the call option `call_request_id=`): 1 to 128 printable ASCII characters, no spaces."""
    if not isinstance(value, str):
        raise TypeError(f"call_request_id must be str, not {_type_name(value)}")
    if not 1 <= len(value) <= MAX_REQUEST_ID_LENGTH:
        raise ValueError(f"call_request_id must have 1 to {MAX_REQUEST_ID_LENGTH} characters, got {len(value)}")
    if not all("!" <= character <= "~" for character in value):
        raise ValueError(f"call_request_id must be printable ASCII without spaces, got {value!r}")
    return value


def check_path(value: object) -> str:
    """The path of a raw call: relative, `<group>/<name>.action`, no `..`, no scheme or host."""
    if not isinstance(value, str):
        raise TypeError(f"path must be str, not {_type_name(value)}")
    problem = None
    if not value.isascii() or not value.isprintable() or " " in value:
        problem = "it holds spaces, control or non-ASCII characters"
    elif value.startswith("/") or "://" in value or ":" in value.split("/", 1)[0]:
        problem = "it must be relative to the base URL, as in 'msg/sendMsg.action'"
    elif any(part in ("", ".", "..") for part in value.split("/")):
        problem = "it must not have empty, '.' or '..' segments"
    elif "?" in value or "#" in value or "%" in value:
        problem = "it must not have a query, a fragment or escapes"
    elif not value.endswith(".action") or value == ".action":
        problem = "it must end in '.action'"
    if problem:
        raise ValueError(f"path {value!r} is not an API path: {problem}")
    return value


V2_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def check_v2_method(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"method must be str, not {_type_name(value)}")
    if value.upper() not in V2_METHODS:
        raise ValueError(f"method must be one of {', '.join(V2_METHODS)}, got {value!r}")
    return value.upper()


def check_v2_path(value: object) -> str:
    """The path of a raw v2 call: relative (`im/v2/accounts/zhangsan`), ids already percent-encoded."""
    if not isinstance(value, str):
        raise TypeError(f"path must be str, not {_type_name(value)}")
    problem = None
    if not value.isascii() or not value.isprintable() or " " in value:
        problem = "it holds spaces, control or non-ASCII characters (percent-encode ids)"
    elif value.startswith("/") or "://" in value or ":" in value.split("/", 1)[0]:
        problem = "it must be relative to the base URL, as in 'im/v2/accounts/zhangsan'"
    elif any(unquote(part) in ("", ".", "..") for part in value.split("/")):
        # `%2e%2e` too: a server or proxy that decodes it before normalising the path reads `..`.
        problem = "it must not have empty, '.' or '..' segments (escaped or not)"
    elif "?" in value or "#" in value:
        problem = "it must not have a query or a fragment: pass query= instead"
    elif value.endswith(".action"):
        problem = "a v1 path: call client.request() for it"
    if problem:
        raise ValueError(f"path {value!r} is not a v2 path: {problem}")
    return value


def check_http_client(value: object, expected: type[Any]) -> None:
    if value is not None and not isinstance(value, expected):
        raise TypeError(f"http_client must be an httpx.{expected.__name__}, not {_type_name(value)}")


def check_limits(value: object) -> None:
    if value is not None and not isinstance(value, httpx.Limits):
        raise TypeError(f"limits must be an httpx.Limits, not {_type_name(value)}")


def check_spec_doubts(value: object) -> SpecDoubts:
    """The `spec_doubts` option, checked."""
    if not isinstance(value, str):
        raise TypeError(f"spec_doubts must be str, not {type(value).__name__}")
    for policy in SPEC_DOUBT_POLICIES:
        if value == policy:
            return policy
    choices = ", ".join(repr(policy) for policy in SPEC_DOUBT_POLICIES)
    raise ValueError(f"spec_doubts must be one of {choices}, got {value!r}")
