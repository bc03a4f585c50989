"""Stage 5: black on the rendered Python, skipped for text black has seen before.

The cache is keyed on the unformatted text, so a file whose rendering did not
change is not formatted again. It lives in generated/ (the manifest), so it
survives a fresh clone.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version

import black
from black.mode import Mode, TargetVersion

from generator.render import RenderedFile

MODE = Mode(target_versions={TargetVersion.PY311})
# Part of every cache key: another black or another mode formats differently.
FORMATTER = f"black {version('black')} {MODE.get_cache_key()}"


def digest(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def source_key(file: RenderedFile) -> str:
    """What the formatted output of `file` depends on."""
    return digest(f"{FORMATTER}\n{file.text}" if file.python else file.text)


def format_source(text: str) -> str:
    return black.format_str(text, mode=MODE)


def format_files(
    files: list[RenderedFile],
    cached: Callable[[RenderedFile], bytes | None],
) -> tuple[dict[str, bytes], int]:
    """The final bytes of every file, and how many went through black.

    `cached(file)` returns the bytes formatted earlier from the same source,
    or None.
    """
    output: dict[str, bytes] = {}
    pending: list[RenderedFile] = []
    for file in files:
        previous = cached(file) if file.python else None
        if not file.python:
            output[file.path] = file.text.encode("utf-8")
        elif previous is not None:
            output[file.path] = previous
        else:
            pending.append(file)
    for file, text in zip(pending, _format_all([file.text for file in pending]), strict=True):
        output[file.path] = text.encode("utf-8")
    return {file.path: output[file.path] for file in files}, len(pending)


def _format_all(texts: list[str]) -> list[str]:
    workers = min(len(texts), os.cpu_count() or 1)
    if workers < 2 or sum(len(text) for text in texts) < 50_000:
        return [format_source(text) for text in texts]
    # Largest first, so that one big file does not finish last on its own.
    order = sorted(range(len(texts)), key=lambda index: -len(texts[index]))
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        done = dict(zip(order, pool.map(format_source, [texts[index] for index in order]), strict=True))
    return [done[index] for index in range(len(texts))]


def manifest_entries(files: list[RenderedFile], output: Mapping[str, bytes]) -> dict[str, dict[str, str]]:
    return {file.path: {"source": source_key(file), "output": digest(output[file.path])} for file in files}
