"""Tests of paragraph and sentence splitting."""

from __future__ import annotations

import random

import pytest

from newsbench.metrics.segment import paragraph_tokens, paragraphs, sentence_tokens, sentences, text_tokens
from newsbench.metrics.tokenize import token_tuple, tokens


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


# Characters that try the one-pass tokenisation of `segment.text_tokens`: every kind of line break and
# sentence end, whitespace NFKC changes, marks that could compose across a break, format characters,
# scripts tokenised per character, astral characters, and characters NFKC turns into punctuation
# ("⒈" -> "1.", "…" -> "...", "．" -> ".") or into letters ("ﬁ" -> "fi", "Ⅻ" -> "xii").
_TRICKY = ("a", "B", "é", "e\u0301", "\u0301", "\u0338", "=", "<", " ", "\t", "\u00a0", "\u3000", "\u2003", "\n",
           "\r\n", "\r", "\v", "\f", "\x1c", "\x85", "\u2028", "\u2029", ".", "!", "?", "\u2026", "\u3002", "\uff61",
           "\uff01", "\uff1f", "\u061f", "\u06d4", "\u0964", "\u0965", "\u2488", "\uff0e", "\ufb01", "\u216b", "\u00ad",
           "\u200b", "\u200d", "\ufeff", "東", "タ", "ภ", "\u0e31", "한", "\u1100", "\u1161", "\U00020000", "\U0001d400",
           "3", "'", "-", "\u0130", "\u03a3", "\u00df")


def test_text_tokens_are_the_tokens_of_the_whole_text() -> None:
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choices(_TRICKY, k=rng.randint(0, 40)))
        assert text_tokens(text) == token_tuple(text), repr(text)
        assert paragraph_tokens(text) == [tokens(line) for line in paragraphs(text)], repr(text)
        assert sentence_tokens(text) == [tokens(s) for s in sentences(text)], repr(text)


def test_text_tokens_on_every_page_and_gold_body_of_the_dataset() -> None:
    # Real texts: each gold body, and each page's whole visible text as lxml gives it (tables, menus, scripts).
    import lxml.html
    import pyarrow.parquet as pq

    from newsbench.paths import default_dataset

    table = pq.read_table(default_dataset() / "data", columns=["id", "body", "html"])
    assert table.num_rows > 400
    for page, body, html in zip(*(table.column(c).to_pylist() for c in ("id", "body", "html")), strict=True):
        for text in (body or "", lxml.html.document_fromstring(html).text_content()):
            assert text_tokens(text) == token_tuple(text), page
            assert sentence_tokens(text) == [tokens(s) for s in sentences(text)], page
