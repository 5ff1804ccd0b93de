"""Tests of the vectorised LCS against a plain dynamic programme."""

from __future__ import annotations

import random

from reference_lcs import lcs_indices as _indices
from reference_lcs import lcs_table as _table

from newsbench.metrics.lcs import encode, lcs_indices_each, lcs_length


def _random_words(rng: random.Random, size: int) -> list[str]:
    return [rng.choice("abcdef") for _ in range(size)]


def test_hand_computed_lengths() -> None:
    assert lcs_length(list("ABCBDAB"), list("BDCABA")) == 4  # the textbook example (BCBA)
    assert lcs_length(list("abc"), list("xyz")) == 0
    assert lcs_length([], list("abc")) == 0
    assert lcs_length(list("北京今天下雨"), list("北京今天有雨")) == 5


def test_length_matches_the_plain_programme() -> None:
    rng = random.Random(11)
    for _ in range(200):
        a, b = _random_words(rng, rng.randint(0, 25)), _random_words(rng, rng.randint(0, 25))
        assert lcs_length(a, b) == _table(a, b)[-1][-1]


def test_indices_per_segment_match_the_plain_backtrack() -> None:
    rng = random.Random(12)
    for _ in range(100):
        a = _random_words(rng, rng.randint(1, 15))
        segments = [_random_words(rng, rng.randint(0, 10)) for _ in range(rng.randint(1, 5))]
        a_ids, *segment_ids = encode(a, *segments)
        expected = [_indices(a, s) if s and _table(a, s)[-1][-1] else [] for s in segments]
        assert lcs_indices_each(a_ids, segment_ids) == expected


def test_segments_do_not_leak_into_each_other() -> None:
    # Alone, "a" and "b" each share one token with "a b"; joined they would share two.
    a_ids, first, second = encode(["a", "b"], ["a"], ["b"])
    assert lcs_indices_each(a_ids, [first, second]) == [[0], [1]]
