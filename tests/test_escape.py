"""The escaping filters of generator/escape.py, with adversarial text.

Property style without extra dependencies: many seeded random strings made of
the characters that break each target (quotes, backslashes, line breaks,
controls, surrogates, backticks, pipes, markup), plus hand-picked cases.
"""

from __future__ import annotations

import ast
import io
import random
import re
import tokenize
import tomllib
import warnings

import pytest

from generator import escape

PIECES = [
    "a",
    "Z",
    " ",
    "  ",
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\n",
    "\\N{",
    "\\u12",
    "\\x",
    "\n",
    "\t",
    "\r",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\xa0",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u202e",
    "\ud800",
    "\udfff",
    "\ufeff",
    "😀",
    "中文",
    "`",
    "``",
    "|",
    "<script>",
    "&amp;",
    "{{ x }}",
    "{%",
    "#",
    "0",
]
FIXED = [
    "",
    '"',
    'ends with a quote"',
    "ends with a backslash\\",
    '"""',
    '""""',
    '\\"""',
    "\\",
    "\\\\",
    "`",
    "a ` b",
    "```",
    "| x |",
    "\ud800",
    "\x00",
]


def texts(count: int = 600, seed: int = 20240229) -> list[str]:
    rng = random.Random(seed)
    made = ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12))) for _ in range(count)]
    return FIXED + made


def _compiles(source: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compile(source, "<test>", "exec", dont_inherit=True)


def test_string_literal_round_trips() -> None:
    for text in texts():
        literal = escape.string_literal(text)
        assert "\n" not in literal and "\r" not in literal
        _compiles(f"x = {literal}\n")
        assert ast.literal_eval(literal) == text, repr(text)


def test_docstring_round_trips_inside_triple_quotes() -> None:
    for text in texts():
        source = f'def f():\n    """{escape.docstring(text)}"""\n'
        _compiles(source)
        module = ast.parse(source)
        function = module.body[0]
        assert isinstance(function, ast.FunctionDef)
        assert ast.get_docstring(function, clean=False) == text, repr(text)


def test_toml_string_round_trips() -> None:
    for text in texts():
        expected = re.sub("[\ud800-\udfff]", "\ufffd", text)
        assert tomllib.loads(f"key = {escape.toml_string(text)}\n")["key"] == expected, repr(text)


def test_comment_stays_one_comment_line() -> None:
    for text in texts():
        comment = escape.comment(text)
        _compiles(f"# {comment}\nx = 1\n")
        tokens = list(tokenize.generate_tokens(io.StringIO(f"# {comment}\nx = 1\n").readline))
        assert [token.type for token in tokens[:2]] == [tokenize.COMMENT, tokenize.NL], repr(text)
        assert all(char.isprintable() for char in comment)
        # Printable words survive, whitespace folded.
        plain = " ".join(text.split())
        if all(char.isprintable() for char in plain):
            assert comment == plain


_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def test_markdown_cell_is_one_line_of_text() -> None:
    for text in texts():
        cell = escape.markdown_cell(text)
        assert "\n" not in cell and all(char.isprintable() for char in cell), repr(text)
        assert not _UNESCAPED_PIPE.search(cell), repr(cell)
        outside = _CODE_SPAN.sub("", cell)
        assert "<" not in outside, repr(cell)
        shown = cell.replace("\\|", "|")
        if "`" not in text and all(char.isprintable() for char in " ".join(text.split())):
            assert shown.replace("&lt;", "<").replace("&amp;", "&") == " ".join(text.split())


def test_markdown_literal_escapes_every_mark_and_keeps_the_words() -> None:
    marks = "\\`*_[]<>#|~"
    for text in texts():
        literal = escape.markdown_literal(text)
        assert "\n" not in literal and literal.isprintable(), repr(text)
        # Read back one character at a time: every mark comes after a backslash, and nothing else does.
        shown, index = [], 0
        while index < len(literal):
            if literal[index] == "\\":
                assert literal[index + 1] in marks, repr(literal)
                index += 1
            else:
                assert literal[index] not in marks, repr(literal)
            shown.append(literal[index])
            index += 1
        assert "".join(shown) == "".join(char for char in " ".join(text.split()) if char.isprintable())


def test_markdown_code_shows_the_text_as_is() -> None:
    for text in texts():
        folded = " ".join(text.split())
        code = escape.markdown_code(text)
        fence = re.match(r"`+", code)
        assert fence is not None and code.endswith(fence.group())
        inner = code[len(fence.group()) : -len(fence.group())]
        assert max((len(run) for run in re.findall(r"`+", folded)), default=0) < len(fence.group())
        if folded.startswith("`") or folded.endswith("`"):
            inner = inner[1:-1]
        assert inner == folded, repr(text)


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        ('say "hi"', '"say \\"hi\\""'),
        ("C:\\new", '"C:\\\\new"'),
        ("two\nlines", '"two\\nlines"'),
        ("\x00", '"\\x00"'),
    ],
)
def test_string_literal_examples(text: str, literal: str) -> None:
    assert escape.string_literal(text) == literal


def test_docstring_examples() -> None:
    assert escape.docstring('ends with "') == 'ends with \\"'
    assert escape.docstring('a """ b') == 'a \\"\\"\\" b'
    assert escape.docstring("C:\\new") == "C:\\\\new"


def test_html_text_holds_no_markup_and_reads_back_as_written() -> None:
    import html as standard_html

    for text in texts():
        shown = escape.html(text)
        assert not set(shown) & set("<>\"'"), repr(shown)
        assert re.fullmatch(r"(?:[^&]|&(?:amp|lt|gt|quot|#39|#x[0-9A-F]+);)*", shown, re.DOTALL), repr(shown)
        assert all(char in "\n\t" or char.isprintable() for char in shown), repr(shown)
        if all(char in "\n\t" or char.isprintable() for char in text):
            # (HTML reads some numeric references as other characters: C1 controls, surrogates.)
            assert standard_html.unescape(shown) == text, repr(text)
        else:
            assert standard_html.unescape(re.sub(r"&#x[0-9A-F]+;", "", shown)) == "".join(
                char for char in text if char in "\n\t" or char.isprintable()
            ), repr(text)
