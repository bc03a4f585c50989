"""The conformance run end to end: against the shipped fake, against a fake serving mutated copies of the spec,
then `python -m generator evidence` on its reports; redaction, interruption and the command line."""

from __future__ import annotations

import copy
import difflib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import nimserver
from generator.errors import spec_file
from generator.evidence import gather, locate
from generator.load import SpecDict
from nimserver._answers import TEST_DOUBLE_HEADER
from nimserver.testing import FakeNim as ShippedFake
from tests.conftest import GENERATED, REPOSITORY, SPEC
from tests.fakenim import FakeNim

PREFIX = "nimctest"


# The shipped fake stands for the service here: it enforces every fact of its spec, doubted or not (its
# default, like the client's, lets a request that breaks only a doubted fact through).
def _run(fake: FakeNim | ShippedFake, **options: Any) -> dict[str, Any]:
    if isinstance(fake, ShippedFake):
        options.setdefault("http_client", fake.http_client())
    else:
        options.setdefault("base_url", fake.base_url)
    options.setdefault("pace", 0)
    return nimserver.run_conformance(fake.app_key, fake.app_secret, prefix=PREFIX, **options)


def test_against_the_shipped_fake_every_answer_agrees_and_nothing_is_left(tmp_path: Path) -> None:
    fake = ShippedFake(spec_doubts="refuse")
    report = _run(fake, report=tmp_path / "report.json")
    # The fake follows the very spec the run checks against: its probes are recorded, never evidence.
    assert report["summary"]["differences"] == 0 and report["summary"]["doubts_settled"] == 0
    assert report["service"] == "test double"
    assert {call["verdict"] for call in report["calls"]} <= {"agrees", "probe"}
    operations = {call["operation"] for call in report["calls"]}
    assert {"team/remove.action", "chatroom/toggleCloseStat.action", "GET im/v2/accounts"} <= operations
    assert set(report["operations"]) == operations
    assert {entry["verdict"] for entry in report["operations"].values()} == {"agrees"}
    assert not fake.world.teams and not any(room["valid"] for room in fake.world.chatrooms.values())
    assert [item["state"] for item in report["left_behind"]] == ["blocked", "blocked"]
    assert list(tmp_path.iterdir()) == [tmp_path / "report.json"]  # the ledger is gone


def test_the_whole_chain_on_the_shipped_fake_finds_nothing_to_fix(tmp_path: Path, spec_document: SpecDict) -> None:
    from generator.evidence import main as evidence

    _run(ShippedFake(spec_doubts="refuse"), report=tmp_path / "report.json")
    assert gather(spec_document, [json.loads((tmp_path / "report.json").read_text())]) == ([], [])
    assert evidence([str(tmp_path / "report.json")]) == 0


def _example(document: SpecDict, path: str, verb: str = "post") -> dict[str, Any]:
    media = document["paths"][path][verb]["responses"]["200"]["content"]["application/json"]
    value: dict[str, Any] = next(iter(media["examples"].values()))["value"]
    return value


def _form(document: SpecDict, path: str) -> SpecDict:
    schema: SpecDict = document["paths"][path]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"][
        "schema"
    ]
    return schema


def _rename_key(document: SpecDict) -> None:
    info = _example(document, "/user/create.action")["info"]
    info["account"] = info.pop("accid")


def _remove_key(document: SpecDict) -> None:
    del _example(document, "/user/getUinfos.action")["uinfos"]


def _change_type(document: SpecDict) -> None:
    _example(document, "/chatroom/get.action")["chatroom"]["valid"] = "yes"


def _undocumented_code(document: SpecDict) -> None:
    example = _example(document, "/friend/get.action")
    example.clear()
    example.update({"code": 4999, "desc": "a code no source names"})


def _lower_limit(document: SpecDict) -> None:
    _form(document, "/user/create.action")["properties"]["name"]["maxLength"] = 32


def _make_required(document: SpecDict) -> None:
    _form(document, "/friend/add.action")["required"].append("msg")


JOINED = "/im/v2.1/team_members/{account_id}/actions/joined_teams"


def _repeat_token(document: SpecDict) -> None:
    data = _example(document, JOINED, "get")["data"]
    data.update({"has_more": True, "next_token": "same-token"})


MUTATIONS: dict[str, tuple[Callable[[SpecDict], None], str, str, str, str]] = {
    # name: (mutation, operation, kind, where, the spec text expected at the line evidence points at)
    "key renamed": (_rename_key, "user/create.action", "missing-key", "info.accid", "required: [accid, token]"),
    "key removed": (_remove_key, "user/getUinfos.action", "missing-key", "uinfos", "uinfos"),
    "type changed": (_change_type, "chatroom/get.action", "type", "chatroom.valid", "type: boolean"),
    "undocumented code": (_undocumented_code, "friend/get.action", "status", "code", "friendGet"),  # no x-codes yet
    "limit lowered": (_lower_limit, "user/create.action", "refused-limit", "request.name", "maxLength: 64"),
    "field made required": (_make_required, "friend/add.action", "refused-required", "request.msg", "required:"),
    "page token repeats": (_repeat_token, f"GET {JOINED[1:]}", "paging", "data.next_token", "x-paging"),
}


@pytest.fixture(scope="module")
def unmutated_report(spec_document: SpecDict) -> dict[str, Any]:
    with FakeNim(spec_document, app_key="k", app_secret="s") as fake:
        return _run(fake)


def test_the_unmutated_spec_served_gives_no_finding(unmutated_report: dict[str, Any], spec_document: SpecDict) -> None:
    assert unmutated_report["summary"]["differences"] == 0
    assert len(unmutated_report["calls"]) >= 15
    contradictions, settlements = gather(spec_document, [unmutated_report])
    # This fake holds every fact of the spec as written, so a probe can only find the spec's reading.
    assert contradictions == [] and all(item.entry["verdict"] == "settles" for item in settlements)


@pytest.mark.parametrize("name", MUTATIONS)
def test_each_mutation_is_found_at_its_operation_and_placed_at_its_spec_line(
    name: str, spec_document: SpecDict, unmutated_report: dict[str, Any]
) -> None:
    mutate, operation, kind, where, text = MUTATIONS[name]
    document = copy.deepcopy(spec_document)
    mutate(document)
    with FakeNim(document, app_key="k", app_secret="s") as fake:
        report = _run(fake)
    found = [(call["operation"], d["kind"], d["where"]) for call in report["calls"] for d in call["differences"]]
    assert (operation, kind, where) in found, found
    # No other finding: every other call agrees as in the unmutated run.
    assert {item[0] for item in found} == {operation}, found
    findings, _ = gather(spec_document, [report])
    difference = next(
        d for call in report["calls"] for d in call["differences"] if (d["kind"], d["where"]) == (kind, where)
    )
    place = locate(spec_document, difference).location
    assert place is not None and place in {finding.location for finding in findings}
    line = spec_file(place.file, SPEC).read_text(encoding="utf-8").splitlines()[place.line - 1]
    assert text in line, (place, line)


_USER_CREATE = ("paths", "/user/create.action", "post", "requestBody", "content")
_NAME_SCHEMA = "                maxLength: 64\n                description: Display name.\n"
_DOUBTS = {
    "limit": (
        "                    what: Whether name may be longer than 64 characters.\n"
        "                    for: []\n"
        "                    settle: One user/create call with a 65-character name.\n"
    ),
    "required": (
        "                    what: Whether a name is needed at creation.\n"
        "                    for: []\n"
        "                    settle: One user/create call without name.\n"
    ),
}


def _doubted_spec(tmp_path: Path, about: str) -> Path:
    """A copy of the spec with one open doubt (a limit, or required-ness) on user/create's `name`."""
    copied = tmp_path / "spec"
    shutil.copytree(SPEC.parent, copied)
    path = copied / "paths" / "user.yaml"
    text = path.read_text(encoding="utf-8")
    assert _NAME_SCHEMA in text
    doubt = f"                x-doubt:\n                  - about: {about}\n" + _DOUBTS[about]
    path.write_text(text.replace(_NAME_SCHEMA, _NAME_SCHEMA + doubt, 1), encoding="utf-8")
    return copied / "openapi.yaml"


class _Unmarked(httpx.BaseTransport):
    """The shipped fake's answers without the header that marks them as a test double's."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        del response.headers[TEST_DOUBLE_HEADER]
        return response


def _only_doubt(table: dict[str, Any], operation: str, field: str) -> dict[str, Any]:
    """The package's answer table with no open doubt but the test's own, whatever the real spec doubts."""
    for name, entry in table["operations"].items():
        entry["doubts"] = [d for d in entry.get("doubts", []) if (name, d["field"]) == (operation, field)]
    return table


def _form_schema(document: SpecDict) -> SpecDict:
    node: Any = document
    for key in _USER_CREATE:
        node = node[key]
    schema: SpecDict = node["application/x-www-form-urlencoded"]["schema"]
    return schema


PROBES = {
    # (doubt, what the fake's copy of the spec says): the probe tried, its observation, the verdict written
    "limit that holds": ("limit", None, "name of 65 characters", "refused", "settles"),
    "limit the service exceeds": ("limit", 128, "name of 65 characters", "accepted", "contradicts"),
    "optional field that stays optional": ("required", None, "name left out", "accepted", "settles"),
    "optional field the service requires": ("required", "required", "name left out", "refused", "contradicts"),
}


@pytest.mark.parametrize("case", PROBES)
def test_a_probe_observes_an_open_doubt_and_evidence_writes_it_into_the_record(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.evidence import main as evidence
    from generator.load import load_spec
    from generator.pipeline import load_api
    from generator.render import answer_table
    from nimserver import _answers

    about, served, tried, outcome, verdict = PROBES[case]
    root = _doubted_spec(tmp_path, about)
    # The package's table as the generator writes it from this spec: the doubt reaches the run through it.
    table = json.loads(json.dumps(answer_table(load_api(root))))
    assert [d["about"] for d in table["operations"]["user/create.action"]["doubts"]] == [about]
    monkeypatch.setattr(_answers, "answer_table", lambda: _only_doubt(table, "user/create.action", "name"))
    document = load_spec(root)
    if served == "required":
        _form_schema(document)["required"].append("name")
    elif served is not None:
        _form_schema(document)["properties"]["name"]["maxLength"] = served
    with FakeNim(document, app_key="k", app_secret="s") as fake:
        report = _run(fake, report=tmp_path / "report.json")
    probes = [call for call in report["calls"] if call["probe"]]
    assert [call["probe"]["tried"].split(" (")[0] for call in probes] == [tried]
    (observed,) = probes[0]["settles"]
    assert observed["observed"].startswith(outcome) and observed["spec_holds"] is (verdict == "settles")
    if served != "required":  # a required name refuses the scenario's own calls too
        assert report["summary"]["differences"] == 0
    if outcome == "accepted":  # the probe's account is blocked at the end like the others
        assert len(report["left_behind"]) == 3
    user_yaml = root.parent / "paths" / "user.yaml"
    before = user_yaml.read_text(encoding="utf-8")
    evidence([str(tmp_path / "report.json"), "--spec", str(root), "--apply"])
    out = capsys.readouterr().out
    assert re.search(rf"user\.yaml:\d+: evidence: user/create.action: doubt \({about}\)", out), out
    assert ("edit:" in out.split("evidence:")[1]) is (verdict == "contradicts")
    after = user_yaml.read_text(encoding="utf-8")
    added = [line[2:] for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line.startswith("+ ")]
    assert added[0].strip() == "evidence:" and f'verdict: "{verdict}"' in added[1]
    assert report["date"] in added[1] and "region cn" in added[1]
    assert after.replace("\n".join(added) + "\n", "") == before  # every other byte where it was
    name = _form_schema(load_spec(root))["properties"]["name"]
    assert name["x-doubt"][0]["evidence"][0]["verdict"] == verdict
    # The same report again adds nothing; another run's report adds a second entry under the first.
    evidence([str(tmp_path / "report.json"), "--spec", str(root), "--apply"])
    assert "(already recorded)" in capsys.readouterr().out
    assert user_yaml.read_text(encoding="utf-8") == after
    later = json.loads((tmp_path / "report.json").read_text())
    later["date"] = "2027-01-02"
    (tmp_path / "later.json").write_text(json.dumps(later), encoding="utf-8")
    evidence([str(tmp_path / "later.json"), "--spec", str(root), "--apply"])
    entries = _form_schema(load_spec(root))["properties"]["name"]["x-doubt"][0]["evidence"]
    assert [entry["date"] for entry in entries] == [report["date"], "2027-01-02"]
    assert name["maxLength"] == 64 and "name" not in _form_schema(load_spec(root))["required"]  # no schema edit
    validated = subprocess.run(
        [sys.executable, "-m", "generator", "validate", "--no-cache", "--spec", str(root)],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
    )
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_no_secret_token_account_id_or_text_reaches_the_report_or_the_log(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    fake = ShippedFake(app_key="appkey-visible-7", app_secret="secret-never-shown-9", spec_doubts="refuse")
    lines: list[str] = []
    with caplog.at_level("DEBUG"):
        report = nimserver.run_conformance(
            fake.app_key,
            fake.app_secret,
            pace=0,
            prefix=PREFIX,
            report=tmp_path / "r.json",
            http_client=fake.http_client(),
            progress=lines.append,
        )
    tokens = [account["token"] for account in fake.world.accounts.values()]
    assert tokens and report is not None
    names = [account["name"] for account in fake.world.accounts.values()]
    data = (tmp_path / "r.json").read_bytes() + "\n".join(lines).encode() + caplog.text.encode()
    for secret in [fake.app_key, fake.app_secret, PREFIX, *tokens, *names, "conformance run", "conformance team"]:
        assert secret.encode() not in data, secret
    # Every string the run sent or received is a hash, but the envelope's message.
    for call in report["calls"]:
        received = {k: v for k, v in (call["received"] or {}).items() if k not in ("desc", "msg")}
        for leaf in _strings([call["sent"], received]):
            assert leaf.startswith("hash:"), (call["step"], leaf)


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _strings(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _strings(item)]
    return [value] if isinstance(value, str) else []


def test_a_run_killed_mid_way_is_cleaned_up_by_the_next_run_with_the_same_prefix(tmp_path: Path) -> None:
    fake = ShippedFake(spec_doubts="refuse")
    credentials = tmp_path / "credentials"
    credentials.write_text(f"NIM_APP_KEY={fake.app_key}\nNIM_APP_SECRET={fake.app_secret}\n", encoding="utf-8")
    command = [sys.executable, "-m", "nimserver", "conform", "--app-key-file", str(credentials)]
    command += ["--report", str(tmp_path / "report.json"), "--prefix", PREFIX, "--pace", "0.3"]
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(GENERATED), str(REPOSITORY)])}
    with fake.serve() as url:
        first = subprocess.Popen([*command, "--base-url", url], env=environment, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while not any(request.path.endswith("chatroom/create.action") for request in fake.requests):
            assert time.monotonic() < deadline and first.poll() is None
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait()
        assert any(room["valid"] for room in fake.world.chatrooms.values())
        assert fake.world.teams
        ledger = tmp_path / f"nimserver-conform-{PREFIX}.json"
        assert ledger.exists()
        second = subprocess.run([*command, "--base-url", url], env=environment, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert "removing" in second.stderr and "calls (" in second.stderr
    assert not any(room["valid"] for room in fake.world.chatrooms.values())
    assert not fake.world.teams
    assert all(not account["valid"] for account in fake.world.accounts.values())
    assert not ledger.exists()


def test_read_only_makes_no_writes_and_only_limits_the_groups() -> None:
    fake = ShippedFake(spec_doubts="refuse")
    report = _run(fake, read_only=True)
    assert report["calls"] and not any(call["writes"] for call in report["calls"])
    assert not fake.world.accounts
    report = _run(ShippedFake(spec_doubts="refuse"), only=["team"])
    assert {call["step"].split()[0] for call in report["calls"]} <= {"create", "read", "list", "look", "clean", "probe"}
    assert not any(call["operation"].startswith(("friend/", "chatroom/")) for call in report["calls"])


@pytest.mark.parametrize(
    ("text", "problem"),
    [("NIM_APP_KEY=k\n", "no NIM_APP_SECRET"), ("password=x\n", "expected NIM_APP_KEY"), ("", "no NIM_APP_KEY")],
)
def test_credentials_come_from_a_file_or_the_environment_and_errors_name_no_secret(
    tmp_path: Path, text: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nimserver._conform import ConformError, read_credentials

    monkeypatch.delenv("NIM_APP_KEY", raising=False)
    monkeypatch.delenv("NIM_APP_SECRET", raising=False)
    path = tmp_path / "file"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConformError, match=problem) as caught:
        read_credentials(path)
    assert "=x" not in str(caught.value)
    monkeypatch.setenv("NIM_APP_KEY", "k")
    monkeypatch.setenv("NIM_APP_SECRET", "s")
    assert read_credentials(None) == ("k", "s")


def test_the_report_is_evidence_input_and_a_drift_report_too(tmp_path: Path, spec_document: SpecDict) -> None:
    recorder = nimserver.DriftRecorder()
    fake = ShippedFake(spec_doubts="refuse")
    fake.script("user/getUinfos.action", {"code": 200, "uinfos": [], "extra": True})
    with nimserver.NimClient(fake.app_key, fake.app_secret, http_client=fake.http_client(), drift=recorder) as client:
        client.user.get_uinfos(accids=["a"])
    recorder.write(tmp_path / "drift.json", "cn")
    findings, settlements = gather(spec_document, [json.loads((tmp_path / "drift.json").read_text())])
    assert [finding.text for finding in findings] == [
        "user/getUinfos.action: unknown-key at extra: a key the spec does not name (boolean); edit: add extra"
    ]
    assert findings[0].location is not None and findings[0].location.file.name == "user.yaml"
    assert settlements == []


def test_a_rate_limited_call_waits_and_is_tried_again_and_calls_keep_their_pace() -> None:
    fake = ShippedFake(spec_doubts="refuse")
    fake.fail_next("user/getUinfos", code=416, desc="rate limited", times=2)
    started = time.monotonic()
    report = _run(fake, rate_limit_wait=0.05, pace=0.02, only=["user"])
    elapsed = time.monotonic() - started
    reads = [call for call in report["calls"] if call["operation"] == "user/getUinfos.action"]
    assert [call["verdict"] for call in reads] == ["agrees"]
    assert sum(request.path.endswith("getUinfos.action") for request in fake.requests) == 3
    # The pace counts from one call's start to the next one's; the two waits of 0.05 s are within one call.
    assert elapsed >= max(0.02 * (len(report["calls"]) - 1), 2 * 0.05)


def test_an_interrupted_run_cleans_up_before_it_returns(tmp_path: Path) -> None:
    fake = ShippedFake(spec_doubts="refuse")

    def interrupt_at_the_team(line: str) -> None:
        if "create team" in line:
            raise KeyboardInterrupt

    report = _run(fake, report=tmp_path / "report.json", progress=interrupt_at_the_team)
    assert report["interrupted"] == "interrupted"
    assert [call["step"] for call in report["calls"]][-5:] == [
        "look for teams to clean up",
        "clean up team",
        "clean up friend",
        "clean up account",
        "clean up account",
    ]
    assert not fake.world.teams and not fake.world.chatrooms
    assert list(tmp_path.iterdir()) == [tmp_path / "report.json"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [("not json", "not a readable report"), ('{"format": "other"}', "not a nimserver conformance or drift report")],
)
def test_evidence_names_a_file_that_is_no_report(
    tmp_path: Path, content: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.evidence import main as evidence

    path = tmp_path / "report.json"
    path.write_text(content, encoding="utf-8")
    assert evidence([str(path)]) == 2
    assert problem in capsys.readouterr().out


def test_a_team_of_the_throwaway_owner_missing_from_the_ledger_is_found_and_removed() -> None:
    fake = ShippedFake(spec_doubts="refuse")
    owner = PREFIX + "a1"

    def make_a_team_behind_the_ledger(line: str) -> None:
        if "read team" in line:  # as if a run had been stopped between the answer and the ledger
            with fake.client() as client:
                client.team.create(
                    tname="unrecorded", owner=owner, members=[PREFIX + "a2"], msg="m", magree=0, joinmode=0
                )

    report = _run(fake, progress=make_a_team_behind_the_ledger)
    assert [call["step"] for call in report["calls"]].count("clean up team") == 2
    assert not fake.world.teams and report["summary"]["differences"] == 0


def test_the_default_pace_stays_below_the_documented_rate_limit_of_every_operation_the_run_calls() -> None:
    from generator.pipeline import load_api
    from nimserver._conform import _JOINED_TEAMS, DEFAULT_PACE, _undo, scenario

    rate_limits = {op.key: op.rate_limit for op in load_api(SPEC).operations}
    called = {step.operation for step in scenario()} | {_JOINED_TEAMS}
    called |= {
        _undo({"kind": kind, "id": 1, "owner": "o", "operator": "o"})[0]
        for kind in ("team", "chatroom", "friend", "account")
    }
    for operation in sorted(called):
        found = re.search(r"(\d+) calls/(s|min)", rate_limits[operation])
        assert found, (operation, rate_limits[operation])
        per_second = int(found.group(1)) / (1 if found.group(2) == "s" else 60)
        assert per_second > 1 / DEFAULT_PACE, operation


def test_each_probe_makes_its_own_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.load import load_spec
    from generator.pipeline import load_api
    from generator.render import answer_table
    from nimserver import _answers

    root = _doubted_spec(tmp_path, "limit")
    user_yaml = root.parent / "paths" / "user.yaml"
    second = "                  - about: required\n" + _DOUBTS["required"]
    text = user_yaml.read_text(encoding="utf-8")
    user_yaml.write_text(text.replace(_DOUBTS["limit"], _DOUBTS["limit"] + second, 1), encoding="utf-8")
    table = _only_doubt(json.loads(json.dumps(answer_table(load_api(root)))), "user/create.action", "name")
    monkeypatch.setattr(_answers, "answer_table", lambda: table)
    with FakeNim(load_spec(root), app_key="k", app_secret="s") as fake:
        report = _run(fake)
    probes = [call for call in report["calls"] if call["probe"]]
    assert [call["probe"]["about"] for call in probes] == ["limit", "required"]
    assert len({call["sent"]["accid"] for call in probes}) == 2
    assert [len(call["settles"]) for call in probes] == [1, 1] and report["summary"]["differences"] == 0


@pytest.mark.parametrize("spec_limit", [64, 32])
def test_a_team_creation_is_probed_too_and_a_team_it_makes_is_removed(
    spec_limit: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """64: the spec's limit, which the service holds (the probe is refused); 32: a spec that says less than the
    service allows (it holds 64, as the real spec says), so the probe makes a second team, removed at the end."""
    from generator.load import load_spec
    from generator.pipeline import load_api
    from generator.render import answer_table
    from nimserver import _answers

    copied = tmp_path / "spec"
    shutil.copytree(SPEC.parent, copied)
    team_yaml = copied / "paths" / "team.yaml"
    anchor = "                maxLength: 64\n                description: Team name.\n"
    doubt = (
        f"                maxLength: {spec_limit}\n                description: Team name.\n"
        "                x-doubt:\n                  - about: limit\n"
        f"                    what: Whether a team name may be longer than {spec_limit} characters.\n"
        "                    for: []\n                    settle: One team/create call with a longer tname.\n"
    )
    text = team_yaml.read_text(encoding="utf-8")
    assert anchor in text
    team_yaml.write_text(text.replace(anchor, doubt, 1), encoding="utf-8")
    root = copied / "openapi.yaml"
    table = _only_doubt(json.loads(json.dumps(answer_table(load_api(root)))), "team/create.action", "tname")
    monkeypatch.setattr(_answers, "answer_table", lambda: table)
    if spec_limit == 64:
        with FakeNim(load_spec(root), app_key="k", app_secret="s") as fake:
            report = _run(fake)
    else:  # the shipped fake, which keeps the teams it makes, plays the service: its mark taken off
        shipped = ShippedFake(spec_doubts="refuse")
        report = _run(shipped, http_client=httpx.Client(transport=_Unmarked(shipped.transport())))
        assert not shipped.world.teams
    (probe,) = [call for call in report["calls"] if call["probe"]]
    outcome = "refused" if spec_limit == 64 else "accepted"
    assert probe["operation"] == "team/create.action" and probe["settles"][0]["observed"].startswith(outcome)
    assert probe["settles"][0]["spec_holds"] is (spec_limit == 64)
    assert [call["step"] for call in report["calls"]].count("clean up team") == (1 if spec_limit == 64 else 2)
    assert report["summary"]["differences"] == 0


def test_the_shipped_fake_marks_every_answer_as_a_test_doubles_in_process_and_on_loopback() -> None:
    fake = ShippedFake()
    with fake.http_client() as http:
        in_process = http.post("https://api.netease.im/nimserver/user/create.action", data={"accid": "a"})
    with fake.serve() as url, httpx.Client() as http:
        on_loopback = http.post(f"{url}/user/create.action", data={"accid": "a"})
    assert in_process.headers[TEST_DOUBLE_HEADER] == on_loopback.headers[TEST_DOUBLE_HEADER] == "1"
