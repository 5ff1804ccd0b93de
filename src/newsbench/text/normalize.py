"""Text normalisation and the searchable text of a page, shared by the validator and scoring."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator

# Characters a browser renders as nothing (or as a line-break opportunity only).
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"), None)

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_PLAIN_TAG = re.compile(r"<[^>]*>")
_SCRIPT_OPEN = re.compile(r"<script\b", re.I)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.I)
# A JSON string literal from its opening quote as far as it goes: closed when group 2 matched,
# otherwise cut by a newline or the end of the text.
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)(")?', re.S)
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")  # a Unicode decimal digit other than 0-9



def clean(text: str) -> str:
    """NFKC-normalise, drop invisible characters and collapse whitespace runs to one space.

    >>> clean("  Zero\\u200bwidth  and\\u00a0soft\\u00adhyphen ")
    'Zerowidth and softhyphen'
    """
    text = unicodedata.normalize("NFKC", text).translate(INVISIBLE)
    return _WS.sub(" ", text).strip()


def squash(text: str) -> str:
    """The form used to test that a text occurs in a page: `clean` with all whitespace removed.

    Whitespace is dropped entirely because markup decides it (`<td>a</td><td>b</td>`,
    `<br>`, CJK text with no spaces); what must match is the sequence of visible characters.

    >>> squash("A  quick\\n brown fox")
    'Aquickbrownfox'
    """
    return _WS.sub("", clean(text))


def strip_tags(markup: str) -> str:
    """Remove comments and tags, then resolve character references (named and numeric).

    Each comment (`<!--` to the next `-->`) and each tag (`<` to the next `>`) becomes a space.
    A `<!--` with no `-->` after it is a tag up to the next `>`, and a `<` with no `>` after it
    is text. Linear in the length of the markup: the text is cut after the last `-->` and again
    after the last `>`, so that an unterminated `<!--` or `<` is never scanned to the end.

    >>> strip_tags("a<b>c<!-- d > e -->f<!-- g>h<i")
    'a c f h<i'
    """
    last_comment = markup.rfind("-->")
    cut = last_comment + 3 if last_comment >= 0 else 0
    rest = markup[cut:]  # holds no "-->": a tag alone can match here
    last_tag = rest.rfind(">") + 1
    return html.unescape(_TAG.sub(" ", markup[:cut]) + _PLAIN_TAG.sub(" ", rest[:last_tag]) + rest[last_tag:])


def _scripts(markup: str) -> Iterator[str]:
    """The content of every <script> element, in order: what `<script\\b[^>]*>(.*?)</script\\s*>`
    (case-insensitive, dot matching newlines) finds, in linear time.

    A script runs from the first `>` after `<script` to the next `</script>`; once no `>` or no
    `</script>` is left, no later script can match either, so the search stops there.
    """
    pos = 0
    while (opening := _SCRIPT_OPEN.search(markup, pos)) is not None:
        start = markup.find(">", opening.end())
        closing = _SCRIPT_CLOSE.search(markup, start + 1) if start >= 0 else None
        if closing is None:
            return
        yield markup[start + 1:closing.start()]
        pos = closing.end()


def _script_strings(markup: str) -> list[str]:
    """Every JSON string literal inside <script> elements, decoded, as text with tags removed.

    A literal is a double-quoted run without an unescaped newline. One not closed on its line is
    skipped, and the search resumes where it was cut: a quote inside it cannot open a literal
    that closes (it is escaped, or the cut comes first), so each character is read once.
    """
    out: list[str] = []
    for script in _scripts(markup):
        for literal in _JSON_STRING.finditer(script):
            if literal.group(2) is None:
                continue
            try:
                value = json.loads(f'"{literal.group(1)}"')
            except json.JSONDecodeError:
                continue
            if len(value) >= 2:
                out.append(strip_tags(value))
    return out


def searchable_text(markup: str) -> str:
    """All text a reader or a script-aware extractor could obtain from a page, squashed.

    This is the page's markup with tags removed and character references resolved, followed by
    every JSON string literal found in its scripts (hydration data such as `__NEXT_DATA__`,
    JSON-LD), decoded and stripped of tags. Text inside <noscript> is included as text.
    Segments are separated by U+0001 so that a match cannot span two of them. Linear in the
    length of the markup (`benchmark/perf_validate.py`).
    """
    parts = [strip_tags(markup), *_script_strings(markup)]
    return "\u0001".join(squash(p) for p in parts)


def to_ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Devanagari, Arabic-Indic, fullwidth ...) by 0-9.

    >>> to_ascii_digits("\\u0968\\u0966\\u0968\\u0966 \\u0663\\uff11")
    '2020 31'
    """
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
