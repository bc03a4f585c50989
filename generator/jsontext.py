"""JSON text one item a line, as `json.dumps(data, ensure_ascii=False, indent=1, separators=(",", ": "))` writes it.

The generated package's tables and the manifest are written this way so that
a change shows as a readable diff. With an indent, the standard library
encodes in Python through a chain of generators, one level per level of
nesting, which made those files a tenth of a one-edit run; this writes the
same characters in one pass, strings and numbers encoded as the standard
library encodes them. Anything it does not write itself (a key that is not
text, a number that is not finite, a value of another type, a list that holds
itself) is handed to `json.dumps`, which writes or refuses it as it always did.
"""

from __future__ import annotations

import json
import math
from json.encoder import encode_basestring
from typing import Any


class _NotPlainError(Exception):
    """A value this module leaves to json.dumps."""


def indented_json(data: Any, sort_keys: bool = False) -> str:
    """`data` as `json.dumps(data, ensure_ascii=False, indent=1, separators=(",", ": "), sort_keys=sort_keys,
    allow_nan=False)` gives it, character for character."""
    parts: list[str] = []
    try:
        _write(data, "\n", parts, sort_keys)
    except (_NotPlainError, RecursionError, TypeError):  # TypeError: keys sorted that cannot be compared
        return json.dumps(
            data, ensure_ascii=False, indent=1, separators=(",", ": "), sort_keys=sort_keys, allow_nan=False
        )
    return "".join(parts)


def _write(value: Any, newline: str, parts: list[str], sort_keys: bool) -> None:
    """`value` into `parts`; `newline`: a line break and the indent of the line `value` starts on."""
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + " "
        before = "{" + inner
        for key, item in sorted(value.items()) if sort_keys else value.items():
            if not isinstance(key, str):
                raise _NotPlainError
            if isinstance(item, str):  # most values: written here rather than by a call
                parts.append(before + encode_basestring(key) + ": " + encode_basestring(item))
            else:
                parts.append(before + encode_basestring(key) + ": ")
                _write(item, inner, parts, sort_keys)
            before = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + " "
        before = "[" + inner
        for item in value:
            if isinstance(item, str):
                parts.append(before + encode_basestring(item))
            else:
                parts.append(before)
                _write(item, inner, parts, sort_keys)
            before = "," + inner
        parts.append(newline + "]")
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float) and math.isfinite(value):
        parts.append(float.__repr__(value))
    else:
        raise _NotPlainError
