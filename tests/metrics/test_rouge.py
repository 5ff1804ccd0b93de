"""Tests of ROUGE-LSum against hand computation and a transcription of rouge-score's algorithm."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from reference_lcs import lcs_indices as _lcs_indices

from newsbench.metrics.prf import PRF
from newsbench.metrics.rouge import rouge_lsum, rouge_lsum_texts
from newsbench.metrics.segment import sentences
from newsbench.metrics.tokenize import tokens


def _close(result: PRF | None, precision: float, recall: float, f1: float) -> None:
    assert result is not None
    assert (result.precision, result.recall, result.f1) == pytest.approx((precision, recall, f1))


def test_lin_2004_union_lcs_example() -> None:
    # r = w1..w5; c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5. LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5;
    # union = w1 w2 w3 w5 -> 4 hits; P = 4/10, R = 4/5, F = 0.64/1.2 = 8/15
    result = rouge_lsum([("w1 w2 w3 w4 w5.", False)], "w1 w2 w6 w7 w8. w1 w3 w8 w9 w5.")
    _close(result, 0.4, 0.8, 8 / 15)


def test_sentence_order_does_not_matter_but_word_order_does() -> None:
    _close(rouge_lsum([("Rain fell. Oslo was wet.", False)], "Oslo was wet. Rain fell."), 1.0, 1.0, 1.0)
    # one sentence a b c d against d c b a: LCS 1 -> P = R = F = 1/4
    _close(rouge_lsum([("a b c d", False)], "d c b a"), 0.25, 0.25, 0.25)


def test_a_token_is_not_counted_twice() -> None:
    # r1 = r2 = "x y", candidate "x y": r1 uses both candidate tokens, r2 finds none left.
    # hits 2; P = 2/2, R = 2/4, F = 2/3
    _close(rouge_lsum_texts([["x", "y"], ["x", "y"]], [["x", "y"]]), 1.0, 0.5, 2 / 3)


def test_none_empty_and_optional() -> None:
    gold = [("Rain fell today.", False), ("Photo by Ana Lima.", True)]
    assert rouge_lsum(gold, None) is None
    assert rouge_lsum(gold, "") == PRF(0.0, 0.0, 0.0)
    assert rouge_lsum([], "") == PRF(1.0, 1.0, 1.0)
    _close(rouge_lsum(gold, "Rain fell today."), 1.0, 1.0, 1.0)  # caption left out, not missed
    _close(rouge_lsum(gold, "Rain fell today.\nPhoto by Ana Lima."), 1.0, 1.0, 1.0)  # caption included


def test_chinese() -> None:
    # gold sentences 我爱北京。| 天安门很大。 (4 + 5 tokens); predicted 我爱上海。 (4 tokens)
    # union LCS: 我 爱 with the first, nothing with the second -> hits 2; P 2/4, R 2/9, F = (2/9)/(13/18) = 4/13
    _close(rouge_lsum([("我爱北京。天安门很大。", False)], "我爱上海。"), 0.5, 2 / 9, 4 / 13)
    _close(rouge_lsum([("我爱北京。天安门很大。", False)], "天安门很大。我爱北京。"), 1.0, 1.0, 1.0)


def test_japanese() -> None:
    # 今日は晴れ。 (5 tokens) vs 今日は雨。 (4 tokens): LCS 今 日 は = 3; P 3/4, R 3/5, F = 0.9/1.35 = 2/3
    _close(rouge_lsum([("今日は晴れ。", False)], "今日は雨。"), 0.75, 0.6, 2 / 3)


def test_thai() -> None:
    # ฝ น ต ก (4) vs ฝ น ต ก ห นั ก (7): LCS 4; P 4/7, R 1, F 8/11
    _close(rouge_lsum([("ฝนตก", False)], "ฝนตกหนัก"), 4 / 7, 1.0, 8 / 11)


def test_arabic() -> None:
    # sentences هل أنت بخير؟ | نعم (3 + 1 words); predicted نعم. | هل أنت بخير؟ reordered -> all 4 hits
    _close(rouge_lsum([("هل أنت بخير؟ نعم", False)], "نعم. هل أنت بخير؟"), 1.0, 1.0, 1.0)
    # predicted only the question with a stray word: هل أنت بخير اليوم؟ -> hits 3; P 3/4, R 3/4
    _close(rouge_lsum([("هل أنت بخير؟ نعم", False)], "هل أنت بخير اليوم؟"), 0.75, 0.75, 0.75)


def test_hindi() -> None:
    # वह आया। वह गया। (2 + 2 words) vs वह गया। (2 words): r1 LCS वह (1), r2 LCS वह गया (2); union hits
    # r1: वह (count c: वह 1 -> 0), r2: वह (no count left), गया -> 2 hits. P 2/2, R 2/4, F 2/3
    _close(rouge_lsum([("वह आया। वह गया।", False)], "वह गया।"), 1.0, 0.5, 2 / 3)


# --- rouge-score's summary-level LCS, transcribed with plain lists as the independent reference ---


def _summary_level_lcs(ref_sent: list[list[str]], can_sent: list[list[str]]) -> tuple[float, float]:
    m, n = sum(map(len, ref_sent)), sum(map(len, can_sent))
    token_cnts_r = Counter(t for s in ref_sent for t in s)
    token_cnts_c = Counter(t for s in can_sent for t in s)
    hits = 0
    for r in ref_sent:
        union = sorted(set().union(*[_lcs_indices(r, c) for c in can_sent]))
        for t in (r[i] for i in union):
            if token_cnts_c[t] > 0 and token_cnts_r[t] > 0:
                hits += 1
                token_cnts_c[t] -= 1
                token_cnts_r[t] -= 1
    return hits / n, hits / m


def test_matches_the_transcribed_rouge_score_algorithm() -> None:
    rng = random.Random(4)
    vocabulary = ["a", "b", "c", "d", "東", "京", "नमस्ते"]
    for _ in range(100):
        gold = ". ".join(" ".join(rng.choices(vocabulary, k=rng.randint(1, 8))) for _ in range(rng.randint(1, 6)))
        predicted = "\n".join(" ".join(rng.choices(vocabulary, k=rng.randint(1, 8))) for _ in range(rng.randint(1, 6)))
        expected = _summary_level_lcs([tokens(s) for s in sentences(gold)], [tokens(s) for s in sentences(predicted)])
        result = rouge_lsum([(gold, False)], predicted)
        assert result is not None
        assert (result.precision, result.recall) == pytest.approx(expected, abs=1e-12)
