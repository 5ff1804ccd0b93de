"""Tests of the vectorised LCS against a plain dynamic programme."""

from __future__ import annotations

import random

from reference_lcs import lcs_indices as _indices
from reference_lcs import lcs_table as _table

from newsbench.metrics.lcs import (
    Segments,
    encode,
    lcs_indices_each,
    lcs_indices_masked,
    lcs_length,
    match_masks,
    union_lcs,
)


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


def test_bit_parallel_indices_match_rouge_scores_backtrack() -> None:
    rng = random.Random(11)
    for _ in range(800):
        a = rng.choices("abcde", k=rng.randint(0, 14))
        b = rng.choices("abcdef", k=rng.randint(0, 14))
        ids_a, ids_b = (ids.tolist() for ids in encode(a, b))
        assert lcs_indices_masked(ids_a, ids_b, match_masks(ids_b)) == _indices(a, b), (a, b)


def test_union_with_shortcuts_is_the_union_of_every_segment() -> None:
    rng = random.Random(12)
    for _ in range(300):
        a = rng.choices("abcdefg", k=rng.randint(0, 12))
        segments = [rng.choices("abcdefgh", k=rng.randint(0, 10)) for _ in range(rng.randint(0, 5))]
        if rng.random() < 0.2 and segments:
            segments[0] = list(a)  # the whole-segment shortcut
        ids = [ids.tolist() for ids in encode(a, *segments)]
        expected = set().union(*(_indices(a, s) for s in segments)) if segments else set()
        assert union_lcs(ids[0], Segments(ids[1:])) == expected, (a, segments)
