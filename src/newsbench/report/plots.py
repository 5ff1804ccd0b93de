"""The plots: a precision-recall scatter per field and a phenomenon heatmap of body F1, each as PNG and PDF."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from newsbench.report.tables import Cell, Interval, Point, Table, Tables, missing, slug

FOLDER = "plots"
DPI = 150


def _heatmap_tables(tables: Tables) -> list[Table]:
    return [t for t in tables.breakdowns if t.field == "body" and t.columns[0] == "phenomenon" and t.rows]


def plot_names(tables: Tables) -> list[str]:
    """The file stems (under `plots/`) the plots of `tables` are saved as, in order."""
    scatters = [slug("pr", corpus, field) for (corpus, field), points in tables.points.items() if points]
    return scatters + [slug("heatmap", t.corpus, t.field) for t in _heatmap_tables(tables)]


def _whisker(value: float, ci: Interval) -> list[list[float]] | None:
    """Error-bar lengths below and above `value`, or None without an interval."""
    if missing(ci) or ci.low is None or ci.high is None:
        return None
    return [[max(0.0, value - ci.low)], [max(0.0, ci.high - value)]]


def _scatter(figure_class: Any, points: tuple[Point, ...], corpus: str, field: str) -> Any:
    figure = figure_class(figsize=(6.4, 5.2))
    ax = figure.subplots()
    for p in points:
        ax.errorbar(p.recall, p.precision, xerr=_whisker(p.recall, p.recall_ci),
                    yerr=_whisker(p.precision, p.precision_ci), fmt="o", markersize=4, capsize=2, linewidth=0.8)
        ax.annotate(p.extractor, (p.recall, p.precision), xytext=(4, 4), textcoords="offset points", fontsize=7)
    ax.set_xlim(-0.02, 1.05)
    ax.set_ylim(-0.02, 1.05)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title(f"{field} on {corpus}: primary precision and recall, with confidence intervals", fontsize=9)
    ax.grid(True, linewidth=0.3)
    return figure


def _number(cell: Cell) -> float:
    return float(cell) if isinstance(cell, int | float) else math.nan


def _heatmap(figure_class: Any, table: Table) -> Any:
    import numpy as np

    names = list(table.columns[2:])
    values = np.array([[_number(v) for v in row[2:]] for row in table.rows], dtype=np.float64)
    figure = figure_class(figsize=(max(6.0, 0.45 * len(names) + 3), max(3.0, 0.32 * len(table.rows) + 2)))
    ax = figure.subplots()
    image = ax.imshow(np.ma.masked_invalid(values), vmin=0.0, vmax=1.0, cmap="viridis", aspect="auto")
    ax.set_xticks(range(len(names)), labels=names, rotation=60, ha="right", fontsize=7)
    ax.set_yticks(range(len(table.rows)), labels=[f"{row[0]} ({row[1]})" for row in table.rows], fontsize=7)
    for (i, j), value in np.ndenumerate(values):
        if not math.isnan(value):
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=5,
                    color="white" if value < 0.5 else "black")
    ax.set_title(f"body on {table.corpus}: mean per-page F1 by phenomenon (pages)", fontsize=9)
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
        import matplotlib.style
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ReportError("matplotlib is not installed", field="plots") from exc
    folder = out / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with matplotlib.style.context("default"):  # the same figures whatever the user's matplotlibrc says
        for (corpus, field), points in tables.points.items():
            if points:
                paths += _save(_scatter(Figure, points, corpus, field), folder / slug("pr", corpus, field))
        for table in _heatmap_tables(tables):
            paths += _save(_heatmap(Figure, table), folder / slug("heatmap", table.corpus, table.field))
    return paths
