"""The Markdown report: the full report file, and the one Markdown table renderer (also used by LEADERBOARD.md).

Every text that comes from data (extractor and corpus names, versions, reasons of failures) is
escaped: HTML's `& < >` become entities, so markup in a name is shown, never run, when the
Markdown is rendered; Markdown's own punctuation (emphasis, links, code, math, pipes) is
backslash-escaped.
"""

from __future__ import annotations

from pathlib import Path

from newsbench.report.tables import Cell, Table, Tables, build, numeric, plain
from newsbench.score.results import Results

DAGGER = "†"
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_PUNCTUATION = set("\\`*_|$~")


def escape(text: str) -> str:
    r"""Text safe inside Markdown: HTML characters as entities, Markdown punctuation backslash-escaped, one line.

    Square brackets stay (a confidence interval reads [0.81, 0.88]); a link or image needs
    "](", whose parenthesis is escaped.

    >>> print(escape("<img src=x onerror=alert(1)> a_b*c [x](y) $\\foo$"))
    &lt;img src=x onerror=alert(1)&gt; a\_b\*c [x]\(y) \$\\foo\$
    """
    out = []
    for c in text.replace("\r", " ").replace("\n", " "):
        out.append(_ENTITIES.get(c) or ("\\" + c if c in _PUNCTUATION else c))
    return "".join(out).replace("](", "]\\(")


def cell_text(value: Cell) -> str:
    """A cell as Markdown text: 3 decimals, CI as `[0.812, 0.884]`, `–` where the figure does not exist.

    Text (names, versions) is escaped; figures are our own formatting and print as they are.
    """
    return escape(value) if isinstance(value, str) else plain(value, DAGGER)


def _row(cells: tuple[Cell, ...], bold: frozenset[int] = frozenset(), extra: tuple[str, ...] = ()) -> str:
    texts = [f"**{cell_text(c)}**" if i in bold else cell_text(c) for i, c in enumerate(cells)]
    return "| " + " | ".join([*texts, *(escape(e) for e in extra)]) + " |"


def _pipe_table(table: Table, rows: tuple[tuple[Cell, ...], ...], why: tuple[str, ...] = (),
                best: frozenset[tuple[int, int]] = frozenset()) -> list[str]:
    columns = [*table.columns, *(["not ranked because"] if why else [])]
    align = ["---:" if i and i < len(table.columns) and numeric(table, i) else "---" for i in range(len(columns))]
    lines = ["| " + " | ".join(escape(c) for c in columns) + " |", "| " + " | ".join(align) + " |"]
    for r, row in enumerate(rows):
        lines.append(_row(row, frozenset(c for (rr, c) in best if rr == r), (why[r],) if why else ()))
    return lines


def table_markdown(table: Table, level: int = 2) -> str:
    """One table as a heading, a pipe table (best ranked values in bold), the rows kept apart, note and footer."""
    lines = [f"{'#' * level} {escape(table.title)}", "", *_pipe_table(table, table.rows, best=table.best)]
    if table.apart:
        lines += ["", "*Not ranked:*", "", *_pipe_table(table, table.apart, why=table.why)]
    if table.note:
        lines += ["", f"*{escape(table.note)}*"]
    if table.footer:
        lines += ["", *(f"- {escape(line)}" for line in table.footer)]
    return "\n".join(lines)


SECTIONS = (("Summary", "summary"), ("Leaderboards", "leaderboards"), ("Significance", "significance"),
            ("Breakdowns", "breakdowns"), ("Run", "header"))


def _anchor(title: str) -> str:
    """The anchor GitHub and most renderers give a heading: lower case, punctuation dropped, spaces as hyphens."""
    return "".join(c if c.isalnum() or c in "-_" else "-" if c == " " else "" for c in title.lower())


def document(tables: Tables) -> str:
    """The whole report: contents, summary per corpus, leaderboards, significance, breakdowns, then the run."""
    parts = ["# newsbench report"]
    present = [(title, getattr(tables, attr)) for title, attr in SECTIONS if getattr(tables, attr)]
    parts.append("Contents: " + " · ".join(f"[{title}](#{_anchor(title)})" for title, _ in present))
    for title, items in present:
        parts += [f"## {title}", *(table_markdown(t, level=3) for t in items)]
    return "\n\n".join(parts) + "\n"


def report_markdown(results: Results) -> str:
    """Everything the report holds, as one Markdown document."""
    return document(build(results))


def write(tables: Tables, out: Path) -> list[Path]:
    """Write `report.md` into `out`."""
    path = out / "report.md"
    path.write_text(document(tables), encoding="utf-8")
    return [path]
