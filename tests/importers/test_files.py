"""The helpers importers share: line joining, language, dates, hosts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbench.corpus.schema import Block
from newsbench.importers.base import ImportFailure
from newsbench.importers.files import host, iso_date, join_lines, page_language, paragraphs


def test_lines_join_with_a_space_except_between_han_kana_or_thai() -> None:
    assert join_lines(["Orders doubled", " Shares up 14%", ""]) == "Orders doubled Shares up 14%"
    assert join_lines(["熊本に新工場", "来春稼働へ"]) == "熊本に新工場来春稼働へ"
    assert join_lines(["ราคา", "น้ำมัน"]) == "ราคาน้ำมัน"
    assert join_lines(["서울 시장", "선거"]) == "서울 시장 선거"  # Korean separates words with spaces
    assert join_lines(["Tokyo", "東京"]) == "Tokyo 東京"


def test_language_comes_from_the_source_then_the_page_then_und() -> None:
    page = b'<!doctype html><html class="x" lang="pt_BR"><head>'
    assert page_language(page) == "pt-BR" and page_language(page, "de") == "de"
    assert page_language(page, "not a tag!") == "pt-BR"
    assert page_language(b"<html><body>no lang</body></html>") == "und"
    assert page_language(b"", "EN-us") == "en-US" and page_language(b"", "zh-hant-tw") == "zh-Hant-TW"


def test_dates_are_kept_only_when_iso(tmp_path: Path) -> None:
    where = tmp_path / "meta.json"
    assert iso_date("2024-03-01 07:30:00", where, "date") == ("2024-03-01 07:30:00", "")
    assert iso_date(None, where, "date") == (None, "") and iso_date(float("nan"), where, "date") == (None, "")
    value, note = iso_date("2024-05", where, "date")
    assert value is None and "'2024-05'" in note


@pytest.mark.parametrize("value", ["2024-02-30", "2024-03-01T10:00+24:00", "0001-01-01T00:00+05:00"])
def test_a_date_in_iso_form_that_names_no_moment_is_an_error_naming_file_and_field(tmp_path: Path, value: str) -> None:
    with pytest.raises(ImportFailure, match="unusable gold date") as err:
        iso_date(value, tmp_path / "meta.json", "items[3].date")
    assert (err.value.file, err.value.field) == (str(tmp_path / "meta.json"), "items[3].date")


def test_paragraphs_and_hosts() -> None:
    assert paragraphs(" One.\r\n\n  Two. \n") == (Block("paragraph", "One."), Block("paragraph", "Two."))
    assert host("https://www.news.example:8080/a") == "news.example" and host("page.html") == ""
