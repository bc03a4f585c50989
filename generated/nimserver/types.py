"""Typed shapes of the JSON the API returns and accepts.

Every response is a dict at run time; these TypedDicts describe its keys for
type checkers and editors.
"""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict

__all__ = [
    "Envelope",
    "UserCreateInfo",
    "UserCreateResponse",
    "UserGetUinfosResponse",
    "UserInfo",
    "UserListBlackAndMuteListResponse",
    "UserMuteModuleData",
    "UserMuteModuleResponse",
    "UserRefreshTokenInfo",
    "UserRefreshTokenResponse",
    "UserUserOnlineStatusData",
    "UserUserOnlineStatusDataOnlineStatusListItem",
    "UserUserOnlineStatusResponse",
]


class Envelope(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]


class UserCreateInfo(TypedDict):
    """The account that was created."""

    #: Account id as stored (lower case).
    accid: str
    #: Login token.
    token: str
    #: Display name.
    name: NotRequired[str]


class UserCreateResponse(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]
    #: The account that was created.
    info: UserCreateInfo


class UserGetUinfosResponse(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]
    #: One card per existing account.
    uinfos: list[UserInfo]


class UserInfo(TypedDict):
    """A profile card."""

    #: Account id.
    accid: NotRequired[str]
    #: Display name.
    name: NotRequired[str]
    #: Avatar URL.
    icon: NotRequired[str]
    #: Personal signature.
    sign: NotRequired[str]
    #: Email address.
    email: NotRequired[str]
    #: Birthday.
    birth: NotRequired[str]
    #: Mobile number.
    mobile: NotRequired[str]
    #: 0 unknown
    gender: NotRequired[int]
    #: App-defined extension.
    ex: NotRequired[str]
    #: Whether the account is enabled (false once banned).
    valid: NotRequired[bool]
    #: Globally muted.
    mute: NotRequired[bool]
    #: Muted in one-to-one chat.
    muteP2P: NotRequired[bool]
    #: Muted in teams.
    muteTeam: NotRequired[bool]
    #: Muted in chat rooms.
    muteRoom: NotRequired[bool]
    #: Muted in QChat.
    muteQChat: NotRequired[bool]


class UserListBlackAndMuteListResponse(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]
    #: Accounts on the blacklist.
    blacklist: list[str]
    #: Accounts on the mute list.
    mutelist: list[str]


class UserMuteModuleData(TypedDict):
    #: Muted in one-to-one chat.
    muteP2P: NotRequired[bool]
    #: Muted in teams.
    muteTeam: NotRequired[bool]
    #: Muted in chat rooms.
    muteRoom: NotRequired[bool]
    #: Muted in QChat.
    muteQChat: NotRequired[bool]


class UserMuteModuleResponse(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]
    data: UserMuteModuleData


class UserRefreshTokenInfo(TypedDict):
    #: Account id.
    accid: str
    #: The new login token.
    token: str


class UserRefreshTokenResponse(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]
    info: UserRefreshTokenInfo


class UserUserOnlineStatusData(TypedDict):
    #: Accounts that do not exist.
    invalidAccids: NotRequired[list[str]]
    onlineStatusList: NotRequired[list[UserUserOnlineStatusDataOnlineStatusListItem]]


class UserUserOnlineStatusDataOnlineStatusListItem(TypedDict):
    #: Account id.
    accid: NotRequired[str]
    #: One entry per client type the account is online on.
    statusList: NotRequired[list[dict[str, Any]]]


class UserUserOnlineStatusResponse(TypedDict):
    """The part every response body shares. A body whose `code` is not 200 carries only
    `code` and `desc`."""

    #: Outcome of the call; 200 means success, any other value is a business error listed in `x-status-codes`.
    code: int
    #: Error text when `code` is not 200.
    desc: NotRequired[str]
    data: UserUserOnlineStatusData
