"""Zyte's article-extraction-benchmark body metric (``evaluate.py``): 4-gram shingle P/R, averaged over pages."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from newsbench.metrics.bags import GramBag, gram_count, grams
from newsbench.metrics.tokenize import word_runs


# Their tokenizer exactly: `\w+` on the raw text (`tokenize.word_runs`), no normalisation and no case
# folding (their IGNORECASE flag has no effect on `\w`). It cuts words at combining marks (Devanagari
# vowel signs); that is part of the published metric and kept.
def aeb_tokens(text: str | None) -> list[str]:
    """The benchmark's tokens: ``re.findall(r"\\w+", text or "")``, case kept.

    >>> aeb_tokens("It's 4.5°C in Zürich")
    ['It', 's', '4', '5', 'C', 'in', 'Zürich']
    """
    return list(word_runs(text or ""))


def shingles(text: str | None, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of the n-grams of `aeb_tokens`; a text of 1..n-1 tokens is one shorter shingle, no tokens none.

    >>> sorted(shingles("a b c d e", 4))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    >>> shingles("a b", 4)
    Counter({('a', 'b'): 1})
    """
    return grams(aeb_token_tuple(text or ""), n)


@functools.lru_cache(maxsize=1024)
def _gold_shingles(text: str, n: int) -> GramBag:
    # The gold side is the same for every extractor on a page: its shingles are counted once.
    return GramBag(aeb_token_tuple(text), n)


@functools.lru_cache(maxsize=4096)
def aeb_token_tuple(text: str) -> tuple[str, ...]:
    """`aeb_tokens` of a text as a tuple, remembered for the last 4,096 texts.

    >>> aeb_token_tuple("Zürich, 4.5")
    ('Zürich', '4', '5')
    """
    return word_runs(text)


@dataclass(frozen=True, slots=True)
class AEBPage:
    """One page: tp, fp, fn as shares of ``tp + fp + fn`` (all 0 when neither text has a shingle).

    `exact` is the benchmark's "accuracy": the two token sequences are identical.
    """

    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``; ``None`` when the prediction has no shingle (left out of the mean)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else None

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``; ``None`` when the gold has no shingle (left out of the mean)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else None


def aeb_page(gold: str, predicted: str | None, n: int = 4) -> AEBPage | None:
    """Shingle counts of one page, normalised so that long pages weigh no more than short ones.

    Over multisets of `shingles` (n = 4): ``tp = Σ min(g, p)``, ``fp = Σ max(0, p - g)``,
    ``fn = Σ max(0, g - p)``, each then divided by ``tp + fp + fn`` (left at 0 when that is 0).
    Tokens: `aeb_tokens`. ``predicted=None`` -> ``None``; `aeb_corpus` scores it as the
    empty string, as the benchmark's ``evaluate.py`` does with a null ``articleBody``.

    >>> page = aeb_page("one two three four five", "one two three four six")
    >>> page.tp, page.fp, page.fn  # shared: (one two three four); 1 fp, 1 fn
    (0.3333333333333333, 0.3333333333333333, 0.3333333333333333)
    >>> aeb_page("one two three four", "").precision is None
    True
    """
    if predicted is None:
        return None
    gold_shingles, words = _gold_shingles(gold, n), aeb_token_tuple(predicted)
    tp = float(gold_shingles.overlap(words))
    # sum(max(0, p - g)) = |p| - sum(min(p, g)), and likewise for fn: no multiset differences needed.
    fp = float(gram_count(len(words), n)) - tp
    fn = float(gold_shingles.total) - tp
    total = tp + fp + fn
    if total > 0:
        tp, fp, fn = tp / total, fp / total, fn / total
    return AEBPage(tp, fp, fn, aeb_token_tuple(gold) == aeb_token_tuple(predicted))


@dataclass(frozen=True, slots=True)
class AEBResult:
    """Corpus figures as the benchmark's README reports them, with bootstrap standard deviations."""

    precision: float
    recall: float
    f1: float
    accuracy: float
    precision_std: float
    recall_std: float
    f1_std: float
    accuracy_std: float
    pages: int
    n_bootstrap: int


FloatArray = npt.NDArray[np.float64]


def _means(values: FloatArray, rows: npt.NDArray[np.intp]) -> FloatArray:
    """Mean of the non-NaN `values` picked by each row of page indices (NaN if none)."""
    picked = values[rows]
    valid = ~np.isnan(picked)
    counts = valid.sum(axis=-1)
    sums = np.where(valid, picked, 0.0).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(sums / counts, dtype=np.float64)


def _figures(pages: Sequence[AEBPage], rows: npt.NDArray[np.intp]) -> tuple[FloatArray, ...]:
    """Precision, recall, F1 and accuracy for each row of page indices."""
    nan = float("nan")
    precision = _means(np.array([nan if p.precision is None else p.precision for p in pages]), rows)
    recall = _means(np.array([nan if p.recall is None else p.recall for p in pages]), rows)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    accuracy = _means(np.array([float(p.exact) for p in pages]), rows)
    return precision, recall, f1, accuracy


def aeb_corpus(
    pairs: Iterable[tuple[str, str | None]], n_bootstrap: int = 1000, rng: np.random.Generator | None = None
) -> AEBResult:
    """The benchmark's corpus figures over (gold, predicted) body pairs, one pair a page.

    Precision is the mean of per-page ``tp / (tp + fp)`` over pages whose prediction has a
    shingle (empty predictions are left out of precision, and count 0 in recall); recall is
    the mean of ``tp / (tp + fn)`` over pages whose gold has one; ``F1 = 2PR / (P + R)`` from
    those two means (0 when both are 0, where ``evaluate.py`` would divide by zero);
    accuracy is the share of pages whose token sequences are identical. A ``None``
    prediction counts as the empty string. A mean over no pages is NaN; no pairs at all
    raise ValueError.

    Each ``*_std`` is the sample standard deviation (ddof 1) of that figure over
    `n_bootstrap` resamples of the pages with replacement, drawn from `rng` (default: a new
    generator seeded with 0); NaN when `n_bootstrap` < 2. ``evaluate.py`` uses Python's unseeded `random`, so published
    deviations are reproducible only to their sampling error (about 2% of their value).

    >>> result = aeb_corpus([("a b c d e", "a b c d e"), ("f g h i j", ""), ("k l m n", "x y")], 10)
    >>> result.precision, result.recall, result.f1, result.accuracy  # P over pages 1 and 3; R over all
    (0.5, 0.3333333333333333, 0.4, 0.3333333333333333)
    """
    scored = [page for gold, predicted in pairs if (page := aeb_page(gold, predicted or "")) is not None]
    if not scored:
        raise ValueError("aeb_corpus needs at least one page")
    rng = np.random.default_rng(0) if rng is None else rng
    everything = np.arange(len(scored))[np.newaxis, :]
    resamples = rng.integers(0, len(scored), size=(n_bootstrap, len(scored)))
    precision, recall, f1, accuracy = (float(v[0]) for v in _figures(scored, everything))
    p_std, r_std, f1_std, accuracy_std = (
        float(np.std(v, ddof=1)) if n_bootstrap > 1 else float("nan") for v in _figures(scored, resamples)
    )
    return AEBResult(precision, recall, f1, accuracy, p_std, r_std, f1_std, accuracy_std, len(scored), n_bootstrap)
