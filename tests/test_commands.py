"""The generator's commands as a maintainer meets them before anything is set up."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPOSITORY


def test_a_python_without_the_dependencies_is_told_what_to_do() -> None:
    # -S: no site-packages, so neither black nor jinja2 nor yaml can be imported or found.
    ran = subprocess.run(
        [sys.executable, "-S", "-m", "generator", "validate"],
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert ran.returncode == 2
    assert "lacks" in ran.stderr and "./dev generate" in ran.stderr and "requirements.txt" in ran.stderr
    assert "Traceback" not in ran.stderr
