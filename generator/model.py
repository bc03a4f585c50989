"""Stage 3: the typed intermediate representation the templates see.

Python names, wire names, kinds of coercion, types and docs text are decided
here, once; templates only loop over these dataclasses.
"""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass
from typing import Any

from generator.load import SpecDict
from generator.naming import class_name, python_name, split_path
from generator.validate import BINARY, FORM, JSON_TEXT, MULTIPART

# Runtime coercion kinds, named as in templates/runtime/_fields.py.
_KINDS = {"string": "STR", "integer": "INT", "number": "FLOAT", "boolean": "BOOL"}
_JSON_TYPES = {"array": "list", "object": "dict"}
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}


@dataclass(frozen=True)
class DictKey:
    name: str
    annotation: str
    required: bool
    description: str


@dataclass(frozen=True)
class TypedDictDef:
    """A TypedDict for a JSON object the API sends or accepts."""

    name: str
    description: str
    keys: tuple[DictKey, ...]

    @property
    def needs_functional_syntax(self) -> bool:
        return any(not key.name.isidentifier() or keyword.iskeyword(key.name) for key in self.keys)


@dataclass(frozen=True)
class Field:
    wire_name: str
    python_name: str
    kind: str  # STR, INT, FLOAT, BOOL, JSON or FILE
    annotation: str
    required: bool
    description: str
    constraints: tuple[tuple[str, Any], ...]  # runtime checks, e.g. ("max_length", 32)
    deprecated: bool
    notes: tuple[str, ...]
    json_type: str | None  # "list" or "dict": the JSON value's Python type, checked at run time

    @property
    def doc_constraints(self) -> str:
        words = {
            "max_length": "at most {} characters",
            "min_length": "at least {} characters",
            "min_length_1": "not empty",
            "minimum": "at least {}",
            "maximum": "at most {}",
            "enum": "one of {}",
        }
        parts = []
        for name, value in self.constraints:
            if name == "enum":
                value = ", ".join(_literal(item) for item in value)
            elif name == "min_length" and value == 1:
                name = "min_length_1"
            parts.append(words[name].format(value))
        return "; ".join(parts)


@dataclass(frozen=True)
class Operation:
    path: str  # as sent: "user/create.action"
    operation_id: str
    group: str
    method: str
    constant: str  # module-level name of its endpoint table
    tag: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    multipart: bool
    response_type: str
    rate_limit: str
    safe_to_repeat: bool
    deprecated: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Group:
    name: str  # attribute on the client
    class_name: str
    operations: tuple[Operation, ...]
    type_names: tuple[str, ...]  # what its module imports from nimserver.types

    @property
    def async_class_name(self) -> str:
        return "Async" + self.class_name


@dataclass(frozen=True)
class StatusCode:
    code: int
    name: str
    description: str
    error: str | None  # the ApiError subclass raised for it
    retry: bool


@dataclass(frozen=True)
class ErrorClass:
    name: str
    codes: tuple[StatusCode, ...]


@dataclass(frozen=True)
class Server:
    region: str
    url: str
    description: str
    backup_urls: tuple[str, ...]


@dataclass(frozen=True)
class Tag:
    name: str
    description: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    summary: str
    description: str
    servers: tuple[Server, ...]
    status_codes: tuple[StatusCode, ...]
    tags: tuple[Tag, ...]
    groups: tuple[Group, ...]
    typed_dicts: tuple[TypedDictDef, ...]

    @property
    def error_classes(self) -> list[ErrorClass]:
        names = sorted({status.error for status in self.status_codes if status.error})
        return [ErrorClass(name, tuple(code for code in self.status_codes if code.error == name)) for name in names]

    @property
    def retry_codes(self) -> list[int]:
        return [status.code for status in self.status_codes if status.retry]

    @property
    def operations(self) -> list[Operation]:
        return [operation for group in self.groups for operation in group.operations]


def _literal(value: Any) -> str:
    return repr(value) if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)


def _names_in(annotation: str, defined: dict[str, TypedDictDef]) -> set[str]:
    """The TypedDicts an annotation such as `list[UserInfo] | str` refers to."""
    return {word for word in re.split(r"[\[\]|, ]+", annotation) if word in defined}


def clean_text(text: Any) -> str:
    """Spec prose, dedented and stripped."""
    return textwrap.dedent(str(text or "")).strip()


class _TypeBuilder:
    """Turns JSON Schemas into Python annotations, collecting TypedDicts."""

    def __init__(self) -> None:
        self.defs: dict[str, TypedDictDef] = {}
        self.by_schema: dict[int, str] = {}
        # Merged allOf schemas, kept alive so that their ids stay unique.
        self.merged: dict[int, dict[str, Any]] = {}

    def annotation(self, schema: Any, hint: str) -> str:
        if not isinstance(schema, dict):
            return "Any"
        if "allOf" in schema:
            if id(schema) not in self.merged:
                self.merged[id(schema)] = _merge_all_of(schema)
            schema = self.merged[id(schema)]
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                members = [
                    self.annotation(member, f"{hint}Variant{index}")
                    for index, member in enumerate(schema[combinator], 1)
                ]
                return _union(members)
        kind = schema.get("type")
        if isinstance(kind, list):
            return _union([self.annotation({**schema, "type": one}, hint) for one in kind])
        if kind == "array":
            return f"list[{self.annotation(schema.get('items'), hint + 'Item')}]"
        if kind == "object" or "properties" in schema:
            if not schema.get("properties"):
                return "dict[str, Any]"
            return self._typed_dict(schema, hint)
        if "enum" in schema and kind is None:
            return "Any"
        return _SCALARS.get(kind, "Any") if isinstance(kind, str) else "Any"

    def _typed_dict(self, schema: dict[str, Any], hint: str) -> str:
        if id(schema) in self.by_schema:
            return self.by_schema[id(schema)]
        ref_name = getattr(schema, "ref_name", None)
        name = class_name(ref_name) if ref_name else hint
        base, counter = name, 2
        while name in self.defs:
            name, counter = f"{base}{counter}", counter + 1
        self.by_schema[id(schema)] = name
        self.defs[name] = TypedDictDef(name, "", ())  # reserve the name before recursing
        required = set(schema.get("required", []))
        child_prefix = name.removesuffix("Response")
        keys = tuple(
            DictKey(
                key,
                self.annotation(value, hint=f"{child_prefix}{class_name(key)}"),
                key in required,
                clean_text(value.get("description") if isinstance(value, dict) else ""),
            )
            for key, value in schema["properties"].items()
        )
        self.defs[name] = TypedDictDef(name, clean_text(schema.get("description")), keys)
        return name


def _merge_all_of(schema: dict[str, Any]) -> dict[str, Any]:
    """allOf of object schemas as one object schema (properties and required joined)."""
    merged = SpecDict({key: value for key, value in schema.items() if key != "allOf"})
    merged.key_locations = {}
    properties: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for part in schema["allOf"]:
        if isinstance(part, dict) and "allOf" in part:
            part = _merge_all_of(part)
        if not isinstance(part, dict):
            continue
        properties.update(part.get("properties", {}))
        required.extend(name for name in part.get("required", []) if name not in required)
        for key in ("type", "description"):
            if key in part and key not in merged:
                merged[key] = part[key]
    merged["properties"] = properties
    merged["required"] = required
    merged.ref_name = None
    return merged


def _union(members: list[str]) -> str:
    unique = list(dict.fromkeys(members))
    if "Any" in unique:
        return "Any"
    return " | ".join(unique)


def build_api(document: SpecDict) -> Api:
    """The model of a validated spec document."""
    types = _TypeBuilder()
    info = document["info"]
    groups: dict[str, list[Operation]] = {}
    for path, item in document["paths"].items():
        operation = _operation(path, item["post"], types)
        groups.setdefault(operation.group, []).append(operation)
    return Api(
        title=str(info["title"]),
        version=str(info["version"]),
        summary=clean_text(info.get("summary")),
        description=clean_text(info.get("description")),
        servers=tuple(
            Server(
                server["x-region"],
                server["url"].rstrip("/"),
                clean_text(server.get("description")),
                tuple(url.rstrip("/") for url in server.get("x-backup-urls", [])),
            )
            for server in document["servers"]
        ),
        status_codes=tuple(
            StatusCode(
                entry["code"],
                entry["name"],
                clean_text(entry["description"]),
                entry.get("error"),
                bool(entry.get("retry", False)),
            )
            for entry in sorted(document["x-status-codes"], key=lambda entry: entry["code"])
        ),
        tags=tuple(Tag(tag["name"], clean_text(tag.get("description"))) for tag in document.get("tags", [])),
        groups=tuple(
            Group(
                name,
                class_name(name, "group"),
                tuple(sorted(operations, key=lambda op: op.method)),
                tuple(
                    sorted(
                        {
                            type_name
                            for op in operations
                            for annotation in [op.response_type, *(item.annotation for item in op.fields)]
                            for type_name in _names_in(annotation, types.defs)
                        }
                    )
                ),
            )
            for name, operations in sorted(groups.items())
        ),
        typed_dicts=tuple(types.defs[name] for name in sorted(types.defs)),
    )


def _notes(node: dict[str, Any]) -> tuple[str, ...]:
    labels = {
        "x-confidence": "Confidence",
        "x-required-confidence": "Required-ness confidence",
        "x-note": "Note",
    }
    return tuple(f"{label}: {clean_text(node[key])}" for key, label in labels.items() if key in node)


def _operation(path: str, spec: SpecDict, types: _TypeBuilder) -> Operation:
    group, method = split_path(path)
    operation_id = str(spec["operationId"])
    type_prefix = class_name(group, method)
    fields: list[Field] = []
    multipart = False
    body = spec.get("requestBody")
    if body:
        media_type, media = next(iter(body["content"].items()))
        multipart = media_type == MULTIPART
        assert media_type in (FORM, MULTIPART)
        form = media["schema"]
        required = set(form.get("required", []))
        for wire_name, schema in form["properties"].items():
            fields.append(
                _field(wire_name, schema, wire_name in required, f"{type_prefix}{class_name(wire_name)}", types)
            )
    response_schema = spec["responses"]["200"]["content"][JSON_TEXT]["schema"]
    response_type = types.annotation(response_schema, f"{type_prefix}Response")
    if response_type == "Any" or response_type.startswith("dict["):
        response_type = "dict[str, Any]"
    return Operation(
        path=path.lstrip("/"),
        operation_id=operation_id,
        group=group,
        method=method,
        constant="_" + method.upper().rstrip("_"),
        tag=str(spec["tags"][0]),
        summary=clean_text(spec["summary"]).rstrip("."),
        description=clean_text(spec["description"]),
        # Required arguments first: that is how a reader scans a signature.
        fields=tuple(sorted(fields, key=lambda item: not item.required)),
        multipart=multipart,
        response_type=response_type,
        rate_limit=clean_text(spec.get("x-rate-limit")),
        safe_to_repeat=bool(spec.get("x-safe-to-repeat", False)),
        deprecated=bool(spec.get("deprecated", False)),
        notes=_notes(spec),
    )


def _field(wire_name: str, schema: SpecDict, required: bool, hint: str, types: _TypeBuilder) -> Field:
    media = schema.get("contentMediaType")
    if media == JSON_TEXT:
        kind = "JSON"
        # Already-encoded JSON text is accepted too, unchanged.
        annotation = _union([types.annotation(schema["contentSchema"], hint), "str"])
    elif media == BINARY:
        kind = "FILE"
        annotation = "FileInput"
    else:
        kind = _KINDS[schema["type"]]
        annotation = _SCALARS[schema["type"]]
    constraints: list[tuple[str, Any]] = []
    if kind == "STR":
        for key, name in (("minLength", "min_length"), ("maxLength", "max_length")):
            if key in schema:
                constraints.append((name, schema[key]))
    if kind in ("INT", "FLOAT"):
        for key in ("minimum", "maximum"):
            if key in schema:
                constraints.append((key, schema[key]))
    if "enum" in schema and kind != "JSON":
        constraints.append(("enum", tuple(schema["enum"])))
    return Field(
        wire_name=wire_name,
        python_name=python_name(wire_name),
        kind=kind,
        annotation=annotation,
        required=required,
        description=clean_text(schema.get("description")),
        constraints=tuple(constraints),
        deprecated=bool(schema.get("deprecated", False)),
        notes=_notes(schema),
        json_type=_JSON_TYPES.get(schema["contentSchema"].get("type")) if kind == "JSON" else None,
    )
