"""A recursive schema (a tree of departments, a reply thread) is legal OpenAPI 3.1 and
becomes a recursive TypedDict (issue 18): the loader keeps a `$ref` back into a named
component that a value can leave (an optional property, an array's items, a map's
values, one of several oneOf members) as a marker node, and refuses any other cycle
(rule ref-not-circular). The golden record (tests/golden/) holds one too."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.__main__ import main
from generator.diff.facts import diff
from generator.diff.snapshot import snapshot
from generator.errors import Problems, spec_name
from generator.load import read_spec
from generator.model import Api
from generator.pytypes import named_types
from tests.specutil import build, build_ok, write_spec

NODE = {
    "Node": {
        "type": "object",
        "description": "A department and the departments under it.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "description": "Its name.", "maxLength": 8},
            "children": {"type": "array", "description": "Departments under it.", "items": {"$ref": "#/Node"}},
        },
    }
}
V2_TAGS = [{"name": "v2-demo", "description": "v2: demos."}]
SERVERS = [{"url": "https://mini.example/nimserver", "x-region": "home"}]


def _post(body: dict[str, Any], data: dict[str, Any] | None = None) -> dict[str, Any]:
    """A v2 POST whose JSON body has `body`'s properties (all required) and whose answer's data is `data`."""
    answer: dict[str, Any] = {"type": "object"}
    if data is not None:
        answer = {
            "type": "object",
            "properties": {"code": {"type": "integer"}, "msg": {"type": "string"}, "data": data},
        }
    return {
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
                        "required": list(body),
                        "properties": body,
                    }
                }
            },
        },
        "responses": {"200": {"description": "Done.", "content": {"application/json": {"schema": answer}}}},
    }


def _spec(folder: Path, components: Any, body: dict[str, Any], data: dict[str, Any] | None = None) -> Path:
    return write_spec(
        folder,
        {"/im/v2/trees": {"post": _post(body, data)}},
        {"components/tree.yaml": components},
        tags=V2_TAGS,
        servers=SERVERS,
    )


def _refers_to(api: Api, name: str, target: str) -> bool:
    """Whether TypedDict `name` reaches `target` through its keys (one or more TypedDicts on the way)."""
    by_name = {typed_dict.name: typed_dict for typed_dict in api.typed_dicts}
    seen: set[str] = set()
    pending = [name]
    while pending:
        for key in by_name[pending.pop()].keys:
            for inner in named_types(key.type) - seen:
                if inner == target:
                    return True
                seen.add(inner)
                pending.append(inner)
    return False


def test_a_recursive_schema_in_a_v2_body_becomes_a_recursive_typed_dict(tmp_path: Path) -> None:
    """Issue 18's case: a legal recursive schema in a v2 body was refused as a circular $ref."""
    api = build_ok(_spec(tmp_path, NODE, {"root": {"$ref": "components/tree.yaml#/Node", "examples": [{"name": "a"}]}}))
    (node,) = [typed_dict for typed_dict in api.typed_dicts if typed_dict.name == "Node"]
    assert "Node" in {key.type.item.name for key in node.keys if key.name == "children"}  # type: ignore[attr-defined]


def _node_with(**properties: Any) -> dict[str, Any]:
    node = copy.deepcopy(NODE)
    node["Node"]["properties"].update(properties)
    return node


# Cycles a finite value can end, each by another optional place: (components, an example of Node).
ENDING: dict[str, tuple[dict[str, Any], Any]] = {
    "array items": (NODE, {"name": "a", "children": [{"name": "b"}]}),
    "an optional property": (
        _node_with(parent={"$ref": "#/Node", "description": "The department above."}),
        {"name": "a", "parent": {"name": "b"}},
    ),
    "a map's values": (
        _node_with(by_name={"type": "object", "description": "By name.", "additionalProperties": {"$ref": "#/Node"}}),
        {"name": "a", "by_name": {"b": {"name": "b"}}},
    ),
    "one of two members": (
        {
            "Node": {
                "type": "object",
                "description": "A link of a chain.",
                "required": ["next"],
                "properties": {
                    "next": {
                        "description": "The next link, or its end.",
                        "oneOf": [{"$ref": "#/Node"}, {"type": "string"}],
                    }
                },
            }
        },
        {"next": {"next": "end"}},
    ),
    "another component that lists it": (
        {
            "Node": {
                "type": "object",
                "description": "A department.",
                "required": ["team"],
                "properties": {"team": {"$ref": "#/Team", "description": "Its team."}},
            },
            "Team": {
                "type": "object",
                "description": "A team.",
                "properties": {
                    "members": {"type": "array", "description": "Its departments.", "items": {"$ref": "#/Node"}}
                },
            },
        },
        {"team": {"members": [{"team": {}}]}},
    ),
}


@pytest.mark.parametrize("case", sorted(ENDING))
def test_a_cycle_a_value_can_end_is_a_recursive_typed_dict(case: str, tmp_path: Path) -> None:
    components, example = ENDING[case]
    api = build_ok(_spec(tmp_path, components, {"root": {"$ref": "components/tree.yaml#/Node", "examples": [example]}}))
    assert _refers_to(api, "Node", "Node")


def _field_type(api: Api, name: str) -> str:
    (operation,) = api.operations
    (field,) = [field for field in operation.fields if field.wire_name == name]
    return field.annotation


# Recursions whose $ref closes at a schema that is no TypedDict: (components, body key -> its annotation).
LIST_RECURSIONS: dict[str, tuple[dict[str, Any], dict[str, Any], str]] = {
    "a list of trees, each holding a list": (
        {
            "Forest": {"type": "array", "description": "Trees.", "items": {"$ref": "#/Tree"}},
            "Tree": {
                "type": "object",
                "description": "A tree.",
                "properties": {"sub": {"$ref": "#/Forest", "description": "Trees under it."}},
            },
        },
        {"$ref": "components/tree.yaml#/Forest", "examples": [[{"sub": [{}]}]]},
        "list[Tree]",
    ),
    "a list of lists": (
        {"Nested": {"type": "array", "description": "Lists of lists.", "items": {"$ref": "#/Nested"}}},
        {"$ref": "components/tree.yaml#/Nested", "examples": [[[], [[]]]]},
        "list[list[Any]]",
    ),
}


@pytest.mark.parametrize("case", sorted(LIST_RECURSIONS))
def test_a_recursion_without_a_typed_dict_at_its_ref_is_typed_by_what_it_recurs_into(case: str, tmp_path: Path) -> None:
    components, field, annotation = LIST_RECURSIONS[case]
    api = build_ok(_spec(tmp_path, components, {"root": field}))
    assert _field_type(api, "root") == annotation
    if annotation == "list[Tree]":
        assert _refers_to(api, "Tree", "Tree")


def test_a_cycle_through_a_then_branch_is_a_recursion(tmp_path: Path) -> None:
    """`then` holds only for the values its `if` matches: a value can end there (the loader alone)."""
    node = {
        "Node": {
            "type": "object",
            "description": "A department.",
            "required": ["kind"],
            "properties": {"kind": {"type": "integer", "description": "Its kind."}},
            "if": {"properties": {"kind": {"const": 1}}},
            "then": {"required": ["sub"], "properties": {"sub": {"$ref": "#/Node"}}},
        }
    }
    problems = Problems()
    loaded = read_spec(_spec(tmp_path, node, {"root": {"$ref": "components/tree.yaml#/Node"}}), problems)
    assert loaded.document is not None and problems.errors == []
    body = loaded.document["paths"]["/im/v2/trees"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    target = body["properties"]["root"]
    assert target["then"]["properties"]["sub"].recursion is target


# Cycles no finite value can end: (components, the line of the $ref that closes the cycle).
NEVER_ENDING: dict[str, tuple[str, int]] = {
    "an alias of itself": ("Loop:\n  $ref: '#/Loop'\n", 2),
    "a required property of itself": (
        "Node:\n"
        "  type: object\n"
        "  description: A department.\n"
        "  required: [parent]\n"
        "  properties:\n"
        "    parent: {$ref: '#/Node'}\n",
        6,
    ),
    "two components that require each other": (
        "Node:\n"
        "  type: object\n"
        "  description: A department.\n"
        "  required: [team]\n"
        "  properties:\n"
        "    team: {$ref: '#/Team'}\n"
        "Team:\n"
        "  type: object\n"
        "  description: A team.\n"
        "  required: [head]\n"
        "  properties:\n"
        "    head: {$ref: '#/Node'}\n",
        12,
    ),
    "an allOf of itself": (
        "Node:\n" "  type: object\n" "  description: A department.\n" "  allOf:\n" "    - $ref: '#/Node'\n",
        5,
    ),
    "a oneOf of itself alone": (
        "Node:\n" "  description: A department.\n" "  oneOf:\n" "    - $ref: '#/Node'\n",
        4,
    ),
}


@pytest.mark.parametrize("case", sorted(NEVER_ENDING))
def test_a_cycle_no_value_can_end_is_refused_where_it_closes(case: str, tmp_path: Path) -> None:
    components, line = NEVER_ENDING[case]
    first = components.split(":", 1)[0]
    root = _spec(tmp_path, components, {"root": {"$ref": f"components/tree.yaml#/{first}", "description": "The root."}})
    api, problems = build(root)
    assert api is None
    found = [(problem.rule, str(problem.location)) for problem in problems.errors]
    assert ("ref-not-circular", f"{spec_name(tmp_path / 'components' / 'tree.yaml', root)}:{line}") in found, found


# --- the generated package ---------------------------------------------------------------------------------

TREE_COMPONENTS = {
    **_node_with(
        parent={"$ref": "#/Node", "description": "The department above."},
        team={"$ref": "#/Team", "description": "Its team."},
    ),
    "Team": {
        "type": "object",
        "description": "A team of departments.",
        "required": ["title"],
        "properties": {
            "title": {"type": "string", "description": "Its title.", "minLength": 1},
            "kind": {"type": "integer", "enum": [0, 1], "description": "1: a team led by a department."},
            "members": {"type": "array", "description": "Its departments.", "items": {"$ref": "#/Node"}},
            "lead": {"$ref": "#/Node", "description": "The department that leads it (kind 1)."},
        },
        # A variant (kind 1) whose key holds the recursive Node: the check of the variants is set late too.
        "allOf": [
            {
                "if": {"properties": {"kind": {"const": 1}}, "required": ["kind"]},
                "then": {"required": ["lead"], "properties": {"lead": {"$ref": "#/Node"}}},
            }
        ],
    },
}
EXAMPLE = {"name": "a", "children": [{"name": "b", "team": {"title": "t", "members": [{"name": "c"}]}}]}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package whose v2 body and answer hold the recursive Node (and Team, which lists Nodes)."""
    folder = tmp_path_factory.mktemp("recursive")
    root = _spec(
        folder / "spec",
        TREE_COMPONENTS,
        {"root": {"$ref": "components/tree.yaml#/Node", "examples": [EXAMPLE]}},
        {"$ref": "components/tree.yaml#/Node"},
    )
    assert main(["generate", "-q", "--no-cache", "--spec", str(root), "--out", str(folder / "out")]) == 0
    return folder / "out"


USE = """
from nimserver import NimClient
from nimserver.types import Node, Team


def deepest(node: Node) -> str:
    children = node.get("children", [])
    return deepest(children[-1]) if children else node["name"]


def build(client: NimClient) -> str:
    team: Team = {"title": "t", "members": [{"name": "c"}]}
    tree: Node = {"name": "a", "children": [{"name": "b", "team": team, "parent": {"name": "a"}}]}
    return deepest(client.v2.demo.create_tree(root=tree))
"""


def test_the_package_passes_mypy_strict_and_types_a_tree(package: Path, tmp_path: Path) -> None:
    shutil.copytree(package / "nimserver", tmp_path / "nimserver")
    (tmp_path / "use.py").write_text(USE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "nimserver", "use.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    wrong = USE + 'wrong: Node = {"name": "a", "children": [{"name": 1}]}\n'
    (tmp_path / "wrong.py").write_text(wrong, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "wrong.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    line = len(wrong.splitlines())
    assert (
        run.returncode == 1 and f'wrong.py:{line}: error: Incompatible types (expression has type "int"' in run.stdout
    )


CALLS = """
import json, sys
from nimserver import _answers
from nimserver.testing import FakeNim

tree, wrong = json.loads(sys.argv[1]), json.loads(sys.argv[2])
fake = FakeNim()
fake.script("POST im/v2/trees", tree)
client = fake.client()
report = {"answer": client.v2.demo.create_tree(root=tree), "sent": fake.last_request.json, "refused": []}
for value in wrong:
    try:
        client.v2.demo.create_tree(root=value)
        report["refused"].append(None)
    except (TypeError, ValueError) as error:
        report["refused"].append(f"{type(error).__name__}: {error}")
report["differences"] = [str(one) for one in _answers.check_answer("POST im/v2/trees", 200, fake.last_request.answer)]
from typing import get_type_hints
from nimserver.types import Node
report["hints"] = str(get_type_hints(Node)["children"])  # the forward reference resolves at run time too
with fake.serve() as url:
    from nimserver import NimClient
    with NimClient(fake.app_key, fake.app_secret, base_url=url) as loopback:
        fake.script("POST im/v2/trees", tree)
        report["loopback"] = loopback.v2.demo.create_tree(root=tree)
print(json.dumps(report))
"""


def _deep(depth: int, leaf: dict[str, Any]) -> dict[str, Any]:
    node = leaf
    for level in range(depth):
        node = {"name": f"n{level}", "children": [{"name": "x"}, node]}
    return node


# Wrong values deep in the tree, each with what the client says about it.
WRONG: list[tuple[dict[str, Any], str]] = [
    (_deep(3, {"name": 5}), "TypeError: root" + ".children[1]" * 3 + ".name must be str, not int"),
    (_deep(5, {"name": "toolongname"}), "ValueError: root" + ".children[1]" * 5 + ".name must have at most 8"),
    (_deep(4, {"children": []}), "ValueError: root" + ".children[1]" * 4 + " lacks the required key 'name'"),
    (
        _deep(2, {"name": "x", "team": {"title": "", "members": [{"name": 1.5}]}}),
        "ValueError: root" + ".children[1]" * 2 + ".team.title must have at least 1 character",
    ),
    (
        _deep(2, {"name": "x", "team": {"title": "t", "members": [{"name": 1.5}]}}),
        "TypeError: root" + ".children[1]" * 2 + ".team.members[0].name must be str, not float",
    ),
    (_deep(6, {"name": "x", "parent": []}), "TypeError: root" + ".children[1]" * 6 + ".parent must be a dict"),
    (
        _deep(2, {"name": "x", "team": {"title": "t", "kind": 1}}),
        "ValueError: root" + ".children[1]" * 2 + ".team lacks the required key 'lead' for root",
    ),
    (
        _deep(1, {"name": "x", "team": {"title": "t", "kind": 1, "lead": {"name": "y", "children": [{"name": 2}]}}}),
        "TypeError: root.children[1].team.lead.children[0].name must be str, not int",
    ),
]


def test_a_tree_is_sent_whole_its_answer_decodes_and_a_wrong_node_deep_in_it_is_refused(package: Path) -> None:
    tree = _deep(12, {"name": "leaf", "team": {"title": "t", "members": [{"name": "m", "children": []}]}})
    run = subprocess.run(
        [sys.executable, "-c", CALLS, json.dumps(tree), json.dumps([value for value, _ in WRONG])],
        env={**os.environ, "PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["sent"] == {"root": tree}
    assert report["answer"] == tree and report["loopback"] == tree
    assert report["differences"] == []
    assert report["hints"] == "list[nimserver.types.Node]"
    for message, (_, expected) in zip(report["refused"], WRONG, strict=True):
        assert message is not None and message.startswith(expected), (message, expected)


ENDLESS = """
import sys
from nimserver.testing import FakeNim

sys.setrecursionlimit(400)  # a tree as deep as the interpreter allows, with less work
fake = FakeNim()
client = fake.client()
deep = {"name": "leaf"}
for _ in range(1_000):
    deep = {"name": "n", "children": [deep]}
itself = {"name": "loop", "children": []}
itself["children"].append(itself)
for value in (deep, itself):
    try:
        client.v2.demo.create_tree(root=value)
    except ValueError as error:
        print(error)
print(len(fake.requests))
"""


def test_a_tree_too_deep_to_check_or_holding_itself_is_refused_before_sending(package: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", ENDLESS],
        env={**os.environ, "PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    told = "an argument nests too deeply to check: a list or dict that holds itself?"
    assert run.stdout.splitlines() == [told, told, "0"]


def test_the_tool_schema_stays_valid_json_schema_and_takes_the_tree(package: Path) -> None:
    tools = json.loads((package / "nimserver" / "_tools.json").read_text(encoding="utf-8"))["tools"]
    (tool,) = tools
    schema = tool["input_schema"]
    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema).validate({"root": EXAMPLE})
    assert list(Draft202012Validator(schema).iter_errors({"root": {"children": []}}))  # name is required
    # At the recursion point, an open object: the client's own checks go as deep as the value does.
    children = schema["properties"]["root"]["properties"]["children"]
    assert children == {"type": "array", "items": {"type": "object"}}


def test_the_reference_names_the_recursive_key_instead_of_expanding_it(package: Path) -> None:
    page = (package / "docs" / "v2-demo.md").read_text(encoding="utf-8")
    keys = page.split("Keys of `root`:\n\n", 1)[1].split("\n\n", 1)[0]
    again = " (a `Node`: its keys are listed above)"
    assert keys.splitlines() == [
        "- `name` `str`, required: Its name.",
        f"- `children` `list[Node]`: Departments under it.{again}",
        f"- `parent` `Node`: The department above.{again}",
        "- `team` `Team`: Its team.",
        "  - `title` `str`, required: Its title.",
        "  - `kind` `Literal[0, 1]`: 1: a team led by a department.",
        f"  - `members` `list[Node]`: Its departments.{again}",
        f"  - `lead` `Node`: The department that leads it (kind 1).{again}",
    ]


def test_the_change_report_compares_recursive_types(tmp_path: Path) -> None:
    body = {"root": {"$ref": "components/tree.yaml#/Node", "examples": [EXAMPLE]}}
    old_root = _spec(tmp_path / "old", TREE_COMPONENTS, body, {"$ref": "components/tree.yaml#/Node"})
    changed = copy.deepcopy(TREE_COMPONENTS)
    changed["Team"]["required"] = ["title", "members"]
    new_root = _spec(tmp_path / "new", changed, body, {"$ref": "components/tree.yaml#/Node"})
    old, new = snapshot(build_ok(old_root)), snapshot(build_ok(new_root))
    assert diff(old, old) == []
    facts = diff(old, new)
    # Team and its TypedDicts by kind (the types an answer is read as) each require members now; nothing else.
    assert {(fact.where, fact.member, fact.aspect) for fact in facts} == {
        (f"nimserver.types.{name}", "members", "required") for name in ("Team", "TeamKind1", "TeamOther")
    }, facts
