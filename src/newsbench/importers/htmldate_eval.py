"""htmldate's evaluation pages: tests/eval_*.json ({url: {"file", "date"}}) with pages in tests/test_set, cache or eval.

Layout verified against adbar/htmldate's tests/ (the repository, read in the code index; no real
copy is in ../shared/corpora): `tests/eval_default.json` and `tests/eval_mediacloud_2020.json`
(commit 3c39954d6dccf226aca56120ef4594d9dbebc38b) each map a URL to {"file": name, "date":
"YYYY-MM-DD"} (the date may be null or NaN: the page states no date; the mediacloud pages are
named by number, e.g. "1628285861.html"); htmldate's comparison script looks for a page file
in `tests/test_set/`, `tests/cache/` and `tests/eval/`, in that order, and so does this importer
(the 200 pages of eval_mediacloud_2020 are in test_set/); a page may also be gzipped
(`<file>.gz`). Older releases keep one dict as the `EVAL_PAGES` literal of `tests/comparison.py`
(read with ast.literal_eval, never executed). Pages are raw bytes as fetched, decoded as a
browser would (`importers.base.write_corpus`). Tested on a fixture written from that layout
(tests/importers/sources.py, make_htmldate). htmldate's published evaluation gives the tools the
HTML only: import with `--withhold-urls` to reproduce it.

The gold is the publication date only: published = date (null when the set gives none, noted
"htmldate gold: no date"); every other gold column is null. id = "<set>-<file stem>"; url =
the key. Excluded: entries whose file is absent (some sets ship annotations only) and empty page
files.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import first_of_each_id, host, iso_date, page_language, read_json, read_page, require
from newsbench.importers.trafilatura_eval import literal_assignment

PAGE_FOLDERS = ("test_set", "cache", "eval")  # htmldate's comparison script looks in this order


class HtmldateEvalImporter(Importer):
    """htmldate's evaluation sets: web pages with their hand-checked publication date."""

    name = "htmldate_eval"
    description = ("htmldate's evaluation sets: web pages (news, blogs, institutional pages; German, English and "
                   "many other languages) with the publication day a date extractor should find.")
    url = "https://github.com/adbar/htmldate"
    licence = "Repository: Apache-2.0 (GPL-3.0-or-later before version 1.4). Each page's copyright stays with its publisher."
    terms = ("The evaluation pages are copies of third-party web pages kept for testing htmldate; their copyright "
             "stays with their publishers. Use them for evaluation only and do not redistribute them.")
    gold_nature = "independent human gold"
    body_gold = "none: the gold is the publication date only"
    fields = ("published",)

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every annotated page of every evaluation set, set by set, in key order."""
        tests = Path(source) / "tests" if (Path(source) / "tests").is_dir() else Path(source)
        found = (self._page(tests, set_name, path, key, pages[key])
                 for set_name, path, pages in _sets(tests) for key in sorted(pages))
        yield from first_of_each_id(found, "file already annotated under another URL")

    def _page(self, tests: Path, set_name: str, path: Path, key: str, item: Any) -> ImportedPage:
        name = require(item, "file", str, path, key)
        page_id = f"{set_name}-{name.removesuffix('.html').removesuffix('.htm')}"
        date = item.get("date") if isinstance(item, dict) else None
        if date is not None and not isinstance(date, (str, float)):
            raise ImportFailure(f"expected a date string or null, found {type(date).__name__}", file=str(path),
                                field=f"{key}.date")
        file = next((f for d in PAGE_FOLDERS for f in (tests / d / name, tests / d / f"{name}.gz") if f.is_file()),
                    None)
        if file is None:
            return ImportedPage.exclude(page_id, path, f"page file {name} not in the archive")
        raw = read_page(file)
        if not raw:
            return ImportedPage.exclude(page_id, file, "empty page file")
        no_date = date is None or (isinstance(date, float) and math.isnan(date))
        published, note = iso_date(None if no_date else date, path, f"{key}.date")
        url = key if key.startswith(("http://", "https://")) else ""
        return ImportedPage(id=page_id, source_file=str(file), url=url, site=host(url), language=page_language(raw),
                            raw=raw, published=published, notes="htmldate gold: no date" if no_date else note)


def _sets(tests: Path) -> list[tuple[str, Path, dict[str, Any]]]:
    """(set name, file, pages) of each tests/eval_<set>.json, or of EVAL_PAGES in tests/comparison.py."""
    found = []
    for path in sorted(tests.glob("eval_*.json")):
        data = read_json(path)
        if not isinstance(data, dict):
            raise ImportFailure("expected a dict of pages by URL", file=str(path))
        found.append((path.stem.removeprefix("eval_"), path, data))
    if not found:
        path = tests / "comparison.py"
        data = literal_assignment(path, "EVAL_PAGES")
        if not isinstance(data, dict):
            raise ImportFailure("expected a dict of pages by URL", file=str(path), field="EVAL_PAGES")
        found.append(("comparison", path, data))
    return found
