# Copied from runtime/testing/_checks.py by `python -m generator`; do not edit.
"""How the test double reads and checks one request, on its own terms.

The checks come from the spec (``_spec.json``, written by the generator: each
operation's form schema with its JSON-text ``contentSchema`` resolved) and
run through ``jsonschema``, never through the client's own field tables, so a
mistake in the client cannot hide itself.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from jsonschema import Draft202012Validator, ValidationError, validators  # type: ignore[import-untyped,unused-ignore]

from .._doubts import DoubtMet, SpecDoubt
from .._options import SpecDoubts

CURTIME_WINDOW = 300.0  # seconds either side of the server's clock, as the real server allows
FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def _json_text_content(validator: Any, content_schema: Any, instance: Any, schema: Mapping[str, Any]) -> Any:
    """JSON text inside a JSON value (a chat room message's `attach`) holds what its contentSchema says.

    JSON Schema leaves `contentSchema` an annotation; the fake asserts it, as the server reads the text.
    """
    if schema.get("contentMediaType") != "application/json" or not isinstance(instance, str):
        return
    try:
        decoded = json.loads(instance)
    except ValueError:
        yield ValidationError(f"{instance[:40]!r} is not JSON text")
        return
    yield from validator.descend(decoded, content_schema)


# Draft 2020-12, with the JSON text inside JSON values checked too.
Validator = validators.extend(Draft202012Validator, {"contentSchema": _json_text_content})


class RefusedError(Exception):
    """The request is refused with an API code (HTTP 200, ``{"code": ..., "desc": ...}``)."""

    def __init__(self, code: int, desc: str) -> None:
        self.code = code
        self.desc = desc
        super().__init__(f"{code}: {desc}")


# The kind of fact each JSON Schema keyword states, for the keywords an x-doubt can soften.
_KINDS = {
    **dict.fromkeys(("type", "format"), "type"),
    **dict.fromkeys(("enum", "const"), "enum"),
    **dict.fromkeys(
        (
            "maxLength",
            "minLength",
            "maximum",
            "minimum",
            "exclusiveMaximum",
            "exclusiveMinimum",
            "multipleOf",
            "pattern",
            "maxItems",
            "minItems",
            "uniqueItems",
        ),
        "limit",
    ),
    "required": "required",
}


class Judge:
    """Whether a problem with one request refuses it, under the fake's `spec_doubts` policy (as the client's:
    "warn" lets through what breaks only doubted facts and records the doubts met; "refuse" refuses every
    problem; "types-only" refuses only wrong types)."""

    def __init__(self, policy: SpecDoubts) -> None:
        self.policy = policy
        self.met: list[DoubtMet] = []

    def refuses(self, argument: str, error: Any) -> bool:
        """Whether jsonschema's `error` about `argument` refuses the request: the doubts that cover the
        keyword it broke are written on the schema that holds that keyword (``x-doubt``, by the generator)."""
        kind = _KINDS.get(error.validator)
        if self.policy == "refuse" or kind is None:
            return True
        if self.policy == "types-only":
            return kind == "type"
        if kind == "required":
            doubted = _required_doubts(error)
        else:
            doubts = error.schema.get("x-doubt", []) if isinstance(error.schema, dict) else []
            doubted = [doubt for doubt in doubts if doubt["about"] == kind]
        return not self._met(argument, error.message, doubted)

    def missing(self, argument: str, doubts: list[dict[str, str]]) -> bool:
        """Whether leaving out a required field or parameter (with its node's `doubts`) refuses the request."""
        if self.policy == "types-only":
            return False
        doubted = [doubt for doubt in doubts if doubt["about"] == "required"]
        return self.policy == "refuse" or not self._met(argument, f"{argument} is required", doubted)

    def _met(self, argument: str, rule: str, doubts: list[dict[str, str]]) -> bool:
        for doubt in doubts:
            self.met.append(DoubtMet(argument, rule, SpecDoubt(doubt["about"], doubt["what"], doubt["settle"])))
        return bool(doubts)


def _required_doubts(error: Any) -> list[dict[str, str]]:
    """The doubts about the required-ness of the key a `required` error names: on its own schema, or on
    the object's (about its whole `required` list)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    for name in error.validator_value:
        if isinstance(error.instance, dict) and name not in error.instance and repr(name) in error.message:
            return _about_required(schema.get("properties", {}).get(name, {}), schema)
    return []


def _about_required(*schemas: Mapping[str, Any]) -> list[dict[str, str]]:
    return [doubt for schema in schemas for doubt in schema.get("x-doubt", []) if doubt["about"] == "required"]


@functools.cache
def spec() -> dict[str, Any]:
    """The spec data the generator wrote for the test double."""
    text = resources.files(__package__).joinpath("_spec.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def operation_path(name: str) -> str:
    """``user/create.action`` for ``user/create.action``, ``/nimserver/user/create.action`` or ``user/create``."""
    path = name.split("/nimserver/", 1)[-1].strip("/")
    return path if path.endswith(".action") else path + ".action"


def check_signature(headers: Mapping[str, str], app_key: str, app_secret: str, now: float) -> None:
    """AppKey, Nonce, CurTime (epoch seconds, within the window) and CheckSum, as the server checks them."""
    if headers.get("appkey") != app_key:
        raise RefusedError(414, "AppKey is missing or not this app's")
    nonce = headers.get("nonce", "")
    if not 1 <= len(nonce) <= 128:
        raise RefusedError(414, "Nonce must have 1 to 128 characters")
    cur_time = headers.get("curtime", "")
    if not cur_time.isdigit() or abs(int(cur_time) - now) > CURTIME_WINDOW:
        raise RefusedError(414, f"CurTime {cur_time!r} is not the current time in epoch seconds")
    expected = hashlib.sha1((app_secret + nonce + cur_time).encode("utf-8")).hexdigest()
    if headers.get("checksum", "").lower() != expected:
        raise RefusedError(414, "CheckSum mismatch: expected SHA1(AppSecret + Nonce + CurTime)")


@dataclass
class Form:
    """The fields of one request: as sent (text) and as the server reads them."""

    text: dict[str, str]
    files: dict[str, tuple[str, bytes]]
    values: dict[str, Any]


def read_form(path: str, content_type: str, body: bytes, judge: Judge | None = None) -> Form:
    """Parse the body of a request to `path` by its content type; refuse what the real server would not read."""
    media_type = spec()["operations"][path]["media_type"]
    text: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if media_type == MULTIPART:
        if not content_type.lower().startswith(MULTIPART):
            raise RefusedError(414, f"expected a {MULTIPART} body, got Content-Type {content_type!r}")
        text, files = _multipart(content_type, body)
    else:
        if content_type.replace(" ", "").lower() != f"{FORM};charset=utf-8":
            raise RefusedError(414, f"expected Content-Type {FORM};charset=utf-8, got {content_type!r}")
        try:
            parsed = parse_qs(
                body.decode("ascii"),
                keep_blank_values=True,
                strict_parsing=bool(body),
                encoding="utf-8",
                errors="strict",
            )
        except (UnicodeDecodeError, ValueError) as error:
            raise RefusedError(414, f"malformed form body: {error}") from None
        for name, values in parsed.items():
            if len(values) != 1:
                raise RefusedError(414, f"{name} sent {len(values)} times")
            text[name] = values[0]
    return Form(text, files, _check_fields(path, text, files, judge or Judge("refuse")))


def _check_fields(path: str, text: dict[str, str], files: dict[str, tuple[str, bytes]], judge: Judge) -> dict[str, Any]:
    form = spec()["operations"][path]["form"] or {"properties": {}, "required": []}
    properties: dict[str, Any] = form.get("properties", {})
    for name in form.get("required", []):
        if name not in text and name not in files and judge.missing(name, _about_required(properties[name], form)):
            raise RefusedError(414, f"{name} is required")
    values: dict[str, Any] = {}
    for name, raw in text.items():
        schema = properties.get(name)
        if schema is None:
            raise RefusedError(414, f"unknown field {name}")
        value = _decode(name, schema, raw)
        problems = _validator(path, name, False)(value, judge)
        if "contentSchema" in schema and not problems:
            value = json.loads(raw)
            problems = _validator(path, name, True)(value, judge)
        if problems:
            raise RefusedError(414, f"{name}: {problems[0]}")
        values[name] = value
    for name in files:
        schema = properties.get(name)
        if schema is None or schema.get("contentMediaType") != "application/octet-stream":
            raise RefusedError(414, f"{name} is not a file field")
        values[name] = files[name][1]
    _check_variants(path, text, values, judge)
    return values


@dataclass(frozen=True)
class _Variant:
    """One if/then member of a form schema: when `applies`, the fields `then` requires and narrows."""

    applies: Callable[[Any], bool]
    label: str  # `type=0`
    required: tuple[tuple[str, list[dict[str, str]]], ...]  # name, the doubts about its required-ness
    fields: tuple[tuple[str, bool, Callable[[Any, Judge], list[str]]], ...]  # name, carries JSON text, its check


@functools.cache
def _variants(path: str) -> tuple[_Variant, ...]:
    """The form's shapes by the value of a type field (its allOf of if/then), compiled once."""
    form = spec()["operations"][path]["form"] or {}
    variants = []
    for member in form.get("allOf", []):
        condition, then = member.get("if"), member.get("then")
        if not isinstance(condition, dict) or not isinstance(then, dict):
            continue
        properties = then.get("properties", {})
        fields = tuple(
            (name, "contentSchema" in schema, _problems(schema.get("contentSchema", schema), name))
            for name, schema in properties.items()
        )
        required = tuple((name, _about_required(properties.get(name, {}), then)) for name in then.get("required", []))
        variants.append(_Variant(Validator(condition).is_valid, variant_label(condition), required, fields))
    return tuple(variants)


def _check_variants(path: str, text: dict[str, str], values: dict[str, Any], judge: Judge) -> None:
    for variant in _variants(path):
        if not variant.applies(values):
            continue  # the form is not of this variant's type
        for name, doubts in variant.required:
            if name not in values and judge.missing(name, doubts):
                raise RefusedError(414, f"{name} is required for {variant.label}")
        for name, json_text, problems in variant.fields:
            if name not in text:
                continue
            value = values[name]
            if json_text:
                try:
                    value = json.loads(text[name])
                except ValueError:
                    raise RefusedError(
                        414, f"{name} (for {variant.label}): {text[name][:40]!r} is not JSON text"
                    ) from None
            found = problems(value, judge)
            if found:
                raise RefusedError(414, f"{name} (for {variant.label}): {found[0]}")


def variant_label(condition: Mapping[str, Any]) -> str:
    """What the `if` of a variant fixes, as `type=0` (`a=1, b=2` for several keys)."""
    fixed = condition.get("properties", {})
    return ", ".join(
        f"{key}={schema['const']!r}" for key, schema in fixed.items() if isinstance(schema, dict) and "const" in schema
    )


def variant_of(schema: Mapping[str, Any], schema_path: Any) -> str:
    """` (for type=0)` when a problem a validator found lies in the `then` of a variant of `schema`, else ``."""
    node: Any = schema
    label = ""
    for part in schema_path:
        if part == "then" and isinstance(node, dict) and isinstance(node.get("if"), dict):
            label = f" (for {variant_label(node['if'])})"
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return label


def _problems(schema: Mapping[str, Any], name: str) -> Callable[[Any, Judge], list[str]]:
    """The check of field `name`'s value against `schema`: each problem that refuses it under the judge's
    policy, with the variant it is about."""
    validator = Validator(schema)

    def problems(value: Any, judge: Judge) -> list[str]:
        return [
            error.message + variant_of(schema, error.schema_path)
            for error in validator.iter_errors(value)
            if judge.refuses(name, error)
        ]

    return problems


@functools.cache
def _validator(path: str, name: str, content: bool) -> Callable[[Any, Judge], list[str]]:
    """The check of one field's value (`content`: of the JSON its text holds), compiled once: the problems
    that refuse it under the judge's policy."""
    schema = spec()["operations"][path]["form"]["properties"][name]
    if content:
        schema = schema["contentSchema"]  # carries the field's doubts that cover it (see model.plain_schema)
    else:
        schema = {key: value for key, value in schema.items() if key not in ("contentSchema", "contentMediaType")}
    return _problems(schema, name)


def decode_scalar(name: str, schema: Mapping[str, Any], text: str) -> Any:
    """A boolean, integer or number as the server reads it from text, strictly; any other text as is."""
    kind = schema.get("type")
    if kind == "boolean":
        if text not in ("true", "false"):
            raise RefusedError(414, f"{name}: {text!r} is not true or false")
        return text == "true"
    if kind == "integer":
        if not _INTEGER.match(text):
            raise RefusedError(414, f"{name}: {text!r} is not an integer")
        return int(text)
    if kind == "number":
        if not _NUMBER.match(text):
            raise RefusedError(414, f"{name}: {text!r} is not a number")
        return float(text)
    return text


def _decode(name: str, schema: Mapping[str, Any], text: str) -> Any:
    """A form value as the server reads it, strictly: every value arrives as text."""
    if schema.get("type") in ("boolean", "integer", "number"):
        return decode_scalar(name, schema, text)
    if schema.get("contentMediaType") == "application/json":
        try:
            json.loads(text)
        except ValueError:
            raise RefusedError(414, f"{name}: {text[:40]!r} is not JSON text") from None
    return text


def _multipart(content_type: str, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    head = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n"
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise RefusedError(414, "malformed multipart body")
    text: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts():
        name = str(part.get_param("name", header="content-disposition"))
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        content = payload if isinstance(payload, bytes) else b""
        if filename is not None:
            files[name] = (filename, content)
        else:
            text[name] = content.decode("utf-8")
    return text, files
