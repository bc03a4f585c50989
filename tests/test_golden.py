"""The golden record: tests/golden/spec/openapi.yaml, a small feature spec, and
its whole generated output, committed under tests/golden/generated/ and
compared byte for byte. A change to the templates, the runtime or the
generator that changes the output shows here as a readable diff; when the
change is meant, regenerate the record with the command in GOLDEN_COMMAND and
review the diff of tests/golden/generated/.

The generated package is also run here, in a child process on loopback: what
the record shows is what it does."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.__main__ import main
from generator.write import read_tree
from tests.conftest import REPOSITORY

GOLDEN = REPOSITORY / "tests" / "golden"
GOLDEN_SPEC = GOLDEN / "spec" / "openapi.yaml"
GOLDEN_OUTPUT = GOLDEN / "generated"
GOLDEN_COMMAND = (
    "python -m generator generate --no-cache --spec tests/golden/spec/openapi.yaml --out tests/golden/generated"
)


def test_the_output_is_the_golden_record(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    assert main(["generate", "-q", "--no-cache", "--spec", str(GOLDEN_SPEC), "--out", str(out)]) == 0
    made, recorded = read_tree(out), read_tree(GOLDEN_OUTPUT)
    differing = sorted(path for path in made.keys() | recorded.keys() if made.get(path) != recorded.get(path))
    assert not differing, (
        f"the output of tests/golden/spec/ is no longer the golden record in {len(differing)} files "
        f"({', '.join(differing[:8])}{', ...' if len(differing) > 8 else ''}); if that is meant, "
        f"regenerate it from the repository root with\n    {GOLDEN_COMMAND}\nand review the diff"
    )


def test_the_record_is_small_enough_to_read() -> None:
    rendered = [
        text
        for path, content in read_tree(GOLDEN_OUTPUT).items()
        if path != "LICENSE" and not (text := content.decode("utf-8")).startswith("# Copied from runtime/")
    ]
    # 6,572 with the doubts, the MCP tool table and a recursive schema
    assert sum(text.count("\n") for text in rendered) < 6650


# Runs inside the golden package against a recording server (tests/v2server.py) or the package's own
# fake server (nimserver.testing, which checks each field against the spec); prints one JSON line per call.
_CALLS = r"""
import contextlib, json, sys
from urllib.parse import parse_qsl
import nimserver
from nimserver.testing import FakeNim
from tests.v2server import RecordingServer

def show(arrived):
    body = arrived.body.decode()
    form = dict(parse_qsl(body)) if arrived.headers.get("Content-Type", "").startswith("application/x-www") else None
    return {"method": arrived.method, "target": arrived.target, "form": form,
            "json": None if form is not None or not body else json.loads(body),
            "request_id": arrived.headers.get("RequestId") or arrived.headers.get("X-custom-traceid")}

calls, where = json.loads(sys.argv[1]), sys.argv[2]
recording = RecordingServer()
with recording if where == "recording" else contextlib.nullcontext():
    fake = FakeNim("key", "secret")
    with contextlib.ExitStack() as stack:
        url = recording.base_url if where == "recording" else stack.enter_context(fake.serve())
        client = stack.enter_context(nimserver.NimClient("key", "secret", base_url=url))
        for call in calls:
            recording.arrived.clear()
            try:
                outcome = {"returned": eval(call, {"client": client})}
            except (TypeError, ValueError) as error:
                outcome = {"error": f"{type(error).__name__}: {error}"}
            except nimserver.ApiError as error:
                outcome = {"code": error.code, "desc": error.desc}
            outcome["sent"] = [show(arrived) for arrived in recording.arrived]
            print(json.dumps(outcome))
"""


def run_golden(*calls: str, where: str = "recording") -> list[dict[str, Any]]:
    """Each call (Python source using `client`) made by the golden package; what it returned or raised, and sent."""
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", _CALLS, json.dumps(calls), where],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(GOLDEN_OUTPUT), str(REPOSITORY)])},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()]


def test_fields_own_their_names_and_call_options_keep_theirs() -> None:
    invite, create, update = run_golden(
        "client.signal.invite(channel_id='c-1', account='bob', request_id='invite-9', call_request_id='trace-9')",
        "client.team.create(tname='Readers', owner='alice', members=['bob'], cast='everyone')",
        "client.v2.team.update_team(team_id=1, operator_id='alice', answer_data='kept', call_request_id='t-2')",
    )
    assert invite["sent"][0]["form"]["requestId"] == "invite-9"
    assert invite["sent"][0]["request_id"] == "trace-9"
    assert create["sent"][0]["form"]["cast"] == "everyone"
    assert update["sent"][0]["json"] == {"operator_id": "alice", "answer_data": "kept"}
    assert update["sent"][0]["request_id"] == "t-2"


def test_ids_given_as_decimal_text_go_anywhere_an_int64_goes() -> None:
    query, update = run_golden(
        "client.team.query(tids=['6273881893', 7], ope=0)",
        "client.v2.team.update_team(team_id='6273881893', operator_id='alice', managers=['1001', 1002])",
    )
    assert query["sent"][0]["form"] == {"tids": "[6273881893,7]", "ope": "0"}
    assert update["sent"][0]["target"] == "/nimserver/im/v2/teams/6273881893"
    assert update["sent"][0]["json"] == {"operator_id": "alice", "managers": [1001, 1002]}


def test_a_body_by_type_needs_the_keys_of_its_type() -> None:
    """The v2 body's if/then: the client refuses an announcement of type 1 without its text before sending;
    the package's fake refuses it on its own when sent raw; a type without a variant takes the body as it is."""
    missing, plain = run_golden(
        "client.v2.team.update_team(team_id=1, operator_id='alice', announcement_type=1)",
        "client.v2.team.update_team(team_id=1, operator_id='alice', announcement_type=0)",
    )
    assert missing == {"error": "ValueError: announcement is required for announcement_type=1", "sent": []}
    assert plain["sent"][0]["json"] == {"operator_id": "alice", "announcement_type": 0}
    (raw,) = run_golden(
        "client.v2.request('PATCH', 'im/v2/teams/1', body={'operator_id': 'alice', 'announcement_type': 1})",
        where="fake",
    )
    assert raw["code"] == 414 and "'announcement' is a required property (for announcement_type=1)" in raw["desc"]


def test_an_enum_of_booleans_is_sent_as_true_and_false() -> None:
    (recorded,) = run_golden("client.team.query(tids=[1], ope=1, mute=True)")
    assert recorded["sent"][0]["form"] == {"tids": "[1]", "ope": "1", "mute": "true"}
    # The package's own fake checks each field against the spec: the typed call passes them (and meets
    # no such team), the raw call with 1 for a boolean is refused.
    typed, raw = run_golden(
        "client.team.query(tids=['6273881893'], ope=0, mute=True)",
        "client.request('team/query.action', {'tids': '[1]', 'ope': 0, 'mute': 1})",
        where="fake",
    )
    assert typed == {"code": 803, "desc": "team 6273881893 does not exist", "sent": []}
    assert raw["code"] == 414 and "mute" in raw["desc"]
