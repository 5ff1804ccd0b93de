"""Tests of WCXB's word F1 against a transcription of its evaluate.py."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from newsbench.metrics.prf import PRF
from newsbench.metrics.wcxb import wcxb_corpus, wcxb_page, wcxb_tokens


def test_hand_computed_page() -> None:
    # gold the cat sat on the mat (6), predicted the cat ran (3): overlap the, cat = 2
    # P 2/3, R 2/6, F1 = 2 * (2/9) / 1 = 4/9
    result = wcxb_page("The cat sat on the mat", "the cat ran")
    assert result is not None
    assert (result.precision, result.recall, result.f1) == pytest.approx((2 / 3, 1 / 3, 4 / 9))


def test_their_zero_division_rules() -> None:
    assert wcxb_page("", "") == PRF(1.0, 1.0, 1.0)
    assert wcxb_page("", "text") == PRF(0.0, 0.0, 0.0)
    assert wcxb_page("text", "") == PRF(0.0, 0.0, 0.0)
    assert wcxb_page("text", None) is None


def test_lower_not_casefold_and_no_normalisation() -> None:
    assert wcxb_tokens("Straße STRASSE ＡＢ") == ["straße", "strasse", "ａｂ"]


def test_corpus_f1_is_the_mean_of_page_f1() -> None:
    # page 1: P 1, R 1/2, F1 2/3; page 2: P 0, R 0, F1 0 (None counts as "")
    result = wcxb_corpus([("a b", "a"), ("c", None)])
    assert (result.precision, result.recall, result.f1) == pytest.approx((0.5, 0.25, 1 / 3))


def test_cjk_is_one_token_per_run_in_their_metric() -> None:
    # Their \w+ keeps 北京大学 whole: predicting 北京 finds nothing of it.
    assert wcxb_page("北京大学", "北京") == PRF(0.0, 0.0, 0.0)


def _word_f1(predicted: str, reference: str) -> tuple[float, float, float]:
    """WCXB evaluate.py's word_f1, transcribed."""
    pred_tokens = re.findall(r"\w+", predicted.lower()) if predicted else []
    ref_tokens = re.findall(r"\w+", reference.lower()) if reference else []
    if not ref_tokens:
        return (1.0, 1.0, 1.0) if not pred_tokens else (0.0, 0.0, 0.0)
    if not pred_tokens:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(pred_tokens) & Counter(ref_tokens)).values())
    p, r = overlap / len(pred_tokens), overlap / len(ref_tokens)
    return (p, r, 2 * p * r / (p + r) if p + r > 0 else 0.0)


def test_matches_the_transcribed_evaluator() -> None:
    rng = random.Random(8)
    words = ["Alpha", "alpha", "beta", "Gamma", "δέλτα", "東京", "x_y"]
    pairs = [
        (" ".join(rng.choices(words, k=rng.randint(0, 15))), " ".join(rng.choices(words, k=rng.randint(0, 15))))
        for _ in range(300)
    ]
    expected = [_word_f1(p, g) for g, p in pairs]
    for (gold, predicted), want in zip(pairs, expected, strict=True):
        page = wcxb_page(gold, predicted)
        assert page is not None and (page.precision, page.recall, page.f1) == want
    corpus = wcxb_corpus(pairs)
    means = [sum(column) / len(expected) for column in zip(*expected, strict=True)]
    assert (corpus.precision, corpus.recall, corpus.f1) == pytest.approx(means, abs=1e-12)
