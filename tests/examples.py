"""Arguments for a generated method, taken from the examples in the spec."""

from __future__ import annotations

import functools
import json
from typing import Any

from generator.load import SpecDict
from generator.model import Operation
from generator.pipeline import load_api
from tests.conftest import SPEC


@functools.cache
def spec_operations() -> list[Operation]:
    """Every operation of the real spec, modelled once per test session."""
    return load_api(SPEC).operations


def v1_operations() -> list[Operation]:
    return [operation for operation in spec_operations() if operation.api == "v1"]


def v2_operations() -> list[Operation]:
    return [operation for operation in spec_operations() if operation.api == "v2"]


def fake_key(operation: Operation) -> str:
    """The key of an operation in tests/fakenim.py's table: its path (v1), or verb and path (v2)."""
    return "/" + operation.path if operation.api == "v1" else f"{operation.http_method} /{operation.path}"


def form_properties(document: SpecDict, operation: Operation) -> dict[str, Any]:
    if operation.api == "v2":
        return {}
    body = document["paths"]["/" + operation.path]["post"].get("requestBody")
    if not body:
        return {}
    media = next(iter(body["content"].values()))
    return dict(media["schema"]["properties"])


def example_arguments(
    document: SpecDict, operation: Operation, *, everything: bool, decode_json: bool
) -> dict[str, Any]:
    """Keyword arguments from each field's first example.

    `decode_json` passes JSON-text fields as Python values (exercising the
    client's encoding) instead of the example's text (sent unchanged). A v2
    argument's example is already the value the client takes.
    """
    if operation.api == "v2":
        return {field.python_name: field.examples[0] for field in operation.fields if field.required or everything}
    properties = form_properties(document, operation)
    arguments: dict[str, Any] = {}
    for field in operation.fields:
        if not (field.required or everything):
            continue
        example = properties[field.wire_name]["examples"][0]
        if field.kind == "JSON" and decode_json:
            example = json.loads(example)
        elif field.kind == "FILE":
            example = example.encode("utf-8")
        arguments[field.python_name] = example
    return arguments
