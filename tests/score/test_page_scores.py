"""Scoring and aggregation of real runs: the oracle is perfect, failures and abstentions count as they should."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from newsbench.api import run_extractors
from newsbench.corpus.pages import PageGold
from newsbench.corpus.schema import Block, Entity
from newsbench.score.figures import compute_results, leaderboard, significance
from newsbench.score.page_scores import ScoringError, page_rows
from newsbench.score.results import Entry, Results, Settings
from newsbench.score.scoring import score_run
from newsbench.store.folder import RunFolder


@pytest.fixture
def scored(tiny_dataset: Path, tmp_path: Path) -> tuple[Path, pd.DataFrame, Results]:
    folder = RunFolder(tmp_path / "run")
    run_extractors(["oracle", "fulltext", "title-tag", "metadata"], tiny_dataset, output=folder.path)
    score_run(folder)
    scores = folder.read_scores().to_pandas()
    return folder.path, scores, compute_results(folder, Settings(n_resamples=200, n_permutations=500))


def _entry(results: Results, field: str, extractor: str) -> Entry:
    (entry,) = [e for e in results.entries(field=field) if e.extractor == extractor]
    return entry


def test_the_oracle_scores_perfectly_on_every_field(scored: tuple[Path, pd.DataFrame, Results]) -> None:
    _, scores, results = scored
    oracle = scores[scores["extractor"] == "oracle"]
    assert set(oracle["field"]) == {"body", "headline", "published", "modified", "authors", "entities", "structure"}
    for entry in (e for e in results.leaderboard if e.extractor == "oracle"):
        assert entry.main_score == 1.0, entry.field
        for family, figure in entry.figures.items():
            if figure.f1 is not None:
                assert figure.f1 == 1.0, (entry.field, family)
    assert _entry(results, "headline", "oracle").figures["exact"].rate == 1.0
    spans = oracle[oracle["metric"].str.startswith("span_strict.")]
    assert spans.groupby("metric")["value"].sum().to_dict() == {
        "span_strict.cor": 6.0, "span_strict.inc": 0.0, "span_strict.mis": 0.0, "span_strict.par": 0.0,
        "span_strict.spu": 0.0}


def test_fulltext_has_full_recall_and_poor_precision(scored: tuple[Path, pd.DataFrame, Results]) -> None:
    tokens = _entry(scored[2], "body", "fulltext").figures["tokens"]
    assert tokens.recall == 1.0 and tokens.precision is not None and tokens.precision < 0.9


def test_fields_not_produced_are_not_scored(scored: tuple[Path, pd.DataFrame, Results]) -> None:
    _, scores, _ = scored
    assert set(scores[scores["extractor"] == "title-tag"]["field"]) == {"headline"}
    assert set(scores[scores["extractor"] == "fulltext"]["field"]) == {"body"}


def test_title_tag_headline_with_site_name_is_never_exact(scored: tuple[Path, pd.DataFrame, Results]) -> None:
    assert _entry(scored[2], "headline", "title-tag").figures["exact"].rate == 0.0


GOLD = PageGold(id="p", split="test", language="en", site="s", sha256="0" * 64, headline="Ferry resumes",
                published="2021-05-14T09:30:00+02:00", modified=None, authors=("Ann Lee",),
                blocks=(Block("paragraph", "The ferry resumes on Monday."),),
                entities=(Entity("Ann Lee", "PER", 0, 0, 7),), phenomena=())


def _rows(prediction: dict[str, Any], produces: set[str]) -> dict[tuple[str, str], tuple[float | None, str]]:
    base = {"headline": None, "published": None, "modified": None, "authors": None, "body": None, "blocks": None,
            "entities": None, "error": None}
    return {(f, m): (v, s) for (f, m, v), s in page_rows(GOLD, {**base, **prediction}, produces)}


def test_a_failure_is_scored_as_an_empty_prediction_and_marked() -> None:
    rows = _rows({"error": "TimeoutError", "body": None}, {"body", "published", "headline"})
    assert rows[("body", "tokens.f1")] == (0.0, "failed")
    assert rows[("headline", "exact")] == (0.0, "failed")
    assert rows[("published", "day.fn")] == (1.0, "failed")  # an abstention: a false negative, not a false positive
    assert rows[("published", "day.fp")] == (0.0, "failed")


def test_found_nothing_is_a_miss_and_a_wrong_date_a_false_positive() -> None:
    rows = _rows({"headline": "", "published": "2021-05-13"}, {"headline", "published"})
    assert rows[("headline", "exact")] == (0.0, "ok")
    assert rows[("published", "day.fp")][0] == 1.0 and rows[("published", "day.fn")][0] == 0.0
    assert rows[("published", "within_1_day.tp")][0] == 1.0


def test_entities_without_a_backend_are_reported_not_scored() -> None:
    rows = _rows({"body": "x", "entities": None}, {"body", "entities"})
    assert rows[("entities", "no_backend")] == (1.0, "no-backend")
    assert not any(f == "entities" and m != "no_backend" for f, m in rows)


@pytest.mark.parametrize("predicted", ["2021-05-14T09:30+24:00", "9999-12-31T23:59-05:00", "0001-01-01T00:00+05:00",
                                       "2021-02-30", "2021-13-14"])
def test_an_unusable_predicted_date_is_a_false_positive(predicted: str) -> None:
    rows = _rows({"published": predicted, "modified": predicted}, {"published", "modified"})
    for metric in ("day", "minute", "within_1_day"):
        assert rows[("published", f"{metric}.fp")] == (1.0, "ok")
        assert rows[("published", f"{metric}.tp")] == (0.0, "ok")
        assert rows[("modified", f"{metric}.fp")] == (1.0, "ok")  # gold states no modified date


@pytest.mark.parametrize("gold_date", ["2021-05-14T09:30+24:00", "2021-02-30", "9999-12-31T23:59-05:00"])
def test_an_unusable_gold_date_stops_scoring_naming_the_page(gold_date: str) -> None:
    gold = dataclasses.replace(GOLD, modified=gold_date)
    with pytest.raises(ScoringError, match=r"published|modified") as caught:
        list(page_rows(gold, {"published": "2021-05-14", "error": None}, {"published"}))
    assert "page p" in str(caught.value) and "modified" in str(caught.value)


def test_a_predicted_span_with_start_not_before_end_is_spurious() -> None:
    body = GOLD.body
    mentions = [{"text": "Ann Lee", "type": "PER", "start": 0, "end": 7},
                {"text": "x", "type": "PER", "start": 7, "end": 7}, {"text": "y", "type": "ORG", "start": 9, "end": 2}]
    rows = _rows({"body": body, "entities": mentions}, {"body", "entities"})
    assert rows[("entities", "span_strict.cor")] == (1.0, "ok")
    assert rows[("entities", "span_strict.spu")] == (2.0, "ok")


def test_a_changed_corpus_is_not_scored_silently(tiny_dataset: Path, tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    run_extractors(["fulltext"], tiny_dataset, output=folder.path)
    manifest = json.loads(folder.manifest_path.read_text())
    manifest["corpora"][0]["fingerprint"] = "0" * 64
    folder.manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(ScoringError, match="fingerprint"):
        score_run(folder)


def _frame(values: dict[str, list[float]], metric: str = "tokens.f1", field: str = "body") -> pd.DataFrame:
    rows = []
    for extractor, per_page in values.items():
        for i, v in enumerate(per_page):
            for part in ("precision", "recall", "f1"):
                rows.append({"corpus": "c", "split": "test", "page_id": f"p{i:03d}", "language": "en", "site": "s",
                             "phenomena": ["nav-menu"], "extractor": extractor, "field": field,
                             "metric": f"tokens.{part}", "value": v, "status": "ok"})
    return pd.DataFrame(rows)


def test_macro_mean_and_a_paired_bootstrap_interval_around_it() -> None:
    rng = np.random.default_rng(1)
    values = {"a": rng.uniform(0.6, 1.0, 60).tolist(), "b": rng.uniform(0.0, 0.4, 60).tolist()}
    entries = leaderboard(_frame(values), pd.DataFrame(columns=["extractor", "corpus", "seconds"]), Settings())
    for entry in entries:
        tokens = entry.figures["tokens"]
        assert tokens.f1 is not None and tokens.f1_ci is not None
        assert math.isclose(tokens.f1, float(np.mean(values[entry.extractor])))
        low, high = tokens.f1_ci
        assert low is not None and high is not None
        assert low < tokens.f1 < high and high - low < 0.2


def test_significance_separates_different_systems_and_not_identical_ones() -> None:
    rng = np.random.default_rng(2)
    same = rng.uniform(0, 1, 50).tolist()
    tests = significance(_frame({"a": same, "b": same, "c": [v * 0.5 for v in same]}), Settings(n_permutations=2000))
    verdict = {(t.a, t.b): t.significant for t in tests}
    assert verdict == {("a", "b"): False, ("a", "c"): True, ("b", "c"): True}


def test_date_figures_are_micro_over_pages(tmp_path: Path) -> None:
    rows = []
    for i, outcome in enumerate(["tp", "tp", "fp", "fn"]):
        for kind in ("tp", "fp", "fn", "tn"):
            rows.append({"corpus": "c", "split": "test", "page_id": f"p{i}", "language": "en", "site": "s",
                         "phenomena": [], "extractor": "x", "field": "published", "metric": f"day.{kind}",
                         "value": float(kind == outcome), "status": "ok"})
    (entry,) = leaderboard(pd.DataFrame(rows), pd.DataFrame(columns=["extractor", "corpus", "seconds"]), Settings())
    day = entry.figures["day"]
    assert (day.precision, day.recall) == (2 / 3, 2 / 3) and entry.abstained == 1


def test_results_json_has_no_nan(scored: tuple[Path, pd.DataFrame, Results]) -> None:
    text = (scored[0] / "results.json").read_text()
    assert "NaN" not in text and json.loads(text)["settings"]["n_resamples"] == 200


def test_micro_sums_token_counts_over_pages_while_macro_averages_pages() -> None:
    rows = []
    for page, (tp, fp, fn) in enumerate([(9, 1, 0), (0, 0, 10)]):
        f1 = 2 * tp / (2 * tp + fp + fn)
        for metric, value in (("tokens.tp", tp), ("tokens.fp", fp), ("tokens.fn", fn), ("tokens.f1", f1),
                              ("tokens.precision", tp / (tp + fp) if tp + fp else 0.0),
                              ("tokens.recall", tp / (tp + fn))):
            rows.append({"corpus": "c", "split": "test", "page_id": f"p{page}", "language": "en", "site": "s",
                         "phenomena": [], "extractor": "x", "field": "body", "metric": metric,
                         "value": float(value), "status": "ok"})
    (entry,) = leaderboard(pd.DataFrame(rows), pd.DataFrame(columns=["extractor", "corpus", "seconds"]), Settings())
    micro, macro = entry.figures["tokens_micro"], entry.figures["tokens"]
    assert (micro.precision, micro.recall) == (0.9, 9 / 19)  # tp 9, fp 1, fn 10 summed
    assert macro.f1 is not None and math.isclose(macro.f1, (18 / 19 + 0.0) / 2)  # page F1s 18/19 and 0, averaged


def test_an_imported_corpus_skips_fields_not_annotated_on_a_page() -> None:
    from dataclasses import replace

    import pyarrow as pa

    from newsbench.score.page_scores import score

    gold = replace(GOLD, authors=None)
    prediction = {"extractor": "x", "page_id": "p", "headline": "Ferry resumes", "published": None,
                  "modified": None, "authors": ["Ann Lee"], "body": "The ferry resumes on Monday.", "blocks": None,
                  "entities": None, "error": None}
    table = pa.Table.from_pylist([prediction])
    fields = {"x": frozenset({"headline", "authors", "body"})}
    imported = score({"p": gold}, table, fields, "c", imported=True).to_pandas()
    assert set(imported["field"]) == {"headline", "body"}  # no author gold on this page: not scored


def test_results_json_names_the_dataset_version_and_fingerprint(scored: tuple[Path, pd.DataFrame, Results],
                                                                tiny_dataset: Path) -> None:
    manifest = json.loads((tiny_dataset / "MANIFEST.json").read_text())
    (corpus,) = json.loads((scored[0] / "results.json").read_text())["manifest"]["corpora"]
    # The tiny corpus is no release of ours: its build says so, and the run carries what the folder states.
    assert manifest["version"] == "unreleased"
    assert (corpus["version"], corpus["fingerprint"]) == ("unreleased", manifest["fingerprint"])
    assert Results.read(RunFolder(scored[0])).manifest.corpora[0].version == "unreleased"


def test_typed_blocks_without_their_kinds_stop_scoring_naming_the_page() -> None:
    # a structure prediction stored before block kinds existed (a store of version 1 or 2 converted by hand)
    with pytest.raises(ScoringError, match="page p: the prediction of x has blocks but no block_kinds") as err:
        _rows({"extractor": "x", "body": "The ferry resumes on Monday.", "blocks": ["The ferry resumes on Monday."],
               "block_kinds": None}, {"body", "structure"})
    assert err.value.field == "block_kinds"
    rows = _rows({"extractor": "x", "body": "", "blocks": None, "block_kinds": None}, {"structure"})
    assert rows[("structure", "structure.fn")] == (1.0, "ok")  # no blocks at all: found nothing, a miss


def test_structure_is_scored_for_typed_blocks_and_not_produced_by_text_only_extractors(structured_dataset: Path,
                                                                                        tmp_path: Path) -> None:
    from newsbench.api import evaluate

    results = evaluate(["readability-lxml-md", "trafilatura-md", "fulltext"], structured_dataset,
                       output=tmp_path / "run", settings=Settings(n_resamples=50, n_permutations=50))
    scores = pd.read_parquet(tmp_path / "run" / "scores.parquet")
    assert set(scores[scores["extractor"] == "fulltext"]["field"]) == {"body"}  # not produced: no row, never a 0
    assert {e.extractor for e in results.entries(field="structure")} == {"readability-lxml-md", "trafilatura-md"}
    readability = _entry(results, "structure", "readability-lxml-md")
    # Readability keeps the navigation line as a paragraph (one fp); its <h1> repeats the headline (neutral);
    # the heading, both list items and both paragraphs are found as their own kinds, in order.
    kinds = {k: (readability.figures[k].tp, readability.figures[k].fp, readability.figures[k].fn)
             for k in ("heading", "list_item", "paragraph")}
    assert kinds == {"heading": (1, 0, 0), "list_item": (2, 0, 0), "paragraph": (2, 1, 0)}
    assert (readability.primary.precision, readability.primary.recall) == (5 / 6, 1.0)
    assert readability.figures["order"].rate == 1.0
    # trafilatura's Markdown of so small a page is its lines without blank lines between them: in CommonMark one
    # paragraph, so no gold block is found as a block of its own (5 fn, the merged paragraph 1 fp).
    trafilatura = _entry(results, "structure", "trafilatura-md").figures["structure_micro"]
    assert (trafilatura.tp, trafilatura.fp, trafilatura.fn) == (0, 1, 5)
