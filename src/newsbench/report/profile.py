"""The profile comparison (`newsbench profile`) as a report table: a row per feature, a column per corpus."""

from __future__ import annotations

from typing import Any

from newsbench.report.markdown import table_markdown
from newsbench.report.tables import Table

Row = dict[str, Any]


def _figure(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if abs(value) < 10 else f"{value:,.0f}"


def _cell(row: Row, detail: bool) -> str:
    if row["n"] == 0:
        return "–"
    if row["kind"] == "boolean":
        text = _figure(row["share"])
    else:
        text = f"{_figure(row['median'])} [{_figure(row['q1'])}, {_figure(row['q3'])}]"
    if detail:
        text += f" n{row['n']}" + ("" if row["corpus"] == row["reference"] else f" d{_figure(row['distance'])}")
    return text


def profile_table(rows: list[Row], *, detail: bool = True) -> Table:
    """The comparison of `corpus.realism.compare` as one table (reference corpus first).

    Cells: share, or median [q1, q3]; with `detail`, then `n` (pages with a value) and `d`
    (distance from the reference: share difference or KS statistic). The last column says
    whether the reference lies inside the other corpora's range, or above/below it by how much.
    """
    reference = rows[0]["reference"] if rows else ""
    corpora = list(dict.fromkeys([reference, *(r["corpus"] for r in rows)])) if rows else []
    by_feature: dict[str, dict[str, Row]] = {}
    for row in rows:
        by_feature.setdefault(row["feature"], {})[row["corpus"]] = row
    body = []
    for feature, cells in by_feature.items():
        first = cells[reference]
        verdict = ("–" if first["inside"] is None else "inside" if first["inside"]
                   else f"{'above' if first['outside_by'] > 0 else 'below'} by {_figure(abs(first['outside_by']))}")
        body.append((feature, *(_cell(cells[c], detail) if c in cells else "–" for c in corpora), verdict))
    return Table("profile", "profile", f"Profile of {reference} beside {', '.join(corpora[1:]) or 'no other corpus'}",
                 ("feature", *corpora, f"{reference} vs the others' range"), tuple(body),
                 note="Share of pages (true/false features) or median [q1, q3] (numbers); n: pages with a value; "
                      "d: distance from the reference (share difference, or two-sample KS statistic).")


def profile_markdown(rows: list[Row], *, detail: bool = True) -> str:
    """The comparison as Markdown (heading, table, note), through the report's one Markdown renderer."""
    if not rows:
        return "no features to compare\n"
    return table_markdown(profile_table(rows, detail=detail)) + "\n"
