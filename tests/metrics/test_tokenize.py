"""Tests of folding and the all-script word tokenizer."""

from __future__ import annotations

import re
import unicodedata

import pytest

from newsbench.metrics.tokenize import fold, strip_format, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello, World! It's 2024.", ["hello", "world", "it", "s", "2024"]),
        ("ＡＢＣ１２ ﬁne", ["abc12", "fine"]),  # NFKC: fullwidth forms and the fi ligature
        ("Straße", ["strasse"]),  # case folding, not lower()
        ("soft\u00adhyphen zero\u200bwidth", ["softhyphen", "zerowidth"]),  # Cf removed, words kept whole
        ("北京大学", ["北", "京", "大", "学"]),  # zh: a token per Han character
        ("用Python编程", ["用", "python", "编", "程"]),  # Latin run inside Chinese stays a word
        ("東京タワーへ行く", ["東", "京", "タ", "ワ", "ー", "へ", "行", "く"]),  # ja: kanji, katakana, hiragana
        ("ｶﾀｶﾅ", ["カ", "タ", "カ", "ナ"]),  # halfwidth katakana, NFKC'd to fullwidth
        ("ที่นี่", ["ที่", "นี่"]),  # th: base consonant with its vowel and tone marks
        ("서울에서 만나요", ["서울에서", "만나요"]),  # ko: words between spaces are kept
        ("नमस्ते दुनिया", ["नमस्ते", "दुनिया"]),  # hi: vowel signs and virama do not cut words
        ("مرحبا بالعالم", ["مرحبا", "بالعالم"]),  # ar: right-to-left, space separated
        ("كَتَبَ ٢٠٢٤", ["كَتَبَ", "٢٠٢٤"]),  # ar: harakat stay on the word; Arabic-Indic digits
        ("\u200fمرحبا\u200e", ["مرحبا"]),  # bidi marks are format characters
        ("İstanbul", ["i̇stanbul"]),  # casefold gives i + U+0307, which must not split the word
        ("", []),
        (" ... — !? ", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


def _brute_force_tokens(text: str) -> list[str]:
    """Character by character, deciding by Unicode names and categories rather than code point ranges."""
    solo_names = ("CJK UNIFIED IDEOGRAPH", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf").casefold()
    out: list[str] = []
    in_token = open_word = False  # previous character is in a token / that token is a word run
    for c in text:
        if unicodedata.category(c).startswith("M") and in_token:
            out[-1] += c
        elif unicodedata.name(c, "").startswith(solo_names) or c == "\u30fc":  # KATAKANA-HIRAGANA PROLONGED MARK
            out.append(c)
            in_token, open_word = True, False
        elif re.fullmatch(r"\w", c) or unicodedata.category(c).startswith("M"):
            if open_word:
                out[-1] += c
            else:
                out.append(c)
            in_token = open_word = True
        else:
            in_token = open_word = False
    return out


def test_agrees_with_a_character_by_character_tokenizer() -> None:
    sample = (
        "Der Bürgermeister sagte: „Wir bauen.“ 市长说：我们建桥。東京タワーへ行きます。"
        "นายกเทศมนตรีกล่าว ที่นี่ 서울시장은 말했다. महापौर ने कहा। قال رئيس البلدية: سنبني؟ İzmir'de 3,5 km"
    )
    assert tokens(sample) == _brute_force_tokens(sample)


def test_strip_format_removes_only_format_characters() -> None:
    assert strip_format("a\u00adb\u200bc\u200dd\ufeffe f") == "abcde f"


def test_fold() -> None:
    assert fold("  \u201cHello\u201d \u2013\tWorld\u00a0\u2019s  ") == '"hello" - world \'s'
    assert fold("ＨＥＬＬＯ") == "hello"
    assert fold("") == ""
