"""generator/forked.py: work done in a forked child gives what the work gives here, in every case:
a value, an error, a result that cannot travel back, a child that dies, no fork at all."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from generator import forked
from generator.forked import Forked, Prepared

PARENT = os.getpid()
pytestmark = pytest.mark.skipif(not forked.can_fork(), reason="fork on Linux with two cores")


def test_the_result_comes_from_a_child_process() -> None:
    assert Forked(os.getpid).result() != PARENT


def test_a_large_result_comes_back_whole() -> None:
    expected = {f"key {index}": "x" * index for index in range(3000)}  # about 4.5 MB through the pipe
    assert Forked(lambda: {f"key {index}": "x" * index for index in range(3000)}).result() == expected


def _count_and(tmp_path: Path, then: object) -> object:
    with (tmp_path / "runs").open("a") as runs:
        runs.write(f"{os.getpid()}\n")
    if callable(then):
        return then()
    return then


def _runs(tmp_path: Path) -> list[int]:
    return [int(line) for line in (tmp_path / "runs").read_text().split()]


def _fail() -> None:
    raise ValueError("the work's own error")


def test_an_error_in_the_child_is_raised_here_by_the_work_itself(tmp_path: Path) -> None:
    work = Forked(lambda: _count_and(tmp_path, _fail))
    with pytest.raises(ValueError, match="the work's own error"):
        work.result()
    runs = _runs(tmp_path)
    assert len(runs) == 2 and runs[0] != PARENT and runs[1] == PARENT


def test_a_result_that_cannot_be_pickled_is_computed_here(tmp_path: Path) -> None:
    result = Forked(lambda: _count_and(tmp_path, lambda: (lambda: 42))).result()
    assert callable(result) and result() == 42
    assert _runs(tmp_path)[-1] == PARENT


def _die_in_child() -> str:
    if os.getpid() != PARENT:
        os.kill(os.getpid(), signal.SIGKILL)
    return "done here"


def test_a_child_that_dies_leaves_the_work_to_this_process() -> None:
    assert Forked(_die_in_child).result() == "done here"


def test_cancel_stops_the_child_at_once() -> None:
    work = Forked(lambda: time.sleep(60))
    process = work.process
    started = time.perf_counter()
    work.cancel()
    assert time.perf_counter() - started < 5
    assert process is not None and not process.is_alive()
    work.cancel()  # twice is harmless


def test_without_fork_the_work_is_done_when_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    work = Forked(lambda: _count_and(tmp_path, "value"))
    assert not (tmp_path / "runs").exists()
    assert work.result() == "value"
    assert _runs(tmp_path) == [PARENT]


def _in_a_daemon(connection: Connection) -> None:
    connection.send((Forked(os.getpid).result(), os.getpid()))


def test_a_daemonic_process_does_the_work_itself() -> None:
    """A worker of a pool (daemonic) may not have children: there the work is done in place."""
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=_in_a_daemon, args=(writer,), daemon=True)
    process.start()
    worker, daemon = reader.recv()
    process.join()
    assert worker == daemon


# --- Prepared: a child started before its input exists ------------------------


def _note(tmp_path: Path, what: str) -> None:
    with (tmp_path / "notes").open("a") as notes:
        notes.write(f"{what} {os.getpid()}\n")


def _notes(tmp_path: Path) -> list[tuple[str, int]]:
    return [(line.split()[0], int(line.split()[1])) for line in (tmp_path / "notes").read_text().splitlines()]


def test_a_prepared_child_prepares_then_works_on_what_it_is_given(tmp_path: Path) -> None:
    child: Prepared[str, tuple[str, int]] = Prepared(
        lambda: _note(tmp_path, "prepared"), lambda text: (text * 2, os.getpid())
    )
    child.give("ab" * 50_000)  # larger than a pipe holds at once
    text, worker = child.result()
    assert text == "ab" * 100_000 and worker not in (PARENT, None)
    assert _notes(tmp_path) == [("prepared", worker)]


def test_a_prepared_child_cancelled_before_its_input_ends(tmp_path: Path) -> None:
    child: Prepared[str, str] = Prepared(lambda: _note(tmp_path, "prepared"), lambda text: text)
    process = child.process
    started = time.perf_counter()
    child.cancel()
    assert time.perf_counter() - started < 5
    assert process is not None and not process.is_alive()
    with pytest.raises(RuntimeError, match="before give"):
        child.result()


def test_failed_preparations_leave_the_work_to_report_its_own_error(tmp_path: Path) -> None:
    def prepare() -> None:
        raise ImportError("no such tool", name="tool")

    def work(text: str) -> str:
        _note(tmp_path, "work")
        raise ImportError(f"no such tool for {text}", name="tool")

    child: Prepared[str, str] = Prepared(prepare, work)
    child.give("this")
    with pytest.raises(ImportError, match="no such tool for this"):
        child.result()
    assert [(what, pid == PARENT) for what, pid in _notes(tmp_path)] == [("work", False), ("work", True)]


def test_a_prepared_child_that_died_leaves_the_work_here(tmp_path: Path) -> None:
    child: Prepared[str, int] = Prepared(lambda: os.kill(os.getpid(), signal.SIGKILL), lambda text: os.getpid())
    time.sleep(0.2)
    child.give("anything")  # the child is gone: nothing to send it to
    assert child.result() == PARENT


def test_without_fork_a_prepared_work_is_done_when_asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    child: Prepared[str, tuple[str, int]] = Prepared(
        lambda: _note(tmp_path, "prepared"), lambda text: (text, os.getpid())
    )
    child.give("value")
    assert child.result() == ("value", PARENT)
    assert not (tmp_path / "notes").exists()  # preparations are for a child only
