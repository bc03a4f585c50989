"""The documentation step: the text users of the client read in docstrings.

Policy for users' docstrings:

- They speak to someone calling the Python client. Names in backticks that
  are wire names of the operation's fields are written as the Python
  argument names (`teamMemberLimit` reads `team_member_limit`).
- Reviewer notes (`x-confidence`, `x-required-confidence`, `x-note`) stay
  out: they belong to the reviewer's view of the rendered reference.
- Each argument says what it is, its limits in words and how it is sent;
  `Returns:` names the TypedDict of the answer; `Raises:` the errors.
- The texts are plain; the render stage wraps them and escapes them for
  the place they land.

Policy for the reference (generated/docs/, rendered by generator.reference):

- It speaks to readers of the wire API and of the Python client at once:
  descriptions keep the wire names, and every field shows both names.
- Limits are the same words as in docstrings (`constraint_words`).
- Examples are derived, never written: the field examples coerced as the
  runtime does make both the curl body and the Python arguments.
- Reviewer notes appear only in review.html, each with its spec file:line.
"""

from __future__ import annotations

import re
from typing import Any

from generator.model import ApiStyle, Field, Operation
from generator.pytypes import Constraints, Enum, JsonText, ListOf, Named, PyType, literal_text

_CODE = re.compile(r"`([^`\n]+)`")


def python_names_in(text: str, operation: Operation) -> str:
    """`text` with the operation's wire names in backticks replaced by Python argument names."""
    names = {field.wire_name: field.python_name for field in operation.fields}
    return _CODE.sub(lambda found: f"`{names.get(found.group(1), found.group(1))}`", text)


def operation_description(operation: Operation) -> str:
    return python_names_in(operation.description, operation)


def field_doc(field: Field, operation: Operation) -> str:
    """The text of one argument in `Args:`."""
    json_note = "Sent as compact JSON; JSON text given as a str is checked and sent as is."
    return _field_text(field, operation, json_note) + (" Deprecated." if field.deprecated else "")


def command_help(field: Field, operation: Operation) -> str:
    """The help text of one option of the command line (which takes JSON text as given)."""
    return _field_text(field, operation, "Give JSON text.")


def _field_text(field: Field, operation: Operation, json_note: str) -> str:
    """What a field is, its limits in words, its default and, for JSON text, `json_note`."""
    parts = [python_names_in(field.description, operation).rstrip(".") + "." if field.description else ""]
    limits = constraint_words(field.type)
    if limits:
        parts.append(limits[:1].upper() + limits[1:] + ".")
    if field.default is not None:
        parts.append(f"The server's default is {literal_text(field.default)}.")
    if isinstance(field.type, JsonText):
        parts.append(json_note)
    return " ".join(part for part in parts if part)


def returns_doc(operation: Operation) -> str:
    kind = operation.response
    if operation.paging is not None:
        return (
            f"The first page: `.data` is its `data` ({operation.response_type}), `.items` its"
            f" `{operation.paging.items_key}`; iterating the page yields every item"
            f" ({operation.paging.item_annotation}) of it and of the pages after it."
        )
    if operation.api == ApiStyle.V2:
        if isinstance(kind, Named):
            return f"{kind.name}: the answer's `data` (`code` 200)."
        return (
            "None: the answer (`code` 200) carries no data."
            if operation.response_type == "None"
            else "The answer's `data`."
        )
    if isinstance(kind, Named):
        return f"{kind.name}: the response body (`code` 200) with its payload."
    return "The response body (`code` 200) as a dict."


def constraint_words(kind: PyType) -> str:
    """The limits of a value, in words: `at most 32 characters; one of 0, 1`."""
    words: list[str] = []
    if isinstance(kind, Enum):
        words.append("one of " + ", ".join(_value(value) for value in kind.values))
    if isinstance(kind, JsonText):
        words.extend(_constraints(kind.constraints, "characters of JSON text"))
        inner = constraint_words(kind.of)
        return "; ".join([*words, inner] if inner else words)
    constraints = getattr(kind, "constraints", None)
    if isinstance(constraints, Constraints):
        words.extend(_constraints(constraints, "characters"))
    if isinstance(kind, ListOf):
        inner = constraint_words(kind.item)
        if inner:
            words.append(f"each {inner}")
    return "; ".join(words)


def _constraints(constraints: Constraints, unit: str) -> list[str]:
    words = []
    low, high = constraints.min_length, constraints.max_length
    if low is not None and high is not None:
        words.append(f"{low} to {high} {unit}")
    elif low == 1:
        words.append("not empty")
    elif low is not None:
        words.append(f"at least {low} {unit}")
    elif high is not None:
        words.append(f"at most {high} {unit}")
    for name, word in (
        ("minimum", "at least"),
        ("maximum", "at most"),
        ("exclusive_minimum", "more than"),
        ("exclusive_maximum", "less than"),
    ):
        value = getattr(constraints, name)
        if value is not None:
            words.append(f"{word} {value}")
    if constraints.min_items is not None:
        words.append(f"at least {constraints.min_items} items")
    if constraints.max_items is not None:
        words.append(f"at most {constraints.max_items} items")
    if constraints.unique_items:
        words.append("no repeated items")
    if constraints.pattern is not None:
        words.append(f"matching `{constraints.pattern}`")
    return words


def _value(value: Any) -> str:
    return (
        literal_text(value)
        if isinstance(value, str)
        else "true" if value is True else "false" if value is False else str(value)
    )
