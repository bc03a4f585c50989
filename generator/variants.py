"""Bodies by type: an object whose keys' shapes depend on the value of a sibling type key.

The spec says it in standard JSON Schema, which other OpenAPI tools apply as
they stand: the object schema's `allOf` holds one member per described
value V of the type key K,

    - if: {properties: {K: {const: V}}, required: [K]}
      then: {properties: {<key>: <its schema for V>}, required: [<keys V needs>]}

`then` only narrows the object's own keys. A value without a member (a
custom type, one the spec does not know yet) keeps the object's open shape.
Validation (rules `variant-*` in generator/rules/schemas.py) and the model
both read it here, so that the two cannot disagree on what a variant is.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.load import SpecDict, SpecList

_CONDITIONAL = ("if", "then", "else")
_THEN_KEYS = {"properties", "required", "title", "description", "$comment", "x-doubt"}


@dataclass(frozen=True)
class Case:
    """One member of the variant set: the type key's value and what `then` says of the other keys."""

    value: Any
    then: SpecDict
    member: SpecDict  # the allOf member, for its place in the spec


@dataclass(frozen=True)
class Switch:
    """The variants of one object: the name of its type key and one case per described value."""

    key: str
    cases: tuple[Case, ...]


def conditional_members(schema: SpecDict) -> Iterator[tuple[SpecList, int, SpecDict]]:
    """The `allOf` members of `schema` that are conditions (`if`/`then`/`else`), with their list and index."""
    members = schema.get("allOf")
    if not isinstance(members, SpecList):
        return
    for index, member in enumerate(members):
        if isinstance(member, SpecDict) and any(key in member for key in _CONDITIONAL):
            yield members, index, member


def case_of(member: SpecDict) -> tuple[str, Any] | str:
    """The (type key, value) a member's `if` selects, or why it is not a variant as the spec writes them."""
    if "else" in member:
        return "a variant has no `else`: a value without a variant keeps the object's open shape"
    condition, then = member.get("if"), member.get("then")
    if not isinstance(condition, SpecDict) or not isinstance(then, SpecDict):
        return "a variant is an `if` with a `then`"
    properties = condition.get("properties")
    required = condition.get("required")
    if set(condition) - {"properties", "required"} or not isinstance(properties, SpecDict) or len(properties) != 1:
        return "a variant's `if` is exactly {properties: {<type key>: {const: <value>}}, required: [<type key>]}"
    ((key, fixed),) = properties.items()
    if not isinstance(fixed, SpecDict) or set(fixed) != {"const"}:
        return f"a variant's `if` fixes '{key}' with `const` alone"
    value = fixed["const"]
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return f"a variant's type value is text or an integer, not {value!r}"
    if not isinstance(required, SpecList) or list(required) != [key]:
        return f"a variant's `if` requires '{key}' (without it, an object lacking the type key would match)"
    extra = sorted(set(then) - _THEN_KEYS)
    if extra:
        return f"a variant's `then` only narrows the object's keys (properties, required), not {', '.join(extra)}"
    return key, value


def switch_of(schema: SpecDict) -> Switch | None:
    """The variants of an object schema that validation accepted, or None when it has none."""
    cases: list[Case] = []
    key = ""
    for _, _, member in conditional_members(schema):
        found = case_of(member)
        if isinstance(found, str):
            continue  # validation reports it (variant-form)
        key = found[0]
        cases.append(Case(found[1], member["then"], member))
    return Switch(key, tuple(cases)) if cases else None


def then_properties(then: SpecDict) -> dict[str, Any]:
    properties = then.get("properties")
    return properties if isinstance(properties, SpecDict) else {}


def then_required(then: SpecDict) -> list[str]:
    required = then.get("required")
    return [name for name in required if isinstance(name, str)] if isinstance(required, SpecList) else []
