"""The names of the TypedDicts and client classes a document becomes: one pass over the document, which
validation reads for clashing and invalid names (rules `type-name-*`) and the model names its types by.

Naming rule for TypedDicts: a schema defined as a
component (`#/components/schemas/<Name>` or a top-level key of a file under
`components/`) is named after the component; any other object schema is
named after its place: the operation (`TeamCreate`) plus `Response`, or plus
the form field (`MsgSendMsgOption`), plus each key below it. An inline schema
reached from two places keeps the name of the first, in the order the model
reads the document (paths in order, then webhooks by name). A TypedDict with
variants (generator/variants.py) also names one TypedDict per variant and one
for the other values of its type key, whether or not the model needs them, so
that a name is taken or free whatever reads the type.

The walk reads any document: what is malformed names nothing (other rules report it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.document import BINARY, JSON_TEXT, V2_VERBS, v2_data_schema
from generator.load import SpecDict, SpecList
from generator.naming import class_name, split_path, v2_method_name
from generator.variants import switch_of, then_properties


def component_type_name(ref_name: str) -> str:
    """A component's own name, as written when it is already a class name."""
    return ref_name if ref_name.isidentifier() and ref_name[:1].isupper() else class_name(ref_name)


def variant_label(key: str, value: Any, title: str = "") -> str:
    """What a variant adds to its TypedDict's name: its `then`'s title as a class name, else the type key
    and value (`TypeText`)."""
    return title or f"{class_name(key)}{class_name(str(value))}"


def variant_title(then: SpecDict) -> str:
    return class_name(str(then["title"])) if isinstance(then.get("title"), str) else ""


OTHER_VARIANT = "Other"  # what the TypedDict of a type key's other values adds to the name


def group_class_name(group: str, v1: bool) -> str:
    """The class of `client.<group>` (v1) or `client.v2.<group>`; see `async_class_name` for its twin."""
    return class_name(group, "group") if v1 else class_name("v2", group, "operations")


def async_class_name(sync_class: str) -> str:
    """The async twin of a client class."""
    return "Async" + sync_class


@dataclass(frozen=True)
class VariantMember:
    name: str
    place: SpecDict  # the allOf member of the variant, or the object schema for the other values


@dataclass
class TypeNames:
    """Every TypedDict name the document gives, with the schema it names, and the clashes found on the way."""

    inline: dict[int, str] = field(default_factory=dict)  # id of an inline object schema -> its name
    defined_by: dict[str, SpecDict] = field(default_factory=dict)  # name -> the (first) schema it names
    # Two schemas that would be one TypedDict: the later one, the earlier one, the name.
    clashes: list[tuple[SpecDict, SpecDict, str]] = field(default_factory=list)
    members: dict[str, tuple[VariantMember, ...]] = field(default_factory=dict)  # name -> its variants' names
    # The client classes, each with how a caller reaches its group (`team`, `v2.team`).
    group_classes: dict[str, str] = field(default_factory=dict)

    def of(self, schema: SpecDict) -> str:
        """The name of the TypedDict an object schema becomes (for a component described in place, pass its
        `origin`)."""
        return component_type_name(schema.ref_name) if schema.ref_name is not None else self.inline[id(schema)]


def type_names(document: SpecDict) -> TypeNames:
    """The names `document` gives, walked as the model builds it: each path in order, then the webhooks by name."""
    namer = _Namer()
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, SpecDict) else ():
        if not isinstance(item, SpecDict):
            continue
        if path.endswith(".action"):
            group, method = split_path(path)
            if isinstance(item.get("post"), SpecDict):
                namer.names.group_classes[group_class_name(group, True)] = group
                namer.v1_operation(item["post"], class_name(group, method))
            continue
        for verb in V2_VERBS:
            operation = item.get(verb)
            parts = str(operation.get("operationId")).split(".") if isinstance(operation, SpecDict) else []
            if isinstance(operation, SpecDict) and len(parts) == 3:
                _, group, sdk_method = parts
                namer.names.group_classes[group_class_name(group, False)] = f"v2.{group}"
                namer.v2_operation(operation, class_name("v2", group, v2_method_name(sdk_method)))
    webhooks = document.get("webhooks")
    for name, item in sorted(webhooks.items()) if isinstance(webhooks, SpecDict) else ():
        if isinstance(item, SpecDict) and isinstance(item.get("post"), SpecDict):
            namer.webhook(item["post"], class_name(name))
    names = namer.names
    for cls in list(names.group_classes):
        names.group_classes[async_class_name(cls)] = names.group_classes[cls]
    return names


def _get(node: Any, *keys: str) -> Any:
    """node[keys[0]][keys[1]]..., or None where a step is not a mapping."""
    for key in keys:
        node = node.get(key) if isinstance(node, SpecDict) else None
    return node


def _first_media(node: Any) -> Any:
    content = _get(node, "content")
    return next(iter(content.values()), None) if isinstance(content, SpecDict) else None


class _Namer:
    """Walks the document as the model builds its types, naming each object schema on the way."""

    def __init__(self) -> None:
        self.names = TypeNames()
        self.recurring: set[int] = set()  # recursive schemas being walked where they recur

    def v1_operation(self, operation: SpecDict, prefix: str) -> None:
        form = _get(_first_media(operation.get("requestBody")), "schema")
        self.fields(form, prefix)
        self.type_of(_get(operation, "responses", "200", "content", JSON_TEXT, "schema"), f"{prefix}Response")

    def v2_operation(self, operation: SpecDict, prefix: str) -> None:
        parameters = operation.get("parameters")
        for parameter in parameters if isinstance(parameters, SpecList) else ():
            if not isinstance(parameter, SpecDict):
                continue
            content = parameter.get("content")
            schema = _get(content, JSON_TEXT, "schema") if isinstance(content, SpecDict) else parameter.get("schema")
            self.type_of(schema, f"{prefix}{class_name(str(parameter.get('name')))}")
        self.fields(_get(operation, "requestBody", "content", JSON_TEXT, "schema"), prefix)
        data = v2_data_schema(operation)
        if data is not None:
            self.type_of(data, f"{prefix}Data")

    def fields(self, body: Any, prefix: str) -> None:
        """The keys of a form or JSON body (each an argument), then its variants."""
        properties = _get(body, "properties")
        for wire_name, schema in properties.items() if isinstance(properties, SpecDict) else ():
            hint = f"{prefix}{class_name(wire_name)}"
            media = schema.get("contentMediaType") if isinstance(schema, SpecDict) else None
            if media == JSON_TEXT:
                self.type_of(schema.get("contentSchema"), hint)
            elif media != BINARY:
                self.type_of(schema, hint)
        if isinstance(body, SpecDict):
            self.variants(body, prefix)

    def webhook(self, operation: SpecDict, prefix: str) -> None:
        self.type_of(_get(_first_media(operation.get("requestBody")), "schema"), f"{prefix}Payload")
        self.type_of(_get(operation, "responses", "200", "content", JSON_TEXT, "schema"), f"{prefix}Answer")

    def type_of(self, schema: Any, hint: str) -> None:
        if not isinstance(schema, SpecDict) or schema.broken:
            return
        if schema.recursion is not None:
            target = schema.recursion
            if id(target) not in self.recurring:
                self.recurring.add(id(target))
                self.type_of(target, hint)
                self.recurring.discard(id(target))
            return
        if "const" in schema or ("enum" in schema and isinstance(schema["enum"], list)):
            return
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                members = schema[combinator]
                for index, member in enumerate(members if isinstance(members, SpecList) else (), 1):
                    self.type_of(member, f"{hint}Variant{index}")
                return
        kind = schema.get("type")
        for one in kind if isinstance(kind, list) else [kind]:
            self._single(schema, one, hint)

    def _single(self, schema: SpecDict, kind: Any, hint: str) -> None:
        if kind == "array":
            self.type_of(schema.get("items"), hint + "Item")
        elif kind == "object" or "properties" in schema or "allOf" in schema:
            if schema.get("properties") or "allOf" in schema:
                self.typed_dict(schema, hint)
            else:
                self.type_of(schema.get("additionalProperties"), hint + "Value")

    def typed_dict(self, schema: SpecDict, hint: str) -> str:
        names = self.names
        if schema.ref_name is not None and schema.origin is not None:
            schema = schema.origin
        if schema.ref_name is not None:
            name = component_type_name(schema.ref_name)
        elif id(schema) in names.inline:
            return names.inline[id(schema)]
        else:
            name = names.inline[id(schema)] = hint
        known = names.defined_by.get(name)
        if known is not None:
            if schema.ref_name is None or known.ref_key != schema.ref_key:
                names.clashes.append((schema, known, name))
            return name
        names.defined_by[name] = schema
        properties: dict[str, Any] = {}
        self._collect(schema, properties, name)
        child_prefix = name.removesuffix("Response")
        for key, value in properties.items():
            self.type_of(value, f"{child_prefix}{class_name(key)}")
        members = self.variants(schema, child_prefix, name)
        if members:
            names.members[name] = members
        return name

    def _collect(self, schema: SpecDict, properties: dict[str, Any], name: str) -> None:
        """The keys of an object schema, its inline allOf parts merged in, naming its named parts (its bases)."""
        if isinstance(schema.get("properties"), SpecDict):
            properties.update(schema["properties"])
        parts = schema.get("allOf")
        for part in parts if isinstance(parts, SpecList) else ():
            if not isinstance(part, SpecDict) or part.broken:
                continue
            if part.ref_name is not None:
                self.typed_dict(part, name + "Base")
            elif part.get("type", "object") == "object":
                self._collect(part, properties, name)

    def variants(self, schema: SpecDict, hint: str, name: str = "") -> tuple[VariantMember, ...]:
        """Names the types of the keys each variant narrows; for a TypedDict (`name`), the names its variants
        take."""
        switch = switch_of(schema)
        if switch is None:
            return ()
        members = []
        for case in switch.cases:
            prefix = f"{hint}{variant_label(switch.key, case.value)}"
            for key, value in then_properties(case.then).items():
                hint_here = f"{prefix}{class_name(key)}"
                if isinstance(value, SpecDict) and value.get("contentMediaType") == JSON_TEXT:
                    self.type_of(value.get("contentSchema"), hint_here)
                else:
                    self.type_of(value, hint_here)
            members.append(
                VariantMember(name + variant_label(switch.key, case.value, variant_title(case.then)), case.member)
            )
        return (*members, VariantMember(name + OTHER_VARIANT, schema)) if name else ()
