"""trafilatura's evaluation set: tests/evaldata.json (or EVAL_PAGES of tests/evaldata.py), pages in tests/cache or tests/eval.

Verified against the real copy: adbar/trafilatura at commit e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5
(2026-08-21; 990 entries, 2951 `with` and 2966 `without` snippets, all 990 imported; the copy in
../shared/corpora/trafilatura, tests/importers/test_shared_corpora.py). Older releases keep the
same dict as the `EVAL_PAGES` literal of `tests/evaldata.py` (read with ast.literal_eval, never
executed). The layout: a dict {url: {"file": name, "with": [...], "without": [...], and
optionally "comments", "title", "author", "date", ...}}; the page `file` is under `tests/cache/`
or `tests/eval/` (looked up in that order, as trafilatura's `eval_common.resolve` does); the
pages are raw bytes as fetched, decoded as a browser would (`importers.base.write_corpus`).

Gold: `with` snippets must appear in a correct extraction, `without` snippets must not (scored
by `metrics.snippets`, as trafilatura's evaluation does). Each `with` snippet is one required
`paragraph` block; `without` and `comments` snippets are stored, never as blocks, in `notes` as
JSON {"without": [...], "comments": [...]} (followed by "; source URL: ..." when imported with
--withhold-urls). The body is not a full text, so body metrics are not
scored on this corpus. Metadata gold, where the entry carries it (most do): headline = `title`,
published = `date` (a full ISO date; other forms are left null with a note), authors = `author`
split at ";" (trafilatura's separator of several authors; a list is taken as it is). An empty
or missing `title`, `date` or `author` is null, "not annotated" (trafilatura's own metadata
evaluation skips such entries too), not "the page states none". id = the file name without
.html/.htm; url = the key. Excluded: entries whose file is absent or empty, and entries without
`with` snippets.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import (
    blocks_of,
    first_of_each_id,
    host,
    iso_date,
    page_language,
    read_bytes,
    read_json,
    read_page,
    require,
    string_list,
)

PAGE_FOLDERS = ("cache", "eval")


class TrafilaturaEvalImporter(Importer):
    """trafilatura's hand-made evaluation set: must-appear and must-not-appear snippets per page."""

    name = "trafilatura_eval"
    description = ("trafilatura's evaluation set: several hundred web pages, mostly German and English news and "
                   "blog pages, each with hand-picked text snippets a correct extraction must contain and "
                   "boilerplate snippets it must not.")
    url = "https://github.com/adbar/trafilatura"
    licence = "Repository: Apache-2.0 (GPL-3.0-or-later before version 1.8). Each page's copyright stays with its publisher."
    terms = ("The evaluation pages are copies of third-party web pages kept for testing trafilatura; their "
             "copyright stays with their publishers. Use them for evaluation only and do not redistribute them.")
    gold_nature = "independent human gold"
    body_gold = ("snippets, not full text: each `with` snippet is a required paragraph block; `without` and "
                 "`comments` snippets are in notes as JSON")
    fields = ("headline", "published", "authors", "body", "blocks")

    def read(self, source: Path) -> Iterator[ImportedPage]:
        """Every annotated page, in key order."""
        tests = Path(source) / "tests" if (Path(source) / "tests").is_dir() else Path(source)
        path, pages = load_evaldata(tests)
        found = (self._page(tests, path, key, pages[key]) for key in sorted(pages))
        yield from first_of_each_id(found, "file already annotated under another URL")

    def _page(self, tests: Path, path: Path, key: str, item: Any) -> ImportedPage:
        name = require(item, "file", str, path, key)
        page_id = name.removesuffix(".html").removesuffix(".htm")
        with_ = string_list(item.get("with", []), path, f"{key}.with")
        without = string_list(item.get("without", []), path, f"{key}.without")
        comments = string_list(item.get("comments", []), path, f"{key}.comments")
        file = next((tests / d / name for d in PAGE_FOLDERS if (tests / d / name).is_file()), None)
        if file is None:
            return ImportedPage.exclude(page_id, path, f"page file {name} not in tests/cache or tests/eval")
        if not blocks_of(with_):
            return ImportedPage.exclude(page_id, file, "no `with` snippets")
        raw = read_page(file)
        if not raw:
            return ImportedPage.exclude(page_id, file, "empty page file")
        url = key if key.startswith(("http://", "https://")) else ""
        published, date_note = _date(item.get("date") or None, path, f"{key}.date")
        notes: dict[str, Any] = {"without": list(without), "comments": list(comments)}
        if date_note:
            notes["date"] = date_note
        return ImportedPage(id=page_id, source_file=str(file), url=url, site=host(url), language=page_language(raw),
                            raw=raw, blocks=blocks_of(with_), notes=json.dumps(notes, ensure_ascii=False),
                            headline=_text(item.get("title"), path, f"{key}.title"), published=published,
                            authors=_authors(item.get("author"), path, f"{key}.author"))


def _date(value: Any, path: Path, where: str) -> tuple[str | None, str]:
    """The `date` gold (`files.iso_date`), except that a date naming no real day is null with a note.

    The real set has two such dates, month and day swapped (2022-29-11, 2022-25-10): one entry's
    date gold is unusable, not the corpus, so the entry is kept with its snippets and other gold.
    """
    try:
        return iso_date(value, path, where)
    except ImportFailure:
        return None, f"source date {value!r} names no real day; published left null"


def _text(value: Any, path: Path, where: str) -> str | None:
    """A metadata string of an entry; empty or missing is None (not annotated)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ImportFailure(f"expected a string, found {type(value).__name__}", file=str(path), field=where)
    return value.strip() or None


def _authors(value: Any, path: Path, where: str) -> tuple[str, ...] | None:
    """The `author` gold: a string split at ";", or a list of names; empty or missing is None (not annotated)."""
    if isinstance(value, list):
        names = string_list(value, path, where)
    else:
        text = _text(value, path, where)
        names = () if text is None else tuple(text.split(";"))
    names = tuple(n.strip() for n in names if n.strip())
    return names or None


def load_evaldata(tests: Path) -> tuple[Path, dict[str, Any]]:
    """The annotation file and its dict: evaldata.json if present, else EVAL_PAGES of evaldata.py."""
    if (tests / "evaldata.json").is_file():
        path = tests / "evaldata.json"
        data = read_json(path)
    else:
        path = tests / "evaldata.py"
        data = literal_assignment(path, "EVAL_PAGES")
    if not isinstance(data, dict):
        raise ImportFailure("expected a dict of pages by URL", file=str(path))
    return path, data


def literal_assignment(path: Path, name: str) -> Any:
    """The value of the top-level `name = <literal>` in a Python file, evaluated as a literal only."""
    try:
        tree = ast.parse(read_bytes(path).decode("utf-8"), filename=str(path))
    except (SyntaxError, UnicodeDecodeError) as exc:
        raise ImportFailure(f"not readable Python: {exc}", file=str(path)) from exc
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            try:
                return ast.literal_eval(node.value)
            except (ValueError, TypeError, SyntaxError) as exc:
                raise ImportFailure(f"not a literal: {exc}", file=str(path), field=name) from exc
    raise ImportFailure("no such top-level assignment", file=str(path), field=name)
