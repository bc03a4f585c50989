"""Turning keyword arguments into form fields: checks first, then text.

Every value travels as text: booleans as `true`/`false`, numbers in decimal,
lists and objects as compact JSON. A wrong value raises TypeError or
ValueError here, before anything is sent.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Union

FileInput = Union[bytes, str, "os.PathLike[str]", IO[bytes]]
"""A file to upload: its bytes, a path to it, or a binary file object."""


class Kind(enum.Enum):
    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    JSON = "json"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class Field:
    """One form field of an endpoint, with the checks its value must pass."""

    wire_name: str
    python_name: str
    kind: Kind
    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: float | None = None
    maximum: float | None = None
    enum: tuple[Any, ...] | None = None
    json_type: type | None = None  # list or dict, for JSON text fields


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An API operation: its path (`user/create.action`) and its fields."""

    path: str
    fields: tuple[Field, ...]
    multipart: bool = False
    safe_to_repeat: bool = False


Files = dict[str, tuple[str, bytes]]


def encode_fields(endpoint: Endpoint, values: Mapping[str, object]) -> tuple[dict[str, str], Files]:
    """The form fields (and file parts) for `values`, keyed by wire name.

    `values` maps wire names to the caller's arguments; None means not sent.
    """
    form: dict[str, str] = {}
    files: Files = {}
    for field in endpoint.fields:
        value = values.get(field.wire_name)
        if value is None:
            if field.required:
                raise TypeError(f"{field.python_name} is required")
            continue
        if field.kind is Kind.FILE:
            files[field.wire_name] = _file(field, value)
        else:
            form[field.wire_name] = encode_value(field, value)
    return form, files


def encode_value(field: Field, value: object) -> str:
    """The text of one checked value."""
    kind = field.kind
    if kind is Kind.STR:
        if not isinstance(value, str):
            raise _wrong_type(field, value, "str")
        text = value
        if field.min_length is not None and len(text) < field.min_length:
            raise ValueError(f"{field.python_name} must have at least {field.min_length} characters, got {len(text)}")
        if field.max_length is not None and len(text) > field.max_length:
            raise ValueError(f"{field.python_name} must have at most {field.max_length} characters, got {len(text)}")
    elif kind is Kind.BOOL:
        if not isinstance(value, bool):
            raise _wrong_type(field, value, "bool")
        return "true" if value else "false"
    elif kind is Kind.INT or kind is Kind.FLOAT:
        if isinstance(value, bool) or not isinstance(value, int if kind is Kind.INT else (int, float)):
            raise _wrong_type(field, value, kind.value)
        if field.minimum is not None and value < field.minimum:
            raise ValueError(f"{field.python_name} must be at least {field.minimum}, got {value}")
        if field.maximum is not None and value > field.maximum:
            raise ValueError(f"{field.python_name} must be at most {field.maximum}, got {value}")
        text = str(value)
    else:  # Kind.JSON
        return _json_text(field, value)
    if field.enum is not None and value not in field.enum:
        choices = ", ".join(repr(choice) for choice in field.enum)
        raise ValueError(f"{field.python_name} must be one of {choices}, got {value!r}")
    return text


def _json_text(field: Field, value: object) -> str:
    if isinstance(value, str):  # already JSON text: sent as given
        return value
    expected = field.json_type
    if expected is list and not isinstance(value, (list, tuple)):
        raise _wrong_type(field, value, "list")
    if expected is dict and not isinstance(value, Mapping):
        raise _wrong_type(field, value, "dict")
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except TypeError as error:
        raise TypeError(f"{field.python_name} cannot be sent as JSON: {error}") from None
    except ValueError as error:  # NaN or infinity, which JSON cannot hold
        raise ValueError(f"{field.python_name} cannot be sent as JSON: {error}") from None


def _file(field: Field, value: object) -> tuple[str, bytes]:
    if isinstance(value, (bytes, bytearray)):
        return field.wire_name, bytes(value)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        return path.name, path.read_bytes()
    read = getattr(value, "read", None)
    if callable(read):
        content = read()
        if not isinstance(content, bytes):
            raise TypeError(f"{field.python_name} must be opened in binary mode")
        name = getattr(value, "name", None)
        return (Path(name).name if isinstance(name, str) else field.wire_name), content
    raise _wrong_type(field, value, "bytes, a path or a binary file")


def _wrong_type(field: Field, value: object, expected: str) -> TypeError:
    return TypeError(f"{field.python_name} must be {expected}, not {type(value).__name__}")


def encode_loose(name: str, value: object) -> str:
    """The text of a value the spec does not describe (extra fields, raw calls).

    str as is, bool as `true`/`false`, int in decimal, a finite float, list,
    tuple and dict as compact JSON; anything else is a TypeError naming `name`.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{name} must be a finite number, got {value!r}")
        return repr(value)
    if isinstance(value, (list, tuple, Mapping)):
        try:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as error:
            raise type(error)(f"{name} cannot be sent as JSON: {error}") from None
    raise TypeError(f"{name} must be str, bool, int, float, list or dict, not {type(value).__name__}")
