"""The broken-spec corpus: each case of tests/specs/broken*.yaml edits the base
mini-spec, and `python -m generator generate` must fail with exit code 1,
name every expected problem at its file and line with the id of the rule it
breaks, print no traceback, and
leave the output directory exactly as it was (bytes and timestamps)."""

from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from generator.__main__ import main
from generator.errors import Location
from generator.load import SpecDict, load_spec, spec_dict
from generator.rules import RULES
from generator.validate import oas31_dialect_check, schema_errors
from tests.conftest import REPOSITORY
from tests.specutil import BASE, edits_of, load_table, make_spec, shown, snapshot

CASES = load_table("broken.yaml")
# A valid v2 Path Item added to the base (`setup`), then one thing broken per case.
V2 = load_table("broken-v2.yaml")
# Two message copies and a third-party callback added to the base (`setup`), then one thing broken per case.
WEBHOOKS = load_table("broken-webhooks.yaml")


@pytest.fixture(scope="module")
def base_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package generated from the unedited base: what every broken case must leave alone."""
    out = tmp_path_factory.mktemp("base") / "generated"
    assert main(["generate", "-q", "--spec", str(BASE / "openapi.yaml"), "--out", str(out)]) == 0
    return out


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 45


def test_the_base_is_valid_without_warnings(base_output: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--spec", str(BASE / "openapi.yaml")]) == 0
    out, err = capsys.readouterr()
    assert "valid (3 operations)" in out
    assert err == ""
    assert (base_output / "nimserver" / "groups" / "user.py").is_file()


@pytest.mark.parametrize("name", sorted(CASES))
def test_broken_spec(name: str, base_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    _fails_as_expected(edits_of(case), case["expect"], case.get("seconds", 10), base_output, tmp_path, capsys)


def test_the_v2_setup_is_valid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_spec(tmp_path / "spec", V2["setup"])
    assert main(["generate", "-q", "--spec", str(root), "--out", str(tmp_path / "generated")]) == 0
    assert (tmp_path / "generated" / "nimserver" / "v2" / "demo.py").is_file()


@pytest.mark.parametrize("name", sorted(V2["cases"]))
def test_broken_v2_spec(name: str, base_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = V2["cases"][name]
    _fails_as_expected([*V2["setup"], *edits_of(case)], case["expect"], 10, base_output, tmp_path, capsys)


def test_the_webhook_setup_is_valid(tmp_path: Path) -> None:
    root = make_spec(tmp_path / "spec", WEBHOOKS["setup"])
    assert main(["generate", "-q", "--spec", str(root), "--out", str(tmp_path / "generated")]) == 0
    assert "CopyLogout" in (tmp_path / "generated" / "nimserver" / "callbacks.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(WEBHOOKS["cases"]))
def test_broken_webhook_spec(name: str, base_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = WEBHOOKS["cases"][name]
    _fails_as_expected([*WEBHOOKS["setup"], *edits_of(case)], case["expect"], 10, base_output, tmp_path, capsys)


def _fails_as_expected(
    edits: list[dict[str, Any]],
    expect: list[str],
    limit: float,
    base_output: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = make_spec(tmp_path / "spec", edits)
    out = tmp_path / "generated"
    shutil.copytree(base_output, out)
    before = snapshot(out)

    started = time.perf_counter()
    code = main(["generate", "--spec", str(root), "--out", str(out)])
    seconds = time.perf_counter() - started
    stdout, err = capsys.readouterr()

    assert code == 1, stdout + err
    assert "Traceback" not in err
    assert err.rstrip().endswith("nothing was written."), err
    rows = err.splitlines()
    folder = shown(root.parent)
    for expected in expect:
        place, rule, fragment = _expected(expected)
        prefix = os.path.join(folder, *place.split("/")) + ": "
        found = [row for row in rows if row.startswith(prefix) and fragment in row]
        assert found, f"{expected!r} not in:\n{err}"
        # Every problem, those of reading the files included, ends with the id of the rule it breaks.
        assert rule in map(_rule_of, found), f"{expected!r}: the problem names another rule:\n{err}"
    assert snapshot(out) == before
    assert seconds < limit, f"took {seconds:.1f} s"
    # The validator and the reference started beside validation are gone with the run.
    assert multiprocessing.active_children() == []


_EXPECTED = re.compile(r"^(?P<place>[^:]+:\d+): \[(?P<rule>[a-z0-9-]+)\] (?P<fragment>.*)$", re.S)
_RULE_AT_END = re.compile(r" \[([a-z0-9-]+)\]$")


def _rule_of(row: str) -> str | None:
    """The id a printed problem ends with, if any."""
    match = _RULE_AT_END.search(row)
    return match.group(1) if match else None


def _expected(expected: str) -> tuple[str, str, str]:
    """'<file>:<line>: [<rule id>] <fragment of the message>' -> (place, rule id, fragment)."""
    match = _EXPECTED.match(expected)
    assert match is not None, f"{expected!r}: not '<file>:<line>: [<rule id>] <fragment>'"
    rule = match.group("rule")
    assert rule in RULES, f"{expected!r}: no spec rule {rule}"
    return match.group("place"), rule, match.group("fragment")


def test_every_case_names_its_rule() -> None:
    """The cases name the rules they prove, and every spec rule is proved by a case."""
    cases = [*CASES.values(), *V2["cases"].values(), *WEBHOOKS["cases"].values()]
    named = {_expected(expected)[1] for case in cases for expected in case["expect"]}
    assert {rule.id for rule in RULES.values()} - named == set()


def test_every_rule_is_documented_in_the_spec_readme() -> None:
    text = (REPOSITORY / "spec" / "README.md").read_text(encoding="utf-8")
    table = [line for line in text.split("\n## Rules\n", 1)[1].split("\n## ", 1)[0].splitlines() if line[:3] == "| `"]
    assert table == [
        f"| `{rule.id}` | {rule.level} | {rule.stage} | {rule.summary} | {rule.example} |" for rule in RULES.values()
    ], "spec/README.md's rule table and generator/rules/ differ"


def test_validation_does_not_import_the_model() -> None:
    """Stage 2 stands before stage 3: the rules speak of the document, not of the model built from it."""
    probe = "import sys, generator.validate; print('generator.model' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], cwd=REPOSITORY, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert [row.split()[:2] for row in rows] == [[rule.id, rule.level] for rule in RULES.values()]
    assert all(row.endswith(rule.summary) for row, rule in zip(rows, RULES.values(), strict=True))


def test_the_validator_backend_does_not_follow_the_environment(
    base_output: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-spec-validator's Python backend words its messages otherwise: the generator picks the
    Rust one itself, so that a run (and a cached verdict) does not depend on this variable."""
    monkeypatch.setenv("OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND", "jsonschema")
    case = CASES["tags-not-a-list"]
    _fails_as_expected(edits_of(case), case["expect"], 10, base_output, tmp_path, capsys)


def _schema(node: dict[str, Any]) -> SpecDict:
    """`node` as the loader gives it (mappings that know their place)."""
    return spec_dict(
        Location(PurePosixPath("schema.yaml"), 1),
        {
            key: _schema(value) if isinstance(value, dict) and not isinstance(value, SpecDict) else value
            for key, value in node.items()
        },
    )


def test_a_meta_schema_error_is_reported_once() -> None:
    # The 2020-12 meta-schema reaches `items` by several ways: one error, not one per way.
    assert schema_errors(_schema({"items": [{}]})) == [(["items"], '[{}] is not of types "boolean", "object"')]


def test_patterns_are_checked_wherever_they_are() -> None:
    shared = _schema({"type": "string", "pattern": "[a-"})
    schema = _schema(
        {
            "type": "object",
            "properties": {"first": shared, "second": shared, "fine": {"type": "string", "pattern": "^a+$"}},
            "patternProperties": {"(?<named>x)": {"type": "string"}},
            "items": {"contentSchema": {"type": "string", "pattern": "(*)"}},
        }
    )
    paths = sorted(path for path, _ in schema_errors(schema))
    # The shared schema is reported once, at its first use.
    assert paths == [
        ["items", "contentSchema", "pattern"],
        ["patternProperties", "(?<named>x)"],
        ["properties", "first", "pattern"],
    ]


_REFUSED_SCHEMAS = [
    {"type": "strin"},
    {"type": ["string", "strin"]},
    {"minLength": -1},
    {"maxItems": 1.5},
    {"multipleOf": 0},
    {"required": "accid"},
    {"required": [1]},
    {"enum": "a"},
    {"properties": {"a": 5}},
    {"properties": {"a": {"type": "strin"}}},
    {"items": [{}]},
    {"additionalProperties": "no"},
    {"allOf": {}},
    {"oneOf": [5]},
    {"pattern": 5},
    {"deprecated": "yes"},
    {"readOnly": 1},
    {"discriminator": 5},
    {"discriminator": {"mapping": {}}},
    {"xml": []},
    {"externalDocs": {"url": 5}},
    {"contentSchema": {"type": "strin"}},
    {"$anchor": "1bad"},
]


def _real_schemas() -> Iterator[Any]:
    """Every Schema Object of the real spec that openapi-spec-validator checks on its own."""
    document = load_spec(Path(__file__).resolve().parent.parent / "spec" / "openapi.yaml")
    pending: list[Any] = [document]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("schema", "contentSchema", "x-attach-schema") and isinstance(value, dict):
                    yield value
                pending.append(value)
        elif isinstance(node, list):
            pending.extend(node)
    yield from document["components"]["schemas"].values()


def test_the_dialect_check_in_rust_agrees_with_the_python_one() -> None:
    """generator/validate.py gives openapi-spec-validator a Rust checker of the OpenAPI 3.1 dialect:
    on every schema of the real spec and on each refused one, it says what the Python one says."""
    from jsonschema.exceptions import SchemaError
    from openapi_schema_validator import OAS31Validator

    rust = oas31_dialect_check()

    def verdict(check: Callable[[Any], None], schema: Any) -> bool:
        try:
            check(schema)
        except SchemaError:
            return False
        return True

    real = list(_real_schemas())
    assert len(real) > 1000
    for schema in real:
        assert verdict(rust, schema) and verdict(OAS31Validator.check_schema, schema)
    for schema in _REFUSED_SCHEMAS:
        assert not verdict(OAS31Validator.check_schema, schema), schema
        assert not verdict(rust, schema), schema
