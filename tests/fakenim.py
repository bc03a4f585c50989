"""A fake Yunxin IM server on loopback that checks requests the way the real
one does, and more strictly: signing headers, the CurTime window, the form
encoding, and every field against the operation's form schema in the spec.

v2 REST requests are routed by verb and path template (the template with the
most literal segments wins), and their path values (percent-decoded), query
values (comma lists split, JSON text decoded) and JSON body are checked
against the operation's parameter and body schemas, read straight from the
spec document.

A request that fails a check gets `{"code": 414, "desc": <the reason>}` (v1)
or `{"code": 414, "msg": <the reason>}` (v2), so a client mistake shows up as
an ApiError naming the problem.
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

from jsonschema import Draft202012Validator as _Draft202012
from jsonschema import ValidationError, validators

from generator.load import SpecDict

CURTIME_WINDOW = 300  # seconds, as the real server allows


def _json_text(validator: Any, content_schema: Any, instance: Any, schema: dict[str, Any]) -> Any:
    """JSON text inside a JSON value is checked against its contentSchema (an annotation in JSON Schema)."""
    if schema.get("contentMediaType") == "application/json" and isinstance(instance, str):
        try:
            decoded = json.loads(instance)
        except ValueError:
            yield ValidationError(f"{instance[:40]!r} is not JSON text")
            return
        yield from validator.descend(decoded, content_schema)


Draft202012Validator = validators.extend(_Draft202012, {"contentSchema": _json_text})
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


@dataclass
class Received:
    path: str  # as sent, percent-encoded, without the query
    headers: dict[str, str]
    fields: dict[str, str]
    files: dict[str, tuple[str, bytes]]
    raw_body: bytes
    content_type: str
    method: str = "POST"
    operation: str = ""  # v2: "PATCH /im/v2/accounts/{account_id}"
    path_values: dict[str, str] = field(default_factory=dict)  # v2, percent-decoded
    query: dict[str, str] = field(default_factory=dict)  # v2
    json: Any = None  # v2: the JSON body


@dataclass(frozen=True)
class Reply:
    """How the server answers one request."""

    status: int = 200
    body: bytes = b""
    delay: float = 0.0  # seconds to wait before answering
    reset: bool = False  # send the head and part of the body, then drop the connection
    drip: float = 0.0  # send the head, then the body one byte every `drip` seconds
    drip_head: bool = False  # drip the head too


@dataclass
class _Operation:
    media_type: str | None
    properties: dict[str, Any]
    required: list[str]
    success: dict[str, Any]
    # v2 only: the path template as a pattern, and each parameter's Parameter Object.
    pattern: re.Pattern[str] | None = None
    literals: int = 0
    parameters: dict[str, Any] = field(default_factory=dict)
    body_required: bool = False
    # v1: the form's shapes by the value of a type field (its allOf of if/then members).
    variants: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class FakeNim:
    document: SpecDict
    app_key: str
    app_secret: str
    received: list[Received] = field(default_factory=list)
    # Replies queued by a test, used before the spec's success example.
    replies: list[Reply] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.operations: dict[str, _Operation] = {}
        for path, item in self.document["paths"].items():
            if not path.endswith(".action"):
                for verb in ("get", "post", "put", "patch", "delete"):
                    if verb in item:
                        self.operations[f"{verb.upper()} {path}"] = _rest_operation(path, item[verb])
                continue
            operation = item["post"]
            media_type, properties, required, variants = None, {}, [], []
            body = operation.get("requestBody")
            if body:
                media_type, media = next(iter(body["content"].items()))
                properties = media["schema"]["properties"]
                required = list(media["schema"].get("required", []))
                variants = [member for member in media["schema"].get("allOf", []) if "if" in member]
            self.operations[path] = _Operation(
                media_type, properties, required, _success(operation, {"code": 200}), variants=variants
            )
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/nimserver"

    def __enter__(self) -> FakeNim:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def reset(self) -> None:
        self.received.clear()
        self.replies.clear()

    def reply_json(self, body: dict[str, Any], *, times: int = 1) -> None:
        self.replies.extend([Reply(200, json.dumps(body).encode())] * times)

    def reply_raw(self, status: int, body: bytes, *, times: int = 1) -> None:
        self.replies.extend([Reply(status, body)] * times)

    def reply_late(self, seconds: float) -> None:
        self.replies.append(Reply(200, b'{"code": 200}', delay=seconds))

    def reply_dripping(self, seconds: float, body: bytes = b'{"code": 200, "padding": "xxxxxxxxxx"}') -> None:
        self.replies.append(Reply(200, body, drip=seconds))

    def reply_dripping_head(self, seconds: float) -> None:
        self.replies.append(Reply(200, b'{"code": 200}', drip=seconds, drip_head=True))

    def reply_reset(self) -> None:
        self.replies.append(Reply(200, b'{"code": 200, "info": {"accid"', reset=True))

    # What the server does with one request.
    def handle(self, path: str, headers: dict[str, str], raw: bytes, method: str = "POST") -> Reply:
        path, _, query = path.partition("?")
        if not path.endswith(".action"):
            return self._handle_rest(method, path, query, headers, raw)
        content_type = headers.get("content-type", "")
        received = Received(path, headers, {}, {}, raw, content_type)
        self.received.append(received)
        problem = self._check(path, headers, raw, received)
        if problem:
            return Reply(200, json.dumps({"code": 414, "desc": problem}).encode())
        if self.replies:
            return self.replies.pop(0)
        operation = self.operations["/" + path.removeprefix("/nimserver/")]
        return Reply(200, json.dumps(operation.success, ensure_ascii=False).encode())

    def _check(self, path: str, headers: dict[str, str], raw: bytes, received: Received) -> str | None:
        if not path.startswith("/nimserver/"):
            return f"unknown path {path}"
        operation = self.operations.get("/" + path.removeprefix("/nimserver/"))
        if operation is None:
            return f"unknown path {path}"
        problem = self._check_signature(headers)
        if problem:
            return problem
        content_type = received.content_type
        if operation.media_type == "multipart/form-data":
            if not content_type.startswith("multipart/form-data"):
                return f"expected multipart/form-data, got {content_type!r}"
            received.fields, received.files = _parse_multipart(content_type, raw)
        else:
            if content_type.replace(" ", "").lower() != "application/x-www-form-urlencoded;charset=utf-8":
                return f"expected application/x-www-form-urlencoded;charset=utf-8, got {content_type!r}"
            try:
                parsed = parse_qs(
                    raw.decode("ascii"),
                    keep_blank_values=True,
                    strict_parsing=bool(raw),
                    encoding="utf-8",
                    errors="strict",
                )
            except (UnicodeDecodeError, ValueError) as error:
                return f"malformed form body: {error}"
            for name, values in parsed.items():
                if len(values) != 1:
                    return f"{name} sent {len(values)} times"
                received.fields[name] = values[0]
        return self._check_fields(operation, received)

    def _handle_rest(self, method: str, path: str, query: str, headers: dict[str, str], raw: bytes) -> Reply:
        content_type = headers.get("content-type", "")
        received = Received(path, headers, {}, {}, raw, content_type, method=method)
        self.received.append(received)
        key, problem = self._route(method, path, received)
        problem = problem or self._check_signature(headers) or self._check_rest(key, query, raw, received)
        if problem:
            return Reply(200, json.dumps({"code": 414, "msg": problem}, ensure_ascii=False).encode())
        if self.replies:
            return self.replies.pop(0)
        return Reply(200, json.dumps(self.operations[key].success, ensure_ascii=False).encode())

    def _route(self, method: str, path: str, received: Received) -> tuple[str, str | None]:
        if not path.startswith("/nimserver/"):
            return "", f"unknown path {path}"
        tail = path.removeprefix("/nimserver")
        found: list[tuple[int, str, dict[str, str]]] = []
        for key, operation in self.operations.items():
            verb, _, _ = key.partition(" ")
            match = operation.pattern.fullmatch(tail) if operation.pattern and verb == method else None
            if match:
                found.append((operation.literals, key, match.groupdict()))
        if not found:
            return "", f"no operation for {method} {tail}"
        _, key, raw_values = max(found, key=lambda item: item[0])
        received.operation = key
        for name, raw in raw_values.items():
            try:
                received.path_values[name] = unquote(raw, errors="strict")
            except UnicodeDecodeError:
                return key, f"path value {name} is not percent-encoded UTF-8"
        return key, None

    def _check_rest(self, key: str, query: str, raw: bytes, received: Received) -> str | None:
        operation = self.operations[key]
        try:
            pairs = parse_qs(query, keep_blank_values=True, strict_parsing=bool(query), errors="strict")
        except (UnicodeDecodeError, ValueError) as error:
            return f"malformed query: {error}"
        for name, values in pairs.items():
            if len(values) != 1:
                return f"{name} sent {len(values)} times"
            received.query[name] = values[0]
        for name, parameter in operation.parameters.items():
            sent = received.path_values if parameter["in"] == "path" else received.query
            if name not in sent:
                if parameter.get("required"):
                    return f"{name} is required"
                continue
            problem = _check_parameter(parameter, sent[name])
            if problem:
                return f"{name}: {problem}"
        for name in received.query:
            if operation.parameters.get(name, {}).get("in") != "query":
                return f"unknown query parameter {name}"
        if operation.media_type is None:
            return f"{key} takes no body" if raw else None
        if not raw:
            return "a JSON body is required" if operation.body_required else None
        if received.content_type.split(";")[0].strip() != "application/json":
            return f"expected application/json, got {received.content_type!r}"
        try:
            received.json = json.loads(raw.decode("utf-8"))
        except ValueError as error:
            return f"the body is not JSON: {error}"
        body_schema = {"type": "object", "properties": operation.properties, "required": operation.required}
        body_schema["additionalProperties"] = False
        for error in Draft202012Validator(body_schema).iter_errors(received.json):
            where = ".".join(str(part) for part in error.absolute_path)
            message = error.message + _variant(body_schema, error.schema_path)
            return f"body {where}: {message}" if where else f"body: {message}"
        return None

    def _check_signature(self, headers: dict[str, str]) -> str | None:
        if headers.get("appkey") != self.app_key:
            return "wrong AppKey"
        nonce = headers.get("nonce", "")
        if not 1 <= len(nonce) <= 128:
            return "Nonce must have 1 to 128 characters"
        cur_time = headers.get("curtime", "")
        if not cur_time.isdigit() or abs(int(cur_time) - time.time()) > CURTIME_WINDOW:
            return f"CurTime {cur_time!r} is not the current time in epoch seconds"
        expected = hashlib.sha1((self.app_secret + nonce + cur_time).encode()).hexdigest()
        if headers.get("checksum") != expected:
            return "CheckSum mismatch"
        return None

    def _check_fields(self, operation: _Operation, received: Received) -> str | None:
        sent = {**received.fields, **{name: "" for name in received.files}}
        for name in operation.required:
            if name not in sent:
                return f"{name} is required"
        for name, text in received.fields.items():
            schema = operation.properties.get(name)
            if schema is None:
                return f"unknown field {name}"
            try:
                value = _decode(schema, text)
            except ValueError as error:
                return f"{name}: {error}"
            checks = [({key: item for key, item in schema.items() if key != "contentSchema"}, value)]
            if "contentSchema" in schema:  # JSON text: the decoded value too
                checks.append((schema["contentSchema"], json.loads(text)))
            for rules, checked in checks:
                for error in Draft202012Validator(rules).iter_errors(checked):
                    return f"{name}: {error.message}{_variant(rules, error.schema_path)}"
        for name in received.files:
            schema = operation.properties.get(name)
            if schema is None or schema.get("contentMediaType") != "application/octet-stream":
                return f"{name} is not a file part"
        return _check_variants(operation, received.fields)


def _variant(schema: Any, schema_path: Any) -> str:
    """` (for msgType=1)` when a problem lies in the `then` of an if/then on a type's const."""
    node, label = schema, ""
    for part in schema_path:
        if part == "then" and "if" in node:
            fixed = node["if"].get("properties", {})
            label = " (for " + ", ".join(f"{key}={value.get('const')!r}" for key, value in fixed.items()) + ")"
        node = node[part]
    return label


def _check_variants(operation: _Operation, fields: dict[str, str]) -> str | None:
    """The fields a type needs, and their shapes for it, by the spec's if/then on the type field's const."""
    values = {name: _decode(operation.properties[name], text) for name, text in fields.items()}
    for member in operation.variants:
        if not Draft202012Validator(member["if"]).is_valid(values):
            continue
        label = ", ".join(f"{key}={schema['const']!r}" for key, schema in member["if"]["properties"].items())
        for name in member["then"].get("required", []):
            if name not in fields:
                return f"{name} is required for {label}"
        for name, schema in member["then"].get("properties", {}).items():
            if name not in fields:
                continue
            value = json.loads(fields[name]) if "contentSchema" in schema else values[name]
            for error in Draft202012Validator(schema.get("contentSchema", schema)).iter_errors(value):
                return f"{name} (for {label}): {error.message}"
    return None


def _success(operation: dict[str, Any], default: dict[str, Any]) -> dict[str, Any]:
    response = operation["responses"]["200"]["content"]["application/json"]
    examples = list(response.get("examples", {}).values())
    return examples[0]["value"] if examples else default


def _rest_operation(path: str, operation: dict[str, Any]) -> _Operation:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    literals = sum(1 for segment in path.split("/") if segment and not segment.startswith("{"))
    parameters = {parameter["name"]: parameter for parameter in operation.get("parameters", [])}
    media_type, properties, required, body_required = None, {}, [], False
    body = operation.get("requestBody")
    if body:
        media_type = "application/json"
        schema = body["content"]["application/json"]["schema"]
        properties, required = dict(schema["properties"]), list(schema.get("required", []))
        body_required = body.get("required") is True
    success = _success(operation, {"code": 200, "msg": "success"})
    return _Operation(
        media_type, properties, required, success, re.compile(pattern), literals, parameters, body_required
    )


def _check_parameter(parameter: dict[str, Any], text: str) -> str | None:
    """A path or query value: JSON text, a comma-joined list or one value, checked against its schema."""
    if "content" in parameter:
        schema = parameter["content"]["application/json"]["schema"]
        try:
            value = json.loads(text)
        except ValueError:
            return f"{text!r} is not JSON text"
    else:
        schema = parameter["schema"]
        try:
            if schema.get("type") == "array":
                value = [_decode(schema.get("items", {}), item) for item in text.split(",")]
            else:
                value = _decode(schema, text)
        except ValueError as error:
            return str(error)
    for error in Draft202012Validator(schema).iter_errors(value):
        return error.message
    return None


def _decode(schema: dict[str, Any], text: str) -> Any:
    """A form value as the server reads it, strictly."""
    kind = schema.get("type")
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError(f"{text!r} is not true or false")
        return text == "true"
    if kind == "integer":
        if not _INTEGER.match(text):
            raise ValueError(f"{text!r} is not an integer")
        return int(text)
    if kind == "number":
        if not _NUMBER.match(text):
            raise ValueError(f"{text!r} is not a number")
        return float(text)
    if schema.get("contentMediaType") == "application/json":
        try:
            json.loads(text)
        except ValueError:
            raise ValueError(f"{text!r} is not JSON text") from None
    return text


def _parse_multipart(content_type: str, raw: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + raw)
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True) or b""
        if filename is not None:
            files[str(name)] = (filename, payload)
        else:
            fields[str(name)] = payload.decode("utf-8")
    return fields, files


def _handler_class(server: FakeNim) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            headers = {key.lower(): value for key, value in self.headers.items()}
            reply = server.handle(self.path, headers, raw, self.command)
            try:
                self._answer(reply)
            except OSError:  # the client gave up (a timeout) and closed the connection
                self.close_connection = True

        do_GET = do_PUT = do_PATCH = do_DELETE = do_POST  # noqa: N815 (v2 operations take every verb)

        def _answer(self, reply: Reply) -> None:
            if reply.delay:
                time.sleep(reply.delay)
            if reply.drip_head:
                head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(reply.body)}\r\n\r\n".encode()
                for index in range(len(head)):  # bounded by the head's length
                    self.wfile.write(head[index : index + 1])
                    time.sleep(reply.drip)
                self.wfile.write(reply.body)
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", "application/json;charset=utf-8")
            self.send_header("Content-Length", str(len(reply.body) + (100 if reply.reset else 0)))
            self.end_headers()
            if reply.drip:
                for index in range(len(reply.body)):  # bounded by the body's length
                    self.wfile.write(reply.body[index : index + 1])
                    time.sleep(reply.drip)
                return
            self.wfile.write(reply.body)
            if reply.reset:
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True

        def log_message(self, format: str, *args: Any) -> None:
            pass  # keep test output clean

    return Handler
