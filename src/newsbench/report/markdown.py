"""The Markdown report: the compact leaderboards for the terminal, and the full report file."""

from __future__ import annotations

from pathlib import Path

from newsbench.report.tables import Cell, Table, Tables, build, numeric, plain
from newsbench.score.results import Results

DAGGER = "†"


def cell_text(value: Cell) -> str:
    """A cell as Markdown text: 3 decimals, CI as `[0.812, 0.884]`, `–` where the figure does not exist."""
    return plain(value, DAGGER).replace("|", "\\|").replace("\n", " ")


def table_markdown(table: Table, level: int = 2) -> str:
    """One table as a heading, a pipe table and its note."""
    align = ["---:" if i and numeric(table, i) else "---" for i in range(len(table.columns))]
    lines = [f"{'#' * level} {cell_text(table.title)}", "",
             "| " + " | ".join(cell_text(c) for c in table.columns) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(cell_text(c) for c in row) + " |" for row in table.rows]
    if table.note:
        lines += ["", f"*{cell_text(table.note)}*"]
    return "\n".join(lines)


def _section(title: str, tables: tuple[Table, ...]) -> list[str]:
    if not tables:
        return []
    return [f"## {title}", *(table_markdown(t, level=3) for t in tables)]


def leaderboard_markdown(results: Results) -> str:
    """The per-field leaderboards only, compact for the terminal."""
    tables = build(results).leaderboards
    if not tables:
        return "no figures: the run has no scored fields"
    return "\n\n".join(table_markdown(t) for t in tables) + "\n"


def document(tables: Tables) -> str:
    """The whole report: header block, leaderboards, significance matrices, breakdowns."""
    parts = ["# newsbench report", *_section("Run", tables.header), *_section("Leaderboards", tables.leaderboards),
             *_section("Significance", tables.significance), *_section("Breakdowns", tables.breakdowns)]
    return "\n\n".join(parts) + "\n"


def report_markdown(results: Results) -> str:
    """Everything the report holds, as one Markdown document."""
    return document(build(results))


def write(tables: Tables, out: Path) -> list[Path]:
    """Write `report.md` into `out`."""
    path = out / "report.md"
    path.write_text(document(tables), encoding="utf-8")
    return [path]
