"""The spec rules: each with a stable id, a level, one line saying what it
asks, and an example of a spec that breaks it.

Validation (generator/validate.py) reports every problem under the id of the
rule it breaks, and the printed problem ends with that id (`[server-url]`),
so that a maintainer can look it up here, in `python -m generator rules` and
in spec/README.md, and a test can name the rule it proves.

A rule with a `check` is a small function over `SpecView`, a typed view of
the document; the others are checked where validation walks the operations
(in validate.py), because they need what that walk collects, such as the
Python names already taken in one method. Both kinds live in one registry.
Two rules need the names the model gives types, and are checked there
(`stage: model`). This module imports no validator: `python -m generator
rules` reads it alone.
"""

from __future__ import annotations

import builtins
import datetime
import keyword
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from generator.document import CALLBACK_TAG, JSON_TEXT, answer_schema
from generator.extensions import places
from generator.load import SpecDict, SpecList
from generator.naming import class_name
from generator.variants import case_of, conditional_members, then_properties, then_required

ERROR, WARNING = "error", "warning"


# A problem a rule found: the mapping or list that holds it, the key or index inside it (None: the node
# itself), and the message.
Found = tuple[SpecDict | SpecList, Any, str]

V2_PATH_PARAMETER = re.compile(r"\{([^}]*)\}")
V2_OPERATION_ID = re.compile(r"^v2\.([a-z][a-z0-9_]*)\.([a-z][A-Za-z0-9]*)$")
# What a URL may hold (RFC 3986: unreserved, reserved and percent signs), after http:// or https://.
_URL = re.compile(r"^https?://[A-Za-z0-9.\-_~\[\]:@]+(/[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?$")
_OPERATION_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*$")
_INT64 = (-(2**63), 2**63 - 1)
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# The attribute of client.v2 besides its modules (templates/package/v2/__init__.py.j2).
V2_ATTRIBUTES = frozenset({"request"})
_VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_RUNTIME = Path(__file__).resolve().parent.parent / "runtime"


@dataclass(frozen=True)
class Operation:
    path: str
    verb: str
    operation: SpecDict


@dataclass
class SpecView:
    """The parts of a document that rules look at, each found once (malformed parts left out: other rules say why)."""

    document: SpecDict
    servers: list[SpecDict] = field(default_factory=list)
    status_codes: list[SpecDict] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    webhooks: list[tuple[str, SpecDict]] = field(default_factory=list)  # name, its post operation
    places: list[tuple[str, SpecDict]] = field(default_factory=list)  # every place an extension may stand
    schemas: list[SpecDict] = field(default_factory=list)  # every schema, at any depth, once

    @classmethod
    def of(cls, document: SpecDict) -> SpecView:
        view = cls(document)
        view.servers = _mappings(document.get("servers"))
        view.status_codes = _mappings(document.get("x-status-codes"))
        paths = document.get("paths")
        for path, item in paths.items() if isinstance(paths, SpecDict) else ():
            for verb in _VERBS:
                if isinstance(item, SpecDict) and isinstance(item.get(verb), SpecDict):
                    view.operations.append(Operation(path, verb, item[verb]))
        webhooks = document.get("webhooks")
        for name, item in webhooks.items() if isinstance(webhooks, SpecDict) else ():
            if isinstance(item, SpecDict) and isinstance(item.get("post"), SpecDict):
                view.webhooks.append((name, item["post"]))
        view.places = list(places(document))
        view.schemas = [node for place, node in view.places if place == "schema"]
        return view


def _mappings(value: Any) -> list[SpecDict]:
    return [item for item in value if isinstance(item, SpecDict)] if isinstance(value, SpecList) else []


@dataclass(frozen=True)
class SpecRule:
    id: str
    summary: str  # what the rule asks, in one line
    example: str  # a piece of spec that breaks it
    level: str = ERROR
    check: Callable[[SpecView], Iterable[Found]] | None = None  # None: checked in validate.py's walk
    stage: str = "validate"  # "model": found as the model names the types (generator/model.py)


RULES: dict[str, SpecRule] = {}


def _register(rule: SpecRule) -> None:
    assert rule.id not in RULES, rule.id
    RULES[rule.id] = rule


def walked(rule_id: str, summary: str, example: str) -> None:
    """A rule checked in validate.py's walk of the operations."""
    _register(SpecRule(rule_id, summary, example))


def modelled(rule_id: str, summary: str, example: str) -> None:
    """A rule that only the model can check, as it needs the names it gives the types."""
    _register(SpecRule(rule_id, summary, example, stage="model"))


def loaded(rule_id: str, summary: str, example: str, level: str = ERROR) -> None:
    """A rule that reading the files checks (generator/load.py), before there is a document to view."""
    _register(SpecRule(rule_id, summary, example, level=level, stage="load"))


def rule(
    rule_id: str, summary: str, example: str
) -> Callable[[Callable[[SpecView], Iterable[Found]]], Callable[[SpecView], Iterable[Found]]]:
    """A rule that is a function of the view, yielding what it finds."""

    def register(check: Callable[[SpecView], Iterable[Found]]) -> Callable[[SpecView], Iterable[Found]]:
        _register(SpecRule(rule_id, summary, example, check=check))
        return check

    return register


# --- The document as a whole --------------------------------------------------

loaded("file-readable", "the root and every file it reaches can be read as UTF-8 text", "a file saved as GBK")
loaded("yaml-valid", "every file is valid YAML", "a tab in the indentation")
loaded(
    "yaml-json-shaped",
    "every file holds JSON's shapes: no aliases, merge keys, tags, duplicate keys or non-finite numbers, bounded nesting",
    "`<<: *base`",
)
loaded("text-carried", "text can be carried into generated files: no control characters", "a U+0000 in a description")
loaded("ref-resolves", "every `$ref` is a relative reference to something that exists", "`$ref: '#/Accld'`")
loaded(
    "ref-not-circular",
    "a `$ref` leads back to itself only as a recursive schema: into a named schema, past an optional place",
    "`Loop: {$ref: '#/Loop'}`",
)
loaded("ref-siblings", "keys beside a `$ref` annotate its target; they never change a constraint", "`maxLength: 8`")
loaded("root-mapping", "the root file is a mapping", "a root file holding a list")
loaded("spec-size", "with its `$ref`s resolved, the spec stays within the nesting and size limits", "a `$ref` bomb")
loaded("file-reached", "every YAML file of the spec's folder is reached from the root", "an orphaned file", WARNING)
walked("openapi", "the document is valid OpenAPI 3.1 (openapi-spec-validator)", "`info:` without `title`")
walked("extension-known", "every `x-` key is a registered extension", "`x-colour: red` on an operation")
walked("extension-place", "an extension stands only where it is allowed", "`x-region: cn` on an operation")
walked("extension-value", "an extension's value has the registered shape", "`x-safe-to-repeat: yes please`")
_VERSION = re.compile(r"^\d+\.\d+\.\d+([ab]\d+|rc\d+)?(\.post\d+)?(\.dev\d+)?$")


@rule("info-version", "`info.version` is a release version such as 1.2.0", "`version: v1`")
def _info_version(view: SpecView) -> Iterator[Found]:
    info = view.document.get("info")
    if isinstance(info, SpecDict) and not _VERSION.match(str(info.get("version", ""))):
        yield info, "version", f"info.version '{info.get('version')}' is not a release version such as 1.2.0"


@rule("paths-present", "the spec has at least one path", "`paths: {}`")
def _paths_present(view: SpecView) -> Iterator[Found]:
    paths = view.document.get("paths")
    if not isinstance(paths, SpecDict) or not paths:
        yield view.document, "paths", "the spec has no paths"


# --- Servers ----------------------------------------------------------------------


@rule(
    "server-region",
    "every server has an `x-region`, each region once, at least one server",
    "two servers with `x-region: cn`",
)
def _server_regions(view: SpecView) -> Iterator[Found]:
    regions: set[str] = set()
    servers = view.document.get("servers")
    servers = servers if isinstance(servers, SpecList) else SpecList()
    for index, server in enumerate(servers):
        region = server.get("x-region") if isinstance(server, SpecDict) else None
        if region is None:
            yield servers, index, "each server needs an x-region name such as cn"
        elif region in regions:
            yield servers, index, f"two servers for region '{region}'"
        elif isinstance(region, str):
            regions.add(region)
    if not regions:
        yield view.document, "servers", "the spec needs at least one server with an x-region"


@rule(
    "server-url",
    "a server URL and each backup URL is http(s):// with only characters a URL can hold",
    "`url: https://api.netease.im/nim server`",
)
def _server_urls(view: SpecView) -> Iterator[Found]:
    for server in view.servers:
        if isinstance(server.get("url"), str) and not _URL.match(server["url"]):
            yield server, "url", f"server URL {server['url']!r} is not an http(s) URL of characters a URL can hold"
        backups = server.get("x-backup-urls")
        if not isinstance(backups, SpecList):
            continue
        for index, url in enumerate(backups):
            if isinstance(url, str) and not _URL.match(url):
                yield backups, index, f"backup URL {url!r} is not an http(s) URL of characters a URL can hold"


# --- Status codes -------------------------------------------------------------


@rule("status-codes", "`x-status-codes` lists the API's status codes, 200 among them", "no `x-status-codes`")
def _status_codes(view: SpecView) -> Iterator[Found]:
    table = view.document.get("x-status-codes")
    if not isinstance(table, SpecList):
        yield view.document, "x-status-codes", "x-status-codes must list the API's status codes"
    elif 200 not in {entry.get("code") for entry in view.status_codes}:
        yield table, None, "x-status-codes must include 200"


@rule("operation-code-known", "an operation's `x-codes` are codes of the root's `x-status-codes`", "`x-codes: [999]`")
def _operation_codes(view: SpecView) -> Iterator[Found]:
    known = {entry.get("code") for entry in view.status_codes}
    for found in view.operations:
        codes = found.operation.get("x-codes")
        if not isinstance(codes, SpecList):
            continue  # absent, or malformed: extension-value says so
        for index, code in enumerate(codes):
            if isinstance(code, int) and not isinstance(code, bool) and code not in known:
                yield codes, index, f"x-codes: status code {code} is not in the root's x-status-codes"


@rule("status-code-unique", "each status code, and each name, is listed once", "`code: 414` in two entries")
def _status_codes_once(view: SpecView) -> Iterator[Found]:
    codes: set[Any] = set()
    names: set[Any] = set()
    for entry in view.status_codes:
        code, name = entry.get("code"), entry.get("name")
        if code in codes:
            yield entry, "code", f"status code {code} is listed twice"
        if name in names:
            yield entry, "name", f"status code name '{name}' is used twice"
        codes.add(code)
        names.add(name)


@rule(
    "status-code-error-class",
    "an error class is not named like a Python built-in or a class of the client's runtime",
    "`error: TimeoutError`",
)
def _error_classes(view: SpecView) -> Iterator[Found]:
    taken = _runtime_names()
    for entry in view.status_codes:
        name = entry.get("error")
        if isinstance(name, str) and (name in taken or hasattr(builtins, name)):
            where = "a Python built-in" if hasattr(builtins, name) else "a class of nimserver's runtime"
            yield entry, "error", f"error class '{name}' is named like {where}; the package would mean two things by it"


_DEFINED = re.compile(r"^(?:class|def|async def) ([A-Za-z_]\w*)", re.M)


@cache
def _runtime_names() -> frozenset[str]:
    """The classes and functions the runtime modules define at their top level (nimserver exports them
    beside the error classes); read as text, as parsing them took longer than the rest of the rule."""
    return frozenset(
        name for module in _RUNTIME.glob("*.py*") for name in _DEFINED.findall(module.read_text(encoding="utf-8"))
    )


# --- Operations -----------------------------------------------------------------


def _labelled(view: SpecView) -> Iterator[tuple[str, SpecDict]]:
    """Every operation, webhooks first, with the words that name it where it has no operationId."""
    yield from view.webhooks
    for one in view.operations:
        yield (one.path if one.path.endswith(".action") else f"{one.verb.upper()} {one.path}"), one.operation


@rule("operation-id", "every operation has an operationId", "a `post` without `operationId`")
def _operation_ids(view: SpecView) -> Iterator[Found]:
    for label, operation in _labelled(view):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            yield operation, None, f"{label}: operationId is missing"


@rule("operation-id-unique", "each operationId is used once", "`operationId: userCreate` on two paths")
def _operation_ids_once(view: SpecView) -> Iterator[Found]:
    first: dict[str, SpecDict] = {}
    for _, operation in _labelled(view):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            continue
        earlier = first.setdefault(operation_id, operation)
        if earlier is not operation:
            where = earlier.where("operationId")
            yield operation, "operationId", f"operationId '{operation_id}' is also used at {where}"


def _name(label: str, operation: SpecDict) -> str:
    """An operation as messages name it: by its operationId, or where it stands."""
    operation_id = operation.get("operationId")
    return operation_id if isinstance(operation_id, str) and operation_id else label


@rule("operation-id-format", "an operationId is a name: letters, digits, `_` and `.`", "`operationId: user create`")
def _operation_id_format(view: SpecView) -> Iterator[Found]:
    operations = [operation.operation for operation in view.operations] + [post for _, post in view.webhooks]
    for operation in operations:
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str) and operation_id and not _OPERATION_ID.match(operation_id):
            yield operation, "operationId", f"operationId {operation_id!r} is not a name (letters, digits, _ and .)"


@rule("operation-docs", "every operation has a summary and a description", "`summary: ''`")
def _operation_docs(view: SpecView) -> Iterator[Found]:
    for label, operation in _labelled(view):
        for key in ("summary", "description"):
            if not isinstance(operation.get(key), str) or not operation[key].strip():
                yield operation, key if key in operation else None, f"{_name(label, operation)}: {key} is missing"


@rule("operation-tag", "every operation has exactly one tag, declared in the root's `tags`", "`tags: [user, team]`")
def _operation_tags(view: SpecView) -> Iterator[Found]:
    tags = view.document.get("tags")
    declared = {tag.get("name") for tag in tags if isinstance(tag, SpecDict)} if isinstance(tags, SpecList) else set()
    for label, operation in _labelled(view):
        name = _name(label, operation)
        own = operation.get("tags")
        if not isinstance(own, SpecList) or len(own) != 1:
            yield operation, "tags", f"{name}: needs exactly one tag"
        elif own[0] not in declared:
            yield own, 0, f"{name}: tag '{own[0]}' is not declared in the root's tags"


walked("method-unique", "no two operations give the same client method", "`/user/get.action` and `/user/Get.action`")
walked("response-200", "every operation answers 200 with an `application/json` schema", "no `'200'` response")
walked("response-example-valid", "each example of a response fits its schema", "`value: {code: '200'}`")


# --- v1 (form) operations ---------------------------------------------------------

walked("v1-path-form", "a v1 path is `/<group>/.../<method>.action`", "`/user/create-user.action`")
walked("v1-post-only", "a v1 path has one `post` and no other verb", "`get:` on a .action path")
walked("v1-form-body", "a v1 request body is one form or multipart object schema with fields", "`application/json`")
walked("form-field-type", "a form field has one scalar type (JSON text is `type: string`)", "`type: object`")
walked(
    "form-field-content",
    "`contentMediaType` is JSON text with a `contentSchema`, or a file in a multipart body",
    "`contentMediaType: text/csv`",
)
walked("required-listed", "every `required` name is one of the properties", "`required: [acid]`")
walked("field-description", "every field, parameter and body key has a description", "`accid: {type: string}`")
walked("enum-empty", "an enum lists at least one value", "`enum: []`")
walked("examples-present", "every field, parameter and body key has examples", "no `examples`")
walked("example-valid", "each example fits its schema", "`examples: [abc]` on `type: integer`")
walked("argument-name", "every field gives a distinct Python argument name", "`accId` beside `acc_id`")
walked(
    "argument-call-option",
    "no field's argument starts with `call_`, the prefix of the client's call options",
    "a field `callRequestId`",
)


# --- v2 (REST) operations -------------------------------------------------------

walked("v2-path-form", "a v2 path is lower-case segments and `{parameters}`", "`/im/v2/Teams`")
walked(
    "v2-path-parameter", "each `{parameter}` of a path is named once and described, and no other", "`{id}` undescribed"
)
walked("v2-verb", "a v2 path has operations, with the verbs the client sends", "`options:`")
walked(
    "v2-operation-id",
    "a v2 operationId is `v2.<module>.<sdkMethod>`, tagged `v2-<module>`",
    "`operationId: createTeam`",
)
walked(
    "v2-parameter", "a v2 parameter is a scalar or list in the path or query, or JSON text in the query", "`in: header`"
)
walked("v2-json-body", "a v2 body is one closed `application/json` object schema", "`additionalProperties: true`")
walked("v2-paging", "an `x-paging` operation has the parameters and data keys of its style", "no `page_token`")


@rule(
    "v2-endpoint-unique",
    "two v2 paths that differ only in the names of their parameters have no verb in common",
    "`GET /x/{accid}` and `GET /x/{account_id}`",
)
def _v2_endpoints(view: SpecView) -> Iterator[Found]:
    paths = view.document.get("paths")
    seen: dict[tuple[str, str], str] = {}
    for operation in view.operations:
        if operation.path.endswith(".action") or not isinstance(paths, SpecDict):
            continue
        shape = (V2_PATH_PARAMETER.sub("{}", operation.path), operation.verb)
        first = seen.setdefault(shape, operation.path)
        if first != operation.path:
            yield paths, operation.path, (
                f"{operation.verb.upper()} {operation.path} is the endpoint of {operation.verb.upper()} {first}"
                " (only the parameter names differ)"
            )


@rule(
    "v2-module-name",
    "a v2 module is not named like a Python keyword or an attribute of `client.v2`",
    "`operationId: v2.request.send`",
)
def _v2_modules(view: SpecView) -> Iterator[Found]:
    for operation in view.operations:
        operation_id = operation.operation.get("operationId")
        match = V2_OPERATION_ID.match(operation_id) if isinstance(operation_id, str) else None
        if match is None:
            continue
        module = match.group(1)
        if keyword.iskeyword(module) or module in V2_ATTRIBUTES:
            yield operation.operation, "operationId", (
                f"v2 module '{module}' cannot be client.v2.{module}: it is a Python keyword or an attribute of client.v2"
            )


# --- Schemas --------------------------------------------------------------------

walked("schema-valid", "every schema is valid JSON Schema 2020-12, its patterns Python expressions", "`type: strin`")
walked("schema-keyword", "a schema holds only schema keywords and extensions", "`{description: 0 off, 1 on}`")
walked("schema-allof-object", "an allOf member is an object schema", "`allOf: [{type: string}]`")

_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": lambda value: (isinstance(value, int) and not isinstance(value, bool))
    or (isinstance(value, float) and value.is_integer()),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
}


def _kinds(schema: SpecDict) -> list[str] | None:
    """The schema's `type` as a list of known types, or None when it names none or one we do not know."""
    kind = schema.get("type")
    kinds = list(kind) if isinstance(kind, SpecList) else [kind]
    known = [one for one in kinds if isinstance(one, str) and one in _TYPES]
    return known if known and len(known) == len(kinds) else None


def _fits(value: Any, kinds: list[str]) -> bool:
    return any(_TYPES[kind](value) for kind in kinds)


@rule(
    "schema-enum-type", "every enum value (and a const) is of the schema's type", "`{type: integer, enum: ['1', '2']}`"
)
def _enum_types(view: SpecView) -> Iterator[Found]:
    for schema in view.schemas:
        kinds = _kinds(schema)
        if kinds is None:
            continue
        values = schema.get("enum")
        values = values if isinstance(values, SpecList) else SpecList()
        for index, value in enumerate(values):
            if not _fits(value, kinds):
                yield values, index, f"enum value {value!r} is not of the schema's type {_shown(kinds)}"
        if "const" in schema and not _fits(schema["const"], kinds):
            yield schema, "const", f"const {schema['const']!r} is not of the schema's type {_shown(kinds)}"


@rule(
    "schema-default-type",
    "a default is of the schema's type, and one of its enum values",
    "`{type: integer, default: 'ten'}`",
)
def _defaults(view: SpecView) -> Iterator[Found]:
    for schema in view.schemas:
        kinds = _kinds(schema)
        if "default" not in schema or kinds is None:
            continue
        default = schema["default"]
        values = schema.get("enum")
        if not _fits(default, kinds):
            yield schema, "default", f"default {default!r} is not of the schema's type {_shown(kinds)}"
        elif isinstance(values, SpecList) and not any(_same(default, value) for value in values):
            yield schema, "default", f"default {default!r} is not one of the enum values"


def _same(one: Any, other: Any) -> bool:
    """Equal as JSON Schema compares values: numbers by value (2 is 2.0), anything else with its type (1 is not true)."""
    if all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in (one, other)):
        return bool(one == other)
    return type(one) is type(other) and one == other


@rule("schema-int64-range", "an integer's bounds lie within the 64-bit range the server takes", "`minimum: 1e30`")
def _integer_bounds(view: SpecView) -> Iterator[Found]:
    low, high = _INT64
    for schema in view.schemas:
        if _kinds(schema) != ["integer"]:
            continue
        for key in _BOUNDS:
            bound = schema.get(key)
            if not isinstance(bound, (int, float)) or isinstance(bound, bool):
                continue
            if not math.isfinite(bound) or not low <= bound <= high:
                yield schema, key, f"{key} {bound!r} is outside the 64-bit integer range, so no value could pass"


@rule("schema-property-name", "a property is named by non-empty text", "`properties: {'': {type: string}}`")
def _property_names(view: SpecView) -> Iterator[Found]:
    for schema in view.schemas:
        properties = schema.get("properties")
        if not isinstance(properties, SpecDict):
            continue
        for name in properties:
            if not name.strip():
                yield properties, name, f"property name {name!r} is empty: no key can be written for it"


@rule("parameter-name", "a parameter is named by non-empty text", "`- {name: '', in: query}`")
def _parameter_names(view: SpecView) -> Iterator[Found]:
    for found in view.operations:
        parameters = found.operation.get("parameters")
        for parameter in parameters if isinstance(parameters, SpecList) else ():
            name = parameter.get("name") if isinstance(parameter, SpecDict) else None
            if isinstance(name, str) and not name.strip():
                yield parameter, "name", f"parameter name {name!r} is empty: no argument can be made of it"


def _shown(kinds: list[str]) -> str:
    return " or ".join(kinds)


# --- Bodies by type (generator/variants.py) ------------------------------------


@rule(
    "variant-form",
    "a variant of a body by type is `if` (the type key's `const`, required) and `then` narrowing the object's own keys",
    "`if: {properties: {type: {enum: [0, 1]}}}`",
)
def _variant_forms(view: SpecView) -> Iterator[Found]:
    for schema in view.schemas:
        properties, _ = all_properties(schema)
        for members, index, member in conditional_members(schema):
            found = case_of(member)
            if isinstance(found, str):
                yield members, index, found
                continue
            key = found[0]
            if key not in properties:
                yield members, index, f"the variant's type key '{key}' is not a property of the object"
            then = member["then"]
            for name in [*then_properties(then), *then_required(then)]:
                if name not in properties:
                    yield then, None, f"the variant for {key}={found[1]!r} names '{name}', not a property of the object"


@rule(
    "variant-distinct",
    "the variants of an object switch on one type key, and no two name the same value (one body, one variant)",
    "two variants with `if: {properties: {type: {const: 0}}, required: [type]}`",
)
def _variant_overlaps(view: SpecView) -> Iterator[Found]:
    for schema in view.schemas:
        first_key: str | None = None
        seen: list[Any] = []
        for members, index, member in conditional_members(schema):
            found = case_of(member)
            if isinstance(found, str):
                continue  # variant-form
            key, value = found
            if first_key is None:
                first_key = key
            elif key != first_key:
                yield members, index, (
                    f"this variant switches on '{key}', an earlier one on '{first_key}': an object could match both"
                )
                continue
            if any(_same(value, other) for other in seen):
                yield members, index, f"{key}={value!r} already has a variant: an object of that type would match both"
            seen.append(value)


@rule(
    "variant-value-fits",
    "the value a variant fixes is one the type key's schema accepts (its type, enum and const)",
    "a variant for `type: 5` where `type` has `enum: [0, 1]`",
)
def _variant_values(view: SpecView) -> Iterator[Found]:
    for schema in view.schemas:
        properties, _ = all_properties(schema)
        for members, index, member in conditional_members(schema):
            found = case_of(member)
            if isinstance(found, str) or found[0] not in properties:
                continue  # variant-form
            key, value = found
            target = properties[key][0]
            if not isinstance(target, SpecDict):
                continue
            kinds = _kinds(target)
            allowed = target.get("enum")
            if kinds is not None and not _fits(value, kinds):
                yield members, index, f"{key}={value!r} is not of the type key's type {_shown(kinds)}"
            elif isinstance(allowed, SpecList) and not any(_same(value, other) for other in allowed):
                yield members, index, f"{key}={value!r} is not one of the type key's values {list(allowed)}"
            elif "const" in target and not _same(value, target["const"]):
                yield members, index, f"{key}={value!r} is not the type key's only value {target['const']!r}"


modelled(
    "type-name-unique",
    "no two schemas become the same TypedDict",
    "`Envelope` as a component of two files",
)
modelled(
    "type-name-valid",
    "a TypedDict's name is a class name that shadows nothing the package defines",
    "a component named `TypedDict`, or `UserGroup` beside the group user",
)

# --- Webhooks -------------------------------------------------------------------


@rule("webhook-post", "a webhook is a Path Item with one `post` operation", "`get:` under a webhook")
def _webhook_posts(view: SpecView) -> Iterator[Found]:
    webhooks = view.document.get("webhooks")
    if not isinstance(webhooks, SpecDict):
        return
    for name, item in webhooks.items():
        if not isinstance(item, SpecDict) or not isinstance(item.get("post"), SpecDict):
            yield webhooks, name, f"webhook {name}: needs a post operation"


def _payload(operation: SpecDict) -> SpecDict | None:
    """The payload schema of a webhook: its request body's JSON schema."""
    body = operation.get("requestBody")
    content = body.get("content") if isinstance(body, SpecDict) else None
    media = content.get(JSON_TEXT) if isinstance(content, SpecDict) else None
    schema = media.get("schema") if isinstance(media, SpecDict) else None
    return schema if isinstance(schema, SpecDict) else None


def all_properties(schema: SpecDict) -> tuple[dict[str, tuple[Any, SpecDict]], set[str]]:
    """The properties of an object schema, those of its allOf parts (named or not) included, each with the
    mapping that holds it; and the names it requires."""
    properties: dict[str, tuple[Any, SpecDict]] = {}
    required: set[str] = set()
    pending: list[Any] = [schema]
    seen: set[int] = set()
    while pending:
        node = pending.pop()
        if not isinstance(node, SpecDict) or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node.get("properties"), SpecDict):
            # The schema's own properties narrow those of the parts it extends.
            holder = node["properties"]
            properties = {**{key: (value, holder) for key, value in holder.items()}, **properties}
        listed = node.get("required")
        if isinstance(listed, SpecList):  # anything else is schema-valid's to report
            required.update(item for item in listed if isinstance(item, str))
        pending.extend(node.get("allOf") or ())
    return properties, required


def fixed_keys(schema: SpecDict) -> dict[str, Any]:
    """The required keys of a payload that hold one value, by the `const` or one-value `enum` of their
    schema: what the client tells a webhook's bodies by."""
    properties, required = all_properties(schema)
    fixed: dict[str, Any] = {}
    for key in sorted(required):
        value = properties.get(key, (None, None))[0]
        if not isinstance(value, SpecDict):
            continue
        if "const" in value:
            fixed[key] = value["const"]
        elif isinstance(value.get("enum"), SpecList) and len(value["enum"]) == 1:
            fixed[key] = value["enum"][0]
    return fixed


@rule(
    "webhook-discriminated",
    "a webhook's JSON payload has a required key fixed to one value (`const`), so its bodies can be told apart",
    "a webhook without `requestBody`",
)
def _webhook_payloads(view: SpecView) -> Iterator[Found]:
    for name, operation in view.webhooks:
        payload = _payload(operation)
        if payload is None:
            yield operation, "requestBody" if "requestBody" in operation else None, (
                f"webhook {name}: needs an application/json request body: without one it would match every body"
            )
        elif not fixed_keys(payload):
            yield operation, "requestBody", (
                f"webhook {name}: its payload fixes no required key to one value (such as eventType with a const),"
                " so it would match every body"
            )


@rule(
    "webhook-reachable",
    "no webhook's fixed keys include all those of a webhook before it (in name order), which would take its bodies",
    "two webhooks with `eventType: {const: '2'}`",
)
def _webhook_overlaps(view: SpecView) -> Iterator[Found]:
    earlier: list[tuple[str, set[tuple[str, str, str]]]] = []
    for name, operation in sorted(view.webhooks, key=lambda webhook: webhook[0]):
        payload = _payload(operation)
        fixed = fixed_keys(payload) if payload is not None else {}
        if not fixed:
            continue  # webhook-discriminated
        own = {(key, type(value).__name__, repr(value)) for key, value in fixed.items()}
        for other, keys in earlier:
            if keys <= own:
                told = ", ".join(f"{key} == {value}" for key, _, value in sorted(keys))
                yield operation, "requestBody", (
                    f"webhook {name}: every body of it also matches webhook {other} ({told}), which comes first"
                )
                break
        earlier.append((name, own))


@rule(
    "callback-answer",
    "third-party callbacks answer with one shared schema of errCode (0, 1), responseCode, modifyResponse, callbackExt",
    "a callback answering `{type: object}`",
)
def _callback_answers(view: SpecView) -> Iterator[Found]:
    callbacks = [operation for _, operation in view.webhooks if (operation.get("tags") or [None])[0] == CALLBACK_TAG]
    answers = [answer_schema(operation) for operation in callbacks]
    if not answers:
        return
    first = answers[0]
    if first is None or not _becomes_typed_dict(first) or len({_identity(answer) for answer in answers}) != 1:
        for operation in callbacks:
            yield operation, None, "every third-party callback must answer with one shared, named schema"
        return
    properties, _ = all_properties(first)
    missing = [key for key in _ANSWER_KEYS if key not in properties]
    decision = properties.get("errCode", (None, None))[0]
    if missing or _values(decision) != {"0", "1"}:
        yield first.origin or first, None, (
            "the answer of third-party callbacks needs errCode (enum 0, 1), responseCode, modifyResponse and"
            f" callbackExt for the answer helpers; missing or different: {', '.join(missing) or 'errCode'}"
        )
        return
    modify, holder = properties["modifyResponse"]
    if not isinstance(modify, SpecDict) or not _becomes_typed_dict(modify):
        yield holder, "modifyResponse", "modifyResponse must be an object schema with properties"


_ANSWER_KEYS = ("errCode", "responseCode", "modifyResponse", "callbackExt")


def _identity(schema: SpecDict | None) -> Any:
    """The same for two uses of one schema (a component reached twice, maybe described in place)."""
    if schema is None:
        return None
    target = schema.origin or schema
    return target.ref_key or id(target)


def _becomes_typed_dict(schema: SpecDict) -> bool:
    """Whether the generated package types values of `schema` as a TypedDict: an object schema with
    properties (or allOf parts), neither a choice of values nor of schemas."""
    if any(key in schema for key in ("const", "enum", "anyOf", "oneOf")) or isinstance(schema.get("type"), SpecList):
        return False
    return bool(schema.get("properties")) or "allOf" in schema


def _values(schema: Any) -> set[str] | None:
    """The values a schema allows when it lists them, as Python writes them."""
    if not isinstance(schema, SpecDict):
        return None
    if "const" in schema:
        return {repr(schema["const"])}
    return set(map(repr, schema["enum"])) if isinstance(schema.get("enum"), SpecList) else None


@rule("webhook-class-unique", "no two webhooks get the same event class name", "webhooks `copyLogin` and `copy_login`")
def _webhook_classes(view: SpecView) -> Iterator[Found]:
    webhooks = view.document.get("webhooks")
    seen: dict[str, str] = {}
    for name, _ in view.webhooks:
        first = seen.setdefault(class_name(name), name)
        if first != name and isinstance(webhooks, SpecDict):
            yield webhooks, name, f"webhook {name}: its class would be {class_name(name)}, as webhook {first}'s is"


# --- The spec's doubts (x-doubt) ------------------------------------------------------------------------
# The shape of each record is the extension's schema (extension-value); these rules ask what the shape
# cannot: that a required-ness doubt stands where a field can be required (the client then lets that field
# be left out), that a verb doubt stands on an operation, and that evidence is dated with a real day. A doubt
# about a limit or values the node does not state, or a cap enforced by the server, is a doubt like any
# other: the spec's own records use them so, and the client has no check for them to soften.


def _doubts(view: SpecView) -> Iterator[tuple[str, SpecDict, SpecList, int, str]]:
    """Every x-doubt record with a known kind: its node's place, the node, the list, its index and kind."""
    for place, node in view.places:
        records = node.get("x-doubt")
        if not isinstance(records, SpecList):
            continue
        for index, record in enumerate(records):
            if isinstance(record, SpecDict) and isinstance(record.get("about"), str):
                yield place, node, records, index, record["about"]


@rule("doubt-verb-place", "a doubt about the verb is on the operation", "`x-doubt: [{about: verb, ...}]` on a property")
def _doubt_verb_places(view: SpecView) -> Iterator[Found]:
    for place, _, records, index, kind in _doubts(view):
        if kind == "verb" and place != "operation":
            yield records, index, f"a doubt about the verb belongs on the operation, not on a {place}"


@rule(
    "doubt-required-place",
    "a doubt about required-ness is on a property's schema, a parameter, or an object schema (about its `required` list)",
    "`x-doubt: [{about: required, ...}]` on `{type: string}` under `items`",
)
def _doubt_required_places(view: SpecView) -> Iterator[Found]:
    properties = {
        id(value)
        for schema in view.schemas
        if isinstance(schema.get("properties"), SpecDict)
        for value in schema["properties"].values()
    }
    for place, node, records, index, kind in _doubts(view):
        listing = "required" in node or "properties" in node  # an object whose required list is doubted
        if kind == "required" and place == "schema" and id(node) not in properties and not listing:
            yield records, index, (
                "a doubt about required-ness must be on a property's schema, a parameter or an object schema"
            )


@rule("doubt-evidence-date", "each piece of evidence has a real calendar date (YYYY-MM-DD)", "`date: 2026-02-30`")
def _doubt_evidence_dates(view: SpecView) -> Iterator[Found]:
    for _, _, records, index, _ in _doubts(view):
        evidence = records[index].get("evidence")
        for item in evidence if isinstance(evidence, SpecList) else ():
            date = item.get("date") if isinstance(item, SpecDict) else None
            if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                try:
                    datetime.date.fromisoformat(date)
                except ValueError:
                    yield item, "date", f"evidence date {date} is not a calendar date"
