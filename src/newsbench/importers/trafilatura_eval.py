"""trafilatura's evaluation set: tests/evaldata.py (EVAL_PAGES) or tests/evaldata.json, pages in tests/cache/.

Not seen here: designed from trafilatura's evaluation scripts, with these assumptions, each
checked with a clear error: the annotations are a dict {url: {"file": name, "with": [...],
"without": [...], "comments": [...] optional}}, either the `EVAL_PAGES` literal of
`tests/evaldata.py` (read with ast.literal_eval, never executed) or `tests/evaldata.json`;
the page `file` is under `tests/cache/` or `tests/eval/`; the pages are raw bytes as fetched,
decoded as a browser would. Other keys of an entry are ignored.

The gold is not a full text: `with` snippets must appear in a correct extraction, `without`
snippets must not. Convention: each `with` snippet is one required `paragraph` block (so body
recall against it means "snippets found"; body precision means nothing); `without` and
`comments` snippets are stored, never as blocks, in `notes` as JSON
{"without": [...], "comments": [...]}. id = the file name without .html/.htm; url = the key.
Excluded: entries whose file is absent, entries without `with` snippets, and pages that do not
decode.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsbench.errors import DecodeError
from newsbench.importers.base import ImportedPage, Importer, ImportFailure
from newsbench.importers.files import (
    blocks_of,
    first_of_each_id,
    host,
    page_language,
    read_bytes,
    read_json,
    read_page,
    require,
    string_list,
)
from newsbench.text.decode import decode

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
    fields = ("body", "blocks")

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
        try:
            decode(raw)
        except DecodeError as exc:
            return ImportedPage.exclude(page_id, file, f"undecodable page: {exc.reason}")
        url = key if key.startswith(("http://", "https://")) else ""
        notes = json.dumps({"without": list(without), "comments": list(comments)}, ensure_ascii=False)
        return ImportedPage(id=page_id, source_file=str(file), url=url, site=host(url), language=page_language(raw),
                            raw=raw, blocks=blocks_of(with_), notes=notes)


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
