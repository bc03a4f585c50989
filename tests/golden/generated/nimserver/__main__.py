# Copied from runtime/__main__.py by `python -m generator`; do not edit.
"""``python -m nimserver``: the command line (see ``nimserver --help``)."""

from ._cli import run

if __name__ == "__main__":
    run()
