"""Tests of the paired bootstrap, the randomisation test and Holm's correction."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from newsbench.metrics import bootstrap
from newsbench.metrics.bootstrap import bootstrap_ci, holm, paired_tests


def test_constant_scores_have_a_point_interval() -> None:
    ci = bootstrap_ci([[0.7] * 10], rng=np.random.default_rng(0))
    assert ci.mean.tolist() == pytest.approx([0.7])
    assert ci.low.tolist() == pytest.approx([0.7])
    assert ci.high.tolist() == pytest.approx([0.7])


def test_resamples_are_paired_across_systems() -> None:
    # b = a + 0.1 on every page: with the same pages drawn for both, b's interval is a's shifted by 0.1.
    a = np.random.default_rng(1).random(50)
    ci = bootstrap_ci([a, a + 0.1], rng=np.random.default_rng(2))
    assert ci.low[1] - ci.low[0] == pytest.approx(0.1)
    assert ci.high[1] - ci.high[0] == pytest.approx(0.1)


def test_seeded_and_reproducible() -> None:
    scores = np.random.default_rng(3).random((3, 40))
    first = bootstrap_ci(scores, rng=np.random.default_rng(4))
    second = bootstrap_ci(scores, rng=np.random.default_rng(4))
    assert first.low.tolist() == second.low.tolist() and first.high.tolist() == second.high.tolist()


def test_interval_equals_a_loop_over_the_same_draws() -> None:
    scores = np.random.default_rng(5).random((2, 30))
    ci = bootstrap_ci(scores, rng=np.random.default_rng(6), n_resamples=250)
    # Redraw the function's multinomial counts, chunk by chunk as it draws them.
    rng = np.random.default_rng(6)
    sizes = [min(bootstrap._CHUNK, 250 - start) for start in range(0, 250, bootstrap._CHUNK)]
    draws = np.concatenate([rng.multinomial(30, np.full(30, 1 / 30), size=size) for size in sizes])
    for system in range(2):
        means = [sum(scores[system, page] * count for page, count in enumerate(row)) / 30 for row in draws]
        low, high = np.quantile(means, [0.025, 0.975])
        assert (ci.low[system], ci.high[system]) == pytest.approx((low, high))


def _whole_matrix_ci(scores: np.ndarray, seed: int, n_resamples: int) -> tuple[list[float], list[float]]:
    """The interval computed with the whole float weight matrix (`resample_weights`, `resampled_means`)."""
    weights = bootstrap.resample_weights(scores.shape[1], rng=np.random.default_rng(seed), n_resamples=n_resamples)
    bounds = [bootstrap.percentile_interval(bootstrap.resampled_means(row, weights)) for row in scores]
    return [b[0] for b in bounds], [b[1] for b in bounds]


@pytest.mark.parametrize(("systems", "pages", "n_resamples"), [(1, 1, 50), (2, 3, 1000), (3, 97, 333), (2, 5000, 1000)])
def test_interval_equals_the_whole_weight_matrix_to_the_last_bit(systems: int, pages: int, n_resamples: int) -> None:
    scores = np.random.default_rng(pages).random((systems, pages))
    rng = np.random.default_rng(9)
    ci = bootstrap_ci(scores, rng=rng, n_resamples=n_resamples)
    low, high = _whole_matrix_ci(scores, 9, n_resamples)
    assert ci.low.tolist() == low and ci.high.tolist() == high
    after = np.random.default_rng(9)
    bootstrap.resample_weights(pages, rng=after, n_resamples=n_resamples)
    assert rng.random() == after.random()  # the generator moved on by exactly one draw


def test_counts_too_large_for_a_byte_are_drawn_again_as_floats(monkeypatch: pytest.MonkeyPatch) -> None:
    real = bootstrap.resample_counts

    def overflowing(pages: int, *, rng: np.random.Generator, n_resamples: int = 1000) -> None:
        real(pages, rng=rng, n_resamples=n_resamples)  # consumes the generator, as a real overflow does
        return None

    monkeypatch.setattr(bootstrap, "resample_counts", overflowing)
    scores = np.random.default_rng(10).random((2, 40))
    ci = bootstrap_ci(scores, rng=np.random.default_rng(11), n_resamples=120)
    low, high = _whole_matrix_ci(scores, 11, 120)
    assert ci.low.tolist() == low and ci.high.tolist() == high


def test_interval_width_is_near_the_normal_approximation() -> None:
    # 400 pages of N(0, 1): the 95% interval of the mean is about 2 * 1.96 / sqrt(400) = 0.196 wide.
    scores = np.random.default_rng(7).normal(size=(1, 400))
    ci = bootstrap_ci(scores, rng=np.random.default_rng(8), n_resamples=2000)
    assert ci.high[0] - ci.low[0] == pytest.approx(2 * 1.96 * scores.std() / 20, rel=0.1)


def test_nan_is_refused() -> None:
    with pytest.raises(ValueError):
        bootstrap_ci([[0.5, float("nan")]], rng=np.random.default_rng(0))
    with pytest.raises(ValueError):
        paired_tests([[0.5], [float("nan")]], rng=np.random.default_rng(0))


def test_identical_systems_are_not_different() -> None:
    a = np.random.default_rng(9).random(20)
    (test,) = paired_tests([a, a], rng=np.random.default_rng(10))
    assert (test.first, test.second, test.difference, test.p_value) == (0, 1, 0.0, 1.0)


def test_randomisation_p_value_approaches_the_exact_one() -> None:
    # Six pages: the exact two-sided p-value enumerates all 2**6 sign patterns.
    d = np.array([0.3, 0.1, 0.2, -0.05, 0.25, 0.15])
    observed = abs(d.mean())
    patterns = [np.array(signs) for signs in itertools.product([-1, 1], repeat=6)]
    exact = sum(abs((s * d).mean()) >= observed - 1e-12 for s in patterns) / 64  # 4 of 64
    (test,) = paired_tests([d, np.zeros(6)], rng=np.random.default_rng(11), n_resamples=20000)
    assert test.difference == pytest.approx(d.mean())
    # standard error of the estimate: sqrt(p (1 - p) / 20000) ~ 0.0017
    assert test.p_value == pytest.approx(exact, abs=0.006)


@pytest.mark.parametrize(("pages", "n_resamples"), [(6, 250), (1000, 100), (3001, 333)])
def test_randomisation_p_equals_fresh_sign_arrays_per_chunk_to_the_last_bit(pages: int, n_resamples: int) -> None:
    # The signs are written into one buffer kept across chunks; the p-values must be those of new arrays.
    differences = np.random.default_rng(pages).random((4, pages)) - 0.5
    differences[1] = np.round(differences[1], 1)  # ties at the observed mean are likely
    rng = np.random.default_rng(13)
    observed, at_least = np.abs(differences.mean(axis=1)), np.zeros(4)
    for start in range(0, n_resamples, bootstrap._CHUNK):
        signs = rng.integers(0, 2, size=(min(bootstrap._CHUNK, n_resamples - start), pages)) * 2.0 - 1.0
        at_least += (np.abs(differences @ signs.T / pages) >= observed[:, np.newaxis] - 1e-12).sum(axis=1)
    expected = (at_least + 1) / (n_resamples + 1)
    got = bootstrap._randomisation_p(differences, rng=np.random.default_rng(13), n_resamples=n_resamples)
    assert got.tolist() == expected.tolist()


def test_pairs_and_holm_are_applied_together() -> None:
    scores = np.vstack([np.ones(15), np.zeros(15), np.zeros(15)])
    tests = paired_tests(scores, rng=np.random.default_rng(12))
    assert [(t.first, t.second) for t in tests] == [(0, 1), (0, 2), (1, 2)]
    assert [t.p_holm for t in tests] == holm([t.p_value for t in tests])
    assert tests[2].p_value == 1.0 and tests[0].p_value < 0.01


def test_holm_by_hand() -> None:
    # sorted 0.01, 0.02, 0.04, 0.5 with m = 4: 0.04, max(0.04, 0.06), max(0.06, 0.08), max(0.08, 0.5)
    assert holm([0.04, 0.5, 0.01, 0.02]) == pytest.approx([0.08, 0.5, 0.04, 0.06])
    assert holm([0.6, 0.7]) == [1.0, 1.0]  # capped at 1
    assert holm([]) == []


def _holm_step_down(p_values: list[float], alpha: float) -> set[int]:
    """Holm's procedure as stated: reject in ascending order while p_(k) <= alpha / (m - k + 1)."""
    rejected: set[int] = set()
    order = sorted(range(len(p_values)), key=lambda i: p_values[i])
    for k, index in enumerate(order):
        if p_values[index] > alpha / (len(p_values) - k):
            break
        rejected.add(index)
    return rejected


def test_holm_adjusted_values_reproduce_the_step_down_procedure() -> None:
    rng = np.random.default_rng(13)
    for _ in range(200):
        p_values = (rng.random(rng.integers(1, 8)) ** 3).tolist()
        adjusted = holm(p_values)
        for alpha in (0.01, 0.05, 0.1):
            assert {i for i, a in enumerate(adjusted) if a <= alpha} == _holm_step_down(p_values, alpha)
