"""Problems of the spec: values that point at a place in the spec.

Every stage reports into one `Problems` collection, so that a run shows
everything wrong with the spec at once. An error stops generation; a warning
is printed with its place and counted, and generation goes on.

A place names its file from the spec's own folders (`spec/paths/user.yaml`),
fixed when the file is read, so that problems, caches and generated files are
the same from any working directory; only printing for a person turns it into
a path that opens from there (`Location.shown`, `SpecProblem.shown`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath


def display_path(path: Path) -> Path:
    """The path as a person in the working directory would type it."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path


def spec_name(path: Path, spec: Path) -> PurePosixPath:
    """How a Location names the file at `path` of the spec whose root file is `spec`: from the folder above
    the root's folder (`spec/paths/user.yaml`), the same whatever the working directory (and, the root's
    folder named as given, through a symlink too); a file outside the root's folder by its absolute path."""
    absolute = Path(os.path.abspath(path))
    try:
        inside = absolute.relative_to(spec.resolve().parent)  # the loader reads the spec's files resolved
    except ValueError:
        return PurePosixPath(absolute.as_posix())
    return PurePosixPath(Path(os.path.abspath(spec)).parent.name, inside.as_posix())


def spec_file(name: PurePosixPath, spec: Path) -> Path:
    """The file that `name` (as a Location holds it) names in the spec whose root file is `spec`."""
    return Path(os.path.abspath(spec)).parent.parent / name  # an absolute name stays itself


@dataclass(frozen=True, order=True)
class Location:
    """A line of a spec file; the file named by `spec_name`, so a Location never depends on the working directory."""

    file: PurePosixPath
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"

    def shown(self, spec: Path) -> str:
        """The place as a person in the working directory opens it (`spec`: the spec's root file)."""
        return f"{display_path(spec_file(self.file, spec))}:{self.line}"


@dataclass(frozen=True)
class SpecProblem:
    """One thing wrong with the spec, at the place a person has to edit."""

    location: Location | None
    message: str
    warning: bool = False
    rule: str | None = None  # the id of the spec rule it breaks (see `python -m generator rules`)

    def __str__(self) -> str:
        return self._line(str(self.location) if self.location else "spec")

    def shown(self, spec: Path) -> str:
        """The problem as printed for a person, its place opened from the working directory (`spec`: the root file)."""
        return self._line(self.location.shown(spec) if self.location else "spec")

    def _line(self, where: str) -> str:
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
    """The spec cannot be used; carries every problem found, errors and warnings, in file order.

    `spec`, when given, is the root file of the spec they are in, for one who prints them and
    does not know it (`diff` reads two specs).
    """

    def __init__(self, problems: list[SpecProblem], spec: Path | None = None) -> None:
        unique = {(p.location, p.message, p.warning, p.rule): p for p in problems}
        self.problems = sorted(unique.values(), key=SpecProblem.sort_key)
        self.spec = spec
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def errors(self) -> list[SpecProblem]:
        return [p for p in self.problems if not p.warning]
