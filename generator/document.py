"""What both validation and the model read from a spec document's shape: its media types, the verbs
of the v2 API and where a v2 answer keeps its `data`.

Below both stages, so that validation (stage 2) does not depend on the model (stage 3).
"""

from __future__ import annotations

from generator.load import SpecDict

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
JSON_TEXT = "application/json"
BINARY = "application/octet-stream"


def answer_schema(operation: SpecDict) -> SpecDict | None:
    """The JSON schema of an operation's (or a webhook's) 200 answer, or None when it has none."""
    responses = operation.get("responses")
    response = responses.get("200") if isinstance(responses, SpecDict) else None
    content = response.get("content") if isinstance(response, SpecDict) else None
    media = content.get(JSON_TEXT) if isinstance(content, SpecDict) else None
    schema = media.get("schema") if isinstance(media, SpecDict) else None
    return schema if isinstance(schema, SpecDict) else None


def v2_data_schema(operation: SpecDict) -> SpecDict | None:
    """The schema of `data` in a v2 operation's 200 answer, or None when it has none."""
    schema = answer_schema(operation)
    if schema is None:
        return None
    for member in [schema, *(schema.get("allOf") or [])]:
        properties = member.get("properties") if isinstance(member, SpecDict) else None
        if isinstance(properties, SpecDict) and isinstance(properties.get("data"), SpecDict):
            data: SpecDict = properties["data"]
            return data
    return None


V2_VERBS = ("get", "post", "put", "patch", "delete")
CALLBACK_TAG = "third-party-callback"  # the tag of webhooks that wait for a decision
