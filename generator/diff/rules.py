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

Each rule is one entry of RULES, with the function that matches a fact (and
gives the words of its finding); `judge` asks the rules of a fact's subject
and takes the one that matches, so adding a rule is adding one entry.

Type changes are judged by direction: narrowing what callers build breaks
them (a value they send may no longer be accepted), widening it does not;
widening what callers read breaks them (they meet values they do not
expect), narrowing it does not. A TypedDict used in both directions gets a
finding for each. The bump is the largest severity: breaking -> major,
compatible -> minor, docs-only (or nothing) -> patch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
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
from generator.model import Direction


class RuleDirection(StrEnum):
    """Whom a rule speaks for: callers that send (arguments), that read (responses), or the app server."""

    ARGUMENT = "argument"
    RESPONSE = "response"
    WEBHOOK = "webhook"  # everything about webhooks, payloads and answers alike


class Severity(StrEnum):
    """What a change asks of callers, most first."""

    BREAKING = "breaking"
    COMPATIBLE = "compatible"
    DOCS_ONLY = "docs-only"


ARGUMENT, RESPONSE, WEBHOOK = RuleDirection.ARGUMENT, RuleDirection.RESPONSE, RuleDirection.WEBHOOK
BREAKING, COMPATIBLE, DOCS_ONLY = Severity.BREAKING, Severity.COMPATIBLE, Severity.DOCS_ONLY
SEVERITIES = tuple(Severity)
BUMPS = {BREAKING: "major", COMPATIBLE: "minor", DOCS_ONLY: "patch"}
TYPE_ASPECTS = ("type", "enum", "format", "bounds", "length", "pattern", "items", "content-schema")
NARROWED, WIDENED, RETYPED = "narrowed", "widened", "changed"


# The text of a rule's finding for a fact it applies to, or None for a fact it does not.
Match = Callable[[Fact], str | None]


@dataclass(frozen=True)
class Rule:
    id: str
    direction: RuleDirection
    severity: Severity
    description: str
    subject: str = field(compare=False)  # the facts it looks at
    matches: Match = field(compare=False, repr=False)
    # A member rule (of a TypedDict key, an argument, a return type): the direction of use it judges.
    context: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Finding:
    rule: Rule
    fact: Fact
    text: str  # what changed, in words

    @property
    def severity(self) -> Severity:
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

    def count(self, severity: Severity) -> int:
        return sum(finding.severity == severity for finding in self.findings)


def _change(subject: str, aspect: str, text: Callable[[Fact], str], when: Callable[[Fact], bool] = bool) -> Match:
    """A fact of `subject` that changed in `aspect` (and for which `when` holds): `text` of it."""
    return lambda fact: (
        text(fact)
        if fact.subject == subject and fact.action == CHANGED and fact.aspect == aspect and when(fact)
        else None
    )


def _was(action: str, text: Callable[[Fact], str]) -> Match:
    """A fact of the rule's subject that was added or removed: `text` of it."""
    return lambda fact: text(fact) if fact.action == action else None


def variants_narrowed(before: Any, after: Any) -> bool:
    """Whether some body accepted before by its type's shape is refused after: a type that gained a shape,
    or whose shape needs more keys or holds other key types (conservatively: any change of a shape)."""
    was = (before or {}).get("cases", {})
    now = (after or {}).get("cases", {})
    if before and after and before.get("key") != after.get("key"):
        return bool(now)
    return any(
        value not in was
        or not set(shape["required"]) <= set(was[value]["required"])
        or any(was[value]["keys"].get(name) != kind for name, kind in shape["keys"].items())
        for value, shape in now.items()
    )


def _built_narrower(fact: Fact) -> bool:
    return ARGUMENT.value in fact.directions and variants_narrowed(fact.before, fact.after)


def _variants_text(fact: Fact) -> str:
    was = set((fact.before or {}).get("cases", {}))
    now = set((fact.after or {}).get("cases", {}))
    key = (fact.after or fact.before or {}).get("key", "type")
    parts = [f"{key} {value} now has a shape" for value in sorted(now - was)]
    parts += [f"{key} {value} no longer has one" for value in sorted(was - now)]
    changed = [value for value in sorted(now & was) if fact.before["cases"][value] != fact.after["cases"][value]]
    parts += [f"the shape of {key} {value} changed" for value in changed]
    return "bodies by type: " + "; ".join(parts)


def _fixed_rules() -> list[Rule]:
    """The rules of operations, types, webhooks, status codes, servers and the API's text."""
    rules = [
        Rule("operation-added", ARGUMENT, COMPATIBLE, "a new method", OPERATION, _was(ADDED, lambda _: "method added")),
        Rule(
            "operation-removed",
            ARGUMENT,
            BREAKING,
            "a method is gone",
            OPERATION,
            _was(REMOVED, lambda _: "method removed"),
        ),
        Rule(
            "operation-method-renamed",
            ARGUMENT,
            BREAKING,
            "the same endpoint under another method name",
            OPERATION,
            _change(OPERATION, "method", lambda fact: f"method renamed from client.{fact.before}"),
        ),
        Rule(
            "operation-body-changed",
            ARGUMENT,
            COMPATIBLE,
            "form body became multipart or back; the client copes",
            OPERATION,
            _change(
                OPERATION, "body", lambda fact: f"body is now {fact.after or 'empty'}, was {fact.before or 'empty'}"
            ),
        ),
        Rule(
            "operation-deprecated",
            ARGUMENT,
            COMPATIBLE,
            "a method is now deprecated",
            OPERATION,
            _change(OPERATION, "deprecated", lambda _: "deprecated", _now),
        ),
        Rule(
            "operation-undeprecated",
            ARGUMENT,
            COMPATIBLE,
            "a method is no longer deprecated",
            OPERATION,
            _change(OPERATION, "deprecated", lambda _: "no longer deprecated", _no_longer),
        ),
        Rule(
            "operation-retry-enabled",
            ARGUMENT,
            COMPATIBLE,
            "now safe to repeat: the client retries it",
            OPERATION,
            _change(OPERATION, "safe_to_repeat", lambda _: "now safe to repeat: retried on failure", _now),
        ),
        Rule(
            "operation-retry-disabled",
            ARGUMENT,
            COMPATIBLE,
            "no longer safe to repeat: the client stops retrying",
            OPERATION,
            _change(OPERATION, "safe_to_repeat", lambda _: "no longer safe to repeat: not retried", _no_longer),
        ),
        Rule(
            "operation-docs-changed",
            ARGUMENT,
            DOCS_ONLY,
            "summary, description or rate limit text",
            OPERATION,
            _change(OPERATION, "docs", lambda _: "docs changed"),
        ),
        Rule(
            "operation-paging-changed",
            RESPONSE,
            BREAKING,
            "a v2 method returns pages, or no longer does",
            OPERATION,
            _change(
                OPERATION,
                "paging",
                lambda fact: (f"returns pages ({fact.after})" if fact.after else "no longer returns pages")
                + (f", was {fact.before}" if fact.before else ""),
            ),
        ),
    ]
    rules += [
        Rule(
            "operation-body-variants-narrowed",
            ARGUMENT,
            BREAKING,
            "a body of some type needs more: a type gained a shape, keys it needs or narrower keys",
            OPERATION,
            _change(OPERATION, "variants", _variants_text, lambda fact: variants_narrowed(fact.before, fact.after)),
        ),
        Rule(
            "operation-body-variants-widened",
            ARGUMENT,
            COMPATIBLE,
            "a body of some type needs less: a type lost its shape (it takes any body), or needs fewer keys",
            OPERATION,
            _change(OPERATION, "variants", _variants_text, lambda fact: not variants_narrowed(fact.before, fact.after)),
        ),
        Rule(
            "type-variants-narrowed",
            ARGUMENT,
            BREAKING,
            "a TypedDict callers build needs more for some type of it",
            TYPE,
            _change(TYPE, "variants", _variants_text, lambda fact: _built_narrower(fact)),
        ),
        Rule(
            "type-variants-changed",
            RESPONSE,
            COMPATIBLE,
            "the shapes by type of a TypedDict changed, none narrower for callers who build it",
            TYPE,
            _change(TYPE, "variants", _variants_text, lambda fact: not _built_narrower(fact)),
        ),
        Rule(
            "webhook-type-variants-changed",
            WEBHOOK,
            COMPATIBLE,
            "the shapes by type of a webhook payload changed (its TypedDicts per type say how)",
            WEBHOOK_TYPE,
            _change(WEBHOOK_TYPE, "variants", _variants_text),
        ),
    ]
    for subject, direction in ((TYPE, RESPONSE), (WEBHOOK_TYPE, WEBHOOK)):
        noun = "a TypedDict" if subject == TYPE else "a webhook schema"
        added = "a new TypedDict in nimserver.types" if subject == TYPE else "a new schema of webhook payloads"
        removed = (
            (BREAKING, "a TypedDict is gone from nimserver.types")
            if subject == TYPE
            else (COMPATIBLE, "a schema of webhook payloads is gone (payloads say how)")
        )
        rules += [
            Rule(f"{subject}-added", direction, COMPATIBLE, added, subject, _was(ADDED, _type_text)),
            Rule(f"{subject}-removed", direction, *removed, subject, _was(REMOVED, _type_text)),
            Rule(
                f"{subject}-bases-changed",
                direction,
                BREAKING,
                f"{noun} extends other {'TypedDicts' if subject == TYPE else 'schemas'}",
                subject,
                _change(subject, "bases", lambda fact: f"now extends {_names(fact.after)}, was {_names(fact.before)}"),
            ),
            Rule(
                f"{subject}-docs-changed",
                direction,
                DOCS_ONLY,
                f"the description of {noun}",
                subject,
                _change(subject, "docs", lambda _: "docs changed"),
            ),
        ]
    rules += [
        Rule(
            "webhook-added",
            WEBHOOK,
            COMPATIBLE,
            "a new webhook",
            WEBHOOK_SUBJECT,
            _was(ADDED, lambda _: "webhook added"),
        ),
        Rule(
            "webhook-removed",
            WEBHOOK,
            BREAKING,
            "a webhook is no longer sent",
            WEBHOOK_SUBJECT,
            _was(REMOVED, lambda _: "webhook removed"),
        ),
        Rule(
            "webhook-docs-changed",
            WEBHOOK,
            DOCS_ONLY,
            "the summary or description of a webhook",
            WEBHOOK_SUBJECT,
            _change(WEBHOOK_SUBJECT, "docs", lambda _: "docs changed"),
        ),
        Rule(
            "status-code-added",
            RESPONSE,
            COMPATIBLE,
            "a newly documented status code",
            STATUS_CODE,
            _was(ADDED, lambda fact: f"{fact.after['name']} added"),
        ),
        Rule(
            "status-code-removed",
            RESPONSE,
            COMPATIBLE,
            "a status code is no longer documented",
            STATUS_CODE,
            _was(REMOVED, lambda fact: f"{fact.before['name']} removed"),
        ),
        Rule(
            "status-code-renamed",
            RESPONSE,
            COMPATIBLE,
            "the name of a status code",
            STATUS_CODE,
            _change(STATUS_CODE, "name", lambda fact: f"now named {fact.after}, was {fact.before}"),
        ),
        Rule(
            "status-code-error-changed",
            RESPONSE,
            BREAKING,
            "a status code raises another error class",
            STATUS_CODE,
            _change(
                STATUS_CODE,
                "error",
                lambda fact: f"raises {fact.after or 'ApiError'}, was {fact.before or 'ApiError'}",
            ),
        ),
        Rule(
            "status-code-retry-changed",
            RESPONSE,
            COMPATIBLE,
            "whether the client retries on a status code",
            STATUS_CODE,
            _change(STATUS_CODE, "retry", lambda fact: "now retried" if fact.after else "no longer retried"),
        ),
        Rule(
            "status-code-docs-changed",
            RESPONSE,
            DOCS_ONLY,
            "the description of a status code",
            STATUS_CODE,
            _change(STATUS_CODE, "docs", lambda _: "docs changed"),
        ),
        Rule(
            "error-class-added",
            RESPONSE,
            COMPATIBLE,
            "a new ApiError subclass",
            ERROR_CLASS,
            _was(ADDED, lambda _: "error class added"),
        ),
        Rule(
            "error-class-removed",
            RESPONSE,
            BREAKING,
            "an ApiError subclass is gone",
            ERROR_CLASS,
            _was(REMOVED, lambda _: "error class removed"),
        ),
        Rule(
            "server-added",
            ARGUMENT,
            COMPATIBLE,
            "a new region",
            SERVER,
            _was(ADDED, lambda f: f"region added ({f.after})"),
        ),
        Rule(
            "server-removed",
            ARGUMENT,
            BREAKING,
            "a region callers may pass is gone",
            SERVER,
            _was(REMOVED, lambda fact: f"region removed ({fact.before})"),
        ),
        Rule(
            "server-url-changed",
            ARGUMENT,
            COMPATIBLE,
            "a region's URL or backup URLs",
            SERVER,
            _either(_change(SERVER, aspect, _server_url_text) for aspect in ("url", "backup_urls")),
        ),
        Rule(
            "server-docs-changed",
            ARGUMENT,
            DOCS_ONLY,
            "the description of a region",
            SERVER,
            _change(SERVER, "docs", lambda _: "docs changed"),
        ),
        Rule(
            "api-docs-changed",
            ARGUMENT,
            DOCS_ONLY,
            "the API's summary, description or tag texts",
            API,
            _change(API, "docs", lambda _: "docs changed"),
        ),
    ]
    return rules


def _now(fact: Fact) -> bool:
    """A flag that is now set."""
    return bool(fact.after)


def _no_longer(fact: Fact) -> bool:
    return not fact.after


def _either(matches: Iterable[Match]) -> Match:
    """The first of `matches` that applies."""
    listed = list(matches)
    return lambda fact: next((text for match in listed if (text := match(fact)) is not None), None)


def _type_text(fact: Fact) -> str:
    return f"type {fact.action}" + (f" ({fact.note})" if fact.note else "")


def _server_url_text(fact: Fact) -> str:
    return f"{fact.aspect.replace('_', ' ')} now {_show_value(fact.after)}, was {_show_value(fact.before)}"


def _member_rules(subject: str, context: str) -> list[Rule]:
    """The rules of a member (argument, TypedDict key) or a whole value (return type, payload, answer) of `subject`
    used in `context`: its rule ids start with the prefix _TYPE_PREFIXES gives."""
    prefix, direction, builds = _TYPE_PREFIXES[(subject, context)]
    breaks_builders = BREAKING if builds else COMPATIBLE
    breaks_readers = COMPATIBLE if builds else BREAKING
    rules: list[Rule] = []

    def add(suffix: str, severity: Severity, description: str, matches: Match) -> None:
        rule = Rule(f"{prefix}-{suffix}", direction, severity, description, subject, matches, context)
        rules.append(rule)

    def required(fact: Fact) -> bool:
        return bool(fact.after and fact.after.get("required"))

    def changed(aspect: str, text: Callable[[Fact, str], str], when: Callable[[Fact], bool] = bool) -> Match:
        return _change(subject, aspect, lambda fact: text(fact, _named(fact)), when)

    if (subject, context) in _MEMBER_PREFIXES:
        add(
            "added-required",
            breaks_builders,
            "a new required member",
            lambda fact: (
                f"required {_named(fact)} added{_note(fact)}" if fact.action == ADDED and required(fact) else None
            ),
        )
        add(
            "added-optional",
            COMPATIBLE,
            "a new optional member",
            lambda fact: f"{_named(fact)} added{_note(fact)}" if fact.action == ADDED and not required(fact) else None,
        )
        add("removed", BREAKING, "a member is gone", _was(REMOVED, lambda fact: f"{_named(fact)} removed{_note(fact)}"))
        add(
            "became-required",
            breaks_builders,
            "an optional member is now required",
            changed("required", lambda _, named: f"{named} is now required", _now),
        )
        add(
            "became-optional",
            breaks_readers,
            "a required member may now be missing",
            changed("required", lambda _, named: f"{named} is now optional", _no_longer),
        )
        add(
            "docs-changed",
            DOCS_ONLY,
            "the description or examples of a member",
            changed("docs", lambda _, named: f"{named}: docs changed"),
        )
    if prefix == "request-parameter":
        add(
            "renamed-in-python",
            BREAKING,
            "the keyword of an argument",
            changed("name", lambda fact, named: f"{named} was '{fact.before}' in Python"),
        )
        add(
            "deprecation-changed",
            COMPATIBLE,
            "an argument is (no longer) deprecated",
            changed(
                "deprecated",
                lambda fact, named: f"{named} {'is now' if fact.after else 'is no longer'} deprecated",
            ),
        )
        add(
            "default-changed",
            DOCS_ONLY,
            "the server's default, as documented",
            changed("default", lambda fact, named: f"{named}: default now {fact.after!r}, was {fact.before!r}"),
        )
        add(
            "moved",
            COMPATIBLE,
            "a v2 argument travels elsewhere; calls are unchanged",
            changed("where", lambda fact, named: f"{named}: now sent in the {fact.after}, was in the {fact.before}"),
        )
    for aspect in TYPE_ASPECTS:
        for how in (NARROWED, WIDENED, RETYPED):
            severity = BREAKING if how == RETYPED or (how == NARROWED) == builds else COMPATIBLE
            add(f"{aspect}-{how}", severity, f"{aspect} {how}", _type_change(subject, aspect, how))
    return rules


def _type_change(subject: str, aspect: str, how: str) -> Match:
    what = "type" if aspect == "type" else aspect.replace("-", " ")

    def text(fact: Fact) -> str:
        return (
            f"{fact.inside}{_named(fact)}: {what} {how}: {_describe(aspect, fact.after)},"
            f" was {_describe(aspect, fact.before)}"
        )

    return _change(subject, aspect, text, lambda fact: _how(aspect, fact.before, fact.after) == how)


def _named(fact: Fact) -> str:
    """The member of a fact as a caller names it."""
    noun = {PARAMETER: "argument", PROPERTY: "key"}.get(fact.subject)
    if noun:
        return f"{noun} '{fact.label}'"
    return {RETURNS: "the return type", PAYLOAD: "the payload", ANSWER: "the answer"}[fact.subject]


def _note(fact: Fact) -> str:
    return f" ({fact.note})" if fact.note else ""


# (subject, context) -> (rule id prefix, direction, whether callers build the value)
_MEMBER_PREFIXES: dict[tuple[str, str], tuple[str, RuleDirection, bool]] = {
    (PARAMETER, Direction.ARGUMENT): ("request-parameter", ARGUMENT, True),
    (PROPERTY, Direction.ARGUMENT): ("request-property", ARGUMENT, True),
    (PROPERTY, Direction.RESPONSE): ("response-property", RESPONSE, False),
    (PROPERTY, Direction.WEBHOOK_PAYLOAD): ("webhook-property", WEBHOOK, False),
    (PROPERTY, Direction.WEBHOOK_ANSWER): ("webhook-answer-property", WEBHOOK, True),
}
_TYPE_PREFIXES: dict[tuple[str, str], tuple[str, RuleDirection, bool]] = {
    **_MEMBER_PREFIXES,
    (RETURNS, Direction.RESPONSE): ("response-body", RESPONSE, False),
    (PAYLOAD, Direction.WEBHOOK_PAYLOAD): ("webhook-payload", WEBHOOK, False),
    (ANSWER, Direction.WEBHOOK_ANSWER): ("webhook-answer", WEBHOOK, True),
}
# Facts about these are judged once for each direction they are used in (fact.directions).
_MEMBER_SUBJECTS = frozenset(subject for subject, _ in _TYPE_PREFIXES)

RULES: dict[str, Rule] = {
    rule.id: rule for rule in [*_fixed_rules(), *(rule for key in _TYPE_PREFIXES for rule in _member_rules(*key))]
}
# The rules that may match a fact, by its subject and the direction it is judged in.
_CANDIDATES: dict[tuple[str, str | None], list[Rule]] = {}
for _one in RULES.values():
    _CANDIDATES.setdefault((_one.subject, _one.context), []).append(_one)


def judge(facts: list[Fact], old_version: str | None = None, new_version: str | None = None) -> Report:
    """The findings for `facts`, breaking ones first: for each fact (in each direction a member is used in),
    the one rule that matches it."""
    findings: dict[tuple[str, str, str, str], Finding] = {}
    for fact in facts:
        contexts = fact.directions if fact.subject in _MEMBER_SUBJECTS else (None,)
        for context in contexts:
            matched = [
                Finding(rule, fact, text)
                for rule in _CANDIDATES.get((fact.subject, context), [])
                if (text := rule.matches(fact)) is not None
            ]
            assert len(matched) == 1, f"{len(matched)} rules match {fact}"
            finding = matched[0]
            findings.setdefault((finding.rule.id, fact.where, fact.member or "", fact.inside + fact.aspect), finding)
    return Report(tuple(sorted(findings.values(), key=Finding.sort_key)), old_version, new_version)


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
