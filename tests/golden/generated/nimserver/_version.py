# Generated from spec/ by `python -m generator`; do not edit.
"""The package version, which is the spec's info.version."""

__version__ = "0.1.0"
