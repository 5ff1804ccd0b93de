"""Longest common subsequence of token sequences: the dynamic programme behind ROUGE-L and block matching."""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import TypeVar

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
T = TypeVar("T", bound=Hashable)


def encode(*sequences: Sequence[str]) -> list[IntArray]:
    """Map tokens to integer ids shared by all the given sequences (equal tokens, equal ids).

    >>> [a.tolist() for a in encode(["x", "y"], ["y", "z"])]
    [[0, 1], [1, 2]]
    """
    ids: dict[str, int] = {}
    return [np.array([ids.setdefault(t, len(ids)) for t in s], dtype=np.int64) for s in sequences]


def _rows(a: IntArray, b: IntArray, segment_of: IntArray) -> Iterator[IntArray]:
    """Rows 1..len(a) of the LCS tables of `a` against consecutive segments of `b`.

    `b` holds the segments one after another, each preceded by a sentinel column of id -1
    whose value is 0 (the empty prefix of that segment); `segment_of` is the segment number of
    each column. Row i is ``max(up, diagonal + 1 where tokens match)`` followed by a running
    maximum from the left; adding ``segment * (len(a) + 1)`` before the running maximum stops
    it from crossing into the next segment, whose values then all start above the previous one's.
    """
    offset = segment_of * (len(a) + 1)
    sentinel = b == -1
    row = np.zeros(len(b), dtype=np.int64)
    for token in a:
        candidate = row.copy()
        match = np.flatnonzero(b[1:] == token) + 1
        candidate[match] = np.maximum(row[match], row[match - 1] + 1)
        candidate[sentinel] = 0
        row = np.maximum.accumulate(candidate + offset) - offset
        yield row


def _table(a: IntArray, b: IntArray, segment_of: IntArray) -> npt.NDArray[np.int32]:
    """The full table (row 0 included), kept as int32 for backtracking: 4 bytes a cell."""
    table = np.zeros((len(a) + 1, len(b)), dtype=np.int32)
    for i, row in enumerate(_rows(a, b, segment_of), start=1):
        table[i] = row
    return table


def _with_sentinels(segments: Sequence[IntArray]) -> tuple[IntArray, IntArray, IntArray]:
    """Concatenate segments, each preceded by a sentinel; return columns, segment numbers, sentinel positions."""
    lengths = np.array([len(s) + 1 for s in segments], dtype=np.int64)
    columns = np.concatenate([np.concatenate(([-1], s)) for s in segments]).astype(np.int64)
    segment_of = np.repeat(np.arange(len(segments), dtype=np.int64), lengths)
    first = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
    return columns, segment_of, first


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of two token sequences; 0 if either is empty.

    >>> lcs_length("a b c d e".split(), "a x c e".split())
    3
    """
    return lcs_length_encoded(*encode(a, b))


def lcs_length_encoded(a: IntArray, b: IntArray) -> int:
    """`lcs_length` of sequences already mapped to ids (see `encode`); ids below -1 match nothing.

    Bit-parallel (Allison and Dix 1986; Hyyrö 2004): one bit per position of `b` in a
    Python integer V, all ones at the start; for each token of `a` with match mask M (the
    positions of `b` holding that token), ``V <- (V + (V & M)) | (V & ~M)``, truncated to
    len(b) bits. The LCS length is the number of zero bits of the final V. O(len(a) *
    len(b) / word size) time, no table.

    >>> lcs_length_encoded(np.array([0, 1, 2]), np.array([0, 2, -5]))
    2
    """
    if len(a) == 0 or len(b) == 0:
        return 0
    return lcs_length_masked(a.tolist(), match_masks(b.tolist()), len(b))


def match_masks(b: Sequence[int]) -> dict[int, int]:
    """For each id of `b` (ids below -1 left out), the bit mask of its positions: the input of `lcs_length_masked`.

    >>> match_masks([4, 7, 4, -3])
    {4: 5, 7: 2}
    """
    return {token: mask for token, mask in token_masks(b).items() if token >= -1}


def lcs_length_masked(a: Sequence[T], masks: Mapping[T, int], length: int) -> int:
    """LCS length of `a` and a sequence of `length` ids given by its `match_masks` (prepared once, reused).

    >>> lcs_length_masked([0, 1, 2], match_masks([0, 2, -5]), 3)
    2
    """
    full = (1 << length) - 1
    v = full
    for token in a:
        match = masks.get(token)
        if match is not None:
            v = ((v + (v & match)) | (v & ~match)) & full
    return length - v.bit_count()


def _backtrack(table: npt.NDArray[np.int32], a: IntArray, b: IntArray) -> list[int]:
    """Indices into `a` of one LCS, walking back as rouge-score's ``_backtrack_norec`` does."""
    i, j, found = len(a), len(b), []
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            found.append(i - 1)
            i, j = i - 1, j - 1
        elif table[i, j - 1] > table[i - 1, j]:
            j -= 1
        else:
            i -= 1
    return found[::-1]


def lcs_indices_each(a: IntArray, segments: Sequence[IntArray]) -> list[list[int]]:
    """For each segment, the indices into `a` of one LCS of `a` and that segment.

    Ties are broken as in Google's rouge-score (``_backtrack_norec``): on a mismatch, step
    left in the segment only when that keeps a strictly longer LCS, otherwise step up in `a`.

    >>> a, s1, s2 = encode("w1 w2 w3 w4 w5".split(), "w1 w2 w6 w7 w8".split(), "w1 w3 w8 w9 w5".split())
    >>> lcs_indices_each(a, [s1, s2])
    [[0, 1], [0, 2, 4]]
    """
    if len(a) == 0 or not segments:
        return [[] for _ in segments]
    columns, segment_of, first = _with_sentinels(segments)
    table = _table(a, columns, segment_of)
    result: list[list[int]] = []
    for start, segment in zip(first, segments, strict=True):
        if len(segment) == 0 or table[-1, start + len(segment)] == 0:
            result.append([])
            continue
        result.append(_backtrack(table[:, start : start + len(segment) + 1], a, segment))
    return result


def lcs_indices_masked(a: Sequence[Hashable], b: Sequence[Hashable], masks: dict[Hashable, int]) -> list[int]:
    """Indices into `a` of one LCS of `a` and `b` (ids or tokens; `masks` = `match_masks(b)`), as rouge-score backtracks.

    Bit-parallel rows (`lcs_length_masked`'s recurrence, every row kept): row i's LCS table
    entry at column j is ``t[i][j] = j - popcount(V_i & (2**j - 1))``. Walking back from the
    end, a match is taken; on a mismatch, rouge-score's rule "left when ``t[i][j-1] > t[i-1][j]``,
    else up" is the same as "up when ``t[i-1][j] == t[i][j]``", which is one comparison of two
    popcounts. Same result as `lcs_indices_each`, in O(len(a) * len(b) / word size) time.

    >>> a, b = encode("w1 w2 w3 w4 w5".split(), "w1 w3 w8 w9 w5".split())
    >>> lcs_indices_masked(a.tolist(), b.tolist(), match_masks(b.tolist()))
    [0, 2, 4]
    """
    length = len(b)
    full = (1 << length) - 1
    v = full
    rows = [v]
    for token in a:
        match = masks.get(token)
        if match is not None:
            v = ((v + (v & match)) | (v & ~match)) & full
        rows.append(v)
    i, j, found = len(a), length, []
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            found.append(i - 1)
            i, j = i - 1, j - 1
            continue
        low = (1 << j) - 1
        if rows[i - 1] == rows[i] or (rows[i - 1] & low).bit_count() == (rows[i] & low).bit_count():
            i -= 1
        else:
            j -= 1
    return found[::-1]


def token_masks(b: Sequence[T]) -> dict[T, int]:
    """For each token of `b` (any hashable: ids or the token strings themselves), the bit mask of its positions.

    >>> token_masks(["x", "y", "x"])
    {'x': 5, 'y': 2}
    """
    masks: dict[T, int] = {}
    for position, token in enumerate(b):
        masks[token] = masks.get(token, 0) | (1 << position)
    return masks


class PythonTokenMasks:
    """A token sequence prepared once for the LCS lengths of many others against it, in Python.

    The specification of the compiled `TokenMasks` (metrics/_lcs.c), which is used when it was
    built: tokens are any hashable objects, compared by equality; `lcs_length_masked` does the work.

    >>> PythonTokenMasks("x a b y c d e".split()).lcs_length("a b c d e".split())
    5
    """

    def __init__(self, tokens: Sequence[Hashable]) -> None:
        self.masks = token_masks(tokens)
        self.length = len(tokens)

    def lcs_length(self, tokens: Sequence[Hashable]) -> int:
        """LCS length of `tokens` and the prepared sequence."""
        return lcs_length_masked(tokens, self.masks, self.length)


# The compiled kernels (metrics/_lcs.c), built at install by setuptools; without a C compiler `kernel` is None
# and the metrics run their Python code (`PythonTokenMasks`, `rouge._hits`, numpy in `bags`): the same figures.
try:
    from newsbench.metrics import _lcs as kernel
    from newsbench.metrics._lcs import TokenMasks
except ImportError:  # pragma: no cover - where the extension could not be built
    kernel = None
    TokenMasks = PythonTokenMasks  # type: ignore[misc,assignment]


class Segments:
    """Candidate segments (token or id sequences) prepared once for `union_lcs`: token sets and whole segments."""

    def __init__(self, segments: Sequence[Sequence[Hashable]]) -> None:
        self.ids = [tuple(s) for s in segments]
        self.types = [frozenset(s) for s in self.ids]
        self.whole = set(self.ids)
        self._where: dict[Hashable, list[int]] | None = None

    def where(self) -> dict[Hashable, list[int]]:
        """token -> the segments holding it, built when first needed (a prediction that repeats every
        reference sentence whole never needs it)."""
        if self._where is None:
            self._where = {}
            for number, types in enumerate(self.types):
                for token in types:
                    self._where.setdefault(token, []).append(number)
        return self._where


@functools.lru_cache(maxsize=65536)
def _indices(a: tuple[Hashable, ...], b: tuple[Hashable, ...]) -> tuple[int, ...]:
    # The extractors of a page return many of the same sentences: each (gold, predicted) sentence
    # pair is aligned once.
    return tuple(lcs_indices_masked(a, b, token_masks(b)))


def union_lcs(a: Sequence[Hashable], segments: Segments) -> set[int]:
    """The union over every segment of the indices into `a` of its LCS with `a` (`lcs_indices_masked`).

    The same set as the union of `lcs_indices_each`, computed with two exact shortcuts: an index
    whose token occurs in no segment is never in the union, so once every other index is in it
    the remaining segments are not needed (`a` equal to a segment settles it at once); and a
    segment sharing no token with the indices not yet in the union can only add indices
    already there. Segments are tried by the number of token types they share with `a`.

    >>> a, s1, s2 = encode("w1 w2 w3 w4 w5".split(), "w1 w2 w6 w7 w8".split(), "w1 w3 w8 w9 w5".split())
    >>> sorted(union_lcs(a.tolist(), Segments([s1.tolist(), s2.tolist()])))
    [0, 1, 2, 4]
    """
    a = tuple(a)
    if a in segments.whole:
        return set(range(len(a)))
    where = segments.where()
    possible = {k for k, token in enumerate(a) if token in where}
    if not possible:
        return set()
    # The segments sharing a token type with `a`, most shared types first (the order only saves work).
    shared = Counter(itertools.chain.from_iterable(map(where.__getitem__, {a[k] for k in possible})))
    union: set[int] = set()
    for s, _ in shared.most_common():
        missing = {a[k] for k in possible.difference(union)}
        if not missing:
            break
        if segments.types[s].isdisjoint(missing):
            continue
        union.update(_indices(a, segments.ids[s]))
    return union
