"""Tests of block recall and paragraph precision."""

from __future__ import annotations

import random

import pytest

from newsbench.metrics.blocks import block_scores, found_in
from newsbench.metrics.prf import PRF

GOLD = [("a b c d e", False), ("f g h i j", False), ("k l m n o", False)]


def _close(result: PRF | None, precision: float, recall: float, f1: float) -> None:
    assert result is not None
    assert (result.precision, result.recall, result.f1) == pytest.approx((precision, recall, f1))


def test_hand_computed_blocks_and_paragraphs() -> None:
    predicted = "a b c d e\nf g h j\nk l\nShare on Facebook"
    # recall: block 1 5/5 found, block 2 4/5 = 0.8 found, block 3 2/5 not found -> 2/3
    # precision: paragraphs 1-3 are in the gold in order, "share on facebook" is not -> 3/4
    # F1 = 2 * (3/4)(2/3) / (3/4 + 2/3) = 1 / (17/12) = 12/17
    _close(block_scores(GOLD, predicted), 3 / 4, 2 / 3, 12 / 17)


def test_merged_paragraph_is_one_correct_paragraph() -> None:
    _close(block_scores(GOLD, "a b c d e f g h i j\nk l m n o"), 1.0, 1.0, 1.0)


def test_order_matters() -> None:
    # each block reversed: LCS 1 of 5 -> not found; each paragraph likewise not in the gold
    _close(block_scores(GOLD, "e d c b a\nj i h g f\no n m l k"), 0.0, 0.0, 0.0)


def test_optional_blocks_count_neither_way() -> None:
    gold = [("Rain fell on Oslo today.", False), ("Photo: a wet street in Oslo", True)]
    _close(block_scores(gold, "Rain fell on Oslo today."), 1.0, 1.0, 1.0)
    _close(block_scores(gold, "Rain fell on Oslo today.\nPhoto: a wet street in Oslo"), 1.0, 1.0, 1.0)
    # "Photo: Rain" shares 1 of the caption's 6 tokens, so the caption is not included; in the
    # required text only "rain" of the paragraph's 2 tokens appears: a wrong paragraph. P 1/2, R 1
    _close(block_scores(gold, "Rain fell on Oslo today.\nPhoto: Rain"), 0.5, 1.0, 2 / 3)


def test_none_and_empty() -> None:
    assert block_scores(GOLD, None) is None
    assert block_scores(GOLD, "") == PRF(0.0, 0.0, 0.0)
    assert block_scores([], "") == PRF(1.0, 1.0, 1.0)
    assert block_scores([], "boilerplate") == PRF(0.0, 0.0, 0.0)


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # zh: 北京今天下雨 (6) vs 北京今天有雨: LCS 5 = 0.83 >= 0.8 -> found both ways
        ("北京今天下雨", "北京今天有雨", (1.0, 1.0, 1.0)),
        # ja: 東京に雪が降った (8) vs 東京に雨 (4): LCS 3: 3/8 not found; paragraph 3/4 < 0.8 wrong
        ("東京に雪が降った", "東京に雨", (0.0, 0.0, 0.0)),
        # th: ภาษาไทย (7) vs ภาษาไท (6): LCS 6 = 0.86 found; paragraph 6/6 correct
        ("ภาษาไทย", "ภาษาไท", (1.0, 1.0, 1.0)),
        # ar: 5 words, one dropped: 4/5 found; the paragraph is all gold
        ("ذهب الولد إلى المدرسة صباحا", "ذهب الولد إلى المدرسة", (1.0, 1.0, 1.0)),
        # hi: 5 words, two dropped: 3/5 not found; paragraph correct -> P 1, R 0, F1 0
        ("भारत की राजधानी दिल्ली है", "भारत की राजधानी", (1.0, 0.0, 0.0)),
    ],
)
def test_languages(gold: str, predicted: str, expected: tuple[float, float, float]) -> None:
    _close(block_scores([(gold, False)], predicted), *expected)


def _subsequence_share(needle: list[str], haystack: list[str]) -> float:
    """Brute force: the longest subsequence of needle that occurs in order in haystack, by memoised search."""
    memo: dict[tuple[int, int], int] = {}

    def best(i: int, j: int) -> int:
        if i == len(needle) or j == len(haystack):
            return 0
        if (i, j) not in memo:
            skip = max(best(i + 1, j), best(i, j + 1))
            memo[i, j] = max(skip, 1 + best(i + 1, j + 1)) if needle[i] == haystack[j] else skip
        return memo[i, j]

    return best(0, 0) / len(needle)


def test_found_in_agrees_with_a_recursive_search() -> None:
    rng = random.Random(9)
    for _ in range(300):
        needle = rng.choices("abcd", k=rng.randint(1, 10))
        haystack = rng.choices("abcde", k=rng.randint(0, 14))
        assert found_in(needle, haystack) == (_subsequence_share(needle, haystack) >= 0.8)
