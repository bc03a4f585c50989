# Generated from spec/ by `python -m generator`; do not edit.
"""The checks of the JSON objects callers build (the TypedDicts of arguments), one per TypedDict."""

from __future__ import annotations

from ._checks import Object

__all__ = []
