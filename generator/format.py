"""Stage 5: black on the rendered Python, skipped for text black has seen before;
then every new Python file must compile, with warnings as errors.

The cache is keyed on the unformatted text, so a file whose rendering did not
change is not formatted again. It lives in generated/ (the manifest), so it
survives a fresh clone. Output that black or the compiler rejects is a
generator bug: it is reported with the places in the spec whose text landed
on the offending lines.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from generator.installed import installed_version
from generator.model import Api
from generator.render import RenderedFile, spec_texts

if TYPE_CHECKING:
    from black.mode import Mode

# black's mode: the Python the generated package targets, everything else black's default.
TARGET_VERSION = "PY311"
# Part of every cache key: another black or another mode formats differently. Written without
# importing black, which a run whose files are all formatted already (or formatted only in the
# child processes) never needs here.
FORMATTER = f"black {installed_version('black') or 'absent'} target {TARGET_VERSION} defaults"


@cache
def black_mode() -> Mode:
    from black.mode import Mode, TargetVersion

    return Mode(target_versions={TargetVersion[TARGET_VERSION]})


class GeneratorBugError(Exception):
    """The generator produced a file that is not valid Python; not the spec author's fault."""


def digest(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


def source_key(file: RenderedFile) -> str:
    """What the formatted output of `file` depends on."""
    return digest(f"{FORMATTER}\n{file.text}" if file.python else file.text)


# black.format_str formats twice whenever the first pass changed the text (always, for rendered
# templates) so that a rare magic-trailing-comma case settles; one pass is half the cost. The lint
# environment's `black --check generated` proves that one pass leaves every generated file as black
# would; without the private function (another black), the public one is used.
def format_source(text: str) -> str:
    import black

    format_once = getattr(black, "_format_str_once", None)
    if format_once is None:
        return black.format_str(text, mode=black_mode())
    formatted: str = format_once(text, mode=black_mode())
    return formatted


def _format_or_none(text: str) -> str | Exception:
    try:
        return format_source(text)
    except Exception as error:  # black's own errors: reported as a generator bug below
        return error


def format_files(
    files: list[RenderedFile],
    cached: Callable[[RenderedFile], bytes | None],
    api: Api,
) -> tuple[dict[str, bytes], int]:
    """The final bytes of every file, and how many went through black (here, one after another).

    `cached(file)` returns the bytes formatted earlier from the same source
    (for a file black does not see: written earlier from the same text), or None.
    """
    plan = Plan.of(files, cached)
    return plan.finish(format_texts([file.text for file in plan.pending]), api)


@dataclass(frozen=True)
class Plan:
    """What formatting `files` takes: black on `pending` (anywhere: `format_texts` is pure), then `finish`."""

    files: list[RenderedFile]
    done: dict[str, bytes]  # the bytes of the files that need no black: not Python, or formatted before
    pending: list[RenderedFile]  # Python whose text black has not seen
    copies: list[RenderedFile]  # the runtime's copies whose text is new: compiled once (a text written before was)

    @classmethod
    def of(cls, files: list[RenderedFile], cached: Callable[[RenderedFile], bytes | None]) -> Plan:
        done: dict[str, bytes] = {}
        pending: list[RenderedFile] = []
        copies: list[RenderedFile] = []
        for file in files:
            if not file.python:
                done[file.path] = file.text.encode("utf-8")
                if file.path.endswith(".py") and cached(file) is None:
                    copies.append(file)
            elif (previous := cached(file)) is not None:
                done[file.path] = previous
            else:
                pending.append(file)
        return cls(files, done, pending, copies)

    def __add__(self, other: Plan) -> Plan:
        """Both plans, as one: `self`'s files, then `other`'s."""
        return Plan(
            self.files + other.files,
            {**self.done, **other.done},
            self.pending + other.pending,
            self.copies + other.copies,
        )

    def finish(self, formatted: list[str | Exception], api: Api) -> tuple[dict[str, bytes], int]:
        """Every file's bytes, given what black made of `pending` (in order), and how many went through black;
        GeneratorBugError when black refused a file or one does not compile."""
        output = dict(self.done)
        for file, result in zip(self.pending, formatted, strict=True):
            if isinstance(result, Exception):
                raise _bug(file.path, file.text, _error_line(result), str(result), api)
            _compile(file.path, result, api)
            output[file.path] = result.encode("utf-8")
        for file in self.copies:
            _compile(file.path, file.text, None)  # its text is ours, not the spec's
        return {file.path: output[file.path] for file in self.files}, len(self.pending)


def format_texts(texts: list[str]) -> list[str | Exception]:
    """black on each text: its output, or the error black raised."""
    return [_format_or_none(text) for text in texts]


def _compile(path: str, text: str, api: Api | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(text, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, Warning) as error:
            line = getattr(error, "lineno", None) or 1
            raise _bug(path, text, line, f"{type(error).__name__}: {error}", api) from None


def _error_line(error: Exception) -> int:
    found = re.search(r"(\d+):\d+", str(error))
    return int(found.group(1)) if found else 1


def _bug(path: str, text: str, line: int, message: str, api: Api | None) -> GeneratorBugError:
    if api is None:
        return GeneratorBugError(
            f"generator bug: {path} line {line} is not valid Python ({message}); it is a copy of runtime/"
        )
    lines = text.splitlines()
    around = "\n".join(lines[max(0, line - 3) : line + 2])
    sources = sorted(
        {location for snippet, location in spec_texts(api) if snippet and snippet in around},
        key=lambda location: (str(location.file), location.line),
    )
    where = "; ".join(str(location) for location in sources[:5]) or "no spec text was found on those lines"
    return GeneratorBugError(
        f"generator bug: {path} line {line} is not valid Python ({message}); the text there comes from: {where}"
    )
