"""The CSV report: one tidy file per table kind (leaderboard, significance, breakdowns), full precision.

A text cell that a spreadsheet would read as a formula (starting with `= + - @`, a tab or a
carriage return) is written with a leading apostrophe, as OWASP advises against CSV injection;
numbers are written as they are, so a negative figure stays a number.
"""

from __future__ import annotations

import csv
from pathlib import Path

from newsbench.report.tables import Cell, Table, Tables

FORMULA = ("=", "+", "-", "@", "\t", "\r")


def neutral(text: str) -> str:
    """Text a spreadsheet will not evaluate: a leading apostrophe before a formula-like start.

    >>> neutral("=HYPERLINK(1)"), neutral("-1+1"), neutral("trafilatura")
    ("'=HYPERLINK(1)", "'-1+1", 'trafilatura')
    """
    return "'" + text if text.startswith(FORMULA) else text


def _value(cell: Cell) -> str | int | float:
    """A CSV value: unrounded (CSV is for further computation), empty where the figure does not exist."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return neutral(cell)
    if isinstance(cell, int | float):
        return cell
    raise TypeError(f"a long table holds scalars only, not {cell!r}")


def write_table(table: Table, path: Path) -> Path:
    """One long table as a CSV file with a header row."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutral(c) for c in table.columns])
        writer.writerows([_value(c) for c in row] for row in table.rows)
    return path


def write(tables: Tables, out: Path) -> list[Path]:
    """Write `leaderboard.csv`, `significance.csv` and `breakdowns.csv` into `out`."""
    return [write_table(table, out / f"{table.name}.csv") for table in tables.long]
