"""A pure diff of two snapshots: facts, without judgement.

Each fact says what changed (added, removed or changed), on what subject, in
which aspect, with the values before and after, the directions the subject is
used in, and its place in both specs. Rules (rules.py) decide what a fact
means for callers; nothing here knows about severities.

A type change is split into aspects, so that rules can judge each: the kind
of value (`type`), `enum` values, `format`, numeric `bounds`, string `length`,
`pattern`, array `items` counts, and the `content-schema` of a JSON-text
field. An aspect inside a list or map is reported at that place (`items of`,
`values of`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypedDict

from generator.model import ARGUMENT, RESPONSE, WEBHOOK_ANSWER
from generator.model import WEBHOOK_PAYLOAD as WEBHOOK

ADDED, REMOVED, CHANGED = "added", "removed", "changed"

# Subjects, from the largest to the smallest.
OPERATION = "operation"
PARAMETER = "parameter"  # a form field of an operation (an argument of its method)
TYPE = "type"  # a TypedDict of nimserver.types
WEBHOOK_TYPE = "webhook-type"  # a TypedDict of a webhook payload or answer (not in the package)
PROPERTY = "property"  # a key of a TypedDict
RETURNS = "returns"  # the return type of a method
WEBHOOK_SUBJECT = "webhook"
PAYLOAD = "payload"
ANSWER = "answer"
STATUS_CODE = "status-code"
ERROR_CLASS = "error-class"
SERVER = "server"
API = "api"

_ASPECTS = {
    "format": ("format",),
    "bounds": ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum", "multiple_of"),
    "length": ("min_length", "max_length"),
    "pattern": ("pattern",),
    "items": ("min_items", "max_items", "unique_items"),
}
_CONSTRAINT_KEYS = {key for keys in _ASPECTS.values() for key in keys}


@dataclass(frozen=True)
class Fact:
    subject: str
    action: str  # ADDED, REMOVED or CHANGED
    where: str  # as a caller names it: client.user.create, nimserver.types.Name, webhook copyLogin, ...
    member: str | None = None  # the parameter or property
    aspect: str = ""  # what changed: type, required, enum, format, bounds, docs, safe_to_repeat, ...
    before: Any = None
    after: Any = None
    directions: tuple[str, ...] = ()  # ARGUMENT, RESPONSE, WEBHOOK, WEBHOOK_ANSWER
    old_location: str | None = None
    new_location: str | None = None
    note: str = ""
    label: str = ""  # the member as a caller names it (an argument by its Python name)
    inside: str = field(default="", compare=False)  # where inside the type: "items of", "values of"


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Fact]:
    """Every fact that tells `new` from `old`, in a stable order."""
    facts: list[Fact] = []
    facts.extend(_operations(old.get("operations", {}), new.get("operations", {})))
    facts.extend(_types(old.get("types", {}), new.get("types", {}), TYPE, "nimserver.types."))
    facts.extend(_webhooks(old.get("webhooks", {}), new.get("webhooks", {})))
    facts.extend(_types(old.get("webhook_types", {}), new.get("webhook_types", {}), WEBHOOK_TYPE, "webhook type "))
    facts.extend(_status_codes(old.get("status_codes", {}), new.get("status_codes", {})))
    facts.extend(_servers(old.get("servers", {}), new.get("servers", {})))
    if old.get("info", {}).get("docs") != new.get("info", {}).get("docs"):
        facts.append(Fact(API, CHANGED, "the API description", aspect="docs"))
    return facts


class _Places(TypedDict):
    old_location: str | None
    new_location: str | None


class _Common(_Places):
    directions: tuple[str, ...]
    label: str


def _locations(before: dict[str, Any] | None, after: dict[str, Any] | None) -> _Places:
    return {
        "old_location": before.get("location") if before else None,
        "new_location": after.get("location") if after else None,
    }


def _required_places(before: dict[str, Any], after: dict[str, Any]) -> _Places:
    """A change of required-ness placed at the `required` entry that makes it (the member's own line without one)."""
    return {
        "old_location": before.get("required_location") or before.get("location"),
        "new_location": after.get("required_location") or after.get("location"),
    }


def _operations(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Fact]:
    direction = (ARGUMENT,)
    for path in sorted(old.keys() - new.keys()):
        yield Fact(
            OPERATION, REMOVED, f"client.{old[path]['method']}", directions=direction, **_locations(old[path], None)
        )
    for path in sorted(new.keys() - old.keys()):
        yield Fact(
            OPERATION, ADDED, f"client.{new[path]['method']}", directions=direction, **_locations(None, new[path])
        )
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path], new[path]
        where = f"client.{after['method']}"
        places = _locations(before, after)
        for aspect in ("method", "body", "deprecated", "safe_to_repeat", "paging", "variants", "docs"):
            if before.get(aspect) != after.get(aspect):
                yield Fact(
                    OPERATION,
                    CHANGED,
                    where,
                    aspect=aspect,
                    before=before.get(aspect),
                    after=after.get(aspect),
                    directions=direction,
                    **places,
                )
        for aspect, was, now, inside in type_changes(before["returns"], after["returns"]):
            yield Fact(RETURNS, CHANGED, where, None, aspect, was, now, (RESPONSE,), inside=inside, **places)
        yield from _members(PARAMETER, where, before["arguments"], after["arguments"], direction)


def _members(
    subject: str, where: str, old: dict[str, Any], new: dict[str, Any], directions: tuple[str, ...]
) -> Iterator[Fact]:
    """Parameters of an operation or properties of a TypedDict, by wire name."""
    removed, added = sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys())
    for name in removed:
        # A rename is a removal plus an addition: both are reported, each naming its likely twin.
        twins = [other for other in added if _same_meaning(old[name], new[other])]
        note = f"perhaps renamed to '{_label(other_name := twins[0], new[other_name])}'" if len(twins) == 1 else ""
        yield Fact(
            subject,
            REMOVED,
            where,
            name,
            before=old[name],
            directions=directions,
            note=note,
            label=_label(name, old[name]),
            **_locations(old[name], None),
        )
    for name in added:
        twins = [other for other in removed if _same_meaning(old[other], new[name])]
        note = f"perhaps renamed from '{_label(other_name := twins[0], old[other_name])}'" if len(twins) == 1 else ""
        yield Fact(
            subject,
            ADDED,
            where,
            name,
            after=new[name],
            directions=directions,
            note=note,
            label=_label(name, new[name]),
            **_locations(None, new[name]),
        )
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        common: _Common = {"directions": directions, "label": _label(name, after), **_locations(before, after)}
        for aspect in ("name", "required", "deprecated", "default", "where", "docs"):
            was, now = before.get(aspect), after.get(aspect)
            if aspect == "deprecated":
                was, now = bool(was), bool(now)  # left out when false
            if was != now:
                placed = common | _required_places(before, after) if aspect == "required" else common
                yield Fact(subject, CHANGED, where, name, aspect, was, now, **placed)
        for aspect, was, now, inside in type_changes(before["type"], after["type"]):
            yield Fact(subject, CHANGED, where, name, aspect, was, now, inside=inside, **common)


def _label(key: str, member: dict[str, Any]) -> str:
    """A parameter by its Python name (the keyword callers write), a property by its key."""
    return str(member.get("name", key))


def _same_meaning(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Two members that carry the same thing on the wire under another name: same type, docs and required-ness."""
    return all(before.get(key) == after.get(key) for key in ("type", "required", "docs"))


def _types(old: dict[str, Any], new: dict[str, Any], subject: str, prefix: str) -> Iterator[Fact]:
    removed, added = sorted(old.keys() - new.keys()), sorted(new.keys() - old.keys())
    for name in removed:
        twins = [other for other in added if _same_keys(old[name], new[other])]
        note = f"perhaps renamed to {twins[0]}" if len(twins) == 1 else ""
        yield Fact(
            subject, REMOVED, prefix + name, directions=_directions(old[name]), note=note, **_locations(old[name], None)
        )
    for name in added:
        twins = [other for other in removed if _same_keys(old[other], new[name])]
        note = f"perhaps renamed from {twins[0]}" if len(twins) == 1 else ""
        yield Fact(
            subject, ADDED, prefix + name, directions=_directions(new[name]), note=note, **_locations(None, new[name])
        )
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        where = prefix + name
        # A change to a key matters to everyone who uses the type, before or after.
        directions = tuple(sorted(set(_directions(before)) | set(_directions(after))))
        for aspect in ("bases", "variants", "docs"):
            if before.get(aspect) != after.get(aspect):
                was, now = before.get(aspect), after.get(aspect)
                yield Fact(subject, CHANGED, where, None, aspect, was, now, directions, **_locations(before, after))
        yield from _members(PROPERTY, where, before["keys"], after["keys"], directions)


def _same_keys(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Two TypedDicts with the same keys, each of the same meaning (a component renamed, say)."""
    keys = before["keys"]
    return (
        bool(keys)
        and keys.keys() == after["keys"].keys()
        and all(_same_meaning(keys[name], after["keys"][name]) for name in keys)
    )


def _directions(typed_dict: dict[str, Any]) -> tuple[str, ...]:
    # A TypedDict that no operation uses is still exported: judge it as callers would read it.
    return tuple(typed_dict["directions"]) or (RESPONSE,)


def _webhooks(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Fact]:
    for name in sorted(old.keys() - new.keys()):
        yield Fact(WEBHOOK_SUBJECT, REMOVED, f"webhook {name}", directions=(WEBHOOK,), **_locations(old[name], None))
    for name in sorted(new.keys() - old.keys()):
        yield Fact(WEBHOOK_SUBJECT, ADDED, f"webhook {name}", directions=(WEBHOOK,), **_locations(None, new[name]))
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        where, places = f"webhook {name}", _locations(before, after)
        if before["docs"] != after["docs"]:
            yield Fact(WEBHOOK_SUBJECT, CHANGED, where, aspect="docs", directions=(WEBHOOK,), **places)
        for subject, part, direction in ((PAYLOAD, "payload", WEBHOOK), (ANSWER, "answer", WEBHOOK_ANSWER)):
            was, now = before[part] or {"any": True}, after[part] or {"any": True}
            for aspect, one, other, inside in type_changes(was, now):
                yield Fact(subject, CHANGED, where, None, aspect, one, other, (direction,), inside=inside, **places)


def _status_codes(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Fact]:
    direction = (RESPONSE,)
    for code in sorted(old.keys() - new.keys(), key=int):
        yield Fact(STATUS_CODE, REMOVED, f"status code {code}", before=old[code], directions=direction)
    for code in sorted(new.keys() - old.keys(), key=int):
        yield Fact(STATUS_CODE, ADDED, f"status code {code}", after=new[code], directions=direction)
    for code in sorted(old.keys() & new.keys(), key=int):
        for aspect in ("name", "error", "retry", "docs"):
            if old[code][aspect] != new[code][aspect]:
                was, now = old[code][aspect], new[code][aspect]
                yield Fact(STATUS_CODE, CHANGED, f"status code {code}", None, aspect, was, now, direction)
    old_errors = {entry["error"] for entry in old.values() if entry["error"]}
    new_errors = {entry["error"] for entry in new.values() if entry["error"]}
    for name in sorted(old_errors - new_errors):
        yield Fact(ERROR_CLASS, REMOVED, f"nimserver.{name}", directions=direction)
    for name in sorted(new_errors - old_errors):
        yield Fact(ERROR_CLASS, ADDED, f"nimserver.{name}", directions=direction)


def _servers(old: dict[str, Any], new: dict[str, Any]) -> Iterator[Fact]:
    direction = (ARGUMENT,)
    for region in sorted(old.keys() - new.keys()):
        yield Fact(SERVER, REMOVED, f"region {region!r}", before=old[region]["url"], directions=direction)
    for region in sorted(new.keys() - old.keys()):
        yield Fact(SERVER, ADDED, f"region {region!r}", after=new[region]["url"], directions=direction)
    for region in sorted(old.keys() & new.keys()):
        for aspect in ("url", "backup_urls", "docs"):
            if old[region][aspect] != new[region][aspect]:
                was, now = old[region][aspect], new[region][aspect]
                yield Fact(SERVER, CHANGED, f"region {region!r}", None, aspect, was, now, direction)


def type_changes(before: Any, after: Any, inside: str = "") -> Iterator[tuple[str, Any, Any, str]]:
    """A type change split into aspects: (aspect, before, after, inside) for each."""
    if before == after:
        return
    if "json_text" in before and "json_text" in after:
        yield from _constraint_changes(before, after, inside)
        if before["json_text"] != after["json_text"]:
            yield "content-schema", before["json_text"], after["json_text"], inside
        return
    for container, place in (("list", "items of "), ("map", "values of ")):
        if container in before and container in after:
            yield from _constraint_changes(before, after, inside)
            yield from type_changes(before[container], after[container], place + inside)
            return
    same_scalar = "scalar" in before and before.get("scalar") == after.get("scalar")
    both_enums = "enum" in before and "enum" in after
    if same_scalar or both_enums:
        if both_enums and not _same_values(before["enum"], after["enum"]):
            yield "enum", before["enum"], after["enum"], inside
        yield from _constraint_changes(before, after, inside)
        return
    yield "type", before, after, inside


def _same_values(before: list[Any], after: list[Any]) -> bool:
    """Enum values compared as a set: their order is not a change."""
    return sorted(map(repr, before)) == sorted(map(repr, after))


def _constraint_changes(
    before: dict[str, Any], after: dict[str, Any], inside: str
) -> Iterator[tuple[str, Any, Any, str]]:
    for aspect, keys in _ASPECTS.items():
        was = {key: before[key] for key in keys if key in before}
        now = {key: after[key] for key in keys if key in after}
        if was != now:
            yield aspect, was, now, inside
