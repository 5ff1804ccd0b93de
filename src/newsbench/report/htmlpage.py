"""The HTML report: one self-contained page (inline CSS, plots as data URIs, no script) with every table.

Reading order: contents, one summary table per corpus, the leaderboards (ranked rows, then the
rows kept apart, best values in bold, failure reasons underneath), plots, significance and
breakdowns (folded, each wide table scrolling inside its own box), and last what the figures
were computed on. A Content-Security-Policy allows nothing but the page's own styles and
data-URI images. Every text is escaped. When the per-page inspection was written beside it
(`inspect/index.html`), the page links to it.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path

from newsbench.report.plots import FOLDER, plot_names
from newsbench.report.tables import Cell, Table, Tables, numeric, plain

INSPECT = "inspect/index.html"
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
STYLE = """
body { font-family: system-ui, sans-serif; margin: 0 auto; padding: 1.5rem 2rem; color: #222; max-width: 90rem; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; } h3 { margin: 1.5rem 0 0.3rem; }
p.meta { color: #555; margin-top: 0; }
nav.toc { background: #f6f6f6; padding: 0.6rem 1.2rem; border-radius: 4px; font-size: 0.9rem; }
nav.toc ol { margin: 0.2rem 0; } nav.toc li ol { display: inline; padding: 0; } nav.toc li ol::before { content: ": "; }
nav.toc li li { display: inline; }
nav.toc li li + li::before { content: " · "; color: #999; }
div.scroll { overflow-x: auto; max-width: 100%; margin: 0.3rem 0 0.5rem; border: 1px solid #eee; }
table { border-collapse: collapse; font-size: 0.85rem; }
th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: left; white-space: nowrap; }
th { border-bottom: 2px solid #444; background: #fff; }
th:first-child, td:first-child { position: sticky; left: 0; background: #fff; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.best { background: #e6f4ea; }
tbody.apart tr.group th { background: #f3f3f3; font-weight: 600; font-style: italic; border-bottom: 1px solid #bbb; }
tbody.apart td { color: #555; }
span.why { color: #777; font-size: 0.8em; margin-left: 0.4em; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.3rem 0; position: sticky; left: 0; }
p.note { font-size: 0.8rem; color: #555; max-width: 60rem; margin: 0.2rem 0; }
ul.footer { font-size: 0.8rem; color: #333; margin: 0.2rem 0 1.2rem; max-width: 70rem; }
details { margin: 0.4rem 0; } summary { cursor: pointer; font-weight: 600; }
figure { margin: 0.5rem 0 1.5rem; } figure img { max-width: 100%; } figcaption { font-size: 0.8rem; color: #555; }
"""
PLOT_CAPTIONS = {"pr": "Precision and recall of the ranked systems, with confidence intervals (axes zoomed to them)",
                 "heatmap": "Mean per-page body F1 by phenomenon tag of the ranked systems"}


def _cell(value: Cell, number: bool, best: bool = False, extra: str = "") -> str:
    classes = " ".join(name for name, on in (("num", number), ("best", best)) if on)
    text = html.escape(plain(value))
    return (f'<td class="{classes}">' if classes else "<td>") + (f"<strong>{text}</strong>" if best else text) \
        + extra + "</td>"


def table_html(table: Table) -> str:
    """One table with its caption, the rows kept apart, note and footer; every text escaped; scrolls when wide."""
    numbers = [bool(i) and numeric(table, i) for i in range(len(table.columns))]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    rows = ["<tr>" + "".join(_cell(c, numbers[i], (r, i) in table.best) for i, c in enumerate(row)) + "</tr>"
            for r, row in enumerate(table.rows)]
    parts = ['<div class="scroll">', f'<table id="{html.escape(table.name)}">',
             f"<caption>{html.escape(table.title)}</caption>", f"<thead><tr>{head}</tr></thead>", "<tbody>", *rows,
             "</tbody>"]
    if table.apart:
        parts += ['<tbody class="apart">',
                  f'<tr class="group"><th colspan="{len(table.columns)}">Not ranked</th></tr>']
        for row, why in zip(table.apart, table.why, strict=True):
            note = f'<span class="why">({html.escape(why)})</span>'
            parts.append("<tr>" + "".join(_cell(c, numbers[i], extra=note if i == 0 else "")
                                          for i, c in enumerate(row)) + "</tr>")
        parts.append("</tbody>")
    parts += ["</table>", "</div>"]
    if table.note:
        parts.append(f'<p class="note">{html.escape(table.note)}</p>')
    if table.footer:
        parts.append('<ul class="footer">' + "".join(f"<li>{html.escape(x)}</li>" for x in table.footer) + "</ul>")
    return "\n".join(parts)


def _folded(table: Table) -> str:
    return f"<details><summary>{html.escape(table.title)}</summary>\n{table_html(table)}\n</details>"


def _images(tables: Tables, out: Path) -> list[str]:
    """The PNG plots present under `out/plots/`, as figures with data-URI images."""
    images = []
    for stem in plot_names(tables):
        path = out / FOLDER / f"{stem}.png"
        if path.is_file():
            data = base64.b64encode(path.read_bytes()).decode("ascii")
            caption = PLOT_CAPTIONS.get(stem.split("-")[0], "")
            images.append(f'<figure id="plot-{html.escape(stem)}"><img src="data:image/png;base64,{data}" '
                          f'alt="{html.escape(stem)}"><figcaption>{html.escape(stem)}: {html.escape(caption)}'
                          "</figcaption></figure>")
    return images


def _toc(sections: list[tuple[str, str, list[tuple[str, str]]]], inspect: bool) -> str:
    items = []
    for anchor, title, children in sections:
        sub = "".join(f'<li><a href="#{html.escape(a)}">{html.escape(t)}</a></li>' for a, t in children)
        items.append(f'<li><a href="#{anchor}">{html.escape(title)}</a>' + (f"<ol>{sub}</ol>" if sub else "") + "</li>")
    if inspect:
        items.append(f'<li><a href="{INSPECT}">Per-page inspection</a> (every page: gold beside each prediction, '
                     "token diffs, scores, errors)</li>")
    return '<nav class="toc"><strong>Contents</strong><ol>' + "".join(items) + "</ol></nav>"


def _meta(tables: Tables) -> str:
    run = {str(row[0]): row[1] for t in tables.header if t.name == "run" for row in t.rows}
    parts = [f"newsbench {run.get('newsbench')} (commit {run.get('commit')})", f"run finished {run.get('run finished')}",
             f"split: {run.get('split')}", f"{run.get('bootstrap resamples')} bootstrap resamples, seed {run.get('seed')}"]
    return '<p class="meta">' + html.escape("; ".join(parts)) + "</p>"


def page(tables: Tables, images: list[str], inspect: bool = False) -> str:
    """The whole HTML document."""
    groups = [("summary", "Summary", tables.summary, False), ("leaderboards", "Leaderboards", tables.leaderboards, False),
              ("significance", "Significance", tables.significance, True),
              ("breakdowns", "Breakdowns", tables.breakdowns, True), ("run", "Run and settings", tables.header, False)]
    sections: list[tuple[str, str, list[tuple[str, str]]]] = []
    body: list[str] = []
    for anchor, title, items, folded in groups:
        if not items:
            continue
        children = [] if folded else [(t.name, t.title.split(" (")[0].split(": ")[0]) for t in items]
        sections.append((anchor, title, children))
        body += [f'<h2 id="{anchor}">{html.escape(title)}</h2>', *(_folded(t) if folded else table_html(t)
                                                                   for t in items)]
        if anchor == "leaderboards" and images:
            sections.append(("plots", "Plots", []))
            body += ['<h2 id="plots">Plots</h2>', *images]
    head = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">', "<title>newsbench report</title>",
            f"<style>{STYLE}</style>", "</head>"]
    return "\n".join([*head, "<body>", "<h1>newsbench report</h1>", _meta(tables), _toc(sections, inspect), *body,
                      "</body>", "</html>", ""])


def write(tables: Tables, out: Path) -> list[Path]:
    """Write `report.html` into `out`, embedding the plots already drawn under `out/plots/`."""
    path = out / "report.html"
    path.write_text(page(tables, _images(tables, out), inspect=(out / INSPECT).is_file()), encoding="utf-8")
    return [path]
