"""The reference: the model rendered as documentation (templates/docs/) into generated/docs/.

- `index.html`: one self-contained page (inline style and script, no other
  file or network access) with every operation, navigation by group and a
  search box; `review.html`: every reviewer note with its spec file:line.
- `README.md` (the shared sections: signing, string rules, status codes) and
  one `<group>.md` per group, for reading on a code-hosting site.

Every example is derived from the model: the field examples, coerced as the
runtime coerces them (`runtime/_fields.py`), make the body of the
curl request and the arguments of the Python call, so both send the same
bytes; the CheckSum shown is computed from the fixed example credentials
below. The response examples come from the spec.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import jinja2

from generator import docs, escape
from generator.cache import RELEASES
from generator.diff.rules import Report
from generator.docs import argument_value, call_name, python_value
from generator.doubts import Doubt, DoubtKind
from generator.model import (
    Api,
    ApiStyle,
    Field,
    FieldKind,
    FieldPlace,
    Group,
    Note,
    Operation,
    Tag,
    TypedDictDef,
    Variants,
    Webhook,
)
from generator.pytypes import JsonText, ListOf, MapOf, Named, PyType, Union, named_types
from generator.render import GENERATED_HEADER, TEMPLATES, RenderedFile

DOCS = "docs"
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded;charset=utf-8"  # as the runtime sends it
JSON_CONTENT_TYPE = "application/json;charset=utf-8"  # a v2 JSON body, as the runtime sends it
TRACE_ID_HEADER = "X-custom-traceid"  # a v2 call's request id, as the runtime sends it

# Fixed, documented example credentials: the CheckSum in every example is real for them.
EXAMPLE_APP_KEY = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
EXAMPLE_APP_SECRET = "example-app-secret"
EXAMPLE_NONCE = "4f2b8c1d9e7a6350"
EXAMPLE_CUR_TIME = "1767225600"  # 2026-01-01T00:00:00Z


def checksum(app_secret: str, nonce: str, cur_time: str) -> str:
    """Lowercase hex SHA-1 of AppSecret + Nonce + CurTime (as runtime/_signing.py computes it)."""
    return hashlib.sha1((app_secret + nonce + cur_time).encode("utf-8")).hexdigest()


EXAMPLE_CHECKSUM = checksum(EXAMPLE_APP_SECRET, EXAMPLE_NONCE, EXAMPLE_CUR_TIME)
# The v2 examples' trace id: 32 hex digits, the form of the ids the client makes (a fresh one per call).
EXAMPLE_TRACE_ID = "6a0f3c9e51d84b27a8e4f0c2d9b71e35"
SIGNING_HEADERS = (
    ("AppKey", EXAMPLE_APP_KEY),
    ("Nonce", EXAMPLE_NONCE),
    ("CurTime", EXAMPLE_CUR_TIME),
    ("CheckSum", EXAMPLE_CHECKSUM),
)


# Callbacks are signed like requests but over the body, with CurTime in milliseconds (runtime/_callbacks.py).
EXAMPLE_CALLBACK_CUR_TIME = EXAMPLE_CUR_TIME + "000"
EXAMPLE_CALLBACK_NOW = int(EXAMPLE_CALLBACK_CUR_TIME) // 1000  # the `now=` of the verify examples, in seconds


def callback_signature(app_secret: str, body: bytes, cur_time: str) -> tuple[str, str]:
    """The MD5 header of a body and its CheckSum: SHA-1 of AppSecret + MD5 + CurTime, lowercase hex."""
    md5 = hashlib.md5(body).hexdigest()
    return md5, hashlib.sha1((app_secret + md5 + cur_time).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ShapeLine:
    """One key of the JSON a JSON-text field holds, `depth` levels down, or one of the shapes it may take."""

    depth: int
    name: str
    annotation: str
    required: bool
    description: str
    variant: bool = False  # `name` is a TypedDict the value may be, and the keys below are its own


@dataclass(frozen=True)
class FieldDoc:
    field: Field
    constraints: str  # in words
    default: str  # as sent, or ""
    example: str  # the example as sent
    shape: tuple[ShapeLine, ...]  # for JSON text, and for a v2 argument holding objects
    travels: str = "form"  # where it goes: form (v1); path, query (comma list, JSON text) or body (v2)


@dataclass(frozen=True)
class BodyByType:
    """One table of the reference's bodies by type: what an object needs when its type key holds `value`."""

    where: str  # the object: "" for the form or JSON body itself, else the argument holding it (`message`)
    key: str  # the type key's wire name
    value: str  # its value, as JSON
    required: tuple[str, ...]  # the keys this type needs
    shape: tuple[ShapeLine, ...]  # the keys it narrows, with what they hold for this type


@dataclass(frozen=True)
class OperationDoc:
    op: Operation
    call: str  # client.user.create
    fields: tuple[FieldDoc, ...]
    curl: str
    python: str
    body: str | None  # the form body (v1) or JSON body (v2) as sent; None for multipart or a v2 call without body
    responses: tuple[tuple[str, str], ...]  # (example name, JSON text)
    search: str  # what the search box matches
    paging: str = ""  # v2 list operations: how the pages go, in words
    bodies: tuple[BodyByType, ...] = ()  # one table per type, where a body's shape depends on a type key

    @property
    def v2(self) -> bool:
        return self.op.api == ApiStyle.V2

    @property
    def anchor(self) -> str:
        return self.op.operation_id


@dataclass(frozen=True)
class GroupDoc:
    group: Group
    description: str
    operations: tuple[OperationDoc, ...]

    @property
    def call(self) -> str:
        """How a caller reaches the group: `client.team`, `client.v2.team`."""
        return f"client.{self.group.qualified_name}"


@dataclass(frozen=True)
class KeyRow:
    """One key of a webhook body as a table row; `path` is dotted below the top level (`modifyResponse.body`)."""

    path: str
    annotation: str
    required: bool
    description: str
    variant: bool = False  # the row names a TypedDict the value above may be


@dataclass(frozen=True)
class WebhookDoc:
    hook: Webhook
    event_class: str  # callbacks.CopyLogin
    told_by: str  # eventType == '1'
    keys: tuple[KeyRow, ...]
    body: str  # the example body as posted: compact JSON, UTF-8; "" when the spec has no request example
    example_name: str
    headers: tuple[tuple[str, str], ...]  # AppKey, CurTime, MD5, CheckSum for `body`
    verify: str  # a runnable Python snippet verifying `body`
    answer_keys: tuple[KeyRow, ...]
    answers: tuple[tuple[str, str], ...]  # (example name, JSON text)
    search: str
    bodies: tuple[BodyByType, ...] = ()  # one table per type, where the payload's shape depends on a type key

    @property
    def anchor(self) -> str:
        return self.hook.name


@dataclass(frozen=True)
class WebhookGroup:
    tag: Tag
    title: str
    webhooks: tuple[WebhookDoc, ...]

    @property
    def anchor(self) -> str:
        return f"webhooks-{self.tag.name}"


@dataclass(frozen=True)
class ReviewItem:
    """A reviewer note with what it is about."""

    subject: str  # `client.user.create`, `accid` of `client.user.create`, `TypedDict UserCreateResponse`
    anchor: str | None  # operation anchor in index.html
    note: Note

    @property
    def path(self) -> str:
        """The spec file, as Locations name it (spec/paths/user.yaml: from the repository root)."""
        return self.note.location.file.as_posix()

    @property
    def source(self) -> str:
        return f"{self.path}:{self.note.location.line}"


@dataclass(frozen=True)
class DoubtItem:
    """A structured doubt (x-doubt) with what it is about."""

    subject: str
    anchor: str | None
    doubt: Doubt

    @property
    def path(self) -> str:
        return self.doubt.location.file.as_posix()

    @property
    def source(self) -> str:
        return f"{self.path}:{self.doubt.location.line}"


@dataclass(frozen=True)
class ReviewGroup:
    name: str
    notes: tuple[ReviewItem, ...]
    open_doubts: tuple[DoubtItem, ...] = ()  # x-doubt records no evidence settles
    settled_doubts: tuple[DoubtItem, ...] = ()

    def open_count(self, kind: DoubtKind) -> int:
        return sum(item.doubt.kind == kind for item in self.open_doubts)


# --- values as they go on the wire, and as Python source --------------------------------------------------


def wire_text(field: Field, value: Any) -> str:
    """A value as the runtime sends it: `true`/`false`, decimal numbers, compact JSON, text as is."""
    if field.kind == FieldKind.JSON:
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return str(value)


def _shell(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def example_arguments(op: Operation) -> list[tuple[Field, Any]]:
    """Each field with its first example as a Python argument, in the order the runtime sends fields.

    A list operation's example asks for the first page: its `page_token` or `offset` is left out, since
    iterating the page sends the next one itself.
    """
    skip = "" if op.paging is None else op.paging.request_key
    return [
        (field, argument_value(field, field.examples[0]))
        for field in op.fields
        if field.examples and field.wire_name != skip
    ]


def curl_example(op: Operation, base_url: str, arguments: list[tuple[Field, Any]]) -> tuple[str, str | None]:
    """The curl command for the example request, and its form body (None for multipart)."""
    lines = [f"curl -X POST {_shell(f'{base_url}/{op.path}')}"]
    lines += [f"-H {_shell(f'{name}: {value}')}" for name, value in SIGNING_HEADERS]
    if op.multipart:
        body = None
        for field, value in arguments:
            if field.kind == FieldKind.FILE:
                lines.append(f"-F {_shell(f'{field.wire_name}=@{field.wire_name}')}")
            else:
                lines.append(f"-F {_shell(f'{field.wire_name}={wire_text(field, value)}')}")
    else:
        body = urlencode([(field.wire_name, wire_text(field, value)) for field, value in arguments])
        lines.append(f"-H {_shell(f'Content-Type: {FORM_CONTENT_TYPE}')}")
        lines.append(f"--data-raw {_shell(body)}")
    return " \\\n  ".join(lines), body


def rest_text(field: Field, value: Any) -> str:
    """A v2 path or query value as the runtime makes its text: a comma list's items joined with commas."""
    if field.comma_list and isinstance(value, list):
        return ",".join(wire_text(field, item) for item in value)
    return wire_text(field, value)


def rest_example(
    op: Operation, base_url: str, arguments: list[tuple[Field, Any]]
) -> tuple[str, list[tuple[str, str]], dict[str, Any] | None]:
    """The URL of a v2 example request, its query and its body (None without one), as the runtime builds them."""
    path = op.path
    query: list[tuple[str, str]] = []
    body: dict[str, Any] | None = {} if op.request.media_type else None
    for field, value in arguments:
        if field.where == FieldPlace.PATH:
            # Every reserved character escaped, as the runtime does: a conversation id's `|`, any `/`.
            path = path.replace("{" + field.wire_name + "}", quote(rest_text(field, value), safe=""))
        elif field.where == FieldPlace.QUERY:
            query.append((field.wire_name, rest_text(field, value)))
        elif body is not None:
            body[field.wire_name] = value
    # The query encoded as the client's HTTP library encodes it (urlencode: a space is `+`, a comma `%2C`).
    url = f"{base_url}/{path}" + (f"?{urlencode(query)}" if query else "")
    return url, query, body


def curl_rest(op: Operation, base_url: str, arguments: list[tuple[Field, Any]]) -> tuple[str, str | None]:
    """The curl command of a v2 example request, and its JSON body as sent (None without one)."""
    url, _, body = rest_example(op, base_url, arguments)
    lines = [f"curl -X {op.http_method} {_shell(url)}"]
    lines += [f"-H {_shell(f'{name}: {value}')}" for name, value in SIGNING_HEADERS]
    lines.append(f"-H {_shell(f'{TRACE_ID_HEADER}: {EXAMPLE_TRACE_ID}')}")
    text = None if body is None else compact_json(body)
    if text is not None:
        lines.append(f"-H {_shell(f'Content-Type: {JSON_CONTENT_TYPE}')}")
        lines.append(f"--data-raw {_shell(text)}")
    return " \\\n  ".join(lines), text


def python_example(op: Operation, arguments: list[tuple[Field, Any]]) -> str:
    """The Python call: its answer (v1), its `data` (v2), or its first page, then every item, for a list."""
    call = call_name(op)
    target = "page" if op.paging is not None else "data" if op.api == ApiStyle.V2 else "response"
    if arguments:
        lines = [f"{target} = {call}(", *(f"    {f.python_name}={python_value(v)}," for f, v in arguments), ")"]
    else:
        lines = [f"{target} = {call}()"]
    if op.paging is not None:
        lines += [
            "for item in page:  # this page's items, then each next page's, fetched as the loop gets there",
            "    print(item)",
        ]
    return "\n".join(lines)


def paging_words(op: Operation) -> str:
    """How a v2 list operation's pages go, for the reference (Markdown-style `code` spans)."""
    paging = op.paging
    if paging is None:
        return ""
    if paging.style == "cursor":
        how = (
            f"The answer comes in pages (cursor paging): `data.{paging.items_key}` holds this page's items, "
            "`data.has_more` says whether more follow, and `data.next_token` is sent back as `page_token` "
            "to get the next page."
        )
    else:
        how = (
            f"The answer comes in pages (offset paging): `data.{paging.items_key}` holds this page's items, "
            "`data.has_more` says whether more follow, and the next page is asked for with `offset` set to "
            "the `data.offset` of the answer (or, without one, to this page's offset plus its item count)."
        )
    return (
        f"{how} The method returns its first page, a `{op.return_annotation(False)}`: `page.data` is the "
        "answer's `data`, `page.items` the items of this page and `page.next_page()` fetches the next one. "
        "Iterating the page (`for item in page`; `async for` on the async client) yields every item of this "
        "page and of the pages after it, each page fetched when the loop reaches it; `page.iter_items(max_pages=...)` "
        "bounds the walk (1000 pages by default) and raises `nimserver.NimError` (a `PagingError`) rather than "
        "stop short, as it does when the server's cursor does not advance."
    )


# --- the JSON shape of a JSON-text field -----------------------------------------------------------------


class _Types:
    def __init__(self, api: Api) -> None:
        self.by_name = {typed_dict.name: typed_dict for typed_dict in api.typed_dicts}

    def keys(self, name: str) -> list[Any]:
        typed_dict = self.by_name[name]
        return [*(key for base in typed_dict.bases for key in self.keys(base)), *typed_dict.keys]

    def shape(self, kind: PyType, depth: int = 0, seen: frozenset[str] = frozenset()) -> list[ShapeLine]:
        """The keys of every TypedDict inside `kind`, nested; a TypedDict inside itself is named, not expanded."""
        lines: list[ShapeLine] = []
        if isinstance(kind, JsonText):
            return self.shape(kind.of, depth, seen)
        if isinstance(kind, ListOf):
            return self.shape(kind.item, depth, seen)
        if isinstance(kind, MapOf):
            return self.shape(kind.value, depth, seen)
        if isinstance(kind, Union):
            named = [member for member in kind.members if isinstance(member, Named)]
            for member in named:
                description = self.by_name[member.name].description
                lines.append(ShapeLine(depth, member.name, "", False, description, variant=True))
                lines.extend(self.shape(member, depth + 1, seen))
            return lines
        if isinstance(kind, Named) and kind.name not in seen:
            inside = seen | {kind.name}
            for key in self.keys(kind.name):
                description = key.description
                for name in sorted(named_types(key.type) & inside):  # a recursive schema: named, not expanded
                    description = f"{description} (a `{name}`: its keys are listed above)".lstrip()
                lines.append(ShapeLine(depth, key.name, key.annotation, key.required, description))
                lines.extend(self.shape(key.type, depth + 1, inside))
        return lines

    def reachable(self, kinds: list[PyType]) -> set[str]:
        """The TypedDicts these types use, directly or through keys and bases."""
        found: set[str] = set()
        pending = [name for kind in kinds for name in named_types(kind)]
        while pending:
            name = pending.pop()
            if name in found or name not in self.by_name:
                continue
            found.add(name)
            typed_dict = self.by_name[name]
            pending.extend(typed_dict.bases)
            pending.extend(inner for key in typed_dict.keys for inner in named_types(key.type))
        return found


# --- the documents ---------------------------------------------------------------------------------------


def _field_doc(field: Field, example: Any, types: _Types) -> FieldDoc:
    if field.where == FieldPlace.FORM:
        return FieldDoc(
            field=field,
            constraints=docs.constraint_words(field.type),
            default="" if field.default is None else wire_text(field, field.default),
            example=wire_text(field, example) if field.kind != FieldKind.FILE else "(file content)",
            shape=tuple(types.shape(field.type)) if isinstance(field.type, JsonText) else (),
        )
    # v2: a path value as it stands in the path, a query value as its text, a body value as its JSON.
    if field.where == FieldPlace.BODY:
        shown = "" if example is None else compact_json(example)
        default = "" if field.default is None else compact_json(field.default)
        travels = "body"
    else:
        shown = "" if example is None else rest_text(field, example)
        if field.where == FieldPlace.PATH and example is not None:
            shown = quote(shown, safe="")
        default = "" if field.default is None else rest_text(field, field.default)
        travels = field.where
        if field.comma_list:
            travels += ", comma list"
        elif field.kind == FieldKind.JSON:
            travels += ", JSON text"
    return FieldDoc(
        field=field,
        constraints=docs.constraint_words(field.type),
        default=default,
        example=shown,
        shape=tuple(types.shape(field.type)),
        travels=travels,
    )


def bodies_by_type(op: Operation, types: _Types) -> tuple[BodyByType, ...]:
    """The tables of the operation's bodies by type: of its form or JSON body, then of objects in its arguments."""
    found: list[tuple[str, Variants]] = [("", op.variants)] if op.variants is not None else []
    for field in op.fields:
        found.extend((field.wire_name, variants) for variants in _variants_within(field.type, types))
    return _body_tables(found, types)


def _variants_within(kind: PyType, types: _Types) -> list[Variants]:
    """The variants of the TypedDicts a type uses, in name order."""
    named = (types.by_name[name].variants for name in sorted(types.reachable([kind])))
    return [variants for variants in named if variants is not None]


def _body_tables(found: list[tuple[str, Variants]], types: _Types) -> tuple[BodyByType, ...]:
    tables = []
    for where, variants in found:
        for case in variants.cases:
            lines: list[ShapeLine] = []
            for key in case.keys:
                lines.append(ShapeLine(0, key.name, key.annotation, key.required, key.description))
                lines.extend(types.shape(key.type, 1))
            value = compact_json(case.value)
            tables.append(BodyByType(where, variants.key, value, case.required, tuple(lines)))
    return tuple(tables)


def search_text(op: Operation, call: str) -> str:
    """What the search box matches for an operation: its names, path and summary, its official page's title,
    every argument's wire and Python name, and the codes its sources name for it."""
    words = [op.operation_id, call, op.request_line, op.path, op.summary]
    words += [op.doc.title] if op.doc is not None else []
    words += [name for field in op.fields for name in dict.fromkeys((field.wire_name, field.python_name))]
    words += [str(code) for code in op.codes]
    return " ".join(words).lower()


def operation_doc(op: Operation, base_url: str, types: _Types) -> OperationDoc:
    arguments = example_arguments(op)
    examples = dict((field.wire_name, value) for field, value in arguments)
    if op.api == ApiStyle.V2:
        curl, body = curl_rest(op, base_url, arguments)
    else:
        curl, body = curl_example(op, base_url, arguments)
    call = call_name(op)
    return OperationDoc(
        op=op,
        call=call,
        fields=tuple(_field_doc(field, examples.get(field.wire_name), types) for field in op.fields),
        curl=curl,
        python=python_example(op, arguments),
        body=body,
        responses=tuple(
            (example.name, json.dumps(example.value, ensure_ascii=False, indent=2)) for example in op.examples
        ),
        search=search_text(op, call),
        paging=paging_words(op),
        bodies=bodies_by_type(op, types),
    )


def key_rows(lines: list[ShapeLine]) -> tuple[KeyRow, ...]:
    """Shape lines as table rows, each key named by its dotted path from the top of the body."""
    rows = []
    paths: list[str] = []  # paths[depth]: the path the keys one level deeper hang from
    for line in lines:
        del paths[line.depth :]
        parent = paths[-1] if paths else ""
        if line.variant:
            rows.append(KeyRow(parent or "(body)", line.name, False, line.description, variant=True))
            paths.append(parent)
        else:
            path = f"{parent}.{line.name}" if parent else line.name
            rows.append(KeyRow(path, line.annotation, line.required, line.description))
            paths.append(path)
    return tuple(rows)


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def verify_example(event_class: str, body: str, headers: tuple[tuple[str, str], ...]) -> str:
    """Python that checks the signed example body as an app server would, and prints the event's class."""
    header_lines = [f"    {python_value(name)}: {python_value(value)}," for name, value in headers]
    return "\n".join(
        [
            "from nimserver import callbacks",
            "",
            "# As posted by the IM server: the raw body and its signing headers.",
            f'body = {python_value(body)}.encode("utf-8")',
            "headers = {",
            *header_lines,
            "}",
            "event = callbacks.verify(",
            f"    headers, body, app_secret={python_value(EXAMPLE_APP_SECRET)}, now={EXAMPLE_CALLBACK_NOW}",
            ")",
            f"print(type(event).__name__)  # {event_class}",
        ]
    )


def webhook_doc(hook: Webhook, types: _Types) -> WebhookDoc:
    # Without a request example there is nothing to sign: `{}` would verify as the probe, not as this kind.
    example = hook.examples[0] if hook.examples else None
    body = compact_json(example.value) if example is not None else ""
    md5, check = callback_signature(EXAMPLE_APP_SECRET, body.encode("utf-8"), EXAMPLE_CALLBACK_CUR_TIME)
    headers = (("AppKey", EXAMPLE_APP_KEY), ("CurTime", EXAMPLE_CALLBACK_CUR_TIME), ("MD5", md5), ("CheckSum", check))
    told_by = ", ".join(f"{key} == {python_value(value)}" for key, value in hook.discriminators)
    return WebhookDoc(
        hook=hook,
        event_class=f"callbacks.{hook.event_class}",
        told_by=told_by,
        keys=key_rows(types.shape(hook.payload)),
        body=body,
        example_name=example.name if example is not None else "",
        headers=headers,
        verify=verify_example(hook.event_class, body, headers) if example is not None else "",
        answer_keys=key_rows(types.shape(hook.answer)) if hook.is_callback else (),
        bodies=_body_tables([("", variants) for variants in _variants_within(hook.payload, types)], types),
        answers=(
            tuple(
                (answer.name, json.dumps(answer.value, ensure_ascii=False, indent=2)) for answer in hook.answer_examples
            )
            if hook.is_callback
            else ()
        ),
        search=" ".join(
            [hook.name, hook.event_class, f"callbacks.{hook.event_class}", hook.summary, "webhook"]
            + ([hook.doc.title] if hook.doc is not None else [])
        ).lower(),
    )


# Served by wsgiref here; any WSGI server (gunicorn, uWSGI) takes `app` the same way.
WSGI_EXAMPLE = f"""from wsgiref.simple_server import make_server

from nimserver import callbacks


def handle(event):
    if isinstance(event, callbacks.CallbackConversationMessage):
        if "forbidden" in (event.payload.get("body") or ""):
            return callbacks.block(response_code=20001)
        return callbacks.allow()
    print("copy", type(event).__name__, event.dedup_key())  # hand slow work to a queue
    return callbacks.received()


app = callbacks.wsgi_app(handle, app_secret={python_value(EXAMPLE_APP_SECRET)})

if __name__ == "__main__":
    make_server("127.0.0.1", 8080, app).serve_forever()"""


_TAG_TITLES = {
    "message-copy": "Message copies (消息抄送)",
    "third-party-callback": "Third-party callbacks (第三方回调)",
}


def webhook_groups(api: Api, types: _Types) -> list[WebhookGroup]:
    """The webhooks grouped by tag, in the spec's tag order."""
    found = []
    for tag in api.tags:
        hooks = [hook for hook in api.webhooks if hook.tag == tag.name]
        if hooks:
            title = _TAG_TITLES.get(tag.name, tag.name)
            found.append(WebhookGroup(tag, title, tuple(webhook_doc(hook, types) for hook in hooks)))
    return found


def review_groups(api: Api, types: _Types) -> list[ReviewGroup]:
    """Every reviewer note and doubt per group (and of the webhooks); those on TypedDicts go to the one group
    using them, or to `shared types`."""
    users: dict[str, set[str]] = {}
    items: dict[str, list[ReviewItem]] = {}
    doubts: dict[str, list[DoubtItem]] = {}

    def doubted(target: str, subject: str, anchor: str | None, found: tuple[Doubt, ...]) -> None:
        doubts.setdefault(target, []).extend(DoubtItem(subject, anchor, doubt) for doubt in found)

    for group in api.groups:
        kinds = [op.response for op in group.operations] + [f.type for op in group.operations for f in op.fields]
        for name in types.reachable(kinds):
            users.setdefault(name, set()).add(group.qualified_name)
        # v1 `team` and v2 `team` are two groups: the review lists them apart (`team`, `v2.team`).
        found = items.setdefault(group.qualified_name, [])
        for op in group.operations:
            call = call_name(op)
            found += [ReviewItem(f"{call}", op.operation_id, note) for note in op.notes]
            doubted(group.qualified_name, call, op.operation_id, op.doubts)
            for field in op.fields:
                subject = f"{field.wire_name} of {call}"
                found += [ReviewItem(subject, op.operation_id, note) for note in field.notes]
                doubted(group.qualified_name, subject, op.operation_id, field.doubts)
    # The webhooks' notes are reviewed like a group's, each linked to its section.
    hooks = "webhooks"
    for name in types.reachable([kind for hook in api.webhooks for kind in (hook.payload, hook.answer)]):
        users.setdefault(name, set()).add(hooks)
    for hook in api.webhooks:
        found = items.setdefault(hooks, [])
        found += [ReviewItem(f"webhook {hook.name}", hook.name, note) for note in hook.notes]
        doubted(hooks, f"webhook {hook.name}", hook.name, hook.doubts)
    shared = "shared types"
    for typed_dict in api.typed_dicts:
        owners = users.get(typed_dict.name, set())
        target = next(iter(owners)) if len(owners) == 1 else shared
        found = items.setdefault(target, [])
        found += [_type_item(typed_dict, note) for note in typed_dict.notes]
        doubted(target, f"TypedDict {typed_dict.name}", None, typed_dict.doubts)
        for key in typed_dict.keys:
            found += [ReviewItem(f"{key.name} of {typed_dict.name}", None, note) for note in key.notes]
            doubted(target, f"{key.name} of {typed_dict.name}", None, key.doubts)
    reviews = []
    for name in dict.fromkeys([*items, *doubts]):
        unique = sorted(
            _once_each(items.get(name, []), lambda item: item.note),
            key=lambda item: (item.path, item.subject, item.note.location.line),
        )
        records = sorted(
            _once_each(doubts.get(name, []), lambda item: item.doubt),
            key=lambda item: (item.path, item.subject, item.doubt.kind, item.doubt.location.line),
        )
        if unique or records:
            reviews.append(
                ReviewGroup(
                    name,
                    tuple(unique),
                    tuple(item for item in records if not item.doubt.settled),
                    tuple(item for item in records if item.doubt.settled),
                )
            )
    return reviews


_Listed = TypeVar("_Listed", ReviewItem, DoubtItem)


def _once_each(items: list[_Listed], identity: Callable[[_Listed], Note | Doubt]) -> list[_Listed]:
    """Each note or doubt once (a shared schema's reaches several fields), listed at the first place that
    reaches it, ordered by file and subject: not by line, so that moving a block of the spec moves no entry."""
    first: dict[Note | Doubt, _Listed] = {}
    others: dict[Note | Doubt, int] = {}
    for item in items:
        key = identity(item)
        if key in first:
            others[key] += 1
        else:
            first[key], others[key] = item, 0
    return [
        replace(item, subject=f"{item.subject} (and {others[key]} more)") if others[key] else item
        for key, item in first.items()
    ]


def _type_item(typed_dict: TypedDictDef, note: Note) -> ReviewItem:
    return ReviewItem(f"TypedDict {typed_dict.name}", None, note)


def prose_html(text: str) -> str:
    """Spec prose as HTML: paragraphs, `*`/`-` bullet lists and `code` spans; every character escaped first."""
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if lines and all(re.match(r"[*-] ", line) for line in lines[:1]):
            items: list[str] = []
            for line in lines:
                if re.match(r"[*-] ", line):
                    items.append(line[2:])
                else:
                    items[-1] += " " + line
            blocks.append("<ul>" + "".join(f"<li>{_inline_html(item)}</li>" for item in items) + "</ul>")
        elif lines:
            blocks.append(f"<p>{_inline_html(' '.join(lines))}</p>")
    return "\n".join(blocks)


def _inline_html(text: str) -> str:
    """One line of spec text as HTML, its `code` spans as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape.html(text))


def markdown_url(url: str) -> str:
    """A URL as a Markdown link destination: what would end the link (spaces, parentheses, `<>`) percent-encoded."""
    return quote(url, safe=":/?#[]@!$&'*+,;=%~")


@functools.cache
def environment() -> jinja2.Environment:
    """One environment per process: Jinja keeps the compiled templates (and reloads a template that changed)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "docs"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        html=escape.html,
        prose=prose_html,
        inline=_inline_html,
        md_cell=escape.markdown_cell,
        md_code=escape.markdown_code,
        md_cell_code=escape.markdown_cell_code,
        md_text=escape.markdown_text,
        md_block=escape.markdown_block,
        plural=docs.plural,
        md_literal=escape.markdown_literal,
        md_url=markdown_url,
    )
    env.globals.update(ApiStyle=ApiStyle, FieldKind=FieldKind)
    return env


def render_docs(api: Api, since_release: Report | None) -> list[RenderedFile]:
    """Every file of generated/docs/, in a fixed order; `since_release`: the API changes since the
    newest recorded release (None when none is recorded)."""
    types = _Types(api)
    base_url = api.servers[0].url
    tag_text = {tag.name: tag.description for tag in api.tags}
    groups = [
        GroupDoc(
            group,
            " ".join(tag_text.get(tag, "") for tag in dict.fromkeys(op.tag for op in group.operations)).strip(),
            tuple(operation_doc(op, base_url, types) for op in group.operations),
        )
        for group in api.groups
    ]
    reviews = review_groups(api, types)
    hooks = webhook_groups(api, types)
    context = {
        "since_release": since_release,
        "releases_dir": RELEASES,
        "webhook_groups": hooks,
        "webhook_count": sum(len(group.webhooks) for group in hooks),
        "callback_cur_time": EXAMPLE_CALLBACK_CUR_TIME,
        "wsgi_example": WSGI_EXAMPLE,
        "header": GENERATED_HEADER,
        "api": api,
        "groups": groups,
        "reviews": reviews,
        "note_count": sum(len(review.notes) for review in reviews),
        "doubt_kinds": [kind for kind in DoubtKind if any(review.open_count(kind) for review in reviews)],
        "doubt_totals": {kind: sum(review.open_count(kind) for review in reviews) for kind in DoubtKind},
        "open_doubt_count": sum(len(review.open_doubts) for review in reviews),
        "settled_doubt_count": sum(len(review.settled_doubts) for review in reviews),
        "operation_count": len(api.operations),
        "base_url": base_url,
        "signing": SIGNING_HEADERS,
        "app_secret": EXAMPLE_APP_SECRET,
        "form_content_type": FORM_CONTENT_TYPE,
        "json_content_type": JSON_CONTENT_TYPE,
        "trace_id_header": TRACE_ID_HEADER,
        "v2_operation_count": sum(len(group.operations) for group in api.v2_groups),
        "error_classes": api.error_classes,
        "status_by_code": {status.code: status for status in api.status_codes},
        "common_codes": [status for status in api.status_codes if status.common],
    }
    env = environment()

    def page(template: str, **extra: Any) -> str:
        return env.get_template(template).render(**context, **extra)

    files = [
        RenderedFile(f"{DOCS}/index.html", page("index.html.j2"), python=False),
        RenderedFile(f"{DOCS}/review.html", page("review.html.j2"), python=False),
        RenderedFile(f"{DOCS}/README.md", page("README.md.j2"), python=False),
    ]
    if hooks:
        files.append(RenderedFile(f"{DOCS}/webhooks.md", page("webhooks.md.j2"), python=False))
    files += [RenderedFile(f"{DOCS}/{doc.group.slug}.md", page("group.md.j2", doc=doc), python=False) for doc in groups]
    return files
