"""The generator as a maintainer uses it on the real spec: validation, drift,
determinism, untouched files; and a small inline spec generated, imported and
exercised. Broken specs: tests/test_broken_specs.py; hostile valid ones:
tests/test_hostile_specs.py."""

from __future__ import annotations

import contextlib
import gc
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import black
import pytest

from generator import forked, pipeline
from generator import render as render_stage
from generator.__main__ import main
from generator.cache import Memo
from generator.errors import Problems, SpecError, SpecProblem
from generator.format import GeneratorBugError, Plan, black_mode, format_files
from generator.load import load_spec
from generator.pipeline import load_api
from generator.render import RenderedFile, render
from generator.write import read_tree, write_tree
from tests.conftest import GENERATED, SPEC
from tests.test_write import claim


def _snapshot(root: Path) -> dict[str, tuple[bytes, int, int]]:
    return {
        path.relative_to(root).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_ino)
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def out_copy(tmp_path: Path) -> Path:
    target = tmp_path / "generated"
    shutil.copytree(GENERATED, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_accepts_the_real_spec(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "validate")
    assert code == 0
    paths = load_spec(SPEC)["paths"]
    # A v1 path has one operation; a v2 path one per verb.
    verbs = {"get", "post", "put", "patch", "delete"}
    operations = sum(1 if path.endswith(".action") else len(verbs & set(item)) for path, item in paths.items())
    assert f"valid ({operations} operations)" in out


def test_generated_matches_the_spec(capsys: pytest.CaptureFixture[str]) -> None:
    """The golden test: generated/ is what the spec and templates produce (every stage run, no cache)."""
    code, out, err = _run(capsys, "check", "--no-cache")
    assert code == 0, out + err


def test_one_black_pass_leaves_every_rendered_file_as_black_would() -> None:
    """format.py runs black's first pass only (half the time); black's own second pass, which settles
    rare trailing-comma cases, must change nothing in any rendered file of the real spec."""
    api = load_api(SPEC)
    rendered = [file for file in render(api) if file.python]
    assert len(rendered) > 40
    for file in rendered:
        committed = (GENERATED / file.path).read_text(encoding="utf-8")
        assert black.format_str(committed, mode=black_mode()) == committed, f"{file.path} is not stable under black"


def test_check_names_every_differing_file(out_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (out_copy / "nimserver" / "groups" / "user.py").write_text("# edited by hand\n")
    (out_copy / "nimserver" / "types.py").unlink()
    (out_copy / "nimserver" / "leftover.py").write_text("")

    code, out, _ = _run(capsys, "check", "--out", str(out_copy))

    assert code == 1
    assert "groups/user.py: stale" in out
    assert "types.py: missing" in out
    assert "leftover.py: not generated" in out


def test_cold_generation_gives_the_same_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No cache, fresh directory: byte for byte what is committed."""
    out = tmp_path / "fresh"
    code, _, _ = _run(capsys, "generate", "--out", str(out))
    assert code == 0
    assert read_tree(out) == read_tree(GENERATED)


def test_without_a_child_process_the_pipeline_gives_the_same_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without fork (validation and the reference done here, in turn): the same bytes as the usual way."""
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    out = tmp_path / "fresh"
    code, _, _ = _run(capsys, "generate", "--out", str(out))
    assert code == 0
    assert read_tree(out) == read_tree(GENERATED)


def _fails(error: Exception) -> Callable[[], object]:
    def work() -> object:
        raise error

    return work


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in place"])
def test_work_ahead_of_validation_answers_as_validation_says(fork: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """pipeline._while_validating: on a document that does not validate, whatever the work ahead did
    (a value, a crash, its own SpecError), validation's problems are raised; on one that validates, the
    work's value is returned with the warnings kept, and its own errors are raised as they are."""
    monkeypatch.setattr(forked, "can_fork", lambda: fork)
    broken = load_spec(SPEC)
    del broken["info"]["version"]
    valid = load_spec(SPEC)
    model_error = SpecError([SpecProblem(None, "a schema name shadows a client class")])
    for work in (lambda: "a value", _fails(KeyError("version")), _fails(model_error)):
        with pytest.raises(SpecError) as raised:
            pipeline._while_validating(broken, Memo(None), Problems(), work)
        assert any("version" in problem.message for problem in raised.value.errors)
        assert "shadows" not in str(raised.value)

    warned = Problems()
    warned.warn(None, "a warning of the loader")
    assert pipeline._while_validating(valid, Memo(None), warned, lambda: "a value") == "a value"
    assert [problem.message for problem in warned.warnings] == ["a warning of the loader"]
    with pytest.raises(KeyError):
        pipeline._while_validating(valid, Memo(None), Problems(), _fails(KeyError("a generator bug")))
    with pytest.raises(SpecError) as raised:
        pipeline._while_validating(valid, Memo(None), warned, _fails(model_error))
    assert [str(problem) for problem in raised.value.problems] == [
        "spec: a schema name shadows a client class",
        "spec: warning: a warning of the loader",
    ]


def test_regeneration_leaves_unchanged_files_untouched(out_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (out_copy / "nimserver" / "groups" / "user.py").write_text("# edited by hand\n")
    (out_copy / "nimserver" / "stale.py").write_text("")
    claim(out_copy, "nimserver/stale.py")  # as if an earlier generation had written it
    before = _snapshot(out_copy)

    code, out, _ = _run(capsys, "generate", "--out", str(out_copy))

    assert code == 0
    after = _snapshot(out_copy)
    assert "stale.py" not in {Path(path).name for path in after}
    assert "removed" in out and "updated" in out
    assert after["nimserver/groups/user.py"][0] == (GENERATED / "nimserver/groups/user.py").read_bytes()
    # The manifest is rewritten too: the test listed stale.py in it.
    untouched = [
        path for path in after if path in before and path not in ("nimserver/groups/user.py", ".manifest.json")
    ]
    assert untouched
    for path in untouched:
        assert after[path][1:] == before[path][1:], f"{path} was rewritten"

    code, out, _ = _run(capsys, "generate", "--out", str(out_copy))
    assert code == 0
    assert "0 files written" in out and "black ran on 0" in out
    assert _snapshot(out_copy) == after


def test_write_failure_leaves_the_tree_as_it_was(tmp_path: Path) -> None:
    root = tmp_path / "out"
    write_tree(root, {"a.txt": b"one"}, {}, owned=())
    before = _snapshot(root)
    with pytest.raises(OSError):
        # "a.txt" cannot be both a file and a directory.
        write_tree(root, {"a.txt": b"two", "a.txt/b.txt": b"x"}, read_tree(root), owned={"a.txt"})
    assert _snapshot(root) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]


INLINE_ROOT = """
openapi: 3.1.0
info: {title: Demo API, version: 2.3.4}
servers:
  - {url: 'http://127.0.0.1:9/nimserver', x-region: home}
tags:
  - {name: demo, description: Demo operations.}
x-status-codes:
  - {code: 200, name: ok, description: Success.}
  - {code: 414, name: invalid_parameter, description: Invalid parameter.}
paths:
  /demo/doThing.action:
    $ref: 'demo.yaml#/demoDoThing'
  /demo/sub/deepName.action:
    $ref: 'demo.yaml#/demoSubDeepName'
"""

INLINE_PATHS = """
demoDoThing:
  post:
    operationId: demoDoThing
    tags: [demo]
    summary: Do the thing
    description: Does the thing with every kind of field.
    x-rate-limit: 1 call/s.
    requestBody:
      required: true
      content:
        application/x-www-form-urlencoded:
          schema:
            type: object
            additionalProperties: false
            required: [from, userList]
            properties:
              from: {type: string, maxLength: 4, description: Sender., examples: [ab]}
              userList:
                type: string
                description: Accounts.
                contentMediaType: application/json
                contentSchema: {type: array, items: {type: string}}
                examples: ['["a"]']
              flag: {type: boolean, description: A switch., examples: [true]}
              count: {type: integer, minimum: 1, maximum: 5, description: How many., examples: [2]}
              mode: {type: string, enum: [fast, slow], description: Speed., examples: [fast]}
              opts:
                type: string
                description: Options.
                contentMediaType: application/json
                contentSchema:
                  type: object
                  properties:
                    push: {type: boolean, description: Push it.}
                examples: ['{"push":true}']
    responses:
      '200':
        description: Done.
        content:
          application/json:
            schema:
              type: object
              required: [code, data]
              properties:
                code: {type: integer}
                data:
                  type: object
                  properties:
                    from: {type: string, description: Echo.}
                    items: {type: array, items: {type: integer}}
demoSubDeepName:
  post:
    operationId: demoSubDeepName
    tags: [demo]
    summary: Go deep
    description: Has no fields at all.
    responses:
      '200':
        description: Done.
        content:
          application/json:
            schema: {type: object, properties: {code: {type: integer}}}
"""

INLINE_USE = """
import inspect, json, httpx, demo_out_check
import nimserver, nimserver.types as types
sent = []
def answer(request):
    sent.append(request.content.decode())
    return httpx.Response(200, json={"code": 200, "data": {"from": "ab", "items": [1]}})
client = nimserver.NimClient("k", "s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
result = client.demo.do_thing(from_="ab", user_list=["a", "b"], flag=False, count=5, mode="slow", opts={"push": False})
client.demo.sub_deep_name()
errors = []
for bad in [dict(from_="abcde", user_list=[]), dict(from_="a", user_list=[], count=6), dict(from_="a", user_list=[], mode="medium"), dict(user_list=[])]:
    try:
        client.demo.do_thing(**bad)
    except (TypeError, ValueError) as error:
        errors.append(type(error).__name__)
signature = inspect.signature(type(client.demo).do_thing)
print(json.dumps({
    "result": result, "sent": sent, "errors": errors,
    "version": nimserver.__version__,
    "kinds": {name: str(p.kind) for name, p in signature.parameters.items()},
    "doc": type(client.demo).do_thing.__doc__,
    "typed": sorted(name for name in dir(types) if name.startswith("Demo")),
}))
"""


def test_inline_spec_generates_a_working_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "openapi.yaml").write_text(INLINE_ROOT)
    (spec / "demo.yaml").write_text(INLINE_PATHS)
    out = tmp_path / "out"
    code, summary, err = _run(capsys, "generate", "--spec", str(spec / "openapi.yaml"), "--out", str(out))
    assert code == 0, err
    assert "2 operations in 1 groups" in summary
    (out / "demo_out_check.py").write_text("")  # proves sys.path points at `out`

    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(INLINE_USE)],
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["result"] == {"code": 200, "data": {"from": "ab", "items": [1]}}
    assert report["sent"] == [
        "from=ab&userList=%5B%22a%22%2C%22b%22%5D&flag=false&count=5&mode=slow&opts=%7B%22push%22%3Afalse%7D",
        "",
    ]
    assert report["errors"] == ["ValueError", "ValueError", "ValueError", "TypeError"]
    assert report["version"] == "2.3.4"
    assert set(report["kinds"]) == {
        "self",
        "from_",
        "user_list",
        "flag",
        "count",
        "mode",
        "opts",
        "call_extra_fields",
        "call_request_id",
    }
    assert {kind for name, kind in report["kinds"].items() if name != "self"} == {"KEYWORD_ONLY"}
    assert "Does the thing with every kind of field." in report["doc"]
    assert "from_: Sender. At most 4 characters." in report["doc"]
    assert "Rate limit: 1 call/s." in report["doc"]
    assert report["typed"] == ["DemoDoThingData", "DemoDoThingOpts", "DemoDoThingResponse", "DemoSubDeepNameResponse"]

    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "nimserver"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_every_spec_file_reads_the_same_with_and_without_libyaml() -> None:
    """The loader uses libyaml when PyYAML has it and the pure-Python parser otherwise; they disagree on
    some plain scalars (a `?` inside a flow collection), so the spec keeps to what both read alike."""
    import yaml

    spec_dir = Path(__file__).resolve().parent.parent / "spec"
    for path in sorted(spec_dir.rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader), path


def test_a_runtime_copy_is_compiled_when_its_text_is_new() -> None:
    """A copy of runtime/ that does not compile is a generator bug; one written before from the same
    text (the manifest's lookup gives its bytes back) was compiled then and is not compiled again."""
    broken = RenderedFile("nimserver/_broken.py", "def f(:\n", python=False)
    with pytest.raises(GeneratorBugError, match="a copy of runtime"):
        format_files([broken], lambda file: None, None)  # type: ignore[arg-type]  # no spec text to point at
    written = format_files([broken], lambda file: file.text.encode(), None)  # type: ignore[arg-type]
    assert written == ({broken.path: b"def f(:\n"}, 0)


def _unformatted(count: int) -> list[RenderedFile]:
    """Python files of different sizes, none as black leaves it (about 70,000 characters in all)."""
    return [
        RenderedFile(f"nimserver/m{index}.py", f"values = [{', '.join(['1'] * 120 * index)}]\n", python=True)
        for index in range(1, count + 1)
    ]


@pytest.mark.parametrize("fork", [True, False])
def test_black_in_children_gives_what_black_here_gives(fork: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pipeline's black: each pending module in exactly one child's share, and the files rendered
    meanwhile (`rest`) after them: the same bytes in the same order as black on each file here; with no
    fork, the same bytes made here."""
    if not fork:
        monkeypatch.setattr(forked, "can_fork", lambda: False)
    modules = _unformatted(11)
    rest = [RenderedFile("nimserver/_data.json", "{}\n", python=False), *_unformatted(1)]
    rest[1] = RenderedFile("nimserver/late.py", rest[1].text, python=True)
    expected = format_files(modules + rest, lambda file: None, None)  # type: ignore[arg-type]
    with contextlib.ExitStack() as stack:
        prepared = pipeline._black_child(stack)
        formatting = pipeline._Formatting(Plan.of(modules, lambda file: None), prepared, stack)
        assert sorted(index for share in formatting.shares for index in share) == list(range(len(modules)))
        assert formatting.children[0] is prepared and len(formatting.shares) == min(len(modules), os.cpu_count() or 1)
        result = formatting.result(None, Plan.of(rest, lambda file: None))  # type: ignore[arg-type]
    assert result == expected and list(result[0]) == list(expected[0])
    assert expected[1] == len(modules) + 1


def test_a_file_black_refuses_in_a_child_is_a_generator_bug() -> None:
    files = [*_unformatted(5), RenderedFile("nimserver/broken.py", "values = (\n", python=True)]
    nothing = Plan.of([], lambda file: None)
    with contextlib.ExitStack() as stack, pytest.raises(GeneratorBugError, match=r"nimserver/broken\.py line 1"):
        pipeline._Formatting(Plan.of(files, lambda file: None), pipeline._black_child(stack), stack).result(None, nothing)  # type: ignore[arg-type]


def test_docstring_prose_is_wrapped_to_the_line_and_keeps_every_word() -> None:
    """render's docwrap on adversarial prose: every line within the width unless one word is longer, none
    ending in a space, each paragraph's words kept in order."""
    generator = random.Random(20261208)
    pieces = ["a", "bb", " ", "  ", "-", "中文", "\xa0", "\t", "x" * 30, "word-with-hyphen", ".", "\n", "\n- ", "\n\n"]
    pieces += ["\u2028", "\u2028  ", " \u2029 "]  # line breaks that are not \n, which spec text may hold
    for _ in range(3000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randrange(40)))
        indent = generator.choice([0, 4, 8])
        wrapped = render_stage._wrapped(text, indent, 0, True)
        width = render_stage.LINE_WIDTH - indent
        for line in wrapped.splitlines():
            body = line[indent:] if line.strip() else line
            # (escapes, added after wrapping, may lengthen a line)
            assert len(body) <= width or " " not in body.strip() or "\\" in body, (text, line)
            assert not line.endswith(" "), (text, line)  # as textwrap leaves a line
        assert wrapped.split() == text.split() or "\\" in wrapped, (text, wrapped)


def _after_formatting(texts: list[str]) -> tuple[bool, bool, int]:
    pipeline._format_in_child(texts)
    return pipeline._black_child_ready, gc.get_freeze_count() > 0, len(gc.get_objects())


@pytest.mark.skipif(not forked.can_fork(), reason="fork on Linux with two cores")
def test_black_children_collect_their_own_garbage_while_the_run_does_not() -> None:
    """A run turns the cyclic collector off; a black child frees each text's syntax trees (which hold cycles)
    once the text is formatted, walking only what it made itself (what it was forked with is frozen); the
    parent's collector and memory are left as they were."""
    texts = ["values = [" + ", ".join(["1"] * 20_000) + "]\n"] * 3  # black's trees: some 360,000 objects
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        child: forked.Prepared[list[str], tuple[bool, bool, int]] = forked.Prepared(
            pipeline._ready_for_black, _after_formatting
        )
        child.give(texts)
        ready, frozen, left = child.result()
        assert ready and frozen and left < 1_000
        assert not gc.isenabled() and gc.get_freeze_count() == 0 and not pipeline._black_child_ready
    finally:
        if was_enabled:
            gc.enable()
