"""One module per group of operations (the first segment of their paths)."""
