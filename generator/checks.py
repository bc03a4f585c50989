"""The runtime checks of an argument, as Python source (see runtime/_checks.py).

Derived from the model's types at generation time, so the package ships
plain check objects, not a JSON Schema library. A TypedDict that callers
build is compiled once into `nimserver/_shapes.py` and referred to by name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from generator.doubts import Doubt, doubts_required, softening
from generator.pytypes import (
    DIGITS,
    AnyValue,
    Binary,
    Constraints,
    Enum,
    JsonText,
    ListOf,
    MapOf,
    Named,
    PyType,
    Scalar,
    Union,
    literal_text,
)

if TYPE_CHECKING:
    from generator.model import Variants


def _arguments(**values: Any) -> str:
    return ", ".join(f"{name}={python_literal(value)}" for name, value in values.items() if value is not None)


def python_literal(value: Any) -> str:
    """A Python literal of a value: text, a number, a bool, None, or a tuple of them."""
    if isinstance(value, tuple):
        return "(" + ", ".join(python_literal(item) for item in value) + ("," if len(value) == 1 else "") + ")"
    return literal_text(value)


def check_source(kind: PyType, shapes: str = "_shapes.") -> str:
    """Python source that builds the check of a value of type `kind` (TypedDicts named with `shapes` before)."""
    if isinstance(kind, Scalar):
        return _scalar(kind.kind, kind.constraints)
    if isinstance(kind, Enum):
        return f"OneOf({python_literal(kind.values)})"
    if isinstance(kind, ListOf):
        limits = _arguments(
            min_items=kind.constraints.min_items,
            max_items=kind.constraints.max_items,
            unique=kind.constraints.unique_items or None,
        )
        return f"ListOf({check_source(kind.item, shapes)}{', ' + limits if limits else ''})"
    if isinstance(kind, MapOf):
        return f"MapOf({check_source(kind.value, shapes)})"
    if isinstance(kind, Union) and len(kind.members) == 2 and kind.members[1] == DIGITS:
        number = kind.members[0]
        assert isinstance(number, Scalar)
        return _scalar("int", number.constraints)
    if isinstance(kind, Union):
        return f"AnyOf(({', '.join(check_source(member, shapes) for member in kind.members)},))"
    if isinstance(kind, Named):
        return f"{shapes}{kind.name}"
    if isinstance(kind, JsonText):
        limits = _arguments(min_length=kind.constraints.min_length, max_length=kind.constraints.max_length)
        return f"JsonText({check_source(kind.of, shapes)}{', ' + limits if limits else ''})"
    if isinstance(kind, Binary):
        return "None"
    assert isinstance(kind, AnyValue)
    return "ANY"


def _scalar(name: str, constraints: Constraints) -> str:
    if name == "str":
        limits = _arguments(
            min_length=constraints.min_length, max_length=constraints.max_length, pattern=constraints.pattern
        )
        return f"Str({limits})"
    if name in ("int", "float"):
        limits = _arguments(
            integral=name == "int",
            minimum=constraints.minimum,
            maximum=constraints.maximum,
            exclusive_minimum=constraints.exclusive_minimum,
            exclusive_maximum=constraints.exclusive_maximum,
            multiple_of=constraints.multiple_of,
            format=constraints.format if constraints.format in ("int32", "int64") else None,
            # Every 64-bit integer a caller gives (list items and nested keys too) also takes its decimal
            # text, as ids and times come back as text: what one answer gave goes into the next call unchanged.
            digits=constraints.format == "int64" or None,
        )
        return f"Number({limits})"
    return {"bool": "Bool()", "None": "Null()"}[name]


def check_names(kind: PyType) -> set[str]:
    """The names of `_checks` (and `_shapes`) that `check_source(kind)` uses."""
    if isinstance(kind, Union) and len(kind.members) == 2 and kind.members[1] == DIGITS:
        return {"Number"}
    if isinstance(kind, Scalar):
        return {{"str": "Str", "int": "Number", "float": "Number", "bool": "Bool", "None": "Null"}[kind.kind]}
    inner: list[PyType] = []
    if isinstance(kind, ListOf):
        inner = [kind.item]
    elif isinstance(kind, MapOf):
        inner = [kind.value]
    elif isinstance(kind, Union):
        inner = list(kind.members)
    elif isinstance(kind, JsonText):
        inner = [kind.of]
    own = {Enum: "OneOf", ListOf: "ListOf", MapOf: "MapOf", Union: "AnyOf", JsonText: "JsonText", Named: "_shapes"}
    names = {own[type(kind)]} if type(kind) in own else {"ANY"} if isinstance(kind, AnyValue) else set()
    return names.union(*(check_names(item) for item in inner))


class Checked(Protocol):
    """A field or a TypedDict key: what its check is built from."""

    @property
    def type(self) -> PyType: ...

    @property
    def doubts(self) -> tuple[Doubt, ...]: ...

    @property
    def relaxed(self) -> PyType | None: ...


def doubted_check_source(item: Checked, shapes: str = "_shapes.") -> str:
    """The check of a field's or key's value; where open doubts soften it, the check with and without
    the doubted rules, and the doubts (see runtime/_doubts.py)."""
    strict = check_source(item.type, shapes)
    if item.relaxed is None:
        return strict
    loose = "LOOSE" if isinstance(item.relaxed, AnyValue) else check_source(item.relaxed, shapes)
    return f"Doubted({strict}, {loose}, {spec_doubts_source(softening(item.doubts))})"


def spec_doubts_source(doubts: tuple[Doubt, ...]) -> str:
    """A tuple of the runtime's SpecDoubt records of `doubts`, as Python source."""
    records = (
        f"SpecDoubt({python_literal(doubt.kind.value)}, {python_literal(doubt.what)}, {python_literal(doubt.settle)})"
        for doubt in doubts
    )
    return "(" + ", ".join(records) + ("," if len(doubts) == 1 else "") + ")"


def doubt_names(item: Checked) -> set[str]:
    """The names of `_doubts` that the check of a field or key uses."""
    names = {"SpecDoubt"} if doubts_required(item.doubts) else set()
    if item.relaxed is not None:
        names.update({"Doubted", "SpecDoubt"})
        if isinstance(item.relaxed, AnyValue):
            names.add("LOOSE")
    return names


def item_check_names(item: Checked) -> set[str]:
    """The names of `_checks` (and `_shapes`) that `doubted_check_source(item)` uses."""
    names = check_names(item.type)
    if item.relaxed is not None and not isinstance(item.relaxed, AnyValue):
        names |= check_names(item.relaxed)
    return names


def variants_source(variants: Variants, shapes: str = "_shapes.") -> str:
    """Python source of the check of an object's shapes by its type key (runtime `Variants`): each
    variant's keys checked as any key is, a doubted required key or rule softened by the client's policy."""
    cases = []
    for case in variants.cases:
        keys = "".join(f"{literal_text(key.name)}: {doubted_check_source(key, shapes)}, " for key in case.keys)
        required = f", required={python_literal(case.required)}" if case.required else ""
        shape = f"Object({{{keys}}}{required})"
        doubted = case.doubted_required()
        if doubted:
            listed = "".join(f"{literal_text(name)}: {spec_doubts_source(doubts)}, " for name, doubts in doubted)
            shape = f"doubted_keys({shape}, {{{listed}}})"
        cases.append(f"{literal_text(case.value)}: {shape}")
    return f"Variants({literal_text(variants.key)}, {{{', '.join(cases)}}})"


def variants_check_names(variants: Variants | None) -> set[str]:
    """The names of `_checks` (and `_shapes`) that `variants_source(variants)` uses."""
    if variants is None:
        return set()
    return {"Object", "Variants"}.union(*(item_check_names(key) for case in variants.cases for key in case.keys))


def variants_doubt_names(variants: Variants | None) -> set[str]:
    """The names of `_doubts` that `variants_source(variants)` uses."""
    if variants is None:
        return set()
    # A key's own required doubts are the variant's (doubted_required), not its check's.
    names = set().union(*(doubt_names(replace(key, doubts=())) for case in variants.cases for key in case.keys))
    if any(case.doubted_required() for case in variants.cases):
        names |= {"doubted_keys", "SpecDoubt"}
    return names
