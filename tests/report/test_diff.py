"""Token diffs: missed and extra spans in place, moved text found, optional blocks neutral, counts as the metric's."""

from __future__ import annotations

import re

import pytest

from newsbench.corpus.schema import Block
from newsbench.metrics.body import body_token_counts
from newsbench.report.diff import body_diff, text_diff


def spans(markup: str, kind: str) -> list[str]:
    tag = "del" if kind == "missed" else "ins" if kind in ("extra", "neutral") else "span"
    return [re.sub(r"<[^>]+>", "", m) for m in re.findall(rf'<{tag} class="{kind}"[^>]*>(.*?)</{tag}>', markup)]


def test_missed_and_extra_text_are_marked_where_they_are() -> None:
    blocks = [Block("paragraph", "The mayor opened the new bridge on Friday."),
              Block("paragraph", "Traffic will flow from Monday.")]
    diff = body_diff(blocks, "Share this! The mayor opened the bridge on Friday. Traffic will flow from Monday. "
                             "Subscribe now")
    assert spans(diff.html, "missed") == ["new"]
    assert spans(diff.html, "extra") == ["Share this", "Subscribe now"]
    assert (diff.tp, diff.fp, diff.fn) == (12, 4, 1)  # 13 gold tokens, "new" missed; 4 extra words
    assert diff.html.index("Share this") < diff.html.index("The mayor") < diff.html.index("Subscribe now")


def test_moved_text_counts_as_found_as_the_bag_metric_does() -> None:
    blocks = [Block("paragraph", "First paragraph here."), Block("paragraph", "Second paragraph there.")]
    diff = body_diff(blocks, "Second paragraph there. First paragraph here.")
    assert (diff.tp, diff.fp, diff.fn) == (6, 0, 0)
    assert spans(diff.html, "missed") == [] and spans(diff.html, "extra") == []
    assert spans(diff.html, "moved")  # shown as found elsewhere, not as missed


def test_an_optional_block_left_out_is_neutral_and_not_counted() -> None:
    blocks = [Block("paragraph", "Rain fell on Oslo."), Block("caption", "Photo: the harbour at dawn", optional=True)]
    diff = body_diff(blocks, "Rain fell on Oslo. harbour")
    assert 'class="block caption optional left-out"' in diff.html
    assert spans(diff.html, "neutral") == ["harbour"] and diff.neutral == 1
    assert (diff.tp, diff.fp, diff.fn) == (4, 0, 0)
    included = body_diff(blocks, "Rain fell on Oslo. Photo: the harbour at dawn")
    assert "left-out" not in included.html and (included.tp, included.fn) == (9, 0)


def test_markup_in_texts_is_escaped() -> None:
    diff = body_diff([Block("paragraph", "a <b>bold</b> claim")], "<script>alert(1)</script> a bold claim")
    assert "<script" not in diff.html and "<b>" not in diff.html
    assert "script&gt;alert(1)&lt;/script" in diff.html and "&lt;/" in diff.html


def test_a_headline_diff() -> None:
    diff = text_diff("Ferry service to Ostrava resumes", "Ferry service resumes | Test Gazette")
    assert spans(diff.html, "missed") == ["to Ostrava"] and spans(diff.html, "extra") == ["Test Gazette"]


@pytest.mark.parametrize("predicted", ["", "x", "The the the the", "café cafe\u0301 ＡＢＣ 東京タワー", "\u00ad\u200b"])
def test_counts_equal_the_metric_counts(predicted: str) -> None:
    blocks = [Block("paragraph", "The café in 東京 said ＡＢＣ"), Block("caption", "the the photo", optional=True),
              Block("paragraph", "cafe\u0301 again")]
    diff = body_diff(blocks, predicted)
    counts = body_token_counts([(b.text, b.optional) for b in blocks], predicted)
    assert counts is not None and (diff.tp, diff.fp, diff.fn) == (counts.tp, counts.fp, counts.fn)


def test_collapsing_keeps_every_difference_and_shortens_found_text() -> None:
    words = " ".join(f"w{n}" for n in range(100))
    blocks = [Block("paragraph", words), Block("paragraph", "A second paragraph found whole, long enough to be "
                                                           "shortened when the diff collapses what was found.")]
    predicted = words.replace("w50 ", "") + " EXTRA " + blocks[1].text
    full, short = body_diff(blocks, predicted), body_diff(blocks, predicted, collapse=True)
    assert (full.tp, full.fp, full.fn) == (short.tp, short.fp, short.fn) == (116, 1, 1)  # 99 + 17 found
    assert spans(short.html, "missed") == ["w50"] and spans(short.html, "extra") == ["EXTRA"]
    # w0..w37 hidden; 12 found tokens on each side of the miss (w38..w62) and before the insert (w87..w99) shown
    assert short.html.startswith('<div class="block paragraph"> <span class="skip" title="38 tokens found, not shown">'
                                 "…</span> w38 w39")
    assert 'w62 <span class="skip" title="24 tokens found, not shown">…</span> w87' in short.html
    assert 'class="block paragraph same"' in short.html and len(short.html) < len(full.html)
