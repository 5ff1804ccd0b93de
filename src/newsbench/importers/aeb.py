"""Zyte's article-extraction-benchmark (AEB): ground-truth.json and html/<id>.html.gz.

Verified against the real copy: scrapinghub/article-extraction-benchmark at commit
4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 (181 pages, all imported; the copy in ../shared/corpora/aeb,
tests/importers/test_shared_corpora.py).

Format as distributed (README.rst of the repository): `ground-truth.json` maps an item id to
{"articleBody": text, "url": optional}; the page is `html/<id>.html.gz`, gzip-compressed and
UTF-8 encoded (fetched with Splash, JS disabled), so it is decoded as declared UTF-8.

Mapping: id = the item id; body = articleBody split into one required paragraph block per
non-empty line; headline = a "headline" key when the ground truth has one (the published file
has none, so it is null); every other gold column is null. An HTML file without a ground-truth
entry is excluded; a ground-truth entry without its HTML file is an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import host, page_language, paragraphs, read_json, read_page, require

SUFFIX = ".html.gz"


class AebImporter(Importer):
    """The 181 news pages of Zyte's article-extraction-benchmark, body gold only."""

    name = "aeb"
    description = ("Zyte's article-extraction-benchmark: 181 English-language news and blog pages with a "
                   "human-annotated article body (no other field).")
    url = "https://github.com/scrapinghub/article-extraction-benchmark"
    licence = "Repository: MIT. Each page's copyright stays with its publisher."
    terms = ("The HTML pages are copies of third-party news pages published for benchmarking; their copyright "
             "stays with their publishers. Use them for evaluation only and do not redistribute them.")
    gold_nature = "independent human gold"
    fields = ("body", "blocks")

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every ground-truth item with its page, then every page without ground truth (excluded)."""
        source = Path(source)
        truth_path = source / "ground-truth.json"
        truth = read_json(truth_path)
        if not isinstance(truth, dict):
            raise ImportFailure("expected an object of items by id", file=str(truth_path))
        for item_id in sorted(truth):
            yield self._page(source, truth_path, item_id, truth[item_id])
        html_dir = source / "html"
        for path in sorted(html_dir.glob(f"*{SUFFIX}")):
            item_id = path.name[: -len(SUFFIX)]
            if item_id not in truth:
                yield ImportedPage.exclude(item_id, path, "no ground-truth entry")

    def _page(self, source: Path, truth_path: Path, item_id: str, item: object) -> ImportedPage:
        if not isinstance(item, dict):
            raise ImportFailure("expected an object", file=str(truth_path), field=item_id)
        body = require(item, "articleBody", str, truth_path, item_id)
        url = require(item, "url", str, truth_path, item_id) if "url" in item else ""
        headline = require(item, "headline", str, truth_path, item_id) if "headline" in item else None
        blocks = paragraphs(body)
        if not blocks:
            raise ImportFailure("empty article body", file=str(truth_path), field=f"{item_id}.articleBody")
        path = source / "html" / f"{item_id}{SUFFIX}"
        raw = read_page(path)
        return ImportedPage(id=item_id, source_file=str(path), url=url, site=host(url), language=page_language(raw),
                            raw=raw, declared="utf-8", headline=headline, blocks=blocks)
