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
from nimserver._checks import ANY, AnyOf, Bool, Check, JsonText, ListOf, Number, Object, OneOf, Str
from nimserver._fields import Endpoint, Field, encode_fields
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


INT = Number(integral=True)
FLOAT = Number(integral=False)


@pytest.mark.parametrize(
    ("check", "value", "text"),
    [
        (Bool(), True, "true"),
        (Bool(), False, "false"),
        (INT, 0, "0"),
        (INT, -12, "-12"),
        (INT, 2**53 + 1, "9007199254740993"),
        (INT, 2**63 - 1, "9223372036854775807"),
        (FLOAT, 1.5, "1.5"),
        (FLOAT, 3, "3"),
        (Str(), "张三", "张三"),
        (Str(), "", ""),
        (JsonText(ListOf(Str())), ["a", "b"], '["a","b"]'),
        (JsonText(ListOf(Str())), ("a",), '["a"]'),
        (JsonText(ANY), {"push": False, "n": None}, '{"push":false,"n":null}'),
        (JsonText(ListOf(Str())), ["张三"], '["张三"]'),
        (JsonText(ListOf(Str())), '["a", "b"]', '["a", "b"]'),
        (OneOf((1, 2)), 2, "2"),
        (OneOf((0, 1)), True, "1"),
        (OneOf((0, 1)), False, "0"),
        (OneOf(("a", "b")), "b", "b"),
        (Str(max_length=2), "ab", "ab"),
        (Number(integral=True, minimum=1, maximum=3), 3, "3"),
        (AnyOf((INT, Str(pattern="^[0-9]+$"))), "6273881893", "6273881893"),
        (AnyOf((INT, Str(pattern="^[0-9]+$"))), 6273881893, "6273881893"),
        (JsonText(Object({"push": Bool()}, required=["push"])), {"push": True, "extra": 1}, '{"push":true,"extra":1}'),
    ],
)
def test_coercion_table(check: Check, value: object, text: str) -> None:
    assert check.text(value, "wire_name") == text


@pytest.mark.parametrize(
    ("check", "value", "error", "message"),
    [
        (Bool(), "true", TypeError, "wire_name must be bool, not str"),
        (Bool(), 1, TypeError, "must be bool, not int"),
        (INT, True, TypeError, "must be int, not bool"),
        (INT, 1.0, TypeError, "must be int, not float"),
        (INT, "1", TypeError, "must be int, not str"),
        (INT, 2**63, ValueError, "at most 9223372036854775807"),
        (Number(integral=True, format="int32"), 2**31, ValueError, "at most 2147483647"),
        (FLOAT, "1.5", TypeError, "must be float, not str"),
        (FLOAT, float("nan"), ValueError, "must be a finite number"),
        (FLOAT, float("inf"), ValueError, "must be a finite number"),
        (Str(), 5, TypeError, "must be str, not int"),
        (Str(), b"x", TypeError, "must be str, not bytes"),
        (Str(max_length=2), "abc", ValueError, "at most 2 characters, got 3"),
        (Str(min_length=1), "", ValueError, "at least 1 characters, got 0"),
        (Str(pattern="^[0-9]+$"), "12a", ValueError, "must match"),
        (OneOf((1, 2)), 3, ValueError, "must be one of 1, 2, got 3"),
        (OneOf((1, 2)), True, ValueError, "must be one of 1, 2, got True"),
        (OneOf((1, 2)), "1", ValueError, "must be one of 1, 2, got '1'"),
        (Number(integral=True, minimum=1), 0, ValueError, "at least 1, got 0"),
        (Number(integral=True, maximum=3), 4, ValueError, "at most 3, got 4"),
        (JsonText(ListOf(Str())), {"a": 1}, TypeError, "wire_name must be a list, not dict"),
        (JsonText(ListOf(Str())), "lisi,wangwu", ValueError, "wire_name is not JSON text"),
        (JsonText(ListOf(Str())), '"lisi"', TypeError, "wire_name must be a list, not str"),
        (JsonText(ListOf(Str())), [1], TypeError, "wire_name[0] must be str, not int"),
        (JsonText(ListOf(Str(), min_items=1)), [], ValueError, "at least 1 items, got 0"),
        (JsonText(ListOf(Str(), max_items=2)), ["a", "b", "c"], ValueError, "at most 2 items, got 3"),
        (JsonText(Object({"push": Bool()})), "{push:false}", ValueError, "is not JSON text"),
        (JsonText(Object({"push": Bool()})), {"push": "no"}, TypeError, "wire_name.push must be bool, not str"),
        (JsonText(Object({"a": Str()}, required=["a"])), {}, ValueError, "lacks the required key 'a'"),
        (JsonText(ANY, max_length=5), ["abcdef"], ValueError, "at most 5 characters of JSON text"),
        (JsonText(ANY), {1, 2}, TypeError, "cannot be sent as JSON"),
        (JsonText(ANY), [float("nan")], ValueError, "wire_name[0] must be a finite number"),
        (JsonText(ANY), {1: "a"}, TypeError, "keys must be str"),
        (AnyOf((INT, Str(pattern="^[0-9]+$"))), "abc", ValueError, "must be int or str"),
    ],
)
def test_coercion_rejects(check: Check, value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        check.text(value, "wire_name")


def test_deeply_nested_json_is_refused_not_a_recursion_error() -> None:
    nested: list[Any] = []
    for _ in range(5000):
        nested = [nested]
    with pytest.raises(ValueError, match="nested more than"):
        JsonText(ANY).text(nested, "deep")
    with pytest.raises(ValueError, match="nested"):
        JsonText(ANY).text("[" * 100_000 + "]" * 100_000, "deep")


def test_lone_surrogate_names_the_argument() -> None:
    endpoint = Endpoint("x/y.action", (Field("name", "name", Str()),))
    with pytest.raises(ValueError, match=re.escape("name holds '\\ud800' at position 2")):
        encode_fields(endpoint, {"name": "ab\ud800"})


def test_encode_fields_skips_unset_and_requires_required() -> None:
    endpoint = Endpoint(
        "x/y.action",
        (Field("a", "a", Str(), required=True), Field("bC", "b_c", Bool()), Field("d", "d", INT)),
    )
    values: Mapping[str, object] = {"a": "1", "bC": None, "d": 0}
    assert encode_fields(endpoint, values) == ({"a": "1", "d": "0"}, {})
    with pytest.raises(TypeError, match="a is required"):
        encode_fields(endpoint, {"a": None})


def test_file_parts(tmp_path: Path) -> None:
    endpoint = Endpoint("x/up.action", (Field("content", "content", None, required=True),), multipart=True)
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
