"""Uncertainty of corpus figures: paired bootstrap intervals, a paired randomisation test and Holm's correction."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
_CHUNK = 100  # resamples drawn at a time: bounds memory to 100 x pages numbers
BLOCK_ROWS = 16  # resamples turned into floats at a time: 16 x 100,000 pages is 12.8 MB, which stays in cache


def _chunks(total: int) -> Iterator[int]:
    for start in range(0, total, _CHUNK):
        yield min(_CHUNK, total - start)


def _as_matrix(scores: npt.ArrayLike) -> FloatArray:
    matrix = np.asarray(scores, dtype=np.float64)
    if matrix.ndim != 2 or matrix.shape[1] == 0:
        raise ValueError(f"scores must be a [systems x pages] matrix with at least one page, got shape {matrix.shape}")
    if not np.isfinite(matrix).all():
        raise ValueError("scores hold NaN or infinity: decide how abstentions count before resampling")
    return matrix


def resample_weights(pages: int, *, rng: np.random.Generator, n_resamples: int = 1000) -> FloatArray:
    """An [n_resamples x pages] matrix: how often each page is drawn in each bootstrap resample.

    Each row is one resample of `pages` pages drawn with replacement (multinomial counts, from
    `rng`, drawn 100 rows at a time; the draw equals one call for all rows). Applying the same
    matrix to every system gives a paired bootstrap.

    >>> resample_weights(3, rng=np.random.default_rng(0), n_resamples=2).sum(axis=1).tolist()
    [3.0, 3.0]
    """
    # Filled in place: the matrix is the memory of the bootstrap (1000 x 100,000 pages: 800 MB), and joining the
    # integer chunks and converting them would hold it three times over.
    weights = _draw(pages, rng, n_resamples, np.float64)
    assert weights is not None
    return weights


def resample_counts(pages: int, *, rng: np.random.Generator, n_resamples: int = 1000) -> npt.NDArray[np.uint8] | None:
    """`resample_weights`'s matrix drawn from the same `rng` as one byte a count (100 MB at 100,000 pages, against
    800 MB of floats); None when some page is drawn more than 255 times in a resample (only with a handful of pages).

    >>> counts = resample_counts(3, rng=np.random.default_rng(0), n_resamples=2)
    >>> counts.dtype.name, bool((counts == resample_weights(3, rng=np.random.default_rng(0), n_resamples=2)).all())
    ('uint8', True)
    """
    return _draw(pages, rng, n_resamples, np.uint8)


def resample_counts_or_weights(pages: int, *, rng: np.random.Generator,
                               n_resamples: int = 1000) -> npt.NDArray[np.uint8] | FloatArray:
    """`resample_counts`, or where a count does not fit a byte `resample_weights` drawn from the same state of `rng`:
    the same matrix either way, and `rng` moves on by one draw.

    >>> resample_counts_or_weights(3, rng=np.random.default_rng(0), n_resamples=2).dtype.name
    'uint8'
    """
    before = rng.bit_generator.state  # a copy of the generator's state
    counts = resample_counts(pages, rng=rng, n_resamples=n_resamples)
    if counts is not None:
        return counts
    rng.bit_generator.state = before
    return resample_weights(pages, rng=rng, n_resamples=n_resamples)


def _draw(pages: int, rng: np.random.Generator, n_resamples: int, dtype: type[np.uint8 | np.float64]) -> Any:
    """The multinomial draw of `resample_weights`, into a matrix of `dtype`; None when a count does not fit it."""
    out = np.empty((n_resamples, pages), dtype=dtype)
    limit = int(np.iinfo(np.uint8).max) if dtype is np.uint8 else None  # the only integer matrix drawn
    start = 0
    for size in _chunks(n_resamples):
        chunk = rng.multinomial(pages, np.full(pages, 1 / pages), size=size)
        if limit is not None and chunk.size and chunk.max() > limit:
            return None
        out[start:start + size] = chunk
        start += size
    return out


def block_products(counts: npt.NDArray[np.uint8] | FloatArray,
                   vectors: Sequence[tuple[npt.NDArray[np.bool_] | None, FloatArray]]) -> FloatArray:
    """[len(vectors) x resamples]: the resample weights `counts` applied to each vector (on the pages it keeps,
    None: all), `BLOCK_ROWS` rows of counts turned into floats at a time.

    Each product is the same to the last bit as the whole float matrix's (the same row-by-row
    products; tested at several page counts), and the float matrix (800 MB at 100,000 pages) is
    never held.

    >>> block_products(np.array([[1, 0, 2], [0, 3, 0]], np.uint8), [(None, np.array([1.0, 2.0, 3.0]))]).tolist()
    [[7.0, 6.0]]
    """
    out = np.empty((len(vectors), len(counts)))
    for start in range(0, len(counts), BLOCK_ROWS):
        block = counts[start:start + BLOCK_ROWS].astype(np.float64)
        for row, (keep, vector) in enumerate(vectors):
            out[row, start:start + BLOCK_ROWS] = (block if keep is None else block[:, keep]) @ vector
    return out


def resampled_means(values: npt.ArrayLike, weights: FloatArray) -> FloatArray:
    """The mean over pages of `values` under each row of `weights`, pages whose value is NaN left out.

    ``mean_k = sum_i w_ki v_i / sum_i w_ki`` over pages i with a value; NaN where a resample
    holds no such page. With a row of ones this is the plain mean over the pages with a value.

    >>> resampled_means([1.0, float("nan"), 0.0], np.array([[1.0, 1.0, 1.0], [0.0, 3.0, 0.0]])).tolist()
    [0.5, nan]
    """
    v = np.asarray(values, dtype=np.float64)
    valid = ~np.isnan(v)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray((weights @ np.where(valid, v, 0.0)) / (weights @ valid.astype(np.float64)), dtype=np.float64)


def percentile_interval(samples: npt.ArrayLike, confidence: float = 0.95) -> tuple[float, float]:
    """The ``(1 - confidence) / 2`` and ``(1 + confidence) / 2`` quantiles of the non-NaN `samples`.

    Linear interpolation between order statistics; (NaN, NaN) when no sample is a number.

    >>> percentile_interval([0.0, 1.0, 2.0, 3.0, 4.0, float("nan")], 0.5)
    (1.0, 3.0)
    """
    values = np.asarray(samples, dtype=np.float64)
    values = values[~np.isnan(values)]
    if values.size == 0:
        return float("nan"), float("nan")
    low, high = np.quantile(values, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high)


@dataclass(frozen=True, slots=True)
class BootstrapCI:
    """Per system: the mean over pages and the bounds of its percentile bootstrap interval."""

    mean: FloatArray
    low: FloatArray
    high: FloatArray


def bootstrap_ci(
    scores: npt.ArrayLike, *, rng: np.random.Generator, n_resamples: int = 1000, confidence: float = 0.95
) -> BootstrapCI:
    """Paired percentile bootstrap interval of the macro mean, for every system at once.

    `scores` is a [systems x pages] matrix of per-page scores with no NaN (an abstention
    must already be a number or its page dropped for every system). Each resample draws
    pages with replacement (multinomial counts, from `rng`) and applies the *same* draw to
    every system, so intervals of different systems are comparable. The interval is the
    ``(1 - confidence) / 2`` and ``(1 + confidence) / 2`` quantiles (linear interpolation)
    of the resampled means.

    >>> ci = bootstrap_ci([[1, 0, 1, 1], [0.5, 0.5, 0.5, 0.5]], rng=np.random.default_rng(0))
    >>> ci.mean.tolist(), ci.low.tolist(), ci.high.tolist()
    ([0.75, 0.5], [0.25, 0.5], [1.0, 0.5])
    """
    matrix = _as_matrix(scores)
    pages = matrix.shape[1]
    # The draw of `resample_weights`, kept as one byte a count, applied a block of rows at a time as
    # `resampled_means` applies the matrix.
    counts = resample_counts_or_weights(pages, rng=rng, n_resamples=n_resamples)
    sums = block_products(counts, [*((None, row) for row in matrix), (None, np.ones(pages))])
    bounds = [percentile_interval(total / sums[-1], confidence) for total in sums[:-1]]
    return BootstrapCI(matrix.mean(axis=1), np.array([b[0] for b in bounds]), np.array([b[1] for b in bounds]))


@dataclass(frozen=True, slots=True)
class PairedTest:
    """Systems `first` and `second` (row numbers), mean(first - second), and p-values."""

    first: int
    second: int
    difference: float
    p_value: float
    p_holm: float


def _randomisation_p(differences: FloatArray, *, rng: np.random.Generator, n_resamples: int) -> FloatArray:
    """Two-sided approximate-randomisation p-value of each row of per-page differences."""
    pages = differences.shape[1]
    observed = np.abs(differences.mean(axis=1))
    at_least = np.zeros(len(differences))
    # The signs of a chunk are written into one float buffer kept across chunks: a new array per chunk (100 x 100,000
    # pages, 80 MB, and as much again for the intermediate) was new memory faulted in every time.
    buffer = np.empty((min(_CHUNK, n_resamples), pages))
    for size in _chunks(n_resamples):
        signs = buffer[:size]
        np.multiply(rng.integers(0, 2, size=(size, pages)), 2.0, out=signs)
        signs -= 1.0
        shuffled = np.abs(differences @ signs.T / pages)
        at_least += (shuffled >= observed[:, np.newaxis] - 1e-12).sum(axis=1)
    return np.asarray((at_least + 1) / (n_resamples + 1), dtype=np.float64)


def paired_tests(scores: npt.ArrayLike, *, rng: np.random.Generator, n_resamples: int = 1000) -> list[PairedTest]:
    """Every pair of systems compared by a paired approximate randomisation test, Holm-corrected.

    For systems i < j, d is the per-page difference of their scores and the statistic
    ``|mean(d)|``. Under the null hypothesis each page's two scores are exchangeable, so
    each resample flips the sign of every page's difference with probability 1/2 (the same
    flips for all pairs); ``p = (1 + #{resampled |mean| >= observed}) / (n_resamples + 1)``
    (two-sided, never 0; ties within 1e-12 count as "at least"). `p_holm` adjusts the
    p-values of all pairs together with `holm`.

    >>> tests = paired_tests([[1] * 12, [0] * 12], rng=np.random.default_rng(0))
    >>> tests[0].difference, tests[0].p_value < 0.01  # only 2 of 4096 sign patterns reach |mean| = 1
    (1.0, True)
    """
    matrix = _as_matrix(scores)
    pairs = [(i, j) for i in range(len(matrix)) for j in range(i + 1, len(matrix))]
    if not pairs:
        return []
    differences = np.array([matrix[i] - matrix[j] for i, j in pairs])
    p_values = _randomisation_p(differences, rng=rng, n_resamples=n_resamples)
    adjusted = holm(p_values.tolist())
    return [
        PairedTest(i, j, float(d.mean()), float(p), a)
        for (i, j), d, p, a in zip(pairs, differences, p_values, adjusted, strict=True)
    ]


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm-Bonferroni adjusted p-values, in the input's order.

    With the m p-values sorted ascending, ``adj_(k) = max_{i <= k} min(1, (m - i + 1) p_(i))``
    (k, i counted from 1); rejecting where ``adj <= alpha`` is Holm's step-down procedure
    at family-wise level alpha.

    >>> holm([0.01, 0.04, 0.03, 0.20])  # sorted: 4 x 0.01, 3 x 0.03, 2 x 0.04 -> 0.09, 1 x 0.20
    [0.04, 0.09, 0.09, 0.2]
    """
    m = len(p_values)
    adjusted = [0.0] * m
    running = 0.0
    for rank, index in enumerate(sorted(range(m), key=lambda k: p_values[k])):
        running = max(running, min(1.0, (m - rank) * p_values[index]))
        adjusted[index] = running
    return adjusted
