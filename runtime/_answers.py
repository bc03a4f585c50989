"""Answers checked against the spec: what an answer shows that the spec does not say.

``check_answer(operation, status, body)`` lists the differences between one
answer and the spec: an HTTP status other than 200, a status code the
operation may not return, a broken envelope (v1 ``code``/``desc``, v2
``code``/``msg``/``data``), keys the spec does not name, required keys that
are missing, values of the wrong type or outside an enum, and integers past
2^53 where the spec does not say int64. ``check_paging`` finds a listing whose
cursor does not advance. The shapes come from ``_answers.json``, which the
generator writes from the spec's response schemas; it is read on first use,
so a client that never checks answers never loads it.

A difference names where it is (``info.accid``, ``data.items[].name``) and
what kind of value was seen, never the value itself: the checks run on real
traffic, whose values are personal.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from importlib import resources
from typing import Any

SAFE_INTEGER = 2**53  # JavaScript's exact-integer bound; ids past it need `format: int64`
_INT32 = 2**31


@dataclass(frozen=True)
class Difference:
    """One way an answer differs from the spec.

    ``kind`` is one of ``status`` (an HTTP status or code the operation may not
    return), ``envelope``, ``unknown-key``, ``missing-key``, ``type``,
    ``enum``, ``paging``; ``where`` the place in the answer (empty for the
    whole answer); ``detail`` what was seen, in words without the value.
    """

    operation: str  # its key: "user/create.action", "GET im/v2/teams"
    kind: str
    where: str
    detail: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)

    def __str__(self) -> str:
        place = f" at {self.where}" if self.where else ""
        return f"{self.operation}: {self.kind}{place}: {self.detail}"


@functools.cache
def answer_table() -> dict[str, Any]:
    """The answer shapes the generator wrote (``_answers.json``)."""
    text = resources.files(__package__).joinpath("_answers.json").read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def operation_entry(operation: str) -> dict[str, Any] | None:
    entry: dict[str, Any] | None = answer_table()["operations"].get(operation)
    return entry


def check_answer(operation: str, status: int, body: Any) -> list[Difference]:
    """The differences between one answer (its HTTP status and decoded JSON body) and the spec.

    An operation the spec does not describe gives none: there is nothing to compare with.
    """
    entry = operation_entry(operation)
    if entry is None:
        return []
    found: list[Difference] = []
    if status != 200:
        return [Difference(operation, "status", "", f"HTTP status {status} (the API answers 200 with a code)")]
    if not isinstance(body, dict):
        return [Difference(operation, "envelope", "", f"the answer is {_json_type(body)}, not a JSON object")]
    code = body.get("code")
    if type(code) is not int:
        return [Difference(operation, "envelope", "code", f"code is {_json_type(code)}, not an integer")]
    message_key = "msg" if entry["v2"] else "desc"
    if code != 200:
        table = answer_table()
        if code not in table["known_codes"]:
            found.append(Difference(operation, "status", "code", f"code {code} is not a status code of the spec"))
        elif code not in entry["codes"] and code not in table["common_codes"]:
            found.append(Difference(operation, "status", "code", f"code {code} is not listed for this operation"))
        message = body.get(message_key)
        if message is not None and not isinstance(message, str):
            found.append(Difference(operation, "envelope", message_key, f"{_json_type(message)}, not a string"))
        return found
    found.extend(Difference(operation, kind, where, detail) for kind, where, detail in _walk(entry["shape"], body, ""))
    return found


def check_paging(operation: str, sent: Mapping[str, object], body: Any) -> list[Difference]:
    """A cursor listing that says more pages follow but hands back the token it was sent (or none)."""
    entry = operation_entry(operation)
    data = body.get("data") if isinstance(body, dict) else None
    if entry is None or entry["paging"] is None or entry["paging"]["style"] != "cursor" or not isinstance(data, dict):
        return []
    if data.get("has_more") is not True:
        return []
    token = data.get("next_token")
    if not isinstance(token, str) or not token:
        return [Difference(operation, "paging", "data.next_token", "has_more is true but no next_token came")]
    if token == sent.get("page_token"):
        return [Difference(operation, "paging", "data.next_token", "next_token repeats the page_token sent")]
    return []


def _walk(shape: Mapping[str, Any], value: Any, where: str) -> Iterator[tuple[str, str, str]]:
    """The differences of a value from its shape (see generator/answers.py for the keys)."""
    if not shape:
        return
    if "u" in shape:
        yield from _closest(shape, value, where)
        return
    types = shape.get("t")
    if types is not None and not any(_is_type(value, name) for name in types):
        yield "type", where, f"{_json_type(value)} where the spec says {' or '.join(types)}"
        return
    if "e" in shape and value not in shape["e"]:
        yield "enum", where, f"a {_json_type(value)} outside the spec's {len(shape['e'])} values"
    if type(value) is int:
        limit = _INT32 if shape.get("f") == "int32" else SAFE_INTEGER
        if shape.get("f") != "int64" and abs(value) >= limit:
            bound = "int32" if limit == _INT32 else "2^53"
            yield "type", where, f"an integer beyond {bound} where the spec does not say int64"
    if isinstance(value, dict):
        yield from _walk_object(shape, value, where)
    elif isinstance(value, list) and "i" in shape:
        for item in value:
            yield from _walk(shape["i"], item, f"{where}[]")


def _walk_object(shape: Mapping[str, Any], value: dict[str, Any], where: str) -> Iterator[tuple[str, str, str]]:
    properties: Mapping[str, Any] = shape.get("p", {})
    prefix = f"{where}." if where else ""
    for name in shape.get("r", ()):
        if name not in value:
            yield "missing-key", f"{prefix}{name}", "a required key is missing"
    open_keys = shape.get("x") or "p" not in shape
    for name, item in value.items():
        if name in properties:
            yield from _walk(properties[name], item, f"{prefix}{name}")
        elif "m" in shape:
            yield from _walk(shape["m"], item, f"{prefix}*")
        elif not open_keys:
            yield "unknown-key", f"{prefix}{name}", f"a key the spec does not name ({_json_type(item)})"


def _closest(shape: Mapping[str, Any], value: Any, where: str) -> Iterator[tuple[str, str, str]]:
    """A value against one of several shapes: nothing when one fits, else the differences of the closest."""
    base = {key: item for key, item in shape.items() if key != "u"}
    candidates = [list(_walk({**base, **variant}, value, where)) for variant in shape["u"]]
    best = min(candidates, key=len)
    yield from best


def _is_type(value: Any, name: str) -> bool:
    if name == "integer":
        return type(value) is int or (type(value) is float and value.is_integer())
    if name == "number":
        return type(value) in (int, float)
    return _json_type(value) == name


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__
