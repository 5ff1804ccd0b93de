"""The Webis combined-format importer on a tiny hand-written copy of the format it documents."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from importers.sources import import_rows, make_webis, write

from newsbench.importers.base import ImportFailure
from newsbench.importers.webis import WebisImporter


def test_human_subsets_are_imported_and_the_rest_excluded_with_reasons(tmp_path: Path) -> None:
    summary, rows = import_rows("webis", make_webis(tmp_path / "src"), tmp_path / "out")
    assert sorted(rows) == ["aa11", "cc33"]
    page = rows["aa11"]
    assert [b["text"] for b in page["blocks"]] == ["Canal boats return.", "Locks reopen in May."]
    assert page["url"] == "http://canal.example/boats" and page["site"] == "canal.example"
    assert page["notes"] == "source: cleaneval/101" and page["encoding_source"] == "declared"
    assert rows["cc33"]["site"] == "dragnet" and rows["cc33"]["headline"] is None
    assert dict(summary.exclusions) == {  # type: ignore[attr-defined]
        "bb22": "empty plaintext", "dd44": "no HTML file",
        "ee55": "scrapinghub subset: imported from its own source as `aeb`",
    }


def test_the_combined_folder_is_found_below_the_repository_root(tmp_path: Path) -> None:
    source = make_webis(tmp_path / "repo" / "datasets")
    assert [p.id for p in WebisImporter().read(tmp_path / "repo") if p.excluded is None] == ["aa11", "cc33"]
    assert [p.id for p in WebisImporter().read(source / "combined") if p.excluded is None] == ["aa11", "cc33"]


def test_a_bad_line_is_named_by_file_and_line(tmp_path: Path) -> None:
    source = make_webis(tmp_path / "src")
    path = write(source / "combined" / "ground-truth" / "dragnet.jsonl", '{"page_id": "cc33", "plaintext": "x"}\n{oops\n')
    with pytest.raises(ImportFailure, match="not JSON") as err:
        list(WebisImporter().read(source))
    assert (err.value.file, err.value.field) == (str(path), "line 2")
    write(path, '{"page_id": "cc33"}\n')
    with pytest.raises(ImportFailure, match="field missing") as err:
        list(WebisImporter().read(source))
    assert err.value.field == "line 1.plaintext"


@pytest.mark.skipif(importlib.util.find_spec("lz4") is not None, reason="lz4 is installed")
def test_an_lz4_page_without_the_lz4_package_says_what_is_needed(tmp_path: Path) -> None:
    source = make_webis(tmp_path / "src")
    html = source / "combined" / "html" / "cleaneval" / "aa11.html"
    html.rename(html.with_name("aa11.html.lz4"))
    with pytest.raises(ImportFailure, match="needs the lz4 package") as err:
        list(WebisImporter().read(source))
    assert err.value.file == str(html.with_name("aa11.html.lz4"))
