"""Seeded random edits of the mini-spec (with the v2 and webhook setups of the broken-spec corpus):
whatever a file holds, loading, validating and modelling it gives an Api or a SpecError whose
problems each name their rule, never another exception.

The edits put values of the wrong kind where the rules expect others (a mapping or a list where
text stands, text where a mapping stands, numbers, booleans, null), delete and rename keys, and
copy one part of a file over another. The seeds are fixed: a failure names the seed that finds it.
"""

from __future__ import annotations

import copy
import random
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import Problems, SpecError
from generator.pipeline import load_api
from generator.pytypes import AnyValue, MapOf
from tests.specutil import load_table, make_spec

SEEDS = 300
CHUNK = 50

# Values of every kind JSON has, and fragments the rules look into.
HOSTILE: list[Any] = [
    None,
    0,
    5,
    -1,
    1.5,
    True,
    False,
    "",
    "x",
    "get",
    "200",
    200,
    [],
    {},
    ["a"],
    [None],
    [{}],
    [[]],
    [1, [2]],
    [{"a": 1}],
    {"a": {}},
    {"a": [1]},
    {"name": {}},
    {"in": "header"},
    {"x-unknown": 1},
    {"$ref": "#/nothing"},
    {"$ref": ""},
    {"type": "object"},
    {"type": ["string", "null"]},
    {"type": "array", "items": {"type": "object"}},
    {"type": "integer", "examples": ["a"]},
    {"type": "string", "contentMediaType": "application/json"},
    {"allOf": [{"type": "string"}]},
]


def _nodes(tree: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, tree
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            yield from _nodes(value, (*path, index))


def _of_another_kind(rng: random.Random, value: Any) -> Any:
    """A value of another kind than `value`: a mapping or list for text, text or a number for a container."""
    if isinstance(value, str):
        return rng.choice([{value: value}, [value], 7, True, None, {}, []])
    if isinstance(value, dict):
        return rng.choice(["text", 3, None, False, [value]])
    if isinstance(value, list):
        return rng.choice(["text", 3, None, False, {"key": value}])
    return rng.choice(["text", {"key": 1}, [1], None])


def _mutate(rng: random.Random, tree: dict[str, Any] | list[Any]) -> None:
    """One random edit of `tree`, in place."""
    candidates = [(path, node) for path, node in _nodes(tree) if path]
    path, node = rng.choice(candidates)
    parent: Any = tree
    for part in path[:-1]:
        parent = parent[part]
    key = path[-1]
    kind = rng.randrange(6)
    if kind == 0 and isinstance(parent, dict):
        del parent[key]
    elif kind == 1 and isinstance(parent, dict):
        parent[rng.choice([key + "X", key.upper(), key.lower(), key + "_"])] = copy.deepcopy(node)
    elif kind == 2:
        parent[key] = copy.deepcopy(rng.choice(candidates)[1])
    elif kind in (3, 4):
        parent[key] = _of_another_kind(rng, node)
    else:
        parent[key] = copy.deepcopy(rng.choice(HOSTILE))


@pytest.fixture(scope="module")
def setup_edits() -> list[dict[str, Any]]:
    return [*load_table("broken-v2.yaml")["setup"], *load_table("broken-webhooks.yaml")["setup"]]


def _fuzzed_spec(seed: int, folder: Path, setup: list[dict[str, Any]]) -> Path:
    """The mini-spec with the setups and one to four random edits of its files, chosen by `seed`."""
    rng = random.Random(seed)
    root = make_spec(folder, setup)
    files = sorted(folder.rglob("*.yaml"))
    for _ in range(rng.randint(1, 4)):
        target = rng.choice(files)
        tree = yaml.safe_load(target.read_text(encoding="utf-8"))
        if not isinstance(tree, (dict, list)) or not tree:
            continue
        _mutate(rng, tree)
        target.write_text(yaml.safe_dump(tree, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return root


def _failure(seed: int, root: Path) -> str | None:
    """What went wrong with the spec of `seed`, if anything did."""
    try:
        load_api(root, Problems())
    except SpecError as error:
        unnamed = [str(problem) for problem in error.problems if problem.rule is None]
        return f"seed {seed}: problems without a rule id: {unnamed}" if unnamed else None
    except Exception as error:  # what the test is for: no other exception escapes
        site = traceback.extract_tb(error.__traceback__)[-1]
        return f"seed {seed}: {type(error).__name__}: {error} at {site.filename}:{site.lineno}"
    return None


@pytest.mark.parametrize("first", range(0, SEEDS, CHUNK))
def test_a_fuzzed_spec_gives_an_api_or_spec_problems(
    first: int, setup_edits: list[dict[str, Any]], tmp_path: Path
) -> None:
    failures = []
    for seed in range(first, first + CHUNK):
        failure = _failure(seed, _fuzzed_spec(seed, tmp_path / str(seed), setup_edits))
        if failure:
            failures.append(failure)
    assert failures == []


def test_the_edits_break_most_specs(setup_edits: list[dict[str, Any]], tmp_path: Path) -> None:
    """The fuzzing reaches the rules: most edits make a spec that is refused, and the seeds give the same specs."""
    refused = 0
    for seed in range(20):
        first = _fuzzed_spec(seed, tmp_path / f"{seed}a", setup_edits).parent
        again = _fuzzed_spec(seed, tmp_path / f"{seed}b", setup_edits).parent
        assert _texts(first) == _texts(again)
        try:
            load_api(first / "openapi.yaml", Problems())
        except SpecError:
            refused += 1
    assert refused >= 10


def _texts(folder: Path) -> dict[str, str]:
    return {path.relative_to(folder).as_posix(): path.read_text(encoding="utf-8") for path in folder.rglob("*.yaml")}


def test_a_webhook_without_responses_answers_with_any_mapping(
    setup_edits: list[dict[str, Any]], tmp_path: Path
) -> None:
    """OpenAPI 3.1 lets an operation leave `responses` out: a message copy without them is still modelled
    (found by the fuzzing: the model looked the key up)."""
    without = {
        "file": "webhooks/demo.yaml",
        "replace": "    responses:\n      '200':\n        description: Received.\ncopyLogout:",
        "with": "copyLogout:",
    }
    api = load_api(make_spec(tmp_path / "spec", [*setup_edits, without]), Problems())
    login = next(webhook for webhook in api.webhooks if webhook.name == "copyLogin")
    assert login.answer == MapOf(AnyValue())
