"""Unit tests of the shared runtime: its pure modules imported from source (runtime/), the client through the package."""

from __future__ import annotations

import builtins
import hashlib
import math
import pickle
import random
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import pytest

import nimserver
from generator.render import RUNTIME
from runtime import _call, _fields, _signing
from runtime._checks import ANY, AnyOf, Bool, Check, JsonText, ListOf, MapOf, Number, Object, OneOf, Str
from runtime._fields import Endpoint, Field, encode_fields
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
ID = Number(integral=True, format="int64", digits=True)  # what the generator makes of every int64


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
        (OneOf((True,)), True, "true"),
        (OneOf((True, False)), False, "false"),
        (OneOf(("1",)), 1, "1"),  # the same text on the wire: recall(ignore_time=1)
        (OneOf((0, 1, True)), True, "true"),
        (JsonText(ListOf(OneOf((True, False)))), [True, False], "[true,false]"),
        (JsonText(ListOf(OneOf((0, 1)))), [True, 0], "[1,0]"),
        (JsonText(ListOf(ID)), ["6273881893", 7], "[6273881893,7]"),
        (JsonText(ListOf(ID)), "[6273881893]", "[6273881893]"),
        (
            JsonText(Object({"tid": ID, "ids": ListOf(ID)})),
            {"tid": "-5", "ids": ["9223372036854775807"]},
            '{"tid":-5,"ids":[9223372036854775807]}',
        ),
        (JsonText(MapOf(ID)), {"a": "12"}, '{"a":12}'),
        (Str(max_length=2), "ab", "ab"),
        (Number(integral=True, minimum=1, maximum=3), 3, "3"),
        (AnyOf((INT, Str(pattern="^[0-9]+$"))), "6273881893", "6273881893"),
        (AnyOf((INT, Str(pattern="^[0-9]+$"))), 6273881893, "6273881893"),
        (JsonText(Object({"push": Bool()}, required=["push"])), {"push": True, "extra": 1}, '{"push":true,"extra":1}'),
    ],
)
def test_coercion_table(check: Check, value: object, text: str) -> None:
    assert check.text(value, "wire_name") == text


def test_a_digit_string_choice_takes_its_int_as_text_only() -> None:
    # As JSON, 1 and "1" are different values: a v2 body keeps the choice's own type.
    with pytest.raises(ValueError, match="must be one of '1', got 1"):
        OneOf(("1",)).json(1, "wire_name")
    with pytest.raises(ValueError, match="must be one of '1', got 2"):
        OneOf(("1",)).text(2, "wire_name")


@pytest.mark.parametrize(
    ("check", "value", "sent"),
    [
        (OneOf((True,)), True, True),
        (OneOf((True, False)), False, False),
        (OneOf((0, 1)), True, 1),
        (OneOf((0, 1)), 0, 0),
        (ListOf(OneOf((True, False))), [False, True], [False, True]),
        (ListOf(ID), ["6273881893", 1], [6273881893, 1]),
        (Object({"owner": Object({"tid": ID})}), {"owner": {"tid": "42"}}, {"owner": {"tid": 42}}),
    ],
)
def test_json_values_keep_their_types_and_ids_given_as_text_become_numbers(
    check: Check, value: object, sent: object
) -> None:
    assert check.json(value, "wire_name") == sent
    assert type(check.json(value, "wire_name")) is type(sent)


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
        (Str(min_length=1), "", ValueError, "at least 1 character, got 0"),
        (Str(pattern="^[0-9]+$"), "12a", ValueError, "must match"),
        (OneOf((1, 2)), 3, ValueError, "must be one of 1, 2, got 3"),
        (OneOf((1, 2)), True, ValueError, "must be one of 1, 2, got True"),
        (OneOf((1, 2)), "1", ValueError, "must be one of 1, 2, got '1'"),
        (Number(integral=True, minimum=1), 0, ValueError, "at least 1, got 0"),
        (Number(integral=True, maximum=3), 4, ValueError, "at most 3, got 4"),
        (JsonText(ListOf(Str())), {"a": 1}, TypeError, "wire_name must be a list, not dict"),
        (JsonText(ListOf(ID)), ["12a"], ValueError, "wire_name[0] must be an int or its decimal text"),
        (JsonText(ListOf(ID)), ["9223372036854775808"], ValueError, "at most 9223372036854775807"),
        (JsonText(ListOf(ID)), '["6273881893"]', ValueError, "holds a number as text inside JSON text"),
        (JsonText(ListOf(INT)), ["1"], TypeError, "wire_name[0] must be int, not str"),
        (JsonText(ListOf(Str())), "lisi,wangwu", ValueError, "wire_name is not JSON text"),
        (JsonText(ListOf(Str())), '"lisi"', TypeError, "wire_name must be a list, not str"),
        (JsonText(ListOf(Str())), [1], TypeError, "wire_name[0] must be str, not int"),
        (JsonText(ListOf(Str(), min_items=1)), [], ValueError, "at least 1 item, got 0"),
        (JsonText(ListOf(Str(), max_items=2)), ["a", "b", "c"], ValueError, "at most 2 items, got 3"),
        (JsonText(Object({"push": Bool()})), "{push:false}", ValueError, "is not JSON text"),
        (JsonText(Object({"push": Bool()})), {"push": "no"}, TypeError, "wire_name.push must be bool, not str"),
        (JsonText(Object({"a": Str()}, required=["a"])), {}, ValueError, "lacks the required key 'a'"),
        (JsonText(ANY, max_length=5), ["abcdef"], ValueError, "at most 5 characters of JSON text"),
        (JsonText(ANY), {1, 2}, TypeError, "cannot be sent as JSON"),
        (JsonText(ANY), [float("nan")], ValueError, "wire_name[0] must be a finite number"),
        (JsonText(ANY), {1: "a"}, TypeError, "keys must be str"),
        (AnyOf((INT, Str(pattern="^[0-9]+$"))), "abc", ValueError, "must be int or str"),
        # Shapes of one kind: each reason said once (eight message bodies once read "dict or dict or ...").
        (
            AnyOf([Object({"a": Str()}, required=["a"]), Object({"b": Str()})] * 4),
            [1],
            ValueError,
            "wire_name must be a dict, not list",
        ),
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
    sources = sorted([*RUNTIME.glob("_*.py"), *RUNTIME.glob("testing/*.py")])
    sources.remove(RUNTIME / "__init__.py")  # the package's own __init__.py comes from a template
    assert len(sources) > 10, "the runtime modules are missing"
    for source in sources:
        name = source.relative_to(RUNTIME).as_posix()
        copy = (GENERATED / "nimserver" / name).read_bytes()
        header, _, body = copy.partition(b"\n")
        assert header == f"# Copied from runtime/{name} by `python -m generator`; do not edit.".encode()
        assert body == source.read_bytes()


def test_runtime_unit_tests_import_the_source() -> None:
    # A runtime edit is seen by these tests without regenerating the package.
    assert _fields.__file__ and Path(_fields.__file__).parent == RUNTIME


# --- Errors survive pickling ---


def _error_classes() -> list[type[nimserver.NimError]]:
    exported = (getattr(nimserver, name) for name in nimserver.__all__)
    return sorted(
        (item for item in exported if isinstance(item, type) and issubclass(item, nimserver.NimError)),
        key=lambda cls: cls.__name__,
    )


def _example_error(cls: type[nimserver.NimError]) -> nimserver.NimError:
    response = httpx.Response(503, content=b"busy", request=httpx.Request("POST", "http://x/nimserver/a.action"))
    if issubclass(cls, nimserver.ApiError):
        return cls(
            code=416,
            desc="api frequently",
            body={"code": 416, "desc": "api frequently"},
            endpoint="user/create.action",
            request_id="rid-1",
            meaning="Rate limited.",
            response=response,
        )
    if issubclass(cls, nimserver.TransportError):
        return cls(
            "HTTP status 503: busy",
            endpoint="user/create.action",
            request_id="rid-1",
            status_code=503,
            response=response,
        )
    if issubclass(cls, nimserver.InvalidCallback):
        return cls("md5_mismatch", "MD5 does not match the body")
    return cls("something failed")


def test_every_error_class_is_exported_and_covered() -> None:
    names = {cls.__name__ for cls in _error_classes()}
    assert {"NimError", "ApiError", "TransportError", "TimeoutError", "RateLimitedError"} <= names


@pytest.mark.parametrize("cls", _error_classes(), ids=lambda cls: cls.__name__)
def test_errors_pickle_with_their_fields_but_not_the_response(cls: type[nimserver.NimError]) -> None:
    error = _example_error(cls)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error) and copy.args == error.args
    assert copy.response is None
    fields = {key: value for key, value in vars(error).items() if key != "response"}
    assert {key: value for key, value in vars(copy).items() if key != "response"} == fields
    if isinstance(error, nimserver.ApiError):
        assert (copy.code, copy.desc, copy.body, copy.meaning) == (416, "api frequently", error.body, "Rate limited.")
    if isinstance(error, (nimserver.ApiError, nimserver.TransportError)):
        assert (copy.endpoint, copy.request_id) == ("user/create.action", "rid-1")
    if isinstance(error, nimserver.InvalidCallback):  # about a request to the app server: no response
        assert (copy.reason, copy.detail) == ("md5_mismatch", "MD5 does not match the body")
    else:
        # The original keeps its response; NimError itself and PagingError (a walk across pages) have none.
        assert error.response is not None or cls in (nimserver.NimError, nimserver.PagingError)


def test_timeout_error_is_also_the_builtin_timeout_error() -> None:
    error = nimserver.TimeoutError("ReadTimeout", endpoint="user/create.action")
    with pytest.raises(TimeoutError):
        raise error
    assert isinstance(error, nimserver.TransportError) and isinstance(error, builtins.TimeoutError)
    assert str(error) == "user/create.action: ReadTimeout"
    assert isinstance(pickle.loads(pickle.dumps(error)), builtins.TimeoutError)


# --- Options are checked when the client is made ---

BAD_OPTIONS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"timeout": 0}, ValueError, "timeout must be more than 0"),
    ({"timeout": -1.5}, ValueError, "timeout must be more than 0"),
    ({"timeout": math.inf}, ValueError, "timeout must be more than 0 seconds and finite"),
    ({"timeout": math.nan}, ValueError, "timeout must be more than 0 seconds and finite"),
    ({"timeout": "5"}, TypeError, "timeout must be a number of seconds, not str"),
    ({"timeout": True}, TypeError, "timeout must be a number of seconds, not bool"),
    ({"timeout": None}, TypeError, "timeout must be a number of seconds, not NoneType"),
    ({"timeout": httpx.Timeout(None)}, ValueError, "timeout must set at least one limit"),
    ({"timeout": httpx.Timeout(5, read=0)}, ValueError, "timeout.read must be more than 0"),
    ({"max_retries": -1}, ValueError, "max_retries must be 0 or more"),
    ({"max_retries": True}, TypeError, "max_retries must be int, not bool"),
    ({"max_retries": "2"}, TypeError, "max_retries must be int, not str"),
    ({"max_retries": 1.0}, TypeError, "max_retries must be int, not float"),
    ({"region": "us"}, ValueError, "region must be one of 'cn', 'sg', got 'us'"),
    ({"region": None}, ValueError, "region must be one of"),
    ({"base_url": "api.netease.im/nimserver"}, ValueError, "base_url 'api.netease.im/nimserver' is not usable"),
    ({"base_url": "ftp://api.netease.im/nimserver"}, ValueError, "absolute http:// or https:// URL"),
    ({"base_url": "/nimserver"}, ValueError, "absolute http:// or https:// URL"),
    ({"base_url": "http://"}, ValueError, "absolute http:// or https:// URL"),
    ({"base_url": "https://x/nimserver?a=1"}, ValueError, "must not have a query or a fragment"),
    ({"base_url": "https://x:99999/nimserver"}, ValueError, "base_url"),
    ({"base_url": "https://x /nimserver"}, ValueError, "spaces, control or non-ASCII"),
    ({"base_url": b"https://x"}, TypeError, "base_url must be str, not bytes"),
    ({"backup_base_urls": "https://x/nimserver"}, TypeError, "backup_base_urls must be a list of URLs, not str"),
    ({"backup_base_urls": ["https://x/nimserver", "x"]}, ValueError, r"backup_base_urls\[1\] 'x' is not usable"),
    ({"app_key": ""}, ValueError, "app_key is missing"),
    ({"app_key": "key\n"}, ValueError, "app_key must be printable ASCII: character 4 '\\\\n'"),
    ({"app_key": "ключ"}, ValueError, "app_key must be printable ASCII"),
    ({"app_key": " key"}, ValueError, "app_key must not start or end with a space"),
    ({"app_key": 12345}, TypeError, "app_key must be str, not int"),
    ({"app_secret": "top\x00secret"}, ValueError, "app_secret must be printable ASCII: character 4 is"),
    ({"app_secret": "секрет-secret"}, ValueError, "app_secret must be printable ASCII: character 1 is"),
    ({"rate_limit_wait": -1}, ValueError, "rate_limit_wait must be 0 seconds or more"),
    ({"rate_limit_wait": "10"}, TypeError, "rate_limit_wait must be a number of seconds"),
    ({"max_response_size": 0}, ValueError, "max_response_size must be at least 1 byte"),
    ({"max_response_size": 1.5}, TypeError, "max_response_size must be int"),
    ({"limits": 10}, TypeError, "limits must be an httpx.Limits, not int"),
    ({"http_client": httpx.AsyncClient()}, TypeError, "http_client must be an httpx.Client, not AsyncClient"),
]


@pytest.mark.parametrize(("options", "error", "message"), BAD_OPTIONS, ids=lambda item: repr(item)[:40])
def test_bad_options_are_refused_at_construction(options: dict[str, Any], error: type[Exception], message: str) -> None:
    arguments = {"app_key": "key", "app_secret": "secret", **options}
    with pytest.raises(error, match=message) as raised:
        nimserver.NimClient(**arguments)
    assert "secret" not in str(raised.value).replace("app_secret", "")


def test_async_client_checks_its_http_client_type() -> None:
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.AsyncClient, not Client"):
        nimserver.AsyncNimClient("key", "secret", http_client=httpx.Client())


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        item
        for item in BAD_OPTIONS
        if set(item[0]) <= {"timeout", "max_retries", "rate_limit_wait", "max_response_size"}
    ],
    ids=lambda item: repr(item)[:40],
)
def test_with_options_checks_the_same(options: dict[str, Any], error: type[Exception], message: str) -> None:
    client = nimserver.NimClient("key", "secret")
    with pytest.raises(error, match=message):
        client.with_options(**options)


def test_good_options_are_kept() -> None:
    timeout = httpx.Timeout(2.0, read=0.5, pool=None)
    client = nimserver.NimClient(
        "key",
        "secret",
        base_url="http://127.0.0.1:8080/nimserver/",
        backup_base_urls=("https://backup.example/nimserver",),
        timeout=timeout,
        max_retries=0,
        rate_limit_wait=0,
        max_response_size=1024,
    )
    assert client.base_urls == ("http://127.0.0.1:8080/nimserver", "https://backup.example/nimserver")
    assert (client.timeout, client.max_retries, client.rate_limit_wait, client.max_response_size) == (
        timeout,
        0,
        0.0,
        1024,
    )
    assert client._deadline == 2.0 and client._phases == (2.0, 0.5, 2.0, math.inf)
    assert client.with_options(timeout=3)._phases == (3.0, 3.0, 3.0, 3.0)
    assert client._phases == (2.0, 0.5, 2.0, math.inf)  # the original is untouched


# --- Loose values (extra fields, raw calls) and raw paths ---


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("张三", "张三"),
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (2**63 - 1, "9223372036854775807"),
        (1.5, "1.5"),
        (["a", 1], '["a",1]'),
        (("a",), '["a"]'),
        ({"push": False, "name": "张三"}, '{"push":false,"name":"张三"}'),
    ],
)
def test_loose_coercion(value: object, text: str) -> None:
    assert _fields.encode_loose("x", value) == text


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        (None, TypeError, "extra must be str, bool, int, float, list or dict, not NoneType"),
        (b"bytes", TypeError, "not bytes"),
        ({1, 2}, TypeError, "not set"),
        (math.nan, ValueError, "extra must be a finite number"),
        (math.inf, ValueError, "extra must be a finite number"),
        ([object()], TypeError, "extra[0] cannot be sent as JSON: object"),
        ([math.nan], ValueError, "extra[0] must be a finite number"),
        (2**64, ValueError, "extra must be at most 9223372036854775807"),
        ("\ud800", ValueError, "extra holds"),
    ],
)
def test_loose_coercion_rejects(value: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=re.escape(message)):
        _fields.encode_loose("extra", value)


@pytest.mark.parametrize(
    "path",
    [
        "/user/create.action",
        "http://evil.example/user/create.action",
        "//evil.example/user/create.action",
        "https:user/create.action",
        "user/../user/create.action",
        "user//create.action",
        "./user/create.action",
        "user/create",
        ".action",
        "user/create.action?x=1",
        "user/create.action#x",
        "user/%2e%2e/create.action",
        "user/ create.action",
        "user/créer.action",
        "user/create.action\n",
    ],
)
def test_raw_paths_are_checked(path: str) -> None:
    client = nimserver.NimClient("key", "secret")
    with pytest.raises(ValueError, match="is not an API path"):
        client.request(path, {})


def test_raw_call_argument_types_are_checked() -> None:
    client = nimserver.NimClient("key", "secret")
    with pytest.raises(TypeError, match="path must be str"):
        client.request(b"user/create.action", {})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="safe_to_repeat must be bool"):
        client.request("user/create.action", {}, safe_to_repeat="yes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"fields\['accid'\] must be str, bool, int"):
        client.request("user/create.action", {"accid": None})


@pytest.mark.parametrize(
    ("desc", "meaning", "message"),
    [
        (
            "account nobody does not exist",
            "Invalid parameter; also returned for a CurTime outside the accepted window.",
            "user/unblock.action failed with code 414 (Invalid parameter): account nobody does not exist",
        ),
        (
            "account nobody does not exist",
            None,
            "user/unblock.action failed with code 414: account nobody does not exist",
        ),
        (
            "",
            "Invalid parameter; also returned for bad JSON.",
            "code 414: Invalid parameter; also returned for bad JSON.",
        ),
        ("", None, "user/unblock.action failed with code 414: no description"),
    ],
)
def test_an_api_error_says_what_the_server_said_first(desc: str, meaning: str | None, message: str) -> None:
    from runtime._errors import ApiError

    error = ApiError(code=414, desc=desc, body={}, endpoint="user/unblock.action", meaning=meaning)
    assert str(error).endswith(message)


BASE_URLS = [
    "http://h.test",
    "https://h.test:8443/nimserver",
    "http://127.0.0.1:8080/a%7Cb/c",
    "http://[::1]:9000/x/y",
    "http://h.test/a/../b/./c",
    "http://H.Test:80/a|b{c}:d@e",
]
# Text a path value or query may hold: every printable ASCII character, escapes (valid, lower-case,
# broken), dots, and characters beyond ASCII.
TEXT_PIECES = [*(chr(code) for code in range(0x20, 0x7F)), "%41", "%7c", "%zz", ".", "..", "张", "é", "😀"]


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(TEXT_PIECES) for _ in range(rng.randint(0, 6)))


@pytest.mark.parametrize("base_url", BASE_URLS)
def test_a_path_joined_to_the_parsed_base_url_is_the_url_httpx_parses(base_url: str) -> None:
    """A joined URL equals httpx's parse of the whole URL's text, for the paths and queries the client
    makes (values percent-encoded, query urlencoded) and for raw ones; a path or query that httpx
    would change is left for httpx to parse."""
    rng = random.Random(base_url)
    root = httpx.URL(base_url + "/")
    joined_count = 0
    for _ in range(400):
        values = [random_text(rng) for _ in range(rng.randint(1, 3))]
        encoded = rng.random() < 0.7  # as the client sends them, or raw text
        if encoded:
            path = "im/v2.1/x/" + "/y/".join(quote(value, safe="") or "z" for value in values)
            query = urlencode([(random_text(rng) or "k", value) for value in values]) if rng.random() < 0.5 else None
        else:
            path, query = "/".join(values), rng.choice([None, "", random_text(rng)])
        joined = _call._joined_url(root, path, query)
        text = f"{base_url}/{path}" + ("" if query is None else f"?{query}")
        if joined is None:
            assert not encoded or "/." in f"/{path}", path
            continue
        joined_count += 1
        parsed = httpx.URL(text)
        assert joined == parsed and str(joined) == str(parsed) and joined.raw_path == parsed.raw_path, text
    assert joined_count > 200  # most of the encoded cases take the join


def test_the_join_is_used_only_where_httpx_gives_the_same_url(monkeypatch: pytest.MonkeyPatch) -> None:
    """The join reads httpx's private parts of a URL: an httpx without them, or where they mean
    something else, has every URL parsed as text (checked once, at import)."""
    assert _call._JOINS_AS_PARSED

    def without_parts(root: httpx.URL, path: str, query: str | None) -> httpx.URL:
        raise AttributeError("'URL' object has no attribute '_uri_reference'")

    monkeypatch.setattr(_call, "_join", without_parts)
    assert not _call._joins_as_parsed()
    monkeypatch.setattr(_call, "_join", lambda root, path, query: root.copy_with(path="/" + path))
    assert not _call._joins_as_parsed()
    monkeypatch.setattr(_call, "_JOINS_AS_PARSED", False)
    assert _call._joined_url(httpx.URL("http://h.test/"), "im/v2/a", None) is None
