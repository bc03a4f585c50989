"""Rules of the document as a whole: reading its files, OpenAPI, extensions, info, servers and status codes."""

from __future__ import annotations

import builtins
import re
from collections.abc import Hashable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from generator.extensions import EXTENSIONS
from generator.load import SpecDict, SpecList
from generator.rules.registry import WARNING, loaded, rule
from generator.rules.view import Found, SpecView, place

# What a URL may hold (RFC 3986: unreserved, reserved and percent signs), after http:// or https://.
_URL = re.compile(r"^https?://[A-Za-z0-9.\-_~\[\]:@]+(/[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*)?$")
_RUNTIME = Path(__file__).resolve().parent.parent.parent / "runtime"

# --- Reading the files (generator/load.py) ------------------------------------

loaded("file-readable", "the root and every file it reaches can be read as UTF-8 text", "a file saved as GBK")
loaded("yaml-valid", "every file is valid YAML", "a tab in the indentation")
loaded(
    "yaml-json-shaped",
    "every file holds JSON's shapes: no aliases, merge keys, tags, duplicate keys or non-finite numbers, bounded nesting",
    "`<<: *base`",
)
loaded("text-carried", "text can be carried into generated files: no control characters", "a U+0000 in a description")
loaded("ref-resolves", "every `$ref` is a relative reference to something that exists", "`$ref: '#/Accld'`")
loaded(
    "ref-not-circular",
    "a `$ref` leads back to itself only as a recursive schema: into a named schema, past an optional place",
    "`Loop: {$ref: '#/Loop'}`",
)
loaded("ref-siblings", "keys beside a `$ref` annotate its target; they never change a constraint", "`maxLength: 8`")
loaded("root-mapping", "the root file is a mapping", "a root file holding a list")
loaded("spec-size", "with its `$ref`s resolved, the spec stays within the nesting and size limits", "a `$ref` bomb")
loaded("file-reached", "every YAML file of the spec's folder is reached from the root", "an orphaned file", WARNING)


# --- The document ----------------------------------------------------------------


@rule("openapi", "the document is valid OpenAPI 3.1 (openapi-spec-validator)", "`info:` without `title`")
def _openapi(view: SpecView) -> Iterator[Found]:
    for path, message in view.checks.openapi():
        holder, key = (view.document, None) if path is None else place(view.document, path, message)
        yield holder, key, f"OpenAPI: {message}"


@rule("extension-known", "every `x-` key is a registered extension", "`x-colour: red` on an operation")
def _extensions_known(view: SpecView) -> Iterator[Found]:
    for _, node, key in view.extensions():
        if key not in EXTENSIONS:
            yield node, key, f"unknown extension '{key}' (the known ones are listed in spec/README.md)"


@rule("extension-place", "an extension stands only where it is allowed", "`x-region: cn` on an operation")
def _extension_places(view: SpecView) -> Iterator[Found]:
    for place_name, node, key in view.extensions():
        known = EXTENSIONS.get(key)
        if known is not None and place_name not in known.places:
            yield node, key, f"{key} is not allowed on a {place_name}, only on: {', '.join(sorted(known.places))}"


@rule("extension-value", "an extension's value has the registered shape", "`x-safe-to-repeat: yes please`")
def _extension_values(view: SpecView) -> Iterator[Found]:
    for place_name, node, key in view.extensions():
        known = EXTENSIONS.get(key)
        if known is None or place_name not in known.places:
            continue  # extension-known, extension-place
        for path, message in view.checks.extension_problems(key, node[key]):
            # At the entry of a list or mapping that is wrong, not at the key that holds it.
            yield *place(node, [key, *path]), f"{key}: {message}"


_VERSION = re.compile(r"^\d+\.\d+\.\d+([ab]\d+|rc\d+)?(\.post\d+)?(\.dev\d+)?$")


@rule("info-version", "`info.version` is a release version such as 1.2.0", "`version: v1`")
def _info_version(view: SpecView) -> Iterator[Found]:
    info = view.document.get("info")
    if isinstance(info, SpecDict) and not _VERSION.match(str(info.get("version", ""))):
        yield info, "version", f"info.version '{info.get('version')}' is not a release version such as 1.2.0"


@rule("paths-present", "the spec has at least one path", "`paths: {}`")
def _paths_present(view: SpecView) -> Iterator[Found]:
    paths = view.document.get("paths")
    if not isinstance(paths, SpecDict) or not paths:
        yield view.document, "paths", "the spec has no paths"


# --- Servers ----------------------------------------------------------------------


@rule(
    "server-region",
    "every server has an `x-region`, each region once, at least one server",
    "two servers with `x-region: cn`",
)
def _server_regions(view: SpecView) -> Iterator[Found]:
    regions: set[str] = set()
    servers = view.document.get("servers")
    servers = servers if isinstance(servers, SpecList) else SpecList()
    for index, server in enumerate(servers):
        region = server.get("x-region") if isinstance(server, SpecDict) else None
        if region is None:
            yield servers, index, "each server needs an x-region name such as cn"
        elif isinstance(region, str) and region in regions:
            yield servers, index, f"two servers for region '{region}'"
        elif isinstance(region, str):
            regions.add(region)
    if not regions:
        yield view.document, "servers", "the spec needs at least one server with an x-region"


@rule(
    "server-url",
    "a server URL and each backup URL is http(s):// with only characters a URL can hold",
    "`url: https://api.netease.im/nim server`",
)
def _server_urls(view: SpecView) -> Iterator[Found]:
    for server in view.servers:
        if isinstance(server.get("url"), str) and not _URL.match(server["url"]):
            yield server, "url", f"server URL {server['url']!r} is not an http(s) URL of characters a URL can hold"
        backups = server.get("x-backup-urls")
        if not isinstance(backups, SpecList):
            continue
        for index, url in enumerate(backups):
            if isinstance(url, str) and not _URL.match(url):
                yield backups, index, f"backup URL {url!r} is not an http(s) URL of characters a URL can hold"


# --- Status codes -------------------------------------------------------------


@rule("status-codes", "`x-status-codes` lists the API's status codes, 200 among them", "no `x-status-codes`")
def _status_codes(view: SpecView) -> Iterator[Found]:
    table = view.document.get("x-status-codes")
    if not isinstance(table, SpecList):
        yield view.document, "x-status-codes", "x-status-codes must list the API's status codes"
    elif 200 not in _codes(view):
        yield table, None, "x-status-codes must include 200"


def _codes(view: SpecView) -> set[Any]:
    """The codes of `x-status-codes` (a code that is a mapping or list is no code: extension-value says so)."""
    return {entry.get("code") for entry in view.status_codes if isinstance(entry.get("code"), Hashable)}


@rule("operation-code-known", "an operation's `x-codes` are codes of the root's `x-status-codes`", "`x-codes: [999]`")
def _operation_codes(view: SpecView) -> Iterator[Found]:
    known = _codes(view)
    for found in view.operations:
        codes = found.operation.get("x-codes")
        if not isinstance(codes, SpecList):
            continue  # absent, or malformed: extension-value says so
        for index, code in enumerate(codes):
            if isinstance(code, int) and not isinstance(code, bool) and code not in known:
                yield codes, index, f"x-codes: status code {code} is not in the root's x-status-codes"


@rule("status-code-unique", "each status code, and each name, is listed once", "`code: 414` in two entries")
def _status_codes_once(view: SpecView) -> Iterator[Found]:
    codes: set[Any] = set()
    names: set[Any] = set()
    for entry in view.status_codes:
        code, name = entry.get("code"), entry.get("name")
        if isinstance(code, Hashable):  # a mapping or list: extension-value says a code is an integer
            if code in codes:
                yield entry, "code", f"status code {code} is listed twice"
            codes.add(code)
        if isinstance(name, Hashable):  # likewise a name is text
            if name in names:
                yield entry, "name", f"status code name '{name}' is used twice"
            names.add(name)


@rule(
    "status-code-error-class",
    "an error class is not named like a Python built-in or a class of the client's runtime",
    "`error: TimeoutError`",
)
def _error_classes(view: SpecView) -> Iterator[Found]:
    taken = _runtime_names()
    for entry in view.status_codes:
        name = entry.get("error")
        if isinstance(name, str) and (name in taken or hasattr(builtins, name)):
            where = "a Python built-in" if hasattr(builtins, name) else "a class of nimserver's runtime"
            yield entry, "error", f"error class '{name}' is named like {where}; the package would mean two things by it"


_DEFINED = re.compile(r"^(?:class|def|async def) ([A-Za-z_]\w*)", re.M)


@cache
def _runtime_names() -> frozenset[str]:
    """The classes and functions the runtime modules define at their top level (nimserver exports them
    beside the error classes); read as text, as parsing them took longer than the rest of the rule."""
    return frozenset(
        name for module in _RUNTIME.glob("*.py*") for name in _DEFINED.findall(module.read_text(encoding="utf-8"))
    )
