"""The WCXB importer on a tiny hand-written copy of its dev split."""

from __future__ import annotations

from pathlib import Path

import pytest
from importers.sources import import_rows, write

from newsbench.importers.base import ImportFailure
from newsbench.importers.wcxb import WcxbImporter


def test_ground_truth_becomes_gold_and_empty_content_is_excluded(wcxb_source: Path, tmp_path: Path) -> None:
    summary, rows = import_rows("wcxb", wcxb_source, tmp_path / "out")
    assert sorted(rows) == ["0001", "0002"]
    assert summary.exclusions == (("0003", "the ground truth has no main_content"),)  # type: ignore[attr-defined]
    page = rows["0001"]
    assert page["headline"] == "Apple prices fall" and page["authors"] == ["Mia Holt"]
    assert page["published"] == "2025-09-04" and page["site"] == "market.example"
    assert [b["text"] for b in page["blocks"]] == ["Apple prices fell this week.", "Growers blame the weather."]
    assert page["license"] == "CC-BY-4.0" and page["notes"] == "page type: article"
    forum = rows["0002"]
    assert forum["published"] is None and forum["authors"] == [] and forum["url"] == ""
    assert "'2024-05' is not a full ISO 8601 date" in forum["notes"]
    assert "page type: forum" in forum["notes"] and "labels this page 'test'" in forum["notes"]
    assert "no URL" in forum["notes"]


def test_a_ground_truth_file_without_ground_truth_is_named(wcxb_source: Path) -> None:
    path = write(wcxb_source / "dev" / "ground-truth" / "0002.json", {"schema_version": "2.0", "ground_truth": "x"})
    with pytest.raises(ImportFailure, match="expected dict, found str") as err:
        list(WcxbImporter().read(wcxb_source))
    assert (err.value.file, err.value.field) == (str(path), "ground_truth")


def test_a_missing_page_file_is_named(wcxb_source: Path) -> None:
    (wcxb_source / "dev" / "html" / "0001.html.gz").unlink()
    with pytest.raises(ImportFailure, match="file missing") as err:
        list(WcxbImporter().read(wcxb_source))
    assert err.value.file == str(wcxb_source / "dev" / "html" / "0001.html.gz")


def test_the_test_split_has_the_same_layout_and_imports_with_split_test(wcxb_source: Path, tmp_path: Path) -> None:
    # README "Directory Structure": test/ground-truth/*.json and test/html/*.html.gz beside dev/; ids
    # numbered in the same space as dev's; metadata.json labels them "test".
    for stem in ("0001", "0002", "0003"):
        for kind, suffix in (("ground-truth", ".json"), ("html", ".html.gz")):
            source = wcxb_source / "dev" / kind / f"{stem}{suffix}"
            target = wcxb_source / "test" / kind / f"{'40' + stem[2:]}{suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    summary, rows = import_rows("wcxb", wcxb_source, tmp_path / "out", split="test")
    assert sorted(rows) == ["4001", "4002"]
    assert summary.exclusions == (("4003", "the ground truth has no main_content"),)  # type: ignore[attr-defined]
    assert rows["4001"]["headline"] == "Apple prices fall"
    card = (tmp_path / "out" / "README.md").read_text()
    assert "WCXB's own split: test" in card
    assert "WCXB's own split: dev" in (import_rows("wcxb", wcxb_source, tmp_path / "dev")[0].folder / "README.md").read_text()


def test_an_unknown_split_is_refused() -> None:
    with pytest.raises(ImportFailure, match="splits dev, test, not 'train'") as err:
        WcxbImporter(split="train")
    assert err.value.field == "split"
