"""Checks that rest on facts the spec itself doubts, and the client's policy for them.

The spec marks what it is unsure of (`x-doubt`: a required flag read from one
SDK's habits, a limit from one page). Where an argument's check rests on an
open doubt about its required-ness, type, limits or allowed values, the
generator wraps that check in `Doubted` (or lists the doubt in the field's
`required_doubts`, or wraps the object in `doubted_keys`). What such a check
does when a value breaks it is the client's `spec_doubts` policy:

- ``"warn"`` (the default): the call is sent, and a `SpecDoubtWarning` names
  the argument, the rule it breaks and the doubt, at the caller's line (so
  Python's default filter shows it once per line of the caller's code). A
  value that breaks a fact nobody doubts is refused as always.
- ``"refuse"``: doubted facts are enforced like the others.
- ``"types-only"``: only wrong types are refused; a limit, an allowed value
  or a required field, doubted or not, is left to the server, without
  warnings (the caller has chosen to rely on the server's answer).
"""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from types import FrameType
from typing import NamedTuple, ParamSpec, TypeVar

from ._checks import (
    ANY,
    LEAN_ON_DOUBTS,
    AnyOf,
    Bool,
    Check,
    JsonText,
    ListOf,
    MapOf,
    Null,
    Number,
    Object,
    OneOf,
    Str,
    Variants,
    compact_json,
)
from ._options import SpecDoubts

_P = ParamSpec("_P")
_T = TypeVar("_T")


class SpecDoubtWarning(UserWarning):
    """A call was sent although an argument breaks a rule of the spec that the spec itself doubts."""


# Named tuples, not dataclasses: every program that imports nimserver defines them, and a dataclass
# costs about ten times as long to define.
class SpecDoubt(NamedTuple):
    """What the spec doubts (one `x-doubt` record): the kind of fact, what is uncertain, what would settle it."""

    about: str  # "required", "type", "limit" or "enum"
    what: str
    settle: str


class DoubtMet(NamedTuple):
    """A rule an argument broke that rests on a doubt: the call was sent anyway."""

    argument: str  # the argument, or the part of it: "tname", "option.push", "members[i]"
    rule: str  # the rule it broke, as the check words it (without the value)
    doubt: SpecDoubt
    operation: str = ""  # where the fake server met it: "team/create.action", "PATCH im/v2/teams/{team_id}"

    @property
    def message(self) -> str:
        return (
            f"{self.argument} breaks a rule the spec doubts, so the call was sent anyway: {self.rule}."
            f" The spec's doubt ({self.doubt.about}): {self.doubt.what} What would settle it: {self.doubt.settle}"
        )


class _Session:
    """The policy of the call being encoded, and the doubts its arguments met."""

    __slots__ = ("met", "policy")

    def __init__(self, policy: SpecDoubts) -> None:
        self.policy = policy
        self.met: list[DoubtMet] = []

    def meet(self, error: Exception, doubts: Sequence[SpecDoubt]) -> None:
        argument, rule = _rule(str(error))
        self.met.extend(DoubtMet(argument, rule, doubt) for doubt in doubts)


# Set while one call's arguments are checked (see `checked`); None outside, where doubted checks refuse.
_SESSION: ContextVar[_Session | None] = ContextVar("nimserver_spec_doubts", default=None)


def _rule(message: str) -> tuple[str, str]:
    # A check's message ends with the value that broke it; the warning leaves it out (and list indices), so
    # that its text is the same on every call from one line and the default filter shows it once there.
    # (Patterns compiled on first use, by re's cache: a doubt is rarely met, and nimserver loads faster.)
    text = re.sub(r"\[\d+\]", "[i]", re.sub(r", got .*$", "", message, flags=re.DOTALL))
    match = re.match(r"^(\S+) (.*)$", text, flags=re.DOTALL)
    return (match.group(1), text) if match else (text, text)


class Doubted(Check):
    """A check (`strict`) whose rules partly rest on open doubts; `relaxed` is it without the doubted rules.

    A value that breaks only the doubted rules is refused under the "refuse"
    policy and otherwise sent (recorded for a warning under "warn"); a value
    that breaks `relaxed` too breaks a fact nobody doubts and is refused.
    """

    __slots__ = ("doubts", "relaxed", "strict")

    def __init__(self, strict: Check, relaxed: Check, doubts: Sequence[SpecDoubt]):
        self.strict = strict
        self.relaxed = relaxed
        self.doubts = tuple(doubts)

    @property
    def expected(self) -> str:  # type: ignore[override]
        return self.strict.expected

    def _fallback(self, error: Exception, value: object, where: str) -> None:
        """After `error` from `strict`: refuse, or let the value through when it keeps every undoubted rule."""
        session = _SESSION.get()
        if session is None or session.policy == "refuse" or not LEAN_ON_DOUBTS.get():
            raise error
        self.relaxed.check(value, where)  # a fact nobody doubts refuses under every policy
        if session.policy == "warn":
            session.meet(error, self.doubts)

    def check(self, value: object, where: str) -> None:
        try:
            self.strict.check(value, where)
        except (TypeError, ValueError) as error:
            self._fallback(error, value, where)

    def text(self, value: object, where: str) -> str:
        try:
            return self.strict.text(value, where)
        except (TypeError, ValueError) as error:
            self._fallback(error, value, where)
        return self.relaxed.text(value, where)

    def json(self, value: object, where: str) -> object:
        try:
            return self.strict.json(value, where)
        except (TypeError, ValueError) as error:
            self._fallback(error, value, where)
        return self.relaxed.json(value, where)


class DoubtedKeys(Object):
    """An object check whose keys in `doubted` are required by the spec, which doubts it."""

    __slots__ = ("doubted",)

    def __init__(self, shape: Object, doubted: Mapping[str, Sequence[SpecDoubt]]):
        super().__init__(shape.keys, [name for name in shape.required if name not in doubted], shape.variants)
        self.doubted = {name: tuple(doubts) for name, doubts in doubted.items()}

    @property
    def needs(self) -> tuple[str, ...]:
        return self.required + tuple(self.doubted)

    def lacks(self, name: str, message: str) -> None:
        missing(message, self.doubted.get(name, ()), ValueError)


def doubted_keys(shape: Object, doubted: Mapping[str, Sequence[SpecDoubt]]) -> DoubtedKeys:
    return DoubtedKeys(shape, doubted)


def missing(message: str, doubts: Sequence[SpecDoubt], error: type[Exception] = TypeError) -> None:
    """A required field or key was left out: raise `error`, unless the policy lets it go (see the module)."""
    session = _SESSION.get()
    if session is None or session.policy == "refuse" or not LEAN_ON_DOUBTS.get():
        raise error(message)
    if session.policy == "warn":
        if not doubts:
            raise error(message)
        session.meet(error(message), doubts)


class Loose(Check):
    """Any JSON value, for a value whose type the spec doubts: text as given, other values as JSON text."""

    __slots__ = ()
    expected = "a JSON value"

    def check(self, value: object, where: str) -> None:
        ANY.check(value, where)

    def text(self, value: object, where: str) -> str:
        self.check(value, where)
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return "true" if value else "false"
        return compact_json(value)


LOOSE = Loose()


def checked(policy: SpecDoubts, encode: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
    """`encode(*args, **kwargs)`, the checking of one call's arguments, under `policy`; when it ends well,
    a warning for each doubt its arguments met (a plain function, not a context manager: it runs on
    every call)."""
    session = _Session(policy)
    token = _SESSION.set(session)
    try:
        result = encode(*args, **kwargs)
    except RecursionError:  # a recursive type's checks follow the value down, as deep as it goes
        raise ValueError("an argument nests too deeply to check: a list or dict that holds itself?") from None
    finally:
        _SESSION.reset(token)
    if session.met:
        warn(session.met)
    return result


_PACKAGE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def warn(met: Sequence[DoubtMet]) -> None:
    """A SpecDoubtWarning for each doubt met, placed at the first line of code outside this package."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
    if frame is None:
        for item in dict.fromkeys(met):
            warnings.warn(item.message, SpecDoubtWarning, stacklevel=2)
        return
    registry = frame.f_globals.setdefault("__warningregistry__", {})
    for item in dict.fromkeys(met):  # a nested check may meet one doubt twice
        warnings.warn_explicit(
            item.message,
            SpecDoubtWarning,
            frame.f_code.co_filename,
            frame.f_lineno,
            # Code run by exec() may lack a __name__; warnings shows nothing for a module of None.
            frame.f_globals.get("__name__") or os.path.splitext(os.path.basename(frame.f_code.co_filename))[0],
            registry,
        )


_LOOSENED: dict[Check, Check] = {}


def types_only(check: Check) -> Check:
    """`check` with only its type rules: no limits, no allowed values, no required keys (kept once made)."""
    loose = _LOOSENED.get(check)
    if loose is None:
        loose = _LOOSENED[check] = _loosen(check, {})
    return loose


_LOOSENED_VARIANTS: dict[Variants, Variants] = {}


def variants_types_only(variants: Variants) -> Variants:
    """`variants` with only the type rules of each variant's keys (kept once made), as `types_only`."""
    loose = _LOOSENED_VARIANTS.get(variants)
    if loose is None:
        loose = _LOOSENED_VARIANTS[variants] = _loosen_variants(variants, {})
    return loose


def _loosen_variants(variants: Variants, made: dict[int, Check]) -> Variants:
    cases = {}
    for value, case in variants.cases.items():
        shape = _loosen(case, made)
        assert isinstance(shape, Object)
        cases[value] = shape
    return Variants(variants.key, cases)


def _loosen(check: Check, made: dict[int, Check]) -> Check:
    if id(check) in made:  # a recursive shape
        return made[id(check)]
    if isinstance(check, Doubted):
        return _loosen(check.relaxed, made)
    if isinstance(check, Object):
        shape = made[id(check)] = Object({})
        assert isinstance(shape, Object)
        shape.keys.update({name: _loosen(key, made) for name, key in check.keys.items()})
        shape.variants = None if check.variants is None else _loosen_variants(check.variants, made)
        return shape
    if isinstance(check, Str):
        return Str()
    if isinstance(check, Number):
        return Number(integral=check.integral, digits=check.digits)
    if isinstance(check, OneOf) and check.flag:
        return _FLAG_TYPE
    if isinstance(check, OneOf):
        kinds = {type(value): _TYPE_CHECKS.get(type(value), ANY) for value in check.values}
        members = tuple(kinds.values())
        return members[0] if len(members) == 1 else AnyOf(members)
    if isinstance(check, ListOf):
        return ListOf(_loosen(check.item, made))
    if isinstance(check, MapOf):
        return MapOf(_loosen(check.value, made))
    if isinstance(check, AnyOf):
        return AnyOf(tuple(_loosen(member, made) for member in check.members))
    if isinstance(check, JsonText):
        return JsonText(_loosen(check.of, made))
    return check  # Bool, Null, AnyJson, Loose: nothing but a type to check


class _FlagType(Check):
    """The type of a 0/1 flag: any int, or a bool, sent as 1 or 0."""

    __slots__ = ()
    expected = "int or bool"

    def check(self, value: object, where: str) -> None:
        if not isinstance(value, int):
            raise TypeError(f"{where} must be int or bool, not {type(value).__name__}")

    def json(self, value: object, where: str) -> object:
        self.check(value, where)
        assert isinstance(value, int)
        return int(value)

    def text(self, value: object, where: str) -> str:
        return str(self.json(value, where))


_FLAG_TYPE = _FlagType()


_TYPE_CHECKS: dict[type, Check] = {
    str: Str(),
    int: Number(integral=True),
    float: Number(integral=False),
    bool: Bool(),
    type(None): Null(),
}
