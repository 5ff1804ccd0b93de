"""Text folding and word tokens that work for every script, including those written without spaces."""

from __future__ import annotations

import functools
import re
import unicodedata

from newsbench.metrics.lcs import kernel

Ranges = tuple[tuple[int, int], ...]
"""Code points as (first, last) ranges, both ends included."""


def _ranges_of(category_prefix: str, planes: tuple[range, ...]) -> Ranges:
    """The ranges of every code point in `planes` whose category starts with the prefix."""
    ranges: list[tuple[int, int]] = []
    start = previous = -2
    for code in (c for plane in planes for c in plane):
        if not unicodedata.category(chr(code)).startswith(category_prefix):
            continue
        if code != previous + 1:
            if start >= 0:
                ranges.append((start, previous))
            start = code
        previous = code
    ranges.append((start, previous))
    return tuple(ranges)


def _class_of(ranges: Ranges) -> str:
    """A regex character-class body listing the ranges."""
    return "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in ranges)


# Combining marks (Mn, Mc, Me) belong to the word they sit on. Python's `\w` excludes them, which
# cuts Devanagari, Bengali, Thai, Myanmar ... words at every vowel sign and virama, and cuts
# casefolded Turkish "İ" (i + U+0307). Marks live in planes 0, 1 and 14 only.
_BMP, _ASTRAL = (range(0x10000),), (range(0x10000, 0x20000), range(0xE0000, 0xE0200))
_MARKS_BMP_RANGES, _MARKS_ASTRAL_RANGES = _ranges_of("M", _BMP), _ranges_of("M", _ASTRAL)
_MARKS_BMP, _MARKS_ASTRAL = _class_of(_MARKS_BMP_RANGES), _class_of(_MARKS_ASTRAL_RANGES)
# Format characters (Cf: soft hyphen, zero-width space and joiners, bidi marks, BOM) are dropped
# before tokenising: a browser renders them as nothing, so they must not split or join words.
_FORMAT = dict.fromkeys(
    (c for plane in (range(0x20000), range(0xE0000, 0xE0080)) for c in plane if unicodedata.category(chr(c)) == "Cf"),
    None,
)
# Scripts written without spaces between words: each character (with its combining marks) is a
# token. Han (with its iteration marks and radicals), Hiragana, Katakana, Thai, Lao, Khmer and
# Myanmar. Hangul is not here: Korean separates words with spaces, so Korean words stay whole.
_SOLO_BMP_RANGES: Ranges = (
    (0x2E80, 0x2FDF), (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029), (0x3038, 0x303B),  # Han
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x3040, 0x309F), (0x30A0, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F),  # Hiragana, Katakana
    (0x0E00, 0x0E7F), (0x0E80, 0x0EFF), (0x1780, 0x17FF), (0x1000, 0x109F),  # Thai, Lao, Khmer, Myanmar
)
_SOLO_ASTRAL_RANGES: Ranges = ((0x20000, 0x323AF), (0x1B000, 0x1B16F))  # Han, kana
_SOLO_BMP, _SOLO_ASTRAL = _class_of(_SOLO_BMP_RANGES), _class_of(_SOLO_ASTRAL_RANGES)


def _token_pattern(solo: str, marks: str) -> re.Pattern[str]:
    return re.compile(rf"[{solo}][{marks}]*|(?:(?![{solo}])[\w{marks}])+")


# The one token rule, `_TOKEN`, and two exact shortcuts for the texts most pages are made of
# (a regex class holding a character beyond U+FFFF is tested range by range, one holding only
# BMP characters by a bitmap, several times faster): without characters beyond U+FFFF the
# astral ranges can never match, and without any solo-script character the first alternative
# never matches and the look-ahead never fails, so each pattern finds the same tokens there.
# Where the compiled kernel was built, `kernel.tokens` finds the same tokens as these patterns
# (`_regex_tokens`, kept as its specification; the tests compare them) 3-15 times faster.
_TOKEN = _token_pattern(_SOLO_BMP + _SOLO_ASTRAL, _MARKS_BMP + _MARKS_ASTRAL)
_TOKEN_BMP = _token_pattern(_SOLO_BMP, _MARKS_BMP)
_WORD_BMP = re.compile(rf"[\w{_MARKS_BMP}]+")
_WORD = re.compile(r"\w+")


def _classes() -> bytes:
    """The kernel's class byte of every code point: 1 for a combining mark, 2 for a solo-script character."""
    table = bytearray(0x110000)
    for first, last in (*_MARKS_BMP_RANGES, *_MARKS_ASTRAL_RANGES):
        table[first:last + 1] = b"\x01" * (last + 1 - first)
    solo = bytes(b | 2 for b in range(256))
    for first, last in (*_SOLO_BMP_RANGES, *_SOLO_ASTRAL_RANGES):
        table[first:last + 1] = table[first:last + 1].translate(solo)
    return bytes(table)


if kernel is not None:
    kernel.token_classes(_classes())  # once: `kernel.tokens` reads the table
_HAS_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_HAS_SOLO_BMP = re.compile(f"[{_SOLO_BMP}]")
_HAS_FORMAT_BMP = re.compile("[" + "".join(re.escape(chr(c)) for c in _FORMAT if c < 0x10000) + "]")
_WHITESPACE = re.compile(r"\s+")
_PUNCTUATION = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
    }
)


def strip_format(text: str) -> str:
    """Remove format characters (Unicode category Cf) such as soft hyphens and zero-width spaces.

    >>> strip_format("soft\\u00adhyphen zero\\u200bwidth")
    'softhyphen zerowidth'
    """
    # A text without any (most texts) is returned as it is; the search is far cheaper than the translation.
    if _HAS_FORMAT_BMP.search(text) is None and _HAS_ASTRAL.search(text) is None:
        return text
    return text.translate(_FORMAT)


def fold(text: str) -> str:
    """The comparison form of a short string (headline, name, entity).

    NFKC, format characters (Cf) removed, curly quotes, guillemets and dashes folded to ASCII
    ``' " -``, case-folded, whitespace runs collapsed to one space, ends stripped.

    >>> fold("  \\u201cSoft\\u00adware\\u201d \\u2014  ＡＩ\\u00a0Boom ")
    '"software" - ai boom'
    """
    text = strip_format(unicodedata.normalize("NFKC", text)).translate(_PUNCTUATION).casefold()
    return _WHITESPACE.sub(" ", text).strip()


def tokens(text: str) -> list[str]:
    """Word tokens of a text, for every language.

    The text is NFKC-normalised, stripped of format characters (Cf) and case-folded. A token
    is then either one character of a script written without spaces (Han, Hiragana,
    Katakana, Thai, Lao, Khmer, Myanmar) together with its combining marks, or a maximal run
    of other word characters (``\\w``) and combining marks (so Devanagari and Arabic words
    with vowel signs stay whole, and Hangul words are kept as written between spaces).
    Punctuation and whitespace separate tokens and are not tokens. An empty text has none.

    >>> tokens("The U.S.-based firm’s CEO")
    ['the', 'u', 's', 'based', 'firm', 's', 'ceo']
    >>> tokens("東京タワー에서 서울까지")
    ['東', '京', 'タ', 'ワ', 'ー', '에서', '서울까지']
    >>> tokens("हिन्दी भाषा ภาษาไทย")
    ['हिन्दी', 'भाषा', 'ภ', 'า', 'ษ', 'า', 'ไ', 'ท', 'ย']
    """
    return list(token_tuple(text))


@functools.lru_cache(maxsize=32768)
def token_tuple(text: str) -> tuple[str, ...]:
    """`tokens(text)` as a tuple, remembered for the last 32,768 texts (the metrics ask for the same ones often).

    >>> token_tuple("Rain, rain")
    ('rain', 'rain')
    """
    folded = strip_format(unicodedata.normalize("NFKC", text)).casefold()
    if kernel is not None:
        return kernel.tokens(folded, 1)  # type: ignore[no-any-return]
    return _regex_tokens(folded)


def _regex_tokens(folded: str) -> tuple[str, ...]:
    # The token rule on a folded text with the regex patterns: `kernel.tokens(folded, 1)`'s specification.
    if _HAS_ASTRAL.search(folded) is not None:
        return tuple(_TOKEN.findall(folded))
    return tuple((_TOKEN_BMP if _HAS_SOLO_BMP.search(folded) else _WORD_BMP).findall(folded))


def word_runs(text: str) -> tuple[str, ...]:
    """``re.findall(r"\\w+", text)`` as a tuple (the published AEB and WCXB tokenizers), the kernel's where built.

    >>> word_runs("It's 4.5°C in Zürich")
    ('It', 's', '4', '5', 'C', 'in', 'Zürich')
    """
    if kernel is not None:
        return kernel.tokens(text, 0)  # type: ignore[no-any-return]
    return tuple(_WORD.findall(text))


def token_spans(text: str) -> list[tuple[str, int, int]] | None:
    """`tokens(text)` with where each token stands in `text` (start, end offsets), to show a text token by token.

    The normalisation is applied character by character so that offsets map back; where that
    gives other tokens than `tokens` (a sequence that NFKC composes, such as a letter and a
    separate combining accent), None: the caller shows the normalised tokens instead.

    >>> token_spans("The U.S.-based Firm")
    [('the', 0, 3), ('u', 4, 5), ('s', 6, 7), ('based', 9, 14), ('firm', 15, 19)]
    >>> token_spans("cafe\u0301") is None  # NFKC composes e + U+0301 into é
    True
    """
    if text.isascii():  # NFKC and format characters change nothing; case-folding keeps every offset
        return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text.lower())]
    pieces = list(map(_piece, text))
    normal = "".join(pieces)
    if len(normal) == len(text) and all(len(piece) == 1 for piece in pieces):  # one character for one
        spans = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(normal)]
    else:
        origin = [i for i, piece in enumerate(pieces) for _ in piece]
        spans = [(m.group(), origin[m.start()], origin[m.end() - 1] + 1) for m in _TOKEN.finditer(normal)]
    return spans if tuple(s[0] for s in spans) == token_tuple(text) else None


@functools.lru_cache(maxsize=65536)
def _piece(char: str) -> str:
    return strip_format(unicodedata.normalize("NFKC", char)).casefold()
