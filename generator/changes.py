"""What a regeneration changes for the client's callers, and whether it breaks them.

The public surface (methods, their arguments and response types, and every
TypedDict with its keys and the directions it is used in) is recorded as
structure in the manifest's API baseline; the next regeneration compares the
new surface with it. Types are compared as values, judged by direction: an
argument may widen (it accepts more) but not narrow; a response may narrow
but not widen (readers would meet values they do not expect).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model import ARGUMENT, BUILT_BY_APP, READ_BY_APP, RESPONSE, Api
from generator.pytypes import to_json


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
                "returns": to_json(operation.response),
                "arguments": {
                    field.python_name: {"type": to_json(field.type), "required": field.required}
                    for field in operation.fields
                },
            }
            for operation in api.operations
        },
        "types": {
            typed_dict.name: {
                "bases": list(typed_dict.bases),
                "directions": sorted(typed_dict.directions),
                "keys": {key.name: {"type": to_json(key.type), "required": key.required} for key in typed_dict.keys},
            }
            for typed_dict in api.typed_dicts
        },
        "webhooks": {
            webhook.name: {"payload": to_json(webhook.payload), "answer": to_json(webhook.answer)}
            for webhook in api.webhooks
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
        where = f"client.{name}"
        changes.extend(_members(where, "argument", before["arguments"], after["arguments"], {ARGUMENT}))
        if before["returns"] != after["returns"]:
            changes.append(_retyped(where, "the return type", before["returns"], after["returns"], {RESPONSE}))
    old_hooks, new_hooks = old.get("webhooks", {}), new.get("webhooks", {})
    for name in old_hooks.keys() - new_hooks.keys():
        changes.append(ApiChange(False, f"webhook {name}", "no longer described (its events may still arrive)"))
    for name in new_hooks.keys() - old_hooks.keys():
        changes.append(ApiChange(False, f"webhook {name}", "webhook added"))
    old_types, new_types = old.get("types", {}), new.get("types", {})
    for name in old_types.keys() - new_types.keys():
        changes.append(ApiChange(True, f"nimserver.types.{name}", "type removed"))
    for name in new_types.keys() - old_types.keys():
        changes.append(ApiChange(False, f"nimserver.types.{name}", "type added"))
    for name in old_types.keys() & new_types.keys():
        before, after = old_types[name], new_types[name]
        where = f"nimserver.types.{name}"
        directions = set(before["directions"]) | set(after["directions"])
        if before["bases"] != after["bases"]:
            changes.append(ApiChange(True, where, f"now extends {after['bases'] or 'nothing'}, not {before['bases']}"))
        changes.extend(_members(where, "key", before["keys"], after["keys"], directions))
    return sorted(changes, key=lambda change: (not change.breaking, change.where, change.what))


def _members(where: str, noun: str, old: dict[str, Any], new: dict[str, Any], directions: set[str]) -> list[ApiChange]:
    """Arguments of a method or keys of a TypedDict, judged by who writes them (ARGUMENT) and who reads them."""
    built, read = bool(BUILT_BY_APP & directions), bool(READ_BY_APP & directions)
    changes = []
    for name in old.keys() - new.keys():
        changes.append(ApiChange(True, where, f"{noun} '{name}' removed"))
    for name in new.keys() - old.keys():
        required = new[name]["required"]
        # A new required input breaks the calls that do not give it; a new output breaks nobody.
        changes.append(ApiChange(built and required, where, f"{'required ' if required else ''}{noun} '{name}' added"))
    for name in old.keys() & new.keys():
        before, after = old[name], new[name]
        if before["type"] != after["type"]:
            changes.append(_retyped(where, f"{noun} '{name}'", before["type"], after["type"], directions))
        if before["required"] != after["required"]:
            # Inputs break when they become required; outputs when they may go missing.
            breaking = (built and after["required"]) or (read and before["required"])
            state = "required" if after["required"] else "optional"
            changes.append(ApiChange(breaking, where, f"{noun} '{name}' is now {state}"))
    return changes


def _retyped(where: str, what: str, before: Any, after: Any, directions: set[str]) -> ApiChange:
    widened, narrowed = _within(before, after), _within(after, before)
    breaking = (bool(BUILT_BY_APP & directions) and not widened) or (bool(READ_BY_APP & directions) and not narrowed)
    how = "widened" if widened else "narrowed" if narrowed else "changed"
    return ApiChange(breaking, where, f"{what} {how}: {_show(after)}, was {_show(before)}")


def _within(inner: Any, outer: Any) -> bool:
    """Whether every value of type `inner` is also a value of type `outer` (structurally, conservatively)."""
    if inner == outer or "any" in outer:
        return True
    members = outer.get("union")
    if members is not None:
        inner_members = inner.get("union", [inner])
        return all(any(_within(one, member) for member in members) for one in inner_members)
    if "union" in inner:
        return all(_within(one, outer) for one in inner["union"])
    if "enum" in inner and "enum" in outer:
        return set(map(repr, inner["enum"])) <= set(map(repr, outer["enum"]))
    if "enum" in inner and "scalar" in outer:
        kinds: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}
        expected = kinds.get(outer["scalar"])
        return expected is not None and all(isinstance(value, expected) for value in inner["enum"]) and len(outer) == 1
    for container in ("list", "map", "json_text"):
        if container in inner and container in outer:
            rest_inner = {key: value for key, value in inner.items() if key != container}
            rest_outer = {key: value for key, value in outer.items() if key != container}
            return _looser(rest_inner, rest_outer) and _within(inner[container], outer[container])
    if "scalar" in inner and "scalar" in outer:
        same_kind = inner["scalar"] == outer["scalar"] or (inner["scalar"], outer["scalar"]) == ("int", "float")
        rest_inner = {key: value for key, value in inner.items() if key != "scalar"}
        rest_outer = {key: value for key, value in outer.items() if key != "scalar"}
        return same_kind and _looser(rest_inner, rest_outer)
    return False


def _looser(inner: dict[str, Any], outer: dict[str, Any]) -> bool:
    """Whether the constraints `outer` admit everything `inner` admits."""
    for key, limit in outer.items():
        mine = inner.get(key)
        if mine is None:
            return False
        if key in ("minimum", "exclusive_minimum", "min_length", "min_items"):
            if mine < limit:
                return False
        elif key in ("maximum", "exclusive_maximum", "max_length", "max_items"):
            if mine > limit:
                return False
        elif mine != limit:
            return False
    return True


def _show(kind: Any) -> str:
    if "scalar" in kind:
        return str(kind["scalar"])
    if "typeddict" in kind:
        return str(kind["typeddict"])
    if "enum" in kind:
        return "one of " + ", ".join(map(repr, kind["enum"]))
    if "union" in kind:
        return " | ".join(_show(member) for member in kind["union"])
    for container in ("list", "map", "json_text"):
        if container in kind:
            return f"{container}[{_show(kind[container])}]"
    return "any value"
