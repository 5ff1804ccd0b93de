"""The build: deterministic Parquet, atomic replacement, offline loading, and the committed dataset is current."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import PAGE, REPO, gold, write_corpus

from newsbench.corpus.build import build
from newsbench.corpus.card import features
from newsbench.corpus.loading import load
from newsbench.errors import DatasetIntegrityError, GoldError


def digests(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tiny: Path, tmp_path: Path) -> None:
    build(tiny, tmp_path / "a")
    build(tiny, tmp_path / "b")
    assert digests(tmp_path / "a") == digests(tmp_path / "b")
    assert set(digests(tmp_path / "a")) == {"README.md", "croissant.json", "MANIFEST.json", "data/test-00000-of-00001.parquet"}


def test_failed_build_leaves_previous_dataset_intact(tiny: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    build(tiny, out)
    before = digests(out)
    write_corpus(tiny, {"tiny-01": (PAGE.encode(), gold(headline="Not on the page"))})
    with pytest.raises(GoldError, match=r"gold/tiny-01.json: \$.headline: text not found"):
        build(tiny, out)
    assert digests(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".ds-build-")]


def test_load_offline_returns_declared_features(tiny: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    build(tiny, tmp_path / "ds")
    ds = load(path=tmp_path / "ds", cache_dir=str(tmp_path / "cache"))
    assert ds.features == features()
    [row] = ds.to_list()
    assert row["headline"] == "Ferry service to Ostrava resumes"
    assert row["entities"][0] == {"text": "Ostrava", "type": "LOC", "field": "headline", "block": None,
                                  "start": 17, "end": 24}
    assert row["raw_html"] == PAGE.encode()
    assert row["html_sha256"] == hashlib.sha256(PAGE.encode()).hexdigest()
    df = load(path=tmp_path / "ds", as_pandas=True, cache_dir=str(tmp_path / "cache2"))
    assert list(df["id"]) == ["tiny-01"]


def test_corrupt_parquet_is_a_clear_error(tiny: Path, tmp_path: Path) -> None:
    build(tiny, tmp_path / "ds")
    path = tmp_path / "ds" / "data" / "test-00000-of-00001.parquet"
    path.write_bytes(path.read_bytes()[: os.path.getsize(path) // 2])
    with pytest.raises(DatasetIntegrityError, match="cannot read the dataset"):
        load(path=tmp_path / "ds", cache_dir=str(tmp_path / "cache"))


def test_embedded_dataset_loads_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datasets

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.chdir(REPO)
    splits = datasets.load_dataset("dataset", cache_dir=str(tmp_path / "cache"))
    assert set(splits) == {"dev", "test"}
    assert splits["test"].num_rows >= 200 and splits["dev"].num_rows >= 30
    assert splits["test"].features == splits["dev"].features == features()
    assert not set(splits["dev"]["site"]) & set(splits["test"]["site"]), "a site in both dev and test"


@pytest.mark.slow
def test_committed_dataset_is_current(tmp_path: Path) -> None:
    """Rebuild from raw_html/ + gold/ and compare content with the committed dataset/."""
    summary = build(REPO, tmp_path / "ds")
    committed = json.loads((REPO / "dataset" / "MANIFEST.json").read_text())
    assert committed["fingerprint"] == summary.fingerprint, "dataset/ is stale: run `newsbench build`"
    assert (REPO / "dataset" / "README.md").read_text() == (tmp_path / "ds" / "README.md").read_text()
    for name in ("data/dev-00000-of-00001.parquet", "data/test-00000-of-00001.parquet"):
        assert pq.read_table(REPO / "dataset" / name).equals(pq.read_table(tmp_path / "ds" / name))


def test_dataset_drift_guard() -> None:
    """Row counts, first and last ids per split and the fingerprint: a change to any is deliberate."""
    seen = {}
    for split in ("dev", "test"):
        table = pq.read_table(REPO / "dataset" / "data" / f"{split}-00000-of-00001.parquet", columns=["id"])
        ids = table.column("id").to_pylist()
        seen[split] = (len(ids), ids[0], ids[-1])
    assert seen == {"dev": (61, "kabar-nusantara-01", "zarechye-info-04"),
                     "test": (351, "alwaha-news-01", "wireline-pr-09")}
    manifest = json.loads((REPO / "dataset" / "MANIFEST.json").read_text())
    # The fingerprint covers every row's split, id, page and gold columns (one digest for every dataset folder).
    assert manifest["fingerprint"] == "68e9886af2c0213e6207f9c39be8734e4da38de4644086bd7b7a0003de07f7c4"
