"""Streamed scoring gives the figures the in-memory way gives, with any --jobs, from any store layout; reruns reuse."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import tiny_pages, write_corpus

import newsbench.score.figures as figures_module
from newsbench.api import run_extractors
from newsbench.api import score_run as score_all
from newsbench.corpus.build import build
from newsbench.corpus.folder import data_files
from newsbench.corpus.pages import read_corpus, read_gold
from newsbench.extractors.registry import create
from newsbench.score.figures import breakdowns, compute_results, leaderboard, operations, significance
from newsbench.score.page_scores import score
from newsbench.score.results import Results, Settings
from newsbench.score.scoring import score_run
from newsbench.store.folder import RunFolder
from newsbench.store.rows import COLUMNS_V1, SCHEMA

sys.path.insert(0, str(Path(__file__).parent / "golden"))
from make_golden import EXTRACTORS, scores_digest  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((Path(__file__).parent / "golden" / "tiny.json").read_text(encoding="utf-8"))
QUICK = Settings(n_resamples=200, n_permutations=500)


def _in_memory(folder: RunFolder, settings: Settings) -> Results:
    """The figures computed the way they were before scoring streamed: every score row in one frame."""
    manifest = folder.read_manifest()
    produces = {e.name: frozenset(e.produces) for e in manifest.runnable()}
    tables = []
    for record in manifest.corpora:
        gold = read_gold(Path(record.folder))
        tables.append(score(gold, folder.predictions(gold, manifest), produces, record.name))
    scores = pa.concat_tables(tables).to_pandas()
    if settings.split is not None:
        scores = scores[scores["split"] == settings.split]
    stored = folder.store().table(columns=["seconds", "error_kind"]).to_pandas()
    current = manifest.keys()
    seconds = stored[[(a, b, c) in current for a, b, c in zip(stored["extractor"], stored["version"],
                                                             stored["config_hash"], strict=True)]].copy()
    shas = {page.sha256: record.name for record in manifest.corpora for page in read_gold(Path(record.folder)).values()}
    seconds["corpus"] = seconds["page_sha256"].map(shas)
    errors = figures_module._errors(figures_module._stored(folder, manifest), manifest)
    return Results(settings, manifest, tuple(leaderboard(scores, seconds, settings, errors=errors)),
                   tuple(significance(scores, settings)), tuple(breakdowns(scores)), tuple(operations(seconds)))


def _check_same(folder: RunFolder, settings: Settings) -> None:
    score_run(folder)
    streamed, in_memory = compute_results(folder, settings).to_dict(), _in_memory(folder, settings).to_dict()
    for part in ("settings", "leaderboard", "significance", "breakdowns", "operations", "manifest"):
        assert streamed[part] == in_memory[part], part


@pytest.fixture
def tiny_run(tiny_dataset: Path, tmp_path: Path) -> RunFolder:
    folder = RunFolder(tmp_path / "run")
    run_extractors(EXTRACTORS, tiny_dataset, output=folder.path, jobs=2)
    return folder


@pytest.mark.parametrize("split", [None, "test"])
def test_streamed_figures_equal_the_in_memory_figures_on_the_tiny_corpus(tiny_run: RunFolder, split: str | None) -> None:
    _check_same(tiny_run, replace(QUICK, split=split))


@pytest.mark.parametrize("batch_rows", [7, 100])
def test_figures_read_in_batches_that_split_pages_equal_the_in_memory_figures(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch,
                                                                              batch_rows: int) -> None:
    # Four pages with tags of their own, read in small record batches (each with dictionaries of its own): a page's
    # rows fall into several batches, and after the filter on one metric a batch of 100 rows holds rows of 4 pages.
    import newsbench.store.folder as folder_module

    pages = tiny_pages(4)
    for (page_id, (raw, gold)), tags in zip(sorted(pages.items()), (["nav-menu"], ["comments", "share-bar"],
                                                                     ["cookie-banner"], ["share-bar", "nav-menu"]),
                                            strict=True):
        pages[page_id] = (raw, {**gold, "phenomena": tags})
    build(write_corpus(tmp_path / "src", pages), tmp_path / "dataset")
    folder = RunFolder(tmp_path / "run")
    run_extractors(EXTRACTORS, tmp_path / "dataset", output=folder.path, jobs=2)
    monkeypatch.setattr(folder_module, "BATCH_ROWS", batch_rows)
    _check_same(folder, replace(QUICK, split=None))


@pytest.mark.slow
def test_streamed_figures_equal_the_in_memory_figures_on_the_embedded_dataset(tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    run_extractors(EXTRACTORS, "dataset", output=folder.path, jobs=2)
    _check_same(folder, Settings())


def _before_issue_15(row: dict[str, Any]) -> bool:
    return not (str(row["metric"]).startswith("rouge_lsum.") or row["field"] == "structure")


def test_the_figures_are_those_newsbench_computed_before_scoring_streamed(tmp_path: Path) -> None:
    for name, version in GOLDEN["versions"].items():
        if create(name).version() != version:
            pytest.skip(f"{name} {create(name).version()} is installed; the golden figures are of {version}")
    build(write_corpus(tmp_path / "src", tiny_pages(3)), tmp_path / "tiny")  # as make_golden.py does
    run_extractors(EXTRACTORS, tmp_path / "tiny", output=tmp_path / "run", jobs=2)
    results = score_all(tmp_path / "run").to_dict()
    # Rows and figures added after the golden file (issue 15) are left out of the comparison: ROUGE-LSum entered
    # the default scoring, and the oracle gives typed blocks (field structure); tests/metrics and
    # tests/score/test_page_scores.py check those. Every row and figure the golden file has is unchanged.
    assert scores_digest(RunFolder(tmp_path / "run"), _before_issue_15) == (GOLDEN["scores_sha256"],
                                                                          GOLDEN["scores_rows"])
    assert results["settings"] == GOLDEN["results"]["settings"]
    for part in ("significance", "breakdowns"):
        assert [x for x in results[part] if x["field"] != "structure"] == GOLDEN["results"][part], part

    def untimed(entries: list[dict[str, Any]]) -> list[dict[str, object]]:
        # the failures grouped by reason came after the golden file (tests/score/test_failures.py checks them)
        return [{**{k: v for k, v in e.items() if k not in ("median_ms", "failures")},
                 "figures": {k: v for k, v in e["figures"].items() if k != "rouge_lsum"}}
                for e in entries if e["field"] != "structure"]

    assert untimed(results["leaderboard"]) == untimed(GOLDEN["results"]["leaderboard"])


@pytest.fixture
def unit_run(tmp_path: Path) -> RunFolder:
    """A run on four pages, one row group each, where the last page has the first one's bytes (another id and URL)."""
    pages = tiny_pages(3)
    raw, first = pages["tiny-01"]
    pages["tiny-04"] = (raw, {**first, "id": "tiny-04", "url": "https://gazette.example/ferry-copy"})
    build(write_corpus(tmp_path / "src", pages), tmp_path / "dataset")
    for path in data_files(tmp_path / "dataset"):
        pq.write_table(pq.read_table(path), path, row_group_size=1)
    folder = RunFolder(tmp_path / "run")
    run_extractors(EXTRACTORS, tmp_path / "dataset", output=folder.path, jobs=2)
    return folder


def test_any_number_of_scoring_processes_writes_the_same_file(unit_run: RunFolder, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    import newsbench.score.scoring as scoring

    monkeypatch.setattr(scoring, "CHUNK", 1)  # a unit per row group: four units, the copied page in two of them
    manifest = unit_run.read_manifest()
    (record,) = manifest.corpora
    _, units = scoring._work(unit_run, manifest, read_corpus(Path(record.folder), record.name), False)
    assert [len(unit.positions) for unit in units] == [len(EXTRACTORS)] * 4
    assert set(units[0].positions) == set(units[3].positions)  # the same stored predictions, scored twice
    score_run(unit_run, jobs=1)
    one = pq.read_table(unit_run.scores_path)
    assert sorted(set(one["page_id"].to_pylist())) == ["tiny-01", "tiny-02", "tiny-03", "tiny-04"]
    unit_run.cache_path.unlink()
    score_run(unit_run, jobs=3)
    assert pq.read_table(unit_run.scores_path).equals(one)
    _check_same(unit_run, QUICK)  # every page of identical bytes is scored against its own gold


def test_a_rerun_reuses_scores_and_figures_until_an_input_changes(tiny_run: RunFolder) -> None:
    assert not score_run(tiny_run).reused
    assert score_run(tiny_run).reused
    first = compute_results(tiny_run, QUICK)
    assert compute_results(tiny_run, QUICK).to_dict() == first.to_dict()
    run_extractors(["metadata"], tiny_run.manifest_path.parent.parent / "dataset", output=tiny_run.path)
    assert not score_run(tiny_run).reused  # the manifest's extractors changed (a new run)
    table = pq.read_table(tiny_run.scores_path)
    pq.write_table(table.slice(1), tiny_run.scores_path)  # hand-edited since it was written
    assert not score_run(tiny_run).reused
    assert pq.read_table(tiny_run.scores_path).num_rows == table.num_rows


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    keys = ["corpus", "page_id", "extractor", "field", "metric"]
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


def _as_version_1(folder: RunFolder) -> None:
    """Rewrite the folder's store as newsbench wrote it before shards (predictions.parquet, journal.jsonl)."""
    rows = folder.store().table().to_pylist()
    target = folder.predictions_path
    for path in sorted(target.rglob("*"), reverse=True):
        if path.name != "workers.log":
            path.unlink() if path.is_file() else path.rmdir()
    schema = pa.schema([SCHEMA.field(n) for n in COLUMNS_V1])
    pq.write_table(pa.Table.from_pylist([{k: r[k] for k in COLUMNS_V1} for r in rows[:-2]], schema=schema),
                   target / "predictions.parquet", compression="zstd")
    (target / "journal.jsonl").write_text("".join(json.dumps({k: r[k] for k in COLUMNS_V1}) + "\n"
                                                  for r in rows[-2:]))
    (target / "store.json").write_text(json.dumps({"schema_version": 1}) + "\n")


def test_a_version_1_store_scores_the_same(tiny_dataset: Path, tmp_path: Path) -> None:
    # The oracle gives typed blocks (structure), which a version 1 store has no column for: converting its rows
    # would lose them (scoring then stops: test_page_scores), so the store converted here is of the other four.
    tiny_run = RunFolder(tmp_path / "run")
    run_extractors([e for e in EXTRACTORS if e != "oracle"], tiny_dataset, output=tiny_run.path, jobs=2)
    score_run(tiny_run)
    before = compute_results(tiny_run, QUICK)
    scores = _sorted(pd.read_parquet(tiny_run.scores_path))
    _as_version_1(tiny_run)
    assert not score_run(tiny_run).reused  # another store layout: computed again
    after = compute_results(tiny_run, QUICK)
    assert after.to_dict() == before.to_dict()
    pd.testing.assert_frame_equal(_sorted(pd.read_parquet(tiny_run.scores_path)), scores)  # rows in store order


def test_the_memos_emptied_after_each_chunk_include_the_body_rows() -> None:
    # page_scores memoises body rows by (gold blocks, predicted body): bounded by count, not size, so it is emptied
    # after each chunk like the metrics' memos.
    from newsbench.score import page_scores
    from newsbench.score.scoring import _metric_caches

    assert page_scores._body in _metric_caches()
