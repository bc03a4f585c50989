"""The registry of spec rules: each rule's id, level, summary and example, and for those that
validation checks, the function of the view (generator/rules/view.py) that finds its problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from generator.rules.view import Found, SpecView

ERROR, WARNING = "error", "warning"

Check = Callable[[SpecView], Iterable[Found]]


@dataclass(frozen=True)
class SpecRule:
    id: str
    summary: str  # what the rule asks, in one line
    example: str  # a piece of spec that breaks it
    level: str = ERROR
    check: Check | None = None  # how validation finds its problems; None: found by another stage
    stage: str = "validate"  # or "load": as the files are read


RULES: dict[str, SpecRule] = {}


def _register(rule: SpecRule) -> None:
    assert rule.id not in RULES, rule.id
    assert (rule.check is not None) == (rule.stage == "validate"), rule.id
    RULES[rule.id] = rule


def rule(rule_id: str, summary: str, example: str, level: str = ERROR) -> Callable[[Check], Check]:
    """A rule that validation checks: a function of the view, yielding what it finds."""

    def register(check: Check) -> Check:
        _register(SpecRule(rule_id, summary, example, level=level, check=check))
        return check

    return register


def loaded(rule_id: str, summary: str, example: str, level: str = ERROR) -> None:
    """A rule that reading the files checks (generator/load.py), before there is a document to view."""
    _register(SpecRule(rule_id, summary, example, level=level, stage="load"))
