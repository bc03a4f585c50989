"""Stage 4: the model through the Jinja2 templates, to the text of each file."""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.model import Api, DictKey, Field

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES / "runtime"
PACKAGE = "nimserver"
LINE_WIDTH = 88


@dataclass(frozen=True)
class RenderedFile:
    path: str  # relative to generated/, with forward slashes
    text: str
    python: bool  # goes through black


def _docwrap(text: str, indent: int, hanging: int = 0, first: bool = True) -> str:
    """Wrap prose for a docstring: paragraphs and bullet items kept apart."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')  # safe inside """..."""
    prefix = " " * indent
    width = LINE_WIDTH - indent
    blocks = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = paragraph.splitlines()
        items: list[str] = []
        for line in lines:
            if re.match(r"\s*[*-] ", line) or not items:
                items.append(line.strip())
            else:
                items[-1] += " " + line.strip()
        wrapped = []
        for item in items:
            bullet = 2 if re.match(r"[*-] ", item) else hanging
            wrapped.append(
                textwrap.fill(
                    item, width=width, subsequent_indent=" " * bullet, break_on_hyphens=False, break_long_words=False
                )
            )
        blocks.append("\n".join(wrapped))
    result = textwrap.indent("\n\n".join(blocks), prefix, lambda line: line.strip() != "")
    return result if first else result.lstrip()


def _field_doc(field: Field) -> str:
    parts = [field.description.rstrip(".") + "." if field.description else ""]
    if field.doc_constraints:
        parts.append(field.doc_constraints[:1].upper() + field.doc_constraints[1:] + ".")
    if field.kind == "JSON":
        parts.append("Sent as JSON; a str is taken as JSON text and sent as is.")
    if field.deprecated:
        parts.append("Deprecated.")
    parts.extend(note.rstrip(".") + "." for note in field.notes)
    return " ".join(part for part in parts if part)


def _key_annotation(key: DictKey) -> str:
    return key.annotation if key.required else f"NotRequired[{key.annotation}]"


def _py(value: Any) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(_py(item) for item in value) + ("," if len(value) == 1 else "") + ")"
    return repr(value)


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "package"),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        docwrap=_docwrap,
        field_doc=_field_doc,
        key_annotation=_key_annotation,
        py=_py,
        oneline=lambda text: " ".join(str(text).split()),
    )
    return env


def render(api: Api) -> list[RenderedFile]:
    """Every file of the generated package, in a fixed order."""
    env = environment()
    context = {
        "title": api.title,
        "version": api.version,
        "summary": api.summary,
        "servers": api.servers,
        "status_codes": api.status_codes,
        "groups": api.groups,
        "typed_dicts": api.typed_dicts,
        "error_classes": api.error_classes,
        "retry_codes": api.retry_codes,
    }

    def page(template: str, **extra: Any) -> str:
        return env.get_template(template).render(**context, **extra)

    files = [
        RenderedFile("pyproject.toml", page("pyproject.toml.j2"), python=False),
        RenderedFile("README.md", page("README.md.j2"), python=False),
        RenderedFile(f"{PACKAGE}/py.typed", "", python=False),
    ]
    for name in ("__init__", "_client", "_status", "_version", "types"):
        files.append(RenderedFile(f"{PACKAGE}/{name}.py", page(f"{name}.py.j2"), python=True))
    files.append(RenderedFile(f"{PACKAGE}/groups/__init__.py", page("groups__init__.py.j2"), python=True))
    tag_text = {tag.name: tag.description for tag in api.tags}
    for group in api.groups:
        tags = dict.fromkeys(op.tag for op in group.operations)
        group_tags = " ".join(tag_text.get(tag, "") for tag in tags).strip()
        uses_files = any(field.kind == "FILE" for op in group.operations for field in op.fields)
        text = page("group.py.j2", group=group, group_tags=group_tags, uses_files=uses_files)
        files.append(RenderedFile(f"{PACKAGE}/groups/{group.name}.py", text, python=True))
    # The shared runtime is ordinary, tested code: copied byte for byte.
    for source in sorted(RUNTIME.glob("_*.py")):
        files.append(RenderedFile(f"{PACKAGE}/{source.name}", source.read_text(encoding="utf-8"), python=False))
    return files
