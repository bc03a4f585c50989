"""Rules of the v1 API: `POST /<group>/.../<method>.action` with a form body."""

from __future__ import annotations

from collections.abc import Iterator

from generator.document import BINARY, FORM, JSON_TEXT, MULTIPART
from generator.load import SpecDict
from generator.naming import split_path
from generator.rules.registry import rule
from generator.rules.view import SCALAR_TYPES, V1_PATH, VERBS, Found, SpecView


@rule("v1-path-form", "a v1 path is `/<group>/.../<method>.action`", "`/user/create-user.action`")
def _v1_paths(view: SpecView) -> Iterator[Found]:
    paths = view.paths
    if paths is None:
        return  # paths-present
    for path in view.v1_paths:
        if not V1_PATH.match(path):
            yield paths, path, f"path '{path}' is not of the form /<segment>/.../<name>.action"
        elif not split_path(path)[1]:
            yield paths, path, f"path '{path}' needs at least two segments (group and method)"


@rule("v1-post-only", "a v1 path has one `post` and no other verb", "`get:` on a .action path")
def _v1_posts(view: SpecView) -> Iterator[Found]:
    paths = view.paths
    if paths is None:
        return  # paths-present
    for path in view.form_paths:
        item = paths[path]
        for verb in item:
            if verb in VERBS and verb != "post":
                yield item, verb, f"{path}: only POST operations exist in this API, not {verb.upper()}"
        if not isinstance(item.get("post"), SpecDict):
            yield item, None, f"{path}: no post operation"


@rule("v1-form-body", "a v1 request body is one form or multipart object schema with fields", "`application/json`")
def _v1_bodies(view: SpecView) -> Iterator[Found]:
    for called in view.called:
        body = called.operation.get("requestBody")
        if not called.v1 or body is None:
            continue
        if called.body is not None:
            if called.properties is None:
                yield called.body, "properties", f"{called.name}: the form schema lists no fields"
            continue
        content = body.get("content") if isinstance(body, SpecDict) else None
        if not isinstance(content, SpecDict) or len(content) != 1 or next(iter(content)) not in (FORM, MULTIPART):
            holder, key = (body, "content") if isinstance(body, SpecDict) else (called.operation, "requestBody")
            yield holder, key, f"{called.name}: the request body needs exactly one media type, {FORM} or {MULTIPART}"
        else:
            media_type, media = next(iter(content.items()))
            holder, key = (media, "schema") if isinstance(media, SpecDict) else (content, media_type)
            yield holder, key, f"{called.name}: the form schema must be an object"


@rule("form-field-type", "a form field has one scalar type (JSON text is `type: string`)", "`type: object`")
def _form_field_types(view: SpecView) -> Iterator[Found]:
    for field in view.fields:
        if field.media_type is None:
            continue  # not a form field
        value = field.holder[field.key]
        if not isinstance(value, SpecDict):
            yield field.holder, field.key, f"{field.label}: must be a schema"
            continue
        kind = value.get("type")
        if value.broken:
            continue  # ref-resolves
        if kind is None:
            yield value, None, f"{field.label}: has no type"
        elif kind in ("array", "object"):
            yield value, "type", (
                f"{field.label}: form fields travel as text; describe a {kind} as type: string with"
                f" contentMediaType: {JSON_TEXT} and a contentSchema"
            )
        elif field.kinds is None:
            yield value, "type", (
                f"{field.label}: type must be one of {', '.join(sorted(SCALAR_TYPES))} (or a list of them), not {kind!r}"
            )
        elif value.get("contentMediaType") == JSON_TEXT and field.kinds != ["string"]:
            yield value, "type", f"{field.label}: JSON text is type: string"


@rule(
    "form-field-content",
    "`contentMediaType` is JSON text with a `contentSchema`, or a file in a multipart body",
    "`contentMediaType: text/csv`",
)
def _form_field_contents(view: SpecView) -> Iterator[Found]:
    for field in view.fields:
        if field.kinds is None or field.node is None:
            continue  # not a form field, or one without a scalar type (form-field-type)
        value, label = field.node, field.label
        media = value.get("contentMediaType")
        if media == JSON_TEXT:
            if not isinstance(value.get("contentSchema"), SpecDict):
                yield value, "contentMediaType", f"{label}: JSON text needs a contentSchema describing its decoded value"
        elif media == BINARY:
            if field.media_type != MULTIPART:
                yield value, "contentMediaType", f"{label}: a file part needs a {MULTIPART} body"
        elif media is not None:
            yield value, "contentMediaType", f"{label}: contentMediaType must be {JSON_TEXT} or {BINARY}"
        elif "contentSchema" in value:
            yield value, "contentSchema", f"{label}: contentSchema without contentMediaType: {JSON_TEXT}"
