"""Formatters of a report: text (for a terminal), Markdown (a changelog section) and JSON.

Each ends with the bump the changes call for; none decides anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from generator.diff.rules import BREAKING, COMPATIBLE, DOCS_ONLY, SEVERITIES, Finding, Report
from generator.diff.versioning import next_version, required_bump
from generator.escape import markdown_code, markdown_literal

_LABELS = {BREAKING: "BREAKING", COMPATIBLE: "compatible", DOCS_ONLY: "docs-only"}
_HEADINGS = {BREAKING: "Breaking changes", COMPATIBLE: "Compatible changes", DOCS_ONLY: "Documentation"}


def summary(report: Report) -> str:
    """One line: how many changes of each severity."""
    if not report.findings:
        return "no API changes"
    counts = ", ".join(f"{report.count(severity)} {severity}" for severity in SEVERITIES if report.count(severity))
    return f"{len(report.findings)} API changes ({counts})"


def text_lines(report: Report, indent: str = "") -> list[str]:
    """One line per finding: severity, where, what, rule id and place in the spec."""
    return [
        f"{indent}{_LABELS[finding.severity]} {finding.fact.where}: {finding.text} [{finding.rule.id}]"
        + (f" ({finding.location})" if finding.location else "")
        for finding in report.findings
    ]


def text(report: Report) -> str:
    versions = _versions(report)
    lines = [f"nimserver {versions}" if versions else "nimserver", *text_lines(report, "  "), summary(report)]
    return "\n".join([*lines, *_release(report), f"bump: {report.bump}"]) + "\n"


def _release(report: Report) -> list[str]:
    """The smallest version after the old one that the changes allow (below 1.0, SemVer moves one place right)."""
    needed = required_bump(report, report.old_version) if report.old_version else None
    if report.old_version is None or needed is None:
        return []
    return [
        f"release: {next_version(report.old_version, needed)} or later (a {needed} release of {report.old_version})"
    ]


def markdown(report: Report, title: str | None = None) -> str:
    """A changelog section: a heading, then the findings grouped by severity."""
    heading = title or (f"nimserver {report.new_version}" if report.new_version else "Changes")
    if title is None and report.new_version and report.new_version == report.old_version:
        heading += " (unreleased: info.version not raised yet)"
    lines = [f"## {markdown_literal(heading)}", ""]
    if report.old_version and report.new_version and report.old_version != report.new_version:
        lines += [f"Compared with {markdown_literal(report.old_version)}.", ""]
    if not report.findings:
        lines += ["No changes to the API.", ""]
    for severity in SEVERITIES:
        chosen = [finding for finding in report.findings if finding.severity == severity]
        if chosen:
            lines += [f"### {_HEADINGS[severity]}", "", *(_markdown_item(finding) for finding in chosen), ""]
    lines += [_release_sentence(report), ""]
    return "\n".join(lines)


def _release_sentence(report: Report) -> str:
    """What release the changes need, in words that agree with the heading's version, also below 1.0."""
    needed = required_bump(report, report.old_version) if report.old_version else None
    if report.old_version is None or needed is None:
        return f"SemVer bump: {report.bump}."
    sentence = (
        f"Needs a {needed} release: {next_version(report.old_version, needed)} or later after {report.old_version}"
    )
    if needed != report.bump:
        sentence += f" ({report.bump} under SemVer, which moves one place to the right below 1.0)"
    return sentence + "."


def insert_section(changelog: str, section: str) -> str:
    """The changelog with `section` first after its title, replacing an earlier section of the same version."""
    heading = section.splitlines()[0]
    version = heading.split(" (")[0]
    lines = changelog.splitlines(keepends=True)
    starts = [index for index, line in enumerate(lines) if line.startswith("## ")]
    first = starts[0] if starts else len(lines)
    for number, start in enumerate(starts):
        if lines[start].rstrip("\n").split(" (")[0] == version:
            end = starts[number + 1] if number + 1 < len(starts) else len(lines)
            return "".join([*lines[:start], section, "\n" if end < len(lines) else "", *lines[end:]])
    before = "".join(lines[:first])
    if before and not before.endswith("\n\n"):
        before = before.rstrip("\n") + "\n\n"
    return before + section + ("\n" if first < len(lines) else "") + "".join(lines[first:])


def _markdown_item(finding: Finding) -> str:
    return f"- {markdown_code(finding.fact.where)}: {markdown_literal(finding.text)} ({markdown_code(finding.rule.id)})"


def json_text(report: Report) -> str:
    document = {
        "old_version": report.old_version,
        "new_version": report.new_version,
        "findings": [
            {
                "id": finding.rule.id,
                "direction": finding.rule.direction,
                "severity": finding.severity,
                "where": finding.fact.where,
                "member": finding.fact.member,
                "text": finding.text,
                "old_location": finding.fact.old_location,
                "new_location": finding.fact.new_location,
            }
            for finding in report.findings
        ],
        "bump": report.bump,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _versions(report: Report) -> str:
    if report.old_version and report.new_version:
        return f"{report.old_version} -> {report.new_version}"
    return report.new_version or ""


FORMATS: dict[str, Callable[[Report], str]] = {"text": text, "markdown": markdown, "json": json_text}


def render_report(report: Report, format_name: str) -> str:
    return FORMATS[format_name](report)
