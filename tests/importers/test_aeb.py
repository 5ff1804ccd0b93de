"""The article-extraction-benchmark importer on a tiny hand-written copy of its format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importers.sources import gz, html, import_rows, write

from newsbench.importers.aeb import AebImporter
from newsbench.importers.base import ImportFailure


def test_body_is_one_required_paragraph_per_line_and_other_gold_is_null(aeb_source: Path, tmp_path: Path) -> None:
    summary, rows = import_rows("aeb", aeb_source, tmp_path / "out")
    assert sorted(rows) == ["a1", "b2"]
    a1 = rows["a1"]
    assert a1["blocks"] == [{"kind": "paragraph", "text": "Tram line 4 reopens on Monday.", "optional": False},
                            {"kind": "paragraph", "text": "The depot was rebuilt in spring.", "optional": False}]
    assert a1["body"] == "Tram line 4 reopens on Monday.\n\nThe depot was rebuilt in spring."
    assert a1["headline"] is None and a1["published"] is None and a1["authors"] is None
    assert a1["entities"] is None and a1["summary"] is None
    assert a1["url"] == "https://www.tram-post.example/line-4" and a1["site"] == "tram-post.example"
    assert a1["encoding"] == "UTF-8" and a1["encoding_source"] == "declared" and a1["language"] == "en"
    assert rows["b2"]["headline"] == "Harbour lights stay on" and rows["b2"]["language"] == "en-GB"
    assert summary.exclusions == (("c3", "no ground-truth entry"),)  # type: ignore[attr-defined]


def test_a_ground_truth_entry_without_its_page_names_the_missing_file(aeb_source: Path) -> None:
    (aeb_source / "html" / "a1.html.gz").unlink()
    with pytest.raises(ImportFailure, match="file missing") as err:
        list(AebImporter().read(aeb_source))
    assert err.value.file == str(aeb_source / "html" / "a1.html.gz")


def test_a_malformed_entry_names_the_file_and_field(aeb_source: Path) -> None:
    truth = json.loads((aeb_source / "ground-truth.json").read_text())
    truth["b2"]["articleBody"] = ["not", "a", "string"]
    write(aeb_source / "ground-truth.json", truth)
    with pytest.raises(ImportFailure, match="expected str, found list") as err:
        list(AebImporter().read(aeb_source))
    assert (err.value.file, err.value.field) == (str(aeb_source / "ground-truth.json"), "b2.articleBody")


def test_an_empty_body_and_a_broken_gzip_are_errors(aeb_source: Path) -> None:
    write(aeb_source / "ground-truth.json", {"a1": {"articleBody": " \n "}})
    with pytest.raises(ImportFailure, match="empty article body"):
        list(AebImporter().read(aeb_source))
    write(aeb_source / "ground-truth.json", {"a1": {"articleBody": "Text."}})
    write(aeb_source / "html" / "a1.html.gz", gz(html("T", "Text."))[:20])
    with pytest.raises(ImportFailure, match="unreadable") as err:
        list(AebImporter().read(aeb_source))
    assert err.value.file == str(aeb_source / "html" / "a1.html.gz")
