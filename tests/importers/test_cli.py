"""`newsbench import` from the command line, and a run over an imported fixture corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from importers.sources import make_readability, newsbench

from newsbench.importers import names
from newsbench.store.folder import RunFolder


def test_import_writes_the_folder_and_reports_exclusions(aeb_source: Path, tmp_path: Path) -> None:
    done = newsbench("import", "aeb", str(aeb_source), "--output", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"imported 2 pages into {tmp_path / 'out'} (fingerprint ")
    assert "excluded 1: no ground-truth entry" in done.stdout
    assert json.loads((tmp_path / "out" / "MANIFEST.json").read_text())["rows"] == 2


def test_usage_errors_exit_2(aeb_source: Path, tmp_path: Path) -> None:
    unknown = newsbench("import", "aebb", str(aeb_source), "--output", str(tmp_path / "out"))
    assert unknown.returncode == 2 and "unknown corpus 'aebb'; did you mean aeb" in unknown.stderr
    missing = newsbench("import", "aeb", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    assert not (tmp_path / "out").exists()


def test_a_bad_source_exits_1_naming_the_file(aeb_source: Path, tmp_path: Path) -> None:
    (aeb_source / "ground-truth.json").write_text("{not json")
    done = newsbench("import", "aeb", str(aeb_source), "--output", str(tmp_path / "out"))
    assert done.returncode == 1 and f"error: {aeb_source / 'ground-truth.json'}: not valid UTF-8 JSON" in done.stderr


def test_the_help_names_every_corpus() -> None:
    for command in ("import", "download"):
        text = " ".join(newsbench(command, "--help").stdout.split())
        assert all(name in text for name in names()), command


def test_run_over_an_imported_fixture_corpus(tmp_path: Path) -> None:
    assert newsbench("import", "readability", str(make_readability(tmp_path / "src")), "--output",
                     str(tmp_path / "out")).returncode == 0
    done = newsbench("run", "--corpus", str(tmp_path / "out"), "--extractors", "fulltext,oracle", "--output",
                     str(tmp_path / "run"), "--quiet", "--no-score")
    assert done.returncode == 0, done.stderr
    rows = RunFolder(tmp_path / "run").store().rows()
    assert len(rows) == 6 and all(r["error"] is None for r in rows if r["extractor"] == "fulltext")


def test_oracle_and_scoring_accept_null_gold_columns(tmp_path: Path) -> None:
    assert newsbench("import", "readability", str(make_readability(tmp_path / "src")), "--output",
                     str(tmp_path / "out")).returncode == 0
    done = newsbench("run", "--corpus", str(tmp_path / "out"), "--extractors", "fulltext,oracle", "--output",
                     str(tmp_path / "run"), "--quiet")
    assert done.returncode == 0, done.stderr
    rows = RunFolder(tmp_path / "run").store().rows()
    assert all(r["error"] is None for r in rows)
    scores = pq.read_table(tmp_path / "run" / "scores.parquet").to_pandas()
    # readability's gold has no entities and no modified date: those fields are not scored
    assert set(scores["field"]) == {"body", "headline", "published", "authors"}
    oracle_body = scores[(scores["extractor"] == "oracle") & (scores["metric"] == "tokens.f1")]["value"]
    assert (oracle_body == 1.0).all()


def test_withhold_urls_gives_extractors_no_url_and_keeps_it_in_notes(aeb_source: Path, tmp_path: Path) -> None:
    done = newsbench("import", "aeb", str(aeb_source), "--output", str(tmp_path / "out"), "--withhold-urls")
    assert done.returncode == 0, done.stderr
    from newsbench.corpus.pages import read_corpus

    corpus = read_corpus(tmp_path / "out")
    assert {page.url for page in corpus.pages} == {""}  # what extractors are given
    notes = dict(zip(*pq.read_table(tmp_path / "out" / "data" / "test-00000-of-00001.parquet",
                                    columns=["id", "notes"]).to_pydict().values(), strict=True))
    assert "source URL: https://www.tram-post.example/line-4" in notes["a1"]
    assert json.loads((tmp_path / "out" / "MANIFEST.json").read_text())["source"]["urls"] == "withheld"


def test_split_is_an_option_of_corpora_that_have_splits(aeb_source: Path, wcxb_source: Path, tmp_path: Path) -> None:
    refused = newsbench("import", "aeb", str(aeb_source), "--output", str(tmp_path / "aeb"), "--split", "test")
    assert refused.returncode == 2 and "corpus 'aeb' takes no option split" in refused.stderr
    missing = newsbench("import", "wcxb", str(wcxb_source), "--output", str(tmp_path / "w"), "--split", "test")
    assert missing.returncode == 1 and "no test/ground-truth folder" in missing.stderr
