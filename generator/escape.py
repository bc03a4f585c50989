"""Escaping of spec text for each place it lands in generated files.

One filter per target; the render stage applies them, so no template pastes
spec text raw. The loader already refuses control characters and lone
surrogates in the spec, but every filter handles any text on its own.
"""

from __future__ import annotations

import re

from generator.pytypes import python_string


def _escaped_char(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def docstring(text: str) -> str:
    """Text for inside a triple-double-quoted docstring (already wrapped and indented).

    Backslashes and unprintable characters become escapes, `\"\"\"` cannot end
    the string early, and a final `"` cannot run into the closing quotes.
    """
    if "\\" not in text and text.replace("\n", "").isprintable():
        escaped = text  # the usual case, without a look at each character
    else:
        out = []
        for char in text:
            if char == "\\":
                out.append("\\\\")
            elif char == "\n" or char.isprintable():
                out.append(char)
            else:
                out.append(_escaped_char(char))
        escaped = "".join(out)
    # Every quote at the end is escaped: escaping only the last character of an
    # escaped triple quote turned its backslash into a literal one, leaving a
    # bare quote that ran into the closing quotes.
    body = escaped.rstrip('"')
    return body.replace('"""', '\\"\\"\\"') + '\\"' * (len(escaped) - len(body))


def comment(text: str) -> str:
    """Text for one `#` comment line: all whitespace (line breaks included) folded to single spaces."""
    folded = " ".join(text.split())
    if folded.isprintable():  # the usual case, without a look at each character
        return folded
    return "".join(char if char.isprintable() else _escaped_char(char) for char in folded)


def string_literal(text: str) -> str:
    """A Python string literal holding exactly `text`."""
    return python_string(text)


def toml_string(text: str) -> str:
    """A TOML basic string holding `text` (surrogates, which TOML cannot hold, become U+FFFD)."""
    out = ['"']
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        elif code < 0x20 or code == 0x7F or not char.isprintable():
            out.append(f"\\u{code:04X}" if code < 0x10000 else f"\\U{code:08X}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


# A code span: a run of backticks, text, and a run of as many backticks.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def markdown_cell(text: str) -> str:
    """Text for one Markdown table cell: one line, unprintable characters dropped, `|` escaped
    (in code spans too, as tables need), and `<` and `&` outside code spans shown as text, not HTML."""
    return _outside_code_spans(_one_printable_line(text), _CODE_SPAN).replace("|", "\\|")


def _outside_code_spans(text: str, spans: re.Pattern[str]) -> str:
    """`text` with `<` and `&` outside its code spans as entities."""
    if "`" not in text:  # most text: no code span
        return _markdown_text(text)
    out = []
    last = 0
    for span in spans.finditer(text):
        out.append(_markdown_text(text[last : span.start()]))
        out.append(span.group())
        last = span.end()
    out.append(_markdown_text(text[last:]))
    return "".join(out)


def _markdown_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def markdown_cell_code(text: str) -> str:
    """Inline code inside a Markdown table cell: `|` escaped, which tables need even in code spans."""
    return markdown_code(text).replace("|", "\\|")


def markdown_code(text: str) -> str:
    """Inline code showing `text` as is, whatever backticks it holds."""
    text = " ".join(text.split())
    fence = "`"
    while fence in text:
        fence += "`"
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"


def markdown_literal(text: str) -> str:
    """Text for one line of Markdown prose: shown as written (emphasis, links, HTML and code marks escaped)."""
    return _one_printable_line(text).translate(_MARKDOWN_MARKS)


_MARKDOWN_MARKS = str.maketrans({char: "\\" + char for char in "\\`*_[]<>#|~"})


def _one_printable_line(text: str) -> str:
    """`text` on one line, runs of white space as one space, unprintable characters dropped."""
    folded = " ".join(text.split())
    return folded if folded.isprintable() else "".join(char for char in folded if char.isprintable())


def html(text: str) -> str:
    """Text for HTML element content or a quoted attribute value: markup characters as entities,
    unprintable characters (other than line breaks and tabs) as numeric references."""
    # `&` first, so that no entity is escaped again (str.translate with a table is several times slower).
    escaped = (
        str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    ).replace("'", "&#39;")
    if escaped.replace("\n", "").replace("\t", "").isprintable():
        return escaped
    return "".join(char if char in "\n\t" or char.isprintable() else f"&#x{ord(char):X};" for char in escaped)


# In prose a code span may run over a line break.
_PROSE_CODE_SPAN = re.compile(_CODE_SPAN.pattern, re.S)


def markdown_text(text: str) -> str:
    """Prose (CommonMark, as OpenAPI descriptions are) for a Markdown page: `<` and `&` outside code spans
    as entities, so that spec text cannot open raw HTML; unprintable characters dropped."""
    if text.replace("\n", "").replace("\t", "").isprintable() and "<" not in text and "&" not in text:
        return text
    text = "".join(char for char in text if char in "\n\t" or char.isprintable())
    return _outside_code_spans(text, _PROSE_CODE_SPAN)


def markdown_block(text: str, info: str = "") -> str:
    """A fenced code block showing `text` as is: the fence is longer than any run of backticks in it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}"
