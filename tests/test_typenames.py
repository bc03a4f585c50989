"""generator/typenames.py names what the model builds, no more and no less: validation judges the names the
model will use. Checked on every valid spec of the project, each a different mix of components, inline
schemas, variants, recursion, v1 and v2 operations and webhooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import load_spec
from generator.model import build_api
from generator.typenames import type_names
from tests.specutil import BASE

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "real": ROOT / "spec" / "openapi.yaml",
    "golden": ROOT / "tests" / "golden" / "spec" / "openapi.yaml",
    "base": BASE / "openapi.yaml",
}


@pytest.mark.parametrize("spec", sorted(SPECS))
def test_the_model_builds_exactly_the_types_the_names_are_judged_for(spec: str) -> None:
    document = load_spec(SPECS[spec])
    names = type_names(document)
    api = build_api(document)
    members = {member.name for shapes in names.members.values() for member in shapes}
    built = {typed_dict.name for typed_dict in api.typed_dicts}
    assert built - members == set(names.defined_by)
    # The shapes of a variant object the app reads are built under names the pass took for them.
    for typed_dict in api.typed_dicts:
        if typed_dict.union:
            assert set(typed_dict.union) <= {member.name for member in names.members[typed_dict.name]}
    classes = {cls for group in api.groups for cls in (group.class_name, group.async_class_name)}
    assert classes == set(names.group_classes)
    assert {names.group_classes[group.class_name] for group in api.groups} == {
        group.qualified_name for group in api.groups
    }
