"""The version rule: what the change report asks of `info.version` (SemVer of the generated package).

At 1.0 and later: a breaking change needs a new major version, a compatible
change a new minor version, a docs-only change a new patch version. Below
1.0 everything moves one place to the right, as Cargo and most Python
projects read SemVer's 0.x: a breaking change needs a new minor version
(0.1.x -> 0.2.0), any other change a new patch version.
"""

from __future__ import annotations

import re

from generator.diff.rules import Report

_RANKS = {None: 0, "patch": 1, "minor": 2, "major": 3}
_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


def parse(version: str) -> tuple[int, int, int] | None:
    found = _VERSION.match(version)
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def required_bump(report: Report, old_version: str) -> str | None:
    """The smallest bump of `old_version` that the report allows; None when nothing changed."""
    if not report.findings:
        return None
    bump = report.bump
    old = parse(old_version)
    if old is not None and old[0] == 0:
        bump = {"major": "minor", "minor": "patch", "patch": "patch"}[bump]
    return bump


def actual_bump(old_version: str, new_version: str) -> str | None:
    old, new = parse(old_version), parse(new_version)
    if old is None or new is None or new <= old:
        return None
    return "major" if new[0] > old[0] else "minor" if new[1] > old[1] else "patch"


def next_version(version: str, bump: str) -> str:
    major, minor, patch = parse(version) or (0, 0, 0)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def compatible_range(version: str) -> tuple[str, str]:
    """The versions a caller of `version` may take without a breaking change: from it up to the next that may break."""
    major, minor, _ = parse(version) or (0, 0, 0)
    return version, f"0.{minor + 1}" if major == 0 else f"{major + 1}"


def version_problem(report: Report, old_version: str, new_version: str) -> str | None:
    """Why `new_version` is not allowed after the changes in `report`, or None when it is."""
    for version in (old_version, new_version):
        if parse(version) is None:
            return f"info.version {version!r} is not MAJOR.MINOR.PATCH"
    old, new = parse(old_version), parse(new_version)
    assert old is not None and new is not None
    if new < old:
        return f"info.version went back from {old_version} to {new_version}"
    needed = required_bump(report, old_version)
    done = actual_bump(old_version, new_version)
    if _RANKS[done] >= _RANKS[needed]:
        return None
    assert needed is not None
    return (
        f"the changes need a {needed} release ({report.bump} under SemVer{', read below 1.0' if old[0] == 0 else ''}),"
        f" but info.version went from {old_version} to {new_version}; set it to {next_version(old_version, needed)}"
        " or later"
    )
