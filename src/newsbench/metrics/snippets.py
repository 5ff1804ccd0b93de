"""Snippet scores, as trafilatura's evaluation defines them: must-appear and must-not-appear text in an extraction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsbench.metrics.prf import f_measure

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Whitespace runs to one space, ends stripped: the only normalisation of the snippet metric.

    >>> squash("  Auch hier\\n\\ngilt  ")
    'Auch hier gilt'
    """
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class SnippetCounts:
    """Confusion counts of snippets: `tp` `with` snippets found, `fn` missed, `fp` `without` snippets found, `tn` not."""

    tp: int
    fp: int
    fn: int
    tn: int


def snippet_counts(with_: Sequence[str], without: Sequence[str], predicted: str | None) -> SnippetCounts | None:
    """Count a page's snippets against an extraction, as trafilatura's evaluation (`tests/eval_common.py`) does.

    A `with` snippet (text a correct extraction contains) found in the prediction is a true
    positive, missing a false negative; a `without` snippet (boilerplate) found is a false
    positive, missing a true negative. Found: the snippet is a substring of the prediction
    after `squash` of both (whitespace runs become one space, ends stripped); nothing else is
    normalised (case, punctuation and Unicode forms must match). An empty prediction (a tool
    that found nothing or failed) finds nothing: tp = fp = 0. ``predicted=None`` -> ``None``.

    >>> snippet_counts(["Pears are ripe.", "Harvest starts"], ["Imprint"], "Pears  are\\nripe. Harvest soon")
    SnippetCounts(tp=1, fp=0, fn=1, tn=1)
    """
    if predicted is None:
        return None
    text = squash(predicted)
    tp = sum(1 for s in with_ if squash(s) in text)
    fp = sum(1 for s in without if squash(s) in text)
    return SnippetCounts(tp, fp, len(with_) - tp, len(without) - fp)


@dataclass(frozen=True, slots=True)
class SnippetScores:
    """Precision, recall, accuracy and F of summed snippet counts."""

    precision: float
    recall: float
    accuracy: float
    f1: float


def snippet_scores(tp: float, fp: float, fn: float, tn: float) -> SnippetScores:
    """Trafilatura's figures of counts summed over every page (micro): P = tp / (tp + fp), R = tp / (tp + fn),
    accuracy = (tp + tn) / (tp + tn + fp + fn), F = 2 tp / (2 tp + fp + fn) (= 2PR / (P + R)).

    Zero division, as trafilatura's `ConfusionMatrix.scores`: a ratio whose denominator is 0 is 0.

    >>> snippet_scores(3, 1, 1, 5)
    SnippetScores(precision=0.75, recall=0.75, accuracy=0.8, f1=0.75)
    >>> snippet_scores(0, 0, 0, 0)
    SnippetScores(precision=0.0, recall=0.0, accuracy=0.0, f1=0.0)
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    total = tp + fp + fn + tn
    accuracy = (tp + tn) / total if total else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if 2 * tp + fp + fn else 0.0
    assert abs(f1 - f_measure(precision, recall)) < 1e-12
    return SnippetScores(precision, recall, accuracy, f1)
