"""The words of the reference: spec jargon stays out of the pages for API users; the review view counts
with the right nouns and cites no file a reader cannot open."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.docs import plural
from generator.extensions import EXTENSIONS
from tests.conftest import GENERATED, REPOSITORY

REVIEW = GENERATED / "docs" / "review.html"
# A path as notes cite files: folders and a file name with an extension of the text the project keeps.
_CITED_FILE = re.compile(r"(?<![\w/.:-])((?:[\w.-]+/)+[\w.-]+\.(?:md|yaml|yml|json|py))(?![\w-])")


def test_plural() -> None:
    assert [plural(count, "doubt") for count in (0, 1, 2, 106)] == ["0 doubts", "1 doubt", "2 doubts", "106 doubts"]


def test_review_counts_read_as_english() -> None:
    text = REVIEW.read_text(encoding="utf-8")
    assert not re.search(r"\b1 (doubts|notes)\b", text)
    assert re.search(r"\b1 doubt\b", text), "the real spec has a group with one doubt"


def test_cited_files_can_be_opened() -> None:
    # The view's own links (../../spec/...) and citations of this repository's folders must name real files.
    # Citations of the upstream SDKs name paths of their repositories (src/..., im/...), which are not checked;
    # shared/ is the maintainers' workspace beside the repository, which a reader of it does not have.
    text = REVIEW.read_text(encoding="utf-8")
    ours = {path.name for path in REPOSITORY.iterdir() if path.is_dir() and not path.name.startswith(".")}
    missing = []
    for cited in sorted(set(_CITED_FILE.findall(text))):
        if cited.startswith("../"):
            target = (REVIEW.parent / cited).resolve()
        elif cited.split("/")[0] in ours | {"shared"}:
            target = REPOSITORY / cited
        else:
            continue
        if not target.is_file():
            missing.append(cited)
    assert not missing, missing


_USER_PAGES = sorted(
    [GENERATED / "README.md", *(GENERATED / "docs").glob("*.md"), GENERATED / "docs" / "index.html"],
    key=lambda path: path.name,
)
# How the spec is written, which a caller of the API or of the client need not know.
_SPEC_WORDS = re.compile("|".join([*map(re.escape, EXTENSIONS), r"\bcontentSchema\b", r"\bcontentMediaType\b"]))


@pytest.mark.parametrize("page", _USER_PAGES, ids=lambda path: path.name)
def test_user_pages_speak_without_spec_jargon(page: Path) -> None:
    found = sorted(set(_SPEC_WORDS.findall(page.read_text(encoding="utf-8"))))
    assert not found, f"{page.name} shows {found}"
