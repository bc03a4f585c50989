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
    assert sum(text.count("\n") for text in rendered) < 6000


# Runs inside the golden package against a recording server (tests/v2server.py): the wire as JSON lines.
_CALLS = r"""
import json, sys
from urllib.parse import parse_qsl
import nimserver
from tests.v2server import RecordingServer

def show(arrived):
    body = arrived.body.decode()
    form = dict(parse_qsl(body)) if arrived.headers.get("Content-Type", "").startswith("application/x-www") else None
    return {"method": arrived.method, "target": arrived.target, "form": form,
            "json": None if form is not None or not body else json.loads(body),
            "request_id": arrived.headers.get("RequestId") or arrived.headers.get("X-custom-traceid")}

with RecordingServer() as server:
    with nimserver.NimClient("key", "secret", base_url=server.base_url) as client:
        for call in json.loads(sys.argv[1]):
            server.arrived.clear()
            try:
                returned = eval(call, {"client": client})
                outcome = {"returned": returned}
            except (TypeError, ValueError) as error:
                outcome = {"error": f"{type(error).__name__}: {error}"}
            outcome["sent"] = [show(arrived) for arrived in server.arrived]
            print(json.dumps(outcome))
"""


def run_golden(*calls: str) -> list[dict[str, object]]:
    """Each call (Python source using `client`) made by the golden package; what it returned or raised, and sent."""
    run = subprocess.run(
        [sys.executable, "-W", "error", "-c", _CALLS, json.dumps(calls)],
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
