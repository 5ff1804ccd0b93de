"""Article body scored as a bag of word tokens, with optional gold blocks counting neither for nor against."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from newsbench.metrics.bags import Bag, IntArray
from newsbench.metrics.prf import PRF, Counts
from newsbench.metrics.segment import text_tokens
from newsbench.metrics.tokenize import token_tuple, tokens  # noqa: F401 (tokens: in the examples)

# An optional gold block counts as included when at least this share of its tokens are found
# among the prediction's tokens that the required blocks do not already account for.
OPTIONAL_SHARE = 0.5

GoldBlocks = Sequence[tuple[str, bool]]
"""A page's gold body: (text, optional) pairs in reading order."""


@dataclass(frozen=True, slots=True)
class _Block:
    """An optional gold block's token counts over the optional blocks' vocabulary."""

    counts: IntArray
    order: list[int]  # the ids of its distinct tokens, in order of first occurrence


@functools.lru_cache(maxsize=1024)
def _optional_counts(gold_blocks: tuple[tuple[str, bool], ...]) -> tuple[Bag, IntArray, tuple[_Block | None, ...]]:
    # Once per page: the optional blocks' vocabulary (a Bag), the required blocks' counts over it, and each optional
    # block's counts over it with its distinct tokens' ids in order of first occurrence (None for a required block).
    vocabulary = Bag([t for text, optional in gold_blocks if optional for t in token_tuple(text)])
    required = vocabulary.counts_of([t for text, optional in gold_blocks if not optional for t in token_tuple(text)])
    blocks = tuple(_Block(vocabulary.counts_of(words), [vocabulary.vocabulary[t] for t in dict.fromkeys(words)])
                   if optional else None for text, optional in gold_blocks for words in (token_tuple(text),))
    return vocabulary, required, blocks


def _resolve(gold_blocks: GoldBlocks, predicted_tokens: Sequence[str]) -> tuple[list[bool], Counter[str]]:
    """Which blocks form the reference, and the prediction's tokens that match left-out optional blocks."""
    included, left_out = _resolve_cached(tuple(gold_blocks), tuple(predicted_tokens))
    return list(included), left_out


@functools.lru_cache(maxsize=256)
def _resolve_cached(gold_blocks: tuple[tuple[str, bool], ...],
                    predicted_tokens: tuple[str, ...]) -> tuple[tuple[bool, ...], Counter[str]]:
    # The token metrics of one page ask the same question several times; callers must not mutate.
    included, left_out = _resolve_uncached(gold_blocks, predicted_tokens)
    return tuple(included), left_out


def _resolve_uncached(gold_blocks: GoldBlocks, predicted_tokens: Sequence[str]) -> tuple[list[bool], Counter[str]]:
    if not any(optional for _, optional in gold_blocks):
        return [True] * len(gold_blocks), Counter()
    vocabulary, required, blocks = _optional_counts(tuple(gold_blocks))
    # The surplus (prediction minus required blocks, positive counts only) matters only for the tokens of optional
    # blocks: it is counted over their vocabulary alone.
    surplus = np.maximum(vocabulary.counts_of(predicted_tokens) - required, 0)
    included: list[bool] = []
    left_out: Counter[str] = Counter()
    words = list(vocabulary.vocabulary)
    for block in blocks:
        if block is None:
            included.append(True)
            continue
        found = np.minimum(block.counts, surplus)
        size = int(block.counts.sum())
        included.append(size > 0 and int(found.sum()) >= OPTIONAL_SHARE * size)
        if not included[-1]:
            left_out += Counter({words[i]: int(found[i]) for i in block.order if found[i] > 0})
        surplus -= found
    return included, left_out


def included_optional(gold_blocks: GoldBlocks, predicted_tokens: Sequence[str]) -> list[bool]:
    """For each gold block, whether it belongs to the reference the prediction is scored against.

    Required blocks always do. An optional block does when at least `OPTIONAL_SHARE` (0.5)
    of its tokens (as a multiset) are among the prediction's *surplus*: the prediction's
    tokens minus those of the required blocks (multiset difference), so that common words
    the required text already explains ("the", "of") do not make a caption look included.
    Optional blocks are examined in order and each consumes the surplus tokens it matched,
    so two copies of one caption need two copies in the prediction. An optional block
    without tokens is not included.

    >>> blocks = [("The mayor opened the bridge.", False), ("Photo: the new bridge", True)]
    >>> included_optional(blocks, tokens("The mayor opened the bridge. Photo: the new bridge"))
    [True, True]
    >>> included_optional(blocks, tokens("The mayor opened the bridge. Subscribe now"))
    [True, False]
    """
    return _resolve(gold_blocks, predicted_tokens)[0]


def optional_resolution(gold_blocks: GoldBlocks, predicted_tokens: Sequence[str]) -> tuple[list[bool], Counter[str]]:
    """What `body_token_counts` decides about optional blocks, to explain a score: for each gold block whether
    it is in the reference (`included_optional`), and the prediction's tokens that match optional blocks left
    out (neither true nor false positives).

    >>> optional_resolution([("Rain fell.", False), ("Photo: harbour view", True)], ["rain", "fell", "harbour"])
    ([True, False], Counter({'harbour': 1}))
    """
    included, left_out = _resolve(gold_blocks, predicted_tokens)
    return included, Counter(left_out)


def body_tokens(gold_blocks: GoldBlocks, predicted: str | None) -> PRF | None:
    """Token precision, recall and F1 of a predicted body against the gold blocks.

    ``P = |g ∩ p| / |p|``, ``R = |g ∩ p| / |g|`` over multisets of `tokenize.tokens`
    (NFKC, case-folded words; one token per Han/kana/Thai character). The reference g is the
    required blocks plus the optional blocks `included_optional` finds in the prediction. For
    each optional block left out, the prediction's surplus tokens matching it are removed
    from p, so a partly included caption is not counted as false positives.

    Zero division (`prf.prf_from_counts`): empty g and empty p -> 1, 1, 1; an empty
    prediction against a non-empty reference -> 0, 0, 0. ``predicted=None`` (the tool did
    not try) -> ``None``.

    >>> gold = [("Rain fell on Oslo.", False), ("Photo: Oslo harbour", True)]
    >>> body_tokens(gold, "Rain fell on Oslo. Share this")  # tp 4, fp 2 (share, this), fn 0
    PRF(precision=0.6666666666666666, recall=1.0, f1=0.8)
    >>> body_tokens(gold, "Rain fell on Oslo. Photo: Oslo harbour")  # caption included: tp 7
    PRF(precision=1.0, recall=1.0, f1=1.0)
    >>> body_tokens(gold, None) is None
    True
    """
    counts = body_token_counts(gold_blocks, predicted)
    return None if counts is None else counts.prf


def body_token_counts(gold_blocks: GoldBlocks, predicted: str | None) -> Counts | None:
    """The tp, fp and fn behind `body_tokens` (same reference and optional-block handling), for micro averages.

    >>> body_token_counts([("Rain fell on Oslo.", False)], "Rain fell on Oslo. Share this")
    Counts(tp=4, fp=2, fn=0)
    """
    if predicted is None:
        return None
    predicted_tokens = text_tokens(predicted)
    included, left_out = _resolve(gold_blocks, predicted_tokens)
    reference = _reference(tuple(gold_blocks), tuple(included))
    kept: Sequence[str] = predicted_tokens
    if left_out:  # tokens matching left-out optional blocks are removed from the prediction
        kept = list((Counter(predicted_tokens) - left_out).elements())
    tp = reference.overlap(kept)
    return Counts(tp, len(kept) - tp, reference.total - tp)


@functools.lru_cache(maxsize=1024)
def _reference(gold_blocks: tuple[tuple[str, bool], ...], included: tuple[bool, ...]) -> Bag:
    # Most extractors on a page leave the same optional blocks in or out: each reference is counted once.
    return Bag([t for (text, _), keep in zip(gold_blocks, included, strict=True) if keep for t in token_tuple(text)])
