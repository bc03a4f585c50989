"""The version of an installed distribution, read from the name of its `.dist-info` folder.

The generator keys its caches by the versions of the tools it runs (black,
the validators, Jinja). importlib.metadata finds the same folders, but reads
each one's metadata file with the email package: with its imports, that was
six hundredths of a second of every run, the run with nothing to do included.
The folder's name already holds the version (`black-24.10.0.dist-info`), and
the first folder on sys.path for a project is the one Python imports, as
importlib.metadata finds it.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache

_SUFFIX = ".dist-info"


def installed_version(project: str) -> str | None:
    """The version of `project` as installed for this Python (None when it is not installed)."""
    return _versions().get(_normalized(project))


@cache
def _versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or os.curdir)
        except OSError:  # a zip file, or a folder that is gone
            continue
        for name in names:
            if name.endswith(_SUFFIX):
                project, _, version = name[: -len(_SUFFIX)].partition("-")
                if version:
                    found.setdefault(_normalized(project), version)
    return found


def _normalized(project: str) -> str:
    """The project's name as packaging compares names (PEP 503)."""
    return re.sub(r"[-_.]+", "-", project).lower()
