"""The HTML report: one self-contained page that parses cleanly, every text escaped, plots embedded."""

from __future__ import annotations

import html.parser
from pathlib import Path
from typing import Any

from report_helpers import typed

from newsbench.report import htmlpage
from newsbench.report.tables import build

VOID = {"meta", "img", "br", "hr", "link", "input"}


class Checker(html.parser.HTMLParser):
    """Records unbalanced tags and the text of every table cell."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.cells: list[str] = []
        self.images: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs).get("src") or "")
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "td":
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"</{tag}> does not close the open element")
        if tag == "td" and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse(text: str) -> Checker:
    checker = Checker()
    checker.feed(text)
    checker.close()
    return checker


def test_the_page_parses_and_holds_the_table_values(results: dict[str, Any], tmp_path: Path) -> None:
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    text = path.read_text(encoding="utf-8")
    checker = parse(text)
    assert checker.errors == [] and checker.stack == []
    assert "0.812" in checker.cells and "[0.762, 0.862]" in checker.cells and "0.250†" in checker.cells
    assert "a_b&c" in checker.cells and "a_b&amp;c" in text and "a_b&c" not in text
    assert "–" in checker.cells


def test_the_page_is_self_contained(results: dict[str, Any], tmp_path: Path) -> None:
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "<style>" in text
    for external in ("<link", "<script", "http://", "https://", "@import"):
        assert external not in text


def test_markup_in_a_name_is_escaped(results: dict[str, Any], tmp_path: Path) -> None:
    results["leaderboard"][0]["extractor"] = "<b>bold</b>"
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "<b>" not in text and "&lt;b&gt;bold&lt;/b&gt;" in text
    assert "<b>bold</b>" in parse(text).cells


def test_plots_present_are_embedded_as_data_uris(results: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "plots").mkdir()
    png = b"\x89PNG\r\n\x1a\nnot really"
    (tmp_path / "plots" / "pr-mini-body.png").write_bytes(png)
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    checker = parse(path.read_text(encoding="utf-8"))
    assert checker.images == ["data:image/png;base64,iVBORw0KGgpub3QgcmVhbGx5"]


def test_the_page_has_a_content_security_policy_and_contents(results: dict[str, Any], tmp_path: Path) -> None:
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert (f'<meta http-equiv="Content-Security-Policy" content="{htmlpage.CSP}">' in text
            and "default-src 'none'" in htmlpage.CSP and "script-src" not in htmlpage.CSP)
    assert text.index('<nav class="toc">') < text.index('<h2 id="summary">') < text.index('<h2 id="leaderboards">')
    assert text.index('<h2 id="breakdowns">') < text.index('<h2 id="run">')
    assert 'href="inspect/index.html"' not in text  # no inspection written beside it


def test_wide_tables_scroll_in_their_box_and_the_oracle_is_apart(results: dict[str, Any], tmp_path: Path) -> None:
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    text = path.read_text(encoding="utf-8")
    assert text.count('<div class="scroll">') == text.count("<table ")
    body = text.split('<table id="leaderboard-mini-body">')[1].split("</table>")[0]
    ranked, apart = body.split('<tbody class="apart">')
    assert "oracle" not in ranked and '<span class="why">(reference: reads the gold)</span>' in apart
    assert '<td class="num best"><strong>0.750</strong></td>' in ranked


def test_the_inspection_is_linked_when_written_beside(results: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "inspect").mkdir()
    (tmp_path / "inspect" / "index.html").write_text("<!DOCTYPE html>", encoding="utf-8")
    (path,) = htmlpage.write(build(typed(results)), tmp_path)
    assert 'href="inspect/index.html"' in path.read_text(encoding="utf-8")


def test_the_contents_name_each_language_view_apart_from_its_corpus(results: dict[str, Any], tmp_path: Path) -> None:
    views = [{**e, "corpus": f"mini{suffix}"} for suffix in ("", ":en") for e in results["leaderboard"]]
    (path,) = htmlpage.write(build(typed({**results, "leaderboard": views})), tmp_path)
    toc = path.read_text(encoding="utf-8").split('<nav class="toc">')[1].split("</nav>")[0]
    assert ">mini<" in toc and ">mini:en<" in toc
    assert "Leaderboard of body on mini<" in toc and "Leaderboard of body on mini:en<" in toc
