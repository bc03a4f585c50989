"""Stage 2: check the loaded spec with openapi-spec-validator and our own rules.

All problems are collected and raised together as one SpecError.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.errors import Location, SpecError, SpecProblem
from generator.load import SpecDict, SpecList
from generator.naming import python_name, split_path

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON_TEXT = "application/json"
BINARY = "application/octet-stream"
SCALAR_TYPES = {"string", "integer", "boolean", "number"}
_PATH = re.compile(r"^/[A-Za-z][A-Za-z0-9]*(/[A-Za-z][A-Za-z0-9]*)*\.action$")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_ERROR_CLASS = re.compile(r"^[A-Z][A-Za-z0-9]*Error$")
_STATUS_KEYS = {"code", "name", "description", "error", "retry"}
_URL = re.compile(r"^https?://[^\s/]+(/\S*)?$")
_VERSION = re.compile(r"^\d+\.\d+\.\d+([ab]\d+|rc\d+)?(\.post\d+)?(\.dev\d+)?$")
_UNEXPECTED = re.compile(r"'([^']+)' (?:was|were) unexpected")
_METASCHEMA = Draft202012Validator(Draft202012Validator.META_SCHEMA)
# JSON Schema 2020-12 keywords, and the few OpenAPI adds to a Schema Object.
SCHEMA_KEYWORDS = {
    "$schema",
    "$id",
    "$ref",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "$defs",
    "$comment",
    "$vocabulary",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "prefixItems",
    "items",
    "contains",
    "properties",
    "patternProperties",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "type",
    "enum",
    "const",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxContains",
    "minContains",
    "maxProperties",
    "minProperties",
    "required",
    "dependentRequired",
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
    "format",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "discriminator",
    "xml",
    "externalDocs",
    "example",
}
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMAS = (
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
)


def validate_spec(document: SpecDict) -> None:
    """Raise SpecError listing every problem of the document, if any."""
    problems = list(_openapi_problems(document))
    problems.extend(_Rules(document).check())
    if problems:
        raise SpecError(problems)


def locate(document: SpecDict, path: list[Any], message: str = "") -> Location:
    """The place of the deepest node of `path` that exists in the document."""
    node: Any = document
    location = document.location
    for part in path:
        if (isinstance(node, SpecDict) and part in node) or (
            isinstance(node, SpecList) and isinstance(part, int) and part < len(node)
        ):
            location, node = node.where(part), node[part]
        else:
            break
    unexpected = _UNEXPECTED.search(message)
    if unexpected and isinstance(node, SpecDict) and unexpected.group(1) in node:
        location = node.where(unexpected.group(1))
    return location


def _openapi_problems(document: SpecDict) -> Iterator[SpecProblem]:
    for error in OpenAPIV31SpecValidator(document).iter_errors():
        path = list(getattr(error, "absolute_path", None) or getattr(error, "path", []))
        message = str(getattr(error, "message", error)).splitlines()[0]
        yield SpecProblem(locate(document, path, message), f"OpenAPI: {message}")


def schema_problems(schema: Any) -> list[str]:
    """Why `schema` is not a valid JSON Schema 2020-12 document."""
    return [error.message.splitlines()[0] for error in _METASCHEMA.iter_errors(schema)]


def example_problems(example: Any, schema: SpecDict) -> list[str]:
    """Why `example` does not fit a form field (JSON text is decoded first)."""
    shell = {key: value for key, value in schema.items() if key != "contentSchema"}
    found = [error.message for error in Draft202012Validator(shell).iter_errors(example)]
    if found or "contentSchema" not in schema or not isinstance(example, str):
        return found
    try:
        decoded = json.loads(example)
    except ValueError as error:
        return [f"not JSON text: {error}"]
    return [error.message for error in Draft202012Validator(schema["contentSchema"]).iter_errors(decoded)]


def unknown_keywords(schema: Any, seen: set[int] | None = None) -> Iterator[tuple[SpecDict, str]]:
    """Keys of `schema` and its subschemas that no schema vocabulary defines.

    They are usually a YAML slip, such as an unquoted comma in a flow mapping
    (`{description: 0 unknown, 1 male}`) that turns half a sentence into a key.
    """
    seen = set() if seen is None else seen
    if not isinstance(schema, SpecDict) or id(schema) in seen:
        return
    seen.add(id(schema))
    for key in schema:
        if key not in SCHEMA_KEYWORDS and not key.startswith("x-"):
            yield schema, key
    children: list[Any] = [schema.get(key) for key in _SUBSCHEMAS]
    for key in _SUBSCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            children.extend(schema[key].values())
    for key in _SUBSCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            children.extend(schema[key])
    for child in children:
        yield from unknown_keywords(child, seen)


class _Rules:
    """The project's own rules, beyond what OpenAPI itself requires."""

    def __init__(self, document: SpecDict) -> None:
        self.document = document
        self.problems: list[SpecProblem] = []

    def problem(self, node: SpecDict | SpecList, key: Any, message: str) -> None:
        self.problems.append(SpecProblem(node.where(key), message))

    def check(self) -> list[SpecProblem]:
        self._check_info()
        self._check_status_codes()
        tags = {tag.get("name") for tag in self.document.get("tags", []) if isinstance(tag, SpecDict)}
        operation_ids: dict[str, Location] = {}
        methods: dict[tuple[str, str], str] = {}
        paths = self.document.get("paths")
        if not isinstance(paths, SpecDict) or not paths:
            self.problem(self.document, "paths", "the spec has no paths")
            return self.problems
        for path, item in paths.items():
            if not isinstance(item, SpecDict):
                continue
            if not _PATH.match(path):
                self.problem(paths, path, f"path '{path}' is not of the form /<segment>/.../<name>.action")
                continue
            group, method = split_path(path)
            if not method:
                self.problem(paths, path, f"path '{path}' needs at least two segments (group and method)")
            elif (group, method) in methods:
                self.problem(
                    paths, path, f"path '{path}' gives client.{group}.{method}, as '{methods[group, method]}' does"
                )
            methods[group, method] = path
            for verb in item:
                if verb in {"get", "put", "delete", "patch", "head", "options", "trace"}:
                    self.problem(item, verb, f"{path}: only POST operations exist in this API, not {verb.upper()}")
            operation = item.get("post")
            if not isinstance(operation, SpecDict):
                self.problem(item, None, f"{path}: no post operation")
                continue
            self._check_operation(path, operation, tags, operation_ids)
        return self.problems

    def _check_info(self) -> None:
        info = self.document.get("info")
        if isinstance(info, SpecDict) and not _VERSION.match(str(info.get("version", ""))):
            self.problem(
                info, "version", f"info.version '{info.get('version')}' is not a release version such as 1.2.0"
            )
        servers = self.document.get("servers")
        if not isinstance(servers, SpecList):
            servers = SpecList()
            servers.location, servers.item_locations = self.document.where("servers"), []
        regions: set[str] = set()
        for index, server in enumerate(servers):
            region = server.get("x-region") if isinstance(server, SpecDict) else None
            if not isinstance(region, str) or not _IDENTIFIER.match(region):
                self.problem(servers, index, "each server needs an x-region name such as cn")
            elif region in regions:
                self.problem(servers, index, f"two servers for region '{region}'")
            else:
                regions.add(region)
            backups = server.get("x-backup-urls", []) if isinstance(server, SpecDict) else []
            if not isinstance(backups, list) or not all(isinstance(url, str) and _URL.match(url) for url in backups):
                self.problem(server, "x-backup-urls", "x-backup-urls is a list of http(s) URLs")
        if not regions:
            self.problem(self.document, "servers", "the spec needs at least one server with an x-region")

    def _check_status_codes(self) -> None:
        table = self.document.get("x-status-codes")
        if not isinstance(table, SpecList) or not table:
            self.problem(self.document, "x-status-codes", "x-status-codes must list the API's status codes")
            return
        codes: set[Any] = set()
        names: set[Any] = set()
        for index, entry in enumerate(table):
            if not isinstance(entry, SpecDict) or not {"code", "name", "description"} <= set(entry) <= _STATUS_KEYS:
                self.problem(table, index, "a status code entry has code, name, description, and maybe error and retry")
                continue
            error = entry.get("error")
            if error is not None and not (isinstance(error, str) and _ERROR_CLASS.match(error)):
                self.problem(entry, "error", f"error class {error!r} is not a name such as RateLimitedError")
            if not isinstance(entry.get("retry", False), bool):
                self.problem(entry, "retry", "retry is true or false")
            code, name = entry["code"], entry["name"]
            if not isinstance(code, int) or isinstance(code, bool):
                self.problem(entry, "code", f"status code {code!r} is not an integer")
            if not isinstance(name, str) or not _IDENTIFIER.match(name):
                self.problem(entry, "name", f"status code name {name!r} is not snake_case")
            if code in codes:
                self.problem(entry, "code", f"status code {code} is listed twice")
            if name in names:
                self.problem(entry, "name", f"status code name '{name}' is used twice")
            codes.add(code)
            names.add(name)
        if 200 not in codes:
            self.problem(table, None, "x-status-codes must include 200")

    def _check_operation(
        self, path: str, operation: SpecDict, tags: set[Any], operation_ids: dict[str, Location]
    ) -> None:
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            self.problem(operation, None, f"{path}: operationId is missing")
        elif operation_id in operation_ids:
            self.problem(
                operation, "operationId", f"operationId '{operation_id}' is also used at {operation_ids[operation_id]}"
            )
        else:
            operation_ids[operation_id] = operation.where("operationId")
        name = operation_id or path
        for key in ("summary", "description"):
            if not isinstance(operation.get(key), str) or not operation[key].strip():
                self.problem(operation, key if key in operation else None, f"{name}: {key} is missing")
        op_tags = operation.get("tags")
        if not isinstance(op_tags, SpecList) or len(op_tags) != 1:
            self.problem(operation, "tags", f"{name}: needs exactly one tag")
        elif op_tags[0] not in tags:
            self.problem(op_tags, 0, f"{name}: tag '{op_tags[0]}' is not declared in the root's tags")
        self._check_request(name, operation)
        self._check_response(name, operation)

    def _check_request(self, name: str, operation: SpecDict) -> None:
        body = operation.get("requestBody")
        if body is None:
            return
        content = body.get("content") if isinstance(body, SpecDict) else None
        if not isinstance(content, SpecDict) or len(content) != 1 or next(iter(content)) not in (FORM, MULTIPART):
            self.problem(
                body, "content", f"{name}: the request body needs exactly one media type, {FORM} or {MULTIPART}"
            )
            return
        media_type, media = next(iter(content.items()))
        schema = media.get("schema") if isinstance(media, SpecDict) else None
        if not isinstance(schema, SpecDict) or schema.get("type") != "object":
            self.problem(media, "schema", f"{name}: the form schema must be an object")
            return
        properties = schema.get("properties")
        if not isinstance(properties, SpecDict) or not properties:
            self.problem(schema, "properties", f"{name}: the form schema lists no fields")
            return
        required = schema.get("required", [])
        for index, field in enumerate(required):
            if field not in properties:
                self.problem(required, index, f"{name}: required field '{field}' is not among the properties")
        python_names: dict[str, str] = {}
        for wire_name, field in properties.items():
            label = f"{name}.{wire_name}"
            py = python_name(wire_name)
            if py in python_names:
                self.problem(properties, wire_name, f"{label}: becomes argument '{py}', as '{python_names[py]}' does")
            python_names[py] = wire_name
            if not isinstance(field, SpecDict):
                self.problem(properties, wire_name, f"{label}: must be a schema")
                continue
            self._check_field(label, field, media_type)

    def _check_field(self, label: str, field: SpecDict, media_type: str) -> None:
        kind = field.get("type")
        if kind is None:
            self.problem(field, None, f"{label}: has no type")
            return
        if kind in ("array", "object"):
            self.problem(
                field,
                "type",
                f"{label}: form fields travel as text; describe a {kind} as type: string with contentMediaType: {JSON_TEXT} and a contentSchema",
            )
            return
        if kind not in SCALAR_TYPES:
            self.problem(field, "type", f"{label}: type must be one of {', '.join(sorted(SCALAR_TYPES))}, not {kind!r}")
            return
        for message in schema_problems(field):
            self.problem(field, None, f"{label}: invalid schema: {message}")
        self._check_keywords(label, field)
        if not isinstance(field.get("description"), str) or not field["description"].strip():
            self.problem(field, None, f"{label}: has no description")
        media = field.get("contentMediaType")
        if media == JSON_TEXT:
            if kind != "string":
                self.problem(field, "type", f"{label}: JSON text is type: string")
            if not isinstance(field.get("contentSchema"), SpecDict):
                self.problem(
                    field, "contentMediaType", f"{label}: JSON text needs a contentSchema describing its decoded value"
                )
        elif media == BINARY:
            if media_type != MULTIPART:
                self.problem(field, "contentMediaType", f"{label}: a file part needs a {MULTIPART} body")
        elif media is not None:
            self.problem(field, "contentMediaType", f"{label}: contentMediaType must be {JSON_TEXT} or {BINARY}")
        elif "contentSchema" in field:
            self.problem(field, "contentSchema", f"{label}: contentSchema without contentMediaType: {JSON_TEXT}")
        examples = field.get("examples")
        if not isinstance(examples, SpecList) or not examples:
            self.problem(field, "examples" if "examples" in field else None, f"{label}: has no examples")
            return
        for index, example in enumerate(examples):
            for message in example_problems(example, field):
                self.problem(examples, index, f"{label}: example {example!r} is invalid: {message}")

    def _check_keywords(self, label: str, schema: SpecDict) -> None:
        for node, key in unknown_keywords(schema):
            self.problem(node, key, f"{label}: unknown schema keyword '{key}' (a comma in an unquoted YAML value?)")

    def _check_response(self, name: str, operation: SpecDict) -> None:
        responses = operation.get("responses")
        response = responses.get("200") if isinstance(responses, SpecDict) else None
        if not isinstance(response, SpecDict):
            self.problem(operation, "responses", f"{name}: needs a '200' response")
            return
        content = response.get("content")
        media = content.get(JSON_TEXT) if isinstance(content, SpecDict) else None
        schema = media.get("schema") if isinstance(media, SpecDict) else None
        if not isinstance(media, SpecDict) or not isinstance(schema, SpecDict):
            self.problem(response, "content", f"{name}: the 200 response needs an {JSON_TEXT} schema")
            return
        for message in schema_problems(schema):
            self.problem(schema, None, f"{name}: invalid response schema: {message}")
        self._check_keywords(f"{name} response", schema)
        examples = media.get("examples")
        if not isinstance(examples, SpecDict):
            return
        for key, example in examples.items():
            value = example.get("value") if isinstance(example, SpecDict) else None
            for error in Draft202012Validator(schema).iter_errors(value):
                self.problem(examples, key, f"{name}: response example '{key}' is invalid: {error.message}")
