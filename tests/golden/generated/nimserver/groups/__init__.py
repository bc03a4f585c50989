# Generated from spec/ by `python -m generator`; do not edit.
"""One module per group of operations (the first segment of their paths)."""
