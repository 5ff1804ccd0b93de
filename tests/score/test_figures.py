"""Leaderboard figures per corpus view: the English-only and the other-languages views of a multilingual corpus."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

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


def test_pooled_page_ids_are_corpus_slash_page_in_lexical_order() -> None:
    from newsbench.score.figures import _pooled_ids, _with_page_codes

    frame = _with_page_codes(pd.DataFrame({"corpus": ["zyte", "aa", "zyte", "aa", "aa"],
                                           "page_id": ["p2", "p10", "p10", "p2", "p10"]}))
    pooled = _pooled_ids(frame)
    assert list(pooled.categories) == ["aa/p10", "aa/p2", "zyte/p10", "zyte/p2"]
    assert list(pooled.astype(str)) == ["zyte/p2", "aa/p10", "zyte/p10", "aa/p2", "aa/p10"]


def test_bootstrap_counts_are_drawn_once_per_page_count_and_are_the_weights() -> None:
    from newsbench.metrics.bootstrap import resample_weights
    from newsbench.score.resamples import Draws

    settings = Settings(n_resamples=30)
    draws = Draws(settings.seed, settings.n_resamples)
    first = draws.counts_of(7)
    draws.counts_of(5)
    assert draws.counts_of(7) is first and first.dtype == np.uint8  # kept, one byte a count
    assert np.array_equal(first, resample_weights(7, rng=np.random.default_rng(settings.seed), n_resamples=30))


@pytest.mark.parametrize("pages", [1, 2, 3, 7, 100, 1000, 33333])
def test_products_a_block_of_resamples_at_a_time_equal_the_whole_matrix_to_the_last_bit(pages: int) -> None:
    # The figures apply the weights in blocks of BLOCK_ROWS resamples; each product must be the one the whole float
    # matrix gives, bit for bit, or every interval of results.json would move.
    from newsbench.metrics.bootstrap import resample_weights
    from newsbench.score.resamples import Draws

    settings = Settings()
    rng = np.random.default_rng(pages)
    keep = rng.random(pages) < 0.9
    keep[0] = True
    vectors = [rng.random(pages), np.where(rng.random(pages) < 0.3, 0.0, rng.random(pages) * 7), rng.random(pages)]
    asked = [(None, vectors[0]), (None, vectors[1]), (keep, vectors[2][keep])]
    weights = resample_weights(pages, rng=np.random.default_rng(settings.seed), n_resamples=settings.n_resamples)
    expected = [weights @ vectors[0], weights @ vectors[1], weights[:, keep] @ vectors[2][keep]]
    products = list(Draws(settings.seed, settings.n_resamples).products(pages, asked))
    assert len(products) == 3
    for got, want in zip(products, expected, strict=True):
        assert got.view(np.uint64).tolist() == want.view(np.uint64).tolist()


def test_a_second_pass_asking_for_another_product_is_an_error() -> None:
    from newsbench.score.resamples import Recorder, Replay

    recorder = Recorder(4)
    assert (recorder @ np.array([1.0, 2.0])).tolist() == [0.0] * 4
    recorder[:, np.array([True, False])] @ np.array([3.0])
    replay = Replay(recorder.asked, iter([np.ones(4), np.full(4, 2.0)]))
    assert (replay @ np.array([1.0, 2.0])).tolist() == [1.0] * 4
    with pytest.raises(AssertionError, match="another vector"):
        replay[:, np.array([False, True])] @ np.array([3.0])  # other pages kept than in the first pass


def test_the_pooled_corpus_and_a_failed_page_keep_their_names_and_figures() -> None:
    rows = _rows("b", {"p1": ("en", 1.0), "p2": ("en", 0.0)}) + _rows("a", {"p1": ("en", 0.5)})
    rows = [{**r, "status": "failed", "value": 0.0} if (r["corpus"], r["page_id"]) == ("b", "p2") else r for r in rows]
    errors = {("b", "p2", "x"): ("crash", "boom")}
    entries = {e.corpus: e for e in leaderboard(pd.DataFrame(rows), NO_SECONDS, Settings(n_resamples=50),
                                                errors=errors)}
    assert set(entries) == {"a", "b", "pooled"}
    assert (entries["pooled"].pages, entries["pooled"].failed, entries["b"].failed) == (3, 1, 1)
    assert entries["pooled"].main_score == 0.5 and entries["b"].main_score == 0.5
    failure = entries["pooled"].failures[0]  # type: ignore[index]
    assert (failure.kind, failure.reason, failure.examples) == ("crash", "boom", ("b/p2",))


def test_a_frame_built_batch_by_batch_equals_the_whole_table_converted() -> None:
    import pyarrow as pa

    from newsbench.score.figures import _frame

    first = pa.record_batch({"page_id": pa.array(["b", "a", None]).dictionary_encode(), "value": [1.0, 2.0, 3.0]})
    second = pa.record_batch({"page_id": pa.array(["c", "b"]).dictionary_encode(), "value": [4.0, float("nan")]})
    frame = _frame([first, second], ["page_id", "value"], ["page_id"])
    whole = pa.Table.from_batches([first, second]).to_pandas()
    assert frame["page_id"].isna().tolist() == whole["page_id"].isna().tolist() == [False, False, True, False, False]
    assert frame["page_id"].dropna().tolist() == whole["page_id"].dropna().tolist() == ["b", "a", "c", "b"]
    assert list(frame["page_id"].cat.categories) == ["b", "a", "c"]
    assert frame["value"].tolist()[:4] == [1.0, 2.0, 3.0, 4.0] and math.isnan(frame["value"].iloc[4])
    empty = _frame([], ["page_id", "value"], ["page_id"])
    assert len(empty) == 0 and list(empty.columns) == ["page_id", "value"]


def test_codes_of_later_batches_with_more_categories_widen_the_earlier_ones() -> None:
    import pyarrow as pa

    from newsbench.score.figures import _frame

    names = [f"p{i:03d}" for i in range(300)]  # more categories than one byte holds, from the second batch on
    batches = [pa.record_batch({"page_id": pa.array(["p000"]).dictionary_encode()}),
               pa.record_batch({"page_id": pa.array(names).dictionary_encode()}),
               pa.record_batch({"page_id": pa.array([None, "p299"]).dictionary_encode()})]
    frame = _frame(batches, ["page_id"], ["page_id"])
    assert frame["page_id"].tolist()[:301] == ["p000", *names] and frame["page_id"].iloc[302] == "p299"
    assert frame["page_id"].isna().sum() == 1


def test_agreement_intervals_are_those_of_the_whole_weight_matrix() -> None:
    from newsbench.metrics.bootstrap import percentile_interval, resample_weights, resampled_means
    from newsbench.score.figures import agreement

    settings = Settings(n_resamples=200)
    rng = np.random.default_rng(3)
    values = {n: rng.random(n) for n in (5, 40)}
    rows = [{"corpus": "warc", "measure": "body.tokens_f1", "a": "x", "b": f"y{n}", "page_id": f"p{i:03d}",
             "value": float(v)} for n, vs in values.items() for i, v in enumerate(vs)]
    found = {a.b: a for a in agreement(pd.DataFrame(rows), settings)}
    for n, vs in values.items():
        weights = resample_weights(n, rng=np.random.default_rng(settings.seed), n_resamples=settings.n_resamples)
        assert found[f"y{n}"].ci == percentile_interval(resampled_means(vs, weights), settings.confidence)
        assert found[f"y{n}"].pages == n and found[f"y{n}"].mean == float(vs.mean())
