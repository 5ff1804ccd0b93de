"""The snippet metric against a brute-force reading of trafilatura's published rule, and its aggregate formulas."""

from __future__ import annotations

import random

import pytest

from newsbench.metrics.snippets import snippet_counts, snippet_scores, squash


def _brute(with_: list[str], without: list[str], predicted: str) -> tuple[int, int, int, int]:
    # Independent: tokens split on any whitespace and rejoined; containment tested at every offset.
    text = " ".join(predicted.split())

    def found(snippet: str) -> bool:
        needle = " ".join(snippet.split())
        return any(text[i:i + len(needle)] == needle for i in range(len(text) - len(needle) + 1))

    tp = sum(found(s) for s in with_)
    fp = sum(found(s) for s in without)
    return tp, fp, len(with_) - tp, len(without) - fp


def test_random_pages_agree_with_a_brute_force_count() -> None:
    rng = random.Random(7)
    words = ["Pear", "pear", "harvest", "starts", "Imprint", "Home", "ladders", "\u00e9t\u00e9"]
    for _ in range(300):
        text = "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "\t", "\n\n"]) for _ in range(rng.randint(0, 12)))
        with_ = [" ".join(rng.choices(words, k=rng.randint(1, 3))) for _ in range(rng.randint(0, 3))]
        without = [" ".join(rng.choices(words, k=rng.randint(1, 2))) for _ in range(rng.randint(0, 3))]
        counts = snippet_counts(with_, without, text)
        assert counts is not None
        assert (counts.tp, counts.fp, counts.fn, counts.tn) == _brute(with_, without, text)


def test_case_and_punctuation_must_match_whitespace_need_not() -> None:
    counts = snippet_counts(["Pear harvest", "Ladders."], ["imprint"], "pear harvest\n\nLadders. Imprint")
    assert counts is not None and (counts.tp, counts.fp, counts.fn, counts.tn) == (1, 0, 1, 1)
    assert squash("a \u00a0 b") == "a b"  # a no-break space is whitespace to Python's \s, as in trafilatura's norm()


def test_an_empty_or_failed_extraction_finds_nothing_and_none_abstains() -> None:
    counts = snippet_counts(["a"], ["b", "c"], "")
    assert counts is not None and (counts.tp, counts.fp, counts.fn, counts.tn) == (0, 0, 1, 2)
    assert snippet_counts(["a"], ["b"], None) is None


def test_scores_reproduce_a_row_of_the_published_table_from_its_counts() -> None:
    # trafilatura 2.2.0 (standard), Results (2026-08-04): 2951 text and 2966 boilerplate segments,
    # P 0.906 R 0.943 A 0.923 F 0.924. Counts consistent with those figures: tp = round(0.943 * 2951).
    tp = 2783
    fn = 2951 - tp
    fp = round(tp / 0.906 - tp)
    tn = 2966 - fp
    scores = snippet_scores(tp, fp, fn, tn)
    assert (round(scores.precision, 3), round(scores.recall, 3)) == (0.906, 0.943)
    assert round(scores.accuracy, 3) == 0.923 and round(scores.f1, 3) == 0.924
    assert scores.f1 == pytest.approx(2 * scores.precision * scores.recall / (scores.precision + scores.recall))
