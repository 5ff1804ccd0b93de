"""The corpora in ../shared/corpora import completely, with the page counts of their sources.

Expected counts: aeb 181 pages (SOURCE.txt: 181), readability 130 (130 test folders), fundus 258
(258 page files), wcxb 1476 of the 1497 dev pages: the 21 whose ground truth has no main_content
are excluded; trafilatura_eval 990 of 990 entries, with its title, date and author gold. Skipped
when ../shared/corpora is absent (it is not part of the repository).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from importers.sources import dataset_rows, newsbench, shared

from newsbench.corpus.pages import read_corpus, read_gold
from newsbench.importers import get
from newsbench.importers.base import ImportSummary, write_corpus
from newsbench.store.folder import RunFolder

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # imports the real corpora: tens of seconds

EXPECTED = {  # name: (rows, {exclusion reason: pages})
    "aeb": (181, {}),
    "readability": (130, {}),
    "fundus": (258, {}),
    "wcxb": (1476, {"the ground truth has no main_content": 21}),
}


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[ImportSummary, Path]]:
    """Each shared corpus imported once for the module (missing ones are left out)."""
    out = tmp_path_factory.mktemp("shared-imports")
    done = {}
    for name in EXPECTED:
        try:
            source = shared(name)
        except pytest.skip.Exception:
            continue
        importer = get(name)
        done[name] = (write_corpus(name, importer.read(source), out / name, version=importer.version(source)),
                      out / name)
    return done


def _of(imported: dict[str, tuple[ImportSummary, Path]], name: str) -> tuple[ImportSummary, Path]:
    if name not in imported:
        shared(name)  # skips with the reason
    return imported[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_shared_corpus_imports_completely(imported: dict[str, tuple[ImportSummary, Path]], name: str) -> None:
    summary, folder = _of(imported, name)
    rows, reasons = EXPECTED[name]
    assert summary.rows == rows
    assert Counter(reason for _, reason in summary.exclusions) == Counter(reasons)
    corpus = read_corpus(folder)
    assert corpus.rows == rows and corpus.fingerprint == summary.fingerprint
    manifest = json.loads((folder / "MANIFEST.json").read_text())
    assert manifest["source"]["version"] == get(name).version(shared(name)) and len(manifest["source"]["version"]) == 40
    assert all(page.encoding == "UTF-8" for page in corpus.pages)
    table = pq.read_table(folder / "data" / "test-00000-of-00001.parquet", columns=["blocks"])
    assert all(blocks for blocks in table.column("blocks").to_pylist())


def test_fundus_pages_follow_their_publishers_versions(imported: dict[str, tuple[ImportSummary, Path]]) -> None:
    _, folder = _of(imported, "fundus")
    rows = dataset_rows(folder)
    assert all(row["headline"] and row["published"] for row in rows.values())
    assert sum(row["authors"] is None for row in rows.values()) == 5  # five versions have no authors key


def test_run_works_on_an_imported_corpus(imported: dict[str, tuple[ImportSummary, Path]], tmp_path: Path) -> None:
    _, folder = _of(imported, "aeb")
    done = newsbench("run", "--corpus", str(folder), "--extractors", "fulltext,oracle", "--output",
                     str(tmp_path / "run"), "--quiet", "--no-score")
    assert done.returncode == 0, done.stderr
    assert "corpora: aeb (181 pages" in done.stdout and "predictions: 362 computed" in done.stdout
    table = RunFolder(tmp_path / "run").store().rows()
    assert all(row["error"] is None for row in table if row["extractor"] == "fulltext")


def test_trafilatura_evaluation_set_imports_every_entry_with_its_metadata_gold(tmp_path: Path) -> None:
    # SOURCE.txt: 990 documents, 2951 `with` and 2966 `without` snippets (evaluation.rst's table header).
    source = shared("trafilatura")
    importer = get("trafilatura_eval")
    summary = write_corpus("trafilatura_eval", importer.read(source), tmp_path / "t", version=importer.version(source))
    assert summary.rows == 990 and summary.exclusions == ()
    gold = read_gold(tmp_path / "t")
    snippets = [g.snippets for g in gold.values()]
    assert sum(len(w) for w, _ in snippets if w) == 2951 and sum(len(wo) for _, wo in snippets if wo) == 2966
    # 851 titles, 6 of them empty; 728 dates, 4 not valid ISO dates (2022-01.26, 2022-11-1, and month and day
    # swapped in 2022-29-11 and 2022-25-10), left null with a note; 538 authors (4 of them lists)
    assert sum(g.headline is not None for g in gold.values()) == 845
    assert sum(g.published is not None for g in gold.values()) == 724
    assert sum(g.authors is not None for g in gold.values()) == 538
    manifest = json.loads((tmp_path / "t" / "MANIFEST.json").read_text())
    assert manifest["decoding"]["pages_with_replacements"] == 4 and manifest["decoding"]["replaced_bytes"] == 9
    assert manifest["source"]["version"].startswith("e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5")


def test_trafilatura_table_rows_are_reproduced_on_the_real_copy(tmp_path: Path) -> None:
    # Imported as the supplement is (--withhold-urls), scored with the snippet metric: the same pages and
    # fingerprint as benchmark/results/supplements/trafilatura_eval.json, the same figures as it, and the
    # published rows of html_text 0.7.1 and inscriptis (same call; 2.7.6 here, 2.7.4 published) within 0.003.
    from newsbench.api import evaluate
    from newsbench.score.results import Settings

    source = shared("trafilatura")
    importer = get("trafilatura_eval")
    summary = write_corpus("trafilatura_eval", importer.read(source), tmp_path / "trafilatura_eval",
                           version=importer.version(source), withhold_urls=True)
    supplement = json.loads((REPO / "benchmark" / "results" / "supplements" / "trafilatura_eval.json").read_text())
    assert [c["fingerprint"] for c in supplement["corpora"]] == [summary.fingerprint]
    results = evaluate(["html-text", "inscriptis"], tmp_path / "trafilatura_eval", output=tmp_path / "run", jobs=2,
                       settings=Settings(n_resamples=10, n_permutations=10))
    committed = {e["extractor"]: e["primary"] for e in supplement["leaderboard"]
                 if e["field"] == "snippets" and e["corpus"] == "trafilatura_eval"}
    published = json.loads((REPO / "benchmark" / "published.json").read_text())["trafilatura_eval"]["systems"]
    for name, row in (("html-text", "html_text 0.7.1"), ("inscriptis", "inscriptis 2.7.4 (html to txt)")):
        (entry,) = [e for e in results.entries(field="snippets", corpus="trafilatura_eval") if e.extractor == name]
        ours = entry.primary
        assert (ours.precision, ours.recall, ours.f1, ours.accuracy) == tuple(
            committed[name][k] for k in ("precision", "recall", "f1", "accuracy")), name
        assert all(abs(getattr(ours, k) - published[row][k]) <= 0.003 for k in ("precision", "recall", "f1", "accuracy"))
