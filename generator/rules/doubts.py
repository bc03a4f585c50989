"""Rules of the spec's doubts (`x-doubt` records)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from generator.load import SpecDict, SpecList
from generator.rules.registry import rule
from generator.rules.view import Found, SpecView

# --- The spec's doubts (x-doubt) ------------------------------------------------------------------------
# The shape of each record is the extension's schema (extension-value); these rules ask what the shape
# cannot: that a required-ness doubt stands where a field can be required (the client then lets that field
# be left out), that a verb doubt stands on an operation, and that evidence is dated with a real day. A doubt
# about a limit or values the node does not state, or a cap enforced by the server, is a doubt like any
# other: the spec's own records use them so, and the client has no check for them to soften.


def _doubts(view: SpecView) -> Iterator[tuple[str, SpecDict, SpecList, int, str]]:
    """Every x-doubt record with a known kind: its node's place, the node, the list, its index and kind."""
    for place, node in view.places:
        records = node.get("x-doubt")
        if not isinstance(records, SpecList):
            continue
        for index, record in enumerate(records):
            if isinstance(record, SpecDict) and isinstance(record.get("about"), str):
                yield place, node, records, index, record["about"]


@rule("doubt-verb-place", "a doubt about the verb is on the operation", "`x-doubt: [{about: verb, ...}]` on a property")
def _doubt_verb_places(view: SpecView) -> Iterator[Found]:
    for place, _, records, index, kind in _doubts(view):
        if kind == "verb" and place != "operation":
            yield records, index, f"a doubt about the verb belongs on the operation, not on a {place}"


@rule(
    "doubt-required-place",
    "a doubt about required-ness is on a property's schema, a parameter, or an object schema (about its `required` list)",
    "`x-doubt: [{about: required, ...}]` on `{type: string}` under `items`",
)
def _doubt_required_places(view: SpecView) -> Iterator[Found]:
    properties = {
        id(value)
        for schema in view.schemas
        if isinstance(schema.get("properties"), SpecDict)
        for value in schema["properties"].values()
    }
    for place, node, records, index, kind in _doubts(view):
        listing = "required" in node or "properties" in node  # an object whose required list is doubted
        if kind == "required" and place == "schema" and id(node) not in properties and not listing:
            yield records, index, (
                "a doubt about required-ness must be on a property's schema, a parameter or an object schema"
            )


@rule("doubt-evidence-date", "each piece of evidence has a real calendar date (YYYY-MM-DD)", "`date: 2026-02-30`")
def _doubt_evidence_dates(view: SpecView) -> Iterator[Found]:
    for _, _, records, index, _ in _doubts(view):
        evidence = records[index].get("evidence")
        for item in evidence if isinstance(evidence, SpecList) else ():
            date = item.get("date") if isinstance(item, SpecDict) else None
            if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
                try:
                    datetime.date.fromisoformat(date)
                except ValueError:
                    yield item, "date", f"evidence date {date} is not a calendar date"
