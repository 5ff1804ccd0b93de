"""The dataset card: Hugging Face front matter through huggingface_hub, truthful facts, the sections a card needs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import REPO, tiny_pages, write_corpus
from huggingface_hub import DatasetCard

from newsbench.corpus import release
from newsbench.corpus.build import build
from newsbench.corpus.card import features
from newsbench.corpus.loading import load

SECTIONS = ("## Loading", "## Uses", "## Out-of-scope use", "## Bias, risks and limitations", "## Citation",
            "## Contact", "## Licence")


def test_the_committed_card_parses_and_states_the_truth() -> None:
    text = (REPO / "dataset" / "README.md").read_text()
    data = DatasetCard(text).data
    languages = {lang for split in ("dev", "test") for lang in
                 pq.read_table(REPO / "dataset" / "data" / f"{split}-00000-of-00001.parquet",
                               columns=["language"]).column(0).to_pylist()}
    assert sorted(data.language) == sorted(languages) and {"zh", "zh-Hant"} <= set(data.language)
    assert (data.annotations_creators, data.language_creators) == ("machine-generated", "machine-generated")
    assert (data.multilinguality, data.source_datasets, data.license) == ("multilingual", "original", "cc-by-4.0")
    assert "text-classification" not in data.task_categories and data.task_ids == ["named-entity-recognition"]
    manifest = json.loads((REPO / "dataset" / "MANIFEST.json").read_text())
    splits = {s["name"]: s for s in data.dataset_info["splits"]}
    assert {name: s["num_examples"] for name, s in splits.items()} == manifest["splits"]
    assert all(s["num_bytes"] > 0 for s in splits.values())
    assert data.dataset_info["download_size"] == sum(
        (REPO / "dataset" / "data" / f"{s}-00000-of-00001.parquet").stat().st_size for s in splits)
    released = {r.fingerprint: r.version for r in release.releases()}
    assert data.version == manifest["version"] == released.get(manifest["fingerprint"], "unreleased")
    assert manifest["fingerprint"] in text
    for section in SECTIONS:
        assert f"\n{section}\n" in text, section
    assert release.bibtex() in text
    assert "No person has reviewed" in text


def test_the_citation_is_the_same_everywhere() -> None:
    entry = release.bibtex()
    for name in ("README.md", "DATASHEET.md", "dataset/README.md"):
        assert entry in (REPO / name).read_text(), name
    cff = (REPO / "CITATION.cff").read_text()
    r = release.latest()
    assert f'version: "{r.version}"' in cff and f'date-released: "{r.date}"' in cff and r.fingerprint in cff
    assert (REPO / "LICENSE").read_text().startswith("MIT License")
    assert "Attribution 4.0 International" in (REPO / "LICENSE-DATA").read_text()


def test_a_build_of_changed_data_is_unreleased(tiny: Path, tmp_path: Path) -> None:
    build(tiny, tmp_path / "ds")
    assert json.loads((tmp_path / "ds" / "MANIFEST.json").read_text())["version"] == release.UNRELEASED
    assert DatasetCard((tmp_path / "ds" / "README.md").read_text()).data.version == release.UNRELEASED


def _same_mtimes(folder: Path) -> None:
    for path in folder.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))


def test_two_folders_named_dataset_never_share_a_cache_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`datasets` keys a local folder's cache by its base name and the files' mtimes: the config name breaks the tie."""
    import datasets

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    pages = tiny_pages(3)
    one = tmp_path / "one" / "dataset"
    two = tmp_path / "two" / "dataset"
    build(write_corpus(tmp_path / "src1", {"tiny-01": pages["tiny-01"]}), one)
    build(write_corpus(tmp_path / "src2", {"tiny-02": pages["tiny-02"]}), two)
    _same_mtimes(one)
    _same_mtimes(two)
    cache = str(tmp_path / "cache")  # one fresh cache for both, as a user's ~/.cache would be
    seen = []
    for folder in (one, two):
        monkeypatch.chdir(folder.parent)
        seen.append(datasets.load_dataset("dataset", split="test", cache_dir=cache)["id"][:])
    assert seen == [["tiny-01"], ["tiny-02"]]
    assert load(path=one, cache_dir=cache)["id"][:] == ["tiny-01"]
    assert load(path=two, cache_dir=cache)["id"][:] == ["tiny-02"]
    assert load(path=two, cache_dir=cache).features == features()


def test_load_does_not_depend_on_the_working_folder(tiny_dataset: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.chdir(tiny_dataset.parent)
    relative = load(path=Path(tiny_dataset.name), cache_dir=str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path.parent)
    absolute = load(path=tiny_dataset, cache_dir=str(tmp_path / "cache"))
    assert relative["id"][:] == absolute["id"][:] == ["tiny-01", "tiny-02", "tiny-03"]
