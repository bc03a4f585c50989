"""The package version, which is the spec's info.version."""

__version__ = "0.1.0"
