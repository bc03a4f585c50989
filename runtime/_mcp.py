"""``nimserver mcp``: the API's operations as the tools of an MCP server, for AI assistants.

The tools come from the table the generator writes (``_tools.json``): one per
operation, named after the client's method (``user-create``,
``v2-team-create_team``), taking the client's arguments (Python names; a JSON
text field as the JSON value it holds) and calling the client, so its checks
run before anything is sent. The server speaks MCP over stdio, or over
streamable HTTP on 127.0.0.1 with ``--http PORT``.

Safe by default: only the tools that read are offered unless ``--allow-write``
names the groups whose writes are allowed (or ``all``); ``--dry-run`` answers
with the signed request instead of sending it (signature hidden); ``--fake``
serves a fresh in-process test double. ``--groups`` limits the tools to some
groups, ``--compact`` offers two tools instead of one per operation: one finds
operations by words (English or the Chinese title of their documentation
page) and one calls an operation by name.

Credentials come from NIM_APP_KEY and NIM_APP_SECRET (or ``--app-secret-file``),
never from a tool's arguments; no result and no log line carries them.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import re
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import TYPE_CHECKING, Any

from ._connect import EXIT_OK, EXIT_USAGE, _describe, _DryRunError, _UsageError, add_connection_options, connect
from ._errors import ApiError, NimError, TransportError
from ._paging import Page
from ._version import __version__

if TYPE_CHECKING:
    from mcp.server.lowlevel import Server

    from ._client import NimClient

ALL = "all"
FIND, CALL = "find_operations", "call_operation"
_LOOPBACK = "127.0.0.1"

logger = logging.getLogger("nimserver.mcp")


@functools.cache
def load_tools() -> tuple[dict[str, Any], ...]:
    """The generator's table of tools, one per operation (file uploads left out)."""
    text = resources.files(__package__).joinpath("_tools.json").read_text(encoding="utf-8")
    return tuple(json.loads(text)["tools"])


class ToolCallError(Exception):
    """A tool call that ends in an error result: `kind` is refused, unknown, argument, api or transport."""

    def __init__(self, kind: str, message: str, **details: Any) -> None:
        self.payload = {"kind": kind, "message": message, **details}
        super().__init__(message)


class Catalog:
    """The tools one server offers: those of the chosen groups, the writing ones only where allowed."""

    def __init__(
        self,
        tools: Sequence[dict[str, Any]],
        groups: Sequence[str] | None = None,
        allow_write: Sequence[str] = (),
    ) -> None:
        known = list(dict.fromkeys(tool["group"] for tool in tools))
        for option, names in (("--groups", groups or ()), ("--allow-write", allow_write)):
            unknown = [name for name in names if name not in known and not (option == "--allow-write" and name == ALL)]
            if unknown:
                raise ValueError(f"{option}: no group {', '.join(unknown)}; the groups are {', '.join(known)}")
        self._all = list(tools)
        self.tools = [tool for tool in tools if groups is None or tool["group"] in groups]
        self._writable = None if ALL in allow_write else frozenset(allow_write)

    def allowed(self, tool: Mapping[str, Any]) -> bool:
        """A tool that reads, or one whose group's writes are allowed."""
        reads = bool(tool["annotations"]["readOnlyHint"])
        return reads or self._writable is None or tool["group"] in self._writable

    def listed(self) -> list[dict[str, Any]]:
        return [tool for tool in self.tools if self.allowed(tool)]

    def lookup(self, name: str) -> dict[str, Any]:
        """The tool called `name`, when this server may call it; ToolCallError says why not."""
        tool = next((tool for tool in self.tools if tool["name"] == name), None)
        if tool is None:
            outside = any(tool["name"] == name for tool in self._all)
            why = "is outside the groups this server was started with (--groups)" if outside else "is not a tool"
            raise ToolCallError("unknown", f"{name} {why}")
        if not self.allowed(tool):
            group = tool["group"]
            raise ToolCallError(
                "refused",
                f"{name} changes data, and this server does not allow writes to the group {group}: "
                f"it was started without --allow-write {group} (or --allow-write all)",
                tool=name,
                group=group,
            )
        return tool

    def find(self, query: str, limit: int) -> list[dict[str, Any]]:
        """The tools whose names, summaries, descriptions or Chinese titles best match the words of `query`."""
        terms, han = _query_terms(query)
        named = _spelled(query)
        scored = [
            (_NAMED if _spelled(tool["name"]) == named else _score(tool, terms, han), tool) for tool in self.tools
        ]
        # Of equal scores, the shorter name first: it has fewer words the query did not ask for.
        best = sorted(
            (item for item in scored if item[0] > 0), key=lambda item: (-item[0], len(item[1]["name"]), item[1]["name"])
        )
        return [tool for _, tool in best[:limit]]


# Words of the Chinese titles and what they are in the English summaries and names, so a Chinese query
# finds operations by their English text too.
_GLOSSARY = {
    "创建": "create",
    "注册": "create register",
    "新建": "create",
    "账号": "account",
    "帐号": "account",
    "用户": "user account",
    "群组": "team",
    "高级群": "team",
    "超大群": "superteam",
    "群": "team",
    "消息": "message",
    "发送": "send",
    "删除": "delete remove",
    "撤回": "recall",
    "禁言": "mute",
    "封禁": "ban block",
    "解禁": "unblock",
    "踢": "kick",
    "下线": "kick",
    "好友": "friend",
    "聊天室": "chatroom",
    "查询": "query get list look",
    "获取": "get query",
    "更新": "update",
    "修改": "update change",
    "设置": "set",
    "添加": "add",
    "邀请": "invite",
    "退出": "leave",
    "解散": "dismiss disband",
    "会话": "conversation",
    "历史": "history",
    "广播": "broadcast",
    "通知": "notification",
    "订阅": "subscribe",
    "信令": "signal",
    "圈组": "qchat",
    "频道": "channel",
    "身份组": "role",
    "管理员": "manager",
    "成员": "member",
    "黑名单": "blacklist block",
    "队列": "queue",
    "机器人": "robot",
    "在线": "online",
    "状态": "status",
    "推送": "push",
    "已读": "read",
    "翻译": "translate",
}
# Short names in the API's identifiers, spelled out as the summaries spell them.
_SYNONYMS = {"msg": "message", "accid": "account", "tid": "team", "uinfo": "profile", "tinfo": "team"}
_WORD = re.compile(r"[a-z0-9]+")
_HAN = re.compile(r"[\u3400-\u9fff]+")
_URL = re.compile(r"https?://\S+")


_NAMED = 1000  # the score of the tool a query names (user create, user-create, user_create)


def _spelled(text: str) -> str:
    return "-".join(re.split(r"[\s_-]+", text.strip().lower()))


def _words(text: str) -> set[str]:
    """Lower-case English words, a plural's s dropped and short names spelled out."""
    found = set()
    for word in _WORD.findall(text.lower().replace("_", " ")):
        word = word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
        found.add(_SYNONYMS.get(word, word))
    return found


def _query_terms(query: str) -> tuple[set[str], set[str]]:
    """The English words of a query, its Chinese words' English words among them, and its Chinese pairs."""
    terms = _words(query)
    pairs = set()
    for run in _HAN.findall(query):
        for chinese, english in _GLOSSARY.items():
            if chinese in run:
                terms |= _words(english)
        pairs |= {run[index : index + 2] for index in range(max(len(run) - 1, 1))}
    return terms, pairs


@functools.cache
def _index(name: str, summary: str, description: str) -> tuple[frozenset[str], frozenset[str]]:
    prose = _URL.sub(" ", description)  # a page's address is not what the operation is about
    return frozenset(_words(f"{name} {summary}")), frozenset(_words(prose))


def _score(tool: Mapping[str, Any], terms: set[str], han: set[str]) -> int:
    """3 for each word in the name or summary, 1 for one only in the description, 2 for each Chinese pair in the title."""
    strong, weak = _index(tool["name"], tool["summary"], tool["description"])
    score = sum(3 if term in strong else 1 if term in weak else 0 for term in terms)
    return score + sum(2 for pair in han if pair in tool["doc_title"])


class Caller:
    """Calls operations with the client and turns what happens into the result an assistant reads."""

    def __init__(self, client: NimClient) -> None:
        self.client = client

    def call(self, tool: Mapping[str, Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
        schema = tool["input_schema"]
        names = schema.get("properties", {})
        for name in arguments:
            if name not in names:
                raise ToolCallError(
                    "argument",
                    f"{name} is not an argument of {tool['name']} (it takes {', '.join(names) or 'none'})",
                    argument=name,
                )
        for name in schema.get("required", ()):
            if name not in arguments:
                raise ToolCallError("argument", f"{name} is required", argument=name)
        method: Any = self.client
        for part in tool["call"]:
            method = getattr(method, part)
        try:
            answer = method(**arguments)
        except _DryRunError as dry:
            return {"dry_run": True, "request": _describe(dry.request, show_signature=False, hidden="(hidden)")}
        except ApiError as error:
            raise ToolCallError(
                "api",
                error.desc or str(error),
                code=error.code,
                meaning=error.meaning,
                request_id=error.request_id,
            ) from None
        except TransportError as error:
            raise ToolCallError("transport", str(error), request_id=error.request_id) from None
        except NimError as error:
            raise ToolCallError("transport", str(error)) from None
        except (TypeError, ValueError) as error:  # the client's own check of a value, before sending
            message = str(error)
            found = re.match(r"[A-Za-z_][A-Za-z0-9_]*", message)
            argument = found.group() if found and found.group() in names else None
            raise ToolCallError("argument", message, argument=argument) from None
        if isinstance(answer, Page):
            return {"answer": answer.data, "next_page": _next_page(answer, tool["paging"])}
        return {"answer": answer}


def _next_page(page: Page[Any, Any], key: str) -> dict[str, Any] | None:
    """The argument that asks for the page after this one (page_token or offset), or None at the end."""
    following = page._next_values()
    return None if following is None else {key: following[key]}


class Tools:
    """What the MCP server does with a tool call, by the tool's name: one per operation, or the two of --compact."""

    def __init__(self, catalog: Catalog, caller: Caller, compact: bool) -> None:
        self.catalog = catalog
        self.caller = caller
        self.compact = compact

    def listed(self) -> list[dict[str, Any]]:
        """The tools as MCP lists them: name, description, inputSchema and annotations."""
        if not self.compact:
            return [_listed(tool) for tool in self.catalog.listed()]
        writes = [tool for tool in self.catalog.tools if not tool["annotations"]["readOnlyHint"]]
        callable_writes = [tool for tool in writes if self.catalog.allowed(tool)]
        return [
            {
                "name": FIND,
                "description": (
                    "Find the operations of the NetEase Yunxin IM server API that match some words (English, or "
                    "the Chinese title of their documentation page), with their argument schemas. Then call one "
                    f"with {CALL}. Operations marked allowed: false change data and are refused by this server."
                ),
                "inputSchema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string", "minLength": 1, "description": "Words, such as create account."},
                        "limit": {"type": "integer", "minimum": 1, "maximum": 20, "default": 5},
                    },
                    "required": ["query"],
                    "additionalProperties": False,
                },
                "annotations": {"title": "Find API operations", "readOnlyHint": True, "openWorldHint": False},
            },
            {
                "name": CALL,
                "description": (
                    f"Call an operation of the NetEase Yunxin IM server API by the name {FIND} gives, with its "
                    "arguments as its schema says; they are checked before anything is sent. Answers with the "
                    "API's answer as JSON, and for a listing with next_page, the argument that asks for the "
                    "next page."
                ),
                "inputSchema": {
                    "type": "object",
                    "properties": {
                        "name": {
                            "type": "string",
                            "minLength": 1,
                            "description": "The operation, such as user-create.",
                        },
                        "arguments": {"type": "object", "description": "Its arguments, as its schema names them."},
                    },
                    "required": ["name"],
                    "additionalProperties": False,
                },
                "annotations": {
                    "title": "Call an API operation",
                    "readOnlyHint": not callable_writes,
                    "destructiveHint": any(tool["annotations"]["destructiveHint"] for tool in callable_writes),
                    "idempotentHint": not callable_writes,
                    "openWorldHint": True,
                },
            },
        ]

    def call(self, name: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The result of one tool call; ToolCallError for an error result."""
        if not self.compact:
            return self.caller.call(self.catalog.lookup(name), arguments)
        if name == FIND:
            query = _checked(arguments, "query", str, required=True)
            limit = _checked(arguments, "limit", int, required=False)
            limit = 5 if limit is None else limit
            if not 1 <= limit <= 20:
                raise ToolCallError("argument", f"limit must be 1 to 20, got {limit}", argument="limit")
            _only(arguments, ("query", "limit"))
            return {
                "operations": [
                    {
                        "name": tool["name"],
                        "summary": tool["summary"],
                        "doc_title": tool["doc_title"],
                        "description": tool["description"],
                        "annotations": tool["annotations"],
                        "allowed": self.catalog.allowed(tool),
                        "input_schema": tool["input_schema"],
                    }
                    for tool in self.catalog.find(query, limit)
                ]
            }
        if name == CALL:
            operation = _checked(arguments, "name", str, required=True)
            given = _checked(arguments, "arguments", dict, required=False)
            _only(arguments, ("name", "arguments"))
            return self.caller.call(self.catalog.lookup(operation), given or {})
        raise ToolCallError("unknown", f"{name} is not a tool; this server has {FIND} and {CALL}")


def _checked(arguments: Mapping[str, Any], name: str, kind: type, required: bool) -> Any:
    value = arguments.get(name)
    if value is None:
        if required:
            raise ToolCallError("argument", f"{name} is required", argument=name)
        return None
    if not isinstance(value, kind) or isinstance(value, bool) or (kind is str and not value):
        raise ToolCallError("argument", f"{name} must be a non-empty {kind.__name__}", argument=name)
    return value


def _only(arguments: Mapping[str, Any], names: Sequence[str]) -> None:
    for name in arguments:
        if name not in names:
            raise ToolCallError("argument", f"{name} is not an argument (it takes {', '.join(names)})", argument=name)


def _listed(tool: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "name": tool["name"],
        "title": tool["summary"],
        "description": tool["description"],
        "inputSchema": tool["input_schema"],
        "annotations": tool["annotations"],
    }


def build_server(tools: Tools) -> Server[Any]:
    """The MCP server: it lists `tools` and runs each call in a worker thread (the client is synchronous)."""
    import anyio
    import mcp.types as types
    from mcp.server.lowlevel import Server

    listed = types.ListToolsResult(tools=[types.Tool.model_validate(tool) for tool in tools.listed()])

    async def list_tools(context: Any, params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        return listed

    def tool_result(payload: dict[str, Any], error: bool) -> types.CallToolResult:
        text = json.dumps(payload, ensure_ascii=False)
        return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=payload, is_error=error)

    async def call_tool(context: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        arguments = dict(params.arguments or {})
        try:
            result = await anyio.to_thread.run_sync(tools.call, params.name, arguments)
        except ToolCallError as failure:
            logger.info("tool %s: %s error", params.name, failure.payload["kind"])
            return tool_result({"error": failure.payload}, error=True)
        logger.info("tool %s: done", params.name)
        return tool_result(result, error=False)

    return Server(
        "nimserver",
        version=__version__,
        instructions=(
            "Tools of the NetEase Yunxin IM server API. Each answers with the API's answer as JSON; an error "
            "result holds error.kind (refused, unknown, argument, api, transport), error.message and, for API "
            "errors, error.code and error.request_id."
        ),
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nimserver mcp",
        description=(
            "Serve the NetEase Yunxin IM server API as MCP tools (stdio, or streamable HTTP on 127.0.0.1). "
            "Only tools that read are offered unless --allow-write says otherwise."
        ),
        epilog=(
            "credentials: NIM_APP_KEY and NIM_APP_SECRET (or --app-secret-file); never a tool argument.\n"
            "groups: v1 groups by name (user, team, msg, ...), v2 groups as v2-<group> (v2-account, v2-team, ...)."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    add_connection_options(parser)
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="answer each call with the signed request (signature hidden); send nothing",
    )
    parser.add_argument(
        "--allow-write",
        metavar="GROUPS",
        default="",
        help="offer and allow the tools that change data in these groups (comma-separated), or in all",
    )
    parser.add_argument("--groups", metavar="GROUPS", help="offer only the tools of these groups (comma-separated)")
    parser.add_argument(
        "--compact", action="store_true", help=f"offer two tools, {FIND} and {CALL}, instead of one per operation"
    )
    parser.add_argument(
        "--http", type=int, metavar="PORT", help="serve streamable HTTP on 127.0.0.1:PORT/mcp, not stdio"
    )
    parser.add_argument(
        "--log-level",
        choices=["debug", "info", "warning", "error"],
        default="warning",
        help="what to log on stderr (default warning)",
    )
    return parser


def _names(text: str | None) -> list[str] | None:
    return None if text is None else [name.strip() for name in text.split(",") if name.strip()]


def main(argv: Sequence[str]) -> int:
    """Run ``nimserver mcp``: returns the exit code (0 when the client went away, 2 for a usage error)."""
    parser = _parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        # Named, never shown: the word after a mistyped option may be a secret (--app-secret S3cret).
        names = ", ".join(dict.fromkeys(word.split("=", 1)[0] for word in unknown if word.startswith("-")))
        parser.print_usage(sys.stderr)
        sys.stderr.write(
            f"nimserver mcp: error: unknown option {names or '(none; an extra argument)'} "
            "(values are not shown); see nimserver mcp --help\n"
        )
        return EXIT_USAGE
    args.fake_state = None  # connect() shares the command line's options; a state file is not one of these
    logging.basicConfig(stream=sys.stderr, level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    try:
        import mcp  # noqa: F401
    except ImportError as error:
        sys.stderr.write(f"nimserver mcp: needs the mcp extra (pip install 'nimserver[mcp]'): {error}\n")
        return EXIT_USAGE
    try:
        catalog = Catalog(load_tools(), _names(args.groups), _names(args.allow_write) or ())
        client, _ = connect(args)  # the test double, if any, lives as long as the client that calls it
    except (_UsageError, ValueError) as error:
        sys.stderr.write(f"nimserver mcp: error: {error}\n")
        return EXIT_USAGE
    server = build_server(Tools(catalog, Caller(client), args.compact))
    with client:
        if args.http is None:
            _serve_stdio(server)
        else:
            _serve_http(server, args.http, args.log_level)
    return EXIT_OK


def _serve_stdio(server: Server[Any]) -> None:
    import anyio
    from mcp.server.stdio import stdio_server

    async def serve() -> None:
        async with stdio_server() as (read, write):
            await server.run(read, write, server.create_initialization_options())

    anyio.run(serve)


def _serve_http(server: Server[Any], port: int, log_level: str) -> None:
    """Streamable HTTP on the loopback interface only, with the SDK's DNS-rebinding checks on."""
    import uvicorn

    app = server.streamable_http_app(host=_LOOPBACK)
    uvicorn.run(app, host=_LOOPBACK, port=port, log_level=log_level)
