"""The reference in generated/docs/: deterministic, its examples true, its HTML working in a real browser.

The examples are read back from the generated files, not recomputed: each
Python example runs against the fake server (v1) or a recording loopback
server (v2), which must receive exactly the body (and for v2 the verb, the
path, the query and the headers) the curl example shows, and every curl
CheckSum is recomputed.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import itertools
import json
import re
import shlex
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest

import nimserver
from generator import reference
from generator.__main__ import main
from generator.load import SpecDict
from generator.model import ApiStyle, Field, FieldPlace, Note, Operation, Webhook, review_notes
from generator.pipeline import load_api
from generator.pytypes import AnyValue, JsonText, ListOf, Scalar
from tests.browser import CHROMIUM, Browser
from tests.conftest import GENERATED, REPOSITORY, SPEC
from tests.fakenim import FakeNim
from tests.test_write import claim
from tests.v2server import RecordingServer

API = load_api(SPEC)
OPERATIONS = API.operations
V1_OPERATIONS = [op for op in OPERATIONS if op.api != ApiStyle.V2]
V2_OPERATIONS = [op for op in OPERATIONS if op.api == ApiStyle.V2]
DOCS = GENERATED / "docs"
ARTIFACTS = REPOSITORY / "build" / "test-artifacts"


def _markdown_sections() -> dict[str, str]:
    """Each operation's part of its group's Markdown file, by anchor."""
    sections: dict[str, str] = {}
    for group in API.groups:
        text = (DOCS / f"{group.slug}.md").read_text(encoding="utf-8")
        for part in text.split('<a id="')[1:]:
            anchor, _, body = part.partition('"></a>')
            sections[anchor] = body
    return sections


SECTIONS = _markdown_sections()
INDEX = (DOCS / "index.html").read_text(encoding="utf-8")
WEBHOOKS = API.webhooks
WEBHOOK_PAGE = (DOCS / "webhooks.md").read_text(encoding="utf-8")


def _webhook_sections() -> dict[str, str]:
    """Each part of webhooks.md by its anchor (the webhooks, the tag groups, signing and the WSGI app)."""
    sections: dict[str, str] = {}
    for part in WEBHOOK_PAGE.split('<a id="')[1:]:
        anchor, _, body = part.partition('"></a>')
        sections[anchor] = body
    return sections


WEBHOOK_SECTIONS = _webhook_sections()


def _block(section: str, language: str) -> str:
    found = re.search(rf"^(`{{3,}}){language}\n(.*?)\n\1$", section, re.S | re.M)
    assert found, f"no {language} block"
    return found.group(2)


def _curl(section: str) -> tuple[dict[str, str], list[str]]:
    """The headers of the section's curl command, and its body arguments (`--data-raw ...`, `-F ...`)."""
    words = shlex.split(_block(section, "sh").replace("\\\n", " "))
    headers, body = {}, []
    for flag, value in itertools.pairwise(words):
        if flag == "-H":
            name, _, text = value.partition(": ")
            headers[name] = text
        elif flag in ("--data-raw", "-F"):
            body.append(f"{flag} {value}")
    return headers, body


def _example_secret() -> str:
    text = (DOCS / "README.md").read_text(encoding="utf-8")
    found = re.search(r"fixed example AppSecret `([^`]+)`", text)
    assert found
    return found.group(1)


def test_docs_cover_every_operation() -> None:
    assert sorted(SECTIONS) == sorted(op.operation_id for op in OPERATIONS)
    for op in OPERATIONS:
        assert f'<section class="operation" id="{op.operation_id}">' in INDEX


def test_docs_cover_every_webhook() -> None:
    assert WEBHOOKS
    assert {hook.name for hook in WEBHOOKS} <= set(WEBHOOK_SECTIONS)
    for hook in WEBHOOKS:
        assert f'<section class="operation" id="{hook.name}">' in INDEX
        assert f'<a href="#{hook.name}">' in INDEX  # its entry in the navigation and the search
        assert "(#callback-signing)" in WEBHOOK_SECTIONS[hook.name]
    assert "(webhooks.md)" in (DOCS / "README.md").read_text(encoding="utf-8")
    assert "`docs/webhooks.md`" in (GENERATED / "README.md").read_text(encoding="utf-8")


def test_each_operation_shows_its_official_page_and_lists_its_codes() -> None:
    readme = (DOCS / "README.md").read_text(encoding="utf-8")
    common = [status for status in API.status_codes if status.common]
    assert common and readme.count('<a id="common-codes"></a>') == 1
    shared = readme.split('<a id="common-codes"></a>', 1)[1].split("### Every code", 1)[0]
    assert [int(code) for code in re.findall(r"^- \[(\d+)\]", shared, re.M)] == [s.code for s in common]
    assert 'id="common-codes"' in INDEX
    for op in OPERATIONS:
        section = SECTIONS[op.operation_id]
        listed = [int(code) for code in re.findall(r"^- \[(\d+)\]\(README\.md#status-\1\)", section, re.M)]
        assert listed == list(op.codes), op.operation_id
        assert "(README.md#common-codes)" in section
        if op.doc is not None:
            assert f"Official page: [{op.doc.title}]({op.doc.url})" in section, op.operation_id
            assert f'<a href="{html.escape(op.doc.url)}" lang="zh-CN">{html.escape(op.doc.title)}</a>' in INDEX
    by_id = {op.operation_id: op for op in OPERATIONS}
    assert 508 in by_id["msgRecall"].codes
    teams = [op for op in OPERATIONS if op.tag in ("team", "superteam", "v2-team", "v2-team-member")]
    assert teams and all(set(range(801, 811)) <= set(op.codes) for op in teams)
    for hook in WEBHOOKS:
        if hook.doc is not None:
            assert f"Official page: [{hook.doc.title}]({hook.doc.url})" in WEBHOOK_SECTIONS[hook.name]


def _headers_table(section: str) -> dict[str, str]:
    """The `| `Name` | `value` |` rows of a webhook's headers table."""
    return dict(re.findall(r"^\| `(AppKey|CurTime|MD5|CheckSum)` \| `([^`|]+)` \|$", section, re.M))


@pytest.mark.parametrize("hook", WEBHOOKS, ids=lambda hook: hook.name)
def test_webhook_example_signature_is_real(hook: Webhook) -> None:
    section = WEBHOOK_SECTIONS[hook.name]
    body = _block(section, "json").encode("utf-8")
    headers = _headers_table(section)
    secret = _example_secret()

    assert sorted(headers) == ["AppKey", "CheckSum", "CurTime", "MD5"]
    assert headers["MD5"] == hashlib.md5(body).hexdigest()
    assert headers["CheckSum"] == hashlib.sha1((secret + headers["MD5"] + headers["CurTime"]).encode()).hexdigest()
    assert len(headers["CurTime"]) == 13  # milliseconds
    assert json.loads(body) == next(iter(hook.examples)).value  # the spec's example, as posted
    index = html.unescape(INDEX)
    assert body.decode("utf-8") in index and headers["CheckSum"] in index


@pytest.mark.parametrize("hook", WEBHOOKS, ids=lambda hook: hook.name)
def test_webhook_verify_example_runs(hook: Webhook) -> None:
    section = WEBHOOK_SECTIONS[hook.name]
    code = _block(section, "python")
    assert "callbacks.verify(" in code
    assert html.escape(code, quote=True).replace("&#x27;", "&#39;") in INDEX
    out = io.StringIO()

    with contextlib.redirect_stdout(out):
        exec(compile(code, f"{hook.name} verify example", "exec"), {"__name__": "docs_example"})

    assert out.getvalue() == f"{hook.event_class}\n"
    scope: dict[str, Any] = {}
    exec(code.replace("print(", "found = ("), scope)
    # The same bytes and headers as shown next to it.
    assert scope["body"] == _block(section, "json").encode("utf-8")
    assert scope["headers"] == _headers_table(section)


def test_wsgi_example_answers_a_signed_callback() -> None:
    code = _block(WEBHOOK_SECTIONS["callback-wsgi"], "python")
    assert html.escape(code, quote=True).replace("&#x27;", "&#39;") in INDEX
    scope: dict[str, Any] = {"__name__": "docs_example"}  # defines `app`, serves nothing
    exec(compile(code, "WSGI example", "exec"), scope)
    section = WEBHOOK_SECTIONS["callbackConversationMessage"]
    body = _block(section, "json").encode("utf-8")
    headers = _headers_table(section)
    environ = {
        "REQUEST_METHOD": "POST",
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    statuses: list[str] = []
    now = int(headers["CurTime"]) / 1000
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("time.time", lambda: now)
        answer = b"".join(scope["app"](environ, lambda status, _headers: statuses.append(status)))

    assert statuses == ["200 OK"]
    assert json.loads(answer) == {"errCode": 0}


def test_webhook_without_example_shows_no_signed_body() -> None:
    hook = WEBHOOKS[0]
    changed = (Webhook(**{**hook.__dict__, "examples": ()}), *WEBHOOKS[1:])
    api = API.__class__(**{**API.__dict__, "webhooks": changed})
    files = {file.path: file.text for file in reference.render_docs(api, None)}
    section = files["docs/webhooks.md"].split(f'<a id="{hook.name}"></a>')[1].split('<a id="')[0]

    assert "The spec gives no example body for this webhook." in section
    assert "callbacks.verify(" not in section and "```json\n{" not in section.split("Answer")[0]


def _notes_in(node: Any, seen: set[int] | None = None) -> Iterator[Note]:
    """Every note in the tree under `node` (a schema reached twice is read once)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, SpecDict):
        yield from review_notes(node)
        for value in node.values():
            yield from _notes_in(value, seen)
    elif isinstance(node, list):
        for value in node:
            yield from _notes_in(value, seen)


def test_review_view_lists_every_note_of_operations_and_webhooks(spec_document: SpecDict) -> None:
    wanted = set(_notes_in([spec_document["paths"], spec_document["webhooks"]]))
    review = html.unescape((DOCS / "review.html").read_text(encoding="utf-8"))
    listed = set(re.findall(r"<code>(spec/[^<]+:\d+)</code>", review))

    assert wanted
    assert {str(note.location) for note in wanted} <= listed


def test_docs_render_the_same_bytes_from_any_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = reference.render_docs(API, None)
    monkeypatch.chdir(tmp_path)  # the model is loaded again from elsewhere: its places must not change
    elsewhere = reference.render_docs(load_api(SPEC), None)

    assert [(file.path, file.text) for file in here] == [(file.path, file.text) for file in elsewhere]
    assert {file.path: file.text.encode() for file in here} == {
        path.relative_to(GENERATED).as_posix(): path.read_bytes() for path in sorted(DOCS.iterdir())
    }


def test_docs_command_writes_only_the_docs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(out / "docs")
    (out / "docs").mkdir()
    (out / "docs" / "stale.md").write_text("left over\n")
    manifest = (out / ".manifest.json").read_bytes()
    claim(out, "docs/stale.md")  # written by an earlier generation: the docs command removes it
    package = {path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file() and "docs" not in path.parts}

    assert main(["docs", "--out", str(out)]) == 0
    assert f"{len(OPERATIONS)} operations documented" in capsys.readouterr().out
    assert not (out / "docs" / "stale.md").exists()
    assert {
        path: path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file() and "docs" not in path.parts
    } == package
    (out / ".manifest.json").write_bytes(manifest)  # as generate wrote it, without the claim
    assert main(["check", "--out", str(out)]) == 0


def test_spec_text_is_escaped_in_every_page() -> None:
    operation = OPERATIONS[0]
    hostile = "<script>alert(1)</script> & `a<b` | x"
    changed = [
        Operation(**{**operation.__dict__, "summary": hostile, "description": hostile}),
        *OPERATIONS[1:],
    ]
    groups = tuple(
        group.__class__(**{**group.__dict__, "operations": tuple(op for op in changed if op.group == group.name)})
        for group in API.groups
    )
    api = API.__class__(**{**API.__dict__, "groups": groups})
    files = {file.path: file.text for file in reference.render_docs(api, None)}

    assert "<script>alert" not in files["docs/index.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>a&lt;b</code>" in files["docs/index.html"]
    page = files[f"docs/{operation.group}.md"]  # a v1 group: its slug is its name
    assert "<script>" not in page
    assert "&lt;script>alert(1)&lt;/script> &amp; `a<b` \\| x" in page  # a table cell
    assert "&lt;script>alert(1)&lt;/script> &amp; `a<b` | x" in page  # prose


def test_webhook_text_is_escaped_in_every_page() -> None:
    hostile = "<script>alert(1)</script> & `a<b` | x"
    hook = WEBHOOKS[0]
    changed = (Webhook(**{**hook.__dict__, "summary": hostile, "description": hostile}), *WEBHOOKS[1:])
    files = {
        file.path: file.text
        for file in reference.render_docs(API.__class__(**{**API.__dict__, "webhooks": changed}), None)
    }

    assert "<script>alert" not in files["docs/index.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>a&lt;b</code>" in files["docs/index.html"]
    page = files["docs/webhooks.md"]
    assert "<script>" not in page
    assert "&lt;script>alert(1)&lt;/script> &amp; `a<b` \\| x" in page  # a table cell
    assert "&lt;script>alert(1)&lt;/script> &amp; `a<b` | x" in page  # prose


def test_every_curl_checksum_is_real() -> None:
    secret = _example_secret()
    index = html.unescape(INDEX)
    for anchor, section in SECTIONS.items():
        headers, _ = _curl(section)
        expected = hashlib.sha1((secret + headers["Nonce"] + headers["CurTime"]).encode("utf-8")).hexdigest()
        assert headers["CheckSum"] == expected, anchor
        assert headers["AppKey"] and 1 <= len(headers["Nonce"]) <= 128 and headers["CurTime"].isdigit()
        assert _block(section, "sh") in index, f"{anchor}: the HTML shows another request"


@pytest.fixture
def client(fake_nim: FakeNim) -> Any:
    with nimserver.NimClient("test-key", "test-secret", base_url=fake_nim.base_url) as client:
        yield client


@pytest.mark.parametrize("operation", V1_OPERATIONS, ids=lambda op: f"{op.group}.{op.method}")
def test_python_example_sends_the_curl_body(operation: Operation, client: Any, fake_nim: FakeNim) -> None:
    section = SECTIONS[operation.operation_id]
    code = _block(section, "python")
    assert html.escape(code, quote=True).replace("&#x27;", "&#39;") in INDEX
    scope: dict[str, Any] = {"client": client}

    exec(compile(code, f"{operation.operation_id} example", "exec"), scope)

    (received,) = fake_nim.received
    _, arguments = _curl(section)
    if operation.multipart:
        assert sorted([*received.fields, *received.files]) == sorted(
            part.split(" ", 1)[1].split("=", 1)[0] for part in arguments
        )
        for part in arguments:
            name, _, value = part.split(" ", 1)[1].partition("=")
            if not value.startswith("@"):
                assert received.fields[name] == value
    else:
        (data,) = arguments
        assert received.raw_body.decode("ascii") == data.removeprefix("--data-raw ")
    shown = json.loads(_block(section, "json")) if "```json" in section else None
    assert scope["response"] == shown


# --- v2 ----------------------------------------------------------------------------------------------------


def _v2_curl(section: str) -> tuple[str, str, dict[str, str], str | None]:
    """The verb, URL, headers and body (`--data-raw`, or None) of a v2 section's curl command."""
    words = shlex.split(_block(section, "sh").replace("\\\n", " "))
    assert words[:2] == ["curl", "-X"], words[:3]
    headers: dict[str, str] = {}
    body = None
    for flag, value in itertools.pairwise(words[4:]):
        if flag == "-H":
            name, _, text = value.partition(": ")
            headers[name] = text
        elif flag == "--data-raw":
            body = value
    return words[2], words[3], headers, body


def test_package_readme_names_every_operation_without_links_an_index_cannot_resolve() -> None:
    # The package README is also the long description on the package index, where `](docs/...)` resolves nowhere.
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    relative = [target for target in re.findall(r"\]\(([^)]*)\)", readme) if not target.startswith(("https://", "#"))]
    assert relative == []
    rows = set(re.findall(r"^\| `([a-z0-9_]+)` \| `", readme, re.M))
    assert rows == {op.method for op in OPERATIONS}
    for group in API.groups:  # each group names the page of the reference that describes it
        assert f"(`docs/{group.slug}.md`)" in readme, group.slug


def test_v2_groups_have_their_own_pages_and_sections() -> None:
    assert V2_OPERATIONS, "the spec has v2 operations"
    readme = (DOCS / "README.md").read_text(encoding="utf-8")
    for group in API.v2_groups:
        page = (DOCS / f"{group.slug}.md").read_text(encoding="utf-8")
        assert page.split("\n")[1] == f"# Group `client.v2.{group.name}`"
        assert "(README.md#v2-conventions)" in page
        assert f"({group.slug}.md)" in readme
        assert f'<section class="group" id="group-{group.slug}">' in INDEX
        assert f"<h2>Group <code>client.v2.{group.name}</code></h2>" in INDEX
        assert f'<a href="#group-{group.slug}">v2.{group.name}</a>' in INDEX
    assert "## v2 conventions" in readme and '<section id="v2-conventions">' in INDEX
    assert '<a href="#v2-conventions">' in INDEX
    # Two groups of one name in v1 and v2 would still get two files: the slug is the file name.
    assert len({group.slug for group in API.groups}) == len(API.groups)


@pytest.mark.parametrize("operation", V2_OPERATIONS, ids=lambda op: op.operation_id)
def test_v2_operation_shows_verb_path_and_where_each_argument_goes(operation: Operation) -> None:
    section = SECTIONS[operation.operation_id]
    assert f"\n`{operation.request_line}`\n" in section
    assert f"<code>{html.escape(operation.request_line)}</code>" in INDEX
    rows = {row.split(" | ")[0].strip("| `"): row.split(" | ")[2] for row in re.findall(r"^\| `.*$", section, re.M)}
    for field in operation.fields:
        where = "body" if field.where == "body" else field.where
        if field.comma_list:
            where += ", comma list"
        elif field.kind == "JSON":
            where += ", JSON text"
        assert rows[field.wire_name] == where, field.wire_name
    verb, _, headers, body = _v2_curl(section)
    assert verb == operation.http_method
    assert re.fullmatch(r"[0-9a-f]{32}", headers["X-custom-traceid"])
    assert (body is not None) == (operation.request.media_type is not None)
    if body is not None:
        assert headers["Content-Type"] == reference.JSON_CONTENT_TYPE
        first_page = [f for f in operation.fields if f.wire_name != getattr(operation.paging, "request_key", "")]
        assert list(json.loads(body)) == [f.wire_name for f in first_page if f.where == "body" and f.examples]
    if operation.paging is not None:
        assert "**Pages.**" in section and f"`data.{operation.paging.items_key}`" in section
        assert "for item in page:" in _block(section, "python")
        assert f"{operation.paging.request_key}=" not in _block(section, "python")  # it asks for the first page


@pytest.fixture(scope="module")
def recorder() -> Iterator[RecordingServer]:
    with RecordingServer(prefix="") as server:  # the base URL is the host: targets compare with the curl's
        yield server


@pytest.mark.parametrize("operation", V2_OPERATIONS, ids=lambda op: op.operation_id)
def test_v2_python_example_sends_the_curl_request(operation: Operation, recorder: RecordingServer) -> None:
    section = SECTIONS[operation.operation_id]
    code = _block(section, "python")
    assert html.escape(code, quote=True).replace("&#x27;", "&#39;") in INDEX
    verb, url, headers, body = _v2_curl(section)
    shown = json.loads(_block(section, "json"))
    recorder.arrived.clear()
    recorder.replies.clear()
    recorder.reply(json.dumps(shown, ensure_ascii=False).encode("utf-8"))
    paging = operation.paging
    if paging is not None:  # the loop over the page asks for a next page when the example says more follow
        recorder.reply({"code": 200, "data": {"has_more": False, paging.items_key: []}})
    printed: list[Any] = []
    with nimserver.NimClient("test-key", "test-secret", base_url=recorder.base_url, max_retries=0) as client:
        scope: dict[str, Any] = {"client": client, "print": printed.append}
        exec(compile(code, f"{operation.operation_id} example", "exec"), scope)

    first = recorder.arrived[0]
    base = API.servers[0].url
    assert url.startswith(base + "/")
    assert first.method == verb
    assert first.target == url.removeprefix(base)  # the same percent-encoded path and the same query
    assert first.body == (b"" if body is None else body.encode("utf-8"))
    if body is not None:
        assert first.headers["Content-Type"] == headers["Content-Type"]
    assert re.fullmatch(r"[0-9a-f]{32}", first.headers[reference.TRACE_ID_HEADER])
    assert {name: first.headers[name] for name in ("AppKey", "Nonce", "CurTime", "CheckSum")}  # signed
    if paging is None:
        assert len(recorder.arrived) == 1
        assert scope["data"] == shown.get("data")
    else:
        assert scope["page"].data == shown["data"]
        assert printed == shown["data"][paging.items_key]
        assert len(recorder.arrived) == (2 if shown["data"].get("has_more") else 1)
        if len(recorder.arrived) == 2:  # the next page is asked for by the paging key
            assert f"{paging.request_key}=" in recorder.arrived[1].target


def test_v2_awkward_values_are_shown_as_the_client_sends_them() -> None:
    """`|`, `/`, a space and Chinese in a path value, a comma list, JSON text and a boolean in the query,
    a boolean and an id past 2^53 in the body: the curl shows what the client's runtime and HTTP library send."""
    from nimserver import _checks, _fields

    base = next(op for op in V2_OPERATIONS if op.fields_in(FieldPlace.PATH) and op.request.media_type)
    template = base.fields_in(FieldPlace.PATH)[0]

    def field(name: str, where: str, kind: Any, value: Any, comma_list: bool = False) -> Field:
        return Field(
            **{
                **template.__dict__,
                "wire_name": name,
                "python_name": name,
                "where": where,
                "type": kind,
                "examples": (value,),
                "comma_list": comma_list,
            }
        )

    values = {
        "conversation_id": "a|b/c 张",
        "ids": ["x y", "张三"],
        "filter": [1, "a,b"],
        "only_online": True,
        "enabled": False,
        "message_server_id": 2**63 - 1,
    }
    fields = (
        field("conversation_id", "path", Scalar("str"), values["conversation_id"]),
        field("ids", "query", ListOf(Scalar("str")), values["ids"], comma_list=True),
        field("filter", "query", JsonText(ListOf(AnyValue())), json.dumps(values["filter"])),
        field("only_online", "query", Scalar("bool"), values["only_online"]),
        field("enabled", "body", Scalar("bool"), values["enabled"]),
        field("message_server_id", "body", Scalar("int"), values["message_server_id"]),
    )
    op = replace(base, path="im/v2/conversations/{conversation_id}", http_method="DELETE", fields=fields)
    curl, body = reference.curl_rest(op, "https://h/nimserver", reference.example_arguments(op))
    words = shlex.split(curl.replace("\\\n", " "))

    endpoint = _fields.Endpoint(
        op.path,
        (
            _fields.Field("conversation_id", "conversation_id", _checks.Str(), where="path"),
            _fields.Field("ids", "ids", _checks.ListOf(_checks.Str()), where="query", comma_list=True),
            _fields.Field("filter", "filter", _checks.JsonText(_checks.ANY), where="query"),
            _fields.Field("only_online", "only_online", _checks.Bool(), where="query"),
            _fields.Field("enabled", "enabled", _checks.Bool(), where="body"),
            _fields.Field("message_server_id", "message_server_id", _checks.Number(integral=True), where="body"),
        ),
        method="DELETE",
        rest=True,
        has_body=True,
    )
    rest = _fields.encode_rest(endpoint, values)
    sent = json.dumps(rest.body, ensure_ascii=False, separators=(",", ":"))  # as _base_client encodes it
    with httpx.Client() as http:
        request = http.build_request("DELETE", f"https://h/nimserver/{rest.path}", params=rest.query, content=sent)

    assert words[:4] == ["curl", "-X", "DELETE", str(request.url)]
    assert "/a%7Cb%2Fc%20%E5%BC%A0?" in words[3] and "ids=x+y%2C%E5%BC%A0%E4%B8%89" in words[3]
    assert body == sent == f'{{"enabled":false,"message_server_id":{2**63 - 1}}}'


def test_v2_text_is_escaped_in_every_page() -> None:
    hostile = "<script>alert(1)</script> & `a<b` | x"
    operation = V2_OPERATIONS[0]
    field = operation.fields[0]
    changed_field = Field(**{**field.__dict__, "description": hostile})
    changed = Operation(
        **{
            **operation.__dict__,
            "summary": hostile,
            "description": hostile,
            "fields": (changed_field, *operation.fields[1:]),
        }
    )
    groups = tuple(
        group.__class__(
            **{**group.__dict__, "operations": tuple(changed if op is operation else op for op in group.operations)}
        )
        for group in API.groups
    )
    files = {
        file.path: file.text
        for file in reference.render_docs(API.__class__(**{**API.__dict__, "groups": groups}), None)
    }

    assert "<script>alert" not in files["docs/index.html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <code>a&lt;b</code>" in files["docs/index.html"]
    group = next(group for group in API.v2_groups if operation in group.operations)
    page = files[f"docs/{group.slug}.md"]
    assert "<script>" not in page
    assert "&lt;script>alert(1)&lt;/script> &amp; `a<b` \\| x" in page  # a table cell
    assert "&lt;script>alert(1)&lt;/script> &amp; `a<b` | x" in page  # prose


def test_review_view_lists_v2_notes_per_v2_group() -> None:
    review = html.unescape((DOCS / "review.html").read_text(encoding="utf-8"))
    sections = dict(re.findall(r'<section id="review-([^"]+)">(.*?)</section>', review, re.S))
    noted = [op for op in V2_OPERATIONS if op.notes]
    assert noted, "some v2 operation carries a reviewer note"
    for op in noted:
        section = sections[f"v2.{op.group}"]
        assert f'<a href="index.html#{op.operation_id}">{reference.call_name(op)}' in section
        for note in op.notes:
            assert str(note.location) in section


def test_html_in_headless_chromium(tmp_path: Path) -> None:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = (DOCS / "index.html").resolve().as_uri()
    review = (DOCS / "review.html").resolve().as_uri()
    anchors = [op.operation_id for op in OPERATIONS] + [hook.name for hook in WEBHOOKS]
    queries = {op.operation_id: [reference.call_name(op), op.path, op.summary] for op in OPERATIONS}
    for op in V2_OPERATIONS:  # also by operationId, method name and verb with path
        queries[op.operation_id] += [op.operation_id, op.method, op.request_line]
    for op in OPERATIONS:  # and by its official page's title, an argument's two names and a code
        queries[op.operation_id] += [op.doc.title] if op.doc else []
        renamed = [field for field in op.fields if field.python_name != field.wire_name]
        queries[op.operation_id] += [
            name for field in (renamed or op.fields)[:1] for name in (field.wire_name, field.python_name)
        ]
        queries[op.operation_id] += [str(code) for code in op.codes[:1]]
    queries.update({hook.name: [hook.name, f"callbacks.{hook.event_class}", hook.summary] for hook in WEBHOOKS})
    for hook in WEBHOOKS:
        queries[hook.name] += [hook.doc.title] if hook.doc else []
    with Browser(tmp_path / "profile") as browser:
        browser.open(page, 1280, 900)
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        assert browser.evaluate("document.characterSet") == "UTF-8"
        assert browser.evaluate("document.body.innerText.includes('张三')")
        missing = browser.evaluate(f"{json.dumps(anchors)}.filter(id => !document.getElementById(id))")
        assert missing == []
        items = list(queries.items())
        for start in range(0, len(items), 50):  # in parts: each evaluation has a deadline
            not_found = browser.evaluate(_SEARCH_EVERY_OPERATION % json.dumps(dict(items[start : start + 50])))
            assert not_found == []
        # What users of the Chinese documentation type: a field, a code, words of the page titles.
        found = browser.evaluate(_SEARCH_COUNTS % json.dumps(["needkick", "414", "消息", "抄送"]))
        assert all(count > 0 for count in found.values()), found
        assert found["抄送"] < found["消息"] < len(anchors)  # a title narrows the list; it does not match all
        listed = browser.evaluate(_CODES_LISTED % json.dumps(["msgRecall", "teamAdd", "v2.team.createTeam"]))
        assert "508" in listed["msgRecall"]
        assert "801" in listed["teamAdd"] and "801" in listed["v2.team.createTeam"]
        browser.screenshot(ARTIFACTS / "docs-index.png")

        browser.open(page, 390, 844, mobile=True)
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        browser.evaluate("document.getElementById('search').value = 'send msg'")
        browser.evaluate("document.getElementById('search').dispatchEvent(new Event('input'))")
        browser.screenshot(ARTIFACTS / "docs-index-phone.png")

        browser.open(review, 1280, 900)
        assert browser.evaluate("document.querySelectorAll('ul.notes li').length") > 0
        browser.screenshot(ARTIFACTS / "docs-review.png")
        browser.open(review, 390, 844, mobile=True)
        assert browser.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

        assert browser.errors() == []
        assert set(browser.requests()) == {page, review}  # the pages themselves, nothing else


# Types each query into the search box; the operations whose entry is not among the results.
_SEARCH_EVERY_OPERATION = """
(() => {
  const queries = %s;
  const box = document.getElementById("search");
  const missed = [];
  for (const [anchor, texts] of Object.entries(queries)) {
    for (const text of texts) {
      box.value = text;
      box.dispatchEvent(new Event("input"));
      const entry = document.querySelector(`nav.side li[data-search] a[href="#${anchor}"]`).parentElement;
      if (entry.classList.contains("hidden") || entry.offsetParent === null) missed.push(`${anchor}: ${text}`);
    }
  }
  box.value = "";
  box.dispatchEvent(new Event("input"));
  return missed;
})()
"""


# Types each query into the search box; how many entries each leaves shown.
_SEARCH_COUNTS = """
(() => {
  const box = document.getElementById("search");
  const counts = {};
  for (const text of %s) {
    box.value = text;
    box.dispatchEvent(new Event("input"));
    counts[text] = document.querySelectorAll("nav.side li[data-search]:not(.hidden)").length;
  }
  box.value = "";
  box.dispatchEvent(new Event("input"));
  return counts;
})()
"""

# The codes each operation's section lists (the links of its list of codes), by anchor.
_CODES_LISTED = """
(() => {
  const listed = {};
  for (const anchor of %s) {
    const links = document.getElementById(anchor).querySelectorAll("ul.codes a[href^='#status-']");
    listed[anchor] = Array.from(links, link => link.textContent);
  }
  return listed;
})()
"""


# Per field table of an operation section: how far it runs past its column, and how wide its description is.
_FIELD_TABLE_WIDTHS = """
(() => Array.from(document.querySelectorAll("section.operation .table-wrap > table")).map(table => {
  const column = table.closest("main").clientWidth;
  const description = table.querySelector("td.desc");
  return {
    id: table.closest("section.operation").id,
    overflow: table.getBoundingClientRect().right - table.closest("main").getBoundingClientRect().right,
    scrolls: table.parentElement.scrollWidth > table.parentElement.clientWidth + 1,
    description: description ? description.getBoundingClientRect().width / column : 1,
  };
}))()
"""


def test_field_tables_fit_the_page_column_at_1280_px(tmp_path: Path) -> None:
    """At 1280 px every operation's field table is whole: nothing cut off, the description a third of the column."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with Browser(tmp_path / "profile") as browser:
        browser.open((DOCS / "index.html").resolve().as_uri(), 1280, 900)
        tables = browser.evaluate(_FIELD_TABLE_WIDTHS)
        assert len(tables) >= sum(1 for op in OPERATIONS if op.fields)
        cut = [table["id"] for table in tables if table["overflow"] > 1 or table["scrolls"]]
        assert cut == []
        narrow = [table["id"] for table in tables if table["description"] < 0.3]
        assert narrow == []
        browser.evaluate("document.getElementById('msgSendMsg').scrollIntoView()")
        browser.screenshot(ARTIFACTS / "docs-send-msg-fields.png")
