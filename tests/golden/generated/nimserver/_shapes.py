# Generated from spec/ by `python -m generator`; do not edit.
"""The checks of the JSON objects callers build (the TypedDicts of arguments), one per TypedDict."""

from __future__ import annotations

from ._checks import ListOf, Number, Object, OneOf, Str
from ._doubts import Doubted, SpecDoubt, doubted_keys

__all__ = [
    "V2Department",
    "V2TeamUpdateTeamConfiguration",
]

V2Department = Object(
    {
        "name": Str(max_length=32),
    },
    required=("name",),
)

V2TeamUpdateTeamConfiguration = doubted_keys(
    Object(
        {
            "invite_mode": OneOf((0, 1)),
            "chat_banned_mode": Doubted(
                OneOf((0, 1)),
                Number(integral=True),
                (
                    SpecDoubt(
                        "enum",
                        "Whether 2 (nobody may talk) is accepted too.",
                        "One updateTeam call with chat_banned_mode 2.",
                    ),
                ),
            ),
        },
        required=("invite_mode",),
    ),
    {
        "invite_mode": (
            SpecDoubt(
                "required",
                "Whether a configuration without invite_mode is refused.",
                "One updateTeam call whose configuration has only chat_banned_mode.",
            ),
        ),
    },
)


# Keys of recursive shapes (a department and the departments under it), set once every shape exists.
V2Department.keys["children"] = ListOf(V2Department)
