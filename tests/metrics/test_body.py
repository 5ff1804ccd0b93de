"""Tests of the bag-of-tokens body metric with optional blocks."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from newsbench.metrics.body import body_tokens, included_optional, optional_resolution
from newsbench.metrics.prf import PRF
from newsbench.metrics.tokenize import tokens


def _close(result: PRF | None, precision: float, recall: float, f1: float) -> None:
    assert result is not None
    assert (result.precision, result.recall, result.f1) == pytest.approx((precision, recall, f1))


def test_plain_overlap() -> None:
    # gold a b c d, predicted a b x: tp 2, fp 1, fn 2 -> P 2/3, R 1/2, F1 = (2/3)/(7/6) = 4/7
    _close(body_tokens([("a b c d", False)], "a b x"), 2 / 3, 1 / 2, 4 / 7)


def test_none_is_an_abstention_and_empty_is_a_miss() -> None:
    gold = [("Rain fell today.", False)]
    assert body_tokens(gold, None) is None
    assert body_tokens(gold, "") == PRF(0.0, 0.0, 0.0)
    assert body_tokens(gold, " \n ") == PRF(0.0, 0.0, 0.0)


def test_empty_gold() -> None:
    assert body_tokens([], "") == PRF(1.0, 1.0, 1.0)
    assert body_tokens([("", False)], "anything") == PRF(0.0, 0.0, 0.0)


def test_multiplicity_counts() -> None:
    # gold "the the cat" vs "the cat cat": tp = min(2,1) + min(1,2) = 2, fp 1, fn 1
    _close(body_tokens([("the the cat", False)], "the cat cat"), 2 / 3, 2 / 3, 2 / 3)


GOLD = [("Rain fell today", False), ("Photo by Ana Lima", True)]


def test_included_optional_block_joins_the_reference() -> None:
    _close(body_tokens(GOLD, "Rain fell today. Photo by Ana Lima"), 1.0, 1.0, 1.0)


def test_omitted_optional_block_is_not_a_miss() -> None:
    _close(body_tokens(GOLD, "Rain fell today"), 1.0, 1.0, 1.0)


def test_scraps_of_a_left_out_optional_block_are_not_false_positives() -> None:
    # "photo" is 1 of the caption's 4 tokens (< 50%): caption left out, "photo" removed from p.
    _close(body_tokens(GOLD, "Rain fell today photo"), 1.0, 1.0, 1.0)
    # Unrelated extra words still count: tp 3, fp 1 (subscribe)
    _close(body_tokens(GOLD, "Rain fell today photo subscribe"), 3 / 4, 1.0, 6 / 7)


def test_optional_block_at_the_threshold_is_included() -> None:
    # "photo by" is 2 of 4 caption tokens = 50%: included. g = 3 + 4 = 7 tokens, tp 5, fn 2.
    # P 1, R 5/7, F1 = (10/7)/(12/7) = 5/6
    _close(body_tokens(GOLD, "Rain fell today photo by"), 1.0, 5 / 7, 5 / 6)


def test_common_words_of_the_required_text_do_not_make_a_caption_look_included() -> None:
    gold = [("the cat and the dog", False), ("the dog", True)]
    assert included_optional(gold, tokens("the cat and the dog")) == [True, False]
    assert included_optional(gold, tokens("the cat and the dog the dog")) == [True, True]
    _close(body_tokens(gold, "the cat and the dog the dog"), 1.0, 1.0, 1.0)


def test_two_copies_of_a_caption_need_two_copies_in_the_prediction() -> None:
    gold = [("text", False), ("caption here", True), ("caption here", True)]
    assert included_optional(gold, tokens("text caption here")) == [True, True, False]


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # zh: 北京大学 (4) vs 北京大学生 (5): tp 4, fp 1 -> P 4/5, R 1, F1 8/9
        ("北京大学", "北京大学生", (4 / 5, 1.0, 8 / 9)),
        # ja: 東京に行く (5) vs 東京 (2): tp 2, fn 3 -> P 1, R 2/5, F1 = 0.8/1.4 = 4/7
        ("東京に行く", "東京", (1.0, 2 / 5, 4 / 7)),
        # th: ภ า ษ า ไ ท ย (7) vs ภ า ษ า (4): tp 4, fn 3 -> P 1, R 4/7, F1 8/11
        ("ภาษาไทย", "ภาษา", (1.0, 4 / 7, 8 / 11)),
        # ar: 4 words, prediction 2 of them plus 2 boilerplate words: P = R = F1 = 1/2
        ("ذهب الولد إلى المدرسة", "ذهب الولد اشترك الآن", (0.5, 0.5, 0.5)),
        # hi: 5 words, prediction the first 3: P 1, R 3/5, F1 = 1.2/1.6 = 3/4
        ("भारत की राजधानी दिल्ली है", "भारत की राजधानी", (1.0, 3 / 5, 3 / 4)),
        # ko: words kept whole: 서울에서 만나요 vs 서울에서 봐요: tp 1, fp 1, fn 1
        ("서울에서 만나요", "서울에서 봐요", (0.5, 0.5, 0.5)),
    ],
)
def test_languages(gold: str, predicted: str, expected: tuple[float, float, float]) -> None:
    _close(body_tokens([(gold, False)], predicted), *expected)


def _brute_force(gold: list[str], predicted: list[str]) -> tuple[float, float]:
    """Pair off tokens one by one: each predicted token consumes one equal gold token."""
    remaining = list(gold)
    tp = 0
    for token in predicted:
        if token in remaining:
            remaining.remove(token)
            tp += 1
    return tp / len(predicted), tp / len(gold)


def test_agrees_with_pairing_tokens_off_one_by_one() -> None:
    rng = random.Random(5)
    for _ in range(200):
        gold = " ".join(rng.choice(["a", "b", "c", "d", "东", "京"]) for _ in range(rng.randint(1, 30)))
        predicted = " ".join(rng.choice(["a", "b", "e", "京"]) for _ in range(rng.randint(1, 30)))
        result = body_tokens([(gold, False)], predicted)
        assert result is not None
        assert (result.precision, result.recall) == pytest.approx(_brute_force(tokens(gold), tokens(predicted)))


def _resolution_by_hand(gold: list[tuple[str, bool]], predicted: list[str]) -> tuple[list[bool], Counter[str]]:
    """The optional-block rule with lists, token by token: the required blocks' tokens are struck from the
    prediction first; then each optional block in order strikes the tokens it finds among those left."""
    surplus = list(predicted)
    for text, optional in gold:
        for token in tokens(text) if not optional else ():
            if token in surplus:
                surplus.remove(token)
    included, left_out = [], []
    for text, optional in gold:
        if not optional:
            included.append(True)
            continue
        block, found = tokens(text), []
        for token in block:
            if token in surplus:
                surplus.remove(token)
                found.append(token)
        included.append(bool(block) and len(found) >= 0.5 * len(block))
        if not included[-1]:
            left_out += found
    return included, Counter(left_out)


def test_optional_blocks_agree_with_striking_tokens_off_by_hand() -> None:
    rng = random.Random(11)
    words = ["a", "b", "c", "photo", "by", "东", "京"]
    for _ in range(400):
        gold = [(" ".join(rng.choice(words) for _ in range(rng.randint(0, 6))), rng.random() < 0.5)
                for _ in range(rng.randint(1, 6))]
        predicted = tokens(" ".join(rng.choice(words + ["x"]) for _ in range(rng.randint(0, 25))))
        included, left_out = optional_resolution(gold, predicted)
        expected_included, expected_left_out = _resolution_by_hand(gold, predicted)
        assert included == expected_included
        assert list(left_out.items()) == list(expected_left_out.items())  # the same counts, in the same order
