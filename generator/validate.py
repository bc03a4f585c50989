"""Stage 2: check the loaded spec with openapi-spec-validator and our own rules.

All problems are collected and raised together as one SpecError.

The slow checks are pure functions of content: openapi-spec-validator on a
part of the document (the root, and each path item on its own), the JSON
Schema meta-schema on a schema, an example against its schema. Their
verdicts go through the `Verdicts` the pipeline passes in, keyed by the JSON text
of what was checked with every $ref resolved, and hold paths inside it, never
spec lines: the problems are placed in the document at hand each time.

The rules themselves are in generator/rules/, each a function of a view of
the document; this module runs them and gives them the slow checks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from typing import Any, Protocol

import jsonschema_rs
from jsonschema import Draft202012Validator

from generator.errors import Location, Problems
from generator.extensions import EXTENSIONS, subschema_places
from generator.load import SpecDict
from generator.rules import RULES, WARNING, SpecView

# The meta-schema check in Rust: in Python it was most of the time of validation. Formats are not
# asserted (as in Python's validator without a format checker).
_METASCHEMA = jsonschema_rs.Draft202012Validator(Draft202012Validator.META_SCHEMA, validate_formats=False)


class Verdicts(Protocol):
    """Where the verdicts of the slow checks come from: the one kept for `kind` of check on `content`,
    or `compute()` (the pipeline passes its memo, generator/cache.py)."""

    def get(self, kind: str, content: Any, compute: Callable[[], Any], blanked: bool = False) -> Any:
        """`blanked`: the verdict holds for any text under the PROSE keys (`compute` checks the content with that
        text emptied); the pipeline's table counts that text as empty in its key."""
        ...


class _Computed:
    """No verdicts kept: every check is made."""

    def get(self, kind: str, content: Any, compute: Callable[[], Any], blanked: bool = False) -> Any:
        return compute()


def validate_spec(document: SpecDict, problems: Problems, verdicts: Verdicts | None = None) -> None:
    """Report every problem of the document to `problems`, reusing `verdicts` on content seen before."""
    view = SpecView.of(document, _Checks(document, _Computed() if verdicts is None else verdicts))
    for rule in RULES.values():
        for node, key, message in rule.check(view) if rule.check is not None else ():  # None: another stage's
            report(problems, rule.id, node.where(key), message)


def report(problems: Problems, rule_id: str, where: Location | None, message: str) -> None:
    """A problem under the registered rule `rule_id`, as an error or a warning by the rule's level."""
    rule = RULES[rule_id]
    (problems.warn if rule.level == WARNING else problems.error)(where, message, rule.id)


@dataclass(frozen=True)
class _Checks:
    """The slow checks of one document (see generator/rules/view.py), each verdict through `verdicts`."""

    document: SpecDict
    verdicts: Verdicts

    def openapi(self) -> Iterator[tuple[list[Any] | None, str]]:
        """openapi-spec-validator's problems, found part by part (see _openapi_parts)."""
        parts = _openapi_parts(self.document)
        shared: dict[int, Any] = {}
        for part in parts:
            found = self.verdicts.get("openapi", part, partial(_shape_errors, part, shared), blanked=True)
            if found:  # a message may quote the part's text: the problems as the part itself has them
                found = self.verdicts.get("openapi-as-written", part, partial(_openapi_errors, part))
            yield from found
        for message in _duplicate_operation_ids(parts):
            yield None, message

    def schema_errors(self, schema: Any) -> list[tuple[list[Any], str]]:
        return list(self.verdicts.get("schema", schema, partial(schema_errors, schema)))

    def example_problems(self, example: Any, schema: SpecDict) -> list[str]:
        found: list[str] = self.verdicts.get("example", [example, schema], partial(example_problems, example, schema))
        return found

    def instance_problems(self, value: Any, schema: SpecDict) -> list[str]:
        found: list[str] = self.verdicts.get(
            "response-example", [value, schema], partial(_instance_problems, value, schema)
        )
        return found

    def extension_problems(self, name: str, value: Any) -> list[tuple[list[Any], str]]:
        return list(self.verdicts.get("extension", [name, value], partial(EXTENSIONS[name].check, value)))


# The keys of a path item that openapi-spec-validator checks as operations.
_OSV_OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _openapi_errors(document: dict[str, Any]) -> list[tuple[list[Any] | None, str]]:
    """(path in the document, message) of each problem openapi-spec-validator finds; path None: it gave up."""
    found: list[tuple[list[Any] | None, str]] = []
    try:
        for error in _spec_validator()(document).iter_errors():
            path = list(getattr(error, "absolute_path", None) or getattr(error, "path", []))
            found.append((path, str(getattr(error, "message", error)).splitlines()[0]))
    except (RecursionError, ValueError, TypeError, KeyError, AssertionError) as error:  # it gave up on this document
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


# Keys whose text openapi-spec-validator asks only to be text: an edit of that text keeps a part's verdict.
PROSE = frozenset({"summary", "description"})


def _without_prose(value: Any, shared: dict[int, Any]) -> Any:
    """`value` with every summary and description that is text emptied: the part openapi-spec-validator
    checks in its place, with the verdict of the same part before a prose edit (most edits of the spec).
    It has problems where the part has them (their messages, which may quote text, then come from the
    part). A node reached twice (a resolved $ref) is copied once (`shared`, by identity, holding the
    original so that an id is not reused); a node that holds itself (in a spec whose $refs could not
    all be followed) is copied as holding itself."""
    if not isinstance(value, (dict, list)):
        return value
    known = shared.get(id(value))
    if known is not None:
        return known[1]
    copy: Any = {} if isinstance(value, dict) else []
    shared[id(value)] = (value, copy)  # before its members: the way back to it finds the copy
    if isinstance(value, dict):
        for key, item in value.items():
            copy[key] = "" if key in PROSE and isinstance(item, str) else _without_prose(item, shared)
    else:
        copy.extend(_without_prose(item, shared) for item in value)
    return copy


def _shape_errors(part: dict[str, Any], shared: dict[int, Any]) -> list[tuple[list[Any] | None, str]]:
    """openapi-spec-validator's problems in `part` with its prose emptied (its verdict holds for any prose)."""
    return _openapi_errors(_without_prose(part, shared))


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
                if operation_id is None or not isinstance(operation_id, Hashable) or operation_id in here:
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
