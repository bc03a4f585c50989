"""Stage 4: the model through the Jinja2 templates, to the text of each file.

Templates see only the model, and every piece of spec text reaches them
through a filter that escapes it for where it lands (see generator.escape).
"""

from __future__ import annotations

import functools
import json
import re
import textwrap
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator import docs, escape
from generator.checks import (
    doubt_names,
    doubted_check_source,
    item_check_names,
    python_literal,
    spec_doubts_source,
    variants_check_names,
    variants_doubt_names,
    variants_source,
)
from generator.diff.versioning import compatible_range
from generator.doubts import doubts_required
from generator.errors import Location
from generator.jsontext import indented_json
from generator.model import Api, ApiStyle, Field, FormRequest, Key, Operation, Request, RestRequest
from generator.pytypes import DIGITS, AnyValue, Binary, Enum, JsonText, ListOf, MapOf, Named, PyType, Scalar, Union
from generator.tools import tool_table

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"  # an importable source package, tested in place and vendored verbatim
LICENSE = ROOT / "LICENSE"  # Apache-2.0, as the spec's info.license says
PACKAGE = "nimserver"
LINE_WIDTH = 88
GENERATED_HEADER = "Generated from spec/ by `python -m generator`; do not edit."


def runtime_header(name: str) -> str:
    return f"# Copied from runtime/{name} by `python -m generator`; do not edit.\n"


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative to generated/, with forward slashes
    text: str
    python: bool  # goes through black


def _docwrap(text: str, indent: int, hanging: int = 0, first: bool = True) -> str:
    """Wrap prose for a docstring (paragraphs and bullet items kept apart), escaped for it."""
    return _wrapped(str(text), indent, hanging, first)


@functools.lru_cache(maxsize=4096)  # the sync and async methods carry the same docstrings
def _wrapped(text: str, indent: int, hanging: int, first: bool) -> str:
    prefix = " " * indent
    width = LINE_WIDTH - indent
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        items: list[str] = []
        for line in paragraph.splitlines():
            if re.match(r"\s*[*-] ", line) or not items:
                items.append(line.strip())
            else:
                items[-1] += " " + line.strip()
        wrapped = []
        for item in items:
            # One line already, as textwrap would leave it (an empty line joined on ends an item with a space).
            if len(item) <= width and item.isprintable() and not item.endswith(" "):
                wrapped.append(item)
                continue
            bullet = 2 if re.match(r"[*-] ", item) else hanging
            wrapped.append(
                textwrap.fill(
                    item, width=width, subsequent_indent=" " * bullet, break_on_hyphens=False, break_long_words=False
                )
            )
        blocks.append("\n".join(wrapped))
    result = textwrap.indent("\n\n".join(blocks), prefix, lambda line: line.strip() != "")
    return escape.docstring(result if first else result.lstrip())


def _key_annotation(key: Key) -> str:
    return key.annotation if key.certainly_required else f"NotRequired[{key.annotation}]"


@functools.cache
def environment() -> jinja2.Environment:
    """One environment per process: Jinja keeps the compiled templates (and reloads a template that changed)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        docwrap=_docwrap,
        key_annotation=_key_annotation,
        py=python_literal,
        pystr=escape.string_literal,
        comment=escape.comment,
        toml=escape.toml_string,
        md_cell=escape.markdown_cell,
        md_code=escape.markdown_code,
        field_doc=docs.field_doc,
        op_description=docs.operation_description,
        returns_doc=docs.returns_doc,
        return_annotation=lambda op, asynchronous: op.return_annotation(asynchronous),
        check=doubted_check_source,
        variants_check=variants_source,
        required_doubts=lambda doubts: spec_doubts_source(doubts_required(doubts)),
    )
    # Templates choose what differs between the two kinds of request by the request's type.
    env.tests.update(rest_request=lambda value: isinstance(value, RestRequest))
    env.globals.update(ApiStyle=ApiStyle)
    return env


def json_text(data: Any) -> str:
    """Data as JSON text, the same bytes for the same data (one item a line, for readable diffs)."""
    return indented_json(data) + "\n"


def answer_table_text(table: dict[str, Any]) -> str:
    """The answer table as JSON text without spaces, one operation a line (readable diffs, a small file)."""

    def compact(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    heads = [f"{compact(key)}:{compact(value)}" for key, value in table.items() if key != "operations"]
    operations = [f"{compact(key)}:{compact(value)}" for key, value in table["operations"].items()]
    return "{" + ",\n".join(heads) + ',\n"operations":{\n' + ",\n".join(operations) + "\n}}\n"


def command_table(api: Api) -> dict[str, Any]:
    """What the command line needs of each operation: names, help text and argument types."""
    tag_text = {tag.name: tag.description for tag in api.tags}
    groups: dict[str, Any] = {}
    for group in api.v1_groups:
        # The tag most of the group's operations carry comes first: it names the group best.
        counts = Counter(op.tag for op in group.operations)
        tags = sorted(counts, key=lambda tag: -counts[tag])
        operations: dict[str, Any] = {}
        for op in group.operations:
            operations[op.method] = {
                "path": op.path,
                "summary": op.summary,
                "description": docs.operation_description(op),
                "safe_to_repeat": op.safe_to_repeat,
                "fields": [
                    {
                        "wire_name": field.wire_name,
                        "python_name": field.python_name,
                        "kind": _command_kind(field.type),
                        "required": field.required,
                        "choices": list(field.type.values) if isinstance(field.type, Enum) else None,
                        "help": docs.command_help(field, op),
                    }
                    for field in op.fields
                ],
            }
        description = " ".join(tag_text.get(tag, "") for tag in tags).strip()
        groups[group.name] = {
            "summary": description.split(". ")[0].rstrip(".") if description else f"Operations under {group.name}/",
            "description": description,
            "operations": operations,
        }
    v2_groups: dict[str, Any] = {}
    for group in api.v2_groups:
        description = " ".join(tag_text.get(tag, "") for tag in dict.fromkeys(op.tag for op in group.operations))
        description = description.strip()
        v2_groups[group.name] = {
            "summary": description.split(". ")[0].rstrip(".") if description else f"The v2 {group.name} operations",
            "description": description,
            "operations": {op.method: _rest_command(op) for op in group.operations},
        }
    return {"groups": groups, "v2_groups": v2_groups}


def _rest_command(op: Operation) -> dict[str, Any]:
    """A v2 operation for the command line: its request line, and each argument with where it travels."""
    return {
        "request_line": op.request_line,
        "summary": op.summary,
        "description": docs.operation_description(op),
        "safe_to_repeat": op.safe_to_repeat,
        "paged": op.paging is not None,
        "fields": [
            {
                "wire_name": field.wire_name,
                "python_name": field.python_name,
                "where": field.where,
                "kind": _rest_command_kind(field.type),
                "required": field.required,
                "choices": list(field.type.values) if isinstance(field.type, Enum) else None,
                "help": _rest_help(field, op),
            }
            for field in op.fields
        ],
    }


def _rest_help(field: Field, op: Operation) -> str:
    text = docs.command_help(field, op)
    if _rest_command_kind(field.type) == "VALUE" and not isinstance(field.type, JsonText):
        text = f"{text} Give it as JSON.".lstrip()
    return text


def _rest_command_kind(kind: PyType) -> str:
    """How the command line reads a v2 option: as a scalar like v1, or as a JSON value (VALUE: objects, lists)."""
    if isinstance(kind, (ListOf, MapOf, Named, AnyValue, JsonText)):
        return "VALUE"
    return _command_kind(kind)


def _command_kind(kind: PyType) -> str:
    """How the command line reads an option's text: STR, INT, FLOAT, BOOL, JSON or FILE."""
    if isinstance(kind, JsonText):
        return "JSON"
    if isinstance(kind, Binary):
        return "FILE"
    if isinstance(kind, Union) and DIGITS in kind.members:
        return "INT"
    if isinstance(kind, Enum):
        kinds = {type(value) for value in kind.values}
        return "INT" if kinds == {int} else "FLOAT" if kinds <= {int, float} else "STR"
    if isinstance(kind, Scalar):
        return {"str": "STR", "int": "INT", "float": "FLOAT", "bool": "BOOL"}.get(kind.kind, "STR")
    return "STR"


def fake_spec(api: Api) -> dict[str, Any]:
    """What the test double checks requests against and answers with, as plain JSON data."""
    return {
        "version": api.version,
        "status_codes": {str(status.code): status.description for status in api.status_codes},
        "operations": dict(_fake_entry(op, op.request) for group in api.groups for op in group.operations),
    }


def answer_table(api: Api) -> dict[str, Any]:
    """What the answer checks need (nimserver/_answers.json): the codes, and each operation's answer shape,
    codes, paging and open field doubts (generator/answers.py describes the shapes)."""
    return {
        "known_codes": [status.code for status in api.status_codes],
        "common_codes": [status.code for status in api.status_codes if status.common],
        "operations": {
            op.key: {
                "id": op.operation_id,
                "v2": op.api == ApiStyle.V2,
                "shape": op.answer,
                "codes": list(op.codes),
                "paging": None if op.paging is None else {"style": op.paging.style, "items": op.paging.items_key},
                "fields": _request_fields(op.request),
                "doubts": list(op.field_doubts),
            }
            for op in api.operations
        },
    }


def _request_fields(request: Request) -> dict[str, list[Any]]:
    """Each request field's name, whether it is required and its length limit (None: none)."""
    if isinstance(request, FormRequest):
        schemas = [request.schema or {}]
    else:
        body = request.schema.get("body") or {}
        parameters = request.schema.get("parameters", {})
        schemas = [body, {"properties": {name: item["schema"] for name, item in parameters.items()}}]
        schemas[1]["required"] = [name for name, item in parameters.items() if item["required"]]
    return {
        name: [name in schema.get("required", ()), item.get("maxLength")]
        for schema in schemas
        for name, item in (schema.get("properties") or {}).items()
    }


def _fake_entry(op: Operation, request: Request) -> tuple[str, dict[str, Any]]:
    """An operation for the test double, by its key: what its request may carry, and its answer."""
    if isinstance(request, FormRequest):
        return op.key, {"media_type": request.media_type, "form": request.schema, "success": op.success_example}
    return op.key, {
        "api": "v2",
        "method": op.http_method,
        "path": op.path,
        "operation_id": op.operation_id,
        **request.schema,
        "success": op.success_example,
        "paging": None if op.paging is None else {"style": op.paging.style, "items": op.paging.items_key},
    }


def render(api: Api) -> list[RenderedFile]:
    """Every file of the generated package, in a fixed order."""
    return render_modules(api) + render_data(api)


def render_modules(api: Api) -> list[RenderedFile]:
    """The files made from the templates: the package's metadata, README and modules (what black formats)."""
    env = environment()
    context: dict[str, Any] = {
        "header": GENERATED_HEADER,
        "title": api.title,
        "version": api.version,
        "summary": api.summary,
        "servers": api.servers,
        "status_codes": api.status_codes,
        "groups": api.v1_groups,
        "v2_groups": api.v2_groups,
        "typed_dicts": api.typed_dicts,
        "types_typing": sorted(api.types_using),
        "error_classes": api.error_classes,
        "retry_codes": api.retry_codes,
        "webhooks": api.webhooks,
        "answer": api.callback_answer,
        "webhook_type_names": api.webhook_type_names,
        "shapes": api.argument_shapes,
        "all_keys": api.all_keys,
        "late_checks": api.late_checks,
        "shape_checks": sorted(
            {name for td in api.argument_shapes for key in api.all_keys(td.name) for name in item_check_names(key)}
            .union(*(variants_check_names(td.variants) for td in api.argument_shapes))
            .difference({"_shapes"})
        ),
        "shape_doubts": sorted(
            {name for td in api.argument_shapes for key in api.all_keys(td.name) for name in doubt_names(key)}.union(
                *(variants_doubt_names(td.variants) for td in api.argument_shapes)
            )
            | (
                {"doubted_keys"}
                if any(
                    not key.certainly_required
                    for td in api.argument_shapes
                    for key in api.all_keys(td.name)
                    if key.required
                )
                else set()
            )
        ),
    }

    operations = {op.operation_id: op for op in api.operations}
    # An example of an operation the spec lacks is Python's `...`: the README still compiles for any spec.

    def example_call(operation_id: str, client: str = "client", indent: int = 0, /, **given: Any) -> str:
        operation = operations.get(operation_id)
        return "..." if operation is None else docs.example_call(operation, given, client, indent)

    def example_raw_call(operation_id: str, **given: Any) -> str:
        operation = operations.get(operation_id)
        if operation is None:
            return "..."
        return f"{docs.python_value(operation.path)}, {docs.example_fields(operation, given)}"

    context.update(
        call=example_call, raw_call=example_raw_call, source=docs.Source, compatible=compatible_range(api.version)
    )

    def page(template: str, **extra: Any) -> str:
        return env.get_template(template).render(**context, **extra)

    files = [
        RenderedFile("pyproject.toml", page("pyproject.toml.j2"), python=False),
        RenderedFile("README.md", page("README.md.j2"), python=False),
        # A marker file: type checkers read its content, so it stays empty.
        RenderedFile(f"{PACKAGE}/py.typed", "", python=False),
    ]
    for name in ("__init__", "_client", "_shapes", "_status", "_version", "callbacks", "types"):
        files.append(RenderedFile(f"{PACKAGE}/{name}.py", page(f"{name}.py.j2"), python=True))
    files.append(RenderedFile(f"{PACKAGE}/groups/__init__.py", page("groups__init__.py.j2"), python=True))
    if api.v2_groups:
        files.append(RenderedFile(f"{PACKAGE}/v2/__init__.py", page("v2__init__.py.j2"), python=True))
    tag_text = {tag.name: tag.description for tag in api.tags}
    for group in api.groups:
        tags = dict.fromkeys(op.tag for op in group.operations)
        group_tags = " ".join(tag_text.get(tag, "") for tag in tags).strip()
        fields = [field for op in group.operations for field in op.fields]
        checks = sorted(
            {name for field in fields for name in item_check_names(field)}.union(
                *(variants_check_names(op.variants) for op in group.operations)
            )
        )
        doubts = sorted(
            {name for field in fields for name in doubt_names(field)}.union(
                *(variants_doubt_names(op.variants) for op in group.operations)
            )
        )
        text = page("group.py.j2", group=group, group_tags=group_tags, check_names=checks, doubt_names=doubts)
        files.append(RenderedFile(f"{PACKAGE}/{group.module.replace('.', '/')}.py", text, python=True))
    return files


def render_data(api: Api) -> list[RenderedFile]:
    """The package's tables (commands, tools, the fake's spec, answers), its licence and the runtime's copies."""
    files = [
        RenderedFile(f"{PACKAGE}/_commands.json", json_text(command_table(api)), python=False),
        RenderedFile(f"{PACKAGE}/_tools.json", json_text(tool_table(api)), python=False),
        RenderedFile(f"{PACKAGE}/testing/_spec.json", json_text(fake_spec(api)), python=False),
        RenderedFile(f"{PACKAGE}/_answers.json", answer_table_text(answer_table(api)), python=False),
    ]
    # The licence that the package's metadata names, as the repository holds it.
    files.append(RenderedFile("LICENSE", LICENSE.read_text(encoding="utf-8"), python=False))
    # The shared runtime is ordinary, tested code: copied byte for byte under a header naming its source.
    # Its own __init__.py only makes it importable here; the package's comes from a template.
    for source in sorted([*RUNTIME.glob("_*.py"), *RUNTIME.glob("testing/*.py")]):
        if source.parent == RUNTIME and source.name == "__init__.py":
            continue
        name = source.relative_to(RUNTIME).as_posix()
        text = runtime_header(name) + source.read_text(encoding="utf-8")
        files.append(RenderedFile(f"{PACKAGE}/{name}", text, python=False))
    return files


def spec_texts(api: Api) -> Iterator[tuple[str, Location]]:
    """Pieces of spec text that land in generated code, with their places (to trace a generator bug)."""
    for typed_dict in api.typed_dicts:
        yield typed_dict.name, typed_dict.location
        for line in typed_dict.description.splitlines():
            yield line.strip()[:40], typed_dict.location
        for key in typed_dict.keys:
            yield key.name, key.location
            yield key.description[:40], key.location
    for webhook in api.webhooks:
        yield webhook.summary[:40], webhook.location
        for line in webhook.description.splitlines():
            yield line.strip()[:40], webhook.location
    for operation in api.operations:
        yield operation.summary[:40], operation.location
        for line in operation.description.splitlines():
            yield line.strip()[:40], operation.location
        for field in operation.fields:
            yield field.python_name, field.location
            yield field.description[:40], field.location
