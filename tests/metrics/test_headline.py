"""Tests of headline exact match and token overlap."""

from __future__ import annotations

import pytest

from newsbench.metrics.headline import headline_exact, headline_tokens
from newsbench.metrics.prf import PRF


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        ("Mayor\u2019s plan \u2013 a first look", "Mayor's plan - a first look", True),  # quotes and dashes
        ("Mayor's plan", "MAYOR'S PLAN", True),  # case-folded
        ("Mayor's plan", "  Mayor's\u00a0\n plan ", True),  # whitespace collapsed and stripped
        ("Mayor's plan", "Mayor's pl\u00adan", True),  # soft hyphen
        ("Mayor's plan", "Mayor's plan | The Daily Example", False),  # site name kept
        ("Mayor's plan", "Mayor's plan.", False),  # punctuation counts
        ("東京で大雨", "東京で大雨", True),
        ("東京で大雨", "東京で大雨 - 毎日新聞", False),
        ("ＡＩ投資が拡大", "AI投資が拡大", True),  # NFKC fullwidth Latin
        ("الرئيس يزور القاهرة", "\u200fالرئيس  يزور القاهرة\u200f", True),  # RTL marks are format characters
        ("भारत ने मैच जीता", "भारत ने मैच जीता", True),
        ("ฝนตกหนัก", "ฝนตกหนัก", True),
        ("", "", True),
    ],
)
def test_exact(gold: str, predicted: str, expected: bool) -> None:
    assert headline_exact(gold, predicted) is expected


def test_none_is_an_abstention() -> None:
    assert headline_exact("Title", None) is None
    assert headline_tokens("Title", None) is None
    assert headline_exact("Title", "") is False


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        # en: 3 tokens (mayor s plan); predicted adds the daily example: tp 3, fp 3 -> P 1/2, R 1, F1 2/3
        ("Mayor's plan", "Mayor's plan | The Daily Example", (0.5, 1.0, 2 / 3)),
        # ja: 東京で大雨 (5) vs + 毎日新聞 (4 more): P 5/9, R 1, F1 = (10/9)/(14/9) = 5/7
        ("東京で大雨", "東京で大雨 - 毎日新聞", (5 / 9, 1.0, 5 / 7)),
        # zh: 北京下雪 (4) vs 北京下雨 (4): tp 3 -> P = R = F1 = 3/4
        ("北京下雪", "北京下雨", (0.75, 0.75, 0.75)),
        # hi: 4 words, predicted + खेल समाचार: P 4/6, R 1, F1 0.8
        ("भारत ने मैच जीता", "भारत ने मैच जीता | खेल समाचार", (4 / 6, 1.0, 0.8)),
        # th: ฝ น ต ก (4) vs ฝ น ต ก ห นั ก (7): tp 4 -> P 4/7, R 1, F1 8/11
        ("ฝนตก", "ฝนตกหนัก", (4 / 7, 1.0, 8 / 11)),
        # ar: 3 words vs 2 of them: P 1, R 2/3, F1 0.8
        ("الرئيس يزور القاهرة", "الرئيس يزور", (1.0, 2 / 3, 0.8)),
    ],
)
def test_tokens(gold: str, predicted: str, expected: tuple[float, float, float]) -> None:
    result = headline_tokens(gold, predicted)
    assert result is not None
    assert (result.precision, result.recall, result.f1) == pytest.approx(expected)


def test_empty_headlines() -> None:
    assert headline_tokens("", "") == PRF(1.0, 1.0, 1.0)
    assert headline_tokens("Title", "") == PRF(0.0, 0.0, 0.0)
