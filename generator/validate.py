"""Stage 2: check the loaded spec with openapi-spec-validator and our own rules.

All problems are collected and raised together as one SpecError.

The slow checks are pure functions of content: openapi-spec-validator on a
part of the document (the root, and each path item on its own), the JSON
Schema meta-schema on a schema, an example against its schema. Their
verdicts go through the `Verdicts` the pipeline passes in, keyed by the JSON text
of what was checked with every $ref resolved, and hold paths inside it, never
spec lines: the problems are placed in the document at hand each time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache, partial
from typing import Any, Protocol

import jsonschema_rs
from jsonschema import Draft202012Validator

from generator.document import BINARY, FORM, JSON_TEXT, MULTIPART, V2_VERBS, v2_data_schema
from generator.errors import Location, Problems
from generator.extensions import EXTENSIONS, subschema_places, subschemas
from generator.load import SpecDict, SpecList
from generator.naming import CALL_OPTION_PREFIX, python_name, split_path, v2_method_name
from generator.spec_rules import RULES, V2_OPERATION_ID, V2_PATH_PARAMETER, WARNING, SpecView

SCALAR_TYPES = {"string", "integer", "boolean", "number"}
_PATH = re.compile(r"^/[A-Za-z][A-Za-z0-9]*(/[A-Za-z][A-Za-z0-9]*)*\.action$")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_UNEXPECTED = re.compile(r"'([^']+)' (?:was|were) unexpected")
# The meta-schema check in Rust: in Python it was most of the time of validation. Formats are not
# asserted (as in Python's validator without a format checker).
_METASCHEMA = jsonschema_rs.Draft202012Validator(Draft202012Validator.META_SCHEMA, validate_formats=False)
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
_VERBS = ("get", "put", "delete", "patch", "head", "options", "trace")
_V2_PATH = re.compile(r"^(/([a-z][A-Za-z0-9_]*(\.[0-9]+)?|\{[a-z][a-z0-9_]*\}))+$")


class Verdicts(Protocol):
    """Where the verdicts of the slow checks come from: the one kept for `kind` of check on `content`,
    or `compute()` (the pipeline passes its memo, generator/cache.py)."""

    def get(self, kind: str, content: Any, compute: Callable[[], Any]) -> Any: ...


class _Computed:
    """No verdicts kept: every check is made."""

    def get(self, kind: str, content: Any, compute: Callable[[], Any]) -> Any:
        return compute()


def validate_spec(document: SpecDict, problems: Problems, verdicts: Verdicts | None = None) -> None:
    """Report every problem of the document to `problems`, reusing `verdicts` on content seen before."""
    verdicts = _Computed() if verdicts is None else verdicts
    _openapi_problems(document, problems, verdicts)
    view = SpecView.of(document)
    _extension_problems(view, problems)
    for rule in RULES.values():
        for node, key, message in rule.check(view) if rule.check is not None else ():
            report(problems, rule.id, node.where(key), message)
    _Walk(view, problems, verdicts).check()


def report(problems: Problems, rule_id: str, where: Location | None, message: str) -> None:
    """A problem under the registered rule `rule_id`, as an error or a warning by the rule's level."""
    rule = RULES[rule_id]
    (problems.warn if rule.level == WARNING else problems.error)(where, message, rule.id)


def _extension_problems(view: SpecView, problems: Problems) -> None:
    """Every `x-` key in the document is registered, allowed where it stands, and has a valid value."""
    checked: set[tuple[int, str]] = set()
    for place, node in view.places:
        for key in node:
            if not key.startswith("x-") or (id(node), key) in checked:
                continue
            checked.add((id(node), key))
            known = EXTENSIONS.get(key)
            if known is None:
                message = f"unknown extension '{key}' (the known ones are listed in spec/README.md)"
                report(problems, "extension-known", node.where(key), message)
            elif place not in known.places:
                message = f"{key} is not allowed on a {place}, only on: {', '.join(sorted(known.places))}"
                report(problems, "extension-place", node.where(key), message)
            else:
                for path, message in known.check(node[key]):
                    # At the entry of a list or mapping that is wrong, not at the key that holds it.
                    report(problems, "extension-value", locate(node, [key, *path]), f"{key}: {message}")


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


# The keys of a path item that openapi-spec-validator checks as operations.
_OSV_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _openapi_problems(document: SpecDict, problems: Problems, verdicts: Verdicts) -> None:
    """openapi-spec-validator's problems, found part by part (see _openapi_parts)."""
    parts = _openapi_parts(document)
    for part in parts:
        for path, message in verdicts.get("openapi", part, partial(_openapi_errors, part)):
            where = document.location if path is None else locate(document, path, message)
            report(problems, "openapi", where, f"OpenAPI: {message}")
    for message in _duplicate_operation_ids(parts):
        report(problems, "openapi", document.location, f"OpenAPI: {message}")


def _openapi_errors(document: dict[str, Any]) -> list[tuple[list[Any] | None, str]]:
    """(path in the document, message) of each problem openapi-spec-validator finds; path None: it gave up."""
    found: list[tuple[list[Any] | None, str]] = []
    try:
        for error in _spec_validator()(document).iter_errors():
            path = list(getattr(error, "absolute_path", None) or getattr(error, "path", []))
            found.append((path, str(getattr(error, "message", error)).splitlines()[0]))
    except (RecursionError, ValueError, TypeError, KeyError) as error:  # it gave up on this document
        found.append((None, f"the validator could not check the document ({type(error).__name__})"))
    return found


@cache
def _spec_validator() -> Any:
    """openapi-spec-validator for OpenAPI 3.1, with its two checks of JSON Schema in Rust.

    The document against the OpenAPI schema: with the validator's own
    jsonschema-rs backend, chosen here rather than by its environment
    variable, so that every run gives the same messages (and cached
    verdicts). Each Schema Object against the OpenAPI dialect's meta-schema:
    the validator does it in Python, where it took four fifths of its time;
    its keyword validator for schemas is given a checker in Rust for that
    dialect (formats are not asserted, as there: the one that matters,
    `regex`, is our own pattern check). `tests/test_broken_specs.py` holds
    the two checkers to the same verdicts.
    """
    # A fifth of a second to import: only on a miss.
    from openapi_schema_validator import OAS31_BASE_DIALECT_ID
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.schemas import schema_v31
    from openapi_spec_validator.schemas.backend.jsonschema_rs import create_validator
    from openapi_spec_validator.validation import keywords

    dialect_check = oas31_dialect_check()

    class SchemaKeyword(keywords.OpenAPIV31SchemaValidator):
        def _get_schema_checker(self, schema: Any, schema_value: Any) -> Callable[[Any], None]:
            if self._get_schema_dialect_id(schema, schema_value) == OAS31_BASE_DIALECT_ID:
                return dialect_check
            return super()._get_schema_checker(schema, schema_value)

    class Validator(OpenAPIV31SpecValidator):
        schema_validator = create_validator(dict(schema_v31))
        # As the base class declares it: the keyword validators by keyword, read only.
        keyword_validators = {**OpenAPIV31SpecValidator.keyword_validators, "schema": SchemaKeyword}  # noqa: RUF012

    return Validator


def oas31_dialect_check() -> Callable[[Any], None]:
    """A function that raises SchemaError, with the first problem, for a schema the OpenAPI 3.1
    dialect's meta-schema refuses (what openapi-schema-validator's OAS31Validator.check_schema does).

    The dialect's vocabulary comes from openapi-schema-validator's registry of
    the OpenAPI meta-schemas (a module of its own, pinned in constraints.txt).
    """
    from jsonschema.exceptions import SchemaError
    from openapi_schema_validator import OAS31Validator
    from openapi_schema_validator._specifications import REGISTRY

    meta_schema = OAS31Validator.META_SCHEMA
    known = [uri for uri in REGISTRY if uri.startswith("https://spec.openapis.org/oas/3.1/")]
    registry = jsonschema_rs.Registry([(uri, REGISTRY.contents(uri)) for uri in known])
    validator = jsonschema_rs.validator_for(meta_schema, registry=registry, validate_formats=False)

    def check(schema: Any) -> None:
        for error in validator.iter_errors(schema):
            raise SchemaError(error.message, path=list(error.instance_path), instance=schema, schema=meta_schema)

    return check


def _openapi_parts(document: SpecDict) -> list[dict[str, Any]]:
    """The document as parts that openapi-spec-validator finds the same problems in as in the whole.

    The first part is the document without its path items; then one part per
    path item, beside the document's `openapi`, `info` and `jsonSchemaDialect`
    (what the validator reads from the root when it checks a path item). Its
    checks of a path item look at nothing outside it except one: an
    operationId used by two path items, which _duplicate_operation_ids adds.
    An edit to one path item changes the content, so the verdict, of that part
    alone.
    """
    paths = document.get("paths")
    if not isinstance(paths, SpecDict):
        return [document]
    own = {url: item for url, item in paths.items() if url.startswith("/")}
    root = {key: value for key, value in document.items() if key != "paths"}
    root["paths"] = {url: item for url, item in paths.items() if url not in own}
    context = {key: document[key] for key in ("openapi", "info", "jsonSchemaDialect") if key in document}
    return [root, *({**context, "paths": {url: item}} for url, item in own.items())]


def _duplicate_operation_ids(parts: list[dict[str, Any]]) -> list[str]:
    """The validator's message for an operationId that a path item shares with an earlier one.

    Within a part the validator finds a repeated operationId itself; across
    parts, the first use in a part repeats one of an earlier part.
    """
    found: list[str] = []
    earlier: set[Any] = set()
    for part in parts[1:]:
        here: set[Any] = set()
        for url, item in part["paths"].items():
            for verb, operation in item.items() if isinstance(item, dict) else []:
                if verb not in _OSV_OPERATIONS or not isinstance(operation, dict):
                    continue
                operation_id = operation.get("operationId")
                if operation_id is None or operation_id in here:
                    continue
                here.add(operation_id)
                if operation_id in earlier:
                    found.append(f"Operation ID '{operation_id}' for '{verb}' in '{url}' is not unique")
        earlier |= here
    return found


def schema_errors(schema: Any) -> list[tuple[list[Any], str]]:
    """Why `schema` is not a valid JSON Schema 2020-12 document, or holds a pattern the client
    cannot compile, each with the path of the offending keyword."""
    try:
        # The same error comes once for each way the meta-schema reaches a keyword: once is enough.
        unique = dict.fromkeys(
            (tuple(error.instance_path), error.message.splitlines()[0]) for error in _METASCHEMA.iter_errors(schema)
        )
        found = [(list(path), message) for path, message in unique]
    except ValueError as error:  # a value JSON has no type for (the loader reports where it is)
        found = [([], f"cannot be checked: {error}")]
    return found + list(_pattern_errors(schema, [], set()))


def _pattern_errors(schema: Any, path: list[Any], seen: set[int]) -> Iterator[tuple[list[Any], str]]:
    """Patterns that Python's re cannot compile, each schema looked at once however often it is used.

    JSON Schema means ECMA-262 expressions, but the generated client checks
    arguments with Python's re, compiling every pattern when it is imported.
    """
    if not isinstance(schema, SpecDict) or id(schema) in seen:
        return
    seen.add(id(schema))
    patterns = [(["pattern"], schema["pattern"])] if isinstance(schema.get("pattern"), str) else []
    if isinstance(schema.get("patternProperties"), SpecDict):
        patterns += [(["patternProperties", key], key) for key in schema["patternProperties"]]
    for where, pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            yield path + where, f"pattern {pattern!r} is not a regular expression Python can compile: {error}"
    for where, subschema in subschema_places(schema):
        yield from _pattern_errors(subschema, path + where, seen)


def example_problems(example: Any, schema: SpecDict) -> list[str]:
    """Why `example` does not fit a form field (JSON text is decoded first)."""
    shell = {key: value for key, value in schema.items() if key not in ("contentSchema", "x-attach-schema")}
    found = [error.message for error in Draft202012Validator(shell).iter_errors(example)]
    if found or "contentSchema" not in schema or not isinstance(example, str):
        return found
    try:
        decoded = json.loads(example)
    except ValueError as error:
        return [f"not JSON text: {error}"]
    return [error.message for error in Draft202012Validator(schema["contentSchema"]).iter_errors(decoded)]


def _instance_problems(value: Any, schema: Any) -> list[str]:
    return [error.message for error in Draft202012Validator(schema).iter_errors(value)]


def unknown_keywords(schema: Any, seen: set[int] | None = None) -> Iterator[tuple[SpecDict, str]]:
    """Keys of `schema` and its subschemas that no schema vocabulary defines.

    They are usually a YAML slip, such as an unquoted comma in a flow mapping
    (`{description: 0 unknown, 1 male}`) that turns half a sentence into a key.
    """
    seen = set() if seen is None else seen
    pending = [schema]
    while pending:
        node = pending.pop()
        if not isinstance(node, SpecDict) or id(node) in seen:
            continue
        seen.add(id(node))
        for key in node:
            if key not in SCHEMA_KEYWORDS and not key.startswith("x-"):
                yield node, key
        pending.extend(subschemas(node))


class _Walk:
    """The rules checked by walking the operations (see generator/spec_rules.py): those that need what
    the walk collects, such as the client methods and the Python names one method already has."""

    def __init__(self, view: SpecView, problems: Problems, verdicts: Verdicts) -> None:
        self.view = view
        self.document = view.document
        self.problems = problems
        self.verdicts = verdicts
        self.schemas_seen: set[int] = set()

    def problem(self, rule_id: str, node: SpecDict | SpecList, key: Any, message: str) -> None:
        report(self.problems, rule_id, node.where(key), message)

    def check(self) -> None:
        self._check_webhooks()
        methods: dict[tuple[str, str], str] = {}
        paths = self.document.get("paths")
        if not isinstance(paths, SpecDict):
            return  # paths-present
        for path, item in paths.items():
            if not isinstance(item, SpecDict):
                continue
            if not path.endswith(".action"):
                self._check_v2_path(paths, path, item, methods)
                continue
            if not _PATH.match(path):
                self.problem(
                    "v1-path-form", paths, path, f"path '{path}' is not of the form /<segment>/.../<name>.action"
                )
                continue
            group, method = split_path(path)
            if not method:
                self.problem(
                    "v1-path-form", paths, path, f"path '{path}' needs at least two segments (group and method)"
                )
            elif (group, method) in methods:
                self.problem(
                    "method-unique",
                    paths,
                    path,
                    f"path '{path}' gives client.{group}.{method}, as '{methods[group, method]}' does",
                )
            methods[group, method] = path
            for verb in item:
                if verb in _VERBS:
                    self.problem(
                        "v1-post-only",
                        item,
                        verb,
                        f"{path}: only POST operations exist in this API, not {verb.upper()}",
                    )
            operation = item.get("post")
            if not isinstance(operation, SpecDict):
                self.problem("v1-post-only", item, None, f"{path}: no post operation")
                continue
            self._check_request(operation.get("operationId") or path, operation)
            self._check_response(operation.get("operationId") or path, operation)

    def _check_v2_path(
        self,
        paths: SpecDict,
        path: str,
        item: SpecDict,
        methods: dict[tuple[str, str], str],
    ) -> None:
        """A v2 REST path (see "The v2 REST API" in spec/README.md)."""
        if not _V2_PATH.match(path):
            self.problem(
                "v2-path-form",
                paths,
                path,
                f"path '{path}' is neither a v1 path (.action) nor a v2 path such as /im/v2/teams/{{team_id}}",
            )
            return
        templated = V2_PATH_PARAMETER.findall(path)
        if len(set(templated)) != len(templated):
            self.problem("v2-path-parameter", paths, path, f"path '{path}' names a parameter twice")
        verbs = [verb for verb in item if verb in _VERBS or verb == "post"]
        if not verbs:
            self.problem("v2-verb", item, None, f"{path}: no operation")
        for verb in verbs:
            operation = item[verb]
            label = f"{verb.upper()} {path}"
            if verb not in V2_VERBS:
                self.problem("v2-verb", item, verb, f"{label}: the v2 API has no {verb.upper()} operations")
                continue
            if not isinstance(operation, SpecDict):
                continue
            name = operation.get("operationId")
            name = name if isinstance(name, str) else label
            group = self._check_v2_name(operation)
            if group is not None:
                if group in methods:
                    self.problem(
                        "method-unique",
                        operation,
                        "operationId",
                        f"{name}: gives client.{group[0]}.{group[1]}, as '{methods[group]}' does",
                    )
                methods[group] = name
            python_names = self._check_parameters(name, operation, set(templated))
            self._check_json_body(name, operation, python_names)
            self._check_response(name, operation)
            self._check_paging(name, operation)

    def _check_v2_name(self, operation: SpecDict) -> tuple[str, str] | None:
        """The (`v2.<group>`, method) an operation's operationId and tag give, or None when they do not fit."""
        operation_id, op_tags = operation.get("operationId"), operation.get("tags")
        if not isinstance(operation_id, str) or not isinstance(op_tags, SpecList) or len(op_tags) != 1:
            return None  # operation-id, operation-tag
        match = V2_OPERATION_ID.match(operation_id)
        if not match:
            self.problem(
                "v2-operation-id",
                operation,
                "operationId",
                f"{operation_id}: a v2 operationId is v2.<module>.<sdkMethod>, as v2.team.createTeam"
                " (a v1 path ends in .action)",
            )
            return None
        module, method = match.groups()
        if op_tags[0] != "v2-" + module.replace("_", "-"):
            self.problem(
                "v2-operation-id", op_tags, 0, f"{operation_id}: its tag must be 'v2-{module.replace('_', '-')}'"
            )
            return None
        return "v2." + module, v2_method_name(method)

    def _check_parameters(self, name: str, operation: SpecDict, templated: set[str]) -> dict[str, str]:
        """Path and query parameters; returns their Python names (to wire names)."""
        python_names: dict[str, str] = {}
        parameters = operation.get("parameters")
        seen_path: set[str] = set()
        for parameter in parameters if isinstance(parameters, SpecList) else []:
            if not isinstance(parameter, SpecDict) or parameter.broken:
                continue
            wire, where = parameter.get("name"), parameter.get("in")
            label = f"{name}.{wire}"
            if where not in ("path", "query"):
                self.problem(
                    "v2-parameter",
                    parameter,
                    "in",
                    f"{label}: a v2 parameter is in the path or the query, not the {where}",
                )
                continue
            if where == "path":
                seen_path.add(str(wire))
                if wire not in templated:
                    self.problem("v2-path-parameter", parameter, "name", f"{label}: the path has no {{{wire}}}")
            self._python_name(python_names, parameter, "name", str(wire), label)
            if not isinstance(parameter.get("description"), str) or not parameter["description"].strip():
                self.problem("field-description", parameter, None, f"{label}: has no description")
            schema = parameter.get("schema")
            content = parameter.get("content")
            if isinstance(content, SpecDict):
                media = content.get(JSON_TEXT)
                schema = media.get("schema") if isinstance(media, SpecDict) else None
                if where != "query" or list(content) != [JSON_TEXT] or not isinstance(schema, SpecDict):
                    self.problem(
                        "v2-parameter",
                        parameter,
                        "content",
                        f"{label}: only a query parameter may be JSON text, as content: {{{JSON_TEXT}: {{schema: ...}}}}",
                    )
                    continue
            elif not isinstance(schema, SpecDict):
                self.problem("v2-parameter", parameter, None, f"{label}: has no schema")
                continue
            else:
                kind = schema.get("type")
                if kind == "array":
                    items = schema.get("items")
                    if where != "query" or parameter.get("style") != "form" or parameter.get("explode") is not False:
                        self.problem(
                            "v2-parameter",
                            parameter,
                            None,
                            f"{label}: a list travels in the query with style: form and explode: false, or as JSON text (content)",
                        )
                    elif not isinstance(items, SpecDict) or items.get("type") not in SCALAR_TYPES:
                        self.problem(
                            "v2-parameter",
                            schema,
                            "items",
                            f"{label}: the items of a comma-joined list must be scalars",
                        )
                elif kind not in SCALAR_TYPES and not schema.broken:
                    self.problem(
                        "v2-parameter",
                        schema,
                        "type" if "type" in schema else None,
                        f"{label}: type must be one of {', '.join(sorted(SCALAR_TYPES))} or array",
                    )
                    continue
            self._check_schema(label, schema)
            # A JSON-text parameter keeps its examples on its media type (OpenAPI allows them nowhere else there).
            holder = content[JSON_TEXT] if isinstance(content, SpecDict) else parameter
            self._check_examples(label, holder, schema, named=True)
        for missing in sorted(templated - seen_path):
            self.problem(
                "v2-path-parameter",
                operation,
                "parameters",
                f"{name}: the path parameter {{{missing}}} is not described",
            )
        return python_names

    def _python_name(self, names: dict[str, str], node: SpecDict | SpecList, key: Any, wire: str, label: str) -> None:
        py = python_name(wire)
        if not py.isidentifier():
            self.problem("argument-name", node, key, f"{label}: no Python argument name can be made of it")
        elif py in names:
            self.problem("argument-name", node, key, f"{label}: becomes argument '{py}', as '{names[py]}' does")
        elif clash := call_option_clash(py):
            self.problem("argument-call-option", node, key, f"{label}: {clash}")
        names[py] = wire

    def _check_json_body(self, name: str, operation: SpecDict, python_names: dict[str, str]) -> None:
        body = operation.get("requestBody")
        if body is None or not isinstance(body, SpecDict):
            return
        content = body.get("content")
        if not isinstance(content, SpecDict) or list(content) != [JSON_TEXT]:
            self.problem(
                "v2-json-body", body, "content", f"{name}: a v2 request body has exactly one media type, {JSON_TEXT}"
            )
            return
        media = content[JSON_TEXT]
        schema = media.get("schema") if isinstance(media, SpecDict) else None
        if not isinstance(schema, SpecDict) or schema.get("type") != "object":
            self.problem("v2-json-body", media, "schema", f"{name}: the body schema must be an object")
            return
        properties = schema.get("properties")
        if not isinstance(properties, SpecDict) or not properties:
            self.problem("v2-json-body", schema, "properties", f"{name}: the body schema lists no keys")
            return
        if schema.get("additionalProperties") is not False:
            self.problem("v2-json-body", schema, None, f"{name}: the body schema needs additionalProperties: false")
        required = schema.get("required", [])
        for index, key in enumerate(required if isinstance(required, SpecList) else []):
            if key not in properties:
                self.problem(
                    "required-listed", required, index, f"{name}: required key '{key}' is not among the properties"
                )
        for wire_name, field in properties.items():
            label = f"{name}.{wire_name}"
            self._python_name(python_names, properties, wire_name, wire_name, label)
            if not isinstance(field, SpecDict) or field.broken:
                continue
            self._check_schema(label, field)
            if not isinstance(field.get("description"), str) or not field["description"].strip():
                self.problem("field-description", field, None, f"{label}: has no description")
            self._check_examples(label, field, field, named=False)

    def _check_examples(self, label: str, node: SpecDict, schema: SpecDict, named: bool) -> None:
        """One example at least (a list on a schema, a map of {value} on a parameter), each valid."""
        examples = node.get("examples")
        values: list[tuple[SpecDict | SpecList, Any, Any]] = []
        if named and isinstance(examples, SpecDict):
            values = [
                (examples, key, example.get("value"))
                for key, example in examples.items()
                if isinstance(example, SpecDict)
            ]
        elif not named and isinstance(examples, SpecList):
            values = [(examples, index, value) for index, value in enumerate(examples)]
        if not values:
            self.problem(
                "examples-present", node, "examples" if "examples" in node else None, f"{label}: has no examples"
            )
            return
        if self._schema_errors(schema):
            return  # the examples cannot be checked against an invalid schema
        for where, key, value in values:
            found = self.verdicts.get("example", [value, schema], partial(example_problems, value, schema))
            for message in found:
                self.problem("example-valid", where, key, f"{label}: example {value!r} is invalid: {message}")

    def _check_paging(self, name: str, operation: SpecDict) -> None:
        paging = operation.get("x-paging")
        if not isinstance(paging, SpecDict) or not isinstance(paging.get("items"), str):
            return  # absent, or reported by the registry
        style = paging.get("style", "cursor")
        if style not in ("cursor", "offset"):
            return  # reported by the registry
        request = "page_token" if style == "cursor" else "offset"
        names = {
            p.get("name")
            for p in operation.get("parameters") or []
            if isinstance(p, SpecDict) and p.get("in") == "query"
        }
        if request not in names:
            self.problem("v2-paging", paging, None, f"{name}: {style} paging needs the query parameter '{request}'")
        data = v2_data_schema(operation)
        keys = _all_properties(data) if data is not None else {}
        wanted = {
            paging["items"]: "array",
            "has_more": "boolean",
            ("next_token" if style == "cursor" else "offset"): None,
        }
        for key, kind in wanted.items():
            schema = keys.get(key)
            if not isinstance(schema, SpecDict):
                self.problem(
                    "v2-paging",
                    paging,
                    "items" if key == paging["items"] else None,
                    f"{name}: data has no '{key}' for {style} paging",
                )
            elif kind is not None and schema.get("type") != kind:
                self.problem(
                    "v2-paging",
                    paging,
                    "items" if key == paging["items"] else None,
                    f"{name}: data.{key} must be of type {kind}",
                )

    def _check_webhooks(self) -> None:
        for name, operation in self.view.webhooks:
            body = operation.get("requestBody")
            bodies = [body, *(operation.get("responses") or {}).values()]
            for part in bodies:
                content = part.get("content") if isinstance(part, SpecDict) else None
                for media in content.values() if isinstance(content, SpecDict) else []:
                    if isinstance(media, SpecDict) and isinstance(media.get("schema"), SpecDict):
                        self._check_schema(f"webhook {name}", media["schema"])

    def _schema_errors(self, schema: Any) -> list[tuple[list[Any], str]]:
        """schema_errors, each content checked once (and across runs with a cache)."""
        return list(self.verdicts.get("schema", schema, lambda: schema_errors(schema)))

    def _check_schema(self, label: str, schema: SpecDict) -> None:
        """Metaschema and keyword checks, once per schema node."""
        if id(schema) in self.schemas_seen:
            return
        self.schemas_seen.add(id(schema))
        for path, message in self._schema_errors(schema):
            report(self.problems, "schema-valid", locate(schema, path), f"{label}: invalid schema: {message}")
        for node, key in unknown_keywords(schema):
            self.problem(
                "schema-keyword",
                node,
                key,
                f"{label}: unknown schema keyword '{key}' (a comma in an unquoted YAML value?)",
            )
        for node in _object_schemas(schema):
            for index, part in enumerate(node.get("allOf") or []):
                if isinstance(part, SpecDict) and part.ref_name is None and part.get("type", "object") != "object":
                    self.problem(
                        "schema-allof-object",
                        node["allOf"],
                        index,
                        f"{label}: an allOf member must be an object schema",
                    )

    def _check_request(self, name: str, operation: SpecDict) -> None:
        body = operation.get("requestBody")
        if body is None:
            return
        content = body.get("content") if isinstance(body, SpecDict) else None
        if not isinstance(content, SpecDict) or len(content) != 1 or next(iter(content)) not in (FORM, MULTIPART):
            self.problem(
                "v1-form-body",
                body,
                "content",
                f"{name}: the request body needs exactly one media type, {FORM} or {MULTIPART}",
            )
            return
        media_type, media = next(iter(content.items()))
        schema = media.get("schema") if isinstance(media, SpecDict) else None
        if not isinstance(schema, SpecDict) or schema.get("type") != "object":
            self.problem("v1-form-body", media, "schema", f"{name}: the form schema must be an object")
            return
        # The form schema's own keywords (its fields are checked one by one below).
        shell = {key: value for key, value in schema.items() if key != "properties"}
        for path, message in self._schema_errors(shell):
            report(self.problems, "schema-valid", locate(schema, path), f"{name}: invalid form schema: {message}")
        properties = schema.get("properties")
        if not isinstance(properties, SpecDict) or not properties:
            self.problem("v1-form-body", schema, "properties", f"{name}: the form schema lists no fields")
            return
        required = schema.get("required", [])
        for index, field in enumerate(required if isinstance(required, SpecList) else []):
            if field not in properties:
                self.problem(
                    "required-listed", required, index, f"{name}: required field '{field}' is not among the properties"
                )
        python_names: dict[str, str] = {}
        for wire_name, field in properties.items():
            label = f"{name}.{wire_name}"
            self._python_name(python_names, properties, wire_name, wire_name, label)
            if not isinstance(field, SpecDict):
                self.problem("form-field-type", properties, wire_name, f"{label}: must be a schema")
                continue
            self._check_field(label, field, media_type)

    def _check_field(self, label: str, field: SpecDict, media_type: str) -> None:
        kind = field.get("type")
        if field.broken:
            return
        if kind is None:
            self.problem("form-field-type", field, None, f"{label}: has no type")
            return
        if kind in ("array", "object"):
            self.problem(
                "form-field-type",
                field,
                "type",
                f"{label}: form fields travel as text; describe a {kind} as type: string with contentMediaType: {JSON_TEXT} and a contentSchema",
            )
            return
        kinds = list(kind) if isinstance(kind, SpecList) else [kind]
        if not kinds or not all(isinstance(one, str) and one in SCALAR_TYPES for one in kinds):
            self.problem(
                "form-field-type",
                field,
                "type",
                f"{label}: type must be one of {', '.join(sorted(SCALAR_TYPES))} (or a list of them), not {kind!r}",
            )
            return
        self._check_schema(label, field)
        if not isinstance(field.get("description"), str) or not field["description"].strip():
            self.problem("field-description", field, None, f"{label}: has no description")
        media = field.get("contentMediaType")
        if media == JSON_TEXT:
            if kinds != ["string"]:
                self.problem("form-field-type", field, "type", f"{label}: JSON text is type: string")
            if not isinstance(field.get("contentSchema"), SpecDict):
                self.problem(
                    "form-field-content",
                    field,
                    "contentMediaType",
                    f"{label}: JSON text needs a contentSchema describing its decoded value",
                )
                return
        elif media == BINARY:
            if media_type != MULTIPART:
                self.problem(
                    "form-field-content", field, "contentMediaType", f"{label}: a file part needs a {MULTIPART} body"
                )
        elif media is not None:
            self.problem(
                "form-field-content",
                field,
                "contentMediaType",
                f"{label}: contentMediaType must be {JSON_TEXT} or {BINARY}",
            )
        elif "contentSchema" in field:
            self.problem(
                "form-field-content",
                field,
                "contentSchema",
                f"{label}: contentSchema without contentMediaType: {JSON_TEXT}",
            )
        if "enum" in field and isinstance(field["enum"], SpecList) and not field["enum"]:
            self.problem("enum-empty", field, "enum", f"{label}: enum lists no values")
        examples = field.get("examples")
        if not isinstance(examples, SpecList) or not examples:
            self.problem(
                "examples-present", field, "examples" if "examples" in field else None, f"{label}: has no examples"
            )
            return
        if self._schema_errors(field):
            return  # the examples cannot be checked against an invalid schema
        for index, example in enumerate(examples):
            found = self.verdicts.get("example", [example, field], partial(example_problems, example, field))
            for message in found:
                self.problem("example-valid", examples, index, f"{label}: example {example!r} is invalid: {message}")

    def _check_response(self, name: str, operation: SpecDict) -> None:
        responses = operation.get("responses")
        response = responses.get("200") if isinstance(responses, SpecDict) else None
        if not isinstance(response, SpecDict):
            self.problem("response-200", operation, "responses", f"{name}: needs a '200' response")
            return
        content = response.get("content")
        media = content.get(JSON_TEXT) if isinstance(content, SpecDict) else None
        schema = media.get("schema") if isinstance(media, SpecDict) else None
        if not isinstance(media, SpecDict) or not isinstance(schema, SpecDict):
            self.problem("response-200", response, "content", f"{name}: the 200 response needs an {JSON_TEXT} schema")
            return
        self._check_schema(f"{name} response", schema)
        examples = media.get("examples")
        if not isinstance(examples, SpecDict) or self._schema_errors(schema):
            return
        for key, example in examples.items():
            value = example.get("value") if isinstance(example, SpecDict) else None
            found = self.verdicts.get("response-example", [value, schema], partial(_instance_problems, value, schema))
            for message in found:
                self.problem(
                    "response-example-valid", examples, key, f"{name}: response example '{key}' is invalid: {message}"
                )


def call_option_clash(argument: str) -> str | None:
    """Why a field may not take the argument name `argument`: the client's call options own the `call_` prefix."""
    if argument.startswith(CALL_OPTION_PREFIX):
        return (
            f"becomes argument '{argument}', but names starting with '{CALL_OPTION_PREFIX}' belong to the"
            " client's call options (call_request_id=, call_extra_fields=)"
        )
    return None


def _object_schemas(schema: SpecDict) -> Iterator[SpecDict]:
    """`schema` and every schema inside it."""
    seen: set[int] = set()
    pending: list[Any] = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, SpecDict) and id(node) not in seen:
            seen.add(id(node))
            yield node
            pending.extend(subschemas(node))


def _all_properties(schema: SpecDict) -> dict[str, Any]:
    """The properties of an object schema, those of its allOf members included."""
    found: dict[str, Any] = {}
    for member in [schema, *(schema.get("allOf") or [])]:
        if isinstance(member, SpecDict) and isinstance(member.get("properties"), SpecDict):
            found.update(member["properties"])
    return found
