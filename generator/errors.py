"""Errors of the generator: values that point at a place in the spec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Location:
    file: Path
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class SpecProblem:
    """One thing wrong with the spec, at the place a person has to edit."""

    location: Location | None
    message: str

    def __str__(self) -> str:
        where = str(self.location) if self.location else "spec"
        return f"{where}: {self.message}"


class SpecError(Exception):
    """The spec cannot be used; carries every problem found, in file order."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.location is None, p.location, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))
