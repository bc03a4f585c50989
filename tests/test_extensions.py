"""The x- extension registry and its documentation agree, and the registry checks values."""

from __future__ import annotations

import re

from generator.extensions import EXTENSIONS
from tests.conftest import REPOSITORY

_ROW = re.compile(r"^\| `(x-[a-z-]+)` \| ([^|]+) \|")


def _documented() -> dict[str, set[str]]:
    text = (REPOSITORY / "spec" / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Extensions\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        found = _ROW.match(line)
        if found:
            assert found.group(1) not in rows, f"{found.group(1)} is documented twice"
            rows[found.group(1)] = {place.strip() for place in found.group(2).split(",")}
    return rows


def test_every_registered_extension_is_documented_with_its_places() -> None:
    documented = _documented()
    assert set(documented) == set(EXTENSIONS), "spec/README.md's extension table and generator/extensions.py differ"
    for name, extension in EXTENSIONS.items():
        assert documented[name] == set(extension.places), name


def test_values_are_checked_against_the_registry() -> None:
    assert EXTENSIONS["x-safe-to-repeat"].check("false")
    assert not EXTENSIONS["x-safe-to-repeat"].check(True)
    assert EXTENSIONS["x-backup-urls"].check("https://a")
    assert not EXTENSIONS["x-backup-urls"].check(["https://a.example/api"])
    doubt = {"about": "limit", "what": "Whether 200 is the limit.", "for": ["one page"], "settle": "One call."}
    assert not EXTENSIONS["x-doubt"].check([doubt])
    assert EXTENSIONS["x-doubt"].check([{**doubt, "about": "size"}])
    assert EXTENSIONS["x-doubt"].check([{**doubt, "for": "one page"}])
    assert EXTENSIONS["x-doubt"].check([{key: value for key, value in doubt.items() if key != "settle"}])
    assert EXTENSIONS["x-doubt"].check([{**doubt, "evidence": [{"date": "today", "source": "s", "observed": "o"}]}])
    assert "x-confidence" not in EXTENSIONS  # doubts are structured records now
    assert EXTENSIONS["x-region"].check("Cn")


def test_doc_pages_and_codes_are_checked_against_the_registry() -> None:
    page = {"title": "注册 IM 账号", "url": "https://doc.yunxin.163.com/messaging/docs/DQ3Nzk1MTY?platform=server"}
    assert not EXTENSIONS["x-doc"].check(page)
    assert EXTENSIONS["x-doc"].check({**page, "url": "http://doc.yunxin.163.com/x"})  # not https
    assert EXTENSIONS["x-doc"].check({**page, "title": " 注册 IM 账号"})  # a title as written, not padded
    assert EXTENSIONS["x-doc"].check({"title": page["title"]})
    assert EXTENSIONS["x-doc"].check({**page, "source": "catalog"})
    assert not EXTENSIONS["x-codes"].check([801, 802])
    assert EXTENSIONS["x-codes"].check([801, 801])
    assert EXTENSIONS["x-codes"].check([])
    assert EXTENSIONS["x-codes"].check(["801"])
