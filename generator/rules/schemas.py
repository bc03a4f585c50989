"""Rules of schemas: valid JSON Schema the client can use, bodies by type (generator/variants.py), and the
names of the TypedDicts they become."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

from generator.extensions import subschemas
from generator.load import SpecDict, SpecList
from generator.naming import type_name_problem
from generator.rules.registry import rule
from generator.rules.view import Found, SpecView, place
from generator.variants import case_of, conditional_members, then_properties, then_required

_INT64 = (-(2**63), 2**63 - 1)
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
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


@rule("schema-valid", "every schema is valid JSON Schema 2020-12, its patterns Python expressions", "`type: strin`")
def _valid_schemas(view: SpecView) -> Iterator[Found]:
    for schema in view.used_schemas:
        label = view.schema_labels[id(schema)]
        for path, message in view.checks.schema_errors(schema):
            yield *place(schema, path), f"{label}: invalid schema: {message}"
    for called in view.called:
        if called.v1 and called.body is not None:
            # The form schema's own keywords (its fields are checked one by one).
            shell = {key: value for key, value in called.body.items() if key != "properties"}
            for path, message in view.checks.schema_errors(shell):
                yield *place(called.body, path), f"{called.name}: invalid form schema: {message}"


@rule("schema-keyword", "a schema holds only schema keywords and extensions", "`{description: 0 off, 1 on}`")
def _schema_keywords(view: SpecView) -> Iterator[Found]:
    for schema in view.used_schemas:
        for node, key in unknown_keywords(schema):
            yield node, key, f"{view.schema_labels[id(schema)]}: unknown schema keyword '{key}' (a comma in an unquoted YAML value?)"


def unknown_keywords(schema: Any) -> Iterator[tuple[SpecDict, str]]:
    """Keys of `schema` and its subschemas that no schema vocabulary defines.

    They are usually a YAML slip, such as an unquoted comma in a flow mapping
    (`{description: 0 unknown, 1 male}`) that turns half a sentence into a key.
    """
    for node in _object_schemas(schema):
        for key in node:
            if key not in SCHEMA_KEYWORDS and not key.startswith("x-"):
                yield node, key


@rule("schema-allof-object", "an allOf member is an object schema", "`allOf: [{type: string}]`")
def _allof_objects(view: SpecView) -> Iterator[Found]:
    for schema in view.used_schemas:
        label = view.schema_labels[id(schema)]
        for node in _object_schemas(schema):
            members = node.get("allOf")
            if not isinstance(members, SpecList):
                continue  # absent, or malformed: schema-valid says so
            for index, part in enumerate(members):
                if isinstance(part, SpecDict) and part.ref_name is None and part.get("type", "object") != "object":
                    yield members, index, f"{label}: an allOf member must be an object schema"


def _object_schemas(schema: Any) -> Iterator[SpecDict]:
    """`schema` and every schema inside it, each once."""
    seen: set[int] = set()
    pending: list[Any] = [schema]
    while pending:
        node = pending.pop()
        if isinstance(node, SpecDict) and id(node) not in seen:
            seen.add(id(node))
            yield node
            pending.extend(subschemas(node))


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


@rule(
    "type-name-unique",
    "no two schemas become the same TypedDict",
    "`Envelope` as a component of two files",
)
def _type_names_unique(view: SpecView) -> Iterator[Found]:
    names = view.type_names
    for schema, known, name in names.clashes:
        for here, there in ((schema, known), (known, schema)):
            yield here, None, (
                f"this schema and the one at {there.location} would both be the TypedDict '{name}';"
                " rename a component, or move an inline schema into a named component"
            )
    taken: set[str] = set()
    for name in sorted(names.members):
        for member in names.members[name]:
            if member.name in names.defined_by or member.name in taken:
                yield member.place, None, (
                    f"the shape of this type would be the TypedDict '{member.name}', a name already taken;"
                    " give the variant's `then` another title"
                )
            taken.add(member.name)


@rule(
    "type-name-valid",
    "a TypedDict's name is a class name that shadows nothing the package defines",
    "a component named `TypedDict`, or `UserGroup` beside the group user",
)
def _type_names_valid(view: SpecView) -> Iterator[Found]:
    names = view.type_names
    for name, schema in names.defined_by.items():
        if (problem := type_name_problem(name)) is not None:
            yield schema, None, f"schema name: {problem}"
        if name in names.group_classes:
            yield schema, None, f"schema name '{name}' would shadow the class of client.{names.group_classes[name]}"


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
        parts = node.get("allOf")
        if isinstance(parts, SpecList):  # anything else is schema-valid's to report
            pending.extend(parts)
    return properties, required
