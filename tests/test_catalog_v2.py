"""The spec covers the v2 catalog: every operation the official Java SDK
implements has its verb, path and fields in the spec and its method on
`client.v2`; every field the two SDKs disagree on is either described with a
reviewer note or left out with one; every QChat operation is a v1 form
endpoint with its method on `client.qchat`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import nimserver
from generator.load import SpecDict
from generator.naming import split_path, v2_method_name
from tests.conftest import REPOSITORY

CATALOG = REPOSITORY.parent / "shared" / "reference" / "nim-api-v2-catalog.yaml"
needs_catalog = pytest.mark.skipif(not CATALOG.is_file(), reason=f"the v2 catalog is not at {CATALOG}")
CATALOG_DATA: dict[str, Any] = yaml.safe_load(Path(CATALOG).read_text(encoding="utf-8")) if CATALOG.is_file() else {}
ENDPOINTS: list[dict[str, Any]] = CATALOG_DATA.get("endpoints", [])
QCHAT_OPS = sorted(
    {op for ops in CATALOG_DATA.get("qchat_v1_style", {}).get("ops", {}).values() for op in ops} | {"requestAddr"}
    if CATALOG_DATA
    else set()
)


def _operation(spec: SpecDict, endpoint: dict[str, Any]) -> SpecDict:
    item = spec["paths"].get(endpoint["path"])
    assert item is not None, f"{endpoint['path']} is not in the spec"
    operation = item.get(endpoint["method"].lower())
    if operation is None:
        # Where the SDKs disagree on the verb, the spec may follow the other SDK if it records the doubt about the verb.
        for verb in set((endpoint.get("method_conflict") or {}).values()) & {"GET", "POST", "PATCH", "DELETE", "PUT"}:
            other = item.get(verb.lower())
            if other is not None and any(doubt.get("about") == "verb" for doubt in other.get("x-doubt") or []):
                operation = other
    assert operation is not None, f"{endpoint['method']} {endpoint['path']} is not in the spec"
    return operation


def _described(operation: SpecDict) -> tuple[set[str], set[str], dict[str, Any]]:
    """The operation's path and query parameter names, and its body's properties."""
    parameters = operation.get("parameters") or []
    path = {p["name"] for p in parameters if p["in"] == "path"}
    query = {p["name"] for p in parameters if p["in"] == "query"}
    body = operation.get("requestBody")
    properties = dict(body["content"]["application/json"]["schema"]["properties"]) if body else {}
    return path, query, properties


def _notes(operation: SpecDict) -> str:
    """Every reviewer note of the operation and of what it contains, as one text."""
    found: list[str] = []
    pending: list[Any] = [operation]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            found.extend(str(node[key]) for key in ("x-note", "x-doubt") if key in node)
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return " ".join(found)


@needs_catalog
def test_the_catalog_has_134_operations_and_91_qchat_operations() -> None:
    assert len(ENDPOINTS) == 134
    assert len(QCHAT_OPS) == 91


@needs_catalog
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda endpoint: endpoint["id"])
def test_every_sdk_operation_is_described_and_reachable(endpoint: dict[str, Any], spec_document: SpecDict) -> None:
    operation = _operation(spec_document, endpoint)
    module, sdk_method = endpoint["id"].split(".")
    assert operation["operationId"].lower() == f"v2.{module}.{sdk_method}".lower()
    assert operation["tags"] == ["v2-" + module.replace("_", "-")]
    path, query, body = _described(operation)
    assert path == set(re.findall(r"\{([^}]+)\}", endpoint["path"]))
    notes = _notes(operation)
    # Fields both SDKs send are described where they send them; a field one SDK
    # alone sends is described or named in a reviewer note.
    for where, fields in (("query", endpoint["query_params"]), ("body", endpoint["body"])):
        for field in fields:
            name = field["name"]
            seen = set(field.get("seen_in") or ["java", "go"])
            described = name in query | set(body) | path  # where this spec sends it (an SDK may differ)
            # A field left out must be named in a reviewer note, as a word (not inside another name).
            noted = re.search(rf"(?<![A-Za-z0-9_]){re.escape(name)}(?![A-Za-z0-9_])", notes) is not None
            assert described or noted, f"{where} field {name} (seen in {sorted(seen)}) is neither described nor noted"
    method = v2_method_name(operation["operationId"].split(".")[-1])
    for client_class in (nimserver.NimClient, nimserver.AsyncNimClient):
        group = getattr(client_class("k", "s").v2, module)
        assert callable(getattr(group, method)), f"client.v2.{module}.{method}"


@needs_catalog
@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.get("method_conflict")], ids=lambda e: e["id"])
def test_every_verb_disagreement_is_marked(endpoint: dict[str, Any], spec_document: SpecDict) -> None:
    operation = _operation(spec_document, endpoint)
    notes = _notes(operation)
    other_verbs = {"GET", "POST", "PATCH", "DELETE", "PUT"} - {endpoint["method"]}
    assert any(verb in notes for verb in other_verbs), "the other SDK's or the doc's verb is not recorded"


@needs_catalog
@pytest.mark.parametrize("op", QCHAT_OPS)
def test_every_qchat_operation_is_a_form_endpoint_with_a_method(op: str, spec_document: SpecDict) -> None:
    path = f"/qchat/{op}.action"
    item = spec_document["paths"].get(path)
    assert item is not None and set(item) & {"get", "patch", "put", "delete"} == set()
    operation = item["post"]
    body = operation.get("requestBody")
    if body is not None:
        assert list(body["content"]) in (["application/x-www-form-urlencoded"], ["multipart/form-data"])
    group, method = split_path(path)
    assert callable(getattr(getattr(nimserver.NimClient("k", "s"), group), method))
