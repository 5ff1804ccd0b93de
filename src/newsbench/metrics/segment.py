"""Splitting a text into paragraphs (lines) and sentences, for every script."""

from __future__ import annotations

import re

from newsbench.metrics.tokenize import token_tuple, tokens

# Sentence ends that never occur inside a sentence: CJK full stops and fullwidth marks,
# Arabic question mark, Urdu full stop, Devanagari danda and double danda.
_ALWAYS_FINAL = "\u3002\uff61\uff01\uff1f\u061f\u06d4\u0964\u0965"
# Latin-style ends, which also appear inside sentences ("3.5", "U.S."): a boundary only when
# whitespace follows. Abbreviations ("Mr. Smith") are split too; no language-specific lists.
_SPACED_FINAL = ".!?\u2026"
_SENTENCE_BREAK = re.compile(rf"(?<=[{_ALWAYS_FINAL}])\s*|(?<=[{_SPACED_FINAL}])\s+")
# For `sentence_tokens`: a line break (those of `str.splitlines`) or a sentence end with the
# whitespace after it, consumed. One split of the whole text gives the same token-bearing pieces
# as splitting lines and then sentences: separators are punctuation, whitespace and line breaks,
# none of which is part of a token. The pattern consumes its first character from one class and
# only then looks back at which it was, so the regex engine can scan for that class (twice as fast).
_LINE_BREAKS = "\\n\\r\\v\\f\\x1c\\x1d\\x1e\\x85\\u2028\\u2029"
_LINE_OR_SENTENCE_BREAK = re.compile(
    rf"[{_ALWAYS_FINAL}{_SPACED_FINAL}{_LINE_BREAKS}]"
    rf"(?:(?<=[{_ALWAYS_FINAL}])\s*|(?<=[{_SPACED_FINAL}])\s+|(?<=\r)\n|(?<=[{_LINE_BREAKS}]))")


def paragraphs(text: str) -> list[str]:
    """The lines of a text (split at any line break, ``str.splitlines``) that hold a token.

    Blank lines and lines of punctuation only are dropped, so one or several line breaks
    between paragraphs give the same result.

    >>> paragraphs("First para.\\n\\n  \\nSecond --\\r\\n* * *\\nThird")
    ['First para.', 'Second --', 'Third']
    """
    return [line.strip() for line in text.splitlines() if tokens(line)]


def paragraph_tokens(text: str) -> list[list[str]]:
    """`tokenize.tokens` of each of `paragraphs(text)`, each line tokenised once.

    >>> paragraph_tokens("First para.\\n\\n* * *\\nSecond")
    [['first', 'para'], ['second']]
    """
    return [list(found) for line in text.splitlines() if (found := token_tuple(line))]


def sentences(text: str) -> list[str]:
    """Sentences of a text: split at line breaks, after ``。｡！？ ؟ ۔ । ॥`` and after ``. ! ? …``
    when whitespace follows. Segments without a token are dropped.

    >>> sentences("Prices rose 3.5% in the U.S. today. Why?\\n新华社。记者报道！")
    ['Prices rose 3.5% in the U.S.', 'today.', 'Why?', '新华社。', '记者报道！']
    >>> sentences("हम जा रहे हैं। वह आया।")
    ['हम जा रहे हैं।', 'वह आया।']
    """
    return [piece.strip() for line in paragraphs(text) for piece in _SENTENCE_BREAK.split(line) if tokens(piece)]


def sentence_tokens(text: str) -> list[list[str]]:
    """`tokenize.tokens` of each of `sentences(text)`, computed in one pass (each piece tokenised once).

    >>> sentence_tokens("Rain fell. Oslo was wet.\\n\\n* * *\\n雨。")
    [['rain', 'fell'], ['oslo', 'was', 'wet'], ['雨']]
    """
    return [list(found) for piece in _LINE_OR_SENTENCE_BREAK.split(text) if (found := token_tuple(piece))]
