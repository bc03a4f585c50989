"""Contract test: every operation of the generated client against a Prism mock of the spec.

A session fixture bundles spec/openapi.yaml into one file with Redocly and
starts `prism mock --errors` on a free loopback port. Each operation is then
called twice through the generated client, once with only its required
arguments and once with all of them, each argument set to its field's first
spec example. Prism validates the request (path, content type, security
headers, required fields, types, enums, lengths) and answers 4xx with a
problem+json body when anything is off; the client turns that into
TransportError, and the test fails with Prism's validation messages.

Prism's form decoder only reads the properties the schema lists, so a field
sent under a wrong wire name would pass unnoticed; the test therefore also
checks that the request carried exactly the expected field names.

An ApiError (a mocked body whose `code` is not 200) is not a failure: only
the HTTP-level rejection of a request is.

Needs the Node tools of package.json (`npm ci`); the module is skipped when
node_modules is missing.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
BIN = ROOT / "node_modules" / ".bin"
PRISM = BIN / "prism"
REDOCLY = BIN / "redocly"

if not (PRISM.exists() and REDOCLY.exists()):
    pytest.skip(
        f"Prism/Redocly are not installed ({BIN} is missing them): run `npm ci` in {ROOT}",
        allow_module_level=True,
    )

import httpx  # noqa: E402

import nimserver  # noqa: E402
from generator.load import load_spec  # noqa: E402
from generator.model import Operation  # noqa: E402
from generator.pipeline import load_api  # noqa: E402
from generator.pytypes import Named  # noqa: E402
from tests.examples import example_arguments  # noqa: E402

STARTUP_TIMEOUT = 90.0  # seconds for Prism to load the bundled spec and listen
NODE_ENV = {
    **os.environ,
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "NO_COLOR": "1",
}

API = load_api(SPEC)
DOCUMENT = load_spec(SPEC)


def _arguments(operation: Operation, only_required: bool) -> dict[str, Any]:
    if operation.api == "v2":
        # Each path, query and body example as a Python value: the client encodes it.
        return {
            field.python_name: _js_safe(field.examples[0])
            for field in operation.fields
            if field.required or not only_required
        }
    # JSON-text examples are passed as text, which the client sends unchanged.
    return example_arguments(DOCUMENT, operation, everything=not only_required, decode_json=False)


CASES = [
    pytest.param(
        operation,
        only_required,
        id=f"{'v2.' if operation.api == 'v2' else ''}{operation.group}.{operation.method}-{'required' if only_required else 'all'}",
    )
    for operation in API.operations
    for only_required in (True, False)
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End the Prism process this module started."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("prism")
    bundled = work / "bundled.yaml"
    bundle = subprocess.run(
        [str(REDOCLY), "bundle", str(SPEC), "-o", str(bundled)],
        cwd=ROOT,
        env=NODE_ENV,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if bundle.returncode != 0 or not bundled.is_file():
        pytest.fail(f"redocly bundle failed ({bundle.returncode}):\n{bundle.stdout}\n{bundle.stderr}", pytrace=False)

    port = _free_port()
    log_path = work / "prism.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", str(bundled), "-h", "127.0.0.1", "-p", str(port), "--errors"],
            cwd=ROOT,
            env=NODE_ENV,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"prism exited with {process.returncode}:\n{log_path.read_text(errors='replace')[-4000:]}",
                    pytrace=False,
                )
            try:
                # Any HTTP answer (here 404 for an unknown path) means Prism is listening.
                httpx.post(f"{url}/__contract_test_ready__", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    pytest.fail(
                        f"prism did not answer within {STARTUP_TIMEOUT:.0f} s:\n{log_path.read_text(errors='replace')[-4000:]}",
                        pytrace=False,
                    )
                time.sleep(0.25)
        yield url
    finally:
        _stop(process)


class Recorder:
    """Keeps the last request and response that went through the client."""

    def __init__(self) -> None:
        self.request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    def on_request(self, request: httpx.Request) -> None:
        self.request = request

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        self.response = response


@pytest.fixture(scope="session")
def session_client(prism_url: str) -> Iterator[tuple[nimserver.NimClient, Recorder]]:
    recorder = Recorder()
    http = httpx.Client(
        timeout=30,
        event_hooks={"request": [recorder.on_request], "response": [recorder.on_response]},
    )
    client = nimserver.NimClient(
        "contract-test-app-key", "contract-test-app-secret", base_url=prism_url, http_client=http
    )
    try:
        yield client, recorder
    finally:
        client.close()
        http.close()


@pytest.fixture
def recorded_client(session_client: tuple[nimserver.NimClient, Recorder]) -> tuple[nimserver.NimClient, Recorder]:
    client, recorder = session_client
    recorder.request = recorder.response = None
    return client, recorder


def _sent_field_names(request: httpx.Request) -> list[str]:
    content_type = request.headers.get("content-type", "")
    body = request.read()
    if content_type.startswith("application/json"):
        return [*(name for name, _ in request.url.params.multi_items()), *json.loads(body)]
    if request.method != "POST" or not body:
        return [name for name, _ in request.url.params.multi_items()]
    if content_type.startswith("multipart/form-data"):
        return [name.decode() for name in re.findall(rb'Content-Disposition: form-data; name="([^"]+)"', body)]
    return [name for name, _ in parse_qsl(body.decode("ascii"), keep_blank_values=True)]


JS_MAX_SAFE_INTEGER = 2**53 - 1


def _js_safe(value: Any) -> Any:
    """`value` with integers past 2**53 brought under it: Prism checks int64 values as JavaScript numbers
    and refuses larger ones (real message server ids are larger; tests/test_v2_wire.py covers them)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value > JS_MAX_SAFE_INTEGER:
        return value % 10**15
    if isinstance(value, list):
        return [_js_safe(item) for item in value]
    if isinstance(value, dict):
        return {key: _js_safe(item) for key, item in value.items()}
    return value


def _only_the_mocked_answer_is_faulted(response: httpx.Response | None) -> bool:
    """Prism accepted the request but faults its own mocked answer: it checks the example's numbers as
    JavaScript numbers, so a 64-bit id past 2**53 in a spec example (message server ids are) fails there."""
    if response is None or response.status_code != 500:
        return False
    try:
        violations = response.json().get("validation") or []
    except ValueError:
        return False
    return bool(violations) and all(
        violation.get("location", [""])[0] == "response"
        and violation.get("code") == "maximum"
        and "9007199254740991" in violation.get("message", "")
        for violation in violations
    )


@pytest.mark.parametrize(("operation", "only_required"), CASES)
def test_prism_accepts_request(
    operation: Operation, only_required: bool, recorded_client: tuple[nimserver.NimClient, Recorder]
) -> None:
    client, recorder = recorded_client
    arguments = _arguments(operation, only_required)
    owner = client.v2 if operation.api == "v2" else client
    method = getattr(getattr(owner, operation.group), operation.method)
    rejected: nimserver.TransportError | None = None
    try:
        method(**arguments)
    except nimserver.ApiError:
        pass  # the mocked body had a code other than 200: the request itself was accepted
    except nimserver.TransportError as error:
        rejected = error
    if rejected is not None and not _only_the_mocked_answer_is_faulted(recorder.response):
        response = recorder.response
        detail = response.text if response is not None else "(no response)"
        pytest.fail(f"Prism rejected the request: {rejected}\n{detail}", pytrace=False)

    request = recorder.request
    assert request is not None
    assert request.method == operation.http_method
    if operation.api == "v2":
        template = re.escape("/" + operation.path)
        assert re.fullmatch(
            re.sub(r"\\\{[a-z_0-9]+\\\}", "[^/]+", template), request.url.raw_path.decode().split("?")[0]
        )
    else:
        assert request.url.path == "/" + operation.path
    sent = [field for field in operation.fields if field.required or not only_required]
    expected = sorted(field.wire_name for field in sent if field.where != "path")
    assert sorted(_sent_field_names(request)) == expected


# Bodies by type (the spec's if/then on a type's const): standard JSON Schema that Prism applies on its
# own. Each v2 variant's keys are required by Prism; the v1 variants are out of its sight (see below).

BODY_VARIANTS = [
    pytest.param(operation, field, case, id=f"{operation.operation_id}-{field.wire_name}-{case.value}")
    for operation in API.operations
    if operation.api == "v2"
    for field in operation.fields
    if isinstance(field.type, Named)
    for typed_dict in API.typed_dicts
    if typed_dict.name == field.type.name and typed_dict.variants is not None
    for case in typed_dict.variants.cases
    if case.required
]


def _raw_v2(client: nimserver.NimClient, operation: Operation, arguments: dict[str, Any]) -> Any:
    """The call through the raw v2 request: the client's own checks stay out of the way."""
    path, query, body = operation.path, {}, {}
    for field in operation.fields:
        if field.python_name not in arguments:
            continue
        value = arguments[field.python_name]
        if field.where == "path":
            path = path.replace("{" + field.wire_name + "}", quote(str(value), safe=""))
        elif field.where == "query":
            query[field.wire_name] = value
        else:
            body[field.wire_name] = value
    return client.v2.request(operation.http_method, path, query=query or None, body=body or None)


def _prism_verdict(client: nimserver.NimClient, recorder: Recorder, operation: Operation, arguments: Any) -> list[str]:
    """Prism's validation messages about the request ([] when it accepted it)."""
    try:
        _raw_v2(client, operation, arguments)
    except nimserver.ApiError:
        return []
    except nimserver.TransportError:
        if _only_the_mocked_answer_is_faulted(recorder.response):
            return []
        assert recorder.response is not None
        return [violation["message"] for violation in recorder.response.json().get("validation", [])]
    return []


@pytest.mark.parametrize(("operation", "field", "case"), BODY_VARIANTS)
def test_prism_requires_the_keys_a_v2_message_type_needs(
    operation: Operation, field: Any, case: Any, recorded_client: tuple[nimserver.NimClient, Recorder]
) -> None:
    client, recorder = recorded_client
    arguments = _arguments(operation, only_required=True)
    typed_dict = next(td for td in API.typed_dicts if td.name == field.type.name)
    right = {**arguments[field.python_name], typed_dict.variants.key: case.value}
    for name in case.required:
        right[name] = {"url": "https://nim.nosdn.127.net/a.jpg"} if name == "attachment" else "x"
    assert _prism_verdict(client, recorder, operation, {**arguments, field.python_name: right}) == []
    for name in case.required:
        lacking = {key: value for key, value in right.items() if key != name}
        messages = _prism_verdict(client, recorder, operation, {**arguments, field.python_name: lacking})
        assert f"must have required property '{name}'" in " ".join(messages), messages


def test_prism_does_not_look_inside_json_text_of_a_form_field(
    recorded_client: tuple[nimserver.NimClient, Recorder],
) -> None:
    """The limit that makes the client and the fakes check v1 bodies themselves: a v1 body is JSON *text* in a
    form field, whose `contentSchema` JSON Schema 2020-12 makes an annotation, and Prism reads a form field's
    `if` before it turns the field's text into a number. So Prism accepts a text message without `msg`, and
    a chat room image without `attach` (a `then: {required: [attach]}` on the form), which the client refuses."""
    client, _ = recorded_client
    text_without_msg = {"from": "zhangsan", "ope": 0, "to": "lisi", "type": 0, "body": '{"text":"hi"}'}
    assert client.request("msg/sendMsg.action", text_without_msg)["code"] == 200
    image_without_attach = {"roomid": 3571337, "msgId": "m1", "fromAccid": "zhangsan", "msgType": 1}
    assert client.request("chatroom/sendMsg.action", image_without_attach)["code"] == 200
    with pytest.raises(ValueError, match=r"body \(for type=0\) lacks the required key 'msg'"):
        client.msg.send_msg(from_="zhangsan", ope=0, to="lisi", type=0, body={"text": "hi"})
    with pytest.raises(ValueError, match=r"attach is required for msg_type=1"):
        client.chatroom.send_msg(roomid=3571337, msg_id="m1", from_accid="zhangsan", msg_type=1)
