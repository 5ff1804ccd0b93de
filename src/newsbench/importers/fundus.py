"""Fundus's parser test data: <country>/<Publisher>_<YYYY_MM_DD>.html.gz with <Publisher>.json and meta.info.

Verified against the real copy: flairNLP/fundus at commit 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8
(258 pages, all imported; the copy in ../shared/corpora/fundus, tests/importers/test_shared_corpora.py).

Format as distributed (tests/resources/parser/test_data): per country folder, gzipped pages
that Fundus's test harness writes and reads as UTF-8 (decoded here as declared UTF-8, whatever
their meta charset says); `<Publisher>.json` maps parser versions (V1, V1_1, V2 ...) to the
attributes Fundus's parser extracted and its developers reviewed; `meta.info` maps each
page file to {url, crawl_date}. A publisher's pages sorted by date match its version keys
sorted numerically, one to one. Entries of meta.info without a page file are ignored.

Mapping: id = "<country>-<file stem>"; url from meta.info; site = the publisher; headline =
title; published = publishing_date (ISO 8601 with a space); authors = authors (null when the
version has no such key: not tested); summary = body.summary lines joined by newlines; blocks
= the summary as one optional paragraph (GUIDELINES 6), then per section its headline lines as
required `heading` blocks and its paragraphs as required `paragraph` blocks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbench.corpus.schema import Block
from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import (
    blocks_of,
    iso_date,
    join_lines,
    page_language,
    read_json,
    read_page,
    require,
    string_list,
)

DATA = Path("tests") / "resources" / "parser" / "test_data"
_PAGE = re.compile(r"(?P<publisher>.+)_(?P<date>\d{4}_\d{2}_\d{2})\.html\.gz")


class FundusImporter(Importer):
    """Fundus's per-publisher parser test pages with their reviewed expected attributes."""

    name = "fundus"
    description = ("Fundus's parser test data: one or more pages per supported news publisher in many "
                   "countries, with the title, date, authors and body Fundus's publisher-specific parser is "
                   "expected to extract.")
    url = "https://github.com/flairNLP/fundus"
    licence = "Repository: MIT. Each page's copyright stays with its publisher."
    terms = ("The test pages are copies of third-party news pages kept for testing Fundus's parsers; their "
             "copyright stays with their publishers. Use them for evaluation only and do not redistribute them.")
    gold_nature = "tool output reviewed by people"
    fields = ("headline", "published", "authors", "summary", "body", "blocks")

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every page of every country folder, country by country, publisher by publisher, by date."""
        root = Path(source) / DATA if (Path(source) / DATA).is_dir() else Path(source)
        countries = sorted(p for p in root.iterdir() if p.is_dir() and (p / "meta.info").is_file())
        if not countries:
            raise ImportFailure("no <country>/meta.info folders", file=str(root))
        for country in countries:
            yield from self._country(country)

    def _country(self, folder: Path) -> Iterator[ImportedPage]:
        meta = read_json(folder / "meta.info")
        by_publisher: dict[str, list[tuple[str, Path]]] = defaultdict(list)
        for path in folder.glob("*.html.gz"):
            found = _PAGE.fullmatch(path.name)
            if found is None:
                raise ImportFailure("page file name is not <Publisher>_<YYYY_MM_DD>.html.gz", file=str(path))
            by_publisher[found["publisher"]].append((found["date"], path))
        for publisher in sorted(by_publisher):
            expected_path = folder / f"{publisher}.json"
            expected = read_json(expected_path)
            versions = sorted(expected, key=_version_key) if isinstance(expected, dict) else []
            pages = sorted(by_publisher[publisher])
            if len(versions) != len(pages):
                raise ImportFailure(f"{len(versions)} parser versions for {len(pages)} page files",
                                    file=str(expected_path))
            for version, (_, path) in zip(versions, pages, strict=True):
                yield self._page(path, publisher, version, expected[version], expected_path, meta)

    def _page(self, path: Path, publisher: str, version: str, attrs: Any, expected_path: Path,
              meta: Any) -> ImportedPage:
        info = require(meta, path.name, dict, path.parent / "meta.info")
        url = require(info, "url", str, path.parent / "meta.info", path.name)
        title = require(attrs, "title", str, expected_path, version)
        published, note = iso_date(require(attrs, "publishing_date", (str, type(None)), expected_path, version),
                                  expected_path, f"{version}.publishing_date")
        authors = string_list(attrs["authors"], expected_path, f"{version}.authors") if "authors" in attrs else None
        summary, blocks = _body(require(attrs, "body", dict, expected_path, version), expected_path, version)
        raw = read_page(path)
        notes = "; ".join(n for n in (f"Fundus parser {publisher} {version}", note) if n)
        return ImportedPage(
            id=f"{path.parent.name}-{path.name.removesuffix('.html.gz')}", source_file=str(path), url=url,
            site=publisher, language=page_language(raw), raw=raw, declared="utf-8", headline=title.strip(),
            published=published, authors=authors, summary=summary, blocks=blocks, notes=notes,
        )


def _version_key(version: str) -> tuple[int, ...]:
    """V1 < V1_1 < V1_2 < V2: the numbers of a parser version key."""
    return tuple(int(n) for n in re.findall(r"\d+", version))


def _body(body: dict[str, Any], path: Path, version: str) -> tuple[str, tuple[Block, ...]]:
    """The summary (lines joined by newlines) and the blocks of a Fundus ArticleBody."""
    lines = [s.strip() for s in string_list(body.get("summary", []), path, f"{version}.body.summary") if s.strip()]
    blocks = list(blocks_of([join_lines(lines)], optional=True))
    sections = require(body, "sections", list, path, f"{version}.body")
    for n, section in enumerate(sections):
        where = f"{version}.body.sections[{n}]"
        blocks += blocks_of(string_list(require(section, "headline", list, path, where), path, where), "heading")
        blocks += blocks_of(string_list(require(section, "paragraphs", list, path, where), path, where))
    if not any(not b.optional for b in blocks):
        raise ImportFailure("the expected body has no paragraph", file=str(path), field=f"{version}.body")
    return "\n".join(lines), tuple(blocks)
