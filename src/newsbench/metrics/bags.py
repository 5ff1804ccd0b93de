"""Multisets of tokens and of n-grams counted with numpy over the gold side's vocabulary: the overlaps the bag metrics need."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from newsbench.metrics.lcs import kernel

IntArray = npt.NDArray[np.int64]


def _vocabulary(tokens: Sequence[str]) -> dict[str, int]:
    """Each distinct token's id, in order of first occurrence."""
    return {t: i for i, t in enumerate(dict.fromkeys(tokens))}


def _ids(vocabulary: dict[str, int], tokens: Sequence[str]) -> IntArray:
    """The tokens' ids; a token outside the vocabulary gets the one id past it, which matches nothing."""
    unknown = len(vocabulary)
    if kernel is not None:  # the compiled lookup: the same ids
        return np.frombuffer(kernel.ids(vocabulary, tokens, unknown), np.int64)
    return np.fromiter(map(vocabulary.get, tokens, itertools.repeat(unknown)), np.int64, len(tokens))


def gram_count(length: int, n: int) -> int:
    """How many n-grams a sequence of `length` tokens has: length - n + 1, one shorter n-gram for 1..n-1 tokens, none for none.

    >>> gram_count(5, 4), gram_count(2, 4), gram_count(0, 4)
    (2, 1, 0)
    """
    return length - n + 1 if length >= n else int(length > 0)


def grams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """The multiset of n-grams of `tokens` as tuples (one shorter n-gram for 1..n-1 tokens, none for none).

    >>> sorted(grams(["a", "b", "c"], 2)), grams(["a"], 2)
    ([('a', 'b'), ('b', 'c')], Counter({('a',): 1}))
    """
    words = tuple(tokens)
    if len(words) < n:
        return Counter([words]) if words else Counter()
    return Counter(zip(*(words[i:] for i in range(n)), strict=False))  # the n-grams, built in C


class Bag:
    """A gold multiset of tokens, prepared once to be intersected with many predictions.

    ``overlap(p) = Σ_t min(g_t, p_t)`` (the multiset intersection size ``|g ∩ p|``): the
    prediction's tokens are looked up in the gold vocabulary (tokens the gold lacks share one
    id that matches nothing) and counted with ``numpy.bincount``.

    >>> bag = Bag(["a", "a", "b"])
    >>> bag.overlap(["a", "c", "b", "b"]), bag.total
    (2, 3)
    """

    def __init__(self, tokens: Sequence[str]) -> None:
        self.vocabulary = _vocabulary(tokens)
        self.total = len(tokens)
        self.counts = np.bincount(_ids(self.vocabulary, tokens), minlength=len(self.vocabulary))

    def common(self, first: Sequence[str], second: Sequence[str]) -> int:
        """``|a ∩ b|`` of two other multisets, counted over this bag's vocabulary: exact when every token of
        `first` is in it (tokens of `second` outside it cannot match `first`'s).

        >>> Bag(["a", "b", "c"]).common(["a", "a", "b"], ["a", "a", "a", "x"])
        2
        """
        size = len(self.vocabulary)
        counts = [np.bincount(_ids(self.vocabulary, tokens), minlength=size + 1)[:size] for tokens in (first, second)]
        return int(np.minimum(*counts).sum())

    def counts_of(self, tokens: Sequence[str]) -> IntArray:
        """How often each token of this bag's vocabulary occurs in `tokens` (others are not counted).

        >>> Bag(["a", "b"]).counts_of(["b", "x", "b"]).tolist()
        [0, 2]
        """
        size = len(self.vocabulary)
        return np.bincount(_ids(self.vocabulary, tokens), minlength=size + 1)[:size]

    def overlap(self, tokens: Sequence[str]) -> int:
        """``|g ∩ p|`` over multisets, for the predicted `tokens`."""
        if not tokens or not self.total:
            return 0
        return int(np.minimum(self.counts, self.counts_of(tokens)).sum())


# n-grams are coded as one int64, ids in base (vocabulary size + 1): exact while that base to the
# power n stays below 2**63; beyond it (a gold of over ~55,000 distinct words for n = 4) `Counter`s are used.
_LIMIT = 2**63


class GramBag:
    """The gold multiset of n-grams of a token sequence, prepared once to be intersected with many predictions.

    n-grams are the ``n``-token windows; a sequence of 1 to n-1 tokens is one shorter n-gram and
    an empty one has none (the convention of the AEB shingles). ``overlap(p) = Σ_s min(g_s,
    p_s)`` over n-grams s, and `total` is the number of the gold's n-grams. Each n-gram is coded
    as one integer over the gold vocabulary (an n-gram holding a token the gold lacks matches
    nothing), counted with ``numpy.unique``.

    >>> bag = GramBag(["a", "b", "c", "a", "b"], 2)
    >>> bag.overlap(["a", "b", "x", "a", "b", "c"]), bag.total  # (a b) twice, (b c) once
    (3, 4)
    >>> GramBag(["a", "b"], 4).overlap(["a", "b"])  # one shorter n-gram each, the same
    1
    """

    def __init__(self, tokens: Sequence[str], n: int) -> None:
        self.n = n
        self.vocabulary = _vocabulary(tokens)
        self.base = len(self.vocabulary) + 1
        self.exact = len(tokens) >= n and self.base**n < _LIMIT
        if self.exact:
            self.codes, self.counts = np.unique(self._codes(tokens), return_counts=True)
        else:
            self.grams = grams(tokens, n)
        self.total = gram_count(len(tokens), n)

    def _codes(self, tokens: Sequence[str]) -> IntArray:
        ids = _ids(self.vocabulary, tokens)
        codes = np.zeros(len(tokens) - self.n + 1, dtype=np.int64)
        for k in range(self.n):
            codes = codes * self.base + ids[k : len(ids) - self.n + 1 + k]
        return codes

    def overlap(self, tokens: Sequence[str]) -> int:
        """``Σ_s min(g_s, p_s)`` over the n-grams of the gold and of the predicted `tokens`."""
        if not self.exact or len(tokens) < self.n:
            predicted = grams(tokens, self.n)
            gold = self.grams if not self.exact else Counter()  # a short prediction cannot match a long gold's n-grams
            return sum(min(count, predicted[g]) for g, count in gold.items() if g in predicted)
        codes = self._codes(tokens)
        # Where each predicted n-gram would stand among the gold's sorted distinct ones; those found
        # there are counted per gold n-gram.
        at = np.minimum(np.searchsorted(self.codes, codes), len(self.codes) - 1)
        found = at[self.codes[at] == codes]
        return int(np.minimum(self.counts, np.bincount(found, minlength=len(self.codes))).sum())

