"""The fixed rule that turns wire names and paths into Python names."""

from __future__ import annotations

import keyword
import re

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# Names that would shadow the method's own parameters or break the class body.
_RESERVED = {"self", "cls"}


def snake_case(name: str) -> str:
    """`getUinfos` -> `get_uinfos`: `_` before an uppercase letter that follows
    a lowercase letter or a digit, then everything lower case."""
    return _BOUNDARY.sub("_", name).lower()


def python_name(wire_name: str) -> str:
    """A keyword argument name for a wire name (`from` -> `from_`)."""
    name = re.sub(r"\W", "_", snake_case(wire_name))
    if name[:1].isdigit():
        name = "_" + name
    if keyword.iskeyword(name) or name in _RESERVED:
        name += "_"
    return name


def split_path(path: str) -> tuple[str, str]:
    """`/event/subscribe/add.action` -> (`event`, `subscribe_add`)."""
    segments = path.strip("/").removesuffix(".action").split("/")
    group = python_name(segments[0])
    method = "_".join(snake_case(segment) for segment in segments[1:])
    return group, python_name(method)


def class_name(*parts: str) -> str:
    """`user`, `get_uinfos`, `response` -> `UserGetUinfosResponse`."""
    words = [word for part in parts for word in re.split(r"[_\W]+", snake_case(part)) if word]
    return "".join(word[:1].upper() + word[1:] for word in words)
