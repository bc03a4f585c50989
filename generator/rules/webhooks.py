"""Rules of webhooks: the events and third-party callbacks the client tells apart by their bodies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.document import CALLBACK_TAG, JSON_TEXT, answer_schema
from generator.load import SpecDict, SpecList
from generator.naming import class_name
from generator.rules.registry import rule
from generator.rules.schemas import all_properties
from generator.rules.view import Found, SpecView

# --- Webhooks -------------------------------------------------------------------


@rule("webhook-post", "a webhook is a Path Item with one `post` operation", "`get:` under a webhook")
def _webhook_posts(view: SpecView) -> Iterator[Found]:
    webhooks = view.document.get("webhooks")
    if not isinstance(webhooks, SpecDict):
        return
    for name, item in webhooks.items():
        if not isinstance(item, SpecDict) or not isinstance(item.get("post"), SpecDict):
            yield webhooks, name, f"webhook {name}: needs a post operation"


def _payload(operation: SpecDict) -> SpecDict | None:
    """The payload schema of a webhook: its request body's JSON schema."""
    body = operation.get("requestBody")
    content = body.get("content") if isinstance(body, SpecDict) else None
    media = content.get(JSON_TEXT) if isinstance(content, SpecDict) else None
    schema = media.get("schema") if isinstance(media, SpecDict) else None
    return schema if isinstance(schema, SpecDict) else None


def fixed_keys(schema: SpecDict) -> dict[str, Any]:
    """The required keys of a payload that hold one value, by the `const` or one-value `enum` of their
    schema: what the client tells a webhook's bodies by."""
    properties, required = all_properties(schema)
    fixed: dict[str, Any] = {}
    for key in sorted(required):
        value = properties.get(key, (None, None))[0]
        if not isinstance(value, SpecDict):
            continue
        if "const" in value:
            fixed[key] = value["const"]
        elif isinstance(value.get("enum"), SpecList) and len(value["enum"]) == 1:
            fixed[key] = value["enum"][0]
    return fixed


@rule(
    "webhook-discriminated",
    "a webhook's JSON payload has a required key fixed to one value (`const`), so its bodies can be told apart",
    "a webhook without `requestBody`",
)
def _webhook_payloads(view: SpecView) -> Iterator[Found]:
    for name, operation in view.webhooks:
        payload = _payload(operation)
        if payload is None:
            yield operation, "requestBody" if "requestBody" in operation else None, (
                f"webhook {name}: needs an application/json request body: without one it would match every body"
            )
        elif not fixed_keys(payload):
            yield operation, "requestBody", (
                f"webhook {name}: its payload fixes no required key to one value (such as eventType with a const),"
                " so it would match every body"
            )


@rule(
    "webhook-reachable",
    "no webhook's fixed keys include all those of a webhook before it (in name order), which would take its bodies",
    "two webhooks with `eventType: {const: '2'}`",
)
def _webhook_overlaps(view: SpecView) -> Iterator[Found]:
    earlier: list[tuple[str, set[tuple[str, str, str]]]] = []
    for name, operation in sorted(view.webhooks, key=lambda webhook: webhook[0]):
        payload = _payload(operation)
        fixed = fixed_keys(payload) if payload is not None else {}
        if not fixed:
            continue  # webhook-discriminated
        own = {(key, type(value).__name__, repr(value)) for key, value in fixed.items()}
        for other, keys in earlier:
            if keys <= own:
                told = ", ".join(f"{key} == {value}" for key, _, value in sorted(keys))
                yield operation, "requestBody", (
                    f"webhook {name}: every body of it also matches webhook {other} ({told}), which comes first"
                )
                break
        earlier.append((name, own))


def _first_tag(operation: SpecDict) -> Any:
    """An operation's first tag; None where `tags` is no list (operation-tag says why)."""
    tags = operation.get("tags")
    return tags[0] if isinstance(tags, SpecList) and tags else None


@rule(
    "callback-answer",
    "third-party callbacks answer with one shared schema of errCode (0, 1), responseCode, modifyResponse, callbackExt",
    "a callback answering `{type: object}`",
)
def _callback_answers(view: SpecView) -> Iterator[Found]:
    callbacks = [operation for _, operation in view.webhooks if _first_tag(operation) == CALLBACK_TAG]
    answers = [answer_schema(operation) for operation in callbacks]
    if not answers:
        return
    first = answers[0]
    if first is None or not _becomes_typed_dict(first) or len({_identity(answer) for answer in answers}) != 1:
        for operation in callbacks:
            yield operation, None, "every third-party callback must answer with one shared, named schema"
        return
    properties, _ = all_properties(first)
    missing = [key for key in _ANSWER_KEYS if key not in properties]
    decision = properties.get("errCode", (None, None))[0]
    if missing or _values(decision) != {"0", "1"}:
        yield first.origin or first, None, (
            "the answer of third-party callbacks needs errCode (enum 0, 1), responseCode, modifyResponse and"
            f" callbackExt for the answer helpers; missing or different: {', '.join(missing) or 'errCode'}"
        )
        return
    modify, holder = properties["modifyResponse"]
    if not isinstance(modify, SpecDict) or not _becomes_typed_dict(modify):
        yield holder, "modifyResponse", "modifyResponse must be an object schema with properties"


_ANSWER_KEYS = ("errCode", "responseCode", "modifyResponse", "callbackExt")


def _identity(schema: SpecDict | None) -> Any:
    """The same for two uses of one schema (a component reached twice, maybe described in place)."""
    if schema is None:
        return None
    target = schema.origin or schema
    return target.ref_key or id(target)


def _becomes_typed_dict(schema: SpecDict) -> bool:
    """Whether the generated package types values of `schema` as a TypedDict: an object schema with
    properties (or allOf parts), neither a choice of values nor of schemas."""
    if any(key in schema for key in ("const", "enum", "anyOf", "oneOf")) or isinstance(schema.get("type"), SpecList):
        return False
    return bool(schema.get("properties")) or "allOf" in schema


def _values(schema: Any) -> set[str] | None:
    """The values a schema allows when it lists them, as Python writes them."""
    if not isinstance(schema, SpecDict):
        return None
    if "const" in schema:
        return {repr(schema["const"])}
    return set(map(repr, schema["enum"])) if isinstance(schema.get("enum"), SpecList) else None


@rule("webhook-class-unique", "no two webhooks get the same event class name", "webhooks `copyLogin` and `copy_login`")
def _webhook_classes(view: SpecView) -> Iterator[Found]:
    webhooks = view.document.get("webhooks")
    seen: dict[str, str] = {}
    for name, _ in view.webhooks:
        first = seen.setdefault(class_name(name), name)
        if first != name and isinstance(webhooks, SpecDict):
            yield webhooks, name, f"webhook {name}: its class would be {class_name(name)}, as webhook {first}'s is"
