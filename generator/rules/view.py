"""The typed view of a document that the spec rules look at: each part found once.

Malformed parts are left out of the lists that need them well formed, and the
rule that asks for the form says why: a v1 field without a scalar type has no
schema to check examples against, so `form-field-type` reports it and the
example rules never see it. Where the walk of the document decides what one
rule sees by what another found (the label of a schema reached twice, the
argument a name was taken by), the view records it, so that no rule depends
on the order the rules run in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from generator import typenames
from generator.document import FORM, JSON_TEXT, MULTIPART, V2_VERBS
from generator.extensions import places
from generator.load import SpecDict, SpecList
from generator.naming import python_name, split_path, v2_method_name

# A problem a rule found: the mapping or list that holds it, the key or index inside it (None: the node
# itself), and the message.
Found = tuple[SpecDict | SpecList, Any, str]

SCALAR_TYPES = {"string", "integer", "boolean", "number"}
V2_PATH_PARAMETER = re.compile(r"\{([^}]*)\}")
V2_OPERATION_ID = re.compile(r"^v2\.([a-z][a-z0-9_]*)\.([a-z][A-Za-z0-9]*)$")
V1_PATH = re.compile(r"^/[A-Za-z][A-Za-z0-9]*(/[A-Za-z][A-Za-z0-9]*)*\.action$")
V2_PATH = re.compile(r"^(/([a-z][A-Za-z0-9_]*(\.[0-9]+)?|\{[a-z][a-z0-9_]*\}))+$")
VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_UNEXPECTED = re.compile(r"'([^']+)' (?:was|were) unexpected")


class Checks(Protocol):
    """The slow checks, pure functions of content: generator/validate.py gives them, each verdict kept
    in its `Verdicts` (generator/cache.py)."""

    def openapi(self) -> Iterable[tuple[list[Any] | None, str]]:
        """openapi-spec-validator's problems: the path of each in the document (None: the whole) and message."""
        ...

    def schema_errors(self, schema: Any) -> list[tuple[list[Any], str]]:
        """Why `schema` is not valid JSON Schema 2020-12 (or holds a pattern Python cannot compile)."""
        ...

    def example_problems(self, example: Any, schema: SpecDict) -> list[str]:
        """Why `example` does not fit a field's schema (JSON text decoded first)."""
        ...

    def instance_problems(self, value: Any, schema: SpecDict) -> list[str]:
        """Why `value` does not fit `schema`."""
        ...

    def extension_problems(self, name: str, value: Any) -> list[tuple[list[Any], str]]:
        """Why `value` is not what the registered extension `name` holds: each problem with its path in the value."""
        ...


@dataclass(frozen=True)
class Operation:
    path: str
    verb: str
    operation: SpecDict


@dataclass(frozen=True)
class ClientMethod:
    """What one operation gives: `client.<group>.<method>`, and where to report it when another gives it too."""

    group: str
    method: str
    holder: SpecDict | SpecList
    key: Any
    label: str  # v1: the path; v2: the operation's name
    v1: bool


@dataclass(frozen=True)
class Field:
    """An argument of a client method: a form field, a v2 parameter (in the path or query) or a v2 body key."""

    label: str  # `<operation>.<wire name>`, as messages name it
    holder: SpecDict | SpecList  # where its name stands: in the properties, or in the parameter (key `name`)
    key: Any
    python: str  # its Python argument name
    taken_by: str | None  # the wire name of the latest earlier argument of the method with the same Python name
    node: SpecDict | None = None  # what holds its description; None: it is no schema the client can use
    examples: SpecDict | None = None  # what holds its examples; None: they cannot be checked (another rule says why)
    schema: SpecDict | None = None  # what its examples fit
    named: bool = False  # examples as a map of `{value}` (a parameter's), else a list
    media_type: str | None = None  # a form field's body's media type; None: not a form field
    kinds: list[str] | None = None  # a form field's scalar types; None: it has none (form-field-type)


@dataclass(frozen=True)
class CalledOperation:
    """An operation the client makes a method of: a v1 `post`, or a v2 operation of a well-formed path."""

    name: str  # its operationId, or where it stands
    operation: SpecDict
    v1: bool
    body: SpecDict | None = None  # its body's object schema, when the body has its API's one media type
    media_type: str | None = None  # that media type
    properties: SpecDict | None = None  # that schema's properties, when it lists any
    answer: SpecDict | None = None  # the `application/json` media type of its 200 response, when it has a schema


@dataclass(frozen=True)
class V2Path:
    path: str
    item: SpecDict
    templated: list[str] | None  # the names in `{}`; None: the path is not of the v2 form


@dataclass(frozen=True)
class V2Operation:
    path: str
    verb: str
    name: str
    operation: SpecDict
    templated: set[str]
    client: tuple[str, str] | None  # (`v2.<module>`, method); None: its operationId or tag does not fit


@dataclass(frozen=True)
class V2Parameter:
    label: str
    operation: V2Operation
    parameter: SpecDict
    schema: SpecDict | None  # the schema to check, when the parameter has a well-formed one


@dataclass
class SpecView:
    """The parts of a document that rules look at, each found once (malformed parts left out: other rules say why)."""

    document: SpecDict
    checks: Checks
    paths: SpecDict | None = None
    servers: list[SpecDict] = field(default_factory=list)
    status_codes: list[SpecDict] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    webhooks: list[tuple[str, SpecDict]] = field(default_factory=list)  # name, its post operation
    places: list[tuple[str, SpecDict]] = field(default_factory=list)  # every place an extension may stand
    schemas: list[SpecDict] = field(default_factory=list)  # every schema, at any depth, once
    v1_paths: list[str] = field(default_factory=list)  # every .action path of a Path Item
    form_paths: list[str] = field(default_factory=list)  # those of the form /<group>/.../<name>.action
    v2_paths: list[V2Path] = field(default_factory=list)  # every other path
    v2_operations: list[V2Operation] = field(default_factory=list)
    v2_parameters: list[V2Parameter] = field(default_factory=list)
    called: list[CalledOperation] = field(default_factory=list)  # v1 and v2, in path order
    client_methods: list[ClientMethod] = field(default_factory=list)  # in path order
    fields: list[Field] = field(default_factory=list)  # by operation, in path order
    # The schemas of bodies, fields and parameters, each once, and the label of its first use (webhooks
    # first, then the paths in order) by id: the schema rules name it by that label.
    used_schemas: list[SpecDict] = field(default_factory=list)
    schema_labels: dict[int, str] = field(default_factory=dict)
    type_names: typenames.TypeNames = field(default_factory=typenames.TypeNames)  # what the model will name each type

    @classmethod
    def of(cls, document: SpecDict, checks: Checks) -> SpecView:
        view = cls(document, checks)
        view.servers = _mappings(document.get("servers"))
        view.status_codes = _mappings(document.get("x-status-codes"))
        paths = document.get("paths")
        view.paths = paths if isinstance(paths, SpecDict) else None
        for path, item in view.paths.items() if view.paths is not None else ():
            for verb in VERBS:
                if isinstance(item, SpecDict) and isinstance(item.get(verb), SpecDict):
                    view.operations.append(Operation(path, verb, item[verb]))
        webhooks = document.get("webhooks")
        for name, item in webhooks.items() if isinstance(webhooks, SpecDict) else ():
            if isinstance(item, SpecDict) and isinstance(item.get("post"), SpecDict):
                view.webhooks.append((name, item["post"]))
        view.places = list(places(document))
        view.schemas = [node for place, node in view.places if place == "schema"]
        view._walk()
        view.type_names = typenames.type_names(document)
        return view

    def extensions(self) -> Iterator[tuple[str, SpecDict, str]]:
        """Each `x-` key of the document once: the place of its node, the node and the key."""
        seen: set[tuple[int, str]] = set()
        for place, node in self.places:
            for key in node:
                if key.startswith("x-") and (id(node), key) not in seen:
                    seen.add((id(node), key))
                    yield place, node, key

    def _walk(self) -> None:
        """The webhooks' schemas, then every path in order, as the client sees them."""
        for name, operation in self.webhooks:
            responses = operation.get("responses")
            for part in [
                operation.get("requestBody"),
                *(responses.values() if isinstance(responses, SpecDict) else ()),
            ]:
                content = part.get("content") if isinstance(part, SpecDict) else None
                for media in content.values() if isinstance(content, SpecDict) else ():
                    if isinstance(media, SpecDict) and isinstance(media.get("schema"), SpecDict):
                        self._use(f"webhook {name}", media["schema"])
        for path, item in self.paths.items() if self.paths is not None else ():
            if not isinstance(item, SpecDict):
                continue
            if path.endswith(".action"):
                self._v1_path(path, item)
            else:
                self._v2_path(path, item)

    def _use(self, label: str, schema: SpecDict) -> None:
        if id(schema) not in self.schema_labels:
            self.schema_labels[id(schema)] = label
            self.used_schemas.append(schema)

    def _v1_path(self, path: str, item: SpecDict) -> None:
        assert self.paths is not None
        self.v1_paths.append(path)
        if not V1_PATH.match(path):
            return  # v1-path-form
        self.form_paths.append(path)
        group, method = split_path(path)
        if method:
            self.client_methods.append(ClientMethod(group, method, self.paths, path, path, v1=True))
        operation = item.get("post")
        if not isinstance(operation, SpecDict):
            return  # v1-post-only
        name = f"{operation.get('operationId') or path}"
        called = _called(name, operation, True, (FORM, MULTIPART))
        self.called.append(called)
        names: dict[str, str] = {}
        properties, media_type = called.properties or SpecDict(), called.media_type or FORM
        for wire, value in properties.items():
            label = f"{name}.{wire}"
            python, taken_by = _argument(names, wire)
            kinds = _scalar_kinds(value) if isinstance(value, SpecDict) else None
            if kinds is None:
                self.fields.append(Field(label, properties, wire, python, taken_by, media_type=media_type))
                continue
            self._use(label, value)
            examples = value if content_described(value) else None
            self.fields.append(
                Field(label, properties, wire, python, taken_by, value, examples, value, False, media_type, kinds)
            )
        self._answer(called)

    def _v2_path(self, path: str, item: SpecDict) -> None:
        templated = V2_PATH_PARAMETER.findall(path) if V2_PATH.match(path) else None
        self.v2_paths.append(V2Path(path, item, templated))
        if templated is None:
            return  # v2-path-form
        for verb in item:
            operation = item[verb]
            if verb not in V2_VERBS or not isinstance(operation, SpecDict):
                continue  # v2-verb
            label = f"{verb.upper()} {path}"
            operation_id = operation.get("operationId")
            name = operation_id if isinstance(operation_id, str) else label
            client = v2_client_method(operation)
            found = V2Operation(path, verb, name, operation, set(templated), client)
            self.v2_operations.append(found)
            if client is not None:
                self.client_methods.append(ClientMethod(*client, operation, "operationId", name, v1=False))
            names: dict[str, str] = {}
            self._v2_parameters(found, names)
            called = _called(name, operation, False, (JSON_TEXT,))
            self.called.append(called)
            properties = called.properties or SpecDict()
            for wire, value in properties.items():
                label = f"{name}.{wire}"
                python, taken_by = _argument(names, wire)
                if not isinstance(value, SpecDict) or value.broken:
                    self.fields.append(Field(label, properties, wire, python, taken_by))
                    continue
                self._use(label, value)
                self.fields.append(Field(label, properties, wire, python, taken_by, value, value, value))
            self._answer(called)

    def _v2_parameters(self, operation: V2Operation, names: dict[str, str]) -> None:
        parameters = operation.operation.get("parameters")
        for parameter in parameters if isinstance(parameters, SpecList) else ():
            if not isinstance(parameter, SpecDict) or parameter.broken:
                continue
            wire = parameter.get("name")
            label = f"{operation.name}.{wire}"
            schema = parameter_schema(parameter)
            self.v2_parameters.append(V2Parameter(label, operation, parameter, schema))
            if parameter.get("in") not in ("path", "query"):
                continue  # v2-parameter
            python, taken_by = _argument(names, str(wire))
            examples = None
            if schema is not None:
                self._use(label, schema)
                # A JSON-text parameter keeps its examples on its media type (OpenAPI allows them nowhere else there).
                content = parameter.get("content")
                examples = content[JSON_TEXT] if isinstance(content, SpecDict) else parameter
            self.fields.append(Field(label, parameter, "name", python, taken_by, parameter, examples, schema, True))

    def _answer(self, called: CalledOperation) -> None:
        if called.answer is not None:
            self._use(f"{called.name} response", called.answer["schema"])


def _mappings(value: Any) -> list[SpecDict]:
    return [item for item in value if isinstance(item, SpecDict)] if isinstance(value, SpecList) else []


def _called(name: str, operation: SpecDict, v1: bool, media_types: tuple[str, ...]) -> CalledOperation:
    """An operation the client calls, with its request body's object schema when the body has one of
    `media_types` alone, and its answer."""
    responses = operation.get("responses")
    response = responses.get("200") if isinstance(responses, SpecDict) else None
    answers = response.get("content") if isinstance(response, SpecDict) else None
    answer = answers.get(JSON_TEXT) if isinstance(answers, SpecDict) else None
    answer = answer if isinstance(answer, SpecDict) and isinstance(answer.get("schema"), SpecDict) else None
    body = operation.get("requestBody")
    content = body.get("content") if isinstance(body, SpecDict) else None
    if not isinstance(content, SpecDict) or len(content) != 1 or next(iter(content)) not in media_types:
        return CalledOperation(name, operation, v1, answer=answer)
    media_type, media = next(iter(content.items()))
    schema = media.get("schema") if isinstance(media, SpecDict) else None
    if not isinstance(schema, SpecDict) or schema.get("type") != "object":
        return CalledOperation(name, operation, v1, answer=answer)
    properties = schema.get("properties")
    properties = properties if isinstance(properties, SpecDict) and properties else None
    return CalledOperation(name, operation, v1, schema, media_type, properties, answer)


def _argument(names: dict[str, str], wire: str) -> tuple[str, str | None]:
    """The Python name of an argument, and the wire name of the latest earlier argument of the method that
    has it too (`names`, by Python name, is updated)."""
    python = python_name(wire)
    taken_by = names.get(python)
    names[python] = wire
    return python, taken_by


def _scalar_kinds(field: SpecDict) -> list[str] | None:
    """The types of a form field, when it is not broken and has one scalar type or a list of them."""
    kind = field.get("type")
    if field.broken or kind is None or kind in ("array", "object"):
        return None
    kinds = list(kind) if isinstance(kind, SpecList) else [kind]
    return kinds if kinds and all(isinstance(one, str) and one in SCALAR_TYPES for one in kinds) else None


def content_described(field: SpecDict) -> bool:
    """Whether a form field that is JSON text has a schema for its decoded value (one that is not JSON text does)."""
    return field.get("contentMediaType") != JSON_TEXT or isinstance(field.get("contentSchema"), SpecDict)


def parameter_schema(parameter: SpecDict) -> SpecDict | None:
    """The schema of a v2 parameter in the path or query, when it has a well-formed one (v2-parameter
    says why not): a scalar or a list, or JSON text in the query."""
    if parameter.get("in") not in ("path", "query"):
        return None
    content = parameter.get("content")
    if isinstance(content, SpecDict):
        media = content.get(JSON_TEXT)
        schema = media.get("schema") if isinstance(media, SpecDict) else None
        json_query = parameter.get("in") == "query" and list(content) == [JSON_TEXT]
        return schema if json_query and isinstance(schema, SpecDict) else None
    schema = parameter.get("schema")
    if not isinstance(schema, SpecDict):
        return None
    kind = schema.get("type")
    return schema if kind == "array" or is_scalar(kind) or schema.broken else None


def is_scalar(kind: Any) -> bool:
    """Whether a schema's `type` is one scalar type."""
    return isinstance(kind, str) and kind in SCALAR_TYPES


def v2_client_method(operation: SpecDict) -> tuple[str, str] | None:
    """The (`v2.<module>`, method) of a v2 operation, when its operationId and its tag fit (v2-operation-id)."""
    operation_id, tags = operation.get("operationId"), operation.get("tags")
    if not isinstance(operation_id, str) or not isinstance(tags, SpecList) or len(tags) != 1:
        return None
    match = V2_OPERATION_ID.match(operation_id)
    if not match or tags[0] != "v2-" + match.group(1).replace("_", "-"):
        return None
    return "v2." + match.group(1), v2_method_name(match.group(2))


def place(root: SpecDict | SpecList, path: list[Any], message: str = "") -> tuple[SpecDict | SpecList, Any]:
    """Where the deepest node of `path` that exists stands (its holder and key); for a message of
    JSON Schema saying that a key was unexpected, that key."""
    holder: SpecDict | SpecList = root
    key: Any = None
    node: Any = root
    for part in path:
        if (isinstance(node, SpecDict) and part in node) or (
            isinstance(node, SpecList) and isinstance(part, int) and part < len(node)
        ):
            holder, key, node = node, part, node[part]
        else:
            break
    unexpected = _UNEXPECTED.search(message)
    if unexpected and isinstance(node, SpecDict) and unexpected.group(1) in node:
        return node, unexpected.group(1)
    return holder, key
