"""Unit tests of the shared runtime, as copied into the generated package."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from generator.render import RUNTIME
from nimserver import _fields, _signing
from nimserver._fields import Endpoint, Field, Kind, encode_fields, encode_value
from tests.conftest import GENERATED


@pytest.mark.parametrize(
    ("secret", "nonce", "cur_time", "expected"),
    [
        ("0123456789ab", "4tgggergigwow323t23t", "1443592222", "2b3c3ba113c760606d5830e4d807ad8490040efd"),
        ("secret", "nonce", "1700000000", "c0b87c883bf8a70941d7e81c14cc7c7e7ccd3ba2"),
        ("", "4tgggergigwow323t23t", "1443592222", "6959ded29413404426b7c4b6ca7049599359f8ba"),
    ],
)
def test_checksum_vectors(secret: str, nonce: str, cur_time: str, expected: str) -> None:
    assert _signing.checksum(secret, nonce, cur_time) == expected


def test_signed_headers_are_fresh_and_consistent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_signing.time, "time", lambda: 1700000000.9)
    first = _signing.signed_headers("key", "secret")
    second = _signing.signed_headers("key", "secret")

    assert first["AppKey"] == "key"
    assert first["CurTime"] == "1700000000"
    assert first["Nonce"] != second["Nonce"]
    assert re.fullmatch(r"[0-9a-f]{32}", first["Nonce"])
    expected = hashlib.sha1(("secret" + first["Nonce"] + "1700000000").encode()).hexdigest()
    assert first["CheckSum"] == expected
    assert "secret" not in first.values()


def _field(kind: Kind, **checks: Any) -> Field:
    return Field("wireName", "wire_name", kind, **checks)


@pytest.mark.parametrize(
    ("field", "value", "text"),
    [
        (_field(Kind.BOOL), True, "true"),
        (_field(Kind.BOOL), False, "false"),
        (_field(Kind.INT), 0, "0"),
        (_field(Kind.INT), -12, "-12"),
        (_field(Kind.INT), 2**53 + 1, "9007199254740993"),
        (_field(Kind.FLOAT), 1.5, "1.5"),
        (_field(Kind.FLOAT), 3, "3"),
        (_field(Kind.STR), "张三", "张三"),
        (_field(Kind.STR), "", ""),
        (_field(Kind.JSON), ["a", "b"], '["a","b"]'),
        (_field(Kind.JSON), ("a",), '["a"]'),
        (_field(Kind.JSON), {"push": False, "n": None}, '{"push":false,"n":null}'),
        (_field(Kind.JSON), ["张三"], '["张三"]'),
        (_field(Kind.JSON), '["a", "b"]', '["a", "b"]'),
        (_field(Kind.JSON, json_type=list), "not even json", "not even json"),
        (_field(Kind.INT, enum=(1, 2)), 2, "2"),
        (_field(Kind.STR, max_length=2), "ab", "ab"),
        (_field(Kind.INT, minimum=1, maximum=3), 3, "3"),
    ],
)
def test_coercion_table(field: Field, value: object, text: str) -> None:
    assert encode_value(field, value) == text


@pytest.mark.parametrize(
    ("field", "value", "error", "message"),
    [
        (_field(Kind.BOOL), "true", TypeError, "wire_name must be bool, not str"),
        (_field(Kind.BOOL), 1, TypeError, "must be bool, not int"),
        (_field(Kind.INT), True, TypeError, "must be int, not bool"),
        (_field(Kind.INT), 1.0, TypeError, "must be int, not float"),
        (_field(Kind.INT), "1", TypeError, "must be int, not str"),
        (_field(Kind.FLOAT), "1.5", TypeError, "must be float, not str"),
        (_field(Kind.STR), 5, TypeError, "must be str, not int"),
        (_field(Kind.STR), b"x", TypeError, "must be str, not bytes"),
        (_field(Kind.STR, max_length=2), "abc", ValueError, "at most 2 characters, got 3"),
        (_field(Kind.STR, min_length=1), "", ValueError, "at least 1 characters, got 0"),
        (_field(Kind.INT, enum=(1, 2)), 3, ValueError, "must be one of 1, 2, got 3"),
        (_field(Kind.INT, minimum=1), 0, ValueError, "at least 1, got 0"),
        (_field(Kind.INT, maximum=3), 4, ValueError, "at most 3, got 4"),
        (_field(Kind.JSON, json_type=list), {"a": 1}, TypeError, "must be list, not dict"),
        (_field(Kind.JSON, json_type=dict), ["a"], TypeError, "must be dict, not list"),
        (_field(Kind.JSON), {1, 2}, TypeError, "cannot be sent as JSON"),
        (_field(Kind.JSON), [float("nan")], ValueError, "cannot be sent as JSON"),
    ],
)
def test_coercion_rejects(field: Field, value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        encode_value(field, value)


def test_encode_fields_skips_unset_and_requires_required() -> None:
    endpoint = Endpoint(
        "x/y.action",
        (Field("a", "a", Kind.STR, required=True), Field("bC", "b_c", Kind.BOOL), Field("d", "d", Kind.INT)),
    )
    values: Mapping[str, object] = {"a": "1", "bC": None, "d": 0}
    assert encode_fields(endpoint, values) == ({"a": "1", "d": "0"}, {})
    with pytest.raises(TypeError, match="a is required"):
        encode_fields(endpoint, {"a": None})


def test_file_parts(tmp_path: Path) -> None:
    endpoint = Endpoint("x/up.action", (Field("content", "content", Kind.FILE, required=True),), multipart=True)
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert encode_fields(endpoint, {"content": path}) == ({}, {"content": ("a.txt", b"hello")})
    assert encode_fields(endpoint, {"content": str(path)})[1] == {"content": ("a.txt", b"hello")}
    assert encode_fields(endpoint, {"content": b"raw"})[1] == {"content": ("content", b"raw")}
    with path.open("r") as text_stream, pytest.raises(TypeError, match="binary mode"):
        encode_fields(endpoint, {"content": text_stream})
    with pytest.raises(TypeError, match="bytes, a path or a binary file"):
        encode_fields(endpoint, {"content": 3})


def test_runtime_is_copied_verbatim() -> None:
    sources = sorted(RUNTIME.glob("_*.py"))
    assert sources, "the runtime modules are missing"
    for source in sources:
        copy = (GENERATED / "nimserver" / source.name).read_bytes()
        header, _, body = copy.partition(b"\n")
        assert (
            header == f"# Copied from templates/runtime/{source.name} by `python -m generator`; do not edit.".encode()
        )
        assert body == source.read_bytes()
    assert _fields.__file__ and Path(_fields.__file__).parent == GENERATED / "nimserver"
