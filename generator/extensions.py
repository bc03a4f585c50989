"""The project's `x-` extensions: the one place that says which exist, where
each may appear, what its value looks like and what it means.

Validation checks every `x-` key of the spec against this registry; the
model reads extensions only through `extension()`. `spec/README.md` documents
the same table (a test keeps the two in agreement).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.load import SpecDict, SpecList

_TEXT = {"type": "string", "minLength": 1}

# What a doubt may be about: the kinds of fact the spec states. The client's checks rest on
# `required`, `type`, `limit` and `enum`; the others are for reviewers and the conformance run.
DOUBT_KINDS = (
    "name",  # the spelling of a key, parameter or operation
    "presence",  # whether the field, key or operation exists at all
    "required",  # whether a field must be given
    "type",  # the JSON type or format of a value
    "limit",  # a length, size, range or pattern
    "enum",  # the set of allowed values
    "meaning",  # what a value means
    "default",  # the value the server assumes when a field is left out
    "verb",  # the HTTP method
    "path",  # the URL path
    "response",  # the shape of an answer
)
_SOURCES = {"type": "array", "items": {"type": "string", "minLength": 1, "pattern": r"^\S(.*\S)?$"}}
_DOUBTS = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["about", "what", "for", "settle"],
        "additionalProperties": False,
        "properties": {
            "about": {"enum": list(DOUBT_KINDS)},
            "what": _TEXT,
            "for": _SOURCES,
            "against": {**_SOURCES, "minItems": 1},
            "settle": _TEXT,
            "evidence": {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["date", "source", "observed", "verdict"],
                    "additionalProperties": False,
                    "properties": {
                        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                        "source": _TEXT,
                        "observed": _TEXT,
                        "verdict": {"enum": ["settles", "supports", "contradicts"]},
                    },
                },
            },
        },
    },
}


@dataclass(frozen=True)
class Extension:
    name: str
    places: frozenset[str]
    schema: dict[str, Any]  # JSON Schema of the value
    meaning: str
    default: Any = None

    def check(self, value: Any) -> list[tuple[list[Any], str]]:
        """What is wrong with `value`: each problem with its path inside the value."""
        from jsonschema import Draft202012Validator  # only validation needs it, in its own process

        return [
            (list(error.absolute_path), error.message) for error in Draft202012Validator(self.schema).iter_errors(value)
        ]


def _extension(name: str, places: str, schema: dict[str, Any], meaning: str, default: Any = None) -> Extension:
    return Extension(name, frozenset(places.split()), schema, meaning, default)


EXTENSIONS: dict[str, Extension] = {
    extension.name: extension
    for extension in (
        _extension(
            "x-status-codes",
            "root",
            {
                "type": "array",
                "minItems": 1,
                "items": {
                    "type": "object",
                    "required": ["code", "name", "description"],
                    "additionalProperties": False,
                    "properties": {
                        "code": {"type": "integer"},
                        "name": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                        "description": _TEXT,
                        "error": {"type": "string", "pattern": "^[A-Z][A-Za-z0-9]*Error$"},
                        "retry": {"type": "boolean"},
                        "common": {"type": "boolean"},
                    },
                },
            },
            "The API's status codes: each with a snake_case name, a description, the ApiError subclass raised for"
            " it (error), whether the client retries it (retry) and whether any operation may return it (common).",
        ),
        _extension(
            "x-region",
            "server",
            {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
            "The client's region= name for this server.",
        ),
        _extension(
            "x-backup-urls",
            "server",
            {"type": "array", "items": {"type": "string", "pattern": r"^https?://[^\s/]+(/\S*)?$"}},
            "Base URLs tried in turn when a connection to the server fails.",
            (),
        ),
        _extension(
            "x-rate-limit",
            "operation",
            _TEXT,
            "The default rate limit of the operation, as one sentence; shown to users.",
            "",
        ),
        _extension(
            "x-safe-to-repeat",
            "operation",
            {"type": "boolean"},
            "true on operations that only read, so the client also retries them after a timeout.",
            False,
        ),
        _extension(
            "x-paging",
            "operation",
            {
                "type": "object",
                "required": ["items"],
                "additionalProperties": False,
                "properties": {
                    "items": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
                    "style": {"enum": ["cursor", "offset"]},
                },
            },
            "On a v2 operation that answers in pages: the key of the item list in data, and the style (cursor:"
            " page_token in, has_more and next_token out; offset: offset in, has_more and offset out).",
        ),
        _extension(
            "x-doc",
            "operation",
            {
                "type": "object",
                "required": ["title", "url"],
                "additionalProperties": False,
                "properties": {
                    "title": {"type": "string", "minLength": 1, "pattern": r"^\S(.*\S)?$"},
                    "url": {"type": "string", "pattern": r"^https://[^\s/]+/\S*$"},
                },
            },
            "The operation's page in the official Chinese documentation: its title exactly as the official"
            " documentation gives it (the page's heading, or the name its official API list links it by), and its"
            " address (with a #fragment where the operation is a section of a page). Shown under the operation's"
            " heading in the reference, and searched.",
        ),
        _extension(
            "x-codes",
            "operation",
            {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"type": "integer"}},
            "The status codes the operation's sources name for it, each one of the root's x-status-codes;"
            " listed with their meanings under the operation in the reference.",
            (),
        ),
        _extension(
            "x-note",
            "operation body parameter schema",
            _TEXT,
            "Anything else a reviewer should know (such as a spelling the sources disagree on). For reviewers only.",
        ),
        _extension(
            "x-doubt",
            "operation body parameter schema",
            _DOUBTS,
            "The doubts about this node's facts, each a structured record: what kind of fact is doubted (about),"
            " what is uncertain (what), the sources for the spec's reading (for) and against it (against), the"
            " observation that would settle it (settle) and any evidence gathered since (evidence). A check that"
            " rests on a doubted fact warns instead of refusing, unless evidence settles the doubt."
            " For reviewers; never in docstrings.",
            (),
        ),
        _extension(
            "x-attach-schema",
            "schema",
            {"type": "object"},
            "On a text field that holds JSON text for some message types: a reference (like a $ref, as text)"
            " to the schema of that JSON; loaded and checked like any $ref, shown in the documentation.",
        ),
    )
}


def extension(node: SpecDict, name: str) -> Any:
    """The value of extension `name` on `node`, or its default."""
    return node.get(name, EXTENSIONS[name].default)


_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = (
    "items",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "x-attach-schema",
)
_SUBSCHEMA_KEYS = frozenset(_SCHEMA_ONE + _SCHEMA_MAPS + _SCHEMA_LISTS)
_OPERATION_VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def subschemas(schema: SpecDict) -> Iterator[Any]:
    """The schemas directly inside `schema`."""
    for _, subschema in subschema_places(schema):
        yield subschema


def subschema_places(schema: SpecDict) -> Iterator[tuple[list[Any], Any]]:
    """The schemas directly inside `schema`, each with its path from `schema`."""
    if _SUBSCHEMA_KEYS.isdisjoint(schema):  # most schemas: a type and its limits
        return
    for key in _SCHEMA_ONE:
        if key in schema:
            yield [key], schema[key]
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), SpecDict):
            for name, subschema in schema[key].items():
                yield [key, name], subschema
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), SpecList):
            for index, subschema in enumerate(schema[key]):
                yield [key, index], subschema


def _items(node: Any) -> list[Any]:
    """The items of a list; none where the spec has something else (the OpenAPI schema says why)."""
    return list(node) if isinstance(node, SpecList) else []


def _values(node: Any) -> list[Any]:
    """The values of a mapping; none where the spec has something else (the OpenAPI schema says why)."""
    return list(node.values()) if isinstance(node, SpecDict) else []


def places(document: SpecDict) -> Iterator[tuple[str, SpecDict]]:
    """Every mapping of the document where an extension may stand, with the name of its place."""
    yield "root", document
    for key in ("info", "externalDocs"):
        if isinstance(document.get(key), SpecDict):
            yield "info", document[key]
    for key in ("servers", "tags"):
        for item in _items(document.get(key)):
            if isinstance(item, SpecDict):
                yield key.rstrip("s"), item
    components = document.get("components")
    components = components if isinstance(components, SpecDict) else SpecDict()
    schemas: list[Any] = _values(components.get("schemas"))
    items: list[Any] = []
    for key in ("paths", "webhooks"):
        if isinstance(document.get(key), SpecDict):
            items.extend(document[key].values())
    for item in items:
        if not isinstance(item, SpecDict):
            continue
        yield "path-item", item
        for verb in _OPERATION_VERBS:
            operation = item.get(verb)
            if not isinstance(operation, SpecDict):
                continue
            yield "operation", operation
            for parameter in _items(operation.get("parameters")):
                if isinstance(parameter, SpecDict):
                    yield "parameter", parameter
                    schemas.append(parameter.get("schema"))
            bodies = [operation.get("requestBody")]
            responses = operation.get("responses")
            if isinstance(responses, SpecDict):
                bodies.extend(responses.values())
            for body in bodies:
                if not isinstance(body, SpecDict):
                    continue
                yield "body", body
                for media in _values(body.get("content")):
                    if isinstance(media, SpecDict):
                        yield "media-type", media
                        schemas.append(media.get("schema"))
    seen: set[int] = set()
    while schemas:
        schema = schemas.pop()
        if isinstance(schema, SpecDict) and id(schema) not in seen:
            seen.add(id(schema))
            yield "schema", schema
            schemas.extend(subschemas(schema))
