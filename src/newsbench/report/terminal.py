"""The leaderboard `newsbench run` and `newsbench score` print: each corpus's summary table, at most WIDTH columns.

Plain aligned text (no Markdown pipes): one row per extractor with its primary F1 per field,
median ms per page and failed pages; `*` marks the best ranked value of a field; the rows kept
apart from the ranking (reference systems, pipelines repeating another row) follow under their
own heading; the failure reasons are wrapped under the table. A name too long for the column
is cut with `…`. Confidence intervals, significance and breakdowns are in `newsbench report`.
"""

from __future__ import annotations

import textwrap

from newsbench.report.tables import REFERENCE, SAME, Cell, Table, build, fixed
from newsbench.score.results import Results

WIDTH = 100
GAP = "  "
BEST = "*"


def _figure(value: Cell) -> str:
    if value == SAME:
        return SAME
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, float) or value is None:
        return fixed(value)
    return str(value)


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table_text(table: Table, width: int = WIDTH) -> str:
    """A summary table as aligned text no wider than `width` (names are cut to fit)."""
    heads = list(table.columns)
    heads[heads.index("median ms")] = "ms/page"
    rows = [[_figure(c) for c in row] for row in table.rows]
    for r, c in table.best:
        rows[r][c] += BEST
    apart = [[_figure(c) for c in row] for row in table.apart]
    for row in rows + apart:
        ms = heads.index("ms/page")
        row[ms] = row[ms] if row[ms] == "–" else f"{float(row[ms]):.1f}"
    widths = [max(len(heads[i]), *(len(r[i]) for r in rows + apart)) for i in range(1, len(heads))]
    room = width - sum(widths) - len(GAP) * len(widths)
    name = max(8, min(room, max(len(r[0]) for r in [heads, *rows, *apart])))

    def line(cells: list[str]) -> str:
        out = _fit(cells[0], name).ljust(name)
        for w, cell in zip(widths, cells[1:], strict=True):
            out += GAP + cell.rjust(w)
        return out.rstrip()

    lines = [_fit(table.title, width), line(heads), *(line(r) for r in rows)]
    if apart:
        lines.append("not ranked: " + ("reference systems (they read the gold) and pipelines repeating another row"
                                       if len({w == REFERENCE for w in table.why}) > 1 else table.why[0]))
        lines += [line(r) for r in apart]
    for text in table.footer:
        lines += textwrap.wrap(text, width, subsequent_indent="  ", break_on_hyphens=False)
    return "\n".join(lines)


def leaderboard_text(results: Results, width: int = WIDTH) -> str:
    """Every corpus's summary, for the terminal; a pointer to the full report at the end."""
    tables = build(results).summary
    if not tables:
        return "no figures: the run has no scored fields" + goldless_text(results)
    legend = (f"{BEST} best ranked value of the field. Primary F1 per field (body: token F1, macro over pages). "
              "Confidence intervals, significance, breakdowns and per-page inspection: `newsbench report RUN`.")
    return ("\n\n".join([*(table_text(t, width) for t in tables), "\n".join(textwrap.wrap(legend, width))]) + "\n"
            + goldless_text(results))


def goldless_text(results: Results) -> str:
    """For corpora without gold: how each extractor ran and how far pairs of extractors agree (plain text)."""
    scored = {e.corpus for e in results.leaderboard}
    corpora = sorted({a.corpus for a in results.agreement} | {o.corpus for o in results.operations} - scored)
    lines = []
    for corpus in corpora:
        lines += ["", f"{corpus}: no gold; failures, speed and agreement between extractors",
                  f"{'extractor':<25} {'pages':>7} {'failed':>7}  {'median ms':>9}  failures by kind"]
        for o in (o for o in results.operations if o.corpus == corpus):
            ms = "-" if o.median_ms is None else f"{o.median_ms:.1f}"
            kinds = ", ".join(f"{k} {n}" for k, n in o.failures.items()) or "-"
            lines.append(f"{o.extractor:<25} {o.pages:>7} {o.failed:>7}  {ms:>9}  {kinds}")
        pairs = [a for a in results.agreement if a.corpus == corpus]
        if pairs:
            lines.append(f"{'measure':<20} {'a':<22} {'b':<22} {'pages':>6}  mean [95% CI]")
        for a in pairs:
            ci = "" if a.ci is None or a.ci[0] is None else f" [{a.ci[0]:.3f}, {a.ci[1]:.3f}]"
            mean = "-" if a.mean is None else f"{a.mean:.3f}"
            lines.append(f"{a.measure:<20} {a.a:<22} {a.b:<22} {a.pages:>6}  {mean}{ci}")
    return "\n".join(lines)
