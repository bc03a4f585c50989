"""A recursive schema (a tree of departments, a reply thread) is legal OpenAPI 3.1 and
should become a recursive TypedDict. Not done yet: the loader refuses it as
"circular $ref" (generator/load.py), and the golden record (tests/golden/) has
none for that reason. The test is strict: when it starts passing, remove the
mark and add a recursive schema to tests/golden/spec/openapi.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.specutil import build, write_spec

NODE = {
    "Node": {
        "type": "object",
        "description": "A department and the departments under it.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "description": "Its name."},
            "children": {"type": "array", "description": "Departments under it.", "items": {"$ref": "#/Node"}},
        },
    }
}


@pytest.mark.xfail(strict=True, reason="the loader refuses a recursive $ref as circular (issue 18)")
def test_a_recursive_schema_in_a_v2_body_becomes_a_recursive_typed_dict(tmp_path: Path) -> None:
    post = {
        "operationId": "v2.demo.createTree",
        "tags": ["v2-demo"],
        "summary": "Create a tree",
        "description": "Creates a tree of departments.",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {"root": {"$ref": "components.yaml#/Node", "examples": [{"name": "a"}]}},
                    }
                }
            },
        },
        "responses": {"200": {"description": "Done.", "content": {"application/json": {"schema": {"type": "object"}}}}},
    }
    root = write_spec(
        tmp_path,
        {"/im/v2/trees": {"post": post}},
        {"components.yaml": NODE},
        tags=[{"name": "v2-demo", "description": "v2: demos."}],
    )
    api, problems = build(root)
    assert api is not None, [str(problem) for problem in problems.errors]
    (node,) = [typed_dict for typed_dict in api.typed_dicts if typed_dict.name == "Node"]
    assert "Node" in {key.type.item.name for key in node.keys if key.name == "children"}  # type: ignore[attr-defined]
