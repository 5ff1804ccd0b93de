"""Tests of WCXB's word F1 against a transcription of its evaluate.py."""

from __future__ import annotations

import random
import re
import sys
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


def test_lower_casing_keeps_every_character_but_two_one_character_of_its_kind() -> None:
    # wcxb_tokens lower-cases the \w+ tokens of the raw text instead of tokenising the lower-cased
    # text; that is the same only where lower() maps each character to one character that is a word
    # character exactly when the original is. Every code point but U+0130 does (U+03A3 does too,
    # alone, but its lower case depends on its neighbours): both are sent to the direct path.
    word = re.compile(r"\w")
    odd = [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000
           and (len(chr(c).lower()) != 1 or bool(word.match(chr(c))) != bool(word.match(chr(c).lower()))
                or (chr(c).lower() == " ") != (c == 0x20))]
    assert odd == [0x130]


def test_tokens_are_those_of_the_lower_cased_text() -> None:
    rng = random.Random(5)
    alphabet = list("aZ _-.'\u00df\u0130\u03a3\u03c3\u03c2\u0301\u1e9e\u2160\u24b6\u0391\u4e2d\u00a0\n") + ["\u0130x", "\u03a3."]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20)))
        assert wcxb_tokens(text) == re.findall(r"\w+", text.lower()), text
