"""The Readability test-pages importer on a tiny hand-written copy of its format."""

from __future__ import annotations

from pathlib import Path

import pytest
from importers.sources import import_rows, make_readability, write

from newsbench.importers.base import ImportFailure
from newsbench.importers.readability import TEST_URL, ReadabilityImporter


def test_metadata_and_expected_article_become_gold(tmp_path: Path) -> None:
    summary, rows = import_rows("readability", make_readability(tmp_path / "src"), tmp_path / "out")
    assert sorted(rows) == ["gazette-1", "gazette-2", "quiet"] and summary.exclusions == ()  # type: ignore[attr-defined]
    first = rows["gazette-1"]
    assert first["headline"] == "Bridge repairs finish early"
    assert first["authors"] == ["Ada Lind"] and first["published"] == "2023-04-05T09:00:00+02:00"
    assert [b["text"] for b in first["blocks"]] == ["Bridge repairs finish early", "First paragraph.", "One item",
                                                    "Second paragraph."]
    assert {b["kind"] for b in first["blocks"]} == {"paragraph"}
    assert first["url"] == TEST_URL and first["site"] == "gazette" and rows["gazette-2"]["site"] == "gazette"
    assert first["encoding_source"] == "declared"
    assert rows["gazette-2"]["authors"] == [] and rows["gazette-2"]["published"] is None
    assert rows["quiet"]["authors"] == ["By Jo Park and Li Wen"] and rows["quiet"]["language"] == "fr"
    assert "not readerable" in rows["quiet"]["notes"] and rows["gazette-1"]["notes"] == ""
    assert rows["gazette-2"]["language"] == "en"  # no lang in the metadata: the page's <html lang>


def test_a_page_folder_missing_a_file_is_named(tmp_path: Path) -> None:
    source = make_readability(tmp_path / "src")
    (source / "test" / "test-pages" / "quiet" / "expected.html").unlink()
    with pytest.raises(ImportFailure, match="file missing") as err:
        list(ReadabilityImporter().read(source))
    assert err.value.file == str(source / "test" / "test-pages" / "quiet" / "expected.html")


def test_a_mistyped_metadata_field_is_named(tmp_path: Path) -> None:
    source = make_readability(tmp_path / "src")
    meta = source / "test" / "test-pages" / "quiet" / "expected-metadata.json"
    write(meta, {"title": "T", "byline": 7, "publishedTime": None})
    with pytest.raises(ImportFailure, match="expected a string or null") as err:
        list(ReadabilityImporter().read(source))
    assert (err.value.file, err.value.field) == (str(meta), "byline")


def test_a_folder_without_test_pages_is_refused(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ImportFailure, match="no test-pages folder"):
        list(ReadabilityImporter().read(tmp_path / "empty"))


@pytest.mark.parametrize("published", ["2023-02-30T09:00:00+02:00", "2023-04-05T09:00:00+24:00",
                                       "9999-12-31T23:59-05:00"])
def test_an_impossible_gold_date_is_an_import_error_naming_the_file(tmp_path: Path, published: str) -> None:
    source = make_readability(tmp_path / "src")
    meta = source / "test" / "test-pages" / "quiet" / "expected-metadata.json"
    write(meta, {"title": "T", "byline": None, "publishedTime": published})
    with pytest.raises(ImportFailure, match="unusable gold date") as err:
        list(ReadabilityImporter().read(source))
    assert (err.value.file, err.value.field) == (str(meta), "publishedTime")
