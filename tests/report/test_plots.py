"""The plots: precision-recall scatters and the body phenomenon heatmap, as PNG and PDF, reproducibly."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from report_helpers import typed

from newsbench.report import ReportError, plots
from newsbench.report.tables import build

pytest.importorskip("matplotlib", reason="the plots need matplotlib")


def test_every_plot_is_written_as_png_and_pdf(results: dict[str, Any], tmp_path: Path) -> None:
    paths = plots.write(build(typed(results)), tmp_path)
    # the entities leaderboard holds the oracle only: a reference system, not plotted
    names = ["pr-mini-body", "pr-mini-headline", "pr-mini-published", "heatmap-mini-body"]
    assert plots.plot_names(build(typed(results))) == names
    assert [p.name for p in paths] == [f"{n}.{ext}" for n in names for ext in ("png", "pdf")]
    for path in paths:
        head = path.read_bytes()[:8]
        assert head.startswith(b"\x89PNG" if path.suffix == ".png" else b"%PDF")


def test_two_renders_give_identical_files(results: dict[str, Any], tmp_path: Path) -> None:
    first = plots.write(build(typed(results)), tmp_path / "one")
    second = plots.write(build(typed(results)), tmp_path / "two")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_a_real_run_gets_its_plots(scored: dict[str, Any], tmp_path: Path) -> None:
    paths = plots.write(build(typed(scored)), tmp_path)
    assert {p.name for p in paths} >= {"pr-dataset-body.png", "pr-dataset-body.pdf", "heatmap-dataset-body.pdf"}
    assert all(p.stat().st_size > 0 for p in paths)


def test_a_name_with_mathtext_is_drawn_as_plain_text(results: dict[str, Any], tmp_path: Path) -> None:
    results["leaderboard"][0]["extractor"] = "$\\foo$"  # mathtext would fail on the unknown command
    results["breakdowns"][1]["extractor"] = "$\\foo$"
    paths = plots.write(build(typed(results)), tmp_path)
    assert {p.name for p in paths} >= {"pr-mini-body.png", "heatmap-mini-body.png"}


def test_axes_are_zoomed_to_the_points(results: dict[str, Any]) -> None:
    from matplotlib.figure import Figure

    points = build(typed(results)).points[("mini", "body")]
    figure = plots._scatter(Figure, points, "mini", "body")
    low, high = figure.axes[0].get_xlim()
    recalls = [p.recall for p in points] + [v for p in points for v in (p.recall_ci.low, p.recall_ci.high) if v]
    assert low > 0.0 and low <= min(recalls) and high >= max(recalls) and high - low < 1.0
    assert [t.get_text() for t in figure.axes[0].get_legend().get_texts()] == ["a_b&c", "weak"]


def test_without_matplotlib_the_error_says_so(results: dict[str, Any], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(ReportError, match="matplotlib is not installed"):
        plots.write(build(typed(results)), tmp_path)
