"""The helpers importers share: line joining, language, dates, hosts."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from newsbench.corpus.schema import Block
from newsbench.importers.base import ImportFailure
from newsbench.importers.files import host, iso_date, join_lines, page_language, paragraphs, read_bytes, read_page


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


# Issue 12: a page is capped on import as validate caps ours, after unpacking; special files are refused.
def test_a_gzipped_page_that_unpacks_past_the_page_limit_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "a1.html.gz"
    with gzip.open(bomb, "wb") as out:
        for _ in range(9):
            out.write(bytes(2**20))  # 9 MiB of zeros: a 9 KB file
    assert bomb.stat().st_size < 64 * 1024
    with pytest.raises(ImportFailure, match="page is over the 8 MiB limit once unpacked") as err:
        read_page(bomb)
    assert err.value.file == str(bomb)
    assert len(read_bytes(bomb)) == 9 * 2**20  # a data file (JSON) may be larger than a page


def test_a_fifo_or_a_directory_in_a_source_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a1.html")
    with pytest.raises(ImportFailure, match="page is a FIFO"):
        read_page(tmp_path / "a1.html")
    (tmp_path / "b2.html").mkdir()
    with pytest.raises(ImportFailure, match="page is a directory"):
        read_page(tmp_path / "b2.html")


@pytest.mark.slow
def test_an_import_with_a_page_bomb_stops_naming_the_file(tmp_path: Path) -> None:
    from importers.sources import make_aeb, newsbench

    source = make_aeb(tmp_path / "aeb")
    with gzip.open(source / "html" / "b2.html.gz", "wb", compresslevel=1) as out:
        out.write(b"<html><body>" + b" " * (600 * 2**20 // 100) + b"</body></html>")  # 6 MiB: within the limit
    assert newsbench("import", "aeb", str(source), "--output", str(tmp_path / "ok")).returncode == 0
    with gzip.open(source / "html" / "b2.html.gz", "wb", compresslevel=1) as out:
        for _ in range(600):
            out.write(b" " * 2**20)  # 600 MiB once unpacked, as reported in the issue
    done = newsbench("import", "aeb", str(source), "--output", str(tmp_path / "out"))
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"error: {source / 'html' / 'b2.html.gz'}: page is over the 8 MiB limit "
                                        "once unpacked"]
    assert not (tmp_path / "out").exists()
