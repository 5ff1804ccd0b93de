"""Leaderboard figures per corpus view: the English-only and the other-languages views of a multilingual corpus."""

from __future__ import annotations

import math

import pandas as pd

from newsbench.score.figures import leaderboard
from newsbench.score.results import Settings


def _rows(corpus: str, pages: dict[str, tuple[str, float]]) -> list[dict[str, object]]:
    rows = []
    for page, (language, f1) in pages.items():
        for part in ("precision", "recall", "f1"):
            rows.append({"corpus": corpus, "split": "test", "page_id": page, "language": language, "site": "s",
                         "phenomena": [], "extractor": "x", "field": "body", "metric": f"tokens.{part}",
                         "value": f1, "status": "ok"})
    return rows


NO_SECONDS = pd.DataFrame(columns=["extractor", "corpus", "seconds"])


def test_a_multilingual_corpus_gets_an_english_and_an_other_languages_view() -> None:
    pages = {"a": ("en", 1.0), "b": ("en-GB", 0.5), "c": ("de", 0.0), "d": ("zh-Hant", 0.25), "e": ("und", 0.9)}
    entries = {e.corpus: e for e in leaderboard(pd.DataFrame(_rows("c", pages)), NO_SECONDS, Settings(n_resamples=50))}
    assert set(entries) == {"c", "c:en", "c:other"}
    assert (entries["c:en"].pages, entries["c:other"].pages, entries["c"].pages) == (2, 2, 5)
    assert entries["c:en"].main_score == 0.75 and entries["c:other"].main_score == 0.125
    assert entries["c"].main_score is not None and math.isclose(entries["c"].main_score, 2.65 / 5)
    assert entries["c:en"].median_ms is None  # a view has no timing of its own


def test_a_single_language_corpus_gets_no_view_and_views_leave_the_corpus_figures_alone() -> None:
    english = {"a": ("en", 1.0), "b": ("en", 0.5)}
    entries = leaderboard(pd.DataFrame(_rows("c", english)), NO_SECONDS, Settings(n_resamples=50))
    assert [e.corpus for e in entries] == ["c"]
    mixed = {**english, "c": ("fr", 0.2)}
    with_views = {e.corpus: e for e in leaderboard(pd.DataFrame(_rows("c", mixed)), NO_SECONDS,
                                                   Settings(n_resamples=50))}
    alone = leaderboard(pd.DataFrame(_rows("c", mixed)).assign(language="en"), NO_SECONDS, Settings(n_resamples=50))
    assert with_views["c"].figures == alone[0].figures
