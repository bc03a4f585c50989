"""A fake Yunxin IM server on loopback that checks requests the way the real
one does, and more strictly: signing headers, the CurTime window, the form
encoding, and every field against the operation's form schema in the spec.

A request that fails a check gets `{"code": 414, "desc": <the reason>}`, so a
client mistake shows up as an ApiError naming the problem.
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
from urllib.parse import parse_qs

from jsonschema import Draft202012Validator

from generator.load import SpecDict

CURTIME_WINDOW = 300  # seconds, as the real server allows
_INTEGER = re.compile(r"^-?\d+$")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    fields: dict[str, str]
    files: dict[str, tuple[str, bytes]]
    raw_body: bytes
    content_type: str


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
                continue  # a v2 REST operation (spec/README.md): this double serves v1 only
            operation = item["post"]
            media_type, properties, required = None, {}, []
            body = operation.get("requestBody")
            if body:
                media_type, media = next(iter(body["content"].items()))
                properties = media["schema"]["properties"]
                required = list(media["schema"].get("required", []))
            response = operation["responses"]["200"]["content"]["application/json"]
            examples = list(response.get("examples", {}).values())
            success = examples[0]["value"] if examples else {"code": 200}
            self.operations[path] = _Operation(media_type, properties, required, success)
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
    def handle(self, path: str, headers: dict[str, str], raw: bytes) -> Reply:
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
                    return f"{name}: {error.message}"
        for name in received.files:
            schema = operation.properties.get(name)
            if schema is None or schema.get("contentMediaType") != "application/octet-stream":
                return f"{name} is not a file part"
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
            reply = server.handle(self.path, headers, raw)
            try:
                self._answer(reply)
            except OSError:  # the client gave up (a timeout) and closed the connection
                self.close_connection = True

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
