"""The generator's caches (generator/cache.py): its one memo (validation verdicts,
parsed files, compiled templates) and the last run's record. Each is tested for a hit, a miss, invalidation
through a $ref, a corrupt file and a file written by another generator; and
the broken-spec corpus must report exactly the same problems with a warm
cache as without one: a cache never lets an invalid spec pass."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import cache as cache_module
from generator import reference, render, validate
from generator.__main__ import main
from generator.cache import LastRun, Memo, Table, input_digest
from generator.errors import Problems, SpecError
from generator.extensions import Extension
from generator.load import SpecDict, _FileReader, read_spec
from generator.pipeline import PARSED, TEMPLATES, VERDICTS, load_api, read
from generator.rules.view import place
from generator.validate import _duplicate_operation_ids, _openapi_errors, _openapi_parts, _without_prose
from tests.specutil import edits_of, load_table, make_spec, operation, shown, snapshot, write_spec

CASES = load_table("broken.yaml")
VERDICTS_FILE = f"{VERDICTS}.json"


def _problems(root: Path, cache: Path | None) -> list[str]:
    """Every problem load_api reports for the spec at `root`, as printed."""
    try:
        load_api(root, Problems(), cache)
    except SpecError as error:
        return [str(problem) for problem in error.problems]
    return []


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache filled by validating the unedited base spec."""
    folder = tmp_path_factory.mktemp("warm")
    root = make_spec(folder / "spec")
    directory = folder / "cache"
    assert _problems(root, directory) == []
    assert (directory / VERDICTS_FILE).is_file() and any((directory / PARSED).iterdir())
    return directory


# --- the broken corpus, cached and not ---------------------------------------


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_warm_cache_reports_every_problem_of_a_broken_spec(name: str, warm_cache: Path, tmp_path: Path) -> None:
    """The base is validated with a cache, then edited to be broken: the same problems, cached or not, twice."""
    root = make_spec(tmp_path / "spec", edits_of(CASES[name]))
    expected = _problems(root, None)
    assert any(": warning: " not in line for line in expected), expected
    directory = tmp_path / "cache"
    shutil.copytree(warm_cache, directory)
    assert _problems(root, directory) == expected  # the verdicts of the base, where content is the same
    assert _problems(root, directory) == expected  # and now the broken content's own verdicts too


@pytest.mark.parametrize("name", sorted(CASES))
def test_openapi_parts_find_what_the_whole_document_has(name: str, tmp_path: Path) -> None:
    """openapi-spec-validator per path item gives the problems it gives on the whole document."""
    root = make_spec(tmp_path / "spec", edits_of(CASES[name]))
    _assert_parts_agree(root)


def test_openapi_parts_agree_on_an_operation_id_shared_across_path_items(tmp_path: Path) -> None:
    root = write_spec(
        tmp_path,
        {
            "/demo/a.action": operation("same"),
            "/demo/b.action": operation("same"),
            "/demo/c.action": operation("other", fields={"x": {"type": "strnig", "description": "X."}}),
            "/demo/d.action": operation("same"),
        },
    )
    found = _assert_parts_agree(root)
    assert any("Operation ID 'same'" in message for _, message in found)


def _assert_parts_agree(root: Path) -> set[tuple[str, str]]:
    document = read_spec(root, Problems()).document
    if document is None:
        return set()
    whole = {(_where(document, path, message), message) for path, message in _openapi_errors(document)}
    parts = _openapi_parts(document)
    split = {(_where(document, path, message), message) for part in parts for path, message in _openapi_errors(part)}
    split |= {(str(document.location), message) for message in _duplicate_operation_ids(parts)}
    assert split == whole
    return whole


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_validator_finds_the_same_with_prose_emptied(name: str, tmp_path: Path) -> None:
    """The openapi verdicts are of the document with its summaries and descriptions emptied (a prose edit keeps
    them): the validator must find problems at the very paths where it finds them in the document (the
    messages, which may quote text, are then taken from the document itself)."""
    document = read_spec(make_spec(tmp_path / "spec", edits_of(CASES[name])), Problems()).document
    if document is not None:
        paths = [path for path, _ in _openapi_errors(document)]
        assert [path for path, _ in _openapi_errors(_without_prose(document, {}))] == paths


@pytest.mark.parametrize(
    ("edited", "checked_again"),
    [
        ("summary: Create an account", "summary: Create a new account"),  # prose: the verdicts of before
        ("description: Creates one account; the `accid` must be new.", "description: Creates one new account."),
        ("summary: Create an account", "summary: 5"),  # not text: checked, and refused
        ("summary: Create an account", "sumary: Create an account"),  # a key, not prose
    ],
)
def test_a_prose_edit_keeps_the_openapi_verdicts(
    edited: str, checked_again: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_spec(tmp_path / "spec")
    directory = tmp_path / "cache"
    assert _problems(root, directory) == []
    checked: list[Any] = []
    monkeypatch.setattr(validate, "_openapi_errors", lambda part: checked.append(part) or _openapi_errors(part))
    paths = root.parent / "paths" / "demo.yaml"
    text = paths.read_text(encoding="utf-8")
    assert text.count(edited) == 1
    paths.write_text(text.replace(edited, checked_again), encoding="utf-8")
    found = _problems(root, directory)
    prose = checked_again.split(":")[0] in ("summary", "description") and not checked_again.endswith(": 5")
    assert (checked == [], found == []) == (prose, prose), (checked, found)
    assert found == _problems(root, None)


def _where(document: SpecDict, path: list[Any] | None, message: str) -> str:
    holder, key = place(document, path or [], message)
    return str(holder.where(key))


# --- verdicts --------------------------------------------------------------


def _verdicts(directory: Path) -> Table:
    return Memo(directory).table(VERDICTS)


def test_verdicts_hit_miss_and_keep_only_what_was_used(tmp_path: Path) -> None:
    calls: list[str] = []

    def check(value: str) -> list[str]:
        calls.append(value)
        return [f"checked {value}"]

    first = _verdicts(tmp_path)
    assert first.get("kind", {"a": 1}, lambda: check("a")) == ["checked a"]
    assert first.get("kind", {"a": 1}, lambda: check("again")) == ["checked a"]  # the same content, in one run
    assert first.get("kind", {"b": 1}, lambda: check("b")) == ["checked b"]
    first.save()
    assert calls == ["a", "b"] and (first.hits, first.misses) == (0, 2)

    second = _verdicts(tmp_path)
    assert second.get("kind", {"a": 1}, lambda: check("never")) == ["checked a"]
    assert second.get("other kind", {"a": 1}, lambda: check("kind")) == ["checked kind"]  # the kind is in the key
    second.save()
    assert (second.hits, second.misses) == (1, 1)
    kept = json.loads((tmp_path / VERDICTS_FILE).read_text(encoding="utf-8"))["values"]
    assert len(kept) == 2  # {"b": 1} was not used by the second run: dropped


def test_text_under_a_blank_key_counts_as_empty_in_a_blanked_key(tmp_path: Path) -> None:
    verdicts = Memo(tmp_path).table(VERDICTS, blank=frozenset({"summary"}))

    def kept(content: Any, blanked: bool = True) -> str:
        return str(verdicts.get("kind", content, lambda: f"computed for {content}", blanked))

    first = kept({"summary": "one", "items": [{"summary": "deep", "x": 1}]})
    assert kept({"summary": "two", "items": [{"summary": "other", "x": 1}]}) == first  # any text: the same verdict
    assert kept({"summary": "", "items": [{"summary": "", "x": 1}]}) == first  # as if emptied
    differs = [
        {"summary": 5, "items": [{"summary": "deep", "x": 1}]},  # not text: its value counts
        {"summary": "one", "items": [{"summary": "deep", "x": 2}]},  # another key's value
        {"summary": "one", "items": [{"summary": {"a": "b"}, "x": 1}]},  # a mapping under the key counts
        {"sumary": "one", "items": [{"summary": "deep", "x": 1}]},  # another key
    ]
    assert len({first, *map(kept, differs)}) == 1 + len(differs)
    # Asked for as written, the text counts, whatever was asked before of the same objects.
    one, two = {"summary": "one", "x": 1}, {"summary": "two", "x": 1}
    assert kept(one) == kept(two) == f"computed for {one}"
    assert kept(two, blanked=False) == f"computed for {two}"
    assert kept(one, blanked=False) == f"computed for {one}"


def test_extension_verdicts_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_spec(tmp_path / "spec")
    directory = tmp_path / "cache"
    assert _problems(root, directory) == []
    checked: list[Any] = []
    original = Extension.check
    monkeypatch.setattr(Extension, "check", lambda self, value: checked.append(value) or original(self, value))
    assert _problems(root, directory) == [] and checked == []  # every value's verdict kept
    paths = root.parent / "paths" / "demo.yaml"
    text = paths.read_text(encoding="utf-8")
    assert text.count("x-safe-to-repeat: true") == 1
    paths.write_text(text.replace("x-safe-to-repeat: true", "x-safe-to-repeat: maybe"), encoding="utf-8")
    found = _problems(root, directory)
    assert checked == ["maybe"] and found == _problems(root, None) and "x-safe-to-repeat" in " ".join(found)


def test_verdicts_of_content_that_is_not_json_are_not_kept(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    assert verdicts.get("kind", {"a": {1, 2}}, lambda: ["computed"]) == ["computed"]
    assert verdicts.get("kind", {"a": {1, 2}}, lambda: ["again"]) == ["again"]
    assert verdicts.used == {}


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"[]",
        b'{"format": 1, "stamp": "another generator", "values": {}}',
        b'{"format": 999, "values": {}}',
        b'{"format": 1, "values": "not a mapping"}',
    ],
    ids=["corrupt", "not-an-object", "another-generator", "another-format", "bad-verdicts"],
)
def test_a_verdicts_file_that_is_not_ours_is_ignored_and_replaced(content: bytes, tmp_path: Path) -> None:
    root = make_spec(tmp_path / "spec")
    directory = tmp_path / "cache"
    assert _problems(root, directory) == []
    good = json.loads((directory / VERDICTS_FILE).read_bytes())
    (directory / VERDICTS_FILE).write_bytes(content)
    assert _verdicts(directory).entries == {}
    assert _problems(root, directory) == []
    assert json.loads((directory / VERDICTS_FILE).read_bytes()) == good


def test_a_forged_verdict_for_other_content_cannot_hide_a_problem(tmp_path: Path) -> None:
    """Verdicts are keyed by content: a broken schema's key is not the valid schema's key."""
    root = make_spec(tmp_path / "spec")
    directory = tmp_path / "cache"
    assert _problems(root, directory) == []
    stored = json.loads((directory / VERDICTS_FILE).read_bytes())
    stored["values"] = {key: [] for key in stored["values"]}  # every known content: "no problems"
    (directory / VERDICTS_FILE).write_text(json.dumps(stored), encoding="utf-8")
    edit = {"file": "components/demo.yaml", "replace": "level: {type: integer,", "with": "level: {type: integr,"}
    broken = make_spec(tmp_path / "broken", [edit])
    assert _problems(broken, directory) == _problems(broken, None) != []


# --- invalidation through a $ref, as the command line reports it ----------------


def test_an_edit_behind_a_ref_after_a_cached_run_is_reported_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    assert main(["generate", "-q", "--spec", str(root), "--out", str(out)]) == 0
    assert (tmp_path / ".cache" / "generator" / VERDICTS_FILE).is_file()  # the default: beside --out
    before = snapshot(out)
    component = root.parent / "components" / "demo.yaml"
    text = component.read_text(encoding="utf-8")
    component.write_text(text.replace("level: {type: integer,", "level: {type: integr,"), encoding="utf-8")
    capsys.readouterr()

    assert main(["generate", "--spec", str(root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    line = text.splitlines().index("    level: {type: integer, minimum: 0, description: The account's level.}") + 1
    assert f"{shown(component)}:{line}: " in err, err
    assert err.rstrip().endswith("nothing was written.")
    assert snapshot(out) == before


# --- the memo itself -----------------------------------------------------------


class _Counted:
    """A piece of pure work that counts how often it was done."""

    def __init__(self) -> None:
        self.calls: list[bytes] = []

    def __call__(self, content: bytes) -> dict[str, Any]:
        self.calls.append(content)
        return {"from": content.decode()}


def test_memo_keeps_each_value_by_kind_and_content(tmp_path: Path) -> None:
    work = _Counted()
    first = Memo(tmp_path)
    for content in (b"a", b"b", b"a"):
        assert first.get("kind", content, lambda content=content: work(content)) == {"from": content.decode()}
    assert work.calls == [b"a", b"b"]  # the second b"a" is read back
    second = Memo(tmp_path)
    assert second.get("kind", b"a", lambda: work(b"never")) == {"from": "a"}  # a new run reads it back
    assert second.get("other kind", b"a", lambda: work(b"other")) == {"from": "other"}  # the kind is in the key
    assert second.get("kind", b"a\0", lambda: work(b"changed")) == {"from": "changed"}  # so is every byte
    assert work.calls[2:] == [b"other", b"changed"]
    second.prune("kind")  # b"b" was not asked for by this run: dropped; "other kind" is not pruned
    assert len(list((tmp_path / "kind").iterdir())) == 2 and len(list((tmp_path / "other kind").iterdir())) == 1


def test_memo_keeps_only_what_keep_accepts(tmp_path: Path) -> None:
    memo = Memo(tmp_path)
    assert memo.get("kind", b"x", lambda: None, keep=lambda value: value is not None) is None
    assert not (tmp_path / "kind").exists()
    with pytest.raises(KeyError):
        memo.find("kind", b"x")


@pytest.mark.parametrize("damage", ["truncated", "empty", "not-a-pickle", "a-directory"])
def test_a_corrupt_memo_entry_is_computed_again_and_replaced(damage: str, tmp_path: Path) -> None:
    Memo(tmp_path).get("kind", b"x", lambda: [1, 2, 3])
    (entry,) = (tmp_path / "kind").iterdir()
    good = entry.read_bytes()
    if damage == "a-directory":
        entry.unlink()
        entry.mkdir()
    else:
        entry.write_bytes({"truncated": good[: len(good) // 2], "empty": b"", "not-a-pickle": b"{}"}[damage])
    assert Memo(tmp_path).get("kind", b"x", lambda: [1, 2, 3, 4]) == [1, 2, 3, 4]
    if damage != "a-directory":  # a directory in its place cannot be replaced: the value is only not kept
        assert Memo(tmp_path).get("kind", b"x", lambda: ["not asked"]) == [1, 2, 3, 4]


def test_a_memo_of_another_generator_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Memo(tmp_path).get("kind", b"x", lambda: "ours")
    monkeypatch.setattr(cache_module, "generator_stamp", lambda: "another generator")
    assert Memo(tmp_path).get("kind", b"x", lambda: "theirs") == "theirs"


def test_a_deleted_cache_directory_is_only_a_miss(tmp_path: Path) -> None:
    directory = tmp_path / "cache"
    memo = Memo(directory)
    memo.get("kind", b"x", lambda: "first")
    table = memo.table(VERDICTS)
    table.get("check", {"a": 1}, lambda: ["verdict"])
    shutil.rmtree(directory)
    table.save()  # written into a directory made again
    assert _verdicts(directory).get("check", {"a": 1}, lambda: ["again"]) == ["verdict"]
    shutil.rmtree(directory)
    assert Memo(directory).get("kind", b"x", lambda: "second") == "second"
    memo.prune("kind")  # nothing left to prune: no error
    assert Memo(directory).get("kind", b"x", lambda: "third") == "second"


def test_without_a_directory_the_memo_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    memo = Memo(None)
    assert memo.get("kind", b"x", lambda: "one") == "one"
    assert memo.get("kind", b"x", lambda: "two") == "two"
    memo.keep("kind", b"x", "three")
    memo.prune("kind")
    table = memo.table(VERDICTS)
    assert table.get("check", {"a": 1}, lambda: ["once"]) == table.get("check", {"a": 1}, lambda: ["twice"])
    table.save()
    assert list(tmp_path.iterdir()) == []


def test_a_deleted_cache_between_generations_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    directory = tmp_path / ".cache" / "generator"
    _forget_compiled_templates()  # templates loaded by an earlier test would not be compiled, nor kept
    assert main(["generate", "-q", "--spec", str(root), "--out", str(out)]) == 0
    before = snapshot(out)
    assert {entry.name for entry in directory.iterdir()} >= {VERDICTS_FILE, PARSED, TEMPLATES}
    shutil.rmtree(directory)
    _forget_compiled_templates()
    assert main(["generate", "-q", "--spec", str(root), "--out", str(out)]) == 0
    assert "nothing to do" not in capsys.readouterr().out
    assert snapshot(out) == before
    assert {entry.name for entry in directory.iterdir()} >= {VERDICTS_FILE, PARSED, TEMPLATES}


# --- parsed files ------------------------------------------------------------


def test_parsed_files_hit_miss_and_corrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_spec(tmp_path / "spec")
    directory = tmp_path / "cache"
    fresh = read(root, Problems())
    assert read(root, Problems(), Memo(directory)) == fresh  # a miss: parsed and kept
    pickles = sorted((directory / PARSED).iterdir())
    assert len(pickles) == 3

    def refuse(self: Any) -> Any:
        raise AssertionError(f"{self.path} was parsed again")

    with monkeypatch.context() as patch:
        patch.setattr(_FileReader, "read", refuse)
        cached = read(root, Problems(), Memo(directory))  # every file a hit
    assert cached == fresh
    assert cached["paths"]["/user/create.action"].location == fresh["paths"]["/user/create.action"].location

    for pickle in pickles:
        pickle.write_bytes(b"\x80\x05 truncated")
    assert read(root, Problems(), Memo(directory)) == fresh  # corrupt: parsed again and replaced
    assert read(root, Problems(), Memo(directory)) == fresh


def test_parsed_files_of_an_edited_file_are_replaced_and_lines_follow(tmp_path: Path) -> None:
    root = make_spec(tmp_path / "spec")
    directory = tmp_path / "cache"
    first = read(root, Problems(), Memo(directory))
    paths_file = root.parent / "paths" / "demo.yaml"
    paths_file.write_text("# A new first line.\n" + paths_file.read_text(encoding="utf-8"), encoding="utf-8")
    leftover = directory / PARSED / ".0123.pickle.12345"
    leftover.write_bytes(b"half")  # as a run stopped while writing leaves it
    document = read(root, Problems(), Memo(directory))
    before = first["paths"]["/user/create.action"].location
    assert document["paths"]["/user/create.action"].location == type(before)(before.file, before.line + 1)
    assert len(list((directory / PARSED).iterdir())) == 3  # the old tree of paths/demo.yaml is pruned
    assert not leftover.exists()


def test_a_file_read_with_problems_is_not_kept(tmp_path: Path) -> None:
    edit = {"file": "paths/demo.yaml", "replace": "required: [accid]", "with": "required: [accid"}
    root = make_spec(tmp_path / "spec", [edit])
    directory = tmp_path / "cache"
    read(root, Problems(), Memo(directory))
    # The root only: the broken file is not kept, and the components it refers to are not reached.
    assert len(list((directory / PARSED).iterdir())) == 1
    problems = Problems()
    read(root, problems, Memo(directory))
    assert any("invalid YAML" in problem.message for problem in problems.errors)


# --- the last run ------------------------------------------------------------


def _generate(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.fixture
def generated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """The base spec generated once with the default cache: (spec root, output directory)."""
    root = make_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    code, text = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))
    assert code == 0 and "nothing to do" not in text
    return root, out


def test_nothing_changed_does_nothing(generated: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    root, out = generated
    before = snapshot(out)
    code, text = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))
    assert code == 0
    assert "0 files written" in text and "black ran on 0" in text and "nothing to do" in text
    assert snapshot(out) == before
    code, text = _generate(capsys, "check", "--spec", str(root), "--out", str(out))
    assert code == 0 and "matches the spec" in text


def test_a_spec_edit_is_a_miss(generated: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    root, out = generated
    paths_file = root.parent / "paths" / "demo.yaml"
    paths_file.write_text(
        paths_file.read_text(encoding="utf-8").replace("summary: Create an account", "summary: Create one account"),
        encoding="utf-8",
    )
    code, text = _generate(capsys, "check", "--spec", str(root), "--out", str(out))
    assert code == 1 and "stale" in text
    code, text = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))
    assert code == 0 and "nothing to do" not in text and "updated" in text
    assert "Create one account" in (out / "nimserver" / "groups" / "user.py").read_text(encoding="utf-8")


def test_check_finds_a_hand_edited_file(generated: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    root, out = generated
    user = out / "nimserver" / "groups" / "user.py"
    user.write_text(user.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    code, text = _generate(capsys, "check", "--spec", str(root), "--out", str(out))
    assert code == 1 and "nimserver/groups/user.py: stale" in text
    (out / "stray.txt").write_text("not generated\n", encoding="utf-8")
    code, text = _generate(capsys, "check", "--spec", str(root), "--out", str(out))
    assert code == 1 and "stray.txt: not generated" in text


def test_a_template_or_release_change_is_a_miss(tmp_path: Path) -> None:
    root = make_spec(tmp_path / "spec")
    first = input_digest(root)
    assert input_digest(root) == first
    (tmp_path / "releases").mkdir()
    (tmp_path / "releases" / "1.0.0.json").write_text("{}", encoding="utf-8")
    second = input_digest(root)
    assert second != first
    (root.parent / "README.md").write_text("Notes beside the spec.\n", encoding="utf-8")
    assert input_digest(root) != second


def test_the_inputs_cover_templates_and_the_generator(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    root = make_spec(tmp_path / "spec")
    first = input_digest(root)
    templates = tmp_path / "templates"
    shutil.copytree(cache_module.TEMPLATES, templates, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "TEMPLATES", templates)
    assert input_digest(root) == first
    (templates / "package" / "group.py.j2").write_text("edited\n", encoding="utf-8")
    assert input_digest(root) != first
    monkeypatch.setattr(cache_module, "generator_stamp", lambda: "another generator")
    assert input_digest(root) != first


@pytest.mark.parametrize(
    "change",
    ["corrupt", "another-generator", "another-tree"],
)
def test_a_run_record_that_is_not_ours_is_ignored(
    change: str, generated: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root, out = generated
    record = LastRun.path(out.parent / ".cache" / "generator", root, out)
    document = json.loads(record.read_bytes())
    if change == "corrupt":
        record.write_bytes(b'{"format": 1, "stamp"')
    elif change == "another-generator":
        record.write_text(json.dumps({**document, "stamp": "another generator"}), encoding="utf-8")
    else:
        record.write_text(json.dumps({**document, "tree": "0" * 64}), encoding="utf-8")
    before = snapshot(out)
    code, text = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))
    assert code == 0 and "nothing to do" not in text and "0 files written" in text
    assert snapshot(out) == before
    assert json.loads(record.read_bytes()) == document  # written again as it should be
    code, text = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))
    assert "nothing to do" in text


def test_no_cache_reads_and_writes_none(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    for _ in range(2):
        code, text = _generate(capsys, "generate", "--no-cache", "--spec", str(root), "--out", str(out))
        assert code == 0 and "nothing to do" not in text
    assert not (tmp_path / ".cache").exists()


def test_an_explicit_cache_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    directory = tmp_path / "elsewhere"
    for expected in (False, True):
        code, text = _generate(capsys, "generate", "--cache", str(directory), "--spec", str(root), "--out", str(out))
        assert code == 0 and ("nothing to do" in text) == expected
    assert not (tmp_path / ".cache").exists()
    assert {entry.name for entry in directory.iterdir()} >= {VERDICTS_FILE, PARSED}


def test_warnings_are_told_again_when_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_spec(tmp_path / "spec")
    (root.parent / "stray.yaml").write_text("nothing: here\n", encoding="utf-8")
    out = tmp_path / "generated"
    first = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))[1]
    assert "no $ref from openapi.yaml reaches this file" in first
    monkeypatch.chdir(tmp_path)  # the next run starts elsewhere: the warning's path is shown from there
    second = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))[1]
    assert "nothing to do" in second and "1 warning" in second
    warning = f"{os.path.relpath(root.parent / 'stray.yaml')}:1: warning: no $ref from openapi.yaml reaches this file"
    assert f"{warning} [file-reached]" in second  # told as the first run told it, with its rule


def _forget_compiled_templates() -> None:
    """A new process: Jinja's environments (kept per process) start empty."""
    render.environment.cache_clear()
    reference.environment.cache_clear()


def test_corrupt_compiled_templates_are_compiled_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_spec(tmp_path / "spec")
    out = tmp_path / "generated"
    _forget_compiled_templates()
    assert _generate(capsys, "generate", "--spec", str(root), "--out", str(out))[0] == 0
    compiled = sorted((tmp_path / ".cache" / "generator" / "templates").iterdir())
    assert compiled
    for index, entry in enumerate(compiled):
        entry.write_bytes(b"" if index % 2 else b"j2\x00garbage")
    before = snapshot(out)
    for record in (tmp_path / ".cache" / "generator").glob("run-*.json"):
        record.unlink()  # so that every stage runs
    _forget_compiled_templates()
    code, text = _generate(capsys, "generate", "--spec", str(root), "--out", str(out))
    assert code == 0 and "0 files written" in text
    assert snapshot(out) == before
    assert all(entry.stat().st_size > 100 for entry in compiled)  # compiled again and kept
