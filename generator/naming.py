"""The fixed rules that turn wire names, paths and schema names into Python names.

A name is normalised as Python's parser would (NFKC), must be an identifier,
and gets a trailing `_` when it is a keyword (`from` -> `from_`). The API
owns the argument namespace: a field's argument is named by this rule alone,
the generated methods import their helpers under private (`_`) names, which
no field can take, and the client's own per-call options are named
`call_...`, a prefix validation refuses for fields. A group that would hide
an attribute of the clients gets a trailing `_` (`close` -> `client.close_`).
"""

from __future__ import annotations

import keyword
import re
import unicodedata

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# The receiver of every generated method; a field of that name is `self_`, as a keyword would be.
RESERVED_ARGUMENTS = frozenset({"self"})
# The per-call options every generated method takes after its fields; no field's argument may start so.
CALL_OPTION_PREFIX = "call_"
CALL_OPTIONS = ("call_extra_fields", "call_request_id")
# Attributes of the clients: a group must not hide them.
RESERVED_GROUPS = frozenset(
    {"close", "aclose", "with_options", "request", "region", "base_url", "base_urls", "max_retries", "timeout", "v2"}
)
# Names the generated modules define or import beside the TypedDicts.
RESERVED_TYPE_NAMES = frozenset(
    {
        "Any",
        "Literal",
        "NotRequired",
        "TypedDict",
        "TYPE_CHECKING",
        "Endpoint",
        "Field",
        "FileInput",
        "Kind",
        "AsyncBaseClient",
        "SyncBaseClient",
        "None",
        "True",
        "False",
    }
)


def snake_case(name: str) -> str:
    """`getUinfos` -> `get_uinfos`: `_` before an uppercase letter that follows
    a lowercase letter or a digit, then everything lower case."""
    return _BOUNDARY.sub("_", name).lower()


def _identifier(name: str, reserved: frozenset[str]) -> str:
    name = re.sub(r"\W", "_", unicodedata.normalize("NFKC", name)).lstrip("_")
    if not name or name[0].isdigit():
        name = "n" + name
    if keyword.iskeyword(name) or name in reserved:
        name += "_"
    return name


def python_name(wire_name: str) -> str:
    """A keyword argument name for a wire name (`from` -> `from_`, `teamMemberLimit` -> `team_member_limit`)."""
    return _identifier(snake_case(wire_name), RESERVED_ARGUMENTS)


def split_path(path: str) -> tuple[str, str]:
    """`/event/subscribe/add.action` -> (`event`, `subscribe_add`)."""
    segments = path.strip("/").removesuffix(".action").split("/")
    group = _identifier(snake_case(segments[0]), RESERVED_GROUPS)
    method = "_".join(snake_case(segment) for segment in segments[1:])
    return group, _identifier(method, frozenset()) if method else ""


def v2_method_name(sdk_method: str) -> str:
    """The method of a v2 operation from the last part of its operationId: `batchSendP2pMessage` -> `batch_send_p2p_message`."""
    return _identifier(snake_case(sdk_method), frozenset())


def class_name(*parts: str) -> str:
    """`user`, `get_uinfos`, `response` -> `UserGetUinfosResponse`."""
    words = [
        word for part in parts for word in re.split(r"[_\W]+", snake_case(unicodedata.normalize("NFKC", part))) if word
    ]
    return "".join(word[:1].upper() + word[1:] for word in words)


def type_name_problem(name: str) -> str | None:
    """Why `name` cannot name a TypedDict in the generated package, if it cannot."""
    if not name.isidentifier() or keyword.iskeyword(name):
        return f"'{name}' is not a Python class name"
    if name in RESERVED_TYPE_NAMES:
        return f"'{name}' would shadow a name the generated code uses"
    return None
