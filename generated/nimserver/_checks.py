# Copied from runtime/_checks.py by `python -m generator`; do not edit.
"""Checks of argument values against what the spec says, before anything is sent.

The generator compiles each argument's type and limits into a tree of these
checks (see the endpoint tables of the group modules and `_shapes.py`). A
failed check raises TypeError (wrong type) or ValueError (wrong value) naming
the argument and the offending part: ``members[3]``, ``option.push``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_FORMAT_BOUNDS = {"int32": (-(2**31), 2**31 - 1), "int64": (INT64_MIN, INT64_MAX)}
MAX_JSON_DEPTH = 64  # nesting of a JSON value given as an argument
# Compact JSON text as the API expects it, with one encoder made once (json.dumps makes one per call).
compact_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
# False while a union looks for a member that a value passes on certain facts alone: a check resting on a
# doubted fact (see _doubts) then refuses, so that a text message body is not taken for an image body
# whose one required key is doubted.
LEAN_ON_DOUBTS: ContextVar[bool] = ContextVar("nimserver_lean_on_doubts", default=True)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _kind(value: object) -> str:
    return type(value).__name__


class Check:
    """One rule for a value; `check` raises when the value breaks it."""

    __slots__ = ()
    expected = "a value"

    def check(self, value: object, where: str) -> None:
        raise NotImplementedError

    def text(self, value: object, where: str) -> str:
        """The form text of a value that passed `check`."""
        return compact_json(self.json(value, where))

    def json(self, value: object, where: str) -> object:
        """The JSON value to send for a value that passes `check` (an id given as text becomes its int)."""
        self.check(value, where)
        return value


class Str(Check):
    __slots__ = ("max_length", "min_length", "pattern")
    expected = "str"

    def __init__(self, *, min_length: int | None = None, max_length: int | None = None, pattern: str | None = None):
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = re.compile(pattern) if pattern is not None else None

    def check(self, value: object, where: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"{where} must be str, not {_kind(value)}")
        if self.min_length is not None and len(value) < self.min_length:
            raise ValueError(f"{where} must have at least {_count(self.min_length, 'character')}, got {len(value)}")
        if self.max_length is not None and len(value) > self.max_length:
            raise ValueError(f"{where} must have at most {_count(self.max_length, 'character')}, got {len(value)}")
        if self.pattern is not None and self.pattern.search(value) is None:
            raise ValueError(f"{where} must match {self.pattern.pattern!r}, got {_excerpt(value)}")

    def text(self, value: object, where: str) -> str:
        self.check(value, where)
        assert isinstance(value, str)
        return value


_DIGITS = re.compile(r"-?[0-9]{1,20}")


class Number(Check):
    """An int (integral=True) or a finite float, within the spec's bounds and its format's.

    With digits=True an int may also be given as its decimal text (ids and
    times often come back as text), checked the same way and sent as given.
    """

    __slots__ = ("digits", "exclusive_maximum", "exclusive_minimum", "integral", "maximum", "minimum", "multiple_of")

    def __init__(
        self,
        *,
        integral: bool,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
        multiple_of: float | None = None,
        format: str | None = None,
        digits: bool = False,
    ):
        self.digits = digits
        low, high = _FORMAT_BOUNDS.get(format or "", (INT64_MIN, INT64_MAX)) if integral else (None, None)
        self.integral = integral
        self.minimum = minimum if low is None or (minimum is not None and minimum > low) else low
        self.maximum = maximum if high is None or (maximum is not None and maximum < high) else high
        self.exclusive_minimum = exclusive_minimum
        self.exclusive_maximum = exclusive_maximum
        self.multiple_of = multiple_of

    @property
    def expected(self) -> str:  # type: ignore[override]
        return "int or its decimal text" if self.digits else "int" if self.integral else "float"

    def check(self, value: object, where: str) -> None:
        if self.digits and isinstance(value, str):
            if _DIGITS.fullmatch(value) is None:
                raise ValueError(f"{where} must be an int or its decimal text, got {_excerpt(value)}")
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int if self.integral else (int, float)):
            raise TypeError(f"{where} must be {self.expected}, not {_kind(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError(f"{where} must be a finite number, got {value}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{where} must be at least {self.minimum}, got {value}")
        if self.maximum is not None and value > self.maximum:
            raise ValueError(f"{where} must be at most {self.maximum}, got {value}")
        if self.exclusive_minimum is not None and value <= self.exclusive_minimum:
            raise ValueError(f"{where} must be more than {self.exclusive_minimum}, got {value}")
        if self.exclusive_maximum is not None and value >= self.exclusive_maximum:
            raise ValueError(f"{where} must be less than {self.exclusive_maximum}, got {value}")
        if self.multiple_of is not None and value % self.multiple_of:
            raise ValueError(f"{where} must be a multiple of {self.multiple_of}, got {value}")

    def text(self, value: object, where: str) -> str:
        self.check(value, where)
        return value if isinstance(value, str) else str(value)

    def json(self, value: object, where: str) -> object:
        self.check(value, where)
        return int(value) if isinstance(value, str) else value


class Bool(Check):
    __slots__ = ()
    expected = "bool"

    def check(self, value: object, where: str) -> None:
        if not isinstance(value, bool):
            raise TypeError(f"{where} must be bool, not {_kind(value)}")

    def text(self, value: object, where: str) -> str:
        self.check(value, where)
        return "true" if value else "false"


class Null(Check):
    __slots__ = ()
    expected = "None"

    def check(self, value: object, where: str) -> None:
        if value is not None:
            raise TypeError(f"{where} must be None, not {_kind(value)}")


class OneOf(Check):
    """One of fixed values, compared with their types (True is not 1). A 0/1 flag also takes a bool."""

    __slots__ = ("flag", "values")

    def __init__(self, values: Sequence[object]):
        self.values = tuple(values)
        self.flag = set(self.values) == {0, 1} and all(type(value) is int for value in self.values)

    @property
    def expected(self) -> str:  # type: ignore[override]
        return "one of " + ", ".join(repr(value) for value in self.values)

    def check(self, value: object, where: str) -> None:
        if isinstance(value, bool) and self.flag:
            return
        if not any(type(value) is type(choice) and value == choice for choice in self.values):
            raise ValueError(f"{where} must be {self.expected}, got {_excerpt(value)}")

    def text(self, value: object, where: str) -> str:
        if isinstance(value, bool):
            # A bool stands for 1/0 only where a 0/1 flag takes it; an enum of booleans sends true/false.
            return str(self.json(value, where)).lower()
        if type(value) is int and str(value) in self.values:
            return str(value)  # as text, 1 is the '1' a choice of digit strings takes (JSON tells them apart)
        self.check(value, where)
        return value if isinstance(value, str) else str(value)

    def json(self, value: object, where: str) -> object:
        self.check(value, where)
        return int(value) if isinstance(value, bool) and self.flag else value


class ListOf(Check):
    __slots__ = ("item", "max_items", "min_items", "unique")
    expected = "list"

    def __init__(
        self, item: Check, *, min_items: int | None = None, max_items: int | None = None, unique: bool = False
    ):
        self.item = item
        self.min_items = min_items
        self.max_items = max_items
        self.unique = unique

    def check(self, value: object, where: str) -> None:
        if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Sequence):
            raise TypeError(f"{where} must be a list, not {_kind(value)}")
        if self.min_items is not None and len(value) < self.min_items:
            raise ValueError(f"{where} must have at least {_count(self.min_items, 'item')}, got {len(value)}")
        if self.max_items is not None and len(value) > self.max_items:
            raise ValueError(f"{where} must have at most {_count(self.max_items, 'item')}, got {len(value)}")
        for index, item in enumerate(value):
            self.item.check(item, f"{where}[{index}]")
        if self.unique and len({json.dumps(item, sort_keys=True, default=repr) for item in value}) < len(value):
            raise ValueError(f"{where} must not repeat an item")

    def json(self, value: object, where: str) -> object:
        self.check(value, where)
        assert isinstance(value, Sequence)
        return [self.item.json(item, f"{where}[{index}]") for index, item in enumerate(value)]


class MapOf(Check):
    __slots__ = ("value",)
    expected = "dict"

    def __init__(self, value: Check):
        self.value = value

    def check(self, value: object, where: str) -> None:
        if not isinstance(value, Mapping):
            raise TypeError(f"{where} must be a dict, not {_kind(value)}")
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where} keys must be str, not {_kind(key)}")
            self.value.check(item, f"{where}.{key}")

    def json(self, value: object, where: str) -> object:
        self.check(value, where)
        assert isinstance(value, Mapping)
        return {key: self.value.json(item, f"{where}.{key}") for key, item in value.items()}


class Object(Check):
    """A JSON object with known keys (a TypedDict); other keys are let through, as JSON Schema does.

    With `variants`, the keys a type needs and their shapes for it are checked too (see `Variants`).
    """

    __slots__ = ("keys", "required", "variants")
    expected = "dict"

    def __init__(self, keys: Mapping[str, Check], required: Sequence[str] = (), variants: Variants | None = None):
        self.keys = dict(keys)
        self.required = tuple(required)
        self.variants = variants

    def check(self, value: object, where: str) -> None:
        if not isinstance(value, Mapping):
            raise TypeError(f"{where} must be a dict, not {_kind(value)}")
        for name in self.needs:
            if name not in value:
                self.lacks(name, f"{where} lacks the required key {name!r}")
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where} keys must be str, not {_kind(key)}")
            rule = self.keys.get(key)
            if rule is not None:
                rule.check(item, f"{where}.{key}")
            else:
                ANY.check(item, f"{where}.{key}")
        if self.variants is not None:
            self.variants.check(value, lambda key: f"{where}.{key}", where)

    @property
    def needs(self) -> tuple[str, ...]:
        """Every key the spec requires, doubted or not (see `lacks`)."""
        return self.required

    def lacks(self, name: str, message: str) -> None:
        """A required key `name` is missing: refuse (runtime/_doubts.py's DoubtedKeys may let a doubted one go)."""
        raise ValueError(message)

    def json(self, value: object, where: str) -> object:
        self.check(value, where)
        assert isinstance(value, Mapping)
        return {key: self.keys.get(key, ANY).json(item, f"{where}.{key}") for key, item in value.items()}


class Variants:
    """The shapes of an object by the value of its type key: for each type the spec describes, the keys
    that type needs and their checks for it (the spec's `if`/`then` on the type's `const`). A type without
    a variant (a custom one, one the spec does not know yet) keeps the object's open shape.

    Objects are a JSON object's keys, or a v1 form's fields by wire name (None: not sent); `name` gives
    what an error calls a key (`message.text`, or a field's argument name), `whole` the object itself.
    """

    __slots__ = ("cases", "key")

    def __init__(self, key: str, cases: Mapping[object, Object]):
        self.key = key
        self.cases = dict(cases)

    def case(self, value: object) -> Object | None:
        """The variant of a type value, compared with its JSON type (True is not the type 1)."""
        for choice, shape in self.cases.items():
            if type(choice) is type(value) and choice == value:
                return shape
        return None

    def check(self, value: Mapping[str, object], name: Callable[[str], str], whole: str) -> None:
        kind = value.get(self.key)
        case = self.case(kind)
        if case is None:
            return
        label = f"{name(self.key)}={kind!r}"
        for key in case.needs:
            if value.get(key) is None:
                missing = f"{whole} lacks the required key {key!r}" if whole else f"{name(key)} is required"
                case.lacks(key, f"{missing} for {label}")
        for key, rule in case.keys.items():
            item = value.get(key)
            if item is not None:
                rule.check(item, f"{name(key)} (for {label})")


class AnyOf(Check):
    __slots__ = ("members",)

    def __init__(self, members: Sequence[Check]):
        self.members = tuple(members)

    @property
    def expected(self) -> str:  # type: ignore[override]
        # Several shapes of one kind (eight message bodies, each a dict) say it once.
        return " or ".join(dict.fromkeys(member.expected for member in self.members))

    def _passing(self, value: object, where: str) -> Check:
        errors: dict[str, None] = {}  # each reason once, in the members' order
        certain = LEAN_ON_DOUBTS.set(False)
        try:
            for member in self.members:
                try:
                    member.check(value, where)
                    return member
                except (TypeError, ValueError) as error:
                    errors[str(error)] = None
        finally:
            LEAN_ON_DOUBTS.reset(certain)
        for member in self.members:  # none passes on certain facts: the first that passes leaning on a doubt
            try:
                member.check(value, where)
                return member
            except (TypeError, ValueError):
                pass
        if len(errors) == 1:
            raise ValueError(next(iter(errors)))
        raise ValueError(f"{where} must be {self.expected}: " + "; or ".join(errors))

    def check(self, value: object, where: str) -> None:
        self._passing(value, where)

    def text(self, value: object, where: str) -> str:
        return self._passing(value, where).text(value, where)

    def json(self, value: object, where: str) -> object:
        return self._passing(value, where).json(value, where)


class AnyJson(Check):
    """Any value JSON can carry: finite numbers, str keys, bounded nesting."""

    __slots__ = ()
    expected = "a JSON value"

    def check(self, value: object, where: str, depth: int = 0) -> None:
        if depth > MAX_JSON_DEPTH:
            raise ValueError(f"{where} is nested more than {MAX_JSON_DEPTH} levels deep")
        if value is None or isinstance(value, (str, bool, int)):
            return
        if isinstance(value, float):
            if not math.isfinite(value):
                raise ValueError(f"{where} must be a finite number, got {value}")
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if not isinstance(key, str):
                    raise TypeError(f"{where} keys must be str, not {_kind(key)}")
                self.check(item, f"{where}.{key}", depth + 1)
        elif isinstance(value, (list, tuple)):
            for index, item in enumerate(value):
                self.check(item, f"{where}[{index}]", depth + 1)
        else:
            raise TypeError(f"{where} cannot be sent as JSON: {_kind(value)}")


ANY = AnyJson()


class JsonText(Check):
    """A value carried as JSON text (a v1 form field, a v2 query list): given as the value (sent as
    compact JSON) or as the text (checked, sent as is)."""

    __slots__ = ("max_length", "min_length", "of")
    expected = "JSON text"

    def __init__(self, of: Check, *, min_length: int | None = None, max_length: int | None = None):
        self.of = of
        self.min_length = min_length
        self.max_length = max_length

    def check(self, value: object, where: str) -> None:
        self.text(value, where)

    def text(self, value: object, where: str) -> str:
        if isinstance(value, str):
            try:
                decoded = json.loads(value)
            except ValueError as error:
                raise ValueError(f"{where} is not JSON text ({error}): {_excerpt(value)}") from None
            except RecursionError:
                raise ValueError(f"{where} is nested too deeply") from None
            ANY.check(decoded, where)
            if self.of.json(decoded, where) != decoded:
                # JSON text is sent as given, so it must already hold what the API reads (ids as numbers).
                raise ValueError(f"{where} holds a number as text inside JSON text: {_excerpt(value)}")
            text = value
        else:
            ANY.check(value, where)
            text = compact_json(self.of.json(value, where))
        if self.min_length is not None and len(text) < self.min_length:
            raise ValueError(f"{where} must be at least {self.min_length} characters of JSON text, got {len(text)}")
        if self.max_length is not None and len(text) > self.max_length:
            raise ValueError(f"{where} must be at most {self.max_length} characters of JSON text, got {len(text)}")
        return text


def _excerpt(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."
