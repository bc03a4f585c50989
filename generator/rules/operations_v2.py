"""Rules of the v2 API: REST paths with `{parameters}`, JSON bodies, and the modules of `client.v2`."""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from typing import Any

from generator.document import JSON_TEXT, V2_VERBS, v2_data_schema
from generator.load import SpecDict, SpecList
from generator.rules.registry import rule
from generator.rules.view import SCALAR_TYPES, V2_OPERATION_ID, V2_PATH_PARAMETER, VERBS, Found, SpecView, is_scalar

# The attribute of client.v2 besides its modules (templates/package/v2/__init__.py.j2).
V2_ATTRIBUTES = frozenset({"request"})


@rule("v2-path-form", "a v2 path is lower-case segments and `{parameters}`", "`/im/v2/Teams`")
def _v2_paths(view: SpecView) -> Iterator[Found]:
    paths = view.paths
    if paths is None:
        return  # paths-present
    for found in view.v2_paths:
        if found.templated is None:
            yield paths, found.path, (
                f"path '{found.path}' is neither a v1 path (.action) nor a v2 path such as /im/v2/teams/{{team_id}}"
            )


@rule(
    "v2-path-parameter", "each `{parameter}` of a path is named once and described, and no other", "`{id}` undescribed"
)
def _v2_path_parameters(view: SpecView) -> Iterator[Found]:
    paths = view.paths
    if paths is None:
        return  # paths-present
    for found in view.v2_paths:
        if found.templated is not None and len(set(found.templated)) != len(found.templated):
            yield paths, found.path, f"path '{found.path}' names a parameter twice"
    described: dict[int, set[str]] = {}  # by operation: the path parameters it describes
    for parameter in view.v2_parameters:
        if parameter.parameter.get("in") != "path":
            continue
        wire = str(parameter.parameter.get("name"))
        described.setdefault(id(parameter.operation), set()).add(wire)
        if wire not in parameter.operation.templated:
            yield parameter.parameter, "name", f"{parameter.label}: the path has no {{{wire}}}"
    for operation in view.v2_operations:
        for missing in sorted(operation.templated - described.get(id(operation), set())):
            yield operation.operation, "parameters", (
                f"{operation.name}: the path parameter {{{missing}}} is not described"
            )


@rule("v2-verb", "a v2 path has operations, with the verbs the client sends", "`options:`")
def _v2_verbs(view: SpecView) -> Iterator[Found]:
    for found in view.v2_paths:
        if found.templated is None:
            continue  # v2-path-form
        verbs = [verb for verb in found.item if verb in VERBS]
        if not verbs:
            yield found.item, None, f"{found.path}: no operation"
        for verb in verbs:
            if verb not in V2_VERBS:
                yield found.item, verb, f"{verb.upper()} {found.path}: the v2 API has no {verb.upper()} operations"


@rule(
    "v2-operation-id",
    "a v2 operationId is `v2.<module>.<sdkMethod>`, tagged `v2-<module>`",
    "`operationId: createTeam`",
)
def _v2_operation_ids(view: SpecView) -> Iterator[Found]:
    for found in view.v2_operations:
        operation_id, tags = found.operation.get("operationId"), found.operation.get("tags")
        if found.client is not None or not isinstance(operation_id, str):
            continue
        if not isinstance(tags, SpecList) or len(tags) != 1:
            continue  # operation-tag
        match = V2_OPERATION_ID.match(operation_id)
        if not match:
            yield found.operation, "operationId", (
                f"{operation_id}: a v2 operationId is v2.<module>.<sdkMethod>, as v2.team.createTeam"
                " (a v1 path ends in .action)"
            )
        else:
            yield tags, 0, f"{operation_id}: its tag must be 'v2-{match.group(1).replace('_', '-')}'"


@rule(
    "v2-parameter", "a v2 parameter is a scalar or list in the path or query, or JSON text in the query", "`in: header`"
)
def _v2_parameters(view: SpecView) -> Iterator[Found]:
    for found in view.v2_parameters:
        parameter, label = found.parameter, found.label
        where = parameter.get("in")
        if where not in ("path", "query"):
            yield parameter, "in", f"{label}: a v2 parameter is in the path or the query, not the {where}"
            continue
        schema = parameter.get("schema")
        if isinstance(parameter.get("content"), SpecDict):
            if found.schema is None:
                yield parameter, "content", (
                    f"{label}: only a query parameter may be JSON text, as content: {{{JSON_TEXT}: {{schema: ...}}}}"
                )
        elif not isinstance(schema, SpecDict):
            yield parameter, None, f"{label}: has no schema"
        elif schema.get("type") == "array":
            items = schema.get("items")
            if where != "query" or parameter.get("style") != "form" or parameter.get("explode") is not False:
                yield parameter, None, (
                    f"{label}: a list travels in the query with style: form and explode: false, or as JSON text"
                    " (content)"
                )
            elif not isinstance(items, SpecDict) or not is_scalar(items.get("type")):
                yield schema, "items", f"{label}: the items of a comma-joined list must be scalars"
        elif found.schema is None:
            yield schema, "type" if "type" in schema else None, (
                f"{label}: type must be one of {', '.join(sorted(SCALAR_TYPES))} or array"
            )


@rule("v2-json-body", "a v2 body is one closed `application/json` object schema", "`additionalProperties: true`")
def _v2_bodies(view: SpecView) -> Iterator[Found]:
    for called in view.called:
        body = called.operation.get("requestBody")
        if called.v1 or not isinstance(body, SpecDict):
            continue
        name = called.name
        if called.body is None:
            content = body.get("content")
            if not isinstance(content, SpecDict) or list(content) != [JSON_TEXT]:
                yield body, "content", f"{name}: a v2 request body has exactly one media type, {JSON_TEXT}"
            else:
                media = content[JSON_TEXT]
                holder, key = (media, "schema") if isinstance(media, SpecDict) else (content, JSON_TEXT)
                yield holder, key, f"{name}: the body schema must be an object"
        elif called.properties is None:
            yield called.body, "properties", f"{name}: the body schema lists no keys"
        elif called.body.get("additionalProperties") is not False:
            yield called.body, None, f"{name}: the body schema needs additionalProperties: false"


@rule("v2-paging", "an `x-paging` operation has the parameters and data keys of its style", "no `page_token`")
def _v2_paging(view: SpecView) -> Iterator[Found]:
    for found in view.v2_operations:
        paging = found.operation.get("x-paging")
        if not isinstance(paging, SpecDict) or not isinstance(paging.get("items"), str):
            continue  # absent, or malformed: extension-value says so
        style = paging.get("style", "cursor")
        if style not in ("cursor", "offset"):
            continue  # extension-value
        name = found.name
        request = "page_token" if style == "cursor" else "offset"
        parameters = found.operation.get("parameters")
        listed = parameters if isinstance(parameters, SpecList) else ()
        names = {str(one.get("name")) for one in listed if isinstance(one, SpecDict) and one.get("in") == "query"}
        if request not in names:
            yield paging, None, f"{name}: {style} paging needs the query parameter '{request}'"
        data = v2_data_schema(found.operation)
        keys = _all_properties(data) if data is not None else {}
        wanted = {
            paging["items"]: "array",
            "has_more": "boolean",
            ("next_token" if style == "cursor" else "offset"): None,
        }
        for key, kind in wanted.items():
            schema = keys.get(key)
            at = "items" if key == paging["items"] else None
            if not isinstance(schema, SpecDict):
                yield paging, at, f"{name}: data has no '{key}' for {style} paging"
            elif kind is not None and schema.get("type") != kind:
                yield paging, at, f"{name}: data.{key} must be of type {kind}"


def _all_properties(schema: SpecDict) -> dict[str, Any]:
    """The properties of an object schema, those of its allOf members included."""
    found: dict[str, Any] = {}
    for member in [schema, *(schema.get("allOf") or [])]:
        if isinstance(member, SpecDict) and isinstance(member.get("properties"), SpecDict):
            found.update(member["properties"])
    return found


@rule(
    "v2-endpoint-unique",
    "two v2 paths that differ only in the names of their parameters have no verb in common",
    "`GET /x/{accid}` and `GET /x/{account_id}`",
)
def _v2_endpoints(view: SpecView) -> Iterator[Found]:
    paths = view.document.get("paths")
    seen: dict[tuple[str, str], str] = {}
    for operation in view.operations:
        if operation.path.endswith(".action") or not isinstance(paths, SpecDict):
            continue
        shape = (V2_PATH_PARAMETER.sub("{}", operation.path), operation.verb)
        first = seen.setdefault(shape, operation.path)
        if first != operation.path:
            yield paths, operation.path, (
                f"{operation.verb.upper()} {operation.path} is the endpoint of {operation.verb.upper()} {first}"
                " (only the parameter names differ)"
            )


@rule(
    "v2-module-name",
    "a v2 module is not named like a Python keyword or an attribute of `client.v2`",
    "`operationId: v2.request.send`",
)
def _v2_modules(view: SpecView) -> Iterator[Found]:
    for operation in view.operations:
        operation_id = operation.operation.get("operationId")
        match = V2_OPERATION_ID.match(operation_id) if isinstance(operation_id, str) else None
        if match is None:
            continue
        module = match.group(1)
        if keyword.iskeyword(module) or module in V2_ATTRIBUTES:
            yield operation.operation, "operationId", (
                f"v2 module '{module}' cannot be client.v2.{module}: it is a Python keyword or an attribute of client.v2"
            )
