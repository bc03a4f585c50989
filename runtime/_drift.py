"""Drift: the client's answers checked against the spec as they arrive (the client option ``drift=``).

Off by default, and then nothing here is even imported. On, each answer is
checked with ``check_answer`` (and a listing's cursor with ``check_paging``);
each distinct difference is logged once, at WARNING on the logger
``nimserver.drift``, and handed to the hook when one is given.
``DriftRecorder`` is such a hook: it keeps the differences and writes them as
a report that ``python -m generator evidence`` reads beside a conformance
run's.
"""

from __future__ import annotations

import datetime
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ._answers import Difference, check_answer, check_paging

logger = logging.getLogger("nimserver.drift")
DriftHook = Callable[[Difference], object]
REPORT_FORMAT = "nimserver-evidence/1"


class DriftWatch:
    """What a client with ``drift=`` on keeps: the differences it has seen, and the hook."""

    def __init__(self, hook: DriftHook | None) -> None:
        self._hook = hook
        self._seen: set[Difference] = set()
        self._lock = threading.Lock()

    def observe(self, operation: str, status: int, body: Any, page_token: object = None) -> None:
        differences = check_answer(operation, status, body)
        if status == 200:
            differences += check_paging(operation, {"page_token": page_token}, body)
        for difference in differences:
            with self._lock:
                if difference in self._seen:
                    continue
                self._seen.add(difference)
            logger.warning("the answer differs from the spec: %s", difference)
            if self._hook is not None:
                self._hook(difference)


def drift_watch(value: object) -> DriftWatch | None:
    """The client option ``drift``: False (off), True (log), or a callable that also receives each difference."""
    if value is False:
        return None
    if value is True:
        return DriftWatch(None)
    if callable(value):
        return DriftWatch(value)
    raise TypeError(f"drift must be True, False or a callable taking a Difference, not {type(value).__name__}")


class DriftRecorder:
    """A drift hook that keeps each difference, to share as a report (``write``)."""

    def __init__(self) -> None:
        self.differences: list[Difference] = []

    def __call__(self, difference: Difference) -> None:
        self.differences.append(difference)

    def report(self, region: str) -> dict[str, Any]:
        """The differences as an evidence report: one entry per operation, no values, only where and what."""
        by_operation: dict[str, list[Difference]] = {}
        for difference in self.differences:
            by_operation.setdefault(difference.operation, []).append(difference)
        return {
            "format": REPORT_FORMAT,
            "source": "drift",
            "date": datetime.date.today().isoformat(),
            "region": region,
            "calls": [
                {"operation": operation, "differences": [item.as_dict() for item in found], "settles": []}
                for operation, found in by_operation.items()
            ],
        }

    def write(self, path: str | Path, region: str) -> None:
        text = json.dumps(self.report(region), ensure_ascii=False, indent=1)
        Path(path).write_text(text + "\n", encoding="utf-8")
