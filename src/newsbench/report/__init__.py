"""The report stage: a results document -> Markdown, LaTeX, CSV, JSON, HTML, plots and the per-page inspection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsbench.errors import NewsbenchError
from newsbench.report.tables import Tables, build
from newsbench.score.results import Results
from newsbench.store.folder import RunFolder

# Plots and the inspection before HTML, so that the page can embed the plots and link the inspection.
FORMATS = ("md", "latex", "csv", "json", "plots", "inspect", "html")


class ReportError(NewsbenchError):
    """A report that cannot be rendered: an unknown format, a missing optional dependency."""


def _writer(name: str) -> Callable[[Results, Tables, Path], list[Path]]:
    from newsbench.report import csvfiles, htmlpage, jsonfile, latex, markdown, plots

    writers: dict[str, Callable[[Results, Tables, Path], list[Path]]] = {
        "md": lambda _, tables, out: markdown.write(tables, out),
        "latex": lambda _, tables, out: latex.write(tables, out),
        "csv": lambda _, tables, out: csvfiles.write(tables, out),
        "json": lambda results, _, out: jsonfile.write(results, out),
        "plots": lambda _, tables, out: plots.write(tables, out),
        "html": lambda _, tables, out: htmlpage.write(tables, out),
    }
    return writers[name]


def render(results: Results, formats: list[str], out: Path, folder: RunFolder | None = None) -> list[Path]:
    """Write each requested format of `results` into the folder `out`; the paths written, in order.

    Formats: md, latex, csv, json, html, plots, inspect (the per-page inspection, which reads the
    run `folder` itself). An unknown format, or inspect without a folder, raises ReportError
    before anything is written; a format asked for twice is written once.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ReportError(f"unknown report format {unknown[0]!r}; known: {', '.join(sorted(FORMATS))}",
                          field="format")
    if "inspect" in formats and folder is None:
        raise ReportError("the inspection reads the run folder: give it", field="format")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tables = build(results)
    paths: list[Path] = []
    for name in FORMATS:
        if name == "inspect" and name in formats:
            from newsbench.report.inspectpage import write_run

            assert folder is not None
            paths += write_run(folder, out)
        elif name in formats:
            paths += _writer(name)(results, tables, out)
    return paths


__all__ = ["FORMATS", "ReportError", "render"]
