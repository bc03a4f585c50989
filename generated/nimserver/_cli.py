# Copied from runtime/_cli.py by `python -m generator`; do not edit.
"""The command line: ``nimserver <group> <operation> --option value``, built from the spec's table.

v2 operations are ``nimserver v2 <group> <operation> --option value``: objects
and lists are given as JSON, integers and booleans as for v1; ``--dry-run``
shows the verb, the URL (path and query encoded) and the JSON body.

``--fake`` calls an in-process test double instead of the service; ``--fake-state FILE``
does too, and keeps what it remembers in FILE (JSON) from one command to the next.
``--all-pages`` prints every item of a v2 listing, fetching page after page.
``nimserver conform`` is the conformance run (``_conform``), with options of its own.

Credentials come from NIM_APP_KEY and NIM_APP_SECRET (or ``--app-secret-file``),
never from a flag that would show in the process list. Answers are printed as
pretty JSON on stdout; errors go to stderr with their code, text and request id.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, NoReturn

from ._connect import (
    EXIT_API_ERROR,
    EXIT_OK,
    EXIT_TRANSPORT,
    EXIT_USAGE,
    _describe,
    _DryRunError,
    _UsageError,
    add_connection_options,
    connect,
)
from ._errors import ApiError, NimError, TransportError
from ._version import __version__

_RAW = "call"
_V2 = "v2"
# Commands with options of their own: `nimserver mcp ...` (the MCP server, _mcp.py) and
# `nimserver conform ...` (the conformance run, _conform.py).
_MCP = "mcp"
_CONFORM = "conform"
_EPILOG = """\
credentials: NIM_APP_KEY and NIM_APP_SECRET (or --app-secret-file); never a flag.
exit codes: 0 success, 1 the API answered with an error code, 2 usage error
(bad option, bad value, missing credentials), 3 no usable answer (connection,
timeout, HTTP status).
examples:
  nimserver user create --accid zhangsan --name 张三
  nimserver team add --help
  nimserver call user/getUinfos.action 'accids=["zhangsan"]'
  nimserver --dry-run user block --accid zhangsan --needkick
  nimserver v2 account create-account --account-id zhangsan --user-information '{"name": "张三"}'
  nimserver --dry-run v2 account batch-query-accounts --account-ids '["zhangsan", "lisi"]'
  nimserver --fake-state world.json user create --accid zhangsan
  nimserver --fake-state world.json --all-pages v2 friend list-friends --account-id zhangsan
  nimserver mcp --help      the API as tools for an AI assistant (MCP; needs nimserver[mcp])
  nimserver conform --app-key-file nim.env --report report.json   (see nimserver conform --help)
"""


class _OptionError(_UsageError):
    """A bad value the client's own checks found after parsing: shown with the subcommand's usage."""

    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        self.parser = parser
        super().__init__(message)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        """A group or operation not known: each name once (not its underscore spelling too), the closest first."""
        if not isinstance(action, argparse._SubParsersAction) or value in action.choices:
            super()._check_value(action, value)
            return
        first_names: dict[int, str] = {}  # an alias leads to the parser its first name does
        for name, parser in action.choices.items():
            first_names.setdefault(id(parser), name)
        names = list(first_names.values())
        close = difflib.get_close_matches(str(value).replace("_", "-"), names, n=3)
        hint = f"did you mean {' or '.join(close)}? " if close else ""
        raise argparse.ArgumentError(action, f"invalid choice: {value!r}; {hint}(one of: {', '.join(names)})")


def _table() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("_commands.json").read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def _dashed(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def _json_text(text: str) -> str:
    """A JSON-text argument: checked here, then sent as given."""
    try:
        json.loads(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not JSON: {error}") from None
    return text


def _json_value(text: str) -> Any:
    """A v2 object or list argument: JSON, passed on as the value it holds."""
    try:
        return json.loads(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not JSON: {error}") from None


_TYPES: dict[str, Any] = {"STR": str, "INT": int, "FLOAT": float, "JSON": _json_text, "FILE": str, "VALUE": _json_value}
_METAVARS = {"STR": "TEXT", "INT": "N", "FLOAT": "X", "JSON": "JSON", "FILE": "PATH", "VALUE": "JSON"}


def _dest(field: dict[str, Any]) -> str:
    return "field_" + str(field["python_name"])


def _help(text: str) -> str:
    return text.replace("%", "%%")


def _add_operation(operations: Any, name: str, spec: dict[str, Any], v2_group: str | None = None) -> None:
    dashed = _dashed(name)
    request_line = spec.get("request_line") or f"POST /{spec['path']}"
    parser = operations.add_parser(
        dashed,
        aliases=[name] if name != dashed else [],
        help=_help(spec["summary"]),
        description=_help(f"{spec['summary']}.\n\n{spec['description']}\n\nCalls {request_line}."),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    parser.set_defaults(
        method=name, fields=spec["fields"], v2_group=v2_group, command_parser=parser, paged=spec.get("paged", False)
    )
    required = parser.add_argument_group("required arguments")
    for field in spec["fields"]:
        kind = field["kind"]
        option = "--" + _dashed(field["python_name"])
        target = required if field["required"] else parser
        help_text = _help(field["help"]) or None
        if kind == "BOOL":
            target.add_argument(
                option,
                dest=_dest(field),
                action=argparse.BooleanOptionalAction,
                required=field["required"],
                help=help_text,
            )
            continue
        target.add_argument(
            option,
            dest=_dest(field),
            type=_TYPES[kind],
            choices=field["choices"],
            required=field["required"],
            metavar=None if field["choices"] else _METAVARS[kind],
            help=help_text,
        )


def _chosen_group(argv: Sequence[str], groups: Sequence[str]) -> str | None:
    """The group named on the command line (the first word that is one, not the value of an option)."""
    after_option = False
    for word in argv:
        if word in groups and not after_option:
            return word
        after_option = word in _VALUED_OPTIONS
    return None


def _after(argv: Sequence[str], word: str) -> list[str]:
    """The words after the first `word` that is not the value of an option."""
    after_option = False
    for index, item in enumerate(argv):
        if item == word and not after_option:
            return list(argv[index + 1 :])
        after_option = item in _VALUED_OPTIONS
    return []


_VALUED_OPTIONS = frozenset(
    {"--region", "--base-url", "--app-key", "--app-secret-file", "--timeout", "--max-retries", "--fake-state"}
)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line: global options, one subcommand per group and per operation, and ``call``.

    With `argv`, only the operations of the group it names get their parsers
    (the rest are listed by name): a command starts in a fraction of the time.
    """
    parser = _Parser(
        prog="nimserver",
        description="Call the NetEase Yunxin IM server API and print the answer as JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        allow_abbrev=False,
    )
    add_connection_options(parser)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--fake-state",
        metavar="FILE",
        type=Path,
        help="call the test double, starting from what FILE holds and leaving its new state there (JSON)",
    )
    parser.add_argument(
        "--all-pages", action="store_true", help="v2 listings: print every item of every page, as one JSON list"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the request that would be sent; send nothing")
    parser.add_argument(
        "--show-signature", action="store_true", help="with --dry-run: show Nonce, CurTime and CheckSum too"
    )
    groups = parser.add_subparsers(dest="group", metavar="GROUP", required=True, parser_class=_Parser)
    full_table = _table()
    table = full_table["groups"]
    chosen = None if argv is None else _chosen_group(argv, [*table, _V2])
    for group_name, group in table.items():
        group_parser = groups.add_parser(
            group_name,
            help=_help(group["summary"]),
            description=_help(group["description"]),
            allow_abbrev=False,
        )
        operations = group_parser.add_subparsers(
            dest="operation_name", metavar="OPERATION", required=True, parser_class=_Parser
        )
        if argv is None or group_name == chosen:
            for name, spec in group["operations"].items():
                _add_operation(operations, name, spec)
    v2_table = full_table.get("v2_groups") or {}
    if v2_table:
        v2_parser = groups.add_parser(
            _V2,
            help="the IM v2 REST API: nimserver v2 GROUP OPERATION --option value",
            description="The IM v2 REST API (JSON bodies, every verb). Objects and lists are given as JSON.",
            allow_abbrev=False,
        )
        v2_groups = v2_parser.add_subparsers(dest="v2_group_name", metavar="GROUP", required=True, parser_class=_Parser)
        names = {spelling: name for name in v2_table for spelling in (name, _dashed(name))}
        chosen_v2 = None if argv is None else names.get(_chosen_group(_after(argv, _V2), list(names)) or "")
        for group_name, group in v2_table.items():
            dashed = _dashed(group_name)
            group_parser = v2_groups.add_parser(
                dashed,
                aliases=[group_name] if group_name != dashed else [],
                help=_help(group["summary"]),
                description=_help(group["description"]),
                allow_abbrev=False,
            )
            operations = group_parser.add_subparsers(
                dest="operation_name", metavar="OPERATION", required=True, parser_class=_Parser
            )
            if argv is None or (chosen == _V2 and group_name == chosen_v2):
                for name, spec in group["operations"].items():
                    _add_operation(operations, name, spec, v2_group=group_name)
    raw = groups.add_parser(
        _RAW,
        help="call any path with name=value fields, sent as text",
        description="Call any API path; each NAME=VALUE is one form field, sent as the given text.",
        allow_abbrev=False,
    )
    raw.add_argument("path", help="the path after the base URL, such as user/create.action")
    raw.add_argument("pairs", nargs="*", metavar="NAME=VALUE", help="form fields")
    raw.add_argument("--safe-to-repeat", action="store_true", help="the operation only reads: retry timeouts too")
    return parser


def _run(args: argparse.Namespace) -> Any:
    client, fake = connect(args)
    try:
        with client:
            return _call(args, client)
    finally:
        if fake is not None and args.fake_state is not None:
            try:
                fake.save_state(args.fake_state)
            except (OSError, ValueError) as error:
                raise _UsageError(f"--fake-state: cannot write {args.fake_state}: {error}") from None


def _call(args: argparse.Namespace, client: Any) -> Any:
    from ._paging import Page

    if args.group == _RAW:
        if args.all_pages:
            raise _UsageError("--all-pages is for v2 listings, not for call")
        fields: dict[str, object] = {}
        for pair in args.pairs:
            name, equals, value = pair.partition("=")
            if not equals or not name:
                raise _UsageError(f"expected NAME=VALUE, got {pair!r}")
            fields[name] = value
        return client.request(args.path, fields, safe_to_repeat=args.safe_to_repeat)
    if args.all_pages and not args.paged:
        raise _OptionError(args.command_parser, "--all-pages is for v2 listings, and this operation is not one")
    values = {
        field["python_name"]: getattr(args, _dest(field))
        for field in args.fields
        if getattr(args, _dest(field)) is not None
    }
    try:
        if args.v2_group is None:
            answer = getattr(getattr(client, args.group), args.method)(**values)
        else:
            v2 = getattr(client, _V2)  # present whenever the spec has v2 operations (and so this command)
            answer = getattr(getattr(v2, args.v2_group), args.method)(**values)
    except (TypeError, ValueError) as error:  # the client's own check of a value: name the option
        raise _OptionError(args.command_parser, _option_message(str(error), args.fields)) from None
    if isinstance(answer, Page):
        # A list operation answers with its first page: print what the server answered, or every item.
        return list(answer) if args.all_pages else answer.data
    return answer


def _option_message(message: str, fields: list[dict[str, Any]]) -> str:
    """The client's message about an argument, told of the option that gave it."""
    for field in fields:
        name = str(field["python_name"])
        if message.startswith(name + " "):
            return f"argument --{_dashed(name)}: {message[len(name) + 1 :]}"
    return message


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _unknown_options(parser: argparse.ArgumentParser, words: Sequence[str]) -> list[str]:
    """The names of the options in `words` that the parsers they select do not know.

    argparse would print the words of such an option, its value included (a
    mistyped ``--app-secret S3cret`` would show the secret), so they are
    found first and reported by name alone. The walk follows the command
    words (group, operation) as argparse will, and stops at one it does not
    know: argparse names that one itself.
    """
    known = dict(parser._option_string_actions)
    commands = _commands(parser)
    unknown = []
    value_follows = False
    for word in words:
        if word == "--":
            break
        if value_follows:
            value_follows = False
        elif word.startswith("-") and not _NEGATIVE_NUMBER.fullmatch(word):
            name = word.split("=", 1)[0]
            action = known.get(name)
            if action is None:
                unknown.append(name)
            else:
                value_follows = action.nargs != 0 and "=" not in word
        elif commands is not None:
            chosen = commands.choices.get(word)
            if chosen is None:
                break
            known.update(chosen._option_string_actions)
            commands = _commands(chosen)
    return unknown


def _commands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser] | None:
    """The subcommands of a parser (its groups or operations), if it has any."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


_NEGATIVE_NUMBER = re.compile(r"-[0-9][0-9.eE+-]*")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 API error, 2 usage, 3 transport)."""
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == [_MCP]:
        from ._mcp import main as serve

        return serve(words[1:])
    if words[:1] == [_CONFORM]:
        from ._conform import main as conform

        return conform(words[1:])
    parser = build_parser(words)
    unknown = _unknown_options(parser, words)
    if unknown:
        parser.print_usage(sys.stderr)
        names = ", ".join(dict.fromkeys(unknown))
        sys.stderr.write(
            f"nimserver: error: unknown option {names} (values of unknown options are not shown); "
            "see nimserver --help\n"
        )
        return EXIT_USAGE
    try:
        args = parser.parse_args(words)
    except SystemExit as leaving:
        return leaving.code if isinstance(leaving.code, int) else EXIT_USAGE
    try:
        _print_json(_run(args))
        return EXIT_OK
    except _DryRunError as dry:
        _print_json(_describe(dry.request, args.show_signature))
        return EXIT_OK
    except ApiError as error:
        meaning = f" ({error.meaning})" if error.meaning else ""
        sys.stderr.write(
            f"nimserver: {error.endpoint}: code {error.code}{meaning}: {error.desc}\n"
            f"request id: {error.request_id}\n"
        )
        return EXIT_API_ERROR
    except TransportError as error:
        sys.stderr.write(f"nimserver: {error}\nrequest id: {error.request_id}\n")
        return EXIT_TRANSPORT
    except NimError as error:
        sys.stderr.write(f"nimserver: {error}\n")
        return EXIT_TRANSPORT
    except _OptionError as error:
        error.parser.print_usage(sys.stderr)
        sys.stderr.write(f"{error.parser.prog}: error: {error}\n")
        return EXIT_USAGE
    except (_UsageError, TypeError, ValueError) as error:
        sys.stderr.write(f"nimserver: error: {error}\n")
        return EXIT_USAGE


def run() -> NoReturn:
    """The console script's entry point."""
    sys.exit(main())
