"""Tests of the article-extraction-benchmark metric against a transcription of its evaluate.py."""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter

import numpy as np
import pytest

from newsbench.metrics.aeb import aeb_corpus, aeb_page, aeb_tokens, shingles


def test_shingles_of_short_and_empty_texts() -> None:
    assert shingles("a b c d e f") == Counter(
        {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1, ("c", "d", "e", "f"): 1}
    )
    assert shingles("a b") == Counter({("a", "b"): 1})
    assert shingles("") == Counter()
    assert shingles(None) == Counter()


def test_page_counts_are_shares_of_all_shingles() -> None:
    # gold 6 tokens -> 3 shingles, prediction its first 5 tokens -> 2 shingles: tp 2, fp 0, fn 1
    page = aeb_page("a b c d e f", "a b c d e")
    assert page is not None
    assert (page.tp, page.fp, page.fn) == pytest.approx((2 / 3, 0.0, 1 / 3))
    assert page.precision == 1.0
    assert page.recall == pytest.approx(2 / 3)
    assert page.exact is False


def test_case_is_kept_as_in_the_benchmark() -> None:
    page = aeb_page("The cat sat down", "the cat sat down")
    assert page is not None
    assert (page.precision, page.recall) == (0.0, 0.0)


def test_tokens_are_the_benchmarks_not_ours() -> None:
    # Python's \w stops at Devanagari vowel signs; the published metric does so too.
    assert aeb_tokens("हिन्दी") == ["ह", "न", "द"]
    assert aeb_tokens("北京大学 新闻") == ["北京大学", "新闻"]


def test_none_prediction() -> None:
    assert aeb_page("a b c d", None) is None
    page = aeb_page("a b c d", "")
    assert page is not None and page.precision is None and page.recall == 0.0


def test_corpus_leaves_empty_predictions_out_of_precision() -> None:
    pairs: list[tuple[str, str | None]] = [
        ("a b c d e", "a b c d e"),  # P 1, R 1, exact
        ("f g h i", ""),  # P left out, R 0
        ("", ""),  # left out of both; token lists equal, so exact
        ("", "x y"),  # P 0, R left out
        ("j k l m", None),  # as "": P left out, R 0
    ]
    result = aeb_corpus(pairs, n_bootstrap=50, rng=np.random.default_rng(1))
    # P = mean(1, 0) = 1/2; R = mean(1, 0, 0) = 1/3; F1 = (1/3)/(5/6) = 2/5; accuracy 2/5
    assert (result.precision, result.recall, result.f1, result.accuracy) == pytest.approx((0.5, 1 / 3, 0.4, 0.4))
    assert result.pages == 5


def test_corpus_rejects_no_pages() -> None:
    with pytest.raises(ValueError):
        aeb_corpus([])


# --- evaluate.py (scrapinghub/article-extraction-benchmark), transcribed as the independent reference ---


def _ngrams(text: str, n: int = 4) -> list[tuple[str, ...]]:
    words = re.findall(r"\w+", text or "")
    return [tuple(words[i : i + n]) for i in range(max(1, len(words) - n + 1)) if words[i : i + n]]


def _string_shingle_matching(true: str, pred: str) -> tuple[float, float, float]:
    t, p = Counter(_ngrams(true)), Counter(_ngrams(pred))
    tp = fp = fn = 0.0
    for key in set(t) | set(p):
        tp += min(t.get(key, 0), p.get(key, 0))
        fp += max(0, p.get(key, 0) - t.get(key, 0))
        fn += max(0, t.get(key, 0) - p.get(key, 0))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (tp, fp, fn)


def _metrics(tp_fp_fns: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    def precision(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)

    def recall(tp: float, fp: float, fn: float) -> float:
        return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)

    p = statistics.mean([precision(*x) for x in tp_fp_fns if x[0] + x[1] > 0])
    r = statistics.mean([recall(*x) for x in tp_fp_fns if x[0] + x[2] > 0])
    return p, r, 2 * p * r / (p + r)


def _random_text(rng: random.Random) -> str:
    return " ".join(rng.choice(["w1", "w2", "w3", "W1", "日本"]) for _ in range(rng.randint(0, 12)))


def test_figures_match_the_transcribed_evaluator() -> None:
    rng = random.Random(2019)
    pairs = [(_random_text(rng) or "w1", _random_text(rng)) for _ in range(300)]
    reference = [_string_shingle_matching(t, p) for t, p in pairs]
    for (true, pred), expected in zip(pairs, reference, strict=True):
        page = aeb_page(true, pred)
        assert page is not None and (page.tp, page.fp, page.fn) == expected
    result = aeb_corpus(pairs, n_bootstrap=2)
    assert (result.precision, result.recall, result.f1) == pytest.approx(_metrics(reference), abs=1e-12)


def _edited(rng: random.Random, text: str) -> str:
    """The text with some words dropped and some inserted, as an extractor's output differs from gold."""
    words = [w for w in text.split() if rng.random() > 0.2]
    return " ".join(w for word in words for w in ([word, "ad"] if rng.random() < 0.1 else [word]))


def test_bootstrap_deviation_is_the_sample_deviation_over_resampled_pages() -> None:
    rng = random.Random(7)
    golds = [" ".join(f"w{rng.randint(1, 30)}" for _ in range(rng.randint(5, 40))) for _ in range(40)]
    pairs = [(gold, _edited(rng, gold)) for gold in golds]
    reference = [_string_shingle_matching(t, p) for t, p in pairs]
    # Draw the same page indices our function will draw, then resample the slow way.
    indices = np.random.default_rng(99).integers(0, len(pairs), size=(30, len(pairs)))
    figures = [_metrics([reference[i] for i in row]) for row in indices]
    expected = [statistics.stdev(values) for values in zip(*figures, strict=True)]
    result = aeb_corpus(pairs, n_bootstrap=30, rng=np.random.default_rng(99))
    assert (result.precision_std, result.recall_std, result.f1_std) == pytest.approx(expected, abs=1e-12)
