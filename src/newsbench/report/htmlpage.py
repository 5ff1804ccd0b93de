"""The HTML report: one self-contained page (inline CSS, plots as data URIs) with every table."""

from __future__ import annotations

import base64
import html
from pathlib import Path

from newsbench.report.plots import FOLDER, plot_names
from newsbench.report.tables import Cell, Table, Tables, numeric, plain

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; font-size: 0.85rem; }
th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: left; }
th { border-bottom: 2px solid #444; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
p.note { font-size: 0.8rem; color: #555; max-width: 60rem; }
img { max-width: 100%; margin: 0.5rem 0 1.5rem; }
"""


def _cell(value: Cell, number: bool) -> str:
    css = ' class="num"' if number else ""
    return f"<td{css}>{html.escape(plain(value))}</td>"


def table_html(table: Table) -> str:
    """One table with its caption and note; every text escaped."""
    numbers = [bool(i) and numeric(table, i) for i in range(len(table.columns))]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    rows = ["<tr>" + "".join(_cell(c, numbers[i]) for i, c in enumerate(row)) + "</tr>" for row in table.rows]
    parts = [f'<table id="{html.escape(table.name)}">', f"<caption>{html.escape(table.title)}</caption>",
             f"<thead><tr>{head}</tr></thead>", "<tbody>", *rows, "</tbody>", "</table>"]
    if table.note:
        parts.append(f'<p class="note">{html.escape(table.note)}</p>')
    return "\n".join(parts)


def _section(title: str, tables: tuple[Table, ...]) -> list[str]:
    return [f"<h2>{html.escape(title)}</h2>", *(table_html(t) for t in tables)] if tables else []


def _images(tables: Tables, out: Path) -> list[str]:
    """The PNG plots present under `out/plots/`, as <img> elements with data URIs."""
    images = []
    for stem in plot_names(tables):
        path = out / FOLDER / f"{stem}.png"
        if path.is_file():
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            images.append(f'<img src="data:image/png;base64,{data}" alt="{html.escape(stem)}">')
    return images


def page(tables: Tables, images: list[str]) -> str:
    """The whole HTML document."""
    body = [*_section("Run", tables.header), *_section("Leaderboards", tables.leaderboards)]
    if images:
        body += ["<h2>Plots</h2>", *images]
    body += [*_section("Significance", tables.significance), *_section("Breakdowns", tables.breakdowns)]
    return "\n".join(['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
                      "<title>newsbench report</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
                      "<h1>newsbench report</h1>", *body, "</body>", "</html>", ""])


def write(tables: Tables, out: Path) -> list[Path]:
    """Write `report.html` into `out`, embedding the plots already drawn under `out/plots/`."""
    path = out / "report.html"
    path.write_text(page(tables, _images(tables, out)), encoding="utf-8")
    return [path]
