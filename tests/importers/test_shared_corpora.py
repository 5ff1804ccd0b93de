"""The four corpora in ../shared/corpora import completely, with the page counts of their sources.

Expected counts: aeb 181 pages (SOURCE.txt: 181), readability 130 (130 test folders), fundus 258
(258 page files), wcxb 1476 of the 1497 dev pages: the 21 whose ground truth has no main_content
are excluded. Skipped when ../shared/corpora is absent (it is not part of the repository).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from importers.sources import dataset_rows, newsbench, shared

from newsbench.corpus.pages import read_corpus
from newsbench.importers import get
from newsbench.importers.base import ImportSummary, write_corpus
from newsbench.store.folder import RunFolder

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
