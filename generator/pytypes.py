"""The Python types the model gives to schemas: a small algebra of frozen values.

The annotation text is rendered from it here and nowhere else; imports, the
runtime field tables, the change report and the docs read the structure.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Constraints:
    """What the spec says a value must satisfy beyond its type."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None
    multiple_of: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    format: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False

    def items(self) -> list[tuple[str, Any]]:
        """The constraints that are set, in a fixed order."""
        # Not `not in (None, False)`: 0 == False, and a bound of 0 is a constraint.
        return [
            (item.name, getattr(self, item.name))
            for item in fields(self)
            if getattr(self, item.name) is not None and getattr(self, item.name) is not False
        ]


NO_CONSTRAINTS = Constraints()


@dataclass(frozen=True)
class Scalar:
    kind: str  # str, int, float, bool or None
    constraints: Constraints = NO_CONSTRAINTS


@dataclass(frozen=True)
class Enum:
    """One of fixed values: `Literal[...]` when Python allows it."""

    values: tuple[Any, ...]
    constraints: Constraints = NO_CONSTRAINTS
    accepts_bool: bool = False  # a 0/1 flag argument, which also takes True/False

    @property
    def literal(self) -> bool:
        return all(value is None or isinstance(value, (str, int)) for value in self.values)


@dataclass(frozen=True)
class ListOf:
    item: PyType
    constraints: Constraints = NO_CONSTRAINTS


@dataclass(frozen=True)
class MapOf:
    """A JSON object with free keys: `dict[str, value]`."""

    value: PyType


@dataclass(frozen=True)
class Union:
    members: tuple[PyType, ...]


@dataclass(frozen=True)
class Named:
    """A TypedDict of nimserver.types, by name."""

    name: str


@dataclass(frozen=True)
class JsonText:
    """A form field that carries JSON text of type `of` (given as that value; its JSON text is accepted too)."""

    of: PyType
    constraints: Constraints = NO_CONSTRAINTS  # of the text itself (maxLength)


@dataclass(frozen=True)
class Binary:
    """A file part of a multipart body."""


@dataclass(frozen=True)
class AnyValue:
    """Any JSON value: the spec does not say more."""


# Decimal text of a 64-bit integer: an int argument also takes it (see model._as_argument).
DIGITS = Scalar("str", Constraints(pattern=r"^-?[0-9]{1,19}$"))

PyType = Scalar | Enum | ListOf | MapOf | Union | Named | JsonText | Binary | AnyValue

_SCALAR_NAMES = {"str": "str", "int": "int", "float": "float", "bool": "bool", "None": "None"}


def literal_text(value: Any) -> str:
    """A value as Python source inside Literal[...] (strings escaped by repr, which is always valid source)."""
    if isinstance(value, str):
        return python_string(value)
    return repr(value)


def python_string(text: str) -> str:
    """A double-quoted Python string literal for any text (escapes what source cannot hold)."""
    if text.isprintable() and '"' not in text and "\\" not in text:  # the usual case, as it is
        return f'"{text}"'
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char.isprintable():
            out.append(char)
        elif char == "\n":
            out.append("\\n")
        elif ord(char) < 0x100:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) < 0x10000:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    out.append('"')
    return "".join(out)


def annotation(kind: PyType) -> str:
    """The Python annotation of a type."""
    if isinstance(kind, Scalar):
        return _SCALAR_NAMES[kind.kind]
    if isinstance(kind, Enum):
        if kind.literal:
            flag = " | bool" if kind.accepts_bool else ""
            return f"Literal[{', '.join(literal_text(value) for value in kind.values)}]{flag}"
        return _join(sorted({_SCALAR_NAMES[_kind_of(value)] for value in kind.values}))
    if isinstance(kind, ListOf):
        return f"list[{annotation(kind.item)}]"
    if isinstance(kind, MapOf):
        return f"dict[str, {annotation(kind.value)}]"
    if isinstance(kind, Union):
        return _join([annotation(member) for member in kind.members])
    if isinstance(kind, Named):
        return kind.name
    if isinstance(kind, JsonText):
        # Typed as the value, so that a type checker flags `accids="lisi"`; JSON
        # text given as a str is still accepted at run time, and checked.
        return annotation(kind.of)
    if isinstance(kind, Binary):
        return "FileInput"
    return "Any"


def _join(members: list[str]) -> str:
    return " | ".join(dict.fromkeys(members))


def _kind_of(value: Any) -> str:
    if value is None:
        return "None"
    return {bool: "bool", int: "int", float: "float"}.get(type(value), "str")


def walk(kind: PyType) -> Iterator[PyType]:
    """The type and every type inside it."""
    yield kind
    if isinstance(kind, ListOf):
        yield from walk(kind.item)
    elif isinstance(kind, MapOf):
        yield from walk(kind.value)
    elif isinstance(kind, Union):
        for member in kind.members:
            yield from walk(member)
    elif isinstance(kind, JsonText):
        yield from walk(kind.of)


def named_types(kind: PyType) -> set[str]:
    """The TypedDicts a type refers to."""
    return {item.name for item in walk(kind) if isinstance(item, Named)}


def typing_names(kind: PyType) -> set[str]:
    """The names from `typing` (and the runtime) its annotation uses."""
    names = set()
    for item in walk(kind):
        if isinstance(item, AnyValue) or (isinstance(item, JsonText) and isinstance(item.of, AnyValue)):
            names.add("Any")
        elif isinstance(item, Enum) and item.literal:
            names.add("Literal")
        elif isinstance(item, Binary):
            names.add("FileInput")
    return names


def union(members: list[PyType]) -> PyType:
    """The union of `members`, flattened and without repeats; Any absorbs the rest."""
    flat: list[PyType] = []
    for member in members:
        for item in member.members if isinstance(member, Union) else (member,):
            if isinstance(item, AnyValue):
                return item
            if item not in flat:
                flat.append(item)
    return flat[0] if len(flat) == 1 else Union(tuple(flat))


def to_json(kind: PyType) -> Any:
    """The type as plain JSON data (for the change report's baseline)."""
    if isinstance(kind, Scalar):
        return {"scalar": kind.kind, **_constraints_json(kind.constraints)}
    if isinstance(kind, Enum):
        return {"enum": list(kind.values), **_constraints_json(kind.constraints)}
    if isinstance(kind, ListOf):
        return {"list": to_json(kind.item), **_constraints_json(kind.constraints)}
    if isinstance(kind, MapOf):
        return {"map": to_json(kind.value)}
    if isinstance(kind, Union):
        return {"union": [to_json(member) for member in kind.members]}
    if isinstance(kind, Named):
        return {"typeddict": kind.name}
    if isinstance(kind, JsonText):
        return {"json_text": to_json(kind.of), **_constraints_json(kind.constraints)}
    if isinstance(kind, Binary):
        return {"binary": True}
    return {"any": True}


def _constraints_json(constraints: Constraints) -> dict[str, Any]:
    return dict(constraints.items())
