"""The spec covers the reference catalog: every endpoint, reachable by the
naming rule, with every high-confidence parameter under its wire name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import nimserver
from generator.load import SpecDict
from generator.naming import split_path
from tests.conftest import REPOSITORY

CATALOG = REPOSITORY.parent / "shared" / "reference" / "nim-api-catalog.yaml"
needs_catalog = pytest.mark.skipif(not CATALOG.is_file(), reason=f"the reference catalog is not at {CATALOG}")


def _endpoints() -> list[dict[str, Any]]:
    if not CATALOG.is_file():
        return []
    catalog = yaml.safe_load(Path(CATALOG).read_text(encoding="utf-8"))
    return [endpoint for module in catalog["modules"].values() for endpoint in module["endpoints"]]


ENDPOINTS = _endpoints()


@needs_catalog
def test_catalog_is_complete() -> None:
    assert len(ENDPOINTS) == 138


@needs_catalog
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda endpoint: endpoint["path"])
def test_endpoint_is_described_and_reachable(endpoint: dict[str, Any], spec_document: SpecDict) -> None:
    item = spec_document["paths"].get("/" + endpoint["path"])
    assert item is not None, f"{endpoint['path']} is not in the spec"
    body = item["post"].get("requestBody")
    properties = next(iter(body["content"].values()))["schema"]["properties"] if body else {}
    high = [param["name"] for param in endpoint.get("params", []) if param.get("confidence") == "high"]
    assert [name for name in high if name not in properties] == []

    group, method = split_path("/" + endpoint["path"])
    client = nimserver.NimClient("k", "s")
    assert callable(getattr(getattr(client, group), method))


@pytest.mark.parametrize(
    ("path", "call"),
    [
        ("user/create.action", "user.create"),
        ("user/getUinfos.action", "user.get_uinfos"),
        ("user/setSpecialRelation.action", "user.set_special_relation"),
        ("event/subscribe/add.action", "event.subscribe_add"),
        ("chatroom/queueOffer.action", "chatroom.queue_offer"),
        ("stats/chatroom/topn.action", "stats.chatroom_topn"),
        ("job/nos/del.action", "job.nos_del"),
    ],
)
def test_naming_rule_examples(path: str, call: str) -> None:
    assert ".".join(split_path("/" + path)) == call
