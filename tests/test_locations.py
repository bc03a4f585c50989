"""A place in the spec (a Location) is named from the spec's own folders, fixed when the file is read:
the problems, the parsed-file cache and the generated files are the same from any working directory,
and what is printed for a person opens from the directory they run in."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from generator.__main__ import main
from generator.cache import Memo
from generator.errors import Location, Problems, SpecError, SpecProblem, spec_file, spec_name
from generator.load import _FileReader
from generator.pipeline import generate, load_api, read, with_docs
from generator.rules import RULES
from generator.write import read_tree
from tests.specutil import edits_of, load_table, make_spec

CASES = load_table("broken.yaml")
_EXPECTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): \[(?P<rule>[a-z0-9-]+)\]")
_PRINTED = re.compile(r"^(?P<file>.+?):(?P<line>\d+): ")


def _one_case_per_file_and_stage() -> list[str]:
    """The first broken case for each file and stage (loader, validation, model) a problem is expected in."""
    chosen: dict[tuple[str, str], str] = {}
    for name, case in CASES.items():
        for expected in case["expect"]:
            match = _EXPECTED.match(expected)
            assert match is not None, expected
            chosen.setdefault((match.group("file"), RULES[match.group("rule")].stage), name)
    return sorted(set(chosen.values()))


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    """The repository (the spec in its spec/) and a directory elsewhere, deeper and beside it."""
    elsewhere = tmp_path / "elsewhere" / "deeper"
    elsewhere.mkdir(parents=True)
    return tmp_path / "repository", elsewhere


def _problems_of(spec: str) -> list[SpecProblem]:
    try:
        load_api(Path(spec))
    except SpecError as error:
        return error.problems
    raise AssertionError("the broken spec loaded")


@pytest.mark.parametrize("given", ["relative", "absolute"])
@pytest.mark.parametrize("name", _one_case_per_file_and_stage())
def test_a_broken_spec_has_the_same_problems_from_any_directory_and_prints_paths_that_open_there(
    name: str, given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repository, elsewhere = _folders(tmp_path)
    root = make_spec(repository / "spec", edits_of(CASES[name]))
    found: list[list[SpecProblem]] = []
    for directory in (repository, elsewhere):
        monkeypatch.chdir(directory)
        spec = os.path.relpath(root) if given == "relative" else str(root)
        problems = _problems_of(spec)
        found.append(problems)
        for problem in problems:
            if problem.location is not None:
                assert isinstance(problem.location.file, PurePosixPath)
                assert problem.location.file.parts[0] == "spec", problem
                assert (repository / problem.location.file).is_file(), problem

        capsys.readouterr()
        assert main(["validate", "--spec", spec]) == 1
        rows = capsys.readouterr().err.splitlines()
        for expected in CASES[name]["expect"]:
            match = _EXPECTED.match(expected)
            assert match is not None
            place = f"{os.path.relpath(root.parent / match.group('file'))}:{match.group('line')}: "
            assert any(row.startswith(place) for row in rows), f"{place!r} not in:\n" + "\n".join(rows)
        for row in rows:
            printed = _PRINTED.match(row)
            if printed is not None:  # a place: the file it names opens from here
                assert Path(printed.group("file")).is_file(), row
    assert found[0] == found[1]


def test_a_spec_in_a_folder_of_another_name_names_its_files_from_the_folder_above(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder's own name starts each file's name; what is printed still opens from where one runs."""
    edit = {"file": "paths/demo.yaml", "replace": "required: [accid]", "with": "required: [accid"}
    root = make_spec(tmp_path / "my api", [edit])
    problems = _problems_of(str(root))
    assert {problem.location.file.parts[0] for problem in problems if problem.location} == {"my api"}
    broken = next(problem for problem in problems if problem.rule == "yaml-valid")
    assert broken.location is not None and broken.location.file == PurePosixPath("my api/paths/demo.yaml")
    monkeypatch.chdir(root.parent / "paths")
    assert main(["validate", "--spec", str(root)]) == 1
    rows = capsys.readouterr().err.splitlines()
    assert any(row.startswith(f"demo.yaml:{broken.location.line}: ") for row in rows), rows
    assert all(Path(printed.group("file")).is_file() for printed in map(_PRINTED.match, rows) if printed), rows


def test_a_spec_folder_reached_through_a_symlink_is_named_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    edit = {"file": "paths/demo.yaml", "replace": "required: [accid]", "with": "required: [accid"}
    real = make_spec(tmp_path / "a checkout of the spec", [edit])
    repository, elsewhere = _folders(tmp_path)
    repository.mkdir()
    (repository / "spec").symlink_to(real.parent, target_is_directory=True)
    root = repository / "spec" / "openapi.yaml"
    problems = _problems_of(str(root))
    assert {problem.location.file.parts[0] for problem in problems if problem.location} == {"spec"}
    monkeypatch.chdir(elsewhere)
    assert main(["validate", "--spec", os.path.relpath(root)]) == 1
    rows = capsys.readouterr().err.splitlines()
    places = [printed.group("file") for printed in map(_PRINTED.match, rows) if printed]
    assert os.path.relpath(root.parent / "paths" / "demo.yaml") in places, rows
    assert all(Path(place).is_file() for place in places), rows


def test_a_file_outside_the_spec_folder_is_named_by_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader reads nothing outside the root's folder; were it to, the name would still find the file."""
    root = make_spec(tmp_path / "repository" / "spec")
    outside = tmp_path / "shared.yaml"
    name = spec_name(outside, root)
    assert name == PurePosixPath(os.path.abspath(outside)) and name.is_absolute()
    assert spec_file(name, root) == Path(os.path.abspath(outside))
    monkeypatch.chdir(root.parent)
    assert Location(name, 3).shown(root) == f"{os.path.join('..', '..', 'shared.yaml')}:3"


def test_a_broken_side_of_a_diff_is_printed_at_paths_that_open_from_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`diff` reads two specs: each problem is printed from the root of the spec it is in, not from --spec."""
    _, elsewhere = _folders(tmp_path)
    edit = {"file": "paths/demo.yaml", "replace": "required: [accid]", "with": "required: [accid"}
    old = make_spec(tmp_path / "old" / "spec", [edit])
    new = make_spec(tmp_path / "new" / "spec")
    monkeypatch.chdir(elsewhere)
    assert main(["diff", os.path.relpath(old.parent), os.path.relpath(new)]) == 1
    rows = capsys.readouterr().err.splitlines()
    places = [printed.group("file") for printed in map(_PRINTED.match, rows) if printed]
    assert os.path.relpath(old.parent / "paths" / "demo.yaml") in places, rows
    assert all(Path(place).is_file() for place in places), rows


def test_evidence_prints_and_edits_its_places_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.evidence import main as evidence

    repository, elsewhere = _folders(tmp_path)
    root = make_spec(repository / "spec")
    operation = "user/getInfos.action"
    observed = {"field": "accids", "about": "meaning", "what": "Whether the list may name an account twice."}
    call = {
        "operation": operation,
        "differences": [{"operation": operation, "kind": "status", "where": "", "detail": "code 999 is not listed"}],
        "settles": [{**observed, "spec_holds": True, "observed": "accepted"}],
    }
    report = {"format": "nimserver-evidence/1", "date": "2026-12-07", "region": "cn", "calls": [call]}
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    demo = root.parent / "paths" / "demo.yaml"
    before = demo.read_text(encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    evidence([str(tmp_path / "report.json"), "--spec", os.path.relpath(root), "--apply"])
    rows = capsys.readouterr().out.splitlines()
    places = {printed.group("file") for printed in map(_PRINTED.match, rows) if printed}
    assert places == {os.path.relpath(demo)}, rows
    assert any(": contradiction: " in row for row in rows) and any(": evidence: " in row for row in rows), rows
    assert demo.read_text(encoding="utf-8") != before and 'verdict: "settles"' in demo.read_text(encoding="utf-8")


def _generated(
    root: Path, directory: Path, out: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> dict[str, bytes]:
    monkeypatch.chdir(directory)
    code = main(["generate", "-q", "--no-cache", "--spec", os.path.relpath(root), "--out", os.path.relpath(out)])
    assert code == 0, capsys.readouterr()
    return read_tree(out)


def test_the_generated_files_do_not_depend_on_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repository, elsewhere = _folders(tmp_path)
    root = make_spec(repository / "spec")
    here = _generated(root, repository, repository / "generated", monkeypatch, capsys)
    there = _generated(root, elsewhere, tmp_path / "other-out", monkeypatch, capsys)
    assert here == there
    review = here["docs/review.html"].decode("utf-8")
    assert "<code>spec/paths/demo.yaml:9</code>" in review  # the base's reviewer note, named from the repository
    assert not [path for path, data in here.items() if str(tmp_path).encode() in data]


def test_parsed_files_are_found_again_from_another_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repository, elsewhere = _folders(tmp_path)
    root = make_spec(repository / "spec")
    cache = tmp_path / "cache"
    monkeypatch.chdir(repository)
    fresh = read(Path("spec/openapi.yaml"), Problems(), Memo(cache))

    def refuse(self: Any) -> Any:
        raise AssertionError(f"{self.path} was parsed again")

    monkeypatch.chdir(elsewhere)
    monkeypatch.setattr(_FileReader, "read", refuse)
    cached = read(Path(os.path.relpath(root)), Problems(), Memo(cache))  # every file a hit
    assert cached == fresh
    create = "/user/create.action"
    assert cached["paths"][create].location == fresh["paths"][create].location
    assert cached["paths"][create].location.file == PurePosixPath("spec/paths/demo.yaml")


def test_a_run_computes_the_api_snapshot_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The snapshot is the model as JSON: the manifest's baseline and the changes since a release share one."""
    import generator.pipeline as pipeline

    root = make_spec(tmp_path / "spec")
    made: list[object] = []

    def counted(api: Any) -> Any:
        made.append(api)
        return snapshot(api)

    snapshot = pipeline.snapshot
    monkeypatch.setattr(pipeline, "snapshot", counted)
    generation = generate(root, {})
    assert made == [generation.api]
    made.clear()
    api, _, _ = with_docs(root, generation.files)
    assert made == [api]
