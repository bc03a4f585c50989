"""The review view's doubts (x-doubt): counted by group and kind, each listed with what would settle it,
settled ones apart. Checked on the golden record's review view, whose spec carries doubts of several
kinds in several groups (one settled by its evidence), as text and in headless Chromium."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from generator.doubts import DoubtKind
from generator.pipeline import load_api
from tests.browser import CHROMIUM, Browser
from tests.test_docs import ARTIFACTS
from tests.test_golden import GOLDEN_OUTPUT, GOLDEN_SPEC

API = load_api(GOLDEN_SPEC)
REVIEW = GOLDEN_OUTPUT / "docs" / "review.html"


def _groups_of_doubts() -> tuple[Counter[tuple[str, str]], set[str], set[str]]:
    """Open doubts counted by (group, kind) from the model, and the `what` of open and of settled ones."""
    counts: Counter[tuple[str, str]] = Counter()
    open_what, settled_what = set(), set()
    seen = set()
    for group in API.groups:
        places = [op.doubts for op in group.operations] + [f.doubts for op in group.operations for f in op.fields]
        for doubts in places:
            for doubt in doubts:
                if doubt in seen:
                    continue
                seen.add(doubt)
                (settled_what if doubt.settled else open_what).add(doubt.what)
                if not doubt.settled:
                    counts[(group.qualified_name, doubt.kind.value)] += 1
    for hook in API.webhooks:
        for doubt in hook.doubts:
            seen.add(doubt)
            (settled_what if doubt.settled else open_what).add(doubt.what)
            counts[("webhooks", doubt.kind.value)] += not doubt.settled
    for typed_dict in API.typed_dicts:  # the golden TypedDict with doubts belongs to v2.team alone
        for key in typed_dict.keys:
            for doubt in key.doubts:
                if doubt not in seen:
                    seen.add(doubt)
                    open_what.add(doubt.what)
                    counts[("v2.team", doubt.kind.value)] += 1
    return counts, open_what, settled_what


def _columns(text: str) -> list[str]:
    table = re.search(r'<table class="doubt-counts">(.*?)</table>', text, re.S)
    assert table is not None
    return re.findall(r'<th scope="col">([^<]+)</th>', table.group(1))[1:]


def _table(text: str) -> dict[tuple[str, str], int]:
    """The counts table of the review view, by (group, kind); empty cells left out."""
    table = re.search(r'<table class="doubt-counts">(.*?)</table>', text, re.S)
    assert table is not None
    kinds = _columns(text)
    found = {}
    for row in re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", table.group(1), re.S):
        name = re.sub(r"<[^>]+>", "", row.split("</th>")[0])
        cells = re.findall(r"<td>([^<]*)</td>", row)
        for kind, cell in zip(kinds, cells, strict=True):
            if cell:
                found[(name, kind)] = int(cell)
    return found


def test_the_table_counts_open_doubts_by_group_and_kind_as_the_model_has_them() -> None:
    counts, _, _ = _groups_of_doubts()
    assert len({kind for _, kind in counts}) >= 3 and len({group for group, _ in counts}) >= 3
    text = html.unescape(REVIEW.read_text(encoding="utf-8"))
    table = _table(text)
    groups = {group for group, _ in counts}
    assert {key: value for key, value in table.items() if key[0] in groups and key[1] != "All"} == dict(counts)
    for kind in {kind for _, kind in counts}:
        assert table[("All", kind)] == sum(value for (_, each), value in counts.items() if each == kind)
    assert table[("All", "All")] == sum(counts.values())
    # The columns are the kinds that have open doubts, in the order of DoubtKind.
    assert _columns(text)[:-1] == [kind.value for kind in DoubtKind if kind.value in {each for _, each in counts}]


def test_each_doubt_is_listed_once_with_its_sources_and_what_would_settle_it_settled_ones_apart() -> None:
    _, open_what, settled_what = _groups_of_doubts()
    text = html.unescape(REVIEW.read_text(encoding="utf-8"))
    open_items = re.findall(r'<li class="doubt">(.*?)</li>\n', text, re.S)
    settled_items = re.findall(r'<li class="doubt settled">(.*?)</ul></li>', text, re.S)
    assert settled_what and len(settled_items) == len(settled_what)
    assert len(open_items) == len(open_what)
    for what in open_what:
        (item,) = [item for item in open_items if what in item]
        assert "What would settle it: One " in item and "For: " in item
    for what in settled_what:
        (item,) = [item for item in settled_items if what in item]
        assert "settles</span>" in item and "supports</span>" in item
    assert not any(what in item for what in settled_what for item in open_items)
    # An inferred doubt says so; one with sources against lists them.
    assert any("For: inferred, no source" in item for item in open_items)
    assert any("Against: " in item for item in open_items)


def test_review_view_of_doubts_in_headless_chromium(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = REVIEW.resolve().as_uri()
    counts, open_what, settled_what = _groups_of_doubts()
    with Browser(tmp_path / "profile") as browser:
        for width, height, mobile in ((1280, 900, False), (390, 844, True)):
            browser.open(page, width, height, mobile=mobile)
            assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
            shown = browser.evaluate("[...document.querySelectorAll('li.doubt:not(.settled)')].map(li => li.innerText)")
            assert len(shown) == len(open_what)
            assert all(any(what in item for item in shown) for what in open_what)
            settled = browser.evaluate("[...document.querySelectorAll('li.doubt.settled')].map(li => li.innerText)")
            assert all(any(what in item for item in settled) for what in settled_what)
            total = browser.evaluate(
                "document.querySelector('table.doubt-counts tbody tr:last-child td:last-child').innerText"
            )
            assert int(total) == sum(counts.values())
            # Each group's row links to its section, which lists that many doubts to settle.
            rows = browser.evaluate(_ROWS)
            assert rows and all(row["listed"] == row["count"] for row in rows), json.dumps(rows)
        browser.screenshot(ARTIFACTS / "docs-review-doubts-phone.png")
        assert browser.errors() == []


_ROWS = """
[...document.querySelectorAll('table.doubt-counts tbody tr')].filter(tr => tr.querySelector('a')).map(tr => {
  const section = document.getElementById(tr.querySelector('a').getAttribute('href').slice(1));
  return {count: Number(tr.lastElementChild.innerText),
          listed: section.querySelectorAll('li.doubt:not(.settled)').length};
})
"""
