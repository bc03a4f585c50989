"""python -m generator evidence REPORT... [--apply]: what conformance runs and drift reports say about the spec.

Each difference a report holds (an answer key the spec does not name, a
required key missing, a type, a code, a cursor, a call the spec allows but
the service refused) is printed at the spec file:line a maintainer has to
look at, as a contradiction to fix. Each doubt a probe settled is printed at
its `x-doubt` record with the observation and, when the observation goes
against the spec, the edit it calls for. `--apply` writes each settlement
into its record as an `evidence` entry (date, region, operation, what was
observed, verdict) by inserting lines at that place: the rest of the file
keeps its bytes, and no schema is changed (that edit stays the maintainer's).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Location, SpecError, display_path, spec_file
from generator.extensions import extension
from generator.load import SpecDict, SpecList, load_spec

REPOSITORY = Path(__file__).resolve().parent.parent
JSON_MEDIA = "application/json"


class ReportError(Exception):
    """A file given as a report is not one."""


@dataclass(frozen=True)
class Finding:
    location: Location | None
    text: str


@dataclass(frozen=True)
class Settlement:
    location: Location  # the x-doubt record's first line
    text: str
    entry: dict[str, str]  # the evidence entry to write
    recorded: bool = False  # the record already holds this entry (a report applied before)


def operation_node(document: SpecDict, operation: str) -> SpecDict | None:
    """The Operation Object of a report's operation key (`user/create.action`, `GET im/v2/teams`)."""
    verb, _, path = operation.rpartition(" ")
    item = document["paths"].get("/" + path)
    node = item.get((verb or "post").lower()) if isinstance(item, SpecDict) else None
    return node if isinstance(node, SpecDict) else None


def _owner(schema: Any, name: str) -> SpecDict | None:
    """The object schema, within `schema` and its allOf/anyOf/oneOf parts, whose properties name `name`."""
    if not isinstance(schema, SpecDict):
        return None
    properties = schema.get("properties")
    if isinstance(properties, SpecDict) and name in properties:
        return schema
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            found = _owner(part, name)
            if found is not None:
                return found
    return None


def _schema_at(schema: Any, steps: Sequence[str]) -> Any:
    """The schema at a dotted place in an answer (`data.items[]`), or None."""
    for step in steps:
        name, items = (step[:-2], True) if step.endswith("[]") else (step, False)
        owner = _owner(schema, name)
        if owner is None:
            return None
        schema = owner["properties"][name]
        if items:
            schema = _items(schema)
    return schema


def _items(schema: Any) -> Any:
    if isinstance(schema, SpecDict) and "items" in schema:
        return schema["items"]
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or () if isinstance(schema, SpecDict) else ():
            if isinstance(part, SpecDict) and "items" in part:
                return part["items"]
    return None


def request_field(op: SpecDict, name: str) -> tuple[SpecDict | None, SpecDict | None]:
    """A request field's schema and the schema (or parameter) that says whether it is required."""
    for parameter in op.get("parameters") or ():
        if parameter.get("name") == name:
            return parameter.get("schema"), parameter
    body = op.get("requestBody")
    for media in (body.get("content") or {}).values() if isinstance(body, SpecDict) else ():
        owner = _owner(media.get("schema"), name)
        if owner is not None:
            return owner["properties"][name], owner
    return None, None


def locate(document: SpecDict, difference: Mapping[str, str]) -> Finding:
    """Where in the spec a difference has to be looked at, and what it says there."""
    operation, kind, where, detail = (difference[key] for key in ("operation", "kind", "where", "detail"))
    text = f"{operation}: {kind}" + (f" at {where}" if where else "") + f": {detail}"
    op = operation_node(document, operation)
    if op is None:
        return Finding(None, text + " (no such operation in the spec)")
    if kind == "status":
        code = re.search(r"code (\d+) is not listed", detail)
        edit = f"; edit: add {code.group(1)} to x-codes" if code else ""
        return Finding(op.where("x-codes" if "x-codes" in op else None), text + edit)
    if kind == "paging":
        return Finding(op.where("x-paging" if "x-paging" in op else None), text)
    if where.startswith("request."):
        schema, holder = request_field(op, where.removeprefix("request."))
        if kind == "refused-limit" and isinstance(schema, SpecDict) and "maxLength" in schema:
            return Finding(schema.where("maxLength"), text + "; edit: lower maxLength, or add an x-doubt")
        if kind == "refused-required" and isinstance(holder, SpecDict):
            place = holder.where("required" if "required" in holder else None)
            return Finding(place, text + "; edit: make it required, or add an x-doubt")
        return Finding((schema or op).where() if isinstance(schema, SpecDict) else op.where(), text)
    response = op["responses"]["200"]["content"][JSON_MEDIA]["schema"]
    steps = [step for step in where.split(".") if step]
    if kind in ("unknown-key", "missing-key") and steps:
        parent = _schema_at(response, steps[:-1])
        name = steps[-1]
        if kind == "missing-key":
            owner = _required_owner(parent, name)
            if owner is not None:
                required = owner["required"]
                return Finding(required.where(list(required).index(name)), text + f"; edit: drop {name} from required")
        elif isinstance(parent, SpecDict):
            target = _owner(parent, next(iter(parent.get("properties") or {}), "")) or parent
            return Finding(target.where("properties" if "properties" in target else None), text + f"; edit: add {name}")
    node = _schema_at(response, steps)
    if isinstance(node, SpecDict):
        return Finding(
            node.where("type" if kind == "type" and "type" in node else "enum" if kind == "enum" else None), text
        )
    return Finding(response.where() if isinstance(response, SpecDict) else op.where(), text)


def _required_owner(schema: Any, name: str) -> SpecDict | None:
    if not isinstance(schema, SpecDict):
        return None
    if isinstance(schema.get("required"), SpecList) and name in schema["required"]:
        return schema
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key) or ():
            found = _required_owner(part, name)
            if found is not None:
                return found
    return None


def settle(
    document: SpecDict, report: Mapping[str, Any], call: Mapping[str, Any], observed: Mapping[str, Any]
) -> Settlement | Finding:
    """The x-doubt record a probe's observation settles, and the evidence entry for it."""
    operation = call["operation"]
    op = operation_node(document, operation)
    schema, holder = request_field(op, observed["field"]) if op is not None else (None, None)
    for node in (holder, schema):
        records = extension(node, "x-doubt") if isinstance(node, SpecDict) else None
        if not isinstance(records, SpecList):
            continue
        for index, record in enumerate(records):
            if record["about"] == observed["about"] and record["what"] == observed["what"]:
                holds = observed["spec_holds"]
                verdict = "settles" if holds else "contradicts"
                edit = "" if holds else f"; edit: the spec's {observed['about']} of {observed['field']} is wrong"
                text = f"{operation}: doubt ({record['about']}) {record['what']} observed: {observed['observed']}{edit}"
                entry = {
                    "date": str(report["date"]),
                    "source": f"nimserver conform, region {report['region']}, {operation}",
                    "observed": str(observed["observed"]),
                    "verdict": verdict,
                }
                recorded = any(
                    {key: str(value) for key, value in item.items()} == entry for item in record.get("evidence") or ()
                )
                return Settlement(
                    records.where(index), text + (" (already recorded)" if recorded else ""), entry, recorded
                )
    return Finding(op.where() if op is not None else None, f"{operation}: a probe of a doubt the spec no longer has")


def read_reports(paths: Sequence[Path]) -> Iterator[dict[str, Any]]:
    for path in paths:
        try:
            report = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ReportError(f"{path}: not a readable report ({error})") from None
        if not isinstance(report, dict) or report.get("format") != "nimserver-evidence/1":
            raise ReportError(f"{path}: not a nimserver conformance or drift report")
        yield report


def gather(
    document: SpecDict, reports: Sequence[Mapping[str, Any]]
) -> tuple[list[Finding], list[Settlement | Finding]]:
    findings: dict[str, Finding] = {}
    settlements: dict[str, Settlement | Finding] = {}
    for report in reports:
        for call in report["calls"]:
            for difference in call["differences"]:
                found = locate(document, difference)
                findings.setdefault(found.text, found)
            for observed in call.get("settles", ()):
                result = settle(document, report, call, observed)
                settlements.setdefault(result.text, result)
    return list(findings.values()), list(settlements.values())


def apply(settlements: Sequence[Settlement], spec: Path) -> list[str]:
    """Write each settlement into its record (in the spec whose root file is `spec`) as an evidence entry;
    the problems, for records it cannot edit."""
    problems = []
    by_file: dict[Path, list[Settlement]] = {}
    for item in settlements:
        by_file.setdefault(spec_file(item.location.file, spec), []).append(item)
    for path, items in by_file.items():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        original = "".join(lines)
        for item in sorted(items, key=lambda item: item.location.line, reverse=True):
            problem = _insert(lines, item)
            if problem:
                problems.append(f"{item.location.shown(spec)}: {problem}")
        text = "".join(lines)
        try:
            yaml.safe_load(text)
        except yaml.YAMLError as error:
            problems.append(f"{display_path(path)}: left unchanged, the edit would not parse ({error})")
            continue
        if text != original:
            path.write_text(text, encoding="utf-8")
    return problems


_ITEM = re.compile(r"^(\s*)- ")


def _insert(lines: list[str], item: Settlement) -> str | None:
    """Add an evidence entry at the end of the block-style record that starts at the item's line."""
    index = item.location.line - 1
    start = _ITEM.match(lines[index]) if index < len(lines) else None
    if start is None:
        return "the x-doubt record is not a block list item; add the evidence by hand"
    indent = len(start.group(1)) + 2
    end = index + 1
    evidence_at = None
    while end < len(lines) and (not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= indent):
        if lines[end].startswith(" " * indent + "evidence:"):
            evidence_at = end
        end += 1
    while end > index + 1 and not lines[end - 1].strip():
        end -= 1
    entry = (
        "{" + ", ".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in item.entry.items()) + "}"
    )
    if evidence_at is None:
        lines[end:end] = [" " * indent + "evidence:\n", " " * (indent + 2) + f"- {entry}\n"]
    elif lines[evidence_at].rstrip().endswith("evidence:"):
        lines[end:end] = [" " * (indent + 2) + f"- {entry}\n"]
    else:
        return "its evidence list is in flow style; add the entry by hand"
    return None


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator evidence", description=__doc__)
    parser.add_argument("reports", nargs="+", type=Path, metavar="REPORT")
    parser.add_argument("--spec", type=Path, default=REPOSITORY / "spec" / "openapi.yaml", help="root spec file")
    parser.add_argument("--apply", action="store_true", help="write each settlement into its x-doubt record")
    args = parser.parse_args(argv)
    try:
        document = load_spec(args.spec)
        findings, settlements = gather(document, list(read_reports(args.reports)))
    except SpecError as error:
        print("error: " + "\n".join(problem.shown(args.spec) for problem in error.problems))
        return 2
    except ReportError as error:
        print(f"error: {error}")
        return 2
    for finding in findings:
        place = finding.location.shown(args.spec) if finding.location else "?"
        print(f"{place}: contradiction: {finding.text}")
    for item in settlements:
        place = item.location.shown(args.spec) if item.location else "?"
        print(f"{place}: {'evidence' if isinstance(item, Settlement) else 'note'}: {item.text}")
    print(f"{len(findings)} contradictions, {sum(isinstance(i, Settlement) for i in settlements)} doubts with evidence")
    if args.apply:
        problems = apply(
            [item for item in settlements if isinstance(item, Settlement) and not item.recorded], args.spec
        )
        for problem in problems:
            print(f"not applied: {problem}")
    return 1 if findings else 0
