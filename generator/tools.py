"""The MCP server's tool table (`nimserver/_tools.json`): each operation as a tool an assistant can call.

Part of the render stage: it reads only the model. Tool names are the
client's path to the method with dashes between its parts (`user-create`,
`v2-team-create_team`): dashes never occur in a group or method name, so
two operations never share a tool name, and every MCP client accepts them.
Arguments are the client's (Python) names, so a tool call is a method call.
"""

from __future__ import annotations

from typing import Any

from generator import docs
from generator.model import Api, ApiStyle, Operation


def tool_name(operation: Operation) -> str:
    return "-".join(_client_path(operation))


def tool_group(operation: Operation) -> str:
    """The group `--groups` and `--allow-write` name: `team` (v1), `v2-team` (v2)."""
    return "-".join(_client_path(operation)[:-1])


def _client_path(operation: Operation) -> list[str]:
    """The attributes of the client that lead to the operation's method."""
    prefix = ["v2"] if operation.api == ApiStyle.V2 else []
    return [*prefix, operation.group, operation.method]


def tool_table(api: Api) -> dict[str, Any]:
    """Every operation an assistant can call, with what an MCP client shows of it.

    Operations that upload a file (a multipart form) are left out: a tool's
    arguments are JSON, and a server that reads local files for a caller is
    a hazard.
    """
    tools = []
    for operation in api.operations:
        if operation.multipart:
            continue
        tools.append(_tool(operation))
    return {"tools": tools}


def _tool(operation: Operation) -> dict[str, Any]:
    schema = operation.argument_schema
    descriptions = {field.python_name: docs.tool_help(field, operation) for field in operation.fields}
    properties = schema.get("properties", {})
    for name, value in properties.items():
        if descriptions.get(name):  # a copy: the property's schema is the request's (Operation.argument_schema)
            properties[name] = {**value, "description": descriptions[name]}
    return {
        "name": tool_name(operation),
        "group": tool_group(operation),
        "call": _client_path(operation),
        "summary": operation.summary,
        "description": docs.tool_description(operation),
        "doc_title": operation.doc.title if operation.doc is not None else "",
        "input_schema": schema,
        "annotations": {
            "title": operation.summary,
            "readOnlyHint": operation.reads,
            "destructiveHint": operation.destructive,
            "idempotentHint": operation.safe_to_repeat,
            # The calls reach the app's real users (messages, pushes), beyond what the server itself keeps.
            "openWorldHint": True,
        },
        "paging": None if operation.paging is None else operation.paging.request_key,
    }
