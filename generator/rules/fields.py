"""Rules of what the client takes as arguments: form fields, v2 parameters and v2 body keys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.load import SpecDict, SpecList
from generator.naming import CALL_OPTION_PREFIX
from generator.rules.registry import rule
from generator.rules.view import Field, Found, SpecView, content_described


@rule("required-listed", "every `required` name is one of the properties", "`required: [acid]`")
def _required_listed(view: SpecView) -> Iterator[Found]:
    for called in view.called:
        if called.body is None or called.properties is None:
            continue  # v1-form-body, v2-json-body
        required = called.body.get("required")
        if not isinstance(required, SpecList):
            continue  # absent, or malformed: schema-valid says so
        what = "field" if called.v1 else "key"
        for index, name in enumerate(required):
            if not isinstance(name, str) or name not in called.properties:
                yield required, index, f"{called.name}: required {what} '{name}' is not among the properties"


@rule("field-description", "every field, parameter and body key has a description", "`accid: {type: string}`")
def _field_descriptions(view: SpecView) -> Iterator[Found]:
    for field in view.fields:
        node = field.node
        if node is not None and (not isinstance(node.get("description"), str) or not node["description"].strip()):
            yield node, None, f"{field.label}: has no description"


@rule("enum-empty", "an enum lists at least one value", "`enum: []`")
def _empty_enums(view: SpecView) -> Iterator[Found]:
    for field in view.fields:
        value = field.node
        if field.kinds is None or value is None or not content_described(value):
            continue  # not a form field, or form-field-type, form-field-content
        if isinstance(value.get("enum"), SpecList) and not value["enum"]:
            yield value, "enum", f"{field.label}: enum lists no values"


def _examples(field: Field) -> list[tuple[SpecDict | SpecList, Any, Any]]:
    """A field's examples (a list on a schema, a map of {value} on a parameter), each with where it stands."""
    examples = field.examples.get("examples") if field.examples is not None else None
    if field.named and isinstance(examples, SpecDict):
        return [(examples, key, one.get("value")) for key, one in examples.items() if isinstance(one, SpecDict)]
    if not field.named and isinstance(examples, SpecList):
        return [(examples, index, value) for index, value in enumerate(examples)]
    return []


@rule("examples-present", "every field, parameter and body key has examples", "no `examples`")
def _examples_present(view: SpecView) -> Iterator[Found]:
    for field in view.fields:
        if field.examples is not None and not _examples(field):
            key = "examples" if "examples" in field.examples else None
            yield field.examples, key, f"{field.label}: has no examples"


@rule("example-valid", "each example fits its schema", "`examples: [abc]` on `type: integer`")
def _examples_valid(view: SpecView) -> Iterator[Found]:
    for field in view.fields:
        schema = field.schema
        examples = _examples(field)
        if schema is None or not examples or view.checks.schema_errors(schema):
            continue  # examples-present; an invalid schema cannot judge its examples (schema-valid)
        for holder, key, value in examples:
            for message in view.checks.example_problems(value, schema):
                yield holder, key, f"{field.label}: example {value!r} is invalid: {message}"


@rule("argument-name", "every field gives a distinct Python argument name", "`accId` beside `acc_id`")
def _argument_names(view: SpecView) -> Iterator[Found]:
    for argument in view.fields:
        if not argument.python.isidentifier():
            yield argument.holder, argument.key, f"{argument.label}: no Python argument name can be made of it"
        elif argument.taken_by is not None:
            message = f"{argument.label}: becomes argument '{argument.python}', as '{argument.taken_by}' does"
            yield argument.holder, argument.key, message


@rule(
    "argument-call-option",
    "no field's argument starts with `call_`, the prefix of the client's call options",
    "a field `callRequestId`",
)
def _argument_call_options(view: SpecView) -> Iterator[Found]:
    for argument in view.fields:
        if (
            argument.python.isidentifier()
            and argument.taken_by is None
            and argument.python.startswith(CALL_OPTION_PREFIX)
        ):
            yield argument.holder, argument.key, (
                f"{argument.label}: becomes argument '{argument.python}', but names starting with"
                f" '{CALL_OPTION_PREFIX}' belong to the client's call options (call_request_id=, call_extra_fields=)"
            )
