"""WCXB, the Web Content eXtraction Benchmark: <split>/html/<id>.html.gz, <split>/ground-truth/<id>.json.

Verified against the real copy: Murrough-Foley/web-content-extraction-benchmark at commit
c039d5ee9f5a3a984a0e167e63aacd04e76e78a9, dev split (1,497 ground-truth files, 1,476 imported; the
copy in ../shared/corpora/wcxb holds the dev split only). Both splits are public at that commit
(README "Directory Structure": dev/ with 1,497 pages, test/ with 511, the same layout), so
`split` chooses one (`newsbench import wcxb PATH --split test`); the test split is tested on a
fixture written from that description (tests/importers/test_wcxb.py).

Format as distributed (README.md of the repository): each ground-truth file is
{"schema_version", "url", "file_id", "_internal": {"page_type": {"primary", ...}}, "ground_truth":
{"title", "author", "publish_date", "main_content", "with", "without", ...}}; the page is the
gzipped HTML of the same stem, read as UTF-8 by WCXB's own evaluator (decoded here as declared
UTF-8). `metadata.json` gives each file's domain, page type and split.

Mapping: id = the file stem; url = "url" (the top-level key, else ground_truth.url, else ""
with a note); site = the metadata domain, else the URL's host; headline = title; authors =
[author] as one string ([] when null); published = publish_date when a full ISO date (a month
alone becomes null with a note); body = main_content, one required paragraph block per
non-empty line (headings cannot be told apart in plain text). The with/without snippets are
not imported. A page whose main_content is empty or missing is excluded. The page type and,
where metadata.json gives a split other than dev for a file of the dev folder, that label, go
into notes (in the real copy's metadata.json, 139 files of dev/ are labelled "test": the
labels of the 2,008 files sum to 1,358 dev and 511 test).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import host, iso_date, page_language, paragraphs, read_json, read_page, require

SPLITS = ("dev", "test")


class WcxbImporter(Importer):
    """WCXB's public dev split: articles, forums, products, listings and other page types."""

    name = "wcxb"
    description = ("WCXB (Web Content eXtraction Benchmark), development split: pages of seven types (about half "
                   "of them articles) from over a thousand domains, with the main content as plain text, title, "
                   "author and publication date.")
    url = "https://github.com/Murrough-Foley/web-content-extraction-benchmark"
    licence = "CC-BY-4.0 (the dataset, as its LICENSE states)."
    terms = "CC-BY-4.0: attribute WCXB (Foley, Web Content eXtraction Benchmark) when you use or share it."
    restricts_redistribution = False
    gold_nature = "model-drafted and reviewed"
    fields = ("headline", "published", "authors", "body", "blocks")
    split_note = "WCXB's own split: dev"

    def __init__(self, split: str = "dev") -> None:
        if split not in SPLITS:
            raise ImportFailure(f"wcxb has the splits {', '.join(SPLITS)}, not {split!r}", field="split")
        self.split = split

    def card_record(self) -> dict[str, Any]:
        """The card's record, naming the split imported."""
        return {**super().card_record(), "split_note": f"WCXB's own split: {self.split}"}

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every ground-truth file of the chosen split, in id order."""
        source = Path(source)
        truth_dir = source / self.split / "ground-truth"
        if not truth_dir.is_dir():
            raise ImportFailure(f"no {self.split}/ground-truth folder", file=str(source))
        files = _metadata(source / "metadata.json")
        for path in sorted(truth_dir.glob("*.json")):
            yield self._page(source, path, files.get(path.stem, {}))

    def _page(self, source: Path, path: Path, meta: dict[str, Any]) -> ImportedPage:
        data = read_json(path)
        truth = require(data, "ground_truth", dict, path)
        main = truth.get("main_content")
        if not isinstance(main, str) or not main.strip():
            return ImportedPage.exclude(path.stem, path, "the ground truth has no main_content")
        url = data.get("url") or truth.get("url") or ""
        published, date_note = iso_date(truth.get("publish_date"), path, "ground_truth.publish_date")
        author = truth.get("author")
        title = truth.get("title")
        label = meta.get("split", self.split)
        notes = [f"page type: {_page_type(data, meta)}", date_note, "" if url else "the ground truth gives no URL",
                 "" if label == self.split else f"metadata.json labels this page {label!r}"]
        html_path = source / self.split / "html" / f"{path.stem}.html.gz"
        raw = read_page(html_path)
        return ImportedPage(
            id=path.stem, source_file=str(html_path), url=str(url), site=str(meta.get("domain") or host(str(url))),
            language=page_language(raw), raw=raw, declared="utf-8",
            headline=title if isinstance(title, str) else None, published=published,
            authors=(author.strip(),) if isinstance(author, str) and author.strip() else (),
            blocks=paragraphs(main), license="CC-BY-4.0", notes="; ".join(n for n in notes if n),
        )


def _metadata(path: Path) -> dict[str, dict[str, Any]]:
    """metadata.json's `files` (id -> split, page_type, domain), or {} when the file is absent."""
    if not path.is_file():
        return {}
    files = require(read_json(path), "files", dict, path)
    return {k: v for k, v in files.items() if isinstance(v, dict)}


def _page_type(data: dict[str, Any], meta: dict[str, Any]) -> str:
    page_type = data.get("_internal", {}).get("page_type") if isinstance(data.get("_internal"), dict) else None
    if isinstance(page_type, dict):
        page_type = page_type.get("primary")
    return str(meta.get("page_type") or page_type or "unknown")
