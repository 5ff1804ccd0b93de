"""The Fundus parser-test-data importer on a tiny hand-written copy of its format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from importers.sources import import_rows, make_fundus, write

from newsbench.importers.base import ImportFailure
from newsbench.importers.fundus import DATA, FundusImporter


def test_pages_match_versions_by_date_and_body_follows_the_guidelines(tmp_path: Path) -> None:
    summary, rows = import_rows("fundus", make_fundus(tmp_path / "src"), tmp_path / "out")
    assert sorted(rows) == ["xx-Gazette_2024_01_02", "xx-Gazette_2024_03_04", "zz-Daily_2023_05_06"]
    assert summary.exclusions == ()  # type: ignore[attr-defined]
    first = rows["xx-Gazette_2024_01_02"]  # the earlier page goes with V1, the later with V1_1
    assert first["headline"] == "First version page" and "V1;" not in first["notes"] and first["notes"].endswith("V1")
    assert first["published"] == "2024-01-02 07:30:00" and first["authors"] is None  # V1 has no authors key
    assert first["summary"] == "A short dek\nover two lines"
    assert first["blocks"] == [
        {"kind": "paragraph", "text": "A short dek over two lines", "optional": True},
        {"kind": "paragraph", "text": "Early text.", "optional": False},
        {"kind": "heading", "text": "A subheading", "optional": False},
        {"kind": "paragraph", "text": "More early text.", "optional": False},
    ]
    second = rows["xx-Gazette_2024_03_04"]
    assert second["headline"] == "Second version page" and second["authors"] == ["Ola Berg"]
    assert second["summary"] == "" and second["url"] == "https://gazette.example/second" and second["site"] == "Gazette"
    daily = rows["zz-Daily_2023_05_06"]
    assert daily["blocks"][0]["text"] == "新しい図書館が開館した" and daily["language"] == "ja"
    assert daily["authors"] == []


def test_a_publisher_with_more_pages_than_versions_is_an_error(tmp_path: Path) -> None:
    source = make_fundus(tmp_path / "src")
    expected = source / DATA / "xx" / "Gazette.json"
    data = json.loads(expected.read_text())
    del data["V1_1"]
    write(expected, data)
    with pytest.raises(ImportFailure, match="1 parser versions for 2 page files") as err:
        list(FundusImporter().read(source))
    assert err.value.file == str(expected)


def test_a_page_missing_from_meta_info_and_a_bad_section_are_named(tmp_path: Path) -> None:
    source = make_fundus(tmp_path / "src")
    write(source / DATA / "zz" / "meta.info", {})
    with pytest.raises(ImportFailure, match="field missing") as err:
        list(FundusImporter().read(source))
    assert (err.value.file, err.value.field) == (str(source / DATA / "zz" / "meta.info"), "Daily_2023_05_06.html.gz")
    source = make_fundus(tmp_path / "src2")
    expected = source / DATA / "zz" / "Daily.json"
    data = json.loads(expected.read_text())
    data["V1"]["body"]["sections"][0]["paragraphs"] = "not a list"
    write(expected, data)
    with pytest.raises(ImportFailure) as err:
        list(FundusImporter().read(source))
    assert (err.value.file, err.value.field) == (str(expected), "V1.body.sections[0].paragraphs")
