"""Block-level body scores: which gold blocks a prediction recovers, and which of its paragraphs are article text."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence

from newsbench.metrics.body import GoldBlocks, included_optional
from newsbench.metrics.lcs import TokenMasks
from newsbench.metrics.prf import PRF, f_measure
from newsbench.metrics.segment import paragraph_tuples, text_tokens
from newsbench.metrics.tokenize import token_tuple

# A token sequence is found in another when at least this share of it appears there in order
# (LCS length / its own length). 0.8 tolerates a dropped link text or a re-joined hyphenation.
FOUND_SHARE = 0.8
_SEP = "\x1f"  # joins tokens for substring tests; tokens are word characters, never this


def finder(haystack: Sequence[str], share: float = FOUND_SHARE, remember: bool = False) -> Callable[[Sequence[str]], bool]:
    """`found_in` with the haystack prepared once, for matching many needles against one text.

    With `remember`, each distinct needle's answer is kept (for a gold text that the same
    paragraphs of several extractors are looked up in).

    >>> found = finder("x a b y c d e".split())
    >>> found("a b c d e".split()), found("a b z z z".split())
    (True, False)
    """
    joined = _SEP + _SEP.join(haystack) + _SEP
    masks: list[TokenMasks] = []  # the haystack prepared for LCS lengths, on first need only
    memo: dict[tuple[str, ...], bool] | None = {} if remember else None

    def found(needle: Sequence[str]) -> bool:
        if not needle:
            return False
        if memo is not None:
            key = tuple(needle)
            if key not in memo:
                memo[key] = search(needle)
            return memo[key]
        return search(needle)

    def search(needle: Sequence[str]) -> bool:
        return _search(needle, _SEP + _SEP.join(needle) + _SEP, haystack, joined, masks, share)

    return found


def _search(needle: Sequence[str], substring: str, haystack: Sequence[str], joined: str, masks: list[TokenMasks],
            share: float) -> bool:
    """`found_in` given the needle's and the haystack's joined forms; the haystack's LCS masks are built into
    `masks` on first need (most needles are settled by the substring test alone)."""
    # A needle found contiguously has LCS = its length: a C-speed substring test settles most.
    if substring in joined:
        return True
    if not masks:
        masks.append(TokenMasks(haystack))
    return masks[0].lcs_length(needle) >= share * len(needle)


@functools.lru_cache(maxsize=1024)
def _gold_finder(haystack: tuple[str, ...]) -> Callable[[Sequence[str]], bool]:
    # The gold side of a page is the same for every extractor: prepare its finder once, and
    # remember its answers, since the extractors of a page return many of the same paragraphs.
    return finder(haystack, remember=True)


@functools.lru_cache(maxsize=1024)
def _required_blocks(gold_blocks: tuple[tuple[str, bool], ...]) -> tuple[tuple[str, ...], ...]:
    # The tokens of each required block that has any, once per page.
    return tuple(found for text, optional in gold_blocks if not optional if (found := token_tuple(text)))


@functools.lru_cache(maxsize=1024)
def _substrings(blocks: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    # Each block's tokens joined as `finder`'s substring test looks for them, once per page.
    return tuple(_SEP + _SEP.join(block) + _SEP for block in blocks)


def _found_count(needles: tuple[tuple[str, ...], ...], haystack: Sequence[str]) -> int:
    """How many of `needles` (each with a token) are found in `haystack`: `finder(haystack)` over them, with each
    needle's substring form prepared once per page."""
    joined = _SEP + _SEP.join(haystack) + _SEP
    masks: list[TokenMasks] = []
    return sum(_search(needle, substring, haystack, joined, masks, FOUND_SHARE)
               for needle, substring in zip(needles, _substrings(needles), strict=True))


@functools.lru_cache(maxsize=1024)
def _joined(blocks: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    # The tokens of several blocks as one sequence, once per page (and set of included optional blocks).
    return tuple(itertools.chain.from_iterable(blocks))


def found_in(needle: Sequence[str], haystack: Sequence[str], share: float = FOUND_SHARE) -> bool:
    """Whether ``LCS(needle, haystack) >= share * len(needle)``; an empty needle is never found.

    >>> found_in("a b c d e".split(), "x a b y c d e".split())
    True
    >>> found_in("a b c d e".split(), "e d c b a".split())  # LCS 1 of 5: order matters
    False
    """
    return finder(haystack, share)(needle)


def block_scores(gold_blocks: GoldBlocks, predicted: str | None) -> PRF | None:
    """Block recall and paragraph precision of a predicted body.

    Recall: the share of *required* gold blocks found in the prediction's tokens
    (`found_in`: at least 80% of the block's tokens in order). Optional blocks are left out.

    Precision: the prediction's paragraphs (`segment.paragraphs`: its non-blank lines) are
    each matched against the gold tokens (all blocks in reading order). A paragraph found in
    the required blocks alone is correct; one found only once the optional blocks
    `body.included_optional` admits are added (a caption the tool kept) is left out of both
    counts; any other paragraph is wrong. ``P = correct / (correct + wrong)``. A paragraph
    that merges several gold blocks is one correct paragraph.

    Tokens: `tokenize.tokens`. Zero division: no required blocks and no counted paragraphs
    -> 1, 1, 1; otherwise an empty side scores 0. F1 = 2PR / (P + R). ``predicted=None`` ->
    ``None``.

    >>> gold = [("Rain fell on Oslo today.", False), ("Roads were closed.", False), ("Photo: a wet street", True)]
    >>> block_scores(gold, "Rain fell on Oslo today.\\nPhoto: a wet street\\nSubscribe!")  # R 1/2, P 1/2
    PRF(precision=0.5, recall=0.5, f1=0.5)
    """
    if predicted is None:
        return None
    predicted_tokens = text_tokens(predicted)
    gold = tuple(gold_blocks)
    required = _required_blocks(gold)
    in_required = _gold_finder(_joined(required))
    in_reference = None  # the gold finder with the optional blocks the prediction includes, on first need
    found = _found_count(required, predicted_tokens)
    correct = wrong = 0
    for paragraph in paragraph_tuples(predicted):
        if in_required(paragraph):
            correct += 1
            continue
        if in_reference is None:
            included = tuple(included_optional(gold, predicted_tokens))
            in_reference = _gold_finder(_joined(tuple(token_tuple(text) for (text, _), keep
                                                      in zip(gold, included, strict=True) if keep)))
        if not in_reference(paragraph):
            wrong += 1
    n_required = len(required)
    if n_required == 0 and correct + wrong == 0:
        return PRF(1.0, 1.0, 1.0)
    precision = correct / (correct + wrong) if correct + wrong else 0.0
    recall = found / n_required if n_required else 0.0
    return PRF(precision, recall, f_measure(precision, recall))
