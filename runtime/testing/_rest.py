"""How the test double routes and checks a v2 REST request, on its own terms.

Each v2 operation in ``_spec.json`` (keyed by verb and path template, such as
``PATCH im/v2/accounts/{account_id}``) carries the schema and encoding of its
path and query parameters and the schema of its JSON body. A request is
routed by its verb and path (a literal segment wins over a ``{param}``), its
path values are percent-decoded, its query values split (comma lists) or
decoded (JSON text), and everything is checked with ``jsonschema``, never
with the client's own field tables.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, unquote

from ._checks import Judge, RefusedError, Validator, decode_scalar, spec, variant_of

JSON_MEDIA_TYPE = "application/json"
_VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE")
Route = tuple[str, tuple[str | None, ...], tuple[str | None, ...]]  # key, literal segments, parameter names


def is_rest_key(name: str) -> bool:
    """``GET im/v2/teams`` names a v2 operation; ``user/create.action`` a v1 one."""
    verb, _, path = name.partition(" ")
    return verb.upper() in _VERBS and bool(path)


def operation_key(name: str) -> str:
    """The key of a v2 operation from its key (any leading ``/`` or ``/nimserver/`` dropped) or its operationId."""
    operations = spec()["operations"]
    if name.startswith("v2."):
        for key, entry in operations.items():
            if entry.get("operation_id") == name:
                return str(key)
        raise ValueError(f"unknown operation {name!r}")
    verb, _, path = name.partition(" ")
    key = f"{verb.upper()} {path.split('/nimserver/', 1)[-1].strip('/')}"
    if key not in operations:
        raise ValueError(f"unknown operation {name!r}")
    return key


@functools.cache
def _routes() -> dict[str, list[Route]]:
    """The v2 path templates of each verb, split into segments."""
    routes: dict[str, list[Route]] = {}
    for key, entry in spec()["operations"].items():
        if entry.get("api") != "v2":
            continue
        literals: list[str | None] = []
        names: list[str | None] = []
        for segment in entry["path"].split("/"):
            parameter = segment[1:-1] if segment.startswith("{") and segment.endswith("}") else None
            literals.append(None if parameter else segment)
            names.append(parameter)
        routes.setdefault(entry["method"], []).append((key, tuple(literals), tuple(names)))
    return routes


def route(method: str, raw_path: str) -> tuple[str, dict[str, str]]:
    """The operation a request reaches and its path values (still percent-encoded).

    `raw_path` is the path after ``/nimserver/``, as sent. Of the templates
    that match, the one whose first literal segment comes earliest wins.
    """
    segments = raw_path.split("/")
    best: tuple[tuple[bool, ...], str, dict[str, str]] | None = None
    verbs_matching: list[str] = []
    for verb, routes in _routes().items():
        for key, literals, names in routes:
            if len(literals) != len(segments):
                continue
            values: dict[str, str] = {}
            for segment, literal, name in zip(segments, literals, names, strict=True):
                if literal is not None and segment != literal:
                    break
                if name is not None:
                    values[name] = segment
            else:
                if verb != method:
                    verbs_matching.append(verb)
                    continue
                rank = tuple(literal is None for literal in literals)  # literal earlier sorts first
                if best is None or rank < best[0]:
                    best = (rank, key, values)
    if best is None:
        if verbs_matching:
            allowed = ", ".join(sorted(set(verbs_matching)))
            raise RefusedError(405, f"{method} is not an operation of /{raw_path} (it takes {allowed})")
        raise RefusedError(404, f"unknown path /{raw_path}")
    return best[1], best[2]


@dataclass
class RestRequest:
    """A v2 request as sent (text) and as the server reads it."""

    path_values: dict[str, str]  # percent-decoded text
    query: dict[str, str]  # as sent, decoded from the URL
    json: Any  # the JSON body, None when there was none
    values: dict[str, Any]  # every value with its JSON type: path and query values decoded, body keys


def read_rest(
    key: str, raw_values: Mapping[str, str], query: str, content_type: str, body: bytes, judge: Judge | None = None
) -> RestRequest:
    """Read and check one v2 request; refuse (414) what the operation's schemas do not allow (see `Judge`)."""
    judge = judge or Judge("refuse")
    entry = spec()["operations"][key]
    parameters: dict[str, Any] = entry["parameters"]
    path_values: dict[str, str] = {}
    values: dict[str, Any] = {}
    for name, raw in raw_values.items():
        try:
            text = unquote(raw, encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            raise RefusedError(414, f"path value {name}: {raw!r} is not percent-encoded UTF-8") from None
        if not text:
            raise RefusedError(414, f"path value {name} is empty")
        path_values[name] = text
        values[name] = _checked(key, name, parameters[name], text, judge)
    sent = _read_query(query)
    for name, text in sent.items():
        parameter = parameters.get(name)
        if parameter is None or parameter["in"] != "query":
            raise RefusedError(414, f"unknown query parameter {name}")
        values[name] = _checked(key, name, parameter, text, judge)
    for name, parameter in parameters.items():
        doubts = parameter["schema"].get("x-doubt", [])  # the parameter's own doubts included
        if parameter["required"] and parameter["in"] == "query" and name not in sent and judge.missing(name, doubts):
            raise RefusedError(414, f"query parameter {name} is required")
    document = _read_body(key, entry, content_type, body, judge)
    if isinstance(document, dict):
        values.update(document)
    return RestRequest(path_values, sent, document, values)


def _read_query(query: str) -> dict[str, str]:
    try:
        parsed = parse_qs(query, keep_blank_values=True, strict_parsing=bool(query), encoding="utf-8", errors="strict")
    except (UnicodeDecodeError, ValueError) as error:
        raise RefusedError(414, f"malformed query string: {error}") from None
    sent: dict[str, str] = {}
    for name, texts in parsed.items():
        if len(texts) != 1:
            raise RefusedError(414, f"query parameter {name} sent {len(texts)} times")
        sent[name] = texts[0]
    return sent


def _read_body(key: str, entry: Mapping[str, Any], content_type: str, body: bytes, judge: Judge) -> Any:
    if entry["body"] is None:
        if body:
            raise RefusedError(414, f"{key} takes no body, got {len(body)} bytes")
        return None
    if not body:
        if entry["body_required"]:
            raise RefusedError(414, "a JSON body is required")
        return None
    media_type = content_type.split(";")[0].strip().lower()
    if media_type != JSON_MEDIA_TYPE:
        raise RefusedError(414, f"expected a {JSON_MEDIA_TYPE} body, got Content-Type {content_type!r}")
    try:
        document = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise RefusedError(414, f"the body is not JSON: {error}") from None
    if not isinstance(document, dict):
        raise RefusedError(414, "the body is not a JSON object")
    problems = _validator(key, None)(document, judge)
    if problems:
        where, message = problems[0]
        raise RefusedError(414, f"body{where}: {message}")
    return document


def _checked(key: str, name: str, parameter: Mapping[str, Any], text: str, judge: Judge) -> Any:
    """A path or query value as the server reads it (by its encoding and type), checked against its schema."""
    schema = parameter["schema"]
    encoding = parameter["encoding"]
    if encoding == "json":
        try:
            value: Any = json.loads(text)
        except ValueError:
            raise RefusedError(414, f"{name}: {text[:40]!r} is not JSON text") from None
    elif encoding == "comma":
        items = schema.get("items", {})
        value = [decode_scalar(f"{name}[{index}]", items, item) for index, item in enumerate(text.split(","))]
    else:
        value = decode_scalar(name, schema, text)
    problems = _validator(key, name)(value, judge)
    if problems:
        where, message = problems[0]
        raise RefusedError(414, f"{name}{where}: {message}")
    return value


@functools.cache
def _validator(key: str, name: str | None) -> Callable[[Any, Judge], list[tuple[str, str]]]:
    """The check of one parameter's value (`name`) or of the body (None), compiled once.

    Each problem comes with where it is inside the value (``[1]``, ``['user_information']['gender']``).
    """
    entry = spec()["operations"][key]
    schema = entry["body"] if name is None else entry["parameters"][name]["schema"]
    validator = Validator(schema)

    def problems(value: Any, judge: Judge) -> list[tuple[str, str]]:
        # A problem inside a variant's `then` names the type it is about: `(for message_type=0)`.
        return [
            (
                "".join(f"[{part!r}]" for part in error.absolute_path),
                error.message + variant_of(schema, error.schema_path),
            )
            for error in validator.iter_errors(value)
            if judge.refuses(name or _key_path(error) or "body", error)
        ]

    return problems


def _key_path(error: Any) -> str:
    """Where in the body a problem is, as the client names it: ``configuration.chat_banned_mode``."""
    return ".".join(str(part) for part in error.absolute_path)
