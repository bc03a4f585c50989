# Copied from runtime/_conform.py by `python -m generator`; do not edit.
"""The conformance run: a scripted scenario of safe calls against a test app, each answer checked against the spec.

``nimserver conform --app-key-file FILE --report report.json`` (or
``run_conformance(...)`` from Python) creates two throwaway accounts, a team
and a chat room whose ids start with a unique prefix, reads them back in the
v1 and v2 APIs, probes the open doubts that creating one more throwaway
account, team or chat room can settle (a field left out, a value one
character over its limit), and removes what it made: teams removed, chat rooms closed, friendships deleted. Yunxin
has no call that deletes an account, so the throwaway accounts are blocked
(they can no longer log in) and listed in the report. Nothing is sent to an
account the run did not create; no message is sent at all.

What the run made is written to a ledger file (beside the report) as soon as
the server answers, so a run that is killed leaves a record: the next run
with the same ``--prefix`` removes those leftovers first, and lists what it
could not remove.

The report keeps, per call, what was sent and received with every secret
and personal value (account ids, names, tokens, texts, phone numbers)
replaced by a stable hash, the differences from the spec (``_answers``), the
verdict and the doubts a probe settled. It stays on the machine it was
written on.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ._answers import TEST_DOUBLE_HEADER, Difference, check_answer, check_paging, operation_entry
from ._drift import REPORT_FORMAT
from ._errors import ApiError, TransportError

GROUPS = ("user", "friend", "history", "team", "chatroom", "v2")
DEFAULT_PACE = 0.5  # seconds between calls: 2 calls/s, below the documented limit of every operation it calls
_JOINED_TEAMS = "GET im/v2.1/team_members/{account_id}/actions/joined_teams"
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ConformError(Exception):
    """The run cannot start: bad credentials file, bad option."""


@dataclass
class Context:
    """What the scenario made so far and the names it uses."""

    prefix: str
    ids: dict[str, Any] = field(default_factory=dict)

    def account(self, name: str) -> str:
        return f"{self.prefix}{name}"


@dataclass(frozen=True)
class Step:
    """One call of the scenario.

    `values` gives a v1 call's form fields, or a v2 call's ``path``, ``query``
    and ``body``; `made` says what a write created, from what it sent and the
    answer (for the ledger); `fresh` gives the values of a probe: a call like
    this one creating another throwaway object, so a probe never changes what
    the scenario reads.
    """

    group: str
    name: str
    operation: str
    values: Callable[[Context], dict[str, Any]]
    writes: bool = False
    setup: bool = False  # needed by the other groups: runs whenever writes are allowed
    made: Callable[[Context, Mapping[str, Any], Any], dict[str, Any] | None] | None = None
    fresh: Callable[[Context, int], dict[str, Any]] | None = None


def _account(ctx: Context, values: Mapping[str, Any], body: Any) -> dict[str, Any] | None:
    """The account a creation made, by the id it was sent (an answer may spell it otherwise)."""
    accid = values.get("accid")
    return None if accid is None else {"kind": "account", "id": accid}


def _tid(ctx: Context, values: Mapping[str, Any], body: Any) -> dict[str, Any] | None:
    tid = body.get("tid") if isinstance(body, dict) else None
    if tid is None:
        return None
    ctx.ids["tid"] = tid
    return {"kind": "team", "id": tid, "owner": values.get("owner", ctx.account("a1"))}


def _roomid(ctx: Context, values: Mapping[str, Any], body: Any) -> dict[str, Any] | None:
    room = body.get("chatroom") if isinstance(body, dict) else None
    if not isinstance(room, dict) or room.get("roomid") is None:
        return None
    ctx.ids["roomid"] = room["roomid"]
    return {"kind": "chatroom", "id": room["roomid"], "operator": values.get("creator", ctx.account("a1"))}


def _friendship(ctx: Context, values: Mapping[str, Any], body: Any) -> dict[str, Any]:
    return {"kind": "friend", "id": values["faccid"], "owner": values["accid"]}


def _team(ctx: Context, name: str) -> dict[str, Any]:
    return {
        "tname": name,
        "owner": ctx.account("a1"),
        "members": _ids(ctx, "a2"),
        "msg": "conformance run",
        "magree": 0,
        "joinmode": 0,
    }


def scenario() -> list[Step]:
    """The calls of a run, in order; each write touches only the run's own throwaway objects."""
    return [
        Step(
            "user",
            "create first account",
            "user/create.action",
            lambda c: {"accid": c.account("a1"), "name": "conformance a1"},
            writes=True,
            setup=True,
            made=_account,
            fresh=lambda c, n: {"accid": c.account(f"p{n}"), "name": "conformance probe"},
        ),
        Step(
            "user",
            "create second account",
            "user/create.action",
            lambda c: {"accid": c.account("a2"), "name": "n" * 64},  # at the spec's limit
            writes=True,
            setup=True,
            made=_account,
        ),
        Step("user", "read accounts", "user/getUinfos.action", lambda c: {"accids": _ids(c, "a1", "a2")}),
        Step(
            "user",
            "update account",
            "user/updateUinfo.action",
            lambda c: {"accid": c.account("a1"), "sign": "conformance run"},
            writes=True,
        ),
        Step(
            "v2",
            "read accounts (v2)",
            "GET im/v2/accounts",
            lambda c: {"query": {"account_ids": f"{c.account('a1')},{c.account('a2')}"}},
        ),
        Step(
            "v2",
            "update a user card (v2)",
            "PATCH im/v2/users/{account_id}",
            lambda c: {"path": {"account_id": c.account("a2")}, "body": {"sign": "conformance run", "gender": 0}},
            writes=True,
        ),
        Step(
            "v2",
            "read a user card (v2)",
            "GET im/v2/users/{account_id}",
            lambda c: {"path": {"account_id": c.account("a2")}},
        ),
        Step(
            "friend",
            "add friend",
            "friend/add.action",
            lambda c: {"accid": c.account("a1"), "faccid": c.account("a2"), "type": 1},
            writes=True,
            made=_friendship,
        ),
        Step("friend", "read friends", "friend/get.action", lambda c: {"accid": c.account("a1"), "updatetime": 0}),
        Step(
            "history",
            "read one-to-one history",
            "history/querySessionMsg.action",
            lambda c: {
                "from": c.account("a1"),
                "to": c.account("a2"),
                "begintime": c.ids["started"] - 86_400_000,
                "endtime": c.ids["started"],
                "limit": 10,
            },
        ),
        Step(
            "team",
            "create team",
            "team/create.action",
            lambda c: _team(c, "conformance team"),
            writes=True,
            made=_tid,
            fresh=lambda c, n: _team(c, f"conformance probe {n}"),
        ),
        Step("team", "read team", "team/query.action", lambda c: {"tids": json.dumps([int(c.ids["tid"])]), "ope": 1}),
        Step(
            "team",
            "list joined teams (v2, paged)",
            _JOINED_TEAMS,
            lambda c: {"path": {"account_id": c.account("a1")}, "query": {"team_type": 1, "limit": 1}},
        ),
        Step(
            "chatroom",
            "create chat room",
            "chatroom/create.action",
            lambda c: {"creator": c.account("a1"), "name": "conformance room"},
            writes=True,
            made=_roomid,
            fresh=lambda c, n: {"creator": c.account("a1"), "name": f"conformance probe {n}"},
        ),
        Step("chatroom", "read chat room", "chatroom/get.action", lambda c: {"roomid": c.ids["roomid"]}),
    ]


def _ids(ctx: Context, *names: str) -> str:
    return json.dumps([ctx.account(name) for name in names])


def _undo(entry: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The call that removes what the ledger entry records (an account can only be blocked)."""
    kind = entry["kind"]
    if kind == "team":
        return "team/remove.action", {"tid": entry["id"], "owner": entry["owner"]}
    if kind == "chatroom":
        return "chatroom/toggleCloseStat.action", {"roomid": entry["id"], "operator": entry["operator"], "valid": False}
    if kind == "friend":
        return "friend/delete.action", {"accid": entry["owner"], "faccid": entry["id"]}
    return "user/block.action", {"accid": entry["id"]}


_UNDO_ORDER = {"chatroom": 0, "team": 1, "friend": 2, "account": 3}


class Redactor:
    """Keeps the report and the log free of secrets and personal values.

    Every string value of what was sent and received becomes a stable hash
    (the same text, the same hash, so a reader can still follow an id from
    call to call); keys, numbers, booleans and the envelope's message stay,
    with the app key, the secret and any word holding the run's prefix (its
    account ids) replaced.
    """

    def __init__(self, secrets: Iterable[str], prefix: str) -> None:
        self._secrets = [secret for secret in secrets if secret]
        self._prefix = prefix

    @staticmethod
    def digest(value: Any) -> str:
        text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
        return "hash:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

    def answer(self, body: Any) -> Any:
        """A decoded answer: its envelope's message (`desc`, v2 `msg`) kept legible, ids in it replaced."""
        if not isinstance(body, dict):
            return self.value(body)
        return {
            self.text(str(name)): (
                self.text(item) if name in ("desc", "msg") and isinstance(item, str) else self.value(item)
            )
            for name, item in body.items()
        }

    def value(self, value: Any) -> Any:
        if isinstance(value, dict):
            return {self.text(str(name)): self.value(item) for name, item in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return self.digest(value) if isinstance(value, str) else value

    def text(self, text: str) -> str:
        """A text with the secrets and the run's ids in it replaced."""
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "[secret]")
        if self._prefix and self._prefix in text:
            return re.sub(rf"\S*{re.escape(self._prefix)}\S*", lambda found: self.digest(found.group()), text)
        return text


# The loggers that may name a call's values: the client's debug lines and httpx's request lines (URLs).
_VALUE_LOGGERS = ("nimserver", "httpx")


class _LogRedaction(logging.Filter):
    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self._redact.text(record.getMessage()), ()
        return True


@contextmanager
def _redacted_logs(redact: Redactor) -> Iterator[None]:
    """While the run lasts, its log lines carry hashes where they would name its ids or secrets."""
    redaction = _LogRedaction(redact)
    loggers = [logging.getLogger(name) for name in _VALUE_LOGGERS]
    for logger in loggers:
        logger.addFilter(redaction)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(redaction)


@dataclass
class _Run:
    client: Any
    ctx: Context
    redact: Redactor
    pace: float
    progress: Callable[[str], None]
    ledger_path: Path
    read_only: bool = False  # nothing was made: reads of the run's ids may meet objects that do not exist
    calls: list[dict[str, Any]] = field(default_factory=list)
    ledger: list[dict[str, Any]] = field(default_factory=list)
    last_call: float = 0.0
    probes: int = 0  # how many probes were sent: each makes its own account
    # An answer came from nimserver.testing's fake (TEST_DOUBLE_HEADER): it follows the spec the run
    # checks against, so what its probes observe is recorded but settles nothing.
    test_double: bool = False

    def notice(self, response: Any) -> None:
        """An httpx response hook: remember that a test double answered."""
        if TEST_DOUBLE_HEADER in response.headers:
            self.test_double = True

    def save_ledger(self) -> None:
        if not self.ledger:
            self.ledger_path.unlink(missing_ok=True)
            return
        temporary = self.ledger_path.with_name(self.ledger_path.name + ".tmp")
        temporary.write_text(json.dumps({"prefix": self.ctx.prefix, "made": self.ledger}, indent=1), "utf-8")
        os.replace(temporary, self.ledger_path)

    def send(self, operation: str, values: dict[str, Any], writes: bool) -> tuple[int, Any]:
        """One call, paced; its HTTP status and decoded body (a business error's body too)."""
        wait = self.last_call + self.pace - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.last_call = time.monotonic()
        try:
            if " " in operation:
                verb, template = operation.split(" ", 1)
                path = template
                for name, value in values.get("path", {}).items():
                    path = path.replace("{" + name + "}", str(value))
                body = self.client.v2.request(
                    verb, path, query=values.get("query"), body=values.get("body"), safe_to_repeat=not writes
                )
            else:
                body = self.client.request(operation, values, safe_to_repeat=not writes)
            return 200, body
        except ApiError as error:
            return 200, error.body
        except TransportError as error:
            return error.status_code or 0, None

    def call(
        self,
        label: str,
        operation: str,
        values: dict[str, Any],
        writes: bool,
        probe: Any = None,
        made: Callable[[Any], dict[str, Any] | None] | None = None,
    ) -> Any:
        """One call, checked and recorded; what it `made` goes into the ledger before anything else happens."""
        status, body = self.send(operation, values, writes)
        if made is not None and isinstance(body, dict) and body.get("code") == 200:
            self.remember(made(body))
        differences = check_answer(operation, status, body)
        sent_page = values.get("query", {}) if " " in operation else values
        differences += check_paging(operation, sent_page, body)
        code = body.get("code") if isinstance(body, dict) else None
        if probe is None and code not in (None, 200) and not self.read_only:
            differences.append(_refusal(operation, values, body))
        verdict = "agrees" if not differences else "differs"
        if probe is not None:
            verdict = "probe"
        record = {
            "step": label,
            "operation": operation,
            "writes": writes,
            "probe": probe,
            "sent": self.redact.value(values),
            "status": status,
            "received": self.redact.answer(body),
            "verdict": verdict,
            "differences": [item.as_dict() for item in differences],
            "settles": [],
            "on_test_double": [],
        }
        self.calls.append(record)
        shown = "; ".join(str(item).split(": ", 1)[1] for item in differences) or ("answered" if probe else "")
        self.progress(f"[{len(self.calls):3}] {label}: {operation} {verdict} {shown}".rstrip())
        return body

    def remember(self, entry: dict[str, Any] | None) -> None:
        """Add to the ledger, on disk at once; an id is the same whether it came as a number or as text."""
        if entry is None or any(
            (item["kind"], str(item["id"])) == (entry["kind"], str(entry["id"])) for item in self.ledger
        ):
            return
        self.ledger.append(entry)
        self.save_ledger()

    def clean_up(self) -> list[dict[str, Any]]:
        """Undo every ledger entry, newest kinds first; what could not be undone, and the blocked accounts."""
        left: list[dict[str, Any]] = []
        self._find_teams()
        for entry in sorted(self.ledger, key=lambda item: _UNDO_ORDER[item["kind"]]):
            operation, values = _undo(entry)
            body = self.call(f"clean up {entry['kind']}", operation, values, writes=True)
            code = body.get("code") if isinstance(body, dict) else None
            if code != 200 and not (entry["kind"] == "friend" and code == 404):
                left.append({"kind": entry["kind"], "id": self.redact.digest(entry["id"]), "code": code})
            elif entry["kind"] == "account":
                left.append({"kind": "account", "id": self.redact.digest(entry["id"]), "state": "blocked"})
        self.ledger = []
        self.save_ledger()
        return left

    def _find_teams(self) -> None:
        """Teams the first throwaway account owns that the ledger missed (a run stopped as one was made)."""
        owner = self.ctx.account("a1")
        if not any(item == {"kind": "account", "id": owner} for item in self.ledger):
            return
        values = {"path": {"account_id": owner}, "query": {"team_type": 1, "limit": 100}}
        body = self.call("look for teams to clean up", _JOINED_TEAMS, values, writes=False)
        data = body.get("data") if isinstance(body, dict) else None
        for team in data.get("team_info_list") or () if isinstance(data, dict) else ():
            if isinstance(team, dict) and team.get("owner_account_id") == owner and team.get("team_id") is not None:
                self.remember({"kind": "team", "id": team["team_id"], "owner": owner})


def _refusal(operation: str, values: Mapping[str, Any], body: Mapping[str, Any]) -> Difference:
    """A call the spec allows, refused: which field the answer names, and whether it was left out or at its limit."""
    entry = operation_entry(operation) or {}
    fields: dict[str, Any] = entry.get("fields", {})
    message = body.get("desc", body.get("msg"))
    words = set(_WORD.findall(message)) if isinstance(message, str) else set()
    named = [name for name in fields if name in words]
    code = body.get("code")
    if len(named) != 1:
        return Difference(operation, "refused", "", f"code {code} on a call the spec allows")
    name = named[0]
    sent = (
        {**values.get("path", {}), **values.get("query", {}), **values.get("body", {})} if " " in operation else values
    )
    limit = fields[name][1]
    if name not in sent:
        return Difference(operation, "refused-required", f"request.{name}", f"code {code} naming {name}, left out")
    if limit is not None and isinstance(sent[name], str) and len(sent[name]) >= limit:
        detail = f"code {code} naming {name}, sent at the spec's limit of {limit} characters"
        return Difference(operation, "refused-limit", f"request.{name}", detail)
    return Difference(operation, "refused", f"request.{name}", f"code {code} naming {name}")


def _probe(run: _Run, step: Step, fresh: Callable[[Context, int], dict[str, Any]]) -> None:
    """Probe the open doubts of a step's operation that a call on a fresh throwaway account can settle."""
    entry = operation_entry(step.operation) or {}
    for doubt in entry.get("doubts", ()):
        if doubt["about"] not in ("required", "limit"):
            continue
        run.probes += 1
        values = fresh(run.ctx, run.probes)
        name = doubt["field"]
        if doubt["about"] == "required":
            if name not in values:
                continue
            values.pop(name)
            tried = f"{name} left out"
        else:
            limit = doubt.get("limit")
            if limit is None:
                continue
            filler = "x" * (limit + 1)
            values[name] = (str(values.get(name, "")) + filler)[: limit + 1]
            tried = f"{name} of {limit + 1} characters (the spec says at most {limit})"
        probe = {"field": name, "about": doubt["about"], "what": doubt["what"], "tried": tried}
        # What a probe makes goes into the ledger, never into the ids the scenario reads.
        made = step.made and partial(step.made, Context(run.ctx.prefix), values)
        body = run.call(f"probe {step.name}", step.operation, values, step.writes, probe, made)
        spec_required = bool(entry.get("fields", {}).get(name, [False])[0])
        observation = _probe_outcome(body, doubt, spec_required, tried)
        if observation is not None:
            run.calls[-1]["on_test_double" if run.test_double else "settles"].append(observation)


def _probe_outcome(body: Any, doubt: Mapping[str, Any], spec_required: bool, tried: str) -> dict[str, Any] | None:
    """What a probe's answer says about its doubt, or None when the answer says nothing about it.

    `spec_holds`: the spec's reading survived (a value over its limit refused; a field it requires
    refused when left out, or a field it leaves optional accepted when left out).
    """
    name = doubt["field"]
    code = body.get("code") if isinstance(body, dict) else None
    message = body.get("desc", body.get("msg")) if isinstance(body, dict) else None
    names_it = isinstance(message, str) and name in _WORD.findall(message)
    if code == 200:
        accepted, observed = True, f"accepted with {tried}"
    elif code in (414, 405) and names_it:
        accepted, observed = False, f"refused with {tried}: code {code} naming {name}"
    else:
        return None
    holds = accepted != spec_required if doubt["about"] == "required" else not accepted
    return {"field": name, "about": doubt["about"], "what": doubt["what"], "observed": observed, "spec_holds": holds}


def read_credentials(path: Path | None) -> tuple[str, str]:
    """The app key and secret: from a file of ``NIM_APP_KEY=...`` and ``NIM_APP_SECRET=...`` lines, or the
    environment. Never from the command line, where other users of the machine can read them."""
    values = {name: os.environ.get(name, "") for name in ("NIM_APP_KEY", "NIM_APP_SECRET")}
    if path is not None:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ConformError(f"cannot read the credentials file: {error.strerror}") from None
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, equals, value = line.partition("=")
            if not equals or name.strip() not in values:
                raise ConformError(f"{path}:{number}: expected NIM_APP_KEY=... or NIM_APP_SECRET=...")
            values[name.strip()] = value.strip().strip("'\"")
    missing = [name for name, value in values.items() if not value]
    if missing:
        raise ConformError(f"no {' and no '.join(missing)}: put them in --app-key-file or the environment")
    return values["NIM_APP_KEY"], values["NIM_APP_SECRET"]


def new_prefix() -> str:
    """A prefix no earlier run used: ``nimc`` and 8 hex digits (account ids stay far below 32 characters)."""
    return "nimc" + os.urandom(4).hex()


def _check_prefix(prefix: str) -> str:
    if not re.fullmatch(r"[a-z][a-z0-9]{3,15}", prefix):
        raise ConformError("--prefix must be 4 to 16 lower-case letters and digits, starting with a letter")
    return prefix


def run_conformance(
    app_key: str,
    app_secret: str,
    *,
    report: str | Path | None = None,
    prefix: str | None = None,
    read_only: bool = False,
    only: Sequence[str] = (),
    region: str = "cn",
    base_url: str | None = None,
    pace: float = DEFAULT_PACE,
    rate_limit_wait: float | None = None,
    progress: Callable[[str], None] | None = None,
    http_client: Any = None,
) -> dict[str, Any]:
    """Run the scenario (see the module docstring) and return the report; write it to `report` when given.

    The ledger of what the run made lives beside the report (or in the working directory) as
    ``nimserver-conform-<prefix>.json``; a run with the same `prefix` removes what an earlier one left.
    """
    from ._client import NimClient

    prefix = _check_prefix(prefix) if prefix is not None else new_prefix()
    unknown = sorted(set(only) - set(GROUPS))
    if unknown:
        raise ConformError(f"--only takes {', '.join(GROUPS)}; not {', '.join(unknown)}")
    options: dict[str, Any] = {"region": region, "base_url": base_url, "http_client": http_client}
    if rate_limit_wait is not None:
        options["rate_limit_wait"] = rate_limit_wait
    # The run's own calls keep to every fact of the spec, doubted or not; its probes break a doubted
    # fact on purpose, through the raw call, to observe what the service does.
    client = NimClient(app_key, app_secret, max_retries=3, spec_doubts="refuse", **options)
    folder = Path(report).parent if report is not None else Path.cwd()
    run = _Run(
        client=client,
        ctx=Context(prefix, {"started": int(time.time() * 1000)}),
        redact=Redactor([app_key, app_secret], prefix),
        pace=pace,
        progress=progress or (lambda line: None),
        ledger_path=folder / f"nimserver-conform-{prefix}.json",
        read_only=read_only,
    )
    interrupted = None
    left: list[dict[str, Any]] = []
    http = client._http  # the run's own look at each answer's headers; a given http_client gets its hooks back
    hooks = http.event_hooks
    http.event_hooks = {**hooks, "response": [*hooks.get("response", []), run.notice]}
    with client, _redacted_logs(run.redact):
        try:
            leftovers = _read_ledger(run.ledger_path)
            if leftovers:
                # Its accounts exist (Yunxin cannot delete them): this run only cleans up.
                run.progress(f"removing {len(leftovers)} things an earlier run with this prefix left; no scenario")
                run.ledger = leftovers
                left += run.clean_up()
            else:
                _scenario(run, read_only, set(only))
        except KeyboardInterrupt:
            interrupted = "interrupted"
            run.progress("interrupted: cleaning up")
        finally:
            left += run.clean_up()
            http.event_hooks = hooks
    result = _report(run, region, base_url, read_only, only, left, interrupted)
    if report is not None:
        Path(report).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result


def _read_ledger(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except ValueError:
        raise ConformError(f"{path} is not a ledger this run wrote; remove it by hand") from None
    made: list[dict[str, Any]] = data.get("made", [])
    return made


def _scenario(run: _Run, read_only: bool, only: set[str]) -> None:
    for step in scenario():
        chosen = not only or step.group in only or (step.setup and not read_only)
        if not chosen or (read_only and step.writes):
            continue
        try:
            values = step.values(run.ctx)
        except KeyError:  # what it reads was not made (an earlier step failed or was left out)
            continue
        made = step.made and partial(step.made, run.ctx, values)
        body = run.call(step.name, step.operation, values, step.writes, made=made)
        code = body.get("code") if isinstance(body, dict) else None
        if code == 200 and " " in step.operation:
            _follow_page(run, step, values, body)
        if not read_only and step.fresh is not None:
            _probe(run, step, step.fresh)


def _follow_page(run: _Run, step: Step, values: dict[str, Any], body: Mapping[str, Any]) -> None:
    """Fetch a listing's second page once, to see the cursor advance."""
    data = body.get("data")
    if not isinstance(data, dict) or data.get("has_more") is not True or not data.get("next_token"):
        return
    following = {**values, "query": {**values.get("query", {}), "page_token": data["next_token"]}}
    run.call(f"{step.name}, next page", step.operation, following, step.writes)


def _report(
    run: _Run,
    region: str,
    base_url: str | None,
    read_only: bool,
    only: Sequence[str],
    left: list[dict[str, Any]],
    interrupted: str | None,
) -> dict[str, Any]:
    from ._version import __version__

    verdicts: dict[str, int] = {}
    operations: dict[str, dict[str, Any]] = {}
    for call in run.calls:
        verdicts[call["verdict"]] = verdicts.get(call["verdict"], 0) + 1
        seen = operations.setdefault(call["operation"], {"calls": 0, "verdict": "agrees", "settles": 0})
        seen["calls"] += 1
        seen["settles"] += len(call["settles"])
        if call["differences"]:
            seen["verdict"] = "differs"
    return {
        "format": REPORT_FORMAT,
        "source": "conform",
        "date": datetime.date.today().isoformat(),
        "region": region,
        "service": "test double" if run.test_double else "official" if base_url is None else "other base URL",
        "package_version": __version__,
        "prefix": run.redact.digest(run.ctx.prefix),
        "read_only": read_only,
        "only": list(only),
        "interrupted": interrupted,
        "operations": operations,
        "calls": run.calls,
        "left_behind": left,
        "summary": {
            "calls": len(run.calls),
            "verdicts": verdicts,
            "differences": sum(len(call["differences"]) for call in run.calls),
            "doubts_settled": sum(len(call["settles"]) for call in run.calls),
            "observed_on_test_double": sum(len(call["on_test_double"]) for call in run.calls),
        },
    }


def summary_text(report: Mapping[str, Any]) -> str:
    summary = report["summary"]
    verdicts = ", ".join(f"{count} {name}" for name, count in sorted(summary["verdicts"].items()))
    left = [item for item in report["left_behind"] if item.get("state") != "blocked"]
    blocked = len(report["left_behind"]) - len(left)
    lines = [
        f"{summary['calls']} calls ({verdicts}); {summary['differences']} differences from the spec; "
        f"{summary['doubts_settled']} doubts settled"
        + (" (a test double answered: its probes settle nothing)" if report["service"] == "test double" else ""),
        f"{blocked} throwaway accounts blocked (Yunxin cannot delete accounts)",
    ]
    if left:
        lines.append(f"could not remove {len(left)}: " + ", ".join(f"{i['kind']} {i['id']}" for i in left))
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    """``nimserver conform``: 0 when every answer agrees with the spec, 1 when some differ, 2 on bad usage."""
    parser = argparse.ArgumentParser(
        prog="nimserver conform",
        description="Check the spec against the service with your test app: safe calls only; "
        "credentials from --app-key-file or NIM_APP_KEY / NIM_APP_SECRET, never from the command line.",
    )
    parser.add_argument("--app-key-file", type=Path, metavar="FILE", help="NIM_APP_KEY=... and NIM_APP_SECRET=...")
    parser.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        default=Path("nimserver-conform-report.json"),
        help="where the report goes (default: %(default)s); the ledger of what the run made goes beside it",
    )
    parser.add_argument(
        "--prefix",
        help="the throwaway ids' prefix (default: a new one); after a killed run, give the one its ledger "
        "file is named after (nimserver-conform-PREFIX.json) to remove what it left",
    )
    parser.add_argument("--read-only", action="store_true", help="make no writes at all")
    parser.add_argument("--only", action="append", choices=GROUPS, default=[], metavar="GROUP", help=", ".join(GROUPS))
    parser.add_argument("--region", default="cn", help="the data centre of your app (default: %(default)s)")
    parser.add_argument("--base-url", metavar="URL", help="another base URL, such as a test double's")
    parser.add_argument("--pace", type=float, default=DEFAULT_PACE, metavar="SECONDS", help="between calls")
    args = parser.parse_args(argv)
    try:
        key, secret = read_credentials(args.app_key_file)
        report = run_conformance(
            key,
            secret,
            report=args.report,
            prefix=args.prefix,
            read_only=args.read_only,
            only=args.only,
            region=args.region,
            base_url=args.base_url,
            pace=args.pace,
            progress=lambda line: print(line, file=sys.stderr, flush=True),
        )
    except (ConformError, ValueError, TypeError) as error:
        print(f"nimserver conform: error: {error}", file=sys.stderr)
        return 2
    print(summary_text(report), file=sys.stderr)
    print(f"report: {args.report}", file=sys.stderr)
    return 1 if report["summary"]["differences"] else 0
