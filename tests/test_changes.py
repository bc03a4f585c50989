"""The change report (generator/diff/): each rule with a minimal base/revision pair of inline specs,
then the formatters, the version rule, `diff` on git revisions and the report printed by `generate`."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import compare_specs, main
from generator.diff import RULES, Report, diff, judge, render_report, snapshot
from generator.diff.rules import BREAKING, COMPATIBLE, DOCS_ONLY
from generator.diff.sources import SourceError
from generator.diff.versioning import version_problem
from generator.pipeline import load_api
from tests.conftest import GENERATED, SPEC
from tests.specutil import shown

Spec = dict[str, Any]
Edit = Callable[[Spec], None]

_FORM = "application/x-www-form-urlencoded"


def _json_field(description: str, schema: Spec, example: str) -> Spec:
    return {
        "type": "string",
        "contentMediaType": "application/json",
        "contentSchema": schema,
        "description": description,
        "examples": [example],
    }


# The smallest spec that the validator accepts and that has one of everything the rules look at.
BASE: Spec = {
    "openapi": "3.1.0",
    "info": {"title": "Mini API", "version": "1.0.0", "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"}},
    "servers": [
        {"url": "https://api.example.test/nimserver", "description": "Main.", "x-region": "cn", "x-backup-urls": []}
    ],
    "security": [{"AppKey": []}],
    "tags": [{"name": "user", "description": "Accounts."}, {"name": "copy", "description": "Copies."}],
    "x-status-codes": [
        {"code": 200, "name": "ok", "description": "Success."},
        {"code": 414, "name": "bad_argument", "description": "Bad argument.", "error": "InvalidArgumentError"},
    ],
    "paths": {
        "/user/create.action": {
            "post": {
                "operationId": "userCreate",
                "tags": ["user"],
                "summary": "Create an account",
                "description": "Creates an account.",
                "x-safe-to-repeat": False,
                "requestBody": {
                    "required": True,
                    "content": {
                        _FORM: {
                            "schema": {
                                "type": "object",
                                "required": ["accid"],
                                "properties": {
                                    "accid": {
                                        "type": "string",
                                        "maxLength": 32,
                                        "description": "Account id.",
                                        "examples": ["zhangsan"],
                                    },
                                    "age": {
                                        "type": "integer",
                                        "minimum": 0,
                                        "maximum": 150,
                                        "description": "Age.",
                                        "examples": [3],
                                    },
                                    "gender": {
                                        "type": "integer",
                                        "enum": [0, 1, 2],
                                        "description": "Gender.",
                                        "examples": [1],
                                    },
                                    "email": {
                                        "type": "string",
                                        "format": "email",
                                        "description": "Email.",
                                        "examples": ["a@example.com"],
                                    },
                                    "option": _json_field(
                                        "Options.",
                                        {
                                            "type": "object",
                                            "required": ["push"],
                                            "properties": {"push": {"type": "boolean", "description": "Push it."}},
                                        },
                                        '{"push":true}',
                                    ),
                                    "accids": _json_field(
                                        "Accounts.",
                                        {"type": "array", "maxItems": 100, "items": {"type": "string"}},
                                        '["a"]',
                                    ),
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The answer.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["code"],
                                    "properties": {
                                        "code": {"type": "integer", "description": "Status code.", "examples": [200]},
                                        "info": {
                                            "type": "object",
                                            "required": ["token"],
                                            "description": "The account.",
                                            "properties": {
                                                "token": {"type": "string", "description": "Token.", "examples": ["t"]},
                                                "state": {
                                                    "type": "string",
                                                    "enum": ["on", "off"],
                                                    "description": "State.",
                                                    "examples": ["on"],
                                                },
                                            },
                                        },
                                    },
                                }
                            }
                        },
                    }
                },
            }
        },
    },
    "webhooks": {
        "copyLogin": {
            "post": {
                "operationId": "copyLogin",
                "tags": ["copy"],
                "summary": "Receive a login copy",
                "description": "Sent on login.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["eventType", "accid"],
                                "properties": {
                                    "eventType": {
                                        "type": "string",
                                        "const": "2",
                                        "description": "Always 2.",
                                        "examples": ["2"],
                                    },
                                    "accid": {"type": "string", "description": "Who.", "examples": ["a"]},
                                    "clientType": {
                                        "type": "string",
                                        "enum": ["AOS", "IOS"],
                                        "description": "Client.",
                                        "examples": ["IOS"],
                                    },
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "Received.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["errCode"],
                                    "properties": {
                                        "errCode": {
                                            "type": "integer",
                                            "enum": [0, 1],
                                            "description": "Decision.",
                                            "examples": [0],
                                        }
                                    },
                                }
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "securitySchemes": {
            "AppKey": {"type": "apiKey", "in": "header", "name": "AppKey", "description": "The app key."}
        }
    },
}


def _op(spec: Spec, path: str = "/user/create.action") -> Spec:
    operation: Spec = spec["paths"][path]["post"]
    return operation


def _form(spec: Spec) -> Spec:
    form: Spec = _op(spec)["requestBody"]["content"][_FORM]["schema"]
    return form


def _args(spec: Spec) -> Spec:
    properties: Spec = _form(spec)["properties"]
    return properties


def _response(spec: Spec) -> Spec:
    schema: Spec = _op(spec)["responses"]["200"]["content"]["application/json"]["schema"]
    return schema


def _info(spec: Spec) -> Spec:
    info: Spec = _response(spec)["properties"]["info"]
    return info


def _option(spec: Spec) -> Spec:
    option: Spec = _args(spec)["option"]["contentSchema"]
    return option


def _hook(spec: Spec) -> Spec:
    hook: Spec = spec["webhooks"]["copyLogin"]["post"]
    return hook


def _payload(spec: Spec) -> Spec:
    payload: Spec = _hook(spec)["requestBody"]["content"]["application/json"]["schema"]
    return payload


def _answer(spec: Spec) -> Spec:
    answer: Spec = _hook(spec)["responses"]["200"]["content"]["application/json"]["schema"]
    return answer


def _write(root: Path, spec: Spec) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    path = root / "openapi.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _spec_pair(tmp_path: Path, revision: Edit, base: Edit | None = None) -> tuple[Path, Path]:
    old = copy.deepcopy(BASE)
    if base is not None:
        base(old)
    new = copy.deepcopy(old)
    revision(new)
    # Each in a folder spec/, as in a repository: a place is named from the folder above the root's.
    return _write(tmp_path / "base" / "spec", old), _write(tmp_path / "revision" / "spec", new)


def _report(tmp_path: Path, revision: Edit, base: Edit | None = None) -> Report:
    old_root, new_root = _spec_pair(tmp_path, revision, base)
    old, new = load_api(old_root), load_api(new_root)
    return judge(diff(snapshot(old), snapshot(new)), old.version, new.version)


def _found(report: Report) -> dict[str, str]:
    """Each rule id found, with its severity."""
    return {finding.rule.id: finding.severity for finding in report.findings}


def _set(path: list[Any], value: Any) -> Edit:
    """An edit that sets spec[path...] = value."""

    def edit(spec: Spec) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _drop(path: list[Any]) -> Edit:
    def edit(spec: Spec) -> None:
        node = spec
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return edit


def _both(*edits: Edit) -> Edit:
    def edit(spec: Spec) -> None:
        for one in edits:
            one(spec)

    return edit


_PATH = ["paths", "/user/create.action", "post"]
_ARGS = [*_PATH, "requestBody", "content", _FORM, "schema", "properties"]
_RESPONSE = [*_PATH, "responses", "200", "content", "application/json", "schema"]
_INFO = [*_RESPONSE, "properties", "info"]
_OPTION = [*_ARGS, "option", "contentSchema"]
_HOOK = ["webhooks", "copyLogin", "post"]
_PAYLOAD = [*_HOOK, "requestBody", "content", "application/json", "schema"]
_ANSWER = [*_HOOK, "responses", "200", "content", "application/json", "schema"]


def _variant(key: str, value: Any, then: Spec) -> Spec:
    return {"if": {"properties": {key: {"const": value}}, "required": [key]}, "then": then}


# A type key in the options callers build (a loud option needs `push`).
_option_kind = _set([*_OPTION, "properties", "kind"], {"type": "string", "enum": ["quiet", "loud"]})
# Gender 1 needs an email (a body by type on the form).
_form_variant = _set([*_ARGS[:-1], "allOf"], [_variant("gender", 1, {"required": ["email"]})])


def _add_operation(spec: Spec) -> None:
    operation = copy.deepcopy(_op(spec))
    operation["operationId"] = "userBlock"
    spec["paths"]["/user/block.action"] = {"post": operation}


_V2_PATH = ["paths", "/im/v2/demos/{demo_id}"]


def _v2_parameter(name: str, where: str, schema: dict[str, Any], example: Any) -> dict[str, Any]:
    parameter = {"name": name, "in": where, "description": f"The {name}.", "schema": schema}
    return {**parameter, "required": where == "path", "examples": {"one": {"value": example}}}


def _v2_answer(data: dict[str, Any] | None) -> dict[str, Any]:
    properties: dict[str, Any] = {"code": {"type": "integer"}, "msg": {"type": "string"}}
    if data is not None:
        properties["data"] = data
    return {
        "200": {
            "description": "The answer.",
            "content": {"application/json": {"schema": {"type": "object", "properties": properties}}},
        }
    }


def _add_v2_operations(spec: Spec) -> None:
    """A paged v2 GET and a v2 POST with a query flag and a JSON body, on one path."""
    spec["tags"].append({"name": "v2-demo", "description": "Demos."})
    demo_id = _v2_parameter("demo_id", "path", {"type": "integer", "format": "int64"}, 1)
    page = {
        "type": "object",
        "properties": {
            "items": {"type": "array", "items": {"type": "string"}},
            "has_more": {"type": "boolean"},
            "next_token": {"type": "string"},
        },
    }
    listing = {
        "operationId": "v2.demo.listDemos",
        "tags": ["v2-demo"],
        "summary": "List demos",
        "description": "Lists demos.",
        "x-paging": {"items": "items"},
        "parameters": [demo_id, _v2_parameter("page_token", "query", {"type": "string"}, "t1")],
        "responses": _v2_answer(page),
    }
    touch = {
        "operationId": "v2.demo.touchDemo",
        "tags": ["v2-demo"],
        "summary": "Touch a demo",
        "description": "Touches a demo.",
        "parameters": [copy.deepcopy(demo_id), _v2_parameter("flag", "query", {"type": "boolean"}, True)],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {"note": {"type": "string", "description": "A note.", "examples": ["hi"]}},
                    }
                }
            },
        },
        "responses": _v2_answer(None),
    }
    spec["paths"]["/im/v2/demos/{demo_id}"] = {"get": listing, "post": touch}


def _move_flag_to_the_body(spec: Spec) -> None:
    touch = spec["paths"]["/im/v2/demos/{demo_id}"]["post"]
    touch["parameters"] = [parameter for parameter in touch["parameters"] if parameter["name"] != "flag"]
    properties = touch["requestBody"]["content"]["application/json"]["schema"]["properties"]
    properties["flag"] = {"type": "boolean", "description": "The flag.", "examples": [True]}


def _add_response_list(spec: Spec) -> None:
    _response(spec)["properties"]["friends"] = {
        "type": "array",
        "maxItems": 10,
        "items": {"type": "string"},
        "description": "Friends.",
        "examples": [["a"]],
    }


def _add_info_base(spec: Spec) -> None:
    spec["components"]["schemas"] = {
        "Stamped": {
            "type": "object",
            "properties": {"time": {"type": "integer", "description": "When.", "examples": [1]}},
        }
    }
    info = _info(spec)
    _response(spec)["properties"]["info"] = {
        "description": info.pop("description"),
        "allOf": [{"$ref": "#/components/schemas/Stamped"}, info],
    }


# (revision, base edit applied to both sides or None, {rule id: severity} expected, exactly)
CASES: dict[str, tuple[Edit, Edit | None, dict[str, str]]] = {
    # operations
    "operation-added": (_add_operation, None, {"operation-added": COMPATIBLE, "type-added": COMPATIBLE}),
    "operation-removed": (
        _drop(["paths", "/user/block.action"]),
        _add_operation,
        {"operation-removed": BREAKING, "type-removed": BREAKING},
    ),
    "operation-retry-enabled": (
        _set([*_PATH, "x-safe-to-repeat"], True),
        None,
        {"operation-retry-enabled": COMPATIBLE},
    ),
    "operation-retry-disabled": (
        _set([*_PATH, "x-safe-to-repeat"], False),
        _set([*_PATH, "x-safe-to-repeat"], True),
        {"operation-retry-disabled": COMPATIBLE},
    ),
    "operation-deprecated": (_set([*_PATH, "deprecated"], True), None, {"operation-deprecated": COMPATIBLE}),
    # v2 operations
    "v2-operation-added": (
        _add_v2_operations,
        None,
        {"operation-added": COMPATIBLE, "type-added": COMPATIBLE, "api-docs-changed": DOCS_ONLY},  # and a tag
    ),
    "operation-paging-changed": (
        _drop([*_V2_PATH, "get", "x-paging"]),
        _add_v2_operations,
        {"operation-paging-changed": BREAKING},
    ),
    "request-parameter-moved": (_move_flag_to_the_body, _add_v2_operations, {"request-parameter-moved": COMPATIBLE}),
    "operation-docs-changed": (
        _set([*_PATH, "summary"], "Make an account"),
        None,
        {"operation-docs-changed": DOCS_ONLY},
    ),
    # arguments (form fields)
    "request-parameter-added-optional": (
        _set([*_ARGS, "icon"], {"type": "string", "description": "Icon.", "examples": ["x"]}),
        None,
        {"request-parameter-added-optional": COMPATIBLE},
    ),
    "request-parameter-added-required": (
        _both(
            _set([*_ARGS, "token"], {"type": "string", "description": "Token.", "examples": ["x"]}),
            lambda spec: _form(spec)["required"].append("token"),
        ),
        None,
        {"request-parameter-added-required": BREAKING},
    ),
    "request-parameter-removed": (_drop([*_ARGS, "email"]), None, {"request-parameter-removed": BREAKING}),
    "request-parameter-became-required": (
        lambda spec: _form(spec)["required"].append("age"),
        None,
        {"request-parameter-became-required": BREAKING},
    ),
    "request-parameter-became-optional": (
        lambda spec: _form(spec)["required"].remove("accid"),
        None,
        {"request-parameter-became-optional": COMPATIBLE},
    ),
    "request-parameter-deprecation-changed": (
        _set([*_ARGS, "email", "deprecated"], True),
        None,
        {"request-parameter-deprecation-changed": COMPATIBLE},
    ),
    "request-parameter-default-changed": (
        _set([*_ARGS, "age", "default"], 18),
        None,
        {"request-parameter-default-changed": DOCS_ONLY},
    ),
    "request-parameter-docs-changed": (
        _set([*_ARGS, "age", "description"], "Age in years."),
        None,
        {"request-parameter-docs-changed": DOCS_ONLY},
    ),
    "request-parameter-type-changed": (
        _set([*_ARGS, "age"], {"type": "string", "description": "Age.", "examples": ["3"]}),
        None,
        {"request-parameter-type-changed": BREAKING, "request-parameter-docs-changed": DOCS_ONLY},
    ),
    "request-parameter-type-widened": (
        _set([*_ARGS, "age", "type"], "number"),
        None,
        {"request-parameter-type-widened": COMPATIBLE},
    ),
    "request-parameter-length-narrowed": (
        _set([*_ARGS, "accid", "maxLength"], 16),
        None,
        {"request-parameter-length-narrowed": BREAKING},
    ),
    "request-parameter-length-widened": (
        _set([*_ARGS, "accid", "maxLength"], 64),
        None,
        {"request-parameter-length-widened": COMPATIBLE},
    ),
    "request-parameter-bounds-narrowed": (
        _set([*_ARGS, "age", "maximum"], 120),
        None,
        {"request-parameter-bounds-narrowed": BREAKING},
    ),
    "request-parameter-bounds-widened": (
        _drop([*_ARGS, "age", "minimum"]),
        None,
        {"request-parameter-bounds-widened": COMPATIBLE},
    ),
    "request-parameter-enum-narrowed": (
        _set([*_ARGS, "gender", "enum"], [0, 1]),
        None,
        {"request-parameter-enum-narrowed": BREAKING},
    ),
    "request-parameter-enum-widened": (
        _set([*_ARGS, "gender", "enum"], [0, 1, 2, 3]),
        None,
        {"request-parameter-enum-widened": COMPATIBLE},
    ),
    "request-parameter-format-narrowed": (
        _set([*_ARGS, "accid", "format"], "uuid"),
        None,
        {"request-parameter-format-narrowed": BREAKING},
    ),
    "request-parameter-format-widened": (
        _drop([*_ARGS, "email", "format"]),
        None,
        {"request-parameter-format-widened": COMPATIBLE},
    ),
    "request-parameter-format-changed": (
        _set([*_ARGS, "email", "format"], "idn-email"),
        None,
        {"request-parameter-format-changed": BREAKING},
    ),
    "request-parameter-pattern-narrowed": (
        _set([*_ARGS, "accid", "pattern"], "^[a-z]+$"),
        None,
        {"request-parameter-pattern-narrowed": BREAKING},
    ),
    "request-parameter-content-schema-narrowed": (
        _set([*_ARGS, "accids", "contentSchema", "maxItems"], 50),
        None,
        {"request-parameter-content-schema-narrowed": BREAKING},
    ),
    "request-parameter-content-schema-widened": (
        _set([*_ARGS, "accids", "contentSchema", "maxItems"], 200),
        None,
        {"request-parameter-content-schema-widened": COMPATIBLE},
    ),
    # keys of a TypedDict that callers build (the JSON text of an argument)
    "request-property-added-required": (
        _both(
            _set([*_OPTION, "properties", "badge"], {"type": "boolean", "description": "Badge."}),
            lambda spec: _option(spec)["required"].append("badge"),
            _set([*_ARGS, "option", "examples"], ['{"push":true,"badge":false}']),
        ),
        None,
        {"request-property-added-required": BREAKING, "request-parameter-docs-changed": DOCS_ONLY},
    ),
    "request-property-added-optional": (
        _set([*_OPTION, "properties", "badge"], {"type": "boolean", "description": "Badge."}),
        None,
        {"request-property-added-optional": COMPATIBLE},
    ),
    "request-property-became-optional": (
        _set([*_OPTION, "required"], []),
        None,
        {"request-property-became-optional": COMPATIBLE},
    ),
    "request-property-removed": (
        _both(_drop([*_OPTION, "properties", "push"]), _set([*_OPTION, "required"], [])),
        _set([*_OPTION, "properties", "badge"], {"type": "boolean", "description": "Badge."}),
        {"request-property-removed": BREAKING},
    ),
    # keys of a TypedDict that callers read
    "response-property-added-required": (
        _both(
            _set([*_INFO, "properties", "name"], {"type": "string", "description": "Name.", "examples": ["a"]}),
            lambda spec: _info(spec)["required"].append("name"),
        ),
        None,
        {"response-property-added-required": COMPATIBLE},
    ),
    "response-property-removed": (
        _drop([*_INFO, "properties", "state"]),
        None,
        {"response-property-removed": BREAKING},
    ),
    "response-property-became-optional": (
        _set([*_INFO, "required"], []),
        None,
        {"response-property-became-optional": BREAKING},
    ),
    "response-property-became-required": (
        lambda spec: _info(spec)["required"].append("state"),
        None,
        {"response-property-became-required": COMPATIBLE},
    ),
    "response-property-enum-widened": (
        _set([*_INFO, "properties", "state", "enum"], ["on", "off", "idle"]),
        None,
        {"response-property-enum-widened": BREAKING},
    ),
    "response-property-enum-narrowed": (
        _set([*_INFO, "properties", "state", "enum"], ["on"]),
        None,
        {"response-property-enum-narrowed": COMPATIBLE},
    ),
    "response-property-type-changed": (
        _set([*_INFO, "properties", "token", "type"], "integer"),
        None,
        {"response-property-type-changed": BREAKING},
    ),
    "response-property-items-widened": (
        _set([*_RESPONSE, "properties", "friends", "maxItems"], 20),
        _add_response_list,
        {"response-property-items-widened": BREAKING},
    ),
    "response-property-items-narrowed": (
        _set([*_RESPONSE, "properties", "friends", "maxItems"], 5),
        _add_response_list,
        {"response-property-items-narrowed": COMPATIBLE},
    ),
    "response-body-type-widened": (
        _set(
            [*_PATH, "responses", "200", "content", "application/json", "schema"],
            {"type": "object", "additionalProperties": True},
        ),
        None,
        {"response-body-type-widened": BREAKING, "type-removed": BREAKING},
    ),
    # TypedDicts
    "type-bases-changed": (
        _add_info_base,
        None,
        {"type-bases-changed": BREAKING, "type-added": COMPATIBLE},
    ),
    # webhooks
    "webhook-added": (
        _both(
            lambda spec: spec["webhooks"].update(copyLogout=copy.deepcopy(spec["webhooks"]["copyLogin"])),
            _set(["webhooks", "copyLogout", "post", "operationId"], "copyLogout"),
            # A logout copy is told from a login copy by its eventType.
            _set(["webhooks", "copyLogout", "post", *_PAYLOAD[3:], "properties", "eventType", "const"], "3"),
            _set(["webhooks", "copyLogout", "post", *_PAYLOAD[3:], "properties", "eventType", "examples"], ["3"]),
        ),
        None,
        {"webhook-added": COMPATIBLE, "webhook-type-added": COMPATIBLE},
    ),
    "webhook-removed": (
        lambda spec: spec.pop("webhooks"),
        None,
        {"webhook-removed": BREAKING, "webhook-type-removed": COMPATIBLE},
    ),
    "webhook-docs-changed": (
        _set([*_HOOK, "description"], "Sent after a login."),
        None,
        {"webhook-docs-changed": DOCS_ONLY},
    ),
    "webhook-property-removed": (
        _drop([*_PAYLOAD, "properties", "clientType"]),
        None,
        {"webhook-property-removed": BREAKING},
    ),
    "webhook-property-enum-widened": (
        _set([*_PAYLOAD, "properties", "clientType", "enum"], ["AOS", "IOS", "WEB"]),
        None,
        {"webhook-property-enum-widened": BREAKING},
    ),
    "webhook-property-added-optional": (
        _set([*_PAYLOAD, "properties", "ip"], {"type": "string", "description": "Address.", "examples": ["::1"]}),
        None,
        {"webhook-property-added-optional": COMPATIBLE},
    ),
    "webhook-answer-property-enum-narrowed": (
        _set([*_ANSWER, "properties", "errCode", "enum"], [0]),
        None,
        {"webhook-answer-property-enum-narrowed": BREAKING},
    ),
    "webhook-answer-property-enum-widened": (
        _set([*_ANSWER, "properties", "errCode", "enum"], [0, 1, 2]),
        None,
        {"webhook-answer-property-enum-widened": COMPATIBLE},
    ),
    # status codes and error classes
    "status-code-added": (
        lambda spec: spec["x-status-codes"].append({"code": 416, "name": "too_fast", "description": "Too fast."}),
        None,
        {"status-code-added": COMPATIBLE},
    ),
    "status-code-removed": (
        lambda spec: spec["x-status-codes"].pop(),
        None,
        {"status-code-removed": COMPATIBLE, "error-class-removed": BREAKING},
    ),
    "status-code-error-changed": (
        _set(["x-status-codes", 1, "error"], "BadArgumentError"),
        None,
        {"status-code-error-changed": BREAKING, "error-class-removed": BREAKING, "error-class-added": COMPATIBLE},
    ),
    "status-code-retry-changed": (
        _set(["x-status-codes", 1, "retry"], True),
        None,
        {"status-code-retry-changed": COMPATIBLE},
    ),
    "status-code-docs-changed": (
        _set(["x-status-codes", 1, "description"], "An argument is wrong."),
        None,
        {"status-code-docs-changed": DOCS_ONLY},
    ),
    # regions
    "server-added": (
        lambda spec: spec["servers"].append(
            {
                "url": "https://sg.example.test/nimserver",
                "description": "Overseas.",
                "x-region": "sg",
                "x-backup-urls": [],
            }
        ),
        None,
        {"server-added": COMPATIBLE},
    ),
    "server-url-changed": (
        _set(["servers", 0, "x-backup-urls"], ["https://backup.example.test/nimserver"]),
        None,
        {"server-url-changed": COMPATIBLE},
    ),
    "server-docs-changed": (_set(["servers", 0, "description"], "Mainland."), None, {"server-docs-changed": DOCS_ONLY}),
    # bodies by type (the spec's if/then on a type key's const)
    "operation-body-variants-narrowed": (_form_variant, None, {"operation-body-variants-narrowed": BREAKING}),
    "operation-body-variants-widened": (
        _drop([*_ARGS[:-1], "allOf"]),
        _form_variant,
        {"operation-body-variants-widened": COMPATIBLE},
    ),
    "type-variants-narrowed": (
        _both(_option_kind, _set([*_OPTION, "allOf"], [_variant("kind", "loud", {"required": ["push"]})])),
        _option_kind,
        {"type-variants-narrowed": BREAKING},
    ),
    "type-variants-changed": (
        _set([*_INFO, "allOf"], [_variant("state", "on", {"properties": {"token": {"type": "string"}}})]),
        None,
        {"type-variants-changed": COMPATIBLE, "type-added": COMPATIBLE},
    ),
    "webhook-type-variants-changed": (
        _set([*_PAYLOAD, "allOf"], [_variant("clientType", "IOS", {"properties": {"accid": {"type": "string"}}})]),
        None,
        {"webhook-type-variants-changed": COMPATIBLE, "webhook-type-added": COMPATIBLE},
    ),
    # the API's own text
    "api-docs-changed": (_set(["tags", 0, "description"], "IM accounts."), None, {"api-docs-changed": DOCS_ONLY}),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_rule(case: str, tmp_path: Path) -> None:
    revision, base, expected = CASES[case]
    report = _report(tmp_path, revision, base)
    assert _found(report) == expected, [str(finding.text) for finding in report.findings]
    for finding in report.findings:
        assert RULES[finding.rule.id] == finding.rule


def test_every_rule_has_an_id_a_direction_and_a_severity() -> None:
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id and rule_id.replace("-", "").isalnum() and rule_id.islower()
        assert rule.direction in ("argument", "response", "webhook")
        assert rule.severity in (BREAKING, COMPATIBLE, DOCS_ONLY)
    families = {case.rsplit("-", 1)[0] for case in CASES}
    assert {"request-parameter", "request-property", "response-property", "webhook-property", "status-code"} <= families


def test_a_rename_is_a_removal_and_an_addition_that_name_each_other(tmp_path: Path) -> None:
    def rename(spec: Spec) -> None:
        _args(spec)["years"] = _args(spec).pop("age")

    report = _report(tmp_path, rename)
    assert _found(report) == {"request-parameter-removed": BREAKING, "request-parameter-added-optional": COMPATIBLE}
    texts = sorted(finding.text for finding in report.findings)
    assert texts == [
        "argument 'age' removed (perhaps renamed to 'years')",
        "argument 'years' added (perhaps renamed from 'age')",
    ]


def test_a_renamed_component_is_a_removal_and_an_addition(tmp_path: Path) -> None:
    def share(spec: Spec) -> None:
        spec["components"]["schemas"] = {"Account": _info(spec)}
        _response(spec)["properties"]["info"] = {"$ref": "#/components/schemas/Account"}

    def rename(spec: Spec) -> None:
        spec["components"]["schemas"] = {"UserAccount": spec["components"]["schemas"]["Account"]}
        _response(spec)["properties"]["info"] = {"$ref": "#/components/schemas/UserAccount"}

    report = _report(tmp_path, rename, share)
    assert _found(report) == {
        "type-removed": BREAKING,
        "type-added": COMPATIBLE,
        "response-property-type-changed": BREAKING,
    }
    assert sorted(finding.text for finding in report.findings if finding.rule.id.startswith("type-")) == [
        "type added (perhaps renamed from Account)",
        "type removed (perhaps renamed to UserAccount)",
    ]


def test_reordering_changes_nothing(tmp_path: Path) -> None:
    def reorder(spec: Spec) -> None:
        _add_operation(spec)
        spec["paths"] = dict(reversed(list(spec["paths"].items())))
        for properties in (_args(spec), _info(spec)["properties"]):
            items = list(properties.items())
            properties.clear()
            properties.update(reversed(items))
        _args(spec)["gender"]["enum"] = [2, 0, 1]
        spec["x-status-codes"].reverse()

    report = _report(tmp_path, reorder, _add_operation)
    assert report.findings == ()
    assert report.bump == "patch"


def test_a_type_used_both_ways_is_judged_both_ways(tmp_path: Path) -> None:
    """A TypedDict that callers build and read: a new required key breaks builders, not readers."""

    def share(spec: Spec) -> None:
        spec["components"]["schemas"] = {"Info": _info(spec)}
        _response(spec)["properties"]["info"] = {"$ref": "#/components/schemas/Info"}
        _args(spec)["info"] = _json_field("The account.", {"$ref": "#/components/schemas/Info"}, '{"token":"t"}')

    def add_required(spec: Spec) -> None:
        info = spec["components"]["schemas"]["Info"]
        info["properties"]["name"] = {"type": "string", "description": "Name.", "examples": ["a"]}
        info["required"].append("name")
        _args(spec)["info"]["examples"] = ['{"token":"t","name":"a"}']

    report = _report(tmp_path, add_required, share)
    assert _found(report) == {
        "request-property-added-required": BREAKING,
        "response-property-added-required": COMPATIBLE,
        "request-parameter-docs-changed": DOCS_ONLY,  # the argument's example
    }


def test_rules_reached_only_through_generator_changes(tmp_path: Path) -> None:
    """The method and keyword names come from the naming rule: a change there shows only in a snapshot."""
    old_root = _write(tmp_path, BASE)
    old = snapshot(load_api(old_root))
    new = copy.deepcopy(old)
    create = new["operations"]["user/create.action"]
    create["method"] = "user.create_account"
    create["arguments"]["accid"]["name"] = "account_id"
    assert _found(judge(diff(old, new))) == {
        "operation-method-renamed": BREAKING,
        "request-parameter-renamed-in-python": BREAKING,
    }


def test_bump_is_the_largest_severity(tmp_path: Path) -> None:
    assert _report(tmp_path / "a", _set([*_ARGS, "age", "description"], "Years.")).bump == "patch"
    assert _report(tmp_path / "b", _add_operation).bump == "minor"
    assert _report(tmp_path / "c", _drop([*_ARGS, "email"])).bump == "major"


def test_formatters(tmp_path: Path) -> None:
    report = _report(tmp_path, _both(_drop([*_ARGS, "email"]), _set(["info", "version"], "2.0.0")))
    text = render_report(report, "text")
    assert text.splitlines() == [
        "nimserver 1.0.0 -> 2.0.0",
        "  BREAKING client.user.create: argument 'email' removed [request-parameter-removed]" " (spec/openapi.yaml:69)",
        "1 API changes (1 breaking)",
        "release: 2.0.0 or later (a major release of 1.0.0)",
        "bump: major",
    ]
    markdown = render_report(report, "markdown")
    assert markdown.startswith("## nimserver 2.0.0\n\nCompared with 1.0.0.\n\n### Breaking changes\n\n")
    assert "- `client.user.create`: argument 'email' removed (`request-parameter-removed`)" in markdown
    assert markdown.rstrip().endswith("Needs a major release: 2.0.0 or later after 1.0.0.")
    document = json.loads(render_report(report, "json"))
    assert document["bump"] == "major"
    assert document["findings"] == [
        {
            "id": "request-parameter-removed",
            "direction": "argument",
            "severity": "breaking",
            "where": "client.user.create",
            "member": "email",
            "text": "argument 'email' removed",
            "old_location": "spec/openapi.yaml:69",
            "new_location": None,
        }
    ]


@pytest.mark.parametrize(
    ("old", "new", "edit", "allowed"),
    [
        ("1.0.0", "1.0.0", _drop([*_ARGS, "email"]), False),
        ("1.0.0", "1.1.0", _drop([*_ARGS, "email"]), False),
        ("1.0.0", "2.0.0", _drop([*_ARGS, "email"]), True),
        ("1.0.0", "1.0.1", _add_operation, False),
        ("1.0.0", "1.1.0", _add_operation, True),
        ("1.0.0", "1.0.0", _set([*_ARGS, "age", "description"], "Years."), False),
        ("1.0.0", "1.0.1", _set([*_ARGS, "age", "description"], "Years."), True),
        ("1.0.0", "1.0.0", _set([*_ARGS, "age", "x-note"], "Reviewed."), True),  # no change for callers
        ("0.1.0", "0.1.1", _drop([*_ARGS, "email"]), False),  # below 1.0 a breaking change needs a new minor
        ("0.1.0", "0.2.0", _drop([*_ARGS, "email"]), True),
        ("0.1.0", "0.1.1", _add_operation, True),
        ("1.1.0", "1.0.9", _set([*_ARGS, "age", "description"], "Years."), False),
    ],
)
def test_version_rule(old: str, new: str, edit: Edit, allowed: bool, tmp_path: Path) -> None:
    report = _report(tmp_path, _both(edit, _set(["info", "version"], new)), _set(["info", "version"], old))
    assert (version_problem(report, old, new) is None) == allowed


def test_check_since_fails_when_the_version_does_not_allow_the_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_root, new_root = _spec_pair(tmp_path, _drop([*_ARGS, "email"]))
    assert main(["check", "--since", str(old_root), "--spec", str(new_root)]) == 1
    err = capsys.readouterr().err
    assert "1 API changes (1 breaking)" in err and "set it to 2.0.0 or later" in err
    _write(new_root.parent, {**yaml.safe_load(new_root.read_text()), "info": {**BASE["info"], "version": "2.0.0"}})
    assert main(["check", "--since", str(old_root.parent), "--spec", str(new_root)]) == 0
    assert "1.0.0 -> 2.0.0 allows it" in capsys.readouterr().out


def _git(repository: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repository), *args], check=True, capture_output=True)


def test_diff_reads_git_revisions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A tag against a later commit: each revision's spec/ is read from git, not from the work tree."""
    repository = tmp_path / "repo"
    _write(repository / "spec", BASE)
    _git(repository, "init", "-q")
    _git(repository, "add", "spec")
    _git(repository, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-m", "base")
    _git(repository, "tag", "v1.0.0")
    revision = copy.deepcopy(BASE)
    _add_operation(revision)
    _write(repository / "spec", revision)
    _git(repository, "-c", "user.name=t", "-c", "user.email=t@example.test", "commit", "-q", "-am", "add")
    _write(repository / "spec", BASE)  # the work tree differs from both revisions

    report = compare_specs("v1.0.0", "HEAD", repository)
    assert _found(report) == {"operation-added": COMPATIBLE, "type-added": COMPATIBLE}
    assert all("spec/openapi.yaml:" in finding.location for finding in report.findings)
    assert compare_specs("HEAD~1", str(repository / "spec"), repository).findings == ()
    with pytest.raises(SourceError, match="neither a spec file or directory nor a git revision"):
        compare_specs("no-such-revision", "HEAD", repository)


def test_changelog_sections(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--changelog puts the Markdown section first under the title, and replaces it when run again."""
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\nIntro.\n\n## nimserver 1.0.0\n\nFirst.\n", encoding="utf-8")
    old_root, new_root = _spec_pair(tmp_path, _both(_add_operation, _set(["info", "version"], "1.1.0")))
    for _ in range(2):
        assert main(["diff", str(old_root), str(new_root), "--changelog", str(changelog)]) == 0
    text = changelog.read_text(encoding="utf-8")
    assert text.startswith(
        "# Changelog\n\nIntro.\n\n## nimserver 1.1.0\n\nCompared with 1.0.0.\n\n### Compatible changes\n"
    )
    assert text.count("## nimserver 1.1.0") == 1
    assert text.endswith("Needs a minor release: 1.1.0 or later after 1.0.0.\n\n## nimserver 1.0.0\n\nFirst.\n")
    notices = capsys.readouterr().err.splitlines()
    assert notices == [
        f"{shown(changelog)}: added the section '## nimserver 1.1.0'",
        f"{shown(changelog)}: replaced the section '## nimserver 1.1.0'",
    ]


def test_a_changelog_section_below_1_0_says_the_release_it_needs(tmp_path: Path) -> None:
    """A breaking change under a 0.2.0 heading: the section names the minor release it needs, not a major bump."""
    edit = _both(_drop([*_ARGS, "email"]), _set(["info", "version"], "0.2.0"))
    report = _report(tmp_path, edit, _set(["info", "version"], "0.1.0"))
    section = render_report(report, "markdown")
    assert section.startswith("## nimserver 0.2.0\n")
    assert "bump: major" not in section
    assert section.rstrip().endswith(
        "Needs a minor release: 0.2.0 or later after 0.1.0 (major under SemVer, which moves one place to the right"
        " below 1.0)."
    )


def test_diff_without_new_compares_with_the_work_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_root, new_root = _spec_pair(tmp_path, _add_operation)
    assert main(["diff", str(old_root), "--spec", str(new_root), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["bump"] == "minor"
    with pytest.raises(SystemExit):
        main(["diff", str(old_root), str(new_root), str(new_root)])


def test_diff_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_root, new_root = _spec_pair(tmp_path, _add_operation)
    assert main(["diff", str(old_root.parent), str(new_root), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["bump"] == "minor"
    assert main(["diff", str(old_root), str(new_root)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "bump: minor"
    assert main(["diff", "no-such-revision", str(new_root)]) == 1
    assert "neither a spec file or directory nor a git revision" in capsys.readouterr().err


def test_generate_reports_api_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(SPEC.parent, spec)
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    root = spec / "openapi.yaml"
    assert main(["release", "--spec", str(root)]) == 0  # the spec as it is: version 0.1.0 published
    user = spec / "paths" / "user.yaml"
    text = user.read_text(encoding="utf-8")
    text = text.replace("required: [accid, mute]", "required: [accid]", 1)  # user.mute: mute becomes optional
    text = text.replace(
        "            required: [accid]\n            properties:\n              accid:\n                $ref: '../openapi.yaml#/components/schemas/Accid'\n                description: Account to ban.",
        "            required: [accid, needkick]\n            properties:\n              accid:\n                $ref: '../openapi.yaml#/components/schemas/Accid'\n                description: Account to ban.",
        1,
    )
    user.write_text(text, encoding="utf-8")
    root.write_text(root.read_text().replace("  /user/unblock.action:\n    $ref: paths/user.yaml#/userUnblock\n", ""))

    assert main(["generate", "--spec", str(root), "--out", str(out)]) == 0
    report = capsys.readouterr().out

    assert "BREAKING client.user.unblock: method removed [operation-removed]" in report
    # A change of required-ness is placed at the `required` entry that makes it, not at the property.
    lines = user.read_text(encoding="utf-8").splitlines()
    needkick_entry = 1 + next(index for index, line in enumerate(lines) if "required: [accid, needkick]" in line)
    assert (
        "BREAKING client.user.block: argument 'needkick' is now required [request-parameter-became-required]"
        f" (spec/paths/user.yaml:{needkick_entry})" in report
    )
    assert "compatible client.user.mute: argument 'mute' is now optional [request-parameter-became-optional]" in report
    assert "3 API changes (2 breaking, 1 compatible)" in report
    assert "info.version must move before the next release: since 0.1.0, the changes need a minor release" in report
    assert main(["generate", "--spec", str(root), "--out", str(out)]) == 0
    assert "no API changes" in capsys.readouterr().out
