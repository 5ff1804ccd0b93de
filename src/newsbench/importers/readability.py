"""Mozilla Readability's test pages: test/test-pages/<name>/{source.html, expected.html, expected-metadata.json}.

Verified against the real copy: mozilla/readability at commit ab4027a8b37669745016869a37a504727992b2ba
(130 pages, all imported; the copy in ../shared/corpora/readability, tests/importers/test_shared_corpora.py).

Format as distributed: one folder per page. `source.html` is the page; Readability's own test
runner reads it as UTF-8 (some pages' meta charset says otherwise but the bytes are UTF-8), so
it is decoded as declared UTF-8. `expected.html` is the article HTML Readability.js is expected
to return; `expected-metadata.json` holds title, byline, lang, excerpt, siteName,
publishedTime, readerable. Both are Readability's own output, reviewed by its developers.

Mapping: id = the folder name; url = http://fakehost/test/page.html, the address the test
runner gives every page; site = the folder name without a trailing "-<n>" (yahoo-1 and yahoo-2
share a site); headline = title; authors = [byline] as one string ([] when null: the
expectation is "no byline"); published = publishedTime when it is ISO 8601 (else null with a
note); language = lang, else the page's <html lang>, else "und"; body = expected.html split into
blocks at block-level elements (newsbench.text.htmlblocks), every block a required
paragraph. Pages Readability marks as not readerable stay in, with a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from newsbench.corpus.schema import Block
from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import blocks_of, iso_date, page_language, read_bytes, read_json, read_page
from newsbench.text.htmlblocks import html_to_blocks

TEST_URL = "http://fakehost/test/page.html"
FILES = ("source.html", "expected.html", "expected-metadata.json")
_NUMBERED = re.compile(r"-\d+$")


class ReadabilityImporter(Importer):
    """Readability.js' test pages with its reviewed expected article and metadata."""

    name = "readability"
    description = ("Mozilla Readability's test pages: news, blog and reference pages with the article HTML and "
                   "metadata (title, byline, publication time) Readability.js is expected to extract.")
    url = "https://github.com/mozilla/readability"
    licence = "Repository: Apache-2.0. Each page's copyright stays with its publisher."
    terms = ("The test pages are copies of third-party web pages kept for testing Readability.js; their copyright "
             "stays with their publishers. Use them for evaluation only and do not redistribute them.")
    gold_nature = "tool output reviewed by people"
    fields = ("headline", "published", "authors", "body", "blocks")

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """One page per test folder, in name order."""
        root = _pages_root(Path(source))
        for folder in sorted(p for p in root.iterdir() if p.is_dir()):
            yield self._page(folder)

    def _page(self, folder: Path) -> ImportedPage:
        for name in FILES:
            if not (folder / name).is_file():
                raise ImportFailure("file missing", file=str(folder / name))
        meta_path = folder / "expected-metadata.json"
        meta = read_json(meta_path)
        if not isinstance(meta, dict):
            raise ImportFailure("expected an object", file=str(meta_path))
        raw = read_page(folder / "source.html")
        published, note = iso_date(meta.get("publishedTime"), meta_path, "publishedTime")
        byline = _optional_str(meta, "byline", meta_path)
        lang = _optional_str(meta, "lang", meta_path)
        notes = [n for n in (note, "" if meta.get("readerable", True) else "Readability marks it not readerable") if n]
        return ImportedPage(
            id=folder.name, source_file=str(folder / "source.html"), url=TEST_URL,
            site=_NUMBERED.sub("", folder.name), language=page_language(raw, lang), raw=raw, declared="utf-8",
            headline=_optional_str(meta, "title", meta_path), published=published,
            authors=(byline.strip(),) if byline and byline.strip() else (),
            blocks=_expected_blocks(folder / "expected.html"), notes="; ".join(notes),
        )


def _pages_root(source: Path) -> Path:
    """The folder holding one sub-folder per page: SOURCE/test/test-pages, or SOURCE itself."""
    for candidate in (source / "test" / "test-pages", source / "test-pages", source):
        if candidate.is_dir() and any((p / "source.html").is_file() for p in candidate.iterdir() if p.is_dir()):
            return candidate
    raise ImportFailure("no test-pages folder with <name>/source.html", file=str(source))


def _optional_str(meta: dict[str, object], key: str, path: Path) -> str | None:
    value = meta.get(key)
    if value is not None and not isinstance(value, str):
        raise ImportFailure(f"expected a string or null, found {type(value).__name__}", file=str(path), field=key)
    return value


def _expected_blocks(path: Path) -> tuple[Block, ...]:
    try:
        fragment = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFailure(f"not UTF-8: {exc}", file=str(path)) from exc
    blocks = blocks_of(html_to_blocks(fragment))
    if not blocks:
        raise ImportFailure("the expected article has no text", file=str(path))
    return blocks
