"""The API owns the argument namespace: a field's argument is named by the
naming rule alone, whatever the generated code uses inside its methods, and
the client's call options keep a prefix (`call_`) that validation refuses for
fields. The generated package's behaviour: tests/test_golden.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.naming import CALL_OPTION_PREFIX, CALL_OPTIONS, python_name
from tests.specutil import build, build_ok, operation, write_spec


@pytest.mark.parametrize(
    ("wire", "argument"),
    [
        ("requestId", "request_id"),  # QChat invitations and signalling: the field, not the header
        ("request_id", "request_id"),
        ("cast", "cast"),  # the methods call typing.cast as _cast
        ("answer_data", "answer_data"),  # v2 methods call it as _answer_data
        ("extra_fields", "extra_fields"),
        ("mapping", "mapping"),
        ("from", "from_"),  # a keyword
        ("self", "self_"),  # the methods' receiver, treated as a keyword
        ("caller", "caller"),
        ("callbackExt", "callback_ext"),
    ],
)
def test_a_field_gets_the_name_the_naming_rule_gives(wire: str, argument: str, tmp_path: Path) -> None:
    assert python_name(wire) == argument
    root = write_spec(tmp_path, {"/demo/run.action": operation("demoRun", {wire: _field()})})
    (field,) = build_ok(root).operations[0].fields
    assert field.python_name == argument


def test_no_name_the_naming_rule_gives_is_a_call_option() -> None:
    assert all(option.startswith(CALL_OPTION_PREFIX) for option in CALL_OPTIONS)
    assert {python_name(option) for option in CALL_OPTIONS} == set(CALL_OPTIONS)  # hence validation refuses them


@pytest.mark.parametrize("wire", ["callRequestId", "call_request_id", "call_extra_fields", "callTimeout", "CALL_ID"])
@pytest.mark.parametrize("where", ["form", "v2 body", "v2 query"])
def test_validation_refuses_a_field_that_would_take_a_call_option_name(wire: str, where: str, tmp_path: Path) -> None:
    if where == "form":
        paths = {"/demo/run.action": operation("demoRun", {wire: _field()})}
    else:
        paths = {"/im/v2/demos": _v2_operation(wire, where)}
    api, problems = build(write_spec(tmp_path, paths, tags=[{"name": "v2-demo", "description": "v2: demos."}]))
    assert api is None
    messages = [str(problem) for problem in problems.errors]
    assert any(
        f"becomes argument '{python_name(wire)}', but names starting with 'call_' belong to the client's call options"
        in message
        for message in messages
    ), messages
    assert all(str(tmp_path / "openapi.yaml") in message or "openapi.yaml:" in message for message in messages)


def _field() -> dict[str, object]:
    return {"type": "string", "description": "A field.", "examples": ["x"]}


def _v2_operation(wire: str, where: str) -> dict[str, object]:
    get = {
        "operationId": "v2.demo.runDemo",
        "tags": ["v2-demo"],
        "summary": "Run a demo",
        "description": "Runs a demo.",
        "responses": {
            "200": {
                "description": "Done.",
                "content": {"application/json": {"schema": {"type": "object", "properties": {}}}},
            }
        },
    }
    if where == "v2 query":
        get["parameters"] = [
            {
                "name": wire,
                "in": "query",
                "description": "A value.",
                "schema": {"type": "string"},
                "examples": {"x": {"value": "x"}},
            }
        ]
        return {"get": get}
    get["requestBody"] = {
        "required": True,
        "content": {
            "application/json": {
                "schema": {"type": "object", "additionalProperties": False, "properties": {wire: _field()}}
            }
        },
    }
    return {"post": get}
