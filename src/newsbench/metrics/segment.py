"""Splitting a text into paragraphs (lines) and sentences, for every script."""

from __future__ import annotations

import functools
import itertools
import re

from newsbench.metrics.tokenize import token_tuple, tokens

# Sentence ends that never occur inside a sentence: CJK full stops and fullwidth marks,
# Arabic question mark, Urdu full stop, Devanagari danda and double danda.
_ALWAYS_FINAL = "\u3002\uff61\uff01\uff1f\u061f\u06d4\u0964\u0965"
# Latin-style ends, which also appear inside sentences ("3.5", "U.S."): a boundary only when
# whitespace follows. Abbreviations ("Mr. Smith") are split too; no language-specific lists.
_SPACED_FINAL = ".!?\u2026"
_SENTENCE_BREAK = re.compile(rf"(?<=[{_ALWAYS_FINAL}])\s*|(?<=[{_SPACED_FINAL}])\s+")
# For `sentence_tokens`: a sentence end with the whitespace after it, consumed. The pattern takes
# its first character from the class of sentence ends and only then looks back at which it was, so
# the regex engine scans for that class (twice as fast as `_SENTENCE_BREAK`); the pieces differ only
# by the final mark, which is no part of a token.
_SENTENCE_END = re.compile(rf"[{_ALWAYS_FINAL}{_SPACED_FINAL}](?:(?<=[{_ALWAYS_FINAL}])\s*|(?<=[{_SPACED_FINAL}])\s+)")


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
    return [list(paragraph) for paragraph in paragraph_tuples(text)]


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
    return [list(sentence) for sentence in sentence_tuples(text)]


def paragraph_tuples(text: str) -> list[tuple[str, ...]]:
    """`paragraph_tokens(text)` as tuples, for the metrics: they only read them.

    >>> paragraph_tuples("First para.\\n\\n* * *\\nSecond")
    [('first', 'para'), ('second',)]
    """
    return [tuple(itertools.chain.from_iterable(line)) for line in _pieces(text)]


def sentence_tuples(text: str) -> list[tuple[str, ...]]:
    """`sentence_tokens(text)` as tuples, for the metrics (no copy of each sentence's tokens).

    >>> sentence_tuples("Rain fell. Oslo was wet.")
    [('rain', 'fell'), ('oslo', 'was', 'wet')]
    """
    return [piece for line in _pieces(text) for piece in line]


@functools.lru_cache(maxsize=1024)
def text_tokens(text: str) -> tuple[str, ...]:
    """`tokenize.token_tuple(text)`, put together from the sentences' tokens that `sentence_tokens` has found.

    The same tokens, since every separator the sentences are split at (line breaks, whitespace,
    sentence-final punctuation) is neither part of a token nor changed into a word character
    by NFKC, nor composed by it with what follows (a property test and the whole dataset check
    it). A body's whole text, lines and sentences are then tokenised in one pass.

    >>> text_tokens("Rain fell. Oslo was wet.\\n雨。") == token_tuple("Rain fell. Oslo was wet.\\n雨。")
    True
    """
    return tuple(itertools.chain.from_iterable(itertools.chain.from_iterable(_pieces(text))))


@functools.lru_cache(maxsize=1024)
def _pieces(text: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    # For each line holding a token, its sentences' tokens (pieces without a token dropped): the one
    # tokenisation that `paragraph_tokens`, `sentence_tokens` and `text_tokens` share. Pieces go
    # through `token_tuple`'s memo: the extractors of a page return many of the same sentences.
    lines = []
    for text_line in text.splitlines():
        line = tuple(filter(None, map(token_tuple, _SENTENCE_END.split(text_line))))
        if line:
            lines.append(line)
    return tuple(lines)
