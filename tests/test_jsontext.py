"""indented_json writes what json.dumps writes with one space of indent, for every kind of value."""

from __future__ import annotations

import enum
import json
import math
import random
from pathlib import Path
from typing import Any

import pytest

from generator.jsontext import indented_json


def expected(data: Any, sort_keys: bool = False) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1, separators=(",", ": "), sort_keys=sort_keys, allow_nan=False)


class Level(enum.IntEnum):
    LOW = 1


class Text(str):
    pass


class Mapping(dict):  # type: ignore[type-arg]
    pass


# Text a JSON encoder must escape, text it must not, and text in between.
TEXTS = [
    "",
    "a",
    'quote " and \\ backslash',
    "line\nbreak\ttab\r\b\f",
    "\x00\x1f\x7f",
    "中文 ü é",
    "\u2028\u2029",
    "🙂",
]


def random_value(generator: random.Random, depth: int) -> Any:
    kind = generator.randrange(12 if depth < 5 else 7)
    if kind == 0:
        return generator.choice(TEXTS) + str(generator.randrange(100))
    if kind == 1:
        return generator.choice([0, -1, 2**63, -(2**70), Level.LOW, True, False])
    if kind == 2:
        return generator.choice([0.0, -0.0, 1.5, 1e16, 1e-7, 123456789.125, float(2**60)])
    if kind == 3:
        return None
    if kind == 4:
        return Text(generator.choice(TEXTS))
    if kind in (5, 6):
        return generator.choice([[], {}, ()])
    if kind in (7, 8):
        return [random_value(generator, depth + 1) for _ in range(generator.randrange(4))]
    if kind == 9:
        return tuple(random_value(generator, depth + 1) for _ in range(generator.randrange(3)))
    mapping: dict[str, Any] = Mapping() if kind == 10 else {}
    for _ in range(generator.randrange(5)):
        mapping[generator.choice(TEXTS) + generator.choice("zyxab")] = random_value(generator, depth + 1)
    return mapping


@pytest.mark.parametrize("sort_keys", [False, True])
def test_random_values_are_written_as_json_dumps_writes_them(sort_keys: bool) -> None:
    generator = random.Random(20261208)
    for _ in range(3000):
        value = random_value(generator, 0)
        assert indented_json(value, sort_keys) == expected(value, sort_keys)


def test_a_generated_table_is_written_as_json_dumps_writes_it() -> None:
    table = json.loads((Path(__file__).parent / "golden/generated/nimserver/_tools.json").read_text(encoding="utf-8"))
    assert indented_json(table) == expected(table)


@pytest.mark.parametrize(
    "value",
    [
        {1: "a key that is not text"},
        {"a": 1, 2: "keys that cannot be sorted"},
        [math.nan],
        {"deep": [math.inf]},
        {"a value": object()},
        {"a set": {1, 2}},
    ],
    ids=["int-key", "mixed-keys", "nan", "inf-inside", "object", "set"],
)
@pytest.mark.parametrize("sort_keys", [False, True])
def test_what_it_does_not_write_itself_json_dumps_writes_or_refuses(value: Any, sort_keys: bool) -> None:
    try:
        wanted: str | type[Exception] = expected(value, sort_keys)
    except (TypeError, ValueError) as error:
        wanted = type(error)
    if isinstance(wanted, str):
        assert indented_json(value, sort_keys) == wanted
    else:
        with pytest.raises(wanted):
            indented_json(value, sort_keys)


def test_a_list_that_holds_itself_is_refused_as_json_dumps_refuses_it() -> None:
    loop: list[Any] = [1]
    loop.append(loop)
    with pytest.raises(ValueError, match="Circular reference"):
        indented_json({"loop": loop})
