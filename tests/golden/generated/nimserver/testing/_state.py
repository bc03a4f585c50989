# Copied from runtime/testing/_state.py by `python -m generator`; do not edit.
"""What the test double remembers: accounts, friends, teams, messages, chat rooms, subscriptions.

Each handler takes the checked values of one request and returns the body of
a successful answer, or raises ``RefusedError`` with the code the status table of
the spec gives (417 duplicate, 414 bad parameter, 404 or 803 unknown ids, ...).
Operations without a handler answer with the spec's example.
"""

from __future__ import annotations

import itertools
import secrets
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
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


def _now_ms() -> int:
    return int(time.time() * 1000)


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
        return {"accid": accid, "nick": "", "mute": False, "createtime": self.createtime, "updatetime": self.updatetime}


class World:
    """The state of one fake app."""

    def __init__(self) -> None:
        self.accounts: dict[str, Body] = {}
        self.friends: dict[str, dict[str, Body]] = {}  # accid -> faccid -> relation
        self.teams: dict[int, Team] = {}
        self.messages: list[Message] = []
        self.chatrooms: dict[int, Body] = {}
        self.chatroom_messages: dict[int, list[Body]] = {}
        self.subscriptions: dict[tuple[str, int], dict[str, Body]] = {}
        self._ids = itertools.count(6273881893)
        self._msgids = itertools.count(7295843921)
        self._roomids = itertools.count(36001234)
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
            "history/querySessionMsg.action": self.history_session,
            "history/queryTeamMsg.action": self.history_team,
            "chatroom/create.action": self.chatroom_create,
            "chatroom/get.action": self.chatroom_get,
            "chatroom/update.action": self.chatroom_update,
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
        }

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
        card = {v2: account[v1] for v2, v1 in _V2_PROFILE.items() if v1 in account}
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
        card = values.get("user_information") or {}
        account.update({v1: card[v2] for v2, v1 in _V2_PROFILE.items() if v2 in card})

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
    def friend_add(self, values: Values) -> Body:
        accid, faccid = self.account(values["accid"])["accid"], self.account(values["faccid"])["accid"]
        if values["type"] in (1, 3):  # added directly, or a request accepted: friends both ways
            now = _now_ms()
            for one, other in ((accid, faccid), (faccid, accid)):
                relation = self.friends.setdefault(one, {}).setdefault(other, {"faccid": other, "createtime": now})
                relation.update(bidirection=True, updatetime=now)
        return {"code": 200}

    def _relation(self, values: Values) -> Body:
        relation = self.friends.get(values["accid"].lower(), {}).get(values["faccid"].lower())
        if relation is None:
            raise RefusedError(404, f"{values['faccid']} is not a friend of {values['accid']}")
        return relation

    def friend_update(self, values: Values) -> Body:
        relation = self._relation(values)
        relation.update({key: values[key] for key in ("alias", "ex", "serverex") if key in values})
        relation["updatetime"] = _now_ms()
        return {"code": 200}

    def friend_delete(self, values: Values) -> Body:
        self._relation(values)
        accid, faccid = values["accid"].lower(), values["faccid"].lower()
        del self.friends[accid][faccid]
        self.friends.get(faccid, {}).pop(accid, None)
        return {"code": 200}

    def friend_get(self, values: Values) -> Body:
        self.account(values["accid"])
        since = values.get("updatetime", 0)
        relations = self.friends.get(values["accid"].lower(), {}).values()
        return {"code": 200, "friends": [dict(r) for r in relations if r.get("updatetime", 0) >= since]}

    def friend_get_by_accid(self, values: Values) -> Body:
        return {"code": 200, "friend": dict(self._relation(values))}

    # Teams.
    def team(self, tid: Any) -> Team:
        found = self.teams.get(int(tid))
        if found is None:
            raise RefusedError(803, f"team {tid} does not exist")
        return found

    def _owned(self, values: Values) -> Team:
        team = self.team(values["tid"])
        if values["owner"].lower() != team.owner:
            raise RefusedError(802, f"{values['owner']} is not the owner of team {team.tid}")
        return team

    def team_create(self, values: Values) -> Body:
        owner = self.account(values["owner"])["accid"]
        members = [owner]
        for accid in values["members"]:
            member = self.account(accid)["accid"]
            if member not in members:
                members.append(member)
        tid = next(self._ids)
        known = ("announcement", "intro", "icon", "custom", "joinmode")
        self.teams[tid] = Team(tid, values["tname"], owner, members, **{k: values[k] for k in known if k in values})
        return {"code": 200, "tid": str(tid)}

    def team_add(self, values: Values) -> Body:
        team = self._owned(values)
        new = [self.account(accid)["accid"] for accid in values["members"]]
        if len(set(team.members) | set(new)) > team.maxusers:
            raise RefusedError(801, f"team {team.tid} would have more than {team.maxusers} members")
        team.members.extend(accid for accid in dict.fromkeys(new) if accid not in team.members)
        team.updatetime = _now_ms()
        return {"code": 200}

    def team_kick(self, values: Values) -> Body:
        team = self._owned(values)
        kicked = [values["member"]] if "member" in values else list(values.get("members") or [])
        if not kicked:
            raise RefusedError(414, "member or members is required")
        for accid in kicked:
            if accid.lower() not in team.members or accid.lower() == team.owner:
                raise RefusedError(804, f"{accid} is not a member of team {team.tid}")
        for accid in kicked:
            team.members.remove(accid.lower())
            if accid.lower() in team.admins:
                team.admins.remove(accid.lower())
        team.updatetime = _now_ms()
        return {"code": 200}

    def team_leave(self, values: Values) -> Body:
        team = self.team(values["tid"])
        accid = values["accid"].lower()
        if accid not in team.members:
            raise RefusedError(804, f"{accid} is not a member of team {team.tid}")
        if accid == team.owner:
            raise RefusedError(802, "the owner cannot leave the team; change the owner or remove the team")
        team.members.remove(accid)
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
            if team is None:
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

    def team_join_teams(self, values: Values) -> Body:
        accid = self.account(values["accid"])["accid"]
        joined = [team for team in self.teams.values() if accid in team.members]
        keys = ("tid", "tname", "owner", "maxusers", "size", "custom")
        return {"code": 200, "count": len(joined), "infos": [{k: t.info(False)[k] for k in keys} for t in joined]}

    # Messages.
    def _message(self, sender: str, to: str, team: bool, values: Values) -> Message:
        message = Message(
            next(self._msgids),
            sender,
            to,
            team,
            values["type"],
            values["body"],
            _now_ms(),
            uuid.uuid4().hex,
            values.get("ext"),
        )
        self.messages.append(message)
        return message

    def msg_send(self, values: Values) -> Body:
        sender = self.account(values["from"])["accid"]
        if values["ope"] == 1:
            team = self.team(values["to"])
            if sender not in team.members:
                raise RefusedError(804, f"{sender} is not a member of team {team.tid}")
            message = self._message(sender, str(team.tid), True, values)
        else:
            message = self._message(sender, self.account(values["to"])["accid"], False, values)
        return {"code": 200, "data": {"msgid": message.msgid, "timetag": message.sendtime, "antispam": False}}

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
        pair = {values["from"].lower(), values["to"].lower()}
        return self._history([m for m in self.messages if not m.team and {m.from_, m.to} == pair], values)

    def history_team(self, values: Values) -> Body:
        team = self.team(values["tid"])
        return self._history([m for m in self.messages if m.team and m.to == str(team.tid)], values)

    # Chat rooms.
    def chatroom(self, roomid: Any) -> Body:
        room = self.chatrooms.get(int(roomid))
        if room is None:
            raise RefusedError(404, f"chat room {roomid} does not exist")
        return room

    def chatroom_create(self, values: Values) -> Body:
        creator = self.account(values["creator"])["accid"]
        roomid = next(self._roomids)
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

    def chatroom_send(self, values: Values) -> Body:
        room = self.chatroom(values["roomid"])
        sender = self.account(values["fromAccid"])["accid"]
        desc: Body = {
            "time": str(_now_ms()),
            "msgid_client": values["msgId"],
            "fromClientType": "REST",
            "roomId": str(room["roomid"]),
            "fromAccount": sender,
            "type": str(values["msgType"]),
        }
        desc.update({key: values[key] for key in ("attach", "ext") if key in values})
        self.chatroom_messages[room["roomid"]].append(desc)
        return {"code": 200, "desc": desc}

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
