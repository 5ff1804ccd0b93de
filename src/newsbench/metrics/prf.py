"""Precision, recall and F1: the result types and the one zero-division rule every metric uses."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 of one page or one aggregate; values in [0, 1], never rounded."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives; add them up for a micro average."""

    tp: float
    fp: float
    fn: float

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def prf(self) -> PRF:
        """Precision, recall and F1 of these counts, by `prf_from_counts`."""
        return prf_from_counts(self.tp, self.fp, self.fn)


NO_COUNTS = Counts(0, 0, 0)


def f_measure(precision: float, recall: float) -> float:
    """Harmonic mean ``2PR / (P + R)``; 0 when ``P + R = 0``.

    >>> f_measure(0.5, 1.0)
    0.6666666666666666
    >>> f_measure(0.0, 0.0)
    0.0
    """
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


def prf_from_counts(tp: float, fp: float, fn: float) -> PRF:
    """``P = tp / (tp + fp)``, ``R = tp / (tp + fn)``, ``F1 = 2PR / (P + R)``.

    Zero division: no predicted and no gold items (``tp = fp = fn = 0``) -> 1, 1, 1; no
    predicted items but some gold -> P = 0 (and R = 0); no gold items but some predicted ->
    R = 0 (and P = 0); ``P + R = 0`` -> F1 = 0.

    >>> prf_from_counts(3, 1, 1)
    PRF(precision=0.75, recall=0.75, f1=0.75)
    >>> prf_from_counts(0, 0, 0)
    PRF(precision=1.0, recall=1.0, f1=1.0)
    >>> prf_from_counts(0, 0, 4)
    PRF(precision=0.0, recall=0.0, f1=0.0)
    """
    if tp == fp == fn == 0:
        return PRF(1.0, 1.0, 1.0)
    precision = tp / (tp + fp) if tp + fp > 0 else 0.0
    recall = tp / (tp + fn) if tp + fn > 0 else 0.0
    return PRF(precision, recall, f_measure(precision, recall))


def multiset_counts(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Counts:
    """Counts over multisets: ``tp = |g ∩ p|``, ``fp = |p| - tp``, ``fn = |g| - tp``.

    An item occurring twice in the gold and once in the prediction is one tp and one fn.

    >>> multiset_counts(["a", "a", "b"], ["a", "c"])
    Counts(tp=1, fp=1, fn=2)
    """
    gold_bag, predicted_bag = Counter(gold), Counter(predicted)
    small, large = sorted((gold_bag, predicted_bag), key=len)
    tp = sum(min(count, large[item]) for item, count in small.items() if item in large)
    return Counts(tp, predicted_bag.total() - tp, gold_bag.total() - tp)
