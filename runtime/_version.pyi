# The generated `_version` module as the runtime sees it (the real one is rendered from the spec's info.version).
__version__: str
