# Copied from runtime/testing/_state.py by `python -m generator`; do not edit.
"""What the test double remembers: accounts, friends, teams, messages, chat rooms, subscriptions.

Each handler takes the checked values of one request and returns the body of
a successful answer (a v2 handler: its `data`, None for none), or raises
``RefusedError`` with the code the status table of the spec gives (417
duplicate, 414 bad parameter, 404 or 803 unknown ids, ...). v1 and v2 handlers
of the same things share one state, kept under the v1 names. Operations
without a handler answer with the spec's example.
"""

from __future__ import annotations

import json
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from ._checks import RefusedError

Values = dict[str, Any]
Body = dict[str, Any]

# Message types as numbers (the API) and as names (message copies).
MESSAGE_TYPE_NAMES = {0: "TEXT", 1: "PICTURE", 2: "AUDIO", 3: "VIDEO", 4: "LOCATION", 6: "FILE", 10: "TIPS"}
_PROFILE = ("name", "icon", "sign", "email", "birth", "mobile", "gender", "ex")
# The v2 profile card's keys and the v1 names the same account keeps them under.
_V2_PROFILE = {
    "name": "name",
    "avatar": "icon",
    "sign": "sign",
    "email": "email",
    "birthday": "birth",
    "mobile": "mobile",
    "gender": "gender",
    "extension": "ex",
}


# What a state file starts with, so that no other JSON file is read as one (or written over).
STATE_FORMAT = "nimserver-fake-state/1"
# Role numbers of v2 team members.
_ORDINARY, _OWNER, _MANAGER = 0, 1, 2
_ADVANCED_TEAM = 1
_DEFAULT_PAGE_SIZE = 100
# The v2 friend card's keys and the v1 names the same relation keeps them under.
_JOINED_TEAM_KEYS = frozenset(
    ("team_id", "owner_account_id", "name", "icon", "member_count", "members_limit", "create_time", "update_time")
) | {"configuration"}
_V2_FRIEND = {"extension": "ex", "customer_extension": "serverex"}
# The v2 team keys the fake keeps, and the Team attributes (the v1 names) they are kept under.
_V2_TEAM = {
    "name": "tname",
    "icon": "icon",
    "announcement": "announcement",
    "intro": "intro",
    "members_limit": "maxusers",
    "server_extension": "custom",
    "customer_extension": "customer_extension",
}


def _now_ms() -> int:
    return int(time.time() * 1000)


def _v2_card(account: Body) -> Body:
    return {v2: account[v1] for v2, v1 in _V2_PROFILE.items() if v1 in account}


def _v2_card_write(account: Body, card: Values) -> None:
    account.update({v1: card[v2] for v2, v1 in _V2_PROFILE.items() if v2 in card})


def _v2_chatroom_item(desc: Body) -> Body:
    """A kept chat room message as v2 lists it: a text message's `text`, or the `attachment` object."""
    item: Body = {
        "message_client_id": desc["msgid_client"],
        "sender_id": desc["fromAccount"],
        "create_time": int(desc["time"]),
        "message_type": int(desc["type"]),
    }
    content = desc.get("attach", "")
    if item["message_type"] == 0:
        item["text"] = content
    else:
        try:
            attachment = json.loads(content)
        except ValueError:
            attachment = None
        if isinstance(attachment, dict):
            item["attachment"] = attachment
    if "ext" in desc:
        item["extension"] = desc["ext"]
    return item


def page(items: list[Any], values: Values, items_key: str = "items") -> Body:
    """One page of a cursor listing: `limit` items from the position ``page_token`` names.

    The token is the index of the page's first item, as text; one the fake did not give is refused (414).
    """
    token = values.get("page_token") or "0"
    if not token.isdigit() or int(token) > len(items):
        raise RefusedError(414, f"page_token {token!r} is not a position this listing gave")
    start = int(token)
    end = start + int(values.get("limit") or _DEFAULT_PAGE_SIZE)
    more = end < len(items)
    return {items_key: items[start:end], "has_more": more, "next_token": str(end) if more else ""}


@dataclass
class Message:
    """A one-to-one or team message the fake accepted."""

    msgid: int
    from_: str
    to: str  # an account id, or a team id as text
    team: bool
    type: int
    body: Any
    sendtime: int
    msgidclient: str
    ext: str | None = None

    def history_item(self) -> Body:
        body = self.body.get("msg") if self.type in (0, 10) and isinstance(self.body, dict) else self.body
        item: Body = {
            "from": self.from_,
            "msgid": self.msgid,
            "msgidclient": self.msgidclient,
            "sendtime": self.sendtime,
            "type": self.type,
            "fromclienttype": 0,
            "body": body,
        }
        if self.ext is not None:
            item["ext"] = self.ext
        return item

    def is_in(self, owner: str, other: str, team: bool) -> bool:
        """Whether the message belongs to the conversation of `owner` with `other` (an account, or a team)."""
        if team:
            return self.team and self.to == other
        return not self.team and {self.from_, self.to} == {owner, other}

    def v2_item(self, conversation_id: str) -> Body:
        item: Body = {
            "message_server_id": self.msgid,
            "message_client_id": self.msgidclient,
            "sender_id": self.from_,
            "conversation_type": int(conversation_id.split("|")[1]),
            "receiver_id": self.to,
            "create_time": self.sendtime,
            "message_type": self.type,
        }
        if self.type in (0, 10) and isinstance(self.body, dict):
            item["text"] = self.body.get("msg", "")
        else:
            item["attachment"] = self.body
        return item


@dataclass
class Notification:
    """A custom system notification the fake accepted: copied, never kept in the history."""

    from_: str
    to: str  # an account id, or a team id as text
    team: bool
    attach: str
    sendtime: int
    saved: bool  # kept for receivers who are offline (save=2)
    push_text: str | None = None


@dataclass
class Team:
    tid: int
    tname: str
    owner: str
    members: list[str]  # the owner first
    admins: list[str] = field(default_factory=list)
    announcement: str = ""
    intro: str = ""
    icon: str = ""
    custom: str = ""
    joinmode: int = 0
    maxusers: int = 200
    createtime: int = field(default_factory=_now_ms)
    updatetime: int = field(default_factory=_now_ms)
    team_type: int = _ADVANCED_TEAM  # v2's number: 1 an advanced team, 2 a super team
    customer_extension: str = ""  # v2 only; v1's `custom` is v2's server_extension
    configuration: Body = field(default_factory=dict)  # v2 settings other than join_mode
    joined: dict[str, int] = field(default_factory=dict)  # account -> when it joined

    def add_members(self, accids: list[str]) -> None:
        now = _now_ms()
        for accid in accids:
            if accid not in self.members:
                self.members.append(accid)
                self.joined[accid] = now
        self.updatetime = now

    def remove_member(self, accid: str) -> None:
        self.members.remove(accid)
        self.joined.pop(accid, None)
        if accid in self.admins:
            self.admins.remove(accid)
        self.updatetime = _now_ms()

    def info(self, with_members: bool) -> Body:
        info: Body = {
            "tid": self.tid,
            "tname": self.tname,
            "icon": self.icon,
            "owner": self.owner,
            "maxusers": self.maxusers,
            "size": len(self.members),
            "announcement": self.announcement,
            "intro": self.intro,
            "joinmode": self.joinmode,
            "custom": self.custom,
            "createtime": self.createtime,
            "updatetime": self.updatetime,
        }
        if with_members:
            info["admins"] = list(self.admins)
            info["members"] = [m for m in self.members if m != self.owner and m not in self.admins]
        return info

    def member_card(self, accid: str) -> Body:
        joined = self.joined.get(accid, self.createtime)
        return {"accid": accid, "nick": "", "mute": False, "createtime": joined, "updatetime": self.updatetime}

    def v2_info(self) -> Body:
        return {
            "team_type": self.team_type,
            "team_id": self.tid,
            "owner_account_id": self.owner,
            "member_count": len(self.members),
            "name": self.tname,
            "icon": self.icon,
            "announcement": self.announcement,
            "intro": self.intro,
            "members_limit": self.maxusers,
            "server_extension": self.custom,
            "customer_extension": self.customer_extension,
            "create_time": self.createtime,
            "update_time": self.updatetime,
            "configuration": {"join_mode": self.joinmode, **self.configuration},
        }

    def role(self, accid: str) -> int:
        return _OWNER if accid == self.owner else _MANAGER if accid in self.admins else _ORDINARY

    def v2_member(self, accid: str) -> Body:
        joined = self.joined.get(accid, self.createtime)
        return {
            "team_id": self.tid,
            "account_id": accid,
            "member_role": self.role(accid),
            "team_nick": "",
            "chat_banned": False,
            "join_time": joined,
            "update_time": joined,
        }


class World:
    """The state of one fake app; ``to_json`` and ``from_json`` carry it between processes."""

    def __init__(self) -> None:
        self.accounts: dict[str, Body] = {}
        self.friends: dict[str, dict[str, Body]] = {}  # accid -> faccid -> relation
        self.teams: dict[int, Team] = {}
        self.messages: list[Message] = []
        self.chatrooms: dict[int, Body] = {}
        self.chatroom_messages: dict[int, list[Body]] = {}
        self.subscriptions: dict[tuple[str, int], dict[str, Body]] = {}
        self.next_ids = {"team": 6273881893, "message": 7295843921, "room": 36001234}
        # What the last request made that the app gets a copy of; the fake takes it after each answer.
        self.outbox: list[Message | Notification] = []
        self.handlers: dict[str, Callable[[Values], Body]] = {
            "user/create.action": self.user_create,
            "user/getUinfos.action": self.user_get_uinfos,
            "user/update.action": self.user_update,
            "user/updateUinfo.action": self.user_update_uinfo,
            "user/refreshToken.action": self.user_refresh_token,
            "user/block.action": lambda v: self._set(v, "valid", False),
            "user/unblock.action": lambda v: self._set(v, "valid", True),
            "user/mute.action": lambda v: self._set(v, "mute", v["mute"]),
            "friend/add.action": self.friend_add,
            "friend/update.action": self.friend_update,
            "friend/delete.action": self.friend_delete,
            "friend/get.action": self.friend_get,
            "friend/getByAccid.action": self.friend_get_by_accid,
            "team/create.action": self.team_create,
            "team/add.action": self.team_add,
            "team/kick.action": self.team_kick,
            "team/leave.action": self.team_leave,
            "team/remove.action": self.team_remove,
            "team/update.action": self.team_update,
            "team/query.action": self.team_query,
            "team/queryDetail.action": self.team_query_detail,
            "team/joinTeams.action": self.team_join_teams,
            "msg/sendMsg.action": self.msg_send,
            "msg/sendBatchMsg.action": self.msg_send_batch,
            "msg/recall.action": self.msg_recall,
            "msg/sendAttachMsg.action": self.msg_send_attach,
            "msg/sendBatchAttachMsg.action": self.msg_send_batch_attach,
            "history/querySessionMsg.action": self.history_session,
            "history/queryTeamMsg.action": self.history_team,
            "chatroom/create.action": self.chatroom_create,
            "chatroom/get.action": self.chatroom_get,
            "chatroom/update.action": self.chatroom_update,
            "chatroom/toggleCloseStat.action": self.chatroom_toggle_close_stat,
            "chatroom/sendMsg.action": self.chatroom_send,
            "history/queryChatroomMsg.action": self.history_chatroom,
            "event/subscribe/add.action": self.subscribe_add,
            "event/subscribe/query.action": self.subscribe_query,
            "event/subscribe/delete.action": self.subscribe_delete,
            "event/subscribe/batchdel.action": self.subscribe_batchdel,
        }
        # v2 operations (keyed by verb and path template) take the checked values and return `data`.
        self.rest_handlers: dict[str, Callable[[Values], Any]] = {
            "POST im/v2/accounts": self.v2_create_account,
            "GET im/v2/accounts": self.v2_batch_query_accounts,
            "GET im/v2/accounts/{account_id}": lambda v: self.v2_account_info(self.account(v["account_id"])),
            "PATCH im/v2/accounts/{account_id}": self.v2_update_account,
            "PATCH im/v2/accounts/{account_id}/actions/refresh_token": self.v2_refresh_token,
            "GET im/v2/users/{account_id}": lambda v: self.v2_user(self.account(v["account_id"])),
            "PATCH im/v2/users/{account_id}": self.v2_update_user,
            "POST im/v2.1/friends": self.v2_add_friend,
            "POST im/v2.1/friends/actions/handle_friend_addition": self.v2_handle_friend_addition,
            "GET im/v2.1/friends": self.v2_list_friends,
            "GET im/v2.1/friends/{account_id}": lambda v: self._v2_friend(self._relation(v, "friend_account_id")),
            "PATCH im/v2.1/friends/{account_id}": self.v2_update_friend,
            "DELETE im/v2/friends/{account_id}": self.v2_delete_friend,
            "POST im/v2.1/teams": self.v2_create_team,
            "GET im/v2.1/teams": self.v2_batch_query_teams,
            "GET im/v2.1/teams/{team_id}": lambda v: {"team_info": self.v2_team(v).v2_info()},
            "PATCH im/v2.1/teams/{team_id}": self.v2_update_team,
            "DELETE im/v2.1/teams/{team_id}": self.v2_disband_team,
            "GET im/v2.1/teams/{team_id}/actions/list_members": self.v2_list_team_members,
            "POST im/v2/team_members": self.v2_invite_team_members,
            "DELETE im/v2/team_members/actions/kick_member": self.v2_kick_team_members,
            "DELETE im/v2/team_members/actions/leave": self.v2_leave_team,
            "GET im/v2.1/team_members/{account_id}/actions/joined_teams": self.v2_joined_teams,
            "POST im/v2/teams/{team_id}/actions/add_manager": lambda v: self.v2_managers(v, add=True),
            "DELETE im/v2/teams/{team_id}/actions/remove_manager": lambda v: self.v2_managers(v, add=False),
            "PATCH im/v2/teams/{team_id}/actions/transfer_owner": self.v2_transfer_owner,
            "POST im/v2/conversations/{conversation_id}/messages": self.v2_send_message,
            "GET im/v2.1/conversations/{conversation_id}/messages": self.v2_query_messages,
            "GET im/v2.1/conversations/{conversation_id}/messages/{message_server_id}": lambda v: self._v2_message(
                v
            ).v2_item(v["conversation_id"]),
            "DELETE im/v2/conversations/{conversation_id}/messages/{message_server_id}": self.v2_withdraw_message,
            "POST im/v2/chatrooms/{room_id}/messages": self.v2_send_chatroom_message,
            "GET im/v2.1/chatrooms/{room_id}/messages": self.v2_query_chatroom_messages,
        }

    def _next_id(self, kind: str) -> int:
        given = self.next_ids[kind]
        self.next_ids[kind] = given + 1
        return given

    # The state as JSON, so that a process can hand it to the next one (``nimserver --fake-state``).
    def to_json(self) -> str:
        state = {
            "format": STATE_FORMAT,
            "accounts": self.accounts,
            "friends": self.friends,
            "teams": [asdict(team) for team in self.teams.values()],
            "messages": [asdict(message) for message in self.messages],
            "chatrooms": list(self.chatrooms.values()),
            "chatroom_messages": {str(roomid): msgs for roomid, msgs in self.chatroom_messages.items()},
            "subscriptions": [
                {"accid": accid, "eventType": event_type, "publishers": publishers}
                for (accid, event_type), publishers in self.subscriptions.items()
            ],
            "next_ids": self.next_ids,
        }
        return json.dumps(state, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> World:
        """The world `text` holds; ValueError when it is not a state ``to_json`` wrote."""
        try:
            state = json.loads(text)
        except ValueError as error:
            raise ValueError(f"not a fake state (not JSON: {error})") from None
        if not isinstance(state, dict) or state.get("format") != STATE_FORMAT:
            raise ValueError(f'not a fake state (no "format": "{STATE_FORMAT}")')
        world = cls()
        try:
            world.accounts = dict(state["accounts"])
            world.friends = dict(state["friends"])
            world.teams = {team["tid"]: Team(**team) for team in state["teams"]}
            world.messages = [Message(**message) for message in state["messages"]]
            world.chatrooms = {room["roomid"]: room for room in state["chatrooms"]}
            world.chatroom_messages = {int(roomid): msgs for roomid, msgs in state["chatroom_messages"].items()}
            world.subscriptions = {
                (entry["accid"], entry["eventType"]): entry["publishers"] for entry in state["subscriptions"]
            }
            world.next_ids.update(state["next_ids"])
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"a damaged fake state: {type(error).__name__}: {error}") from None
        return world

    # Accounts.
    def account(self, accid: str) -> Body:
        found = self.accounts.get(accid.lower())
        if found is None:
            raise RefusedError(414, f"account {accid} does not exist")
        return found

    def user_create(self, values: Values) -> Body:
        accid = values["accid"].lower()
        if accid in self.accounts:
            raise RefusedError(417, f"account {accid} already exists")
        token = values.get("token") or secrets.token_hex(16)
        account: Body = {"accid": accid, "token": token, "valid": True, "mute": False}
        account.update({key: values[key] for key in (*_PROFILE, "props") if key in values})
        self.accounts[accid] = account
        info = {"accid": accid, "token": token}
        if "name" in values:
            info["name"] = values["name"]
        return {"code": 200, "info": info}

    def user_get_uinfos(self, values: Values) -> Body:
        cards = []
        for accid in values["accids"]:
            account = self.accounts.get(str(accid).lower())
            if account is not None:
                card = {key: account[key] for key in ("accid", *_PROFILE, "valid") if key in account}
                if values.get("muteStatus"):
                    card["mute"] = account["mute"]
                cards.append(card)
        return {"code": 200, "uinfos": cards}

    def user_update(self, values: Values) -> Body:
        account = self.account(values["accid"])
        account.update({key: values[key] for key in ("props", "token") if key in values})
        return {"code": 200}

    def user_update_uinfo(self, values: Values) -> Body:
        self.account(values["accid"]).update({key: values[key] for key in _PROFILE if key in values})
        return {"code": 200}

    def user_refresh_token(self, values: Values) -> Body:
        account = self.account(values["accid"])
        account["token"] = secrets.token_hex(16)
        return {"code": 200, "info": {"accid": account["accid"], "token": account["token"]}}

    # Accounts through v2: the same accounts, read and written with the v2 names.
    @staticmethod
    def v2_account_info(account: Body, token: bool = False) -> Body:
        info: Body = {"account_id": account["accid"]}
        if token:
            info["token"] = account["token"]
        info["configuration"] = {"enabled": account["valid"], **account.get("configuration", {})}
        card = _v2_card(account)
        if card:
            info["user_information"] = card
        return info

    def _v2_write(self, account: Body, values: Values) -> None:
        if "token" in values:
            account["token"] = values["token"]
        configuration = dict(values.get("configuration") or {})
        if "enabled" in configuration:
            account["valid"] = configuration.pop("enabled")
        account.setdefault("configuration", {}).update(configuration)
        _v2_card_write(account, values.get("user_information") or {})

    @staticmethod
    def v2_user(account: Body) -> Body:
        """The v2 profile card of an account (what the v2 users module reads and writes)."""
        return {"account_id": account["accid"], **_v2_card(account)}

    def v2_update_user(self, values: Values) -> Body:
        account = self.account(values["account_id"])
        _v2_card_write(account, values)
        return self.v2_user(account)

    def v2_create_account(self, values: Values) -> Body:
        accid = values["account_id"].lower()
        if accid in self.accounts:
            raise RefusedError(414, f"account {accid} already exists")
        account: Body = {"accid": accid, "token": values.get("token") or secrets.token_hex(16), "valid": True}
        account["mute"] = False
        self._v2_write(account, {key: value for key, value in values.items() if key != "token"})
        self.accounts[accid] = account
        return self.v2_account_info(account, token=True)

    def v2_batch_query_accounts(self, values: Values) -> Body:
        found, failed = [], []
        for accid in values["account_ids"]:
            account = self.accounts.get(str(accid).lower())
            if account is None:
                failed.append({"account_id": accid, "error_code": 404, "error_msg": "account not exist"})
            else:
                found.append(self.v2_account_info(account))
        return {"success_list": found, "failed_list": failed}

    def v2_update_account(self, values: Values) -> Body:
        account = self.account(values["account_id"])
        self._v2_write(account, values)
        return self.v2_account_info(account, token="token" in values)

    def v2_refresh_token(self, values: Values) -> Body:
        account = self.account(values["account_id"])
        account["token"] = secrets.token_hex(16)
        return {"account_id": account["accid"], "token": account["token"]}

    def _set(self, values: Values, key: str, value: Any) -> Body:
        self.account(values["accid"])[key] = value
        return {"code": 200}

    # Friends.
    def _befriend(self, accid: str, faccid: str) -> Body:
        """Make two accounts friends both ways; returns `accid`'s relation to `faccid`."""
        accid, faccid = self.account(accid)["accid"], self.account(faccid)["accid"]
        now = _now_ms()
        for one, other in ((accid, faccid), (faccid, accid)):
            relation = self.friends.setdefault(one, {}).setdefault(other, {"faccid": other, "createtime": now})
            relation.update(bidirection=True, updatetime=now)
        return self.friends[accid][faccid]

    def friend_add(self, values: Values) -> Body:
        accid, faccid = self.account(values["accid"])["accid"], self.account(values["faccid"])["accid"]
        if values["type"] in (1, 3):  # added directly, or a request accepted: friends both ways
            self._befriend(accid, faccid)
        return {"code": 200}

    def _relation(self, values: Values, friend_key: str = "faccid") -> Body:
        accid_key = "accid" if friend_key == "faccid" else "account_id"
        relation = self.friends.get(values[accid_key].lower(), {}).get(values[friend_key].lower())
        if relation is None:
            raise RefusedError(404, f"{values[friend_key]} is not a friend of {values[accid_key]}")
        return relation

    def _unfriend(self, accid: str, faccid: str) -> None:
        del self.friends[accid][faccid]
        self.friends.get(faccid, {}).pop(accid, None)

    def friend_update(self, values: Values) -> Body:
        relation = self._relation(values)
        relation.update({key: values[key] for key in ("alias", "ex", "serverex") if key in values})
        relation["updatetime"] = _now_ms()
        return {"code": 200}

    def friend_delete(self, values: Values) -> Body:
        self._relation(values)
        self._unfriend(values["accid"].lower(), values["faccid"].lower())
        return {"code": 200}

    def friend_get(self, values: Values) -> Body:
        self.account(values["accid"])
        since = values.get("updatetime", 0)
        relations = self.friends.get(values["accid"].lower(), {}).values()
        return {"code": 200, "friends": [dict(r) for r in relations if r.get("updatetime", 0) >= since]}

    def friend_get_by_accid(self, values: Values) -> Body:
        return {"code": 200, "friend": dict(self._relation(values))}

    # Friends through v2: the same relations, with the v2 names.
    @staticmethod
    def _v2_friend(relation: Body, times: bool = False) -> Body:
        friend: Body = {"friend_account_id": relation["faccid"], "alias": relation.get("alias", "")}
        friend.update({v2: relation[v1] for v2, v1 in _V2_FRIEND.items() if v1 in relation})
        if times:
            friend.update(create_time=relation["createtime"], update_time=relation["updatetime"])
        return friend

    @staticmethod
    def _v2_friend_write(relation: Body, values: Values) -> None:
        relation.update({v1: values[v2] for v2, v1 in (("alias", "alias"), *_V2_FRIEND.items()) if v2 in values})
        relation["updatetime"] = _now_ms()

    def v2_add_friend(self, values: Values) -> Body:
        if values.get("type") == 2:  # a request: nothing changes until it is accepted
            return {"friend_account_id": self._pair(values)[1]}
        return self.v2_handle_friend_addition({**values, "type": 3})

    def v2_handle_friend_addition(self, values: Values) -> Body:
        if values.get("type", 3) == 4:  # declined
            return {"friend_account_id": self._pair(values)[1]}
        relation = self._befriend(values["account_id"], values["friend_account_id"])
        self._v2_friend_write(relation, values)
        return self._v2_friend(relation)

    def _pair(self, values: Values) -> tuple[str, str]:
        return self.account(values["account_id"])["accid"], self.account(values["friend_account_id"])["accid"]

    def v2_update_friend(self, values: Values) -> Body:
        relation = self._relation(values, "friend_account_id")
        self._v2_friend_write(relation, values)
        return self._v2_friend(relation)

    def v2_delete_friend(self, values: Values) -> None:
        self._relation(values, "friend_account_id")
        self._unfriend(values["account_id"].lower(), values["friend_account_id"].lower())

    def v2_list_friends(self, values: Values) -> Body:
        self.account(values["account_id"])
        relations = sorted(self.friends.get(values["account_id"].lower(), {}).values(), key=lambda r: r["faccid"])
        listing = page([self._v2_friend(r, times=True) for r in relations], values)
        listing["total"] = len(relations)
        return listing

    # Teams.
    def team(self, tid: Any, team_type: int = _ADVANCED_TEAM) -> Team:
        found = self.teams.get(int(tid))
        if found is None:
            raise RefusedError(803, f"team {tid} does not exist")
        if found.team_type != team_type:
            raise RefusedError(805, f"team {tid} is of type {found.team_type}, not {team_type}")
        return found

    def _owned(self, values: Values) -> Team:
        team = self.team(values["tid"])
        if values["owner"].lower() != team.owner:
            raise RefusedError(802, f"{values['owner']} is not the owner of team {team.tid}")
        return team

    def _new_team(self, owner: str, name: str, invited: list[str], team_type: int = _ADVANCED_TEAM) -> Team:
        owner = self.account(owner)["accid"]
        members = [self.account(accid)["accid"] for accid in invited]
        team = Team(self._next_id("team"), name, owner, [owner], team_type=team_type)
        team.joined[owner] = team.createtime
        team.add_members(members)
        team.updatetime = team.createtime
        self.teams[team.tid] = team
        return team

    def team_create(self, values: Values) -> Body:
        team = self._new_team(values["owner"], values["tname"], values["members"])
        for key in ("announcement", "intro", "icon", "custom", "joinmode"):
            if key in values:
                setattr(team, key, values[key])
        return {"code": 200, "tid": str(team.tid)}

    def _invite(self, team: Team, invited: list[str]) -> None:
        new = [self.account(accid)["accid"] for accid in invited]
        if len(set(team.members) | set(new)) > team.maxusers:
            raise RefusedError(801, f"team {team.tid} would have more than {team.maxusers} members")
        team.add_members(new)

    def team_add(self, values: Values) -> Body:
        self._invite(self._owned(values), values["members"])
        return {"code": 200}

    def _kick(self, team: Team, kicked: list[str]) -> list[str]:
        accids = [accid.lower() for accid in kicked]
        for accid in accids:
            if accid not in team.members or accid == team.owner:
                raise RefusedError(804, f"{accid} is not a member of team {team.tid}")
        for accid in dict.fromkeys(accids):
            team.remove_member(accid)
        return list(dict.fromkeys(accids))

    def team_kick(self, values: Values) -> Body:
        team = self._owned(values)
        kicked = [values["member"]] if "member" in values else list(values.get("members") or [])
        if not kicked:
            raise RefusedError(414, "member or members is required")
        self._kick(team, kicked)
        return {"code": 200}

    def _leave(self, team: Team, accid: str) -> None:
        if accid not in team.members:
            raise RefusedError(804, f"{accid} is not a member of team {team.tid}")
        if accid == team.owner:
            raise RefusedError(802, "the owner cannot leave the team; change the owner or remove the team")
        team.remove_member(accid)

    def team_leave(self, values: Values) -> Body:
        self._leave(self.team(values["tid"]), values["accid"].lower())
        return {"code": 200}

    def team_remove(self, values: Values) -> Body:
        del self.teams[self._owned(values).tid]
        return {"code": 200}

    def team_update(self, values: Values) -> Body:
        team = self._owned(values)
        for key in ("tname", "announcement", "intro", "icon", "custom", "joinmode"):
            if key in values:
                setattr(team, key, values[key])
        if "teamMemberLimit" in values:
            team.maxusers = values["teamMemberLimit"]
        team.updatetime = _now_ms()
        return {"code": 200}

    def team_query(self, values: Values) -> Body:
        infos = []
        for tid in values["tids"]:
            team = self.teams.get(int(tid))
            if team is None or team.team_type != _ADVANCED_TEAM:
                if values.get("ignoreInvalid"):
                    continue
                raise RefusedError(803, f"team {tid} does not exist")
            infos.append(team.info(with_members=values["ope"] == 1))
        return {"code": 200, "tinfos": infos}

    def team_query_detail(self, values: Values) -> Body:
        team = self.team(values["tid"])
        info = team.info(with_members=False)
        info["owner"] = team.member_card(team.owner)
        info["admins"] = [team.member_card(accid) for accid in team.admins]
        others = [accid for accid in team.members if accid != team.owner and accid not in team.admins]
        info["members"] = [team.member_card(accid) for accid in others]
        return {"code": 200, "tinfo": info}

    def _joined(self, accid: str, team_type: int = _ADVANCED_TEAM) -> list[Team]:
        accid = self.account(accid)["accid"]
        return [team for team in self.teams.values() if accid in team.members and team.team_type == team_type]

    def team_join_teams(self, values: Values) -> Body:
        joined = self._joined(values["accid"])
        keys = ("tid", "tname", "owner", "maxusers", "size", "custom")
        return {"code": 200, "count": len(joined), "infos": [{k: t.info(False)[k] for k in keys} for t in joined]}

    # Teams through v2: the same teams (team_type 1, advanced; 2, super teams only v2 sees), with the v2 names.
    def v2_team(self, values: Values) -> Team:
        return self.team(values["team_id"], values["team_type"])

    def _v2_operated(self, values: Values) -> Team:
        """The team of a v2 change, which its owner or a manager makes (802 for anyone else)."""
        team = self.v2_team(values)
        operator = values["operator_id"].lower()
        if team.role(operator) == _ORDINARY:
            raise RefusedError(802, f"{operator} is neither the owner nor a manager of team {team.tid}")
        return team

    @staticmethod
    def _v2_team_write(team: Team, values: Values) -> None:
        for v2, attribute in _V2_TEAM.items():
            if v2 in values:
                setattr(team, attribute, values[v2])
        configuration = dict(values.get("configuration") or {})
        if "join_mode" in configuration:
            team.joinmode = configuration.pop("join_mode")
        team.configuration.update(configuration)
        team.updatetime = _now_ms()

    def v2_create_team(self, values: Values) -> Body:
        team = self._new_team(
            values["owner_account_id"], values["name"], values.get("invite_account_ids") or [], values["team_type"]
        )
        self._v2_team_write(team, values)
        team.updatetime = team.createtime
        return {"team_info": team.v2_info(), "failed_list": []}

    def v2_batch_query_teams(self, values: Values) -> Body:
        found = [self.teams.get(tid) for tid in values["team_ids"]]
        return {
            "team_info_list": [t.v2_info() for t in found if t is not None and t.team_type == values["team_type"]],
            "invalid_tids": [tid for tid, t in zip(values["team_ids"], found, strict=True) if t is None],
        }

    def v2_update_team(self, values: Values) -> Body:
        team = self._v2_operated(values)
        self._v2_team_write(team, values)
        return {"team_info": team.v2_info()}

    def v2_disband_team(self, values: Values) -> None:
        team = self.v2_team(values)
        if values["operator_id"].lower() != team.owner:
            raise RefusedError(802, f"{values['operator_id']} is not the owner of team {team.tid}")
        del self.teams[team.tid]

    def v2_list_team_members(self, values: Values) -> Body:
        team = self.v2_team(values)
        wanted = values.get("member_type", 0)
        members = [accid for accid in team.members if wanted == 0 or (team.role(accid) == _ORDINARY) == (wanted == 2)]
        members.sort(key=lambda accid: (team.joined.get(accid, 0), team.members.index(accid)))
        if values.get("chat_banned_type") == 1:  # the fake bans no one
            members = []
        if values.get("descending"):
            members.reverse()
        return page([team.v2_member(accid) for accid in members], values)

    def v2_invite_team_members(self, values: Values) -> Body:
        team = self._v2_operated(values)
        self._invite(team, values["invite_account_ids"])
        return {"success_list": [accid.lower() for accid in values["invite_account_ids"]], "failed_list": []}

    def v2_kick_team_members(self, values: Values) -> Body:
        team = self._v2_operated(values)
        return {"success_list": self._kick(team, values["kick_account_ids"]), "failed_list": []}

    def v2_leave_team(self, values: Values) -> None:
        self._leave(self.v2_team(values), values["account_id"].lower())

    def v2_managers(self, values: Values, add: bool) -> None:
        """Managers are named and unnamed by the owner; each must be an ordinary member (804 otherwise)."""
        team = self.v2_team(values)
        if values["operator_id"].lower() != team.owner:
            raise RefusedError(802, f"{values['operator_id']} is not the owner of team {team.tid}")
        accids = [accid.lower() for accid in values["managers"]]
        wanted_role = _ORDINARY if add else _MANAGER
        for accid in accids:
            if accid not in team.members or team.role(accid) != wanted_role:
                role = "an ordinary member" if add else "a manager"
                raise RefusedError(804, f"{accid} is not {role} of team {team.tid}")
        if add:
            team.admins.extend(accid for accid in dict.fromkeys(accids))
        else:
            team.admins[:] = [accid for accid in team.admins if accid not in accids]
        team.updatetime = _now_ms()

    def v2_transfer_owner(self, values: Values) -> None:
        team = self.v2_team(values)
        new_owner = values["new_owner_account_id"].lower()
        if new_owner not in team.members or new_owner == team.owner:
            raise RefusedError(804, f"{new_owner} is not a member of team {team.tid} other than its owner")
        old_owner, team.owner = team.owner, new_owner
        if new_owner in team.admins:
            team.admins.remove(new_owner)
        team.members.remove(new_owner)
        team.members.insert(0, new_owner)  # the owner first
        if values["leave"] == 1:
            team.remove_member(old_owner)
        team.updatetime = _now_ms()

    def v2_joined_teams(self, values: Values) -> Body:
        accid = values["account_id"].lower()
        infos = []
        for team in sorted(self._joined(accid, values["team_type"]), key=lambda t: t.tid):
            # The spec's joined-team entry (V2JoinedTeamInfo) is shorter than a team's whole v2 info.
            info = {key: value for key, value in team.v2_info().items() if key in _JOINED_TEAM_KEYS}
            if values.get("need_return_member_info") == 1:
                info["member_info"] = {k: v for k, v in team.v2_member(accid).items() if k != "team_id"}
            infos.append(info)
        return page(infos, values, "team_info_list")

    # Messages.
    def _message(self, sender: str, to: str, team: bool, values: Values, client_id: str | None = None) -> Message:
        message = Message(
            self._next_id("message"),
            sender,
            to,
            team,
            values["type"],
            values["body"],
            _now_ms(),
            client_id or uuid.uuid4().hex,
            values.get("ext"),
        )
        self.messages.append(message)
        self.outbox.append(message)
        return message

    def _team_sender(self, sender: str, tid: Any, team_type: int = _ADVANCED_TEAM) -> str:
        team = self.team(tid, team_type)
        if sender not in team.members:
            raise RefusedError(804, f"{sender} is not a member of team {team.tid}")
        return str(team.tid)

    def msg_send(self, values: Values) -> Body:
        sender = self.account(values["from"])["accid"]
        if values["ope"] == 1:
            message = self._message(sender, self._team_sender(sender, values["to"]), True, values)
        else:
            message = self._message(sender, self.account(values["to"])["accid"], False, values)
        return {"code": 200, "data": {"msgid": message.msgid, "timetag": message.sendtime, "antispam": False}}

    def msg_recall(self, values: Values) -> Body:
        """Recall for both sides: the message leaves the history. Type 7 recalls only a
        one-to-one message, 8 only a team message; the sender and receiver must be the message's."""
        msgid = values["deleteMsgid"]
        message = next((m for m in self.messages if m.msgid == msgid), None)
        if message is None:
            raise RefusedError(404, f"message {msgid} does not exist")
        team_recall = values["type"] == 8
        if message.team != team_recall:
            kind = "a team" if message.team else "a one-to-one"
            raise RefusedError(414, f"type {values['type']} cannot recall message {msgid}: it is {kind} message")
        if values["from"].lower() != message.from_ or str(values["to"]).lower() != message.to:
            raise RefusedError(414, f"message {msgid} was not sent from {values['from']} to {values['to']}")
        self.messages.remove(message)
        return {"code": 200}

    def _notify(self, sender: str, to: str, team: bool, values: Values) -> None:
        """A custom system notification: copied (unless ``option.route`` is false), never kept."""
        if (values.get("option") or {}).get("route", True):
            saved = values.get("save", 2) == 2
            notification = Notification(sender, to, team, values["attach"], _now_ms(), saved, values.get("pushcontent"))
            self.outbox.append(notification)

    def msg_send_attach(self, values: Values) -> Body:
        sender = self.account(values["from"])["accid"]
        team = values["msgtype"] == 1
        to = self._team_sender(sender, values["to"]) if team else self.account(str(values["to"]))["accid"]
        self._notify(sender, to, team, values)
        return {"code": 200}

    def msg_send_batch_attach(self, values: Values) -> Body:
        sender = self.account(values["fromAccid"])["accid"]
        unregistered = []
        for accid in values["toAccids"]:
            receiver = self.accounts.get(str(accid).lower())
            if receiver is None:
                unregistered.append(accid)
            else:
                self._notify(sender, receiver["accid"], False, values)
        return {"code": 200, "unregister": unregistered}

    def msg_send_batch(self, values: Values) -> Body:
        sender = self.account(values["fromAccid"])["accid"]
        unregistered, msgids, timetag = [], {}, _now_ms()
        for accid in values["toAccids"]:
            receiver = self.accounts.get(str(accid).lower())
            if receiver is None:
                unregistered.append(accid)
                continue
            message = self._message(sender, receiver["accid"], False, values)
            msgids[receiver["accid"]] = message.msgid
            timetag = message.sendtime
        body: Body = {"code": 200, "unregister": unregistered, "timetag": timetag}
        if values.get("returnMsgid"):
            body["msgids"] = msgids
        return body

    def _history(self, found: list[Message], values: Values) -> Body:
        begin, end = values["begintime"], values["endtime"]
        types = {int(t) for t in str(values["type"]).split(",") if t.strip()} if values.get("type") else None
        picked = [m for m in found if begin <= m.sendtime <= end and (types is None or m.type in types)]
        picked.sort(key=lambda m: (m.sendtime, m.msgid), reverse=values.get("reverse", 1) == 2)
        msgs = [m.history_item() for m in picked[: values["limit"]]]
        return {"code": 200, "size": len(msgs), "msgs": msgs}

    def history_session(self, values: Values) -> Body:
        between = (values["from"].lower(), values["to"].lower(), False)
        return self._history([m for m in self.messages if m.is_in(*between)], values)

    def history_team(self, values: Values) -> Body:
        team = self.team(values["tid"])
        return self._history([m for m in self.messages if m.is_in("", str(team.tid), True)], values)

    # Messages through v2: the same one-to-one and team messages, in conversations "<sender>|<type>|<receiver>".
    def _conversation(self, conversation_id: str) -> tuple[str, str, bool]:
        """The owner, the other side (an account id, or a team id as text) and whether it is a team."""
        owner, kind, other = conversation_id.split("|")
        owner = self.account(owner)["accid"]
        if kind == "1":
            return owner, self.account(other)["accid"], False
        if not other.isdigit():
            raise RefusedError(414, f"conversation {conversation_id}: {other!r} is not a team id")
        return owner, self._team_sender(owner, other, _ADVANCED_TEAM if kind == "2" else 2), True

    def v2_send_message(self, values: Values) -> Body:
        sender, to, team = self._conversation(values["conversation_id"])
        sent = values["message"]
        message_type = sent["message_type"]
        body = {"msg": sent.get("text", "")} if message_type in (0, 10) else sent.get("attachment", {})
        message = self._message(sender, to, team, {"type": message_type, "body": body}, sent.get("message_client_id"))
        return message.v2_item(values["conversation_id"])

    def _v2_message(self, values: Values) -> Message:
        """The message a v2 path names; 404 when it is not in that conversation."""
        conversation = self._conversation(values["conversation_id"])
        for message in self.messages:
            if message.msgid == values["message_server_id"] and message.is_in(*conversation):
                return message
        raise RefusedError(404, f"message {values['message_server_id']} is not in {values['conversation_id']}")

    def v2_withdraw_message(self, values: Values) -> None:
        """A two-sided recall (2) or silent delete (3) takes the message out of the history; a one-sided
        recall (1) leaves it there, since the fake keeps one history for both sides."""
        message = self._v2_message(values)
        if values["type"] != 1:
            self.messages.remove(message)

    def v2_query_messages(self, values: Values) -> Body:
        conversation = self._conversation(values["conversation_id"])
        begin, end = values["begin_time"], values["end_time"]
        types = set(values.get("message_type") or [])
        in_conversation = [
            m
            for m in self.messages
            if m.is_in(*conversation) and begin <= m.sendtime <= end and (not types or m.type in types)
        ]
        in_conversation.sort(key=lambda m: (m.sendtime, m.msgid), reverse=bool(values.get("descending")))
        return page([m.v2_item(values["conversation_id"]) for m in in_conversation], values)

    # Chat rooms.
    def chatroom(self, roomid: Any) -> Body:
        room = self.chatrooms.get(int(roomid))
        if room is None:
            raise RefusedError(404, f"chat room {roomid} does not exist")
        return room

    def chatroom_create(self, values: Values) -> Body:
        creator = self.account(values["creator"])["accid"]
        roomid = self._next_id("room")
        room: Body = {"roomid": roomid, "valid": True, "muted": False, "name": values["name"], "creator": creator}
        room.update(
            {key: values[key] for key in ("announcement", "broadcasturl", "ext", "queuelevel") if key in values}
        )
        self.chatrooms[roomid] = room
        self.chatroom_messages[roomid] = []
        return {"code": 200, "chatroom": dict(room)}

    def chatroom_get(self, values: Values) -> Body:
        room = dict(self.chatroom(values["roomid"]))
        if values.get("needOnlineUserCount"):
            room["onlineusercount"] = 0
        return {"code": 200, "chatroom": room}

    def chatroom_update(self, values: Values) -> Body:
        room = self.chatroom(values["roomid"])
        room.update({key: values[key] for key in ("name", "announcement", "broadcasturl", "ext") if key in values})
        return {"code": 200, "chatroom": dict(room)}

    def chatroom_toggle_close_stat(self, values: Values) -> Body:
        room = self.chatroom(values["roomid"])
        if str(values["operator"]).lower() != room["creator"]:
            raise RefusedError(403, "only the creator may open or close the chat room")
        room["valid"] = values["valid"] in (True, "true")
        return {"code": 200, "desc": dict(room)}

    def _chatroom_message(self, roomid: Any, sender: str, client_id: str, message_type: int, values: Values) -> Body:
        """Keep a chat room message (as v1 describes it: every value text, the content in `attach`)."""
        room = self.chatroom(roomid)
        desc: Body = {
            "time": str(_now_ms()),
            "msgid_client": client_id,
            "fromClientType": "REST",
            "roomId": str(room["roomid"]),
            "fromAccount": self.account(sender)["accid"],
            "type": str(message_type),
        }
        desc.update({key: values[key] for key in ("attach", "ext") if key in values})
        self.chatroom_messages[room["roomid"]].append(desc)
        return desc

    def chatroom_send(self, values: Values) -> Body:
        desc = self._chatroom_message(values["roomid"], values["fromAccid"], values["msgId"], values["msgType"], values)
        return {"code": 200, "desc": desc}

    # Chat room messages through v2: the same history.
    def v2_send_chatroom_message(self, values: Values) -> Body:
        sent = values["message"]
        content = sent.get("text", "") if sent["message_type"] == 0 else json.dumps(sent.get("attachment", {}))
        kept = {"attach": content, **({"ext": values["extension"]} if "extension" in values else {})}
        desc = self._chatroom_message(
            values["room_id"], values["sender_id"], sent["message_client_id"], sent["message_type"], kept
        )
        return {"message": {"room_id": values["room_id"], **_v2_chatroom_item(desc)}, "failed_list": []}

    def v2_query_chatroom_messages(self, values: Values) -> Body:
        room = self.chatroom(values["room_id"])
        sender = values["sender_id"].lower()
        types = set(values.get("message_type") or [])
        sent = [
            m
            for m in self.chatroom_messages[room["roomid"]]
            if m["fromAccount"] == sender and (not types or int(m["type"]) in types)
        ]
        sent.sort(key=lambda m: int(m["time"]), reverse=bool(values.get("descending")))
        return page([_v2_chatroom_item(m) for m in sent], values)

    def history_chatroom(self, values: Values) -> Body:
        room = self.chatroom(values["roomid"])
        msgs = [
            {
                "fromAccount": m["fromAccount"],
                "msgid_client": m["msgid_client"],
                "time": int(m["time"]),
                "type": int(m["type"]),
                "attach": m.get("attach", ""),
            }
            for m in self.chatroom_messages[room["roomid"]]
            if int(m["time"]) <= values["timetag"]
        ]
        msgs.sort(key=lambda m: m["time"], reverse=values.get("reverse", 1) == 1)
        return {"code": 200, "desc": {"msgs": msgs[: values["limit"]]}}

    # Event subscriptions (online status).
    def subscribe_add(self, values: Values) -> Body:
        accid = self.account(values["accid"])["accid"]
        now = _now_ms()
        mine = self.subscriptions.setdefault((accid, values["eventType"]), {})
        failed = []
        for publisher in values["publisherAccids"]:
            if str(publisher).lower() not in self.accounts:
                failed.append(publisher)
                continue
            mine[str(publisher).lower()] = {
                "accid": str(publisher).lower(),
                "eventType": values["eventType"],
                "expireTime": now + values["ttl"] * 1000,
                "subscribeTime": now,
            }
        return {"code": 200, "failedAccid": failed}

    def subscribe_query(self, values: Values) -> Body:
        mine = self.subscriptions.get((values["accid"].lower(), values["eventType"]), {})
        wanted = [str(p).lower() for p in values["publisherAccids"]]
        return {"code": 200, "subscribes": [dict(mine[p]) for p in wanted if p in mine]}

    def subscribe_delete(self, values: Values) -> Body:
        mine = self.subscriptions.get((values["accid"].lower(), values["eventType"]), {})
        failed = [p for p in values["publisherAccids"] if mine.pop(str(p).lower(), None) is None]
        return {"code": 200, "failedAccid": failed}

    def subscribe_batchdel(self, values: Values) -> Body:
        self.subscriptions.pop((values["accid"].lower(), values["eventType"]), None)
        return {"code": 200}
