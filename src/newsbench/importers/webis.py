"""The Webis web-content-extraction benchmark, combined format: ground-truth/<dataset>.jsonl, html/<dataset>/.

Not seen here: designed from the benchmark's documentation and conversion code (Bevendorff et
al., 2023; `wceb convert-datasets`), with these assumptions, each checked with a clear error:
- the folder (`datasets/combined/` of the repository, or what `combined.tar.xz` unpacks to)
  holds `ground-truth/<dataset>.jsonl` and `html/<dataset>/<page_id>.html[.gz|.lz4]`;
- each JSONL line is {"page_id": sha256 hex of the original page file, "plaintext": gold main
  text, "url": optional, "source": [dataset, case] optional};
- the HTML was re-encoded to UTF-8 by the converter (so it is decoded as declared UTF-8, and
  html_sha256 is the sha256 of those bytes, not page_id); `.lz4` files need the lz4 package.

Mapping: id = page_id; body = plaintext, one required paragraph per non-empty line; url =
"url" or ""; site = the URL's host, else the dataset name; notes = "source: dataset/case".
Excluded: the `readability` and `scrapinghub` subsets (newsbench imports them from their own
sources as `readability` and `aeb`), lines with an empty plaintext, pages whose HTML file is
absent (the converter writes none for an empty page) and a page_id already seen.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbench.corpus.sources import MAX_PAGE_BYTES
from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import host, page_language, paragraphs, read_bytes, read_page, require

DUPLICATE_SUBSETS = {"readability": "readability", "scrapinghub": "aeb"}
SUFFIXES = (".html", ".html.gz", ".html.lz4")


class WebisImporter(Importer):
    """The human-annotated subsets of the Webis combined web-content-extraction benchmark."""

    name = "webis"
    description = ("The Webis web-content-extraction benchmark (Bevendorff et al., 2023) in its combined format: "
                   "pages of eight earlier datasets (CETD, CleanEval, CleanPortalEval, Dragnet, Google-Trends-2017, "
                   "L3S-GN1, Readability, Scrapinghub) with the main content as plain text.")
    url = "https://github.com/chatnoir-eu/web-content-extraction-benchmark"
    licence = ("Code: Apache-2.0. Pages and gold come from eight earlier research datasets, each under its own "
               "terms; the pages' copyright stays with their publishers.")
    terms = ("The combined dataset redistributes pages and annotations of eight earlier research datasets for "
             "research on content extraction. Use them for evaluation only, cite the original datasets, and do "
             "not redistribute them.")
    gold_nature = "independent human gold"
    fields = ("body", "blocks")

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every line of every ground-truth file, dataset by dataset, in file order."""
        root = _root(Path(source))
        seen: set[str] = set()
        for path in sorted((root / "ground-truth").glob("*.jsonl")):
            for number, item in _lines(path):
                page = self._page(root, path, number, item, seen)
                seen.add(page.id)
                yield page

    def _page(self, root: Path, path: Path, number: int, item: Any, seen: set[str]) -> ImportedPage:
        where = f"line {number}"
        page_id = require(item, "page_id", str, path, where)
        text = require(item, "plaintext", str, path, where)
        dataset = path.stem
        if page_id in seen:
            return ImportedPage.exclude(f"{dataset}-{page_id}", path, f"page_id {page_id} already listed by an earlier line")
        if dataset in DUPLICATE_SUBSETS:
            return ImportedPage.exclude(page_id, path, f"{dataset} subset: imported from its own source as "
                                                       f"`{DUPLICATE_SUBSETS[dataset]}`")
        if not text.strip():
            return ImportedPage.exclude(page_id, path, "empty plaintext")
        html = next((root / "html" / dataset / f"{page_id}{s}" for s in SUFFIXES
                     if (root / "html" / dataset / f"{page_id}{s}").is_file()), None)
        if html is None:
            return ImportedPage.exclude(page_id, path, "no HTML file")
        url = item.get("url") if isinstance(item.get("url"), str) else ""
        case = item.get("source") if isinstance(item.get("source"), list) else [dataset]
        raw = _html_bytes(html)
        return ImportedPage(id=page_id, source_file=str(html), url=url, site=host(url) or dataset,
                            language=page_language(raw), raw=raw, declared="utf-8", blocks=paragraphs(text),
                            notes="source: " + "/".join(str(c) for c in case))


def _root(source: Path) -> Path:
    for candidate in (source, source / "combined", source / "datasets" / "combined"):
        if (candidate / "ground-truth").is_dir():
            return candidate
    raise ImportFailure("no ground-truth/ folder (expected the combined dataset)", file=str(source))


def _lines(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) of each non-blank line of a JSONL file."""
    try:
        text = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"not UTF-8: {exc}", file=str(path)) from exc
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                raise ImportFailure(f"not JSON: {exc}", file=str(path), field=f"line {number}") from exc
            except RecursionError as exc:
                raise ImportFailure("JSON nested too deeply to read", file=str(path), field=f"line {number}") from exc


def _html_bytes(path: Path) -> bytes:
    if path.suffix != ".lz4":
        return read_page(path)
    try:
        import lz4.frame  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ImportFailure("an .lz4 page needs the lz4 package (pip install lz4)", file=str(path)) from exc
    packed = read_bytes(path, MAX_PAGE_BYTES, "page")
    try:
        with lz4.frame.open(io.BytesIO(packed), "rb") as stream:
            raw = bytes(stream.read(MAX_PAGE_BYTES + 1))
    except (OSError, RuntimeError, EOFError) as exc:
        raise ImportFailure(f"unreadable lz4 file: {exc}", file=str(path)) from exc
    if len(raw) > MAX_PAGE_BYTES:  # a small .lz4 can unpack to gigabytes
        raise ImportFailure(f"page is over the {MAX_PAGE_BYTES // 2**20} MiB limit once unpacked", file=str(path))
    return raw
