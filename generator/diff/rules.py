"""Rules: each fact judged for the package's callers.

Every rule has a stable id (kebab-case, in the style of oasdiff's checks), a
direction and a severity:

* direction: `argument` (what callers send: operations, their arguments,
  TypedDicts they build, regions), `response` (what callers read: return
  types, TypedDicts they read, status codes and error classes) or `webhook`
  (what the API sends to the app server, and what the app server answers);
* severity: `breaking` (code written against the old package may stop
  working), `compatible` (new or relaxed surface, or changed behaviour that
  needs no change to callers' code) or `docs-only`.

Type changes are judged by direction: narrowing what callers build breaks
them (a value they send may no longer be accepted), widening it does not;
widening what callers read breaks them (they meet values they do not
expect), narrowing it does not. A TypedDict used in both directions gets a
finding for each. The bump is the largest severity: breaking -> major,
compatible -> minor, docs-only (or nothing) -> patch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.diff.facts import (
    ADDED,
    ANSWER,
    API,
    CHANGED,
    ERROR_CLASS,
    OPERATION,
    PARAMETER,
    PAYLOAD,
    PROPERTY,
    REMOVED,
    RETURNS,
    SERVER,
    STATUS_CODE,
    TYPE,
    WEBHOOK_SUBJECT,
    WEBHOOK_TYPE,
    Fact,
)
from generator.model import ARGUMENT, RESPONSE, WEBHOOK_ANSWER, WEBHOOK_PAYLOAD

# The rule direction of everything about webhooks (payloads and answers alike).
WEBHOOK = "webhook"

BREAKING, COMPATIBLE, DOCS_ONLY = "breaking", "compatible", "docs-only"
SEVERITIES = (BREAKING, COMPATIBLE, DOCS_ONLY)
BUMPS = {BREAKING: "major", COMPATIBLE: "minor", DOCS_ONLY: "patch"}
TYPE_ASPECTS = ("type", "enum", "format", "bounds", "length", "pattern", "items", "content-schema")
NARROWED, WIDENED, RETYPED = "narrowed", "widened", "changed"


@dataclass(frozen=True)
class Rule:
    id: str
    direction: str  # argument, response or webhook
    severity: str  # breaking, compatible or docs-only
    description: str


@dataclass(frozen=True)
class Finding:
    rule: Rule
    fact: Fact
    text: str  # what changed, in words

    @property
    def severity(self) -> str:
        return self.rule.severity

    @property
    def location(self) -> str:
        """Both places in the spec: the new one, and the old one when it differs."""
        new, old = self.fact.new_location, self.fact.old_location
        if new and old and new != old:
            return f"{new}, was {old}"
        return new or old or ""

    def sort_key(self) -> tuple[int, str, str, str]:
        return (SEVERITIES.index(self.severity), self.fact.where, self.fact.label, self.rule.id)


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    old_version: str | None
    new_version: str | None

    @property
    def bump(self) -> str:
        """major, minor or patch: what this change needs under SemVer at 1.0 and later."""
        for severity in SEVERITIES:
            if any(finding.severity == severity for finding in self.findings):
                return BUMPS[severity]
        return "patch"

    def count(self, severity: str) -> int:
        return sum(finding.severity == severity for finding in self.findings)


def _rules() -> dict[str, Rule]:
    rules: list[Rule] = [
        Rule("operation-added", ARGUMENT, COMPATIBLE, "a new method"),
        Rule("operation-removed", ARGUMENT, BREAKING, "a method is gone"),
        Rule("operation-method-renamed", ARGUMENT, BREAKING, "the same endpoint under another method name"),
        Rule("operation-body-changed", ARGUMENT, COMPATIBLE, "form body became multipart or back; the client copes"),
        Rule("operation-deprecated", ARGUMENT, COMPATIBLE, "a method is now deprecated"),
        Rule("operation-undeprecated", ARGUMENT, COMPATIBLE, "a method is no longer deprecated"),
        Rule("operation-retry-enabled", ARGUMENT, COMPATIBLE, "now safe to repeat: the client retries it"),
        Rule("operation-retry-disabled", ARGUMENT, COMPATIBLE, "no longer safe to repeat: the client stops retrying"),
        Rule("operation-docs-changed", ARGUMENT, DOCS_ONLY, "summary, description or rate limit text"),
        Rule("operation-paging-changed", RESPONSE, BREAKING, "a v2 method returns pages, or no longer does"),
        Rule("type-added", RESPONSE, COMPATIBLE, "a new TypedDict in nimserver.types"),
        Rule("type-removed", RESPONSE, BREAKING, "a TypedDict is gone from nimserver.types"),
        Rule("type-bases-changed", RESPONSE, BREAKING, "a TypedDict extends other TypedDicts"),
        Rule("type-docs-changed", RESPONSE, DOCS_ONLY, "the description of a TypedDict"),
        Rule("webhook-added", WEBHOOK, COMPATIBLE, "a new webhook"),
        Rule("webhook-removed", WEBHOOK, BREAKING, "a webhook is no longer sent"),
        Rule("webhook-docs-changed", WEBHOOK, DOCS_ONLY, "the summary or description of a webhook"),
        Rule("webhook-type-added", WEBHOOK, COMPATIBLE, "a new schema of webhook payloads"),
        Rule("webhook-type-removed", WEBHOOK, COMPATIBLE, "a schema of webhook payloads is gone (payloads say how)"),
        Rule("webhook-type-bases-changed", WEBHOOK, BREAKING, "a webhook schema extends other schemas"),
        Rule("webhook-type-docs-changed", WEBHOOK, DOCS_ONLY, "the description of a webhook schema"),
        Rule("status-code-added", RESPONSE, COMPATIBLE, "a newly documented status code"),
        Rule("status-code-removed", RESPONSE, COMPATIBLE, "a status code is no longer documented"),
        Rule("status-code-renamed", RESPONSE, COMPATIBLE, "the name of a status code"),
        Rule("status-code-error-changed", RESPONSE, BREAKING, "a status code raises another error class"),
        Rule("status-code-retry-changed", RESPONSE, COMPATIBLE, "whether the client retries on a status code"),
        Rule("status-code-docs-changed", RESPONSE, DOCS_ONLY, "the description of a status code"),
        Rule("error-class-added", RESPONSE, COMPATIBLE, "a new ApiError subclass"),
        Rule("error-class-removed", RESPONSE, BREAKING, "an ApiError subclass is gone"),
        Rule("server-added", ARGUMENT, COMPATIBLE, "a new region"),
        Rule("server-removed", ARGUMENT, BREAKING, "a region callers may pass is gone"),
        Rule("server-url-changed", ARGUMENT, COMPATIBLE, "a region's URL or backup URLs"),
        Rule("server-docs-changed", ARGUMENT, DOCS_ONLY, "the description of a region"),
        Rule("api-docs-changed", ARGUMENT, DOCS_ONLY, "the API's summary, description or tag texts"),
    ]
    for prefix, direction, builds in _MEMBER_PREFIXES.values():
        breaks_builders = BREAKING if builds else COMPATIBLE
        breaks_readers = COMPATIBLE if builds else BREAKING
        rules += [
            Rule(f"{prefix}-added-required", direction, breaks_builders, "a new required member"),
            Rule(f"{prefix}-added-optional", direction, COMPATIBLE, "a new optional member"),
            Rule(f"{prefix}-removed", direction, BREAKING, "a member is gone"),
            Rule(f"{prefix}-became-required", direction, breaks_builders, "an optional member is now required"),
            Rule(f"{prefix}-became-optional", direction, breaks_readers, "a required member may now be missing"),
            Rule(f"{prefix}-docs-changed", direction, DOCS_ONLY, "the description or examples of a member"),
        ]
        if prefix == "request-parameter":
            rules += [
                Rule(f"{prefix}-renamed-in-python", direction, BREAKING, "the keyword of an argument"),
                Rule(f"{prefix}-deprecation-changed", direction, COMPATIBLE, "an argument is (no longer) deprecated"),
                Rule(f"{prefix}-default-changed", direction, DOCS_ONLY, "the server's default, as documented"),
                Rule(f"{prefix}-moved", direction, COMPATIBLE, "a v2 argument travels elsewhere; calls are unchanged"),
            ]
    for prefix, direction, builds in _TYPE_PREFIXES.values():
        for aspect in TYPE_ASPECTS:
            for how in (NARROWED, WIDENED, RETYPED):
                severity = BREAKING if how == RETYPED or (how == NARROWED) == builds else COMPATIBLE
                rules.append(Rule(f"{prefix}-{aspect}-{how}", direction, severity, f"{aspect} {how}"))
    return {rule.id: rule for rule in rules}


# (subject, context) -> (rule id prefix, direction, whether callers build the value)
_MEMBER_PREFIXES = {
    (PARAMETER, ARGUMENT): ("request-parameter", ARGUMENT, True),
    (PROPERTY, ARGUMENT): ("request-property", ARGUMENT, True),
    (PROPERTY, RESPONSE): ("response-property", RESPONSE, False),
    (PROPERTY, WEBHOOK_PAYLOAD): ("webhook-property", WEBHOOK, False),
    (PROPERTY, WEBHOOK_ANSWER): ("webhook-answer-property", WEBHOOK, True),
}
_TYPE_PREFIXES = {
    **_MEMBER_PREFIXES,
    (RETURNS, RESPONSE): ("response-body", RESPONSE, False),
    (PAYLOAD, WEBHOOK_PAYLOAD): ("webhook-payload", WEBHOOK, False),
    (ANSWER, WEBHOOK_ANSWER): ("webhook-answer", WEBHOOK, True),
}

RULES = _rules()


def judge(facts: list[Fact], old_version: str | None = None, new_version: str | None = None) -> Report:
    """The findings for `facts`, breaking ones first."""
    findings: dict[tuple[str, str, str, str], Finding] = {}
    for fact in facts:
        for rule_id, text in _rule_ids(fact):
            finding = Finding(RULES[rule_id], fact, text)
            findings.setdefault((rule_id, fact.where, fact.member or "", fact.inside + fact.aspect), finding)
    return Report(tuple(sorted(findings.values(), key=Finding.sort_key)), old_version, new_version)


def _rule_ids(fact: Fact) -> list[tuple[str, str]]:
    """(rule id, text) for each finding a fact gives: one per direction for a member of a TypedDict."""
    subject, action, aspect = fact.subject, fact.action, fact.aspect
    if subject in (PARAMETER, PROPERTY, RETURNS, PAYLOAD, ANSWER):
        return [_member_rule(fact, context) for context in fact.directions]
    if subject == OPERATION:
        if action != CHANGED:
            return [(f"operation-{action}", f"method {action}")]
        if aspect == "method":
            return [("operation-method-renamed", f"method renamed from client.{fact.before}")]
        if aspect == "body":
            return [("operation-body-changed", f"body is now {fact.after or 'empty'}, was {fact.before or 'empty'}")]
        if aspect == "deprecated":
            return [
                (
                    "operation-deprecated" if fact.after else "operation-undeprecated",
                    "deprecated" if fact.after else "no longer deprecated",
                )
            ]
        if aspect == "paging":
            now = f"returns pages ({fact.after})" if fact.after else "no longer returns pages"
            return [("operation-paging-changed", now + (f", was {fact.before}" if fact.before else ""))]
        if aspect == "safe_to_repeat":
            enabled = bool(fact.after)
            return [
                (
                    "operation-retry-enabled" if enabled else "operation-retry-disabled",
                    "now safe to repeat: retried on failure" if enabled else "no longer safe to repeat: not retried",
                )
            ]
        return [("operation-docs-changed", "docs changed")]
    if subject in (TYPE, WEBHOOK_TYPE):
        if action != CHANGED:
            return [(f"{subject}-{action}", f"type {action}" + (f" ({fact.note})" if fact.note else ""))]
        if aspect == "bases":
            return [(f"{subject}-bases-changed", f"now extends {_names(fact.after)}, was {_names(fact.before)}")]
        return [(f"{subject}-docs-changed", "docs changed")]
    if subject == WEBHOOK_SUBJECT:
        return [
            (
                f"webhook-{action}" if action != CHANGED else "webhook-docs-changed",
                f"webhook {action}" if action != CHANGED else "docs changed",
            )
        ]
    if subject == STATUS_CODE:
        if action != CHANGED:
            entry = fact.after or fact.before
            return [(f"status-code-{action}", f"{entry['name']} {action}")]
        if aspect == "name":
            return [("status-code-renamed", f"now named {fact.after}, was {fact.before}")]
        if aspect == "error":
            return [
                ("status-code-error-changed", f"raises {fact.after or 'ApiError'}, was {fact.before or 'ApiError'}")
            ]
        if aspect == "retry":
            return [("status-code-retry-changed", "now retried" if fact.after else "no longer retried")]
        return [("status-code-docs-changed", "docs changed")]
    if subject == ERROR_CLASS:
        return [(f"error-class-{action}", f"error class {action}")]
    if subject == SERVER:
        if action != CHANGED:
            return [(f"server-{action}", f"region {action} ({fact.after or fact.before})")]
        if aspect == "docs":
            return [("server-docs-changed", "docs changed")]
        return [
            (
                "server-url-changed",
                f"{aspect.replace('_', ' ')} now {_show_value(fact.after)}, was {_show_value(fact.before)}",
            )
        ]
    assert subject == API, subject
    return [("api-docs-changed", "docs changed")]


def _member_rule(fact: Fact, context: str) -> tuple[str, str]:
    prefix = _TYPE_PREFIXES[(fact.subject, context)][0]
    noun = {PARAMETER: "argument", PROPERTY: "key"}.get(fact.subject)
    named = (
        f"{noun} '{fact.label}'"
        if noun
        else {RETURNS: "the return type", PAYLOAD: "the payload", ANSWER: "the answer"}[fact.subject]
    )
    note = f" ({fact.note})" if fact.note else ""
    if fact.action == ADDED:
        required = bool(fact.after and fact.after.get("required"))
        return (
            f"{prefix}-added-{'required' if required else 'optional'}",
            f"{'required ' if required else ''}{named} added{note}",
        )
    if fact.action == REMOVED:
        return f"{prefix}-removed", f"{named} removed{note}"
    aspect = fact.aspect
    if aspect == "required":
        return (
            (f"{prefix}-became-required", f"{named} is now required")
            if fact.after
            else (f"{prefix}-became-optional", f"{named} is now optional")
        )
    if aspect == "name":
        return f"{prefix}-renamed-in-python", f"{named} was '{fact.before}' in Python"
    if aspect == "deprecated":
        return f"{prefix}-deprecation-changed", f"{named} {'is now' if fact.after else 'is no longer'} deprecated"
    if aspect == "default":
        return f"{prefix}-default-changed", f"{named}: default now {fact.after!r}, was {fact.before!r}"
    if aspect == "where":
        return f"{prefix}-moved", f"{named}: now sent in the {fact.after}, was in the {fact.before}"
    if aspect == "docs":
        return f"{prefix}-docs-changed", f"{named}: docs changed"
    how = _how(aspect, fact.before, fact.after)
    what = "type" if aspect == "type" else aspect.replace("-", " ")
    return (
        f"{prefix}-{aspect}-{how}",
        f"{fact.inside}{named}: {what} {how}: {_describe(aspect, fact.after)}, was {_describe(aspect, fact.before)}",
    )


def _how(aspect: str, before: Any, after: Any) -> str:
    """narrowed, widened or changed: whether `after` admits fewer values, more, or others."""
    if aspect in ("type", "content-schema"):
        return WIDENED if within(before, after) else NARROWED if within(after, before) else RETYPED
    if aspect == "enum":
        was, now = set(map(repr, before)), set(map(repr, after))
        return WIDENED if was <= now else NARROWED if now <= was else RETYPED
    if aspect in ("format", "pattern"):
        # No constraint admits everything; two different ones are not comparable.
        return WIDENED if not after else NARROWED if not before else RETYPED
    return WIDENED if looser(after, before) else NARROWED if looser(before, after) else RETYPED


def within(inner: Any, outer: Any) -> bool:
    """Whether every value of type `inner` is also a value of type `outer` (structurally, conservatively)."""
    if inner == outer or "any" in outer:
        return True
    if "typeddict" in inner and "map" in outer:
        return "any" in outer["map"]  # a TypedDict is a dict[str, Any]
    members = outer.get("union")
    if members is not None:
        return all(any(within(one, member) for member in members) for one in inner.get("union", [inner]))
    if "union" in inner:
        return all(within(one, outer) for one in inner["union"])
    if "enum" in inner and "enum" in outer:
        return set(map(repr, inner["enum"])) <= set(map(repr, outer["enum"])) and looser(
            _rest(outer, "enum"), _rest(inner, "enum")
        )
    if "enum" in inner and "scalar" in outer:
        kinds: dict[str, tuple[type, ...]] = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}
        expected = kinds.get(outer["scalar"])
        return expected is not None and all(isinstance(value, expected) for value in inner["enum"]) and len(outer) == 1
    for container in ("list", "map", "json_text"):
        if container in inner and container in outer:
            return looser(_rest(outer, container), _rest(inner, container)) and within(
                inner[container], outer[container]
            )
    if "scalar" in inner and "scalar" in outer:
        same_kind = inner["scalar"] == outer["scalar"] or (inner["scalar"], outer["scalar"]) == ("int", "float")
        return same_kind and looser(_rest(outer, "scalar"), _rest(inner, "scalar"))
    return False


def _rest(kind: dict[str, Any], key: str) -> dict[str, Any]:
    return {name: value for name, value in kind.items() if name != key}


def looser(outer: dict[str, Any], inner: dict[str, Any]) -> bool:
    """Whether the constraints `outer` admit everything that the constraints `inner` admit."""
    for key, limit in outer.items():
        mine = inner.get(key)
        if mine is None or mine is False:
            if limit is False:
                continue
            return False
        if key in ("minimum", "exclusive_minimum", "min_length", "min_items"):
            if mine < limit:
                return False
        elif key in ("maximum", "exclusive_maximum", "max_length", "max_items"):
            if mine > limit:
                return False
        elif mine != limit:
            return False
    return True


def _describe(aspect: str, value: Any) -> str:
    if aspect in ("type", "content-schema"):
        return show(value)
    if aspect == "enum":
        return "one of " + ", ".join(map(repr, value))
    return ", ".join(f"{key.replace('_', ' ')} {item!r}" for key, item in value.items()) if value else "none"


def show(kind: Any) -> str:
    """A type of the snapshot, in short Python-like words."""
    if kind is None:
        return "nothing"
    if "scalar" in kind:
        return str(kind["scalar"])
    if "typeddict" in kind:
        return str(kind["typeddict"])
    if "enum" in kind:
        return "one of " + ", ".join(map(repr, kind["enum"]))
    if "union" in kind:
        return " | ".join(show(member) for member in kind["union"])
    if "binary" in kind:
        return "file"
    for container in ("list", "map", "json_text"):
        if container in kind:
            return f"{container}[{show(kind[container])}]"
    return "any value"


def _names(names: list[str]) -> str:
    return ", ".join(names) if names else "nothing"


def _show_value(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value)
