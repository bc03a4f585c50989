"""The change report, in three layers as in oasdiff: facts, then rules, then formatters.

snapshot.py    the model as plain JSON data (also the manifest's API baseline)
facts.py       a pure diff of two snapshots: what was added, removed or changed, with both spec locations
rules.py       each fact judged by a rule with a stable id, a direction and a severity; the version bump
formatters.py  text, Markdown (a changelog section) and JSON
sources.py     a spec root or a git revision, as a spec on disk
"""

from generator.diff.facts import Fact, diff
from generator.diff.formatters import FORMATS, render_report
from generator.diff.rules import RULES, Finding, Report, judge
from generator.diff.snapshot import SNAPSHOT_FORMAT, snapshot

__all__ = [
    "FORMATS",
    "RULES",
    "SNAPSHOT_FORMAT",
    "Fact",
    "Finding",
    "Report",
    "diff",
    "judge",
    "render_report",
    "snapshot",
]
