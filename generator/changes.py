"""What a regeneration changes for the client's callers, and whether it breaks them.

The public surface (methods, their arguments, response types and the keys of
every TypedDict) is recorded in generated/.manifest.json; the next
regeneration compares the new surface with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model import Api


@dataclass(frozen=True, order=True)
class ApiChange:
    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'compatible'} {self.where}: {self.what}"


def surface(api: Api) -> dict[str, Any]:
    """The client as its callers see it, as plain JSON data."""
    return {
        "methods": {
            f"{operation.group}.{operation.method}": {
                "returns": operation.response_type,
                "arguments": {
                    field.python_name: {"type": field.annotation, "required": field.required}
                    for field in operation.fields
                },
            }
            for operation in api.operations
        },
        "types": {
            typed_dict.name: {key.name: {"type": key.annotation, "required": key.required} for key in typed_dict.keys}
            for typed_dict in api.typed_dicts
        },
    }


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[ApiChange]:
    """Every difference between two surfaces; breaking ones first."""
    changes: list[ApiChange] = []
    old_methods, new_methods = old.get("methods", {}), new.get("methods", {})
    for name in old_methods.keys() - new_methods.keys():
        changes.append(ApiChange(True, f"client.{name}", "method removed"))
    for name in new_methods.keys() - old_methods.keys():
        changes.append(ApiChange(False, f"client.{name}", "method added"))
    for name in old_methods.keys() & new_methods.keys():
        before, after = old_methods[name], new_methods[name]
        changes.extend(_members(f"client.{name}", "argument", before["arguments"], after["arguments"], inputs=True))
        if before["returns"] != after["returns"]:
            changes.append(ApiChange(True, f"client.{name}", f"returns {after['returns']}, not {before['returns']}"))
    old_types, new_types = old.get("types", {}), new.get("types", {})
    for name in old_types.keys() - new_types.keys():
        changes.append(ApiChange(True, f"nimserver.types.{name}", "type removed"))
    for name in new_types.keys() - old_types.keys():
        changes.append(ApiChange(False, f"nimserver.types.{name}", "type added"))
    for name in old_types.keys() & new_types.keys():
        # A TypedDict describes what the server sends: a key that may go missing breaks readers.
        changes.extend(_members(f"nimserver.types.{name}", "key", old_types[name], new_types[name], inputs=False))
    return sorted(changes, key=lambda change: (not change.breaking, change.where, change.what))


def _members(where: str, noun: str, old: dict[str, Any], new: dict[str, Any], *, inputs: bool) -> list[ApiChange]:
    changes = []
    for name in old.keys() - new.keys():
        changes.append(ApiChange(True, where, f"{noun} '{name}' removed"))
    for name in new.keys() - old.keys():
        required = new[name]["required"]
        # A new required argument breaks calls; a new key, required or not, breaks nobody.
        changes.append(ApiChange(inputs and required, where, f"{'required ' if required else ''}{noun} '{name}' added"))
    for name in old.keys() & new.keys():
        before, after = old[name], new[name]
        if before["type"] != after["type"]:
            changes.append(ApiChange(True, where, f"{noun} '{name}' is {after['type']}, not {before['type']}"))
        if before["required"] != after["required"]:
            # Inputs break when they become required; outputs when they may go missing.
            breaking = after["required"] if inputs else before["required"]
            state = "required" if after["required"] else "optional"
            changes.append(ApiChange(breaking, where, f"{noun} '{name}' is now {state}"))
    return changes
