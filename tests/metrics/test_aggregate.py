"""Tests of macro and micro aggregation."""

from __future__ import annotations

import math

import pytest

from newsbench.metrics.aggregate import macro_mean, macro_prf, micro_prf
from newsbench.metrics.prf import PRF, Counts


def test_macro_mean_skip_and_miss() -> None:
    values = [1.0, 0.5, None, True]
    assert macro_mean(values, abstention="skip") == pytest.approx(2.5 / 3)
    assert macro_mean(values, abstention="miss") == pytest.approx(2.5 / 4)
    assert math.isnan(macro_mean([None], abstention="skip"))
    assert math.isnan(macro_mean([], abstention="miss"))


def test_macro_prf_averages_f1_per_page() -> None:
    scores = [PRF(1.0, 0.0, 0.0), PRF(0.0, 1.0, 0.0), None]
    # mean P 1/2, mean R 1/2, mean F1 0 (the F1 of the means would be 1/2)
    skipped = macro_prf(scores, abstention="skip")
    assert (skipped.precision, skipped.recall, skipped.f1, skipped.pages, skipped.abstained) == (0.5, 0.5, 0.0, 2, 1)
    missed = macro_prf(scores, abstention="miss")
    assert (missed.precision, missed.recall, missed.pages, missed.abstained) == (
        pytest.approx(1 / 3),
        pytest.approx(1 / 3),
        3,
        1,
    )


def test_micro_prf_sums_counts_first() -> None:
    # page 1 tp 9 fp 1 fn 0; page 2 tp 0 fp 0 fn 10 -> tp 9, fp 1, fn 10: P 0.9, R 9/19
    result = micro_prf([Counts(9, 1, 0), Counts(0, 0, 10), None])
    assert (result.precision, result.recall) == pytest.approx((0.9, 9 / 19))
    assert (result.pages, result.abstained) == (2, 1)


def test_micro_prf_of_nothing_follows_the_zero_division_rule() -> None:
    result = micro_prf([])
    assert (result.precision, result.recall, result.f1, result.pages) == (1.0, 1.0, 1.0, 0)
