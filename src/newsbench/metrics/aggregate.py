"""Corpus figures from per-page scores: macro means over pages and micro sums of counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

from newsbench.metrics.prf import NO_COUNTS, PRF, Counts

FloatArray = npt.NDArray[np.float64]

Abstention = Literal["skip", "miss"]


@dataclass(frozen=True, slots=True)
class Aggregate:
    """A corpus figure with the number of pages behind it and the number of abstentions."""

    precision: float
    recall: float
    f1: float
    pages: int
    abstained: int


def macro_mean(values: Sequence[float | bool | None] | npt.NDArray[np.float64], *, abstention: Abstention) -> float:
    """Mean over pages of a per-page value (a score, or a bool counted as 1/0).

    ``None`` (an abstention) is left out with ``abstention="skip"`` and counts as 0 with
    ``"miss"``; in a float array, NaN is an abstention. A mean over no pages is NaN.

    Summed as numpy sums (pairwise), so that it equals ``numpy.nanmean`` over the values with
    None as NaN.

    >>> macro_mean([True, False, None], abstention="skip"), macro_mean([True, False, None], abstention="miss")
    (0.5, 0.3333333333333333)
    """
    nan = float("nan")
    if isinstance(values, np.ndarray):
        array = values.astype(np.float64) if abstention == "skip" else np.nan_to_num(values.astype(np.float64), nan=0.0)
    else:
        array = np.array([nan if v is None else float(v) for v in values] if abstention == "skip"
                         else [float(v or 0) for v in values], dtype=np.float64)
    if not (~np.isnan(array)).any():
        return nan
    return float(np.nanmean(array))


def macro_prf(scores: Sequence[PRF | None], *, abstention: Abstention) -> Aggregate:
    """Macro average: the means over pages of per-page P, of R and of F1.

    F1 is the mean of per-page F1 (not the F1 of the mean P and R). A ``None`` page is left
    out (``abstention="skip"``) or scored 0, 0, 0 (``"miss"``); either way it is counted in
    `abstained`. Means over no pages are NaN.

    >>> macro_prf([PRF(1.0, 0.5, 2 / 3), PRF(0.5, 0.5, 0.5), None], abstention="skip")
    Aggregate(precision=0.75, recall=0.5, f1=0.5833333333333333, pages=2, abstained=1)
    """
    abstained = sum(s is None for s in scores)
    pages = len(scores) - abstained if abstention == "skip" else len(scores)
    return Aggregate(
        macro_mean([None if s is None else s.precision for s in scores], abstention=abstention),
        macro_mean([None if s is None else s.recall for s in scores], abstention=abstention),
        macro_mean([None if s is None else s.f1 for s in scores], abstention=abstention),
        pages,
        abstained,
    )


def micro_prf(counts: Sequence[Counts | None]) -> Aggregate:
    """Micro average: tp, fp and fn summed over pages, then `prf.prf_from_counts`.

    A ``None`` page adds nothing and is counted in `abstained`; to count an abstention as a
    miss, score that page as an empty prediction before aggregating (its gold items then
    become false negatives).

    >>> micro_prf([Counts(3, 1, 0), Counts(1, 1, 2), None])  # tp 4, fp 2, fn 2
    Aggregate(precision=0.6666666666666666, recall=0.6666666666666666, f1=0.6666666666666666, pages=2, abstained=1)
    """
    total = NO_COUNTS
    for page in counts:
        if page is not None:
            total += page
    prf = total.prf
    abstained = sum(c is None for c in counts)
    return Aggregate(prf.precision, prf.recall, prf.f1, len(counts) - abstained, abstained)


def micro_prf_arrays(tp: npt.ArrayLike, fp: npt.ArrayLike, fn: npt.ArrayLike) -> tuple[FloatArray, FloatArray, FloatArray]:
    """`prf.prf_from_counts` element-wise over arrays of summed counts (e.g. one sum per bootstrap resample).

    Same rule: nothing predicted and nothing in the gold -> 1, 1, 1; a zero denominator -> 0.

    >>> [a.tolist() for a in micro_prf_arrays([3, 0, 0], [1, 0, 0], [1, 0, 4])]
    [[0.75, 1.0, 0.0], [0.75, 1.0, 0.0], [0.75, 1.0, 0.0]]
    """
    t, f, n = (np.asarray(a, dtype=np.float64) for a in (tp, fp, fn))
    with np.errstate(invalid="ignore", divide="ignore"):
        nothing = (t + f + n) == 0
        p = np.where(nothing, 1.0, np.where(t + f > 0, t / (t + f), 0.0))
        r = np.where(nothing, 1.0, np.where(t + n > 0, t / (t + n), 0.0))
    return p, r, f_measures(p, r)


def f_measures(precision: npt.ArrayLike, recall: npt.ArrayLike) -> FloatArray:
    """`prf.f_measure` element-wise: ``2PR / (P + R)``, 0 where ``P + R = 0`` (NaN stays NaN).

    >>> f_measures([0.5, 0.0], [1.0, 0.0]).tolist()
    [0.6666666666666666, 0.0]
    """
    p, r = np.asarray(precision, dtype=np.float64), np.asarray(recall, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(np.where(p + r > 0, 2 * p * r / (p + r), 0.0), dtype=np.float64)
