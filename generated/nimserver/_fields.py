# Copied from runtime/_fields.py by `python -m generator`; do not edit.
"""Turning keyword arguments into what travels: checks first, then the wire form.

v1 form fields travel as text: booleans as `true`/`false`, numbers in
decimal, lists and objects as compact JSON. v2 path and query values travel
as text too (path values percent-encoded, lists joined with commas or as
JSON text); v2 body keys keep their JSON types. A wrong value raises
TypeError or ValueError here (see `_checks`), before anything is sent.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple, Union
from urllib.parse import quote

from ._checks import ANY, Check, JsonText, ListOf, Number, Variants
from ._doubts import Doubted, SpecDoubt, checked, missing, types_only, variants_types_only
from ._options import SpecDoubts

FileInput = Union[bytes, str, "os.PathLike[str]", IO[bytes]]
"""A file to upload: its bytes, a path to it, or a binary file object."""


# The records below are named tuples and a plain class, not dataclasses: every program that imports
# nimserver defines them, and a dataclass costs about ten times as long to define.


class Field(NamedTuple):
    """One form field of an endpoint: its names and the check its value must pass."""

    wire_name: str
    python_name: str
    check: Check | None  # None for a file part
    required: bool = False
    where: str = "form"  # "form" (v1), or "path", "query" or "body" (v2)
    comma_list: bool = False  # a v2 query list sent as its items' text joined with commas
    # The spec's open doubts about whether it is required: leaving it out then warns (see `_doubts`).
    required_doubts: tuple[SpecDoubt, ...] = ()


class Endpoint:
    """An API operation: its path (`user/create.action`, `im/v2/teams/{team_id}`) and its fields."""

    __slots__ = ("fields", "has_body", "method", "multipart", "path", "rest", "safe_to_repeat", "urls", "variants")

    def __init__(
        self,
        path: str,
        fields: tuple[Field, ...],
        *,
        multipart: bool = False,
        safe_to_repeat: bool = False,
        method: str = "POST",
        rest: bool = False,  # a v2 operation: JSON body, {code, msg, data} answer
        has_body: bool = False,  # a v2 operation that sends a JSON body
        variants: Variants | None = None,  # the shapes of some fields by the value of a type field
    ) -> None:
        self.path = path
        self.fields = fields
        self.multipart = multipart
        self.safe_to_repeat = safe_to_repeat
        self.method = method
        self.rest = rest
        self.has_body = has_body
        self.variants = variants
        # The parsed URL of this path under each base URL it was called at (httpx.URL
        # values): parsed once, not on every call. Paths with {parameters} are not kept.
        self.urls: dict[str, Any] = {}


class RestRequest(NamedTuple):
    """The parts of a v2 request: its path with values filled in, its query and its JSON body."""

    path: str
    query: list[tuple[str, Any]]  # (name, text); Any only for httpx's invariant params type
    body: dict[str, Any] | None


Files = dict[str, tuple[str, bytes]]


def encode_fields(
    endpoint: Endpoint, values: Mapping[str, object], spec_doubts: SpecDoubts = "warn"
) -> tuple[dict[str, str], Files]:
    """The form fields (and file parts) for `values`, keyed by wire name.

    `values` maps wire names to the caller's arguments; None means not sent.
    `spec_doubts` is the client's policy for checks that rest on doubted facts (see `_doubts`).
    """
    return checked(spec_doubts, _encode_fields, endpoint, values, spec_doubts)


def _encode_fields(
    endpoint: Endpoint, values: Mapping[str, object], spec_doubts: SpecDoubts
) -> tuple[dict[str, str], Files]:
    form: dict[str, str] = {}
    files: Files = {}
    for field in endpoint.fields:
        value = values.get(field.wire_name)
        if value is None:
            if field.required:
                missing(f"{field.python_name} is required", field.required_doubts)
            continue
        # Under "types-only", the field's check without its limits, allowed values and required keys.
        check = field.check if spec_doubts != "types-only" or field.check is None else types_only(field.check)
        if check is None:
            files[field.wire_name] = _file(field, value)
        else:
            form[field.wire_name] = sendable(check.text(value, field.python_name), field.python_name)
    check_variants(endpoint, values, spec_doubts)
    return form, files


def check_variants(endpoint: Endpoint, values: Mapping[str, object], spec_doubts: SpecDoubts) -> None:
    """The fields whose shape depends on a type field, checked against that type's variant (under the
    policy of the call being encoded, like every other check)."""
    if endpoint.variants is not None:
        names = {field.wire_name: field.python_name for field in endpoint.fields}
        variants = endpoint.variants if spec_doubts != "types-only" else variants_types_only(endpoint.variants)
        variants.check(values, lambda wire_name: names.get(wire_name, wire_name), "")


def encode_rest(endpoint: Endpoint, values: Mapping[str, object], spec_doubts: SpecDoubts = "warn") -> RestRequest:
    """The path, query and body of a v2 call for `values` (keyed by wire name; None means not sent)."""
    return checked(spec_doubts, _encode_rest, endpoint, values, spec_doubts)


def _encode_rest(endpoint: Endpoint, values: Mapping[str, object], spec_doubts: SpecDoubts) -> RestRequest:
    path = endpoint.path
    query: list[tuple[str, str]] = []
    body: dict[str, Any] | None = {} if endpoint.has_body else None
    for field in endpoint.fields:
        value = values.get(field.wire_name)
        if value is None:
            if field.required:
                missing(f"{field.python_name} is required", field.required_doubts)
            continue
        check = field.check
        assert check is not None  # v2 has no file parts
        if spec_doubts == "types-only":
            check = types_only(check)
        if field.where == "body":
            assert body is not None
            body[field.wire_name] = sendable_json(check.json(value, field.python_name), field.python_name)
        elif field.where == "query":
            query.append((field.wire_name, _query_text(field, check, value)))
        else:
            text = sendable(check.text(value, field.python_name), field.python_name)
            if text in ("", ".", ".."):
                # An empty or dot segment would name another path once the URL is normalised.
                raise ValueError(f"{field.python_name} must not be {text!r}: it is a segment of the path")
            # Every reserved character escaped: a conversation id's `|`, and any `/` or `?`.
            segment = text if _UNRESERVED(text) else quote(text, safe="")
            path = path.replace("{" + field.wire_name + "}", segment)
    check_variants(endpoint, values, spec_doubts)
    return RestRequest(path, query, body)


# Text that percent-encoding leaves as it is (most ids), so it needs no call to quote.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]+").fullmatch


def raw_rest_request(path: str, query: Mapping[str, object] | None, body: Mapping[str, object] | None) -> RestRequest:
    """A v2 request the spec does not describe: query values as text (see `encode_loose`), body keys as JSON."""
    if query is not None and not isinstance(query, Mapping):
        raise TypeError(f"query must be a mapping of name to value, not {type(query).__name__}")
    if body is not None and not isinstance(body, Mapping):
        raise TypeError(f"body must be a mapping of key to JSON value, not {type(body).__name__}")
    texts = []
    for name, value in (query or {}).items():
        if not isinstance(name, str) or not name:
            raise TypeError(f"query keys must be non-empty names, got {name!r}")
        texts.append((name, encode_loose(f"query[{name!r}]", value)))
    json_body = None if body is None else sendable_json(ANY.json(dict(body), "body"), "body")
    assert json_body is None or isinstance(json_body, dict)
    return RestRequest(path, texts, json_body)


def sendable_json(value: Any, where: str) -> Any:
    """`value`, once every text in it (keys included) is known to encode as UTF-8."""
    if isinstance(value, str):
        return sendable(value, where)
    if isinstance(value, dict):
        for key, item in value.items():
            sendable(key, f"{where} key {key!r}")
            sendable_json(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            sendable_json(item, f"{where}[{index}]")
    return value


def _query_text(field: Field, check: Check, value: object) -> str:
    if not field.comma_list:
        return sendable(check.text(value, field.python_name), field.python_name)
    check.check(value, field.python_name)
    # A list whose limits are doubted has passed as a whole; its items are written as the looser check has them.
    listed = check.relaxed if isinstance(check, Doubted) else check
    assert isinstance(listed, ListOf) and isinstance(value, Sequence)
    texts = []
    for index, item in enumerate(value):
        where = f"{field.python_name}[{index}]"
        text = sendable(listed.item.text(item, where), where)
        if "," in text:
            raise ValueError(f"{where} holds a comma, which would split it in two in the comma-joined list")
        texts.append(text)
    return ",".join(texts)


def sendable(text: str, where: str) -> str:
    """`text`, once it is known to encode as UTF-8 (a lone surrogate cannot)."""
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(
                f"{where} holds {text[error.start]!r} at position {error.start}, which is not text"
            ) from None
    return text


def _file(field: Field, value: object) -> tuple[str, bytes]:
    if isinstance(value, (bytes, bytearray)):
        return field.wire_name, bytes(value)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return path.name, path.read_bytes()
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise TypeError(f"{field.python_name} must be opened in binary mode")
        name = getattr(value, "name", None)
        return (Path(name).name if isinstance(name, str) else field.wire_name), content
    raise _wrong_type(field, value, "bytes, a path or a binary file")


def _wrong_type(field: Field, value: object, expected: str) -> TypeError:
    return TypeError(f"{field.python_name} must be {expected}, not {type(value).__name__}")


def encode_loose(name: str, value: object) -> str:
    """The text of a value the spec does not describe (extra fields, raw calls).

    str as is, bool as `true`/`false`, int in decimal, a finite float, list,
    tuple and dict as compact JSON; anything else is a TypeError naming `name`.
    """
    if isinstance(value, str):
        return sendable(value, name)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return Number(integral=isinstance(value, int)).text(value, name)
    if isinstance(value, (list, tuple, Mapping)):
        return sendable(JsonText(ANY).text(value, name), name)
    raise TypeError(f"{name} must be str, bool, int, float, list or dict, not {type(value).__name__}")
