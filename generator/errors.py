"""Problems of the spec: values that point at a place in the spec.

Every stage reports into one `Problems` collection, so that a run shows
everything wrong with the spec at once. An error stops generation; a warning
is printed with its place and counted, and generation goes on.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def display_path(path: Path) -> Path:
    """The path as a person in the working directory would type it."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path


def spec_path(file: Path, spec_dir: Path) -> str:
    """A spec file, given as a Location holds it, named as in the repository (`spec/paths/user.yaml`)
    whatever the working directory; a file outside `spec_dir` keeps its absolute path."""
    path = Path(os.path.abspath(file))
    try:
        return "spec/" + path.relative_to(spec_dir.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


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
    warning: bool = False
    rule: str | None = None  # the id of the spec rule it breaks (see `python -m generator rules`)

    def __str__(self) -> str:
        where = str(self.location) if self.location else "spec"
        rule = f" [{self.rule}]" if self.rule else ""
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}{rule}"

    def sort_key(self) -> tuple[bool, Location | None, str]:
        return (self.location is None, self.location, self.message)


@dataclass
class Problems:
    """What the stages found so far, errors and warnings."""

    found: list[SpecProblem] = field(default_factory=list)

    def error(self, location: Location | None, message: str, rule: str | None = None) -> None:
        self.found.append(SpecProblem(location, message, rule=rule))

    def warn(self, location: Location | None, message: str, rule: str | None = None) -> None:
        self.found.append(SpecProblem(location, message, warning=True, rule=rule))

    @property
    def errors(self) -> list[SpecProblem]:
        return sorted((p for p in self.found if not p.warning), key=SpecProblem.sort_key)

    @property
    def warnings(self) -> list[SpecProblem]:
        return sorted((p for p in self.found if p.warning), key=SpecProblem.sort_key)

    def raise_errors(self) -> None:
        """Stop here when anything so far is an error."""
        if self.errors:
            raise SpecError(self.found)


class SpecError(Exception):
    """The spec cannot be used; carries every problem found, errors and warnings, in file order."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        unique = {(p.location, p.message, p.warning, p.rule): p for p in problems}
        self.problems = sorted(unique.values(), key=SpecProblem.sort_key)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def errors(self) -> list[SpecProblem]:
        return [p for p in self.problems if not p.warning]
