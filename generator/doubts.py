"""The spec's doubts (`x-doubt`) as typed records, and what they mean for the client's checks.

A doubt says which kind of fact of a node is uncertain, the sources on each
side, what would settle it and the evidence gathered since. A doubt whose
evidence has a `settles` verdict is settled: the fact stands like any other.
An open doubt of a kind the client checks (CHECKED_KINDS) softens the checks
that rest on it: they warn instead of refusing (see runtime/_doubts.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from generator.errors import Location
from generator.extensions import DOUBT_KINDS, extension, subschemas
from generator.load import SpecDict
from generator.pytypes import DIGITS, AnyValue, Enum, JsonText, ListOf, MapOf, PyType, Scalar, Union, union


class DoubtKind(StrEnum):
    """What kind of fact a doubt is about (the `about` of an x-doubt record)."""

    NAME = "name"
    PRESENCE = "presence"
    REQUIRED = "required"
    TYPE = "type"
    LIMIT = "limit"
    ENUM = "enum"
    MEANING = "meaning"
    DEFAULT = "default"
    VERB = "verb"
    PATH = "path"
    RESPONSE = "response"


assert tuple(DoubtKind) == DOUBT_KINDS, "DoubtKind must list extensions.DOUBT_KINDS, in order"

# The kinds of fact the client's argument checks enforce: an open doubt of one of them softens the check.
CHECKED_KINDS = frozenset({DoubtKind.REQUIRED, DoubtKind.TYPE, DoubtKind.LIMIT, DoubtKind.ENUM})


class Verdict(StrEnum):
    """What a piece of evidence does to a doubt."""

    SETTLES = "settles"  # the fact is now known as the spec states it (or the spec was corrected)
    SUPPORTS = "supports"  # it leans to the spec's reading without settling it
    CONTRADICTS = "contradicts"  # it leans against the spec's reading


@dataclass(frozen=True)
class Evidence:
    """One observation gathered about a doubt."""

    date: str  # YYYY-MM-DD
    source: str
    observed: str
    verdict: Verdict


@dataclass(frozen=True)
class Doubt:
    """One x-doubt record, with the line it is written on."""

    kind: DoubtKind
    what: str
    sources_for: tuple[str, ...]  # empty: inferred, with no source
    sources_against: tuple[str, ...]
    settle: str  # the observation that would settle it
    evidence: tuple[Evidence, ...]
    location: Location

    @property
    def settled(self) -> bool:
        return any(item.verdict == Verdict.SETTLES for item in self.evidence)

    @property
    def inferred(self) -> bool:
        return not self.sources_for

    @property
    def softens(self) -> bool:
        """An open doubt about a fact the client checks: that check warns instead of refusing."""
        return not self.settled and self.kind in CHECKED_KINDS


def doubts_of(node: Any) -> tuple[Doubt, ...]:
    """The doubts written on one node (an operation, body, parameter or schema)."""
    if not isinstance(node, SpecDict):
        return ()
    records = extension(node, "x-doubt")
    return tuple(_doubt(record, records.where(index)) for index, record in enumerate(records))


def _doubt(record: Any, location: Location) -> Doubt:
    return Doubt(
        kind=DoubtKind(record["about"]),
        what=" ".join(str(record["what"]).split()),
        sources_for=tuple(str(source) for source in record["for"]),
        sources_against=tuple(str(source) for source in record.get("against") or ()),
        settle=" ".join(str(record["settle"]).split()),
        evidence=tuple(
            Evidence(str(item["date"]), str(item["source"]), str(item["observed"]), Verdict(item["verdict"]))
            for item in record.get("evidence") or ()
        ),
        location=location,
    )


def doubts_within(schema: Any, text_content: bool = False) -> tuple[Doubt, ...]:
    """The doubts on a schema and on the schemas inside it that do not become TypedDicts of their own
    (its items, the schema of its JSON text): a field's or key's doubts, whichever node states them."""
    found = list(doubts_of(schema))
    if isinstance(schema, SpecDict) and not _typed_dict(schema):
        inner = list(subschemas(schema))
        if text_content and isinstance(schema.get("contentSchema"), SpecDict):
            inner.append(schema["contentSchema"])
        for part in inner:
            if isinstance(part, SpecDict) and not _typed_dict(part):
                found.extend(doubts_within(part))
    return tuple(dict.fromkeys(found))


def _typed_dict(schema: SpecDict) -> bool:
    """A schema that becomes a TypedDict: its keys carry their own doubts."""
    return bool(schema.get("properties")) or "allOf" in schema


def fake_doubts(node: Any, inherited: tuple[Doubt, ...] = ()) -> tuple[Doubt, ...]:
    """The open doubts that cover a schema's own keywords, for the test double (`_spec.json`): its own, and
    those of the inline schema it is inside (`inherited`, as `relaxed_type` covers them); a component
    reached by $ref has only its own. Each is written on every node it covers, so the test double reads
    the doubts of the node a keyword failed at and nothing else."""
    outer = inherited if not isinstance(node, SpecDict) or node.ref_name is None else ()
    return tuple(dict.fromkeys(outer + tuple(doubt for doubt in doubts_of(node) if doubt.softens)))


def fake_doubts_data(doubts: tuple[Doubt, ...]) -> list[dict[str, str]]:
    return [{"about": doubt.kind.value, "what": doubt.what, "settle": doubt.settle} for doubt in doubts]


def softening(doubts: tuple[Doubt, ...]) -> tuple[Doubt, ...]:
    """The open doubts that soften a value's check (required-ness is the caller's, not the value's)."""
    return tuple(doubt for doubt in doubts if doubt.softens and doubt.kind != DoubtKind.REQUIRED)


def doubts_required(doubts: tuple[Doubt, ...]) -> tuple[Doubt, ...]:
    """The open doubts about whether a field or key must be given."""
    return tuple(doubt for doubt in doubts if doubt.softens and doubt.kind == DoubtKind.REQUIRED)


def relaxed_type(kind: PyType, schema: Any, inherited: frozenset[DoubtKind] = frozenset()) -> PyType | None:
    """The type a value must still have when the open doubts on `schema` (the schema `kind` was built
    from) and on the schemas inside it are set aside, or None when no doubt softens it.

    A doubt covers the facts of its own node and of the inline schemas inside it (its items, the
    schema of its JSON text), so a field's doubt may be about a limit its items or its JSON state; a
    component reached by $ref is a fact of its own, with its own doubts. `inherited`: the kinds doubted
    on the node that holds `schema` (a parameter's own doubts).
    """
    loose = _relax(kind, schema, inherited, top=True)
    return None if loose == kind else loose


def _relax(kind: PyType, schema: Any, inherited: frozenset[DoubtKind], top: bool = False) -> PyType:
    if not isinstance(schema, SpecDict):
        return kind
    own = frozenset(doubt.kind for doubt in softening(doubts_of(schema)))
    kinds = own | (inherited if top or schema.ref_name is None else frozenset())
    if DoubtKind.TYPE in kinds:
        return JsonText(AnyValue()) if isinstance(kind, JsonText) else AnyValue()
    limits = DoubtKind.LIMIT in kinds
    if isinstance(kind, Enum):
        if DoubtKind.ENUM in kinds:
            return union([Scalar(_SCALAR_OF.get(type(value), "None")) for value in kind.values])
        return replace(kind, constraints=_format_only(kind)) if limits else kind
    if isinstance(kind, Scalar):
        return replace(kind, constraints=_format_only(kind)) if limits else kind
    if isinstance(kind, JsonText):
        of = _relax(kind.of, schema.get("contentSchema"), kinds)
        return JsonText(of, _format_only(kind) if limits else kind.constraints)
    if isinstance(kind, ListOf):
        item = _relax(kind.item, schema.get("items"), kinds)
        return ListOf(item, _format_only(kind) if limits else kind.constraints)
    if isinstance(kind, MapOf):
        return MapOf(_relax(kind.value, schema.get("additionalProperties"), kinds))
    if isinstance(kind, Union):
        # Members of one node (a type list, an id that also takes its decimal text) or of anyOf/oneOf:
        # each member is relaxed by the kinds doubted here. The decimal text of an id keeps its pattern.
        return union(
            [member if member == DIGITS else _relax(member, SpecDict(), kinds, top=True) for member in kind.members]
        )
    return kind  # a TypedDict (its keys carry their own doubts), a file, any value


_SCALAR_OF = {str: "str", bool: "bool", int: "int", float: "float"}


def _format_only(kind: Scalar | Enum | ListOf | JsonText) -> Any:
    """Its constraints less every limit: only the format (int32, int64: a type fact) is kept."""
    return type(kind.constraints)(format=kind.constraints.format)
