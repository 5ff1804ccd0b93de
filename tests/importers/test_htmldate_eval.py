"""The htmldate evaluation-set importer on a tiny hand-written copy of its format."""

from __future__ import annotations

from pathlib import Path

import pytest
from importers.sources import import_rows, make_htmldate, write

from newsbench.importers.base import ImportFailure
from newsbench.importers.htmldate_eval import HtmldateEvalImporter


def test_the_date_is_the_only_gold(tmp_path: Path) -> None:
    summary, rows = import_rows("htmldate_eval", make_htmldate(tmp_path / "src"), tmp_path / "out")
    assert sorted(rows) == ["default-blog.example", "default-club.example", "default-old.example",
                            "mediacloud_2020-1628285861", "mediacloud_2020-1716869064"]
    club = rows["default-club.example"]
    assert club["published"] == "2019-06-20" and club["url"] == "https://club.example/news/1"
    assert club["site"] == "club.example" and club["blocks"] is None and club["body"] is None
    assert club["headline"] is None and club["authors"] is None
    assert rows["default-blog.example"]["published"] == "2017-08-30"  # read from blog.example.html.gz
    assert rows["default-old.example"]["published"] == "2015-03-01"  # read from eval/
    nan = rows["mediacloud_2020-1628285861"]
    assert nan["published"] is None and nan["notes"] == "htmldate gold: no date"
    assert dict(summary.exclusions) == {  # type: ignore[attr-defined]
        "default-gone.example": "page file gone.example.html not in the archive"}


def test_pages_are_looked_for_in_test_set_then_cache_then_eval(tmp_path: Path) -> None:
    # htmldate's comparison script finds the mediacloud pages in tests/test_set/; a file of the same
    # name in cache/ is not the one the set means.
    pages = {p.id: p for p in HtmldateEvalImporter().read(make_htmldate(tmp_path / "src"))}
    page = pages["mediacloud_2020-1716869064"]
    assert page.source_file.endswith("tests/test_set/1716869064.html") and b"21 September 2020" in page.raw


def test_older_releases_keep_the_sets_in_comparison_py(tmp_path: Path) -> None:
    source = make_htmldate(tmp_path / "src")
    for path in (source / "tests").glob("eval_*.json"):
        path.unlink()
    write(source / "tests" / "comparison.py",
          "import os\nEVAL_PAGES = {'https://club.example/news/1': {'file': 'club.example.html', 'date': '2019-06-20'}}\n")
    pages = list(HtmldateEvalImporter().read(source))
    assert [(p.id, p.published) for p in pages] == [("comparison-club.example", "2019-06-20")]


def test_a_mistyped_date_is_named(tmp_path: Path) -> None:
    source = make_htmldate(tmp_path / "src")
    path = write(source / "tests" / "eval_default.json", {"https://x.example/": {"file": "club.example.html", "date": [1]}})
    with pytest.raises(ImportFailure, match="expected a date string or null") as err:
        list(HtmldateEvalImporter().read(source))
    assert (err.value.file, err.value.field) == (str(path), "https://x.example/.date")
