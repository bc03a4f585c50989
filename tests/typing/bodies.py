"""Type-checked by tests/test_package.py: bodies by type under `mypy --strict`.

History answers and message copies are unions of one TypedDict per message
type, told apart by their type key: comparing it narrows the rest. Every line
must pass, except the ones marked as expected errors, which mypy must flag.
"""

import json

import nimserver
from nimserver import callbacks
from nimserver.types import (
    CopyConversationMessagePayloadPicture,
    CopyConversationMessagePayloadText,
    HistoryMessage,
    HistoryMessageText,
    ImageBody,
    TextBody,
)


def texts(client: nimserver.NimClient) -> list[str]:
    answer = client.history.query_session_msg(from_="zhangsan", to="lisi", begintime=0, endtime=1, limit=10)
    found: list[str] = []
    for message in answer["msgs"]:
        if message["type"] == 0:
            body = message.get("body", "")  # a text message: its text, or {"msg": ...}
            found.append(body if isinstance(body, str) else body["msg"])
        elif message["type"] == 1:
            image = message.get("body")
            if isinstance(image, dict):
                found.append(image["url"])
                found.append(image["msg"])  # expect-error: an image body has no text
        elif message["type"] == 100:
            custom = message.get("body")
            if isinstance(custom, dict):
                found.append(str(custom["any key"]))  # a custom body is any object
    return found


def only_text(message: HistoryMessage) -> HistoryMessageText | None:
    if message["type"] == 0:
        return message
    return message  # expect-error: any other type is not a text message


def text_of(body: TextBody | ImageBody) -> str:
    return body["msg"]  # expect-error: an image body has no `msg`


def on_copy(event: callbacks.AnyEvent) -> str:
    if not isinstance(event, callbacks.CopyConversationMessage):
        return ""
    payload = event.payload
    if payload["msgType"] == "TEXT":
        text: CopyConversationMessagePayloadText = payload
        return text["body"]  # a text copy has its text in `body`
    if payload["msgType"] == "PICTURE":
        picture: CopyConversationMessagePayloadPicture = payload
        image: ImageBody = json.loads(picture["attach"])  # JSON text of the image's shape
        return image["url"]
    if payload["msgType"] == "PICTUR":  # expect-error: no such message type
        return ""
    wrong: CopyConversationMessagePayloadText = payload  # expect-error: not a text copy here
    return wrong["body"]
