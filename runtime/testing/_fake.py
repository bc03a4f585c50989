"""FakeNim: a stand-in for the Yunxin IM server, in process or on loopback."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

from .._answers import TEST_DOUBLE_HEADER
from .._doubts import DoubtMet
from .._options import SpecDoubts, check_spec_doubts
from ._checks import Judge, RefusedError, check_signature, operation_path, read_form, spec
from ._rest import is_rest_key, operation_key, read_rest, route
from ._state import MESSAGE_TYPE_NAMES, Message, Notification, World

if TYPE_CHECKING:
    from .._client import AsyncNimClient, NimClient

__all__ = ["Answer", "FakeNim", "Fault", "MessageCopy", "RecordedRequest"]

CopyHandler = Callable[[dict[str, str], bytes], object]


@dataclass
class RecordedRequest:
    """One request the fake received, as it arrived, with the answer it got.

    A v1 request has its form in `fields` and `files`; a v2 request its verb
    in `method`, its path values (percent-decoded) in `path_values`, its
    query in `query` and its JSON body in `json`.
    """

    operation: str  # v1: the path without the base, "user/create.action"; v2: "PATCH im/v2/accounts/{account_id}"
    headers: dict[str, str]  # names in lower case
    body: bytes
    fields: dict[str, str]  # the form as text ({} when it could not be read)
    files: dict[str, tuple[str, bytes]]
    answer: dict[str, Any] | None = None  # the JSON answered, None for a fault without one
    status: int = 200
    method: str = "POST"
    path: str = ""  # as sent, percent-encoded, without the query: "/nimserver/im/v2/accounts/zhangsan"
    path_values: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    json: Any = None

    @property
    def code(self) -> int | None:
        return None if self.answer is None else self.answer.get("code")

    @property
    def request_id(self) -> str | None:
        """The request id the client sent: ``X-custom-traceid`` (v2) or ``RequestId`` (v1)."""
        return self.headers.get("x-custom-traceid", self.headers.get("requestid"))

    @property
    def data(self) -> Any:
        """The `data` of a v2 answer."""
        return None if self.answer is None else self.answer.get("data")


@dataclass
class Fault:
    """A failure to give instead of the normal answer."""

    operation: str | None  # None: any operation
    times: int
    code: int | None = None
    desc: str | None = None
    status: int | None = None
    delay: float = 0.0
    drop: bool = False


@dataclass
class Answer:
    """What the fake answers one request with (or how it fails to)."""

    status: int
    body: bytes
    delay: float = 0.0
    drop: bool = False  # close the connection without an answer


@dataclass
class MessageCopy:
    """A signed copy (消息抄送) of a message, as the real server posts it to the app's copy address."""

    headers: dict[str, str]
    body: bytes
    payload: dict[str, Any]
    delivered: int | str | None = None  # the HTTP status, the handler's result, or the error


@dataclass
class _Copies:
    target: str | CopyHandler | None = None
    sent: list[MessageCopy] = field(default_factory=list)


class FakeNim:
    """A fake Yunxin IM server built from the spec.

    It checks every request as the real server does, and more strictly:
    the AppKey, Nonce, CurTime window and CheckSum, the content type, and
    every field against the spec (types, required, enums, bounds, JSON text
    against its schema), answering ``{"code": 414, "desc": <the problem>}``.

    v2 REST calls are routed by verb and path template (a literal segment
    wins over a ``{param}``), and their path values (percent-decoded), query
    values (comma lists split, JSON text decoded) and JSON body are checked
    against the operation's schemas, answering ``{"code": 414, "msg": <the
    problem>}``.

    A check that rests on a fact the spec doubts follows ``spec_doubts`` as
    the client's does (default "warn": the request is accepted); each doubt
    a request met is kept in ``doubts_met`` (a ``DoubtMet`` naming the
    operation, the argument, the rule and the doubt), so that a test suite
    can see which of its calls rest on guesses. ``fake.client()`` has the
    same policy.

    Accounts, friends, teams, one-to-one and team messages, chat rooms and
    event subscriptions are kept in memory, one world that the v1 calls and
    the v2 calls of the same things read and change (v2 listings page it by
    ``limit`` and ``next_token``); ``save_state`` and ``load_state`` keep it
    in a JSON file. ``stateful=False`` answers every operation from the
    spec's examples instead; every other operation answers with the spec's
    example (a listing cut to ``limit``), or with the answers a test queued
    with ``script`` or ``script_pages``.

    Reach it in process (``fake.client()``, ``fake.http_client()``, or
    ``fake.transport()`` for an ``httpx.Client`` of your own) or on loopback
    (``with fake.serve() as url:``, a base URL for any HTTP client).
    """

    def __init__(
        self,
        app_key: str = "test-app-key",
        app_secret: str = "test-app-secret",
        *,
        stateful: bool = True,
        spec_doubts: SpecDoubts = "warn",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app_key = app_key
        self.app_secret = app_secret
        self.stateful = stateful
        self.spec_doubts = check_spec_doubts(spec_doubts)
        self.doubts_met: list[DoubtMet] = []
        self.clock = clock
        self.world = World()
        self.requests: list[RecordedRequest] = []
        self.faults: list[Fault] = []
        self._scripts: dict[str, list[_Scripted]] = {}
        self._copies = _Copies()
        self._lock = threading.RLock()

    def __repr__(self) -> str:
        return f"FakeNim(app_key={self.app_key!r}, requests={len(self.requests)})"

    # Clients bound to the fake.
    def transport(self) -> httpx.BaseTransport:
        """An httpx transport that answers in process, without a socket."""
        return _Transport(self)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        return _AsyncTransport(self)

    def http_client(self) -> httpx.Client:
        return httpx.Client(transport=self.transport())

    def async_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.async_transport())

    def client(self, **options: Any) -> NimClient:
        """A NimClient with the fake's credentials that calls it in process."""
        from .._client import NimClient

        options.setdefault("spec_doubts", self.spec_doubts)
        return NimClient(self.app_key, self.app_secret, http_client=self.http_client(), **options)

    def async_client(self, **options: Any) -> AsyncNimClient:
        from .._client import AsyncNimClient

        options.setdefault("spec_doubts", self.spec_doubts)
        return AsyncNimClient(self.app_key, self.app_secret, http_client=self.async_http_client(), **options)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Answer on a real HTTP server in a thread; yields its base URL (``http://127.0.0.1:<port>/nimserver``)."""
        server = _LoopbackServer((host, port), _handler(self))
        thread = threading.Thread(target=server.serve_forever, name="FakeNim", daemon=True)
        thread.start()
        try:
            bound_host, bound_port = server.server_address[:2]
            yield f"http://{bound_host!s}:{bound_port}/nimserver"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()

    # Faults and records.
    def fail_next(
        self,
        operation: str | None = None,
        *,
        code: int | None = None,
        desc: str | None = None,
        status: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
        times: int = 1,
    ) -> None:
        """Make the next call (to `operation`, such as ``"user/create"``, or to any) fail `times` times.

        With `code`: an API error (HTTP 200, ``{"code": code, "desc": desc}``);
        `status`: that HTTP status; `drop`: the connection closes without an
        answer; `delay` alone: the normal answer, `delay` seconds late (in
        process, a delay past the request's read timeout raises
        ``httpx.ReadTimeout``, as a slow server would make it).
        """
        if code is None and status is None and not drop and not delay:
            raise ValueError("give code, status, delay or drop")
        if times < 1:
            raise ValueError(f"times must be 1 or more, got {times}")
        path = None if operation is None else _key(operation)
        with self._lock:
            self.faults.append(Fault(path, times, code, desc, status, delay, drop))

    def requests_to(self, operation: str) -> list[RecordedRequest]:
        """The recorded requests to one operation: ``"user/create"`` or ``"user/create.action"`` (v1),
        ``"PATCH im/v2/accounts/{account_id}"`` or its operationId ``"v2.account.updateAccount"`` (v2)."""
        key = _key(operation)
        return [request for request in self.requests if request.operation == key]

    # Scripted answers.
    def script(self, operation: str, *answers: Mapping[str, Any]) -> None:
        """Answer the next calls to `operation` with `answers`, one each, in turn, once a call passes the checks.

        For a v2 operation each answer is the `data` (sent as ``{"code": 200,
        "msg": "success", "data": ...}``); for a v1 operation the whole body.
        """
        key = _key(operation)
        entry = spec()["operations"][key]
        with self._lock:
            queue = self._scripts.setdefault(key, [])
            for answer in answers:
                body = (
                    {"code": 200, "msg": "success", "data": dict(answer)} if entry.get("api") == "v2" else dict(answer)
                )
                queue.append(_Scripted(body))

    def script_pages(self, operation: str, pages: Sequence[Sequence[Any]], **data: Any) -> None:
        """Answer the next calls to a paged v2 operation with one page each, holding `pages`' items.

        Each page's `data` has the items under the operation's key, ``has_more``
        (true but on the last page) and the position of the next page
        (``next_token``: ``"page-2"``, ``"page-3"``, ...; or ``offset``: the
        items so far), plus the keys of `data`. Each call after the first must
        carry the position the previous page gave; a call that does not is
        refused with code 414, so a client that pages wrongly is caught.
        Without a script, a paged operation answers its spec example as the
        only page (``has_more`` false).
        """
        key = _key(operation)
        paging = spec()["operations"][key].get("paging")
        if not paging:
            raise ValueError(f"{operation!r} is not a paged v2 operation")
        cursor = paging["style"] == "cursor"
        position_key = "page_token" if cursor else "offset"
        seen = 0
        scripted = []
        for number, items in enumerate(pages, start=1):
            more = number < len(pages)
            seen += len(items)
            page: dict[str, Any] = {**data, paging["items"]: list(items), "has_more": more}
            if more:
                page["next_token" if cursor else "offset"] = f"page-{number + 1}" if cursor else seen
            expect = None
            if number > 1:
                expect = (position_key, f"page-{number}" if cursor else str(seen - len(items)))
            scripted.append(_Scripted({"code": 200, "msg": "success", "data": page}, expect))
        with self._lock:
            self._scripts.setdefault(key, []).extend(scripted)

    @property
    def last_request(self) -> RecordedRequest:
        if not self.requests:
            raise LookupError("the fake has received no request")
        return self.requests[-1]

    def save_state(self, path: str | os.PathLike[str]) -> None:
        """Write what the fake remembers (accounts, friends, teams, messages, ...) to `path` as JSON.

        The file is replaced whole, and only when it is absent, empty or a state file already.
        """
        target = Path(path)
        _check_state_file(target)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with self._lock:
            text = self.world.to_json()
        try:
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, target)
        except OSError:
            temporary.unlink(missing_ok=True)  # ours, half written
            raise

    def load_state(self, path: str | os.PathLike[str]) -> None:
        """Remember what a ``save_state`` file holds (nothing changes for an absent or empty file).

        Raises ValueError, naming the file, when it holds something else."""
        text = _check_state_file(Path(path))
        if text:
            with self._lock:
                self.world = World.from_json(text)

    def reset(self) -> None:
        """Forget the state, the records, the faults and the copy address."""
        with self._lock:
            self.world = World()
            self.requests.clear()
            self.faults.clear()
            self._scripts.clear()
            self._copies = _Copies()

    # Message copies.
    def send_copies_to(self, target: str | CopyHandler | None) -> None:
        """Post a signed copy of every message and custom system notification sent to `target`:
        a URL, or a callable taking the headers and the raw body; None stops the copies."""
        self._copies.target = target

    @property
    def copies(self) -> list[MessageCopy]:
        """The copies made so far, delivered or not."""
        return self._copies.sent

    def sign_copy(self, body: bytes) -> dict[str, str]:
        """The headers the real server puts on a copy: AppKey, CurTime (milliseconds), MD5, CheckSum."""
        md5 = hashlib.md5(body).hexdigest()
        cur_time = str(int(self.clock() * 1000))
        checksum = hashlib.sha1((self.app_secret + md5 + cur_time).encode("utf-8")).hexdigest()
        return {
            "Content-Type": "application/json;charset=utf-8",
            "AppKey": self.app_key,
            "CurTime": cur_time,
            "MD5": md5,
            "CheckSum": checksum,
        }

    # Answering.
    def answer(self, path: str, headers: Mapping[str, str], body: bytes, method: str = "POST") -> Answer:
        """The answer to one request (sans I/O: both transports and the loopback server call it).

        `path` is the request's target as sent (percent-encoded, with any query).
        """
        raw_path, _, query = path.partition("?")
        if not raw_path.endswith(".action"):
            return self._answer_rest(method.upper(), raw_path, query, headers, body)
        path = raw_path
        lowered = {name.lower(): value for name, value in headers.items()}
        operation = operation_path(path)
        record = RecordedRequest(operation, lowered, body, {}, {}, path=path)
        with self._lock:
            self.requests.append(record)
            fault = self._take_fault(operation)
            if fault is not None and (fault.code is not None or fault.status is not None or fault.drop):
                self._record_form(record, lowered, body)
                return self._fault_answer(record, fault)
            result = self._result(record, path, lowered, body)
            sent = self._take_outbox()
            delay = fault.delay if fault is not None else 0.0
        record.answer = result
        self._send_copies(sent)
        return Answer(200, json.dumps(result, ensure_ascii=False).encode("utf-8"), delay=delay)

    def _answer_rest(self, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes) -> Answer:
        lowered = {name.lower(): value for name, value in headers.items()}
        tail = path[len("/nimserver/") :] if path.startswith("/nimserver/") else path.lstrip("/")
        record = RecordedRequest(f"{method} {tail}", lowered, body, {}, {}, method=method, path=path)
        with self._lock:
            self.requests.append(record)
            try:
                if not path.startswith("/nimserver/"):
                    raise RefusedError(404, f"unknown path {path}")
                record.operation, raw_values = route(method, tail)
            except RefusedError as refusal:
                return self._rest_answer(record, {"code": refusal.code, "msg": refusal.desc})
            fault = self._take_fault(record.operation)
            if fault is not None and (fault.code is not None or fault.status is not None or fault.drop):
                with suppress(RefusedError):  # recorded when readable; the fault is the answer
                    self._read_rest(record, raw_values, query, lowered, body, Judge("warn"))
                return self._fault_answer(record, fault)
            try:
                check_signature(lowered, self.app_key, self.app_secret, self.clock())
                judge = Judge(self.spec_doubts)
                values = self._read_rest(record, raw_values, query, lowered, body, judge)
                self._met(record, judge)
                result = self._rest_result(record, values)
            except RefusedError as refusal:
                result = {"code": refusal.code, "msg": refusal.desc}
            sent = self._take_outbox()
        self._send_copies(sent)
        return self._rest_answer(record, result, fault.delay if fault is not None else 0.0)

    @staticmethod
    def _rest_answer(record: RecordedRequest, result: dict[str, Any], delay: float = 0.0) -> Answer:
        record.answer = result
        return Answer(200, json.dumps(result, ensure_ascii=False).encode("utf-8"), delay=delay)

    @staticmethod
    def _read_rest(
        record: RecordedRequest,
        raw_values: dict[str, str],
        query: str,
        headers: dict[str, str],
        body: bytes,
        judge: Judge,
    ) -> dict[str, Any]:
        read = read_rest(record.operation, raw_values, query, headers.get("content-type", ""), body, judge)
        record.path_values, record.query, record.json = read.path_values, read.query, read.json
        return read.values

    def _rest_result(self, record: RecordedRequest, values: dict[str, Any]) -> dict[str, Any]:
        queue = self._scripts.get(record.operation)
        if queue:
            scripted = queue.pop(0)
            if scripted.expect is not None:
                name, expected = scripted.expect
                if record.query.get(name) != expected:
                    sent = record.query.get(name)
                    raise RefusedError(
                        414, f"{name} {sent!r} is not the position the previous page gave ({expected!r})"
                    )
            result: dict[str, Any] = json.loads(json.dumps(scripted.body))
            return result
        handler = self.world.rest_handlers.get(record.operation) if self.stateful else None
        if handler is not None:
            data = handler(values)
            return {"code": 200, "msg": "success"} if data is None else {"code": 200, "msg": "success", "data": data}
        entry = spec()["operations"][record.operation]
        example: dict[str, Any] = json.loads(json.dumps(entry["success"]))
        data = example.get("data")
        paging = entry.get("paging")
        if paging and isinstance(data, dict):
            # An unscripted listing is its example as the only page, so that walking it ends,
            # holding no more items than the call asked for.
            data["has_more"] = False
            if paging["style"] == "cursor":
                data["next_token"] = ""
            if isinstance(data.get(paging["items"]), list) and isinstance(values.get("limit"), int):
                data[paging["items"]] = data[paging["items"]][: values["limit"]]
        return example

    def _take_fault(self, operation: str) -> Fault | None:
        for fault in self.faults:
            if fault.operation in (None, operation):
                fault.times -= 1
                if not fault.times:
                    self.faults.remove(fault)
                return fault
        return None

    @staticmethod
    def _record_form(record: RecordedRequest, headers: dict[str, str], body: bytes) -> None:
        """The fields of a request that gets a fault instead of an answer, when they can be read."""
        if record.operation in spec()["operations"]:
            try:
                form = read_form(record.operation, headers.get("content-type", ""), body, Judge("warn"))
            except RefusedError:
                return
            record.fields, record.files = form.text, form.files

    def _fault_answer(self, record: RecordedRequest, fault: Fault) -> Answer:
        if fault.drop:
            record.status = 0
            return Answer(0, b"", delay=fault.delay, drop=True)
        if fault.status is not None:
            record.status = fault.status
            return Answer(fault.status, f"HTTP {fault.status} from the fake".encode(), delay=fault.delay)
        assert fault.code is not None
        desc = fault.desc or spec()["status_codes"].get(str(fault.code), "injected failure")
        record.answer = {"code": fault.code, "msg" if is_rest_key(record.operation) else "desc": desc}
        return Answer(200, json.dumps(record.answer).encode("utf-8"), delay=fault.delay)

    def _result(self, record: RecordedRequest, path: str, headers: dict[str, str], body: bytes) -> dict[str, Any]:
        operation = record.operation
        try:
            if not path.startswith("/nimserver/") or operation not in spec()["operations"]:
                raise RefusedError(404, f"unknown path {path}")
            check_signature(headers, self.app_key, self.app_secret, self.clock())
            judge = Judge(self.spec_doubts)
            form = read_form(operation, headers.get("content-type", ""), body, judge)
            record.fields, record.files = form.text, form.files
            self._met(record, judge)
            queue = self._scripts.get(operation)
            if queue:
                scripted: dict[str, Any] = json.loads(json.dumps(queue.pop(0).body))
                return scripted
            handler = self.world.handlers.get(operation) if self.stateful else None
            if handler is None:
                example: dict[str, Any] = json.loads(json.dumps(spec()["operations"][operation]["success"]))
                return example  # a copy the caller may change
            return handler(form.values)
        except RefusedError as refusal:
            return {"code": refusal.code, "desc": refusal.desc}

    def _met(self, record: RecordedRequest, judge: Judge) -> None:
        """Keep the doubts an accepted request met, once each, named with its operation."""
        for met in dict.fromkeys(judge.met):
            self.doubts_met.append(met._replace(operation=record.operation))

    def _take_outbox(self) -> list[Message | Notification]:
        sent, self.world.outbox = self.world.outbox, []
        return sent

    def _send_copies(self, sent: list[Message | Notification]) -> None:
        target = self._copies.target
        if target is None:
            return
        for event in sent:
            nick = self.world.accounts.get(event.from_, {}).get("name")
            payload = _copy_payload(event, nick) if isinstance(event, Message) else _notification_copy(event, nick)
            body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            copy = MessageCopy(self.sign_copy(body), body, payload)
            self._copies.sent.append(copy)
            copy.delivered = _deliver(target, copy)


@dataclass
class _Scripted:
    """An answer a test queued, and the page position the request must carry to get it."""

    body: dict[str, Any]
    expect: tuple[str, str] | None = None


def _key(operation: str) -> str:
    """The spec's key of an operation named as a v1 path, a v2 verb and path, or a v2 operationId."""
    if operation.startswith("v2.") or is_rest_key(operation):
        return operation_key(operation)
    path = operation_path(operation)
    if path not in spec()["operations"]:
        raise ValueError(f"unknown operation {operation!r}")
    return path


def _copy_payload(message: Message, nick: str | None) -> dict[str, Any]:
    """The body of a copyConversationMessage copy: every value as text."""
    payload: dict[str, Any] = {
        "eventType": "1",
        "convType": "TEAM" if message.team else "PERSON",
        "to": message.to,
        "fromAccount": message.from_,
        "fromClientType": "REST",
        "msgTimestamp": str(message.sendtime),
        "msgType": MESSAGE_TYPE_NAMES.get(message.type, "CUSTOM"),
        "msgidClient": message.msgidclient,
        "msgidServer": str(message.msgid),
        "resendFlag": "0",
    }
    if nick:
        payload["fromNick"] = nick
    if message.type in (0, 10) and isinstance(message.body, dict):
        payload["body"] = str(message.body.get("msg", ""))
    else:
        payload["attach"] = json.dumps(message.body, ensure_ascii=False, separators=(",", ":"))
    if message.ext is not None:
        payload["ext"] = message.ext
    return payload


def _check_state_file(path: Path) -> str:
    """The text of a state file: empty when it is absent or empty; ValueError when it is something else."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot read the fake state {path}: {error}") from None
    if text.strip():
        try:
            World.from_json(text)
        except ValueError as error:
            raise ValueError(f"{path}: {error}; not read, and left as it is") from None
    return text


def _notification_copy(notification: Notification, nick: str | None) -> dict[str, Any]:
    """The copyConversationMessage copy of a custom system notification: no client id, server id 0 (not stored)."""
    payload: dict[str, Any] = {
        "eventType": "1",
        "convType": "CUSTOM_TEAM" if notification.team else "CUSTOM_PERSON",
        "to": notification.to,
        "fromAccount": notification.from_,
        "fromClientType": "REST",
        "msgTimestamp": str(notification.sendtime),
        "msgType": "CUSTOM_TEAM_MSG" if notification.team else "CUSTOM_P2P_MSG",
        "msgidServer": "0",
        "body": notification.attach,
        "customSafeFlag": "1" if notification.saved else "0",
    }
    if nick:
        payload["fromNick"] = nick
    if notification.push_text is not None:
        payload["customApnsText"] = notification.push_text
    return payload


def _deliver(target: str | CopyHandler, copy: MessageCopy) -> int | str | None:
    if callable(target):
        result = target(dict(copy.headers), copy.body)
        return result if isinstance(result, (int, str)) or result is None else repr(result)
    try:
        return httpx.post(target, content=copy.body, headers=copy.headers, timeout=5.0).status_code
    except httpx.HTTPError as error:
        return f"{type(error).__name__}: {error}"


def _target(request: httpx.Request) -> str:
    """The path and query as sent, percent-encoded."""
    return request.url.raw_path.decode("ascii")


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    read = timeout.get("read") if isinstance(timeout, dict) else None
    return float(read) if isinstance(read, (int, float)) else None


def _response(request: httpx.Request, answer: Answer) -> httpx.Response:
    if answer.drop:
        raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
    headers = {"Content-Type": _content_type(answer), TEST_DOUBLE_HEADER: "1"}
    return httpx.Response(answer.status, headers=headers, content=answer.body)


def _content_type(answer: Answer) -> str:
    return "application/json;charset=utf-8" if answer.status == 200 else "text/plain;charset=utf-8"


class _Transport(httpx.BaseTransport):
    def __init__(self, fake: FakeNim) -> None:
        self.fake = fake

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.fake.answer(_target(request), dict(request.headers), request.read(), request.method)
        if answer.delay:
            limit = _read_timeout(request)
            time.sleep(answer.delay if limit is None else min(answer.delay, limit))
            if limit is not None and answer.delay > limit:
                raise httpx.ReadTimeout("the fake answered later than the read timeout", request=request)
        return _response(request, answer)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeNim) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.fake.answer(_target(request), dict(request.headers), await request.aread(), request.method)
        if answer.delay:
            import anyio  # httpx's own dependency

            limit = _read_timeout(request)
            await anyio.sleep(answer.delay if limit is None else min(answer.delay, limit))
            if limit is not None and answer.delay > limit:
                raise httpx.ReadTimeout("the fake answered later than the read timeout", request=request)
        return _response(request, answer)


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True
    # Connections the kernel holds until the server thread accepts them. The
    # default of 5 resets the rest when many clients connect at once (a test
    # creating fixtures from 32 threads), which would look like a client bug.
    request_queue_size = 128


def _handler(fake: FakeNim) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            answer = fake.answer(self.path, dict(self.headers.items()), body, self.command)
            try:
                if answer.delay:
                    time.sleep(answer.delay)
                if answer.drop:
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", _content_type(answer))
                self.send_header("Content-Length", str(len(answer.body)))
                self.send_header(TEST_DOUBLE_HEADER, "1")
                self.end_headers()
                self.wfile.write(answer.body)
            except OSError:  # the client gave up (a timeout) and closed the connection
                self.close_connection = True

        do_GET = do_PUT = do_PATCH = do_DELETE = do_POST  # noqa: N815 (v2 operations take every verb)

        def log_message(self, format: str, *args: Any) -> None:
            pass  # tests read fake.requests instead

    return Handler
