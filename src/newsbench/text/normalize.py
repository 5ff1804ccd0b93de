"""Text normalisation and the searchable text of a page, shared by the validator and scoring."""

from __future__ import annotations

import html
import json
import re
import unicodedata

# Characters a browser renders as nothing (or as a line-break opportunity only).
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u061c"), None)

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.S | re.I)
_JSON_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"', re.S)
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
    """Remove comments and tags, then resolve character references (named and numeric)."""
    return html.unescape(_TAG.sub(" ", markup))


def _script_strings(markup: str) -> list[str]:
    """Every JSON string literal inside <script> elements, decoded, as text with tags removed."""
    out: list[str] = []
    for script in _SCRIPT.findall(markup):
        for literal in _JSON_STRING.findall(script):
            try:
                value = json.loads(f'"{literal}"')
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
    Segments are separated by U+0001 so that a match cannot span two of them.
    """
    parts = [strip_tags(markup), *_script_strings(markup)]
    return "\u0001".join(squash(p) for p in parts)


def to_ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Devanagari, Arabic-Indic, fullwidth ...) by 0-9.

    >>> to_ascii_digits("\\u0968\\u0966\\u0968\\u0966 \\u0663\\uff11")
    '2020 31'
    """
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
