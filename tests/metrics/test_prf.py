"""Tests of the shared P/R/F1 types and zero-division rule."""

from __future__ import annotations

import random

import pytest
from sklearn.metrics import precision_recall_fscore_support

from newsbench.metrics.prf import PRF, Counts, f_measure, multiset_counts, prf_from_counts


def test_counts_give_the_textbook_figures() -> None:
    # tp 6, fp 2, fn 4: P = 6/8 = 0.75, R = 6/10 = 0.6, F1 = 2 * 0.45 / 1.35 = 2/3
    result = prf_from_counts(6, 2, 4)
    assert result.precision == 0.75
    assert result.recall == 0.6
    assert result.f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((0, 0, 0), PRF(1.0, 1.0, 1.0)),  # nothing to find, nothing found
        ((0, 0, 3), PRF(0.0, 0.0, 0.0)),  # found nothing of 3
        ((0, 2, 0), PRF(0.0, 0.0, 0.0)),  # nothing to find, 2 wrongly found
        ((0, 2, 3), PRF(0.0, 0.0, 0.0)),
    ],
)
def test_zero_division_rule(counts: tuple[int, int, int], expected: PRF) -> None:
    assert prf_from_counts(*counts) == expected


def test_f_measure_of_zeros_is_zero() -> None:
    assert f_measure(0.0, 0.0) == 0.0


def test_counts_add_up() -> None:
    assert Counts(1, 2, 3) + Counts(10, 20, 30) == Counts(11, 22, 33)


def test_multiset_counts_respect_multiplicity() -> None:
    # gold a a a b, predicted a b b c: tp = min(3,1) + min(1,2) = 2; fp = 4 - 2; fn = 4 - 2
    assert multiset_counts("aaab", "abbc") == Counts(2, 2, 2)


def test_results_are_frozen() -> None:
    with pytest.raises(AttributeError):
        PRF(1.0, 1.0, 1.0).precision = 0.5


def test_agrees_with_scikit_learn_on_equivalent_label_vectors() -> None:
    # A tp is a (1, 1) pair, an fp (0, 1), an fn (1, 0); scikit-learn's binary P/R/F1 must agree.
    rng = random.Random(3)
    for _ in range(50):
        tp, fp, fn = rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9)
        y_true = [1] * tp + [0] * fp + [1] * fn
        y_pred = [1] * tp + [1] * fp + [0] * fn
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
        ours = prf_from_counts(tp, fp, fn)
        assert (ours.precision, ours.recall, ours.f1) == pytest.approx((p, r, f))
