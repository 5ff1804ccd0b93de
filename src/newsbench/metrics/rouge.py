"""ROUGE-LSum of a predicted body: union-LCS of sentences, with tokens that work for every script."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from newsbench.metrics.bags import Bag
from newsbench.metrics.body import GoldBlocks, included_optional
from newsbench.metrics.lcs import Segments, kernel, union_lcs
from newsbench.metrics.prf import PRF, f_measure
from newsbench.metrics.segment import sentence_tuples, text_tokens


def rouge_lsum_texts(reference: Sequence[Sequence[str]], candidate: Sequence[Sequence[str]]) -> PRF:
    """Summary-level ROUGE-L (ROUGE-LSum) of tokenised sentences, as in Google's rouge-score.

    For each reference sentence r, the union of the LCS matches of r with every candidate
    sentence (token positions in r) is taken; a matched token counts as a hit only while
    that token type has unused occurrences in both texts (rouge-score's guard against double
    counting). The union is computed bit-parallel with exact shortcuts (`lcs.union_lcs`, or the same
    algorithm compiled: `lcs.kernel.rouge_hits`). ``P = hits / |candidate tokens|``, ``R = hits / |reference tokens|``,
    ``F = 2PR / (P + R)``. Zero division: both without tokens -> 1, 1, 1 (rouge-score gives
    0); one without tokens -> 0, 0, 0.

    >>> ref = [["w1", "w2", "w3", "w4", "w5"]]
    >>> rouge_lsum_texts(ref, [["w1", "w2", "w6", "w7", "w8"], ["w1", "w3", "w8", "w9", "w5"]])
    PRF(precision=0.4, recall=0.8, f1=0.5333333333333333)
    """
    m, n = sum(map(len, reference)), sum(map(len, candidate))
    if m == 0 or n == 0:
        return PRF(1.0, 1.0, 1.0) if m == n else PRF(0.0, 0.0, 0.0)
    hits = _hits(reference, candidate) if kernel is None else kernel.rouge_hits(reference, candidate)
    precision, recall = hits / n, hits / m
    return PRF(precision, recall, f_measure(precision, recall))


def _hits(reference: Sequence[Sequence[str]], candidate: Sequence[Sequence[str]]) -> int:
    """The hit count of `rouge_lsum_texts` in Python: the specification the compiled kernel (`lcs.kernel.rouge_hits`) follows."""
    segments = Segments(candidate)
    # rouge-score walks the union hits in order and counts one while the token has unused
    # occurrences in both texts. A reference sentence's union holds distinct positions of it, so
    # the reference side never runs out, and the count is, order aside, min(union hits of the
    # token, its occurrences in the candidate), summed over token types.
    union_hits: list[str] = []
    for sentence in reference:
        union = union_lcs(sentence, segments)
        if union:
            union_hits.extend(map(sentence.__getitem__, union))
    return _vocabulary(tuple(map(tuple, reference))).common(union_hits, list(itertools.chain.from_iterable(candidate)))


@functools.lru_cache(maxsize=1024)
def _vocabulary(reference: tuple[tuple[str, ...], ...]) -> Bag:
    # The reference sentences' tokens, whose vocabulary the hits are counted over: once per page and reference.
    return Bag(list(itertools.chain.from_iterable(reference)))


def rouge_lsum(gold_blocks: GoldBlocks, predicted: str | None) -> PRF | None:
    """ROUGE-LSum P/R/F of a predicted body against the gold blocks (`rouge_lsum_texts`).

    Sentences: `segment.sentences` of each included gold block (blocks never share a
    sentence) and of the prediction: split at line breaks, after ``。｡！？ ؟ ۔ । ॥`` and after
    ``. ! ? …`` followed by whitespace. Tokens: `tokenize.tokens` (NFKC, case-folded, one
    token per Han/kana/Thai character). Reference: required blocks plus the optional blocks
    `body.included_optional` finds in the prediction; unlike `body.body_tokens`, text of
    left-out optional blocks is not removed from the prediction, since sentences cannot be
    partly removed. ``predicted=None`` -> ``None``.

    >>> rouge_lsum([("Rain fell. Oslo was wet.", False)], "Oslo was wet. Rain fell.")
    PRF(precision=1.0, recall=1.0, f1=1.0)
    """
    if predicted is None:
        return None
    included = included_optional(gold_blocks, text_tokens(predicted))
    reference = [s for (text, _), keep in zip(gold_blocks, included, strict=True) if keep for s in _gold_sentences(text)]
    return rouge_lsum_texts(reference, sentence_tuples(predicted))


@functools.lru_cache(maxsize=8192)
def _gold_sentences(text: str) -> list[tuple[str, ...]]:
    # A gold block is split into sentences once, not once per extractor (callers do not modify the lists).
    return sentence_tuples(text)
