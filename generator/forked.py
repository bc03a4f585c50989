"""Work done in a forked child process while this one goes on.

A run keeps one core busy with its own stages; the slow pieces that do not
feed them (validation, the reference pages) run beside them on the other.
A forked child starts with this process's memory, so the work needs no
pickling: only its result comes back, through a pipe. Where fork is not available, or there is one core, or
the child fails in any way, the work is simply done here when its result is
asked for: the outcome is the same, only later.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

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
        if not can_fork():
            return
        context = multiprocessing.get_context("fork")
        # What this process has buffered would be written again by the child.
        sys.stdout.flush()
        sys.stderr.flush()
        reader, writer = context.Pipe(duplex=False)
        try:
            self.process = context.Process(target=_send, args=(work, writer), daemon=True)
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
