"""Tests of paragraph and sentence splitting."""

from __future__ import annotations

import pytest

from newsbench.metrics.segment import paragraphs, sentences


def test_paragraphs_are_non_blank_lines_whatever_the_line_break() -> None:
    text = "One.\r\n\r\nTwo\u2028Three\n   \n***\nFour"
    assert paragraphs(text) == ["One.", "Two", "Three", "Four"]


def test_paragraphs_of_empty_text() -> None:
    assert paragraphs("") == []
    assert paragraphs("\n\n \n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # en: spaced full stops split, decimals and initials inside a word do not
        ("It cost 3.5 million. Then it rose!  Did it?", ["It cost 3.5 million.", "Then it rose!", "Did it?"]),
        ("She said \u201cno.\u201d\nHe left", ["She said \u201cno.\u201d", "He left"]),
        # zh: 。！？ end sentences with no space after them
        ("今天下雨。明天晴天！真的吗？", ["今天下雨。", "明天晴天！", "真的吗？"]),
        # ja: same marks, halfwidth full stop too
        ("雨が降った。雪も降った｡", ["雨が降った。", "雪も降った｡"]),
        # ar: Arabic question mark, and the Latin full stop used in Arabic text
        ("هل أنت بخير؟ نعم. شكرا", ["هل أنت بخير؟", "نعم.", "شكرا"]),
        # ur: Urdu full stop
        ("یہ کتاب ہے۔ وہ قلم ہے۔", ["یہ کتاب ہے۔", "وہ قلم ہے۔"]),
        # hi: danda and double danda
        ("वह आया। वह गया॥ फिर", ["वह आया।", "वह गया॥", "फिर"]),
        # th: no sentence punctuation; only line breaks separate
        ("ฝนตกหนัก วันนี้\nพรุ่งนี้แดดออก", ["ฝนตกหนัก วันนี้", "พรุ่งนี้แดดออก"]),
        ("", []),
        ("... !!!", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
