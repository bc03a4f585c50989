"""Work done in a forked child process while this one goes on.

A run keeps one core busy with its own stages; the slow pieces that do not
feed them (validation, the reference pages) run beside them on the other.
A forked child starts with this process's memory, so the work needs no
pickling: only its result comes back, through a pipe. Where fork is not available, or there is one core, or
the child fails in any way, the work is simply done here when its result is
asked for: the outcome is the same, only later.

A `Prepared` child is started before its input exists: it makes its
preparations (imports) while this process is busy alone, and is given its
input, pickled, once there is one.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

A = TypeVar("A")
T = TypeVar("T")


def can_fork() -> bool:
    # A daemonic process (a child of ours, a worker of a pool) may not have children of its own.
    return sys.platform == "linux" and (os.cpu_count() or 1) >= 2 and not multiprocessing.current_process().daemon


class Forked(Generic[T]):
    """`work()`, started in a child process; `result()` waits for it, `cancel()` drops it."""

    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.process: Any = None
        self.reader: Connection | None = None
        self._start(_send, work)

    def _start(self, target: Callable[..., None], *arguments: Any) -> None:
        """`target(*arguments, writer)` in a child, `writer` the end of the pipe its outcome comes back through."""
        if not can_fork():
            return
        context = multiprocessing.get_context("fork")
        # What this process has buffered would be written again by the child.
        sys.stdout.flush()
        sys.stderr.flush()
        reader, writer = context.Pipe(duplex=False)
        try:
            self.process = context.Process(target=target, args=(*arguments, writer), daemon=True)
            self.process.start()
        except OSError:  # no process to spare: the work is done here instead
            self.process = None
            reader.close()
        else:
            self.reader = reader
        finally:
            writer.close()

    def result(self) -> T:
        outcome: tuple[str, Any] = ("lost", None)
        if self.reader is not None:
            with contextlib.suppress(EOFError, OSError):  # the child died before it answered
                outcome = self.reader.recv()
            self._close(terminate=False)
        if outcome[0] == "value":
            value: T = outcome[1]
            return value
        # Not started, or the child failed: here, an error is raised with its own traceback.
        return self.work()

    def cancel(self) -> None:
        self._close(terminate=True)

    def _close(self, terminate: bool) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        if self.process is not None:
            if terminate:
                self.process.terminate()
            self.process.join()
            self.process = None


class Prepared(Forked[T], Generic[A, T]):
    """`prepare()` started now in a child process, then `work(argument)` there once `give(argument)` sends it:
    the child has its imports done before its input exists. `result()` and `cancel()` as for Forked; where
    there is no child, or it fails, `work(argument)` is done here when the result is asked for."""

    def __init__(self, prepare: Callable[[], object], work: Callable[[A], T]) -> None:
        self.prepared_work = work
        self.given = False
        self.process = None
        self.reader = None
        self.inbox: Connection | None = None
        if can_fork():
            inbox, self.inbox = multiprocessing.get_context("fork").Pipe(duplex=False)
            self._start(_serve, prepare, work, inbox, self.inbox)
            inbox.close()
            if self.process is None:
                self._close_inbox()

    def give(self, argument: A) -> None:
        self.given = True
        self.work = partial(self.prepared_work, argument)
        if self.inbox is not None:
            with contextlib.suppress(OSError, ValueError):  # a child that is gone: the work is done here
                self.inbox.send(argument)
            self._close_inbox()

    def result(self) -> T:
        if not self.given:
            raise RuntimeError("Prepared.result() before give(): the child would wait for its input forever")
        return super().result()

    def _close(self, terminate: bool) -> None:
        self._close_inbox()  # a child still waiting for its input ends
        super()._close(terminate)

    def _close_inbox(self) -> None:
        if self.inbox is not None:
            self.inbox.close()
            self.inbox = None


def _serve(
    prepare: Callable[[], object], work: Callable[[Any], Any], inbox: Connection, sender: Connection, writer: Connection
) -> None:
    sender.close()  # the parent's end: once the parent closes it too, an input that never came ends the wait
    with contextlib.suppress(Exception):  # preparations that fail are made again by the work, which reports it
        prepare()
    try:
        argument = inbox.recv()
    except (EOFError, OSError):  # cancelled before it was given anything
        writer.close()
        return
    _send(partial(work, argument), writer)


def _send(work: Callable[[], Any], writer: Connection) -> None:
    try:
        outcome: tuple[str, Any] = ("value", work())
    except BaseException:  # the parent does the work again and sees the error itself
        outcome = ("failed", None)
    try:
        writer.send(outcome)
    except Exception:  # a result that cannot be pickled: the parent does the work again
        writer.send(("failed", None))
    finally:
        writer.close()
