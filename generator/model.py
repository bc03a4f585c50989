"""Stage 3: the typed intermediate representation the templates see.

Python names, wire names, types, constraints, directions and docs text are
decided here, once; templates only loop over these dataclasses. Every item
keeps the place in the spec it came from. TypedDicts are named as
generator/typenames.py says, which validation checked.
"""

from __future__ import annotations

import keyword
import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from generator.answers import answer_shape
from generator.document import BINARY, CALLBACK_TAG, JSON_TEXT, MULTIPART, V2_VERBS, v2_data_schema
from generator.doubts import (
    Doubt,
    DoubtKind,
    doubts_of,
    doubts_required,
    doubts_within,
    fake_doubts,
    fake_doubts_data,
    relaxed_type,
    softening,
)
from generator.errors import Location
from generator.extensions import extension, subschemas
from generator.load import SpecDict, SpecList
from generator.naming import class_name, python_name, split_path, v2_method_name
from generator.pytypes import (
    DIGITS,
    AnyValue,
    Binary,
    Constraints,
    Enum,
    JsonText,
    ListOf,
    MapOf,
    Named,
    PyType,
    Scalar,
    annotation,
    named_types,
    typing_names,
    union,
)
from generator.typenames import (
    OTHER_VARIANT,
    TypeNames,
    async_class_name,
    group_class_name,
    type_names,
    variant_label,
    variant_title,
)
from generator.variants import switch_of, then_properties, then_required


class ApiStyle(StrEnum):
    """The two API styles of the document (see spec/README.md)."""

    V1 = "v1"  # form POST, the whole body returned
    V2 = "v2"  # REST, JSON, the answer's `data` returned


class FieldPlace(StrEnum):
    """Where a field travels: a form field (v1), or a path or query parameter or a body key (v2)."""

    FORM = "form"
    PATH = "path"
    QUERY = "query"
    BODY = "body"


class FieldKind(StrEnum):
    """What a field's value travels as."""

    JSON = "JSON"  # JSON text
    FILE = "FILE"  # a file part of a multipart body
    TEXT = "TEXT"  # a scalar as text


class Direction(StrEnum):
    """Who writes a value and who reads it."""

    ARGUMENT = "argument"  # the app builds it and the client sends it
    RESPONSE = "response"  # the server sends it and the app reads it
    WEBHOOK_PAYLOAD = "webhook payload"  # the server posts it to the app server, which reads it
    WEBHOOK_ANSWER = "webhook answer"  # the app server builds it as its answer


ARGUMENT, RESPONSE = Direction.ARGUMENT, Direction.RESPONSE
WEBHOOK_PAYLOAD, WEBHOOK_ANSWER = Direction.WEBHOOK_PAYLOAD, Direction.WEBHOOK_ANSWER
# Payload keys that identify one message, best first (see Webhook.id_keys).
MESSAGE_ID_KEYS = ("msgidServer", "msgidClient")
BUILT_BY_APP = frozenset({ARGUMENT, WEBHOOK_ANSWER})
READ_BY_APP = frozenset({RESPONSE, WEBHOOK_PAYLOAD})

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}
_CONSTRAINT_KEYS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "multipleOf": "multiple_of",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "format": "format",
    "minItems": "min_items",
    "maxItems": "max_items",
    "uniqueItems": "unique_items",
}


def clean_text(text: Any) -> str:
    """Spec prose, dedented and stripped."""
    return textwrap.dedent(str(text or "")).strip()


def constraints_of(schema: SpecDict) -> Constraints:
    return Constraints(**{name: schema[key] for key, name in _CONSTRAINT_KEYS.items() if key in schema})


@dataclass(frozen=True)
class Note:
    """A reviewer's note (x-note) and the line it is written on; doubts are `Doubt`s (x-doubt)."""

    text: str
    location: Location

    def __str__(self) -> str:
        return f"Note: {self.text}"


def review_notes(node: Any) -> tuple[Note, ...]:
    """The reviewer's notes on a node: for the reference's review view, never for docstrings."""
    if not isinstance(node, SpecDict):
        return ()
    return (Note(clean_text(extension(node, "x-note")), node.where("x-note")),) if "x-note" in node else ()


def notes_within(schema: Any, text_content: bool = False) -> tuple[Note, ...]:
    """The notes on a schema and on the schemas inside it that do not become TypedDicts of their own.

    `text_content`: the schema is a key whose JSON text stays text (`str`), so the object schema of
    that text (`contentSchema`) is no TypedDict either, and its notes belong here.
    """
    found = list(review_notes(schema))
    if isinstance(schema, SpecDict):
        for inner in subschemas(schema):
            if isinstance(inner, SpecDict) and not (inner.get("properties") or "allOf" in inner):
                found.extend(notes_within(inner))
        if text_content and isinstance(schema.get("contentSchema"), SpecDict):
            found.extend(notes_within(schema["contentSchema"]))
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True)
class ResponseExample:
    """A named example of a body from the spec: an operation's success body, a webhook's request or answer."""

    name: str
    value: Any


@dataclass(frozen=True)
class Key:
    """A key of a TypedDict."""

    name: str
    type: PyType
    required: bool
    description: str
    location: Location
    notes: tuple[Note, ...] = ()  # for reviewers
    doubts: tuple[Doubt, ...] = ()  # on the key's schema and the schemas inside it that are no TypedDict
    relaxed: PyType | None = None  # its type without the facts open doubts soften (None: none does)

    @property
    def annotation(self) -> str:
        return annotation(self.type)

    @property
    def certainly_required(self) -> bool:
        """Required, and no open doubt says it may not be: a key whose required-ness is doubted may be left out."""
        return self.required and not doubts_required(self.doubts)


@dataclass(frozen=True)
class Variant:
    """An object's shape when its type key holds `value` (a `then` of the spec's if/then; generator/variants.py)."""

    value: Any
    keys: tuple[Key, ...]  # the object's keys this type narrows, each with its type for this type
    required: tuple[str, ...]  # the keys this type needs beyond those the object always needs
    location: Location
    title: str = ""  # the `then`'s title: the name of the type (`Text`), for the TypedDict of its shape
    doubts: tuple[Doubt, ...] = ()  # on the `then` itself: one about its `required` list covers each of them

    def doubted_required(self) -> tuple[tuple[str, tuple[Doubt, ...]], ...]:
        """The keys this type needs whose required-ness an open doubt questions, each with those doubts
        (its own key's, or the `then`'s about the list)."""
        narrowed = {key.name: key for key in self.keys}
        found = []
        for name in self.required:
            doubts = doubts_required(narrowed[name].doubts if name in narrowed else self.doubts)
            if doubts:
                found.append((name, doubts))
        return tuple(found)


@dataclass(frozen=True)
class Variants:
    """The shapes of an object by the value of its type key; a value without a variant keeps the open shape."""

    key: str  # the type key's wire name
    cases: tuple[Variant, ...]

    def case_of(self, value: Any) -> Variant | None:
        """The variant of a type value, compared with its JSON type (True is not 1)."""
        return next((case for case in self.cases if type(case.value) is type(value) and case.value == value), None)

    def named_types(self) -> list[str]:
        """The TypedDicts its variants' keys refer to, in name order (generated files must not vary)."""
        return sorted({name for case in self.cases for key in case.keys for name in named_types(key.type)})


def variant_names(variants: Variants | None) -> list[str]:
    return [] if variants is None else variants.named_types()


@dataclass(frozen=True)
class TypedDictDef:
    """A TypedDict for a JSON object the API sends or accepts."""

    name: str
    description: str
    keys: tuple[Key, ...]
    bases: tuple[str, ...]  # TypedDicts it extends (allOf of named schemas)
    location: Location
    component: bool  # named after a component, not after its place
    directions: frozenset[str]  # ARGUMENT (callers build it) and/or RESPONSE (callers read it)
    notes: tuple[Note, ...] = ()  # for reviewers
    doubts: tuple[Doubt, ...] = ()  # on the object schema itself (its parts merged by allOf included)
    variants: Variants | None = None  # its shapes by the value of a type key
    # Read as the union of these TypedDicts (its shapes by type, then the other types), not as a class.
    union: tuple[str, ...] = ()

    @property
    def needs_functional_syntax(self) -> bool:
        """Keys that a class body cannot declare as written."""
        return any(not _plain_key(key.name) for key in self.keys)


def _plain_key(name: str) -> bool:
    return (
        name.isidentifier()
        and not keyword.iskeyword(name)
        and unicodedata.normalize("NFKC", name) == name
        and not name.startswith("__")
    )


@dataclass(frozen=True)
class Field:
    """One argument of an operation: a form field (v1), or a path or query parameter or a body key (v2)."""

    wire_name: str
    python_name: str
    type: PyType
    required: bool
    description: str
    deprecated: bool
    default: Any
    examples: tuple[Any, ...]
    location: Location
    notes: tuple[Note, ...]  # for reviewers, on the field and on the schema of its JSON text
    where: FieldPlace = FieldPlace.FORM
    comma_list: bool = False  # a v2 query list sent as its items' text joined with commas
    # Where its required-ness is written: its entry in the `required` list, or a parameter's `required` key.
    required_location: Location | None = None
    doubts: tuple[Doubt, ...] = ()  # on the field and the schemas inside it that are no TypedDict
    relaxed: PyType | None = None  # its type without the facts open doubts soften (None: none does)

    @property
    def annotation(self) -> str:
        return annotation(self.type)

    @property
    def certainly_required(self) -> bool:
        """Required, and no open doubt says it may not be. A field whose required-ness is doubted has a
        default in the signature, so that a caller may leave it out (and is warned, see runtime/_doubts.py)."""
        return self.required and not doubts_required(self.doubts)

    @property
    def kind(self) -> FieldKind:
        """What travels: JSON text, a file part, or a scalar as text."""
        if isinstance(self.type, JsonText):
            return FieldKind.JSON
        return FieldKind.FILE if isinstance(self.type, Binary) else FieldKind.TEXT


@dataclass(frozen=True)
class DocPage:
    """An operation's page in the official Chinese documentation (x-doc)."""

    title: str  # as the page gives it
    url: str


def doc_page(spec: SpecDict) -> DocPage | None:
    value = extension(spec, "x-doc")
    return None if value is None else DocPage(str(value["title"]), str(value["url"]))


@dataclass(frozen=True)
class Paging:
    """How a v2 list operation pages (see x-paging): the list's key in `data` and the type of its items."""

    style: str  # "cursor" or "offset"
    items_key: str
    item: PyType

    @property
    def item_annotation(self) -> str:
        return annotation(self.item)

    @property
    def request_key(self) -> str:
        return "page_token" if self.style == "cursor" else "offset"


@dataclass(frozen=True)
class FormRequest:
    """How a v1 operation is called: a form POST, URL-encoded or multipart; the whole answer is returned."""

    media_type: str | None  # FORM, MULTIPART, or None for a call without fields
    # For the test double, which checks requests on its own: the form schema
    # as plain JSON data ($refs resolved; prose, examples and x- keys left out).
    schema: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def multipart(self) -> bool:
        return self.media_type == MULTIPART


@dataclass(frozen=True)
class RestRequest:
    """How a v2 operation is called: a verb, path and query parameters and a JSON body; `data` is returned."""

    media_type: str | None  # JSON_TEXT, or None without a body
    # For the test double: each path and query parameter's schema and encoding,
    # and the JSON body's schema, as plain JSON data (see rest_request_schema).
    schema: dict[str, Any] = field(default_factory=dict, compare=False)


Request = FormRequest | RestRequest


@dataclass(frozen=True)
class Operation:
    path: str  # as sent, after the base URL: "user/create.action", "im/v2/teams/{team_id}"
    http_method: str
    operation_id: str
    group: str
    method: str
    constant: str  # module-level name of its endpoint table
    tag: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    request: Request
    response: PyType
    examples: tuple[ResponseExample, ...]  # of the success body, in spec order
    rate_limit: str
    safe_to_repeat: bool
    deprecated: bool
    notes: tuple[Note, ...]  # for reviewers: on the operation, its form schema and its success response
    location: Location
    doubts: tuple[Doubt, ...] = ()  # on the operation, its request body and schema, and its success response
    # For the test double: the first example of the success body, as plain JSON data.
    success_example: dict[str, Any] = field(default_factory=lambda: {"code": 200}, compare=False)
    request_line: str = ""  # how the docs write the call: "POST /nimserver/user/create.action"
    paging: Paging | None = None
    doc: DocPage | None = None  # its page in the official Chinese documentation (x-doc)
    codes: tuple[int, ...] = ()  # the status codes its sources name for it (x-codes)
    # For the answer checks and the conformance run (generator/answers.py): the success body's shape,
    # and the open doubts on its request fields, each with the field's length limit.
    answer: dict[str, Any] = field(default_factory=dict, compare=False)
    field_doubts: tuple[dict[str, Any], ...] = field(default=(), compare=False)
    variants: Variants | None = None  # the shapes of its form or JSON body by the value of a type field

    @property
    def api(self) -> ApiStyle:
        return ApiStyle.V1 if isinstance(self.request, FormRequest) else ApiStyle.V2

    @property
    def multipart(self) -> bool:
        return isinstance(self.request, FormRequest) and self.request.multipart

    @property
    def response_type(self) -> str:
        """The type of the answer (v1: the whole body; v2: its `data`)."""
        return annotation(self.response)

    def return_annotation(self, asynchronous: bool) -> str:
        """What the method returns: the answer's type, or for a list operation its first page."""
        if self.paging is None:
            return self.response_type
        page = "AsyncPage" if asynchronous else "Page"
        return f"{page}[{self.response_type}, {self.paging.item_annotation}]"

    @property
    def key(self) -> str:
        """Unique in the API: the path of a v1 operation, verb and path of a v2 one (`GET im/v2/teams`)."""
        return self.path if self.api == ApiStyle.V1 else f"{self.http_method} {self.path}"

    def fields_in(self, where: FieldPlace) -> tuple[Field, ...]:
        return tuple(item for item in self.fields if item.where == where)

    @property
    def reads(self) -> bool:
        """It only reads: the spec says it is safe to repeat, or it is a GET."""
        return self.safe_to_repeat or self.http_method == "GET"

    @property
    def destructive(self) -> bool:
        """A write that removes, silences or takes back (MCP's destructive hint), by verb and name.

        A DELETE, or an operation whose name (v1: its path's last segment; v2:
        the SDK method) holds one of DESTRUCTIVE_WORDS as a word: deletes,
        removals, kicks, bans and blocks, recalls, mutes, dismissals. Other
        writes (create, add, send, update, set) only add or overwrite.
        """
        if self.reads:
            return False
        return self.http_method == "DELETE" or not DESTRUCTIVE_WORDS.isdisjoint(self.method.split("_"))

    @property
    def argument_schema(self) -> dict[str, Any]:
        """Its arguments as one JSON Schema object, named and shaped as the client takes them.

        Built from the request's own schemas (the form, or the parameters and
        the JSON body), so whatever the body says beyond its properties
        (`oneOf`, `if`/`then`, `dependentRequired`) stays, renamed to the
        Python names; a JSON-text field is the schema of the JSON it holds.
        Prose is left out (see plain_schema).
        """
        names = {item.wire_name: item.python_name for item in self.fields}
        json_text = {item.wire_name for item in self.fields if isinstance(item.type, JsonText)}
        if isinstance(self.request, FormRequest):
            body = self.request.schema
            parameters: dict[str, Any] = {}
        else:
            body = self.request.schema.get("body")
            parameters = self.request.schema.get("parameters", {})
        schema: dict[str, Any] = {"type": "object"}
        if isinstance(body, dict):
            schema = _argument_object(body, names, json_text)
        properties = schema.setdefault("properties", {})
        required = schema.setdefault("required", [])
        for wire_name, parameter in parameters.items():
            properties[names[wire_name]] = parameter["schema"]
            if parameter["required"]:
                required.append(names[wire_name])
        if not required:
            del schema["required"]
        schema["additionalProperties"] = False
        return schema  # below its own properties, the request's schemas: a caller that changes one copies it


@dataclass(frozen=True)
class Webhook:
    """A request the IM server sends to the app server (a message copy or a callback)."""

    name: str  # the operationId
    python_name: str
    tag: str
    summary: str
    description: str
    payload: PyType
    answer: PyType
    # Keys of the payload with one fixed value that tell this kind apart (e.g. eventType "1").
    discriminators: tuple[tuple[str, Any], ...]
    notes: tuple[Note, ...]  # for reviewers
    location: Location
    event_class: str = ""  # its event class in nimserver.callbacks
    doubts: tuple[Doubt, ...] = ()  # on the webhook, its parameters, its body and its answer
    # Keys of the payload that identify one message, in the order a de-duplication key tries them.
    id_keys: tuple[str, ...] = ()
    examples: tuple[ResponseExample, ...] = ()  # of the request body (what the server posts), in spec order
    answer_examples: tuple[ResponseExample, ...] = ()  # of the answer body, in spec order
    doc: DocPage | None = None  # its page in the official Chinese documentation (x-doc)

    @property
    def payload_type(self) -> str:
        return annotation(self.payload)

    @property
    def answer_type(self) -> str:
        return annotation(self.answer)

    @property
    def is_callback(self) -> bool:
        """A third-party callback, whose answer is a decision (rather than a copy, whose answer is a receipt)."""
        return self.tag == CALLBACK_TAG


@dataclass(frozen=True)
class AnswerShape:
    """What the answer helpers of third-party callbacks are built from: the keys of their answer schema.

    `errCode` 0 allows and 1 blocks (its enum); `responseCode` is the code the
    sending client receives, within `response_code_range`; `modifyResponse`
    holds the replaced message fields; `callbackExt` goes back to the sender.
    """

    type_name: str
    modify_type: str
    modify_keys: tuple[tuple[str, str, str], ...]  # (wire name, Python name, annotation)
    response_code_range: tuple[int | None, int | None]
    callback_ext_max_length: int | None
    location: Location


@dataclass(frozen=True)
class Group:
    name: str  # attribute on the client (v1) or on client.v2 (v2)
    class_name: str
    operations: tuple[Operation, ...]
    type_names: tuple[str, ...]  # what its module imports from nimserver.types
    typing_names: tuple[str, ...]  # what its module imports from typing (Any, Literal)
    api: ApiStyle = ApiStyle.V1

    @property
    def qualified_name(self) -> str:
        """How a caller reaches it from the client: `team`, `v2.team`."""
        return self.name if self.api == ApiStyle.V1 else f"v2.{self.name}"

    @property
    def slug(self) -> str:
        """A file or anchor name: `team`, `v2-team`."""
        return self.name if self.api == ApiStyle.V1 else f"v2-{self.name}"

    @property
    def module(self) -> str:
        """Its module under the package: `groups.team`, `v2.team`."""
        return f"groups.{self.name}" if self.api == ApiStyle.V1 else f"v2.{self.name}"

    @property
    def paged(self) -> bool:
        return any(op.paging is not None for op in self.operations)

    @property
    def async_class_name(self) -> str:
        return async_class_name(self.class_name)

    @property
    def uses_files(self) -> bool:
        return any(field.kind == FieldKind.FILE for op in self.operations for field in op.fields)


@dataclass(frozen=True)
class LateChecks:
    """The parts of an argument shape's check that `_shapes.py` sets once every shape exists (see
    Api.late_checks)."""

    keys: tuple[Key, ...]
    variants: Variants | None  # its variants, when they refer to a shape made later


@dataclass(frozen=True)
class StatusCode:
    code: int
    name: str
    description: str
    error: str | None  # the ApiError subclass raised for it
    retry: bool
    common: bool = False  # any operation may return it


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
    webhooks: tuple[Webhook, ...]
    callback_answer: AnswerShape | None = None  # None when no webhook is a third-party callback

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

    @property
    def v1_groups(self) -> list[Group]:
        return [group for group in self.groups if group.api == ApiStyle.V1]

    @property
    def v2_groups(self) -> list[Group]:
        return [group for group in self.groups if group.api == ApiStyle.V2]

    @cached_property
    def typed_dicts_by_name(self) -> dict[str, TypedDictDef]:
        return {typed_dict.name: typed_dict for typed_dict in self.typed_dicts}

    def all_keys(self, name: str) -> list[Key]:
        """The keys of a TypedDict, its bases' included."""
        typed_dict = self.typed_dicts_by_name[name]
        return [*(key for base in typed_dict.bases for key in self.all_keys(base)), *typed_dict.keys]

    @cached_property
    def argument_shapes(self) -> list[TypedDictDef]:
        """The TypedDicts callers build, in an order where each comes after those it refers to, except
        where they refer to each other (a recursive schema: see late_checks)."""
        built = {typed_dict.name: typed_dict for typed_dict in self.typed_dicts if ARGUMENT in typed_dict.directions}
        ordered: dict[str, TypedDictDef] = {}
        placing: set[str] = set()

        def place(name: str) -> None:
            if name in ordered or name in placing or name not in built:
                return
            placing.add(name)
            for inner in self._shape_references(name):
                place(inner)
            ordered[name] = built[name]

        for name in sorted(built):
            place(name)
        return list(ordered.values())

    def _shape_references(self, name: str) -> list[str]:
        """The TypedDicts that the check of TypedDict `name` refers to (by its keys, then its variants)."""
        inner = [ref for key in self.all_keys(name) for ref in named_types(key.type)]
        return [*inner, *variant_names(self.typed_dicts_by_name[name].variants)]

    @property
    def late_checks(self) -> dict[str, LateChecks]:
        """The argument shapes whose checks refer to a shape not made yet where `_shapes.py` makes them
        (a recursive schema), by name: those parts are set once every shape exists, which makes the
        checks a cycle that follows a value as deep as it goes."""
        order = {typed_dict.name: index for index, typed_dict in enumerate(self.argument_shapes)}
        by_name = {typed_dict.name: typed_dict for typed_dict in self.typed_dicts}
        found = {}
        for name, index in order.items():
            later = {ref for ref in self._shape_references(name) if order.get(ref, -1) >= index}
            if later:
                keys = tuple(key for key in self.all_keys(name) if named_types(key.type) & later)
                variants = by_name[name].variants
                found[name] = LateChecks(keys, variants if set(variant_names(variants)) & later else None)
        return found

    @property
    def webhook_type_names(self) -> list[str]:
        """The TypedDicts nimserver.callbacks imports: every payload, and the answer's types."""
        names = {name for webhook in self.webhooks for name in named_types(webhook.payload)}
        if self.callback_answer is not None:
            names.update((self.callback_answer.type_name, self.callback_answer.modify_type))
        return sorted(names)

    @property
    def types_using(self) -> set[str]:
        """Names from typing that nimserver.types needs."""
        return {name for td in self.typed_dicts for key in td.keys for name in typing_names(key.type)}


@dataclass
class _Draft:
    """A TypedDict while it is being built (directions come last)."""

    name: str
    description: str
    keys: tuple[Key, ...]
    bases: tuple[str, ...]
    location: Location
    component: bool
    notes: tuple[Note, ...] = ()
    doubts: tuple[Doubt, ...] = ()
    variants: Variants | None = None


class _TypeBuilder:
    """Turns JSON Schemas into PyTypes, collecting TypedDicts by the names given (generator/typenames.py)."""

    def __init__(self, names: TypeNames) -> None:
        self.names = names
        self.drafts: dict[str, _Draft] = {}
        self.recurring: set[int] = set()  # recursive schemas being typed where they recur (see type_of)

    def type_of(self, schema: Any) -> PyType:
        if not isinstance(schema, SpecDict) or schema.broken:
            return AnyValue()
        if schema.recursion is not None:
            # Where a recursive schema recurs: its type again. An object schema is its TypedDict, named,
            # so that stops there; a cycle of lists and choices alone (a list of lists of ...) has no
            # name to stop at, and is any JSON value from its second turn on.
            target = schema.recursion
            if id(target) in self.recurring:
                return AnyValue()
            self.recurring.add(id(target))
            try:
                return self.type_of(target)
            finally:
                self.recurring.discard(id(target))
        if "const" in schema:
            return Enum((schema["const"],), constraints_of(schema))
        if "enum" in schema and isinstance(schema["enum"], list):
            return Enum(tuple(schema["enum"]), constraints_of(schema))
        for combinator in ("anyOf", "oneOf"):
            if combinator in schema:
                return union([self.type_of(member) for member in schema[combinator]])
        kind = schema.get("type")
        if isinstance(kind, list):
            return union([self._single(schema, one) for one in kind])
        return self._single(schema, kind)

    def _single(self, schema: SpecDict, kind: Any) -> PyType:
        if kind == "array":
            return ListOf(self.type_of(schema.get("items")), constraints_of(schema))
        if kind == "object" or "properties" in schema or "allOf" in schema:
            if schema.get("properties") or "allOf" in schema:
                return Named(self._typed_dict(schema))
            extra = schema.get("additionalProperties")
            return MapOf(self.type_of(extra) if isinstance(extra, SpecDict) else AnyValue())
        if kind in _SCALARS:
            return Scalar(_SCALARS[kind], constraints_of(schema))
        return AnyValue()

    def _typed_dict(self, schema: SpecDict) -> str:
        if schema.ref_name is not None and schema.origin is not None:
            # A component described in place (a description beside its $ref): the
            # TypedDict is the component's own, whichever place is reached first.
            schema = schema.origin
        name = self.names.of(schema)
        if name in self.drafts:
            return name  # validation saw that no other schema takes the name
        component = schema.ref_name is not None
        self.drafts[name] = _Draft(name, "", (), (), schema.location, component)  # reserved before recursing
        properties: dict[str, tuple[Any, Location]] = {}
        required: set[str] = set()
        bases: list[str] = []
        description = clean_text(schema.get("description"))
        notes: list[Note] = []
        doubts: list[Doubt] = []
        self._collect(schema, properties, required, bases, notes, doubts)
        keys: list[Key] = []
        # A TypedDict cannot redeclare a key of its base: a base whose key is
        # narrowed here (eventType: const "2"), or made required, is copied in, not extended.
        copied = [
            base
            for base in bases
            if any(
                key.name in properties or (key.name in required and not key.required) for key in self._all_keys(base)
            )
        ]
        bases = [base for base in bases if base not in copied]
        for base in copied:
            for base_key in self._all_keys(base):
                if base_key.name in properties:
                    required.update([base_key.name] if base_key.required else [])
                elif base_key.name not in {known.name for known in keys}:
                    keys.append(replace(base_key, required=base_key.required or base_key.name in required))
        listed = doubts_required(tuple(doubts))  # doubts about the object's `required` list
        for key, (value, where) in properties.items():
            kind = self.type_of(value)
            keys.append(
                Key(
                    key,
                    kind,
                    key in required,
                    clean_text(value.get("description") if isinstance(value, SpecDict) else ""),
                    where,
                    notes_within(value, text_content=True),
                    doubts_within(value, text_content=True) + (listed if key in required else ()),
                    relaxed_type(kind, value),
                )
            )
        variants = self.variants_of(schema)
        self.drafts[name] = _Draft(
            name,
            description,
            tuple(keys),
            tuple(bases),
            schema.location,
            component,
            tuple(notes),
            tuple(doubts),
            variants,
        )
        return name

    def variants_of(self, schema: SpecDict) -> Variants | None:
        """The shapes of an object schema (a form, a JSON object) by its type key, as its if/then members say."""
        switch = switch_of(schema)
        if switch is None:
            return None
        cases = []
        for case in switch.cases:
            then = case.then
            required = then_required(then)
            doubts = doubts_of(then)
            listed = doubts_required(doubts)  # doubts about the `then`'s `required` list
            keys = []
            for name, value in then_properties(then).items():
                kind = self._variant_type(value)
                keys.append(
                    Key(
                        name,
                        kind,
                        name in required,
                        clean_text(value.get("description") if isinstance(value, SpecDict) else ""),
                        then["properties"].where(name),
                        doubts=doubts_within(value, text_content=True) + (listed if name in required else ()),
                        relaxed=relaxed_type(kind, value),
                    )
                )
            cases.append(
                Variant(case.value, tuple(keys), tuple(required), case.member.location, variant_title(then), doubts)
            )
        return Variants(switch.key, tuple(cases))

    def _variant_type(self, schema: Any) -> PyType:
        """A narrowed key's type: JSON text of its contentSchema (a form field), or its schema's type."""
        if isinstance(schema, SpecDict) and schema.get("contentMediaType") == JSON_TEXT:
            return JsonText(self.type_of(schema.get("contentSchema")))
        return self.type_of(schema)

    def _collect(
        self,
        schema: SpecDict,
        properties: dict[str, tuple[Any, Location]],
        required: set[str],
        bases: list[str],
        notes: list[Note],
        doubts: list[Doubt],
    ) -> None:
        """The own keys of an object schema, its inline allOf parts merged in; named allOf parts become bases."""
        notes.extend(review_notes(schema))
        doubts.extend(doubts_of(schema))
        if isinstance(schema.get("properties"), SpecDict):
            for key, value in schema["properties"].items():
                properties[key] = (value, schema["properties"].where(key))
        required.update(item for item in schema.get("required", []) if isinstance(item, str))
        for part in schema.get("allOf", []):
            if not isinstance(part, SpecDict) or part.broken:
                continue
            if part.ref_name is not None:
                bases.append(self._typed_dict(part))
            elif part.get("type", "object") == "object":  # validation refuses any other (schema-allof-object)
                self._collect(part, properties, required, bases, notes, doubts)

    def _all_keys(self, name: str) -> list[Key]:
        draft = self.drafts[name]
        return [*draft.keys, *(key for base in draft.bases for key in self._all_keys(base))]

    def typed_dicts(self, used: dict[str, set[str]]) -> tuple[TypedDictDef, ...]:
        """In name order, except that a base comes before the TypedDicts that extend it (Python needs it defined)."""
        ordered: dict[str, TypedDictDef] = {}

        def place(draft: _Draft) -> None:
            if draft.name in ordered:
                return
            for base in draft.bases:
                place(self.drafts[base])
            directions = frozenset(used.get(draft.name, set()))
            ordered[draft.name] = TypedDictDef(
                draft.name,
                draft.description,
                draft.keys,
                draft.bases,
                draft.location,
                draft.component,
                directions,
                draft.notes,
                draft.doubts,
                draft.variants,
            )

        for draft in sorted(self.drafts.values(), key=lambda draft: draft.name):
            place(draft)
        return tuple(ordered.values())


def _typed_by_type(typed_dicts: tuple[TypedDictDef, ...]) -> tuple[TypedDictDef, ...]:
    """What the app reads (answers, webhook payloads) typed per type: a TypedDict with variants becomes the
    union of one TypedDict per described type, its type key a Literal, and one for the other types, so that
    comparing the type key narrows the rest (an event for a text copy has a text body under mypy)."""
    by_name = {typed_dict.name: typed_dict for typed_dict in typed_dicts}
    extended = {base for typed_dict in typed_dicts for base in typed_dict.bases}
    out: list[TypedDictDef] = []
    for typed_dict in typed_dicts:
        variants = typed_dict.variants
        if variants is None or not typed_dict.directions & READ_BY_APP or typed_dict.name in extended:
            out.append(typed_dict)
            continue
        keys = _flat_keys(typed_dict.name, by_name)
        members = [_variant_typed_dict(typed_dict, keys, variants, case) for case in variants.cases]
        other = _other_types(typed_dict, keys, variants)
        members.extend([other] if other is not None else [])
        out.extend(members)
        out.append(replace(typed_dict, union=tuple(member.name for member in members)))
    return tuple(out)


def _flat_keys(name: str, by_name: dict[str, TypedDictDef]) -> list[Key]:
    typed_dict = by_name[name]
    return [*(key for base in typed_dict.bases for key in _flat_keys(base, by_name)), *typed_dict.keys]


def _variant_typed_dict(typed_dict: TypedDictDef, keys: list[Key], variants: Variants, case: Variant) -> TypedDictDef:
    narrowed = {key.name: key for key in case.keys}
    doubted = dict(case.doubted_required())
    own: list[Key] = []
    for key in keys:
        if key.name == variants.key:
            key = replace(key, type=Enum((case.value,)), required=True)
        elif key.name in narrowed and not isinstance(narrowed[key.name].type, JsonText):
            # JSON text arrives as text: its type stays
            key = replace(key, type=narrowed[key.name].type, relaxed=narrowed[key.name].relaxed)
        if not key.required and key.name in case.required:
            key = replace(key, required=True, doubts=key.doubts + doubted.get(key.name, ()))
        own.append(key)
    description = f"{typed_dict.description}\n\nThe shape when `{variants.key}` is {case.value!r}.".strip()
    return TypedDictDef(
        typed_dict.name + variant_label(variants.key, case.value, case.title),
        description,
        tuple(own),
        (),
        case.location,
        False,
        typed_dict.directions,
    )


def _other_types(typed_dict: TypedDictDef, keys: list[Key], variants: Variants) -> TypedDictDef | None:
    """The shape of every other type: the type key's other values (its enum's rest), the rest as declared."""
    type_key = next(key for key in keys if key.name == variants.key)
    kind = type_key.type
    if isinstance(kind, Enum):
        rest = tuple(value for value in kind.values if variants.case_of(value) is None)
        if not rest:
            return None
        kind = Enum(rest, kind.constraints)
    own = tuple(replace(key, type=kind) if key.name == variants.key else key for key in keys)
    description = f"{typed_dict.description}\n\nThe shape of the other values of `{variants.key}`.".strip()
    return TypedDictDef(
        typed_dict.name + OTHER_VARIANT, description, own, (), typed_dict.location, False, typed_dict.directions
    )


def build_api(document: SpecDict) -> Api:
    """The model of a validated spec document."""
    types = _TypeBuilder(type_names(document))
    info = document["info"]
    base_path = urlsplit(str(document["servers"][0]["url"])).path.rstrip("/")
    groups: dict[tuple[ApiStyle, str], list[Operation]] = {}
    for path, item in document["paths"].items():
        if path.endswith(".action"):
            operations = [_operation(path, item["post"], types, base_path)]
        else:
            operations = [_v2_operation(path, verb, item[verb], types) for verb in V2_VERBS if verb in item]
        for operation in operations:
            groups.setdefault((operation.api, operation.group), []).append(operation)
    webhooks = tuple(
        _webhook(name, item["post"], types) for name, item in sorted((document.get("webhooks") or {}).items())
    )
    built = [_group(api, name, operations, types) for (api, name), operations in sorted(groups.items())]
    used = _directions(built, webhooks, types)
    typed_dicts = _typed_by_type(types.typed_dicts(used))
    callback_answer = _answer_shape(webhooks, types)
    return Api(
        title=str(info["title"]),
        version=str(info["version"]),
        summary=clean_text(info.get("summary")),
        description=clean_text(info.get("description")),
        servers=tuple(
            Server(
                extension(server, "x-region"),
                server["url"].rstrip("/"),
                clean_text(server.get("description")),
                tuple(url.rstrip("/") for url in extension(server, "x-backup-urls")),
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
                bool(entry.get("common", False)),
            )
            for entry in sorted(extension(document, "x-status-codes"), key=lambda entry: entry["code"])
        ),
        tags=tuple(Tag(tag["name"], clean_text(tag.get("description"))) for tag in document.get("tags", [])),
        groups=tuple(built),
        typed_dicts=typed_dicts,
        webhooks=webhooks,
        callback_answer=callback_answer,
    )


def _group(api: ApiStyle, name: str, operations: list[Operation], types: _TypeBuilder) -> Group:
    operations = [_with_paging(op, types) for op in operations]
    kinds = [op.response for op in operations] + [field.type for op in operations for field in op.fields]
    kinds += [op.paging.item for op in operations if op.paging is not None]
    named = {type_name for kind in kinds for type_name in named_types(kind)}
    typing = {name for kind in kinds for name in typing_names(kind)} - {"FileInput"}
    return Group(
        name,
        group_class_name(name, api == ApiStyle.V1),
        tuple(sorted(operations, key=lambda op: op.method)),
        tuple(sorted(named)),
        tuple(sorted(typing)),
        api,
    )


def _with_paging(op: Operation, types: _TypeBuilder) -> Operation:
    """`op` with the type of its page items, read from its answer's TypedDict."""
    if op.paging is None or not isinstance(op.response, Named):
        return op
    for key in types._all_keys(op.response.name):
        if key.name == op.paging.items_key and isinstance(key.type, ListOf):
            return replace(op, paging=replace(op.paging, item=key.type.item))
    return op


def _directions(groups: list[Group], webhooks: tuple[Webhook, ...], types: _TypeBuilder) -> dict[str, set[str]]:
    """For each TypedDict, the directions it travels in (see ARGUMENT, RESPONSE, ...)."""
    used: dict[str, set[str]] = {}
    pending: list[tuple[str, str]] = []
    for group in groups:
        for op in group.operations:
            pending.extend((name, RESPONSE) for name in named_types(op.response))
            pending.extend((name, ARGUMENT) for field in op.fields for name in named_types(field.type))
            pending.extend((name, ARGUMENT) for name in variant_names(op.variants))
    for webhook in webhooks:
        pending.extend((name, WEBHOOK_PAYLOAD) for name in named_types(webhook.payload))
        pending.extend((name, WEBHOOK_ANSWER) for name in named_types(webhook.answer))
    while pending:
        name, direction = pending.pop()
        if direction in used.setdefault(name, set()) or name not in types.drafts:
            continue
        used[name].add(direction)
        draft = types.drafts[name]
        pending.extend((base, direction) for base in draft.bases)
        pending.extend((inner, direction) for key in draft.keys for inner in named_types(key.type))
        pending.extend((inner, direction) for inner in variant_names(draft.variants))
    return used


def _operation(path: str, spec: SpecDict, types: _TypeBuilder, base_path: str) -> Operation:
    group, method = split_path(path)
    fields: list[Field] = []
    body = None
    form_schema = None
    form_notes: tuple[Note, ...] = ()
    body_doubts: tuple[Doubt, ...] = ()
    doubts: list[dict[str, Any]] = []
    variants = None
    request = spec.get("requestBody")
    if isinstance(request, SpecDict) and isinstance(request.get("content"), SpecDict):
        body, media = next(iter(request["content"].items()))
        form = media["schema"]
        form_schema = plain_schema(form)
        form_notes = review_notes(form)
        body_doubts = doubts_of(request) + doubts_of(form)
        required = _required_places(form)
        listed = doubts_required(doubts_of(form))
        for wire_name, schema in form["properties"].items():
            fields.append(_with_listed_doubts(_field(wire_name, schema, required, types), listed))
            doubts.extend(_field_doubts(wire_name, schema))
        variants = types.variants_of(form)
    response_notes = review_notes(spec["responses"]["200"])
    response_media = spec["responses"]["200"]["content"][JSON_TEXT]
    response_schema = response_media["schema"]
    response = types.type_of(response_schema)
    response_examples = _named_examples(response_media)
    success = response_examples[0].value if response_examples else None
    if not isinstance(response, Named):
        response = MapOf(AnyValue())
    return Operation(
        path=path.lstrip("/"),
        http_method="POST",
        operation_id=str(spec["operationId"]),
        group=group,
        method=method,
        constant="_" + method.upper().rstrip("_"),
        tag=str(spec["tags"][0]),
        summary=clean_text(spec["summary"]).rstrip("."),
        description=clean_text(spec["description"]),
        # Required arguments first: that is how a reader scans a signature.
        fields=tuple(sorted(fields, key=lambda item: not item.certainly_required)),
        request=FormRequest(body, form_schema),
        response=response,
        examples=response_examples,
        rate_limit=clean_text(extension(spec, "x-rate-limit")),
        safe_to_repeat=extension(spec, "x-safe-to-repeat"),
        deprecated=spec.get("deprecated") is True,
        notes=review_notes(spec) + form_notes + response_notes,
        location=spec.location,
        doubts=doubts_of(spec) + body_doubts + doubts_of(spec["responses"]["200"]),
        success_example=_plain(success) if isinstance(success, dict) else {"code": 200},
        request_line=f"POST {base_path}{path}",
        doc=doc_page(spec),
        codes=tuple(extension(spec, "x-codes")),
        answer=answer_shape(response_schema),
        field_doubts=tuple(doubts),
        variants=variants,
    )


def _field_doubts(wire_name: str, *nodes: Any) -> list[dict[str, Any]]:
    """The open doubts on a request field (its parameter and its schema) that the conformance run's probes
    can settle (required-ness, a limit), with its length limit."""
    schema = nodes[-1]
    limit = schema.get("maxLength") if isinstance(schema, SpecDict) else None
    return [
        {"field": wire_name, "limit": limit, "about": doubt.kind.value, "what": doubt.what}
        for node in nodes
        for doubt in doubts_of(node)
        if not doubt.settled and doubt.kind in (DoubtKind.REQUIRED, DoubtKind.LIMIT)
    ]


def _v2_operation(path: str, verb: str, spec: SpecDict, types: _TypeBuilder) -> Operation:
    """A v2 REST operation: its group and method come from its operationId (v2.<module>.<sdkMethod>)."""
    _, group, sdk_method = str(spec["operationId"]).split(".")
    method = v2_method_name(sdk_method)
    fields: list[Field] = []
    doubts: list[dict[str, Any]] = []
    for parameter in spec.get("parameters") or ():
        fields.append(_v2_parameter(parameter, types))
        doubts.extend(_field_doubts(str(parameter["name"]), parameter, parameter.get("schema")))
    body = None
    body_notes: tuple[Note, ...] = ()
    body_doubts: tuple[Doubt, ...] = ()
    variants = None
    request = spec.get("requestBody")
    if isinstance(request, SpecDict):
        body = JSON_TEXT
        schema = request["content"][JSON_TEXT]["schema"]
        body_notes = review_notes(request) + review_notes(schema)  # as v1 keeps its form schema's
        body_doubts = doubts_of(request) + doubts_of(schema)
        required = _required_places(schema)
        listed = doubts_required(doubts_of(schema))
        for wire_name, key_schema in schema["properties"].items():
            field = _with_listed_doubts(_field(wire_name, key_schema, required, types), listed)
            fields.append(replace(field, where=FieldPlace.BODY))
            doubts.extend(_field_doubts(wire_name, key_schema))
        variants = types.variants_of(schema)
    data = v2_data_schema(spec)
    response: PyType = Scalar("None") if data is None else types.type_of(data)
    response_examples = _named_examples(spec["responses"]["200"]["content"][JSON_TEXT])
    success = response_examples[0].value if response_examples else None
    paging = extension(spec, "x-paging")
    return Operation(
        path=path.lstrip("/"),
        http_method=verb.upper(),
        operation_id=str(spec["operationId"]),
        group=group,
        method=method,
        constant="_" + method.upper().rstrip("_"),
        tag=str(spec["tags"][0]),
        summary=clean_text(spec["summary"]).rstrip("."),
        description=clean_text(spec["description"]),
        # Path parameters first, then the other required arguments: how a reader scans a signature.
        fields=tuple(sorted(fields, key=lambda item: (item.where != FieldPlace.PATH, not item.certainly_required))),
        request=RestRequest(body, rest_request_schema(spec)),
        response=response,
        examples=response_examples,
        rate_limit=clean_text(extension(spec, "x-rate-limit")),
        safe_to_repeat=extension(spec, "x-safe-to-repeat"),
        deprecated=spec.get("deprecated") is True,
        notes=review_notes(spec) + body_notes + review_notes(spec["responses"]["200"]),
        location=spec.location,
        doubts=doubts_of(spec) + body_doubts + doubts_of(spec["responses"]["200"]),
        success_example=_plain(success) if isinstance(success, dict) else {"code": 200, "msg": "success"},
        request_line=f"{verb.upper()} {path}",
        paging=None if paging is None else Paging(paging.get("style", "cursor"), paging["items"], AnyValue()),
        doc=doc_page(spec),
        codes=tuple(extension(spec, "x-codes")),
        answer=answer_shape(spec["responses"]["200"]["content"][JSON_TEXT]["schema"]),
        field_doubts=tuple(doubts),
        variants=variants,
    )


def rest_request_schema(spec: SpecDict) -> dict[str, Any]:
    """What a v2 request may carry, as plain JSON data for a validator that knows nothing of the client.

    `parameters` maps each path and query parameter's name to where it travels
    (`in`), whether it is required, its `schema` and its `encoding` (`text`:
    one value; `comma`: a list joined with commas; `json`: JSON text); `body`
    is the JSON body's schema (None when the operation has none) and
    `body_required` whether a body must be sent.
    """
    parameters: dict[str, Any] = {}
    for parameter in spec.get("parameters") or ():
        content = parameter.get("content")
        if isinstance(content, SpecDict):
            schema, encoding = content[JSON_TEXT]["schema"], "json"
        else:
            schema = parameter["schema"]
            encoding = "comma" if schema.get("type") == "array" else "text"
        parameters[str(parameter["name"])] = {
            "in": str(parameter["in"]),
            "required": parameter.get("required") is True,
            "encoding": encoding,
            "schema": plain_schema(schema, fake_doubts(parameter)),
        }
    request = spec.get("requestBody")
    body = plain_schema(request["content"][JSON_TEXT]["schema"]) if isinstance(request, SpecDict) else None
    return {
        "parameters": parameters,
        "body": body,
        "body_required": isinstance(request, SpecDict) and request.get("required") is True,
    }


def _v2_parameter(parameter: SpecDict, types: _TypeBuilder) -> Field:
    content = parameter.get("content")
    comma_list = False
    if isinstance(content, SpecDict):
        schema = content[JSON_TEXT]["schema"]
        kind: PyType = JsonText(types.type_of(schema))
    else:
        schema = parameter["schema"]
        kind = _as_argument(types.type_of(schema))
        comma_list = schema.get("type") == "array"
    examples = (content[JSON_TEXT] if isinstance(content, SpecDict) else parameter).get("examples")
    return Field(
        wire_name=str(parameter["name"]),
        python_name=python_name(str(parameter["name"])),
        type=kind,
        required=parameter.get("required") is True,
        description=clean_text(parameter.get("description")),
        deprecated=parameter.get("deprecated") is True,
        default=schema.get("default"),
        examples=tuple(
            example.get("value") for example in (examples.values() if isinstance(examples, SpecDict) else ())
        ),
        location=parameter.location,
        notes=review_notes(parameter) + notes_within(schema),
        doubts=doubts_of(parameter) + doubts_within(schema),
        relaxed=relaxed_type(kind, schema, frozenset(doubt.kind for doubt in softening(doubts_of(parameter)))),
        where=FieldPlace(parameter["in"]),
        comma_list=comma_list,
        required_location=parameter.where("required") if "required" in parameter else None,
    )


# Keywords whose value is a schema, a list of schemas or a map of schemas.
_SUBSCHEMA = ("items", "contentSchema", "additionalProperties", "not", "propertyNames", "if", "then", "else")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_PROSE = ("description", "examples", "example", "title", "summary", "deprecated", "$comment")


def plain_schema(schema: Any, inherited: tuple[Doubt, ...] = ()) -> Any:
    """A JSON Schema as plain JSON data for a validator: $refs already resolved, prose and x- keys left out,
    but for the open doubts that cover each node (`x-doubt`, see `fake_doubts`; `inherited`: the doubts
    of the parameter or inline schema that holds it), which the test double heeds as the client does."""
    if not isinstance(schema, dict):
        return _plain(schema)
    plain: dict[str, Any] = {}
    doubts = fake_doubts(schema, inherited)
    if doubts:
        plain["x-doubt"] = fake_doubts_data(doubts)
    inner = tuple(doubt for doubt in doubts if doubt.kind != DoubtKind.REQUIRED)  # required-ness is the key's
    for key, value in schema.items():
        if key in _PROSE or key.startswith("x-"):
            continue
        if key in _SUBSCHEMA:
            plain[key] = plain_schema(value, inner)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            plain[key] = [plain_schema(item, inner) for item in value]
        elif key in ("properties", "patternProperties") and isinstance(value, dict):
            plain[key] = {name: plain_schema(item) for name, item in value.items()}  # each key its own facts
        else:
            plain[key] = _plain(value)
    return plain


# Words in an operation's name that make a write destructive (see Operation.destructive).
DESTRUCTIVE_WORDS = frozenset(
    {
        "ban",
        "batchdel",
        "block",
        "blocked",
        "clean",
        "clear",
        "close",
        "del",
        "delete",
        "disable",
        "disband",
        "dismiss",
        "drop",
        "kick",
        "leave",
        "mute",
        "poll",
        "recall",
        "remove",
        "withdraw",
    }
)
# Keywords about a JSON text's characters, which say nothing of the JSON value it holds.
_TEXT_KEYWORDS = frozenset({"type", "minLength", "maxLength", "pattern", "format", "contentMediaType", "contentSchema"})
# Keywords of an object schema whose values are object schemas of the same object (conditions, branches).
_SAME_OBJECT = ("if", "then", "else", "not")
_SAME_OBJECT_LISTS = ("allOf", "anyOf", "oneOf")


def _argument_object(schema: dict[str, Any], names: dict[str, str], json_text: set[str]) -> dict[str, Any]:
    """An object schema in plain data with its property names as Python names and JSON text as its value's schema.

    Branches and conditions about the same object (allOf, oneOf, if/then,
    ...) are renamed too, so a body discriminated by a key keeps its rules.
    """
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            result[key] = {
                names.get(name, name): _json_value_schema(item) if name in json_text else item
                for name, item in value.items()
            }
        elif key == "required" and isinstance(value, list):
            result[key] = [names.get(name, name) for name in value]
        elif key == "dependentRequired" and isinstance(value, dict):
            result[key] = {
                names.get(name, name): [names.get(item, item) for item in items] for name, items in value.items()
            }
        elif key == "dependentSchemas" and isinstance(value, dict):
            result[key] = {
                names.get(name, name): _argument_object(item, names, json_text) for name, item in value.items()
            }
        elif key in _SAME_OBJECT and isinstance(value, dict):
            result[key] = _argument_object(value, names, json_text)
        elif key in _SAME_OBJECT_LISTS and isinstance(value, list):
            result[key] = [
                _argument_object(item, names, json_text) if isinstance(item, dict) else item for item in value
            ]
        else:
            result[key] = value
    return result


def _json_value_schema(schema: Any) -> Any:
    """The schema of the value a JSON-text field holds: its contentSchema, or what is left once the text's own limits go."""
    if not isinstance(schema, dict):
        return schema
    if isinstance(schema.get("contentSchema"), dict):
        return schema["contentSchema"]
    return {key: value for key, value in schema.items() if key not in _TEXT_KEYWORDS}


def _plain(value: Any) -> Any:
    """Spec data (SpecDict, SpecList) as plain dicts and lists."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _required_places(schema: SpecDict) -> dict[str, Location]:
    """Each name of an object schema's `required` list, with the place of its entry."""
    listed = schema.get("required")
    return {name: listed.where(index) for index, name in enumerate(listed)} if isinstance(listed, SpecList) else {}


def _field(wire_name: str, schema: SpecDict, required: dict[str, Location], types: _TypeBuilder) -> Field:
    media = schema.get("contentMediaType")
    kind: PyType
    if media == JSON_TEXT:
        kind = JsonText(types.type_of(schema["contentSchema"]), constraints_of(schema))
    elif media == BINARY:
        kind = Binary()
    else:
        kind = _as_argument(types.type_of(schema))
    return Field(
        wire_name=wire_name,
        python_name=python_name(wire_name),
        type=kind,
        required=wire_name in required,
        description=clean_text(schema.get("description")),
        deprecated=schema.get("deprecated") is True,
        default=schema.get("default"),
        examples=tuple(schema.get("examples") or ()),
        location=schema.location,
        notes=notes_within(schema),
        doubts=doubts_within(schema),
        relaxed=relaxed_type(kind, schema),
        required_location=required.get(wire_name),
    )


def _with_listed_doubts(field: Field, listed: tuple[Doubt, ...]) -> Field:
    """A field of an object whose `required` list is doubted (`listed`): a required one carries those doubts,
    so that its required-ness is doubted as if the doubt stood on its own schema."""
    return replace(field, doubts=field.doubts + listed) if field.required and listed else field


def _webhook(name: str, spec: SpecDict, types: _TypeBuilder) -> Webhook:
    body = spec.get("requestBody")
    content = body.get("content") if isinstance(body, SpecDict) else None
    payload_media = next(iter(content.values())) if isinstance(content, SpecDict) and content else SpecDict()
    payload_schema = payload_media.get("schema")
    payload = types.type_of(payload_schema)
    responses = spec.get("responses") or SpecDict()  # OpenAPI 3.1 lets a webhook leave its answer out
    answer_media = (responses.get("200") or SpecDict()).get("content") or SpecDict()
    answer_schema = answer_media.get(JSON_TEXT, SpecDict()).get("schema")
    answer = types.type_of(answer_schema) if answer_schema is not None else MapOf(AnyValue())
    return Webhook(
        name=name,
        python_name=python_name(name),
        tag=str(spec["tags"][0]),
        summary=clean_text(spec["summary"]).rstrip("."),
        description=clean_text(spec["description"]),
        payload=payload,
        answer=answer,
        discriminators=_fixed_keys(payload, types),
        notes=review_notes(spec)
        + tuple(note for parameter in spec.get("parameters") or () for note in review_notes(parameter))
        + review_notes(responses.get("200")),
        location=spec.location,
        doubts=doubts_of(spec)
        + tuple(doubt for parameter in spec.get("parameters") or () for doubt in doubts_of(parameter))
        + doubts_of(body)
        + doubts_of(responses.get("200")),
        event_class=class_name(name),
        id_keys=_id_keys(payload, types),
        examples=_named_examples(payload_media),
        answer_examples=_named_examples(answer_media.get(JSON_TEXT, SpecDict())),
        doc=doc_page(spec),
    )


def _named_examples(media: Any) -> tuple[ResponseExample, ...]:
    """The named examples (`examples:`) of a media type object, in spec order."""
    examples = media.get("examples") if isinstance(media, SpecDict) else None
    return tuple(
        ResponseExample(str(name), _plain(example.get("value")))
        for name, example in (examples.items() if isinstance(examples, SpecDict) else ())
        if isinstance(example, SpecDict)
    )


def _id_keys(kind: PyType, types: _TypeBuilder) -> tuple[str, ...]:
    """The message id keys (MESSAGE_ID_KEYS) that a payload TypedDict has, its bases included."""
    if not isinstance(kind, Named):
        return ()
    names = {key.name for key in types._all_keys(kind.name)}
    return tuple(key for key in MESSAGE_ID_KEYS if key in names)


def _answer_shape(webhooks: tuple[Webhook, ...], types: _TypeBuilder) -> AnswerShape | None:
    """The shape of the one answer schema all third-party callbacks share (validated: callback-answer)."""
    callbacks = [webhook for webhook in webhooks if webhook.is_callback]
    if not callbacks or not isinstance(callbacks[0].answer, Named):
        return None
    name = callbacks[0].answer.name
    keys = {key.name: key for key in types._all_keys(name)}
    location = types.drafts[name].location
    modify = keys["modifyResponse"].type
    assert isinstance(modify, Named), "validation checks the answer of callbacks"
    code = keys["responseCode"].type
    code_limits = code.constraints if isinstance(code, (Scalar, Enum)) else Constraints()
    ext = keys["callbackExt"].type
    return AnswerShape(
        type_name=name,
        modify_type=modify.name,
        modify_keys=tuple(
            (key.name, python_name(key.name), annotation(key.type)) for key in types._all_keys(modify.name)
        ),
        response_code_range=(_whole(code_limits.minimum), _whole(code_limits.maximum)),
        callback_ext_max_length=ext.constraints.max_length if isinstance(ext, Scalar) else None,
        location=location,
    )


def _whole(value: int | float | None) -> int | None:
    return None if value is None else int(value)


def _fixed_keys(kind: PyType, types: _TypeBuilder) -> tuple[tuple[str, Any], ...]:
    """The required keys of a payload TypedDict (its bases included) that hold one fixed value."""
    if not isinstance(kind, Named):
        return ()
    found = []
    for key in types._all_keys(kind.name):
        if key.required and isinstance(key.type, Enum) and len(key.type.values) == 1:
            found.append((key.name, key.type.values[0]))
    return tuple(sorted(found, key=lambda item: item[0]))


def _as_argument(kind: PyType) -> PyType:
    """What a form field accepts from Python beyond its wire type.

    A 64-bit integer (team, room, server and message ids; millisecond times)
    also takes its decimal text, so that a value from one answer goes into
    the next call unchanged; a 0/1 flag also takes a bool.
    """
    if isinstance(kind, Scalar) and kind.kind == "int" and kind.constraints.format == "int64":
        return union([kind, DIGITS])
    if isinstance(kind, Enum) and set(kind.values) == {0, 1} and all(type(value) is int for value in kind.values):
        return replace(kind, accepts_bool=True)
    return kind
