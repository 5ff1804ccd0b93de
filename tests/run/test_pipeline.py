"""A run as a whole: one writer per run folder, transient failures retried, odd text stored, no page read needlessly."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import PAGE, gold, write_corpus

from newsbench.corpus.build import build
from newsbench.corpus.folder import data_files, write_parquet
from newsbench.corpus.pages import read_corpus
from newsbench.extractors import registry
from newsbench.lock import Busy
from newsbench.run.pipeline import Engine, run
from newsbench.run.pool import Limits
from newsbench.score.scoring import score_run
from newsbench.store.folder import RunFolder

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def hostile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The test extractors registered by name (the guarded child and the workers see them: they are forked)."""
    for name, attr in {"test-sleepy": "Sleepy", "test-body": "Body"}.items():
        monkeypatch.setitem(registry.BUILTIN, name, f"hostile_extractors:{attr}")
    folder = tmp_path / "traces"
    folder.mkdir()
    monkeypatch.setenv("NEWSBENCH_TEST_DIR", str(folder))
    return folder


def test_a_second_writer_of_a_run_folder_stops_with_a_message(tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    with folder.lock(), pytest.raises(Busy, match=r"run: the run folder is in use by pid \d+"):
        with folder.lock():
            pass
    with folder.lock():  # released when the holder is done
        pass


@pytest.mark.slow
def test_two_runs_into_one_folder_lose_nothing(tmp_path: Path) -> None:
    out = tmp_path / "run"
    args = [sys.executable, "-m", "newsbench", "run", "--extractors", "trafilatura,goose3", "--output", str(out),
            "--quiet", "--no-score"]
    first = subprocess.Popen(args, text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    deadline = time.monotonic() + 600
    while not (out / "predictions" / "journals").is_dir() and time.monotonic() < deadline:
        time.sleep(0.05)
    second = subprocess.run(args, text=True, capture_output=True, cwd=REPO, timeout=600)
    assert second.returncode == 1 and "the run folder is in use by pid" in second.stderr, second.stderr
    stdout, stderr = first.communicate(timeout=600)
    assert first.returncode == 0, stderr
    total = 2 * read_corpus(REPO / "dataset").rows
    assert f"{total} computed, 0 reused" in stdout
    assert RunFolder(out).store().count() == total


def test_a_rerun_retries_timeouts_unless_told_to_keep_them(tiny_dataset: Path, tmp_path: Path, hostile: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    corpus, folder = read_corpus(tiny_dataset), RunFolder(tmp_path / "run")
    monkeypatch.setenv("NEWSBENCH_TEST_SLEEP", "1.5")
    first = run([corpus], ["test-sleepy"], folder, limits=Limits(timeout=0.5))
    assert first.manifest.counts.failures == {"test-sleepy": 3}
    kept = run([corpus], ["test-sleepy"], folder, limits=Limits(timeout=30), engine=Engine(retry_transient=False))
    assert (kept.summary.computed, kept.summary.reused) == (0, 3)
    retried = run([corpus], ["test-sleepy"], folder, limits=Limits(timeout=30))
    assert (retried.summary.computed, retried.summary.reused) == (3, 0)
    assert retried.manifest.counts.failures == {} and retried.manifest.counts.store_rows == 3
    assert {r["body"] for r in folder.store().rows()} == {"slept"}


def test_a_lone_surrogate_from_json_ld_is_stored_repaired_and_scored_the_same_every_time(tmp_path: Path) -> None:
    page = PAGE.replace("</head>", '<script type="application/ld+json">{"@type": "NewsArticle", '
                        '"headline": "Ferry \\ud800 resumes", "author": {"name": "Mara \\udc00"}}</script></head>')
    build(write_corpus(tmp_path / "src", {"tiny-01": (page.encode(), gold())}), tmp_path / "dataset")
    corpus, folder = read_corpus(tmp_path / "dataset"), RunFolder(tmp_path / "run")
    run([corpus], ["metadata"], folder)
    (row,) = folder.store().rows()
    assert row["headline"] == "Ferry \ufffd resumes" and row["authors"] == ["Mara \ufffd"]
    assert row["repairs"] == "lone surrogates replaced with U+FFFD in: authors, headline"
    again = run([corpus], ["metadata"], folder)  # a rerun reads the store back
    assert again.summary.reused == 1
    score_run(folder)
    first = folder.read_scores()
    folder.cache_path.unlink()
    score_run(folder)
    assert folder.read_scores().equals(first)


def _damage_page_bytes(dataset: Path) -> None:
    """Change one page's stored bytes (its recorded sha256 and the manifest stay): reading that page is an error."""
    path = data_files(dataset)[-1]
    table = pq.read_table(path)
    raw = table.column("raw_html").to_pylist()
    raw[0] = raw[0] + b"<!-- changed -->"
    write_parquet(table.set_column(table.schema.get_field_index("raw_html"), "raw_html",
                                   [raw]).cast(table.schema), path)


def test_a_rerun_with_every_prediction_stored_reads_no_page_and_scoring_reads_no_html(tiny_dataset: Path,
                                                                                    tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    run([read_corpus(tiny_dataset)], ["fulltext", "title-tag"], folder)
    _damage_page_bytes(tiny_dataset)
    again = run([read_corpus(tiny_dataset)], ["fulltext", "title-tag"], folder)
    assert (again.summary.computed, again.summary.reused) == (0, 6)
    score_run(folder)  # scoring reads gold columns only
    assert folder.read_scores().num_rows > 0
    with pytest.raises(Exception, match="raw bytes do not match html_sha256"):
        run([read_corpus(tiny_dataset)], ["metadata"], folder)  # a page that is needed is read, and checked


def test_a_local_run_records_its_limits_as_before(tiny_dataset: Path, tmp_path: Path) -> None:
    folder = RunFolder(tmp_path / "run")
    result = run([read_corpus(tiny_dataset)], ["fulltext"], folder, jobs=2)
    assert json.loads(folder.manifest_path.read_text())["limits"] == {"timeout_s": 60.0, "memory_mb": 4096, "jobs": 2,
                                                                     "isolate_network": False}
    assert result.manifest.counts.store_rows == 3


def test_the_gold_reaches_only_the_extractors_that_use_it(tiny_dataset: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages reach the workers as Arrow rows, with the gold columns when an extractor of the run uses the gold: the
    oracle returns each page's gold body and headline; an extractor that does not use the gold, run on the same
    rows, is given none."""
    monkeypatch.setitem(registry.BUILTIN, "test-says-if-gold", "hostile_extractors:SaysIfGold")
    folder = RunFolder(tmp_path / "run")
    corpus = read_corpus(tiny_dataset)
    run([corpus], ["oracle", "test-says-if-gold"], folder, jobs=2)
    rows = {(r["extractor"], r["page_id"]): r for r in folder.store().rows()}
    golds = corpus.gold
    assert len(rows) == 2 * len(golds) == 6
    for page_id, page_gold in golds.items():
        oracle, other = rows["oracle", page_id], rows["test-says-if-gold", page_id]
        assert oracle["error"] is None and other["error"] is None
        assert (oracle["body"], oracle["headline"]) == (page_gold.body, page_gold.headline)
        assert other["body"] == "no gold"
