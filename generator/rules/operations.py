"""Rules of every operation: its id, docs and tag, the client method it gives, and its answer."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator

from generator.document import JSON_TEXT
from generator.load import SpecDict, SpecList
from generator.rules.registry import rule
from generator.rules.view import ClientMethod, Found, SpecView

_OPERATION_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.]*$")


def _labelled(view: SpecView) -> Iterator[tuple[str, SpecDict]]:
    """Every operation, webhooks first, with the words that name it where it has no operationId."""
    yield from view.webhooks
    for one in view.operations:
        yield (one.path if one.path.endswith(".action") else f"{one.verb.upper()} {one.path}"), one.operation


@rule("operation-id", "every operation has an operationId", "a `post` without `operationId`")
def _operation_ids(view: SpecView) -> Iterator[Found]:
    for label, operation in _labelled(view):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            yield operation, None, f"{label}: operationId is missing"


@rule("operation-id-unique", "each operationId is used once", "`operationId: userCreate` on two paths")
def _operation_ids_once(view: SpecView) -> Iterator[Found]:
    first: dict[str, SpecDict] = {}
    for _, operation in _labelled(view):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            continue
        earlier = first.setdefault(operation_id, operation)
        if earlier is not operation:
            where = earlier.where("operationId")
            yield operation, "operationId", f"operationId '{operation_id}' is also used at {where}"


def _name(label: str, operation: SpecDict) -> str:
    """An operation as messages name it: by its operationId, or where it stands."""
    operation_id = operation.get("operationId")
    return operation_id if isinstance(operation_id, str) and operation_id else label


@rule("operation-id-format", "an operationId is a name: letters, digits, `_` and `.`", "`operationId: user create`")
def _operation_id_format(view: SpecView) -> Iterator[Found]:
    operations = [operation.operation for operation in view.operations] + [post for _, post in view.webhooks]
    for operation in operations:
        operation_id = operation.get("operationId")
        if isinstance(operation_id, str) and operation_id and not _OPERATION_ID.match(operation_id):
            yield operation, "operationId", f"operationId {operation_id!r} is not a name (letters, digits, _ and .)"


@rule("operation-docs", "every operation has a summary and a description", "`summary: ''`")
def _operation_docs(view: SpecView) -> Iterator[Found]:
    for label, operation in _labelled(view):
        for key in ("summary", "description"):
            if not isinstance(operation.get(key), str) or not operation[key].strip():
                yield operation, key if key in operation else None, f"{_name(label, operation)}: {key} is missing"


@rule("operation-tag", "every operation has exactly one tag, declared in the root's `tags`", "`tags: [user, team]`")
def _operation_tags(view: SpecView) -> Iterator[Found]:
    tags = view.document.get("tags")
    declared = {tag.get("name") for tag in tags if _named(tag)} if isinstance(tags, SpecList) else set()
    for label, operation in _labelled(view):
        name = _name(label, operation)
        own = operation.get("tags")
        if not isinstance(own, SpecList) or len(own) != 1:
            yield operation, "tags", f"{name}: needs exactly one tag"
        elif not isinstance(own[0], Hashable):
            continue  # a mapping or list: the OpenAPI schema says a tag is text
        elif own[0] not in declared:
            yield own, 0, f"{name}: tag '{own[0]}' is not declared in the root's tags"


def _named(tag: object) -> bool:
    """Whether `tag` is a Tag Object whose name can be looked up (the OpenAPI schema says a name is text)."""
    return isinstance(tag, SpecDict) and isinstance(tag.get("name"), Hashable)


@rule("method-unique", "no two operations give the same client method", "`/user/get.action` and `/user/Get.action`")
def _methods_once(view: SpecView) -> Iterator[Found]:
    latest: dict[tuple[str, str], ClientMethod] = {}  # the last operation that gave each method so far
    for method in view.client_methods:
        earlier = latest.get((method.group, method.method))
        if earlier is not None:
            gives = f"gives client.{method.group}.{method.method}, as '{earlier.label}' does"
            yield method.holder, method.key, (
                f"path '{method.label}' {gives}" if method.v1 else f"{method.label}: {gives}"
            )
        latest[method.group, method.method] = method


@rule("response-200", "every operation answers 200 with an `application/json` schema", "no `'200'` response")
def _responses(view: SpecView) -> Iterator[Found]:
    for called in view.called:
        responses = called.operation.get("responses")
        response = responses.get("200") if isinstance(responses, SpecDict) else None
        if not isinstance(response, SpecDict):
            yield called.operation, "responses", f"{called.name}: needs a '200' response"
            continue
        content = response.get("content")
        media = content.get(JSON_TEXT) if isinstance(content, SpecDict) else None
        if not isinstance(media, SpecDict) or not isinstance(media.get("schema"), SpecDict):
            yield response, "content", f"{called.name}: the 200 response needs an {JSON_TEXT} schema"


@rule("response-example-valid", "each example of a response fits its schema", "`value: {code: '200'}`")
def _response_examples(view: SpecView) -> Iterator[Found]:
    for called in view.called:
        answer = called.answer
        examples = answer.get("examples") if answer is not None else None
        if answer is None or not isinstance(examples, SpecDict) or view.checks.schema_errors(answer["schema"]):
            continue  # response-200; an invalid schema cannot judge its examples (schema-valid)
        for key, example in examples.items():
            value = example.get("value") if isinstance(example, SpecDict) else None
            for message in view.checks.instance_problems(value, answer["schema"]):
                yield examples, key, f"{called.name}: response example '{key}' is invalid: {message}"
