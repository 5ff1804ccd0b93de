"""The structure metric against counts known from how random predictions were built, and scipy's Kendall tau."""

from __future__ import annotations

import random

import pytest
from scipy.stats import kendalltau

from newsbench.metrics.structure import KINDS, kendall_tau, match_blocks, structure_prf, structure_scores

WORDS = [f"w{i}" for i in range(400)]


def _page(rng: random.Random) -> tuple[list[tuple[str, str, bool]], list[tuple[str, str]], dict[str, list[int]]]:
    """Gold blocks of distinct words, a prediction built from them, and the tp/fp/fn per kind it must give."""
    words = iter(rng.sample(WORDS, len(WORDS)))
    gold = [(rng.choice(KINDS), " ".join(next(words) for _ in range(rng.randint(3, 8))), rng.random() < 0.15)
            for _ in range(rng.randint(0, 9))]
    expected = {k: [0, 0, 0] for k in KINDS}  # tp, fp, fn
    predicted: list[tuple[str, str]] = []
    for kind, text, optional in gold:
        fate = rng.choice(["same", "same", "other kind", "dropped"])
        if fate == "dropped":
            if not optional:
                expected[kind][2] += 1
            continue
        shown = kind if fate == "same" else rng.choice([k for k in KINDS if k != kind])
        predicted.append((shown, text))
        if optional:
            continue  # neutral either way
        if shown == kind:
            expected[kind][0] += 1
        else:
            expected[kind][2] += 1
            expected[shown][1] += 1
    for _ in range(rng.randint(0, 3)):  # boilerplate of fresh words
        kind = rng.choice(KINDS)
        predicted.insert(rng.randint(0, len(predicted)), (kind, " ".join(next(words) for _ in range(4))))
        expected[kind][1] += 1
    return gold, predicted, expected


def test_random_pages_give_the_counts_they_were_built_with() -> None:
    rng = random.Random(3)
    for _ in range(300):
        gold, predicted, expected = _page(rng)
        scores = structure_scores(gold, predicted)
        assert scores is not None
        assert {k: [c.tp, c.fp, c.fn] for k, c in scores.per_kind.items()} == expected


def test_order_is_kendall_tau_of_the_matched_blocks() -> None:
    rng = random.Random(4)
    for _ in range(100):
        blocks = [("paragraph", f"alpha{i} beta{i} gamma{i}", False) for i in range(rng.randint(2, 9))]
        shown = rng.sample(blocks, len(blocks))
        scores = structure_scores(blocks, [(k, t) for k, t, _ in shown])
        assert scores is not None and scores.order is not None
        positions = [shown.index(b) for b in blocks]
        assert scores.order == pytest.approx(kendalltau(range(len(blocks)), positions).statistic)
    assert kendall_tau([3]) is None


def test_merged_blocks_and_the_headline() -> None:
    gold = [("heading", "Flood warning issued", False), ("paragraph", "Rivers rose overnight in the valley.", False),
            ("paragraph", "Schools stay closed on Monday.", False)]
    merged = structure_scores(gold, [("heading", "Flood warning issued"),
                                     ("paragraph", "Rivers rose overnight in the valley. Schools stay closed on Monday.")])
    assert merged is not None and merged.total.tp == 1 and merged.total.fn == 2 and merged.total.fp == 1
    titled = structure_scores(gold[1:], [("heading", "River town braces"), ("paragraph", gold[1][1])], "River town braces")
    assert titled is not None and titled.total.fp == 0  # the headline is not a body block: neutral


def test_empty_and_none() -> None:
    assert structure_scores([("heading", "A b", False)], None) is None
    assert structure_prf([], []) is not None and structure_prf([], []).f1 == 1.0  # type: ignore[union-attr]
    assert structure_prf([("heading", "A b", False)], []).f1 == 0.0  # type: ignore[union-attr]
    assert match_blocks([["a"]], []) == [None]
