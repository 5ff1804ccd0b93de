"""`newsbench run`, `extractors` and `import-predictions` from the command line."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbench.corpus.pages import read_corpus
from newsbench.store.folder import RunFolder

REPO = Path(__file__).resolve().parents[1]


def newsbench(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsbench", *args], capture_output=True, text=True, timeout=600)


def test_run_writes_predictions_and_a_manifest(tiny_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "run"
    done = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext,oracle,magic-html",
                     "--output", str(out), "--jobs", "2", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "predictions: 6 computed, 0 reused" in done.stdout
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["status"] == "complete"
    assert manifest["corpora"][0]["fingerprint"] == read_corpus(tiny_dataset).fingerprint
    names = {e["name"]: e for e in manifest["extractors"]}
    assert names["fulltext"]["version"] == manifest["environment"]["newsbench"]
    if sys.version_info < (3, 12):
        assert names["magic-html"]["skipped"] == "needs Python >= 3.12"
    assert manifest["environment"]["python"] == sys.version.split()[0]
    assert manifest["limits"] == {"timeout_s": 60.0, "memory_mb": 4096, "jobs": 2}
    assert manifest["started"] <= manifest["finished"]
    assert RunFolder(out).store().count() == 6
    again = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext,oracle", "--output", str(out),
                      "--quiet")
    assert "predictions: 0 computed, 6 reused" in again.stdout
    assert json.loads((out / "manifest.json").read_text())["history"][0]["computed"] == 6


def test_a_missing_corpus_is_a_usage_error(tmp_path: Path) -> None:
    done = newsbench("run", "--corpus", str(tmp_path / "nope"), "--output", str(tmp_path / "r"))
    assert done.returncode == 2
    assert f"corpus folder {tmp_path / 'nope'} does not exist" in done.stderr


def test_an_unknown_extractor_is_a_usage_error(tiny_dataset: Path, tmp_path: Path) -> None:
    done = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "goose", "--output", str(tmp_path / "r"))
    assert done.returncode == 2 and "unknown extractor 'goose'; did you mean goose3" in done.stderr


def test_a_corrupt_dataset_is_refused_naming_the_file(tiny_dataset: Path, tmp_path: Path) -> None:
    (parquet,) = (tiny_dataset / "data").glob("*.parquet")
    parquet.write_bytes(parquet.read_bytes()[:500])
    done = newsbench("run", "--corpus", str(tiny_dataset), "--extractors", "fulltext", "--output", str(tmp_path / "r"))
    assert done.returncode == 1 and f"{parquet}: unreadable Parquet file" in done.stderr


def test_extractors_lists_versions_fields_and_state() -> None:
    done = newsbench("extractors")
    assert done.returncode == 0
    lines = {ln.split()[0]: ln for ln in done.stdout.splitlines()}
    assert "headline" in lines["oracle"] and "installed" in lines["oracle"]
    assert {"trafilatura", "readability-js", "htmldate", "fulltext", "metadata"} <= set(lines)


def _jsonl(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_import_predictions_stores_them_like_a_run(tiny_dataset: Path, tmp_path: Path) -> None:
    corpus = read_corpus(tiny_dataset)
    lines: list[dict[str, object]] = [
        {"extractor": "go-port", "version": "1.2.0", "page_id": "tiny-01", "headline": "Ferry", "body": "text"},
        {"extractor": "go-port", "version": "1.2.0", "page_sha256": corpus.index().column("html_sha256")[1].as_py(), "headline": None},
    ]
    done = newsbench("import-predictions", str(_jsonl(tmp_path / "p.jsonl", lines)), "--corpus", str(tiny_dataset),
                     "--output", str(tmp_path / "run"))
    assert done.returncode == 0, done.stderr
    assert "imported 2 predictions of go-port" in done.stdout
    assert "go-port: 1 pages without a prediction (imported as failures): tiny-03" in done.stdout
    rows = {r["page_id"]: r for r in RunFolder(tmp_path / "run").store().rows()}
    assert (rows["tiny-01"]["headline"], rows["tiny-01"]["body"], rows["tiny-01"]["published"]) == ("Ferry", "text", None)
    assert (rows["tiny-02"]["headline"], rows["tiny-02"]["body"]) == ("", "")  # produced, found nothing
    assert rows["tiny-03"]["error_kind"] == "missing"
    manifest = json.loads((tmp_path / "run" / "manifest.json").read_text())
    (system,) = manifest["extractors"]
    assert system["origin"] == "import" and system["produces"] == ["body", "headline"]


def test_import_refuses_unknown_pages_and_writes_nothing(tiny_dataset: Path, tmp_path: Path) -> None:
    lines: list[dict[str, object]] = [{"extractor": "x", "version": "1", "page_id": "tiny-01", "body": "a"},
                                      {"extractor": "x", "version": "1", "page_id": "not-a-page", "body": "b"}]
    done = newsbench("import-predictions", str(_jsonl(tmp_path / "p.jsonl", lines)), "--corpus", str(tiny_dataset),
                     "--output", str(tmp_path / "run"))
    assert done.returncode == 1
    assert "unknown page: p.jsonl:2: not-a-page" in done.stdout
    assert not (tmp_path / "run").exists()


def test_import_names_the_line_of_a_bad_record(tiny_dataset: Path, tmp_path: Path) -> None:
    lines: list[dict[str, object]] = [{"extractor": "x", "version": "1", "page_id": "tiny-01", "body": "a"},
                                      {"extractor": "x", "version": "1", "page_id": "tiny-02", "authors": "Ann"}]
    path = _jsonl(tmp_path / "p.jsonl", lines)
    done = newsbench("import-predictions", str(path), "--corpus", str(tiny_dataset), "--output", str(tmp_path / "r"))
    assert done.returncode == 1 and f"{path}:2: authors: must be a list of strings" in done.stderr


def test_every_subcommand_says_what_it_does_with_an_example() -> None:
    from newsbench.cli import ABOUT, parser

    p = parser()
    (sub,) = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == set(ABOUT)
    for name, command in sub.choices.items():
        text = command.format_help()
        description, example = ABOUT[name]
        assert description.split()[0] in text and f"example:\n  {example}" in text, name
        assert example.startswith(f"newsbench {name}"), name


def test_corpus_name_finds_a_corpus_imported_to_the_default_location(tiny_dataset: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from newsbench.corpus.pages import resolve_folder
    from newsbench.paths import imported_corpus

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    shutil.copytree(tiny_dataset, imported_corpus("mycorpus"))
    assert resolve_folder("mycorpus") == (imported_corpus("mycorpus"), "mycorpus")
    with pytest.raises(FileNotFoundError, match=r"no corpus imported under that name .* \(imported there: mycorpus;"):
        resolve_folder("mycorpsu")
    monkeypatch.chdir(tmp_path)
    done = subprocess.run([sys.executable, "-m", "newsbench", "run", "--corpus", "mycorpus", "--extractors",
                           "fulltext", "--output", str(tmp_path / "run"), "--quiet", "--no-score"],
                          capture_output=True, text=True, timeout=300, env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert "mycorpus (3 pages" in done.stdout
