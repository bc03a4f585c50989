"""The model as plain JSON data: what the change report compares.

It is a subset of the model, rich enough for every rule: types with their
constraints, enums and formats; required-ness; the safe-to-repeat and retry
flags; the places in the spec; and a hash of each docs text (a docs-only
change is seen without keeping the text). The manifest keeps the snapshot of
the last generation as its API baseline, and `python -m generator diff`
builds one for each side, so both reports come from the same code.

Everything is keyed by identity on the wire (an operation by its path, an
argument by its form field name, a TypedDict by its name, which the model
gives by rule), so reordering the spec changes nothing here.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from generator.model import (
    WEBHOOK_ANSWER,
    WEBHOOK_PAYLOAD,
    Api,
    ApiStyle,
    Field,
    FieldPlace,
    Key,
    TypedDictDef,
    Variants,
)
from generator.pytypes import to_json

# The shape of a snapshot; a baseline of another shape is not compared.
SNAPSHOT_FORMAT = 3


def docs_hash(*texts: Any) -> str:
    """A short, stable hash of docs text (descriptions, summaries, examples)."""
    joined = "\x1f".join(str(text) for text in texts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def snapshot(api: Api) -> dict[str, Any]:
    """The snapshot of `api`; its places are the model's (spec/paths/user.yaml:12)."""

    def field(item: Field) -> dict[str, Any]:
        entry = {
            "name": item.python_name,
            "type": to_json(item.type),
            "required": item.required,
            "docs": docs_hash(item.description, item.examples),
            "location": str(item.location),
        }
        # Left out when unset, to keep the manifest small; facts.py reads a missing one as unset.
        if item.required_location is not None:
            entry["required_location"] = str(item.required_location)
        if item.deprecated:
            entry["deprecated"] = True
        if item.default is not None:
            entry["default"] = item.default
        if item.where != FieldPlace.FORM:
            entry["where"] = item.where + (" comma list" if item.comma_list else "")
        return entry

    def key(item: Key) -> dict[str, Any]:
        return {
            "type": to_json(item.type),
            "required": item.required,
            "docs": docs_hash(item.description),
            "location": str(item.location),
        }

    def typed_dict(item: TypedDictDef) -> dict[str, Any]:
        return {
            "bases": list(item.bases),
            "directions": sorted(item.directions),
            "docs": docs_hash(item.description),
            "location": str(item.location),
            "keys": {one.name: key(one) for one in item.keys},
            **({"variants": variants(item.variants)} if item.variants is not None else {}),
        }

    return {
        "info": {
            "title": api.title,
            "version": api.version,
            "docs": docs_hash(api.summary, api.description, [(tag.name, tag.description) for tag in api.tags]),
        },
        "operations": {
            op.key: {
                "method": f"{op.group}.{op.method}" if op.api == ApiStyle.V1 else f"v2.{op.group}.{op.method}",
                "body": op.request.media_type,
                "deprecated": op.deprecated,
                "safe_to_repeat": op.safe_to_repeat,
                "docs": docs_hash(op.summary, op.description, op.rate_limit),
                "location": str(op.location),
                "returns": to_json(op.response),
                "arguments": {item.wire_name: field(item) for item in op.fields},
                **({"paging": f"{op.paging.style} {op.paging.items_key}"} if op.paging is not None else {}),
                **({"variants": variants(op.variants)} if op.variants is not None else {}),
            }
            for op in api.operations
        },
        "types": {item.name: typed_dict(item) for item in api.typed_dicts if not _webhook_only(item)},
        "webhooks": {
            hook.name: {
                "docs": docs_hash(hook.summary, hook.description),
                "location": str(hook.location),
                "payload": to_json(hook.payload),
                "answer": to_json(hook.answer),
            }
            for hook in api.webhooks
        },
        "webhook_types": {item.name: typed_dict(item) for item in api.typed_dicts if _webhook_only(item)},
        "status_codes": {
            str(status.code): {
                "name": status.name,
                "error": status.error,
                "retry": status.retry,
                "docs": docs_hash(status.description),
            }
            for status in api.status_codes
        },
        "servers": {
            server.region: {
                "url": server.url,
                "backup_urls": list(server.backup_urls),
                "docs": docs_hash(server.description),
            }
            for server in api.servers
        },
    }


def variants(item: Variants) -> dict[str, Any]:
    """Shapes by type: for each type value (as JSON), the keys it needs and the types of the keys it narrows."""
    return {
        "key": item.key,
        "cases": {
            json.dumps(case.value): {
                "required": sorted(case.required),
                "keys": {key.name: to_json(key.type) for key in case.keys},
            }
            for case in item.cases
        },
    }


def _webhook_only(item: TypedDictDef) -> bool:
    """A TypedDict of webhook payloads or answers that no operation uses."""
    return bool(item.directions) and item.directions <= {WEBHOOK_PAYLOAD, WEBHOOK_ANSWER}


_LOCATION_KEYS = ("location", "required_location")


def without_locations(data: Any) -> Any:
    """`data` without its spec places: the manifest's baseline would otherwise change with every line moved."""
    if isinstance(data, dict):
        return {key: without_locations(value) for key, value in data.items() if key not in _LOCATION_KEYS}
    if isinstance(data, list):
        return [without_locations(item) for item in data]
    return data
