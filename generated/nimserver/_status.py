# Generated from spec/ by `python -m generator`; do not edit.
"""The API's status codes, what they mean and the errors raised for them (from the spec's x-status-codes)."""

from __future__ import annotations

from typing import Final, NamedTuple

from ._errors import ApiError


class StatusCode(NamedTuple):
    code: int
    name: str
    description: str


STATUS_CODES: Final[dict[int, StatusCode]] = {
    200: StatusCode(200, "ok", "Success."),
    201: StatusCode(
        201,
        "client_version_too_old",
        "The client SDK version is too old and must be upgraded.",
    ),
    301: StatusCode(301, "account_banned", "The account is banned."),
    302: StatusCode(
        302,
        "wrong_account_or_token",
        "Wrong account or token (for example a token that is not the newest).",
    ),
    315: StatusCode(315, "ip_restricted", "The calling IP address is restricted."),
    403: StatusCode(
        403,
        "forbidden",
        "Illegal operation or no permission; also returned when a feature is not enabled for the app.",
    ),
    404: StatusCode(404, "not_found", "The object does not exist."),
    405: StatusCode(405, "parameter_too_long", "A parameter is too long."),
    406: StatusCode(406, "read_only", "The object is read-only."),
    408: StatusCode(408, "client_timeout", "The client request timed out."),
    413: StatusCode(413, "verification_failed", "Verification failed."),
    414: StatusCode(
        414,
        "invalid_parameter",
        "Invalid parameter; also returned for a CurTime outside the accepted window or malformed JSON in a list field.",
    ),
    415: StatusCode(415, "client_network_error", "Client network problem."),
    416: StatusCode(
        416, "rate_limited", "Rate limited; the app is blocked for a penalty period."
    ),
    417: StatusCode(417, "duplicate_operation", "Duplicate operation."),
    418: StatusCode(418, "channel_unavailable", "Channel unavailable."),
    419: StatusCode(419, "limit_exceeded", "A quantity is over its limit."),
    422: StatusCode(422, "account_disabled", "The account is disabled."),
    431: StatusCode(431, "duplicate_request", "Duplicate HTTP request."),
    500: StatusCode(500, "server_error", "Internal server error."),
    503: StatusCode(503, "server_busy", "The server is busy."),
    508: StatusCode(
        508, "recall_window_exceeded", "The message is too old to be recalled."
    ),
    509: StatusCode(509, "invalid_protocol", "Invalid protocol."),
    514: StatusCode(514, "service_unavailable", "The service is unavailable."),
    801: StatusCode(
        801,
        "team_member_limit",
        "The team would exceed its member limit; the whole invitation is rejected.",
    ),
    802: StatusCode(802, "team_no_permission", "No permission in this team."),
    803: StatusCode(803, "team_not_found", "The team does not exist."),
    804: StatusCode(804, "not_team_member", "The user is not a member of the team."),
    805: StatusCode(805, "team_type_mismatch", "The team is of another type."),
    806: StatusCode(
        806, "team_creation_limit", "The account has created as many teams as it may."
    ),
    807: StatusCode(
        807, "team_member_state_error", "The team member is in the wrong state."
    ),
    808: StatusCode(
        808, "team_application_accepted", "The application to join was accepted."
    ),
    809: StatusCode(809, "already_team_member", "The user is already in the team."),
    810: StatusCode(810, "team_invitation_sent", "The invitation was sent."),
    998: StatusCode(998, "unpack_error", "The server could not unpack the request."),
    999: StatusCode(999, "pack_error", "The server could not pack the response."),
    13001: StatusCode(
        13001,
        "chatroom_connection_error",
        "The chat room's IM main connection is in an abnormal state.",
    ),
    13002: StatusCode(
        13002, "chatroom_state_error", "The chat room is in an abnormal state."
    ),
    13003: StatusCode(
        13003,
        "chatroom_blacklisted",
        "The account is on the chat room blacklist and cannot enter.",
    ),
    13004: StatusCode(
        13004, "chatroom_muted", "The account is muted in the chat room."
    ),
    13005: StatusCode(
        13005,
        "chatroom_antispam_blocked",
        "The room nickname, avatar or member extension was blocked by anti-spam.",
    ),
}

MEANINGS: Final[dict[int, str]] = {
    code: status.description for code, status in STATUS_CODES.items()
}


class DuplicateError(ApiError):
    """Raised for codes 417, 431.

    * 417 (duplicate_operation): Duplicate operation.
    * 431 (duplicate_request): Duplicate HTTP request.
    """


class ForbiddenError(ApiError):
    """Raised for code 403.

    * 403 (forbidden): Illegal operation or no permission; also returned when a feature
      is not enabled for the app.
    """


class InvalidParameterError(ApiError):
    """Raised for codes 405, 414.

    * 405 (parameter_too_long): A parameter is too long.
    * 414 (invalid_parameter): Invalid parameter; also returned for a CurTime outside
      the accepted window or malformed JSON in a list field.
    """


class NotFoundError(ApiError):
    """Raised for code 404.

    * 404 (not_found): The object does not exist.
    """


class RateLimitedError(ApiError):
    """Raised for code 416.

    * 416 (rate_limited): Rate limited; the app is blocked for a penalty period.
    """


class ServerError(ApiError):
    """Raised for codes 500, 503, 514.

    * 500 (server_error): Internal server error.
    * 503 (server_busy): The server is busy.
    * 514 (service_unavailable): The service is unavailable.
    """


ERROR_CLASSES: Final[dict[int, type[ApiError]]] = {
    403: ForbiddenError,
    404: NotFoundError,
    405: InvalidParameterError,
    414: InvalidParameterError,
    416: RateLimitedError,
    417: DuplicateError,
    431: DuplicateError,
    500: ServerError,
    503: ServerError,
    514: ServerError,
}

# Codes that mean the request was not carried out, so the client retries them.
RETRY_CODES: Final[frozenset[int]] = frozenset({416, 503})
