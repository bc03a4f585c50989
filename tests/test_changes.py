"""The report of what a regeneration changes for callers: each rule with a
minimal before/after pair, then the whole path through `generate`."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.__main__ import main
from generator.changes import compare
from tests.conftest import GENERATED, SPEC


def _t(name: str) -> dict[str, Any]:
    """A type of the surface by a short name: str, int, int|str, or a TypedDict's name."""
    if "|" in name:
        return {"union": [_t(part) for part in name.split("|")]}
    return {"scalar": name} if name in ("str", "int", "float", "bool") else {"typeddict": name}


def _method(returns: str = "Envelope", **arguments: tuple[str, bool]) -> dict[str, Any]:
    return {
        "returns": _t(returns),
        "arguments": {name: {"type": _t(t), "required": r} for name, (t, r) in arguments.items()},
    }


def _type(directions: list[str], **keys: tuple[str, bool]) -> dict[str, Any]:
    return {
        "bases": [],
        "directions": directions,
        "keys": {name: {"type": _t(t), "required": r} for name, (t, r) in keys.items()},
    }


def _report(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [str(change) for change in compare(old, new)]


BASE = {"methods": {"user.create": _method(accid=("str", True), name=("str", False))}, "types": {}}


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        ({"methods": {}}, ["BREAKING client.user.create: method removed"]),
        (
            {"methods": {**BASE["methods"], "user.block": _method()}},
            ["compatible client.user.block: method added"],
        ),
        (
            {"methods": {"user.create": _method(accid=("str", True), name=("str", False), icon=("str", False))}},
            ["compatible client.user.create: argument 'icon' added"],
        ),
        (
            {"methods": {"user.create": _method(accid=("str", True), name=("str", False), token=("str", True))}},
            ["BREAKING client.user.create: required argument 'token' added"],
        ),
        (
            {"methods": {"user.create": _method(accid=("str", True))}},
            ["BREAKING client.user.create: argument 'name' removed"],
        ),
        (
            {"methods": {"user.create": _method(accid=("str", True), name=("str", True))}},
            ["BREAKING client.user.create: argument 'name' is now required"],
        ),
        (
            {"methods": {"user.create": _method(accid=("str", False), name=("str", False))}},
            ["compatible client.user.create: argument 'accid' is now optional"],
        ),
        (
            {"methods": {"user.create": _method(accid=("int", True), name=("str", False))}},
            ["BREAKING client.user.create: argument 'accid' changed: int, was str"],
        ),
        (
            {"methods": {"user.create": _method(accid=("int|str", True), name=("str", False))}},
            ["compatible client.user.create: argument 'accid' widened: int | str, was str"],
        ),
        (
            {"methods": {"user.create": _method("UserCreateResponse", accid=("str", True), name=("str", False))}},
            ["BREAKING client.user.create: the return type changed: UserCreateResponse, was Envelope"],
        ),
    ],
    ids=[
        "removed",
        "added",
        "optional-arg",
        "required-arg",
        "arg-removed",
        "now-required",
        "now-optional",
        "retyped",
        "widened-argument",
        "returns",
    ],
)
def test_method_rules(new: dict[str, Any], expected: list[str]) -> None:
    assert _report(BASE, {"types": {}, **new}) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (
            _type(["response"], code=("int", True), info=("Info", False), extra=("str", True)),
            ["compatible nimserver.types.R: required key 'extra' added"],
        ),
        (_type(["response"], code=("int", True)), ["BREAKING nimserver.types.R: key 'info' removed"]),
        (
            _type(["response"], code=("int", False), info=("Info", False)),
            ["BREAKING nimserver.types.R: key 'code' is now optional"],
        ),
        (
            _type(["response"], code=("int", True), info=("Info", True)),
            ["compatible nimserver.types.R: key 'info' is now required"],
        ),
        (
            _type(["response"], code=("int|str", True), info=("Info", False)),
            ["BREAKING nimserver.types.R: key 'code' widened: int | str, was int"],
        ),
    ],
    ids=["key-added", "key-removed", "may-go-missing", "always-there", "widened"],
)
def test_response_type_rules(after: dict[str, Any], expected: list[str]) -> None:
    before = {"methods": {}, "types": {"R": _type(["response"], code=("int", True), info=("Info", False))}}
    assert _report(before, {"methods": {}, "types": {"R": after}}) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (
            _type(["argument"], push=("bool", True), badge=("bool", True)),
            ["BREAKING nimserver.types.A: required key 'badge' added"],
        ),
        (
            _type(["argument"], push=("bool", True), badge=("bool", False)),
            ["compatible nimserver.types.A: key 'badge' added"],
        ),
        (_type(["argument"], push=("bool", False)), ["compatible nimserver.types.A: key 'push' is now optional"]),
    ],
    ids=["required-key-added", "optional-key-added", "now-optional"],
)
def test_argument_type_rules(after: dict[str, Any], expected: list[str]) -> None:
    """A TypedDict that callers build (an argument) breaks them when it asks for more."""
    before = {"methods": {}, "types": {"A": _type(["argument"], push=("bool", True))}}
    assert _report(before, {"methods": {}, "types": {"A": after}}) == expected


def test_breaking_changes_come_first() -> None:
    new = {"methods": {"a.added": _method(), "z.kept": _method()}, "types": {}}
    old = {"methods": {"z.kept": _method(), "z.removed": _method()}, "types": {}}
    assert _report(old, new) == ["BREAKING client.z.removed: method removed", "compatible client.a.added: method added"]


def test_generate_reports_api_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC.parent, spec)
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    user = spec / "paths" / "user.yaml"
    text = user.read_text(encoding="utf-8")
    text = text.replace("required: [accid, mute]", "required: [accid]", 1)  # user.mute: mute becomes optional
    text = text.replace(
        "            required: [accid]\n            properties:\n              accid:\n                $ref: '../openapi.yaml#/components/schemas/Accid'\n                description: Account to ban.",
        "            required: [accid, needkick]\n            properties:\n              accid:\n                $ref: '../openapi.yaml#/components/schemas/Accid'\n                description: Account to ban.",
        1,
    )
    user.write_text(text, encoding="utf-8")
    root = spec / "openapi.yaml"
    root.write_text(root.read_text().replace("  /user/unblock.action:\n    $ref: paths/user.yaml#/userUnblock\n", ""))

    assert main(["generate", "--spec", str(root), "--out", str(out)]) == 0
    report = capsys.readouterr().out

    assert "BREAKING client.user.unblock: method removed" in report
    assert "BREAKING client.user.block: argument 'needkick' is now required" in report
    assert "compatible client.user.mute: argument 'mute' is now optional" in report
    assert "3 API changes (2 breaking)" in report
    assert main(["generate", "--spec", str(root), "--out", str(out)]) == 0
    assert "no API changes" in capsys.readouterr().out
