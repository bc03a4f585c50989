"""Bodies by type: every variant of every operation whose body's shape depends on a type field.

The variants come from the model (the spec's if/then on the type's const), so
a variant added to the spec is tested here without a new line. For each one:
a right body is accepted by the client and by the shipped fake; a body missing
each key the type needs is refused by the client before anything is sent (the
loopback server receives nothing), naming the type and the key; and the same
body sent past the client's checks (the raw call) is refused by the shipped
fake on its own with 414 naming them. Sync and async alike.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import nimserver
from generator import reference
from generator.load import load_spec
from generator.model import Api, Field, Operation, Variant, Variants
from generator.naming import python_name
from generator.pipeline import load_api
from generator.pytypes import AnyValue, Enum, JsonText, ListOf, MapOf, Named, PyType, Scalar, Union
from nimserver.testing import FakeNim as ShippedFake
from tests.conftest import GENERATED, SPEC
from tests.examples import example_arguments
from tests.fakenim import FakeNim

API: Api = load_api(SPEC)
_document = functools.cache(lambda: load_spec(SPEC))
KEY, SECRET = "test-key", "test-secret"


@dataclass(frozen=True)
class Target:
    """Where an operation's variants apply: its form or JSON body (`field` None), or an object inside one field."""

    operation: Operation
    variants: Variants
    field: Field | None = None
    in_list: bool = False  # the object is the item of a list (a batch of messages)


def _targets() -> Iterator[Target]:
    shapes = {td.name: td for td in API.typed_dicts}
    for operation in API.operations:
        if operation.variants is not None:
            yield Target(operation, operation.variants)
        for field in operation.fields:
            kind = field.type.of if isinstance(field.type, JsonText) else field.type
            in_list = isinstance(kind, ListOf)
            kind = kind.item if isinstance(kind, ListOf) else kind
            if isinstance(kind, Named) and (variants := shapes[kind.name].variants) is not None:
                yield Target(operation, variants, field, in_list)


TARGETS = list(_targets())
CASES = [
    pytest.param(
        target,
        case,
        id=f"{target.operation.operation_id}-{target.field.wire_name if target.field else 'form'}"
        f"-{target.variants.key}={case.value}",
    )
    for target in TARGETS
    for case in target.variants.cases
]


def test_the_message_operations_have_typed_bodies() -> None:
    """The operations the issue names, each with a variant per type the spec describes."""
    found = {(target.operation.operation_id, target.variants.key) for target in TARGETS}
    assert {
        ("msgSendMsg", "type"),
        ("msgSendBatchMsg", "type"),
        ("superteamSendMsg", "type"),
        ("chatroomSendMsg", "msgType"),
        ("chatroomBatchSendMsg", "msgType"),
        ("v2.message.sendMessage", "message_type"),
    } <= found
    (send_msg,) = [target.variants for target in TARGETS if target.operation.operation_id == "msgSendMsg"]
    shapes = {case.value: [(key.name, key.type) for key in case.keys] for case in send_msg.cases}
    assert shapes[0] == [("body", JsonText(Named("TextBody")))]
    assert shapes[4] == [("body", JsonText(Named("LocationBody")))]
    assert 100 not in shapes  # a custom body stays open


def minimal(kind: PyType) -> Any:
    """The smallest value of a type that its checks accept: each required key, each list at its least."""
    if isinstance(kind, Scalar):
        low = kind.constraints.minimum
        if kind.kind == "str":
            return "x" * max(1, kind.constraints.min_length or 0)
        if kind.kind == "int":
            return int(low) if low is not None else 1
        if kind.kind == "float":
            return float(low) if low is not None else 0.5
        return True if kind.kind == "bool" else None
    if isinstance(kind, Enum):
        return kind.values[0]
    if isinstance(kind, ListOf):
        return [minimal(kind.item)] * max(1, kind.constraints.min_items or 0)
    if isinstance(kind, Union):
        return minimal(kind.members[0])
    if isinstance(kind, Named):
        return {key.name: minimal(key.type) for key in API.all_keys(kind.name) if key.required}
    if isinstance(kind, JsonText):
        return minimal(kind.of)
    assert isinstance(kind, (MapOf, AnyValue)), kind
    return {}


def _required_of(kind: PyType) -> list[tuple[str, bool]]:
    """The keys an object type needs (its TypedDict's required keys), for a narrowed key's value, each with
    whether an open doubt questions that it is required."""
    kind = kind.of if isinstance(kind, JsonText) else kind
    if not isinstance(kind, Named):
        return []
    return [(key.name, not key.certainly_required) for key in API.all_keys(kind.name) if key.required]


def _object(target: Target, case: Variant) -> dict[str, Any]:
    """A right object of this variant: keyed by wire name; each narrowed key as its type for this variant."""
    if target.field is None:
        base = {field.wire_name: field.type for field in target.operation.fields}
    else:
        kind = target.field.type.of if isinstance(target.field.type, JsonText) else target.field.type
        kind = kind.item if isinstance(kind, ListOf) else kind
        assert isinstance(kind, Named)
        base = {key.name: key.type for key in API.all_keys(kind.name)}
        # The object's own required keys, each at its least.
        value = minimal(kind)
        return {**value, **_variant_keys(target, case, base)}
    return _variant_keys(target, case, base)


def _variant_keys(target: Target, case: Variant, base: dict[str, PyType]) -> dict[str, Any]:
    values: dict[str, Any] = {target.variants.key: case.value}
    narrowed = {key.name: key.type for key in case.keys}
    for name in [*narrowed, *case.required]:
        value = minimal(narrowed.get(name, base[name]))
        # A key whose own type is text (a chat room's `attach`) carries its variant's JSON as text.
        values[name] = json.dumps(value) if _is_text(base[name]) and not isinstance(value, str) else value
    return values


def _is_text(kind: PyType) -> bool:
    return isinstance(kind, Scalar) and kind.kind == "str"


def _missing(target: Target, case: Variant) -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    """Each way of leaving out a key this type needs: (the key, the narrowed key it is inside or '', the object,
    whether the spec doubts that the key is required)."""
    right = _object(target, case)
    doubted = dict(case.doubted_required())
    for name in case.required:
        yield name, "", {key: value for key, value in right.items() if key != name}, name in doubted
    for key in case.keys:
        for name, questioned in _required_of(key.type):
            inner = right[key.name]
            text = isinstance(inner, str)
            decoded = json.loads(inner) if text else inner
            smaller = {item: value for item, value in decoded.items() if item != name}
            yield name, key.name, {**right, key.name: json.dumps(smaller) if text else smaller}, questioned


def _arguments(target: Target, obj: dict[str, Any]) -> dict[str, Any]:
    """The method's keyword arguments: the spec's examples of the other required fields, and the object."""
    arguments = example_arguments(_document(), target.operation, everything=False, decode_json=True)
    if target.field is None:
        names = {field.wire_name: field.python_name for field in target.operation.fields}
        arguments.update({names[wire_name]: value for wire_name, value in obj.items()})
    else:
        arguments[target.field.python_name] = [obj] if target.in_list else obj
    return arguments


def _method(client: Any, operation: Operation) -> Any:
    group = client.v2 if operation.api == "v2" else client
    return getattr(getattr(group, operation.group), operation.method)


def _calling(operation: Operation, arguments: dict[str, Any]) -> Any:
    return lambda client: _method(client, operation)(**arguments)


def _raw(client: Any, operation: Operation, arguments: dict[str, Any]) -> Any:
    """The same call through the raw request, which sends the values past the client's checks."""
    fields = {field.python_name: field for field in operation.fields}
    wire = {fields[name].wire_name: value for name, value in arguments.items()}
    if operation.api == "v1":
        return client.request(operation.path, wire)
    path, query, body = operation.path, {}, {}
    for field in operation.fields:
        if field.wire_name not in wire:
            continue
        if field.where == "path":
            path = path.replace("{" + field.wire_name + "}", str(wire[field.wire_name]))
        elif field.where == "query":
            query[field.wire_name] = wire[field.wire_name]
        else:
            body[field.wire_name] = wire[field.wire_name]
    return client.v2.request(operation.http_method, path, query=query or None, body=body or None)


def _run(asynchronous: bool, call: Any, make_client: Any) -> Any:
    """`call(client)` with a sync client, or with an async one (awaiting the result)."""
    if not asynchronous:
        with make_client(False) as client:
            return call(client)

    async def main() -> Any:
        async with make_client(True) as client:
            return await call(client)

    return asyncio.run(main())


def _shipped(fake: ShippedFake) -> Any:
    return lambda asynchronous: (fake.async_client if asynchronous else fake.client)(max_retries=0)


def _loopback(server: FakeNim, spec_doubts: nimserver.SpecDoubts = "warn") -> Any:
    def make(asynchronous: bool) -> Any:
        kind = nimserver.AsyncNimClient if asynchronous else nimserver.NimClient
        return kind(KEY, SECRET, base_url=server.base_url, max_retries=0, spec_doubts=spec_doubts)

    return make


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("target", "case"), CASES)
def test_a_right_body_of_each_type_is_accepted(
    target: Target, case: Variant, asynchronous: bool, fake_nim: FakeNim
) -> None:
    arguments = _arguments(target, _object(target, case))
    fake = ShippedFake(KEY, SECRET, stateful=False)
    _run(asynchronous, _calling(target.operation, arguments), _shipped(fake))
    operation = target.operation
    assert len(fake.requests_to(operation.operation_id if operation.api == "v2" else operation.path)) == 1
    _run(asynchronous, _calling(target.operation, arguments), _loopback(fake_nim))
    assert len(fake_nim.received) == 1


@pytest.mark.parametrize(
    ("target", "case"), [case for case in CASES if any(_required_of(key.type) for key in case.values[1].keys)]
)
def test_a_key_of_the_wrong_type_inside_a_typed_body_is_refused(
    target: Target, case: Variant, fake_nim: FakeNim
) -> None:
    """Every key of the type's body shape, given a value no JSON Schema type of it takes (a list of lists)."""
    right = _object(target, case)
    for key in case.keys:
        kind = key.type.of if isinstance(key.type, JsonText) else key.type
        assert isinstance(kind, Named)
        for inner in API.all_keys(kind.name):
            value = right[key.name]
            decoded = json.loads(value) if isinstance(value, str) else value
            wrong = {**decoded, inner.name: [[1]]}
            obj = {**right, key.name: json.dumps(wrong) if isinstance(value, str) else wrong}
            with pytest.raises((TypeError, ValueError)) as raised:
                _run(False, _calling(target.operation, _arguments(target, obj)), _loopback(fake_nim))
            message = str(raised.value)
            assert f"={case.value!r})" in message and f".{inner.name}" in message, message
    assert fake_nim.received == []


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("target", "case"), CASES)
def test_a_body_missing_a_key_its_type_needs_is_refused_before_sending(
    target: Target, case: Variant, asynchronous: bool, fake_nim: FakeNim
) -> None:
    """Refused under the "refuse" policy; under the default "warn" too, unless the spec doubts that the key
    is required: then the call is sent, with a SpecDoubtWarning naming the key and the type."""
    missing = list(_missing(target, case))
    assert missing, f"{target.variants.key}={case.value} needs no key: nothing to leave out"
    label = f"{python_name(target.variants.key) if target.field is None else target.variants.key}={case.value!r}"
    for name, inside, obj, doubted in missing:
        arguments = _arguments(target, obj)
        for policy in ("refuse", "warn"):
            if policy == "warn" and doubted:
                # The loopback server checks every fact, doubted or not: it may answer with an error.
                with pytest.warns(nimserver.SpecDoubtWarning) as warned, contextlib.suppress(nimserver.ApiError):
                    _run(asynchronous, _calling(target.operation, arguments), _loopback(fake_nim, policy))
                message = str(warned[0].message)
                assert len(fake_nim.received) == 1
                fake_nim.received.clear()
            else:
                with pytest.raises(ValueError) as raised:
                    _run(asynchronous, _calling(target.operation, arguments), _loopback(fake_nim, policy))
                message = str(raised.value)
                assert fake_nim.received == []
            assert label in message, message
            assert repr(name) in message or f"{name} is required" in message, message
            assert (inside or name) in message


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("target", "case"), CASES)
def test_the_fakes_refuse_a_body_missing_a_key_its_type_needs(
    target: Target, case: Variant, asynchronous: bool, fake_nim: FakeNim
) -> None:
    """Past the client's checks (the raw call), the shipped fake and the loopback one refuse it on their own
    (the shipped one under its "refuse" policy; under "warn" it takes a key the spec doubts is required, and
    records the doubt met)."""
    for name, _, obj, doubted in _missing(target, case):
        arguments = _arguments(target, obj)
        raw = functools.partial(_raw, operation=target.operation, arguments=arguments)
        lenient = ShippedFake(KEY, SECRET, stateful=False)
        if doubted:
            _run(asynchronous, raw, _shipped(lenient))
            assert [met.doubt.about for met in lenient.doubts_met] == ["required"], lenient.doubts_met
            assert name in lenient.doubts_met[0].argument or name in lenient.doubts_met[0].rule
        shipped = lenient if not doubted else ShippedFake(KEY, SECRET, stateful=False, spec_doubts="refuse")
        for make_client in (_shipped(shipped), _loopback(fake_nim)):
            with pytest.raises(nimserver.ApiError) as raised:
                _run(asynchronous, raw, make_client)
            assert raised.value.code == 414
            text = raised.value.desc or ""
            assert f"{target.variants.key}={case.value!r}" in text, text
            assert re.search(rf"\b{re.escape(name)}\b", text), text


def test_the_reference_shows_one_body_table_per_type() -> None:
    types = reference._Types(API)
    index = (GENERATED / "docs" / "index.html").read_text(encoding="utf-8")
    for target in TARGETS:
        where = target.field.wire_name if target.field is not None else ""
        tables = [
            table
            for table in reference.bodies_by_type(target.operation, types)
            if (table.where, table.key) == (where, target.variants.key)
        ]
        assert [table.value for table in tables] == [json.dumps(case.value) for case in target.variants.cases]
        for table, case in zip(tables, target.variants.cases, strict=True):
            assert [line.name for line in table.shape if line.depth == 0] == [key.name for key in case.keys]
            shown = (where + "." if where else "") + target.variants.key
            assert f"When <code>{shown}</code> is <code>{table.value}</code>" in index


def _beyond(kind: PyType) -> Any:
    """A value of the type just past one of its limits, or None when it has none."""
    if not isinstance(kind, Scalar):
        return None
    limits = kind.constraints
    if kind.kind in ("int", "float"):
        if limits.maximum is not None:
            return limits.maximum + 1
        if limits.minimum is not None:
            return limits.minimum - 1
    if kind.kind == "str" and limits.max_length is not None:
        return "x" * (limits.max_length + 1)
    return None


LIMITED = [
    pytest.param(target, case, key.name, inner.name, beyond, id=f"{param.id}-{inner.name}")
    for param in CASES
    for target, case in [param.values]
    for key in case.keys
    for kind in [key.type.of if isinstance(key.type, JsonText) else key.type]
    if isinstance(kind, Named)
    for inner in API.all_keys(kind.name)
    if (beyond := _beyond(inner.type)) is not None
]


def test_some_typed_bodies_have_limits() -> None:
    assert {param.values[3] for param in LIMITED} >= {"lng", "lat", "w", "h", "size", "dur"}


@pytest.mark.parametrize(("target", "case", "key", "inner", "beyond"), LIMITED)
def test_a_key_past_its_limit_inside_a_typed_body_is_refused(
    target: Target, case: Variant, key: str, inner: str, beyond: Any, fake_nim: FakeNim
) -> None:
    right = _object(target, case)
    value = right[key]
    decoded = json.loads(value) if isinstance(value, str) else value
    wrong = {**decoded, inner: beyond}
    obj = {**right, key: json.dumps(wrong) if isinstance(value, str) else wrong}
    with pytest.raises(ValueError, match=rf"\(for [\w.\[\]]+={case.value!r}\)\.{inner} must be"):
        _run(False, _calling(target.operation, _arguments(target, obj)), _loopback(fake_nim))
    assert fake_nim.received == []
