"""What an answer may look like, as compact plain data for the package's answer checks (`nimserver/_answers.json`).

The model stage reduces each operation's success schema to a *shape* that
the runtime walks without a JSON Schema library (`runtime/_answers.py`
reads the same keys):

    {}                                  anything
    {"t": ["string", "null"]}           one of these JSON types
    {"f": "int64"}, {"e": [0, 1]}       an integer's format; the allowed values
    {"p": {...}, "r": [...]}            an object's keys and the required ones;
                                        a key the spec does not name is a difference
    {"x": true} / {"m": SHAPE}          other keys allowed (any value / of this shape)
    {"i": SHAPE}                        an array's items
    {"u": [SHAPE, ...]}                 one of these (anyOf, oneOf)

`allOf` parts are merged; a shape the walk cannot express (`if`/`then`,
`not`) becomes `{}`, so it never yields a false difference. Where a
recursive schema recurs, the loader left a marker that holds only the
schema's type (see SpecDict.recursion): an object of any keys from there on.
"""

from __future__ import annotations

from typing import Any

_TYPES = ("string", "integer", "number", "boolean", "array", "object", "null")
_UNMODELLED = ("if", "then", "else", "not", "dependentSchemas", "patternProperties")


def answer_shape(schema: Any) -> dict[str, Any]:
    """The compact shape of a response schema ($refs already resolved by the loader)."""
    if not isinstance(schema, dict) or any(key in schema for key in _UNMODELLED):
        return {}
    shape: dict[str, Any] = {}
    for part in schema.get("allOf") or ():
        shape = _merged(shape, answer_shape(part))
    variants = [answer_shape(item) for key in ("anyOf", "oneOf") for item in schema.get(key) or ()]
    if variants:
        if any(not variant for variant in variants):
            return shape  # one variant takes anything: so does the choice
        shape["u"] = variants
    declared = schema.get("type")
    if isinstance(declared, str):
        shape["t"] = [declared]
    elif isinstance(declared, list) and all(item in _TYPES for item in declared):
        shape["t"] = list(declared)
    if "format" in schema and schema["format"] in ("int32", "int64"):
        shape["f"] = schema["format"]
    if isinstance(schema.get("enum"), list):
        shape["e"] = list(schema["enum"])
    elif "const" in schema:
        shape["e"] = [schema["const"]]
    properties = schema.get("properties")
    if isinstance(properties, dict):
        shape = _merged(shape, {"p": {str(name): answer_shape(item) for name, item in properties.items()}})
    if isinstance(schema.get("required"), list):
        shape["r"] = sorted({*shape.get("r", ()), *map(str, schema["required"])})
    extra = schema.get("additionalProperties")
    if extra is True or (isinstance(extra, dict) and not answer_shape(extra)):
        shape["x"] = True
    elif isinstance(extra, dict):
        shape["m"] = answer_shape(extra)
    if "items" in schema:
        shape["i"] = answer_shape(schema["items"])
    return shape


def _merged(left: dict[str, Any], right: dict[str, Any]) -> dict[str, Any]:
    """Two allOf parts as one shape: their keys together, their types narrowed."""
    merged = {**left, **right}
    if "p" in left and "p" in right:
        merged["p"] = {**left["p"], **right["p"]}
    if "r" in left or "r" in right:
        merged["r"] = sorted({*left.get("r", ()), *right.get("r", ())})
    if "t" in left and "t" in right:
        merged["t"] = [name for name in left["t"] if name in right["t"]] or right["t"]
    return merged
