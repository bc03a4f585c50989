"""Checks that know how sure the spec is (issue 19): the golden package, whose spec carries x-doubt
records, called in a child process against a recording server on loopback and the package's own fake.

A check resting on an open doubt (required, type, limit, enum) sends and warns once per line of the
caller's code under the default policy; the "refuse" policy refuses it before sending; "types-only"
refuses only wrong types. A settled doubt and an undoubted fact refuse as always.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import warnings
from typing import Any

import pytest

from generator.checks import check_source
from generator.pipeline import load_api
from generator.pytypes import AnyValue
from tests.test_golden import GOLDEN_OUTPUT, GOLDEN_SPEC, REPOSITORY

# Runs the calls (Python source using `client`, or making an AsyncNimClient with `options`) under the
# default warnings filter, as a user's program does, and prints what was sent, raised and warned.
_CALLS = r"""
import asyncio, json, sys, warnings
import nimserver
from tests.v2server import RecordingServer

source, policy = sys.argv[1], sys.argv[2]
result = {}
with RecordingServer() as recording, warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    client = nimserver.NimClient("key", "secret", base_url=recording.base_url, spec_doubts=policy)
    options = {"base_url": recording.base_url, "spec_doubts": policy}
    namespace = {"client": client, "asyncio": asyncio, "nimserver": nimserver, "options": options}
    try:
        exec(compile(source, "calls.py", "exec"), namespace)
    except (TypeError, ValueError) as error:
        result["error"] = f"{type(error).__name__}: {error}"
    client.close()
    result["sent"] = [arrived.target.split("?")[0] for arrived in recording.arrived]
result["warnings"] = [
    {"category": item.category.__name__, "file": item.filename, "line": item.lineno, "message": str(item.message)}
    for item in caught
]
print(json.dumps(result))
"""


def run(source: str, policy: str = "warn") -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", _CALLS, textwrap.dedent(source), policy],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(GOLDEN_OUTPUT), str(REPOSITORY)])},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


# One call per kind of doubted fact, each breaking only the doubted rule: (call, argument, kind, path sent).
DOUBTED = [
    ("client.team.create(tname='x' * 65, owner='alice', members=['bob'])", "tname", "limit", "team/create"),
    (
        "client.team.create(tname='Readers', owner='alice', members=['bob'] * 201)",
        "members",
        "limit",
        "team/create",
    ),
    ("client.team.create(tname='Readers', owner='alice', members=['bob'], joinmode=3)", "joinmode", "enum", "create"),
    ("client.team.create(tname='Readers', owner='alice', members=['bob'], cast=5)", "cast", "type", "create"),
    ("client.signal.invite(channel_id='c-1', account='bob')", "request_id", "required", "signal/invite"),
    ("client.v2.team.list_teams(account_id='a' * 33)", "account_id", "limit", "im/v2/teams"),
    (
        "client.v2.team.update_team(team_id=1, operator_id='alice', configuration={'invite_mode': 0,"
        " 'chat_banned_mode': 2})",
        "configuration.chat_banned_mode",
        "enum",
        "im/v2/teams/1",
    ),
    (
        "client.v2.team.update_team(team_id=1, operator_id='alice', configuration={'chat_banned_mode': 1})",
        "configuration",
        "required",
        "im/v2/teams/1",
    ),
    # A body by type: the limit its variant narrows, and a key it needs, each doubted.
    (
        "client.v2.team.update_team(team_id=1, operator_id='alice', announcement_type=1, announcement='x' * 60,"
        " announcement_title='News')",
        "announcement",
        "limit",
        "im/v2/teams/1",
    ),
    (
        "client.v2.team.update_team(team_id=1, operator_id='alice', announcement_type=1, announcement='Welcome')",
        "announcement_title",
        "required",
        "im/v2/teams/1",
    ),
]
IDS = [f"{argument}-{kind}" for _, argument, kind, _ in DOUBTED]

# Calls that break a fact nobody doubts (or a doubt that evidence settled): (call, what the error names).
UNDOUBTED = [
    ("client.team.create(tname='Readers', owner='a' * 33, members=['bob'])", "owner must have at most 32"),
    ("client.team.create(tname='Readers', owner='alice', members=['a' * 33])", "members[0] must have at most 32"),
    ("client.team.query(tids=[1], ope=2)", "ope must be one of 0, 1"),
    ("client.v2.team.list_teams(account_id='alice', limit=101)", "limit must be at most 100"),
    # A key a body's type needs, undoubted.
    (
        "client.v2.team.update_team(team_id=1, operator_id='alice', announcement_type=1, announcement_title='News')",
        "announcement is required for announcement_type=1",
    ),
    # The doubt about this limit is settled by its evidence: the limit stands.
    ("client.qchat.update_server(server_id=1, accid='alice', name='n' * 65)", "name must have at most 64"),
]


@pytest.mark.parametrize(("call", "argument", "kind", "path"), DOUBTED, ids=IDS)
def test_a_doubted_fact_broken_is_sent_with_one_warning_per_call_site(
    call: str, argument: str, kind: str, path: str
) -> None:
    result = run(f"for _ in range(2):\n    {call}\n{call}\n")
    assert "error" not in result
    assert len(result["sent"]) == 3 and all(path in sent for sent in result["sent"])
    # Two calls from line 2, one from line 3: one warning for each line, at the caller's line.
    assert [(item["category"], item["file"], item["line"]) for item in result["warnings"]] == [
        ("SpecDoubtWarning", "calls.py", 2),
        ("SpecDoubtWarning", "calls.py", 3),
    ]
    message = result["warnings"][0]["message"]
    assert message.startswith(f"{argument} breaks a rule the spec doubts")
    assert f"The spec's doubt ({kind}): " in message and "What would settle it: One " in message


@pytest.mark.parametrize(("call", "argument", "kind", "path"), DOUBTED, ids=IDS)
def test_the_refuse_policy_refuses_a_doubted_fact_before_sending(
    call: str, argument: str, kind: str, path: str
) -> None:
    result = run(call, policy="refuse")
    assert result["sent"] == [] and result["warnings"] == []
    assert result["error"].split(": ", 1)[1].startswith(argument)


@pytest.mark.parametrize(("call", "argument", "kind", "path"), DOUBTED, ids=IDS)
def test_types_only_sends_a_doubted_fact_without_warning(call: str, argument: str, kind: str, path: str) -> None:
    result = run(call, policy="types-only")
    assert len(result["sent"]) == 1 and result["warnings"] == [] and "error" not in result


@pytest.mark.parametrize("policy", ["warn", "refuse"])
@pytest.mark.parametrize(("call", "named"), UNDOUBTED, ids=[named for _, named in UNDOUBTED])
def test_an_undoubted_or_settled_fact_refuses_under_every_policy_but_types_only(
    call: str, named: str, policy: str
) -> None:
    result = run(call, policy=policy)
    assert result["sent"] == [] and result["warnings"] == []
    assert named in result["error"]
    assert len(run(call, policy="types-only")["sent"]) == 1


@pytest.mark.parametrize(
    "call",
    [
        "client.team.create(tname=64, owner='alice', members=['bob'])",
        "client.team.create(tname='x' * 65, owner=['alice'], members=['bob'])",
        "client.team.create(tname='Readers', owner='alice', members=['bob'], joinmode='3')",
        "client.v2.team.update_team(team_id=1, operator_id='alice', configuration={'invite_mode': 'x'})",
    ],
)
@pytest.mark.parametrize("policy", ["warn", "refuse", "types-only"])
def test_a_wrong_type_refuses_under_every_policy(call: str, policy: str) -> None:
    result = run(call, policy=policy)
    assert result["sent"] == [] and result["warnings"] == []
    assert result["error"].startswith(("TypeError", "ValueError"))


def test_a_doubted_fact_and_an_undoubted_one_broken_together_refuse_without_warning() -> None:
    result = run("client.team.create(tname='x' * 65, owner='a' * 33, members=['bob'])")
    assert result["sent"] == [] and result["warnings"] == []
    assert "owner must have at most 32 characters" in result["error"]


@pytest.mark.parametrize(("call", "argument", "kind", "path"), DOUBTED, ids=IDS)
def test_the_async_client_warns_at_the_callers_line_as_the_sync_one_does(
    call: str, argument: str, kind: str, path: str
) -> None:
    opened = "async def main():\n    async with nimserver.AsyncNimClient('key', 'secret', **options) as client:\n"
    source = (
        f"{opened}        for _ in range(2):\n            await {call}\n        await {call}\nasyncio.run(main())\n"
    )
    result = run(source)
    assert len(result["sent"]) == 3
    assert [(item["file"], item["line"]) for item in result["warnings"]] == [("calls.py", 4), ("calls.py", 5)]
    assert result["warnings"][0]["message"].startswith(argument)
    refused = run(f"{opened}        await {call}\nasyncio.run(main())\n", policy="refuse")
    assert refused["sent"] == [] and refused["error"].split(": ", 1)[1].startswith(argument)


# The package's own fake, on its own checks (the spec's schemas), follows the same policy.
_FAKE = r"""
import json, sys, warnings
import nimserver
from nimserver.testing import FakeNim

calls, policy = json.loads(sys.argv[1]), sys.argv[2]
warnings.simplefilter("ignore", nimserver.SpecDoubtWarning)
fake = FakeNim("key", "secret", stateful=False, spec_doubts=policy)  # answers from the examples
answers = []
with fake.serve() as url, nimserver.NimClient("key", "secret", base_url=url, spec_doubts="types-only") as client:
    for call in calls:
        try:
            eval(call, {"client": client})
            answers.append(None)
        except nimserver.ApiError as error:
            answers.append([error.code, error.desc])
met = [[item.operation, item.argument, item.doubt.about, item.doubt.what] for item in fake.doubts_met]
print(json.dumps({"answers": answers, "met": met}))
"""


def run_fake(calls: list[str], policy: str) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", _FAKE, json.dumps(calls), policy],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(GOLDEN_OUTPUT), str(REPOSITORY)])},
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def test_the_fake_accepts_what_breaks_only_a_doubt_and_keeps_the_doubts_met() -> None:
    calls = [call for call, *_ in DOUBTED]
    result = run_fake(calls, "warn")
    assert result["answers"] == [None] * len(calls)
    # A form carries text, so the number given for the text field `cast` reaches the fake as the text
    # '5', a string: that request meets no doubt there. Every other one does.
    met = {(operation, argument, kind) for operation, argument, kind, _ in result["met"]}
    assert met == {
        ("team/create.action", "tname", "limit"),
        ("team/create.action", "members", "limit"),
        ("team/create.action", "joinmode", "enum"),
        ("signal/invite.action", "requestId", "required"),
        ("GET im/v2/teams", "account_id", "limit"),
        ("PATCH im/v2/teams/{team_id}", "configuration.chat_banned_mode", "enum"),
        ("PATCH im/v2/teams/{team_id}", "configuration", "required"),
        ("PATCH im/v2/teams/{team_id}", "announcement", "limit"),
        ("PATCH im/v2/teams/{team_id}", "body", "required"),
    }
    assert all(what for *_, what in result["met"])


def test_the_fake_refuses_doubted_facts_under_refuse_and_undoubted_ones_under_warn() -> None:
    # (The number for a text field travels as text in a form: the fake sees no wrong type there.)
    refused = run_fake([call for call, _, kind, _ in DOUBTED if kind != "type"], "refuse")
    assert all(answer is not None and answer[0] == 414 for answer in refused["answers"])
    assert refused["met"] == []
    undoubted = run_fake([call for call, _ in UNDOUBTED], "warn")
    assert all(answer is not None and answer[0] == 414 for answer in undoubted["answers"])
    assert undoubted["met"] == []


def test_the_fake_under_types_only_refuses_only_wrong_types() -> None:
    result = run_fake([call for call, _ in UNDOUBTED], "types-only")
    assert result["answers"] == [None] * len(UNDOUBTED)
    assert result["met"] == []
    raw = "client.request('team/create.action', {'tname': 'x', 'owner': 'alice', 'members': '[1]'})"
    wrong_type = run_fake([raw], "types-only")
    assert wrong_type["answers"][0][0] == 414 and "members" in wrong_type["answers"][0][1]


def test_the_policy_is_checked_when_the_client_is_made() -> None:
    result = run("client.with_options(spec_doubts='lenient')")
    assert result["error"] == "ValueError: spec_doubts must be one of 'warn', 'refuse', 'types-only', got 'lenient'"
    assert run("client.with_options(spec_doubts=True)")["error"] == "TypeError: spec_doubts must be str, not bool"


# The model: which facts a doubt softens, read from the golden spec.
def _fields() -> dict[str, Any]:
    return {
        f"{op.operation_id}.{field.wire_name}": field for op in load_api(GOLDEN_SPEC).operations for field in op.fields
    }


def test_a_doubt_softens_its_node_and_inline_schemas_but_not_a_component_inside() -> None:
    fields = _fields()
    members = fields["teamCreate.members"]
    assert members.relaxed is not None
    # The doubted limit is the list's (on its JSON text's schema); its items are the Accid component.
    assert "max_items=200" in check_source(members.type) and "max_items" not in check_source(members.relaxed)
    assert "max_length=32" in check_source(members.relaxed)
    assert fields["teamCreate.owner"].relaxed is None  # the same component, undoubted
    assert check_source(fields["teamCreate.joinmode"].relaxed) == "Number(integral=True)"
    assert fields["teamCreate.cast"].relaxed == AnyValue()  # a doubted type: any JSON value, sent as given


def test_a_settled_doubt_softens_nothing() -> None:
    name = _fields()["qchatUpdateServer.name"]
    (doubt,) = name.doubts
    assert doubt.settled and not doubt.softens and name.relaxed is None
    assert [item.verdict.value for item in doubt.evidence] == ["supports", "settles"]


def test_a_doubted_required_field_is_required_but_may_be_left_out() -> None:
    fields = _fields()
    request_id = fields["signalInvite.requestId"]
    assert request_id.required and not request_id.certainly_required
    assert fields["signalInvite.channelId"].certainly_required


# The runtime in place: a union takes the member a value passes on certain facts before one that leans on a doubt.
def test_a_union_prefers_a_member_passed_on_certain_facts() -> None:
    from runtime._checks import AnyOf, Object, Str
    from runtime._doubts import SpecDoubt, checked, doubted_keys

    doubt = SpecDoubt("required", "Whether url is required.", "One call without url.")
    image = doubted_keys(Object({"url": Str(), "name": Str()}, required=("url",)), {"url": (doubt,)})
    text = Object({"msg": Str()}, required=("msg",))
    body = AnyOf((image, text))

    def met(value: object, policy: Any = "warn") -> list[str]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            checked(policy, body.json, value, "body")
        return [str(item.message) for item in caught]

    assert met({"msg": "hi"}) == []  # a text body: no word about the image body's url
    assert met({"url": "u", "name": "n"}) == []
    (warned,) = met({"name": "n"})  # only the image body, leaning on its doubted url, takes it
    assert warned.startswith("body breaks a rule the spec doubts") and "Whether url is required." in warned
    with pytest.raises(ValueError, match="lacks the required key 'url'"):
        met({"name": "n"}, "refuse")
    with pytest.raises(ValueError, match="must be"):
        met({"name": 5})
