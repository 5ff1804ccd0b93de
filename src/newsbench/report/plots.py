"""The plots: a precision-recall scatter per field and a phenomenon heatmap of body F1, each as PNG and PDF.

Only ranked systems are drawn (reference systems and pipelines that repeat another row are left
out, as in the leaderboards). Points are told apart by colour and marker in a legend outside the
axes, so labels never overlap; the axes are zoomed to the points and their intervals. Every
label is plain text: matplotlib's mathtext is off, so a name such as `$\\foo$` prints as written.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from newsbench.report.tables import Cell, Interval, Point, Table, Tables, missing, slug

FOLDER = "plots"
DPI = 150


def _ranked(tables: Tables, corpus: str) -> set[str]:
    return {p.extractor for p in tables.points.get((corpus, "body"), ())}


def _heatmap_tables(tables: Tables) -> list[Table]:
    return [t for t in tables.breakdowns if t.field == "body" and t.columns[0] == "phenomenon" and t.rows
            and _ranked(tables, t.corpus) & set(t.columns[2:])]


def plot_names(tables: Tables) -> list[str]:
    """The file stems (under `plots/`) the plots of `tables` are saved as, in order."""
    scatters = [slug("pr", corpus, field) for (corpus, field), points in tables.points.items() if points]
    return scatters + [slug("heatmap", t.corpus, t.field) for t in _heatmap_tables(tables)]


def _whisker(value: float, ci: Interval) -> list[list[float]] | None:
    """Error-bar lengths below and above `value`, or None without an interval."""
    if missing(ci) or ci.low is None or ci.high is None:
        return None
    return [[max(0.0, value - ci.low)], [max(0.0, ci.high - value)]]


MARKERS = "osD^vP*Xh<>p"


def _limits(values: list[float]) -> tuple[float, float]:
    """Axis limits around `values` (points and interval ends) with a margin, within [-0.02, 1.02]."""
    low, high = min(values), max(values)
    margin = max(0.02, 0.06 * (high - low))
    return max(-0.02, low - margin), min(1.02, high + margin)


def _scatter(figure_class: Any, points: tuple[Point, ...], corpus: str, field: str) -> Any:
    from matplotlib import colormaps

    figure = figure_class(figsize=(8.0, max(4.5, 0.22 * len(points) + 1.5)))
    ax = figure.subplots()
    colours = colormaps["tab20"]
    xs: list[float] = []
    ys: list[float] = []
    for n, p in enumerate(points):
        ax.errorbar(p.recall, p.precision, xerr=_whisker(p.recall, p.recall_ci),
                    yerr=_whisker(p.precision, p.precision_ci), fmt=MARKERS[n % len(MARKERS)], markersize=5,
                    capsize=2, linewidth=0.8, color=colours(n % 20), label=p.extractor)
        xs += [p.recall, *(v for v in (p.recall_ci.low, p.recall_ci.high) if v is not None)]
        ys += [p.precision, *(v for v in (p.precision_ci.low, p.precision_ci.high) if v is not None)]
    ax.set_xlim(*_limits(xs))
    ax.set_ylim(*_limits(ys))
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title(f"{field} on {corpus}: primary precision and recall, with confidence intervals", fontsize=9)
    ax.grid(True, linewidth=0.3)
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=7, frameon=False, borderaxespad=0)
    return figure


def _number(cell: Cell) -> float:
    return float(cell) if isinstance(cell, int | float) else math.nan


def _heatmap(figure_class: Any, table: Table, ranked: set[str]) -> Any:
    import numpy as np

    keep = [i for i, name in enumerate(table.columns) if i >= 2 and name in ranked]
    names = [table.columns[i] for i in keep]
    values = np.array([[_number(row[i]) for i in keep] for row in table.rows], dtype=np.float64)
    figure = figure_class(figsize=(max(6.0, 0.45 * len(names) + 3), max(3.0, 0.32 * len(table.rows) + 2)))
    ax = figure.subplots()
    image = ax.imshow(np.ma.masked_invalid(values), vmin=0.0, vmax=1.0, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(names)), labels=names, rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(table.rows)), labels=[f"{row[0]} ({row[1]})" for row in table.rows], fontsize=7)
    for (i, j), value in np.ndenumerate(values):
        if not math.isnan(value):
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=5,
                    color="white" if value < 0.5 else "black")
    ax.set_title(f"body on {table.corpus}: mean per-page F1 by phenomenon (pages), ranked systems", fontsize=9)
    figure.colorbar(image, ax=ax, label="mean per-page body F1")
    return figure


def _save(figure: Any, stem: Path) -> list[Path]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    figure.tight_layout()
    png, pdf = stem.with_suffix(".png"), stem.with_suffix(".pdf")
    figure.savefig(png, dpi=DPI)
    figure.savefig(pdf, metadata={"CreationDate": None})  # no timestamp: two renders give the same bytes
    return [png, pdf]


def write(tables: Tables, out: Path) -> list[Path]:
    """Draw every plot into `out/plots/` as PNG and PDF; ReportError when matplotlib is missing."""
    from newsbench.report import ReportError

    try:
        import matplotlib
        import matplotlib.style
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ReportError("matplotlib is not installed", field="plots") from exc
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    # The same figures whatever the user's matplotlibrc says; names are text, never mathtext.
    with matplotlib.style.context("default"), matplotlib.rc_context({"text.parse_math": False}):
        for (corpus, field), points in tables.points.items():
            if points:
                paths += _save(_scatter(Figure, points, corpus, field), folder / slug("pr", corpus, field))
        for table in _heatmap_tables(tables):
            paths += _save(_heatmap(Figure, table, _ranked(tables, table.corpus)), folder / slug("heatmap", table.corpus, table.field))
    return paths
