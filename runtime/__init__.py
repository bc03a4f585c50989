"""The shared runtime of the generated `nimserver` package, as importable source.

Every other module here is copied byte for byte into the package by `python -m generator`
(under a header naming its source); this file is not: it only lets the tests and the type
checker import the runtime from here, so a runtime edit is tested without regenerating.
The few names the runtime takes from generated modules (`_client`, `testing/_spec.json`)
are imported late, where a generated package is at hand.
"""
