"""The documentation step: the text users of the client read in docstrings.

Policy for users' docstrings:

- They speak to someone calling the Python client. Names in backticks that
  are wire names of the operation's fields are written as the Python
  argument names (`teamMemberLimit` reads `team_member_limit`).
- Doubts (`x-doubt`) and reviewer notes (`x-note`) stay out: they belong to
  the reviewer's view of the rendered reference.
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

import json
import re
from collections.abc import Mapping
from typing import Any

from generator.model import ApiStyle, Field, FieldKind, FieldPlace, Operation
from generator.naming import CALL_OPTIONS
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
    doubted = ""
    if field.relaxed is not None:
        doubted += (
            " The spec doubts some of these rules: a value that breaks only those is sent, with a SpecDoubtWarning."
        )
    if field.required and not field.certainly_required:
        doubted += " Required by the spec, which doubts it: left out, the call is sent with a SpecDoubtWarning."
    return _field_text(field, operation, json_note) + doubted + (" Deprecated." if field.deprecated else "")


def command_help(field: Field, operation: Operation) -> str:
    """The help text of one option of the command line (which takes JSON text as given)."""
    return _field_text(field, operation, "Give JSON text.")


def tool_help(field: Field, operation: Operation) -> str:
    """The description of one argument of an MCP tool (which takes JSON text as the value it holds)."""
    return _field_text(field, operation, "Give the JSON value itself, not its text.")


def tool_description(operation: Operation) -> str:
    """What an MCP tool says of itself: the docstring's text, its rate limit and the call it makes."""
    parts = [f"{operation.summary}.", operation_description(operation)]
    if operation.rate_limit:
        parts.append(f"Rate limit: {operation.rate_limit}")
    if operation.doc is not None:
        parts.append(f"Official documentation: {operation.doc.title} ({operation.doc.url})")
    parts.append(f"Calls {operation.request_line}.")
    return "\n\n".join(part for part in parts if part)


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


def plural(count: int, noun: str) -> str:
    """`1 doubt`, `2 doubts`: a count with its noun."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


# --- Python calls as examples show them ----------------------------------------------------------


def call_name(op: Operation) -> str:
    """How a caller reaches the operation: `client.user.create`, `client.v2.account.create_account`."""
    return f"client.{'v2.' if op.api == ApiStyle.V2 else ''}{op.group}.{op.method}"


def argument_value(field: Field, example: Any) -> Any:
    """The Python argument for a field's example: JSON text decoded, a file's example as bytes.

    A v2 body key keeps its example as is: the runtime sends a body value with its JSON type.
    """
    if field.kind == FieldKind.JSON and isinstance(example, str) and field.where != FieldPlace.BODY:
        return json.loads(example)
    if field.kind == FieldKind.FILE:
        return str(example).encode("utf-8")
    return example


def python_value(value: Any) -> str:
    """Python source for a JSON-like value."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, bytes):
        return "b" + python_value(value.decode("utf-8"))
    if isinstance(value, str):
        # Double quotes, as black writes them, unless the text holds one: '{"a":1}' reads best.
        return json.dumps(value, ensure_ascii=False) if '"' not in value and value.isprintable() else repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(python_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{python_value(key)}: {python_value(item)}" for key, item in value.items()) + "}"
    return repr(value)


README_WIDTH = 88  # black's default, which the README's Python blocks follow


class Source(str):
    """Python source that an example call writes as is (an expression such as `account["account_id"]`)."""


def _example_arguments(op: Operation, given: Mapping[str, Any]) -> list[tuple[Field, str]]:
    """The given arguments the operation still has, then every other required one with its first example."""
    fields = {field.python_name: field for field in op.fields}
    chosen = [
        (fields[name], value if isinstance(value, Source) else python_value(value))
        for name, value in given.items()
        if name in fields
    ]
    chosen += [
        (field, python_value(argument_value(field, field.examples[0])))
        for field in op.fields
        if field.required and field.python_name not in given
    ]
    return chosen


def example_call(op: Operation, given: Mapping[str, Any], client: str = "client", indent: int = 0) -> str:
    """A call of `op` as the package README shows it, written from the model so that it keeps working.

    Call options (`call_request_id=`) come last, as given. A spec that makes an argument required, or drops an optional one, changes the example with it
    instead of leaving it to fail. A call longer than a line (at `indent`) takes one argument a line.
    """
    arguments = [f"{field.python_name}={value}" for field, value in _example_arguments(op, given)]
    arguments += [f"{name}={python_value(value)}" for name, value in given.items() if name in CALL_OPTIONS]
    name = f"{client}{call_name(op).removeprefix('client')}"
    one_line = f"{name}({', '.join(arguments)})"
    if indent + len(one_line) <= README_WIDTH:
        return one_line
    inner = " " * (indent + 4)
    return f"{name}(\n" + "".join(f"{inner}{argument},\n" for argument in arguments) + " " * indent + ")"


def example_fields(op: Operation, given: Mapping[str, Any]) -> str:
    """The fields of a raw `client.request` call of a v1 operation, by wire name, chosen as `example_call` does."""
    pairs = ", ".join(f"{python_value(field.wire_name)}: {value}" for field, value in _example_arguments(op, given))
    return "{" + pairs + "}"
